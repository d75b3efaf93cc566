"""Rules of the e39 round: two times told for one event. Kept: a time figure that is only a
gap to another event ("on March 12, three weeks after the first crack appeared") no longer
makes a claim's date a reading of a measure (`claims.event_dates.time_figures_are_gaps`),
so its date is read; and a claim telling mostly the gap's own event is another event
(`_tells_the_gap`). Sentences written for these tests; near misses beside each."""

import pytest

from claims.conflicts.contradictions import _Wording
from claims.event_dates import gaps_blanked, time_figures_are_gaps
from claims.quantities import parse_quantities


def _opposed(nlp, a: str, b: str):
    return _Wording.of(a, parse_quantities(a, nlp)).opposed_to(_Wording.of(b, parse_quantities(b, nlp)))


@pytest.mark.parametrize("text, gaps", [
    ("the regulator was informed on June 9, five days after the spill", True),
    ("The ferry returned to service in May, three weeks later", True),
    ("Patients waited 12 hours for a bed on Sunday", False),  # a reading at a date
    ("the bridge was shut for three weeks from March 12", False),  # a length, not a gap
    ("two days after the storm the road reopened, and it stayed open for six months", False),  # one is no gap
    ("the bridge reopened on Friday", False),  # no time figure
])
def test_time_figures_are_gaps(text, gaps):
    assert time_figures_are_gaps(text) is gaps


def test_the_gap_is_blanked_to_its_clause_end():
    text = "the footbridge was closed on March 12, three weeks after the first crack appeared"
    assert gaps_blanked(text).rstrip() == "the footbridge was closed on March 12,"


@pytest.mark.parametrize("a, b", [
    ("The footbridge was closed to walkers on March 3",
     "the footbridge was closed to walkers on March 12, three weeks after the first crack appeared"),
    ("The water company alerted the regulator to the sewage spill on June 4",
     "the water company alerted the regulator to the sewage spill only on June 9, five days after it began"),
])
def test_one_event_dated_apart_beside_a_gap(nlp, a, b):
    hit = _opposed(nlp, a, b)
    assert hit and all(h.endswith("(dated)") for h in hit)


@pytest.mark.parametrize("a, b", [
    # the gap's own event, dated by the other claim: two events
    ("The first crack in the footbridge appeared on March 3",
     "the footbridge was closed on March 12, three weeks after the first crack appeared"),
    # a reading at a date stays a series, not two accounts
    ("Patients waited 12 hours for a bed on Sunday", "Patients waited four hours for a bed on Monday"),
    # a length from a date is no gap: the date is still not read
    ("The footbridge was closed to walkers on March 3",
     "the footbridge was closed to walkers for three weeks from March 12"),
])
def test_near_misses(nlp, a, b):
    assert _opposed(nlp, a, b) is None
