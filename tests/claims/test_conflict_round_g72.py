"""Round g72, a seventeenth fact-checker's review of fresh stories (docs/review_g72.md): a
ferry operator's cancelled sailings, a care home group's inspection failings and fee rises,
a water company's leakage and a hosepipe ban. Defects fixed, each with near misses.
Sentences written for these tests, not the gold.

a. A generic definition ("A flight that leaves an hour late is not a cancelled flight": an
   indefinite subject, a present relative clause, "is not a ...") denies no event of the
   story: blanked (`contradictions._generic_definitions_blanked`).
b. "Nobody in our survey had a new boiler" denies the predicate (the boiler), not the
   survey (`contradictions._nobody_in_predicate`, in `_subject_denied`).
c. A negated meeting verb naming what it did not reach ("never reached a tap") against a
   meeting verb of a target ("on track to meet it") is two things, as g44 read the meeting
   side (`contradictions._met_apart`)."""

from __future__ import annotations

from datetime import date

from claims.conflicts.contradictions import (
    GENERIC_DEFINITION,
    _generic_definitions_blanked,
    _Wording,
)
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _conflicts

DAY = date(2026, 3, 2)
AIR = "Skyline Air cancelled hundreds of flights this winter. "
HOMES = "Northgate Homes has been fitting new boilers in its flats. "
WATER = "Harrow Water has been told by the regulator to cut leaks from its mains. "


def _contradictions(nlp, lead, a, b):
    return [c for c in _conflicts(nlp, lead + a, lead + b, DAY, DAY) if c.kind is ConflictKind.CONTRADICTION]


# --- a. a generic definition ------------------------------------------------------------------

def test_a_a_generic_definition_denies_no_event(nlp):
    a = '"A flight that leaves an hour late is not a cancelled flight," said Ivo Marsh, the airline\'s chief executive.'
    b = "Skyline Air said it cancelled 310 flights between November and February."
    assert not _contradictions(nlp, AIR, a, b)
    w = _Wording.of("A train which arrives ten minutes late isn't a cancelled train")
    assert not w.negated and not w.negated_clauses


def test_a_the_blanked_span_is_the_definition_only():
    text = '"A loan that is repaid early is not a default," she said'
    blanked = _generic_definitions_blanked(text)
    assert len(blanked) == len(text) and blanked.endswith('," she said') and "default" not in blanked
    assert GENERIC_DEFINITION.search("He said that a driver who works 60 hours is not a safe driver")


def test_a_events_and_definite_subjects_are_kept():
    # near misses: a past relative clause tells an event, a definite subject a thing of
    # the story, and a definition with no negation is left alone
    for text in ("A man who was arrested on Tuesday is not a suspect",
                 "The flight that left late is not a cancelled one",
                 "A ship which breaks down is a ship that was not maintained",
                 "A spokesperson who declined to be named said no flight had been cancelled"):
        assert not GENERIC_DEFINITION.search(text), text
    assert _Wording.of("The flight that left late was not cancelled").negated_clauses


def test_a_a_plain_denial_still_opposes_a_count(nlp):
    a = "Skyline Air said no flight had been cancelled between November and February."
    b = "The regulator said Skyline Air cancelled 310 flights between November and February."
    assert _contradictions(nlp, AIR, a, b)


# --- b. nobody in a place, and a predicate ----------------------------------------------------

def test_b_nobody_in_a_survey_denies_the_predicate_not_the_survey(nlp):
    a = '"Nobody in our survey had a new boiler," said Ada Finch of the tenants\' union.'
    b = "The landlord said 81% of tenants were satisfied in its annual survey."
    assert not _contradictions(nlp, HOMES, a, b)
    w = _Wording.of("Nobody in our survey had a new boiler")
    assert not w.negated and [head for head, _ in w.negated_clauses] != ["surve"]
    assert _Wording.of("No one at the meeting was given a vote").negated_clauses[0][0] == "given"


def test_b_the_predicate_is_still_denied():
    # near misses: the same predicate said of all is opposed; a plain "nobody" is as before
    a = _Wording.of("Nobody in our survey had a new boiler")
    assert a.opposed_to(_Wording.of("every tenant in the survey had a new boiler"))
    assert _Wording.of("Nobody was hurt").denied == (frozenset({"hurt"}),)


# --- c. a negated meeting verb of another thing -------------------------------------------------

def test_c_never_reached_a_tap_meets_no_target(nlp):
    a = "The campaign group Leak Watch said a fifth of the water the company put into its mains never reached a tap."
    for b in ("Harrow Water said it was on track to meet its leakage target.",
              "Harrow Water said leakage was falling and that it was on track to meet it."):
        assert not _contradictions(nlp, WATER, a, b), b


def test_c_one_target_missed_and_met_is_kept(nlp):
    # near miss: both sides name the target
    a = "The regulator said the company never reached its leakage target last year."
    b = "Harrow Water said it met its leakage target last year."
    assert _contradictions(nlp, WATER, a, b)


def test_c_a_meeting_with_a_named_party_against_no_meeting_is_kept(nlp):
    # near miss: only the negated side is read; "had met Harbour Air managers" names a party
    # the other claim holds in capitals only
    lead = "Harbour Air cancelled dozens of flights in May, and the department for transport has asked why. "
    a = "A department spokesperson said officials had met Harbour Air managers on 3 May."
    b = "Harbour Air said it had no meeting with the department about the cancellations."
    assert _contradictions(nlp, lead, a, b)
