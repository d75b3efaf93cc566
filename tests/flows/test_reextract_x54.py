"""Round x54 (u53 finding 2): a store extracted by an older extractor is brought to the
current one by the next run, whatever its inbox holds; conflict ids and verdicts stay; the
run after that changes nothing. Also: a run under other conflict rules recomputes the
conflicts of an unchanged inbox, and only then."""
from __future__ import annotations

import os
import shutil

import duckdb
import pytest

from tests.flows.test_end_to_end import SEEDS, counterclaim, table_rows


def sql(db, statement, params=()):
    con = duckdb.connect(str(db))
    try:
        return con.execute(statement, list(params)).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    """The seeds run once by this code: what a re-extraction must come back to."""
    db = tmp_path_factory.mktemp("x54") / "fresh.duckdb"
    done = counterclaim("run", str(SEEDS), "--db", str(db), "--no-report", "-q")
    assert done.returncode == 0, done.stderr
    return db


def copy_of(fresh, tmp_path):
    db = tmp_path / "old.duckdb"
    shutil.copy(fresh, db)
    return db


def age(db):
    """What an upgrade from before schema version 6 leaves: no extractor recorded, no
    speaker kinds (schema 5), and two claims the old extractor did not find."""
    sql(db, "UPDATE articles SET extractor = NULL")
    sql(db, "UPDATE claims SET speaker_kind = NULL")
    gone = [r[0] for r in sql(db, "SELECT claim_id FROM claims WHERE claim_id NOT IN "
                                  "(SELECT claim_a FROM conflicts UNION SELECT claim_b FROM conflicts) "
                                  "ORDER BY claim_id LIMIT 2")]
    for claim_id in gone:
        sql(db, "DELETE FROM quantities WHERE claim_id = ?", [claim_id])
        sql(db, "DELETE FROM clusters WHERE claim_id = ?", [claim_id])
        sql(db, "DELETE FROM claims WHERE claim_id = ?", [claim_id])
    return gone


def test_an_upgraded_store_is_re_extracted_once_keeping_ids_and_verdicts(fresh, tmp_path):
    db = copy_of(fresh, tmp_path)
    gone = age(db)
    conflict = sql(db, "SELECT conflict_id FROM conflicts ORDER BY conflict_id LIMIT 1")[0][0]
    sql(db, "INSERT INTO reviews SELECT conflict_id, 'confirmed', 'checked', 'ana', now(), a_speaker, "
            "b_speaker FROM conflict_report WHERE conflict_id = ?", [conflict])
    ingested = sql(db, "SELECT article_id, ingested_at FROM articles ORDER BY 1")

    done = counterclaim("run", str(SEEDS), "--db", str(db), "--no-report")
    assert done.returncode == 0, done.stderr
    assert "unchanged 5; re-extracted 5 stored (no extractor recorded: stored before schema version 6); rejected inputs 0" in done.stdout
    assert "re-extracting 5 stored article(s) extracted by another extractor" in done.stderr
    expected = table_rows(fresh, exclude=("runs", "rejections", "reviews", "conflicts", "schema_version"))
    got = table_rows(db, exclude=("runs", "rejections", "reviews", "conflicts", "schema_version"))
    # the claims the old extractor missed are back, speaker kinds filled, ingested_at kept
    assert got == expected
    assert all(sql(db, "SELECT count(*) FROM claims WHERE claim_id = ?", [c])[0][0] == 1 for c in gone)
    assert sql(db, "SELECT article_id, ingested_at FROM articles ORDER BY 1") == ingested
    assert sql(db, "SELECT conflict_id FROM conflicts ORDER BY 1") == \
        sql(fresh, "SELECT conflict_id FROM conflicts ORDER BY 1")
    assert sql(db, "SELECT status FROM conflict_report WHERE conflict_id = ?", [conflict]) == [("confirmed",)]
    assert sql(db, "SELECT articles_reextracted FROM runs WHERE status = 'completed' "
                   "ORDER BY finished_at DESC LIMIT 1") == [(5,)]

    before = table_rows(db)
    again = counterclaim("run", str(SEEDS), "--db", str(db), "--no-report")
    assert again.returncode == 0, again.stderr
    assert "unchanged 5; rejected inputs 0" in again.stdout and "re-extract" not in again.stdout + again.stderr
    assert table_rows(db) == before


def test_stored_articles_outside_the_inbox_are_re_extracted_unless_turned_off(fresh, tmp_path):
    db = copy_of(fresh, tmp_path)
    age(db)
    one = sorted(SEEDS.iterdir())[0]
    env = {**os.environ, "COUNTERCLAIM_REEXTRACT": "off"}
    import subprocess

    from tests.flows.test_end_to_end import COMMAND

    kept = subprocess.run([*COMMAND, "run", str(one), "--db", str(db), "--no-report"],
                          capture_output=True, text=True, env=env, timeout=600)
    assert kept.returncode == 0, kept.stderr
    assert "re-extract" not in kept.stdout + kept.stderr
    assert sql(db, "SELECT count(*) FROM articles WHERE extractor IS NULL") == [(5,)]
    assert sql(db, "SELECT count(speaker_kind) FROM claims") == [(0,)]

    done = counterclaim("run", str(one), "--db", str(db), "--no-report")
    assert done.returncode == 0, done.stderr
    assert "articles read 1: new 0, changed 0, unchanged 1; re-extracted 5 stored" in done.stdout
    assert sql(db, "SELECT count(*) FROM articles WHERE extractor IS NULL") == [(0,)]
    assert sql(db, "SELECT count(*) FROM claims") == sql(fresh, "SELECT count(*) FROM claims")


def test_conflicts_of_an_unchanged_inbox_are_recomputed_when_the_rules_differ_and_only_then(fresh, tmp_path):
    db = copy_of(fresh, tmp_path)
    dropped = sql(db, "SELECT conflict_id FROM conflicts WHERE conflict_id NOT IN "
                      "(SELECT conflict_id FROM reviews) ORDER BY 1 LIMIT 1")[0][0]
    sql(db, "DELETE FROM conflicts WHERE conflict_id = ?", [dropped])
    same = counterclaim("run", str(SEEDS), "--db", str(db), "--no-report", "-q")
    assert same.returncode == 0, same.stderr
    assert sql(db, "SELECT count(*) FROM conflicts WHERE conflict_id = ?", [dropped]) == [(0,)]

    sql(db, "UPDATE runs SET conflict_rules = 'older rules'")
    other = counterclaim("run", str(SEEDS), "--db", str(db), "--no-report")
    assert other.returncode == 0, other.stderr
    assert "recomputing clusters and conflicts" in other.stderr
    assert sql(db, "SELECT count(*) FROM conflicts WHERE conflict_id = ?", [dropped]) == [(1,)]
