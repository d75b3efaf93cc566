"""Round o57: the contradiction rule across holders and moments (docs/conflicts.md, "Added
in round o57"). Sentences written for these tests, not the gold.

b. One speaker's forecast or plan said both ways in articles weeks apart ("would consider
   an appeal" / "will not appeal"): a change of plan (`_plan_revised`). Within a week, or
   by two speakers, it still contradicts."""

from __future__ import annotations

from datetime import date

from claims.models import ConflictKind
from tests.claims.test_figure_roles import _conflicts

DAY = date(2026, 5, 4)
LATER = date(2026, 5, 27)


def _contradictions(nlp, a, b, a_day=DAY, b_day=DAY):
    return [c for c in _conflicts(nlp, a, b, a_day, b_day) if c.kind is ConflictKind.CONTRADICTION]


# --- b. a plan revised ------------------------------------------------------------------------

PLAN = "Harlow Freight said it would consider an appeal against the tribunal's ruling on drivers' pay."
DECISION = "Harlow Freight said it will not appeal against the tribunal's ruling on drivers' pay."


def test_b_one_body_changing_its_plan_weeks_later_is_no_contradiction(nlp):
    assert not _contradictions(nlp, PLAN, DECISION, DAY, LATER)


def test_b_the_same_plan_said_both_ways_within_days_still_contradicts(nlp):
    assert _contradictions(nlp, PLAN, DECISION, DAY, DAY)


def test_b_two_speakers_weeks_apart_still_contradict(nlp):
    assert _contradictions(
        nlp, PLAN,
        "The drivers' union said Harlow Freight will not appeal against the tribunal's ruling on drivers' pay.",
        DAY, LATER)


# --- c. no targets, and an order to reach a number --------------------------------------------


def test_c_no_targets_against_an_order_to_reach_a_number(nlp):
    assert _contradictions(
        nlp,
        'A council spokesperson said: "We do not set targets for parking fines."',
        'An email seen by this newspaper told wardens to "aim for at least 12 parking fines per shift".')


def test_c_no_targets_against_a_set_number(nlp):
    assert _contradictions(
        nlp,
        "The council insisted it does not set targets for parking fines.",
        "The auditor said wardens had been told to issue a set number of parking fines each week.")


def test_c_an_aim_of_another_thing_is_no_target_of_this(nlp):
    assert not _contradictions(
        nlp,
        'A council spokesperson said: "We do not set targets for parking fines."',
        'An email seen by this newspaper told wardens to "aim for at least 12 street patrols per shift".')


def test_c_an_aim_without_a_number_sets_none(nlp):
    assert not _contradictions(
        nlp,
        'A council spokesperson said: "We do not set targets for parking fines."',
        "The council said its wardens aim to keep parking fines fair and consistent.")


# --- d. a whole group against some of it lacking the thing ------------------------------------


def test_d_every_inspection_recorded_against_some_with_no_record(nlp):
    assert _contradictions(
        nlp,
        'The agency said every lift inspection is filmed by its engineers.',
        'The tenants\' group said that of 60 lift inspection reports it obtained, 22 had no footage attached.')


def test_d_a_share_with_no_footage(nlp):
    assert _contradictions(
        nlp,
        'The agency said every lift inspection is filmed by its engineers.',
        'In 35% of the lift inspections the auditors examined there was no video footage.')


def test_d_some_lacking_another_thing_is_no_exception(nlp):
    assert not _contradictions(
        nlp,
        'The agency said every lift inspection is filmed by its engineers.',
        'The tenants\' group said that of 60 lift inspection reports it obtained, 22 had no signature attached.')


def test_d_all_of_them_lacking_is_the_group_itself_not_a_share(nlp):
    # "all 60" names the group: no share of it lacks anything the whole did.
    assert not _contradictions(
        nlp,
        'The agency said every lift inspection is filmed by its engineers.',
        'The group said all 60 lift inspection reports it obtained had footage attached, and none was missing.')


# --- e. a count of things lacking a thing is no count of it -----------------------------------


def test_e_two_samples_lacking_one_thing_do_not_contradict(nlp):
    assert not _contradictions(
        nlp,
        "The tenants' group said that of 60 lift inspection reports, 22 had no signature attached.",
        "The auditors said 15% of the lift inspection reports they examined had no signature on file.")


def test_e_a_denial_still_meets_a_count_of_the_thing(nlp):
    assert _contradictions(
        nlp,
        "The landlord said no lift inspection report had been lost.",
        "The tenants' group said 22 lift inspection reports had been lost.")
