from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from reviewer_app.store.database import Database, alembic_config, head_revision, migrate, stored_revision
from reviewer_app.store.schema import Base


def test_revisions_form_one_line_from_first_to_head():
    scripts = ScriptDirectory.from_config(alembic_config("sqlite://"))
    heads = scripts.get_heads()
    assert len(heads) == 1
    assert [r.revision for r in scripts.walk_revisions()][-1] == "0001"
    assert head_revision() == heads[0]  # what opening a database compares with, without loading alembic


def test_empty_database_migrates_step_by_step_to_a_schema_matching_the_models(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    scripts = ScriptDirectory.from_config(alembic_config(str(engine.url)))
    for revision in reversed(list(scripts.walk_revisions())):
        migrate(engine, revision.revision)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
        assert context.get_current_revision() == scripts.get_current_head()
    assert set(inspect(engine).get_table_names()) >= set(Base.metadata.tables)


def test_open_applies_migrations_and_turns_on_wal_and_foreign_keys(tmp_path):
    database = Database(tmp_path / "x.db")
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head
    database.close()


def test_a_database_behind_head_is_upgraded_on_open(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    migrate(engine, "0013")
    assert stored_revision(engine) == "0013"
    engine.dispose()
    database = Database(tmp_path / "old.db")
    assert stored_revision(database.engine) == head_revision() != "0013"
    assert "total_points" in {c["name"] for c in inspect(database.engine).get_columns("score_sheets")}
    database.close()
