"""Round r59: fixes from a code review of session 21's merged rules. A negated bound needs a
negator that governs the figure; a share's base may open with "all" and hold "and"; "aim
for" is a quota only with a figure; a revised plan needs one speaker; reasons print no
internal markers; "His Majesty's Chief Inspector" is left whole. Sentences written for
these tests (the reviewer's snippets and invented ones), about none of the gold cases;
each fix has a near miss."""

import pytest

from tests.claims.test_conflict_round_n20 import _numeric_between

# --- 1. a negated bound needs a negator of the figure --------------------------------------------


def test_negators_of_other_things_reverse_no_bound():
    from claims.conflicts.numeric import NEGATED_BEFORE
    assert not NEGATED_BEFORE.search("The club not only paid ")
    assert not NEGATED_BEFORE.search("Nobody disputes the club paid ")
    assert not NEGATED_BEFORE.search("No one denies the club paid ")
    assert not NEGATED_BEFORE.search("It was not long before the fee rose to ")
    assert not NEGATED_BEFORE.search("There is no doubt the club paid ")
    # Too far from the figure to govern it.
    assert not NEGATED_BEFORE.search("Not a single supporter of the club in the north stand believed it paid ")


def test_a_clipped_negator_and_the_close_negators_still_reverse():
    # Near misses: "hasn't received more than" (the "n't" could never match before); the
    # n57 cases ("no player ... earned", "never received", "none of the staff was paid").
    from claims.conflicts.numeric import NEGATED_BEFORE, SHARE_NEGATOR
    assert NEGATED_BEFORE.search("The agent hasn't received ")
    assert NEGATED_BEFORE.search("said no player at the club earned ")
    assert NEGATED_BEFORE.search("the agent has never received ")
    assert NEGATED_BEFORE.search("None of the staff was paid ")
    assert SHARE_NEGATOR.search("officers didn't find anything")


def test_an_unnegated_floor_is_no_ceiling(nlp):
    assert not _numeric_between(nlp, "The club not only paid more than £3m for the striker, it also paid his agent.",
                                "The selling club says the fee for the striker was £4.5m.")


def _bound(nlp, text):
    from claims.conflicts.numeric import _negated_bound
    from tests.claims.test_figure_roles import _claims
    return [_negated_bound(q, ref.claim) for ref in _claims(nlp, "a", text, "Outlet A") for q in ref.claim.quantities]


def test_a_clipped_negator_makes_a_ceiling(nlp):
    # The agency nurse who "hasn't been paid more than £18" was paid £18 or less.
    assert _bound(nlp, "The hospital's director, Perpetua Langstaff, said the agency nurse on the ward hasn't "
                       "been paid more than £18 an hour.") == [(float("-inf"), 18.0)]


def test_a_floor_told_after_an_unrelated_negator_stays_a_floor(nlp):
    # Near miss for the n57 reading: "not only" negates nothing; "no nurse" does.
    assert _bound(nlp, "The hospital's director, Perpetua Langstaff, said the agency not only paid the nurse on "
                       "the ward more than £18 an hour.") == [None]
    assert _bound(nlp, "The hospital's director, Perpetua Langstaff, said no nurse on the ward was paid more "
                       "than £18 an hour.") == [(float("-inf"), 18.0)]


# --- 2. a share of "all" a base, or of a base holding "and" --------------------------------------


def _outcome(nlp, text, surface):
    from claims.conflicts.numeric import _Facts, _share_outcome
    from tests.claims.test_figure_roles import _claims
    for ref in _claims(nlp, "a", text, "Outlet A"):
        for q in ref.claim.quantities:
            if q.surface == surface:
                return _share_outcome(q, ref.claim, _Facts())
    raise AssertionError(surface)


def test_a_share_of_all_a_base_reads_its_outcome(nlp):
    assert "arrest" in _outcome(nlp, "The charity said 11% of all searches had led to an arrest.", "11%")
    told = _outcome(nlp, "The charity said 11% of all stop and search encounters had led to an arrest.", "11%")
    assert "arrest" in told and "stop" not in told


def test_a_share_outcome_still_ends_its_clause(nlp):
    # Near misses: the outcome ends at " and " after the linking verb; an object share
    # tells no outcome.
    told = _outcome(nlp, "The charity said 11% of searches had led to an arrest and officers kept records.", "11%")
    assert "arrest" in told and not {"offic", "officer", "record"} & told
    assert not _outcome(nlp, "The town will receive 20% of all future income from the quarry.", "20%")
