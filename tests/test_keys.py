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
