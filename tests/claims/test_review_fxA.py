"""Round fxA: defects of merged rounds c89, r89 and q89 proved by review cr92
(docs/conflicts.md, "Round fxA"). Sentences written for these tests, not the gold; each
near miss keeps the round's original intent.

1. c89's share within a limit (`time_limits._share_past_limit`): a share aimed at, wished
   for or forecast, or a share of the things' own act counted from another of their acts
   ("left within a year of joining"), is no time taken past the limit.
3. r89's ", and/but" after an elliptical denial: not when the same verb is shared ("We did
   not, and still do not, know why").
12. r89's NEGATED_CLAUSE_END: an abbreviation's full stop ("Dr.") ends no clause.
8. q89's `_said_of_another_thing`: a part of the same thing ("the ferry's ramp") is that thing.
10. c89's capacity row is read with its subject: two places of one story are two things."""

from __future__ import annotations

from claims.conflicts.contradictions import _Wording
from claims.conflicts.time_limits import time_overrun
from claims.conflicts.told_claims import denies_told_claim
from tests.claims.test_figure_roles import _reasons as _found

# --- 1. a share aimed at, or of another act --------------------------------------------------

def test_1_a_share_aimed_at_or_wished_for_is_no_time_taken():
    assert time_overrun("The housing association aims to repair 95% of broken boilers within 48 hours by 2028.") is None
    assert time_overrun("The ombudsman said it wants 90% of complaints answered within a fortnight.") is None
    assert time_overrun("Under the new code, landlords will have to fix 95% of leaks within a week.") is None


def test_1_a_share_of_another_act_counted_from_joining_is_no_time_taken():
    assert time_overrun("About 25% of new porters at the hospital quit within a year of starting.") is None


def test_1_near_miss_a_share_done_is_still_a_time_past_the_limit():
    assert time_overrun("Only 45% of broken boilers were repaired within 48 hours last winter.") > 48
    assert time_overrun("Just 60% of new porters had been vetted within a week of starting.") > 168


KEPT = ("The housing association, Orchard Vale Homes, said it repairs every broken boiler reported by a tenant "
        "within 48 hours.")


def test_1_a_wished_share_against_every_one_within_the_limit(nlp):
    assert not _found(nlp, KEPT, "The housing ombudsman said it wants 90% of broken boilers reported by tenants "
                                 "repaired within 48 hours by 2029.")


def test_1_a_share_of_another_act_against_a_limit(nlp):
    assert not _found(nlp, "The hospital trust said every new porter is fully vetted within a week of starting.",
                      "The Unison branch said about 25% of new porters at the hospital trust quit within a year "
                      "of starting.")


# --- 3. ", and" with the verb shared -----------------------------------------------------------

def test_3_a_shared_verb_after_and_is_no_elliptical_denial():
    assert not denies_told_claim("We were told the depot would close in May. We did not, and still do not, "
                                 "understand why")
    assert not denies_told_claim("We were told the fares would rise. They did not, and never will, explain it")


def test_3_near_miss_a_clause_of_its_own_after_and_still_denies():
    assert denies_told_claim("We were told the pier was safe. It was not, and the council knew it")
    assert denies_told_claim("We were told the surgery would stay open. It did not, but nobody said why")
    assert denies_told_claim("We were told the pier was safe. It was not, and still is not.")


# --- 12. an abbreviation's full stop ----------------------------------------------------------

def test_12_an_abbreviations_stop_ends_no_negated_clause():
    assert "warn" in _Wording.of("Nobody at Dr. Okoye's practice was warned about the faulty defibrillator").negated
    assert "warn" in _Wording.of("Nobody at St. Brannock's school was warned about the asbestos").negated


def test_12_near_miss_a_sentence_end_still_ends_the_clause():
    # r89: the next sentence's verb is not denied
    assert _Wording.of("Almost no steam escapes. It will use less steam than the old boiler house.") \
        .opposed_to(_Wording.of("the council capped steam use at 40 tonnes a day")) is None


def test_12_a_warning_denied_at_dr_against_one_given(nlp):
    assert _found(nlp, "The health board said staff at Dr. Okoye's practice were warned about the faulty "
                       "defibrillator in April.",
                  "Paramedics from the GMB union said nobody at Dr. Okoye's practice was warned about the faulty "
                  "defibrillator.")


# --- 8. a part of the same thing -------------------------------------------------------------

PASSED = "The operator, Strand Ferries, said on Monday that the ferry at Kellan Quay passed its safety inspection in May."


def test_8_a_part_of_the_thing_is_the_thing(nlp):
    assert _found(nlp, PASSED, "Crew members from the RMT union said the ferry's ramp was faulty.")
    assert _found(nlp, PASSED, "Crew members from the RMT union said the ramp of the ferry was faulty.")


def test_8_near_miss_another_thing_named_beside_is_still_two(nlp):
    # q89: an amendment to the plan is not the plan
    assert not _found(nlp, "The council said the cycle lane plan passed on Tuesday.",
                      "Opposition councillors said an amendment to the cycle lane plan was defeated.")


# --- 10. capacity of two places --------------------------------------------------------------

ARENA = "The organisers of the Fernhill show said the main arena had been well within capacity all weekend."


def test_10_two_places_of_one_story_are_two_things(nlp):
    assert not _found(nlp, ARENA, "Police said the car parks at the main arena were over capacity on the Saturday.")


def test_10_near_miss_one_place_within_and_over_capacity(nlp):
    assert _found(nlp, ARENA, "Police said the main arena was over capacity on the Saturday.")
