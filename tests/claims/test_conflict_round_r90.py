"""Round r90, a twenty-seventh fact-checker's review of fresh stories (docs/review_r90.md):
a car maker's brake recall, an arts council's cuts to regional theatres, a council's
selective landlord licensing scheme. Defects fixed, with near misses. Sentences written
for these tests, not the gold.

a. "a misreading of ..." rejects what it is said of (conflict_dispute_cues.txt):
   `rejects_a_claim` read no rejecting word in "calling the figure 'a misreading of the
   rota'", so such a clause was no rejection claim of its own and the dispute of the
   figure it answers was missed (r87's two, h80's, r90's). The verb ("he had misread the
   letter"), which a speaker says of his own mistakes, stays no rejection."""

from __future__ import annotations

from datetime import date

from claims.lexicon import rejects_a_claim
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _conflicts

DAY = date(2026, 5, 12)
LATER = date(2026, 5, 20)


def _kinds(nlp, a, b, kind, a_day=DAY, b_day=LATER):
    return [c for c in _conflicts(nlp, a, b, a_day, b_day) if c.kind is kind]


def test_a_a_misreading_rejects_the_figure():
    assert rejects_a_claim('calling the figure "a misreading of the rota"')
    assert rejects_a_claim("the union's claim was a misreading of the hospital's own data")


def test_a_a_misreading_is_a_dispute_of_the_rival_figure(nlp):
    a = ("Nurses at the Pellbrook hospital will strike next week, the Nursing Staff Union said. "
         "The union said 380 shifts had gone unfilled in March.")
    b = ("The Pellbrook hospital trust said the union's count of unfilled shifts was \"a misreading of the rota\". "
         "Its director of nursing said the wards had been fully staffed on most days.")
    assert _kinds(nlp, a, b, ConflictKind.DISPUTE)


def test_a_the_verb_of_ones_own_mistake_rejects_nothing():
    # near misses: a speaker's own mistake, and reading as an activity
    assert not rejects_a_claim("He later said he had misread the letter from the regulator")
    assert not rejects_a_claim("the pupils' reading improved by two grades")
