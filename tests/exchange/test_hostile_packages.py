"""Packages validly signed by the pinned secretariat, with contents crafted against the reviewer's
laptop: every one is refused by name before a folder or database is made (they used to end in
tracebacks, or load two documents into one file)."""

import json

import pytest

from helpers import demo_secretariat
from reviewer_app.exchange.archive import build_archive, read_archive
from reviewer_app.exchange.envelope import open_sealed, seal
from reviewer_app.exchange.errors import ExchangeError
from reviewer_app.exchange.packages import open_package

REVIEWER = "周明远"


def document(manifest, n=0):
    return manifest["case_files"][0]["documents"][n]


def renamed(new):
    def change(manifest, entries):
        entries[new] = entries.pop(document(manifest)["file"])
        document(manifest)["file"] = new
    return change


def aliased(spelling):
    def change(manifest, entries):  # the second document named as the first, spelt another way
        first, second = document(manifest, 0), document(manifest, 1)
        entries.pop(second["file"])
        second.update(file=spelling(first["file"]), sha256=first["sha256"], size=first["size"])
        entries[second["file"]] = entries[first["file"]]
    return change


def manifest_change(edit):
    return lambda manifest, entries: edit(manifest)


CASES = {
    "a member named .": (renamed("."), "不安全的路径"),
    "a . segment": (renamed("documents/./x.pdf"), "不安全的路径"),
    "an over-long name": (renamed("documents/" + "长" * 200 + ".pdf"), "不安全的路径"),
    "a Windows device name": (renamed("documents/CON.pdf"), "不安全的路径"),
    "a//b beside a/b": (aliased(lambda name: name.replace("/", "//", 1)), "不安全的路径"),
    "the same name in other case": (aliased(str.upper), "是同一个文件"),
    "rules of the wrong shape": (manifest_change(lambda m: m["round"].__setitem__("rules", {"weights": "x"})), "round/rules"),
    "a weight that is not a number": (manifest_change(lambda m: m["round"]["rules"]["weights"].__setitem__("expert", "abc")), "weights/expert"),
    "an unknown veto policy": (manifest_change(lambda m: m["round"]["rules"].__setitem__("veto_policy", "nope")), "veto_policy"),
    "a round id that is not a number": (manifest_change(lambda m: m["round"].__setitem__("id", "abc")), "round/id"),
    "a negative page count": (manifest_change(lambda m: document(m).__setitem__("pages", -5)), "pages"),
    "a page count past any document": (manifest_change(lambda m: document(m).__setitem__("pages", 10**12)), "pages"),
    "a year SQLite cannot hold": (manifest_change(lambda m: m["round"].__setitem__("year", 10**30)), "round/year"),
    "a reviewer id SQLite cannot hold": (manifest_change(lambda m: m["reviewer"].__setitem__("id", 10**30)), "reviewer/id"),
    "a 100,000-character round name": (manifest_change(lambda m: m["round"].__setitem__("name", "名" * 100_000)), "round/name"),
    "two case files with one code": (manifest_change(lambda m: m["case_files"][1].__setitem__("code", m["case_files"][0]["code"])), "案卷编号重复"),
    "an unknown case type": (manifest_change(lambda m: m["case_files"][0].__setitem__("case_type", "nonsense")), "case_type"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_crafted_package_is_refused_by_name_and_leaves_nothing(demo_round, demo_keys, tmp_path, case):
    change, says = CASES[case]
    secretariat, me = demo_keys["秘书处"], demo_keys[REVIEWER]
    original = next((demo_round / "packages").glob(f"*{REVIEWER}*"))
    _, _, payload = open_sealed(original.read_bytes(), me)
    entries = read_archive(payload)
    manifest = json.loads(entries["manifest.json"])
    change(manifest, entries)
    entries["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode()
    crafted = tmp_path / "crafted.rvwpkg"
    crafted.write_bytes(seal("package", build_archive(entries), secretariat, me.public))

    into = tmp_path / "laptop" / "round"
    with pytest.raises(ExchangeError) as refusal:
        open_package(crafted, me, into, [demo_secretariat(demo_round)])
    assert "crafted.rvwpkg" in str(refusal.value) and says in str(refusal.value), str(refusal.value)
    assert not into.exists()
