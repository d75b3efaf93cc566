"""Round fxL: "We were told X" answered by the teller's own account. A negated told clause
answered, with no negation, by the act it denied done ("We were told the union had made no
complaint. We made three, in writing.") or by a count of things it befell ("Three of the
gates were locked in May"); a told clause with no negation answered by a negation of a thing
it names ("The ferry has not sailed since March"). Near misses: an answer sharing only the
clause's subject, a negation of another party, a pronoun's negation going on to a verb of
its own. Sentences written for these tests, about none of the gold cases."""

from claims.conflicts import ConflictKind, find_conflicts
from claims.conflicts.told_claims import denies_told_claim
from tests.claims.test_figure_roles import _claims


def _found(nlp, first, second, kind):
    refs = _claims(nlp, "a", first, "Outlet A") + _claims(nlp, "b", second, "Outlet B")
    return [c for c in find_conflicts(refs) if c.kind is kind]


def test_the_denied_act_done_denies_the_told_clause():
    assert denies_told_claim("We were told the union had made no complaint. We made three, all of them in writing.")


def test_a_count_of_things_befallen_denies_a_negated_told_clause():
    assert denies_told_claim("We were told the footpath would not be affected. Three of the gates were locked in May "
                             "and walkers were sent round by the road.")


def test_a_named_thing_negated_denies_a_told_clause():
    assert denies_told_claim("We were told the ferry would be running again by the spring. The ferry has not sailed "
                             "since March.")


def test_near_misses_are_no_denial():
    # The answer shares only the clause's subject, or negates another party, or is a pronoun's
    # negation going on to a verb of its own.
    assert not denies_told_claim("We were told the library would not close. The library is busier than ever.")
    assert not denies_told_claim("We were told the depot would move to the ring road. The council did not say when.")
    assert not denies_told_claim("We were told the depot would move to the ring road. It did not say when.")
    assert not denies_told_claim("We were told the ferry would not run on Sundays. The ferry has not run on a Sunday.")


TOLD_FOOTPATH = ("\"We were told the footpath would not be affected. Three of the gates were locked in May,\" "
                 "said Imelda Varney, secretary of the Ramblers' Group.")
COMPANY_FOOTPATH = "The quarry company said the public footpath along the ridge would not be affected by the works."


def test_the_told_rejection_meets_the_claim_it_retells(nlp):
    assert _found(nlp, COMPANY_FOOTPATH, TOLD_FOOTPATH, ConflictKind.DISPUTE)


# The answer's own count ("we count more than 40 an hour") is no figure the rejection
# rejects: the told clause names none, so a target giving no figure is still its target.
TOLD_LANE = ("\"We were told the buses would be using the new bus lane by the autumn. The lane has not been "
             "painted, and we count more than 40 buses an hour stuck in the queue,\" said Orla Penhallow, "
             "chair of the Riverside Residents' Association.")
COUNCIL_LANE = ("The council said every bus on the route would use a new bus lane along Mill Road, which would "
                "open this autumn.")


def test_the_answers_own_count_is_no_rejected_figure(nlp):
    assert _found(nlp, COUNCIL_LANE, TOLD_LANE, ConflictKind.DISPUTE)
