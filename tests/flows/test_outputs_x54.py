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
