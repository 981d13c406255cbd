"""Exchange files are written beside their name in a fresh temporary file: a link planted where
the temporary file used to go is never followed, and a leftover of a crash is cleared."""

from reviewer_app.exchange.atomic import StagedFile, atomic_write, remove_leftovers


def test_a_planted_partial_link_does_not_redirect_the_write(tmp_path):
    victim = tmp_path / "installation.key"
    victim.write_bytes(b"the reviewer's key")
    target = tmp_path / "stick" / "return.rvwret"
    target.parent.mkdir()
    (target.parent / ".return.rvwret.partial").symlink_to(victim)  # where the old writer put its temporary file
    atomic_write(target, b"sealed return")
    assert target.read_bytes() == b"sealed return" and victim.read_bytes() == b"the reviewer's key"
    assert (target.parent / ".return.rvwret.partial").is_symlink()  # left alone, not written through


def test_a_failed_check_leaves_nothing_and_leftovers_of_a_crash_are_cleared(tmp_path):
    target = tmp_path / "评审包_甲_2024.rvwpkg"

    def refuse(_data):
        raise ValueError("签名不符")

    try:
        StagedFile(target, b"bad", verify=refuse)
    except ValueError:
        pass
    assert list(tmp_path.iterdir()) == []

    staged = StagedFile(target, b"package")  # a crash before it was moved into place
    outside = tmp_path / "keep.txt"
    outside.write_text("x")
    (tmp_path / ".评审包_link.partial").symlink_to(outside)
    remove_leftovers(tmp_path, "评审包_")
    assert not staged.temporary.exists() and outside.read_text() == "x"
    assert (tmp_path / ".评审包_link.partial").is_symlink()
