"""Round s112: a verb negated of one subject and object, asserted of another thing.

Any predicate negated with what it reaches ("had not cut its grant to the school") was
read as denied by a claim asserting the verb and one more word the negation reached, even
a word after a preposition ("The school will cut its sixth-form classes"). Now the
negated clause's subject or object (`contradictions._negated_frame`: the words before the
negation in its clause, the words after the verb up to a preposition or clause word) must
be named by the asserting claim (`_frame_unmet`). A pronoun subject, or a clause with
neither a subject nor an object, a passive ("had not been paid for March") and a subject
holding a name are read as before.
Sentences written for these tests, about none of the gold cases.
"""

from __future__ import annotations

from claims.conflicts.contradictions import _Wording


def _hit(negating, asserting, speaker=None):
    return _Wording.of(negating, (), speaker).opposed_to(_Wording.of(asserting, (), None))


def test_the_subject_and_object_of_a_negated_verb_are_read():
    frames = _Wording.of("the trust had not cut its funding to Marlowe Academy", (), None).negated_frames
    assert frames and frames[0] and {"trust", "fund"} & frames[0]
    assert not any("marlow" in f for f in frames[0])
    # a pronoun subject is not read here
    assert not any(_Wording.of("It had not cut the funding", (), None).negated_frames or [None])
    # nor a pronoun object: whom "them" means, the asserting claim may name ("tenants")
    assert not any(_Wording.of("the landlord had never warned them before the rent rise", (), None)
                   .negated_frames or [None])


def test_a_verb_denied_of_one_thing_and_asserted_of_another_opposes_nothing():
    assert _hit("the trust had not cut its funding to Marlowe Academy",
                "Marlowe Academy will cut its evening classes from five to two next year") is None
    assert _hit("the authority had never promised that the cafe would open on the first day",
                "Only four of the nine promised kiosks were open when the station reopened") is None
    assert _hit("the company had never planned to sell the mill to developers",
                "it had spent £2m on the mill so far, more than the £1.5m it had planned") is None


def test_a_negated_verb_still_opposes_its_own_subject_or_object():
    # Near misses that must stay opposed: the object or the subject is named by both.
    assert _hit("the trust had not cut its funding to Marlowe Academy",
                "The trust cut its funding to the academy by a fifth")
    assert _hit("the ministry did not publish the inspection report",
                "The inspection report was published in March")
    assert _hit("the authority had never promised that the cafe would open on the first day",
                "The authority promised that the cafe would open on the first day")


def test_a_passive_or_a_named_subject_is_read_as_before():
    # Near misses: a passive's subject is what is acted on, and a name may be called by a
    # common noun on the other side; both still oppose on what the negation reached.
    assert _hit("the union said cleaners had not been paid for March",
                "March wages had been paid in full to all 300 employees")
    assert _hit("Corwen never asked to leave the squad", "the winger had asked to leave the squad")

