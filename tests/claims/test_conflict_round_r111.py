"""Round r111: two readers that opposed claims about two different matters.

1. A verb said to have happened to nobody ("Nobody was made to leave", "Nobody was
   forced out": the stem "forc") was matched against a count by the compound rule of
   `_counted_denial`, whose tail test reads "workforc" (a synonym of a staff count) as a
   compound of "forc". A denied act heads no compound: it must be a word of the count
   itself ("Nobody was injured" / "three people were injured" still oppose).
2. A forecast of a state with no verb of its own ("the new pitch would be larger than the
   club had claimed") was opposed to any denied forecast of an act sharing a word ("The
   club will not lose a single fixture") by the modal row alone. `_forecasts_of_two_acts` now reads
   them as two matters unless the act, its kin, or what it is done to stands among the
   state's words ("the baths would be closing" / "the baths will not close").
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
    # a noun still heads a compound ("no shots" / "two gunshots")
    assert _counted_denial((frozenset({"shot"}),), frozenset({"gunshot"})) == "shot"
    assert _counted_denial((frozenset({"shot"}),), frozenset({"gunshot"}), (frozenset({"forc"}),)) == "shot"


def test_nobody_forced_out_is_not_opposed_to_a_staff_count():
    staff = "the museum's 9 staff would be moved to the library"
    assert _hit("Nobody was forced out, the director said.", staff, (), (_count(staff, "9", "museum staff"),)) is None
    crowd = "the choir sang its last concert in the hall, with 450 people in attendance"
    assert _hit("Nobody was forced out.", crowd, (), (_count(crowd, "450", "people in attendance"),)) is None


def test_nobody_hurt_still_opposes_a_count_of_the_hurt():
    hurt = "7 people were injured when the stand collapsed"
    assert _hit("Nobody was injured, the organisers said.", hurt, (), (_count(hurt, "7", "people"),))


def test_a_forecast_state_is_not_the_denial_of_another_act():
    # the two share a word ("club"), as the modal row asks
    assert _hit("the new pitch would be larger than the club had claimed",
                "The club will not lose a single fixture.") is None
    assert _hit("the new hall would be bigger than the choir had said",
                "The choir will not miss a single concert.") is None


def test_a_forecast_state_still_opposes_its_own_act_or_object_denied():
    assert _hit("the baths would be closing next year", "the baths will not close next year")
    assert _hit("the road would be ready by May", "the council will not finish the road by May")
    assert _hit("The depot will close in June", "the depot will not close in June")
