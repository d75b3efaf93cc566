"""Round p55 (review of x54/y54).

- A schema-5 store read read-only (triage, while a reader holds the file so nothing migrated
  it) lacks `articles.extractor` and `runs.conflict_rules`: the reads treat the rules as
  unknown and every stored article as outdated instead of failing the run (BinderError).
- `run_lock_held` tells serve whether a run into the store is alive."""

import duckdb

from store.reads import conflict_rules, outdated_articles, stored_texts
from store.run_lock import run_lock, run_lock_held
from store.schema import MIGRATIONS, SCHEMA_VERSION, migrate


def _store(path, version: int):
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL)")
    for number in range(1, version + 1):
        con.execute(MIGRATIONS[number - 1])
        con.execute("INSERT INTO schema_version VALUES (?, now())", [number])
    con.execute("INSERT INTO articles (article_id, source, sha256, text, ingested_at) VALUES "
                "('b', 'in/b.txt', 'h2', 'The council said 40 homes.', now()), "
                "('a', 'in/a.txt', 'h1', 'The mayor said 30 homes.', now())")
    con.close()


def test_a_schema_5_store_read_read_only_has_unknown_rules_and_every_article_outdated(tmp_path):
    db = tmp_path / "old.duckdb"
    _store(db, 5)
    with duckdb.connect(str(db), read_only=True) as con:
        assert conflict_rules(con) is None
        assert [a.article_id for a in outdated_articles(con, "x")] == ["a", "b"]


def test_near_miss_a_migrated_store_still_reads_the_extractor_and_rules(tmp_path):
    db = tmp_path / "new.duckdb"
    _store(db, 5)
    with duckdb.connect(str(db)) as con:
        assert migrate(con) == SCHEMA_VERSION
        con.execute("UPDATE articles SET extractor = 'x' WHERE article_id = 'a'")
    with duckdb.connect(str(db), read_only=True) as con:
        assert conflict_rules(con) is None  # no completed run
        assert [a.article_id for a in outdated_articles(con, "x")] == ["b"]


def test_run_lock_held_while_a_run_holds_it_and_not_after(tmp_path):
    db = tmp_path / "s.duckdb"
    assert not run_lock_held(db)  # no lock file yet
    assert not (tmp_path / "s.duckdb.run-lock").exists()
    with run_lock(db):
        assert run_lock_held(db)
    assert not run_lock_held(db)


def test_outdated_articles_without_text_and_their_texts_per_batch(tmp_path):
    """p55: triage reads the outdated articles without their text (after an upgrade, the
    whole corpus); the flow reads the texts per batch. Near miss: with_text still reads it."""
    from flows.pipeline import _with_stored_texts

    db = tmp_path / "s.duckdb"
    _store(db, 5)
    with duckdb.connect(str(db)) as con:
        migrate(con)
    with duckdb.connect(str(db), read_only=True) as con:
        stubs = outdated_articles(con, "x", with_text=False)
        assert [a.text for a in stubs] == ["", ""]
        assert [a.text for a in outdated_articles(con, "x")] == [
            "The mayor said 30 homes.", "The council said 40 homes."]
        assert stored_texts(con, ["b"]) == {"b": "The council said 40 homes."}
        assert stored_texts(con, []) == {}
    batch = _with_stored_texts(str(db), {"a"}, stubs)
    assert [a.text for a in batch] == ["The mayor said 30 homes.", ""]  # only those named
    assert batch[0].sha256 != stubs[0].sha256 and stubs[0].text == ""
