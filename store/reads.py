"""The read queries: what the flow needs to work incrementally, and what reports show."""

from __future__ import annotations

from collections import defaultdict

import duckdb

from claims.models import Claim, ClaimRef, ConflictView, Quantity, StoreCounts

CLAIM_COLUMNS = (
    "claim_id, article_id, kind, text, sentence, sentence_start, start_char, end_char, "
    "speaker, speaker_mention, speaker_role, cue, is_quote"
)
QUANTITY_COLUMNS = (
    "surface, start_char, end_char, value, low, high, unit, per, measure, qualifier, "
    "quantity_kind AS kind, entities"
)


def article_hashes(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    return dict(con.execute("SELECT article_id, sha256 FROM articles").fetchall())


def load_claim_refs(
    con: duckdb.DuckDBPyConnection, *, except_articles: set[str] | frozenset[str] = frozenset()
) -> list[ClaimRef]:
    """Every stored claim with its figures and its article's outlet and date, but those of
    articles about to be replaced."""
    quantities: dict[str, list[Quantity]] = defaultdict(list)
    cursor = con.execute(
        f"SELECT claim_id, {QUANTITY_COLUMNS} FROM quantities ORDER BY claim_id, start_char"
    )
    names = [d[0] for d in cursor.description][1:]
    for row in cursor.fetchall():
        quantities[row[0]].append(Quantity.model_validate(dict(zip(names, row[1:], strict=True))))
    cursor = con.execute(
        f"SELECT {', '.join('c.' + c.strip() for c in CLAIM_COLUMNS.split(','))}, "
        "a.outlet, a.published FROM claims c JOIN articles a USING (article_id) "
        "ORDER BY c.article_id, c.start_char, c.claim_id"
    )
    names = [d[0] for d in cursor.description]
    refs = []
    for row in cursor.fetchall():
        fields = dict(zip(names, row, strict=True))
        if fields["article_id"] in except_articles:
            continue
        outlet, published = fields.pop("outlet"), fields.pop("published")
        claim = Claim.model_validate(fields | {"quantities": quantities.get(fields["claim_id"], [])})
        refs.append(ClaimRef(claim=claim, outlet=outlet, published=published))
    return refs


def conflict_views(
    con: duckdb.DuckDBPyConnection, *, status: str | None = None, limit: int | None = None
) -> list[ConflictView]:
    """Rows of the conflict_report view, strongest first; status is open or a verdict."""
    where, params = "", []
    if status:
        where, params = "WHERE status = ?", [status]
    sql = f"SELECT * FROM conflict_report {where} ORDER BY stale, score DESC, conflict_id"
    if limit:
        sql += f" LIMIT {int(limit)}"
    cursor = con.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [ConflictView.model_validate(dict(zip(names, row, strict=True))) for row in cursor.fetchall()]


def store_counts(con: duckdb.DuckDBPyConnection) -> StoreCounts:
    row = con.execute(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM claims), "
        "(SELECT count(*) FROM quantities), (SELECT count(DISTINCT cluster_id) FROM clusters), "
        "(SELECT count(*) FROM conflicts WHERE NOT stale)"
    ).fetchall()[0]
    return StoreCounts(articles=row[0], claims=row[1], quantities=row[2], clusters=row[3], conflicts=row[4])


def conflict_exists(con: duckdb.DuckDBPyConnection, conflict_id: str) -> bool:
    return bool(
        con.execute("SELECT count(*) FROM conflicts WHERE conflict_id = ?", [conflict_id]).fetchall()[0][0]
    )


def clustering_stale(con: duckdb.DuckDBPyConnection) -> bool:
    """True when articles were stored after the last completed run finished: a long run
    died (or failed) after committing some batches and before recomputing clusters and
    conflicts, so the next run must recompute them even if it has nothing new."""
    row = con.execute(
        "SELECT (SELECT max(ingested_at) FROM articles) > "
        "coalesce((SELECT max(finished_at) FROM runs WHERE status = 'completed'), "
        "TIMESTAMP '0001-01-01')"
    ).fetchall()[0]
    return bool(row[0])


def unfinished_runs(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """Runs not completed: (run_id, status) for `running`, `interrupted` and `failed` ones."""
    return con.execute(
        "SELECT run_id, status FROM runs WHERE status <> 'completed' ORDER BY started_at"
    ).fetchall()
