"""Rules of the m53 round kept on main: a view held by a generic "anyone / whoever / those
who say" is the rejected view, so its negation is not the speaker's. (m53's promised-time
rule was not merged: see docs/conflicts.md.) Sentences written for these tests."""

import pytest

from claims.conflicts.contradictions import _Wording
from claims.quantities import parse_quantities


def _wording(nlp, text: str, speaker: str | None = None) -> _Wording:
    return _Wording.of(text, parse_quantities(text, nlp), speaker)


def _opposed(nlp, a: str, b: str, speakers=("a farmer", "the planning officer")):
    return _wording(nlp, a, speakers[0]).opposed_to(_wording(nlp, b, speakers[1]))


@pytest.mark.parametrize("rejecting, agreeing", [
    ("Anyone who says the new mast will not be visible has never stood on the ridge",
     "the new mast would be visible from the ridge"),
    ("Whoever claims the bridge was not inspected has not read the log",
     "the bridge was inspected in March"),
])
def test_a_rejected_view_is_not_the_speakers_negation(nlp, rejecting, agreeing):
    """(m53) The negation inside "anyone who says ..." is the rejected view's."""
    assert not _opposed(nlp, rejecting, agreeing)


@pytest.mark.parametrize("negated, asserted", [
    # the speaker's own negation, and a named holder's relative clause: still opposed
    ("The new mast will not be visible from the ridge", "the new mast would be visible from the ridge"),
    ("People who live on the ridge were not consulted about the mast",
     "people who live on the ridge were consulted about the mast"),
])
def test_near_misses_keep_the_negation(nlp, negated, asserted):
    assert _opposed(nlp, negated, asserted)
