"""Round q89: defects left open by reviews cr87 and cr88 (docs/conflicts.md, "Round q89").
Sentences written for these tests, not the gold. Each positive test fails on the code
before the round (checked on a copy of main's tree).

1. q88's figure named by unit and value alone (`_one_figure_in_unit`) must be the same
   party's and the same measure's: another company's own figure, or a sum counted in
   another noun ("in permits" / "in fines"), is not "the 84 million reported".
2. A figure phrase ("not the 84 million reported") is no speaker.
3. f87's `_period`: a named year beside "now" is the time's period.
4. n87's `_component_unnamed`: the component is the subject's noun phrase, not the one word
   before "accounted for".
5. s87's "said" + a figure noun: "said the names of the 39 victims" is no statement.
6. r88's one-thing rows read each word's subject: "the plan passed" / "an amendment to the
   plan was defeated" are two things."""

from __future__ import annotations

from datetime import date

from claims.attribution import find_attributions
from claims.conflicts.numeric import _component_unnamed
from claims.conflicts.time_limits import time_overrun
from tests.claims.test_conflict_round_q88 import SPILL, SPILL_AUDIT, SPILL_CAMPAIGN
from tests.claims.test_conflict_round_r88 import _contradictions
from tests.claims.test_figure_roles import _claims, _figure, _numeric

MAY, SEPTEMBER = date(2026, 5, 12), date(2026, 9, 15)


def _later(nlp, early, late):
    return _numeric(nlp, early, late, MAY, SEPTEMBER)


# --- 1. the named figure is the same party's and the same measure's -------------------------

OTHER_FIRM = "Marlcombe Water said it loses 84 million litres a day through leaking mains."
OWN_FIGURE = ("Dunstreet Water said its leakage was 97 million litres a day, not the 84 million reported "
              "last year.")


def test_1_another_partys_figure_is_not_the_one_named(nlp):
    # Dunstreet gives its own leakage; Marlcombe's 84 million is Marlcombe's
    assert not _later(nlp, OTHER_FIRM, OWN_FIGURE)


def test_1_the_same_party_still_meets(nlp):
    assert _later(nlp, OTHER_FIRM.replace("Marlcombe", "Dunstreet"), OWN_FIGURE)


def test_1_a_figure_of_nobody_named_still_meets(nlp):
    assert _later(nlp, OTHER_FIRM, "Campaigners said leakage was 97 million litres a day, not the 84 million "
                                   "reported last year.")


def test_1_q88s_pairs_still_meet(nlp):
    assert _later(nlp, SPILL, SPILL_AUDIT)
    assert _later(nlp, SPILL, SPILL_CAMPAIGN)


FINES = "Motorists paid £2m a year in fines, the borough council said."
PERMITS = "An audit found the borough council took £2.6m a year in permits, not £2m."


def test_1_a_sum_counted_in_another_noun_is_not_the_one_named(nlp):
    assert not _later(nlp, FINES, PERMITS)
    assert not _later(nlp, "The borough council said it raised £2m a year in fines from motorists.",
                      "An audit found the borough council raised £2.6m a year in permits, not £2m.")


def test_1_a_sum_counted_in_the_same_noun_still_meets(nlp):
    assert _later(nlp, FINES.replace("fines", "permits"), PERMITS)


# --- 2. a figure phrase is no speaker ---------------------------------------------------------


def test_2_a_figure_phrase_is_no_speaker(nlp):
    speakers = [a.speaker for a in find_attributions(nlp(OWN_FIGURE))]
    assert speakers == ["Dunstreet Water"]
    refs = _claims(nlp, "a", OWN_FIGURE, "Outlet A")
    assert refs and all(r.claim.speaker == "Dunstreet Water" for r in refs)


def test_2_a_count_of_people_still_speaks(nlp):
    text = "Of the 40 passengers interviewed by inspectors, three said they had fallen ill."
    assert [a.speaker for a in find_attributions(nlp(text))] == ["three"]


# --- 3. a named year beside "now" --------------------------------------------------------------


def test_3_a_named_year_beside_now_is_the_times_period():
    # "now" tells when the tenants speak; the 30 days were taken in 2019
    assert time_overrun("Tenants now say repairs took 30 days in 2019, but in 2024 they took two days.") == 48.0


def test_3_now_alone_is_still_the_present():
    assert time_overrun("Repairs that took 11 days in 2019 now take two days.") == 48.0


# --- 4. the component is the subject's noun phrase ---------------------------------------------

LEGACIES = "The charity said legacies from supporters accounted for £1.9m of its income."


def test_4_the_component_is_the_subjects_head(nlp):
    q, claim = _figure(nlp, LEGACIES, "£1.9m")
    _, named = _figure(nlp, "Legacies brought in £2.4m for the charity last year.", "£2.4m")
    _, unnamed = _figure(nlp, "The charity raised £6.2m from supporters in the year to March.", "£6.2m")
    assert not _component_unnamed(q, claim, named)  # "legacies" named in both
    assert _component_unnamed(q, claim, unnamed)  # "supporters" is not the component


def test_4_a_pronoun_names_no_component(nlp):
    q, claim = _figure(nlp, "The charity said it accounted for £1.9m of its income.", "£1.9m")
    _, other = _figure(nlp, "The charity raised £6.2m from supporters in the year to March.", "£6.2m")
    assert not _component_unnamed(q, claim, other)


# --- 5. "said the names of the 39 victims" -----------------------------------------------------


def test_5_a_definite_count_read_out_is_no_statement(nlp):
    text = "At the memorial service at Harrowfield cathedral, the bishop said the names of the 39 victims."
    assert find_attributions(nlp(text)) == []


def test_5_a_measure_of_the_object_is_still_a_statement(nlp):
    text = "The Penmoor health board has said waits of three hours at the peak."
    assert [a.speaker for a in find_attributions(nlp(text))] == ["The Penmoor health board"]


# --- 6. r88's rows read each word's subject ------------------------------------------------------

PLAN = "The council said its parking plan passed on Monday."


def test_6_a_plan_passed_against_an_amendment_defeated_is_two_things(nlp):
    assert not _contradictions(nlp, PLAN, "An amendment to the council's parking plan was defeated on Monday, "
                                          "councillors said.")


def test_6_the_same_plan_passed_and_defeated_still_contradicts(nlp):
    assert _contradictions(nlp, PLAN, "The council's parking plan was defeated on Monday, councillors said.")


def test_6_dangerous_driving_near_a_depot_run_safely_is_another_thing(nlp):
    assert not _contradictions(nlp, "The operator said the Hollins depot had been run safely throughout the winter.",
                               "Police warned of dangerous driving near the Hollins depot throughout the winter.")



def test_6_voted_down_is_said_of_the_voters_and_still_contradicts(nlp):
    # "voted down" has the voters as subject, the plan as object: no subject of the plan is read
    assert _contradictions(nlp, PLAN, "Councillors voted down the council's parking plan on Monday, the opposition "
                                      "leader said.")
