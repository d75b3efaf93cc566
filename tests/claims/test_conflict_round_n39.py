"""Round n39: numeric false alarms of a part against its whole. A share narrowed by a
phrase naming a place or group ("in the Eastgate ward", "at grammar schools", "Among
young drivers,") that the other sentence does not say, whose own article sets it beside
the whole's share or a sibling part's, is a part, not a rival (claims.conflicts.numeric,
`_part_named_apart`). Sentences written for these tests, not the gold."""

from __future__ import annotations

from datetime import date

from claims.conflicts.numeric import _part_phrases
from tests.claims.test_figure_roles import _figure, _numeric

OCT_2, OCT_3 = date(2026, 10, 2), date(2026, 10, 3)


def test_part_phrases_are_read(nlp):
    assert ("eastgat", "ward") in _part_phrases(*_figure(nlp, "In the Eastgate ward, 27% of voters cast a ballot, the council said.", "27%"))
    assert ("grammar", "school") in _part_phrases(*_figure(nlp, "The pass rate at grammar schools rose to 88%, the board said.", "88%"))
    # a time, a whole and a name running into its verb are no part
    assert not _part_phrases(*_figure(nlp, "Turnout in 2024 was 35%, the council said.", "35%"))
    assert not _part_phrases(*_figure(nlp, "Across the region, turnout was 35%, the council said.", "35%"))
    assert _part_phrases(*_figure(nlp, "Crime in Lowbridge fell by 6% last year, the force said.", "6%")) == (("lowbridg",),)


WARD_REPORT = ("Turnout was 38.4%, the returning officer said. "
               "Turnout in the Eastgate ward, where two polling stations were closed, was 31%, he said.")


def test_a_ward_beside_its_whole_is_a_part(nlp):
    a = WARD_REPORT
    b = "Turnout in the by-election was 40.2%, according to the Liberal group."
    conflicts = _numeric(nlp, a, b, OCT_2, OCT_3)
    assert conflicts and all("31%" not in c.reason for c in conflicts)


def test_a_kind_of_school_beside_another_kind_is_a_part(nlp):
    a = "The pass rate at grammar schools rose to 88%, while at comprehensive schools it fell to 61%, the board said."
    b = "The board said the pass rate in the county was 67% this summer."
    assert not _numeric(nlp, a, b, OCT_2, OCT_3)


def test_near_miss_the_same_ward_still_compares(nlp):
    a = WARD_REPORT
    b = "In the Eastgate ward, 26% of voters cast a ballot, the Liberal group said."
    assert any("31%" in c.reason and "26%" in c.reason for c in _numeric(nlp, a, b, OCT_2, OCT_3))


def test_near_miss_a_redundant_place_alone_in_its_article_still_compares(nlp):
    # The place said by one outlet only, no other share beside it: the whole, a rival.
    a = "Turnout in Brackley was 38.4%, the returning officer said."
    b = "Turnout in the by-election was 43.1%, according to the Liberal group."
    assert _numeric(nlp, a, b, OCT_2, OCT_3)


def test_near_miss_the_event_named_is_no_part(nlp):
    # "at the Brackley by-election" names the whole event, not a part of it: the article's
    # other share (the rival quoted) does not make it one.
    a = ("Turnout at the Brackley by-election was 36.1%, the Liberal group said. "
         "The returning officer has put turnout at 41.7%.")
    b = "Turnout was 41.7%, the returning officer said."
    assert any("36.1%" in c.reason for c in _numeric(nlp, a, b, OCT_2, OCT_3))


def test_a_count_after_an_opening_place_beside_its_whole_is_a_part(nlp):
    a = ("The council said its crews had cleared 6,200 blocked drains in the year to March. "
         "In the eastern parishes, 1,400 blocked drains were cleared, it said.")
    b = "Residents' groups said the council had cleared 5,100 blocked drains in the year to March."
    conflicts = _numeric(nlp, a, b, OCT_2, OCT_3)
    assert conflicts and all("1,400" not in c.reason for c in conflicts)


def test_near_miss_a_count_against_one_of_its_own_place_still_compares(nlp):
    # Both counts are of one place, named two ways ("At Hollins Primary," / "at the school"):
    # a count is set apart by an opening place only against a count of no place.
    a = ("The trust said 3,800 grades had been lowered this summer. "
         "At Hollins Primary, the head said 44 grades had been lowered.")
    b = "The trust said 27 grades had been lowered at the school."
    assert any("44" in c.reason and "27" in c.reason for c in _numeric(nlp, a, b, OCT_2, OCT_3))
