"""Turning the bytes of an input file into articles, or into rejections that say why.

Pure: it is handed a source name and its bytes, so it knows nothing of the file system
and every bad-input case can be tested without touching disk. A bad JSONL line rejects
that line only; the rest of the file still goes through.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import PurePath

from pydantic import ValidationError

from claims.models import Article, Rejection, stable_id, text_sha256

SUPPORTED_SUFFIXES = (".txt", ".json", ".jsonl")

# The seeds open with " date 2023-06-26 " followed by the first sentence on the same line;
# other inboxes write "Date: 2026-11-23" on a line of its own, or a date-time. The header
# ends with the whitespace after the date, so the stored text starts at the article. Blank
# lines before it (some exporters write one) do not hide it: it was stored as article text.
DATE_HEADER = re.compile(
    r"\A\ufeff?\s*date(?:[ \t]*:[ \t]*|[ \t]+)"
    r"(\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)"
    r"(?:\s+|\Z)",
    re.IGNORECASE,
)
# "date:" then anything, or "date" then a figure, is meant as a header ("date 23/11/2026",
# "Date: next Tuesday"); "date palms grow here" is not.
MEANT_AS_DATE_HEADER = re.compile(
    r"\A\ufeff?\s*date(?:[ \t]*:[ \t]*(?P<line>.*)|[ \t]+(?P<token>\d\S*))", re.IGNORECASE
)
# A plain-text article can also name its outlet, title and url, one "Name: value" line each,
# before or after the date header, as the JSON fields do: without them every claim of a
# .txt inbox was reported from "outlet unknown", and outlets are what a fact-checker
# weighs two accounts by. Only these names, only at the very start: "Title IX" or a first
# sentence "Outlet: ..." further down is text.
TXT_FIELD_HEADER = re.compile(r"\A\ufeff?\s*(outlet|title|url)[ \t]*:[ \t]*([^\r\n]*)(?:\r?\n|\Z)",
                              re.IGNORECASE)
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
UTF8_BOM = b"\xef\xbb\xbf"
JSON_FIELDS = ("id", "text", "title", "outlet", "url", "published")
# spaCy refuses a longer text (its `nlp.max_length`, E088: the parser needs about 1 GB per
# 100,000 characters), and that error in an extraction batch fails the whole run. Such an
# input is rejected here instead, so the rest of the batch goes through.
MAX_TEXT_CHARS = 1_000_000
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class InputError(ValueError):
    """A reason an input cannot become an article; its message is shown to the operator."""


def parse_source(name: str, data: bytes) -> tuple[list[Article], list[Rejection]]:
    """Articles and rejections from one file's bytes, dispatched on its suffix."""
    suffix = PurePath(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        return [], [Rejection(source=name, reason=f"unsupported file type {suffix or '(none)'!r}; "
                              f"expected one of {', '.join(SUPPORTED_SUFFIXES)}")]
    try:
        text = decode_text(data)
    except InputError as exc:
        return [], [Rejection(source=name, reason=str(exc))]
    stem = PurePath(name).stem
    if suffix == ".txt":
        return _one(name, lambda: article_from_txt(name, stem, text))
    if suffix == ".json":
        return _one(name, lambda: article_from_json_text(name, stem, text))
    return articles_from_jsonl(name, stem, text)


def decode_text(data: bytes) -> str:
    if not data.removeprefix(UTF8_BOM).strip():
        raise InputError("empty file")
    if data.startswith(UTF16_BOMS):
        raise InputError("UTF-16 text; expected UTF-8")
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes), expected UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"invalid UTF-8 at byte {exc.start}: {exc.reason}") from None
    return text.removeprefix("\ufeff")


def article_from_txt(source: str, article_id: str, text: str) -> Article:
    fields: dict[str, str | None] = {}
    published = None
    while True:
        if header := DATE_HEADER.match(text):
            if published is not None:
                raise InputError("two date headers")
            published = _parse_date(header.group(1), "date header")
            text = text[header.end():]
        elif meant := MEANT_AS_DATE_HEADER.match(text):
            value = (meant.group("token") or meant.group("line")).strip()
            raise InputError(f"date header is not an ISO date (YYYY-MM-DD): {value[:40]!r}")
        elif line := TXT_FIELD_HEADER.match(text):
            name = line.group(1).lower()
            if name in fields:
                raise InputError(f"two {name} headers")
            fields[name] = _optional(line.group(2))
            text = text[line.end():]
        else:
            break
    if published or fields:
        text = text.lstrip()
    text = text.rstrip()
    if not text.strip():
        raise InputError("no article text after the header" if published or fields else "no article text")
    return _article(article_id=article_id, source=source, text=text, published=published,
                    id_from="file name", **fields)


def article_from_json_text(source: str, default_id: str, text: str) -> Article:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    return article_from_mapping(source, default_id, obj)


def articles_from_jsonl(name: str, stem: str, text: str) -> tuple[list[Article], list[Rejection]]:
    articles: list[Article] = []
    rejections: list[Rejection] = []
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            rejections.append(Rejection(source=name, line=line_no,
                                        reason=f"malformed JSON line: {exc.msg} at column {exc.colno}"))
            continue
        try:
            articles.append(article_from_mapping(f"{name}:{line_no}", stem, obj, in_jsonl=True))
        except InputError as exc:
            rejections.append(Rejection(source=name, line=line_no, reason=str(exc)))
    if not articles and not rejections:
        rejections.append(Rejection(source=name, reason="empty file"))
    return articles, rejections


def article_from_mapping(
    source: str, default_id: str, obj: object, *, in_jsonl: bool = False
) -> Article:
    """An article from a JSON object. Without an "id", a .json file's article is named after
    the file; a JSONL line's after its "url", else after its file and its text, so that
    inserting or moving lines does not rename the articles after them (a line's number
    would)."""
    if not isinstance(obj, dict):
        raise InputError(f"expected a JSON object, got {type(obj).__name__}")
    body = obj.get("text")
    if body is None:
        raise InputError("missing required field 'text'")
    if not isinstance(body, str):
        raise InputError(f"field 'text' must be a string, got {type(body).__name__}")
    if not body.strip():
        raise InputError("field 'text' is empty")
    for field in ("title", "outlet", "url"):
        if obj.get(field) is not None and not isinstance(obj[field], str):
            raise InputError(f"field {field!r} must be a string")
    raw_id = obj.get("id")
    if raw_id is not None and not isinstance(raw_id, (str, int)):
        raise InputError("field 'id' must be a string or an integer")
    text = body.rstrip()
    if raw_id is not None:
        article_id, id_from = str(raw_id).strip(), "id"
    elif not in_jsonl:
        article_id, id_from = default_id, "file name"
    elif _optional(obj.get("url")):
        article_id, id_from = f"url-{stable_id(_optional(obj.get('url')), length=12)}", "url"
    else:
        article_id, id_from = f"{default_id}-{text_sha256(text)[:12]}", "text"
    if not article_id:
        raise InputError("field 'id' is empty")
    published = obj.get("published")
    return _article(
        article_id=article_id,
        id_from=id_from,
        source=source,
        text=text,
        title=_optional(obj.get("title")),
        outlet=_optional(obj.get("outlet")),
        url=_optional(obj.get("url")),
        published=_parse_date(published, "'published'") if published else None,
    )


def _optional(value: str | None) -> str | None:
    """A title, outlet or url without the spaces around it, and None when blank: an outlet
    of "" or "Ledger " was counted as an outlet of its own in `cluster_info` (outlets,
    sources), and a blank one named no article in the reports."""
    return (value.strip() or None) if value is not None else None


def drop_id_clashes(
    articles: Iterable[Article], *, rivals: bool = False,
) -> Iterator[Article | Rejection]:
    """The first article of each id passes; later ones are rejected, naming the first's source.

    Two inputs claiming one id would silently overwrite each other in the store. An id made
    from the text or the url (a JSONL line without "id") is the same only for the same
    text or url: the reason says so ("the same text as line 1"), not that an id the
    reader never wrote "clashes".

    (x62, u62) With `rivals`, only a repeat (the same text and metadata as an article
    already passed under its id) is rejected; an article of other content under a taken id
    passes too, for `claims.identity.settle_rivals` to judge against the store: which of
    two rivals came first is the walk's order, no reason to store it.
    """
    seen: dict[str, dict[tuple, str]] = {}
    for article in articles:
        contents = seen.setdefault(article.article_id, {})
        content = (article.sha256, article.metadata) if rivals else None
        first = contents.get(content) if rivals else next(iter(contents.values()), None)
        if first is None:
            contents[content] = article.source
            yield article
        else:
            source, line = _source_and_line(article.source)
            yield Rejection(source=source, line=line, reason=_clash_reason(article, first, rivals))


def _source_and_line(source: str) -> tuple[str, int | None]:
    """`f.jsonl:3` as (`f.jsonl`, 3); a file's own source as (it, None)."""
    path, _, line = source.rpartition(":")
    return (path, int(line)) if line.isdigit() and path else (source, None)


def _clash_reason(article: Article, first: str, repeat: bool = False) -> str:
    if article.id_from not in ("text", "url"):
        if repeat:  # the same article again, not a rival: nothing is lost by reading it once
            return f"article id {article.article_id!r}: the same article as {first}; read once"
        return f"article id {article.article_id!r} clashes with {first}"
    first_path, first_line = _source_and_line(first)
    same_file = first_line is not None and first_path == _source_and_line(article.source)[0]
    where = f"line {first_line}" if same_file else first
    return f"the same {article.id_from} as {where} (article id {article.article_id!r})"


def _parse_date(value: object, what: str) -> date:
    """A date, or the date of an ISO date-time (with or without a time zone); anything
    after it ("2026-11-20 maybe") makes it not a date."""
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
        try:
            return datetime.fromisoformat(value).date()
        except ValueError:
            pass
    raise InputError(f"{what} is not an ISO date (YYYY-MM-DD): {value!r}")


def _article(**fields: object) -> Article:
    text = fields["text"]
    if isinstance(text, str) and len(text) > MAX_TEXT_CHARS:
        raise InputError(f"article text too long: {len(text):,} characters "
                         f"(at most {MAX_TEXT_CHARS:,}, the parser's limit); split it")
    for name in ("text", "title", "outlet", "url", "article_id"):
        if isinstance(fields.get(name), str) and (bad := LONE_SURROGATE.search(fields[name])):
            # JSON may escape half of a UTF-16 pair ("\ud800"): Python reads it, but no
            # UTF-8 writer (the store, the cache key, the reports) can, and the run failed.
            shown = {"article_id": "id"}.get(name, name)
            raise InputError(f"field {shown!r} is not valid Unicode: an unpaired surrogate "
                             f"{bad.group()!a} at character {bad.start()}")
    try:
        return Article(**fields)
    except ValidationError as exc:
        raise InputError(f"invalid article: {exc.errors()[0]['msg']}") from None


def _one(name: str, make) -> tuple[list[Article], list[Rejection]]:
    try:
        return [make()], []
    except InputError as exc:
        return [], [Rejection(source=name, reason=str(exc))]
