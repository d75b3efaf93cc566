"""Confirmed conflicts as schema.org `ClaimReview` JSON-LD, the format fact-checking
outlets publish and search engines read (https://schema.org/ClaimReview).

One review per reviewed claim, the first claim of its confirmed conflicts (`claim_a`: the
disputed or the earlier one): its claimant is the claim's speaker (`itemReviewed.author`)
when attribution named one (a described or anonymous speaker, "a person with knowledge of
the deal", has no name to publish: no `author`), its appearance the article it was read
in; the conflicting claim is in `reviewBody`. A claim in several confirmed conflicts is
one review, not one per conflict with ratings of its own (`combined_review`). The rating is textual
(`alternateName`), as for most fact-checks: a confirmed conflict says the claim is
disputed or contradicted, not that it is false; the reviewer's note explains it (else the
conflict's reason, which `reviewBody` then does not repeat; with a note it opens it).
Only conflicts whose latest verdict is `confirmed` belong here: the caller selects them.

Google's fact-check documentation (developers.google.com/search/docs/appearance/
structured-data/factcheck) requires `claimReviewed`, `reviewRating` (with `alternateName`)
and `url`, and recommends `author` (the fact-checker), `datePublished` and `itemReviewed`
(a `Claim` with `author`, `appearance`, `datePublished`). All are given here but `url`,
which only the operator can know: it is `{publisher_url}#c-{conflict_id}`, the conflict's
anchor in `report --format html` published at that address, and left out without a
publisher URL. Google also asks `claimReviewed` to be short (under 75 characters): the
claim is given whole, as read, rather than cut mid-phrase. Not given: a numeric rating
(`ratingValue`, `bestRating`): a conflict has no scale.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from claims.models import ConflictKind, ConflictView
from claims.readable import readable_role

SCHEMA_CONTEXT = "https://schema.org"
DEFAULT_PUBLISHER = "counterclaim"  # the review's publisher when the operator names none

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
    return _drop_empty({"@type": "Person", "name": name, "jobTitle": readable_role(role)})  # (y58)


# (r50) Speaker kinds (`Claim.speaker_kind`) exported as a schema.org Organization: a
# company, body or outlet ("Corravale Trains" was exported as a Person).
ORGANIZATION_KINDS = frozenset({"org"})
# (x58) Speaker kinds that are a description, not a name: a group or an anonymous source
# ("person with knowledge of the deal", "Marchbridge's chief executive", "sources familiar
# with the negotiations"), a document ("the letter"), anything else attribution could not
# type. Published as a Person's `name` they read as somebody's name; the claim gets no
# `author` instead (schema.org and Google recommend one, neither requires it), and the
# description stays in the report.
DESCRIBED_KINDS = frozenset({"group", "document", "other"})


def _claimant(name: str | None, role: str | None, kind: str | None) -> dict[str, Any] | None:
    """The claim's author: an Organization when attribution resolved the speaker as one, a
    Person when it is a named person (also when the kind is unknown: a claim stored before
    round r50 is exported as before until its article is read again), none when the
    speaker is only described (`DESCRIBED_KINDS`)."""
    if kind in ORGANIZATION_KINDS and name:
        return _drop_empty({"@type": "Organization", "name": name})
    if kind in DESCRIBED_KINDS:
        return None
    return _person(name, role)


def _other_claim(c: ConflictView) -> str:
    who = c.b_speaker or "an unattributed source"
    where = ", ".join(x for x in (c.b_outlet, c.b_published.isoformat() if c.b_published else None) if x)
    return f"Conflicts with {who}{f' ({where})' if where else ''}: \u201c{c.b_text}\u201d"


# Quotation marks that come in pairs: a claim cut from its sentence may hold one of a pair
# (`the trust had "counted the same birds more than once`). Single marks are left alone:
# ’ is also an apostrophe.
CURLY_PAIRS = (("\u201c", "\u201d"), ("\u00ab", "\u00bb"))
STRAIGHT = '"'


def balanced_quotes(text: str) -> str:
    """`text` with each quotation it opens but does not close closed at its end, and each it
    closes without opening opened at its start. The claim was cut from a sentence whose
    quotation runs on past it (or began before it): the quoted words stay marked as quoted,
    which dropping the mark would hide."""
    for opening, closing in CURLY_PAIRS:
        unopened, unclosed = 0, 0
        for ch in text:
            if ch == opening:
                unclosed += 1
            elif ch == closing:
                if unclosed:
                    unclosed -= 1
                else:
                    unopened += 1
        text = opening * unopened + text + closing * unclosed
    if text.count(STRAIGHT) % 2:
        last = text.rindex(STRAIGHT)
        if last and text[last - 1].isdigit():
            return text  # an inch mark (`a 55" screen`), not a quotation
        opens = last == 0 or not text[last - 1].isalnum() and text[last - 1] not in ".,;:!?"
        text = text + STRAIGHT if opens else STRAIGHT + text
    return text


def _publisher(name: str | None, url: str | None) -> dict[str, Any]:
    return _drop_empty({"@type": "Organization", "name": name or DEFAULT_PUBLISHER, "url": url})


def claim_review(
    c: ConflictView, *, publisher: str | None = None, publisher_url: str | None = None
) -> dict[str, Any]:
    """The ClaimReview of one confirmed conflict. `publisher` is the organisation publishing
    the reviews (`COUNTERCLAIM_PUBLISHER`, else `DEFAULT_PUBLISHER`), `publisher_url` where
    (`COUNTERCLAIM_PUBLISHER_URL`): the page holding the HTML report. The review's `author`
    is the reviewer when the verdict names one, else the publisher: schema.org and Google
    want an author, and a verdict recorded without `$USER` has no reviewer."""
    organisation = _publisher(publisher, publisher_url)
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
    # Without a note the reason is the rating's explanation already: not said twice.
    body = f"{c.reason}. {_other_claim(c)}" if c.review_note else _other_claim(c)
    return _drop_empty({
        "@type": "ClaimReview",
        "identifier": c.conflict_id,
        "url": f"{publisher_url}#c-{c.conflict_id}" if publisher_url else None,
        "claimReviewed": balanced_quotes(c.a_text),
        "datePublished": c.reviewed_at.date().isoformat() if c.reviewed_at else None,
        "author": _person(c.reviewer) or organisation,
        "publisher": organisation,
        "itemReviewed": item,
        "reviewRating": rating,
        "reviewBody": body,
    })


def _distinct(values: Sequence[str | None]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def combined_review(
    group: Sequence[ConflictView], *, publisher: str | None = None,
    publisher_url: str | None = None,
) -> dict[str, Any]:
    """(x58) The one ClaimReview of a claim reviewed in several confirmed conflicts (`group`,
    strongest first), so that a reader (or a search engine) does not find the same claim
    rated several times over. The rule: the strongest conflict gives `identifier`, `url`
    and the claim itself; `alternateName` is the distinct ratings of all, strongest first,
    joined by " and " ("Disputed and Conflicting figures"); `ratingExplanation` the distinct
    notes (else reasons), and `reviewBody` each conflict's body, in that order;
    `datePublished` the latest verdict's date; `author` the reviewers (one Person each), else
    the publisher."""
    review = claim_review(group[0], publisher=publisher, publisher_url=publisher_url)
    if len(group) == 1:
        return review
    bodies = [claim_review(c, publisher=publisher, publisher_url=publisher_url) for c in group]
    reviewers = [_person(name) for name in _distinct([c.reviewer for c in group])]
    dates = [c.reviewed_at for c in group if c.reviewed_at]
    review["reviewRating"] = _drop_empty({
        "@type": "Rating",
        "alternateName": " and ".join(_distinct([RATING_NAMES[c.kind] for c in group])),
        "ratingExplanation": "; ".join(_distinct([c.review_note or c.reason for c in group])),
    })
    review["reviewBody"] = " ".join(_distinct([b["reviewBody"] for b in bodies]))
    if dates:
        review["datePublished"] = max(dates).date().isoformat()
    if reviewers:
        review["author"] = reviewers[0] if len(reviewers) == 1 else reviewers
    return review


def claim_reviews(
    conflicts: Sequence[ConflictView], *, publisher: str | None = None,
    publisher_url: str | None = None,
) -> dict[str, Any]:
    """A JSON-LD document holding the reviews of the confirmed conflicts given: one per
    reviewed claim (`combined_review`), in the order of each claim's first conflict."""
    groups: dict[str, list[ConflictView]] = {}
    for c in conflicts:
        if c.status == "confirmed":
            groups.setdefault(c.claim_a, []).append(c)
    return {"@context": SCHEMA_CONTEXT,
            "@graph": [combined_review(sorted(g, key=lambda c: -c.score), publisher=publisher,
                                       publisher_url=publisher_url) for g in groups.values()]}


def render_claim_reviews(
    conflicts: Sequence[ConflictView], *, publisher: str | None = None,
    publisher_url: str | None = None,
) -> str:
    return json.dumps(claim_reviews(conflicts, publisher=publisher, publisher_url=publisher_url),
                      indent=2, ensure_ascii=False)
