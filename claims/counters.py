"""(e62) Counter-statements: rejections worded with no rejecting verb.

A party answers another's claim by saying the contrary in its own words: a negated
restatement ("the estate has not closed the footpath through the wood" after "the estate
had closed the footpath through the wood"), a counter-figure marked as the fact ("membership
had in fact risen to 1,150" after "had fallen to 800"), a comparison with what
was claimed ("far healthier than claimed", "much higher than they admit"), or a phrase
saying the thing told never took place ("That is not what happened"). The word lists are
claims/data/conflict_counter_phrases.txt and conflict_counter_markers.txt; extraction reads
neither. Pure text functions: which claim a counter-statement answers is the conflict
rules' business (`claims.conflicts.common.recognise_counter_statements`)."""
from __future__ import annotations

import re
from functools import cache

from claims.lexicon import NEGATOR, data_alternation, data_lines, phrase_pattern, rejects
from claims.overlap import topic_stems

# "far healthier than claimed", "much higher than they admit", "less than the €2.5 million
# reported elsewhere", "far worse than the official count": a comparative set against what
# another said. Not "more than 400 cases were reported" (a figure first: a count of its
# own), nor "higher than last year, he said" (a comma ends the compared words).
REPORTING = (r"(?:claimed|reported|stated|suggested|admitted|quoted|"
             r"claims?|says?|said|admits?|suggests?|reports?|states?|quotes?|acknowledged|acknowledges?)")
COMPARED_WITH_STATEMENT = re.compile(
    r"\b(?!(?:rather|other)\b)(?:[a-z]+er|more|less|fewer|worse|better)\s+than\s+"
    r"(?:(?:(?:was|were|had\s+been|has\s+been|is|are)\s+)?" + REPORTING + r"\b"
    r"|(?:the|that|this|those|these|its|their|his|her|our|they|it|he|she|we|ministers|officials)\s+"
    r"(?:(?!(?:was|were|is|are|been|be|being|have|has|had)\b)(?:[\w'’£€$-]|(?<=\d)[.,](?=\d))+\s+){0,3}?"
    + REPORTING + r"\b"
    # (cr63) "higher than those reported in 2024 / a year earlier": a change over time
    r"(?!\s+(?:in\s+\d{4}|last\b|a\s+year\s+(?:earlier|before|ago)|the\s+(?:previous|year)\b|previously|earlier\b))"
    r"|(?:the|its|their|his|her)\s+official\s+[a-z]+)", re.IGNORECASE)


def compares_with_a_statement(text: str) -> bool:
    """(e62) `text` sets a measure against what another said of it ("the university's
    finances were far healthier than claimed"): a rejection of that claim. "Rather than" and
    "other than" compare nothing: "460, rather than the 300 the company reported" names the
    figure it replaces, which the numeric rule weighs against its owner's (p62)."""
    return bool(COMPARED_WITH_STATEMENT.search(text))


@cache
def counter_phrase_pattern() -> re.Pattern[str]:
    return phrase_pattern(data_lines("conflict_counter_phrases.txt"), fixed=frozenset(data_lines("conflict_counter_phrases.txt")))


def counter_phrase(text: str) -> bool:
    """(e62) "That is not what happened", "That was never true": the thing told did not
    take place or was never so (claims/data/conflict_counter_phrases.txt). A phrase of an
    event's taking place counts only said of what was told (`POINTED_OCCURRENCE`): "the
    meeting never took place" names the event, an account set against another's account
    of it (the contradiction rule's, c62), not a rejection of a statement."""
    for m in counter_phrase_pattern().finditer(text):
        if not OCCURRENCE.search(m.group(0)):
            return True
        before = CLAUSE_BREAK.split(text[:m.start()])[-1]
        if not before.strip() and text[:m.start()].strip():
            continue  # (cr63) "a consultation, which never took place": the event is named
        if POINTED_OCCURRENCE.fullmatch(before.strip()):
            return True
    return False


# (d80) What was just said set against the experience of the speaker's people: "(said)
# that was not the experience of its members". The subject is a bare pointer or none (the
# claim's span leaves "that" out), so what is denied is what was just said.
DENIED_EXPERIENCE = re.compile(
    r"^[\W_]*(?:(?:that|this|it)\s+)?(?:is|was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?not\s+the\s+experience\s+of\b",
    re.IGNORECASE)


def denied_experience(text: str) -> bool:
    """(d80) A party answering what was just said with its own people's experience
    (`DENIED_EXPERIENCE`): "The operator said its buses ran on time ... The Riders' Forum
    said that was not the experience of its members" rejects the operator's claim, with
    no rejecting word. Not "the delays were not the experience of most passengers" (a
    subject of its own, not a pointer to what was said), nor "her members' experience was
    very different" (no pointer: the target search finds nothing it answers; left out)."""
    return bool(DENIED_EXPERIENCE.search(text))


# (d89) "few customers who lost service would agree": "few", "very few" or "not many"
# opening the claim's words, its people (up to twelve words, no clause break), "would"
# and a phrase of claims/data/conflict_dissent_phrases.txt ending the clause. (fxB, review
# cr92) Only "would": "few of the 14 opposition councillors will agree", "few of them
# could agree" forecast a vote, they answer no claim.
# The openers are claims/data/conflict_dissent_openers.txt (fxB, review cr92: vocabulary).
DISSENT_PEOPLE = r"\b(?P<people>(?:\s+[\w'’,-]+){0,12}?)\s+would\s+"


@cache
def dissent_pattern() -> re.Pattern[str]:
    openers, body = data_alternation("conflict_dissent_openers.txt"), data_alternation("conflict_dissent_phrases.txt")
    return re.compile(rf"^[\W_]*(?:{openers}){DISSENT_PEOPLE}(?:{body})(?=[\W_]*$)", re.IGNORECASE)


def dissent(text: str) -> bool:
    """(d89) A party saying few of its people would agree with what was just said ("The
    airline said it had always treated passengers fairly. Ms Brook said few passengers who
    waited for refunds would agree"): a rejection of that claim with no rejecting or
    negating word (`dissent_pattern`). The phrase must end the claim: "few would agree to
    pay more" is a forecast of a choice, "few would disagree" agrees (not listed)."""
    m = dissent_pattern().search(text)
    return bool(m) and not re.search(r"[;:]", m.group("people"))


# (e62) The phrases of an event's taking place ("never happened", "did not take place").
OCCURRENCE = re.compile(r"\b(?:happen|take place|took place)", re.IGNORECASE)
# (e62) What such a phrase may be said of to answer a statement: nothing, or a word pointing
# back ("That is not what happened", "it never happened", "none of this took place").
POINTED_OCCURRENCE = re.compile(r"(?:(?:that|this|it|which|none\s+of\s+(?:this|that|it))"
                                r"(?:\s+(?:is|was|has|had|simply|just|really|ever|all))*)?", re.IGNORECASE)


@cache
def counter_marker_pattern() -> re.Pattern[str]:
    words = data_lines("conflict_counter_markers.txt")
    return phrase_pattern(words, fixed=frozenset(words))


# A clause ends at a comma, semicolon, colon or dash, or before a conjunction opening one.
CLAUSE_BREAK = re.compile(r",(?!\d)|[;:–—]|\b(?:and|but|because|while|although|which|who|whereas|after|before|since|as)\b",
                          re.IGNORECASE)
# (e62) A negation inside a condition says what would follow, not what is so: "If parents
# are not consulted, the decision could be challenged".
CONDITION = re.compile(r"\b(?:if|unless)\b[^,;:.]*$", re.IGNORECASE)
# Words right after a negator that, rejecting, make the negation an agreement ("Nobody
# disputes that ...", "did not deny").
AGREEING_REACH = 3


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause of `text` holding the span start..end: back to the last clause break
    before it, on to the next after it."""
    opening = 0
    for m in CLAUSE_BREAK.finditer(text, 0, start):
        opening = m.end()
    closing = CLAUSE_BREAK.search(text, end)
    return text[opening:closing.start() if closing else len(text)]


def counter_clauses(text: str) -> list[str]:
    """(e62) The clauses of `text` that may answer another's claim: each clause holding a
    negator ("the lane was not flooded") or a counter marker ("had in fact
    risen to 1,150"), with the marker's words left out. Not a negated rejection: "Nobody
    disputes that the river flooded the lane", "did not deny" agree."""
    clauses = []
    for m in NEGATOR.finditer(text):
        after = " ".join(text[m.end():].split()[:AGREEING_REACH])
        if rejects(after) or CONDITION.search(text, 0, m.start()):
            continue
        clauses.append(_clause_around(text, m.start(), m.end()))
    for m in counter_marker_pattern().finditer(text):
        clause = _clause_around(text, m.start(), m.end())
        clauses.append(counter_marker_pattern().sub(" ", clause))
    return clauses


def negated_reach(clause: str) -> str | None:
    """(e62) The words of a clause after its first negator, to the clause's end: what it
    says is not so ("has not closed the footpath through the wood"). None without one."""
    m = NEGATOR.search(clause)
    return clause[m.end():] if m else None


def reach_restated(reach: str, other: frozenset[str], names: frozenset[str] = frozenset()) -> bool:
    """(e62) Whether what a negation says is not so is what the other claim says is: its
    topic stems (less `names`) are among the other's, one in four missed at most. "the
    injuries were not life-threatening" against "in a stable condition", "had never
    consulted the unions" against "consulted lawyers": the negated words are another
    matter, the rest of the clause agrees."""
    own = topic_stems(reach) - names
    return bool(own) and len(own - other) <= len(own) // REACH_MISSES_PER


# Of the negated words, one in this many may be missing from the claim restated ("in its
# emergency department" against "in the department").
REACH_MISSES_PER = 4


def negated(text: str) -> bool:
    """(e62) Whether `text` holds a negator (`NEGATOR`)."""
    return bool(NEGATOR.search(text))


# A restatement holds mostly the words of what it restates: at least this many topic stems
# of the other claim, and this share of its own.
RESTATED_STEMS = 3
RESTATED_SHARE = 2 / 3


def restates(clause: str, other: frozenset[str], names: frozenset[str] = frozenset()) -> bool:
    """(e62) Whether `clause` says the matter of a claim of stems `other` again: it shares
    RESTATED_STEMS of them, and RESTATED_SHARE of its own stems (less `names`, the two
    speakers' names) are among them. "had not closed the unit to save money" shares
    "closed" and "unit" with "had closed its midwife-led unit overnight" but says a
    purpose nobody told: not a restatement."""
    own = topic_stems(clause) - names
    shared = own & other
    return len(shared) >= RESTATED_STEMS and len(shared) >= RESTATED_SHARE * len(own)
