"""Round t19 (a rejection whose target is in another outlet's article). No rule was
kept this round (docs/conflicts.md, "Added in round t19"): these tests pin what the rules
of earlier rounds already do on such stories, so that a later rule choosing targets does
not lose it. Sentences written for these tests, about none of the gold cases; each has a
near miss."""

from datetime import date

from tests.claims.test_conflict_round_t11 import _joins
from tests.claims.test_conflict_round_t12 import _disputes


def test_a_denial_answers_the_claim_another_outlet_reported(nlp):
    claim = ("Tenants of the Corran Street flats said the landlord had switched off the heating for two weeks in "
             "January. Tenant Mirela Sand said the lifts had been broken since November.")
    rejection = ("Tenants marched to the town hall on Thursday, where organisers said turnout was the largest in years. "
                 "The landlord, Pellbrook Homes, denied that it had switched off the heating, saying a boiler had "
                 "failed for two days.")
    pairs = _disputes(nlp, (claim, "Outlet A", date(2027, 2, 3)), (rejection, "Outlet B", date(2027, 2, 4)))
    assert _joins(pairs, "switched off the heating for two weeks", "it had switched off the heating")
    # Near miss: the same article's remark on turnout, earlier and nearer, is not what
    # the landlord denied.
    assert not _joins(pairs, "turnout was the largest", "it had switched off the heating")


def test_rejected_accusations_answer_the_accusing_claim_of_another_outlet(nlp):
    claim = ("Passengers on the ferry Northwind said the crew had locked the lounge doors during the storm. "
             "Passenger Oren Blay said the crossing took nine hours.")
    rejection = ("The operator, Skerry Line, said the Northwind would return to service on Monday. The company "
                 "rejected accusations that the crew had locked the lounge doors, saying the doors were closed for "
                 "safety.")
    pairs = _disputes(nlp, (claim, "Outlet A", date(2027, 11, 3)), (rejection, "Outlet B", date(2027, 11, 4)))
    assert _joins(pairs, "the crew had locked the lounge doors during the storm", "accusations that the crew")
    # Near miss: the operator's own word on the ship's return is not rejected.
    assert not _joins(pairs, "would return to service on Monday", "accusations that the crew")
