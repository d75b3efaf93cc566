"""Round k77: a general false-alarm cause of round g77's review (docs/review_g77.md).
Sentences written for these tests, not the gold.

b. A wish to know a thing ("Every family wants to know it is safe") asserts neither it nor
   its opposite (`contradictions.WISHED`, blanked like g44's `UNSAID`): no contradiction
   with "dangerous". (a., a contrast's "not", was measured and dropped: docs/conflicts.md.)"""

from __future__ import annotations

from datetime import date

from claims.conflicts.contradictions import WISHED
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _conflicts

DAY = date(2026, 3, 2)
FAIR = "The Harbour Fair was held at Kelby docks in June. "


def _contradictions(nlp, lead, a, b):
    return [c for c in _conflicts(nlp, lead + a, lead + b, DAY, DAY) if c.kind is ConflictKind.CONTRADICTION]


def test_b_a_wish_to_know_asserts_nothing(nlp):
    a = '"Every parent who sends a child to this fair wants to know it is safe," said Councillor Jory Penwith.'
    b = "An inspection found the fair's main ride was dangerous."
    assert not _contradictions(nlp, FAIR, a, b)
    assert WISHED.search("residents want to find out whether the water was clean")


def test_b_a_plain_assessment_still_opposes(nlp):
    # near misses: said without a wish, or known ("we know it is safe"), it is asserted
    b = "An inspection found the fair's main ride was dangerous."
    assert _contradictions(nlp, FAIR, "Councillor Jory Penwith said the main ride at the fair was safe.", b)
    assert not WISHED.search("we know it is safe")
    assert not WISHED.search("the council wants to close the ride")
