"""The schema is a public interface: every table, view and column has a line in README.md."""

import re
from pathlib import Path

import pytest

from store.connection import open_store
from store.schema import TABLES, VIEWS

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def section(name):
    match = re.search(rf"^### `{name}`.*?(?=^### |^## )", README, re.M | re.S)
    assert match, f"README has no section for {name}"
    return match.group(0)


@pytest.fixture(scope="module")
def columns(tmp_path_factory):
    with open_store(tmp_path_factory.mktemp("doc") / "s.duckdb") as con:
        rows = con.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'main'"
        ).fetchall()
    found = {}
    for table, column in rows:
        found.setdefault(table, []).append(column)
    return found


@pytest.mark.parametrize("name", TABLES + VIEWS)
def test_every_table_and_column_is_documented_with_a_query(name, columns):
    text = section(name)
    assert "```sql" in text, f"{name} has no example query"
    for column in columns[name]:
        if name == "conflict_report" and column[:2] in ("a_", "b_"):
            column = column[2:]
        assert f"`{column}`" in text, f"column {name}.{column} is not documented"


def test_every_documented_example_query_runs(columns, tmp_path):
    queries = re.findall(r"```sql\n(.*?)```", README, re.S)
    assert len(queries) >= len(TABLES)
    with open_store(tmp_path / "q.duckdb") as con:
        for sql in queries:
            con.execute(sql).fetchall()
