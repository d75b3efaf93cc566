"""Writing a run: bulk rows through DuckDB's Appender, in transactions that each leave the
store consistent.

A run of up to `commit_every` articles (500 by default) is one transaction: a failure
anywhere rolls it back, so the store is either as before or fully updated. A longer run
commits its articles in batches (`write_batch`: each article with all its claims and
figures, or not at all) and ends with `write_run` (the last batch, the store-wide clusters
and conflicts, the run's record); a run killed between them loses at most the batch in
flight, and the next run finishes the rest. Ids are deterministic and unchanged rows are
left alone, so a re-run over the same input changes no row; reviews are never touched by
a run.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path

import duckdb

from claims.models import (Article, Claim, ClusterMember, Clusters, Conflict, ConflictKind, Rejection, RunSummary,
                           Verdict, check_review_text)
from store.connection import refuse_snapshot
from store.reads import SNAPSHOT_MARK
from store.transaction import transaction


def write_run(
    con: duckdb.DuckDBPyConnection,
    *,
    summary: RunSummary,
    articles: Sequence[Article],
    claims: Sequence[Claim],
    clusters: Sequence[ClusterMember],
    conflicts: Sequence[Conflict],
    claim_texts: Mapping[str, str],
    now: datetime,
    extractor: str | None = None,
) -> None:
    """Stores new and changed articles with their claims, and the store-wide clusters and
    conflicts recomputed by this run, together with the run's own record. `claim_texts`
    holds the text of (at least) every claim of a conflict: it is kept with the conflict.
    `extractor` is what extracted the articles' claims (`articles.extractor`)."""
    with transaction(con):
        _replace_articles(con, articles, now, extractor)
        _append(con, "claims", (_claim_row(c) for c in claims))
        _append_quantities(con, claims)
        _replace_clusters(con, clusters)
        _merge_conflicts(con, conflicts, claim_texts, now)
        regroup_conflicts(con)
        _put_run(con, summary)


def regroup_conflicts(con: duckdb.DuckDBPyConnection) -> None:
    """(y62) Stores each conflict's group (`conflicts.group_key`, `group_label`: see
    `claims.grouping`), in the run's last transaction, once its clusters and conflicts are
    written: the measure two figures share is read from their sentences' words, which SQL
    cannot. A conflict whose claims are gone (a stale one) keeps the group it had. Rows
    whose group is unchanged are not touched (a re-run changes no row)."""
    from claims.grouping import conflict_group
    from store.reads import _has_column, claims_by_id

    if not _has_column(con, "conflicts", "group_key"):
        return  # a store of an older schema, as tests write one to migrate (stores are migrated first)
    rows = con.execute(
        "SELECT f.conflict_id, f.kind, f.reason, f.claim_a, f.claim_b, ka.cluster_id, kb.cluster_id "
        "FROM conflicts f LEFT JOIN clusters ka ON ka.claim_id = f.claim_a "
        "LEFT JOIN clusters kb ON kb.claim_id = f.claim_b "
        "WHERE f.claim_a IN (SELECT claim_id FROM claims) AND f.claim_b IN (SELECT claim_id FROM claims)"
    ).fetchall()
    if not rows:
        return
    claims = claims_by_id(con, [r[3] for r in rows] + [r[4] for r in rows])
    words = dict(con.execute(
        "SELECT cluster_id, representative_text FROM cluster_info WHERE cluster_id IN (SELECT unnest(?))",
        [sorted({r[5] for r in rows if r[5]} | {r[6] for r in rows if r[6]})]).fetchall())
    groups = [(cid, *conflict_group(cid, ConflictKind(kind), reason, claims.get(a), claims.get(b), ka, kb, words))
              for cid, kind, reason, a, b, ka, kb in rows]
    con.execute("CREATE OR REPLACE TEMP TABLE incoming_groups (conflict_id VARCHAR, group_key VARCHAR, "
                "group_label VARCHAR)")
    _append(con, "incoming_groups", groups)
    con.execute(
        "UPDATE conflicts SET group_key = g.group_key, group_label = g.group_label FROM incoming_groups g "
        "WHERE conflicts.conflict_id = g.conflict_id AND (conflicts.group_key IS DISTINCT FROM g.group_key "
        "OR conflicts.group_label IS DISTINCT FROM g.group_label)")
    con.execute("DROP TABLE incoming_groups")


def write_batch(
    con: duckdb.DuckDBPyConnection,
    *,
    summary: RunSummary,
    articles: Sequence[Article],
    claims: Sequence[Claim],
    now: datetime,
    extractor: str | None = None,
) -> None:
    """One intermediate batch of a long run, in one transaction: the articles with all
    their claims and figures, the run's record as `running`. Clusters and conflicts that
    pointed at claims of replaced articles go (reviewed conflicts stay, marked stale) until
    the run's last transaction recomputes them, so none points at a missing claim."""
    with transaction(con):
        _replace_articles(con, articles, now, extractor)
        _append(con, "claims", (_claim_row(c) for c in claims))
        _append_quantities(con, claims)
        _drop_dangling(con)
        # (u62) Rejections and moved articles' new paths are the run's last transaction's:
        # a run failing after this batch has told neither.
        _put_run(con, summary.model_copy(update={"status": "running", "rejections": [],
                                                 "moved_sources": {}}))


def begin_run(con: duckdb.DuckDBPyConnection, summary: RunSummary) -> int:
    """Records the run as `running` in its own tiny transaction; runs left `running` by a
    process that died are marked `interrupted`. Returns how many were."""
    with transaction(con):
        interrupted = _mark_interrupted(con, summary.run_id)
        _put_run(con, summary.model_copy(update={"status": "running", "rejections": []}))
    return interrupted


def record_run(con: duckdb.DuckDBPyConnection, summary: RunSummary) -> None:
    """A run that wrote nothing else (nothing new, or its write failed) still leaves a
    trace, in its own small transaction."""
    with transaction(con):
        _put_run(con, summary)


def publish_snapshot(con: duckdb.DuckDBPyConnection, target: Path | str) -> Path:
    """Copies the whole store (tables, views) to `target` for readers, atomically: written
    to a temporary file in the same folder, then renamed over `target`. Readers that have
    the old snapshot open keep their consistent view (the renamed-over file lives on until
    they close it); new readers see the new one. Called with the writer's connection, after
    its commit, so the copy is of committed data only."""
    target = Path(target)
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    # Leftovers of a writer killed while publishing (only the writer, holding the store's
    # lock, publishes, so no other publisher's file is removed here).
    _remove(tmp, Path(f"{tmp}.wal"), *target.parent.glob(f".{target.name}.tmp-*"))
    source = con.execute("SELECT current_database()").fetchall()[0][0]
    try:
        con.execute(f"ATTACH {_sql_string(str(tmp))} AS counterclaim_snapshot")
        try:
            con.execute(f"COPY FROM DATABASE {_ident(source)} TO counterclaim_snapshot")
            # The mark that tells a snapshot from the store whatever its file is called
            # (`add_review` refuses a snapshot: the next run replaces it, verdicts and all).
            origin = _sql_string(f"{SNAPSHOT_MARK}{Path(_database_path(con)).resolve()}")
            con.execute(f"COMMENT ON TABLE counterclaim_snapshot.schema_version IS {origin}")
        finally:
            con.execute("DETACH counterclaim_snapshot")
        os.replace(tmp, target)
    finally:
        _remove(tmp, Path(f"{tmp}.wal"))
    return target


def _database_path(con: duckdb.DuckDBPyConnection) -> str:
    return con.execute(
        "SELECT path FROM duckdb_databases() WHERE database_name = current_database()"
    ).fetchall()[0][0]


def add_review(
    con: duckdb.DuckDBPyConnection,
    conflict_id: str,
    verdict: Verdict,
    note: str | None,
    reviewer: str | None,
    now: datetime,
) -> str:
    """Appends a verdict and returns the conflict's id as stored; earlier verdicts are kept
    as the conflict's review history. The id is matched in any case (ids are hex digits,
    copied by hand). A snapshot is refused: the next run replaces it, verdict and all."""
    check_review_text(note, reviewer)  # before anything is looked up or written
    refuse_snapshot(con, _database_path(con), "record verdicts on")
    # an empty name or note is none: analysts filter `reviewer IS NULL`, not both
    reviewer = (reviewer or "").strip() or None
    note = note if note and note.strip() else None
    with transaction(con):
        # (x60) with the speaker each side is shown under now: the verdict is on that
        # attribution, and a later run may move a side to another speaker
        found = con.execute(
            "SELECT conflict_id, a_speaker, b_speaker FROM conflict_report "
            "WHERE lower(conflict_id) = lower(?)",
            [conflict_id.strip()],
        ).fetchall()
        if not found:
            raise KeyError(conflict_id)
        con.execute(
            "INSERT INTO reviews (conflict_id, verdict, note, reviewer, reviewed_at, claim_a_speaker, "
            "claim_b_speaker) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [found[0][0], verdict.value, note, reviewer, now, found[0][1], found[0][2]],
        )
    return found[0][0]


def _replace_articles(con: duckdb.DuckDBPyConnection, articles: Sequence[Article], now: datetime,
                      extractor: str | None = None) -> None:
    """Replaces the articles' rows, claims and figures. An article stored with the same text
    and metadata (re-extracted by a newer extractor, x54) keeps its `ingested_at`: that is
    when this version of it was stored, and it has not changed."""
    if not articles:
        return
    con.execute(
        "CREATE OR REPLACE TEMP TABLE incoming_articles (article_id VARCHAR, sha256 VARCHAR, "
        "outlet VARCHAR, title VARCHAR, url VARCHAR, published DATE)"
    )
    _append(con, "incoming_articles",
            ((a.article_id, a.sha256, a.outlet, a.title, a.url, a.published) for a in articles))
    kept = dict(con.execute(
        "SELECT a.article_id, a.ingested_at FROM articles a JOIN incoming_articles i USING (article_id) "
        "WHERE a.sha256 = i.sha256 AND a.outlet IS NOT DISTINCT FROM i.outlet "
        "AND a.title IS NOT DISTINCT FROM i.title AND a.url IS NOT DISTINCT FROM i.url "
        "AND a.published IS NOT DISTINCT FROM i.published"
    ).fetchall())
    con.execute(
        "DELETE FROM quantities WHERE claim_id IN (SELECT claim_id FROM claims "
        "WHERE article_id IN (SELECT article_id FROM incoming_articles))"
    )
    con.execute("DELETE FROM claims WHERE article_id IN (SELECT article_id FROM incoming_articles)")
    con.execute("DELETE FROM articles WHERE article_id IN (SELECT article_id FROM incoming_articles)")
    con.execute("DROP TABLE incoming_articles")
    _append(
        con,
        "articles",
        (_article_row(a, kept.get(a.article_id, now), extractor) for a in articles),
    )


def _article_row(a: Article, ingested_at: datetime, extractor: str | None) -> tuple:
    return (a.article_id, a.source, a.outlet, a.title, a.url, a.published, a.sha256, a.text,
            ingested_at, extractor)


def _record_stale_counts(con: duckdb.DuckDBPyConnection, run_id: str) -> None:
    """(x58) The stale conflicts kept for their verdicts as the run leaves the store, by
    reason (`ConflictView.stale_because`), in the run's own transaction: the counts its
    summary prints ("+21 stale with verdicts, 21 no longer found with their claims unchanged"),
    which had been printed and never stored."""
    con.execute(
        "UPDATE runs SET stale_conflicts = s.n, stale_by_rules = s.rules, "
        "stale_by_claims = s.n - s.rules FROM (SELECT count(*) AS n, count(*) FILTER "
        "(WHERE a_claim_state = 'current' AND b_claim_state = 'current') AS rules "
        "FROM conflict_report WHERE stale) s WHERE runs.run_id = ?", [run_id])


def _put_run(con: duckdb.DuckDBPyConnection, summary: RunSummary) -> None:
    """The run's record (replacing its `running` one), its rejections, and where its moved
    articles are read from now."""
    _mark_interrupted(con, summary.run_id)
    if summary.moved_sources:  # a whole inbox may have moved: one statement, not one per article
        con.execute("CREATE OR REPLACE TEMP TABLE moved_articles (article_id VARCHAR, source VARCHAR)")
        _append(con, "moved_articles", sorted(summary.moved_sources.items()))
        con.execute("UPDATE articles SET source = m.source FROM moved_articles m "
                    "WHERE articles.article_id = m.article_id")
        con.execute("DROP TABLE moved_articles")
    con.execute("DELETE FROM runs WHERE run_id = ?", [summary.run_id])
    _append(con, "runs", [_run_row(summary)])
    _record_stale_counts(con, summary.run_id)
    if summary.rejections:
        con.execute("DELETE FROM rejections WHERE run_id = ?", [summary.run_id])
        _append(con, "rejections", (_rejection_row(summary.run_id, r) for r in summary.rejections))


def _mark_interrupted(con: duckdb.DuckDBPyConnection, run_id: str) -> int:
    """Other runs still `running` died without finishing (one writer at a time; a run that
    is in fact alive puts its own record back at its next write)."""
    return con.execute(
        "UPDATE runs SET status = 'interrupted' WHERE status = 'running' AND run_id <> ?", [run_id]
    ).fetchall()[0][0]


def _drop_dangling(con: duckdb.DuckDBPyConnection) -> None:
    """Clusters with a member whose claim is gone are dropped whole; conflicts on a missing
    claim are deleted, or marked stale when reviewed (their texts are kept)."""
    con.execute(
        "DELETE FROM clusters WHERE cluster_id IN (SELECT cluster_id FROM clusters "
        "WHERE claim_id NOT IN (SELECT claim_id FROM claims))"
    )
    dangling = (
        "(claim_a NOT IN (SELECT claim_id FROM claims) OR claim_b NOT IN (SELECT claim_id FROM claims))"
    )
    con.execute(
        f"UPDATE conflicts SET stale = true WHERE NOT stale AND {dangling} "
        "AND conflict_id IN (SELECT conflict_id FROM reviews)"
    )
    con.execute(
        f"DELETE FROM conflicts WHERE {dangling} "
        "AND conflict_id NOT IN (SELECT conflict_id FROM reviews)"
    )


def _sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _remove(*paths: Path) -> None:
    for path in paths:
        try:
            path.unlink()
        except FileNotFoundError:
            pass


def _replace_clusters(con: duckdb.DuckDBPyConnection, clusters: Sequence[ClusterMember]) -> None:
    """Clusters are recomputed over the whole store each run; identical input gives
    identical rows, so deleting and re-adding them changes nothing a reader can see."""
    con.execute("DELETE FROM clusters")
    rows = (clusters.rows() if isinstance(clusters, Clusters)
            else ((m.cluster_id, m.claim_id, m.score, m.is_representative) for m in clusters))
    _append(con, "clusters", rows)


def _merge_conflicts(
    con: duckdb.DuckDBPyConnection,
    conflicts: Sequence[Conflict],
    claim_texts: Mapping[str, str],
    now: datetime,
) -> None:
    """New conflicts are added with first_seen = now; those found again keep their
    first_seen; those no longer found are deleted, unless reviewed: then they stay, marked
    stale, with the claims' texts kept so the review still reads. Set-based (one staging
    table, four statements) because a rule change can alter thousands of conflicts at once."""
    con.execute(
        "CREATE OR REPLACE TEMP TABLE incoming_conflicts AS SELECT conflict_id, claim_a, claim_b, kind, "
        "score, reason, claim_a_text, claim_b_text FROM conflicts LIMIT 0"
    )
    _append(
        con,
        "incoming_conflicts",
        (
            (c.conflict_id, c.claim_a, c.claim_b, c.kind.value, c.score, c.reason,
             claim_texts[c.claim_a], claim_texts[c.claim_b])
            for c in conflicts
        ),
    )
    reviewed = "conflict_id IN (SELECT conflict_id FROM reviews)"
    gone = "conflict_id NOT IN (SELECT conflict_id FROM incoming_conflicts)"
    con.execute(f"DELETE FROM conflicts WHERE {gone} AND NOT {reviewed}")
    con.execute(f"UPDATE conflicts SET stale = true WHERE {gone} AND {reviewed} AND NOT stale")
    con.execute(
        "UPDATE conflicts SET score = i.score, reason = i.reason, stale = false, "
        "claim_a = i.claim_a, claim_b = i.claim_b, claim_a_text = i.claim_a_text, "
        "claim_b_text = i.claim_b_text "
        "FROM incoming_conflicts AS i WHERE conflicts.conflict_id = i.conflict_id "
        "AND (conflicts.score IS DISTINCT FROM i.score OR conflicts.reason IS DISTINCT FROM i.reason "
        "OR conflicts.stale)"
    )
    con.execute(
        "INSERT INTO conflicts (conflict_id, claim_a, claim_b, kind, score, reason, first_seen, stale, "
        "claim_a_text, claim_b_text) SELECT i.conflict_id, i.claim_a, i.claim_b, i.kind, i.score, "
        "i.reason, ?, false, i.claim_a_text, i.claim_b_text FROM incoming_conflicts AS i "
        "WHERE i.conflict_id NOT IN (SELECT conflict_id FROM conflicts)",
        [now],
    )
    for side in ("a", "b"):
        _copy_claim_context(con, side)
    con.execute("DROP TABLE incoming_conflicts")


# What a conflict keeps of each side's claim and article (schema migration 3), and where
# it is read from: the copy a stale conflict shows once its claim is gone.
_CONTEXT = (
    ("sentence", "c.sentence"), ("offset_in_sentence", "c.start_char - c.sentence_start"),
    ("speaker", "c.speaker"), ("speaker_role", "c.speaker_role"), ("speaker_kind", "c.speaker_kind"),
    ("article_id", "c.article_id"),
    ("outlet", "a.outlet"), ("published", "a.published"), ("title", "a.title"), ("url", "a.url"),
    # (x60, schema 8) where the claim stood, its first figure's measure, and the article's
    # text and extractor it was found on: what tells a re-cut claim (same text, another
    # extractor) from an edited article, and a replacing conflict from an unrelated one
    ("start_char", "c.start_char"), ("end_char", "c.end_char"), ("measure", "q.measure"),
    ("article_sha256", "a.sha256"), ("extractor", "a.extractor"),
)


def _copy_claim_context(con: duckdb.DuckDBPyConnection, side: str) -> None:
    """Copies into the conflicts found by this run what the reviewer sees of one side, so
    that it still reads when the claim or its article is gone. Rows already holding the
    same values are not touched (a re-run changes no row)."""
    columns = [(f"claim_{side}_{name}", value) for name, value in _CONTEXT]
    con.execute(
        f"UPDATE conflicts SET {', '.join(f'{col} = {value}' for col, value in columns)} "
        "FROM claims c JOIN articles a USING (article_id) "
        "LEFT JOIN (SELECT claim_id, arg_min(measure, start_char) AS measure FROM quantities "
        f"WHERE claim_id IN (SELECT claim_{side} FROM incoming_conflicts) GROUP BY claim_id) q "
        "ON q.claim_id = c.claim_id "
        f"WHERE c.claim_id = conflicts.claim_{side} "
        "AND conflicts.conflict_id IN (SELECT conflict_id FROM incoming_conflicts) "
        f"AND ({' OR '.join(f'conflicts.{col} IS DISTINCT FROM {value}' for col, value in columns)})"
    )


_ENTITY_SEPARATOR = "\x1f"  # a control character: never inside an entity's name


def _append(con: duckdb.DuckDBPyConnection, table: str, rows: Iterable[tuple]) -> None:
    with con.appender(table) as appender:
        batch: list[tuple] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= 10_000:
                appender.append_rows(batch)
                batch.clear()
        if batch:
            appender.append_rows(batch)


def _append_quantities(con: duckdb.DuckDBPyConnection, claims: Sequence[Claim]) -> None:
    """The claims' figures. Their `entities` lists go through a staging table as one string
    each, split in SQL: the Appender converts a Python list per row several times slower
    than a string (about a third of a 100,000-claim write)."""
    con.execute(
        "CREATE OR REPLACE TEMP TABLE incoming_quantities AS "
        "SELECT * EXCLUDE (entities), ''::VARCHAR AS entities FROM quantities LIMIT 0"
    )
    _append(con, "incoming_quantities", (row for c in claims for row in _quantity_rows(c)))
    con.execute(
        "INSERT INTO quantities SELECT * EXCLUDE (entities), "
        f"CASE WHEN entities = '' THEN []::VARCHAR[] ELSE string_split(entities, '{_ENTITY_SEPARATOR}') END "
        "FROM incoming_quantities"
    )
    con.execute("DROP TABLE incoming_quantities")


def _claim_row(c: Claim) -> tuple:
    return (
        c.claim_id, c.article_id, c.kind.value, c.text, c.sentence, c.sentence_start,
        c.start_char, c.end_char, c.speaker, c.speaker_mention, c.speaker_role, c.cue, c.is_quote,
        c.speaker_kind,
    )


def _quantity_rows(c: Claim) -> Iterable[tuple]:
    for i, q in enumerate(c.quantities):
        yield (
            c.quantity_id(i), c.claim_id, q.surface, q.start_char, q.end_char, q.value, q.low,
            q.high, q.unit, q.per, q.measure, q.qualifier, q.kind.value, _ENTITY_SEPARATOR.join(q.entities),
        )


def _run_row(s: RunSummary) -> tuple:
    return (
        s.run_id, s.started_at, s.finished_at, s.articles_read, s.articles_new, s.articles_changed,
        s.articles_unchanged, s.articles_rejected, s.claims, s.clusters, s.conflicts, s.status,
        s.articles_reextracted, s.conflict_rules,
        None, None, None,  # (x58) stale_conflicts, stale_by_rules, stale_by_claims: `_put_run`
    )


def _rejection_row(run_id: str, r: Rejection) -> tuple:
    return (run_id, r.source, r.line, r.reason)
