"""Round n84: numeric precision. One noun counted in two states (installed or fitted / in
use or working) is two measures, not one count told twice; a figure of a sub-unit tied to
its whole ("the women's unit at the same site held 45") is a part of the whole's count
("the jail held 1,412"), not its rival. Sentences written for these tests, about none of
the gold cases; each rule has near misses that must still conflict."""

import pytest

from tests.claims.test_conflict_round_n20 import _numeric_between

# --- installed / in use (conflict_act_classes.txt: installation, operation) -----------------

STATES = [
    ("The operator said 5,200 ticket machines had been installed at stations across the county.",
     "The passengers' group said only 3,900 ticket machines were working at the end of May."),
    ("The water company said 1,800 smart meters had been fitted in the town this year.",
     "The consumer panel said about 1,100 smart meters were in use in the town this year."),
    ("The council said 640 electric car chargers had been installed in the borough.",
     "A drivers' group said only 410 electric car chargers were in service in the borough."),
]


@pytest.mark.parametrize("a,b", STATES)
def test_installed_and_in_use_do_not_conflict(nlp, a, b):
    assert not _numeric_between(nlp, a, b)


STATES_NEAR_MISSES = [
    # one state told twice
    ("The operator said 5,200 ticket machines had been installed at stations across the county.",
     "The passengers' group said only 3,900 ticket machines had been installed at stations."),
    ("The passengers' group said only 3,900 ticket machines were working at the end of May.",
     "The operator said 5,000 ticket machines were working at the end of May."),
    # a figure named as the one replaced is compared whatever its act
    ("The inspectors found 3,900 ticket machines in use at the end of May, not the 5,200 the operator had reported.",
     "The operator said 5,200 ticket machines had been installed at stations across the county."),
]


@pytest.mark.parametrize("a,b", STATES_NEAR_MISSES)
def test_one_state_or_a_named_figure_still_conflicts(nlp, a, b):
    assert _numeric_between(nlp, a, b)


# --- a sub-unit against its whole (conflict_subunit_nouns.txt, numeric._subunit_against_whole) ---

SUBUNITS = [
    ("The prison held 980 inmates in June, the inspectors said.",
     "The young offenders' wing at the prison held 70 inmates in June."),
    ("The factory employs 1,300 people, the company said.",
     "The packing department at the factory employs 140 people, the union said."),
    ("The airport handled 4.2 million passengers last year.",
     "Its new terminal handled 900,000 passengers last year."),
    ("The jail held 1,412 inmates in August, the inspectors said.",
     "The women's unit at the same site held 45 inmates, the prison service said."),
]


@pytest.mark.parametrize("a,b", SUBUNITS)
def test_a_subunit_against_its_whole_does_not_conflict(nlp, a, b):
    assert not _numeric_between(nlp, a, b)


SUBUNITS_NEAR_MISSES = [
    # the whole told twice
    ("The prison held 980 inmates in June, the inspectors said.",
     "The prison held 1,240 inmates in June, the union said."),
    # one sub-unit told twice
    ("The young offenders' wing at the prison held 70 inmates in June, the inspectors said.",
     "The union said the wing held 110 inmates in June."),
    # the sub-unit is the speaker, not what the figure counts
    ("The department at the council said 300 teachers had left this year.",
     "The union said 520 teachers had left this year."),
]


@pytest.mark.parametrize("a,b", SUBUNITS_NEAR_MISSES)
def test_the_whole_or_one_subunit_told_twice_still_conflicts(nlp, a, b):
    assert _numeric_between(nlp, a, b)
