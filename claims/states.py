"""Events and states an article says hold or do not hold of an affair ("the talks broke
down", "negotiators continued to meet", "the transfer has yet to be finalised"), read from
claims/data/conflict_state_classes.txt on plain text.

Shared by extraction (a sentence in the outlet's own voice becomes a claim when it states
one of them of a listed affair, `claims.narration`) and by the conflict rules (two claims
saying one class holds and does not hold of one affair contradict each other), so that
both read the same words the same way.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache

from claims.lexicon import data_lines, inflections
from claims.memo import memoised_per_text
from claims.overlap import stem, topic_stems

TOKEN = re.compile(r"[\w'’]+(?:-[\w'’]+)*")


@cache
def _state_forms() -> dict[tuple[str, ...], list[tuple[str, int]]]:
    """Token runs of every word of conflict_state_classes.txt (its first word inflected)
    -> (class, side)."""
    forms: dict[tuple[str, ...], list[tuple[str, int]]] = defaultdict(list)
    for line in data_lines("conflict_state_classes.txt"):
        name, holds, fails = (part.strip() for part in line.split("|"))
        for side, words in enumerate((holds, fails)):
            for phrase in (w.strip().lower() for w in words.split(",") if w.strip()):
                first, *rest = phrase.split()
                for form in inflections(first):
                    run = tuple(TOKEN.findall(" ".join([form, *rest])))
                    if (name, side) not in forms[run]:
                        forms[run].append((name, side))
    return dict(forms)


@cache
def _state_negators() -> frozenset[tuple[str, ...]]:
    words = data_lines("conflict_negations.txt") + data_lines("conflict_state_negators.txt")
    return frozenset(tuple(TOKEN.findall(w.lower())) for w in words)


@cache
def _synonym_keys() -> dict[str, str]:
    """First five letters of the stem of each word of a synonym group
    (clustering_synonyms.txt) -> the group's first word: "talks" and "negotiators" name
    one thing."""
    keys: dict[str, str] = {}
    for line in data_lines("clustering_synonyms.txt"):
        words = line.split()
        for w in words:
            keys.setdefault(stem(w)[:5], words[0])
    return keys


@cache
def _subject_groups() -> dict[str, str]:
    """First five letters of the stem of each word of a line of conflict_state_subjects.txt
    holding several words -> the line's first word: one affair in other words ("victory" /
    "win", "scheme" / "plans"), said of a state only (the words are no synonyms elsewhere)."""
    groups: dict[str, str] = {}
    for line in data_lines("conflict_state_subjects.txt"):
        words = line.split()
        if len(words) > 1:
            for w in words:
                groups.setdefault(stem(w)[:5], words[0])
    return groups


def _state_key(word_stem: str) -> str:
    key = word_stem[:5]
    return _subject_groups().get(key) or _synonym_keys().get(key, key)


@cache
def _state_subjects() -> frozenset[str]:
    """Keys of the affairs of conflict_state_subjects.txt."""
    return frozenset(_state_key(stem(w)) for line in data_lines("conflict_state_subjects.txt") for w in line.split())


def _subject_keys(words: Iterable[str]) -> frozenset[str]:
    """Keys of the affairs (conflict_state_subjects.txt) among `words`."""
    return frozenset(k for k in (_state_key(s) for s in topic_stems(" ".join(words))) if k in _state_subjects())


# Words before an event or state that a negator may stand (`_states`), and the words
# before and after it that say what it is of.
STATE_NEGATION_REACH = 4
STATE_SUBJECT_BEFORE = 8
STATE_SUBJECT_AFTER = 4
STATE_CLAUSE_EDGE = frozenset({"but", "however", "while", "although", "whereas"})


def _words_before(raw: list[str], k: int) -> list[str]:
    """Up to `STATE_SUBJECT_BEFORE` words before token `k`, names not counted: a name says
    who, not what ("Varga's move to Harbour City United has yet to be finalised"), and
    must not push the affair out of reach."""
    words: list[str] = []
    i = k - 1
    while i >= 0 and len(words) < STATE_SUBJECT_BEFORE:
        if i == 0 or not raw[i][:1].isupper():
            words.append(raw[i])
        i -= 1
    return words


@memoised_per_text
def read_states(text: str) -> tuple[tuple[str, int, frozenset[str]], ...]:
    """The events and states of conflict_state_classes.txt the text says hold or do not
    (a negator up to `STATE_NEGATION_REACH` words before flips it), each with the keys of
    the words near it (`_subject_keys`). Capitalised words other than the first are names,
    which say who, not what: left out. Deliberately not handled: what the verb's subject
    is beyond its neighbourhood (no parse is kept with a claim)."""
    forms = _state_forms()
    longest = max((len(run) for run in forms), default=1)
    raw = TOKEN.findall(text)
    tokens = [t.lower() for t in raw]
    negators = _state_negators()
    found: list[tuple[str, int, frozenset[str]]] = []
    k = 0
    while k < len(tokens):
        for n in range(min(longest, len(tokens) - k), 0, -1):
            run = tuple(tokens[k:k + n])
            if run not in forms:
                continue
            flip = False
            for back in range(max(k - STATE_NEGATION_REACH, 0), k):
                if tokens[back] in STATE_CLAUSE_EDGE:
                    flip = False
                    continue
                if any(tuple(tokens[back:back + len(neg)]) == neg for neg in negators) or \
                        re.search(r"n['’]t$", tokens[back]):
                    flip = True
            near = _words_before(raw, k) + [w for w in raw[k + n:k + n + STATE_SUBJECT_AFTER] if not w[:1].isupper()]
            keys = _subject_keys(near)
            for name, side in forms[run]:
                found.append((name, 1 - side if flip else side, keys))
            k += n
            break
        else:
            k += 1
    return tuple(found)
