"""The thirty-sixth session's lead: small fixes of code the last rounds left (docs/conflicts.md,
"Lead, thirty-sixth session"). Sentences written for these tests, not the gold."""

from __future__ import annotations

import pytest

from claims.conflicts.job_promises import promises_no_job_loss
from claims.conflicts.told_claims import COUNTED_AFFIRMATION, changed_figure_answer


@pytest.mark.parametrize("text", [
    "There'll be no compulsory redundancies at the Harnley depot, the firm said.",
    "“Nobody’ll lose their job because of the move,” the chief executive told staff.",
])
def test_a_contracted_will_makes_a_denial_a_promise(text):
    # c97's "'ll" marker was never matched: the word boundary before it failed after "There".
    assert promises_no_job_loss(text)


def test_a_near_miss_a_contraction_of_another_verb_promises_nothing():
    assert not promises_no_job_loss("There's been no compulsory redundancy at the Harnley depot, the firm said.")


@pytest.mark.parametrize("text", ["Twelve of them did.", "Fifteen were.", "A couple of them did."])
def test_a_counted_answer_in_any_number_word_affirms(text):
    # The number words are time_limits.NUMBER_WORDS' (eleven, twelve, fifteen, twenty ...).
    assert COUNTED_AFFIRMATION.match(text)


def test_a_multiple_from_the_shared_data_file_sizes_a_told_change():
    # claims/data/conflict_figure_multiples.txt: "halved" is a fall of 50%, not the told 10%.
    assert changed_figure_answer("complaints would fall by 10%", "Our complaints halved.")
    assert not changed_figure_answer("complaints would fall by 50%", "Our complaints halved.")
