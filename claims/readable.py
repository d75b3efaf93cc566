"""Speaker roles and described speakers as a reader of a report reads them (y58).

Attribution keeps a role as the article wrote it ("Its chair", "The player's agent"), and
conflict rules read those words as written (a possessive role points back to a body). A
report or an export shows them mid-line, after a name: "Wilfred Osgood, Its national
officer" read to u57's review as a broken line. These functions change only what is shown.
"""

from __future__ import annotations

import re
from functools import cache

from claims.lexicon import data_lines

# A possessive pronoun opening a role points back to a body named elsewhere in the article;
# after a name it says nothing the reader can follow ("X, its national officer").
# (r59) Only before a lower-case word: "His Majesty's Chief Inspector", "Her Majesty's
# Treasury" are titles, whose "His"/"Her" is no pronoun to strip or lower.
_POSSESSIVE = re.compile(r"(?:its|their|his|her|our|my|your)\s+(?=(?-i:[a-z]))", re.IGNORECASE)
_POSSESSIVES = frozenset("its their his her our my your".split())
_OPENING_WORDS = frozenset("the a an".split()) | _POSSESSIVES


@cache
def _titles() -> frozenset[str]:
    return frozenset(w.lower() for w in data_lines("attribution_titles.txt"))


def _lower_common(text: str) -> str:
    """The first word in lower case when it is an article, a possessive pronoun or a job
    title of attribution_titles.txt written with a capital ("Chair of the board",
    "The player's agent"); a proper name ("Labour MP", "Acme's chief") keeps its capital,
    and so does a title before a name or in title case ("Mayor Jo Roe", "Chief Executive")."""
    first = text.split(" ", 1)[0]
    bare = first.lower()
    if bare in _POSSESSIVES and not text[len(first):].strip()[:1].islower():
        return text  # (r59) "His Majesty's Chief Inspector"
    if first[:1].isupper() and not (len(first) > 1 and first.isupper()) and (
            bare in _OPENING_WORDS or (bare in _titles() and not any(c.isupper() for c in text[len(first):]))):
        return bare + text[len(first):]
    return text


def readable_role(role: str | None) -> str | None:
    """A role to show after a speaker's name: no opening possessive pronoun, and no capital
    on a common word ("Its national officer" -> "national officer", "The player's agent" ->
    "the player's agent"). (y58)"""
    if not role:
        return role
    text = " ".join(role.split())
    stripped = _POSSESSIVE.sub("", text, count=1) if _POSSESSIVE.match(text) else text
    return _lower_common(stripped) or text


def readable_speaker(speaker: str | None) -> str | None:
    """A described speaker shown mid-line: a common opening word in lower case ("Its chair"
    -> "its chair", "The council's leader" -> "the council's leader"); a name unchanged.
    The pronoun stays: with no name it is all that says whose chair. (y58)"""
    if not speaker:
        return speaker
    return _lower_common(" ".join(speaker.split()))
