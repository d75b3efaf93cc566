"""Cutting article text into plain and highlighted pieces for the templates, which escape
each piece: the markup is never built from article text by string pasting."""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel


class Piece(BaseModel):
    text: str
    claim_id: str | None = None  # set on the highlighted pieces

    @property
    def marked(self) -> bool:
        return self.claim_id is not None


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The lines (paragraphs: articles put one per line) that hold text[start:end]."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return first, len(text) if last == -1 else last


def pieces(text: str, spans: Iterable[tuple[int, int, str]], *, offset: int = 0) -> list[Piece]:
    """`text` (which starts at `offset` of its article) cut at the claims' spans
    (article offsets, with their claim ids). Overlapping claims: the earlier one wins
    the shared characters, so every character appears exactly once."""
    out: list[Piece] = []
    cursor = 0
    for start, end, claim_id in sorted(spans):
        start, end = max(start - offset, cursor), min(end - offset, len(text))
        if end <= start:
            continue
        if start > cursor:
            out.append(Piece(text=text[cursor:start]))
        out.append(Piece(text=text[start:end], claim_id=claim_id))
        cursor = end
    if cursor < len(text):
        out.append(Piece(text=text[cursor:]))
    return out


def claim_in_paragraph(article_text: str, start: int, end: int, claim_id: str) -> list[Piece]:
    """The claim's paragraph with the claim highlighted, by its offsets."""
    first, last = paragraph_bounds(article_text, start, end)
    return pieces(article_text[first:last], [(start, end, claim_id)], offset=first)
