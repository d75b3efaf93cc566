"""Round r99: numeric pairs of the thirty-fourth fresh-article review lost because one of
two changes was read as a level. Sentences written for these tests, not the gold.

a. A percentage of a rise noun ("its average fare rise this year was 6%", "the increase
   ... was 9%") is the size of a rise (claims/data/conflict_rise_nouns.txt now lists
   "rise", "increase", "hike", "uplift"), so it meets "fares rose by an average of 11%" and
   no longer meets a level ("11% of passengers").
(b. A percentage after "cut <the thing> by" read as a change was tried and dropped: it
   lost a closed numeric conflict.)"""

from __future__ import annotations

from datetime import date

from tests.claims.test_figure_roles import _numeric


DAY = date(2026, 3, 3)


# --- a. the noun of the rise -----------------------------------------------------------------

def test_a_a_rise_noun_percentage_meets_a_rise_told_by_a_verb(nlp):
    a = "Passengers of Tarnbrook Coaches saw their fares rise by an average of 11% last year, the watchdog said."
    b = "Tarnbrook Coaches said its average fare rise in 2025 was 6%."
    assert _numeric(nlp, a, b, DAY, DAY)


def test_a_a_rise_noun_percentage_is_a_change():
    from claims.conflicts.numeric import _kind
    from claims.models import Quantity, QuantityKind
    q = Quantity(surface="6%", start_char=0, end_char=2, value=6.0, unit="percent",
                 measure="average fare rise", kind=QuantityKind.AMOUNT)
    assert _kind(q) is QuantityKind.CHANGE
    level = q.model_copy(update={"measure": "fare"})
    assert _kind(level) is QuantityKind.AMOUNT


def test_a_a_level_is_not_met_by_a_rise(nlp):
    # near miss: a share of passengers is a level, not a rise
    a = "Tarnbrook Coaches said its average fare rise in 2025 was 6%."
    b = "Tarnbrook Coaches said 9% of its passengers travelled on discounted fares in 2025."
    assert not _numeric(nlp, a, b, DAY, DAY)


# --- c. counted insurance claims rejected: a decision, not a dispute -----------------------------
# c. An article telling claims of a kind filed for payment ("motor claims", "theft claims",
#    claims/data/conflict_filed_claim_kinds.txt) tells claims for money, as one telling "a
#    claim for damage" does (h70): there "rejected 3,900 claims" and a counted passive
#    subject ("one in four flood claims made by its members had been rejected") decide filed
#    claims and reject nothing anyone said. "rejected claims that it had delayed payments"
#    still rejects a statement.

from tests.claims.test_conflict_round_t40 import _dispute_targets  # noqa: E402
from tests.claims.test_figure_roles import _claims  # noqa: E402

COVER = ("Customers of Harrowgate Mutual, a home insurer, saw their premiums rise sharply last year, "
         "according to a tenants' advice service. Harrowgate Mutual said it rejected 4% of all home claims in 2025. ")


def test_c_a_counted_passive_claim_rejected_is_a_decision(nlp):
    text = COVER + ("Ilsa Brandreth, who runs a tenants' advice service, said one in four flood claims "
                    "made by her clients had been rejected.")
    found = _dispute_targets(_claims(nlp, "a", text, "Vale Courier", DAY), "had been rejected")
    assert not found, found


def test_c_counted_claims_rejected_with_no_sum_told(nlp):
    # (passes on main as well: kept to hold the counted object after the verb)
    text = ("Harrowgate Mutual has been fined £2.2m by the Insurance Standards Panel for rejecting home claims "
            "unfairly between 2023 and 2025. "
            "The panel said Harrowgate Mutual had wrongly rejected 2,100 claims in those three years, "
            "many of them for errors on forms. "
            "Harrowgate Mutual will pay £3.1m in redress to the 2,100 customers, more than the £2m it had set aside.")
    found = _dispute_targets(_claims(nlp, "a", text, "Vale Courier", DAY), "wrongly rejected 2,100 claims")
    assert not found, found


def test_c_near_miss_rejected_claims_that_is_still_a_statement(nlp):
    text = COVER + ("Residents said the insurer had delayed payments for months. "
                    "Harrowgate Mutual rejected claims that it had delayed payments.")
    found = _dispute_targets(_claims(nlp, "a", text, "Vale Courier", DAY), "that it had delayed payments")
    assert found


# --- d. a told clause answered by its exceptions -----------------------------------------------
# d. "We were told X. <answer>" denies X when the answer names members of a told "no <thing>"
#    without a negation ("We were told no pupil would lose a bus place. Pupils at Kestle Lane
#    have been refused passes since May.", `told_claims._instance_affirmed`; plurals such as
#    "children" from claims/data/conflict_irregular_plurals.txt), or opens on a count with a
#    negated verb against a clause of all or most ("We were told every flat would be
#    rewired by March. More than 300 still have not been touched.", `COUNTED_NEGATION`). An
#    answer with a negation of its own, or one bearing the clause out, still denies nothing.

def test_d_members_of_a_told_none_deny_it():
    from claims.conflicts.told_claims import denies_told_claim
    assert denies_told_claim("We were told no pupil would lose a bus place. "
                             "Pupils at Kestle Lane have been refused passes since May.")
    assert denies_told_claim("We were told no child would lose a nursery place. "
                             "Children in Orbury have been turned away since June.")


def test_d_a_count_of_exceptions_denies_a_told_all():
    from claims.conflicts.told_claims import denies_told_claim
    assert denies_told_claim("We were told every flat would be rewired by March. "
                             "More than 300 still have not been touched.")


def test_d_near_miss_answers_that_deny_nothing():
    from claims.conflicts.told_claims import denies_told_claim
    assert not denies_told_claim("We were told no pupil would lose a bus place. Pupils there have not lost anything.")
    assert not denies_told_claim("We were told every flat would be rewired by March. It was.")
    assert not denies_told_claim("We were told no pupil would lose a bus place. The council kept its word.")


def test_d_a_told_claim_answered_by_exceptions_disputes_the_promise(nlp):
    from tests.claims.test_figure_roles import _reasons
    first = ("Wyncote Homes said every flat on the Harlow Row estate would be rewired by March. "
             "\"Every flat on this estate will be rewired by March,\" said Tamsin Greave, its director.")
    second = ("Residents of the Harlow Row estate said the work had overrun. \"We were told every flat would be "
              "rewired by March. More than 300 still have not been touched,\" said Oriel Pascoe, who chairs the "
              "residents' association.")
    assert _reasons(nlp, first, second, kind="dispute", first_day=DAY, second_day=date(2026, 5, 4))
