"""A price's close is no closure (lead, fourteenth session; round f31's review): "no plans
to close the plant" and "the company's shares closed 4.2% lower" are no contradiction."""

from claims.conflicts import find_conflicts
from claims.models import ConflictKind
from tests.claims.test_conflicts import statement

DENIAL = ("Pellow Foods has no plans to close the Tarrant bakery, the company said",
          "Pellow Foods has no plans to close the Tarrant bakery", "Pellow Foods", "Outlet A")


def _pair(other: str, speaker: str = "unattributed"):
    first = statement("a1", DENIAL[1], DENIAL[2], DENIAL[3])
    second = statement("b1", other, speaker, "Outlet B")
    return find_conflicts([first, second])


def test_a_share_price_closing_lower_is_no_closure():
    assert _pair("Pellow Foods shares closed 4.2% lower after it cut jobs at the Tarrant bakery") == []
    assert _pair("Pellow Foods shares closed down 3% as jobs at the Tarrant bakery were cut") == []


def test_near_miss_the_bakery_closing_is_still_a_closure():
    conflicts = _pair("Pellow Foods will close the Tarrant bakery in March, staff were told")
    assert [c.kind for c in conflicts] == [ConflictKind.CONTRADICTION]
