"""Round h80, a twenty-second fact-checker's review of fresh stories (docs/review_h80.md):
a deposit-return scheme for drinks containers, a council's parking fines and cameras, a
regional theatre's funding cut. Defects fixed, each with near misses. Sentences written
for these tests, not the gold.

a. A generic definition that puts the denied kind after a contrast ("A parcel that is
   left with a neighbour is a delivered parcel, not a lost parcel") says what counts as
   what, as g72's "is not a" does: blanked (`contradictions.GENERIC_DEFINITION`).
b. A wish to see a thing happen ("had no wish to see the library close") and an open
   clause ("would decide in June whether to close", "would lose their jobs if it closed")
   assert neither the thing nor its opposite (`contradictions.WISHED_TO_SEE`,
   `contradictions.OPEN_CLAUSE`)."""

from __future__ import annotations

from datetime import date

from claims.conflicts.contradictions import GENERIC_DEFINITION, OPEN_CLAUSE, WISHED_TO_SEE, _Wording
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _conflicts

DAY = date(2026, 3, 2)


def _contradictions(nlp, lead, a, b):
    return [c for c in _conflicts(nlp, lead + a, lead + b, DAY, DAY) if c.kind is ConflictKind.CONTRADICTION]


def _unread(text):
    w = _Wording.of(text)
    return not w.negated and not w.negated_clauses and not w.denied


# --- a. a definition with a contrast --------------------------------------------------------

POST = "Quillan Couriers has been criticised over parcels that never arrived. "


def test_a_a_definition_with_a_contrast_denies_no_event(nlp):
    a = ('"A parcel that is left with a neighbour is a delivered parcel, not a lost parcel," '
         "said Brannock Tey, the company's operations director.")
    b = "The postal regulator said Quillan Couriers lost 3,200 parcels last year."
    assert not _contradictions(nlp, POST, a, b)
    assert _unread("A loan that is repaid a week late is a late loan, not a defaulted loan")


def test_a_events_and_plain_denials_are_kept(nlp):
    # near misses: a definite subject tells of one parcel, and a plain denial still
    # opposes a count
    assert not GENERIC_DEFINITION.search("The parcel that was left with a neighbour is a delivered parcel, not a lost one")
    assert GENERIC_DEFINITION.search("A bus that runs ten minutes late is a late bus, not a cancelled bus")
    a = "Brannock Tey, the company's operations director, said no parcel had been lost last year."
    b = "The postal regulator said Quillan Couriers lost 3,200 parcels last year."
    assert _contradictions(nlp, POST, a, b)


# --- b. a wish and an open clause -------------------------------------------------------------

MUSEUM = "The Tarrant Museum faces closure after its grant was cut. "


def test_b_a_wish_to_see_asserts_nothing(nlp):
    a = "The arts council said it had no wish to see the museum close."
    b = "The museum's director said it will close in July."
    assert not _contradictions(nlp, MUSEUM, a, b)
    assert _unread("the mayor said she did not want to see the library close")


def test_b_open_clauses_assert_nothing(nlp):
    b = "The arts council said the museum was in no danger of closing this year."
    for a in ("The trustees will decide in June whether to close the museum.",
              "The union said 40 staff would lose their jobs if the museum closed."):
        assert not _contradictions(nlp, MUSEUM, a, b), a
    assert "close" not in _Wording.of("the trustees would decide in June whether to close the museum").left


def test_b_intentions_and_main_clauses_are_kept(nlp):
    # near misses: a plan is no wish, "even if" concedes, and the main clause before
    # "unless" still says the museum will close
    assert not WISHED_TO_SEE.search("the council has no plans to close the library")
    assert not OPEN_CLAUSE.search("the museum will stay open even if visitor numbers fall")
    w = _Wording.of("the council has no plans to close the library")
    assert w.negated or w.negated_clauses
    a = "The museum's director said it will close in July unless a new sponsor is found."
    b = "The arts council said the museum was in no danger of closing this year."
    assert _contradictions(nlp, MUSEUM, a, b)
