"""Round c62: an event said never to have happened against an account of it; a whole of
one school phase against an exception of another (docs/conflicts.md, "Added in round c62").
Sentences written for these tests, not the gold.

a. "the <event> ... never took place / did not go ahead / had not happened" negates the
   event its subject names, not the verb of happening: an account of that event having
   happened (its noun with a word of happening, or an act of its family) opposes it; not
   one still to come, not one on another day, not another event or another meeting.
b. "primary" / "secondary" name two phases of schooling: a whole of one and an exception
   of the other are two groups."""

from __future__ import annotations

import re
from datetime import date

import pytest

from claims.conflicts.contradictions import _occurrence_met, _occurrence_subject, _shares_excepted, _universals, _Wording
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _conflicts

DAY = date(2026, 5, 12)


def _contradictions(nlp, a, b):
    return [c for c in _conflicts(nlp, a, b, DAY, DAY) if c.kind is ConflictKind.CONTRADICTION]


# --- a. an event said never to have happened -------------------------------------------------

NO_BRIEFING = "The hospital trust said the briefing for porters at the Elmstead site never took place."
NO_MEETING = "The mill's owners said the meeting with weavers from the dye house had never taken place."
NO_RALLY = "The police said the rally of taxi drivers outside the town hall did not go ahead."


@pytest.mark.parametrize("denial, account", [
    (NO_BRIEFING, "Porters at the Elmstead site were given a briefing on Friday morning, their union said."),
    (NO_BRIEFING, "A briefing for porters at the Elmstead site took place on Friday, a nurse said."),
    (NO_MEETING, "Managers met weavers from the dye house on Wednesday to discuss pay, the weavers said."),
    (NO_RALLY, "The rally of taxi drivers outside the town hall went ahead on Thursday, organisers said."),
])
def test_a_event_never_held_against_an_account_of_it(nlp, denial, account):
    assert _contradictions(nlp, denial, account)


@pytest.mark.parametrize("denial, account", [
    # still to come
    (NO_MEETING, "A meeting with weavers from the dye house will be held on Wednesday, the weavers said."),
    (NO_RALLY, "The rally of taxi drivers outside the town hall is planned for next month, organisers said."),
    # another meeting: only one word of the event's subject shared, told by the act alone
    ("The mill's owners said the meeting with weavers from the dye house had never taken place.",
     "The mill's board met on Wednesday to discuss the weavers' pay claim, a director said."),
    # another event denied
    ("The mill's owners said the ballot of weavers from the dye house had never taken place.",
     "Managers met weavers from the dye house on Wednesday to discuss pay, the weavers said."),
])
def test_a_near_misses(nlp, denial, account):
    assert not _contradictions(nlp, denial, account)


def test_a_another_day_or_month_named():
    denial = _Wording.of("the meeting with weavers from the dye house in March had never taken place")
    (head, words), = denial.negated_clauses
    assert _occurrence_met(head, words, denial, _Wording.of("Managers held a meeting with weavers from the dye house in March"))
    assert not _occurrence_met(head, words, denial, _Wording.of("Managers held a meeting with weavers from the dye house in June"))
    assert _occurrence_met(head, words, denial, _Wording.of("Managers held a meeting with weavers from the dye house"))


def _negation(text):
    return next(re.finditer(r"never|not|n't", text))


def test_a_reader_takes_the_subject_event():
    text = "the meeting with weavers from the dye house had never taken place"
    head, words = _occurrence_subject(text, _negation(text))
    assert head == "meet" and {"weav", "dye", "hous"} <= words
    text = "the rally Mr Okoro described did not go ahead"
    head, _ = _occurrence_subject(text, _negation(text))
    assert head == "rall"
    text = "it never happened"
    assert _occurrence_subject(text, _negation(text)) is None
    text = "if the vote had not taken place"
    assert _occurrence_subject(text, _negation(text)) is None


# --- b. two phases of schooling --------------------------------------------------------------

ALL_PRIMARY = "The county's education office said all the primary schools in Ashdale reopened on Tuesday after the flood."


def test_b_whole_against_an_exception_of_its_own_phase(nlp):
    assert _contradictions(nlp, ALL_PRIMARY, "Three primary schools in Ashdale stayed shut on Tuesday, parents said.")


def test_b_near_miss_an_exception_of_the_other_phase(nlp):
    assert not _contradictions(nlp, ALL_PRIMARY,
                               "Three secondary schools in Ashdale were still closed on Tuesday, a union said.")


# --- c. a whole told by "both" / "every one of", a share told in words ----------------------

ALL_CLIMBERS = "Mountain rescue said all five climbers were brought down safely from the north ridge on Sunday."


def test_c_whole_against_a_share_told_in_words(nlp):
    assert _contradictions(nlp, ALL_CLIMBERS,
                           "One of the five climbers is still missing on the north ridge, police said.")
    # no reader but the share's reaches this one (it fails without `_shares_excepted`)
    assert _contradictions(nlp, "Coastguards said all four divers trapped by the tide in the sea cave were brought out safely.",
                           "One of the four divers trapped in the sea cave is still missing, police said.")


@pytest.mark.parametrize("share", [
    # a share that did what the whole did
    "One of the five climbers was flown to hospital with a broken wrist, police said.",
    # a share of another group
    "One of the five rescuers on the north ridge is still missing, police said.",
])
def test_c_near_misses(nlp, share):
    assert not _contradictions(nlp, ALL_CLIMBERS, share)


def test_c_readers():
    assert _universals("both ferries were back in service by noon")
    assert _universals("every one of the 40 coaches left on time")
    assert not _universals("not every one of the coaches left on time")
    (heads, _), = _shares_excepted("one of the six ferries is still missing", (), frozenset({"ferr", "miss"}))
    assert "ferr" in heads
    assert not _shares_excepted("one of the six ferries sailed to the island", (), frozenset({"ferr"}))
    assert not _shares_excepted("all of the six ferries are missing", (), frozenset({"ferr"}))
