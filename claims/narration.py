"""Sentences in the outlet's own voice that the conflict rules can compare.

Much of what outlets disagree on is their own narration, unattributed and without figures:
"Talks broke down late on Sunday" in one paper, "negotiators continued to meet throughout
Monday" in another; "the recount was granted" / "the request for a recount was turned
down". Such a sentence becomes a `narrated` claim whose speaker is the outlet (see
`claims.extract`), but only when its words carry something the rules compare:

- an event or state of claims/data/conflict_state_classes.txt said of a listed affair
  (`claims.states.read_states` finds one with a word of conflict_state_subjects.txt near
  the verb; without one the rules cannot tell what it is of, so it would never oppose
  anything);
- an assessment of claims/data/conflict_opposites.txt ("on schedule", "deeply divided"),
  or a predicate of conflict_negatable.txt ("conceded", "agreed"), other than in the
  words of narration_exceptions.txt, which in narration mostly say something else
  ("a hotel near the port", "declined to comment");
- a rejecting word of claims/data/conflict_dispute_cues.txt ("false", "later corrected")
  with a noun of something said or counted ("the claim", "the figure");
- a day of a month its event is dated by ("The viaduct was shut on September 26"), which
  round c18's rule compares with another outlet's date of one event (round v18).

Every other unattributed sentence (most of an article) stays out: a claim that no rule can
compare only costs clustering and conflict detection work.

Deliberately not handled: the outlet's opposite-direction words (conflict_directions.txt:
"rose", "will"), which are in most sentences; sentences with figures (they already are
`quantitative` claims); sentences any statement of `find_attributions` overlaps (they are
that speaker's); quotations no speaker was found for (a sentence opening inside quote
marks is someone's words, not the outlet's); questions; sentences longer than
`MAX_WORDS`, which the assessment rules do not read either (but a sentence without figures
gives its first clause when that is short enough or when a statement starts after it,
`_leading_clause`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from operator import itemgetter

from spacy.tokens import Doc, Span

from claims.datelines import dateline_end
from claims.event_dates import event_dates
from claims.lexicon import data_lines, figure_noun_pattern, opposite_patterns, phrase_pattern, rejects
from claims.spans import SortedSpans
from claims.states import read_states

# As claims.conflicts.contradictions.ASSESSMENT_MAX_WORDS: a longer sentence's assessment words are too
# often about something else than its matter, and the rules do not read them.
MAX_WORDS = 30
QUOTE_MARKS = "\"“”"


@cache
def exception_pattern() -> re.Pattern[str]:
    """Words of the opposite lists that in narration say something else ("near the port",
    "declined to comment"): claims/data/narration_exceptions.txt."""
    return phrase_pattern(data_lines("narration_exceptions.txt"))


@cache
def said_pattern() -> re.Pattern[str]:
    """Nouns of something said (conflict_claim_nouns.txt) or counted (figure nouns)."""
    nouns = phrase_pattern(data_lines("conflict_claim_nouns.txt"))
    return re.compile(f"{nouns.pattern}|{figure_noun_pattern().pattern}", re.IGNORECASE)


@cache
def predicate_pattern() -> re.Pattern[str]:
    """The predicates one source asserts and another negates (conflict_negatable.txt:
    "conceded", "had been agreed")."""
    return phrase_pattern(data_lines("conflict_negatable.txt"))


# "if they don't agree on a new contract", "unless a deal is reached", "whether it had
# been warned": a clause saying what may happen or what is asked, up to the clause's end.
CONDITIONAL = re.compile(r"\b(?:if|unless|whether)\b[^,;:.]*", re.IGNORECASE)


def carries_assessment(sentence: str) -> bool:
    """The sentence says a listed event or state of a listed affair, makes a listed
    assessment or uses a negatable predicate (other than in words of
    narration_exceptions.txt), or rejects something said ("the claim ... proved false"; a
    rejecting word alone is most often a labour "dispute" or a manager "dismissed"); words
    of a conditional or a question clause ("if no agreement is reached", "whether it had
    been warned") assert nothing and do not count."""
    sentence = CONDITIONAL.sub(" ", sentence)
    if any(keys for _, _, keys in read_states(sentence)) or _dated_to_the_day(sentence):
        return True
    excepted = [(m.start(), m.end()) for m in exception_pattern().finditer(sentence)]
    patterns = [side for pair in opposite_patterns() for side in pair] + [predicate_pattern()]
    for pattern in patterns:
        for m in pattern.finditer(sentence):
            if not any(s <= m.start() and m.end() <= e for s, e in excepted):
                return True
    return rejects(sentence) and bool(said_pattern().search(sentence))


def _dated_to_the_day(sentence: str) -> bool:
    """The sentence dates its event to a day of a month ("The viaduct was shut on
    September 26"): two outlets dating one event to two days contradict each other (round
    c18's rule), and such a sentence is most often the outlet's own account. A weekday or
    a month alone dates too many sentences of an article ("on Tuesday") to keep them all."""
    return any(d.grain == "month" and d.value[1] for d in event_dates(sentence))


# Where a long sentence's first clause ends: "the highways team objected to the plans,
# citing the risk of gridlock, but councillors decided that ...".
CLAUSE_EDGE = re.compile(r",\s+(?:but|while|whereas|although|though|yet)\b|;")


def narrated_spans(doc: Doc, text: str, taken: Sequence[tuple[int, int]],
                   figures: Sequence[tuple[int, int]] = ()) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of `doc` told in the outlet's own voice that
    `carries_assessment`, none of whose characters is in a `taken` span (the statements
    and figures already found). `doc` is the parse of `text` (same offsets).

    A sentence that is longer than `MAX_WORDS` or that a statement starts inside gives its
    leading clause instead (`_leading_clause`), when the sentence holds no figure outside
    a statement (`figures`, also in `taken`; such a sentence is a quantitative claim of
    its own): "The returning officer turned down a request for a recount, saying the
    margin was ...", whose statement is the officer's and whose first clause is the
    outlet's."""
    taken = sorted(taken)
    # (l58) a scan of every span for each sentence made a long article cost its length squared
    near_taken = SortedSpans(taken, start=itemgetter(0), end=itemgetter(1))
    near_figures = SortedSpans(sorted(figures), start=itemgetter(0), end=itemgetter(1))
    dateline = dateline_end(text)
    for sent in doc.sents:
        start = max(sent.start_char, dateline if sent.start == 0 else 0)
        end = sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            continue
        inside = near_taken.overlapping(start, end)
        if inside or len(text[start:end].split()) > MAX_WORDS:
            statement = min((s for s, _ in inside), default=end)
            sentence_end = end
            end = _leading_clause(text, start, end, statement, _coordinated_saying(sent, start, statement))
            # A figure no statement holds makes the whole sentence a quantitative claim
            # already, whatever clause it is in; one in the statement is the speaker's.
            if end is None or near_figures.overlapping(start, sentence_end):
                continue
        sentence = text[start:end]
        words = sentence.split()
        if len(words) > MAX_WORDS or len(words) < 3 or sentence.endswith("?"):
            continue
        # A quotation whose speaker was not found, or a quote running on from the sentence
        # before: someone's words, not the outlet's.
        if sentence[0] in QUOTE_MARKS or sum(sentence.count(q) for q in QUOTE_MARKS) % 2:
            continue
        if carries_assessment(sentence):
            yield start, _before_trailing_condition(text, start, end)


def _leading_clause(text: str, start: int, end: int, statement: int, saying: int | None = None) -> int | None:
    """The end of the sentence's first clause, before a statement starting at `statement`
    (cut back to the comma before it, which drops its speaker's "saying", or to the "and"
    of a saying verb coordinated with the first clause, `_coordinated_saying`; none when
    neither precedes it: "The minister said that ..." is all the minister's) or before a
    `CLAUSE_EDGE`, whichever comes first."""
    cut = None
    if statement < end:
        comma = text.rfind(",", start, statement)
        if comma < 0 and saying is None:
            return None
        cut = max(comma, saying or -1)
    edge = CLAUSE_EDGE.search(text, start, cut if cut is not None else end)
    if edge:
        cut = edge.start()
    return cut


def _coordinated_saying(sent: Span, start: int, statement: int) -> int | None:
    """Where the "and" stands that joins the verb governing a statement to the sentence's
    first predicate ("Rourke has refused to concede the election and says he will challenge
    the result"): the first clause is the outlet's account of what the speaker did, the
    statement after "and says" the speaker's. Read on the parse: the statement's first
    token, up its heads to a verb coordinated (`conj`) with the sentence's root, and the
    `cc` between the two. None when the statement hangs from the root itself ("The
    minister said that ...")."""
    first = next((t for t in sent if t.idx >= statement), None)
    token = first
    while token is not None and token.head.i != token.i:
        if token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and token.head.dep_ == "ROOT" \
                and token.head.i < first.i:
            # spaCy hangs the "and" on the first conjunct, right before the second.
            cc = next((c for c in reversed(list(token.head.children) + list(token.children))
                       if c.dep_ == "cc" and token.head.i < c.i < token.i), None)
            before = cc.doc[cc.i - 1] if cc is not None and cc.i > 0 else None
            return before.idx + len(before.text) if before is not None and before.idx >= start else None
        token = token.head
    return None


def _before_trailing_condition(text: str, start: int, end: int) -> int:
    """The end of the claim: before a conditional clause that closes the sentence ("voted
    to authorize a strike if they don't agree on a new contract"), which asserts nothing
    and whose words the rules would read as the outlet's ("don't agree")."""
    sentence = text[start:end]
    for m in CONDITIONAL.finditer(sentence):
        if not sentence[m.end():].strip(" .!\"'”’)"):
            cut = start + m.start()
            while cut > start and text[cut - 1] in " ,;:\u2014-":
                cut -= 1
            return cut if cut > start else end
    return end
