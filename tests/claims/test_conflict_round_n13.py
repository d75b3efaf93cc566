"""Rules of the n13 round of the numeric conflict rule: more measures news copy words two
ways (rides / trips, stores / shops, trains / services, chickens / birds); a later article's
running total reached by an addition ("bringing the total to") replaces an earlier count.
Sentences written for these tests; each rule has a near miss."""

from datetime import date

from claims.conflicts.numeric import _revision_of_earlier, measure_stems
from claims.conflicts import find_conflicts
from claims.models import ConflictKind, Quantity
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 6, 3)


def _numeric_between(nlp, a, b, a_day=DAY, b_day=DAY):
    refs = _claims(nlp, "a", a, "Outlet A", a_day) + _claims(nlp, "b", b, "Outlet B", b_day)
    return [c for c in find_conflicts(refs) if c.kind is ConflictKind.NUMERIC]


# --- measures worded two ways ------------------------------------------------------------------


def _measure(words: str) -> frozenset[str]:
    return measure_stems(Quantity(surface="1", start_char=0, end_char=1, value=1.0, unit="count", measure=words))


def test_rides_and_trips_stores_and_shops_chickens_and_birds_are_one_measure():
    assert _measure("ride") & _measure("trip")
    assert _measure("store") & _measure("shop")
    assert _measure("chicken") & _measure("bird")
    assert _measure("train") & _measure("service")
    # Near misses: trains and buses of one strike are two counts; bikes are no rides.
    assert not _measure("train") & _measure("bus")
    assert not _measure("ride") & _measure("bike")


def test_rides_and_trips_of_one_scheme_conflict(nlp):
    a = "Lorvik's bike-share scheme recorded 412,000 rides in its first year, the Lorvik transport authority said."
    b = "Users made 265,000 trips on Lorvik's shared bikes in the scheme's first year, data obtained by the paper show."
    assert _numeric_between(nlp, a, b)
    # Near miss: the scheme's bikes are not its rides.
    b = "The Lorvik scheme has 265,000 registered users and 1,150 bikes, data obtained by the paper show."
    assert not _numeric_between(nlp, a, b)


# --- a running total -----------------------------------------------------------------------------


def test_a_later_running_total_replaces_an_earlier_count(nlp):
    earlier = _claims(nlp, "a", "Some 180,000 chickens will be culled at three farms near Tarrow, the ministry said.",
                      "Outlet A", date(2026, 6, 1))
    later = _claims(nlp, "b", "A fourth farm was added to the cull on Wednesday, the ministry said, bringing the "
                    "total to 215,000 birds.", "Outlet B", date(2026, 6, 3))
    (ra,) = [r for r in earlier if r.claim.quantities]
    (rb,) = [r for r in later if any(q.surface == "215,000" for q in r.claim.quantities)]
    qa = ra.claim.quantities[0]
    (qb,) = [q for q in rb.claim.quantities if q.surface == "215,000"]
    assert _revision_of_earlier(qa, ra, qb, rb)
    # Near miss: a total of the same day is a rival count.
    same_day = ra.model_copy(update={"published": date(2026, 6, 3)})
    assert not _revision_of_earlier(qa, same_day, qb, rb)
