"""Round n62: numeric false alarms between two figures that share a measure word but count
two things: one noun at two stages of a scheme (applied / offered / accepted / paid,
joined / left / off sick), and two shares of one measure OF two groups ("of applicants
from elsewhere" / "of applicants from the county", "Among doctors" / "Among nurses").
Sentences written for these tests, about none of the gold cases; each rule has a near
miss that must still conflict."""

import pytest

from tests.claims.test_conflict_round_n20 import _numeric_between

# --- one noun at two stages (conflict_act_classes.txt) -------------------------------------------

STAGES = [
    # applied / paid a grant
    ("The housing association said 820 tenants had applied to its hardship fund since April.",
     "Only 310 tenants have been paid a grant from the hardship fund since April, the tenants' union says."),
    # offers made / places accepted
    ("Kelby College made offers to 2,400 students this year, its principal said.",
     "Only 900 students accepted a place at Kelby College this year, the union said."),
    # offers made / students admitted
    ("Kelby College made offers to 2,400 applicants this year, its principal said.",
     "The college admitted 1,100 students this year, the union said."),
    # hired / left over one period
    ("The ambulance service said it had hired 75 paramedics since January.",
     "The union said 120 paramedics had left the service since January."),
    # off sick on a day / left this year
    ("The bus company said 18 drivers were off sick on Friday.",
     "The union said 45 drivers had left the company this year."),
]


@pytest.mark.parametrize("a,b", STAGES)
def test_one_noun_at_two_stages_does_not_conflict(nlp, a, b):
    assert not _numeric_between(nlp, a, b)


STAGES_NEAR_MISSES = [
    # one stage told twice, in two wordings of it
    ("The association says 410 tenants have received a grant from the hardship fund since April.",
     "Only 310 tenants have been paid a grant from the hardship fund since April, the tenants' union says."),
    ("Kelby College made offers to 2,400 applicants this year, its principal said.",
     "The union said the college had made offers to about 1,500 applicants this year."),
    ("The union said 120 paramedics had left the service since January.",
     "The ambulance service said only 40 paramedics had left since January."),
    ("The housing association said 820 tenants had applied to its hardship fund since April.",
     "The tenants' union said about 1,400 tenants had applied to the hardship fund since April."),
]


@pytest.mark.parametrize("a,b", STAGES_NEAR_MISSES)
def test_one_stage_told_twice_still_conflicts(nlp, a, b):
    assert _numeric_between(nlp, a, b)


def test_left_is_a_departure_only_before_its_place(nlp):
    from claims.figure_roles import figure_act
    from tests.claims.test_figure_roles import _claims

    def act(text, surface):
        for ref in _claims(nlp, "a", text, "Outlet A"):
            for q in ref.claim.quantities:
                if q.surface.startswith(surface):
                    return figure_act(q, ref.claim)
        raise AssertionError(surface)
    assert act("The union said 120 paramedics had left the service since January.", "120") == "departure"
    assert act("Kelby College made offers to 2,400 applicants this year.", "2,400") == "offer"
    assert act("The county hospital admitted 1,240 patients during the heatwave.", "1,240") == "hospital"
    # Near miss: "left" of what a storm did to people is no departure.
    assert act("The storm left 300 people without a home, the council said.", "300") != "departure"


# --- two shares of one measure OF two groups ---------------------------------------------------------

GROUPS = [
    ("The college said 55% of applicants from outside the region had been offered a place.",
     "The union said 38% of applicants from the county had been offered a place."),
    ("Among male teachers, 71% had taken the training, the school said.",
     "Among female teachers, 52% had taken the training, the union said."),
    ("Among part-time workers, 34% had been given a pay rise, the firm said.",
     "The union said 61% of all workers at the depot had been given a pay rise."),
]


@pytest.mark.parametrize("a,b", GROUPS)
def test_shares_of_two_groups_do_not_conflict(nlp, a, b):
    assert not _numeric_between(nlp, a, b)


GROUPS_NEAR_MISSES = [
    # one group, narrower on one side only
    ("The college said 64% of applicants from state schools in the county had been offered a place.",
     "The union said 38% of applicants from the county had been offered a place."),
    # the whole on one side only
    ("The firm said 34% of all workers at the depot had been given a pay rise.",
     "The union said 61% of workers at the depot had been given a pay rise."),
    # one group on both sides
    ("Among teachers, 71% had taken the training, the school said.",
     "Among teachers, 52% had taken the training, the union said."),
    # a group on one side only
    ("The school said 71% of its teachers had taken the training.",
     "The union put the share who had taken the training at 52%."),
    # two groups that share no word: one group worded two ways, left compared
    ("Full-fibre broadband reaches 78% of premises in Wexcombe, the regulator says.",
     "The company says full-fibre broadband now reaches 92% of homes in Wexcombe."),
]


@pytest.mark.parametrize("a,b", GROUPS_NEAR_MISSES)
def test_shares_of_one_group_still_conflict(nlp, a, b):
    assert _numeric_between(nlp, a, b)


def test_share_base_reader(nlp):
    from claims.conflicts.numeric import _share_base
    from tests.claims.test_figure_roles import _claims

    def base(text, surface):
        for ref in _claims(nlp, "a", text, "Outlet A"):
            for q in ref.claim.quantities:
                if q.surface.startswith(surface):
                    return _share_base(q, ref.claim)
        raise AssertionError(surface)
    assert base("The union said 38% of applicants from the county had been offered a place.", "38") == {"applicant", "count"}
    part = base("Among part-time workers, 34% had been given a pay rise.", "34")
    assert "part-tim" in part and len(part) == 2
    # "of all workers": the determiner is no link word here but says the whole; a name is left out.
    whole = base("The union said 61% of all workers from Harlow had been given a pay rise.", "61")
    assert "<all>" in whole and len(whole) == 2
    # Near miss: a share of no group told.
    assert base("The union put the share at 52%.", "52") == frozenset()


# --- a part opening its sentence against a figure told of the whole -----------------------------------

def test_an_opening_part_against_a_told_whole_does_not_conflict(nlp):
    assert not _numeric_between(nlp, "At Ferris Road depot, the busiest of the four, 260 drivers had been trained, "
                                     "the firm said.",
                                "The union said 410 drivers had been trained across its depots.")
    assert not _numeric_between(nlp, "In the Wexley branch, 35 staff had signed the letter, the bank said.",
                                "The union said 120 staff had signed the letter in total.")


def test_an_opening_part_without_a_told_whole_still_conflicts(nlp):
    # Near misses: the other figure names the same part, or states no whole it is counted over.
    assert _numeric_between(nlp, "At Ferris Road depot, 260 drivers had been trained, the firm said.",
                            "The union said only 110 drivers at Ferris Road depot had been trained.")
    assert _numeric_between(nlp, "At Ferris Road depot, the busiest of the four, 260 drivers had been trained, "
                                 "the firm said.",
                            "The union said 410 drivers had been trained.")
    # A time opening the sentence is no part.
    assert _numeric_between(nlp, "In March, 260 drivers had been trained, the firm said.",
                            "The union said 410 drivers had been trained across its depots in March.")
