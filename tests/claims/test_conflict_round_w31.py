"""Round w31 (disputes answered to the wrong claim): docs/conflicts.md, "Added in round w31".
Sentences written for these tests, about none of the gold cases; each has a near miss."""

from types import SimpleNamespace

import claims.conflicts.disputes as cc_disputes
from claims.overlap import topic_stems


def _rejecter(speaker, mention=None):
    return SimpleNamespace(speaker=speaker, speaker_mention=mention)


def test_the_rejecters_name_is_cut_from_the_words_a_target_must_share():
    sentence = "Kelvary Power denied that its equipment started the blaze at Thornaby Mill."
    words = topic_stems(cc_disputes._without_rejecter(sentence, _rejecter("Kelvary Power")))
    # A claim about the company ("Kelvary Power was fined last year") no longer shares
    # words with the rejection through the company's name alone.
    assert topic_stems("Kelvary Power").isdisjoint(words)
    # What was said stays: the equipment, the blaze, the mill.
    assert topic_stems("equipment blaze Thornaby Mill") <= words


def test_the_mention_is_cut_too_and_case_does_not_matter():
    sentence = "The network operator said it had found no fault on the line to Quillby."
    words = topic_stems(cc_disputes._without_rejecter(
        sentence, _rejecter("Penhallow Networks", mention="the Network Operator")))
    assert topic_stems("network operator").isdisjoint(words)
    assert topic_stems("fault line Quillby") <= words


def test_a_word_of_the_name_written_elsewhere_stays():
    # Near miss: a water company rejecting an assurance on drinking water; "water" is
    # what was said, not only its name.
    sentence = "Ashby Water rejected the chemical company's assurance on drinking water."
    words = topic_stems(cc_disputes._without_rejecter(sentence, _rejecter("Ashby Water")))
    assert topic_stems("drinking water") <= words
    assert topic_stems("Ashby").isdisjoint(words)


def test_a_sentence_not_naming_the_rejecter_is_unchanged():
    sentence = "A spokeswoman said the figures were out of date."
    assert cc_disputes._without_rejecter(sentence, _rejecter("Kelvary Power")) == sentence
    assert cc_disputes._without_rejecter(sentence, _rejecter(None)) == sentence


def test_a_claim_reached_only_through_the_name_is_answered_last_at_step_5s_score():
    target = object()
    assert cc_disputes._claim_of(None) is None
    found = cc_disputes._claim_of((True, 0.5, 0.0, True, -10, target))
    assert found == (target, "the claim of", 0.75, [], False)
    # Capped as step 5 caps it.
    assert cc_disputes._claim_of((True, 2.0, 0.0, True, -10, target))[2] == 0.9
