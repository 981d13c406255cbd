"""The reviewer trusts only a secretariat whose key they confirmed by its printed fingerprint:
from the command line, a package is refused before and opened after; verify says which; a
package's name or members cannot write outside its folder."""

import os
import shutil
import subprocess
import sys

import pytest
from helpers import demo_secretariat

from reviewer_app.exchange.errors import ExchangeError
from reviewer_app.exchange.packages import _member_target, package_folder
from reviewer_app.exchange.trust import (
    TrustError,
    fingerprint_words,
    read_public_key_file,
    trust_secretariat,
    trusted_secretariats,
)


def cli(data, *args, passphrase="demo-zhou"):
    env = {**os.environ, "REVIEWER_APP_DATA": str(data), "REVIEWER_APP_PASSPHRASE": passphrase}
    return subprocess.run([sys.executable, "-m", "reviewer_app", *map(str, args)], capture_output=True, text=True,
                          env=env, stdin=subprocess.DEVNULL)


def test_a_package_opens_only_after_the_secretariat_is_confirmed(demo_round, tmp_path):
    data = tmp_path / "laptop"
    key = demo_round / "keys" / "周明远.key"
    package = tmp_path / "...rvwpkg"  # the name that once opened into the data folder itself
    shutil.copy(demo_round / "packages" / "评审包_周明远_2016.rvwpkg", package)
    refused = cli(data, "package", "open", package, "--key", key)
    assert refused.returncode != 0 and "不是由您确认过的秘书处签发的" in refused.stdout + refused.stderr
    assert not (data / "rounds").exists()
    told = cli(data, "verify", package, "--key", key)
    assert told.returncode != 0 and "秘书处：未经本机确认" in told.stdout

    public = demo_round / "keys" / "秘书处公钥.json"
    wrong = cli(data, "trust", "add", "--file", public, "--fingerprint", "0" * 64)
    assert wrong.returncode != 0 and "指纹与秘书处公钥不符" in wrong.stdout + wrong.stderr
    right = fingerprint_words(demo_secretariat(demo_round))
    assert cli(data, "trust", "add", "--file", public, "--fingerprint", right.lower()).returncode == 0
    assert right in cli(data, "trust", "list").stdout

    told = cli(data, "verify", package, "--key", key)
    assert told.returncode == 0 and "秘书处：已确认（省环保厅（演示）" in told.stdout
    opened = cli(data, "package", "open", package, "--key", key)
    assert opened.returncode == 0, opened.stdout + opened.stderr
    assert (data / "rounds" / "评审包" / "reviewer.db").exists() and (data / "installation.key").exists() is False


def test_the_secretariats_key_file_and_its_fingerprint_come_from_the_secretariat(demo_round, tmp_path):
    out = tmp_path / "公钥.json"
    exported = cli(tmp_path / "secretariat", "keys", "export-public", "--key", demo_round / "keys" / "秘书处.key",
                   "--out", out, "--name", "某省生态环境厅", passphrase="demo-secretariat")
    assert exported.returncode == 0, exported.stdout + exported.stderr
    assert fingerprint_words(demo_secretariat(demo_round)) in exported.stdout
    assert read_public_key_file(out) == ("某省生态环境厅", demo_secretariat(demo_round))


def test_a_confirmation_needs_the_whole_fingerprint(demo_round, tmp_path):
    keys = demo_secretariat(demo_round)
    with pytest.raises(TrustError):
        trust_secretariat(tmp_path, "秘书处", keys, keys.short_fingerprint)  # 16 of 64 characters: not enough
    assert trusted_secretariats(tmp_path) == []
    trust_secretariat(tmp_path, "秘书处", keys, fingerprint_words(keys))
    trust_secretariat(tmp_path, "秘书处", keys, keys.fingerprint.upper())  # once is enough
    assert [t.keys for t in trusted_secretariats(tmp_path)] == [keys]


@pytest.mark.parametrize("stem", ["..", ".", "...", "a/../..", "\u202e评审包"])
def test_a_packages_default_folder_stays_inside_its_parent(tmp_path, stem):
    folder = package_folder(tmp_path / "rounds", tmp_path / f"{stem}.rvwpkg")
    assert folder.resolve().parent == (tmp_path / "rounds").resolve()


@pytest.mark.parametrize("name", ["reviewer.db", "reviewer.db-wal", "a/../../installation.key", "REVIEWER.DB"])
def test_a_member_cannot_write_over_the_database_or_leave_the_folder(tmp_path, name):
    with pytest.raises(ExchangeError):
        _member_target(tmp_path / "p.rvwpkg", tmp_path / "folder", name)
