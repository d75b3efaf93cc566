"""Round x62 (u62 finding 6): README's `duckdb -readonly counterclaim.duckdb` did not work
after README's install (no DuckDB CLI on PATH; `python -m duckdb` is no CLI). `counterclaim
sql` runs a query on the file opened read-only with what the install provides."""

import json

from flows.cli import EXIT_BAD_OPTION, EXIT_OK, main
from store.connection import open_store
from tests.store.test_store import write


def _store(tmp_path):
    db = tmp_path / "s.duckdb"
    with open_store(db) as con:
        write(con, "r1")
    return db


def test_sql_prints_a_querys_rows_as_a_table_csv_or_json(tmp_path, capsys):
    db = _store(tmp_path)
    query = "SELECT run_id, status FROM runs"
    assert main(["sql", "--db", str(db), query]) == EXIT_OK
    table = capsys.readouterr().out
    assert "run_id" in table and "r1" in table and "completed" in table
    assert main(["sql", "--db", str(db), "--format", "csv", query]) == EXIT_OK
    assert capsys.readouterr().out == "run_id,status\nr1,completed\n"
    assert main(["sql", "--db", str(db), "--format", "json", query]) == EXIT_OK
    assert json.loads(capsys.readouterr().out) == [{"run_id": "r1", "status": "completed"}]


def test_sql_reads_the_query_from_standard_input(tmp_path, capsys, monkeypatch):
    import io
    db = _store(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO("SELECT count(*) AS n FROM articles;\n"))
    assert main(["sql", "--db", str(db), "--format", "csv"]) == EXIT_OK
    assert capsys.readouterr().out == "n\n1\n"


def test_sql_never_writes_and_a_bad_query_is_one_line(tmp_path, capsys):
    db = _store(tmp_path)
    before = db.read_bytes()
    assert main(["sql", "--db", str(db), "DELETE FROM runs"]) == EXIT_BAD_OPTION
    err = capsys.readouterr().err
    assert err.startswith("counterclaim: sql: ") and "read-only" in err and len(err.splitlines()) == 1
    assert main(["sql", "--db", str(db), "SELEC 1"]) == EXIT_BAD_OPTION
    err = capsys.readouterr().err
    assert err.startswith("counterclaim: sql: Parser Error") and len(err.splitlines()) == 1
    assert db.read_bytes() == before
    assert main(["sql", "--db", str(tmp_path / "none.duckdb"), "SELECT 1"]) == 3
    assert "no such database" in capsys.readouterr().err
