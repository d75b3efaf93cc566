"""Round v24 (numeric false alarms): docs/conflicts.md, "Added in round v24". A figure
whose own clause counts those in hospital care ("were taken to hospital", "in intensive
care") is a part of a count of the hurt or ill, not a rival of it
(`numeric._care_of_some`). Sentences written for these tests, about none of the gold
cases; the rule has near misses."""

from claims.models import ConflictKind
from tests.claims.test_conflict_round_q24 import _kinds

ILL = "More than 80 diners fell ill after eating at the Harbour Grill in Wenmouth, the health board said."
TREATED = "Six diners were treated in hospital after eating at the Harbour Grill in Wenmouth, the restaurant said."
ILL_RIVAL = "About 30 diners fell ill after eating at the Harbour Grill in Wenmouth, the restaurant said."
FIRE_HURT = "The fire service said 40 residents were hurt in the tower fire in Wenmouth."
FIRE_CRITICAL = "Nine residents were in a critical condition after the tower fire in Wenmouth, the hospital said."
HURT = "Thirty-four passengers were injured when a ferry struck the pier at Wenmouth on Monday, the port authority said."
CARED = "Eleven passengers were taken to hospital after the ferry struck the pier at Wenmouth on Monday, the ambulance service said."
HURT_RIVAL = "At least 60 passengers were injured when the ferry struck the pier at Wenmouth on Monday, the crew's union said."
CARED_RIVAL = "Twenty-five passengers were taken to hospital after the ferry struck the pier at Wenmouth on Monday, the union said."
PORTERS = "About 250 hospital porters joined the strike at Wenmouth on Monday, the union said."
PORTERS_RIVAL = "The trust said 90 hospital porters joined the strike at Wenmouth on Monday."


def test_those_in_hospital_care_are_a_part_of_the_ill_or_hurt(nlp):
    assert ConflictKind.NUMERIC not in _kinds(nlp, (ILL, "Outlet A"), (TREATED, "Outlet B"))
    assert ConflictKind.NUMERIC not in _kinds(nlp, (FIRE_HURT, "Outlet A"), (FIRE_CRITICAL, "Outlet B"))
    # (the ferry's injured and those taken to hospital were already set apart before v24)
    assert ConflictKind.NUMERIC not in _kinds(nlp, (HURT, "Outlet A"), (CARED, "Outlet B"))
    assert ConflictKind.NUMERIC not in _kinds(nlp, (HURT_RIVAL, "Outlet A"), (CARED, "Outlet B"))


def test_two_counts_of_one_kind_are_still_rivals(nlp):
    # Near misses: two counts of the ill, two of the injured, and two of those taken to hospital ...
    assert ConflictKind.NUMERIC in _kinds(nlp, (ILL, "Outlet A"), (ILL_RIVAL, "Outlet B"))
    assert ConflictKind.NUMERIC in _kinds(nlp, (HURT, "Outlet A"), (HURT_RIVAL, "Outlet B"))
    assert ConflictKind.NUMERIC in _kinds(nlp, (CARED, "Outlet A"), (CARED_RIVAL, "Outlet B"))
    # ... and a bare "hospital" naming who is counted is no care word.
    assert ConflictKind.NUMERIC in _kinds(nlp, (PORTERS, "Outlet A"), (PORTERS_RIVAL, "Outlet B"))
