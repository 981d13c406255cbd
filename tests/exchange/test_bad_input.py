"""Every bad file gets a message naming the file and the problem, and changes nothing."""

import io
import json
import zipfile

import pytest

from reviewer_app.exchange.archive import build_archive, read_archive
from reviewer_app.exchange.envelope import open_sealed, seal
from reviewer_app.exchange.errors import ExchangeError
from reviewer_app.exchange.keys import KeyPair
from helpers import demo_secretariat
from reviewer_app.exchange.packages import open_package
from reviewer_app.exchange.returns import Outcome, import_returns
from reviewer_app.store.database import Database
from helpers import table_rows


REVIEWER = "周明远"


@pytest.fixture
def setting(demo_round, demo_keys):
    db_path = demo_round / "secretariat.db"
    return db_path, demo_round / "returns" / f"评分回传_{REVIEWER}.rvwret", demo_keys


def import_one(db_path, path, keys):
    before = table_rows(db_path)
    database = Database(db_path)
    [result] = import_returns(database, [path], keys["秘书处"])
    database.close()
    assert table_rows(db_path) == before, "a refused or duplicate file changed the database"
    return result


def refused(db_path, path, keys, *words):
    result = import_one(db_path, path, keys)
    assert result.outcome is Outcome.REFUSED
    for word in words:
        assert word in result.message, (word, result.message)
    return result


def payload_of(path, keys):
    _, _, payload = open_sealed(path.read_bytes(), keys["秘书处"])
    return read_archive(payload)


def reseal(tmp_path, name, entries, signer, keys, raw_zip=None):
    """A validly sealed return whose contents are whatever the test wants."""
    archive = raw_zip if raw_zip is not None else build_archive(entries)
    path = tmp_path / name
    path.write_bytes(seal("return", archive, signer, keys["秘书处"].public))
    return path


def with_manifest(entries, change):
    manifest = json.loads(entries["manifest.json"])
    change(manifest)
    return {**entries, "manifest.json": json.dumps(manifest, ensure_ascii=False).encode()}


def test_the_same_file_twice_says_already_imported(setting):
    db_path, path, keys = setting
    result = import_one(db_path, path, keys)
    assert result.outcome is Outcome.DUPLICATE and "已导入过" in result.message


def test_truncated_file(setting, tmp_path):
    db_path, path, keys = setting
    for size in (5, 11, 200, len(path.read_bytes()) - 1):
        cut = tmp_path / f"cut-{size}.rvwret"
        cut.write_bytes(path.read_bytes()[:size])
        refused(db_path, cut, keys, "不完整")


@pytest.mark.parametrize("where", [0, 9, 40, 300, "middle", -1])
def test_one_flipped_byte_anywhere(setting, tmp_path, where):
    db_path, path, keys = setting
    data = bytearray(path.read_bytes())
    index = len(data) // 2 if where == "middle" else where
    data[index] ^= 0x01
    flipped = tmp_path / "flipped.rvwret"
    flipped.write_bytes(bytes(data))
    result = refused(db_path, flipped, keys)
    assert any(w in result.message for w in ("损坏", "篡改", "不是评查交换文件", "不完整"))
    assert result.path.name == "flipped.rvwret"


def test_signed_by_another_key(setting, tmp_path):
    db_path, path, keys = setting
    stranger = KeyPair.generate()
    forged = reseal(tmp_path, "forged.rvwret", payload_of(path, keys), stranger, keys)
    refused(db_path, forged, keys, "签名者不是", REVIEWER)


def test_unknown_reviewer(setting, tmp_path):
    db_path, path, keys = setting
    entries = with_manifest(payload_of(path, keys), lambda m: m["reviewer"].update(id=999, name="张三"))
    refused(db_path, reseal(tmp_path, "unknown.rvwret", entries, keys[REVIEWER], keys), keys, "未登记的评审人员", "张三")


def test_return_from_another_round(setting, tmp_path):
    db_path, path, keys = setting
    entries = with_manifest(payload_of(path, keys), lambda m: m.update(round_id="77"))
    refused(db_path, reseal(tmp_path, "other-round.rvwret", entries, keys[REVIEWER], keys), keys, "另一个评查活动")


def test_package_for_another_reviewer(demo_round, demo_keys, tmp_path):
    package = demo_round / "packages" / f"评审包_{REVIEWER}_2016.rvwpkg"
    with pytest.raises(ExchangeError) as error:
        open_package(package, demo_keys["陈慧琳"], tmp_path / "laptop", [demo_secretariat(demo_round)])
    assert package.name in str(error.value) and "不是发给本机的" in str(error.value)
    assert not (tmp_path / "laptop" / "reviewer.db").exists()


@pytest.mark.parametrize("name", ["../../evil.txt", "/etc/evil", "sheets/../../x", "C:\\evil"])
def test_unsafe_archive_paths(setting, tmp_path, name):
    db_path, path, keys = setting
    entries = {**payload_of(path, keys), name: b"boom"}
    refused(db_path, reseal(tmp_path, "unsafe.rvwret", entries, keys[REVIEWER], keys), keys, "不安全的路径")


def test_archive_that_expands_far_beyond_its_size(setting, tmp_path):
    db_path, path, keys = setting
    entries = {**payload_of(path, keys), "sheets/bomb.dat": b"\0" * (300 * 1024 * 1024)}
    result = refused(db_path, reseal(tmp_path, "bomb.rvwret", entries, keys[REVIEWER], keys), keys, "压缩炸弹")
    assert "bomb.rvwret" in str(result.path)


def test_manifest_not_json_or_not_matching_the_schema(setting, tmp_path):
    db_path, path, keys = setting
    entries = {**payload_of(path, keys), "manifest.json": b"{not json"}
    refused(db_path, reseal(tmp_path, "bad-json.rvwret", entries, keys[REVIEWER], keys), keys, "不是有效的 JSON")
    entries = with_manifest(payload_of(path, keys), lambda m: m["sheets"][0].update(revision="一"))
    refused(db_path, reseal(tmp_path, "bad-schema.rvwret", entries, keys[REVIEWER], keys), keys, "sheets/0/revision")


def test_duplicate_entries(setting, tmp_path):
    db_path, path, keys = setting
    entries = payload_of(path, keys)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive, pytest.warns(UserWarning):
        for name, data in entries.items():
            archive.writestr(name, data)
        archive.writestr("manifest.json", entries["manifest.json"])
    duplicated = reseal(tmp_path, "dup.rvwret", None, keys[REVIEWER], keys, raw_zip=buffer.getvalue())
    refused(db_path, duplicated, keys, "重复的条目", "manifest.json")


def test_tampered_sheet_content_is_caught_by_its_signature(setting, tmp_path):
    db_path, path, keys = setting

    def raise_score(manifest):
        manifest["sheets"][0]["document"]["marks"][0]["deductions"] = []
        manifest["sheets"][0]["document"]["marks"][0]["no_deduction"] = True
    entries = with_manifest(payload_of(path, keys), raise_score)
    refused(db_path, reseal(tmp_path, "tampered.rvwret", entries, keys[REVIEWER], keys), keys, "指纹不符")


def test_empty_file_and_directory(setting, tmp_path):
    db_path, _, keys = setting
    empty = tmp_path / "empty.rvwret"
    empty.write_bytes(b"")
    refused(db_path, empty, keys, "空的")
    folder = tmp_path / "a-folder.rvwret"
    folder.mkdir()
    refused(db_path, folder, keys, "文件夹")


def test_a_package_is_not_a_return(setting, demo_round, tmp_path):
    db_path, _, keys = setting
    package = demo_round / "packages" / f"评审包_{REVIEWER}_2016.rvwpkg"
    refused(db_path, package, keys, "不是发给本机的")


def test_cli_import_exit_codes(setting, tmp_path, monkeypatch):
    import subprocess
    import sys

    db_path, path, keys = setting
    broken = tmp_path / "broken.rvwret"
    broken.write_bytes(path.read_bytes()[:100])
    env = {**__import__("os").environ, "REVIEWER_APP_PASSPHRASE": "demo-secretariat"}
    command = [sys.executable, "-m", "reviewer_app", "returns", "import", "--db", str(db_path),
               "--key", str(db_path.parent / "keys" / "秘书处.key")]
    ok = subprocess.run(command + [str(path)], capture_output=True, text=True, env=env)
    assert ok.returncode == 0 and "已导入过" in ok.stdout
    bad = subprocess.run(command + [str(path), str(broken)], capture_output=True, text=True, env=env)
    assert bad.returncode == 1 and "拒绝\tbroken.rvwret" in bad.stdout
