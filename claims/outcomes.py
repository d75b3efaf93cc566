"""What befell one subject, read so that two accounts of it can be set against each other:
an outcome and its complement ("Both climbers survived the night" / "One of the climbers
died in hospital"), and one act credited to two different doers ("the man was detained by
hospital security staff" / "the man was stopped by traffic officers").

Read on a claim's plain text, as the other contradiction readers are (claims.conflicts):
the subject is the run of words before the outcome or act in its clause, not a parsed
subject, so a pronoun ("he was charged") names no one and such a claim is left alone.
Limits, deliberately: the acts are a closed list of taking and rescuing verbs
(conflict_taking_verbs.txt), and two acts with different verbs are one act only when both
are of that list; the outcomes a closed list of complements that hold of anyone
(conflict_outcomes.txt). Paraphrases ("had to be shot" for "dead") are not read.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from itertools import accumulate
from typing import NamedTuple

from claims.lexicon import SAYING, data_lines, data_words, negation_pattern, opposite_inflections
from claims.memo import memoised_per_text
from claims.overlap import topic_stems

TOKEN = re.compile(r"[\w'’]+(?:-[\w'’]+)*")
# Where a clause starts: its subject is the words after it and before the outcome.
CLAUSE_START = re.compile(r"[,;:]\s|\b(?:that|and|but|while|after|before|when|because|who|which)\s", re.IGNORECASE)
# A hedge or plan before an outcome in its clause: "may have died", "could be charged".
HEDGES = frozenset({"may", "might", "could", "possibly", "perhaps", "probably", "feared", "if", "would", "will",
                    "expected", "likely", "whether", "unless"})
# Words of a subject that name a part or an order of a group rather than the group
# ("a second man", "another climber"): such a subject is someone else of the story.
OTHER_ONE = frozenset({"another", "other", "second", "third", "fourth", "fifth", "else", "further"})
# A count in a subject ("14 skiers", "three of the crew") makes it a part of a group; a
# universal ("both climbers", "all the passengers") makes it the whole. Two parts may meet
# opposite outcomes ("14 skiers were pulled out alive" / "Three skiers died").
COUNT_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                         "twelve", "dozen", "dozens", "hundreds", "several", "some", "few", "many", "most"})
UNIVERSAL_WORDS = frozenset({"all", "both", "every", "each", "everyone", "everybody", "entire", "whole"})
# The doer of a passive act: "was detained by hospital security staff"; up to where the
# clause goes on ("as he tried", "using a trap", "after a pursuit", ", who ...").
PASSIVE_BY = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?(?P<verb>{verbs})\s+"
                        r"(?:(?:to\s+safety|free|from\s+[\w'’ -]+?)\s+)?by\s+"
                        r"(?P<agent>[^,;:.]+?)(?=\s+(?:as|using|after|before|when|while|who|which|with|on|in|at|"
                        r"near|during|because|following|and\s+(?:taken|handed|brought))\b|[,;:.]|$)",
                        re.IGNORECASE)


@cache
def _outcome_forms() -> dict[tuple[str, ...], list[tuple[int, int]]]:
    """Each form of every outcome (as a token run, lowercase) -> its (row, side)."""
    forms: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for row, line in enumerate(data_lines("conflict_outcomes.txt")):
        for side, words in enumerate(line.partition("|")[::2]):
            for word in (w.strip().lower() for w in words.split(",") if w.strip()):
                for form in opposite_inflections(word):
                    sides = forms.setdefault(tuple(TOKEN.findall(form)), [])
                    if (row, side) not in sides:
                        sides.append((row, side))
    return forms


@cache
def _form_words() -> tuple[frozenset[str], ...]:
    """The words of each outcome form, rarest-looking (longest) forms first."""
    return tuple(sorted({frozenset(form) for form in _outcome_forms()}, key=lambda f: -max(map(len, f))))


def _negated(tokens: list[str]) -> bool:
    """A negator among the last two words before an outcome ("did not survive", "was not
    charged"): "not guilty" is read whole, as its own form."""
    negation = negation_pattern()
    return any(negation.fullmatch(t) or re.search(r"n['’]t$", t) for t in tokens[-2:])


@memoised_per_text
def outcomes(text: str) -> tuple[tuple[int, int, tuple[str, ...], bool], ...]:
    """(row, side, subject stems, whether the subject is a counted part) of each outcome of
    conflict_outcomes.txt in `text` that no hedge before it in its clause reaches. The
    subject is the words before it in its clause (`_subject_words`); an outcome with none
    (a pronoun), or with a word naming another of a group ("a second man was charged"), is
    left out."""
    forms = _outcome_forms()
    words = {t.lower() for t in TOKEN.findall(text)}
    if not any(form <= words for form in _form_words()):
        return ()  # most claims: no clause to read
    longest = max(len(f) for f in forms)
    found: list[tuple[int, int, tuple[str, ...], bool]] = []
    clauses = _clauses(text)
    for c, clause in enumerate(clauses):
        tokens = [t.lower() for t in TOKEN.findall(clause[1])]
        k = 0
        while k < len(tokens):
            for n in range(longest, 0, -1):
                run = tuple(tokens[k:k + n])
                if run in forms and k + n <= len(tokens):
                    before = tokens[:k]
                    words = _after_saying(_subject_words(clauses, c, before))
                    subject = _ordered_stems(words) if _has_word(words) else ()
                    if subject and not HEDGES.intersection(before) and not OTHER_ONE.intersection(words) \
                            and not _active_verb(run, before):
                        flip = _negated(before)
                        found.extend((row, 1 - side if flip else side, subject, _counted_part(words))
                                     for row, side in forms[run])
                    k += n
                    break
            else:
                k += 1
    return tuple(found)


# Auxiliaries: in a clause before a coordinated one, the subject ends at the first of them
# ("both men had suffered minor injuries and had been discharged").
AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "is", "are", "will", "would", "did", "does", "do",
                         "been", "be", "could", "may", "might"})
# Separators a clause's subject may stand before: an apposition ("Alder Pryce, 54, was
# found guilty") or a coordinated verb ("... and had been discharged", "convicted of
# four offences but acquitted of one": a claim then tells both outcomes of one subject).
CARRIES_SUBJECT = frozenset({",", "and", "but"})
SUBJECT_REACH = 3


def _clause_parts(text: str) -> list[tuple[str, str]]:
    """(the separator before it, as written; the clause) of each clause of `text`."""
    parts = re.split(f"({CLAUSE_START.pattern})", text, flags=re.IGNORECASE)
    return [("", parts[0])] + [(parts[k], parts[k + 1]) for k in range(1, len(parts) - 1, 2)]


def _clauses(text: str) -> list[tuple[str, str]]:
    """(the separator before it, lowercase and stripped; the clause) of each clause."""
    return [(sep.strip().lower(), clause) for sep, clause in _clause_parts(text)]


def _has_word(words: list[str]) -> bool:
    """Whether `words` hold a topic word that is no bare figure."""
    return any(any(ch.isalpha() for ch in s) for s in topic_stems(" ".join(words)))


def _subject_words(clauses: list[tuple[str, str]], c: int, before: list[str]) -> list[str]:
    """The words before an outcome in its clause; when they hold no word and the clause
    follows a comma or "and", the words of the clauses before it, each up to its first
    auxiliary, back to the first that holds a word (a bare age, "54", holds none)."""
    if _has_word(before):
        return before
    words = list(before)
    for back in range(c, max(c - SUBJECT_REACH, 0), -1):
        if clauses[back][0] not in CARRIES_SUBJECT:
            break
        earlier = [t.lower() for t in TOKEN.findall(clauses[back - 1][1])]
        cut = next((k for k, t in enumerate(earlier) if t in AUXILIARIES), len(earlier))
        if _has_word(earlier[:cut]):
            return earlier[:cut] + words
    return words


# Participles of an outcome that befalls the subject only in the passive: "the gunman
# killed two guards", "the landlord charged tenants" tell what the subject did (review r19).
PASSIVE_ONLY = frozenset({"charged", "convicted", "killed", "cleared", "acquitted", "discharged"})
PASSIVE_AUXILIARIES = frozenset({"was", "were", "been", "be", "being", "is", "are", "get", "got", "gets"})


def _active_verb(run: tuple[str, ...], before: list[str]) -> bool:
    """A one-word outcome of `PASSIVE_ONLY` with words before it in its clause but no form
    of "be" (or "get") among the last two: the subject's own act, not what befell it. A
    clause opening on it ("was arrested and charged") carries the earlier passive."""
    return len(run) == 1 and run[0] in PASSIVE_ONLY and bool(before) and \
        not PASSIVE_AUXILIARIES.intersection(before[-2:])


def _after_saying(words: list[str]) -> list[str]:
    """The subject's words after a verb of saying ("police said the woman" -> "the woman"):
    the speaker is not whom the outcome befell (review r19)."""
    cut = max((k for k, w in enumerate(words) if w in SAYING), default=-1)
    return words[cut + 1:] if cut >= 0 and _has_word(words[cut + 1:]) else words


def _ordered_stems(words: list[str]) -> tuple[str, ...]:
    """The topic stems of `words` in their order, each once: a subject's words next to its
    head tell which one of its kind it is (`_two_subjects`)."""
    return tuple(dict.fromkeys(s for w in words for s in sorted(topic_stems(w))))


def _two_subjects(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Subjects sharing a word, each naming a different word right before it or each a
    different word right after it: "John Harlow" / "Maria Harlow", "the driver of the
    lorry" / "the driver of the car" are two people. A word on one side only describes the
    one subject ("a 34-year-old man" / "the man arrested over the theft") (review r19)."""
    for head in set(a) & set(b):
        i, j = a.index(head), b.index(head)
        before = (a[i - 1] if i else None, b[j - 1] if j else None)
        after = (a[i + 1] if i + 1 < len(a) else None, b[j + 1] if j + 1 < len(b) else None)
        for x, y in (before, after):
            if x and y and x != y and x not in b and y not in a:
                return True
    return False


def _counted_part(subject: list[str]) -> bool:
    words = set(subject)
    return bool(words & COUNT_WORDS or any(w[:1].isdigit() for w in words)) and not words & UNIVERSAL_WORDS


def opposed_outcomes(a: tuple[tuple[int, int, tuple[str, ...], bool], ...],
                     b: tuple[tuple[int, int, tuple[str, ...], bool], ...]) -> tuple[int, frozenset[str]] | None:
    """(row, shared subject stems) of an outcome of `a` whose complement `b` tells of a
    subject sharing a word, when neither claim also tells the other side of that row (a
    claim telling both speaks of two subjects), the two subjects are not both counted
    parts of a group, and not two people sharing a word (`_two_subjects`)."""
    for row, side, subject, part in a:
        if any(r == row and s != side for r, s, *_ in a):
            continue
        for row2, side2, subject2, part2 in b:
            if row2 == row and side2 != side and set(subject) & set(subject2) and not (part and part2) and \
                    not _two_subjects(subject, subject2) and \
                    not any(r == row and s == side for r, s, *_ in b):
                return row, frozenset(subject) & frozenset(subject2)
    return None


@cache
def _taking_verbs() -> dict[str, str]:
    """Each participle of conflict_taking_verbs.txt (lowercase, its words joined by one
    space) -> its class."""
    classes = {}
    for line in data_lines("conflict_taking_verbs.txt"):
        name, _, verbs = line.partition("|")
        classes.update({" ".join(v.split()).lower(): name.strip() for v in verbs.split(",") if v.strip()})
    return classes


@cache
def _passive_by() -> re.Pattern[str]:
    verbs = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(_taking_verbs(), key=len, reverse=True))
    return re.compile(PASSIVE_BY.pattern.replace("{verbs}", verbs), re.IGNORECASE)


@cache
def authority_nouns() -> frozenset[str]:
    return data_words("conflict_authority_nouns.txt")


class Taken(NamedTuple):
    """An act of taking or rescuing done to a subject, with its doer."""

    subject: frozenset[str]  # stems
    doer: frozenset[str]  # stems
    authority: bool  # the doer is a public authority (conflict_authority_nouns.txt)
    doer_text: str  # as written
    act: str  # its class of conflict_taking_verbs.txt


@memoised_per_text
def taken_by(text: str) -> tuple[Taken, ...]:
    """Each act of taking or rescuing done to a subject in the passive with its doer ("The man was detained by hospital security staff"). The subject is read as an
    outcome's is (`_subject_words`); none (a pronoun, "he was arrested by ...") gives no
    act."""
    found: list[Taken] = []
    if "by" not in text.lower():
        return ()
    clauses = _clauses(text)
    ends = list(accumulate(len(sep) + len(clause) for sep, clause in _clause_parts(text)))
    for m in _passive_by().finditer(text):
        c = bisect_right(ends, m.start())
        before = [t.lower() for t in TOKEN.findall(text[ends[c - 1] if c else 0:m.start()])]
        words = _after_saying(_subject_words(clauses, c, before))
        subject = topic_stems(" ".join(words)) if _has_word(words) else frozenset()
        agent = m.group("agent")
        doer = topic_stems(agent)
        if subject and doer and not HEDGES.intersection(before[-3:]):
            found.append(Taken(subject, doer, bool({t.lower() for t in TOKEN.findall(agent)} & authority_nouns()),
                               " ".join(agent.split()), _taking_verbs()[" ".join(m.group("verb").lower().split())]))
    return tuple(found)


def different_doers(a: tuple[Taken, ...], b: tuple[Taken, ...]) -> tuple[str, str] | None:
    """The doers, as written, of acts of one class done to one subject (the subjects share
    a word) that share no word and are not both public authorities ("by police" / "by
    officers" is one doer named two ways)."""
    for mine in a:
        for theirs in b:
            if mine.act == theirs.act and mine.subject & theirs.subject and not mine.doer & theirs.doer and \
                    not (mine.authority and theirs.authority):
                return mine.doer_text, theirs.doer_text
    return None


@cache
def outcome_words(row: int) -> tuple[str, str]:
    """The first word of each side of a row of conflict_outcomes.txt, to name the outcomes."""
    left, _, right = data_lines("conflict_outcomes.txt")[row].partition("|")
    return left.split(",")[0].strip(), right.split(",")[0].strip()
