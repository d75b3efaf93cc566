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
def types(tmp_path_factory):
    """{(table, column): type} of a fresh store."""
    with open_store(tmp_path_factory.mktemp("doc") / "s.duckdb") as con:
        rows = con.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'main'"
        ).fetchall()
    return {(table, column): kind for table, column, kind in rows}


@pytest.fixture(scope="module")
def columns(types):
    found = {}
    for table, column in types:
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


def documented_rows(name):
    """(columns, meaning) of each row of the README table of `name`: the first cell can
    name several columns (`claim_a_sentence`, `claim_a_offset_in_sentence`, ...)."""
    rows = []
    for line in section(name).splitlines():
        cells = line.split("|")
        if line.startswith("| `") and len(cells) >= 4:
            rows.append((re.findall(r"`(\w+)`", cells[1]), cells[2]))
    return rows


@pytest.mark.parametrize("name", TABLES + VIEWS)
def test_every_documented_column_exists_with_the_type_its_meaning_states(name, types):
    """The other direction (round a25): a column the README promises an analyst exists, and a
    meaning that says "true ..." is a BOOLEAN, "(UTC)" a TIMESTAMP, offsets are INTEGERs."""
    for documented, meaning in documented_rows(name):
        for column in documented:
            assert (name, column) in types, f"README documents {name}.{column}, which does not exist"
            kind = types[name, column]
            if re.search(r"\btrue\b", meaning):
                assert kind == "BOOLEAN", (name, column, kind)
            if "(UTC)" in meaning:
                assert kind.startswith("TIMESTAMP"), (name, column, kind)
            if "offset" in column or column.endswith("_char"):
                assert kind == "INTEGER", (name, column, kind)
            if "date" in meaning.split("(")[0] and column.endswith("published"):
                assert kind == "DATE", (name, column, kind)


def test_documented_view_columns_in_prose_exist(types):
    """`latest_reviews` and `conflict_report` are documented in a sentence, not a table."""
    prose = "".join(section(view).split("```")[0].split("\n", 1)[1] for view in ("latest_reviews", "conflict_report"))
    views = {column for table, column in types if table in ("latest_reviews", "conflict_report")}
    report = {column[2:] if column[:2] in ("a_", "b_") else column
              for table, column in types if table == "conflict_report"}
    for column in re.findall(r"`(\w+)`", prose):
        if column in ("open", "current", "changed", "removed", "edited", "reattributed", "recut", "rules",
                      "claims", "articles", "a_", "b_") \
                and column not in views:
            continue  # values of `status` and `claim_state`, and the prefixes of the sides
        assert column in views or column in report, f"README documents {column}, which no view has"
