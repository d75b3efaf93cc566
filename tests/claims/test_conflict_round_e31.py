"""Rules of the e31 round: one event timed apart. Kept: the length an event took
(`claims.event_dates.event_durations`: "within two hours", "nearly a week", "for less
than an hour") is read beside its day, month and clock time, and two lengths of one event
that cannot both be right oppose ("reached the climber within 15 minutes" / "took 70
minutes to reach the climber"); a length or a date of the year is also read of its own
clause when the whole claims share too few words, and two dates of the year whose clauses
tell one event are read in a loosely related story. Sentences written for these tests;
near misses beside each."""

import pytest

from claims.conflicts.contradictions import _month_dated, _Wording
from claims.event_dates import durations_apart, event_durations
from claims.quantities import parse_quantities


def _opposed(nlp, a: str, b: str):
    return _Wording.of(a, parse_quantities(a, nlp)).opposed_to(_Wording.of(b, parse_quantities(b, nlp)))


@pytest.mark.parametrize("text, lo, hi", [
    ("Engineers restored the payroll system within two hours", 0, 120),
    ("it took engineers nine hours to restore the payroll system", 9 * 60 / 1.25, 9 * 60 * 1.25),
    ("the hospital waited nearly a week before contacting families", 0.7 * 7 * 24 * 60, 7 * 24 * 60),
    ("the divers were in the cave for less than an hour before they were rescued", 0, 60),
    ("the road was closed for more than three days", 3 * 24 * 60, float("inf")),
    ("the payroll system was not restored for nine hours", 9 * 60 / 1.25, 9 * 60 * 1.25),
])
def test_a_length_is_read_with_its_bound(text, lo, hi):
    (d,) = event_durations(text)
    assert d.grain == "duration" and d.value == pytest.approx((lo, hi))


@pytest.mark.parametrize("text", [
    "The ambulance arrived 40 minutes after the call",  # a time after another event
    "Two days later the road reopened",
    "The divers spent three hours in the cave and two days in hospital",  # two lengths, two stages
    "the repairs would take two to three weeks",  # a range
    "patients were checked twice a day",  # a rate
    "in the first two hours of the search",  # a part of a stretch
    "a 12-hour shift",  # a kind of shift, not a length told
])
def test_no_length_of_the_event(text):
    assert event_durations(text) == ()


def test_lengths_apart_beyond_rounding():
    (within_ten,) = event_durations("launched within ten minutes")
    (nine,) = event_durations("reached the hull in nine minutes")
    (forty_five,) = event_durations("took 45 minutes")
    assert durations_apart(within_ten, forty_five)
    assert not durations_apart(within_ten, nine)  # nine is within ten


@pytest.mark.parametrize("a, b", [
    ("Paramedics reached the injured climber within 15 minutes of the call",
     "paramedics took more than an hour to reach the injured climber"),
    ("The two divers spent four hours trapped in the flooded cave",
     "the two divers were trapped in the flooded cave for less than an hour"),
    ("The hospital contacted families within two days",
     "the hospital waited nearly a month before contacting families"),
])
def test_one_event_timed_apart(nlp, a, b):
    assert _opposed(nlp, a, b)
    assert _opposed(nlp, b, a)


@pytest.mark.parametrize("a, b", [
    # one time in other words: nine minutes is within ten
    ("The lifeboat was launched within ten minutes of the call", "The lifeboat was launched in nine minutes"),
    # two events: the ambulance's arrival is timed after the call, no length
    ("Paramedics reached the injured climber within 15 minutes of the call",
     "The air ambulance arrived 70 minutes after the call"),
    # one step against the whole
    ("The backup of the payroll records took 30 minutes", "the payroll system was not restored for nine hours"),
    # a forecast against what happened
    ("The repairs to the sea wall will take three weeks", "The repairs to the sea wall took two days"),
    # two plain lengths both read as figures: the numeric rule compares them ("do not overlap")
    ("Paramedics reached the injured climber in about 15 minutes",
     "it took 70 minutes for paramedics to reach the injured climber"),
    # two jobs of one crew
    ("Engineers spent four hours replacing the cooling unit", "Engineers restored the payroll system within two hours"),
])
def test_near_miss_not_one_length_apart(nlp, a, b):
    assert not _opposed(nlp, a, b)


def test_a_date_of_the_year_read_of_its_clause(nlp):
    a = ("The bridge inspection was carried out in March, the council said, adding that the report had been "
         "shared with every ward member and the county transport committee")
    b = ("Residents said the bridge inspection was carried out in June, weeks after cracks in the parapet had "
         "been reported by walkers and cyclists using the towpath")
    assert _opposed(nlp, a, b)
    # the announcement of an inspection is not the inspection
    assert not _opposed(nlp, "The council announced the bridge review in March, the leader said",
                        "Residents said the bridge inspection was carried out in June")


def test_only_dates_of_the_year_are_read_in_a_loose_story():
    assert _month_dated(("March (dated)", "June (dated)"))
    assert _month_dated(("April 14 (dated)", "April 21 (dated)"))
    assert not _month_dated(("Sunday (dated)", "Saturday (dated)"))
    assert not _month_dated(("within two hours (dated)", "nine hours (dated)"))
    assert not _month_dated(("6pm (dated)", "9pm (dated)"))


def test_one_event_timed_apart_through_the_rules(nlp):
    from claims.conflicts import ALSO, find_conflicts
    from claims.models import ConflictKind
    from tests.claims.test_conflict_round_c19 import DAY, _claims

    refs = _claims(nlp, "a", "The coastguard said the two walkers spent five hours stranded on the ledge.",
                   "Outlet A", DAY) + \
        _claims(nlp, "b", "The walkers' families said they were stranded on the ledge for less than an hour.",
                "Outlet B", DAY)
    # (r50) The pair is also two figures apart: told once, as numeric (KIND_PRECEDENCE),
    # the contradiction's reason kept after it.
    (conflict,) = find_conflicts(refs)
    assert conflict.kind is ConflictKind.NUMERIC
    assert "give one event two lengths" in conflict.reason.split(ALSO, 1)[1]
