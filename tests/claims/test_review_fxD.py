"""Round fxD: fixes of review cr93's proven defects (docs/conflicts.md, "Round fxD").
Sentences written for these tests, not the gold; each fix has a near miss keeping the
round's original intent.

1. (c93) "suspended", "scrapped", "axed", "withdrawn" end the thing their subject names
   up to a preposition or "to" ("Plans to close the pool have been suspended": the plans),
   unless the words before it name what a place offers ("tours of the castle").
7. (c93) A count of a denied act months after the denial, on `LATE_COUNTED_MATTER`, also
   names a place or body the denial names.
6. (d93) `vindicates_own_statement`: the finding is said of the rejecter's statement
   ("found it sound", "found our count was close"), not of the teller or another thing.
10. (fxC) A label-only cue ("a misreading") whose clause lays the error on the speaker's own
   side ("by its own staff", "in its own readings") is no rejection; "such as" lists.
Twins: one `own_statements` for disputes and told_claims; `_vindication` from
`lexicon.data_alternation`."""

from __future__ import annotations

from datetime import date

from claims.conflicts.told_claims import (
    _vindication,
    denies_told_claim,
    own_statements,
    vindicates_own_statement,
)
from claims.lexicon import data_alternation, rejects_a_claim
from tests.claims.test_figure_roles import _reasons as _contradictions

# --- 1. the subject of "suspended", "scrapped" ... up to a preposition or "to" -------------

BATHS_OPEN = "The borough said Copper Street baths would stay open through the winter."
FERRY_RUNS = "The operator said the Kellin ferry service would run until at least the spring."


def test_1_plans_to_close_suspended_is_no_closure(nlp):
    assert not _contradictions(nlp, BATHS_OPEN,
                               "Proposals to shut Copper Street baths have been suspended, the borough said.")


def test_1_a_person_of_the_place_suspended(nlp):
    assert not _contradictions(nlp, BATHS_OPEN,
                               "The head lifeguard at Copper Street baths was suspended on Monday, the borough said.")


def test_1_a_plan_for_the_service_scrapped(nlp):
    assert not _contradictions(nlp, FERRY_RUNS,
                               "A planned timetable cut on the Kellin ferry service had been scrapped, the operator said.")


def test_1_near_miss_what_the_place_offers_suspended(nlp):
    # Swimming lessons at the baths suspended: the baths' offer ends, as c93 meant.
    assert _contradictions(nlp, "The borough said the baths would stay open to swimmers through the winter.",
                           "Swimming lessons at the baths have been suspended until further notice, the borough said.")


def test_1_near_miss_the_service_itself_withdrawn(nlp):
    assert _contradictions(nlp, FERRY_RUNS, "The ferry company said the Kellin ferry service would be withdrawn in March.")


# --- 7. a later count on the lower share names the denial's place -------------------------

DENIAL = ("No pupil has been sent home from the sports hall at Brindle Park Academy since the heating failed, "
          "the school's trust said on Monday. The trust said its sports hall had stayed warm through the cold snap.")
OTHER_SCHOOL = ("Nine pupils were sent home from the sports hall at Oakhurst Grange School in January, "
                "a report by the Oakhurst school trust said. The trust said its sports hall had been cold through the cold snap.")


def test_7_a_lookalike_count_of_another_place_months_later(nlp):
    assert not _contradictions(nlp, DENIAL, OTHER_SCHOOL, first_day=date(2026, 10, 5),
                               second_day=date(2027, 2, 10))


def test_7_near_miss_c93_own_case_still_found():
    # c93's own test (the same place named by both) is kept: test_conflict_round_c93.test_d_*.
    from claims.conflicts.contradictions import _inside_names
    assert _inside_names("Not a single lifeguard has been made redundant at the Halsey Road pool.") \
        & _inside_names("An audit of the Halsey Road swimming pool has found that three lifeguards had been made redundant")


# --- 6. the finding bears out the rejecter, not the teller ---------------------------------

def test_6_a_finding_for_the_teller_is_no_vindication():
    assert not denies_told_claim("The board told us our figures were wrong. The auditor checked them and found "
                                 "the board was right.")
    assert not vindicates_own_statement("our tally was too high", "The inspector found the board's own tally was correct.")
    assert not vindicates_own_statement("our study was flawed", "The review found the two wards were close.")


def test_6_near_misses_the_rejecters_statement_borne_out():
    assert denies_told_claim("The board told us our figures were wrong. The auditor checked them and found them sound.")
    assert vindicates_own_statement("our tally was too high", "The inspector checked it and found our tally was correct.")
    assert vindicates_own_statement("our tally was too high", "The inspector found the tally was accurate.")
    assert vindicates_own_statement("our study was flawed", "The review found that we were right.")
    assert vindicates_own_statement("our study was flawed", "The review found it reliable.")
    # still not: a negated finding, the rejecter's people, a clause not of its own
    assert not vindicates_own_statement("our tally was too high", "The inspector found it was not accurate.")
    assert not vindicates_own_statement("our volunteers were exaggerating", "The inspector found they were right.")


# --- 10. an error owned by the speaker's side ----------------------------------------------

def test_10_own_side_error_after_a_copula_or_in_a_list_is_no_rejection():
    assert not rejects_a_claim("The water board said the shortfall was a misreading of gauge data by its own engineers.")
    assert not rejects_a_claim("The water board said errors such as a misreading of gauge data had caused the shortfall.")
    assert not rejects_a_claim("The water board said the cause was a distortion in its own flow readings.")


def test_10_near_misses_labels_still_reject():
    assert rejects_a_claim("The water board said the union's figure was a misreading of the rota.")
    assert rejects_a_claim("The water board described the report as a misrepresentation of our own returns.")
    assert rejects_a_claim("The water board said the claim was a distortion of its record.")


# --- twins ---------------------------------------------------------------------------------

def test_twins_one_own_statement_reader_and_vindication_from_data():
    assert own_statements("our figures were wrong and my survey flawed") == ["figures", "survey"]
    assert own_statements("that our count was high", opening=True) == ["count"]
    assert own_statements("the council said our count was high", opening=True) == []
    assert own_statements("our members were angry") == []
    assert data_alternation("conflict_told_vindications.txt") in _vindication().pattern
    assert data_alternation("conflict_told_answer_frames.txt") in _vindication().pattern
