"""x58 (u57's review): a described or anonymous speaker is published under no Person name,
and a claim reviewed in several confirmed conflicts is one ClaimReview with one rating."""

from datetime import datetime

from claims.claimreview import claim_review, claim_reviews
from claims.models import ConflictKind
from tests.desk.test_exports import hostile_view


def test_a_described_speaker_is_no_person_name():
    for kind in ("group", "document", "other"):
        item = claim_review(hostile_view(a_speaker="person with knowledge of the deal",
                                         a_speaker_role=None, a_speaker_kind=kind))["itemReviewed"]
        assert "author" not in item, kind
        assert item["appearance"]["url"] == "https://example.org/a"
    # Near misses: a named person and an organisation keep their author.
    named = claim_review(hostile_view(a_speaker_kind="person"))["itemReviewed"]
    assert named["author"] == {"@type": "Person", "name": "Mayor <i>X</i>", "jobTitle": "mayor"}
    org = claim_review(hostile_view(a_speaker="Marchbridge", a_speaker_kind="org"))["itemReviewed"]
    assert org["author"] == {"@type": "Organization", "name": "Marchbridge"}


def test_one_claim_in_several_confirmed_conflicts_is_one_review():
    strong = hostile_view(conflict_id="c1", score=0.9)
    weak = hostile_view(conflict_id="c2", score=0.4, kind=ConflictKind.DISPUTE, claim_b="b2",
                        b_text="the budget is fine", review_note=None, reason="Rivals reject it",
                        reviewer="Bo", reviewed_at=datetime(2024, 3, 1, 9))
    other = hostile_view(conflict_id="c3", claim_a="a9", score=0.5)
    graph = claim_reviews([weak, other, strong])["@graph"]
    assert [r["identifier"] for r in graph] == ["c1", "c3"]  # one per claim, the strongest's id
    (review, _) = graph
    assert review["reviewRating"]["alternateName"] == "Conflicting figures and Disputed"
    assert review["reviewRating"]["ratingExplanation"] == (
        "the <b>second</b> figure is from a draft; Rivals reject it")
    assert "cost $9 million" in review["reviewBody"] and "the budget is fine" in review["reviewBody"]
    assert review["datePublished"] == "2024-03-01"  # the latest verdict
    assert review["author"] == [{"@type": "Person", "name": "Ana"}, {"@type": "Person", "name": "Bo"}]
    # Near miss: a claim of one conflict reads as before.
    assert graph[1] == claim_review(other)
