"""Round fxH: a count of what already happened against a forecast that no member will suffer
the act ("11 regional theatres had closed ... since 2020" / "no theatre would close as a
result") is no broken promise when the counted events precede the forecast."""
from __future__ import annotations

from datetime import date

from tests.claims.test_figure_roles import _claim_pairs

CUT = "Grants to arts groups in Wexmoor will be cut by 30% from April, the county council said on Monday. "
PROMISE = (CUT + "The council's culture lead, Priya Anand, said no library would close as a result.",
           "Mercia Courier", date(2026, 3, 2))


def test_a_count_since_an_earlier_year_is_no_broken_promise(nlp):
    count = (CUT + "A spokesperson for the Libraries Association said 14 county libraries had closed "
             "since 2019.", "Wyre Valley News", date(2026, 3, 12))
    assert _claim_pairs(nlp, PROMISE, count) == []


def test_a_count_told_on_the_day_of_the_forecast_is_no_broken_promise(nlp):
    promise = (CUT + "The council's culture lead, Priya Anand, said no library will close because of the cut.",
               "Mercia Courier", date(2026, 3, 2))
    count = (CUT + "Nine libraries in the county closed last year, the Libraries Association said.",
             "Wyre Valley News", date(2026, 3, 2))
    assert _claim_pairs(nlp, promise, count) == []


def test_a_count_told_after_the_forecast_is_still_a_broken_promise(nlp):
    count = (CUT + "Two of the county's libraries have closed since the cut, the Libraries Association said.",
             "Wyre Valley News", date(2026, 3, 20))
    assert _claim_pairs(nlp, PROMISE, count) == [
        ("no library would close as a result", "Two of the county's libraries have closed since the cut")]


def test_a_forecast_count_still_opposes_the_forecast(nlp):
    count = (CUT + "Nine libraries in the county will close next year, the Libraries Association said.",
             "Wyre Valley News", date(2026, 3, 2))
    assert _claim_pairs(nlp, PROMISE, count) == [
        ("no library would close as a result", "Nine libraries in the county will close next year")]


def test_a_forecast_of_a_named_year_holds_that_years_past(nlp):
    # "no library would close this year" told in May is broken by a closure in March
    promise = (CUT + "The council's culture lead, Priya Anand, said no library would close this year.",
               "Mercia Courier", date(2026, 5, 4))
    count = (CUT + "Two of the county's libraries closed in March, the Libraries Association said.",
             "Wyre Valley News", date(2026, 5, 4))
    assert _claim_pairs(nlp, promise, count)
