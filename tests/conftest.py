import os
import shutil
from pathlib import Path

import pytest
from helpers import SQLITE_SIDE_FILES

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OUTPUT = Path(__file__).resolve().parent.parent / "test-output"


def pytest_collection_modifyitems(items):
    """Slow tests first: started last, a minute-long test on one worker is the suite's tail.
    The two that need no demo lead, so one worker builds the demo while the other runs them."""
    def order(item) -> tuple[bool, bool]:
        return item.get_closest_marker("slow") is None, "demo_source" in getattr(item, "fixturenames", ())

    items.sort(key=order)


@pytest.fixture(scope="session")
def demo_source(tmp_path_factory, worker_id) -> Path:
    """The demo round, built once per test run and shared by every xdist worker (two builds at
    once on two cores took longer than one). Copy it (demo_round) before changing it."""
    from filelock import FileLock

    from reviewer_app.demo.build import build_demo

    base = tmp_path_factory.getbasetemp()
    shared = base if worker_id == "master" else base.parent  # the run's folder, above each worker's
    folder, built = shared / "demo-source", shared / "demo-source.built"
    with FileLock(str(shared / "demo-source.lock")):
        if not built.exists():
            shutil.rmtree(folder, ignore_errors=True)
            build_demo(folder)
            built.touch()
    # Another worker reading the database makes SQLite create and remove its -wal and -shm files;
    # the build has closed the database, so they hold nothing and copies leave them out.
    return folder


@pytest.fixture
def demo_round(demo_source, tmp_path) -> Path:
    """A private copy of the demo round folder; its database is demo_round / 'secretariat.db'."""
    target = tmp_path / "demo"
    shutil.copytree(demo_source, target, ignore=SQLITE_SIDE_FILES)
    return target


@pytest.fixture(scope="session")
def output_dir() -> Path:
    """Where tests leave screenshots and rendered pages for people to look at."""
    OUTPUT.mkdir(exist_ok=True)
    return OUTPUT
