"""Round g44, an eighth fact-checker's review of fresh stories (docs/review_g44.md): a rail
operator's punctuality and fares, a university's redundancies, a housing association's
damp and mould. Defects fixed, each with near misses. Sentences written for these tests,
not the gold.

a. The flow's stored claims (`StoredClaim`, `StoredClaimRef`) answer `model_copy` as the
   models do: the numeric rule re-reads "a figure of ..." on a copy of the claim and its
   ref, and the whole run crashed on the first article with such a sentence."""

from __future__ import annotations

from datetime import date

from claims.conflicts import find_conflicts
from claims.models import Claim, ConflictKind, Quantity, StoredClaim, StoredClaimRef, StoredQuantity
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 5, 3)


def _stored(refs):
    """The refs as the flow reads them back from the store: slotted records."""
    out = []
    for r in refs:
        values = {name: getattr(r.claim, name) for name in Claim.model_fields}
        values["quantities"] = [StoredQuantity(**{n: getattr(q, n) for n in Quantity.model_fields})
                                for q in r.claim.quantities]
        out.append(StoredClaimRef(StoredClaim(**values), r.outlet, r.published))
    return out


ANSWERED = ("The organisers said 3,000 people attended the rally in Penrose Square, "
            "but the police gave a figure of around 1,800.")
OTHER = "Police in Penrose said 1,800 people attended the rally in Penrose Square on Saturday."


def test_stored_claims_with_an_answered_figure_do_not_crash_the_rules(nlp):
    refs = _claims(nlp, "a", ANSWERED, "Outlet A", DAY) + _claims(nlp, "b", OTHER, "Outlet B", DAY)
    stored = find_conflicts(_stored(refs))
    plain = find_conflicts(refs)
    assert sorted((c.kind, c.claim_a, c.claim_b) for c in stored) == \
        sorted((c.kind, c.claim_a, c.claim_b) for c in plain)


def test_a_stored_claim_copy_changes_only_what_is_updated(nlp):
    (ref,) = _stored(_claims(nlp, "a", OTHER, "Outlet A", DAY))[:1]
    copy = ref.model_copy(update={"outlet": "Outlet C"})
    assert copy.claim is ref.claim and copy.outlet == "Outlet C" and copy.published == DAY
    claim = ref.claim.model_copy(update={"quantities": []})
    assert claim.quantities == [] and ref.claim.quantities and claim.text == ref.claim.text
