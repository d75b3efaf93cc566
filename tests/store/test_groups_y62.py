"""y62 (u62 #1, #2, #4): each run stores its conflicts' groups (schema 9), `conflict_report`
has them as columns for SQL, and a limit takes the first conflicts of the full report."""

from datetime import date

import store.writes as writes
from claims.models import Article, Claim, ClaimKind, ClusterMember, Conflict, ConflictKind, Quantity, stable_id
from store.connection import open_store
from store.reads import conflict_views
from tests.store.test_store import NOW, run_summary, snapshot

TEXT = ("The union said 71 branches would close. The bank said 64 branches would close. "
        "Staff said 60 branches would close. The bank has 9.6 million customers. "
        "Campaigners said 1.1 million customers used them.")
FIGURES = [("71", 71, "branch"), ("64", 64, "branch"), ("60", 60, "branch"), ("9.6 million", 9.6e6, "customer"),
           ("1.1 million", 1.1e6, "customer")]


def _claims(a):
    out, start = [], 0
    for surface, value, measure in FIGURES:
        end = a.text.index(".", a.text.index(surface) + len(surface)) + 1
        sentence = a.text[start:end].strip()
        at = a.text.index(sentence)
        q = a.text.index(surface, at)
        out.append(Claim(claim_id=stable_id(a.article_id, surface), article_id=a.article_id,
                         kind=ClaimKind.QUANTITATIVE, text=sentence[:-1], sentence=sentence, sentence_start=at,
                         start_char=at, end_char=at + len(sentence) - 1,
                         quantities=[Quantity(surface=surface, start_char=q, end_char=q + len(surface), value=value,
                                              low=value, high=value, unit="count", measure=measure)]))
        start = end
    return out


def _numeric(x, y, reason, score):
    return Conflict(conflict_id=Conflict.make_id(ConflictKind.NUMERIC, x.claim_id, y.claim_id), claim_a=x.claim_id,
                    claim_b=y.claim_id, kind=ConflictKind.NUMERIC, score=score, reason=reason)


def _write(con, run_id="r1"):
    a = Article(article_id="bank", source="bank.txt", text=TEXT, outlet="Broadband & Networks Review",
                published=date(2026, 3, 1))
    b71, b64, b60, c96, c11 = cls = _claims(a)
    members = [ClusterMember(cluster_id="k1", claim_id=c.claim_id, score=1.0, is_representative=c is b71)
               for c in cls]
    conflicts = [
        _numeric(b71, b64, "'71' branches (U) and '64' branches (B) do not overlap", 0.5),
        _numeric(c96, c11, "customers: '9.6 million' (X) and '1.1 million' (C) do not overlap", 0.45),
        _numeric(b71, b60, "'71' branches (U) and '60' branches (S) do not overlap", 0.4),
        _numeric(b64, b60, "'64' branches (B) and '60' branches (S) do not overlap", 0.3),
    ]
    writes.write_run(con, summary=run_summary(run_id), articles=[a], claims=cls, clusters=members,
                     conflicts=conflicts, claim_texts={c.claim_id: c.text for c in cls}, now=NOW)
    return conflicts


def test_a_run_stores_each_conflicts_group_and_the_view_has_it_for_sql(tmp_path):
    with open_store(tmp_path / "s.duckdb") as con:
        conflicts = _write(con)
        rows = dict(con.execute('SELECT conflict_id, "group" || \' \' || group_label FROM conflict_report').fetchall())
    assert rows == {conflicts[0].conflict_id: "k1#bran branches", conflicts[2].conflict_id: "k1#bran branches",
                    conflicts[3].conflict_id: "k1#bran branches", conflicts[1].conflict_id: "k1#cust customers"}


def test_a_rerun_changes_no_group_row(tmp_path):
    with open_store(tmp_path / "s.duckdb") as con:
        _write(con, "r1")
        before = snapshot(con)
        _write(con, "r2")
        assert snapshot(con) == before


def test_a_limit_takes_the_first_conflicts_of_the_full_report_with_their_groups_size(tmp_path):
    with open_store(tmp_path / "s.duckdb") as con:
        conflicts = _write(con)
        full = conflict_views(con)
        first = conflict_views(con, limit=2)
    # branches (best 0.5) are one heading, customers (0.45) after it: the strongest two by
    # score alone would have been 71/64 and the customers
    assert [v.conflict_id for v in full] == [conflicts[i].conflict_id for i in (0, 2, 3, 1)]
    assert [(v.conflict_id, v.group_size) for v in first] == [(conflicts[0].conflict_id, 3),
                                                              (conflicts[2].conflict_id, 3)]


def test_a_schema_8_store_migrates_with_groups_of_the_pairs_of_clusters(tmp_path):
    path = tmp_path / "s.duckdb"
    with open_store(path) as con:
        conflicts = _write(con)
        con.execute("DELETE FROM schema_version WHERE version = 9")
        con.execute("ALTER TABLE conflicts DROP COLUMN group_key")
        con.execute("ALTER TABLE conflicts DROP COLUMN group_label")
    with open_store(path) as con:
        groups = {g for (g,) in con.execute('SELECT "group" FROM conflict_report').fetchall()}
        assert con.execute("SELECT max(version) FROM schema_version").fetchall() == [(9,)]
    assert groups == {"k1"} and len(conflicts) == 4


def test_a_store_of_every_older_schema_migrates_to_the_group_columns(tmp_path):
    """Schema 9 is the last migration of y62 and x62's merge alike (x62 added none): a store
    left at any earlier version reaches it with `conflict_report."group"` to read."""
    import duckdb

    from store.schema import MIGRATIONS, SCHEMA_VERSION

    assert SCHEMA_VERSION == 9
    for version in range(1, SCHEMA_VERSION):
        path = tmp_path / f"v{version}.duckdb"
        with duckdb.connect(str(path)) as con:
            con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL)")
            for number in range(1, version + 1):
                con.execute(MIGRATIONS[number - 1])
                con.execute("INSERT INTO schema_version VALUES (?, now())", [number])
        with open_store(path) as con:
            assert con.execute("SELECT max(version) FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
            columns = {row[0] for row in con.execute("DESCRIBE conflict_report").fetchall()}
            assert {"group", "group_label"} <= columns and conflict_views(con) == []
