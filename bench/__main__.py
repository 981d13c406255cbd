"""Run every benchmark, each in a fresh process so memory figures are its own."""

import subprocess
import sys

BENCHMARKS = ["bench.workbench", "bench.exchange", "bench.documents", "bench.assignment", "bench.anonymise", "bench.real_corpus", "bench.precheck", "bench.scale", "bench.roster"]

failed = 0
for module in BENCHMARKS:
    failed |= subprocess.run([sys.executable, "-m", module]).returncode != 0
sys.exit(failed)
