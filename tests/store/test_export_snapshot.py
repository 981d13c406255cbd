"""An export reads one state of the round: an import (here, a commit from another connection)
landing while the export reads is in all of what it writes or in none of it."""

import sqlite3

from docx import Document

from reviewer_app.documents import export as export_module
from reviewer_app.documents import results_workbook
from reviewer_app.store.database import Database


def commit_elsewhere(db_path, *statements):
    connection = sqlite3.connect(db_path)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


def test_the_workbook_reads_one_state_while_sheets_are_deleted_midway(demo_round, monkeypatch):
    db_path = demo_round / "secretariat.db"
    original = results_workbook.signed_sheet_views

    def after_an_import(session, round_record):  # the results are read; then another program commits
        commit_elsewhere(db_path, "PRAGMA foreign_keys = ON", "DELETE FROM score_sheets")
        return original(session, round_record)

    monkeypatch.setattr(results_workbook, "signed_sheet_views", after_an_import)
    database = Database(db_path)
    facts = results_workbook.workbook_facts(database)
    database.close()
    counted = sum(len(case.sheets) for case in facts.results.cases)
    assert counted > 0 and len(facts.sheets) == counted  # not the results of one state and the sheets of another


def test_an_export_writes_every_document_from_the_state_it_started_with(demo_round, tmp_path, monkeypatch):
    db_path = demo_round / "secretariat.db"
    original = export_module.plan_documents

    def renamed_midway(database, *args, **kwargs):
        commit_elsewhere(db_path, "UPDATE rounds SET name = '改名后的评查活动'")
        return original(database, *args, **kwargs)

    monkeypatch.setattr(export_module, "plan_documents", renamed_midway)
    database = Database(db_path)
    paths = export_module.export_round(database, tmp_path / "out", "docx", ("units", "completion"))
    database.close()
    texts = ["\n".join(p.text for p in Document(path).paragraphs) for path in paths]
    assert paths and all("改名后" not in text for text in texts)
    assert any("评查" in text for text in texts)
