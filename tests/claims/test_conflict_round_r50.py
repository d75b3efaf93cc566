"""Round r50 (the fact-checker's review u49): two claims several rules set against each other
are one disagreement, reported once (`one_per_claim_pair`): the kind by `KIND_PRECEDENCE`
(dispute > numeric > contradiction), the dropped kinds' reasons appended to the kept one.
docs/conflicts.md, "doubled pairs are one disagreement"."""

from datetime import date

from claims.conflicts import ALSO, KIND_PRECEDENCE, find_conflicts, one_per_claim_pair
from claims.models import Conflict, ConflictKind
from tests.claims.test_figure_roles import _claims


def _conflict(kind, a, b, score, reason=None):
    return Conflict(conflict_id=Conflict.make_id(kind, a, b), claim_a=a, claim_b=b, kind=kind, score=score,
                    reason=reason or f"{kind.value} reason")


DISPUTE = _conflict(ConflictKind.DISPUTE, "y", "x", 0.6)
NUMERIC = _conflict(ConflictKind.NUMERIC, "x", "y", 0.9)
CONTRADICTION = _conflict(ConflictKind.CONTRADICTION, "x", "y", 0.5)


def test_the_kind_kept_is_by_precedence_not_by_score_or_order():
    assert list(KIND_PRECEDENCE) == [ConflictKind.DISPUTE, ConflictKind.NUMERIC, ConflictKind.CONTRADICTION]
    for order in ([NUMERIC, DISPUTE, CONTRADICTION], [CONTRADICTION, NUMERIC, DISPUTE]):
        (kept,) = one_per_claim_pair(order)
        # the dispute's id, claims and score (a verdict on it stays attached) ...
        assert (kept.conflict_id, kept.claim_a, kept.claim_b, kept.score) == (DISPUTE.conflict_id, "y", "x", 0.6)
        # ... and the others' evidence after its own reason, in precedence order
        assert kept.reason == f"dispute reason{ALSO}numeric reason{ALSO}contradiction reason"
    (kept,) = one_per_claim_pair([CONTRADICTION, NUMERIC])
    assert kept.kind is ConflictKind.NUMERIC and kept.reason == f"numeric reason{ALSO}contradiction reason"


def test_other_pairs_and_single_conflicts_are_untouched():
    # Near misses: one claim shared is another disagreement; a conflict told once is as it was.
    other = _conflict(ConflictKind.CONTRADICTION, "x", "z", 0.4)
    kept = one_per_claim_pair([NUMERIC, other])
    assert sorted(kept, key=lambda c: c.conflict_id) == sorted([NUMERIC, other], key=lambda c: c.conflict_id)
    assert one_per_claim_pair([]) == []
    # the inputs are not changed (pure)
    one_per_claim_pair([DISPUTE, NUMERIC])
    assert DISPUTE.reason == "dispute reason"


def test_the_reviewers_example_is_one_numeric_conflict(nlp):
    # u49: the same two claims were #1 [contradiction] and #2 [numeric].
    text = "The mayor said crime fell 20% last year. The police chief said crime rose 15% last year."
    found = find_conflicts(_claims(nlp, "a", text, "Daily Post", date(2026, 11, 23)))
    assert len(found) == 1
    (conflict,) = found
    assert conflict.kind is ConflictKind.NUMERIC
    figures, also = conflict.reason.split(ALSO)
    assert "'20%'" in figures and "'15%'" in figures and "do not overlap" in figures
    assert 'says "fell" and' in also and '"rose"' in also  # (y58) the words as written


# --- the speaker's kind is kept on the claim (for the ClaimReview export's claimant) ----------

def test_claims_keep_the_kind_of_their_speaker(nlp):
    from claims.extract import extract_claims
    from claims.models import Article

    text = ("The passenger group Rail Watch said the figure was false. Transport minister Hal Osei said the "
            "network was improving.")
    article = Article(article_id="t1", source="t1.txt", text=text, outlet="Daily Post")
    kinds = {c.speaker: c.speaker_kind for c in extract_claims(article, nlp(text))}
    assert kinds == {"Rail Watch": "org", "Hal Osei": "person"}
