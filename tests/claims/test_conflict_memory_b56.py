"""(b56) Round b56 made the numeric rule's kept answers (`_Facts`) smaller without changing
them: an empty set of words is the one shared empty set, and an answer is keyed by one int
per kind instead of a tuple of four."""

from __future__ import annotations

from claims.conflicts.numeric import _Facts, _shared_empty
from claims.overlap import NO_STEMS


class _Thing:
    """Any object the rule asks about (a claim or a figure): keyed by identity."""


def test_empty_answers_are_the_one_shared_empty_set():
    facts = _Facts()
    answers = [facts._get("frame", _Thing(), lambda: frozenset()) for _ in range(5)]
    assert all(a is NO_STEMS for a in answers)
    assert _shared_empty(frozenset(s for s in ())) is NO_STEMS


def test_near_miss_answers_that_are_not_empty_sets_are_kept_as_made():
    kept = frozenset({"harbour", "toll"})
    assert _shared_empty(kept) is kept
    # An empty tuple, a None, a False or a zero is no set of words: returned as it came.
    for other in ((), None, False, 0, ""):
        assert _shared_empty(other) is other


def test_answers_are_kept_per_object_claim_and_flag():
    facts = _Facts()
    figure, claim_a, claim_b = _Thing(), _Thing(), _Thing()
    made = []

    def make(word):
        def run():
            made.append(word)
            return frozenset({word})
        return run

    alone = facts._get("measure", figure, make("alone"))
    by_a = facts._get("measure", figure, make("by a"), claim=claim_a)
    by_b = facts._get("measure", figure, make("by b"), claim=claim_b)
    flagged = facts._get("measure", figure, make("flagged"), flag=True)
    other_kind = facts._get("head", figure, make("head"))
    # Asked again, each is the answer first made, not made again.
    assert facts._get("measure", figure, make("x")) is alone
    assert facts._get("measure", figure, make("x"), claim=claim_a) is by_a
    assert facts._get("measure", figure, make("x"), claim=claim_b) is by_b
    assert facts._get("measure", figure, make("x"), flag=True) is flagged
    assert facts._get("head", figure, make("x")) is other_kind
    assert made == ["alone", "by a", "by b", "flagged", "head"]


# (b56) The contradiction rule's readings share the sets two claims of one text make, and
# its per-article tables keep only the keys some claim looks up.

def test_readings_of_one_text_share_their_sets():
    from claims.conflicts.contradictions import _Wording
    from claims.overlap import sharing_stem_sets
    text = "The ferry operator did not cancel the evening crossings to the island"
    with sharing_stem_sets():
        a, b = _Wording.of(text), _Wording.of(text)
    for field in ("nouns_only", "preposition_heads", "verbal_heads", "negated_clauses"):
        assert getattr(a, field) == getattr(b, field)
        assert getattr(a, field) is getattr(b, field), field
    assert a.opposed_to(_Wording.of("The ferry operator cancelled the evening crossings")) \
        == b.opposed_to(_Wording.of("The ferry operator cancelled the evening crossings"))


def test_near_miss_outside_a_run_readings_are_not_shared_but_equal():
    from claims.conflicts.contradictions import _Wording
    text = "The ferry operator did not cancel the evening crossings to the island"
    a, b = _Wording.of(text), _Wording.of(text)
    assert a == b
