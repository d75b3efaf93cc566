"""Round t61 (a rejection told before what it rejects): docs/conflicts.md, "Added in round
t61". Articles and sentences written for these tests, about none of the gold cases; each rule
has a near miss."""

from datetime import date

from tests.claims.test_conflict_round_t40 import _dispute_targets
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 12, 5)

PRISON = ("Disputing the count, the prison service said the jail held 980 men on Monday. "
          "The inspectors said the prison held 1,012 men when the inspection began. "
          "A prison officer said morale on the wings was low.")


def test_a_lede_rejection_takes_the_figure_told_after_it(nlp):
    found = _dispute_targets(_claims(nlp, "a", PRISON, "Tarnwick Echo", DAY), "the count")
    assert any("1,012 men" in t for t in found), found


def test_near_miss_a_later_claim_on_another_matter_is_not_taken(nlp):
    found = _dispute_targets(_claims(nlp, "a", PRISON, "Tarnwick Echo", DAY), "the count")
    assert not any("morale" in t for t in found), found


QUARRY = ("Disputing the count, Orlby Aggregates said its lorries made 140 trips a day from the quarry. "
          "The company said it would plant 2,000 trees along the lane this winter. "
          "Its site manager, Bettina Crane, said 160 people worked at the quarry.")


def test_near_miss_the_rejecters_own_later_claims_are_not_taken(nlp):
    # Nothing of another party is told after the rejection: its own later figures and its
    # officer's are no target.
    found = _dispute_targets(_claims(nlp, "a", QUARRY, "Orlby Post", DAY), "the count")
    assert not any("2,000 trees" in t or "160 people" in t for t in found), found


DEPOT = ("Halden Coaches denied on Tuesday that any driver had been dismissed for joining last week's strike. "
         "The drivers' union said nine drivers who joined the strike were sacked within a week. "
         "The union said it had 420 members at the depot. "
         "Its general manager, Osric Penhale, said the company would train 30 new drivers this winter.")


def test_a_denial_takes_the_other_partys_claim_told_after_it(nlp):
    found = _dispute_targets(_claims(nlp, "a", DEPOT, "Halden Mercury", DAY), "any driver had been dismissed")
    assert any("nine drivers" in t for t in found), found


def test_near_miss_neither_another_matter_nor_the_rejecters_officer(nlp):
    found = _dispute_targets(_claims(nlp, "a", DEPOT, "Halden Mercury", DAY), "any driver had been dismissed")
    assert not any("420 members" in t or "30 new drivers" in t for t in found), found


FERRY = ("The transport ministry said fewer than 900 passengers had been stranded at Orrin harbour since "
         "Friday and accused the port authority of exaggerating. A ministry official said 120 passengers had "
         "been taken to the mainland by bus on Sunday.")


def test_near_miss_an_accusation_takes_no_later_claim_of_its_own_side(nlp):
    found = _dispute_targets(_claims(nlp, "a", FERRY, "Orrin News", DAY), "exaggerating")
    assert not any("120 passengers" in t for t in found), found
