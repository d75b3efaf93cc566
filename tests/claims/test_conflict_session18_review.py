"""Defects a review of the eighteenth session's rounds found (docs/conflicts.md, "Mended
after the session's review"); sentences written for these tests, about none of the gold
cases. Each mend has a near miss showing what it must still do."""

from claims.conflicts.contradictions import CONDITIONAL, NEGATED_CAUSE, UNSAID, _Wording
from tests.claims.test_conflict_round_g44 import _contradictions
from tests.claims.test_conflict_round_n20 import _numeric_between

# --- nf44: a counted-back opening written with a number is still an opening ---------------------


def test_an_opening_counted_back_in_numbers_is_no_rival_of_now(nlp):
    now = "The Corran food bank handed out 9,400 parcels in the year to April, its manager said."
    assert not _numeric_between(nlp, "Twelve months ago the Corran food bank had handed out 6,200 parcels.", now)
    assert not _numeric_between(nlp, "Two years earlier the Corran food bank had handed out 6,200 parcels.", now)


def test_a_figure_after_another_figure_of_the_opening_sentence_still_compares(nlp):
    # Near miss: the sentence's second figure is not the opening's ("410 planned and 6,200").
    assert _numeric_between(nlp, "Two years earlier 410 volunteers had joined, and the Corran food bank handed "
                                 "out 6,200 parcels in the year to April.",
                            "The Corran food bank handed out 9,400 parcels in the year to April, its manager said.")


# --- g44: contracted negations are negations ----------------------------------------------------


def test_a_contracted_negated_saying_is_unsaid():
    assert UNSAID.search("We aren't saying the service never broke down")
    assert not _Wording.of("We aren't saying the service never broke down").negated_clauses
    # Near miss: a plain contraction with no verb of saying is a denial as before.
    assert _Wording.of("The service didn't break down").negated_clauses


def test_a_contracted_negation_in_a_clause_of_cause_is_blanked():
    assert NEGATED_CAUSE.search("410 trains were cancelled because drivers weren't available")
    assert not NEGATED_CAUSE.search("410 trains were cancelled because drivers were ill")


# --- g44: "thanks to" names why nothing happened, not which cases -------------------------------


def test_a_denial_with_its_reason_still_opposes_the_cases(nlp):
    assert _contradictions(nlp, "No residents were injured in the fire at Larch House thanks to quick-thinking "
                                "staff, the council said.",
                           "Three residents were injured in the fire at Larch House, the fire service said.")


# --- g44: a concession is no condition ----------------------------------------------------------


def test_even_if_is_no_condition():
    assert not CONDITIONAL.search("The library never closed, even if opening hours were cut")
    assert _Wording.of("The library never closed, even if opening hours were cut").negated_clauses
    # Near miss: a real condition still takes the denial out.
    assert CONDITIONAL.search("There will be no closures if the grant is renewed")
    assert not _Wording.of("There will be no closures if the grant is renewed").negated_clauses
