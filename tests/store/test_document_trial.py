"""Every document is put through what later steps will do to it at intake, in worker processes
with a time limit: a file that would fail later is refused now, by name, and the others go in."""

import io
import shutil

import pypdf
from sqlalchemy import select

from reviewer_app.core.rubric import load_preset
from reviewer_app.pdf.reading import PdfProblem, trial
from reviewer_app.pdf.trial_pool import try_documents
from reviewer_app.store.database import Database
from reviewer_app.store.intake import intake_folder
from reviewer_app.store.roster import REVIEWER_SHEET, UNIT_SHEET, import_roster
from reviewer_app.store.rounds import create_round
from reviewer_app.store.schema import CaseFileRecord
from helpers import stubborn_check
from store.test_intake_and_assignment import roster_files


def encrypted(source):
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(source))
    writer.encrypt("secret")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_bad_documents_are_refused_by_name_and_the_rest_go_in(demo_source, tmp_path):
    tree = tmp_path / "cases"
    shutil.copytree(demo_source / "originals", tree)
    good_documents = sum(1 for p in tree.rglob("*") if p.is_file())
    cases = sorted(p for p in tree.rglob("*") if p.is_dir() and p.parent.parent == tree)
    a_pdf = next(cases[0].glob("*.pdf"))
    bad = {
        cases[0]: ("99 截断的笔录.pdf", a_pdf.read_bytes()[: len(a_pdf.read_bytes()) // 2]),
        cases[1]: ("99 不是PDF.pdf", "这其实是一份文本文件".encode() * 50),
        cases[2]: ("99 加密的决定书.pdf", encrypted(a_pdf)),
        cases[3]: ("99 空文件.pdf", b""),
        cases[4]: ("99 坏图片.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 40),
    }
    for case_dir, (name, data) in bad.items():
        (case_dir / name).write_bytes(data)

    folder = tmp_path / "round"
    folder.mkdir()
    database = Database(folder / "secretariat.db")
    units, reviewers = roster_files(tmp_path)
    seen = []
    with database.session() as session:
        round_record = create_round(session, name="有坏文件的评查", year=2016, rubric=load_preset("national_2012"))
        import_roster(session, round_record, units, UNIT_SHEET)
        import_roster(session, round_record, reviewers, REVIEWER_SHEET)
        report = intake_folder(session, round_record, tree, folder, lambda done, total, name: seen.append((done, total)))
    assert report.case_files == 22 - 5
    assert len(report.refused) == 5
    for case_dir, (name, _) in bad.items():
        [line] = [r for r in report.refused if name in r]
        assert case_dir.name in line and "整件案卷未登记" in line
    assert "不完整" in next(r for r in report.refused if "截断" in r) or "损坏" in next(r for r in report.refused if "截断" in r)
    assert "加密" in next(r for r in report.refused if "加密" in r)
    assert "0 字节" in next(r for r in report.refused if "空文件" in r)
    assert "图片无法打开" in next(r for r in report.refused if "坏图片" in r)
    assert seen[-1] == (good_documents + 5, good_documents + 5)
    with database.session() as session:
        titles = {c.title for c in session.scalars(select(CaseFileRecord))}
    assert not titles & {case_dir.name for case_dir in bad}
    database.close()


def test_trial_reads_every_page_of_a_good_pdf(demo_source):
    pdf = next((demo_source / "originals").rglob("*.pdf"))
    assert trial(pdf) == len(pypdf.PdfReader(pdf).pages)


def test_a_document_that_hangs_or_crashes_its_worker_is_refused_and_the_rest_go_on(tmp_path):
    names = ["fine-1.pdf", "hang.pdf", "fine-2.pdf", "crash.pdf", "fine-3.pdf", "fine-4.pdf"]
    paths = [tmp_path / name for name in names]
    for path in paths:
        path.write_bytes(b"%PDF-1.4")
    results = try_documents(paths, time_limit=3, workers=2, check=stubborn_check)
    assert {p.name: r.pages for p, r in results.items() if r.problem is None} == {
        "fine-1.pdf": 3, "fine-2.pdf": 3, "fine-3.pdf": 3, "fine-4.pdf": 3}
    assert "超过 3 秒" in results[tmp_path / "hang.pdf"].problem
    assert "崩溃" in results[tmp_path / "crash.pdf"].problem


def test_an_encrypted_pdf_is_named_as_such(demo_source, tmp_path):
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(encrypted(next((demo_source / "originals").rglob("*.pdf"))))
    try:
        trial(locked)
    except PdfProblem as problem:
        assert "加密" in str(problem)
    else:
        raise AssertionError("an encrypted PDF was accepted")


def test_a_page_too_large_to_ship_is_refused(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "huge.pdf"
    canvas = Canvas(str(path), pagesize=(14400, 14400))  # 5 m a side: the rebuilt page would need gigabytes
    canvas.drawString(100, 100, "x")
    canvas.showPage()
    canvas.save()
    try:
        trial(path)
    except PdfProblem as problem:
        assert "尺寸异常" in str(problem)
    else:
        raise AssertionError("a 5 m page was accepted")


def test_links_devices_pipes_and_huge_files_are_refused_before_a_byte_is_read(tmp_path):
    """A symlink to /dev/zero, a pipe nobody writes to, or a 6 GB file would hang or exhaust a
    worker reading it: each is named and refused at once, and the good document beside them goes in."""
    import os

    good = tmp_path / "01 决定书.pdf"
    canvas_pdf = pypdf.PdfWriter()
    canvas_pdf.add_blank_page(595, 842)
    with good.open("wb") as handle:
        canvas_pdf.write(handle)
    zero = tmp_path / "02 链接.pdf"
    zero.symlink_to("/dev/zero")
    pipe = tmp_path / "03 管道.pdf"
    os.mkfifo(pipe)
    huge = tmp_path / "04 巨大.pdf"
    with huge.open("wb") as handle:
        handle.truncate(6 * 1024**3)  # sparse: no disk used
    results = try_documents([good, zero, pipe, huge], time_limit=60, workers=2)
    assert results[good].problem is None and results[good].pages == 1
    assert "链接" in results[zero].problem
    assert "不是普通文件" in results[pipe].problem  # not a time-out: the pipe was never opened
    assert "文件过大" in results[huge].problem


def test_a_jpeg_scan_becomes_a_pdf_page_at_intake_and_goes_through_anonymisation(demo_source, tmp_path):
    """Units send photographed and scanned pages as JPEG: taken in as a PDF page, so OCR, the
    redaction review, the shipped copy and the leak check treat it as any scan (it used to be
    accepted, then block every package build)."""
    from PIL import Image, ImageDraw

    from reviewer_app.anonymise.round_anonymisation import leak_check, produce_shipped_copies, propose_redactions
    from reviewer_app.store.rounds import only_round
    from reviewer_app.store.schema import DocumentRecord

    tree = tmp_path / "cases"
    unit = "临江市环境保护局"
    case = tree / unit / "01 照片送达的案卷"
    case.mkdir(parents=True)
    shutil.copy(next((demo_source / "originals" / unit).glob("*/01-*.pdf")), case / "01-立案审批表.pdf")
    photo = Image.new("RGB", (1654, 2339), (246, 245, 240))
    ImageDraw.Draw(photo).rectangle((200, 300, 1400, 360), fill=(30, 30, 30))
    photo.save(case / "IMG_20161012_152201.jpg", quality=80, dpi=(200, 200))
    folder = tmp_path / "round"
    folder.mkdir()
    database = Database(folder / "secretariat.db")
    units, reviewers = roster_files(tmp_path)
    with database.session() as session:
        round_record = create_round(session, name="照片", year=2016, rubric=load_preset("national_2012"))
        import_roster(session, round_record, units, UNIT_SHEET)
        import_roster(session, round_record, reviewers, REVIEWER_SHEET)
        report = intake_folder(session, round_record, tree, folder)
    assert report.case_files == 1 and not report.refused
    with database.session() as session:
        taken = session.scalars(select(DocumentRecord).where(DocumentRecord.path.endswith(".jpg.pdf"))).one()
        assert taken.pages == 1 and (folder / taken.path).read_bytes().startswith(b"%PDF")
    assert propose_redactions(database, folder).problems == []
    assert produce_shipped_copies(database, folder).problems == []
    with database.session() as session:
        assert not [leak for leak in leak_check(session, only_round(session), folder) if "无法检查" in leak.term]
    database.close()
