"""The counterclaim flow: ingest -> extract -> cluster -> detect conflicts -> store -> report.

Tasks are thin: the logic lives in `claims/` and the SQL in `store/`. Extraction is one
task run per batch of articles (Prefect costs milliseconds per task run, spaCy batches
well). The database is never held during the NLP: it is opened read-only for a moment to
read hashes and claims, and for write only for short transactions (the run's `running`
record; every `commit_every` articles of a long run; the run's last transaction with the
clusters, conflicts and run record), each waiting while another process holds the file.
After the last transaction the writer publishes a read-only snapshot for analysts and a
Prefect markdown artifact with the run's summary and top conflicts.

Under the default task runner the batches are parsed by a few long-lived worker processes
(flows/parse_pool.py; $COUNTERCLAIM_WORKERS, default the usable cores), each loading spaCy
once per run: the task runs, in threads, hand a batch each to a worker and wait for its
claims, a couple of batches queued per worker, and the flow takes them in batch order
while it commits earlier ones. Only claims come back, never Docs.

Extraction results are cached (Prefect's result storage) by the batch's article ids and
text hashes, `claims.extract.EXTRACTOR_VERSION` and the model name, unless
$COUNTERCLAIM_CACHE=off. Under another task runner than the default (Dask, see
flows/scaleout.py) the extraction batches are submitted and run in parallel; their
results are taken in batch order, so the run stores what the default runner stores.

After an upgrade (x54): unchanged articles are skipped by sha256, so each stored article
records the extractor that read it (`extractor_signature`), and a run extracts again, from
the text the store keeps, every stored article another extractor read, in or out of its
input ($COUNTERCLAIM_REEXTRACT=off keeps them). Clusters and conflicts are recomputed by a
run that extracted anything, and by one whose claims code differs from the code they were
computed with (`runs.conflict_rules`), so new conflict rules reach an unchanged inbox.
"""

from __future__ import annotations

import hashlib
import logging
import os
import queue
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import cache, partial
from pathlib import Path
from typing import Generic, TypeVar

import duckdb
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE as NO_CACHE
from prefect.cache_policies import CacheKeyFnPolicy
from prefect.context import FlowRunContext
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

import claims.extract as extractor
from claims.clustering import cluster_table
from claims.conflicts import ConflictSettings, find_conflicts, story_lead
from claims.extract import extract_batch
from claims.identity import (
    Arrival,
    arrival,
    by_line_text,
    clash_reason,
    read_elsewhere,
    replacement_note,
    same_path,
    settle_rivals,
    source_file,
    stored_under_line_number,
)
from claims.models import (
    Article,
    Claim,
    Clusters,
    Conflict,
    Rejection,
    RunSummary,
    StoredArticle,
    StoredClaimRef,
    stable_id,
)
from claims.nlp import default_model_name, load_nlp
from claims.reporting import extractor_change, render_run_summary
from flows.inputs import read_articles, store_files
from flows.interrupts import reclaim_sigterm
from flows.memory import release_freed_memory, return_large_blocks_at_once
from flows.parse_pool import active as active_parse_pool
from flows.parse_pool import parse_pool, worker_count
from store.connection import (
    StoreBusy,
    StoreError,
    check_writable_store,
    db_wait_seconds,
    is_lock_error,
    open_store,
    snapshot_path,
)
from store.reads import (
    clustering_stale,
    conflict_rules,
    outdated_articles,
    outdated_extractors,
    stored_texts,
    conflict_count,
    conflict_views,
    article_leads,
    reviewed_conflicts,
    stale_by_rules_count,
    stale_conflict_count,
    load_stored_claims as read_stored_claims,
    store_counts,
    stored_articles,
)
from store.run_lock import run_lock
from store.writes import begin_run, publish_snapshot, record_run, write_batch, write_run

DEFAULT_BATCH_SIZE = 64
COMMIT_EVERY_ENV = "COUNTERCLAIM_COMMIT_EVERY"
DEFAULT_COMMIT_EVERY = 500  # articles per intermediate transaction of a long run
ARTIFACT_KEY = "counterclaim-run"
BEGIN_WAIT = 2.0  # seconds to try recording `running` before going on without it
CACHE_ENV = "COUNTERCLAIM_CACHE"  # "off" (or 0/false/no) disables the extraction cache
REEXTRACT_ENV = "COUNTERCLAIM_REEXTRACT"  # "off": stored articles keep an older extractor's claims
IO_RETRIES = {"retries": 2, "retry_delay_seconds": [2, 5]}

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Untracked(Generic[T]):
    """A task's result that Prefect links to its task run as one object. Prefect links
    every element of a returned list (an entry with a weak reference each, in the flow
    run's context until the flow ends: ~330 bytes an element), so returning the store's
    285,000 claims from extraction, loading and clustering held ~270 MB of bookkeeping at
    the run's peak. A result inside this is one element."""

    value: T


class _NoTracebackForStoreErrors(logging.Filter):
    """A busy, read-only or foreign database is an operator's matter, told in one line
    (the CLI prints it too); Prefect would log a traceback for it at the task and the flow."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], StoreError):
            record.exc_info = None
            record.exc_text = None
        return True


for _name in ("prefect.task_runs", "prefect.flow_runs"):
    if not any(isinstance(f, _NoTracebackForStoreErrors) for f in logging.getLogger(_name).filters):
        logging.getLogger(_name).addFilter(_NoTracebackForStoreErrors())


def _retry_io_errors_only(task, task_run, state) -> bool:
    """Retry a passing I/O fault (OSError, DuckDB's lock error met mid-task), nothing else:
    bad input is not raised (it becomes rejections), StoreBusy has already been waited for
    in store.connection, and other StoreErrors (read-only, foreign file) will not pass."""
    exc = state.data if isinstance(state.data, BaseException) else None
    if exc is None:
        try:
            exc = state.result(raise_on_failure=False)
        except Exception:  # noqa: BLE001
            return False
    if isinstance(exc, StoreError):
        return False
    return isinstance(exc, OSError) or is_lock_error(exc)


def _switched_on(env: str) -> bool:
    """An on/off setting, on unless set to off, 0, false or no (the CLI has
    already refused other values)."""
    return os.environ.get(env, "on").strip().lower() not in {"off", "0", "false", "no"}


def cache_enabled() -> bool:
    return _switched_on(CACHE_ENV)


def reextract_enabled() -> bool:
    """$COUNTERCLAIM_REEXTRACT (default on): off leaves stored articles with the claims an
    older extractor found, for a store too large to extract again at an upgrade."""
    return _switched_on(REEXTRACT_ENV)


def extractor_signature(model: str | None) -> str:
    """What `articles.extractor` records of the extractor that read an article: the
    extractor's version and the spaCy pipeline ("42 en_core_web_sm"). Deliberately not the
    code fingerprint: every change under claims/ (a conflict rule, a word list) would
    re-extract the whole store; bumping EXTRACTOR_VERSION is the promise that extraction
    changed."""
    return f"{extractor.EXTRACTOR_VERSION} {model or default_model_name()}"


@cache
def code_fingerprint(root: Path = Path(extractor.__file__).parent) -> str:
    """sha256 of the claims package's code and word lists. EXTRACTOR_VERSION alone keyed the
    cache, and a change to extraction made without bumping it served claims of the old code
    (round f26 met it); any change under claims/ now misses the cache once. A change to the
    conflict rules alone re-extracts needlessly once, which is cheap beside stale claims."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            digest.update(f"{path.relative_to(root).as_posix()}\0".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def extraction_cache_key(context, parameters: dict) -> str:
    """The batch's content and the extractor that reads it: article ids, sha256 and outlets
    (a narrated claim's speaker is the outlet, so a corrected outlet is extracted again) in
    batch order, EXTRACTOR_VERSION, the claims package's code and the model."""
    articles = parameters["articles"]
    articles = articles.unquote() if hasattr(articles, "unquote") else articles
    digest = hashlib.sha256()
    model = parameters.get("model") or default_model_name()
    digest.update(f"{extractor.EXTRACTOR_VERSION}\0{code_fingerprint()}\0{model}\0".encode())
    for article in articles:
        digest.update(f"{article.article_id}\0{article.sha256}\0{article.outlet}\n".encode())
    return f"counterclaim-extract-{digest.hexdigest()}"


@dataclass
class Triage:
    new: list[Article] = field(default_factory=list)
    changed: list[Article] = field(default_factory=list)
    unchanged: list[Article] = field(default_factory=list)
    clashes: list[Rejection] = field(default_factory=list)  # other articles under a taken id
    moved: dict[str, str] = field(default_factory=dict)  # unchanged, read from a new path
    stale: bool = False  # an earlier run stored articles but died before re-clustering
    # (x54) stored articles (in this input or not) another extractor extracted, as stored;
    # (p55) without their text (empty): `_with_stored_texts` reads it per batch
    reextract: list[Article] = field(default_factory=list)
    # (x58) what differed from the extractors that had extracted them (extractor_change)
    reextract_cause: str | None = None
    # (x54) the claims code the stored conflicts were computed with (None: unknown)
    conflict_rules: str | None = None

    @property
    def to_extract(self) -> list[Article]:
        return self.new + self.changed + self.reextract


@task(name="ingest", cache_policy=NO_CACHE, retry_condition_fn=_retry_io_errors_only, **IO_RETRIES)
def ingest(paths: list[str], db: str | None = None) -> tuple[list[Article], list[Rejection]]:
    """Reads the input files; bad ones become rejections, the rest go on. The store's own
    files (`db` inside the inbox) are no input and are passed over silently (x58)."""
    logger = get_run_logger()
    articles, rejections = read_articles(paths, on_skipped=logger.warning,
                                         ignore=store_files(db) if db else ())
    for rejection in rejections:
        logger.warning("rejected %s", rejection)
    logger.info("read %d article(s), rejected %d input(s)", len(articles), len(rejections))
    return articles, rejections


def _copy_of(article: Article, copies: dict[tuple[str, str | None], Article | StoredArticle]
             ) -> Article | StoredArticle | None:
    """(x58) The article (stored, or read earlier in this input) that `article` is a copy of:
    the same text and outlet under another file name (an inbox holding `story.txt` and
    `story (1).txt`). Stored twice, its claims made every conflict print twice. Only an id
    taken from a file name: an id the input declared says it is another article. A first
    one is remembered here for the copies after it."""
    key = (article.sha256, article.outlet)
    first = copies.get(key)
    if first is not None and first.article_id != article.article_id and article.id_from == "file name":
        return first
    if first is None:
        copies[key] = article
    return None


@task(name="triage", cache_policy=NO_CACHE, retry_condition_fn=_retry_io_errors_only, **IO_RETRIES)
def triage(articles: list[Article], db: str, extractor_now: str | None = None) -> Triage:
    """Splits articles against the store by their text's sha256 and metadata: new, changed,
    unchanged, and other articles under an id taken from a file name (claims/identity.py).
    With `extractor_now`, also the stored articles another extractor extracted (x54), read
    with their text from the store: those not replaced by this input are extracted again."""
    known: dict[str, StoredArticle] = {}
    stale = False
    outdated: list[Article] = []
    cause = None
    rules = None
    if Path(db).exists() and Path(db).stat().st_size > 0:
        with open_store(db, read_only=True, warn=_warn) as con:
            known = stored_articles(con)
            stale = clustering_stale(con)
            rules = conflict_rules(con)
            if extractor_now is not None:
                outdated = outdated_articles(con, extractor_now, with_text=False)  # p55
                cause = extractor_change(outdated_extractors(con, extractor_now), extractor_now)
    logger = get_run_logger()
    if stale:
        logger.warning(
            "an earlier run stopped before re-clustering; this run recomputes clusters and conflicts"
        )
    result = Triage(stale=stale, conflict_rules=rules,
                    reextract_cause=cause if outdated else None)
    by_line = by_line_text(known.values())
    copies = {(s.sha256, s.outlet): s for s in known.values()}  # (x58) see `_copy_of`
    articles, rivals = settle_rivals(articles, known)  # (x62) one id, other content
    for article, reason in rivals:
        result.clashes.append(_rejection(article, reason))
        logger.warning("rejected %s", result.clashes[-1])
    for article in articles:
        stored = known.get(article.article_id)
        met = arrival(article, stored, _same_file)
        if met is Arrival.NEW and stored_under_line_number(article, by_line) is not None:
            met = Arrival.UNCHANGED  # kept under the id an older version gave it
        if met is Arrival.NEW and (first := _copy_of(article, copies)) is not None:
            logger.warning("%s: same outlet and text as %s (article %s); stored once, as that one",
                           article.source, first.source, first.article_id)
            result.unchanged.append(article)
            continue
        if met is Arrival.NEW:
            result.new.append(article)
        elif met is Arrival.UNCHANGED:
            result.unchanged.append(article)
            if stored is not None and read_elsewhere(article, stored, _same_file):
                result.moved[article.article_id] = article.source
        elif met is Arrival.CHANGED:
            result.changed.append(article)
            if note := replacement_note(article, stored, _same_file):
                logger.warning("%s", note)
        else:
            rejection = _rejection(article, clash_reason(article, stored))
            logger.warning("rejected %s", rejection)
            result.clashes.append(rejection)
    replaced = {a.article_id for a in result.changed}
    result.reextract = [a for a in outdated if a.article_id not in replaced]
    if result.reextract:
        logger.info("re-extracting %d stored article(s) extracted by another extractor than %s "
                    "(%s; %s=off keeps their claims)", len(result.reextract), extractor_now,
                    result.reextract_cause, REEXTRACT_ENV)
    return result


def _rejection(article: Article, reason: str) -> Rejection:
    """An article refused by triage, as its file (and line, for JSONL) and the reason."""
    file = source_file(article.source)
    line = int(article.source.rpartition(":")[2]) if file != article.source else None
    return Rejection(source=file, line=line, reason=reason)


def _same_file(a: str, b: str) -> bool:
    """One file however it was named on the command line (relative, absolute, through a
    link), as far as this process can tell."""
    return same_path(a, b) or os.path.realpath(a) == os.path.realpath(b)


# cache_result_in_memory=False: the result is persisted; Prefect would otherwise also keep
# every batch's claims in its in-memory result cache (1,000 records) for the whole run, so
# that the flow process grew with the corpus (about 1 GB of claims at 10,000 articles).
@task(name="extract-claims", cache_policy=CacheKeyFnPolicy(cache_key_fn=extraction_cache_key),
      persist_result=True, cache_result_in_memory=False)
def extract_claims_batch(articles: list[Article], model: str | None, batch_number: int,
                         batches: int) -> Untracked[list[Claim]]:
    """Parses one batch of articles with nlp.pipe and extracts their claims: in a worker of
    the run's parse pool when it has one (flows/parse_pool.py), else in this process."""
    pool = active_parse_pool()
    if pool is not None:
        claims, elapsed = pool.extract(articles, model)
    else:
        started = time.perf_counter()
        nlp = load_nlp(model)
        claims = [c for _, found in extract_batch(articles, nlp) for c in found]
        elapsed = time.perf_counter() - started
    get_run_logger().info(
        "batch %d/%d: %d article(s), %d claim(s), %s",
        batch_number, batches, len(articles), len(claims), seconds_per_article(len(articles), elapsed),
    )
    return Untracked(claims)


@task(name="load-stored-claims", cache_policy=NO_CACHE, retry_condition_fn=_retry_io_errors_only,
      **IO_RETRIES)
def load_stored_claims(db: str, replaced: set[str]) -> Untracked[list[StoredClaimRef]]:
    """Claims already in the store, so clustering and conflicts see the whole corpus."""
    if not Path(db).exists() or Path(db).stat().st_size == 0:
        return Untracked([])
    release_freed_memory()  # what extraction left in the heap, before the store comes in
    with open_store(db, read_only=True, warn=_warn) as con:
        refs = read_stored_claims(con, except_articles=replaced)
    release_freed_memory()
    return Untracked(refs)


@task(name="load-article-leads", cache_policy=NO_CACHE, retry_condition_fn=_retry_io_errors_only,
      **IO_RETRIES)
def load_article_leads(db: str, replaced: set[str]) -> Untracked[dict[str, tuple[str | None, str]]]:
    """(s40) Stored articles' titles and ledes, which tell the conflict rules whose story is
    whose (`claims.conflicts.story_lead`)."""
    if not Path(db).exists() or Path(db).stat().st_size == 0:
        return Untracked({})
    with open_store(db, read_only=True, warn=_warn) as con:
        leads = article_leads(con, ConflictSettings().lead_chars, except_articles=replaced)
    return Untracked(leads)


@task(name="load-reviewed-conflicts", cache_policy=NO_CACHE, retry_condition_fn=_retry_io_errors_only,
      **IO_RETRIES)
def load_reviewed_conflicts(db: str) -> Untracked[dict[str, datetime]]:
    """(q51) The stored conflicts given a verdict and when, so that of a pair of claims the
    rules keep the conflict already judged (`claims.conflicts.one_per_claim_pair`) rather
    than make it stale and bring the pair back open under another kind's id."""
    if not Path(db).exists() or Path(db).stat().st_size == 0:
        return Untracked({})
    with open_store(db, read_only=True, warn=_warn) as con:
        return Untracked(reviewed_conflicts(con))


@task(name="cluster", cache_policy=NO_CACHE)
def cluster(refs: list[StoredClaimRef]) -> Clusters:
    members = cluster_table([r.claim for r in refs])
    release_freed_memory()
    # Claims left alone are in no cluster: say of how many, or "62 claim(s)" reads as a
    # miscount beside the run's total.
    get_run_logger().info("%d of %d claim(s) in %d cluster(s)", len(members), len(refs),
                          members.cluster_count())
    return members


@task(name="detect-conflicts", cache_policy=NO_CACHE)
def detect_conflicts(refs: list[StoredClaimRef], clusters: Clusters,
                     leads: dict[str, tuple[str | None, str]] | None = None,
                     reviewed: dict[str, datetime] | None = None) -> list[Conflict]:
    # (p59) A line as each rule ends: on a large store they run for minutes (claims/ logs
    # nothing itself; it tells the flow).
    conflicts = find_conflicts(refs, clusters, leads=leads, reviewed=reviewed or {},
                               progress=get_run_logger().info)
    release_freed_memory()
    get_run_logger().info("%d conflict(s)", len(conflicts))
    return conflicts


@task(name="begin-run", cache_policy=NO_CACHE)
def begin(db: str, summary: RunSummary) -> bool:
    """Records the run as `running` (and leftovers of killed runs as `interrupted`) in a
    tiny transaction. If another process holds the file, the run goes on: its first real
    write records it. Returns whether it recorded the run (a failed run's line says so)."""
    try:
        # Silent: a 2 s try that gives up is not a wait the operator needs to hear of (its
        # "retrying" line was one of five for one busy store under -q, round u53).
        with open_store(db, wait=min(BEGIN_WAIT, db_wait_seconds()), warn=_unsaid) as con:
            interrupted = begin_run(con, summary)
    except StoreBusy:
        get_run_logger().info("database busy: the run will be recorded at its first write")
        return False
    if interrupted:
        get_run_logger().warning(
            "%d earlier run(s) left 'running' marked 'interrupted'", interrupted
        )
    return True


@task(name="store-batch", cache_policy=NO_CACHE, retry_condition_fn=_retry_io_errors_only,
      **IO_RETRIES)
def store_batch(db: str, summary: RunSummary, articles: list[Article], claims: list[Claim],
                extractor: str | None = None) -> None:
    """One intermediate transaction of a long run: these articles with all their claims."""
    with open_store(db, warn=_warn) as con:
        write_batch(con, summary=summary, articles=articles, claims=claims, now=_now(),
                    extractor=extractor)
    get_run_logger().info("committed %d article(s), %d claim(s)", len(articles), len(claims))


@task(name="store", cache_policy=NO_CACHE, retry_condition_fn=_retry_io_errors_only, **IO_RETRIES)
def store(
    db: str,
    summary: RunSummary,
    articles: list[Article],
    claims: list[Claim],
    total_claims: int,
    clusters: Clusters | None,
    conflicts: list[Conflict] | None,
    claim_texts: dict[str, str] | None,
    extractor: str | None = None,
) -> tuple[RunSummary, list, int]:
    """Writes the run's last transaction; on failure the store is left as it was before it.
    Then, still holding the file (so the copy is of this commit), publishes the snapshot.

    `clusters` and `conflicts` are None when nothing was new: the stored ones stand.
    Returns the summary and the top conflicts, for the artifact.
    """
    with open_store(db, warn=_warn) as con:
        if clusters is None or conflicts is None:
            counts = store_counts(con)
            summary = summary.model_copy(update={
                "claims": counts.claims, "clusters": counts.clusters, "conflicts": counts.conflicts,
                "finished_at": _now(), "status": "completed"})
            record_run(con, summary)
        else:
            summary = summary.model_copy(update={
                "claims": total_claims, "clusters": clusters.cluster_count(),
                "conflicts": len(conflicts), "finished_at": _now(), "status": "completed"})
            write_run(
                con,
                summary=summary,
                articles=articles,
                claims=claims,
                clusters=clusters,
                conflicts=conflicts,
                claim_texts=claim_texts or {},
                now=summary.finished_at,
                extractor=extractor,
            )
        summary = summary.model_copy(update={"stale_conflicts": stale_conflict_count(con),
                                             "stale_by_rules": stale_by_rules_count(con)})
        logger = get_run_logger()
        logger.info("committed run %s", summary.run_id)
        started = time.perf_counter()
        try:
            target = publish_snapshot(con, snapshot_path(db))
            logger.info("snapshot %s published in %.2f s", target, time.perf_counter() - started)
        except (duckdb.Error, OSError) as exc:  # the run is stored; readers keep the old snapshot
            logger.warning("snapshot not refreshed: %s", exc)
        views = conflict_views(con, limit=10)
        total = conflict_count(con)  # the artifact says "10 of N"
    return summary, views, total


@flow(name="counterclaim", log_prints=False)
def counterclaim_flow(
    paths: list[str],
    db: str,
    model: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    commit_every: int | None = None,
    workers: int | None = None,
) -> RunSummary:
    """Reads articles, extracts their claims, clusters them with the stored ones, finds
    conflicts and stores it all: in one transaction for up to `commit_every` articles
    (default $COUNTERCLAIM_COMMIT_EVERY, else 500), else in batches of that many articles
    and a last transaction with the clusters, conflicts and run record.

    `workers` parser processes (default $COUNTERCLAIM_WORKERS, else the usable cores) parse
    the batches under the default task runner; 1 parses in this process."""
    reclaim_sigterm()  # `counterclaim run`: SIGTERM ends in one line, as Ctrl-C does
    started_at = _now()
    return_large_blocks_at_once()
    commit_every = max(1, commit_every or _commit_every_from_env())
    workers = worker_count(workers)
    check_writable_store(Path(db), warn=_warn)  # fail before the NLP, not after it
    # One writing run per store: a second run waits, then stops naming this one.
    with run_lock(db, warn=_warn):
        summary = RunSummary(
            run_id=stable_id("run", started_at.isoformat(), *paths), started_at=started_at
        )
        began = begin(db, summary)
        signature = extractor_signature(model)
        stored = Counter()  # (u62) articles committed by whole batches, by how they arrived

        try:
            # Extract
            articles, rejections = ingest(paths, db)
            sorted_articles = triage(articles, db, signature if reextract_enabled() else None)
            rejections = rejections + sorted_articles.clashes
            summary = summary.model_copy(update={
                "articles_read": len(articles) - len(sorted_articles.clashes),
                "articles_new": len(sorted_articles.new),
                "articles_changed": len(sorted_articles.changed),
                "articles_unchanged": len(sorted_articles.unchanged),
                "articles_reextracted": len(sorted_articles.reextract),
                "reextract_cause": sorted_articles.reextract_cause,
                "articles_rejected": len(rejections),
                "rejections": rejections,
                "moved_sources": sorted_articles.moved,
            })
            todo = sorted_articles.to_extract
            # Only the batches hold the articles from here: each is let go once committed.
            # (x54) Conflict rules changed by an upgrade (any change to the claims code)
            # are applied to the whole store at once, not whenever an article next arrives.
            rules = code_fingerprint()
            rules_changed = sorted_articles.conflict_rules != rules
            recompute = bool(todo) or sorted_articles.stale or rules_changed
            if rules_changed and not todo and not sorted_articles.stale:
                get_run_logger().info("the claims code changed since the stored conflicts were "
                                      "computed: recomputing clusters and conflicts")
            summary = summary.model_copy(update={
                "conflict_rules": rules if recompute else sorted_articles.conflict_rules})
            textless = {a.article_id for a in sorted_articles.reextract}
            arrived = {a.article_id: "new" for a in sorted_articles.new} | {
                a.article_id: "changed" for a in sorted_articles.changed} | {
                a.article_id: "reextracted" for a in sorted_articles.reextract}
            del articles, sorted_articles
            batches = [todo[i : i + batch_size] for i in range(0, len(todo), batch_size)]
            del todo
            pending: list[Article] = []
            pending_claims: list[Claim] = []
            with (_parse_pool_for(batches, workers, model) as pool,
                  _Progress(sum(map(len, batches)), workers=pool.size if pool is not None else 1,
                            batches=len(batches)) as progress):
                load = partial(_with_stored_texts, db, textless) if textless else None
                for n, batch, found in _extract_in_order(batches, model, progress.advance, load,
                                                         waiting=progress.tick):
                    pending_claims += found
                    pending += batch
                    if len(pending) >= commit_every and n < len(batches):
                        store_batch(db, summary, quote(pending), quote(pending_claims), signature)
                        stored.update(arrived.get(a.article_id, "new") for a in pending)
                        pending, pending_claims = [], []
            del batches

            # Transform: nothing new (and nothing left over by a killed run) means nothing to
            # re-judge; the run is recorded all the same.
            clusters, conflicts, claim_texts, total_claims = None, None, None, 0
            if recompute:
                outlets = {a.article_id: (a.outlet, a.published) for a in pending}
                refs = load_stored_claims(db, set(outlets)).value + [
                    StoredClaimRef(c, *outlets[c.article_id]) for c in pending_claims]
                # One order whatever the batches were, so a resumed run finds what one run would.
                refs.sort(key=lambda r: (r.claim.article_id, r.claim.start_char, r.claim.claim_id))
                leads = load_article_leads(db, set(outlets)).value | {
                    a.article_id: story_lead(a.title, a.text) for a in pending}
                clusters = cluster(quote(refs))
                reviewed = load_reviewed_conflicts(db).value  # (q51) a judged conflict keeps its pair
                conflicts = detect_conflicts(quote(refs), quote(clusters), quote(leads), quote(reviewed))
                del leads
                named = {c.claim_a for c in conflicts} | {c.claim_b for c in conflicts}
                claim_texts = {r.claim.claim_id: r.claim.text for r in refs if r.claim.claim_id in named}
                total_claims = len(refs)
                del refs
                release_freed_memory()

            # Load
            summary, views, total = store(
                db, summary, quote(pending), quote(pending_claims), total_claims, quote(clusters),
                quote(conflicts), quote(claim_texts), signature,
            )
        except Exception as exc:
            busy = isinstance(exc, StoreBusy)
            recorded = _record_failure(db, failed_record(summary, stored), busy=busy)
            if busy:
                # (u62) The wait's "nothing written" was said before the failure record's
                # own 2 s try, which succeeds when the holder lets go in between.
                raise exc.saying(what_was_written(began=began, recorded=recorded,
                                                  stored=sum(stored.values()))) from None
            raise
        report(db, summary, quote(views), total)
        return summary


def seconds_per_article(articles: int, seconds: float) -> str:
    """(x60) The one unit of a run's progress lines: "1.4 s/article" (the batch lines said
    "1.1 s/article" and the next line "1.1 articles/s", u60), with the digits a fast batch
    needs ("0.25 s/article", "0.004 s/article") rather than "0.0"."""
    each = seconds / articles if articles else 0.0
    digits = 1 if each >= 1 else 2 if each >= 0.1 else 3
    return f"{each:.{digits}f} s/article"


class _Progress:
    """Articles done of the total, logged after every batch of a run with more than one
    batch (per batch, never per article), as each batch is extracted: in parallel, a later
    batch is often done first (it is the smaller one), and counted only when taken in order
    it came in the same millisecond as the one before, after a long silence (u53: nothing
    for 42 s, then 64/93 and 93/93 together).

    (x60, u60) A line at least every `heartbeat` seconds while batches are being parsed
    (47 s of silence after "parsing 2 batch(es) in 2 worker processes"): `tick`, called by
    the flow as it waits for a batch. The time left is estimated from the recent rate, per worker: the latest
    batch's seconds per article (from when its worker took it: at the start, or when that
    worker's previous batch ended) times the articles left, less the time the batches still
    being parsed have already run, shared among the workers still busy. The overall rate
    (done / elapsed) ignored the batches in flight and said "about 87 s left" 19 s before
    the end. Batches differ in article length, so it stays an estimate."""

    def __init__(self, total: int, *, workers: int = 1, batches: int = 1, heartbeat: float = 15.0,
                 clock: Callable[[], float] = time.perf_counter, logger: object = None) -> None:
        self.total, self.done, self.clock = total, 0, clock
        self.started = self.said = clock()
        self.batches_left = batches
        # when each worker took the batch it is parsing (all at the start)
        self.took = [self.started] * max(1, min(workers, batches))
        self.per_article: float | None = None
        self.heartbeat = heartbeat
        self.logger = logger if logger is not None else get_run_logger()
        self._lock = threading.Lock()

    def __enter__(self) -> _Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.said = float("inf")  # no heartbeat after the extraction

    def tick(self) -> None:
        """The heartbeat: a line when none was logged for `heartbeat` seconds."""
        with self._lock:
            now = self.clock()
            if self.done >= self.total or not self.heartbeat or now - self.said < self.heartbeat:
                return
            self.said = now
            left = self.left(now)
            self.logger.info(
                "extracting: %d/%d articles done after %.0f s, %d batch(es) in progress%s",
                self.done, self.total, now - self.started, min(len(self.took), self.batches_left),
                f", about {left:.0f} s left" if left is not None else "")

    def advance(self, articles: int) -> None:
        with self._lock:
            now = self.clock()
            self.done += articles
            self.batches_left -= 1
            self.took.sort()
            began = self.took.pop(0)  # the worker busy longest ended first
            if articles:
                self.per_article = (now - began) / articles
            self.took.append(now)
            if self.done == self.total and self.done == articles:
                return  # a single batch: its own line said it all
            self.said = now
            left = self.left(now) or 0.0
            self.logger.info(
                "extracted %d/%d articles (%.0f%%), %s, about %.0f s left",
                self.done, self.total, 100 * self.done / max(self.total, 1),
                seconds_per_article(self.done, now - self.started), left,
            )

    def left(self, now: float) -> float | None:
        """Seconds left, from the recent rate per worker; None before any batch ended."""
        if self.per_article is None:
            return None
        busy = min(len(self.took), self.batches_left)
        if busy <= 0:
            return 0.0
        running = sum(now - took for took in sorted(self.took)[:busy])
        return max((self.total - self.done) * self.per_article - running, 0.0) / busy


def _with_stored_texts(db: str, textless: set[str], batch: list[Article]) -> list[Article]:
    """(p55) The batch with the stored text of its re-extracted articles (triage read them
    without it): read per batch, not the whole store's at once after an upgrade."""
    ids = [a.article_id for a in batch if a.article_id in textless]
    if not ids:
        return batch
    with open_store(db, read_only=True, warn=_warn) as con:
        texts = stored_texts(con, ids)
    return [a.model_copy(update={"text": texts[a.article_id]})
            if a.article_id in textless and a.article_id in texts else a for a in batch]


def _extract_in_order(
    batches: list[list[Article]], model: str | None,
    extracted: Callable[[int], None] = lambda articles: None,
    load: Callable[[list[Article]], list[Article]] | None = None,
    *,
    waiting: Callable[[], None] = lambda: None,
) -> Iterator[tuple[int, list[Article], list[Claim]]]:
    """Each batch with its claims, in batch order. Under the default task runner one batch
    at a time, in the flow process; under another (Dask) a few batches per worker ahead.
    `extracted(articles)` is called in the flow's thread as each batch's task ends, in the
    order they end, which in parallel is not batch order (the progress lines).

    (p55) `load(batch)`, when given, completes a batch (the stored texts of re-extracted
    articles) just before it is submitted; a batch yielded is dropped from `batches`, so
    the texts read are held only from submission until the flow has committed them.

    (x60) `waiting()` is called about every second while the flow waits for a batch (the
    progress heartbeat), in the flow's thread: a line logged from a thread of its own
    started a second temporary Prefect server and failed its events."""
    if load is not None:
        batches = list(batches)  # the caller's list keeps its textless batches
    extract = extract_claims_batch
    if not cache_enabled():
        # Not persisted, so kept in memory until the flow has taken it (then dropped).
        extract = extract.with_options(cache_policy=NO_CACHE, persist_result=False,
                                       cache_result_in_memory=True)
    logger = get_run_logger()

    def claims_of(n: int, state) -> list[Claim]:
        found = state.result()  # raises the task's error, as a direct call would
        if isinstance(found, Untracked):
            found = found.value  # else a list, cached by an earlier version
        if state.name == "Cached":
            logger.info("batch %d/%d: %d claim(s) from the cache", n, len(batches), len(found))
        return found

    runner = FlowRunContext.get().task_runner
    pool = active_parse_pool()
    if isinstance(runner, ThreadPoolTaskRunner) and pool is None:
        # quote(): Prefect would otherwise walk every model of the batches looking for futures.
        for n in range(1, len(batches) + 1):
            batch = load(batches[n - 1]) if load is not None else batches[n - 1]
            future = extract.submit(quote(batch), model, n, len(batches))
            while not _ended(future, WAIT_TICK):
                waiting()
            state = future.state
            extracted(len(batch))
            if load is not None:
                batches[n - 1] = []
            yield n, batch, claims_of(n, state)
            del batch
        return

    if pool is not None:
        # Task runs in threads, each waiting for its batch from a parse worker: one batch
        # queued behind each busy worker, so none waits for the flow.
        ahead, wrap = 2 * pool.size, quote
    else:
        from flows.scaleout import in_flight  # noqa: PLC0415

        # Not quote()d: the annotation does not survive the trip to a Dask worker.
        ahead, wrap = in_flight(runner), (lambda batch: batch)
    futures = {}
    submitted = 0
    # Batch numbers as their tasks end, put by the futures' callbacks (in a worker's or
    # Dask's thread, without the run's logger); counted here, in the flow's thread.
    ended: queue.SimpleQueue[int] = queue.SimpleQueue()
    counted: set[int] = set()
    sizes = [len(b) for b in batches]
    for n in range(1, len(batches) + 1):
        while submitted < len(batches) and submitted < n - 1 + ahead:
            submitted += 1
            if load is not None:
                batches[submitted - 1] = load(batches[submitted - 1])
            futures[submitted] = extract.submit(
                wrap(batches[submitted - 1]), model, submitted, len(batches))
            futures[submitted].add_done_callback(lambda _, k=submitted: ended.put(k))
        while n not in counted:
            try:
                k = ended.get(timeout=WAIT_TICK)
            except queue.Empty:
                waiting()
                continue
            counted.add(k)
            extracted(sizes[k - 1])
        future = futures.pop(n)
        future.wait()
        batch = batches[n - 1]
        if load is not None:
            batches[n - 1] = []
        yield n, batch, claims_of(n, future.state)
        del batch


WAIT_TICK = 1.0  # seconds between the progress heartbeat's looks while a batch is parsed


def _ended(future, timeout: float) -> bool:
    """Whether the task's future has ended, waiting for it at most `timeout` seconds."""
    future.wait(timeout)
    return future.state.is_final()


@contextmanager
def _parse_pool_for(batches: list[list[Article]], workers: int, model: str | None):
    """Parse workers for this run's batches: only under the default task runner (a Dask
    cluster has its own workers), never more than batches, none for a single batch
    (starting a worker costs more than it saves there)."""
    runner = FlowRunContext.get().task_runner
    if not isinstance(runner, ThreadPoolTaskRunner):
        workers = 1
    with parse_pool(min(workers, len(batches)), model) as pool:
        if pool is not None:
            get_run_logger().info("parsing %d batch(es) in %d worker processes",
                                  len(batches), pool.size)
        yield pool


@task(name="report", cache_policy=NO_CACHE)
def report(db: str, summary: RunSummary, views: list, total: int | None = None) -> None:
    """The run's summary and top conflicts as a Prefect markdown artifact."""
    try:
        from prefect.artifacts import create_markdown_artifact  # noqa: PLC0415

        create_markdown_artifact(
            key=ARTIFACT_KEY,
            markdown=render_run_summary(summary, views, db, total=total),
            description=f"counterclaim run {summary.run_id}",
        )
    except Exception as exc:  # the run is stored; a missing artifact must not fail it
        get_run_logger().warning("could not create the run artifact: %s", exc)


def failed_record(summary: RunSummary, stored: Counter) -> RunSummary:
    """(u62) The row of a run that failed: `failed`, counting only the articles it stored
    (those of the whole batches a long run committed; none otherwise), and nothing it would
    have written with its last transaction. The summary as planned (articles_new 99, its
    rejections, the new paths of moved articles) was written by the failure record: the
    store then held rejections never printed and sources rewritten by a run that said
    "nothing written". The next run reads the inputs again and reports their rejections."""
    return summary.model_copy(update={
        "status": "failed", "finished_at": _now(),
        "articles_read": stored["new"] + stored["changed"], "articles_new": stored["new"],
        "articles_changed": stored["changed"], "articles_unchanged": 0,
        "articles_reextracted": stored["reextracted"], "articles_rejected": 0,
        "rejections": [], "moved_sources": {}, "claims": 0, "clusters": 0, "conflicts": 0,
    })


def what_was_written(*, began: bool, recorded: bool, stored: int) -> str:
    """What a run that failed on a busy store wrote, for its one line (which said "nothing
    written" whatever the failure record then did)."""
    batches = f" and the {stored} article(s) of its committed batches" if stored else ""
    if recorded:
        return f"nothing written but the run's row, as 'failed'{batches}"
    if began or stored:
        return (f"nothing written but the run's row, as 'running' (the next run marks it "
                f"'interrupted'){batches}")
    return StoreBusy.NOTHING_WRITTEN


def _record_failure(db: str, summary: RunSummary, busy: bool = False) -> bool:
    """Records the run as failed (`summary` is its `failed_record`); after a busy store,
    only if the file frees up at once. Returns whether it did."""
    try:
        wait = min(BEGIN_WAIT, db_wait_seconds()) if busy else None
        with open_store(db, wait=wait, warn=_unsaid if busy else _warn) as con:
            record_run(con, summary)
        return True
    except StoreBusy as exc:
        if not busy:
            get_run_logger().warning("could not record the failed run: %s", exc)
        # else: still busy, as the run's own error line says; the next run marks it 'interrupted'
    except Exception as exc:  # the original error matters more than this one
        get_run_logger().warning("could not record the failed run: %s", exc)
    return False


def _unsaid(message: str) -> None:
    """A short wait's retries, kept out of the console (debug level)."""
    logging.getLogger("counterclaim.store").debug("%s", message)


def _warn(message: str) -> None:
    """Store waits are logged to the Prefect run (and so to the console)."""
    try:
        get_run_logger().warning("%s", message)
    except Exception:  # outside a flow or task run
        logging.getLogger("counterclaim.store").warning("%s", message)


def _commit_every_from_env() -> int:
    raw = os.environ.get(COMMIT_EVERY_ENV, "").strip()
    try:
        return int(raw) if raw else DEFAULT_COMMIT_EVERY
    except ValueError:
        raise StoreError(f"{COMMIT_EVERY_ENV}={raw!r}: not a number of articles") from None


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)
