"""Round r111: a verb denied of everyone read as a noun at the tail of a counted word.

A verb said to have happened to nobody ("Nobody was forced out": the stem "forc";
"Nobody has been counted twice": "count") was matched against any count by the compound
rule of `_counted_denial`, whose tail test reads "workforc" and "headcount" (synonyms
every staff or people count carries) as compounds headed by the verb. A denied act heads
no compound: it must be a word of the count itself ("Nobody was injured" / "7 people were
injured" still oppose), and a denied noun keeps the compound rule ("no shots" / "two
gunshots").
Sentences written for these tests, about none of the gold cases.
"""

from __future__ import annotations

from claims.conflicts.contradictions import _counted_denial, _Wording
from claims.models import Quantity


def _count(text: str, surface: str, measure: str) -> Quantity:
    at = text.index(surface)
    value = float(surface)
    return Quantity(surface=surface, start_char=at, end_char=at + len(surface), value=value, low=value - 0.5,
                    high=value + 0.5, unit="count", measure=measure)


def _hit(a: str, b: str, qa: tuple = (), qb: tuple = ()):
    return _Wording.of(a, qa, None).opposed_to(_Wording.of(b, qb, None))


def test_a_verb_denied_of_everyone_is_no_compound_head():
    assert _counted_denial((frozenset({"forc"}),), frozenset({"staff", "workforc"}), (frozenset({"forc"}),)) is None
    assert _counted_denial((frozenset({"count"}),), frozenset({"peopl", "headcount"}), (frozenset({"count"}),)) is None
    # a noun still heads a compound ("no shots" / "two gunshots")
    assert _counted_denial((frozenset({"shot"}),), frozenset({"gunshot"})) == "shot"
    assert _counted_denial((frozenset({"shot"}),), frozenset({"gunshot"}), (frozenset({"forc"}),)) == "shot"


def test_nobody_forced_out_is_not_opposed_to_a_staff_or_crowd_count():
    staff = "the museum's 9 staff would be moved to the library"
    assert _hit("Nobody was forced out, the director said.", staff, (), (_count(staff, "9", "museum staff"),)) is None
    crowd = "the choir sang its last concert in the hall, with 450 people in attendance"
    assert _hit("Nobody was forced out.", crowd, (), (_count(crowd, "450", "people in attendance"),)) is None


def test_nobody_counted_twice_is_not_opposed_to_a_payroll():
    payroll = "The bakery employs 62 people at the plant."
    assert _hit("Nobody has been counted twice in our figures.", payroll, (),
                (_count(payroll, "62", "people"),)) is None


def test_nobody_hurt_still_opposes_a_count_of_the_hurt():
    hurt = "7 people were injured when the stand collapsed"
    assert _hit("Nobody was injured, the organisers said.", hurt, (), (_count(hurt, "7", "people"),))
