"""Reading a test's database the way an analyst would: read-only, closed at once so the
next writer can open the file."""

from pathlib import Path

import duckdb


def query(db: Path | str, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()
