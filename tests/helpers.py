"""Helpers shared by tests (importable because pytest puts tests/ on the path)."""

import sqlite3


def table_rows(db_path):
    """Every row of every table: 'unchanged' means this is equal before and after."""
    connection = sqlite3.connect(db_path)
    tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    rows = {t: sorted(map(repr, connection.execute(f'SELECT * FROM "{t}"'))) for t in tables}
    connection.close()
    return rows
