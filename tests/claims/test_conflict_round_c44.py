"""Rows of round c44 (claims/data/conflict_directions.txt): opposite states of one thing
said in other words, read only when the two claims also share a word of what they are
about (direction rows): how a place is staffed, what service a line runs, how an
organisation's finances stand, whether a thing came in time, whether a structure or
machine did its job (and a barrier broken through), whether a project kept within its
budget, which way a vote went, and whether water may be drunk. Sentences
written for these tests, about none of the gold cases; each positive test has a near
miss."""

import pytest

from claims.conflicts.contradictions import _Wording


def _opposed(a: str, b: str):
    return _Wording.of(a).opposed_to(_Wording.of(b))


@pytest.mark.parametrize("a, b", [
    ("The cardiac ward was fully staffed on Tuesday night", "the cardiac ward had been short-staffed on Tuesday night"),
    ("the trust's finances were healthy", "the trust has been losing money since 2022"),
    ("The sandbags were delivered in time", "the sandbags arrived too late to save the shops"),
    ("the new flood gate did its job on Sunday", "the new flood gate failed on Sunday"),
    ("the dam had held", "floodwater broke through the dam overnight"),
    ("the library refit was finished within budget", "the library refit overran by £200,000"),
    ("the harbour levy was passed comfortably", "the harbour levy was defeated"),
    ("a full timetable will run on the valley line", "only a reduced timetable will run on the valley line"),
    ("tap water in the village was safe to drink", "Households in the village must boil their tap water"),
])
def test_opposite_states_of_one_thing_contradict(a, b):
    assert _opposed(a, b)


@pytest.mark.parametrize("a, b", [
    # Two things: the rows need a shared word of what the claims are about.
    ("The cardiac ward was fully staffed", "the hospital laundry had been short of staff"),
    ("the council's finances are healthy", "the ferry service is losing money"),
    ("The sandbags were delivered in time", "the fire engines came too late"),
    ("the new flood gate did its job", "the council failed to clear the drains"),
    ("the dam had held", "protesters broke through police lines"),
    ("the harbour levy was passed comfortably", "the striker was defeated in the final"),
    # A budget is not a schedule: "within budget" is not of the on-time row.
    ("the library refit was finished within budget", "the opening of the library was late"),
    ("tap water in the village was safe to drink", "the river water should not be used for swimming"),
])
def test_states_of_two_things_do_not_contradict(a, b):
    assert not _opposed(a, b)
