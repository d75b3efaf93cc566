"""Rules of the c23 round: a dispute's own words are read as an assessment too ("the
council rejected claims that the repairs had stalled, saying the repairs were on
schedule" holds "on schedule"), but not the words it rejects, not its negations, not its
direction words, and only against a claim sharing a word with it besides the opposed ones.
Sentences written for these tests; each has near misses."""

from datetime import date

import pytest

from claims.conflicts import find_conflicts
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims

DAY = date(2027, 3, 2)
REJECTING = ("The council rejected claims that the bridge repairs had stalled, saying the bridge repairs "
             "were on schedule.")


def _contradictions(nlp, a, b):
    refs = _claims(nlp, "a", a, "Outlet A", DAY) + _claims(nlp, "b", b, "Outlet B", DAY)
    return [c for c in find_conflicts(refs) if c.kind is ConflictKind.CONTRADICTION]


def test_what_a_dispute_holds_opposes_another_claim(nlp):
    found = _contradictions(nlp, REJECTING, "The contractor said the bridge repairs were behind schedule.")
    assert len(found) == 1
    assert "on schedule" in found[0].reason and "behind schedule" in found[0].reason


@pytest.mark.parametrize("b", [
    # what the dispute rejects is not what it holds: the two agree
    "The contractor said the bridge repairs had stalled.",
    # opposite words of two things sharing no other word
    "The contractor said the ferry timetable was behind schedule.",
])
def test_near_miss_a_dispute_and_another_claim(nlp, b):
    assert not _contradictions(nlp, REJECTING, b)


def test_the_rejected_words_are_not_the_disputes_own(nlp):
    a = "The council rejected claims that the bridge repairs were behind schedule."
    assert not _contradictions(nlp, a, "The contractor said the bridge repairs were on schedule.")


def test_two_assessments_still_oppose(nlp):
    found = _contradictions(nlp, "The council said the bridge repairs were on schedule.",
                            "The contractor said the bridge repairs were behind schedule.")
    assert len(found) == 1


# --- the words a dispute holds (unit level: extraction mostly gives the held clause a
# claim of its own, so a dispute holding an assessment is rare in extracted text) ---------

ROW_OWN = "Claims that the ferry crossing was unsafe are false, adding that the ferry crossing was safe"


def _judged(nlp, own_text, dispute):
    from claims.conflicts.common import _Judged
    ref = _claims(nlp, "a", "Claims that the ferry crossing was unsafe are false, the ferry operator said.",
                  "Outlet A", DAY)[0]
    return _Judged(ref=ref, claim=ref.claim, index=0, own_text=own_text, stems=frozenset(), is_dispute=dispute)


def test_a_dispute_holds_its_own_words_not_those_it_rejects(nlp):
    from claims.conflicts.common import _held_by
    from claims.conflicts.contradictions import _Wording
    held = _held_by(_judged(nlp, ROW_OWN, True))
    assert "unsafe" not in held and "safe" in held
    assert _Wording.of(held).opposed_to(_Wording.of("the ferry crossing was dangerous"))
    # read whole, the dispute holds both sides of the row and opposes nothing
    assert not _Wording.of(ROW_OWN).opposed_to(_Wording.of("the ferry crossing was dangerous"))
    # a claim that is no dispute holds all its words
    assert _held_by(_judged(nlp, ROW_OWN, False)) == ROW_OWN


def test_a_dispute_opposes_only_a_claim_sharing_its_matter(nlp):
    from claims.conflicts.common import _share_matter
    dispute = _judged(nlp, ROW_OWN, True)
    same = _judged(nlp, "the ferry crossing was dangerous", False)
    other = _judged(nlp, "the harbour steps were dangerous", False)
    assert _share_matter(dispute, same, ("safe", "dangerous"))
    assert not _share_matter(dispute, other, ("safe", "dangerous"))
    # direction words are in most claims of a story: not read in a dispute
    assert not _share_matter(dispute, same, ("fallen", "higher"))
