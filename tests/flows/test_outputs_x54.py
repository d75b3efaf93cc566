"""Round x54 (u53 findings 4 and 5): what `export` and `report` write."""
from __future__ import annotations

import json

from flows import cli


def test_export_parquet_refuses_a_missing_parent_folder_like_the_other_outputs(tmp_path, capsys):
    """(u53 #4) `export --parquet /tmp/x/nodir2/a/b` made the whole path and exited 0."""
    from store.connection import open_store
    from tests.store.test_store import write

    db = tmp_path / "ex.duckdb"
    with open_store(db) as con:
        write(con, "r1")
    deep = tmp_path / "nodir2" / "a" / "b"
    assert cli.main(["export", "--db", str(db), "--parquet", str(deep)]) == cli.EXIT_FAILED
    assert capsys.readouterr().err == f"counterclaim: {deep}: folder {deep.parent} does not exist\n"
    assert not (tmp_path / "nodir2").exists()
    # the folder itself is still made when its parent exists
    assert cli.main(["export", "--db", str(db), "--parquet", str(tmp_path / "pq")]) == cli.EXIT_OK
    assert (tmp_path / "pq" / "claims.parquet").exists()


def test_a_json_report_that_is_not_every_conflict_says_what_it_holds(tmp_path, capsys):
    """(u53 #5) `report --format json --limit 2` was a bare array: a consumer could not tell
    2 of 49 were shown, or which --status was asked. The array stays (consumers read it as
    one); what it holds is one line on standard error, or in the "wrote" line."""
    from claims.models import Verdict
    from store import writes
    from store.connection import open_store
    from tests.store.test_store import NOW, article, write

    db = tmp_path / "r.duckdb"
    with open_store(db) as con:
        _, conflict = write(con, "r1", [article("a1")])
        writes.add_review(con, conflict.conflict_id, Verdict.CONFIRMED, None, "ana", NOW)
        write(con, "r2", [article("a2")])  # a1's conflict stays, stale, for its verdict
        total = con.execute("SELECT count(*) FROM conflicts").fetchall()[0][0]
    assert total == 2
    assert cli.main(["report", "--db", str(db), "--format", "json", "--limit", "1"]) == cli.EXIT_OK
    out, err = capsys.readouterr()
    assert len(json.loads(out)) == 1
    assert err == f"counterclaim: json report: 1 of {total} conflict(s)\n"
    assert cli.main(["report", "--db", str(db), "--format", "json", "--status", "confirmed"]) == cli.EXIT_OK
    out, err = capsys.readouterr()
    assert [c["conflict_id"] for c in json.loads(out)] == [conflict.conflict_id]
    assert err == "counterclaim: json report: 1 of 1 conflict(s), status confirmed\n"
    # the whole report: the array alone, nothing on standard error
    assert cli.main(["report", "--db", str(db), "--format", "json"]) == cli.EXIT_OK
    out, err = capsys.readouterr()
    assert len(json.loads(out)) == total and err == ""
    target = tmp_path / "r.json"
    assert cli.main(["report", "--db", str(db), "--format", "json", "--limit", "1", "-o", str(target)]) == 0
    assert capsys.readouterr().out == f"wrote json report to {target} (1 of {total} conflict(s))\n"
    assert len(json.loads(target.read_text())) == 1
