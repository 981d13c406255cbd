import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OUTPUT = Path(__file__).resolve().parent.parent / "test-output"


@pytest.fixture(scope="session")
def demo_source(tmp_path_factory) -> Path:
    """The demo round, built once per test run. Copy it (demo_round) before changing it."""
    from reviewer_app.demo.build import build_demo

    folder = tmp_path_factory.mktemp("demo-source")
    build_demo(folder)
    return folder


@pytest.fixture
def demo_round(demo_source, tmp_path) -> Path:
    """A private copy of the demo round folder; its database is demo_round / 'secretariat.db'."""
    target = tmp_path / "demo"
    shutil.copytree(demo_source, target)
    return target


@pytest.fixture(scope="session")
def output_dir() -> Path:
    """Where tests leave screenshots and rendered pages for people to look at."""
    OUTPUT.mkdir(exist_ok=True)
    return OUTPUT
