"""(t62) A standing profit record against a loss of the same body.

"The brewery has made a profit every year", "the ferry company has never run a deficit"
say of a body that no year (of a span, when "since 2015" gives one) ended in loss;
"Quillmere Brewery made a pre-tax loss of £3.4m in 2023", "ran a deficit last year" or "the
accounts showed a profit in only three of the past seven years" tell one that did. The
shipped opposites ("made a profit" / "made a loss") read neither the record nor the forms
of a loss ("a pre-tax loss", "ran a deficit"), and they set a record against any loss of
the story: its taproom's, a subsidiary's, a region's breweries' together, one of a year
before the record began, one still expected. This module reads both sides with what the
pair must share: the same body (the loss's subject head among the record's words, or a
name against a definite "the brewery"), not a sum of several bodies, a loss in the
record's span, and no loss still to come.

Pure functions of a claim's own words (and, for the record, its sentence's stems, as a
record's subject often stands outside the claim: "the brewery, which was founded in 1890,
had made a profit every year"); `claims.conflicts.contradictions` compares two claims."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claims.lexicon import data_lines
from claims.overlap import NO_STEMS, stem, topic_stems


@cache
def _words(role: str) -> tuple[str, ...]:
    return tuple(line.split()[1] for line in data_lines("conflict_profit_record_words.txt")
                 if line.split()[0] == role)


def _alt(role: str) -> str:
    return "|".join(sorted(map(re.escape, _words(role)), key=len, reverse=True))


@cache
def record_pattern() -> re.Pattern[str]:
    """"made a profit every year", "been profitable in each year since 2015", "has never
    made a loss", "had never run a deficit"."""
    gain, loss, verb = _alt("gain"), _alt("loss"), _alt("verb")
    return re.compile(
        rf"(?<![\w-])(?:(?:{verb})\s+(?:(?:a|an|in|its)\s+)?(?:[\w-]+\s+)?(?:{gain})\s+"
        r"(?:in\s+)?(?:every|each)\s+(?:single\s+)?(?:year|season)s?(?:\s+since\s+(?P<since>\d{4}))?"
        rf"|never\s+(?:(?:{verb})\s+){{1,2}}(?:(?:a|an|in|into)\s+)?(?:[\w-]+\s+)?(?:{loss}|the\s+red)(?![\w-]))",
        re.IGNORECASE)


# (cr63) Between the verb and the loss only words of money: "made a net loss", "posted a £3m
# loss", "reported pre-tax losses of"; not "reported 40 job losses", "suffered losses in
# the floods" (no money told).
MONEY_WORD = (r"(?:net|pre-tax|pretax|operating|underlying|annual|trading|overall|record|combined|further|"
              r"first|second|third|small|large|bigger|larger|smaller|[£$€][\d.,]+(?:m|bn|k)?|[\d.,]+(?:m|bn)?|"
              r"million|billion)")


@cache
def loss_pattern() -> re.Pattern[str]:
    """"made a net loss of £3m", "ran a deficit", "reported losses", "fell into deficit",
    "in the red"; and "a profit in only three of the past seven years" (the others in loss)."""
    gain, loss, verb = _alt("gain"), _alt("loss"), _alt("verb")
    return re.compile(
        rf"(?<![\w-])(?:(?P<verb>{verb})\s+(?:(?:a|an|into|to)\s+)?(?:{MONEY_WORD}\s+){{0,3}}?(?:{loss})(?![\w-])"
        rf"|(?:{gain})\s+in\s+only\s+(?:\w+|\d+)\s+of\s+(?:the\s+)?(?:last|past|previous)?\s*(?:\w+|\d+)\s+years"
        # "in the red" as a state, not "in the red shirts", "in the redevelopment"
        r"|(?P<red>in\s+the\s+red)(?=\s*(?:$|[,.;:)\"”’]|(?:for|in|last|this|since|again|after|with|over|during|"
        r"at|by|and|but|of|until|throughout|before)\b)))",
        re.IGNORECASE)


# "has never made a loss", "did not make a loss", "no loss": a loss negated within two words
# before it. Not lexicon.NEGATOR's words on purpose: a body's loss is negated by its verb's
# auxiliary or by "no" before the noun; "nobody", "none" and "nothing" are never the body
# whose accounts are told ("none of the shops made a loss" tells shops, not the firm).
NEGATED_BEFORE = re.compile(r"(?:\b(?:never|not|no)\b|n't)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# A record or a loss still to come, or hoped for: no account of a past year.
TO_COME = re.compile(r"(?<![\w-])(?:will|would|could|may|might|shall|expects?|expected|forecasts?|projected|"
                     r"predicts?|aims?|hopes?|set\s+to|on\s+course|next|budgets?\s+for|going\s+to)(?![\w-])",
                     re.IGNORECASE)
# Where the subject of the verb begins: after a telling ("said (that)"), a "that", a
# semicolon or the claim's start.
SUBJECT_START = re.compile(r"(?:\b(?:said|says|say|told|shows?|showed|found|that|claimed|insisted|added)\b|[;:\"“”])\s*",
                           re.IGNORECASE)
PARENTHESIS = re.compile(r",\s*(?:which|who|whose|where)\b[^,]*,?|\([^)]*\)")
SUBJECT_END = re.compile(r"(?:\s+(?:has|have|had|was|were|is|are|also|last|again|then|only|always|just|"
                         r"already|still|never|not))*\s*$", re.IGNORECASE)
PRONOUN = re.compile(r"^(?:it|we|they|its|our|their|which|this|that)$", re.IGNORECASE)
PREPOSITION = re.compile(r"\s+(?:in|of|across|at|for|on|from|within|throughout)\s+.*$", re.IGNORECASE)
YEAR = re.compile(r"(?<![\w£$€.,-])((?:19|20)\d{2})(?!\d|,\d)")


@dataclass(frozen=True)
class Body:
    """The body a record or a loss is of: the raw head word of its subject ("" when the
    claim names none: "had made a profit every year"), the stems of the subject, whether
    it is a name alone ("Quillmere Brewery"), and whether a definite noun or pronoun
    ("the club", "it")."""
    head: str
    stems: frozenset[str]
    name: bool
    definite: bool


def _body(before: str) -> Body:
    """The subject of the verb at the end of `before`."""
    starts = list(SUBJECT_START.finditer(before))
    subject = before[starts[-1].end():] if starts else before
    subject = SUBJECT_END.sub("", PARENTHESIS.sub(" ", subject)).strip(" ,")
    if not subject or re.match(r"(?:which|who|that|whose)\b", subject, re.IGNORECASE):
        return Body("", NO_STEMS, False, False)  # "which was founded in 1890, had made ...": told before the claim
    if re.search(r",", subject):  # an appositive: "Its bottling arm, Quillmere Packaging"
        first = subject.split(",")[0].strip()
        if first and not first[:1].isupper() or first.lower().startswith(("its ", "their ", "our ")):
            subject = subject.replace(",", " ")
    core = PREPOSITION.sub("", subject).strip()
    words = core.split()
    if not words:
        return Body("", NO_STEMS, False, False)
    head = words[-1].strip(",.'’")
    parts = set(_words("part"))
    if head.lower() in parts and len(words) > 1:  # "the brewery's accounts": the brewery
        owner = next((w for w in reversed(words[:-1]) if re.search(r"['’]s?$", w)), None)
        head = re.sub(r"['’]s?$", "", owner) if owner else ""  # "The draft accounts": no body named
    if not head or PRONOUN.match(head):
        return Body("", NO_STEMS, False, True)
    content = [w for w in words if w.lower() not in ("the", "a", "an")]
    name = all(w[:1].isupper() for w in content) and not any(re.search(r"['’]s?$", w) for w in content)
    definite = len(words) == 2 and words[0].lower() == "the"
    return Body(head, topic_stems(subject), name and not definite, definite)


@dataclass(frozen=True)
class Record:
    body: Body
    since: int | None


@dataclass(frozen=True)
class Loss:
    body: Body
    years: frozenset[int]
    to_come: bool
    several: bool


def profit_record(text: str) -> Record | None:
    """A standing profit record said of now or the past, with its subject and start year."""
    m = record_pattern().search(text)
    if not m or TO_COME.search(text[:m.start()].split(",")[-1] + " " + m.group(0)):
        return None
    if re.match(r"\s*(?:but|except|bar|apart)\b", text[m.end():], re.IGNORECASE):
        return None  # "every year but one"
    before = text[:m.start()]
    before = re.sub(r"\b(?:has|have|had)\s*$", "", before.rstrip()).rstrip()
    return Record(_body(before), int(m.group("since")) if m.group("since") else None)


def loss_told(text: str) -> Loss | None:
    """A loss, deficit or year without profit told of a body, unless negated ("has never
    made a loss" is a record, read above)."""
    for m in loss_pattern().finditer(text):
        if NEGATED_BEFORE.search(text[:m.start()]):
            continue
        before = text[:m.start()].rstrip()
        if not m.group("verb") and not m.group("red"):  # "... showed a profit in only three of": its subject
            before = re.sub(rf"(?:^|\s+)(?:{_alt('verb')})(?:\s+(?:a|an))?$", "", before, flags=re.IGNORECASE)
        clause = text[:m.end() + 60]
        several = bool(re.search(rf"(?<![\w-])(?:{_alt('sum')})(?![\w-])", m.group(0) + " " + before.split(",")[-1],
                                 re.IGNORECASE))
        # "In 2012 the club made a loss": the year may open the sentence
        years = frozenset(int(y) for y in YEAR.findall(text))
        return Loss(_body(before), years, bool(TO_COME.search(clause)), several)
    return None


def bodies_meet(record: Record, record_sentence: frozenset[str], loss: Loss) -> bool:
    """The loss is of the record's body: its subject's head among the record's subject (or,
    when the record names none, its sentence's) words; a name against a definite "the
    club" of the record; any body when the loss names none (told in an earlier sentence).
    Not a plural head the record does not write ("Breweries in the region")."""
    head = loss.body.head
    if not head:
        return True
    if record.body.definite and loss.body.name:
        return True
    words = record.body.stems | record_sentence if record.body.head else record_sentence
    if stem(head) not in words:
        return False
    plural = head.lower().endswith("s") and not head.lower().endswith("ss")
    return not (plural and record.body.head and not record.body.head.lower().endswith("s"))


def record_broken(record: Record, record_sentence: frozenset[str], loss: Loss) -> bool:
    """Whether the loss breaks the record: the same body, one body's, in the record's span,
    not still to come."""
    if loss.to_come or loss.several:
        return False
    if record.since is not None and loss.years and max(loss.years) < record.since:
        return False
    return bodies_meet(record, record_sentence, loss)
