"""Returns signed by an enrolled reviewer's own key whose content is hostile: each one is
refused with a reason naming file, sheet and field; genuine returns in the same batch still go
in; the round's results and exports keep working.

The hostile set is made with the product's own signing and encryption: a valid return of
刘晓燕's, its sheets changed, re-fingerprinted, re-signed with her key and re-sealed.
"""

import copy
import io
import json

import pytest
from PIL import Image
from sqlalchemy import func, select

from reviewer_app.core.canonical import canonical_json, fingerprint
from reviewer_app.documents.export import plan_documents, write_documents
from reviewer_app.documents.results_workbook import export_results_workbook
from reviewer_app.exchange import returns as returns_module
from reviewer_app.exchange.archive import build_archive, read_archive
from reviewer_app.exchange.envelope import open_sealed, seal
from reviewer_app.exchange.returns import Outcome, import_returns
from reviewer_app.store.database import Database
from reviewer_app.store.results import round_results
from reviewer_app.store.results_json import results_document
from reviewer_app.store.rounds import only_round
from reviewer_app.store.schema import ReviewerRecord, SheetRecord
from helpers import table_rows, unscored

HOSTILE_SIGNER = "刘晓燕"
GENUINE = ("周明远", "陈慧琳")


def png(width=40, height=20):
    buffer = io.BytesIO()
    Image.new("RGBA", (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


def first_deduction(sheet):
    return next(d for m in sheet["document"]["marks"] for d in m["deductions"])


def deducted_mark(sheet):
    return next(m for m in sheet["document"]["marks"] if m["deductions"])


def set_points(value):
    return lambda manifest, entries: first_deduction(manifest["sheets"][0]).update(points=value)


def set_sheet(**fields):
    return lambda manifest, entries: manifest["sheets"][0].update(fields)


def set_document(**fields):
    return lambda manifest, entries: manifest["sheets"][0]["document"].update(fields)


def set_revision(value):
    def change(manifest, entries):
        manifest["sheets"][0]["revision"] = value
        manifest["sheets"][0]["document"]["revision"] = value
    return change


def set_image(data):
    def change(manifest, entries):
        entries[manifest["sheets"][0]["signatures"][0]["image"]] = data
    return change


def add_mark(item):
    return lambda manifest, entries: manifest["sheets"][0]["document"]["marks"].append(item)


def empty_sheet(manifest, entries):
    manifest["sheets"][0]["document"].update(marks=[], veto={})


def ref_page(page):
    def change(manifest, entries):
        deduction = first_deduction(manifest["sheets"][0])
        document = next(d["ref"]["document"] for m in manifest["sheets"][0]["document"]["marks"]
                        for d in m["deductions"] if d["ref"]) if deduction["ref"] is None else deduction["ref"]["document"]
        deduction["ref"] = {"document": document, "page": page}
    return change


def both_no_deduction_and_deductions(manifest, entries):
    deducted_mark(manifest["sheets"][0])["no_deduction"] = True


def duplicate_mark(manifest, entries):
    document = manifest["sheets"][0]["document"]
    document["marks"].append(copy.deepcopy(document["marks"][0]))


def duplicate_sheet(manifest, entries):
    manifest["sheets"].append(copy.deepcopy(manifest["sheets"][0]))


def nested_audit(manifest, entries):
    manifest["audit"] = "NESTED"  # replaced by raw text after dumping (json.dumps would recurse too)


def reviewer_id(value):
    return lambda manifest, entries: manifest["reviewer"].update(id=value)


def wrong_case_type(manifest, entries):
    document = manifest["sheets"][0]["document"]
    document["case_type"] = "crime_transfer" if document["case_type"] != "crime_transfer" else "penalty"


def set_reason(text):
    return lambda manifest, entries: first_deduction(manifest["sheets"][0]).update(reason=text)


def foreign_preset(manifest, entries):
    first_deduction(manifest["sheets"][0])["preset"] = "Z9-9"


def points_as_number(manifest, entries):
    first_deduction(manifest["sheets"][0])["points"] = 1.5


# name: (change to the manifest/entries, words the refusal must contain)
HOSTILE = {
    "points-nan": (set_points("NaN"), ["points", "不符合格式", "写法不对"]),
    "points-infinity": (set_points("Infinity"), ["points"]),
    "points-abc": (set_points("abc"), ["points"]),
    "points-negative": (set_points("-2"), ["points"]),
    "points-over-item-maximum": (set_points("99"), ["超过本项满分"]),
    "points-three-places": (set_points("0.125"), ["points"]),
    "points-a-json-number": (points_as_number, ["points"]),
    "reason-with-nul": (set_reason("笔录\x00缺页"), ["控制字符"]),
    "reason-too-long": (set_reason("长" * 600), ["reason"]),
    "comment-with-nul": (set_document(comment="意见\x00"), ["评审意见", "控制字符"]),
    "signature-not-png": (set_image(b"\xff\xd8\xff\xe0 not a png at all"), ["签名图片"]),
    "signature-truncated-png": (set_image(png()[:60]), ["签名图片无法解码"]),
    "signature-huge-png": (set_image(png(5000, 2)), ["尺寸过大"]),
    "signed-sheet-with-no-answers": (empty_sheet, ["未作判断", "另有"]),
    "item-not-in-rubric": (add_mark({"item": "ZZ9", "no_deduction": True, "deductions": []}), ["ZZ9", "评分细则中没有此项"]),
    "veto-item-not-in-rubric": (lambda m, e: m["sheets"][0]["document"]["veto"].update(V99=True), ["V99"]),
    "page-negative": (ref_page(-99999), ["page"]),
    "page-beyond-document": (ref_page(9999), ["第9999页不存在"]),
    "revision-2-62": (set_revision(2**62), ["revision"]),
    "revision-2-70": (set_revision(2**70), ["revision"]),
    "signed-at-naive": (set_sheet(signed_at="2016-10-12T09:30:00"), ["缺少时区"]),
    "signed-at-unparsable": (set_sheet(signed_at="昨天下午"), ["不是有效的时间"]),
    "signed-at-future": (set_sheet(signed_at="2999-01-01T00:00:00+00:00"), ["晚于当前时间"]),
    "signature-not-hex": (lambda m, e: m["sheets"][0]["signatures"][0].update(signature="zz" * 64), ["signature"]),
    "nested-manifest": (nested_audit, ["嵌套"]),
    "duplicate-item": (duplicate_mark, ["出现了两次"]),
    "duplicate-sheet": (duplicate_sheet, ["出现了两次"]),
    "wrong-case-type": (wrong_case_type, ["案卷类型"]),
    "unknown-case-type": (set_document(case_type="bogus"), ["格式错误"]),
    "no-deduction-and-deductions": (both_no_deduction_and_deductions, ["不扣分"]),
    "preset-of-another-item": (foreign_preset, ["Z9-9"]),
    "falsification-unknown": (set_document(falsification="maybe"), ["falsification"]),
    "extra-field": (set_document(bonus="10"), ["bonus"]),
    "reviewer-id-2-70": (reviewer_id(2**70), ["reviewer/id"]),
    "signer-with-bell": (lambda m, e: m["sheets"][0]["signatures"][0].update(signer="刘晓燕\x07"), ["控制字符"]),
}


def forge(tmp_path, name, entries, keys, change):
    """Apply the change, then make everything the signatures and fingerprints cover agree again."""
    entries = dict(entries)
    manifest = json.loads(entries["manifest.json"])
    change(manifest, entries)
    signer = keys[HOSTILE_SIGNER]
    for sheet in manifest["sheets"]:
        sheet["fingerprint"] = fingerprint(sheet["document"])
        for signature in sheet["signatures"]:
            if signature["signature"] != "zz" * 64:
                signature["signature"] = signer.sign(canonical_json(sheet["document"])).hex()
    text = json.dumps(manifest, ensure_ascii=False)
    text = text.replace('"NESTED"', "[" * 100_000 + "]" * 100_000)
    entries["manifest.json"] = text.encode()
    path = tmp_path / f"{name}.rvwret"
    path.write_bytes(seal("return", build_archive(entries), signer, keys["秘书处"].public))
    return path


@pytest.fixture
def hostile_batch(demo_round, demo_keys, tmp_path):
    db_path = demo_round / "secretariat.db"
    for name in (*GENUINE, HOSTILE_SIGNER):
        unscored(db_path, name)
    source = demo_round / "returns" / f"评分回传_{HOSTILE_SIGNER}.rvwret"
    _, _, payload = open_sealed(source.read_bytes(), demo_keys["秘书处"])
    entries = read_archive(payload)
    folder = tmp_path / "hostile"
    folder.mkdir()
    hostile = {name: forge(folder, name, entries, demo_keys, change) for name, (change, _) in HOSTILE.items()}
    huge = folder / "huge.rvwret"
    with huge.open("wb") as file:
        file.truncate(300 * 1024 * 1024)  # sparse: 300 MB that cost no disk
    hostile["huge"] = huge
    genuine = [demo_round / "returns" / f"评分回传_{name}.rvwret" for name in GENUINE]
    return db_path, genuine, hostile, demo_keys


def signed_sheets(db_path, reviewer):
    database = Database(db_path)
    with database.session() as session:
        count = session.scalar(select(func.count()).select_from(SheetRecord).join(SheetRecord.assignment)
                               .join(ReviewerRecord).where(ReviewerRecord.name == reviewer))
    database.close()
    return count


def test_hostile_returns_change_nothing_and_each_is_named(hostile_batch):
    db_path, _, hostile, keys = hostile_batch
    before = table_rows(db_path)
    database = Database(db_path)
    results = import_returns(database, list(hostile.values()), keys["秘书处"])
    database.close()
    assert table_rows(db_path) == before
    by_name = {r.path.stem: r for r in results}
    for name, (_, words) in HOSTILE.items():
        result = by_name[name]
        assert result.outcome is Outcome.REFUSED, (name, result.message)
        for word in words:
            assert word in result.message, (name, word, result.message)
    assert "文件过大" in by_name["huge"].message


def test_genuine_returns_go_in_beside_hostile_ones_and_the_round_still_works(hostile_batch, tmp_path):
    db_path, genuine, hostile, keys = hostile_batch
    files = list(hostile.values())
    batch = files[: len(files) // 2] + [genuine[0]] + files[len(files) // 2:] + [genuine[1]]
    database = Database(db_path)
    results = import_returns(database, batch, keys["秘书处"])
    outcomes = {r.path.stem: r.outcome for r in results}
    assert len(results) == len(batch)
    assert [outcomes[p.stem] for p in genuine] == [Outcome.ACCEPTED, Outcome.ACCEPTED]
    assert all(outcomes[p.stem] is Outcome.REFUSED for p in hostile.values())
    assert [signed_sheets(db_path, name) for name in (*GENUINE, HOSTILE_SIGNER)] == [25, 25, 0]  # 22 files, 3 stories

    with database.session() as session:
        document = results_document("r", round_results(session, only_round(session)))
    assert all(c["final_score"] is None or 0 <= float(c["final_score"]) <= 100 for c in document["case_files"])
    code = next(c["code"] for c in document["case_files"] if c["expert_score"] is not None)
    plan = plan_documents(database, case_codes={code})
    for fmt in ("pdf", "docx"):
        written = list(write_documents(plan, tmp_path / fmt, fmt))
        assert written and all(p.stat().st_size > 0 for p in written)
    assert export_results_workbook(database, tmp_path / "结果.xlsx").exists()
    database.close()


def test_an_unexpected_error_in_one_file_refuses_that_file_only(hostile_batch, monkeypatch, caplog):
    db_path, genuine, _, keys = hostile_batch
    real = returns_module._import_one

    def surprising(session, path, keys):
        if path == genuine[0]:
            raise ZeroDivisionError("something nobody foresaw")
        return real(session, path, keys)

    monkeypatch.setattr(returns_module, "_import_one", surprising)
    database = Database(db_path)
    first, second = import_returns(database, genuine, keys["秘书处"])
    database.close()
    assert first.outcome is Outcome.REFUSED and "意外错误" in first.message and "ZeroDivisionError" in first.message
    assert second.outcome is Outcome.ACCEPTED
    assert "something nobody foresaw" in caplog.text and "Traceback" in caplog.text
    assert signed_sheets(db_path, GENUINE[0]) == 0


def test_reimport_with_other_decimal_spelling_is_already_imported(demo_round, demo_keys, tmp_path):
    """The same sheet whose points are spelt "3" instead of "3.0" (or the reverse) is the same sheet."""
    db_path = demo_round / "secretariat.db"
    source = demo_round / "returns" / f"评分回传_{HOSTILE_SIGNER}.rvwret"
    _, _, payload = open_sealed(source.read_bytes(), demo_keys["秘书处"])

    def respell(manifest, entries):
        for sheet in manifest["sheets"]:
            for mark in sheet["document"]["marks"]:
                for deduction in mark["deductions"]:
                    whole = deduction["points"].rstrip("0").rstrip(".") if "." in deduction["points"] else deduction["points"]
                    deduction["points"] = whole + ".00" if "." not in whole else whole + "0"
    respelt = forge(tmp_path, "respelt", read_archive(payload), demo_keys, respell)
    before = table_rows(db_path)
    database = Database(db_path)
    [result] = import_returns(database, [respelt], demo_keys["秘书处"])
    database.close()
    assert result.outcome is Outcome.DUPLICATE, result.message
    assert table_rows(db_path) == before
