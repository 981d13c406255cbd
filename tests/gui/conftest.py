import pytest
from sqlalchemy import select

from reviewer_app.gui.app import install_fonts
from reviewer_app.store.database import Database
from reviewer_app.store.schema import ReviewerRecord


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
    database = Database(demo_round / "secretariat.db")
    with database.session() as session:
        reviewer = session.scalar(select(ReviewerRecord).where(ReviewerRecord.name == "周明远"))
        for assignment in reviewer.assignments:
            for sheet in list(assignment.sheets):
                session.delete(sheet)
        reviewer_id = reviewer.id
    database.close()
    return demo_round / "secretariat.db", reviewer_id
