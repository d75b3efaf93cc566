"""The review desk's web app: server-rendered pages over the store, and one write, a verdict.

What it promises, and how:
- It never holds the database between requests, so a scheduled run can always write:
  every request opens the store (`open_store`, which waits while a run holds the file)
  and closes it before the response is sent. Requests take turns on the file (a lock in
  this process), because DuckDB refuses a read-only and a writable connection to one file
  in one process at the same time.
- Article text is untrusted input: every piece of it reaches the page through Jinja2 with
  autoescape on, highlights are built from offsets into separately escaped pieces, and a
  Content-Security-Policy forbids inline scripts should anything slip through.
- The only write is `POST /conflicts/{id}/reviews` with a verdict: an unknown conflict is
  404, a verdict that is not one of `confirmed|dismissed|unclear` 422, and a form posted
  from another site (its `Origin`, else `Referer`, names another host) 403. Every other
  method on every page is 405.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import parse_qs, urlencode, urlsplit

import duckdb
from jinja2 import Environment, PackageLoader
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from claims.models import ConflictKind, ConflictView, ReviewTooLong, Verdict, check_review_text
from claims.readable import readable_speaker
from claims.reporting import marked_parts, stale_reason
from desk.highlight import Piece, claim_in_paragraph, pieces
from store.browse import (
    CONFLICT_ORDERS,
    article_detail,
    article_list,
    claims_in_context,
    cluster_list,
    cluster_neighbours,
    conflict_facets,
    conflict_view,
    find_conflicts,
    review_history,
)
from store.connection import StoreBusy, StoreError, open_store
from store.reads import REATTRIBUTED, STALE
from store.writes import add_review

T = TypeVar("T")

MAX_FORM_BYTES = 20_000
MAX_SEARCH = 200
PAGE_ROWS = 500  # conflicts shown at most; more means the filters should narrow them
STATUSES = ("open", *(v.value for v in Verdict))
# (x62, u62) what the conflicts page filters by: `report --status`'s choices, stale and
# re-attributed conflicts too (`?status=stale` was a 400)
FILTER_STATUSES = (*STATUSES, STALE, REATTRIBUTED)
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; "
    "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "[::1]", "::1"]


def templates() -> Environment:
    env = Environment(loader=PackageLoader("desk", "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["safe_url"] = safe_url
    # (x62, u62) a speaker as the text reports show it ("was the campaign group", not "was
    # The campaign group")
    env.filters["speaker"] = readable_speaker
    return env


def safe_url(url: str | None) -> str | None:
    """Only http(s) links from articles become links (no `javascript:` and the like)."""
    if url and urlsplit(url.strip()).scheme.lower() in ("http", "https"):
        return url.strip()
    return None


class Desk:
    """The app's state: which file, who reviews by default, and the turn-taking lock."""

    def __init__(self, db: Path | str, *, reviewer: str | None = None, wait: float | None = None):
        self.db = Path(db)
        self.reviewer = reviewer
        self.wait = wait
        self.lock = threading.Lock()
        self.env = templates()

    def read(self, fn: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
        with self.lock, open_store(self.db, read_only=True, wait=self.wait) as con:
            return fn(con)

    def write(self, fn: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
        with self.lock, open_store(self.db, wait=self.wait) as con:
            return fn(con)

    def page(self, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        html = self.env.get_template(name).render(db=self.db.name, **context)
        return HTMLResponse(html, status_code=status_code, headers=SECURITY_HEADERS)


# ---------------------------------------------------------------- the conflicts page

def _choice(params: dict[str, str], name: str, allowed: tuple[str, ...] | list[str]) -> str | None:
    value = params.get(name, "").strip()
    if not value:
        return None
    if value not in allowed:
        raise HTTPException(400, f"{name}={value!r} is not one of: {', '.join(allowed)}")
    return value


def _date(params: dict[str, str], name: str) -> date | None:
    value = params.get(name, "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(400, f"{name}={value!r} is not a date (YYYY-MM-DD)") from None


def conflicts_page(desk: Desk, request: Request) -> HTMLResponse:
    params = dict(request.query_params)
    filters = {
        "kind": _choice(params, "kind", [k.value for k in ConflictKind]),
        "status": _choice(params, "status", FILTER_STATUSES),
        "outlet": params.get("outlet", "").strip() or None,
        "speaker": params.get("speaker", "").strip()[:MAX_SEARCH] or None,
        "since": _date(params, "since"),
        "until": _date(params, "until"),
        "search": params.get("q", "").strip()[:MAX_SEARCH] or None,
    }
    order = _choice(params, "sort", list(CONFLICT_ORDERS)) or "score"

    def query(con: duckdb.DuckDBPyConnection) -> tuple[list[ConflictView], dict[str, list[str]]]:
        return find_conflicts(con, order=order, limit=PAGE_ROWS + 1, **filters), conflict_facets(con)

    conflicts, facets = desk.read(query)
    truncated = len(conflicts) > PAGE_ROWS
    conflicts = conflicts[:PAGE_ROWS]
    shown = {k: v for k, v in params.items() if k in ("kind", "status", "outlet", "speaker", "since", "until", "q") and v}

    def sort_link(sort: str) -> str:
        return "/conflicts?" + urlencode({**shown, "sort": sort})

    return desk.page("conflicts.html", conflicts=conflicts, facets=facets, params=params, order=order,
                     orders=list(CONFLICT_ORDERS), statuses=FILTER_STATUSES, sort_link=sort_link,
                     filtered=bool(shown), truncated=truncated)


# ---------------------------------------------------------------- one conflict

def _side(view: ConflictView, side: str, context: dict[str, dict[str, Any]]) -> dict[str, Any]:
    claim_id = getattr(view, f"claim_{side}")
    # (r50) A stale conflict's claim still stored in a rewritten sentence (`edited`) shows
    # the copy the reviewer judged, as a claim gone does, not the article's new wording.
    row = context.get(claim_id) if getattr(view, f"{side}_claim_state") == "current" else None
    if row is not None:
        text: list[Piece] = claim_in_paragraph(row["article_text"], row["start_char"], row["end_char"], claim_id)
        info = {k: v for k, v in row.items() if k != "article_text"}
    else:  # the claim's article changed since: what the conflict remembers of it
        before, claim, after = marked_parts(getattr(view, f"{side}_sentence"),
                                            getattr(view, f"{side}_offset_in_sentence"),
                                            getattr(view, f"{side}_text"))
        text = [p for p in (Piece(text=before), Piece(text=claim, claim_id=claim_id), Piece(text=after)) if p.text]
        info = {"claim_id": claim_id, "speaker": getattr(view, f"{side}_speaker"),
                "speaker_role": getattr(view, f"{side}_speaker_role"), "article_id": None,
                "outlet": None, "published": None, "url": None, "title": None, "source": None}
    return {"label": side.upper(), "pieces": text, "missing": row is None, **info}


def conflict_page(desk: Desk, request: Request) -> HTMLResponse:
    conflict_id = request.path_params["conflict_id"]

    def query(con: duckdb.DuckDBPyConnection) -> dict[str, Any] | None:
        view = conflict_view(con, conflict_id)
        if view is None:
            return None
        ids = [view.claim_a, view.claim_b]
        return {"view": view, "context": claims_in_context(con, ids),
                "neighbours": cluster_neighbours(con, ids),
                "reviews": review_history(con, view.conflict_id)}

    found = desk.read(query)
    if found is None:
        raise HTTPException(404, f"no conflict with id {conflict_id!r}")
    view = found["view"]
    sides = [_side(view, "a", found["context"]), _side(view, "b", found["context"])]
    recorded = request.query_params.get("recorded")
    return desk.page("conflict.html", c=view, sides=sides, neighbours=found["neighbours"],
                     stale_reason=stale_reason(view),
                     reviews=found["reviews"], verdicts=[v.value for v in Verdict],
                     reviewer=desk.reviewer or "", recorded=recorded if recorded in STATUSES else None)


# ---------------------------------------------------------------- the one write

def _cross_site(request: Request) -> bool:
    """A browser posting a form says where from; refuse any other site (a cheap CSRF guard:
    the desk has no sessions to steal, but a page elsewhere must not record verdicts)."""
    if request.headers.get("sec-fetch-site") == "cross-site":
        return True
    origin = request.headers.get("origin") or request.headers.get("referer")
    if origin is None:
        return False  # not a browser form: curl, scripts
    return origin == "null" or urlsplit(origin).netloc != request.headers.get("host")


async def post_review(desk: Desk, request: Request) -> Response:
    conflict_id = request.path_params["conflict_id"]
    if _cross_site(request):
        raise HTTPException(403, "verdicts can only be posted from the desk's own pages")
    if request.headers.get("content-type", "").split(";")[0].strip() != "application/x-www-form-urlencoded":
        raise HTTPException(415, "post the verdict as a form (application/x-www-form-urlencoded)")
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        raise HTTPException(413, "form too large")
    try:
        form = {k: v[0] for k, v in parse_qs(body.decode("utf-8"), keep_blank_values=True).items()}
    except (UnicodeDecodeError, ValueError):
        raise HTTPException(400, "the form is not valid UTF-8") from None
    raw = form.get("verdict", "")
    try:
        verdict = Verdict(raw)
    except ValueError:
        raise HTTPException(422, f"verdict {raw!r} is not one of: {', '.join(v.value for v in Verdict)}") from None
    note = form.get("note", "").strip() or None
    reviewer = form.get("reviewer", "").strip() or desk.reviewer
    try:
        check_review_text(note, reviewer)
    except ReviewTooLong as exc:
        raise HTTPException(422, str(exc)) from None
    now = datetime.now(timezone.utc).replace(tzinfo=None)

    def write(con: duckdb.DuckDBPyConnection) -> str:
        return add_review(con, conflict_id, verdict, note, reviewer, now)

    try:
        conflict_id = await run_in_threadpool(desk.write, write)
    except KeyError:
        raise HTTPException(404, f"no conflict with id {conflict_id!r}") from None
    return RedirectResponse(f"/conflicts/{conflict_id}?recorded={verdict.value}#reviews", status_code=303)


# ---------------------------------------------------------------- clusters and articles

def clusters_page(desk: Desk, request: Request) -> HTMLResponse:
    return desk.page("clusters.html", clusters=desk.read(cluster_list))


def articles_page(desk: Desk, request: Request) -> HTMLResponse:
    return desk.page("articles.html", articles=desk.read(article_list))


def article_page(desk: Desk, request: Request) -> HTMLResponse:
    article_id = request.path_params["article_id"]
    article = desk.read(lambda con: article_detail(con, article_id))
    if article is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    text = article.pop("text")
    paragraphs = []
    offset = 0
    for line in text.split("\n"):
        spans = [(c["start_char"], c["end_char"], c["claim_id"]) for c in article["claims"]
                 if c["start_char"] < offset + len(line) and c["end_char"] > offset]
        if line.strip():
            paragraphs.append(pieces(line, spans, offset=offset))
        offset += len(line) + 1
    return desk.page("article.html", a=article, paragraphs=paragraphs)


# ---------------------------------------------------------------- the app

def create_app(
    db: Path | str,
    *,
    reviewer: str | None = None,
    wait: float | None = None,
    allowed_hosts: list[str] | None = None,
) -> Starlette:
    """The desk over `db`. `allowed_hosts` (the Host headers accepted) guards a desk on a
    loopback address against DNS rebinding; None accepts any."""
    desk = Desk(db, reviewer=reviewer, wait=wait)

    def get(fn: Callable[[Desk, Request], Response]) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            return await run_in_threadpool(fn, desk, request)
        return endpoint

    async def review(request: Request) -> Response:
        return await post_review(desk, request)

    async def home(request: Request) -> Response:
        return RedirectResponse("/conflicts", status_code=302)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if exc.status_code == 405:
            return Response("method not allowed", status_code=405, headers={**SECURITY_HEADERS, **(exc.headers or {})})
        return desk.page("error.html", status_code=exc.status_code, status=exc.status_code, message=exc.detail)

    async def store_error(request: Request, exc: Exception) -> Response:
        status = 503 if isinstance(exc, StoreBusy) else 500
        return desk.page("error.html", status_code=status, status=status, message=str(exc))

    routes = [
        Route("/", home, methods=["GET"]),
        Route("/conflicts", get(conflicts_page), methods=["GET"]),
        Route("/conflicts/{conflict_id}", get(conflict_page), methods=["GET"]),
        Route("/conflicts/{conflict_id}/reviews", review, methods=["POST"]),
        Route("/clusters", get(clusters_page), methods=["GET"]),
        Route("/articles", get(articles_page), methods=["GET"]),
        Route("/articles/{article_id}", get(article_page), methods=["GET"]),
        Mount("/static", StaticFiles(packages=[("desk", "static")]), name="static"),
    ]
    middleware = [Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)] if allowed_hosts else []
    return Starlette(routes=routes, middleware=middleware,
                     exception_handlers={HTTPException: http_error, StoreError: store_error})


def serve(db: Path | str, *, host: str = "127.0.0.1", port: int = 8000, reviewer: str | None = None) -> None:
    """Runs the desk until Ctrl-C (uvicorn, one process)."""
    import uvicorn  # noqa: PLC0415  (only the `ui` command needs it)

    allowed = [*LOOPBACK_HOSTS, host] if host in LOOPBACK_HOSTS else None
    app = create_app(db, reviewer=reviewer, allowed_hosts=allowed)
    listening = listen(host, port)  # before the address is printed: a busy port fails here
    print(f"counterclaim review desk on http://{host if ':' not in host else f'[{host}]'}:{port}/ "
          f"over {db} (Ctrl-C to stop)", flush=True)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    server.run(sockets=[listening])


def listen(host: str, port: int) -> socket.socket:
    """A socket bound to the address (uvicorn listens on it), or OSError naming it: a port
    in use, an address not of this machine."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, kind, proto)
    except OSError as exc:
        raise OSError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
        sock.bind(address)
    except OSError as exc:
        sock.close()
        raise OSError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    return sock
