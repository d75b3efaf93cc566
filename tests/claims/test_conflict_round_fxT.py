"""Round fxT (from round r104's review): a negated act whose object a quality word narrows
("has never built a house fit for a family") denies a thing of that quality, not the
act: a claim telling that the act is done ("the firm built 300 houses on the estate last
year") does not contradict it unless it names the quality too. Sentences written for
these tests, about none of the gold cases; each test has a near miss."""

from datetime import date

from claims.conflicts.contradictions import _quality_narrowing, _Wording
from claims.overlap import topic_stems
from tests.claims.test_conflict_round_t11 import _joins
from tests.claims.test_conflict_round_u40 import _contradictions


def _act(word: str) -> str:
    return min(topic_stems(word))


def test_a_quality_word_after_the_object_narrows_the_negated_act():
    assert _quality_narrowing("built a single house fit for a family", _act("built")) == topic_stems("fit")
    assert _quality_narrowing("printed a newspaper worth reading", _act("printed")) == topic_stems("worth")
    # Near misses: no quality word, or one right after the act (no object before it).
    assert _quality_narrowing("built any houses on the estate", _act("built")) == frozenset()
    assert _quality_narrowing("sold worthy causes short", _act("sold")) == frozenset()


def test_an_act_denied_of_things_of_a_quality_does_not_oppose_the_act_told():
    denying = _Wording.of('Its chairman said the printworks "has never printed a newspaper worth reading"')
    telling = _Wording.of("The printworks printed 40,000 newspapers at its Kelderby site last week")
    assert denying.opposed_to(telling) is None
    assert telling.opposed_to(denying) is None


def test_an_act_denied_with_its_quality_still_opposes_the_act_told_with_it():
    # Near miss: the asserting claim names the quality too.
    denying = _Wording.of('Its chairman said the printworks "has never printed a newspaper worth reading"')
    telling = _Wording.of("Readers said the printworks printed newspapers worth reading for forty years")
    assert denying.opposed_to(telling) is not None


def test_a_negated_act_without_a_quality_word_still_opposes_the_act_told():
    # Near miss: no quality word narrows the object.
    denying = _Wording.of("The printworks has never printed newspapers at its Kelderby site, the union said")
    telling = _Wording.of("The printworks printed 40,000 newspapers at its Kelderby site last week")
    assert denying.opposed_to(telling) is not None


def test_two_outlets_quality_denial_and_the_act_do_not_contradict(nlp):
    first = ("Pellham Media bought the Kelderby printworks in March, the company said on Monday. "
             "Pellham Media printed 40,000 newspapers at the Kelderby printworks last week, the company said.")
    second = ("Pellham Media bought the Kelderby printworks in March, printers said on Tuesday. "
              "The head of the printers' guild said the Kelderby printworks \"has never printed a newspaper worth reading\".")
    pairs = _contradictions(nlp, (first, "Outlet A", date(2027, 9, 6)), (second, "Outlet B", date(2027, 9, 7)))
    assert not _joins(pairs, "printed 40,000 newspapers", "never printed a newspaper")
