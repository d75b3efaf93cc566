"""Rules of the c22 round (claims/data/conflict_directions.txt): a place or service said to
stay open by one and to close, be shut or suspended by the other ("Schools in the district
remain open" / "All four primary schools in the district closed on Thursday"), and said to
stay closed by one and to reopen by the other. Being direction rows, the two claims must
also share a word of what they are about. Sentences written for these tests; each rule has
near misses."""

from datetime import date

import pytest

from claims.conflicts import _Wording, find_conflicts
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims

DAY = date(2027, 5, 11)


def _kinds(nlp, a, b):
    refs = _claims(nlp, "a", a, "Outlet A", DAY) + _claims(nlp, "b", b, "Outlet B", DAY)
    return {c.kind for c in find_conflicts(refs)}


def _opposed(a: str, b: str):
    return _Wording.of(a).opposed_to(_Wording.of(b))


@pytest.mark.parametrize("a, b", [
    ("Schools in the valley remain open", "All three primary schools in the valley closed on Friday"),
    ("The museum would stay open to visitors during the works", "Guided tours of the museum have been suspended"),
    ("The coastguard station at Penhale will close in April", "the station would stay open until at least the autumn"),
    ("the ring road had remained open all night", "the ring road had been shut until Monday morning"),
    ("The clinic will stay shut for the rest of the month", "the clinic will reopen next week"),
])
def test_kept_open_against_closed(a, b):
    assert _opposed(a, b)


@pytest.mark.parametrize("a, b", [
    ("The footbridge closed on Monday for repairs", "the footbridge reopened on Thursday"),  # a closure, then its end
    ("The shops stayed open late", "the roads were shut by police"),  # two things, no word shared
    ("Talks remain open", "negotiators are close to a deal"),  # "close to" is no closing
    ("The library will remain closed on Sundays", "the swimming pool reopened in May"),  # two places
    ("The ferry closed on Monday and reopened on Thursday", "the ferry crossing reopened"),  # both sides in one claim
])
def test_near_miss_not_kept_open_against_closed(a, b):
    assert not _opposed(a, b)


def test_kept_open_against_closed_through_the_rules(nlp):
    a = "The county council said schools in the valley remain open despite the flooding."
    b = "Head teacher Ruth Amory said all three primary schools in the valley closed on Friday because of the flooding."
    assert ConflictKind.CONTRADICTION in _kinds(nlp, a, b)


def test_near_miss_another_place_closed_through_the_rules(nlp):
    a = "The trust said the museum will stay open to visitors during the works."
    b = "Police said the coastal road was closed on Friday after a landslide."
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)
