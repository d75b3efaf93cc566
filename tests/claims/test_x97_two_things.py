"""Round x97: opposite words said of two different things (docs/conflicts.md, "Round x97").
A rise and a fall oppose only when said of one thing (`contradictions._moved_things_apart`).
Sentences written for these tests, not the gold."""

from __future__ import annotations

from dataclasses import replace

from claims.conflicts.contradictions import _Wording
from tests.claims.test_conflict_round_r19 import _opposed


def test_the_head_of_one_side_must_be_what_the_other_moves():
    # the holders fell, a rent or a price would rise: `_movers` met through "allotment",
    # "season pass", the borough
    assert _opposed("Allotment holders in the borough are down this spring",
                    "the annual allotment rent in the borough would go up by 5% this spring") \
        is None
    assert _opposed("Season pass holders at the lido are down this summer",
                    "the price of a season pass at the lido would go up this summer") is None
    # an owner shared, two things moved: the council's costs, the councils charging
    assert _opposed("the council's costs for garden waste had fallen",
                    "councils charging for garden waste are up, from 25 to 40") is None


def test_a_side_naming_no_thing_opposes_no_named_thing():
    # "this increase" names no thing of its own; "Pool admissions" are one
    assert _opposed("Without this increase the pool would have to close",
                    "Pool admissions fell by 12% last year, the pool said") is None
    # "fallen in love" moves nothing; "it is growing" names nothing
    assert _opposed("she had fallen in love with the harbour town",
                    "visits to the harbour town were up this year") is None
    assert _opposed("it is growing every week, the strike's organisers said",
                    "unpaid rent had fallen, the strike's organisers said") is None


def test_near_miss_one_thing_still_opposes():
    assert _opposed("Without this rise in fees the pool would close",
                    "admissions to the pool fell after the rise in fees") is not None
    assert _opposed("Pool admissions fell by 12% last year",
                    "pool admissions rose last year, the leisure trust said") is not None


def test_near_miss_a_side_with_its_own_figure_is_still_read():
    # a pronoun's figure ("it was up 8%") may answer the other's measure, told in a sentence
    # before: kept when the claim carries a figure (`figured`, set from its quantities)
    a = _Wording.of("it was up 8% on the year before, the pool said")
    b = _Wording.of("Pool admissions fell by 12% last year, the pool said")
    assert a.opposed_to(b) is None
    assert replace(a, figured=True).opposed_to(b) is not None


def test_a_time_is_no_figure_of_a_moved_thing():
    # "three years ago" is a time, not a figure of what moved: the side still names no thing;
    # a share ("62%") is one
    from claims.models import Quantity
    years = Quantity(surface="three years", start_char=0, end_char=11, value=3.0, unit="year")
    share = Quantity(surface="62%", start_char=0, end_char=3, value=62.0, unit="percent")
    town = "visits to the harbour town were up this year"
    a = _Wording.of("she had fallen in love with the harbour town three years ago", [years])
    assert not a.figured and a.opposed_to(_Wording.of(town)) is None
    assert _Wording.of("it was down 62% on the year before", [share]).figured
