"""Read back every document kind in both formats and check it against the database."""

import io
import json
import subprocess
import sys

import pytest
import zxingcpp
from docx import Document
from docx.oxml.ns import qn
from PIL import Image
from pypdf import PdfReader

from reviewer_app.core.canonical import short_fingerprint
from reviewer_app.core.score_sheet import total_sheet
from reviewer_app.documents.export import export_round, plan_documents
from reviewer_app.documents.score_sheet_report import sheet_fingerprint
from reviewer_app.store.database import Database
from reviewer_app.store.report_views import sheet_views
from reviewer_app.store.results import round_results
from reviewer_app.store.rounds import only_round, round_rubric, round_rules


@pytest.fixture(scope="module")
def exported(demo_source, tmp_path_factory):
    out = tmp_path_factory.mktemp("export")
    database = Database(demo_source / "secretariat.db")
    paths = {fmt: export_round(database, out / fmt, fmt) for fmt in ("pdf", "docx")}
    with database.session() as session:
        round_record = only_round(session)
        facts = {
            "views": sheet_views(session, round_record),
            "results": round_results(session, round_record),
            "rubric": round_rubric(round_record),
            "policy": round_rules(round_record).veto_policy,
            "round": round_record.name,
        }
    database.close()
    return paths, facts


def pdf_text(path):
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def docx_text(path):
    document = Document(path)
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


READERS = {"pdf": pdf_text, "docx": docx_text}


def by_name(paths, prefix):
    return [p for p in paths if p.name.startswith(prefix)]


def test_one_file_per_document_with_readable_names(exported):
    paths, facts = exported
    for fmt in ("pdf", "docx"):
        names = sorted(p.name for p in paths[fmt])
        assert len(by_name(paths[fmt], "评分表_")) == 88
        assert len(by_name(paths[fmt], "案卷汇总表_")) == 22
        assert f"单位得分与排名.{fmt}" in names and f"评查完成情况.{fmt}" in names and f"典型问题分析.{fmt}" in names
        assert len(by_name(paths[fmt], "单位评查意见_")) == 3
        assert any(n.startswith("评分表_AJ-") and n.endswith(f"_北塘市交叉评审组_第1版.{fmt}") for n in names)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_score_sheets_carry_the_database_figures(exported, fmt):
    paths, facts = exported
    for view in facts["views"][::11]:
        path = paths[fmt][0].parent / f"评分表_{view.case_code}_{view.reviewer}_第1版.{fmt}"
        text = READERS[fmt](path).replace(" ", "").replace("\n", "")
        total = total_sheet(facts["rubric"], view.sheet)
        assert view.case_code in text and view.reviewer in text
        assert view.sheet.case_type.label in text
        assert f"本表得分{total.score(facts['policy'])}" in text
        assert f"卷面得分{total.points:.2f}" in text
        reasons = [d.reason for m in view.sheet.marks.values() for d in m.deductions]
        for reason in reasons[:3]:
            assert reason.replace(" ", "") in text
        assert short_fingerprint(sheet_fingerprint(view)).replace(" ", "") in text
        for member in view.members:
            assert member in text


def test_falsification_statement_printed(exported):
    paths, facts = exported
    view = next(v for v in facts["views"] if v.sheet.falsification and v.sheet.falsification.value == "found")
    for fmt, reader in READERS.items():
        text = reader(paths[fmt][0].parent / f"评分表_{view.case_code}_{view.reviewer}_第1版.{fmt}")
        assert "结论：认定造假" in text and view.sheet.falsification_description[:20] in text.replace("\n", "")


def _decoded_qr(image):
    return [json.loads(r.text) for r in zxingcpp.read_barcodes(image)]


def test_qr_code_on_the_printed_sheet_matches_the_record(exported, tmp_path):
    paths, facts = exported
    view = facts["views"][0]
    expected = {"round": view.round_id, "case": view.case_code, "reviewer": view.reviewer,
                "revision": 1, "fingerprint": sheet_fingerprint(view)}
    pdf = paths["pdf"][0].parent / f"评分表_{view.case_code}_{view.reviewer}_第1版.pdf"
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(tmp_path / "p")], check=True)
    assert _decoded_qr(Image.open(tmp_path / "p.png")) == [expected]
    document = Document(paths["docx"][0].parent / f"评分表_{view.case_code}_{view.reviewer}_第1版.docx")
    pictures = [Image.open(io.BytesIO(part.blob)) for part in document.part.package.image_parts]
    assert expected in [payload for picture in pictures for payload in _decoded_qr(picture)]


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_case_summaries_and_unit_ranking_match_results(exported, fmt):
    paths, facts = exported
    results = facts["results"]
    folder = paths[fmt][0].parent
    for case in results.cases[::5]:
        text = READERS[fmt](folder / f"案卷汇总表_{case.code}.{fmt}").replace("\n", "")
        assert case.code in text and case.unit in text and case.rule.replace(" ", "") in text.replace(" ", "")
        assert str(case.final_score) in text
        if case.expert_score is not None:
            assert str(case.expert_score) in text
    falsified = next(c for c in results.cases if c.falsified)
    text = READERS[fmt](folder / f"案卷汇总表_{falsified.code}.{fmt}")
    assert "认定造假" in text and "0.00" in text
    ranking = READERS[fmt](folder / f"单位得分与排名.{fmt}").replace("\n", "")
    for unit in results.units:
        assert unit.name in ranking and str(unit.indicator) in ranking and str(unit.score) in ranking
        for reason in unit.zero_reasons:
            assert reason in ranking


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_completion_report_lists_what_is_missing(demo_round, tmp_path, fmt):
    database = Database(demo_round / "secretariat.db")
    with database.engine.begin() as connection:  # reopen one sheet as a draft
        sheet_id = connection.exec_driver_sql("SELECT id FROM score_sheets ORDER BY id LIMIT 1").scalar()
        connection.exec_driver_sql("UPDATE score_sheets SET status='draft' WHERE id=?", (sheet_id,))
        code = connection.exec_driver_sql(
            "SELECT c.code FROM score_sheets s JOIN assignments a ON a.id=s.assignment_id "
            "JOIN case_files c ON c.id=a.case_file_id WHERE s.id=?", (sheet_id,)).scalar()
    [path] = export_round(database, tmp_path, fmt, kinds=("completion",))
    text = READERS[fmt](path)
    assert "已签名 93 项" in text and "未完成 1 项" in text  # 88 case-file tasks and the panel's 6 story tasks
    assert f"{code}（评分中）" in text.replace("\n", "")
    database.close()


def test_pdf_metadata_page_numbers_and_repeated_headers(exported):
    paths, _ = exported
    ranking = next(p for p in paths["pdf"] if p.name == "单位得分与排名.pdf")
    reader = PdfReader(ranking)
    assert reader.metadata.title == "参评单位案卷质量得分与排名"
    assert len(reader.pages) >= 2
    last = reader.pages[-1].extract_text()
    assert f"第 {len(reader.pages)} 页 共 {len(reader.pages)} 页" in last
    assert "参评单位" in last and "案卷编号" in last  # the case table's header repeated on the next page
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(float(width)), round(float(height))) == (595, 842)  # A4


def test_docx_sets_east_asian_font_a4_and_repeated_header(exported):
    paths, _ = exported
    document = Document(next(p for p in paths["docx"] if p.name.startswith("评分表_")))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    fonts = document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "宋体"
    runs = [r for p in document.paragraphs for r in p.runs if r.text.strip()]
    assert all(r.element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) for r in runs)
    items = max(document.tables, key=lambda t: len(t.rows))
    assert items.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert document.core_properties.title == "案卷评查评分表"
    footer = document.sections[0].footer._element.xml
    assert "NUMPAGES" in footer and "PAGE" in footer


def test_every_pdf_font_is_embedded(exported):
    paths, _ = exported
    kinds = [by_name(paths["pdf"], prefix)[0] for prefix in ("评分表_", "案卷汇总表_", "单位得分", "评查完成")]
    for path in kinds:
        output = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        rows = output.splitlines()[2:]
        assert rows, output
        for row in rows:
            columns = row.split()
            assert columns[-5] == "yes", f"{path.name}: font not embedded: {row}"


def test_page_one_of_each_kind_renders(exported, output_dir):
    paths, _ = exported
    team_sheet = next(p.stem for p in paths["pdf"] if p.name.startswith("评分表_") and "北塘" in p.name)
    for prefix in (team_sheet, "案卷汇总表_AJ-PGBY", "单位得分", "评查完成", "典型问题", "单位评查意见_青溪县"):
        path = by_name(paths["pdf"], prefix)[0]
        target = output_dir / f"page1-{prefix.rstrip('_')}"
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(path), str(target)], check=True)
        image = Image.open(f"{target}.png").convert("L")
        # Something dark is printed: not a blank page.
        assert sum(image.histogram()[:100]) > 500


def test_pdf_export_is_deterministic(demo_source, tmp_path):
    database = Database(demo_source / "secretariat.db")
    plan = plan_documents(database, ("sheets",))[:3]
    database.close()
    from reviewer_app.documents.export import write_documents
    first = [p.read_bytes() for p in write_documents(plan, tmp_path / "a", "pdf")]
    second = [p.read_bytes() for p in write_documents(plan, tmp_path / "b", "pdf")]
    assert first == second


def test_cli_export(demo_source, tmp_path):
    output = subprocess.run(
        [sys.executable, "-m", "reviewer_app", "sheets", "export", "--db", str(demo_source / "secretariat.db"),
         "--format", "docx", "--out", str(tmp_path), "--kind", "units", "--kind", "completion"],
        capture_output=True, text=True,
    )
    assert output.returncode == 0, output.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["单位得分与排名.docx", "评查完成情况.docx"]


def test_signed_sheets_print_the_signing_key_fingerprint(exported, demo_source):
    from reviewer_app.exchange.keys import public_keys_of

    paths, facts = exported
    view = next(v for v in facts["views"] if v.reviewer == "周明远")
    key = public_keys_of(demo_source / "keys" / "周明远.key")
    for fmt, reader in READERS.items():
        text = reader(paths[fmt][0].parent / f"评分表_{view.case_code}_周明远_第1版.{fmt}").replace(" ", "")
        assert f"密钥指纹{key.short_fingerprint.replace(' ', '')}" in text


def test_a_long_docx_batch_frees_dead_documents_as_it_goes(demo_source, tmp_path):
    """Each python-docx document is cyclic garbage holding megabytes of native lxml memory, and Python's
    full collections (the only ones that reach it) are rare in a big process: the batch must collect."""
    import gc
    from itertools import cycle, islice

    from docx.package import Package

    from reviewer_app.documents.export import COLLECT_EVERY, PlannedDocument, write_documents

    database = Database(demo_source / "secretariat.db")
    sheets = plan_documents(database, ("sheets",))
    database.close()
    count = 3 * COLLECT_EVERY["docx"] + 5
    plan = [PlannedDocument(f"{p.name}-{n}", p.build) for n, p in enumerate(islice(cycle(sheets), count))]
    gc.collect()
    gc.disable()  # as if no automatic full collection came during the batch
    try:
        for _ in write_documents(plan, tmp_path, "docx"):
            pass
        alive = sum(isinstance(o, Package) for o in gc.get_objects())
    finally:
        gc.enable()
    assert len(list(tmp_path.glob("*.docx"))) == count
    assert alive <= COLLECT_EVERY["docx"]


def test_a_sheet_with_items_not_applicable_prints_them_and_the_rescaled_total(exported, tmp_path):
    from dataclasses import replace

    from reviewer_app.core.points import fmt
    from reviewer_app.core.score_sheet import ItemMark
    from reviewer_app.documents.pdf_output import write_pdf
    from reviewer_app.documents.score_sheet_report import score_sheet_report
    from reviewer_app.documents.word_output import write_docx

    _, facts = exported
    view = next(v for v in facts["views"] if v.sheet.case_type.value == "penalty")
    sheet = replace(view.sheet, marks={**view.sheet.marks, "N2": ItemMark("N2", not_applicable=True)})
    total = total_sheet(facts["rubric"], sheet)
    # the demo's penalty files take no seizure (P3, 3 points, presumed 不适用), and now no hearing notice (N2, 2)
    assert sheet.marks["P3"].not_applicable
    assert total.rescaled and total.applicable_max == 95
    report = score_sheet_report(replace(view, sheet=sheet), facts["rubric"], facts["policy"])
    write_pdf(report, tmp_path / "sheet.pdf")
    write_docx(report, tmp_path / "sheet.docx")
    for text in (pdf_text(tmp_path / "sheet.pdf"), docx_text(tmp_path / "sheet.docx")):
        flat = text.replace(" ", "").replace("\n", "")
        assert "不适用，不计分" in flat
        assert f"满分95.00分，得{fmt(total.earned)}分" in flat
        assert f"卷面得分{fmt(total.points)}（按适用项折算为百分制）" in flat


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_findings_agree_with_the_sheets_and_unit_letters_name_no_reviewer(exported, fmt):
    from reviewer_app.core.findings import ScoredSheet, item_findings, most_frequent

    paths, facts = exported
    unit_of = {c.code: c.unit for c in facts["results"].cases}
    scored = [ScoredSheet(v.case_code, unit_of[v.case_code], v.reviewer, v.sheet) for v in facts["views"]]
    top = most_frequent(item_findings(facts["rubric"], scored))[0]
    text = READERS[fmt](by_name(paths[fmt], "典型问题分析")[0]).replace(" ", "").replace("\n", "")
    assert f"{top.item_id}{top.text}".replace(" ", "") in text
    assert f"{top.times}{len(top.cases)}{len(top.units)}" in text  # its row: times, files, units
    assert "周明远" in text and "评审尺度" in text  # the calibration table names reviewers (internal)
    reviewers = {v.reviewer for v in facts["views"]}
    for unit in facts["results"].units:
        letter = READERS[fmt](by_name(paths[fmt], f"单位评查意见_{unit.name}")[0])
        own = {c.code for c in facts["results"].cases if c.unit == unit.name}
        assert all(code in letter for code in own)
        # another unit's file appears only where it zeroes this one (a county's falsified file zeroes its city)
        others = {c.code for c in facts["results"].cases if c.unit != unit.name and c.code in letter}
        assert others == {r.split("：")[1] for r in unit.zero_reasons if r.startswith("案卷造假")} - own
        assert not any(name in letter for name in reviewers)  # a letter to the unit names no reviewer


def test_case_summary_says_the_ruling_and_the_reviewers_opinions(exported):
    paths, facts = exported
    vetoed = next(c for c in facts["results"].cases if c.vetoed_sheets)
    text = pdf_text(by_name(paths["pdf"], f"案卷汇总表_{vetoed.code}")[0]).replace("\n", "")
    assert "五、评查意见" in text and "否决项裁定（否决成立）：评审组合议" in text
    commented = next(v for v in facts["views"] if v.case_code == vetoed.code and v.sheet.comment)
    assert commented.sheet.comment[:15] in text and "主要扣分问题" in text


def test_a_large_export_uses_worker_processes_and_writes_the_same_files(demo_source, tmp_path):
    from reviewer_app.documents.export import PER_CASE_KINDS

    database = Database(demo_source / "secretariat.db")
    alone = export_round(database, tmp_path / "one", "pdf", kinds=PER_CASE_KINDS, workers=1)
    seen = []
    shared = export_round(database, tmp_path / "two", "pdf", kinds=PER_CASE_KINDS, workers=2, batch=5,
                          progress=lambda done, total, label: seen.append((done, total)))
    database.close()
    assert seen[-1] == (5, 5)  # 22 case files in batches of 5, reported as each batch finishes
    assert sorted(p.name for p in alone) == sorted(p.name for p in shared) and len(alone) == 88 + 22
    for path in alone:
        assert (tmp_path / "two" / path.name).read_bytes() == path.read_bytes(), path.name
