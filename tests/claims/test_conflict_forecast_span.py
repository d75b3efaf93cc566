"""A figure foretold to be reached within a span from now ("expected ... to reach 50% within
two years") is a forecast, not a rival of a figure of now (`numeric._future_year`,
`WITHIN_SPAN_AFTER`; docs/conflicts.md "Added by the lead, twelfth session"). Seen in round
f26's review of fresh articles. Sentences written for these tests."""

from claims.models import ConflictKind
from tests.claims.test_conflict_round_q24 import _kinds

NOW = "The district's recycling rate stood at 41% last year, the council said."
FORECAST = ("Councillor Amir Dale said the council expected the district's recycling rate to reach 50% "
            "within two years.")
HISTORY = "Councillor Amir Dale said the district's recycling rate had reached 50% within two years."
RIVAL_FORECAST = "The council said it expected the district's recycling rate to reach 35% within two years."


def test_a_forecast_within_a_span_is_no_rival_of_a_figure_of_now(nlp):
    assert ConflictKind.NUMERIC not in _kinds(nlp, (NOW, "Outlet A"), (FORECAST, "Outlet B"))


def test_a_span_in_the_past_and_two_forecasts_are_still_compared(nlp):
    # Near misses: "had reached ... within two years" is history, not foretold ...
    assert ConflictKind.NUMERIC in _kinds(nlp, (NOW, "Outlet A"), (HISTORY, "Outlet B"))
    # ... and two forecasts of one span are rivals.
    assert ConflictKind.NUMERIC in _kinds(nlp, (FORECAST, "Outlet A"), (RIVAL_FORECAST, "Outlet B"))
