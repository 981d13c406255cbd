"""kill -9 in the middle of work: importing returns, and a reviewer scoring. Afterwards the
database is intact, nothing is half-done (a return is in whole or not at all), and every edit
reported as saved is there."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from helpers import unscored

REVIEWERS = ("周明远", "陈慧琳", "刘晓燕", "王建国", "北塘市交叉评审组")


def unimported(demo_round):
    """The demo round with every sheet removed, and the command that imports its returns again."""
    db_path = demo_round / "secretariat.db"
    for name in REVIEWERS:
        unscored(db_path, name)
    command = [sys.executable, "-m", "reviewer_app", "returns", "import", "--db", str(db_path),
               "--key", str(demo_round / "keys" / "秘书处.key"), str(demo_round / "returns")]
    return db_path, command, {**os.environ, "REVIEWER_APP_PASSPHRASE": "demo-secretariat"}


def integrity(db_path):
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        return dict(connection.execute(
            "SELECT r.name, count(s.id) FROM reviewers r JOIN assignments a ON a.reviewer_id = r.id "
            "LEFT JOIN score_sheets s ON s.assignment_id = a.id GROUP BY r.name").fetchall())
    finally:
        connection.close()


@pytest.mark.slow
def test_killing_an_import_never_leaves_half_a_return(demo_round):
    db_path, command, env = unimported(demo_round)
    rng = random.Random(20261201)
    outcomes = set()
    # Kills later and later (a loaded machine imports slowly), each a little jittered, until some
    # landed before and some after a return went in.
    for attempt in range(20):
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.4 * (attempt + 1) + rng.uniform(0, 0.3))
        process.send_signal(signal.SIGKILL)
        process.wait()
        counts = integrity(db_path)
        outcomes.add(tuple(counts[name] for name in REVIEWERS))
        # A killed import leaves no writer lock behind: the next one starts at once.
        if attempt >= 5 and len(outcomes) > 1:
            break
    finished = subprocess.run(command, env=env, capture_output=True, text=True)
    assert finished.returncode == 0, finished.stdout + finished.stderr
    full = integrity(db_path)
    # each expert: 22 case files and the panel's 3 stories
    assert full["周明远"] == 25 and full["陈慧琳"] == 25 and sum(full.values()) == 94
    for outcome in outcomes:  # each reviewer's return was in whole or not at all
        assert all(count in (0, full[name]) for name, count in zip(REVIEWERS, outcome)), outcome
    assert len(outcomes) > 1, "every kill landed at the same point; the test did not exercise the middle"


SCORER = r"""
import sys
from decimal import Decimal
from reviewer_app.core.score_sheet import Deduction, ItemMark
from reviewer_app.store.database import Database
from reviewer_app.store.rounds import only_round, round_rubric
from reviewer_app.store.scoring import current_sheet, put_mark
from reviewer_app.store.schema import AssignmentRecord

database = Database(sys.argv[1])
with database.session() as session:
    round_record = only_round(session)
    items = [i.id for i in round_rubric(round_record).items_for(
        __import__("reviewer_app.core.vocabulary", fromlist=["CaseType"]).CaseType(
            session.get(AssignmentRecord, int(sys.argv[2])).case_file.case_type))]
    sheet_id = current_sheet(session, int(sys.argv[2])).id
n = 0
while True:
    item = items[n % len(items)]
    with database.session() as session:
        put_mark(session, sheet_id, ItemMark(item, deductions=[
            Deduction(Decimal("0.5"), f"第{n}次修改"), Deduction(Decimal("0.5"), f"第{n}次修改之二")]))
    print(n, item, flush=True)  # only after the commit: this edit is saved
    n += 1
"""


@pytest.mark.slow
def test_killing_a_reviewer_mid_edit_keeps_every_saved_edit(demo_round):
    db_path = demo_round / "reviewers" / "周明远" / "reviewer.db"
    _, [assignment, *_] = unscored(db_path, "周明远")
    rng = random.Random(7)
    for attempt in range(5):
        process = subprocess.Popen([sys.executable, "-c", SCORER, str(db_path), str(assignment)],
                                   stdout=subprocess.PIPE, text=True)
        saved = [process.stdout.readline().split()]  # started: the kill comes while it edits, not while it imports
        deadline = time.monotonic() + rng.uniform(1.5, 3.0)
        while time.monotonic() < deadline:
            saved.append(process.stdout.readline().split())
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert len(saved) > 5
        connection = sqlite3.connect(db_path)
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        marks = dict(connection.execute(
            "SELECT m.item_id, group_concat(d.reason, '|') FROM item_marks m JOIN deductions d ON d.mark_id = m.id "
            "GROUP BY m.id").fetchall())
        # Every mark carries both of its deductions (a mark is never half-written) ...
        assert all(len(reasons.split("|")) == 2 for reasons in marks.values())
        # ... and the last edit reported saved for each item is there, or a later one.
        last = {}
        for n, item in saved:
            last[item] = int(n)
        for item, n in last.items():
            stored = int(marks[item].split("|")[0].removeprefix("第").split("次")[0])
            assert stored >= n, (attempt, item, stored, n)
        connection.close()


def test_an_import_while_another_holds_the_round_is_told_who_and_changes_nothing(demo_round):
    """The first import holds the round (as `returns import` labels its lock); a second one started
    meanwhile is refused, naming it, instead of failing half-way on a duplicate key."""
    from helpers import table_rows
    from reviewer_app.store.writer_lock import WriterLock

    db_path, command, env = unimported(demo_round)
    before = table_rows(db_path)
    with WriterLock(db_path, "命令行 reviewer-app returns import"):
        second = subprocess.run(command, env=env, capture_output=True, text=True)
    assert second.returncode == 2 and "正在被另一个程序使用" in second.stderr and "returns import" in second.stderr
    assert str(os.getpid()) in second.stderr
    assert "Traceback" not in second.stderr and "IntegrityError" not in second.stderr
    assert table_rows(db_path) == before
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert sum(integrity(db_path).values()) == 94
