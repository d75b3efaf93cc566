"""Round n26 (numeric conflicts judged overlapping): docs/conflicts.md, "Added in round n26".
An "about" figure written with two or more significant digits ("around 5,300") allows
`numeric.ABOUT_PRECISE_SHARE` (7.5%) either side, not the qualifier table's 10%; one digit
("about 40%", "about 2,000") keeps the 10%. Sentences written for these tests, about none
of the gold cases; each rule has near misses."""

from claims.conflicts.numeric import interval
from claims.models import ConflictKind
from claims.quantities import parse_quantities
from tests.claims.test_conflict_round_q24 import _kinds

STAFF = "The company said 4,800 workers walked out at the Dunmore mill on Monday."
STAFF_ABOUT = "Around 5,300 workers walked out at the Dunmore mill on Monday, the union said."
STAFF_NEAR = "The council said 5,100 workers walked out at the Dunmore mill on Monday."
FLEET_ABOUT = "About 40% of the fleet was out of service in June, the passengers' group said."
FLEET_NEAR = "The operator said 41% of the fleet was out of service in June."
FLEET_FAR = "The operator said 46% of the fleet was out of service in June."
RUNNERS_NEARLY = "Nearly 98% of starters finished the Dunmore marathon, organisers said."
RUNNERS_MORE = "Official results show more than 97% of starters finished the Dunmore marathon."


def _figure(nlp, text: str):
    return next(q for q in parse_quantities(text, nlp) if q.value is not None)


def test_about_with_two_digits_allows_a_narrower_share(nlp):
    low, high = interval(_figure(nlp, "Around 5,300 people work there."), 0.05)
    assert (round(low), round(high)) == (4902, 5698)
    # one unit of the last digit when that is more than 7.5%: "about 12" is 11..13
    assert interval(_figure(nlp, "About 12 people work there."), 0.05) == (11.0, 13.0)
    # one significant digit keeps the table's 10%: "about 40%" is 36..44
    assert interval(_figure(nlp, "About 40% of them work there."), 0.05) == (36.0, 44.0)
    assert interval(_figure(nlp, "About 2,000 people work there."), 0.05) == (1800.0, 2200.0)


def test_around_5300_against_4800_is_a_rival_count(nlp):
    assert ConflictKind.NUMERIC in _kinds(nlp, (STAFF, "Outlet A"), (STAFF_ABOUT, "Outlet B"))


def test_near_misses_stay_quiet(nlp):
    # "around 5,300" allows 5,100; "about 40%" allows 41% (one digit, 10%); "nearly 98%"
    # and "more than 97%" overlap.
    assert ConflictKind.NUMERIC not in _kinds(nlp, (STAFF_NEAR, "Outlet A"), (STAFF_ABOUT, "Outlet B"))
    assert ConflictKind.NUMERIC not in _kinds(nlp, (FLEET_ABOUT, "Outlet A"), (FLEET_NEAR, "Outlet B"))
    assert ConflictKind.NUMERIC not in _kinds(nlp, (RUNNERS_NEARLY, "Outlet A"), (RUNNERS_MORE, "Outlet B"))
    # ... while "about 40%" against "46%" was a conflict before the round and still is.
    assert ConflictKind.NUMERIC in _kinds(nlp, (FLEET_ABOUT, "Outlet A"), (FLEET_FAR, "Outlet B"))
