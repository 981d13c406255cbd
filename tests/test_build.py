"""The desktop build: build.spec makes a one-folder program that passes its own self-test."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reviewer_app.demo.build import demo_fingerprint

ROOT = Path(__file__).resolve().parent.parent


def folder_size(path: Path) -> int:
    return sum(f.lstat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


@pytest.mark.slow
def test_build_and_self_test(tmp_path, capsys, output_dir, request):
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    build = subprocess.run(
        [str(pyinstaller), "--noconfirm", "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "build"),
         str(ROOT / "build.spec")],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    folder = tmp_path / "dist" / "reviewer-app"
    program = folder / "reviewer-app"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REVIEWER_APP_DATA": str(tmp_path / "data")}
    version = subprocess.run([str(program), "--version"], capture_output=True, text=True, env=env)
    assert version.returncode == 0 and "reviewer-app" in version.stdout
    test = subprocess.run([str(program), "--self-test"], capture_output=True, text=True, env=env, timeout=600)
    assert test.returncode == 0, test.stdout + test.stderr
    assert test.stdout.count("ok ") == 7, test.stdout  # demo, QtPdf page, PDF+Word sheet, worker processes, OCR, detectors, pre-check
    # The demo is deterministic: the one the built program made has the same documents and
    # results as the one this run built from the source (asked for only now: no wait before the build).
    [fingerprint] = re.findall(r"fingerprint ([0-9a-f]{64})", test.stdout)
    assert fingerprint == demo_fingerprint(request.getfixturevalue("demo_source"))
    size = folder_size(folder) / 1024 / 1024
    (output_dir / "build-size.txt").write_text(f"dist/reviewer-app: {size:.1f} MB\n")
    with capsys.disabled():
        print(f"\nbuild.folder_size: {size:.1f} MB")
