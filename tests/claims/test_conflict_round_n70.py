"""Round n70, numeric recall on fresh text (docs/review_g70.md, "After g70's rules"): a
later review's figure for a closed past year against the figure told months before
("six breaches in 2025" in November against July's "three breaches in 2025") was never
compared, articles more than `max_days_apart` apart being read as counts that may have
moved. Sentences written for these tests, not the gold.

a. Two figures told of one past year, both sentences naming the same years (written, or
   "last year" read from each article's date), none as a point of reference ("since
   2025", "up from 58% in 2020") and none the year of either article, are of one time
   frame however far apart their articles (`numeric._same_past_year`); they then meet
   across the story's days like a named replaced figure (`_replaced_story`), only when
   the two claims are of one matter and the figures of one measure, and less than twice
   apart (`PAST_YEAR_APART`: a national count against one area's is a whole and a part).
b. A count with its noun left out, the subject of a verb ("fewer than 100 have left"),
   meets a count whose noun is the subject of the same verb ("260 fitters have left the
   scheme"): the noun carried over from the other sentence (`numeric._noun_left_out`)."""

from __future__ import annotations

from datetime import date

import claims.conflicts.numeric as numeric
from claims.conflicts.numeric import _referenced_year
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _conflicts

LEAD = "The county's recycling plant at Orlby has faced questions from residents about how much waste it handles. "
JULY, NOVEMBER, FEBRUARY = date(2026, 7, 7), date(2026, 11, 17), date(2027, 2, 9)
TOLD = "The operator said the plant processed 48,000 tonnes of waste in 2025."


def _numeric(nlp, a, b, a_day, b_day):
    return [c for c in _conflicts(nlp, LEAD + a, LEAD + b, a_day, b_day) if c.kind is ConflictKind.NUMERIC]


def test_a_a_past_years_figure_months_later_is_a_rival(nlp):
    review = "An audit published on Tuesday found the plant processed 57,000 tonnes of waste in 2025."
    assert _numeric(nlp, TOLD, review, JULY, NOVEMBER)
    # "last year" in July 2026 is 2025
    told = "The operator said the plant processed 48,000 tonnes of waste last year."
    assert _numeric(nlp, told, review, JULY, NOVEMBER)


def test_a_a_past_years_figure_months_later_fails_without_the_rule(nlp, monkeypatch):
    monkeypatch.setattr(numeric, "_same_past_year", lambda *args: False)
    review = "An audit published on Tuesday found the plant processed 57,000 tonnes of waste in 2025."
    assert not _numeric(nlp, TOLD, review, JULY, NOVEMBER)


def test_a_two_years_stay_apart(nlp):
    # near misses: two written years, and "last year" said in 2026 and in 2027
    review = "An audit published on Tuesday found the plant processed 57,000 tonnes of waste in 2024."
    assert not _numeric(nlp, TOLD, review, JULY, NOVEMBER)
    told = "The operator said the plant processed 48,000 tonnes of waste last year."
    later = "An audit published on Tuesday found the plant processed 57,000 tonnes of waste last year."
    assert not _numeric(nlp, told, later, JULY, FEBRUARY)


def test_a_a_year_of_reference_stays_apart(nlp):
    since = "An audit published on Tuesday found the plant has processed 57,000 tonnes of waste since 2025."
    assert not _numeric(nlp, TOLD, since, JULY, NOVEMBER)
    assert _referenced_year("up from 58% in 2020") and _referenced_year("the highest since 2019")
    assert not _referenced_year("in the year to March 2025") and not _referenced_year("in 2025, not two")


def test_a_two_measures_or_part_and_whole_stay_apart(nlp):
    plastic = "An audit published on Tuesday found the plant recycled 31,000 tonnes of plastic in 2025."
    assert not _numeric(nlp, TOLD, plastic, JULY, NOVEMBER)
    county = "Across the county, plants processed 210,000 tonnes of waste in 2025, an audit published on Tuesday found."
    assert not _numeric(nlp, TOLD, county, JULY, NOVEMBER)


# --- b. a count with its noun left out --------------------------------------------------------

APPRENTICES = "Apprentice electricians in the county have complained of late wages. "
UNION = APPRENTICES + "The trainees' union says 180 apprentices have left the scheme since March."
COUNCIL = APPRENTICES + "The county council, which trains the apprentices, says fewer than 70 {}."
DAY = date(2026, 5, 5)


def _counted(nlp, b):
    return [c for c in _conflicts(nlp, UNION, COUNCIL.format(b), DAY, DAY) if c.kind is ConflictKind.NUMERIC]


def test_b_a_count_with_its_noun_left_out_meets_the_named_count(nlp):
    assert _counted(nlp, "have left")


def test_b_a_count_with_its_noun_left_out_fails_without_the_rule(nlp, monkeypatch):
    monkeypatch.setattr(numeric, "_noun_left_out", lambda *args: False)
    assert not _counted(nlp, "have left")


def test_b_another_act_or_another_noun_stays_apart(nlp):
    # near misses: another verb ("joined"), and a noun of its own ("mentors")
    assert not _counted(nlp, "have joined")
    assert not _counted(nlp, "mentors have left")
