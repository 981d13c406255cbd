"""The one validation of a score sheet's content: worked cases, then a fuzz of what a hostile
return could carry, held against properties written out independently here."""

import unicodedata
from decimal import Decimal

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reviewer_app.core.rubric import load_preset
from reviewer_app.core.score_sheet import Deduction, ItemMark, PageRef, ScoreSheet, total_sheet
from reviewer_app.core.sheet_validation import sheet_problems
from reviewer_app.core.vocabulary import CaseType, Falsification
from reviewer_app.exchange.manifests import SHEET_DOCUMENT_SCHEMA
from reviewer_app.exchange.sheet_checks import SheetRefused, checked_sheet

RUBRIC = load_preset("national_2012")
TYPE = CaseType.PENALTY
ITEMS = {i.id: i for i in RUBRIC.items_for(TYPE)}
VETOES = [v.id for v in RUBRIC.veto_items_for(TYPE)]
PAGES = {1: 3, 2: 10}
HASHES = {"a" * 64: 1, "b" * 64: 2}


def complete(**changes):
    sheet = ScoreSheet(TYPE, marks={i: ItemMark(i, no_deduction=True) for i in ITEMS}, veto={v: True for v in VETOES},
                       falsification=Falsification.NONE)
    for key, value in changes.items():
        setattr(sheet, key, value)
    return sheet


def problems(sheet, signed=True):
    return [str(p) for p in sheet_problems(RUBRIC, sheet, case_type=TYPE, pages=PAGES, signed=signed)]


def with_deduction(points, ref=None, reason="缺少签名", preset=None):
    item = next(iter(ITEMS))
    sheet = complete()
    sheet.marks[item] = ItemMark(item, deductions=[Deduction(Decimal(points), reason, preset, ref)])
    return sheet


def test_a_complete_sheet_passes_and_each_rule_names_its_field():
    assert problems(complete()) == []
    item = next(iter(ITEMS))
    maximum = ITEMS[item].max_points
    assert problems(with_deduction("1.5", PageRef(2, 10))) == []
    assert "超过本项满分" in problems(with_deduction(str(maximum + 1)))[0]
    assert "应大于 0" in problems(with_deduction("0"))[0]
    assert "最多两位小数" in problems(with_deduction("0.125"))[0]
    assert "不是有效数字" in problems(with_deduction("NaN"))[0]
    assert "第11页不存在" in problems(with_deduction("1", PageRef(2, 11)))[0]
    assert "不在本案卷中" in problems(with_deduction("1", PageRef(7, 1)))[0]
    assert "控制字符" in problems(with_deduction("1", reason="a\x00b"))[0]
    assert "不属于此项" in problems(with_deduction("1", preset="X-1"))[0]
    assert problems(complete(comment="第一行\n第二行\t缩进")) == []
    assert "评审意见" in problems(complete(comment="x" * 5001))[0]
    assert "版本" in problems(complete(revision=1000))[0]
    unfinished = complete()
    del unfinished.marks[item]
    assert problems(unfinished, signed=False) == [] and "未评分" in problems(unfinished)[0]
    skipped = complete()
    skipped.marks[item] = ItemMark(item, not_applicable=True)
    assert problems(skipped) == []
    skipped.marks[item] = ItemMark(item, deductions=[Deduction(Decimal(1), "缺少签名")], not_applicable=True)
    assert "不适用" in problems(skipped)[0]


def test_the_signed_form_of_a_sheet_carries_not_applicable_only_when_set():
    from reviewer_app.core.canonical import fingerprint, sheet_document, sheet_from_document

    def document(sheet):
        return sheet_document(sheet, round_id="1", case_code="AJ-TEST", reviewer="甲", document_keys={})

    plain = document(complete())
    # a sheet without 不适用 is written as before, so sheets signed by earlier versions still verify
    assert all(set(m) == {"item", "no_deduction", "deductions"} for m in plain["marks"])
    item = next(iter(ITEMS))
    skipped = complete()
    skipped.marks[item] = ItemMark(item, not_applicable=True)
    signed = document(skipped)
    assert fingerprint(signed) != fingerprint(plain)
    jsonschema.validate(signed, SHEET_DOCUMENT_SCHEMA)
    assert sheet_from_document(signed, {}).marks[item].not_applicable
    assert not sheet_from_document(plain, {}).marks[item].not_applicable


TEXT = st.text(st.characters(codec="utf-8"), max_size=12)
POINTS = st.one_of(
    st.sampled_from(["0", "0.5", "1", "2.25", "3.00", "5", "99", "0.125", "NaN", "-1", "1e3", "", " 1", "１"]),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
)
REF = st.one_of(st.none(), st.fixed_dictionaries({
    "document": st.sampled_from([*HASHES, "c" * 64, "zz"]), "page": st.integers(-3, 12)}))
REASON = st.one_of(st.sampled_from(["缺少签名", "询问笔录未写明起止时间"]), TEXT)
DEDUCTION = st.fixed_dictionaries({
    "points": st.one_of(st.sampled_from(["0.5", "1", "2.25"]), POINTS), "reason": REASON, "preset": st.one_of(st.none(), st.sampled_from(["F1-1", "I1-1", "X"])), "ref": REF})
MARK = st.fixed_dictionaries({
    "item": st.sampled_from([*ITEMS, "ZZ1", ""]), "no_deduction": st.booleans(),
    "deductions": st.lists(DEDUCTION, max_size=3)}, optional={"not_applicable": st.sampled_from([True, False, 1])})
DOCUMENT = st.fixed_dictionaries({
    "round": st.just("1"), "case_code": st.just("AJ-TEST"), "reviewer": st.just("甲"),
    "case_type": st.one_of(st.just(TYPE.value), st.sampled_from(["crime_transfer", "bogus"])),
    "revision": st.one_of(st.integers(1, 3), st.integers(-1, 1001)),
    "veto": st.one_of(st.fixed_dictionaries({v: st.booleans() for v in VETOES}),
                      st.dictionaries(st.sampled_from([*VETOES, "V99"]), st.booleans())),
    "marks": st.one_of(
        st.lists(MARK, max_size=6),
        # mostly-complete sheets, so the accepting branch is reached too
        st.lists(DEDUCTION, max_size=2).map(lambda ds: [
            {"item": i, "no_deduction": not (n == 0 and ds), "deductions": ds if n == 0 else []}
            for n, i in enumerate(ITEMS)])),
    "falsification": st.sampled_from(["none", None, "suspected", "found"]),
    "falsification_description": st.one_of(st.just("询问笔录与检查笔录时间重叠"), TEXT), "falsification_evidence": st.lists(REF.filter(bool), max_size=2),
    "comment": TEXT,
})


def acceptable_text(text, multiline):
    allowed = "\n\t" if multiline else ""
    return all(ch in allowed or unicodedata.category(ch) not in ("Cc", "Cs", "Co", "Cn") for ch in text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENT)
def test_whatever_a_return_carries_is_refused_or_safe_to_score(document):
    try:
        jsonschema.validate(document, SHEET_DOCUMENT_SCHEMA)
    except jsonschema.ValidationError:
        return  # refused at the manifest, before any of this
    try:
        sheet = checked_sheet(document, HASHES, PAGES, RUBRIC, TYPE)
    except SheetRefused as refusal:
        assert str(refusal)
        return
    # Accepted: every property a report, a total or a database column relies on holds.
    assert sheet.case_type is TYPE and 1 <= sheet.revision <= 999
    assert set(sheet.veto) == set(VETOES) and set(sheet.marks) == set(ITEMS)
    assert sheet.falsification is not None
    for item_id, mark in sheet.marks.items():
        assert [mark.no_deduction, bool(mark.deductions), mark.not_applicable].count(True) == 1
        for deduction in mark.deductions:
            assert deduction.points.is_finite() and 0 < deduction.points <= ITEMS[item_id].max_points
            assert deduction.points == deduction.points.quantize(Decimal("0.01"))
            assert deduction.reason.strip() and acceptable_text(deduction.reason, False)
            if deduction.ref:
                assert 1 <= deduction.ref.page <= PAGES[deduction.ref.document_id]
    assert acceptable_text(sheet.comment, True) and acceptable_text(sheet.falsification_description, True)
    total = total_sheet(RUBRIC, sheet)
    assert Decimal(0) <= total.points <= RUBRIC.max_points
