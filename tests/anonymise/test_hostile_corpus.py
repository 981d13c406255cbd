"""A case file made to leak (hostile_corpus) goes through intake → propose (with OCR) → accept →
produce, and a scan of the shipped files that shares no code with the product (poppler's
pdftotext, qpdf's uncompressed rewrite read as UTF-8 and UTF-16, every object pypdf parses)
finds nothing: not the unit, not its place names, not the ID or telephone numbers. The same
scan of the originals finds the unit in every hiding place, so the scan itself can see."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pypdf
import pytest
from pypdf.generic import ArrayObject, DictionaryObject, StreamObject
from sqlalchemy import select

from anonymise.hostile_corpus import ID_NUMBER, LANDLINE, MOBILE, PARTY, SEARCHABLE_SCANNED, SEARCHABLE_TYPED, UNIT, write_corpus
from helpers import demo_roster, type_into
from reviewer_app.anonymise.round_anonymisation import (
    accept_all_proposals,
    add_terms,
    leak_check,
    mark_reviewed,
    pages_to_look,
    produce_shipped_copies,
    propose_redactions,
    read_scanned_pages,
)
from reviewer_app.core.rubric import load_preset
from reviewer_app.pdf.reading import page_text
from reviewer_app.store.database import Database
from reviewer_app.store.intake import intake_folder
from reviewer_app.store.roster import UNIT_SHEET, import_roster
from reviewer_app.store.rounds import create_round, only_round
from reviewer_app.store.schema import DocumentRecord, PageReviewRecord, RedactionRecord

TYPED, SCAN, KANGXI = 1, 2, 3  # the documents' positions in the case file
FORBIDDEN = (UNIT, PARTY, "青溪县", "青溪", ID_NUMBER, MOBILE, LANDLINE, LANDLINE.replace("-", ""))


def fold(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def independent_texts(path: Path) -> dict[str, str]:
    """Everything a determined reader pulls out of a PDF, by tools the product does not use."""
    texts = {"pdftotext": subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True).stdout.decode()}
    expanded = path.with_suffix(".qdf")
    subprocess.run(["qpdf", "--qdf", "--object-streams=disable", "--decode-level=all", str(path), str(expanded)],
                   capture_output=True)
    raw = expanded.read_bytes()
    texts["qpdf utf-8"] = raw.decode("utf-8", "ignore")
    texts["qpdf utf-16be"] = raw.decode("utf-16-be", "ignore") + raw[1:].decode("utf-16-be", "ignore")
    expanded.unlink()
    reader = pypdf.PdfReader(str(path))
    strings: list[str] = []

    def walk(obj, depth=0):  # noqa: ANN001, ANN202
        if depth > 30:
            return
        obj = obj.get_object() if hasattr(obj, "get_object") and depth else obj
        if isinstance(obj, StreamObject):
            strings.append(obj.get_data().decode("utf-8", "ignore"))
        if isinstance(obj, DictionaryObject):
            for key, value in obj.items():
                strings.append(str(key))
                if key not in ("/Parent", "/P"):
                    walk(value, depth + 1)
        elif isinstance(obj, ArrayObject):
            for value in obj:
                walk(value, depth + 1)
        elif isinstance(obj, str):
            strings.append(obj)

    for number in range(1, int(reader.trailer["/Size"])):
        try:
            walk(reader.get_object(number))
        except Exception:  # noqa: BLE001 - free entries
            pass
    walk(reader.trailer)
    texts["pypdf objects"] = "\n".join(strings)
    return texts


def found_in(path: Path) -> set[tuple[str, str]]:
    return {(where, term) for where, text in independent_texts(path).items() for term in FORBIDDEN
            if fold(term) in fold(text)}


@pytest.fixture(scope="module")
def corpus_round(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    originals = write_corpus(base / "cases" / UNIT / "01 某化工公司超标排放水污染物案")
    folder = base / "round"
    folder.mkdir()
    database = Database(folder / "secretariat.db")
    roster = demo_roster(base / "roster.xlsx")
    with database.session() as session:
        round_record = create_round(session, name="泄密语料", year=2016, rubric=load_preset("national_2012"))
        import_roster(session, round_record, roster, UNIT_SHEET)  # imports its reviewers' sheet too
        add_terms(session, round_record, [(PARTY, "manual")])
        report = intake_folder(session, round_record, base / "cases", folder)
        assert report.case_files == 1 and not report.refused
    read = read_scanned_pages(database, folder)
    proposed = propose_redactions(database, folder)
    with database.session() as session:
        proposals = [(r.document.position, r.page, r.rule, r.term) for r in session.scalars(select(RedactionRecord))]
        looks = [(d.position, p.page, p.reason) for d, p in pages_to_look(session, only_round(session))]
        accept_all_proposals(session, only_round(session))
        for document, page in pages_to_look(session, only_round(session)):
            mark_reviewed(session, document.id, page.page)
    produced = produce_shipped_copies(database, folder)
    with database.session() as session:
        leaks = leak_check(session, only_round(session), folder)
        shipped = {d.position: folder / d.package_path for d in session.scalars(select(DocumentRecord))}
    database.close()
    yield {"originals": originals, "shipped": shipped, "proposals": proposals, "looks": looks,
           "proposed": proposed, "read": read, "produced": produced, "leaks": leaks, "folder": folder}


def test_the_independent_scan_sees_the_unit_in_every_original_hiding_place(corpus_round):
    typed = found_in(corpus_round["originals"]["typed"])
    assert {("pdftotext", UNIT), ("pypdf objects", UNIT), ("pypdf objects", ID_NUMBER)} <= typed
    objects = "\n".join(independent_texts(corpus_round["originals"]["typed"]).values())
    for hidden in ("批注：", "文本框：", "填写", "私有数据", "<dc:title>", "app.alert"):  # annotations, form, XMP, …
        assert hidden in objects
    kangxi = independent_texts(corpus_round["originals"]["kangxi"])["pdftotext"]
    assert "⼀川化工" in kangxi and PARTY not in kangxi  # plain matching misses it; folded, it is there
    assert ("pdftotext", PARTY) in found_in(corpus_round["originals"]["kangxi"])


def test_every_rule_proposes_what_it_should(corpus_round):
    rules = {(title, page, rule) for title, page, rule, _ in corpus_round["proposals"]}
    typed, scan, kangxi = TYPED, SCAN, KANGXI
    for rule in ("敏感词", "身份证号", "手机号码", "固定电话", "印章"):
        assert (typed, 1, rule) in rules, rule
    for rule in ("敏感词（OCR）", "身份证号（OCR）", "手机号码（OCR）", "印章"):
        assert (scan, 1, rule) in rules, rule
    assert (kangxi, 1, "敏感词") in rules
    broken = [p for p in corpus_round["proposals"] if p[0] == typed and p[3] == UNIT]
    assert len(broken) >= 4  # spaced heading, both halves of the broken name, white text
    looks = {(title, page) for title, page, _ in corpus_round["looks"]}
    assert (typed, 1) in looks and (scan, 1) in looks  # the seal on a typed page is offered for a look too
    assert corpus_round["read"].pages == 1 and not corpus_round["read"].problems
    assert not corpus_round["proposed"].problems


def test_nothing_reaches_the_shipped_copies(corpus_round):
    assert not corpus_round["produced"].problems
    assert corpus_round["leaks"] == []  # the product's own check agrees
    for position, path in corpus_round["shipped"].items():
        assert found_in(path) == set(), position
        reader = pypdf.PdfReader(str(path))
        assert "/AcroForm" not in reader.trailer["/Root"] and "/Outlines" not in reader.trailer["/Root"]
        assert "/Names" not in reader.trailer["/Root"] and "/PageLabels" not in reader.trailer["/Root"]
        for page in reader.pages:
            assert "/Annots" not in page and "/Metadata" not in page and "/PieceInfo" not in page
            assert len(page["/Resources"]["/XObject"]) == 1  # the page image, nothing unused


def test_seals_are_blacked_out_on_typed_and_scanned_pages(corpus_round):
    from reviewer_app.anonymise.seals import red_mask
    from reviewer_app.pdf.reading import open_pdf, render_pixels

    for position in (TYPED, SCAN):
        for path, expected in ((corpus_round["originals"]["typed" if position == TYPED else "scanned"], True),
                               (corpus_round["shipped"][position], False)):
            document = open_pdf(path)
            red = int(red_mask(render_pixels(document[0], 50)).sum())
            document.close()
            assert (red > 200) is expected, (path, red)


def test_shipped_copies_stay_searchable(corpus_round):
    shipped = corpus_round["shipped"]
    typed = fold("".join(page_text(shipped[TYPED])))
    scan = fold("".join(page_text(shipped[SCAN])))
    assert fold(SEARCHABLE_TYPED) in typed and "第二页" in typed
    assert fold(SEARCHABLE_SCANNED) in scan and "废水处理设施" in scan
    assert UNIT not in typed + scan


def test_pages_are_looked_at_from_the_command_line(corpus_round, tmp_path):
    import sys

    folder = tmp_path / "round"
    shutil.copytree(corpus_round["folder"], folder)
    db = str(folder / "secretariat.db")
    database = Database(folder / "secretariat.db")
    with database.session() as session:
        for review in session.scalars(select(PageReviewRecord)):
            review.reviewed = False
        code = session.scalars(select(DocumentRecord)).first().case_file.code
    database.close()
    run = lambda *a: subprocess.run([sys.executable, "-m", "reviewer_app", "anonymise", *a, "--db", db],  # noqa: E731
                                    capture_output=True, text=True)
    again = run("ocr")
    assert again.returncode == 0 and "本次识别扫描页 0 页" in again.stdout  # read once, never again
    listed = run("pages")
    assert listed.returncode == 0 and code in listed.stdout and "有印章" in listed.stdout
    assert run("produce").returncode == 2  # pages still to look at
    for line in listed.stdout.splitlines():
        case, position, page = line.split("\t")[:3]
        looked = run("looked", "--case", case, "--document", position, "--page", re.sub(r"\D", "", page))
        assert looked.returncode == 0 and "已记录人工查看" in looked.stdout
    assert run("pages").stdout.strip() == ""
    produced = run("produce")
    assert produced.returncode == 0 and "无变化未重做" in produced.stdout, produced.stdout + produced.stderr


def test_the_viewer_finds_words_on_shipped_pages_but_not_redacted_ones(qtbot, corpus_round):
    from PySide6.QtCore import Qt

    from reviewer_app.core.vocabulary import DocumentType
    from reviewer_app.gui.workbench.document_viewer import DocumentViewer
    from reviewer_app.store.workbench_queries import DocumentEntry

    shipped = corpus_round["shipped"]
    viewer = DocumentViewer()
    qtbot.addWidget(viewer)
    viewer.show_documents([DocumentEntry(n, n, DocumentType.OTHER, f"文书 {n}", shipped[n], 1, f"sha{n}")
                           for n in (TYPED, SCAN)])
    viewer.show()

    def search(word: str) -> str:
        type_into(qtbot, viewer.search_box, word)
        qtbot.keyClick(viewer.search_box, Qt.Key_Return)
        return viewer.search_status.text()

    for row, word in ((0, SEARCHABLE_TYPED), (1, SEARCHABLE_SCANNED)):
        viewer.document_list.setCurrentRow(row)
        qtbot.waitUntil(lambda: search(word).startswith("1 /"), timeout=5000)
        assert search(UNIT).startswith("未找到")
        assert search("青溪").startswith("未找到")


def test_review_reads_scans_by_click_and_shows_seal_and_ocr_proposals(qtbot, corpus_round, tmp_path, output_dir):
    from PySide6.QtCore import Qt

    from reviewer_app.gui.console.redaction_review import RedactionReviewDialog
    from reviewer_app.store.schema import OcrPageRecord

    folder = tmp_path / "round"
    shutil.copytree(corpus_round["folder"], folder)
    database = Database(folder / "secretariat.db")
    with database.session() as session:  # as just searched, before any OCR: nothing decided, nothing looked at
        session.execute(OcrPageRecord.__table__.delete())
        session.execute(RedactionRecord.__table__.delete())
        session.execute(PageReviewRecord.__table__.delete())
        ids = {d.position: d.id for d in session.scalars(select(DocumentRecord))}
    propose_redactions(database, folder)
    database.close()
    dialog = RedactionReviewDialog(folder / "secretariat.db")
    qtbot.addWidget(dialog)
    dialog.resize(1280, 900)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.select(ids[SCAN], 1)
    assert dialog.page_note.text() == "待人工查看：扫描页，未做文字识别；有印章"
    assert {box.rule for box in dialog.canvas.boxes} == {"印章"}  # the seal is found without OCR
    qtbot.mouseClick(dialog.ocr_button, Qt.LeftButton)
    assert "识别扫描页 1 页" in dialog.status.text()
    for position, name in ((SCAN, "scan-ocr-and-seal"), (TYPED, "typed-seal-and-patterns")):
        dialog.select(ids[position], 1)
        rules = {box.rule for box in dialog.canvas.boxes}
        assert "印章" in rules and any(rule.startswith(("敏感词", "身份证号")) for rule in rules)
        assert dialog.page_note.text() == "待人工查看：有印章"  # OCR read the scan surely: only the seal is left
        dialog.grab().save(str(output_dir / f"secretariat-redaction-review-{name}.png"))
    dialog.close()


def test_leak_check_reads_shipped_page_images_by_ocr(corpus_round, tmp_path):
    from reviewer_app.anonymise.leak_check import ScanRequest, scan_shipped_file

    terms = (UNIT, "青溪", ID_NUMBER, MOBILE)
    shipped = scan_shipped_file(ScanRequest(str(corpus_round["shipped"][SCAN]), "扫描件", terms, use_ocr=True))
    assert shipped == []
    original = scan_shipped_file(ScanRequest(str(corpus_round["originals"]["scanned"]), "原件", terms, use_ocr=True))
    assert {(leak.where, leak.term) for leak in original} >= {("第 1 页（OCR）", UNIT), ("第 1 页（OCR）", ID_NUMBER)}


def test_one_broken_document_is_reported_and_the_others_go_on(corpus_round, tmp_path):
    folder = tmp_path / "round"
    shutil.copytree(corpus_round["folder"], folder)
    database = Database(folder / "secretariat.db")
    with database.session() as session:
        broken = session.scalars(select(DocumentRecord).where(DocumentRecord.position == KANGXI)).one()
        data = (folder / broken.path).read_bytes()
        (folder / broken.path).write_bytes(data[: len(data) // 3])  # damaged on disk after intake
        session.execute(RedactionRecord.__table__.delete())
        label = f"{broken.case_file.code} {KANGXI:02d}"
    proposed = propose_redactions(database, folder)
    assert len(proposed.problems) == 1 and proposed.problems[0].startswith(label)
    assert proposed.proposals > 10  # the typed decision and the scan were searched all the same
    with database.session() as session:
        accept_all_proposals(session, only_round(session))
        session.execute(DocumentRecord.__table__.update().values(package_basis=None))
    produced = produce_shipped_copies(database, folder)
    assert len(produced.problems) == 1 and produced.problems[0].startswith(label) and produced.produced == 2
    database.close()
