"""`reviewer-app --self-test`: prove a build works on this machine, offscreen: build a demo
round in a temporary folder, render a PDF page, write one PDF and one Word sheet, check
documents in worker processes, read a scanned page by OCR in one (its models are bundled),
find what identifies a unit in a line (its data is bundled)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    steps: list[tuple[str, bool, str]] = []

    def step(name: str, check) -> None:  # noqa: ANN001
        try:
            detail = check()
            steps.append((name, True, detail or ""))
        except Exception as error:  # noqa: BLE001 - every failure is reported, then the exit code says so
            steps.append((name, False, f"{type(error).__name__}: {error}"))

    with tempfile.TemporaryDirectory(prefix="reviewer-app-self-test-") as folder:
        folder = Path(folder)
        os.environ["REVIEWER_APP_DATA"] = str(folder / "user-data")
        from reviewer_app.demo.build import build_demo, demo_fingerprint

        step("demo round", lambda: f"{build_demo(folder / 'demo')} fingerprint {demo_fingerprint(folder / 'demo')}")
        step("render PDF page", lambda: _render_first_page(folder / "demo"))
        step("PDF and Word sheet", lambda: _write_sheets(folder / "demo", folder / "out"))
        step("document check in worker processes", lambda: _trial_in_workers(folder / "demo"))
        step("OCR of a scanned page in a worker process", lambda: _ocr_in_worker(folder / "demo"))
        step("what identifies a unit or person (segmenter, division table)", _identifying_found)
        step("pre-check (rule base, calendar, numerals)", _precheck)
    for name, ok, detail in steps:
        print(f"{'ok  ' if ok else 'FAIL'} {name}  {detail}")
    return 0 if steps and all(ok for _, ok, _ in steps) else 1


def _precheck() -> str:
    """The rule base, the holiday calendar and cn2an's tables are data files a build must carry."""
    from reviewer_app.core.precheck.rules import CaseDocument, precheck_case_file
    from reviewer_app.core.vocabulary import DocumentType

    found = precheck_case_file([
        CaseDocument(DocumentType.PRIOR_NOTICE, "告知书", ["拟处以罚款人民币5万元（大写：伍万元整）。\n二〇二三年九月二十七日"]),
        CaseDocument(DocumentType.PENALTY_DECISION, "决定书", ["处以罚款人民币5万元（大写：伍万元整）。\n二〇二三年十月九日"]),
        CaseDocument(DocumentType.SERVICE_RECEIPT, "送达回证", ["送达文书：行政处罚决定书\n送达时间：2023年10月9日"]),
    ])
    if [f.rule for f in found] != ["PC-HEARING-REQUEST"]:  # 27 Sep + 5 working days across 国庆 = 10 Oct
        raise RuntimeError(f"unexpected {[(f.rule, f.message) for f in found]}")
    return found[0].message


def _trial_in_workers(demo: Path) -> str:
    """Intake's document check runs in spawned processes: in a desktop build they start the
    executable again, which must run the worker, not a second application."""
    from reviewer_app.pdf.trial_pool import try_documents

    paths = sorted((demo / "originals").rglob("*.pdf"))[:4]
    results = try_documents(paths, time_limit=60, workers=2)
    problems = [f"{p.name}: {r.problem}" for p, r in results.items() if r.problem]
    if problems or len(results) != len(paths):
        raise RuntimeError("; ".join(problems) or "missing results")
    return f"{len(paths)} documents, {sum(r.pages for r in results.values())} pages"


def _ocr_in_worker(demo: Path) -> str:
    from reviewer_app.anonymise.ocr import ScanReading, read_scanned_pages
    from reviewer_app.pdf.reading import page_text
    from reviewer_app.pdf.trial_pool import Task, run_in_workers

    scans = [p for p in sorted((demo / "originals").rglob("*.pdf")) if not all(t.strip() for t in page_text(p))][:1]
    if not scans:
        raise RuntimeError("the demo has no scanned page")
    outcome = run_in_workers([Task(0, scans[0].name, ScanReading(str(scans[0])), 300)], read_scanned_pages, workers=1)[0]
    if outcome.problem or not outcome.result:
        raise RuntimeError(outcome.problem or "OCR read nothing")
    return f"{scans[0].name}: {len(outcome.result)} page(s) read"


def _identifying_found() -> str:
    """The detectors and the leak check's own need data the build must carry: jieba's dictionary
    and model, the surname list and the division table."""
    from reviewer_app.anonymise.detectors import identify
    from reviewer_app.anonymise.leak_classes import class_findings

    line = "汨罗市恒锋新材料有限公司：\n法定代表人：吴泉锦\n住址：汨罗市罗江镇金塘村\n委托代理人汤芙新到庭。"
    rules = {item.rule for item in identify(line)}
    classes = {finding.rule for finding in class_findings(line)}
    if not {"受文单位", "地址", "人名（分词）"} <= rules or "行政区划" not in classes:
        raise RuntimeError(f"found {sorted(rules)} / {sorted(classes)}")
    return f"{len(rules)} rules, {len(classes)} leak classes"


def _render_first_page(demo: Path) -> str:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPdf import QPdfDocument

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    pdf_path = next((demo / "originals").rglob("*.pdf"))
    document = QPdfDocument()
    if document.load(str(pdf_path)) != QPdfDocument.Error.None_:
        raise RuntimeError(f"QtPdf could not load {pdf_path.name}")
    image = document.render(0, QSize(600, 848))
    samples = [image.pixelColor(x, y) for x in range(0, 600, 5) for y in range(0, 848, 5)]
    ink = sum(1 for c in samples if c.alpha() > 200 and c.lightness() < 128)
    paper = sum(1 for c in samples if c.alpha() < 50 or c.lightness() > 200)  # QtPdf leaves the page unfilled
    if image.isNull() or ink < 20 or paper < len(samples) // 2:
        raise RuntimeError(f"the rendered page does not look like a page (ink {ink}, paper {paper})")
    del app
    return f"{pdf_path.name}: ink {ink}, paper {paper} of {len(samples)} samples"


def _write_sheets(demo: Path, out: Path) -> str:
    from reviewer_app.documents.export import plan_documents, write_documents
    from reviewer_app.store.database import Database

    database = Database(demo / "secretariat.db")
    plan = plan_documents(database, ("sheets",))[:1]
    database.close()
    written = [*write_documents(plan, out, "pdf"), *write_documents(plan, out, "docx")]
    sizes = [p.stat().st_size for p in written]
    if len(written) != 2 or min(sizes) < 5000:
        raise RuntimeError(f"unexpected output {written} {sizes}")
    return ", ".join(f"{p.name} ({p.stat().st_size // 1024} KB)" for p in written)
