"""The read queries behind the review desk (`counterclaim ui`) and the exports.

Every function takes a connection the caller opened for one request and closes at once:
the desk never holds the file between requests, so a scheduled run can always write.
Filters are bound parameters, never pasted into the SQL; the few identifiers that vary
(sort order, table names) come from fixed lists here.

Search is ILIKE over the claims' text and sentences, word by word: DuckDB's `fts`
extension would rank better but has to be downloaded, and the desk must work offline.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from claims.models import ConflictView
from store.reads import _status_where  # one meaning of a status for report and desk
from store.reads import REATTRIBUTED, with_names_since_verdict, with_stale_rules
from store.schema import TABLES, VIEWS

# ?sort= values of the conflicts page -> ORDER BY (stale conflicts always last).
CONFLICT_ORDERS = {
    "score": "score DESC",
    "score_asc": "score ASC",
    "newest": "first_seen DESC, score DESC",
    "published": "greatest(a_published, b_published) DESC NULLS LAST, score DESC",
}
SEARCH_COLUMNS = ("a_text", "b_text", "a_sentence", "b_sentence")


def _like(word: str) -> str:
    """`%word%` with LIKE's own wildcards taken literally (escaped with a backslash)."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _rows(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def find_conflicts(
    con: duckdb.DuckDBPyConnection,
    *,
    kind: str | None = None,
    status: str | None = None,
    outlet: str | None = None,
    speaker: str | None = None,
    since: date | None = None,
    until: date | None = None,
    search: str | None = None,
    order: str = "score",
    limit: int | None = None,
) -> list[ConflictView]:
    """Rows of `conflict_report` matching every filter given.

    `status` is what `report --status` takes: `open`, a verdict, `stale` (kept for its
    verdict) or `reattributed` (a side shown under another speaker than when judged).

    `outlet` is matched exactly and `speaker` as a case-insensitive part of either claim's
    speaker; a conflict is in the date range when either claim's article was published in
    it; every word of `search` must occur in one of the claims or their sentences.
    """
    if order not in CONFLICT_ORDERS:
        raise ValueError(f"unknown order {order!r}; expected one of {', '.join(CONFLICT_ORDERS)}")
    where: list[str] = []
    params: list[Any] = []
    if kind:
        where.append("kind = ?")
        params.append(kind)
    if status:
        # (x62, u62) the statuses of `report --status`: open, a verdict, stale, reattributed
        condition, values = _status_where(status)
        where.append(condition.removeprefix("WHERE "))
        params += values
    if outlet:
        where.append("(a_outlet = ? OR b_outlet = ?)")
        params += [outlet, outlet]
    if speaker:
        where.append("(a_speaker ILIKE ? ESCAPE '\\' OR b_speaker ILIKE ? ESCAPE '\\')")
        params += [_like(speaker), _like(speaker)]
    if since or until:
        sides = []
        for side in ("a", "b"):
            parts = [f"{side}_published IS NOT NULL"]
            if since:
                parts.append(f"{side}_published >= ?")
                params.append(since)
            if until:
                parts.append(f"{side}_published <= ?")
                params.append(until)
            sides.append("(" + " AND ".join(parts) + ")")
        where.append("(" + " OR ".join(sides) + ")")
    for word in (search or "").split():
        where.append("(" + " OR ".join(f"coalesce({c}, '') ILIKE ? ESCAPE '\\'" for c in SEARCH_COLUMNS) + ")")
        params += [_like(word)] * len(SEARCH_COLUMNS)
    sql = "SELECT * FROM conflict_report"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY stale, {CONFLICT_ORDERS[order]}, conflict_id"
    if limit:
        sql += f" LIMIT {int(limit)}"
    views = [ConflictView.model_validate(row) for row in _rows(con.execute(sql, params))]
    # (x62) a side only named since the verdict is no re-attribution (claims.naming)
    views = with_names_since_verdict(con, views)
    return [v for v in views if v.reattributed_since_verdict] if status == REATTRIBUTED else views


def conflict_facets(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    """The values the conflicts page offers in its filters: those that occur."""
    def values(sql: str) -> list[str]:
        return [v for (v,) in con.execute(sql).fetchall() if v is not None]

    return {
        "kinds": values("SELECT DISTINCT kind FROM conflicts ORDER BY 1"),
        "outlets": values(
            "SELECT DISTINCT o FROM (SELECT a_outlet AS o FROM conflict_report "
            "UNION SELECT b_outlet FROM conflict_report) ORDER BY 1"
        ),
        "speakers": values(
            "SELECT DISTINCT s FROM (SELECT a_speaker AS s FROM conflict_report "
            "UNION SELECT b_speaker FROM conflict_report) ORDER BY 1"
        ),
    }


def conflict_view(con: duckdb.DuckDBPyConnection, conflict_id: str) -> ConflictView | None:
    """The conflict whose id is `conflict_id` in any case (ids are hex digits, copied by
    hand; `review` matches them so too)."""
    rows = _rows(con.execute("SELECT * FROM conflict_report WHERE lower(conflict_id) = lower(?)",
                             [conflict_id.strip()]))
    # (x62) a stale conflict's page says why as the report does (`stale_rules`)
    if not rows:
        return None
    return with_names_since_verdict(con, with_stale_rules(con, [ConflictView.model_validate(rows[0])]))[0]


def claims_in_context(con: duckdb.DuckDBPyConnection, claim_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Each claim with its offsets and its whole article (text, source, url...), by claim id;
    claims of articles since changed are missing."""
    if not claim_ids:
        return {}
    rows = _rows(con.execute(
        "SELECT c.claim_id, c.kind, c.text, c.start_char, c.end_char, c.speaker, c.speaker_role, "
        "c.speaker_mention, c.cue, c.is_quote, a.article_id, a.source, a.outlet, a.title, a.url, "
        "a.published, a.text AS article_text "
        "FROM claims c JOIN articles a USING (article_id) WHERE list_contains(?, c.claim_id)",
        [list(claim_ids)],
    ))
    return {row["claim_id"]: row for row in rows}


def cluster_neighbours(con: duckdb.DuckDBPyConnection, claim_ids: Sequence[str]) -> list[dict[str, Any]]:
    """The other claims of the clusters these claims belong to, most alike first."""
    return _rows(con.execute(
        "SELECT k.cluster_id, k.claim_id, k.score, k.is_representative, c.text, c.speaker, "
        "c.article_id, a.outlet, a.published "
        "FROM clusters k JOIN claims c USING (claim_id) JOIN articles a USING (article_id) "
        "WHERE k.cluster_id IN (SELECT cluster_id FROM clusters WHERE list_contains(?, claim_id)) "
        "AND NOT list_contains(?, k.claim_id) "
        "ORDER BY k.cluster_id, k.is_representative DESC, k.score DESC, k.claim_id",
        [list(claim_ids), list(claim_ids)],
    ))


def review_history(con: duckdb.DuckDBPyConnection, conflict_id: str) -> list[dict[str, Any]]:
    """Every verdict on a conflict, latest first."""
    return _rows(con.execute(
        "SELECT verdict, note, reviewer, reviewed_at FROM reviews WHERE conflict_id = ? "
        "ORDER BY reviewed_at DESC",
        [conflict_id],
    ))


def cluster_list(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """`cluster_info` rows, widest spread first, each with its `members` (claims with their
    speaker, outlet and score)."""
    clusters = _rows(con.execute(
        "SELECT * FROM cluster_info "
        "ORDER BY sources DESC, outlets DESC, articles DESC, claims DESC, cluster_id"
    ))
    members: dict[str, list[dict[str, Any]]] = {}
    for row in _rows(con.execute(
        "SELECT k.cluster_id, k.claim_id, k.score, k.is_representative, c.text, c.speaker, "
        "c.article_id, a.outlet, a.published "
        "FROM clusters k JOIN claims c USING (claim_id) JOIN articles a USING (article_id) "
        "ORDER BY k.cluster_id, k.is_representative DESC, k.score DESC, k.claim_id"
    )):
        members.setdefault(row["cluster_id"], []).append(row)
    for cluster in clusters:
        cluster["members"] = members.get(cluster["cluster_id"], [])
    return clusters


def article_list(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Articles, newest first, with how many claims and conflicts each has."""
    return _rows(con.execute(
        "SELECT a.article_id, a.source, a.outlet, a.title, a.url, a.published, a.ingested_at, "
        "length(a.text) AS characters, "
        "(SELECT count(*) FROM claims c WHERE c.article_id = a.article_id) AS claims, "
        "(SELECT count(*) FROM conflict_report r "
        " WHERE r.a_article_id = a.article_id OR r.b_article_id = a.article_id) AS conflicts "
        "FROM articles a ORDER BY a.published DESC NULLS LAST, a.article_id"
    ))


def article_detail(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any] | None:
    """One article with its text, its claims (offsets into the text) and its conflicts."""
    rows = _rows(con.execute(
        "SELECT article_id, source, outlet, title, url, published, ingested_at, text "
        "FROM articles WHERE article_id = ?",
        [article_id],
    ))
    if not rows:
        return None
    article = rows[0]
    article["claims"] = _rows(con.execute(
        "SELECT claim_id, kind, text, start_char, end_char, speaker, speaker_role "
        "FROM claims WHERE article_id = ? ORDER BY start_char, claim_id",
        [article_id],
    ))
    article["conflicts"] = _rows(con.execute(
        "SELECT conflict_id, kind, score, status, reason FROM conflict_report "
        "WHERE a_article_id = ? OR b_article_id = ? ORDER BY stale, score DESC, conflict_id",
        [article_id, article_id],
    ))
    return article


def export_parquet(con: duckdb.DuckDBPyConnection, folder: Path | str) -> list[Path]:
    """Every table of the store as `FOLDER/TABLE.parquet`, and (x58) every view as
    `FOLDER/VIEW.parquet`: the views are queries over the tables, but a data team reading
    the Parquet files has no DuckDB to run them in, and `conflict_report` (each side's
    claim, speaker and article, the stale sides' copies, `claim_state`) or `latest_reviews`
    (one verdict a conflict) are what it would have to rebuild. FOLDER is made if missing,
    not its parents: a mistyped path must fail, as `report --output` and `export
    --claimreview` do for a missing folder (round u53), not grow a tree."""
    folder = Path(folder)
    folder.mkdir(exist_ok=True)
    written = []
    for table in TABLES + VIEWS:
        target = folder / f"{table}.parquet"
        quoted = str(target).replace("'", "''")
        try:
            con.execute(f"COPY (SELECT * FROM {table}) TO '{quoted}' (FORMAT parquet)")
        except duckdb.IOException as exc:  # a file it cannot write: told as OSError
            raise OSError(str(exc).strip().splitlines()[0]) from None
        written.append(target)
    return written
