"""Round r60: fixes from the code review of rounds g60, n60 and c60 (docs/conflicts.md,
"Added in round r60"). Sentences written for these tests (some from the review's
reproductions), not the gold.

1. A rejection opening its sentence whose verb belongs to a clause about the thing
   rejected ("Disputing the claim that 300 jobs will go, the company said ...") still
   rejects; a gerund subject ("Disputing the figures does not change ...") still does not.
2. "No doubt some money ..." is no denial of money spent.
3. A sum spent is read with what its verb says it went on, not with every word of the
   claim; "use", "give", "hand" tell no sum spent.
4. A capitalised plural after a figure ("40 Royal Marines") is what the figure counts.
5. "students" of a university are no pupils; "crossings" by small boats no sailings.
6. A count's figure is found as whole words ("14" of "in 2014, 14 villages").
7. "Not one but two nurses" denies nothing.
8. "that" after a preposition opens no clause of a group ("every driver at that depot")."""

from __future__ import annotations

from datetime import date

import pytest

from claims.conflicts.contradictions import _group_head, _losses
from claims.conflicts.numeric import _unit_size
from claims.conflicts.total_denials import figure_at, money_denials, money_spent, total_denials
from claims.lexicon import rejects_a_claim
from claims.models import ConflictKind, Quantity
from claims.overlap import topic_stems
from tests.claims.test_figure_roles import _conflicts, _figure, _numeric

DAY = date(2026, 4, 7)


def _contradictions(nlp, a, b):
    return [c for c in _conflicts(nlp, a, b, DAY, DAY) if c.kind is ConflictKind.CONTRADICTION]


# --- 1. a participle opener whose clause holds a verb -------------------------------------------

@pytest.mark.parametrize("text", [
    "Disputing the claim that 300 jobs will go, the company said the plant would stay open.",
    "Rejecting claims the scheme is failing, the council said 4,000 homes had been insulated.",
    "Denying reports that the ward was closed, the trust said 12 beds were open.",
])
def test_1_a_participle_opener_with_a_clause_rejects(text):
    assert rejects_a_claim(text)


@pytest.mark.parametrize("text", [
    "Disputing the figures does not change what the auditors found",
    "Disputing the figures does not change what the auditors found, she said.",
    "Denying the problem will not make it go away",
])
def test_1_a_gerund_subject_still_rejects_nothing(text):
    # near misses: the gerund is the subject; a closing speech tag opens no main clause
    assert not rejects_a_claim(text)


# --- 2. "no doubt some money" --------------------------------------------------------------------

def test_2_no_doubt_is_no_money_denial(nlp):
    assert not money_denials("No doubt some money parents raised has been spent on consultants")
    assert not _contradictions(
        nlp, '"No doubt some money parents raised has been spent on consultants, and rightly," the head, Ola Brandt, said.',
        "Documents show the school paid consultants £36,000 from the appeal fund raised by parents.")


def test_2_an_owner_or_public_money_is_still_denied():
    # near misses: an owner's money, public money
    assert money_denials("No donor's money has been spent on consultants") == (topic_stems("consultants"),)
    assert money_denials("No public money was spent on consultants") == (topic_stems("consultants"),)
    assert money_denials("No taxpayers' money was spent on consultants") == (topic_stems("consultants"),)


# --- 3. what a sum went on ----------------------------------------------------------------------

NO_PENNY = "The head, Ola Brandt, said not a penny of the money parents raised has been spent on consultants."
SUM = [Quantity(surface="£36,000", start_char=0, end_char=7, value=36000.0, unit="GBP")]


@pytest.mark.parametrize("text", [
    "Documents show that, given the £36,000 appeal fund raised by parents, the school stopped hiring consultants.",
    "Documents show the school used a consultants' report to spend £36,000 from the appeal fund raised by parents on a roof.",
])
def test_3_a_sum_on_another_thing_breaks_no_denial(nlp, text):
    assert not _contradictions(nlp, NO_PENNY, text)


def test_3_a_sum_paid_to_the_thing_still_breaks_it(nlp):
    # near miss: the sum went on the denied thing
    assert _contradictions(nlp, NO_PENNY, "Documents show the school paid consultants £36,000 from the appeal fund raised by parents.")


def test_3_readers():
    assert money_spent("the school spent £36,000 from the fund on a roof", SUM) == topic_stems("roof")
    assert money_spent("£36,000 was spent on consultants", SUM) == topic_stems("consultants")
    assert money_spent("the board approved bonuses of £36,000", SUM) == topic_stems("bonuses of")
    assert not money_spent("on the other hand, the fund holds £36,000", SUM)
    assert not money_spent("given the £36,000 fund, it hired nobody", SUM)


# --- 4. a capitalised plural after a unit's size -------------------------------------------------

def test_4_capitalised_plurals_are_counted(nlp):
    q, claim = _figure(nlp, "A team of 40 Royal Marines tackled the blaze at the Ormskirk mill, the fire service said.", "40")
    assert not _unit_size(q, claim)
    assert _numeric(nlp, "A team of 40 Royal Marines tackled the blaze at the Ormskirk mill, the fire service said.",
                    "Residents said 60 Royal Marines were at the Ormskirk mill fire.")


def test_4_a_family_of_four_is_still_a_unit_size(nlp):
    # near miss: the unit's size, nothing counted after it
    q, claim = _figure(nlp, "A family of four was living in one room at the Ormskirk hostel, the council said.", "four")
    assert _unit_size(q, claim)


# --- 5. synonyms in their other sense -------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Border Force said 45 Channel crossings by small boats were made in May despite the storms.",
     "The ferry operator said 120 sailings across the Channel were made in May despite the storms."),
    ("Ridgeway Academy said 1,200 pupils sat exams at the town's schools this summer.",
     "Ridgeway University said 300 students sat exams at the town's schools this summer."),
])
def test_5_a_synonym_in_its_other_sense_is_another_thing(nlp, a, b):
    assert not _numeric(nlp, a, b)


@pytest.mark.parametrize("a, b", [
    ("The ferry operator said 340 sailings to the island were made in May despite the storms.",
     "Islanders said only 210 crossings to the island were made in May despite the storms."),
    ("Ridgeway Academy Trust said 1,450 pupils would move schools when the two sites merge next year.",
     "Parents said about 1,900 students would move schools when the two sites merge next year."),
])
def test_5_the_synonym_still_holds_in_its_own_sense(nlp, a, b):
    # near misses: ferry crossings, a school trust's students
    assert _numeric(nlp, a, b)


# --- 6. a figure as whole words -------------------------------------------------------------------

def test_6_a_figure_is_not_found_inside_a_year():
    text = "in 2014, 14 villages had been removed from the plan"
    assert figure_at(text, "14") == text.index(", 14") + 2
    fourteen = Quantity(surface="14", start_char=0, end_char=2, value=14.0, unit="count", measure="villages")
    ((heads, lost),) = _losses(text, [fourteen])
    assert lost == topic_stems("the plan")


def test_6_a_figure_alone_is_still_found():
    # near miss: the first whole-word figure
    assert figure_at("14 villages had been removed", "14") == 0
    assert figure_at("£36,000 was spent", "£36,000") == 0
    assert figure_at("in 2014", "14") == -1


# --- 7. "not one but two" -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Not one but two nurses were made redundant in August.",
    "It was not one nurse who was sacked but three",
])
def test_7_not_one_but_two_denies_nothing(text):
    assert not total_denials(text)


def test_7_not_one_nurse_still_denies():
    # near miss
    assert total_denials("Not one nurse was made redundant in August.")
    assert total_denials("Not a single driver has been sacked")


# --- 8. "that" after a preposition ----------------------------------------------------------------

def test_8_that_after_a_preposition_is_the_groups_own():
    assert _group_head("driver at that depot") == "driver at that depot"
    assert _group_head("patient in that ward") == "patient in that ward"


def test_8_that_after_a_noun_still_opens_a_clause():
    # near miss
    assert _group_head("town that loses a branch") == "town"

