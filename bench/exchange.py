"""Exchange figures: importing 500 return files of 8 sheets each with full verification, and
building a package of 22 case files of 30 pages each."""

from __future__ import annotations

import hashlib
import io
import json
import random
import tempfile
import time
from pathlib import Path

from bench.common import report
from reviewer_app.core.canonical import canonical_json, fingerprint, sheet_document
from reviewer_app.core.rubric import load_preset
from reviewer_app.core.score_sheet import ItemMark, ScoreSheet
from reviewer_app.core.vocabulary import CaseType, Falsification, SheetStatus
from reviewer_app.demo.signatures import signature_png
from reviewer_app.exchange.archive import build_archive
from reviewer_app.exchange.envelope import seal
from reviewer_app.exchange.keys import KeyPair
from reviewer_app.exchange.manifests import FORMAT_VERSION
from reviewer_app.exchange.packages import build_packages
from reviewer_app.exchange.returns import Outcome, import_returns
from reviewer_app.store.database import Database
from reviewer_app.store.rounds import create_round, round_identity
from reviewer_app.store.schema import (
    AssignmentRecord,
    CaseFileRecord,
    DocumentRecord,
    IssuedPackage,
    ReviewerRecord,
    UnitRecord,
)

REVIEWERS, SHEETS_EACH, CASE_FILES = 500, 8, 40


def _round(folder: Path, pdf: bytes, case_files: int, reviewers: list[tuple[str, KeyPair]], per_reviewer: int):
    rubric = load_preset("national_2012")
    (folder / "docs").mkdir(parents=True)
    (folder / "docs" / "d.pdf").write_bytes(pdf)
    database = Database(folder / "secretariat.db")
    with database.session() as session:
        round_record = create_round(session, name="基准", year=2016, rubric=rubric)
        unit = UnitRecord(round=round_record, name="甲县", level="county", region="甲市")
        cases = []
        for n in range(case_files):
            case = CaseFileRecord(round=round_record, unit=unit, code=f"AJ-{n:04d}", case_type="penalty")
            case.documents.append(DocumentRecord(position=1, doc_type="penalty_decision", title="行政处罚决定书",
                                                 path="docs/d.pdf", pages=30, sha256=hashlib.sha256(pdf).hexdigest()))
            cases.append(case)
        session.add_all([unit, *cases])
        people = []
        for n, (name, keys) in enumerate(reviewers):
            person = ReviewerRecord(round=round_record, name=name, track="cross", region="乙市",
                                    public_keys=json.dumps(keys.public.to_dict()))
            for k in range(per_reviewer):
                person.assignments.append(AssignmentRecord(case_file=cases[(n * per_reviewer + k) % case_files]))
            people.append(person)
        session.add_all(people)
        session.flush()
        ids = [(p.id, p.name, [a.case_file for a in p.assignments]) for p in people]
        identity = round_identity(round_record)
    return database, rubric, identity, ids


def _return_file(path: Path, identity: str, reviewer_id: int, name: str, cases, keys: KeyPair, secretariat: KeyPair,
                 rubric, pdf: bytes, image: bytes, package_id: str) -> None:
    """A return file as export_return writes it (one shared sheet PDF keeps the setup quick)."""
    entries = {"sheets/sheet.pdf": pdf, "signatures/s.png": image}
    sheets = []
    for case in cases:
        sheet = ScoreSheet(CaseType.PENALTY, falsification=Falsification.NONE, status=SheetStatus.SIGNED)
        for item in rubric.items_for(CaseType.PENALTY):
            sheet.marks[item.id] = ItemMark(item.id, no_deduction=True)
        sheet.veto = {v.id: True for v in rubric.veto_items_for(CaseType.PENALTY)}
        document = sheet_document(sheet, round_id=identity, case_code=case.code, reviewer=name,
                                  document_keys={d.id: d.sha256 for d in case.documents})
        signature = keys.sign(canonical_json(document)).hex()
        sheets.append({"case_code": case.code, "revision": 1, "document": document, "fingerprint": fingerprint(document),
                       "signed_at": "2016-12-06T09:00:00+08:00", "revise_reason": "", "pdf": "sheets/sheet.pdf",
                       "pdf_sha256": hashlib.sha256(pdf).hexdigest(),
                       "signatures": [{"signer": name, "signed_at": "2016-12-06T09:00:00+08:00",
                                       "key_fingerprint": keys.public.fingerprint, "signature": signature,
                                       "image": "signatures/s.png"}]})
    manifest = {"format_version": FORMAT_VERSION, "kind": "return", "round_id": identity, "package_id": package_id,
                "reviewer": {"id": reviewer_id, "name": name}, "sheets": sheets, "audit": []}
    entries["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode()
    path.write_bytes(seal("return", build_archive(entries), keys, secretariat.public))


def _thirty_page_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from reviewer_app.demo.case_documents import _scanned_page

    rng = random.Random(3)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for page in range(30):
        image = io.BytesIO()
        _scanned_page([f"第 {page + 1} 页"] * 12, "扫描件", rng).save(image, format="JPEG", quality=55)
        canvas.drawImage(ImageReader(io.BytesIO(image.getvalue())), 0, 0, *A4)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-exchange-"))
    pdf = _thirty_page_pdf()
    secretariat = KeyPair.generate()

    reviewers = [(f"评审员{n:03d}", KeyPair.generate()) for n in range(REVIEWERS)]
    database, rubric, identity, ids = _round(folder / "imports", pdf, CASE_FILES, reviewers, SHEETS_EACH)
    image = signature_png("评审", random.Random(1))
    paths = []
    with database.session() as session:
        for (reviewer_id, name, cases), (_, keys) in zip(ids, reviewers):
            package_id = f"{reviewer_id:032x}"
            session.add(IssuedPackage(package_id=package_id, reviewer_id=reviewer_id))
            path = folder / "returns" / f"{name}.rvwret"
            path.parent.mkdir(exist_ok=True)
            _return_file(path, identity, reviewer_id, name, cases, keys, secretariat, rubric, pdf[:20_000], image, package_id)
            paths.append(path)
    start = time.perf_counter()
    results = import_returns(database, paths, secretariat)
    elapsed = time.perf_counter() - start
    assert all(r.outcome is Outcome.ACCEPTED for r in results), [r.message for r in results if r.outcome is not Outcome.ACCEPTED][:1]
    report("exchange.import_500_returns_8_sheets", len(paths) / elapsed, "files/s")
    database.close()

    single = [("评审员", KeyPair.generate())]
    database, _, _, _ = _round(folder / "package", pdf, 22, single, 22)
    start = time.perf_counter()
    [package] = build_packages(database, folder / "packages", secretariat)
    report("exchange.package_build_22_files_30_pages", time.perf_counter() - start, "s")
    report("exchange.package_size_22_files_30_pages", package.stat().st_size / 1024 / 1024, "MB")
    database.close()


if __name__ == "__main__":
    main()
