"""Hostile exchange files, validly sealed with the product's own keys, are refused by name with
their peak memory kept under 500 MB (measured in a process of their own, from after the key is
opened: scrypt's 256 MB is the key's, not the file's) and nothing written."""

import json
import os
import subprocess
import sys
import zipfile

import pytest

from reviewer_app.exchange.archive import build_archive
from reviewer_app.exchange.envelope import seal
from reviewer_app.exchange.manifests import FORMAT_VERSION

PEAK_LIMIT_MB = 500

OPEN_ONE = """
import re, sys
from pathlib import Path
from reviewer_app.exchange.errors import ExchangeError
from reviewer_app.exchange.keys import open_key_file
from reviewer_app.exchange.manifests import PACKAGE_SCHEMA, RETURN_SCHEMA
from reviewer_app.exchange.reading import open_exchange_file

path, key, passphrase, kind = sys.argv[1:5]
keys = open_key_file(Path(key), passphrase)
with open("/proc/self/clear_refs", "w") as refs:
    refs.write("5")  # the peak from here on: what reading the file costs
try:
    open_exchange_file(Path(path), keys, kind, PACKAGE_SCHEMA if kind == "package" else RETURN_SCHEMA)
    print("ACCEPTED")
except ExchangeError as error:
    print("REFUSED", error)
peak = re.search(r"VmHWM:\\s+(\\d+) kB", Path("/proc/self/status").read_text()).group(1)
print("PEAK_KB", peak)
"""


def open_in_own_process(path, key_file, passphrase, kind):
    run = subprocess.run([sys.executable, "-c", OPEN_ONE, str(path), str(key_file), passphrase, kind],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
    lines = {word: rest for word, _, rest in (line.partition(" ") for line in run.stdout.splitlines())}
    print(f"{path.name}: peak {int(lines['PEAK_KB']) / 1024:.0f} MB")
    return lines.get("REFUSED"), int(lines["PEAK_KB"]) / 1024


@pytest.fixture
def parties(demo_round, demo_keys):
    reviewer = "周明远"
    from reviewer_app.demo.cast import REVIEWERS

    passphrase = next(r.passphrase for r in REVIEWERS if r.name == reviewer)
    return demo_keys["秘书处"], demo_keys[reviewer], demo_round / "keys" / f"{reviewer}.key", passphrase


def package_manifest(secretariat, case_files):
    return {"format_version": FORMAT_VERSION, "kind": "review-package", "package_id": "0" * 32,
            "round": {"id": "1", "name": "评查", "year": 2016, "rubric": {}, "rules": {}},
            "reviewer": {"id": 1, "name": "周明远", "track": "expert", "members": []},
            "secretariat": secretariat.public.to_dict(), "case_files": case_files}


def sealed_package(tmp_path, name, archive, secretariat, reviewer):
    path = tmp_path / name
    path.write_bytes(seal("package", archive, secretariat, reviewer.public))
    return path


@pytest.mark.slow
def test_a_padded_archive_is_refused_before_it_is_inflated(parties, tmp_path):
    secretariat, reviewer, key_file, passphrase = parties
    raw = tmp_path / "padded.zip"
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(package_manifest(secretariat, [])))
        with archive.open("documents/pad.pdf", "w", force_zip64=True) as entry:
            for _ in range(1200):  # 1.2 GB that deflates about 40 to 1: under the old ratio limit of 50
                entry.write(os.urandom(25 * 1024) + bytes(999 * 1024))
    path = sealed_package(tmp_path, "padded.rvwpkg", raw.read_bytes(), secretariat, reviewer)
    refusal, peak = open_in_own_process(path, key_file, passphrase, "package")
    assert refusal and "padded.rvwpkg" in refusal and "压缩炸弹" in refusal
    assert peak < PEAK_LIMIT_MB, f"{peak:.0f} MB"


def test_a_file_larger_than_any_package_is_refused_unread(parties, tmp_path):
    _, _, key_file, passphrase = parties
    huge = tmp_path / "huge.rvwpkg"
    with huge.open("wb") as file:
        file.write(b"RVWPKG1\n")
        file.truncate(9 * 1024**3)  # sparse: 9 GB claimed, nothing on disk
    refusal, peak = open_in_own_process(huge, key_file, passphrase, "package")
    assert refusal and "文件过大" in refusal and peak < PEAK_LIMIT_MB, (refusal, peak)


@pytest.mark.parametrize("case_files, says", [
    (1_000_000, "超过 8 MB 的上限"),  # a million case files cannot be listed in a manifest of a size we read
    (150_000, "超过 2000 项的上限"),  # fewer, in fewer bytes: refused on the count, before the schema is checked
])
def test_a_manifest_listing_too_many_case_files(parties, tmp_path, case_files, says):
    secretariat, reviewer, key_file, passphrase = parties
    cases = [{"code": "", "case_type": "", "documents": []}] * case_files if case_files < 1_000_000 else \
        [{"code": f"AJ{n:07d}", "case_type": "penalty", "documents": []} for n in range(case_files)]
    manifest = json.dumps(package_manifest(secretariat, cases), separators=(",", ":")).encode()
    path = sealed_package(tmp_path, "crowded.rvwpkg", build_archive({"manifest.json": manifest}), secretariat, reviewer)
    refusal, peak = open_in_own_process(path, key_file, passphrase, "package")
    assert refusal and says in refusal, refusal
    assert peak < PEAK_LIMIT_MB, f"{peak:.0f} MB"


def test_a_manifest_listing_too_many_documents_in_total(parties, tmp_path):
    secretariat, reviewer, key_file, passphrase = parties
    document = {"position": 1, "doc_type": "", "title": "", "file": "d", "pages": 1, "sha256": "0" * 64, "size": 0}
    cases = [{"code": f"AJ{n}", "case_type": "penalty", "documents": [document] * 1_500} for n in range(20)]
    manifest = json.dumps(package_manifest(secretariat, cases), separators=(",", ":")).encode()
    path = sealed_package(tmp_path, "documents.rvwpkg", build_archive({"manifest.json": manifest}), secretariat, reviewer)
    refusal, peak = open_in_own_process(path, key_file, passphrase, "package")
    assert refusal and "共列出 30000 项" in refusal and peak < PEAK_LIMIT_MB, (refusal, peak)
