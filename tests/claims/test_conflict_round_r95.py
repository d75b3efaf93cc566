"""Round r95 (docs/review_r95.md): two readings the review's first run showed wrong.

Sentences written for these tests in news style, not copied from the gold."""
from claims.conflicts.contradictions import _change_row, _opposite_words
from claims.lexicon import rejects_a_claim


def _change_sides(text: str) -> tuple[str | None, str | None]:
    left, right = _opposite_words(text)
    return left[_change_row()], right[_change_row()]


def test_particle_after_a_pronoun_object_is_no_direction():
    # "set it up": the particle of a phrasal verb with its object between, not a rise.
    assert _change_sides("Advisers will call on older customers to help them set it up") == (None, None)
    assert _change_sides("The council said the campaigners had made them up") == (None, None)
    assert _change_sides("The agency said it would shut it down by June") == (None, None)


def test_particle_as_a_direction_still_read():
    assert _change_sides("Card payments at the market went up by a third")[0] is not None
    assert _change_sides("Fares are up 6% on last year")[0] is not None
    assert _change_sides("Ticket sales have come down since March")[1] is not None


def test_neither_was_wrong_rejects_nothing():
    # An agreement: both figures granted ("neither was wrong").
    assert not rejects_a_claim("the two surveys counted different visitors and neither was wrong")
    assert not rejects_a_claim("Neither figure is wrong, the statistics office said")


def test_a_rejection_still_read():
    assert rejects_a_claim("the museum's visitor figure was wrong")
    assert rejects_a_claim("both counts were wrong, the auditor said")
