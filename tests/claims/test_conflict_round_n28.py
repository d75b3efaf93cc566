"""Round n28 (numeric false alarms of two different measures): docs/conflicts.md, "Added in
round n28". Two figures of one head, each measure naming a kind of it and no kind in
common ("food prices" / "energy prices"), are two kinds of the thing, not rivals
(`numeric._kinds_of_one_head`); participles ("breeding" / "nesting pairs") name no kind.
A measure with no kind
("unemployment") against one with a kind ("youth unemployment") is still compared (a rule
keeping those apart was tried and dropped: it lost two dev conflicts). Sentences written for these tests,
about none of the gold cases; each rule has near misses."""

from claims.models import ConflictKind
from tests.claims.test_conflict_round_q24 import _kinds

FOOD = "Food prices in Ardell rose 6.1% in the year to May, the statistics office said."
FOOD_SURVEY = "Food prices in Ardell rose 2.4% in the year to May, a survey by retailers found."
ENERGY = "Energy prices in Ardell rose 2.4% in the year to May, the statistics office said."
BREEDING = "Wardens counted 3,200 breeding pairs of terns on Ardell island this summer."
NESTING = "Volunteers counted 2,300 nesting pairs of terns on Ardell island this summer."
YOUTH = "Youth unemployment in Ardell stood at 14.2% in the second quarter, official figures show."
YOUTH_UNION = "Youth unemployment in Ardell stood at 11.5% in the second quarter, a union said."
ALL = "Unemployment in Ardell stood at 5.2% in the second quarter, the statistics office said."
ALL_UNION = "Unemployment in Ardell stood at 6.4% in the second quarter, a union said."


def test_two_kinds_of_one_head_are_not_rivals(nlp):
    assert ConflictKind.NUMERIC not in _kinds(nlp, (FOOD, "Outlet A"), (ENERGY, "Outlet B"))


def test_one_kind_told_twice_is_still_a_conflict(nlp):
    assert ConflictKind.NUMERIC in _kinds(nlp, (FOOD, "Outlet A"), (FOOD_SURVEY, "Outlet B"))


def test_participles_name_no_kind(nlp):
    # "breeding pairs" / "nesting pairs" of one island: one count told two ways.
    assert ConflictKind.NUMERIC in _kinds(nlp, (BREEDING, "Outlet A"), (NESTING, "Outlet B"))


def test_a_measure_without_a_kind_is_still_compared(nlp):
    # the same kind twice, and the whole twice, are conflicts; a kind against the whole
    # is compared as before the round (the dropped rule would have kept it apart)
    assert ConflictKind.NUMERIC in _kinds(nlp, (YOUTH, "Outlet A"), (YOUTH_UNION, "Outlet B"))
    assert ConflictKind.NUMERIC in _kinds(nlp, (ALL, "Outlet A"), (ALL_UNION, "Outlet B"))



SAVING = "According to the cabinet report, the change to bin collections will save the council £1.8 million a year."
REAL_SAVING = ("Opposition leader Mara Quist has said the real saving from the change to bin collections "
               "will be about £600,000 a year.")


def test_one_sides_reading_is_no_kind(nlp):
    # "the real saving" is the opposition's reading of the same saving: still a rival figure
    assert ConflictKind.NUMERIC in _kinds(nlp, (SAVING, "Outlet A"), (REAL_SAVING, "Outlet B"))
