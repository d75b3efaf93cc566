"""Round p108: two periods in one article (a finished year's figure against a figure
gathered over a stretch of another length). Sentences written for these tests, not the gold.

A figure whose own period is one whole year already ended ("£1.4bn last year", "in 2025" in
an article of 2026) and a figure whose clause gathers it over a stretch of another length
("in the five years to 2025", "over the past three years", "in the first six months") are
two measures, not two values of one (`numeric._finished_year_against_span`). Two figures of
one finished year still compare, and so do a year and the twelve months to a month, and a
running count of this year against a part of it."""

from __future__ import annotations

from datetime import date

from claims.conflicts import find_conflicts
from tests.claims.test_figure_roles import _claims, _figure, _numeric

DAY = date(2026, 3, 3)


def _one_article(nlp, text):
    """The numeric conflicts among the claims of one article."""
    refs = _claims(nlp, "a", text, "Tregarrow Gazette", DAY)
    return [c for c in find_conflicts(refs) if c.kind.value == "numeric"]


def test_last_year_against_five_years(nlp):
    text = ("The lottery operator said good causes received £1.4bn last year. Campaigners said good causes "
            "received £6.2bn in the five years to 2025.")
    assert not _one_article(nlp, text)


def test_last_year_against_the_past_three_years(nlp):
    text = ("The hospital said it recorded 150 falls on its wards last year. The union said 410 falls were "
            "recorded on its wards over the past three years.")
    assert not _one_article(nlp, text)


def test_a_numbered_past_year_against_six_months(nlp):
    text = ("The charity said it handed out 2,300 food parcels in 2025. Volunteers said the charity handed out "
            "900 food parcels in the first six months.")
    assert not _one_article(nlp, text)


def test_near_miss_two_figures_of_last_year_still_compare(nlp):
    text = ("The lottery operator said good causes received £1.4bn last year. Campaigners said good causes "
            "received £1.9bn last year.")
    assert _one_article(nlp, text)


def test_near_miss_a_year_against_twelve_months_still_compares(nlp):
    text = ("The lottery operator said good causes received £1.4bn last year. Campaigners said good causes "
            "received £1.9bn in the twelve months to December.")
    assert _one_article(nlp, text)


def test_near_miss_this_year_against_six_months_still_compares(nlp):
    text = ("The charity said it handed out 2,300 food parcels this year. Volunteers said the charity handed "
            "out 3,900 food parcels in the first six months.")
    assert _one_article(nlp, text)


def test_near_miss_across_two_articles_of_one_year(nlp):
    a = "The hospital said it recorded 150 falls on its wards last year."
    b = "The union said 410 falls were recorded on its wards in 2025."
    assert _numeric(nlp, a, b, DAY, DAY)


def test_finished_year_reads_the_figures_own_period(nlp):
    from claims.conflicts.numeric import _Facts, _finished_year
    from claims.models import ClaimRef

    def finished(text, surface):
        q, claim = _figure(nlp, text, surface)
        return _finished_year(q, ClaimRef(claim=claim, outlet="Outlet", published=DAY), _Facts())

    assert finished("The hospital said it recorded 150 falls on its wards last year.", "150")
    assert finished("The charity said it handed out 2,300 food parcels in 2025.", "2,300")
    assert not finished("The charity said it handed out 2,300 food parcels this year.", "2,300")
    assert not finished("The charity said it handed out 2,300 food parcels in 2026.", "2,300")


def test_last_year_against_a_numbered_year_in_one_sentence(nlp):
    text = ("The zoo had 412,000 visits last year, up from 360,000 in 2024, its annual report said. The zoo's "
            "owners said the zoo had 380,000 visits in 2024.")
    assert not _one_article(nlp, text)


def test_near_miss_one_year_told_two_ways_still_compares(nlp):
    # "last year" in an article of 2026 is 2025: one year's two counts
    text = ("The council said it built 610 homes last year and 450 homes in 2024. Campaigners said the council "
            "built 520 homes in 2025.")
    assert any("'610'" in c.reason for c in _one_article(nlp, text))


def test_near_miss_the_numbered_year_of_a_two_year_sentence_still_compares(nlp):
    text = ("The council said it built 610 homes last year and 450 homes in 2024. Campaigners said the council "
            "built 520 homes in 2024.")
    assert any("'450'" in c.reason for c in _one_article(nlp, text))


def test_near_miss_two_rates_a_day_still_compare(nlp):
    # a rate is a level: "an average of 164 a day over three weeks" against "118 a day last year"
    text = ("Residents said they had counted an average of 164 lorries a day over three weeks. The quarry "
            "company said its lorries averaged 118 a day last year.")
    assert _one_article(nlp, text)
