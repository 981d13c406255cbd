"""Developer tool: autogenerate a migration from the models against a scratch database."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from reviewer_app.store.database import Database, alembic_config


def main(message: str) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        database = Database(Path(scratch) / "scratch.db")
        config = alembic_config(database.url)
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.revision(config, message=message, autogenerate=True)
        database.close()


if __name__ == "__main__":
    main(" ".join(sys.argv[1:]) or "schema change")
