"""The counterclaim flow: ingest -> extract -> cluster -> detect conflicts -> store -> report.

Tasks are thin: the logic lives in `claims/` and the SQL in `store/`. Extraction is one
task run per batch of articles (Prefect costs milliseconds per task run, spaCy batches
well), and the database is opened only to read hashes and claims and for the single
write transaction at the end, so analysts' read-only sessions block it as little as possible.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE as NO_CACHE

from claims.clustering import cluster_claims
from claims.conflicts import find_conflicts
from claims.extract import extract_batch
from claims.models import (
    Article,
    Claim,
    ClaimRef,
    ClusterMember,
    Conflict,
    Rejection,
    RunSummary,
    stable_id,
)
from claims.nlp import load_nlp
from flows.inputs import read_articles
from store.connection import check_writable_store, open_store
from store.reads import article_hashes, load_claim_refs
from store.writes import record_failed_run, write_run

DEFAULT_BATCH_SIZE = 64


@dataclass
class Triage:
    new: list[Article] = field(default_factory=list)
    changed: list[Article] = field(default_factory=list)
    unchanged: list[Article] = field(default_factory=list)

    @property
    def to_extract(self) -> list[Article]:
        return self.new + self.changed


@task(name="ingest", cache_policy=NO_CACHE)
def ingest(paths: list[str]) -> tuple[list[Article], list[Rejection]]:
    """Reads the input files; bad ones become rejections, the rest go on."""
    articles, rejections = read_articles(paths)
    logger = get_run_logger()
    for rejection in rejections:
        logger.warning("rejected %s", rejection)
    logger.info("read %d article(s), rejected %d input(s)", len(articles), len(rejections))
    return articles, rejections


@task(name="triage", cache_policy=NO_CACHE)
def triage(articles: list[Article], db: str) -> Triage:
    """Splits articles by their text's sha256 against the store: new, changed, unchanged."""
    known: dict[str, str] = {}
    if Path(db).exists() and Path(db).stat().st_size > 0:
        with open_store(db, read_only=True) as con:
            known = article_hashes(con)
    result = Triage()
    for article in articles:
        previous = known.get(article.article_id)
        if previous is None:
            result.new.append(article)
        elif previous == article.sha256:
            result.unchanged.append(article)
        else:
            result.changed.append(article)
    return result


@task(name="extract-claims", cache_policy=NO_CACHE)
def extract_claims_batch(articles: list[Article], model: str | None, batch_number: int, batches: int) -> list[Claim]:
    """Parses one batch of articles with nlp.pipe and extracts their claims."""
    started = time.perf_counter()
    nlp = load_nlp(model)
    claims = [c for _, found in extract_batch(articles, nlp) for c in found]
    elapsed = time.perf_counter() - started
    get_run_logger().info(
        "batch %d/%d: %d article(s), %d claim(s), %.1f articles/s",
        batch_number, batches, len(articles), len(claims), len(articles) / max(elapsed, 1e-9),
    )
    return claims


@task(name="load-stored-claims", cache_policy=NO_CACHE)
def load_stored_claims(db: str, replaced: set[str]) -> list[ClaimRef]:
    """Claims already in the store, so clustering and conflicts see the whole corpus."""
    if not Path(db).exists() or Path(db).stat().st_size == 0:
        return []
    with open_store(db, read_only=True) as con:
        return load_claim_refs(con, except_articles=replaced)


@task(name="cluster", cache_policy=NO_CACHE)
def cluster(refs: list[ClaimRef]) -> list[ClusterMember]:
    members = cluster_claims([r.claim for r in refs])
    get_run_logger().info(
        "%d claim(s) in %d cluster(s)", len(members), len({m.cluster_id for m in members})
    )
    return members


@task(name="detect-conflicts", cache_policy=NO_CACHE)
def detect_conflicts(refs: list[ClaimRef], clusters: list[ClusterMember]) -> list[Conflict]:
    conflicts = find_conflicts(refs, clusters)
    get_run_logger().info("%d conflict(s)", len(conflicts))
    return conflicts


@task(name="store", cache_policy=NO_CACHE)
def store(
    db: str,
    summary: RunSummary,
    articles: list[Article],
    claims: list[Claim],
    refs: list[ClaimRef],
    clusters: list[ClusterMember],
    conflicts: list[Conflict],
) -> None:
    """Writes the run in one transaction; on failure the store is left as it was."""
    with open_store(db) as con:
        write_run(
            con,
            summary=summary,
            articles=articles,
            claims=claims,
            clusters=clusters,
            conflicts=conflicts,
            claim_texts={r.claim.claim_id: r.claim.text for r in refs},
            now=summary.finished_at or datetime.now(timezone.utc).replace(tzinfo=None),
        )


@flow(name="counterclaim", log_prints=False)
def counterclaim_flow(
    paths: list[str],
    db: str,
    model: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> RunSummary:
    """Reads articles, extracts their claims, clusters them with the stored ones, finds
    conflicts and stores it all as one run."""
    started_at = _now()
    check_writable_store(Path(db))  # fail before the NLP, not after it

    # Extract
    articles, rejections = ingest(paths)
    sorted_articles = triage(articles, db)
    todo = sorted_articles.to_extract
    batches = [todo[i : i + batch_size] for i in range(0, len(todo), batch_size)]
    new_claims = [
        claim
        for n, batch in enumerate(batches, 1)
        for claim in extract_claims_batch(batch, model, n, len(batches))
    ]

    # Transform
    replaced = {a.article_id for a in sorted_articles.changed}
    outlets = {a.article_id: (a.outlet, a.published) for a in todo}
    refs = load_stored_claims(db, replaced) + [
        ClaimRef(claim=c, outlet=outlets[c.article_id][0], published=outlets[c.article_id][1])
        for c in new_claims
    ]
    clusters = cluster(refs)
    conflicts = detect_conflicts(refs, clusters)

    # Load
    summary = RunSummary(
        run_id=stable_id("run", started_at.isoformat(), *paths),
        started_at=started_at,
        articles_read=len(articles),
        articles_new=len(sorted_articles.new),
        articles_changed=len(sorted_articles.changed),
        articles_unchanged=len(sorted_articles.unchanged),
        articles_rejected=len(rejections),
        claims=len(refs),
        clusters=len({m.cluster_id for m in clusters}),
        conflicts=len(conflicts),
        rejections=rejections,
    )
    summary = summary.model_copy(update={"finished_at": _now(), "status": "completed"})
    try:
        store(db, summary, todo, new_claims, refs, clusters, conflicts)
    except Exception:
        _record_failure(db, summary)
        raise
    return summary


def _record_failure(db: str, summary: RunSummary) -> None:
    try:
        with open_store(db) as con:
            record_failed_run(con, summary.model_copy(update={"status": "failed"}))
    except Exception as exc:  # the original error matters more than this one
        get_run_logger().warning("could not record the failed run: %s", exc)


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)
