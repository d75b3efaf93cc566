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


def _negated_before(tokens: list[str], k: int, negators) -> bool:
    """A negator up to `STATE_NEGATION_REACH` words before token `k`, in its clause: a
    clause edge between them ("but", "and") undoes it."""
    flip = False
    for back in range(max(k - STATE_NEGATION_REACH, 0), k):
        if tokens[back] in STATE_CLAUSE_EDGE:
            flip = False
            continue
        if any(tuple(tokens[back:back + len(neg)]) == neg for neg in negators) or \
                re.search(r"n['’]t$", tokens[back]):
            flip = True
    return flip


@memoised_per_text
def read_states(text: str) -> tuple[tuple[str, int, frozenset[str]], ...]:
    """The events and states of conflict_state_classes.txt the text says hold or do not
    (a negator up to `STATE_NEGATION_REACH` words before flips it), each with the keys of
    the words near it (`_subject_keys`). Capitalised words other than the first are names,
    which say who, not what: left out. Deliberately not handled: what the verb's subject
    is beyond its neighbourhood (no parse is kept with a claim)."""
    forms = _state_forms()
    raw = TOKEN.findall(text)
    tokens = [t.lower() for t in raw]
    negators = _state_negators()
    found: list[tuple[str, int, frozenset[str]]] = []
    for k, n, run in _longest_runs(tokens, forms):
        flip = _negated_before(tokens, k, negators)
        near = _words_before(raw, k) + [w for w in raw[k + n:k + n + STATE_SUBJECT_AFTER] if not w[:1].isupper()]
        keys = _subject_keys(near)
        for name, side in forms[run]:
            found.append((name, 1 - side if flip else side, keys))
    return tuple(found)


def _longest_runs(tokens: list[str], forms, skip=lambda run, k, n: False):
    """(k, n, run) of each longest run of `tokens` that is a key of `forms`, left to right,
    runs not overlapping; `skip(run, k, n)` passes over a run as if it were no form."""
    longest = max((len(run) for run in forms), default=1)
    k = 0
    while k < len(tokens):
        for n in range(min(longest, len(tokens) - k), 0, -1):
            run = tuple(tokens[k:k + n])
            if run not in forms or skip(run, k, n):
                continue
            yield k, n, run
            k += n
            break
        else:
            k += 1


# (x38) The course of a state of a named thing: conflict_state_courses.txt.
COURSES = ("still", "ends", "still not", "again")
# Words before a course that say what it is of: its subject, up to the clause's start.
COURSE_SUBJECT_BEFORE = 8
COURSE_SUBJECT_EDGE = frozenset({"and", "but", "however", "while", "although", "whereas", "that", "as", "because",
                                 "after", "before", "when", "if", "unless", "until"})
# Keys of the words of a subject other than its head start with this: the head of one
# account's subject must be a word of the other's (`course_keys_meet`).
COURSE_NAMING = "+"
# A verb of closing right before one of these names what it closes ("will close the high
# street"); otherwise the words after it say when or why ("closed on Thursday").
COURSE_OBJECT_LEAD = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "all", "every"})
COURSE_OBJECT_AFTER = 3
# "close to a deal", "a close call": the adjective, no closure (after "close" only:
# "closed to traffic" is one).
COURSE_NOT_AFTER = frozenset({"to", "by", "ranks", "friend", "friends", "call", "look", "second", "relationship"})


@cache
def _course_forms() -> dict[tuple[str, ...], list[tuple[str, str]]]:
    """Token runs of conflict_state_courses.txt -> (state, course)."""
    forms: dict[tuple[str, ...], list[tuple[str, str]]] = defaultdict(list)
    for line in data_lines("conflict_state_courses.txt"):
        name, *courses = (part.strip() for part in line.split("|"))
        for course, words in zip(COURSES, courses):
            for phrase in (w.strip().lower() for w in words.split(",") if w.strip()):
                forms[tuple(TOKEN.findall(phrase))].append((name, course))
    return dict(forms)


# (fxD) Words that end a subject read before an end of `_course_cuts` ("plans to close the
# pool have been suspended": the plans), and the nouns before them that name what a place
# or service offers, so whose ending is the place's (conflict_course_cut_subjects.txt).
COURSE_CUT_AT = frozenset({"to", "of", "on", "at", "in", "for", "from", "by", "with", "about", "over", "into",
                           "across", "along", "near", "outside", "inside", "against", "under"})


@cache
def _course_cuts() -> dict[str, frozenset[str]]:
    """conflict_course_cut_subjects.txt: "ends" -> the words, "offers" -> the nouns."""
    return {name.strip(): frozenset(w.strip().lower() for w in words.split(",") if w.strip())
            for name, words in (line.split("|", 1) for line in data_lines("conflict_course_cut_subjects.txt"))}


def _course_subject(raw: list[str], k: int, cut: bool = False) -> list[str]:
    """The stems of the words carrying a topic in up to `COURSE_SUBJECT_BEFORE` words
    before token `k`, back to the clause's start, nearest first: the first is the head of
    the subject ("the village library would stay open": "library"), the rest may name it
    ("the passenger line next to the freight track had remained open": "track", "freight",
    "line", "passenger"). Names are passed over, as `_words_before` does: they say who, not
    which thing ("the council said Carrow Library would stay open" is of the council, not
    of Carrow), except a capitalised first word of the sentence ("Headteacher Nadia Quinn
    has resigned"; so "Carrow Library" opening a sentence is read as of "Carrow")."""
    found: list[str] = []
    i, seen = k - 1, 0
    while i >= 0 and seen < COURSE_SUBJECT_BEFORE and raw[i].lower() not in COURSE_SUBJECT_EDGE:
        if cut and raw[i].lower() in COURSE_CUT_AT:
            # (fxD) Before an end of `_course_cuts`, a preposition or "to" ends the thing
            # ended: the words before it are the subject ("Plans to close Marsh Lane pool
            # have been suspended": "plans"; "The manager of the pool was suspended":
            # "manager"), unless their head names what a place offers ("Guided tours of
            # the castle have been suspended": the castle's tours, read as before).
            before = _course_subject(raw, i)
            if not before or raw[i - 1].lower() in _course_cuts()["offers"]:
                break
            return before
        seen += 1
        if i == 0 or not raw[i][:1].isupper():
            found += sorted(topic_stems(raw[i]))
        i -= 1
    return found


def _course_object(raw: list[str], k: int) -> str | None:
    """The stem of the head of the noun phrase after a determiner at token `k` ("will close
    the high street for two years": "street"): its last common word before a function
    word, a name or `COURSE_OBJECT_AFTER` words."""
    head = None
    for w in raw[k + 1:k + 1 + COURSE_OBJECT_AFTER]:
        stems = topic_stems(w)
        if not stems or w[:1].isupper():
            break
        head = min(stems)
    return head


@memoised_per_text
def read_courses(text: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(x38) The states of conflict_state_courses.txt the text says go on, end, stay ended
    or start again ("the sixth form would stay open", "the high street will close", "the
    pool will reopen"), each as (state, course, keys of what it is of): the head of its
    subject (`_course_subject`), or for a verb of ending right before a determiner the head of
    its object ("will close the high street", `_course_object`), keyed as `_state_key` does;
    the keys of the subject's other words are marked (`COURSE_NAMING`). A
    negator up to `STATE_NEGATION_REACH` words before drops the phrase: "will not close", "no
    plans to close" are read by the negation rule against "will close" (one word said and
    denied); read here as a course they paired the denial with every account of the thing
    ending, and of two such pairs of one pair of clusters the other was reported (dev).
    Why: two accounts of one thing that say it stays open and that it closes contradict
    each other with no word of either negated, and the affairs of conflict_state_subjects.txt
    name no pool, school or head teacher. Deliberately not read: time words (a closure in
    May and a reopening on Saturday are kept apart by the course, not by the dates)."""
    forms = _course_forms()
    raw = TOKEN.findall(text)
    tokens = [t.lower() for t in raw]
    negators = _state_negators()
    found: list[tuple[str, str, frozenset[str]]] = []

    def closeness(run, k, n):  # "close to a deal", not closing anything
        return run == ("close",) and k + n < len(tokens) and tokens[k + n] in COURSE_NOT_AFTER

    for k, n, run in _longest_runs(tokens, forms, skip=closeness):
        flip = _negated_before(tokens, k, negators)
        subject = _course_subject(raw, k, cut=run[-1] in _course_cuts()["ends"])
        for name, course in forms[run]:
            words = subject
            if course == "ends" and k + n < len(tokens) and tokens[k + n] in COURSE_OBJECT_LEAD:
                thing = _course_object(raw, k + n)  # what is closed, not who closes it
                words = [thing] if thing else words
            if words and not flip:
                keys = {_state_key(words[0])} | {COURSE_NAMING + _state_key(w) for w in words[1:]}
                found.append((name, course, frozenset(keys)))
    return tuple(found)


# Courses opposed to each other, as two-sided classes of `_Wording.states`: "still <state>"
# holds against its end and against its opposite going on; "<state> again" holds against
# its opposite going on only.
COURSE_CLASSES = {"still": (("still {}", 0),), "ends": (("still {}", 1),),
                  "still not": (("still {}", 1), ("{} again", 1)), "again": (("{} again", 0),)}


def course_states(text: str) -> tuple[tuple[str, int, frozenset[str]], ...]:
    """(x38) `read_courses` as (class, side, keys) entries of two-sided classes, the shape
    `_Wording.states` compares: "still open" holds / does not hold, "open again" holds /
    does not hold."""
    return tuple((cls.format(name), side, keys) for name, course, keys in read_courses(text)
                 for cls, side in COURSE_CLASSES[course])


def course_keys_meet(keys: frozenset[str], other: frozenset[str]) -> bool:
    """(x38) Whether two states are of one thing: keys of `read_state` share one; keys of
    `read_courses` meet when the head of one subject is a word of the other ("the
    passenger line had been closed" / "the passenger line next to the freight track had
    remained open"), not when they share only another word ("the village library" / "the
    village hall")."""
    heads = {k for k in keys if not k.startswith(COURSE_NAMING)}
    heads2 = {k for k in other if not k.startswith(COURSE_NAMING)}
    words = {k.removeprefix(COURSE_NAMING) for k in keys}
    words2 = {k.removeprefix(COURSE_NAMING) for k in other}
    return not heads.isdisjoint(words2) or not heads2.isdisjoint(words)
