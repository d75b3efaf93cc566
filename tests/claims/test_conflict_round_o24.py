"""Rules of the o24 round: two rows of conflict_directions.txt, general-English opposites
read like the other direction rows (the two claims must also share a word of what they are
about, and a forecast does not oppose a past outcome): a test passed or cleared against one
failed ("the lift passed its safety inspection" / "the lift failed its safety inspection"),
and a thing done by choice against one forced or ordered ("residents left voluntarily" /
"residents were ordered to leave"). Sentences written for these tests; each row has near
misses."""

import pytest

from claims.models import ConflictKind
from tests.claims.test_conflict_round_c19 import _kinds, _opposed


@pytest.mark.parametrize("a, b", [
    ("The ferry's lifeboats passed their annual safety inspection", "The ferry's lifeboats failed their annual safety inspection"),
    ("The new reactor vessel cleared its pressure test", "The new reactor vessel failed its pressure test"),
    ("The bridge met the standard for heavy lorries", "The bridge failed the standard for heavy lorries"),
])
def test_a_test_passed_against_a_test_failed(a, b):
    assert _opposed(a, b)


@pytest.mark.parametrize("a, b", [
    # another thing: no word of what they are about is shared
    ("The ferry's lifeboats passed their annual safety inspection", "The harbour crane failed on Monday"),
    # a forecast against a past outcome
    ("The ferry's lifeboats will pass their next inspection", "The ferry's lifeboats failed their inspection"),
    # both sides
    ("The lifeboats passed one inspection and failed another", "The lifeboats failed their inspection"),
])
def test_near_miss_passed_and_failed(a, b):
    assert not _opposed(a, b)


@pytest.mark.parametrize("a, b", [
    ("Residents of the valley left their homes voluntarily", "Residents of the valley were ordered to leave their homes"),
    ("The evacuation of the valley was voluntary", "The evacuation of the valley was mandatory"),
    ("The director had chosen to leave the company", "The director had been forced to leave the company"),
    ("Staff took the unpaid leave of their own accord", "Staff were pressured into taking the unpaid leave"),
])
def test_by_choice_against_forced(a, b):
    assert _opposed(a, b)


@pytest.mark.parametrize("a, b", [
    # two things: nothing they are about is shared
    ("Residents of the valley left their homes voluntarily", "The factory was ordered to close"),
    # a claim holding both sides opposes neither
    ("The first evacuation was voluntary but the second was mandatory", "The evacuation was mandatory"),
    # the same side twice
    ("The evacuation of the valley was voluntary", "Residents chose to leave the valley"),
])
def test_near_miss_choice_and_force(a, b):
    assert not _opposed(a, b)


def test_choice_against_force_through_the_rules(nlp):
    a = "The council said the evacuation of the riverside streets had been voluntary."
    b = "Residents said the evacuation of the riverside streets had been mandatory."
    assert ConflictKind.CONTRADICTION in _kinds(nlp, a, b)


def test_passed_against_failed_through_the_rules(nlp):
    a = "The operator said the cable car had passed its safety inspection in April."
    b = "Inspectors said the cable car had failed its safety inspection in April."
    assert ConflictKind.CONTRADICTION in _kinds(nlp, a, b)


def test_near_miss_two_things_through_the_rules(nlp):
    a = "The operator said the cable car had passed its safety inspection in April."
    b = "Inspectors said the ski lift's brakes had failed in a storm last winter."
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)
