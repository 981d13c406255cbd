import hashlib
import json
import subprocess
import sys
from collections import Counter
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from reviewer_app.core.composition import COUNTY_MIX, CITY_MIX
from reviewer_app.core.vocabulary import CaseType, Track
from reviewer_app.store.database import Database
from reviewer_app.store.schema import (
    AssignmentRecord,
    CaseFileRecord,
    DocumentRecord,
    ReviewerRecord,
    SheetRecord,
    UnitRecord,
)


def results_json(db_path):
    output = subprocess.run(
        [sys.executable, "-m", "reviewer_app", "results", "--db", str(db_path), "--json"],
        capture_output=True, text=True, check=True,
    )
    return json.loads(output.stdout)


@pytest.fixture(scope="module")
def results(demo_source):
    return results_json(demo_source / "secretariat.db")


def test_demo_has_units_mix_reviewers_and_assignments(demo_source):
    database = Database(demo_source / "secretariat.db")
    with database.session() as session:
        units = session.scalars(select(UnitRecord)).all()
        assert [u.level for u in units] == ["city", "county", "county"]
        assert all(u.parent.name == units[0].name for u in units[1:])
        for unit in units:
            mix = Counter(CaseType(c.case_type) for c in unit.submitted_files)
            assert mix == Counter(CITY_MIX if unit.level == "city" else COUNTY_MIX)
        reviewers = session.scalars(select(ReviewerRecord)).all()
        assert Counter(r.track for r in reviewers) == {"expert": 2, "cross": 3}
        assert len({r.region for r in reviewers if r.track == "cross"}) == 3
        for case in session.scalars(select(CaseFileRecord).where(CaseFileRecord.case_type != CaseType.PERSONAL_STORY.value)):
            tracks = Counter(
                a.reviewer.track for a in session.scalars(select(AssignmentRecord).where(AssignmentRecord.case_file_id == case.id))
            )
            assert tracks == {"expert": 2, "cross": 2}
        for assignment in session.scalars(select(AssignmentRecord)):
            if assignment.reviewer.track == Track.CROSS:
                assert assignment.reviewer.region != assignment.case_file.unit.region
        assert session.scalar(select(func.count()).select_from(SheetRecord).where(SheetRecord.status == "signed")) == 88 + 6  # and the panel's
        teams = [r for r in reviewers if r.members]
        assert teams and len(teams[0].members.splitlines()) == 2
    database.close()


def test_demo_documents_are_real_multi_page_pdfs_with_text_and_scans(demo_source):
    database = Database(demo_source / "secretariat.db")
    with database.session() as session:
        documents = session.scalars(select(DocumentRecord)).all()
        types = {d.doc_type for d in documents}
        assert {"filing_approval", "interview_record", "inspection_record", "prior_notice", "penalty_decision",
                "service_receipt", "closing_approval", "transfer_letter", "enforcement_application",
                "reinspection_record"} <= types
        image_only_pages = text_pages = 0
        for document in documents[:40]:
            path = demo_source / document.path
            assert hashlib.sha256(path.read_bytes()).hexdigest() == document.sha256
            reader = PdfReader(path)
            assert len(reader.pages) == document.pages
            for page in reader.pages:
                if page.extract_text().strip():
                    text_pages += 1
                else:
                    image_only_pages += 1
        assert text_pages > 20 and image_only_pages > 5
        assert max(d.pages for d in documents) >= 3
        # The originals name the unit and the company: what anonymisation must later remove.
        first = documents[0]
        text = PdfReader(demo_source / first.path).pages[0].extract_text()
        assert first.case_file.unit.name[:2] in text
    database.close()


def test_results_json_shape_and_storyline(results):
    assert results["round"]["weights"] == {"expert": "0.50", "cross": "0.50"}
    assert results["round"]["veto_policy"] == "zero"
    assert len(results["case_files"]) == 22
    case = results["case_files"][0]
    assert set(case) >= {"code", "unit", "case_type", "expert_score", "cross_score", "final_score", "falsified", "eligible"}
    falsified = [c for c in results["case_files"] if c["falsified"]]
    assert len(falsified) == 1 and falsified[0]["final_score"] == "0.00"
    ineligible = [c for c in results["case_files"] if not c["eligible"]]
    assert len(ineligible) == 1 and ineligible[0]["final_score"] == "0.00"
    units = {u["name"]: u for u in results["units"]}
    city = next(u for u in results["units"] if u["level"] == "city")
    assert city["case_count"] == 22 and city["parent"] is None
    assert city["indicator"] == "0.00"
    assert any("行政复议" in r for r in city["indicator_zero_reasons"])
    assert any(falsified[0]["code"] in r for r in city["indicator_zero_reasons"])
    assert units[falsified[0]["unit"]]["indicator"] == "0.00"
    clean = [u for u in results["units"] if u["level"] == "county" and u["indicator"] != "0.00"]
    assert len(clean) == 1 and clean[0]["rank"] == 1


def test_unit_scores_are_means_of_their_case_scores(results):
    finals = {c["code"]: Decimal(c["final_score"]) for c in results["case_files"]}
    for unit in results["units"]:
        counted = [c["code"] for c in results["case_files"]
                   if c["unit"] == unit["name"] or (unit["level"] == "city")]
        expected = sum(finals[c] for c in counted) / len(counted)
        assert Decimal(unit["score"]) == expected.quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")


def test_results_for_a_missing_database_says_so(tmp_path):
    output = subprocess.run(
        [sys.executable, "-m", "reviewer_app", "results", "--db", str(tmp_path / "nope.db"), "--json"],
        capture_output=True, text=True,
    )
    assert output.returncode == 2 and "nope.db" in output.stderr and "Traceback" not in output.stderr


def test_version_flag():
    output = subprocess.run([sys.executable, "-m", "reviewer_app", "--version"], capture_output=True, text=True)
    from reviewer_app import __version__
    assert output.returncode == 0 and __version__ in output.stdout


def test_every_error_the_command_line_prints_as_one_line_exists():
    """The command line names the error classes it prints without a traceback; a renamed class
    would silently become a traceback."""
    import importlib

    from reviewer_app.cli import USER_ERRORS

    for module, name in USER_ERRORS:
        assert issubclass(getattr(importlib.import_module(module), name), Exception), (module, name)
