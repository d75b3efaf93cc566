"""Round n57: numeric pairs of different measures, and bounds against figures. Shares of one
base told by different outcomes ("14% of inspections led to a prosecution" / "in 71% of
inspections no fault was found") are parts of one whole; a count of occasions ("inspected
five times") is no count of things; "the difference ... is 900" is a gap, not a total; a
bound said of no one ("no nurse ... was paid more than £18 an hour") allows only values
up to it. Sentences written for these tests, about none of the gold cases; each rule has a
near miss."""

from tests.claims.test_conflict_round_n20 import _numeric_between

# --- shares of one base with different outcomes ----------------------------------------------

PROSECUTED = "The union said only 14% of inspections had led to a prosecution, and that in 71% of inspections no fault was found at all."
FAULTS = "Faults were found in about 6% of inspections, the regulator's figures show."
WARNED = 'The regulator said 38% of inspections had a "formal outcome", a measure that includes warnings and fines.'


def test_shares_of_other_outcomes_are_no_rivals(nlp):
    assert not _numeric_between(nlp, PROSECUTED, WARNED)
    assert not _numeric_between(nlp, FAULTS, PROSECUTED)
    assert not _numeric_between(nlp, FAULTS, WARNED)


def test_shares_of_one_outcome_still_conflict(nlp):
    # Near misses: one outcome in other words ("ends in a prosecution" / "had led to a
    # prosecution"); a share as the object of a verb tells no outcome of its base.
    assert _numeric_between(nlp, "The regulator says one in three inspections ends in a prosecution.",
                            "The union said only 14% of inspections had led to a prosecution.")
    assert _numeric_between(nlp, "According to the council, the town will receive 20% of any future income from "
                                 "the quarry.",
                            "The Gazette understands that the town will receive 35% of any income if the quarry "
                            "is sold in future.")


def test_share_outcome_reader(nlp):
    from claims.conflicts.numeric import _Facts, _share_outcome
    from tests.claims.test_figure_roles import _claims
    facts = _Facts()

    def outcome(text, surface):
        for ref in _claims(nlp, "a", text, "Outlet A"):
            for q in ref.claim.quantities:
                if q.surface == surface:
                    return _share_outcome(q, ref.claim, facts)
        raise AssertionError(surface)
    assert outcome(PROSECUTED, "14%") == {"prosecut"} or "prosecut" in "".join(outcome(PROSECUTED, "14%"))
    assert outcome(PROSECUTED, "71%") and outcome(PROSECUTED, "71%").isdisjoint(outcome(PROSECUTED, "14%"))
    assert not outcome("The council said 40% of the budget was spent, and the mayor said 45% was.", "45%")


# --- a count of occasions --------------------------------------------------------------------


def test_a_count_of_occasions_is_no_count_of_records(nlp):
    assert not _numeric_between(nlp, "The union says that of 60 inspection reports it obtained, 22 had no "
                                     "photographs attached.",
                                "Osric Vantongeren, a landlord who says his flats were inspected five times in a "
                                "year, said tenants had stopped complaining.")


def test_two_counts_of_occasions_still_conflict(nlp):
    # Near miss: two accounts of how often one thing happened.
    assert _numeric_between(nlp, "The landlord, Osric Vantongeren, says his flats were inspected five times last "
                                 "year.",
                            "The council says the Vantongeren flats were inspected nine times last year.")


# --- the difference between two counts ---------------------------------------------------------


def test_a_difference_is_no_total(nlp):
    assert not _numeric_between(nlp, "The council says its inspectors carried out 4,100 inspections in 2025.",
                                "The difference, the union says, is 900 inspections of shops that the council "
                                "records separately.")


def test_two_totals_still_conflict(nlp):
    # Near miss: two totals of one count.
    assert _numeric_between(nlp, "The council says its inspectors carried out 4,100 inspections in 2025.",
                            "The union says inspectors carried out 5,000 inspections in 2025.")


# --- a bound said of no one ----------------------------------------------------------------------


def test_a_negated_ceiling_excludes_a_higher_figure(nlp):
    assert _numeric_between(nlp, "The hospital's director, Perpetua Langstaff, said no nurse on the ward was paid "
                                 "more than £18 an hour.",
                            "The nurses' union says the agency nurse on the ward was paid £24 an hour.")


def test_a_figure_within_the_negated_ceiling_or_a_plain_floor_is_no_rival(nlp):
    # Near misses: £17 lies under the ceiling; "more than £18" unnegated allows £24.
    assert not _numeric_between(nlp, "The hospital's director, Perpetua Langstaff, said no nurse on the ward was "
                                     "paid more than £18 an hour.",
                                "The nurses' union says the agency nurse on the ward was paid £17 an hour.")
    assert not _numeric_between(nlp, "The hospital's director, Perpetua Langstaff, said agency nurses on the ward "
                                     "were paid more than £18 an hour.",
                                "The nurses' union says the agency nurse on the ward was paid £24 an hour.")


def test_negated_bound_reader():
    from claims.conflicts.numeric import NEGATED_BEFORE
    assert NEGATED_BEFORE.search("said no player at the club earned ")
    assert NEGATED_BEFORE.search("the agent has never received ")
    # Near miss: the negator belongs to an earlier clause.
    assert not NEGATED_BEFORE.search("did not say how many, but ")
    assert not NEGATED_BEFORE.search("It is not true that ")
