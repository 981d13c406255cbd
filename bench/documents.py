"""Score sheets per second to PDF and DOCX on one core, and peak memory for 100 vs 1,000.

Each measured run is a child process pinned to one core, so its peak RSS is its own.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import demo_round, peak_rss_mb, report


def _run(fmt: str, count: int, db: Path, out: Path) -> None:
    from itertools import cycle, islice

    from reviewer_app.documents.export import plan_documents, write_documents
    from reviewer_app.store.database import Database

    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    database = Database(db)
    sheets = plan_documents(database, ("sheets",))
    database.close()
    plan = list(islice(cycle(sheets), count))
    for n, planned in enumerate(plan):  # distinct file names, as a big round would have
        plan[n] = type(planned)(f"{planned.name}-{n}", planned.build)
    start = time.perf_counter()
    for _ in write_documents(plan, out, fmt):
        pass
    elapsed = time.perf_counter() - start
    print(f"{elapsed} {peak_rss_mb()}")


def measure(fmt: str, count: int, db: Path) -> tuple[float, float, Path]:
    out = Path(tempfile.mkdtemp(prefix=f"bench-{fmt}-"))
    result = subprocess.run(
        [sys.executable, "-m", "bench.documents", "child", fmt, str(count), str(db), str(out)],
        capture_output=True, text=True, check=True,
    )
    elapsed, rss = map(float, result.stdout.split())
    return elapsed, rss, out


def main() -> None:
    db = demo_round() / "secretariat.db"
    pdf_seconds = None
    for fmt in ("pdf", "docx"):
        for count in (100, 1000):
            elapsed, rss, out = measure(fmt, count, db)
            if count == 1000:
                report(f"documents.{fmt}_sheets_per_second", count / elapsed, "sheets/s")
                if fmt == "pdf":
                    pdf_seconds = elapsed / count
            report(f"documents.{fmt}_peak_rss_{count}_sheets", rss, "MB")
            if fmt == "docx" and count == 100 and shutil.which("soffice"):
                converted = Path(tempfile.mkdtemp(prefix="bench-lo-"))
                files = sorted(out.glob("*.docx"))[:50]
                start = time.perf_counter()
                subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(converted), *map(str, files)],
                               capture_output=True, check=True)
                per_file = (time.perf_counter() - start) / len(files)
                shutil.rmtree(converted)
                report("documents.libreoffice_docx_to_pdf_per_sheet", per_file * 1000, "ms")
                report("documents.libreoffice_vs_direct_pdf_ratio", per_file / (pdf_seconds or per_file), "x")
            shutil.rmtree(out)


if __name__ == "__main__":
    if sys.argv[1:2] == ["child"]:
        _run(sys.argv[2], int(sys.argv[3]), Path(sys.argv[4]), Path(sys.argv[5]))
    else:
        main()
