"""The pre-check measured on its labelled corpus (tests/precheck/corpus.py): clean case files and
the same files with one seeded defect each, made by code.

    python -m bench.precheck   prints each rule's recall on its seeded defects, the share of
                               clean files with any finding, and text pages read per CPU second

Targets (issue #30): every rule ≥ 90 % recall, ≤ 2 % of clean files with a finding, ≥ 200 pages/s
on one core."""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "precheck"))

from corpus import corpus  # noqa: E402

from bench.common import report  # noqa: E402
from reviewer_app.core.precheck.rules import precheck_case_file  # noqa: E402


def main() -> None:
    files = corpus(seed=2016, clean_files=60)
    seeded, found, flagged_clean = Counter(), Counter(), 0
    started = time.process_time()
    for labelled in files:
        rules = {finding.rule for finding in precheck_case_file(labelled.documents)}
        if labelled.expected is None:
            flagged_clean += bool(rules)
        else:
            seeded[labelled.expected] += 1
            found[labelled.expected] += labelled.expected in rules
    spent = time.process_time() - started
    for rule in sorted(seeded):
        report(f"precheck.recall.{rule}", 100 * found[rule] / seeded[rule], "%")
    clean = sum(1 for f in files if f.expected is None)
    report("precheck.clean_files_flagged", 100 * flagged_clean / clean, "%")
    report("precheck.pages_per_s", sum(f.pages for f in files) / spent, "pages/s")
    report("precheck.corpus_files", len(files), "files")


if __name__ == "__main__":
    main()
