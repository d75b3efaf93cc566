"""Rules of the fx2 conflict round: a rejection saying its target told a thing wrongly and
naming that thing with a restricting phrase ("accused the operator of understating the
new fare for pensioners") answers only a claim about that thing: one naming its head noun
and its restriction. A claim sharing the head noun alone ("Fares will rise by 12%") is
no target, and no conflict is better than a wrong one. Sentences written for these
tests, about none of the gold cases; each rule has a near miss."""

from datetime import date

from claims.conflicts.disputes import _erring_restriction
from tests.claims.test_conflict_round_t11 import _joins
from tests.claims.test_conflict_round_t12 import _disputes

FARES = ("Fares on the Harnby ferry will rise by 12% from 1 May, the Harnby Ferry Company said. "
         "Its chief executive, Osric Bellamy, said the ferry had lost money for three years.")


def test_a_restricted_object_is_not_the_head_noun_alone(nlp):
    accusation = ("The Older Travellers' Alliance has accused the Harnby Ferry Company of understating "
                  "the new fare for pensioners.")
    pairs = _disputes(nlp, (FARES, "Outlet A", date(2027, 3, 2)), (accusation, "Outlet B", date(2027, 3, 3)))
    assert not _joins(pairs, "Fares on the Harnby ferry will rise by 12%", "understating the new fare for pensioners")


def test_a_claim_naming_the_restriction_is_still_answered(nlp):
    fares = ("The new fare for pensioners will be £4.20 a crossing, the Harnby Ferry Company said. "
             "Its chief executive, Osric Bellamy, said the ferry had lost money for three years.")
    accusation = ("The Older Travellers' Alliance has accused the Harnby Ferry Company of understating "
                  "the new fare for pensioners.")
    pairs = _disputes(nlp, (fares, "Outlet A", date(2027, 3, 2)), (accusation, "Outlet B", date(2027, 3, 3)))
    assert _joins(pairs, "The new fare for pensioners will be £4.20", "understating the new fare for pensioners")


def test_the_restriction_is_read_from_the_erring_verbs_object():
    assert _erring_restriction("understating the new fare for pensioners") == (frozenset({"fare"}),
                                                                            frozenset({"pension"}))
    # "the number of": a frame word is no head; what is counted is the restriction.
    head, restricted = _erring_restriction("the union exaggerated the number of strikers at the depot")
    assert head == frozenset() and "strik" in restricted
    # Near misses: no restricting phrase, or no verb of telling wrongly.
    assert _erring_restriction("overstated its repair costs") is None
    assert _erring_restriction("rejected the new fare for pensioners") is None
