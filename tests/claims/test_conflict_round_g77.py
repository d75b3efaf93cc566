"""Round g77, a nineteenth fact-checker's review of fresh stories (docs/review_g77.md): an
airport's night flights and noise complaints, a housebuilder's affordable homes, a music
festival's crowd and a crush at its gate. Defects fixed, each with near misses. Sentences
written for these tests, not the gold.

a. A generic definition whose relative clause joins a past verb and a present one ("A
   train that was booked in advance and arrives late is not a cancelled train") says what
   counts as what, as g72's present clauses do: blanked
   (`contradictions.GENERIC_DEFINITION`).
b. A figure whose clause closes on "in all" ("the agency had built 2,300 flats in all.")
   is a whole, as "in total" is: a smaller count of a part of it is no rival
   (`numeric._total`, `numeric.TOTAL_AFTER`).
c. A told clause that is an account of the past ("We were told that the council had
   stayed within its budget every year. It did not.") is not what a forecast says ("the
   council expects to stay within its budget in 2027"): no target
   (`disputes._forecast_against_account`, in `_told_target`)."""

from __future__ import annotations

from datetime import date

from claims.conflicts.contradictions import GENERIC_DEFINITION, _Wording
from claims.conflicts.disputes import _forecast_against_account
from claims.conflicts.numeric import TOTAL_AFTER
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _conflicts, _numeric

DAY = date(2026, 3, 2)
RAIL = "Westvale Trains has been criticised for late and cancelled services this winter. "


def _contradictions(nlp, lead, a, b):
    return [c for c in _conflicts(nlp, lead + a, lead + b, DAY, DAY) if c.kind is ConflictKind.CONTRADICTION]


# --- a. a definition with a past and a present verb -------------------------------------------

def test_a_a_past_and_present_definition_denies_no_event(nlp):
    a = ('"A train that was booked in advance and arrives two hours late is not a cancelled train," '
         "said Orla Pentreath, the operator's managing director.")
    b = "The passenger watchdog said Westvale Trains ran 1,240 cancelled trains between December and March."
    assert not _contradictions(nlp, RAIL, a, b)
    w = _Wording.of("A parcel which was sent on Monday and arrives on Friday is not a late parcel")
    assert not w.negated and not w.negated_clauses


def test_a_past_clauses_and_states_are_kept():
    # near misses: a past clause alone is an event's (g72), and a state after "and" ("is
    # in custody", "has arrived") is one thing's, not a kind's
    for text in ("A man who was arrested on Tuesday and is in custody is not a suspect",
                 "A parcel which was posted on Monday and has arrived is not a lost parcel",
                 "A man who was arrested on Tuesday is not a suspect"):
        assert not GENERIC_DEFINITION.search(text), text
    assert GENERIC_DEFINITION.search("A flight that was due at nine and lands at noon is not a delayed flight")


def test_a_a_plain_denial_still_opposes_a_count(nlp):
    a = "Westvale Trains said no train had been cancelled between December and March."
    b = "The passenger watchdog said Westvale Trains cancelled 1,240 trains between December and March."
    assert _contradictions(nlp, RAIL, a, b)


# --- b. "in all" closes a whole --------------------------------------------------------------

def test_b_in_all_marks_a_whole():
    assert TOTAL_AFTER.match(" flats in all.")
    assert TOTAL_AFTER.match(" flights in all, and")
    # near misses: "in all" before a noun is a scope, and a clause without it no total
    assert not TOTAL_AFTER.match(" goals in all competitions last season")
    assert not TOTAL_AFTER.match(" flats, of which 300 were for rent")


def test_b_a_part_of_a_whole_in_all_is_no_rival(nlp):
    a = "The agency said 410 social-rent flats had been finished by June."
    b = "The inspector found that the agency had built 2,300 flats in all."
    assert not _numeric(nlp, a, b)


def test_b_two_wholes_and_a_larger_part_are_still_compared(nlp):
    # near misses: both sides totals ("in all" against "in all"), and a part larger than
    # the whole, are compared as before
    assert _numeric(nlp, "The agency said it had built 2,300 flats in all.",
                    "The inspector found the agency had built 1,650 flats in all.")
    assert _numeric(nlp, "The agency said 2,900 flats had been finished by June.",
                    "The inspector found that the agency had built 2,300 flats in all.")


# --- c. a told account is no forecast ---------------------------------------------------------

AUDIT = "Brackley Council has been audited over its spending. "


def _disputes(nlp, a, b):
    return [c for c in _conflicts(nlp, AUDIT + a, AUDIT + b, date(2026, 3, 2), date(2026, 9, 2))
            if c.kind is ConflictKind.DISPUTE]


def test_c_a_told_account_does_not_target_a_forecast(nlp):
    a = "The council's leader, Ivo Renshaw, said the council expects to stay within its budget in 2027."
    b = '"We were told that the council had stayed within its budget every year. It did not," said Ruth Calloway, the district auditor.'
    assert not _disputes(nlp, a, b)
    assert _forecast_against_account("the council had stayed within its budget every year",
                                     "the council expects to stay within its budget in 2027")


def test_c_a_told_forecast_and_a_backshifted_account_are_kept():
    # near misses: a told forecast meets a forecast, and "would" in a reported account is
    # no forecast of its own
    assert not _forecast_against_account("the council would stay within its budget this year",
                                         "the council will stay within its budget this year")
    assert not _forecast_against_account("the council had stayed within its budget",
                                         "the leader said the council would stay within its budget")
    assert not _forecast_against_account("the council had stayed within its budget every year",
                                         "the council said it had stayed within its budget")
