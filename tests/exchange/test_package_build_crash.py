"""A crash while building review packages leaves each package either recorded as issued or
absent: never a file on the stick whose return the secretariat would refuse. The process dies
(os._exit, as kill -9: no cleanup runs) at each point of one package's step."""

import hashlib
import os
import sqlite3
import subprocess
import sys

import pytest

DYING_BUILD = """
import os, sys
from reviewer_app.exchange import atomic
from reviewer_app.cli import main

where, at = sys.argv[1], int(sys.argv[2])
count = 0
staged_init, move = atomic.StagedFile.__init__, atomic.StagedFile.move_into_place

def staged(self, *args, **kwargs):
    staged_init(self, *args, **kwargs)
    if where == "staged" and count + 1 == at:
        os._exit(9)

def moving(self):
    global count
    count += 1
    if where == "before-move" and count == at:
        os._exit(9)
    move(self)
    if where == "after-move" and count == at:
        os._exit(9)

atomic.StagedFile.__init__, atomic.StagedFile.move_into_place = staged, moving
sys.exit(main(sys.argv[3:]))
"""


def build(demo_round, out, *crash):
    command = ["package", "build", "--db", demo_round / "secretariat.db", "--key", demo_round / "keys" / "秘书处.key",
               "--out", out]
    script = ["-c", DYING_BUILD, *crash] if crash else ["-m", "reviewer_app"]
    return subprocess.run([sys.executable, *script, *map(str, command)], capture_output=True, text=True,
                          env={**os.environ, "REVIEWER_APP_PASSPHRASE": "demo-secretariat"}, timeout=600)


def recorded(demo_round):
    connection = sqlite3.connect(demo_round / "secretariat.db")
    try:
        return dict(connection.execute("SELECT sha256, file_name FROM issued_packages WHERE sha256 != ''").fetchall())
    finally:
        connection.close()


def on_the_stick(out):
    return {hashlib.sha256(p.read_bytes()).hexdigest(): p.name for p in out.glob("*.rvwpkg")}


@pytest.mark.slow
@pytest.mark.parametrize("where", ["staged", "before-move", "after-move"])
def test_every_package_left_by_a_crash_is_recorded_and_a_rerun_completes(demo_round, tmp_path, where):
    out = tmp_path / "stick"
    crashed = build(demo_round, out, where, "2")
    assert crashed.returncode == 9, crashed.stderr
    files, issued = on_the_stick(out), recorded(demo_round)
    assert len(files) == (2 if where == "after-move" else 1)  # the crash did land mid-build
    for digest, name in files.items():
        assert issued.get(digest) == name, f"{name} is on the stick but not recorded as issued"

    rerun = build(demo_round, out)
    assert rerun.returncode == 0, rerun.stderr
    files, issued = on_the_stick(out), recorded(demo_round)
    assert len(files) == 5 and all(issued.get(digest) == name for digest, name in files.items())
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []  # no temporary file left
