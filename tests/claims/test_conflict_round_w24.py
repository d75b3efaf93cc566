"""Round w24 (rejections the dispute reader does not recognise): docs/conflicts.md, "Added
in round w24". No rule was kept; these pin what the round's dev cases showed is read today,
each with a near miss, so a later widening of the rejection words cannot lose them unseen.
Sentences written for these tests, about none of the gold cases."""

from datetime import date

from tests.claims.test_conflict_round_t11 import _joins
from tests.claims.test_conflict_round_t12 import _disputes

CLAIM = ("Tenants at the Larchfield estate said the landlord had ignored repair requests for eight months. "
         "Tenants' leader Nadia Osei said the landlord had raised rents by 12% in April.")
ANSWER = ("The landlord, Greystone Homes, {verb} that it had ignored repair requests, saying engineers had visited "
          "the estate every week. A spokesman said rents had gone up in April.")


def _story(nlp, verb):
    return _disputes(nlp, (CLAIM, "Outlet A", date(2027, 2, 1)), (ANSWER.format(verb=verb), "Outlet B", date(2027, 2, 3)))


def test_pushing_back_on_a_claim_disputes_it(nlp):
    pairs = _story(nlp, "pushed back on the claim")
    assert _joins(pairs, "ignored repair requests for eight months", "ignored repair requests")


def test_not_disputing_a_claim_and_agreeing_with_it_are_no_disputes(nlp):
    # Near misses: a party that does not dispute, or agrees, rejects nothing.
    for verb in ("did not dispute", "agreed"):
        pairs = _story(nlp, verb)
        assert not any("ignored repair requests" in x and "ignored repair requests" in y for x, y in pairs), verb
