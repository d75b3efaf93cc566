"""Rules of the x28 round. Kept: a thing said there was none of ("no pupils were sent home")
meets a count whose clause names that thing before its figure ("Pupils in 14 classes were
sent home early"), not only by the count's measure and the words right after the figure; a
noun of a thing asked for or put forward (conflict_proposal_nouns.txt: "plan", "offer") is
not read so ("no plans to close the depot" / "plans for eight new loading bays"). Sentences
written for these tests; near misses beside each."""

import pytest

from claims.conflicts.contradictions import _Wording
from claims.quantities import parse_quantities
from tests.claims.test_conflict_round_c19 import _kinds


def _opposed(nlp, a: str, b: str):
    return _Wording.of(a, parse_quantities(a, nlp)).opposed_to(_Wording.of(b, parse_quantities(b, nlp)))


@pytest.mark.parametrize("denial, count", [
    ("the school said no pupils had been affected", "pupils in 14 classes were sent home early"),
    ("the council said no homes had been damaged", "Flood water entered homes in 12 streets"),
    ("the operator said no passengers were stranded", "Passengers on 40 trains were stuck for hours"),
])
def test_a_denied_thing_named_before_the_figure_of_a_count(nlp, denial, count):
    assert _opposed(nlp, denial, count)
    assert _opposed(nlp, count, denial)


@pytest.mark.parametrize("denial, count", [
    # a thing put forward, not counted
    ("There are no plans to remove parking on the street", "The council would publish plans for eight new loading bays"),
    # the thing is named in another clause of the counting claim
    ("the council said no homes had been damaged", "Homes were spared, but 12 streets were closed"),
    # the thing is named by neither
    ("the school said no pupils had been affected", "teachers in 14 classes were sent home early"),
])
def test_near_miss_a_count_of_another_thing(nlp, denial, count):
    assert not _opposed(nlp, denial, count)


def test_a_denied_thing_against_a_count_through_the_rules(nlp):
    kinds = _kinds(nlp, 'The head teacher said no pupils had been affected by the heating fault.',
                   'Parents said pupils in 14 classes were sent home early because of the heating fault.')
    assert "contradiction" in {k.value for k in kinds}
