"""Wire-style datelines ("LONDON, Nov 30 (Reuters) - ", "HALVERN — ") at the top of an article,
and the time stamps that open a live blog's entries.

The small English parser reads the dateline's place as the subject of the first sentence
("LONDON ... - The company, X, said" makes LONDON the speaker). The dateline carries no
claim, so it is blanked out before parsing: replaced by spaces of the same length, which
keeps every character offset of the parse equal to the stored text's.
"""

from __future__ import annotations

import re

# The place: capitals (and the region after a comma, "SAN FRANCISCO, Calif."), or any
# capitalised words when an agency in brackets follows ("Kyiv, Ukraine (CNN) —").
_CAPS_PLACE = r"[A-Z][A-Z.'’\- ]{1,40}?(?:,\s+[A-Z][A-Za-z.]{1,15}(?:\s[A-Z][A-Za-z.]{1,15})?)?"
_ANY_PLACE = r"[A-Z][A-Za-z.'’\- ]{1,40}?(?:,\s+[A-Z][A-Za-z.]{1,15}(?:\s[A-Z][A-Za-z.]{1,15})?)?"
_DATE = r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)?"
_AGENCY = r"\s*(?:\([A-Z][\w .&'’-]{0,30}\)|/[A-Z][^/\n]{0,40}/)"
_DASH = r"\s*(?:—|–|--|-)\s+"

# "Manchester, England — ": a capitalised place and its region (or state) before a dash
_PLACE_REGION = r"[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s+[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?"

_OPENING_WORDS = {"However", "Yes", "No", "But", "And", "Still", "Meanwhile", "Now", "Then",
                  "So", "Indeed", "Instead", "Today", "Yesterday", "Later", "Earlier"}

DATELINE = re.compile(
    rf"^\s*(?:(?P<caps>{_CAPS_PLACE}){_DATE}(?:{_AGENCY})?|{_ANY_PLACE}{_DATE}{_AGENCY}"
    rf"|{_PLACE_REGION}{_DATE}){_DASH}"
)


def dateline_end(text: str) -> int:
    """Characters from the start of `text` that are its dateline; 0 when there is none."""
    match = DATELINE.match(text[:160])
    if match is None:
        return 0
    if text.lstrip().split(",", 1)[0] in _OPENING_WORDS:
        return 0  # "However, Smith — who ..." opens a sentence, not a dateline
    caps = match.group("caps")
    if caps is not None and not any(c.isalpha() for c in caps):
        return 0
    if caps is not None and len(caps.strip(" ,.")) < 2:
        return 0  # "A - ..." is a list item or a heading, not a place
    return match.end()


# A live blog's time stamp opening a paragraph: "09:03 — ", "2.15pm: ", "14:40 GMT - "
TIMESTAMP = re.compile(
    r"(?m)^[ \t]*\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s[A-Z]{2,4})?[ \t]*(?:—|–|--|-|:)[ \t]+")


def without_dateline(text: str) -> str:
    """`text` with its dateline blanked to spaces and its live-blog time stamps to dashes,
    the same length, for the parser (which otherwise takes "09:03" for the subject). A
    run of spaces after a paragraph break derails the parser ("TrackLink | now says ...");
    a dash run parses as a sentence of its own."""
    end = dateline_end(text)
    text = " " * end + text[end:] if end else text
    return TIMESTAMP.sub(_dashes, text)


def _dashes(match: re.Match) -> str:
    stamp = match.group()
    indent = len(stamp) - len(stamp.lstrip())
    core = stamp.strip()
    return stamp[:indent] + "-" * len(core) + stamp[indent + len(core):]
