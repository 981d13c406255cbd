import pytest
from helpers import unscored

from reviewer_app.gui.app import install_fonts


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path, monkeypatch):
    """Keys and settings of this test only."""
    monkeypatch.setenv("REVIEWER_APP_DATA", str(tmp_path / "user-data"))


@pytest.fixture(autouse=True)
def cjk_font(qapp):
    install_fonts(qapp)


@pytest.fixture
def fresh_reviewer(demo_round):
    """周明远 with every sheet removed: a reviewer who has not started."""
    reviewer_id, _ = unscored(demo_round / "secretariat.db", "周明远")
    return demo_round / "secretariat.db", reviewer_id
