"""(c60) Universal or total denials, and the acts that break them.

A denial of every member ("Not a single nurse has been made redundant", "none of the
drivers was sacked") or of every penny ("Not a penny of the money parents raised has been
spent on consultants", "No donor's money has ever been used to pay bonuses") is broken by a
claim reporting the act it denies: a count of the same thing *doing or undergoing the
denied act* ("six nurses were made redundant in August"), or a sum paid or spent on the
same thing ("paid consultants £36,000"). A count of the thing alone is no such act ("the
trust employs 2,150 nurses"), nor a sum spent on another thing, nor a denial of what is
still to come ("no further closures are planned", "not a penny will be spent next year"):
those are the near misses this module keeps out.

Pure functions on a claim's own words; `claims.conflicts.contradictions` reads them into
its `_Wording` and compares two claims."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from claims.lexicon import data_lines, phrase_pattern
from claims.models import Quantity
from claims.overlap import NO_STEMS, topic_stems
from claims.units import MONEY_UNITS

_AUX = r"(?:has|have|had|was|were|is|are)"
# (r60) A word of the denied thing: not the "but" of "not one but two nurses" nor a relative
# word ("not one nurse who was sacked but three": a cleft, no denial).
_THING_WORD = r"(?!(?:but|who|whom|that|which)\b)[a-z][\w'’-]*"
# "Not a single nurse has been made redundant", "not one driver was sacked", "not one of
# the drivers was sacked", "none of the nurses has been made redundant": the thing (up to
# three words before its verb), then the participle and its particle ("made redundant",
# "turned away", "broken down").
TOTAL_DENIAL = re.compile(
    r"(?<![\w-])(?:not\s+(?:a\s+single|one(?!\s+but\b))(?:\s+of\s+(?:the|its|their|our|his|her))?"
    r"|none\s+of\s+(?:the|its|their|our|his|her))\s+"
    rf"((?:{_THING_WORD}\s+){{0,2}}?{_THING_WORD})\s+"
    rf"(?:{_AUX}\s+)(?:(?:ever|yet|so\s+far|actually)\s+)?(?:been\s+)?"
    r"([a-z]+(?:\s+(?:redundant|away|down|off|out|up|back))?)\b",
    re.IGNORECASE)

# "not a penny of the money parents raised", "No donor's money", "not a single pound", "none
# of the money": (r60: only an owner or a few plain modifiers between "no" and the money
# word, not "No doubt some money ...") a denial of any sum; then, in its clause, a verb of spending (below) and
# what the money is said not to have gone on ("on consultants", "to pay bonuses", "for a
# home that ...").
MONEY_WORDS = r"(?:money|penny|pennies|pound|cent|dollar|euro|cash|funds?)"
MONEY_DENIAL = re.compile(
    r"(?<![\w-])(?:no\s+(?:[\w-]+(?:['’]s|s['’])\s+|(?:public|extra|taxpayer|government|council|charity|donor|"
    r"donated|appeal|lottery|such)\s+)?|not\s+(?:a\s+(?:single\s+)?|one\s+)|none\s+of\s+the\s+(?:[\w'’-]+\s+){0,1}?)"
    rf"{MONEY_WORDS}(?![\w-])",
    re.IGNORECASE)
# What the money went on, after the spending verb: "on", "to pay (for)", "for", "towards".
MONEY_TARGET = re.compile(r"\s+(?:on|towards|for|to\s+pay(?:\s+for)?|to\s+fund)\s+(?:(?:the|a|an|any|its|their|our)\s+)?"
                          r"((?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)(?=\s+(?:that|which|who|when|in|at|from|since|"
                          r"last|this|before|after)\b|\s*[,.;:!?\"”’]|\s*$)", re.IGNORECASE)
# What tells a denial of what is still to come ("will", "would", "is to be") or of more of
# something already done ("no further", "not a penny more"): no past act breaks it.
# (r60) The words of what is still to come, shared with `FUTURE`.
TO_COME = r"will|would|shall|going\s+to|again"
NOT_YET = re.compile(rf"(?<![\w-])(?:{TO_COME}|is\s+to|are\s+to|further|more|other|next)(?![\w-])", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[;:.!?]|,\s+(?:but|and|while|although|though)\b|\s+but\s+")



@cache
def spending_verbs() -> re.Pattern[str]:
    """Verbs by which money goes to a thing (claims/data/conflict_spending_verbs.txt)."""
    return phrase_pattern(data_lines("conflict_spending_verbs.txt"))


@cache
def denied_spending_verbs() -> re.Pattern[str]:
    """(r60) Verbs of spending in a denial, where what the money went on must follow right
    after ("used to pay bonuses"): the plain ones and those of conflict_spending_verbs_denied.txt
    ("use", "give"), too loose to tell a sum spent on their own ("used a report to ...",
    "given the fund ...")."""
    return phrase_pattern(data_lines("conflict_spending_verbs.txt") + data_lines("conflict_spending_verbs_denied.txt"))


def _clause_from(text: str, at: int) -> str:
    return CLAUSE_BREAK.split(text[at:], maxsplit=1)[0]


def total_denials(text: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """(c60) Each thing a claim says not one of underwent an act ("Not a single nurse has
    been made redundant"): (the thing's stems, the act's stems). Not a denial of what is
    still to come or of more of it ("not one more school will close")."""
    found = []
    for m in TOTAL_DENIAL.finditer(text):
        if NOT_YET.search(text[m.start():m.end()]):
            continue
        if re.fullmatch(MONEY_WORDS, m.group(1).split()[-1], re.IGNORECASE):
            continue  # "not a single pound has been paid": a sum (`money_denials`)
        thing, act = topic_stems(m.group(1)), topic_stems(m.group(2))
        if thing and act:
            found.append((thing, act))
    return tuple(found)


# (p70) "no family had stayed in a hostel", "no patient would wait more than four hours": a plain
# denial of a thing (up to three words) and the act its verb tells, after an auxiliary (any
# tense: a promise is denied as much as a past act) and "been" / "be" / "have been".
PLAIN_DENIAL = re.compile(
    rf"(?<![\w-])no\s+((?:{_THING_WORD}\s+){{0,2}}?{_THING_WORD})\s+"
    r"(?:has|have|had|was|were|is|are|will|would|shall|should|can|could|may|might|did|does|do)\s+"
    r"(?:(?:ever|yet|so\s+far|actually|now|still)\s+)?(?:(?:have\s+)?(?:been|be)\s+)?"
    r"(?!(?:not|never|no|been|be|being|more|less|than)\b)"
    r"([a-z]+(?:\s+(?:redundant|away|down|off|out|up|back))?)\b",
    re.IGNORECASE)


def plain_denials(text: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """(p70) Each thing a claim denies with a plain "no" before a verb ("no family had
    stayed in a hostel beyond the legal limit"): (the thing's stems, the act's stems, light
    verbs left out as in `act_stems`). A count that names the thing only by a synonym
    ("5,200 households on its housing register") breaks it only when it tells the act."""
    found = []
    for m in PLAIN_DENIAL.finditer(text):
        thing, act = topic_stems(m.group(1)), act_stems(topic_stems(m.group(2)))
        if thing and act:
            found.append((thing, act))
    return tuple(found)


@cache
def _narrowers() -> frozenset[str]:
    """(x99) claims/data/conflict_denial_narrowers.txt, lowercase."""
    return frozenset(w.lower() for w in data_lines("conflict_denial_narrowers.txt"))


# (x99) The end of a denial's clause: a punctuation mark, or a conjunction opening another
# clause ("no shots were fired and no one was injured").
_CLAUSE_END = re.compile(r"[,;:.!?()\"“”]|\s(?:and|but|or|while|whereas|although|though)\s", re.IGNORECASE)
# Words of a narrowing read at most, and the words after the act it may open past ("stayed
# longer than six weeks", "sold to touts through our site").
NARROWING_WORDS = 8
NARROWER_AT_MOST = 2


def plain_narrowings(text: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """(x99) Per plain denial of `plain_denials`, (the thing's stems, the stems of what
    narrows it after its act): the words from the first word of
    claims/data/conflict_denial_narrowers.txt among the first three after the act to the end
    of the clause, names and the narrowing words themselves left out ("no family had stayed in a B&B beyond the six-week limit": "six-week",
    "limit"; "no driver had been disciplined over the dispute": "disput"). A denial whose
    act ends its clause, or is followed by its object ("no route would lose its service")
    or an infinitive ("no boat would be forced to stop fishing"), is narrowed by nothing:
    empty stems."""
    found = []
    for m in PLAIN_DENIAL.finditer(text):
        thing, act = topic_stems(m.group(1)), act_stems(topic_stems(m.group(2)))
        if not (thing and act):
            continue
        rest = text[m.end():]
        end = _CLAUSE_END.search(rest)
        words = (rest[:end.start()] if end else rest).split()
        at = next((k for k, w in enumerate(words[:NARROWER_AT_MOST + 1]) if w.lower() in _narrowers()), None)
        narrowing = NO_STEMS
        if at is not None:
            kept = [w for w in words[at:at + NARROWING_WORDS] if not w[:1].isupper()]
            narrowing = topic_stems(" ".join(kept)) - frozenset(s for w in _narrowers() for s in topic_stems(w))
        found.append((thing, narrowing))
    return tuple(found)


def opening_denials(text: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """(c93) The plain denials of `plain_denials` opening a sentence or a quote with a
    capital "No" ("No customer has been injured by one of our heaters", "No service has
    been cancelled"): `contradictions.DENIED_THINGS` reads only a lowercase "no", and these
    were no denied thing at all. Read as c60's total denials, with their act, so a count
    of the thing breaks one only when it tells the act ("two customers had suffered burns",
    not "the firm has 40,000 customers"; "No school will be left to pay for this alone" is
    not broken by "the trust's nine other schools had been checked")."""
    return tuple((topic_stems(m.group(1)), act_stems(topic_stems(m.group(2))))
                 for m in PLAIN_DENIAL.finditer(text)
                 if m.group(0).startswith("No") and topic_stems(m.group(1)) and act_stems(topic_stems(m.group(2))))


def money_denials(text: str) -> tuple[frozenset[str], ...]:
    """(c60) What a claim says no money was spent on or paid for ("Not a penny of the money
    parents raised has been spent on consultants": "consultant"; "No donor's money has ever
    been used to pay bonuses": "bonus"). Not a denial of what is still to come ("not a penny
    will be spent on ...") nor of more of it ("no further money")."""
    found = []
    for m in MONEY_DENIAL.finditer(text):
        clause = _clause_from(text, m.start())
        verb = denied_spending_verbs().search(clause)
        if not verb or NOT_YET.search(clause[:verb.start()]):
            continue
        target = MONEY_TARGET.match(clause, verb.end())
        stems = topic_stems(target.group(1)) if target else NO_STEMS
        if stems:
            found.append(stems)
    return tuple(found)


# (r60) What a sum went on, after it: "£36,000 on consultants", "£48,000 in bonuses".
SUM_TARGET = re.compile(r"(?<![\w-])(?:on|towards|for|in|to\s+pay(?:\s+for)?|to\s+fund)\s+(?:(?:the|a|an|its|their|our)\s+)?"
                        r"((?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)(?=\s+(?:that|which|who|when|in|at|from|since|"
                        r"last|this|before|after)\b|\s*[,.;:!?\"”’]|\s*$)", re.IGNORECASE)
NEGATED_BEFORE = re.compile(r"(?<![\w-])(?:not|never|no)(?![\w-])|n['’]t\b", re.IGNORECASE)


def figure_at(text: str, surface: str) -> int:
    """(r60) Where a figure's words stand in a text, as whole words ("14" of "in 2014, 14
    villages" is the second, not the year's digits); -1 if not there."""
    if not surface:
        return -1
    m = re.search(rf"(?<![\w.,]){re.escape(surface)}(?![\w]|[.,]\d)", text)
    return m.start() if m else -1


def money_spent(text: str, quantities: Sequence[Quantity]) -> frozenset[str]:
    """(c60) Of a claim telling a sum paid, spent or approved ("paid consultants £36,000",
    "approved bonuses of £48,000"), the stems of what it went on; no stems for any other
    claim (one that names no sum, or no verb of spending, or negates it). (r60) Only what
    the spending verb's own words name: its object before the sum ("paid consultants
    £36,000"), the target after the sum ("spent £36,000 ... on a roof") or, with the sum
    before the verb, right after it ("£36,000 was spent on consultants"); not every word
    of the claim ("the school used a consultants' report to spend £36,000 ... on a roof")."""
    sums = [q for q in quantities if q.unit in MONEY_UNITS and (q.value or q.low)]
    if not sums:
        return NO_STEMS
    found: set[str] = set()
    for verb in spending_verbs().finditer(text):
        if NEGATED_BEFORE.search(text[max(0, verb.start() - 25):verb.start()]):
            continue
        clause = _clause_from(text, verb.end())
        at = min((k for k in (figure_at(clause, q.surface) for q in sums) if k >= 0), default=-1)
        if at < 0:
            target = MONEY_TARGET.match(clause)
            found |= topic_stems(target.group(1)) if target else NO_STEMS
            continue
        found |= topic_stems(clause[:at])
        after = clause[at:].split(None, 1)
        target = SUM_TARGET.search(after[1]) if len(after) > 1 else None
        found |= topic_stems(target.group(1)) if target else NO_STEMS
    return frozenset(found) or NO_STEMS


# Verbs too light to say what was done ("made redundant": "redundant" says it).
LIGHT_VERBS = frozenset(topic_stems("made make got get gone been had taken"))


def act_stems(act: frozenset[str]) -> frozenset[str]:
    """(c60) The stems of a denied act that say what was done: "made redundant" is
    "redundant"; an act of light verbs only is kept whole."""
    return (act - LIGHT_VERBS) or act


@cache
def loss_pattern() -> re.Pattern[str]:
    """Words by which some members of a group lost what the whole is said to have
    (claims/data/conflict_loss_words.txt)."""
    return phrase_pattern(data_lines("conflict_loss_words.txt"))


# The words after a loss word naming what was lost ("lost their librarians last summer",
# "removed from the plan in February").
LOST_WORDS = 4
FUTURE = re.compile(rf"(?<![\w-])(?:{TO_COME})(?![\w-])|['’]ll\b", re.IGNORECASE)


def lost_of(clause: str) -> frozenset[str]:
    """(c60) The stems of what a count's clause says its members lost or were removed from
    ("two of the trust's schools lost their librarians": "librarian"), or none."""
    m = loss_pattern().search(clause)
    if not m:
        return NO_STEMS
    return topic_stems(" ".join(clause[m.end():].split()[:LOST_WORDS])) or NO_STEMS


# (c60) The year a clause names: "this year", "last year", "next year" (and of a school or
# financial year, a season), read against the article's date, or "in 2023".
YEAR_NAMED = re.compile(r"(?<![\w-])(?:(this|last|next)\s+(?:(?:school|financial|academic)\s+)?(?:year|season)"
                        r"|(?:in|during|for)\s+((?:19|20)\d{2}))(?![\w-])", re.IGNORECASE)
YEAR_SHIFT = {"this": 0, "last": -1, "next": 1}
SPAN_WORDS = re.compile(r"(?<![\w-])(?:until|till|since|throughout)(?![\w-])", re.IGNORECASE)


def years_named(text: str, published_year: int | None) -> frozenset[int]:
    """(c60) The years a claim names ("no pupil had been excluded this school year", "In
    2023, 30 pupils were excluded"); relative ones only with the article's year. None of a
    claim telling a span ("did not know about the fault until June this year", "since
    2021"): its year bounds the span, and the span may hold the other's year."""
    if SPAN_WORDS.search(text):
        return frozenset()
    years = set()
    for m in YEAR_NAMED.finditer(text):
        if m.group(2):
            years.add(int(m.group(2)))
        elif published_year is not None:
            years.add(published_year + YEAR_SHIFT[m.group(1).lower()])
    return frozenset(years)
