"""Rules of the x13 conflict round: a denial answers the accusation aimed at its speaker,
now that an accusation is a claim of the accuser ("accused X of Y", tests/claims/
test_accusations.py). The accusation is a target although it rejects something itself;
the accuser's accusations come first for "rejected the union's accusations"; an
accusation of someone else is not what a party named in full denies. Sentences written
for these tests, about none of the gold cases; each rule has a near miss."""

from datetime import date

from claims.conflicts.disputes import ACCUSED_BEFORE
from tests.claims.test_conflict_round_t11 import _joins
from tests.claims.test_conflict_round_t12 import _disputes

ACCUSATION = ("The Fenmoor Tenants' Union has accused Calder Property Group of overstating "
              "its repair costs to justify rent rises. Union secretary Hal Brisco said "
              "tenants would hold a rent strike.")


def test_the_accusers_accusations_rejected_by_the_accused(nlp):
    denial = ("Calder Property Group has rejected the union's accusations. The landlord said every repair "
              "had been invoiced by outside contractors.")
    pairs = _disputes(nlp, (ACCUSATION, "Outlet A", date(2027, 2, 3)), (denial, "Outlet B", date(2027, 2, 4)))
    assert _joins(pairs, "overstating its repair costs", "the union's accusations")
    # Near miss: the union's other statement is not an accusation of the landlord.
    assert not _joins(pairs, "tenants would hold a rent strike", "the union's accusations")


def test_a_party_not_accused_denies_something_else(nlp):
    accusation = ("Parents have accused Stenby Borough Council of ignoring warnings that the school roof "
                  "was failing.")
    denial = ("Stenby Borough Council said any suggestion it had ignored warnings about the roof was false. "
              "Holm Roofing Services, which repaired the roof in 2022, denied that its repairs had failed.")
    pairs = _disputes(nlp, (accusation, "Outlet A", date(2027, 5, 2)), (denial, "Outlet B", date(2027, 5, 3)))
    assert _joins(pairs, "ignoring warnings that the school roof", "any suggestion it had ignored warnings")
    # Near miss: the roofer, named in full and not accused, shares words ("failing",
    # "failed") with the accusation but answers nothing of it.
    assert not _joins(pairs, "ignoring warnings that the school roof", "its repairs had failed")


def test_the_accused_is_read_between_the_verb_and_of():
    m = ACCUSED_BEFORE.search("Residents have accused Stenby Borough Council of ")
    assert m is not None and m.group(1).strip() == "Stenby Borough Council"
    # Near miss: a passive's agent is the accuser, not the accused.
    assert ACCUSED_BEFORE.search("The ferry operator was accused by dockworkers of ") is None
