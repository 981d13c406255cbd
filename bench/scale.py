"""A provincial round (1×: 13 cities and 100 counties, 804 case files, about 75,000 pages,
100 reviewers, 2 experts + 2 cross reviewers a file) and, with --scale 5, five times that,
built through the product's own functions: roster import, intake of a folder tree, automatic
assignment, scoring and signing every sheet; then the figures a secretariat waits for.

Documents are hard links to a handful of multi-page PDFs made from the demo's (text pages and
scans); intake still tries, hashes and copies every one of them.

    python -m bench.scale [--scale 1 5] [--keep DIR]

Then the shipped copies of the three biggest reviewer packages' case files are produced and
those packages built, the biggest is opened in the workbench, every sheet is
scored and signed with its reviewer's key in a copy of the round, each reviewer's return is
written from that copy, and the returns are imported into the round.

Prints `scale.<step>_<n>x: value unit`, and the 5×/1× ratio of each timed step when both ran.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

import pypdf
from PIL import Image
from sqlalchemy import select

from bench.common import demo_round, machine_reference, report
from reviewer_app.anonymise.round_anonymisation import produce_shipped_copies, propose_redactions
from reviewer_app.core.composition import CITY_MIX, COUNTY_MIX
from reviewer_app.core.rubric import load_preset
from reviewer_app.core.score_sheet import Deduction, ItemMark, ScoreSheet
from reviewer_app.core.vocabulary import CaseType, Falsification
from reviewer_app.exchange.archive import build_archive
from reviewer_app.exchange.envelope import seal as seal_envelope
from reviewer_app.exchange.keys import KeyPair
from reviewer_app.exchange.keys import seal as seal_key
from reviewer_app.exchange.packages import build_packages
from reviewer_app.exchange.returns import Outcome, import_returns, return_entries
from reviewer_app.store.assignments import assign_round
from reviewer_app.store.database import Database
from reviewer_app.store.intake import intake_folder
from reviewer_app.store.roster import REVIEWER_SHEET, UNIT_SHEET, import_roster
from reviewer_app.store.rounds import create_round, only_round, round_rubric
from reviewer_app.store.schema import AssignmentRecord, IssuedPackage
from reviewer_app.store.scoring import SignerMark, canonical_sheet, sign_sheet
from reviewer_app.store.sheets import new_sheet_record

CASE_NAMES = {CaseType.PENALTY: "行政处罚案", CaseType.DAILY_PENALTY: "按日连续处罚案", CaseType.DETENTION_TRANSFER: "移送行政拘留案",
              CaseType.CRIME_TRANSFER: "涉嫌环境污染犯罪移送案", CaseType.COURT_ENFORCEMENT: "申请法院强制执行案",
              CaseType.INSPECTION_AUDIT: "现场监督检查稽查案"}
# (file name, pages): about 94 pages a case file
DOCUMENTS = (("01 立案审批表.pdf", 6), ("02 调查询问笔录.pdf", 20), ("03 现场检查笔录.pdf", 10), ("04 行政处罚事先告知书.pdf", 6),
             ("05 行政处罚决定书.pdf", 10), ("06 送达回证.pdf", 6), ("07 证据材料.pdf", 30), ("08 结案审批表.pdf", 6))


def sample_documents(folder: Path) -> dict[str, Path]:
    """Multi-page PDFs cut from the demo's documents; the inspection record keeps its platform line."""
    demo = demo_round()
    pages = [page for pdf in sorted((demo / "originals").rglob("*.pdf")) for page in pypdf.PdfReader(pdf).pages]
    inspection = next(p for p in sorted((demo / "originals").rglob("*现场检查*.pdf"))
                      if "移动执法平台" in "".join(page.extract_text() for page in pypdf.PdfReader(p).pages))
    folder.mkdir(parents=True, exist_ok=True)
    samples = {}
    for n, (name, count) in enumerate(DOCUMENTS):
        writer = pypdf.PdfWriter()
        source = pypdf.PdfReader(inspection).pages if "现场检查" in name else []
        for k in range(count):
            writer.add_page(source[k % len(source)] if source else pages[(n * 37 + k * 7) % len(pages)])
        path = folder / name
        with path.open("wb") as file:
            writer.write(file)
        samples[name] = path
    return samples


def build_tree(root: Path, scale: float, samples: dict[str, Path]) -> tuple[Path, Path, Path]:
    """Roster files and the <unit>/<case file>/<documents> tree of a round `scale` times provincial."""
    units, cases = [], root / "cases"
    cities, all_counties = max(1, round(13 * scale)), max(1, round(100 * scale))
    for c in range(cities):
        city = f"澜{c + 1}市生态环境局"  # names the sample documents never contain: the leak check passes
        units.append((city, "设区市", "", f"澜{c + 1}市"))
        counties = all_counties // cities + (1 if c < all_counties % cities else 0)
        units += [(f"澜{c + 1}市沧{k + 1}县生态环境分局", "县（市、区）", city, f"澜{c + 1}市") for k in range(counties)]
    for name, level, _, _ in units:
        mix = CITY_MIX if level == "设区市" else COUNTY_MIX
        n = 0
        for case_type, count in mix.items():
            for _ in range(count):
                n += 1
                case_dir = cases / name / f"{n:02d} {CASE_NAMES[case_type]}{n}"
                case_dir.mkdir(parents=True)
                for document, source in samples.items():
                    os.link(source, case_dir / document)
    regions = sorted({u[3] for u in units})
    unit_csv, reviewer_csv = root / "units.csv", root / "reviewers.csv"
    _csv(unit_csv, ("单位名称", "层级", "上级单位", "所属地区"), units)
    reviewers = [(f"专家{n + 1:03d}", "专家评审", "省厅", "") for n in range(max(2, round(40 * scale)))]
    reviewers += [(f"交叉{n + 1:03d}", "交叉评审", regions[n % len(regions)], "") for n in range(max(3, round(60 * scale)))]
    _csv(reviewer_csv, ("姓名或评审组", "评审类别", "所属地区", "成员"), reviewers)
    return unit_csv, reviewer_csv, cases


def _csv(path: Path, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def signature_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGBA", (360, 120), (255, 255, 255, 0)).save(buffer, "PNG")
    return buffer.getvalue()


def score_every_sheet(database: Database, keys: dict[int, KeyPair]) -> int:
    """Every assignment scored and signed with the product's own writes (a few deductions each),
    as each reviewer would on their laptop: signed with their key."""
    png = signature_png()
    with database.session() as session:
        round_record = only_round(session)
        rubric = round_rubric(round_record)
        assignments = list(session.scalars(select(AssignmentRecord.id).order_by(AssignmentRecord.id)))
    count = 0
    for n, assignment_id in enumerate(assignments):
        with database.session() as session:
            assignment = session.get(AssignmentRecord, assignment_id)
            case_type = CaseType(assignment.case_file.case_type)
            items = rubric.items_for(case_type)
            marks = {i.id: ItemMark(i.id, no_deduction=True) for i in items}
            for k in range(n % 4):
                item = items[(n * 7 + k * 3) % len(items)]
                marks[item.id] = ItemMark(item.id, deductions=[Deduction(min(item.max_points, Decimal("1.5")), "材料不完整")])
            sheet = ScoreSheet(case_type, marks=marks, veto={v.id: True for v in rubric.veto_items_for(case_type)},
                               falsification=Falsification.NONE)
            record = new_sheet_record(assignment, sheet)
            session.add(record)
            session.flush()
            reviewer = assignment.reviewer
            signature = keys[reviewer.id].sign(canonical_sheet(session, record.id))
            sign_sheet(session, record.id, [SignerMark(reviewer.name, png, signature, keys[reviewer.id].public.fingerprint)])
            count += 1
    return count


BENCH_PASSPHRASE = "bench-scale-passphrase"


def enrol_every_reviewer(database: Database) -> tuple[KeyPair, dict[int, KeyPair]]:
    """A key pair for the secretariat and each reviewer, enrolled; and a package issued to each
    (its id is what a return names)."""
    with database.session() as session:
        reviewers = only_round(session).reviewers
        keys = {r.id: KeyPair.generate() for r in reviewers}
        for reviewer in reviewers:
            reviewer.public_keys = json.dumps(keys[reviewer.id].public.to_dict())
            session.add(IssuedPackage(package_id=issued_id(reviewer.id), reviewer_id=reviewer.id))
    return KeyPair.generate(), keys


def issued_id(reviewer_id: int) -> str:
    return f"{reviewer_id:032x}"


def biggest_reviewers(database: Database) -> tuple[list[int], set[int]]:
    """The three reviewers with the most pages, and their case files."""
    with database.session() as session:
        reviewers = only_round(session).reviewers
        pages = {r.id: sum(d.pages for a in r.assignments for d in a.case_file.documents) for r in reviewers}
        chosen = sorted(pages, key=lambda r: (-pages[r], r))[:3]
        case_files = {a.case_file_id for r in reviewers if r.id in chosen for a in r.assignments}
    return chosen, case_files


def produce_copies(database: Database, folder: Path, case_files: set[int], figure, tag: str) -> None:  # noqa: ANN001
    """The shipped copies of the biggest packages' case files, on all cores; a whole round's is
    estimated from their rate (at 1× it would take about 25 minutes)."""
    started = time.perf_counter()
    produced = produce_shipped_copies(database, folder, case_file_ids=case_files)
    seconds = time.perf_counter() - started
    assert not produced.problems, produced.problems[:3]
    figure("anonymise_produce_3_biggest", seconds, "s")
    report(f"scale.anonymise_produce_pages_{tag}", produced.pages, "pages")
    report(f"scale.anonymise_produce_pages_per_s_{tag}", produced.pages / seconds, "pages/s")
    with database.session() as session:
        pages = sum(d.pages for c in only_round(session).case_files for d in c.documents)
    report(f"scale.anonymise_produce_whole_round_estimate_{tag}", pages / (produced.pages / seconds) / 60, "min")


def build_biggest_packages(database: Database, root: Path, secretariat: KeyPair, keys: dict[int, KeyPair],
                           chosen: list[int], figure, tag: str) -> Path:  # noqa: ANN001
    """The packages of the three reviewers with the most pages, shipping the copies
    produce_copies made, leak check included; the biggest one's path."""
    started = time.perf_counter()
    written = build_packages(database, root / "packages", secretariat, reviewer_ids=set(chosen))
    seconds = time.perf_counter() - started
    size = sum(path.stat().st_size for path in written) / 1024**2
    figure("package_build_3_biggest", seconds, "s")
    report(f"scale.package_build_mb_per_s_{tag}", size / seconds, "MB/s")
    biggest = max(written, key=lambda path: path.stat().st_size)
    report(f"scale.package_size_biggest_{tag}", biggest.stat().st_size / 1024**2, "MB")
    with database.session() as session:
        owner = next(r for r in only_round(session).reviewers if r.name in biggest.name and r.id in chosen)
        # The reviewer's key file, with a quick KDF: opening it is not what is measured.
        (root / "biggest.key").write_bytes(seal_key(keys[owner.id], BENCH_PASSPHRASE, n=2**12))
    return biggest


def write_returns(database: Database, folder: Path, secretariat: KeyPair, keys: dict[int, KeyPair]) -> list[Path]:
    folder.mkdir()
    paths = []
    with database.session() as session:
        round_record = only_round(session)
        for reviewer in round_record.reviewers:
            entries = return_entries(session, round_record, reviewer, issued_id(reviewer.id))
            path = folder / f"{reviewer.name}.rvwret"
            path.write_bytes(seal_envelope("return", build_archive(entries), keys[reviewer.id], secretariat.public))
            paths.append(path)
    return paths


def child_figure(code: str) -> tuple[float, float]:
    """(seconds, peak MB) of a fresh process running `code`, which prints 'seconds peak'."""
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    seconds, peak = output.stdout.split()[-2:]
    return float(seconds), float(peak)


RESULTS = """
import sys, time
from bench.common import peak_rss_mb
started = time.perf_counter()
from reviewer_app.cli import main
import contextlib, io
with contextlib.redirect_stdout(io.StringIO()):
    main(["results", "--db", {db!r}, "--json"])
print(time.perf_counter() - started, peak_rss_mb())
"""

WORKBENCH = """
import time
from bench.common import peak_rss_mb
started = time.perf_counter()
from pathlib import Path
from reviewer_app.gui.app import make_application
app = make_application()
from reviewer_app.exchange.keys import open_key_file
from reviewer_app.exchange.keys import PublicKeys
from reviewer_app.exchange.packages import open_package
from reviewer_app.gui.workbench.workbench_window import WorkbenchWindow
keys = open_key_file(Path({key!r}), {passphrase!r})
db = open_package(Path({package!r}), keys, Path({folder!r}), [PublicKeys.from_dict({secretariat!r})])
from sqlalchemy import select
from reviewer_app.store.database import Database
from reviewer_app.store.schema import ReviewerRecord
opened = Database(db)
with opened.session() as session:
    reviewer_id = session.scalar(select(ReviewerRecord.id))  # the package's one reviewer, as the start screen finds it
opened.close()
window = WorkbenchWindow(db, reviewer_id)
window.show()
app.processEvents()
print(time.perf_counter() - started, peak_rss_mb())
"""

CONSOLE = """
import time
from bench.common import peak_rss_mb
started = time.perf_counter()
from PySide6.QtWidgets import QApplication
app = QApplication([])
from pathlib import Path
from reviewer_app.gui.console.round_window import RoundWindow
window = RoundWindow(Path({db!r}))
window.show()
app.processEvents()
print(time.perf_counter() - started, peak_rss_mb())
"""


def run(scale: float, root: Path, samples: dict[str, Path]) -> dict[str, float]:
    tag = f"{scale:g}x"
    figures: dict[str, float] = {}

    def figure(step: str, value: float, unit: str) -> None:
        figures[step] = value
        report(f"scale.{step}_{tag}", value, unit)

    unit_csv, reviewer_csv, cases = build_tree(root, scale, samples)
    folder = root / "round"
    folder.mkdir()
    database = Database(folder / "secretariat.db")
    with database.session() as session:
        round_record = create_round(session, name=f"全省案卷评查（{tag}）", year=2026, rubric=load_preset("national_2012"))
        import_roster(session, round_record, unit_csv, UNIT_SHEET)
        import_roster(session, round_record, reviewer_csv, REVIEWER_SHEET)
    started = time.perf_counter()
    with database.session() as session:
        intake = intake_folder(session, only_round(session), cases, folder)
    elapsed = time.perf_counter() - started
    with database.session() as session:
        pages = sum(d.pages for c in only_round(session).case_files for d in c.documents)
    report(f"scale.case_files_{tag}", intake.case_files, "files")
    report(f"scale.pages_{tag}", pages, "pages")
    figure("intake", elapsed, "s")
    report(f"scale.intake_pages_per_s_{tag}", pages / elapsed, "pages/s")
    started = time.perf_counter()
    with database.session() as session:
        assign_round(session, only_round(session), seed=1)
    figure("assignment", time.perf_counter() - started, "s")
    # Proposals over every page on all cores: terms, patterns and seals; scans not read by OCR
    # are offered for a look (bench.anonymise measures OCR and producing copies per page).
    started = time.perf_counter()
    proposed = propose_redactions(database, folder)
    elapsed = time.perf_counter() - started
    figure("anonymise_propose", elapsed, "s")
    report(f"scale.anonymise_propose_pages_per_s_{tag}", pages / elapsed, "pages/s")
    report(f"scale.anonymise_proposals_{tag}", proposed.proposals, "boxes")
    chosen, case_files = biggest_reviewers(database)
    produce_copies(database, folder, case_files, figure, tag)
    secretariat, keys = enrol_every_reviewer(database)
    biggest = build_biggest_packages(database, root, secretariat, keys, chosen, figure, tag)
    database.close()

    db = str(folder / "secretariat.db")
    seconds, peak = child_figure(WORKBENCH.format(package=str(biggest), key=str(root / "biggest.key"),
                                                  passphrase=BENCH_PASSPHRASE, folder=str(root / "laptop"),
                                                  secretariat=secretariat.public.to_dict()))
    figure("workbench_on_biggest_package", seconds, "s")
    report(f"scale.workbench_on_biggest_package_peak_{tag}", peak, "MB")

    # The reviewers' side: a copy of the round where every sheet is scored and signed, and
    # each reviewer's return written from it, as export_return writes one.
    laptops = root / "laptops.db"
    shutil.copy(db, laptops)
    scored = Database(laptops)
    started = time.perf_counter()
    sheets = score_every_sheet(scored, keys)
    report(f"scale.scoring_sheets_per_s_{tag}", sheets / (time.perf_counter() - started), "sheets/s")
    returns = write_returns(scored, root / "returns", secretariat, keys)
    scored.close()

    database = Database(db)
    size = sum(path.stat().st_size for path in returns) / 1024**2
    started = time.perf_counter()
    imported = import_returns(database, returns, secretariat)
    seconds = time.perf_counter() - started
    refused = [r.message for r in imported if r.outcome is not Outcome.ACCEPTED]
    assert not refused, refused[:3]
    figure("returns_import", seconds, "s")
    report(f"scale.returns_import_files_per_s_{tag}", len(returns) / seconds, "files/s")
    report(f"scale.returns_import_mb_per_s_{tag}", size / seconds, "MB/s")
    report(f"scale.returns_import_sheets_per_s_{tag}", sheets / seconds, "sheets/s")
    report(f"scale.signed_sheets_{tag}", sum(r.sheets_added for r in imported), "sheets")
    database.close()
    seconds, peak = child_figure(RESULTS.format(db=db))
    figure("results_json", seconds, "s")
    report(f"scale.results_json_peak_{tag}", peak, "MB")
    seconds, peak = child_figure(CONSOLE.format(db=db))
    figure("console_shown", seconds, "s")
    report(f"scale.console_shown_peak_{tag}", peak, "MB")

    from reviewer_app.documents.export import (
        export_round,
        plan_documents,
        write_documents,
    )
    from reviewer_app.documents.results_workbook import export_results_workbook

    database = Database(db)
    started = time.perf_counter()
    export_results_workbook(database, root / "结果.xlsx")
    figure("xlsx_export", time.perf_counter() - started, "s")
    plan = plan_documents(database, ("sheets",))[:300]
    started = time.perf_counter()
    written = list(write_documents(plan, root / "sheets-one-core", "pdf"))
    report(f"scale.sheets_export_pdf_one_core_{tag}", len(written) / (time.perf_counter() - started), "sheets/s")
    started = time.perf_counter()
    written = export_round(database, root / "sheets", "pdf", kinds=("sheets",))  # every sheet, all cores
    seconds = time.perf_counter() - started
    report(f"scale.sheets_export_pdf_{tag}", len(written) / seconds, "sheets/s")
    figure("sheets_export_pdf_all", seconds, "s")
    database.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    default = [float(n) for n in os.environ.get("BENCH_SCALE", "1").split()]  # make bench SCALE="1 5"
    parser.add_argument("--scale", type=float, nargs="+", default=default, help="1 is provincial; 0.15 checks the bench itself")
    parser.add_argument("--keep", help="build in this folder and keep it")
    args = parser.parse_args()
    machine_reference()
    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-scale-"))
    try:
        samples = sample_documents(base / "samples")
        results = {}
        for scale in args.scale:
            root = base / f"{scale:g}x"
            shutil.rmtree(root, ignore_errors=True)
            root.mkdir(parents=True)
            results[scale] = run(scale, root, samples)
            if not args.keep:  # the national round needs the disk the provincial one used
                shutil.rmtree(root, ignore_errors=True)
        if 1 in results and len(results) > 1:
            for scale in (s for s in results if s != 1):
                for step, value in results[1].items():
                    report(f"scale.{step}_ratio_{scale}x_over_1x", results[scale][step] / value, "×")
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
