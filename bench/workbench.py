"""Reviewer workbench figures: cold start, a 300-page scan, switching case files, scoring
edits, and peak memory after opening every demo case file and document."""

from __future__ import annotations

import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import demo_round, peak_rss_mb, report

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _fresh_copy() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="bench-wb-"))
    shutil.copytree(demo_round(), folder / "round")
    os.environ["REVIEWER_APP_DATA"] = str(folder / "user-data")
    return folder / "round" / "secretariat.db"


def _reviewer_id(db: Path) -> int:
    from sqlalchemy import select

    from reviewer_app.store.database import Database
    from reviewer_app.store.schema import ReviewerRecord

    database = Database(db)
    with database.session() as session:
        reviewer = session.scalar(select(ReviewerRecord).where(ReviewerRecord.name == "周明远"))
        for assignment in reviewer.assignments:
            for sheet in list(assignment.sheets):
                session.delete(sheet)
        result = reviewer.id
    database.close()
    return result


def cold_start(db: Path, reviewer_id: int) -> float:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from reviewer_app.gui.app import make_application\n"
        "from reviewer_app.gui.workbench.workbench_window import WorkbenchWindow\n"
        "app = make_application()\n"
        f"window = WorkbenchWindow(Path({str(db)!r}), {reviewer_id})\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print('shown', flush=True)\n"
    )
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    process.stdout.readline()
    elapsed = time.perf_counter() - start
    process.wait()
    return elapsed


def scanned_pdf(path: Path, pages: int) -> None:
    """A scan-like document: every page an image, no text layer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from reviewer_app.demo.case_documents import _scanned_page

    rng = random.Random(1)
    canvas = Canvas(str(path), pagesize=A4)
    images = []
    for n in range(8):  # a few distinct pages, repeated: a real scan's size and structure
        import io

        buffer = io.BytesIO()
        _scanned_page([f"第 {n + 1} 页 扫描件"] * 20, "扫描件", rng).save(buffer, format="JPEG", quality=60)
        images.append(buffer.getvalue())
    import io

    for page in range(pages):
        canvas.drawImage(ImageReader(io.BytesIO(images[page % len(images)])), 0, 0, *A4)
        canvas.showPage()
    canvas.save()


def main() -> None:
    db = _fresh_copy()
    reviewer_id = _reviewer_id(db)
    report("workbench.cold_start", cold_start(db, reviewer_id), "s")

    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    from reviewer_app.core.score_sheet import Deduction, ItemMark
    from reviewer_app.gui.app import make_application
    from reviewer_app.gui.workbench.workbench_window import WorkbenchWindow
    from reviewer_app.store.scoring import put_mark
    from reviewer_app.store.workbench_queries import DocumentEntry

    app = make_application()
    window = WorkbenchWindow(db, reviewer_id)
    window.show()
    app.processEvents()

    scan = db.parent / "scan-300.pdf"
    scanned_pdf(scan, 300)
    entry = DocumentEntry(999999, 1, window.viewer.documents[0].doc_type, "扫描件", scan, 300, "scan")
    start = time.perf_counter()
    window.viewer._open(entry)
    size = window.viewer.pdf_view.viewport().size()
    image = window.viewer.pdf.render(0, QSize(size.width(), int(size.width() * 1.414)))
    app.processEvents()
    assert not image.isNull()
    report("workbench.open_300_page_scan_first_page", (time.perf_counter() - start) * 1000, "ms")

    timings = []
    for _ in range(2):
        for row in range(window.case_filter.rowCount()):
            start = time.perf_counter()
            window.case_list.setCurrentIndex(window.case_filter.index(row, 0))
            app.processEvents()
            timings.append(time.perf_counter() - start)
    report("workbench.switch_case_file_median", statistics.median(timings) * 1000, "ms")

    item = window.panel.items[0].item
    marks = [ItemMark(item.id, no_deduction=True), ItemMark(item.id, deductions=[Deduction(item.deductions[0].points, item.deductions[0].text, item.deductions[0].id)])]
    timings = []
    for n in range(1000):
        start = time.perf_counter()
        with window.database.session() as session:
            put_mark(session, window.sheet_id, marks[n % 2])
        timings.append(time.perf_counter() - start)
    report("workbench.scoring_edit_persisted_median", statistics.median(timings) * 1000, "ms")
    timings = []
    widget = window.panel.items[1]
    for n in range(200):
        start = time.perf_counter()
        widget.no_deduction.click()  # saved, undoable, and shown again
        timings.append(time.perf_counter() - start)
    report("workbench.scoring_edit_through_ui_median", statistics.median(timings) * 1000, "ms")

    for row in range(window.case_filter.rowCount()):
        window.case_list.setCurrentIndex(window.case_filter.index(row, 0))
        app.processEvents()
        for document in range(window.viewer.document_list.count()):
            window.viewer.select_document(document)
            app.processEvents()
    report("workbench.peak_rss_after_every_document", peak_rss_mb(), "MB")
    window.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main()
