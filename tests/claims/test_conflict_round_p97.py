"""Round p97: an absolute that caps a measure against a reading of the measure past the cap
(docs/conflicts.md, "Round p97"). Sentences written for these tests, not the gold.

An absolute has no figure of its own to compare, or a zero ("no tenant is kept in temporary
rooms for more than eight weeks", "Not a single litre of the sludge goes into the river",
"every one of our pumping sites is below the permitted limit of 85 decibels"); a later
reading of the same measure breaks it ("kept in temporary rooms for 14 weeks", "30,000
litres of the sludge went into the river", "a reading of 92 decibels")
(`claims.conflicts.ceilings`, `_Wording.caps` / `readings`)."""

from __future__ import annotations

from datetime import date

from claims.conflicts.ceilings import caps, past_cap, readings
from tests.claims.test_conflict_round_c84 import _contradictions

CAPPED = ("Harrowfield Housing said no tenant is kept in temporary rooms for more than eight weeks. The "
          "association said it had built more homes this year.")
BROKEN = ("A report by the Harrowfield Tenants' Union found that one tenant had been kept in temporary rooms "
          "for 14 weeks, the union said. The union also said tenants wanted more homes built.")
WITHIN = BROKEN.replace("for 14 weeks", "for six weeks")
ANOTHER_SET = ("A report by the Harrowfield Tenants' Union found that one caller to the repairs line had been "
               "kept on hold for 14 weeks of complaints, the union said. The union also said tenants wanted more homes built.")

AMOUNT = ("Tanbury Water said: \"Not a single litre of the sludge goes into the river Orrel.\" The company said "
          "its works were the cleanest in the region.")
AMOUNT_READ = ("The Environment Office found that 30,000 litres of the sludge had gone into the river Orrel "
               "last spring, its inspectors said. The office said the company's works were in the region.")


def _cap_broken(reasons):
    return any("says no amount passes a limit" in r for r in reasons)


def test_caps_and_readings_read():
    assert caps("nobody waited more than twenty minutes to get in") == (("time", 20 / 60),) or \
        abs(caps("nobody waited more than twenty minutes to get in")[0][1] - 1 / 3) < 1e-3
    assert caps("Every one of our pumping sites is below the permitted limit of 85 decibels") == (("noise", 85.0),)
    assert caps("Not a single litre of the sludge goes into the river") == (("volume", 0.0),)
    assert readings("a reading of 92 decibels at the gate") == (("noise", 92.0),)
    assert past_cap(("distance", 5.0), readings("would be more than five miles from the nearest branch")[0])


def test_near_misses_no_cap_no_reading():
    # a universal's time limit is time_limits' own; an aim is no cap kept
    assert caps("every urgent repair is done within 24 hours") == ()
    assert caps("The company aims to bring every site below 85 decibels by 2028") == ()
    # bounds, periods, differences and rates are no readings
    assert readings("in the past five years") == ()
    assert readings("queues were 25 minutes longer than last year") == ()
    assert readings("paid £9m a year") == ()
    assert readings("all sites were kept under 85 decibels") == ()


def test_a_reading_past_a_denied_cap(nlp):
    pairs = _contradictions(nlp, (CAPPED, "Harrowfield Echo", date(2026, 3, 3)),
                            (BROKEN, "Vale Weekly", date(2026, 3, 5)))
    assert _cap_broken(pairs)


def test_near_miss_a_reading_within_the_cap(nlp):
    pairs = _contradictions(nlp, (CAPPED, "Harrowfield Echo", date(2026, 3, 3)),
                            (WITHIN, "Vale Weekly", date(2026, 3, 5)))
    assert not _cap_broken(pairs)


def test_near_miss_a_reading_of_another_thing(nlp):
    pairs = _contradictions(nlp, (CAPPED, "Harrowfield Echo", date(2026, 3, 3)),
                            (ANOTHER_SET, "Vale Weekly", date(2026, 3, 5)))
    assert not any("says no amount passes a limit" in r and "14 weeks of complaints" in r for r in pairs)


def test_an_amount_denied_against_an_amount_read(nlp):
    pairs = _contradictions(nlp, (AMOUNT, "Tanbury Echo", date(2026, 3, 3)),
                            (AMOUNT_READ, "Vale Weekly", date(2026, 3, 5)))
    assert _cap_broken(pairs)
