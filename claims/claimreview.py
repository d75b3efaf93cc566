"""Confirmed conflicts as schema.org `ClaimReview` JSON-LD, the format fact-checking
outlets publish and search engines read (https://schema.org/ClaimReview).

One review per conflict, of its first claim (`claim_a`: the disputed or the earlier one):
its claimant is the claim's speaker (`itemReviewed.author`), its appearance the article
it was read in; the conflicting claim and the reason are in `reviewBody`. The rating is
textual (`alternateName`), as for most fact-checks: a confirmed conflict says the claim
is disputed or contradicted, not that it is false; the reviewer's note explains it.
Only conflicts whose latest verdict is `confirmed` belong here: the caller selects them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from claims.models import ConflictKind, ConflictView

SCHEMA_CONTEXT = "https://schema.org"

# What a confirmed conflict of each kind says of the reviewed claim.
RATING_NAMES = {
    ConflictKind.DISPUTE: "Disputed",
    ConflictKind.NUMERIC: "Conflicting figures",
    ConflictKind.CONTRADICTION: "Contradicted",
}


def _drop_empty(item: dict[str, Any]) -> dict[str, Any]:
    """JSON-LD omits unknown properties rather than giving them null."""
    return {k: v for k, v in item.items() if v not in (None, "", {}, [])}


def _person(name: str | None, role: str | None = None) -> dict[str, Any] | None:
    if not name:
        return None
    return _drop_empty({"@type": "Person", "name": name, "jobTitle": role})


# (r50) Speaker kinds (`Claim.speaker_kind`) exported as a schema.org Organization: a
# company, body or outlet ("Corravale Trains" was exported as a Person). schema.org's author
# is a Person or an Organization, and neither fits the other kinds (a report, two parties
# together, "residents"): they stay a Person, as before.
ORGANIZATION_KINDS = frozenset({"org"})


def _claimant(name: str | None, role: str | None, kind: str | None) -> dict[str, Any] | None:
    """The claim's author: an Organization when attribution resolved the speaker as one,
    else a Person (also when the kind is unknown: a claim stored before round r50 is
    exported as before until its article is read again)."""
    if kind in ORGANIZATION_KINDS and name:
        return _drop_empty({"@type": "Organization", "name": name})
    return _person(name, role)


def _other_claim(c: ConflictView) -> str:
    who = c.b_speaker or "an unattributed source"
    where = ", ".join(x for x in (c.b_outlet, c.b_published.isoformat() if c.b_published else None) if x)
    return f"Conflicts with {who}{f' ({where})' if where else ''}: \u201c{c.b_text}\u201d"


def claim_review(c: ConflictView) -> dict[str, Any]:
    """The ClaimReview of one confirmed conflict."""
    appearance = _drop_empty({
        "@type": "CreativeWork",
        "url": c.a_url,
        "headline": c.a_title,
        "datePublished": c.a_published.isoformat() if c.a_published else None,
        "publisher": _drop_empty({"@type": "Organization", "name": c.a_outlet}) if c.a_outlet else None,
    })
    item = _drop_empty({
        "@type": "Claim",
        "author": _claimant(c.a_speaker, c.a_speaker_role, c.a_speaker_kind),
        "datePublished": c.a_published.isoformat() if c.a_published else None,
        "appearance": appearance if len(appearance) > 1 else None,
    })
    rating = _drop_empty({
        "@type": "Rating",
        "alternateName": RATING_NAMES[c.kind],
        "ratingExplanation": c.review_note or c.reason,
    })
    return _drop_empty({
        "@type": "ClaimReview",
        "identifier": c.conflict_id,
        "claimReviewed": c.a_text,
        "datePublished": c.reviewed_at.date().isoformat() if c.reviewed_at else None,
        "author": _person(c.reviewer),
        "itemReviewed": item,
        "reviewRating": rating,
        "reviewBody": f"{c.reason}. {_other_claim(c)}",
    })


def claim_reviews(conflicts: Sequence[ConflictView]) -> dict[str, Any]:
    """A JSON-LD document holding the reviews of the confirmed conflicts given."""
    return {"@context": SCHEMA_CONTEXT,
            "@graph": [claim_review(c) for c in conflicts if c.status == "confirmed"]}


def render_claim_reviews(conflicts: Sequence[ConflictView]) -> str:
    return json.dumps(claim_reviews(conflicts), indent=2, ensure_ascii=False)
