"""British-style quotations in single marks ('...' or ‘...’), shown to the parser and to
the quote reader as double marks.

Many British outlets quote in single marks. The statement readers pair double marks only,
because a single mark is also an apostrophe ("Okoro's", "workers' union"). An article that
has no double marks at all quotes in single ones; there each pair of single marks that
opens at a word's start and closes at a word's end is rewritten as “...”, one character for
one, so every offset into the stored text still holds. An article whose double marks all
lie inside single-mark quotations quotes British-style with quotes inside quotes
('The gaffer said, "Be patient," and I was'): its single marks become double ones and the
inner double marks become single ones, so the readers see the outer quotation only.
"""

from __future__ import annotations

import re

DOUBLE = {'"', "“", "”", "«", "»", "„"}
SINGLE_OPEN = {"'", "‘"}
SINGLE_CLOSE = {"'", "’"}
BEFORE_OPEN = "([{—–-:,"
AFTER_CLOSE = ".,;:!?)]}—–-"
# "'90s", "rock 'n' roll", "'em", "'til": an apostrophe opening a word, not a quotation
ELISIONS = re.compile(r"(?:\d|n'|em\b|til\b|cause\b|tis\b|twas\b)", re.I)


def with_double_quotes(text: str) -> str:
    """`text` with its single-mark quotations in double marks, the same length; unchanged
    when it has a double mark outside every single-mark quotation."""
    if not any(ch in SINGLE_OPEN for ch in text):
        return text
    chars = list(text)
    spans: list[tuple[int, int]] = []
    offset = 0
    parts = re.split(r"(\n)", text)
    for k, part in enumerate(parts):
        # the next paragraph with words opens on a single mark: this one's quotation may
        # run on to it (news convention: no closing mark at a paragraph's end)
        later = next((p.lstrip() for p in parts[k + 1:] if p.strip()), "")
        next_opens = bool(later) and _opens(later, 0)
        for a, b in _pairs(part, next_opens):
            spans.append((offset + a, offset + (len(part) if b is None else b)))
        offset += len(part)
    doubles = [i for i, ch in enumerate(text) if ch in DOUBLE]
    if doubles:
        # quotes inside quotes, British style: every double mark inside a single quotation
        if not all(any(a < i < b for a, b in spans) for i in doubles):
            return _mixed(text, spans)
        inner_open = True
        for i in doubles:
            ch = text[i]
            if ch in "“«„" or (ch == '"' and inner_open):
                chars[i] = "‘"
                inner_open = False
            else:
                chars[i] = "’"
                inner_open = True
    for a, b in spans:
        chars[a] = "“"
        if b < len(text) and text[b] in SINGLE_CLOSE:
            chars[b] = "”"
    return "".join(chars)


def _double_spans(text: str) -> list[tuple[int, int]]:
    """Double-mark quotations, paired within each paragraph (an unclosed one runs to the
    paragraph's end, as a quotation running on to the next paragraph does)."""
    out: list[tuple[int, int]] = []
    offset = 0
    for para in text.split("\n"):
        start = None
        for j, ch in enumerate(para):
            if ch not in DOUBLE:
                continue
            if start is None and ch not in "”»":
                start = j
            elif start is not None and ch not in "“«„":
                out.append((offset + start, offset + j))
                start = None
        if start is not None:
            out.append((offset + start, offset + len(para)))
        offset += len(para) + 1
    return out


def _mixed(text: str, spans: list[tuple[int, int]]) -> str:
    """An article quoting in both kinds of marks (r10: a sports report with `'...,' X
    said` in one paragraph and `X added: "..."` in the next): each closed single-mark
    quotation outside every double-mark one, holding no double mark and no other opening
    single mark, is shown as `“...”`; single marks inside a double quotation (American
    quotes inside quotes) stay as they are."""
    doubles = _double_spans(text)
    chars = list(text)
    for a, b in spans:
        unclosed = b >= len(text) or text[b] not in SINGLE_CLOSE
        if unclosed and not (b >= len(text) or text[b] == "\n"):
            continue
        # an unclosed one runs to its paragraph's end only where _pairs let it: the
        # paragraph opens with it or the next paragraph opens with a single mark
        if any(da <= a and b <= db for da, db in doubles):
            continue
        inside = text[a + 1:b]
        if any(ch in DOUBLE for ch in inside):
            continue
        if any(_opens(inside, k) for k in range(1, len(inside))):
            continue
        chars[a] = "“"
        if not unclosed:
            chars[b] = "”"
    return "".join(chars)


def _pairs(para: str, next_opens: bool = False) -> list[tuple[int, int | None]]:
    out: list[tuple[int, int | None]] = []
    i = 0
    while i < len(para):
        if _opens(para, i):
            close = _close(para, i + 1)
            if close is None:
                # a quotation that opens a paragraph may run on to the next one
                if not para[:i].strip() or next_opens:
                    out.append((i, None))
                break
            out.append((i, close))
            i = close + 1
            continue
        i += 1
    return out


def _opens(para: str, i: int) -> bool:
    if para[i] not in SINGLE_OPEN:
        return False
    before = para[i - 1] if i > 0 else " "
    after = para[i + 1] if i + 1 < len(para) else " "
    return (before.isspace() or before in BEFORE_OPEN) and not after.isspace() and \
        not ELISIONS.match(para, i + 1)


def _close(para: str, start: int) -> int | None:
    """The first mark closing a word after `start`; a plural possessive ("the workers'
    union") only when nothing else closes."""
    possessive = None
    for j in range(start, len(para)):
        if para[j] not in SINGLE_CLOSE or para[j - 1].isspace():
            continue
        after = para[j + 1] if j + 1 < len(para) else " "
        if not (after.isspace() or after in AFTER_CLOSE):
            continue  # an apostrophe inside a word: "it's", "Okoro's"
        if para[j - 1] in "sS" and after == " " and j + 2 < len(para) and \
                para[j + 2].islower():
            possessive = j if possessive is None else possessive
            continue
        return j
    return possessive
