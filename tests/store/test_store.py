from datetime import date, datetime

import duckdb
import pytest

import store.writes as writes
from claims.models import (
    Article, Claim, ClaimKind, ClusterMember, Conflict, ConflictKind, Quantity, RunSummary,
    Verdict, stable_id,
)
from store.connection import StoreError, open_store
from store.reads import conflict_views, load_claim_refs, load_stored_claims, store_counts
from store.schema import SCHEMA_VERSION, TABLES

NOW = datetime(2024, 5, 1, 12, 0, 0)


def article(article_id="a1", text="Officials said turnout was 61%. Rivals called that figure inflated."):
    return Article(article_id=article_id, source=f"{article_id}.txt", text=text, outlet="The Ledger",
                   published=date(2024, 5, 1))


def claims_of(a):
    first = a.text.index("turnout")
    end_first = a.text.index(".")
    second = a.text.index("that figure")
    c1 = Claim(claim_id=stable_id(a.article_id, 1), article_id=a.article_id, kind=ClaimKind.BOTH,
               text=a.text[first:end_first], sentence=a.text[: end_first + 1], sentence_start=0,
               start_char=first, end_char=end_first, speaker="Officials", speaker_mention="Officials",
               cue="said",
               quantities=[Quantity(surface="61%", start_char=a.text.index("61%"),
                                    end_char=a.text.index("61%") + 3, value=61, low=60.5, high=61.5,
                                    unit="percent", measure="turnout")])
    c2 = Claim(claim_id=stable_id(a.article_id, 2), article_id=a.article_id, kind=ClaimKind.ATTRIBUTED,
               text=a.text[second:-1], sentence=a.text[end_first + 2:], sentence_start=end_first + 2,
               start_char=second, end_char=len(a.text) - 1, speaker="Rivals", cue="called")
    return [c1, c2]


def run_summary(run_id="r1"):
    return RunSummary(run_id=run_id, started_at=NOW, finished_at=NOW, articles_read=1, articles_new=1,
                      status="completed")


def write(con, run_id="r1", arts=None):
    arts = arts if arts is not None else [article()]
    cls = [c for a in arts for c in claims_of(a)]
    members = [ClusterMember(cluster_id="k1", claim_id=cls[0].claim_id, score=1.0, is_representative=True),
               ClusterMember(cluster_id="k1", claim_id=cls[1].claim_id, score=0.8)]
    conflict = Conflict(conflict_id=Conflict.make_id(ConflictKind.DISPUTE, cls[0].claim_id, cls[1].claim_id),
                        claim_a=cls[0].claim_id, claim_b=cls[1].claim_id, kind=ConflictKind.DISPUTE,
                        score=0.9, reason="Rivals reject the figure")
    writes.write_run(con, summary=run_summary(run_id), articles=arts, claims=cls, clusters=members,
                     conflicts=[conflict], claim_texts={c.claim_id: c.text for c in cls}, now=NOW)
    return cls, conflict


def snapshot(con):
    return {t: sorted(map(repr, con.execute(f"SELECT * FROM {t}").fetchall()))
            for t in TABLES if t not in ("runs", "rejections")}


def test_fresh_store_has_the_schema(tmp_path):
    with open_store(tmp_path / "s.duckdb") as con:
        assert con.execute("SELECT max(version) FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]


def test_claim_text_is_the_article_slice(tmp_path):
    with open_store(tmp_path / "s.duckdb") as con:
        write(con)
        rows = con.execute("SELECT c.text, a.text, c.start_char, c.end_char FROM claims c "
                           "JOIN articles a USING (article_id)").fetchall()
    assert rows and all(text == body[s:e] for text, body, s, e in rows)


def test_rerun_of_the_same_input_changes_no_row(tmp_path):
    path = tmp_path / "s.duckdb"
    with open_store(path) as con:
        write(con, "r1")
        before = snapshot(con)
        write(con, "r2")
        assert snapshot(con) == before
        assert con.execute("SELECT count(*) FROM runs").fetchall() == [(2,)]


def test_failure_mid_write_leaves_the_store_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "s.duckdb"
    with open_store(path) as con:
        write(con, "r1")
        before = snapshot(con)

    def explode(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(writes, "_merge_conflicts", explode)
    changed = article(text="Officials said turnout was 61%. Rivals called that figure much inflated.")
    with open_store(path) as con:
        with pytest.raises(RuntimeError, match="disk on fire"):
            write(con, "r2", [changed])
        assert snapshot(con) == before
        assert con.execute("SELECT run_id FROM runs").fetchall() == [("r1",)]


def test_reviews_survive_reruns_and_a_vanished_conflict_turns_stale(tmp_path):
    path = tmp_path / "s.duckdb"
    with open_store(path) as con:
        _, conflict = write(con, "r1")
        writes.add_review(con, conflict.conflict_id, Verdict.CONFIRMED, "checked", "ana", NOW)
        write(con, "r2")
        (view,) = conflict_views(con)
        assert (view.status, view.review_note, view.stale) == ("confirmed", "checked", False)
        # The article changes and the conflict is not found any more: it stays, stale.
        writes.write_run(con, summary=run_summary("r3"), articles=[article(text="Nothing to see.")],
                         claims=[], clusters=[], conflicts=[], claim_texts={}, now=NOW)
        (view,) = conflict_views(con)
        assert view.stale and view.status == "confirmed"
        assert view.a_text == "turnout was 61%"
        assert con.execute("SELECT count(*) FROM reviews").fetchall() == [(1,)]


def test_unreviewed_conflict_that_vanishes_is_removed(tmp_path):
    with open_store(tmp_path / "s.duckdb") as con:
        write(con, "r1")
        writes.write_run(con, summary=run_summary("r2"), articles=[article(text="Nothing.")],
                         claims=[], clusters=[], conflicts=[], claim_texts={}, now=NOW)
        assert store_counts(con).conflicts == 0
        assert con.execute("SELECT count(*) FROM conflicts").fetchall() == [(0,)]


def test_review_of_unknown_conflict_is_refused(tmp_path):
    with open_store(tmp_path / "s.duckdb") as con:
        with pytest.raises(KeyError):
            writes.add_review(con, "nope", Verdict.DISMISSED, None, None, NOW)
        assert con.execute("SELECT count(*) FROM reviews").fetchall() == [(0,)]


def test_claim_refs_round_trip_with_quantities(tmp_path):
    with open_store(tmp_path / "s.duckdb") as con:
        written, _ = write(con)
        refs = load_claim_refs(con)
        assert [r.claim for r in refs] == written
        assert refs[0].outlet == "The Ledger"
        assert load_claim_refs(con, except_articles={"a1"}) == []


def test_stored_claims_are_the_claim_refs_as_records(tmp_path):
    with open_store(tmp_path / "s.duckdb") as con:
        written, _ = write(con)
        refs, records = load_claim_refs(con), load_stored_claims(con)
        assert [r.claim.as_claim() for r in records] == written == [r.claim for r in refs]
        assert [(r.outlet, r.published) for r in records] == [(r.outlet, r.published) for r in refs]
        figure = next(q for r in records for q in r.claim.quantities)
        moved = figure.model_copy(update={"value": 1.0, "unit": "x"})
        assert (moved.value, moved.unit, moved.surface) == (1.0, "x", figure.surface)
        assert figure.value != 1.0  # a copy, as pydantic's
        assert load_stored_claims(con, except_articles={"a1"}) == []


def test_corrupt_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "notes.duckdb"
    path.write_bytes(b"these are my notes, not a database" * 10)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a DuckDB database file"):
        with open_store(path):
            pass
    assert path.read_bytes() == before


def test_foreign_duckdb_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE sales (id INTEGER)")
    con.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a counterclaim store"):
        with open_store(path):
            pass
    assert path.read_bytes() == before


def test_read_only_open_of_missing_file_says_so(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        with open_store(tmp_path / "missing.duckdb", read_only=True):
            pass


def test_conflict_found_again_keeps_first_seen_takes_new_score_and_stops_being_stale(tmp_path):
    later = datetime(2024, 6, 1)
    with open_store(tmp_path / "s.duckdb") as con:
        cls, conflict = write(con, "r1")
        writes.add_review(con, conflict.conflict_id, Verdict.UNCLEAR, None, None, NOW)
        texts = {c.claim_id: c.text for c in cls}
        writes._merge_conflicts(con, [], texts, later)
        assert con.execute("SELECT stale FROM conflicts").fetchall() == [(True,)]
        rescored = conflict.model_copy(update={"score": 0.5, "reason": "rescored"})
        writes._merge_conflicts(con, [rescored], texts, later)
        assert con.execute("SELECT score, reason, stale, first_seen FROM conflicts").fetchall() == [
            (0.5, "rescored", False, NOW)
        ]


def test_a_store_of_schema_1_migrates_in_place_and_keeps_its_reviews(tmp_path, monkeypatch):
    """Schema 2 lets claims.kind be 'narrated'; a store written before it is rebuilt in
    place (DuckDB cannot alter a CHECK) with every claim, conflict and review kept."""
    import store.schema as schema

    path = tmp_path / "s.duckdb"
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 1)
    monkeypatch.setattr(writes, "_copy_claim_context", lambda con, side: None)  # schema 3's
    monkeypatch.setattr(writes, "_claim_row", lambda c, row=writes._claim_row: row(c)[:-1])  # schema 5's kind
    monkeypatch.setattr(writes, "_article_row", lambda *a, row=writes._article_row: row(*a)[:-1])  # schema 6's
    monkeypatch.setattr(writes, "_run_row", lambda s, row=writes._run_row: row(s)[:-5])  # schema 6's, 7's
    monkeypatch.setattr(writes, "_record_stale_counts", lambda con, run_id: None)  # schema 7's
    with open_store(path) as con:
        cls, conflict = write(con, "r1")
        # as schema 1's add_review wrote it (schema 8 adds the speakers at the verdict)
        con.execute("INSERT INTO reviews VALUES (?, 'confirmed', 'checked', 'ana', ?)",
                    [conflict.conflict_id, NOW])
        with pytest.raises(duckdb.ConstraintException):
            con.execute("UPDATE claims SET kind = 'narrated' WHERE claim_id = ?", [cls[1].claim_id])
        before = snapshot(con)
    monkeypatch.undo()
    with open_store(path) as con:
        assert con.execute("SELECT max(version) FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
        # (migration 3 adds to conflicts the copy of its claims' context)
        # (and migration 5 the speaker's kind to claims, NULL for claims stored before)
        # (and migration 6 the extractor to articles, NULL for articles stored before)
        # (and migration 8 to reviews the speakers at the verdict: here as when it was given)
        changed = {"schema_version": None, "conflicts": None, "claims": None, "articles": None, "reviews": None}
        assert snapshot(con) | changed == before | changed
        assert sorted(map(repr, con.execute(
            "SELECT * EXCLUDE (claim_a_speaker, claim_b_speaker) FROM reviews").fetchall())) == before["reviews"]
        assert con.execute("SELECT claim_a_speaker, claim_b_speaker FROM reviews").fetchall() == \
            [("Officials", "Rivals")]
        assert sorted(map(repr, con.execute("SELECT * EXCLUDE (speaker_kind) FROM claims").fetchall())) == \
            before["claims"]
        assert sorted(map(repr, con.execute("SELECT * EXCLUDE (extractor) FROM articles").fetchall())) == \
            before["articles"]
        assert con.execute("SELECT DISTINCT speaker_kind FROM claims").fetchall() == [(None,)]
        assert con.execute("SELECT count(*) FROM conflicts").fetchall() == [(1,)]
        (view,) = conflict_views(con)
        assert (view.status, view.review_note, view.a_text) == ("confirmed", "checked", "turnout was 61%")
        con.execute("UPDATE claims SET kind = 'narrated' WHERE claim_id = ?", [cls[1].claim_id])
        with pytest.raises(duckdb.ConstraintException):
            con.execute("UPDATE claims SET kind = 'opinion' WHERE claim_id = ?", [cls[1].claim_id])


def test_a_narrated_claim_is_stored_and_read_back(tmp_path):
    a = article(text="Officials said turnout was 61%. Talks broke down late on Sunday.")
    start = a.text.index("Talks")
    narrated = Claim(claim_id=stable_id(a.article_id, 3), article_id=a.article_id, kind=ClaimKind.NARRATED,
                     text=a.text[start:], sentence=a.text[start:], sentence_start=start, start_char=start,
                     end_char=len(a.text), speaker="The Ledger")
    with open_store(tmp_path / "s.duckdb") as con:
        writes.write_run(con, summary=run_summary(), articles=[a], claims=[narrated], clusters=[], conflicts=[],
                         claim_texts={}, now=NOW)
        (ref,) = load_claim_refs(con)
    assert (ref.claim.kind, ref.claim.speaker, ref.outlet) == (ClaimKind.NARRATED, "The Ledger", "The Ledger")


def test_figures_keep_their_entities_empty_one_or_several(tmp_path):
    a = article()
    c1, c2 = claims_of(a)
    q = c1.quantities[0]
    figures = [q.model_copy(update=dict(entities=entities, start_char=q.start_char + i, end_char=q.end_char + i))
               for i, entities in enumerate([[], ["Ledger"], ["Officials", "O'Brien & Co, Ltd.", "Ünïcode"]])]
    c1 = c1.model_copy(update=dict(quantities=figures))
    with open_store(tmp_path / "s.duckdb") as con:
        writes.write_run(con, summary=run_summary(), articles=[a], claims=[c1, c2], clusters=[], conflicts=[],
                         claim_texts={}, now=NOW)
        stored = con.execute("SELECT entities FROM quantities ORDER BY start_char").fetchall()
        (back,) = [r.claim for r in load_claim_refs(con) if r.claim.claim_id == c1.claim_id]
    assert [row[0] for row in stored] == [[], ["Ledger"], ["Officials", "O'Brien & Co, Ltd.", "Ünïcode"]]
    assert [f.entities for f in back.quantities] == [f.entities for f in figures]
