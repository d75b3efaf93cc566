"""The read queries: what the flow needs to work incrementally, and what reports show."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import datetime
from functools import partial

import duckdb

from claims.models import (
    Article,
    Claim,
    ClaimKind,
    ClaimRef,
    ConflictView,
    Quantity,
    QuantityKind,
    StoreCounts,
    StoredClaim,
    StoredArticle,
    StoredClaimRef,
    StoredQuantity,
    trusted,
)
from claims.naming import named_since
from store.schema import PAIR_KEY

CLAIM_COLUMNS = (
    "claim_id, article_id, kind, text, sentence, sentence_start, start_char, end_char, "
    "speaker, speaker_mention, speaker_role, cue, is_quote, speaker_kind"
)
QUANTITY_COLUMNS = (
    "surface, start_char, end_char, value, low, high, unit, per, measure, qualifier, "
    "quantity_kind AS kind, entities"
)


def article_hashes(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    return dict(con.execute("SELECT article_id, sha256 FROM articles").fetchall())


def stored_articles(con: duckdb.DuckDBPyConnection) -> dict[str, StoredArticle]:
    """Each stored article's source, text hash and metadata, by id (not its text)."""
    rows = con.execute(
        "SELECT article_id, source, sha256, outlet, title, url, published FROM articles"
    ).fetchall()
    return {
        row[0]: trusted(StoredArticle, article_id=row[0], source=row[1], sha256=row[2],
                        outlet=row[3], title=row[4], url=row[5], published=row[6])
        for row in rows
    }


def _has_column(con: duckdb.DuckDBPyConnection, table: str, column: str) -> bool:
    """(p55) Whether the store has `table.column` (an older schema, read-only, may not)."""
    return con.execute(
        "SELECT count(*) FROM information_schema.columns WHERE table_name = ? AND column_name = ?",
        [table, column],
    ).fetchall()[0][0] > 0


def outdated_articles(
    con: duckdb.DuckDBPyConnection, extractor: str, *, with_text: bool = True
) -> list[Article]:
    """(x54) Stored articles, with their text, whose claims another extractor extracted
    (another EXTRACTOR_VERSION or pipeline, or NULL: stored before schema version 6), in id
    order: the flow extracts them again.

    (p55) A store not yet migrated to schema version 6 (triage reads it read-only, so a
    reader holding the file kept the first upgraded run from migrating it first) has no
    `extractor` column: every stored article is outdated, as NULL would have made it,
    instead of a BinderError that failed the run.

    (p55) `with_text=False`: their text is left empty (not read), so that after an upgrade
    triage does not hold the whole corpus's text at once; the flow reads it per batch
    (`stored_texts`)."""
    where = "WHERE extractor IS DISTINCT FROM ? " if _has_column(con, "articles", "extractor") else ""
    text = "text" if with_text else "''"
    rows = con.execute(
        f"SELECT article_id, source, {text}, outlet, title, url, published FROM articles "
        f"{where}ORDER BY article_id", [extractor] if where else []
    ).fetchall()
    return [trusted(Article, article_id=r[0], source=r[1], text=r[2], outlet=r[3], title=r[4],
                    url=r[5], published=r[6], id_from="id") for r in rows]


def outdated_extractors(con: duckdb.DuckDBPyConnection, extractor: str) -> list[str | None]:
    """(x58) The distinct extractors (`articles.extractor`, None: not recorded) of the
    stored articles `outdated_articles` returns, so that the run can say what differed (a
    newer extractor, or another `--model`) rather than call every one "newer"."""
    if not _has_column(con, "articles", "extractor"):
        return [None] if con.execute("SELECT count(*) FROM articles").fetchall()[0][0] else []
    return [r[0] for r in con.execute(
        "SELECT DISTINCT extractor FROM articles WHERE extractor IS DISTINCT FROM ? "
        "ORDER BY extractor NULLS FIRST", [extractor]).fetchall()]


def stored_texts(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> dict[str, str]:
    """(p55) The stored text of each of these articles, by id (one batch's worth)."""
    ids = list(ids)
    if not ids:
        return {}
    return dict(con.execute(
        "SELECT article_id, text FROM articles WHERE article_id IN (SELECT unnest(?))", [ids]
    ).fetchall())


def conflict_rules(con: duckdb.DuckDBPyConnection) -> str | None:
    """(x54) The claims code fingerprint the stored clusters and conflicts were computed
    with, as the latest completed run recorded it (None: unknown, before schema version 6;
    p55: also in a store not migrated yet, which has no such column, see `outdated_articles`)."""
    if not _has_column(con, "runs", "conflict_rules"):
        return None
    rows = con.execute(
        "SELECT conflict_rules FROM runs WHERE status = 'completed' "
        "ORDER BY finished_at DESC NULLS LAST LIMIT 1"
    ).fetchall()
    return rows[0][0] if rows else None


def load_claim_refs(
    con: duckdb.DuckDBPyConnection, *, except_articles: set[str] | frozenset[str] = frozenset()
) -> list[ClaimRef]:
    """Every stored claim with its figures and its article's outlet and date, but those of
    articles about to be replaced, as models (see `load_stored_claims` for the flow's).

    Rows are read in batches and built without validating again what was validated before
    it was written (`claims.models.trusted`), and equal strings (article ids, sentences,
    speakers, units, outlets...) and dates are shared by the claims that repeat them."""
    return list(_claim_refs(con, except_articles, records=False))


def load_stored_claims(
    con: duckdb.DuckDBPyConnection, *, except_articles: set[str] | frozenset[str] = frozenset()
) -> list[StoredClaimRef]:
    """`load_claim_refs` as slotted records (`claims.models.StoredClaim`, `StoredQuantity`):
    the flow holds the whole store for clustering and conflicts, and records cost less than
    half what models do. Same claims, same order, same values."""
    return list(_claim_refs(con, except_articles, records=True))


def _claim_refs(con: duckdb.DuckDBPyConnection, except_articles: set[str] | frozenset[str],
                records: bool) -> Iterator[ClaimRef | StoredClaimRef]:
    shared: dict[object, object] = {}
    same = shared.setdefault
    quantities: dict[str, list[Quantity | StoredQuantity]] = defaultdict(list)
    make_quantity = StoredQuantity if records else partial(trusted, Quantity)
    cursor = con.execute(
        f"SELECT claim_id, {QUANTITY_COLUMNS} FROM quantities ORDER BY claim_id, start_char"
    )
    while rows := cursor.fetchmany(FETCH_ROWS):
        for (claim_id, surface, start, end, value, low, high, unit, per, measure, qualifier, kind,
             entities) in rows:
            names = [same(e, e) for e in entities or ()]
            quantities[claim_id].append(make_quantity(
                surface=surface, start_char=start, end_char=end, value=value, low=low,
                high=high, unit=same(unit, unit), per=same(per, per), measure=same(measure, measure),
                qualifier=same(qualifier, qualifier), kind=QuantityKind(kind),
                entities=tuple(names) if records else names,
            ))
    cursor = con.execute(
        f"SELECT {', '.join('c.' + c.strip() for c in CLAIM_COLUMNS.split(','))}, "
        "a.outlet, a.published FROM claims c JOIN articles a USING (article_id) "
        "ORDER BY c.article_id, c.start_char, c.claim_id"
    )
    make_claim = StoredClaim if records else partial(trusted, Claim)
    make_ref = StoredClaimRef if records else partial(trusted, ClaimRef)
    no_quantities: list[Quantity] = []
    while rows := cursor.fetchmany(FETCH_ROWS):
        for (claim_id, article_id, kind, text, sentence, sentence_start, start, end, speaker,
             speaker_mention, speaker_role, cue, is_quote, speaker_kind, outlet, published) in rows:
            if article_id in except_articles:
                continue
            claim = make_claim(
                claim_id=claim_id, article_id=same(article_id, article_id), kind=ClaimKind(kind),
                text=text, sentence=same(sentence, sentence), sentence_start=sentence_start,
                start_char=start, end_char=end, speaker=same(speaker, speaker),
                speaker_mention=same(speaker_mention, speaker_mention),
                speaker_role=same(speaker_role, speaker_role), cue=same(cue, cue), is_quote=is_quote,
                speaker_kind=same(speaker_kind, speaker_kind),
                quantities=quantities.pop(claim_id, no_quantities) or [],
            )
            yield make_ref(claim=claim, outlet=same(outlet, outlet), published=same(published, published))


# Rows fetched at a time: the store's rows are not all held as tuples at once.
FETCH_ROWS = 10_000


def claims_by_id(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> dict[str, Claim]:
    """(y62) These stored claims with their figures, by id (a run's conflicts' claims, for
    `claims.grouping`), read in one query each rather than the whole store."""
    ids = sorted(set(ids))
    if not ids:
        return {}
    quantities: dict[str, list[Quantity]] = defaultdict(list)
    for (claim_id, surface, start, end, value, low, high, unit, per, measure, qualifier, kind,
         entities) in con.execute(
            f"SELECT claim_id, {QUANTITY_COLUMNS} FROM quantities WHERE claim_id IN (SELECT unnest(?)) "
            "ORDER BY claim_id, start_char", [ids]).fetchall():
        quantities[claim_id].append(trusted(
            Quantity, surface=surface, start_char=start, end_char=end, value=value, low=low, high=high,
            unit=unit, per=per, measure=measure, qualifier=qualifier, kind=QuantityKind(kind),
            entities=list(entities or ())))
    out: dict[str, Claim] = {}
    for (claim_id, article_id, kind, text, sentence, sentence_start, start, end, speaker, speaker_mention,
         speaker_role, cue, is_quote, speaker_kind) in con.execute(
            f"SELECT {CLAIM_COLUMNS} FROM claims WHERE claim_id IN (SELECT unnest(?))", [ids]).fetchall():
        out[claim_id] = trusted(
            Claim, claim_id=claim_id, article_id=article_id, kind=ClaimKind(kind), text=text, sentence=sentence,
            sentence_start=sentence_start, start_char=start, end_char=end, speaker=speaker,
            speaker_mention=speaker_mention, speaker_role=speaker_role, cue=cue, is_quote=is_quote,
            speaker_kind=speaker_kind, quantities=quantities.pop(claim_id, []))
    return out


def article_leads(
    con: duckdb.DuckDBPyConnection, chars: int, *, except_articles: set[str] | frozenset[str] = frozenset()
) -> dict[str, tuple[str | None, str]]:
    """(s40) Each stored article's title and the first `chars` characters of its text (a
    few more, cut at a word's end by `claims.conflicts.story_lead`), but those of articles
    about to be replaced: the conflict rules read the names of a story there
    (`_Stories.titled_apart`). Only the opening is read, so the store's texts are never
    all held at once."""
    from claims.conflicts import story_lead

    cursor = con.execute("SELECT article_id, title, substr(text, 1, ?) FROM articles ORDER BY article_id",
                         [chars + 1])
    leads: dict[str, tuple[str | None, str]] = {}
    while rows := cursor.fetchmany(FETCH_ROWS):
        for article_id, title, opening in rows:
            if article_id not in except_articles:
                leads[article_id] = story_lead(title, opening, chars)
    return leads


def reviewed_conflicts(con: duckdb.DuckDBPyConnection) -> dict[str, datetime]:
    """(q51) Each conflict given a verdict -> when it was last reviewed. The conflict rules
    keep, of a pair of claims that several rules set against each other, the conflict
    already judged (`claims.conflicts.one_per_claim_pair`), so a store built before r50
    does not see its judged conflict go stale and the pair come back open under a new id."""
    return dict(con.execute("SELECT conflict_id, reviewed_at FROM latest_reviews").fetchall())


# (x60) `report --status` states beyond open and the verdicts: the conflicts kept stale for
# their verdicts, and those with a side shown under another speaker than when judged.
STALE = "stale"
REATTRIBUTED = "reattributed"
_STATUS_WHERE = {
    STALE: "WHERE stale",
    REATTRIBUTED: "WHERE a_reattributed_since_verdict OR b_reattributed_since_verdict "
                  "OR a_claim_state = 'reattributed' OR b_claim_state = 'reattributed'",
}


def _status_where(status: str | None) -> tuple[str, list[str]]:
    if not status:
        return "", []
    if status in _STATUS_WHERE:
        return _STATUS_WHERE[status], []
    return "WHERE status = ?", [status]


def conflict_views(
    con: duckdb.DuckDBPyConnection, *, status: str | None = None, limit: int | None = None
) -> list[ConflictView]:
    """Rows of the conflict_report view in the report's order (strongest group first, see
    `claims.reporting.report_order`); status is open, a verdict, (x60) `stale` or
    `reattributed`. (y62) `limit`: the first `limit` conflicts of that whole report, each
    knowing its group's size in it: a limit cut before grouping (u62's review) showed other
    groups than the report and "2 conflicts over one matter" of a group of 10."""
    from claims.reporting import report_order

    where, params = _status_where(status)
    cursor = con.execute(f"SELECT * FROM conflict_report {where} ORDER BY stale, score DESC, conflict_id", params)
    names = [d[0] for d in cursor.description]
    views = [ConflictView.model_validate(dict(zip(names, row, strict=True))) for row in cursor.fetchall()]
    views = with_names_since_verdict(con, with_stale_rules(con, views))
    if status == REATTRIBUTED:  # (x62) a side only named since is no re-attribution
        views = [v for v in views if v.reattributed_since_verdict]
    views = report_order(_with_groups(con, views))
    return _with_replacements(con, views[:int(limit)] if limit else views)


def _with_groups(con: duckdb.DuckDBPyConnection, views: list[ConflictView]) -> list[ConflictView]:
    """(y60) Each view with its group (`ConflictView.group`). (y62) The view's own column,
    stored by each run (`store.writes.regroup_conflicts`); a store read read-only before its
    migration to schema 9 has none, and gets the pairs of clusters (`store.schema.PAIR_KEY`)."""
    if not views or all(v.group for v in views):
        return views
    groups = dict(con.execute(
        f"SELECT f.conflict_id, {PAIR_KEY} FROM conflicts f LEFT JOIN clusters ka ON ka.claim_id = f.claim_a "
        "LEFT JOIN clusters kb ON kb.claim_id = f.claim_b").fetchall())
    return [v if v.group else v.model_copy(update={"group": groups.get(v.conflict_id, v.conflict_id)})
            for v in views]


def with_names_since_verdict(con: duckdb.DuckDBPyConnection, views: list[ConflictView]) -> list[ConflictView]:
    """(x62, u62) A side the view counts as re-attributed since the verdict whose speaker
    then was a description its article now resolves to the speaker shown
    (`claims.naming.named_since`) is `named_since_verdict` instead: the verdict stands."""
    sides = [(v, x) for v in views for x in ("a", "b")
             if getattr(v, f"{x}_reattributed_since_verdict") and getattr(v, f"{x}_article_id")]
    if not sides:
        return views
    articles = sorted({getattr(v, f"{x}_article_id") for v, x in sides})
    mentions: dict[tuple[str, str], list[str]] = {}
    for article_id, speaker, said in con.execute(
            "SELECT article_id, speaker, list(DISTINCT speaker_mention) FROM claims "
            "WHERE article_id IN (SELECT unnest(?)) AND speaker IS NOT NULL GROUP BY 1, 2",
            [articles]).fetchall():
        mentions[(article_id, speaker)] = said
    changed: dict[str, dict[str, bool]] = {}
    for v, x in sides:
        shown = getattr(v, f"{x}_speaker")
        if named_since(getattr(v, f"{x}_speaker_at_verdict"), shown,
                       mentions.get((getattr(v, f"{x}_article_id"), shown), [])):
            changed.setdefault(v.conflict_id, {}).update(
                {f"{x}_reattributed_since_verdict": False, f"{x}_named_since_verdict": True})
    return [v.model_copy(update=changed[v.conflict_id]) if v.conflict_id in changed else v
            for v in views]


def with_stale_rules(con: duckdb.DuckDBPyConnection, views: list[ConflictView]) -> list[ConflictView]:
    """(x62, u62) `ConflictView.stale_rules` of the conflicts stale with their claims
    unchanged: whether the claims code the completed runs computed conflicts with changed
    since the conflict was first found. "no longer found by the conflict rules" was said
    when the rules had not changed and other articles had moved the clusters."""
    ids = [v.conflict_id for v in views if v.stale_because == "rules"]
    if not ids:
        return views
    rows = con.execute(
        "SELECT c.conflict_id, r.conflict_rules FROM conflicts c JOIN runs r "
        "ON r.status = 'completed' AND r.finished_at >= c.first_seen "
        "WHERE c.conflict_id IN (SELECT unnest(?)) ORDER BY c.conflict_id, r.finished_at",
        [ids]).fetchall()
    seen: dict[str, list[str | None]] = {}
    for conflict_id, rules in rows:
        seen.setdefault(conflict_id, []).append(rules)
    told = {cid: rules_since(found) for cid, found in seen.items()}
    return [v.model_copy(update={"stale_rules": told[v.conflict_id]}) if told.get(v.conflict_id)
            else v for v in views]


def rules_since(rules: list[str | None]) -> str | None:
    """"unchanged", "THEN -> NOW" (8 hex digits each), or None when a run did not record its
    claims code (before schema version 6) or none is known."""
    if not rules or any(r is None for r in rules):
        return None
    if len(set(rules)) == 1:
        return "unchanged"
    return f"{rules[0][:8]} -> {rules[-1][:8]}"


def _with_replacements(con: duckdb.DuckDBPyConnection, views: list[ConflictView]) -> list[ConflictView]:
    """(x58) Each view that replaces a reviewed conflict says which, with its verdict: "ID
    (confirmed by ana)". The link itself is the view's (`replaces_id`, `replaced_by`, x60:
    the same disagreement, see store/schema.py migration 8); the verdict is read here, as
    the replaced conflict need not be among the views shown."""
    ids = sorted({v.replaces_id for v in views if v.replaces_id})
    if not ids:
        return views
    verdicts = {cid: (status, reviewer) for cid, status, reviewer in con.execute(
        "SELECT conflict_id, status, reviewer FROM conflict_report WHERE conflict_id IN (SELECT unnest(?))",
        [ids]).fetchall()}
    out = []
    for v in views:
        if v.replaces_id in verdicts:
            status, reviewer = verdicts[v.replaces_id]
            v = v.model_copy(update={
                "replaces": f"{v.replaces_id} ({status}{f' by {reviewer}' if reviewer else ''})"})
        out.append(v)
    return out


SNAPSHOT_MARK = "counterclaim snapshot of "  # the comment on a snapshot's schema_version


def snapshot_of(con: duckdb.DuckDBPyConnection) -> str | None:
    """The store this database is a published snapshot of (`store.writes.publish_snapshot`
    marks it), or None for a store itself."""
    rows = con.execute(
        "SELECT comment FROM duckdb_tables() WHERE database_name = current_database() "
        "AND schema_name = 'main' AND table_name = 'schema_version'"
    ).fetchall()
    comment = rows[0][0] if rows else None
    return comment[len(SNAPSHOT_MARK):] if comment and comment.startswith(SNAPSHOT_MARK) else None


def conflict_count(con: duckdb.DuckDBPyConnection, *, status: str | None = None) -> int:
    """How many rows `conflict_views` has without its limit."""
    if status == REATTRIBUTED:  # (x62) less those only named since the verdict (Python's test)
        return len(conflict_views(con, status=status))
    where, params = _status_where(status)
    return con.execute(f"SELECT count(*) FROM conflict_report {where}", params).fetchall()[0][0]


def store_counts(con: duckdb.DuckDBPyConnection) -> StoreCounts:
    row = con.execute(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM claims), "
        "(SELECT count(*) FROM quantities), (SELECT count(DISTINCT cluster_id) FROM clusters), "
        "(SELECT count(*) FROM conflicts WHERE NOT stale)"
    ).fetchall()[0]
    return StoreCounts(articles=row[0], claims=row[1], quantities=row[2], clusters=row[3], conflicts=row[4])


def stale_conflict_count(con: duckdb.DuckDBPyConnection) -> int:
    """(r50) Conflicts no longer found but kept for their verdicts (only reviewed ones are
    kept): the report lists them after the current ones, so a run's summary counts them
    apart rather than leave "conflicts 2" beside a report of three."""
    return con.execute("SELECT count(*) FROM conflicts WHERE stale").fetchall()[0][0]


def stale_by_rules_count(con: duckdb.DuckDBPyConnection) -> int:
    """(p55) Of `stale_conflict_count`, those whose claims both still stand unchanged: the
    conflict rules (an upgrade) no longer find them (`ConflictView.stale_because`)."""
    return con.execute(
        "SELECT count(*) FROM conflict_report WHERE stale "
        "AND a_claim_state = 'current' AND b_claim_state = 'current'"
    ).fetchall()[0][0]


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


def needs_repair(con: duckdb.DuckDBPyConnection) -> bool:
    """A store an earlier run left half done: clusters and conflicts not recomputed after
    its last stored articles, or a run still marked `running` (killed). The next run
    repairs both even with nothing new to read, so a run on an empty inbox must still
    start (review of u50)."""
    if clustering_stale(con):
        return True
    return any(status == "running" for _, status in unfinished_runs(con))


def unfinished_runs(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """Runs not completed: (run_id, status) for `running`, `interrupted` and `failed` ones."""
    return con.execute(
        "SELECT run_id, status FROM runs WHERE status <> 'completed' ORDER BY started_at"
    ).fetchall()
