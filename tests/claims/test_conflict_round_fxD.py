"""Round fxD: when step 1c finds no claim saying an owner's rejected clause, the owner step
takes an owner's claim saying enough of a that-clause (two of its content words, or its figure),
not the owner's other claim sharing one word of it ("posts"). Sentences written for these
tests, not the gold.
"""

from __future__ import annotations

from tests.claims.test_conflict_round_d89 import _disputes

WARDS = ("The Ferrington Nurses' Union said only 40 of the 120 new posts were funded beyond April. "
         "The union said its members would vote on strike action next month. "
         "Ferrington Hospitals Trust has rejected the union's claim that one in four nursing posts "
         "on the children's ward is empty, calling the figure \"a misreading of our rosters\".")


def test_an_owner_claim_sharing_one_word_of_the_clause_is_not_the_target(nlp):
    found = _disputes(nlp, WARDS)
    assert not any("were funded" in a + b and "one in four" in a + b for a, b in found), found


MARATHON = ("The regional ambulance service said organisers of the Castlebury Marathon had run out of "
            "water at two drinks stations. The service said 140 runners were treated for heat exhaustion. "
            "The organisers have dismissed as \"simply wrong\" the ambulance service's account of water "
            "shortages at Sunday's race.")


def test_a_clause_naming_only_the_topic_takes_the_owner_claim_saying_one_of_its_words(nlp):
    # "account of water shortages at the race" names what was said about, not what was said:
    # one of its words is enough (a guard: main finds it too).
    found = _disputes(nlp, MARATHON)
    assert any("run out of" in a + b and "account of water" in a + b for a, b in found), found
