"""Round h103: a date given ahead for an event, against a later report that it came late
(docs/conflicts.md, "Round h103"). Sentences written for these tests, not the gold; each
near miss must stay silent.

The forecast ("The swimming baths would reopen by Easter", "we expect to reopen the
footbridge in June") and the report weeks later ("The baths finally reopened on 14
August", "The footbridge reopened on 2 October, 16 weeks later than the council had
promised") share the event's verb and no opposite word, so no reader met them
(`claims.conflicts.date_promises`, `_Wording._date_unmet`, `_date_met`). An outcome before
the date, a report told before the forecast, a forecast revised ahead by its party, and a
forecast of another event stay silent."""

from __future__ import annotations

from datetime import date

from claims.conflicts.date_promises import dated_forecasts, late_against, late_outcomes
from tests.claims.test_figure_roles import _claim_pairs as _contradictions

FORECAST = ("Repairs to the Hallam Road swimming baths in Greyfold are almost finished. The Greyfold Baths Trust "
            "said the baths would reopen to swimmers in May after a new roof is fitted.")
LATE = ("The Hallam Road swimming baths in Greyfold finally reopened to swimmers on 14 August, after a new roof "
        "was fitted, the Greyfold Baths Trust said.")
LATE_WORDS = ("The Hallam Road swimming baths in Greyfold reopened to swimmers three months later than the Greyfold "
              "Baths Trust had promised, after a new roof was fitted.")
EARLY = ("The Hallam Road swimming baths in Greyfold reopened to swimmers on 20 April, after a new roof was fitted, "
         "the Greyfold Baths Trust said.")
REVISED = ("The Greyfold Baths Trust now expects the Hallam Road swimming baths to reopen in August, because the "
           "new roof was delivered late.")
PUT_BACK = ("The Hallam Road swimming baths in Greyfold reopened to swimmers on 14 August, the date the Greyfold "
            "Baths Trust put back to in April after the new roof was delivered late.")
CAFE = ("The café at the Hallam Road swimming baths in Greyfold finally opened on 14 August, the Greyfold Baths "
        "Trust said.")


def _late(pairs, promise, report):
    return any(any(promise in t for t in p) and any(report in t for t in p) for p in pairs)


def test_a_forecast_month_against_a_reopening_months_later(nlp):
    pairs = _contradictions(nlp, (FORECAST, "Greyfold Echo", date(2026, 3, 2)), (LATE, "Leisure Weekly", date(2026, 8, 20)))
    assert _late(pairs, "would reopen to swimmers in May", "finally reopened")


def test_a_reopening_told_as_later_than_promised(nlp):
    pairs = _contradictions(nlp, (FORECAST, "Greyfold Echo", date(2026, 3, 2)),
                            (LATE_WORDS, "Leisure Weekly", date(2026, 8, 20)))
    assert _late(pairs, "would reopen to swimmers in May", "three months later than")


def test_near_miss_reopened_before_the_date_given(nlp):
    pairs = _contradictions(nlp, (FORECAST, "Greyfold Echo", date(2026, 3, 2)), (EARLY, "Leisure Weekly", date(2026, 4, 28)))
    assert not _late(pairs, "would reopen to swimmers in May", "on 20 April")


def test_near_miss_the_report_told_before_the_forecast(nlp):
    pairs = _contradictions(nlp, (LATE, "Leisure Weekly", date(2026, 3, 2)), (FORECAST, "Greyfold Echo", date(2026, 3, 20)))
    assert not _late(pairs, "would reopen to swimmers in May", "finally reopened")


def test_near_miss_a_forecast_revised_by_its_party(nlp):
    pairs = _contradictions(nlp, (FORECAST, "Greyfold Echo", date(2026, 3, 2)), (REVISED, "Leisure Weekly", date(2026, 4, 20)))
    assert not _late(pairs, "would reopen to swimmers in May", "now expects")


def test_near_miss_a_reopening_on_the_date_the_party_put_back_to(nlp):
    pairs = _contradictions(nlp, (FORECAST, "Greyfold Echo", date(2026, 3, 2)), (PUT_BACK, "Leisure Weekly", date(2026, 8, 20)))
    assert not _late(pairs, "would reopen to swimmers in May", "put back")


def test_near_miss_another_event_opened_late(nlp):
    pairs = _contradictions(nlp, (FORECAST, "Greyfold Echo", date(2026, 3, 2)), (CAFE, "Leisure Weekly", date(2026, 8, 20)))
    assert not _late(pairs, "would reopen to swimmers in May", "finally opened")


def test_the_two_readings():
    assert dated_forecasts("the council said the footbridge would reopen by Easter") == (("reopen", 4),)
    assert dated_forecasts("we expect to reopen the footbridge in June") == (("reopen", 6),)
    assert dated_forecasts("the pool would open in May next year") == (("open", 17),)
    assert not dated_forecasts("the pool will stay open until the end of September")  # no opening
    assert not dated_forecasts("the footbridge will not reopen until June")  # a denial ahead
    assert late_outcomes("The footbridge reopened on 2 October, 16 weeks later than promised") == (("reopen", 10, True),)
    assert late_outcomes("the new library is still not open") == (("open", 0, True),)
    assert not late_outcomes("the footbridge would be reopened in June")  # still ahead
    assert not late_outcomes("the baths opened in May 1934")  # a month of another year
    assert not late_outcomes("he was wrong to say the reopening would be in September")  # still ahead
    assert not late_outcomes("it delayed the opening of the wing, which was due to open in January")
    assert late_outcomes("The reopening came three months after the date the trust first gave") == (("reopen", 0, True),)
    assert not late_outcomes("The baths reopened on 14 August, the date the trust had put back to in April")


def test_late_against_weighs_the_dates():
    may = ("reopen", 5)
    assert late_against(may, ("reopen", 8, False), date(2026, 3, 2), date(2026, 8, 20))
    assert not late_against(may, ("reopen", 4, False), date(2026, 3, 2), date(2026, 4, 28))
    assert not late_against(may, ("reopen", 0, True), date(2026, 3, 2), date(2026, 4, 28))  # "still not", before May
    assert late_against(may, ("reopen", 0, True), date(2026, 3, 2), date(2026, 6, 10))
    assert not late_against(may, ("open", 8, False), date(2026, 3, 2), date(2026, 8, 20))  # another event
