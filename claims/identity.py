"""Whether an input article is new, changed, unchanged, or another article under an id
already taken: the store's side of an article's identity.

An id the input declared (a JSON "id", a JSONL line's "url") is the user's word that this
is the article stored under it, so different content replaces it, wherever it was read
from. An id derived from a file name is only a guess: inboxes kept in dated folders hold
many `story.txt`, so a file of another path with other text under a stored derived id
is refused rather than written over the stored article (and its claims, conflicts and
verdicts). The same text from another path is the same article moved: unchanged, or
changed when its outlet, title, url or date were corrected.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum

from claims.models import Article, StoredArticle

SameFile = Callable[[str, str], bool]


class Arrival(StrEnum):
    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    CLASH = "clash"  # another article under a derived id already taken: refused


def source_file(source: str) -> str:
    """The file of a source: `FILE:LINE` for a JSONL line names FILE."""
    head, _, tail = source.rpartition(":")
    return head if tail.isdigit() and head.lower().endswith(".jsonl") else source


def same_path(a: str, b: str) -> bool:
    """Two spellings of one path (`./inbox/x.txt`, `inbox/x.txt`); pure, no file system."""
    return os.path.normpath(a) == os.path.normpath(b)


def read_elsewhere(article: Article, stored: StoredArticle, same_file: SameFile = same_path) -> bool:
    """The article comes from another file than the stored one was read from."""
    return not same_file(source_file(stored.source), source_file(article.source))


def arrival(article: Article, stored: StoredArticle | None,
            same_file: SameFile = same_path) -> Arrival:
    """How `article` meets what the store holds under its id. A correction of the outlet,
    title, url or date counts as a change: claims (a narrated claim is the outlet's) and
    conflicts (time frames) are read from them. The same text is the same article from any
    path, so such a correction may come from a copy of the inbox; other text under a
    derived id may not."""
    if stored is None:
        return Arrival.NEW
    if stored.sha256 == article.sha256:
        return Arrival.UNCHANGED if stored.metadata == article.metadata else Arrival.CHANGED
    if read_elsewhere(article, stored, same_file) and article.id_from in ("file name", "text"):
        return Arrival.CLASH
    return Arrival.CHANGED


def by_line_text(stored: Iterable[StoredArticle]) -> dict[tuple[str, str], StoredArticle]:
    """Stored JSONL articles by file and text hash: a store written before JSONL ids
    survived reordering holds them as `STEM-LINE`, and an input line of the same file and
    text is that article, not a new one (it would be stored twice)."""
    return {(os.path.normpath(source_file(s.source)), s.sha256): s
            for s in stored if source_file(s.source) != s.source}


def stored_under_line_number(article: Article,
                             by_line: dict[tuple[str, str], StoredArticle]) -> StoredArticle | None:
    """The stored article that a JSONL line without an id was before its id was its
    text's or url's, when its text and metadata are the same."""
    if article.id_from not in ("text", "url"):
        return None
    found = by_line.get((os.path.normpath(source_file(article.source)), article.sha256))
    return found if found is not None and found.metadata == article.metadata else None


def clash_reason(article: Article, stored: StoredArticle) -> str:
    """Names both files and the way out: another file name (or, in JSON, an explicit id)
    makes it another article; the same name and path as the stored one replaces it."""
    if source_file(article.source).lower().endswith(".json"):
        fix = 'rename this file or give it an explicit "id"'
    else:
        fix = "rename this file"
    taken = "the file name" if article.id_from == "file name" else "the file name and text"
    return (f"article id {article.article_id!r} (taken from {taken}) is already stored "
            f"from {stored.source} with other text; not replaced: {fix} to store it "
            f"as another article")


def replacement_note(article: Article, stored: StoredArticle,
                     same_file: SameFile = same_path) -> str | None:
    """One line for the log when an article replaces one read from another file (under a
    declared id, or the same text with corrected metadata)."""
    if not read_elsewhere(article, stored, same_file):
        return None
    return (f"{article.source}: article id {article.article_id!r} replaces the article stored "
            f"from {stored.source}")


def settle_rivals(
    articles: Iterable[Article], known: Mapping[str, StoredArticle],
) -> tuple[list[Article], list[tuple[Article, str]]]:
    """(x62, u62) Inputs of one run that give one id to different articles (other text, or
    other outlet, title, url or date): neither is stored, unless one of them is the article
    already stored under that id (its text; then its metadata too, if that still leaves
    two), which is kept. The first in the walk was stored and the others rejected, so a
    stray copy sorted before the genuine file replaced it. Returns the articles kept (in
    input order) and each rejected one with its reason, naming the other files and which
    one, if any, was kept."""
    articles = list(articles)
    groups: dict[str, list[Article]] = {}
    for article in articles:
        groups.setdefault(article.article_id, []).append(article)
    dropped: dict[int, str] = {}
    for article_id, group in groups.items():
        if len(group) < 2:
            continue
        kept = _the_stored_one(group, known.get(article_id))
        for article in group:
            if article is kept:
                continue
            others = [a for a in group if a is not article]
            dropped[id(article)] = rival_reason(article, others, kept)
    return ([a for a in articles if id(a) not in dropped],
            [(a, dropped[id(a)]) for a in articles if id(a) in dropped])


def _the_stored_one(group: list[Article], stored: StoredArticle | None) -> Article | None:
    if stored is None:
        return None
    same_text = [a for a in group if a.sha256 == stored.sha256]
    if len(same_text) > 1:
        same_text = [a for a in same_text if a.metadata == stored.metadata]
    return same_text[0] if len(same_text) == 1 else None


def rival_reason(article: Article, others: list[Article], kept: Article | None) -> str:
    """Why a rival was not stored: the other inputs under its id, and what was stored."""
    named = ", ".join(a.source for a in others)
    how = {"file name": "taken from the file name", "text": "made from the text",
           "url": "made from the url"}.get(article.id_from, "given")
    differs = "text" if any(a.sha256 != article.sha256 for a in others) else "outlet, title, url or date"
    head = f"article id {article.article_id!r} ({how}) is also that of {named}, with other {differs}"
    if kept is not None:
        return (f"{head}; {kept.source} is the article stored under that id and was kept, "
                f"this one not stored: give it another id to store it as another article")
    return (f"{head}; neither stored (which one is meant cannot be told): remove the wrong "
            f"one or give it another id")
