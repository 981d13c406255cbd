import pytest

from reviewer_app.exchange.keys import KeyFileError, WrongPassphrase, create_key_file, open_key_file, public_keys_of

FAST = 2**10  # a cheap scrypt cost keeps the suite quick; the format stores n


def test_key_file_round_trip_and_wrong_passphrase(tmp_path):
    path = tmp_path / "k.key"
    keys = create_key_file(path, "正确口令", n=FAST)
    assert "正确口令" not in path.read_text()
    again = open_key_file(path, "正确口令")
    assert again.public == keys.public == public_keys_of(path)
    signature = again.sign(b"sheet")
    assert keys.public.verify(signature, b"sheet") and not keys.public.verify(signature, b"other")
    with pytest.raises(WrongPassphrase):
        open_key_file(path, "错误口令")


def test_corrupt_key_file(tmp_path):
    path = tmp_path / "k.key"
    path.write_text("{not json")
    with pytest.raises(KeyFileError):
        open_key_file(path, "x")
    with pytest.raises(KeyFileError):
        open_key_file(tmp_path / "missing.key", "x")


def test_key_files_are_for_their_owner_only(tmp_path):
    import os
    import stat

    path = tmp_path / "k.key"
    create_key_file(path, "正确口令", n=FAST)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.chmod(0o644)  # a key written by an earlier version
    open_key_file(path, "正确口令")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert os.listdir(tmp_path) == ["k.key"]


def test_passphrase_policy():
    from reviewer_app.exchange.keys import WeakPassphrase, passphrase_problem, passphrase_warning

    for short in ("", "a", "1234567", "口令口"):
        assert "太短" in passphrase_problem(short)
    assert passphrase_problem("评审口令") is None  # four Chinese characters count as eight
    assert "首尾" in passphrase_problem(" long enough ")
    for weak in ("12345678", "Password", "88888888", "aaaaaaaaaa", "13912345678"):
        assert passphrase_warning(weak), weak
    assert passphrase_warning("青山绿水评卷忙") is None and passphrase_warning("correct horse battery") is None
    with pytest.raises(WeakPassphrase, match="太短"):
        create_key_file(__import__("pathlib").Path("/nonexistent/never.key"), "short", n=FAST)


def test_hostile_key_file_parameters_are_refused_before_any_work(tmp_path):
    import json

    path = tmp_path / "k.key"
    create_key_file(path, "正确口令", n=FAST)
    record = json.loads(path.read_text())
    record["kdf"]["n"] = 2**40  # would ask scrypt for terabytes
    path.write_text(json.dumps(record))
    with pytest.raises(KeyFileError, match="超出范围"):
        open_key_file(path, "正确口令")


def test_the_command_line_prints_the_cost_it_chose(tmp_path):
    import os
    import re
    import subprocess
    import sys

    env = {**os.environ, "REVIEWER_APP_PASSPHRASE": "12345678"}
    run = subprocess.run([sys.executable, "-m", "reviewer_app", "keys", "create", "--key", str(tmp_path / "k.key")],
                         capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    assert "容易被猜中" in run.stderr
    cost = re.search(r"scrypt N=2\^(\d+), r=8, p=(\d+).*约需 ([\d.]+) 秒", run.stdout)
    assert cost and int(cost.group(1)) >= 18 and float(cost.group(3)) > 0
    short = subprocess.run([sys.executable, "-m", "reviewer_app", "keys", "create", "--key", str(tmp_path / "s.key")],
                           capture_output=True, text=True, env={**os.environ, "REVIEWER_APP_PASSPHRASE": "abc"})
    assert short.returncode == 2 and "太短" in short.stderr and not (tmp_path / "s.key").exists()


@pytest.mark.parametrize("damage", [
    lambda text: "[]",  # JSON, but not a key record
    lambda text: '"a string"',
    lambda text: text.replace('"public"', '"publick"'),
    lambda text: text.replace(text[text.index('"signing": "') + 12:text.index('"signing": "') + 20], "zzzzzzzz"),
    lambda text: text[: len(text) // 2],  # cut short by a copy
    lambda text: "\ufeff" + "\0" * 100,
    lambda text: text + " " * 100_000,  # padded far past any key file
])
def test_a_damaged_key_file_is_named_in_every_use(tmp_path, damage):
    import os
    import subprocess
    import sys

    path = tmp_path / "本机.key"
    create_key_file(path, "正确口令", n=FAST)
    path.write_text(damage(path.read_text()))
    for use in (lambda: open_key_file(path, "正确口令"), lambda: public_keys_of(path)):
        try:
            use()
        except KeyFileError as error:
            assert "本机.key" in str(error)
    env = {**os.environ, "REVIEWER_APP_PASSPHRASE": "正确口令"}
    for verb in (("keys", "show"), ("keys", "export-public", "--out", str(tmp_path / "pub.json"))):
        run = subprocess.run([sys.executable, "-m", "reviewer_app", *verb, "--key", str(path)], capture_output=True,
                             text=True, env=env)
        assert "Traceback" not in run.stderr, run.stderr
        assert run.returncode == 0 or ("本机.key" in run.stderr and run.returncode == 2), run.stderr
