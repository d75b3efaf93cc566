"""Transcripts and interviews: paragraphs opened by a speaker label ("AMADI: ...",
"Nazari: ...").

A turn has no quote marks and no reporting verb, so neither reader of statements sees it;
the label is the attribution. Read from the surface, one paragraph at a time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# One to three capitalised words, then a colon: "AMADI:", "DR FELIX AMADI:", "O'NEILL:",
# and the print interview's "Nazari:" / "Dr. Nazari:" (a label only counts when it names
# a person of the article: see claims.attribution._turn_speaker).
LABEL = re.compile(r"(?m)^[ \t]*(?P<label>[A-Z][A-Za-z'’.\-]+(?: [A-Z][A-Za-z'’.\-]+){0,2}):"
                   r"[ \t]+(?=\S)")
# A lone label is a heading ("UPDATE: ..."); a transcript has turns.
MIN_TURNS = 2


@dataclass(frozen=True)
class Turn:
    label: str
    label_start: int
    start: int  # the words spoken, to the end of the paragraph
    end: int


def transcript_turns(text: str) -> list[Turn]:
    """Every labelled paragraph of `text`, when it has at least MIN_TURNS of them."""
    turns = []
    for match in LABEL.finditer(text):
        if sum(ch.isalpha() for ch in match.group("label")) < 2:
            continue
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        while end > match.end() and text[end - 1].isspace():
            end -= 1
        turns.append(Turn(match.group("label"), match.start("label"), match.end(), end))
    return turns if len(turns) >= MIN_TURNS else []
