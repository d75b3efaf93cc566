"""Round r87, a twenty-fifth fact-checker's review of fresh stories (docs/review_r87.md):
a summer drought and hosepipe ban, a bus drivers' strike, a norovirus outbreak on a cruise
ship. Defects fixed, with near misses. Sentences written for these tests, not the gold.

a. An event word naming the days a figure's clause tells of ("kept 18 wards open on strike
   days") is a circumstance of that figure, not its act (`figure_roles._event_as_time`):
   the wards kept open are no strikers, so they do not meet "420 porters would walk out"
   through the strike (n20's rule, which knew "during", "after", "amid" ...).
b. A rejecting word inside a condition ("If the numbers are wrong a second time, the fine
   will be larger") rejects nothing said (`lexicon._in_a_condition`): it was read as a
   rejection of every figure of its article. A rejection after the condition's comma
   still counts.
c. A thing denied only past a length of time ("no customer had been without gas for more
   than six hours") is not broken by a count or mention of it that tells no time ("410,000
   customers had been covered by its repair plan", "customers' own pipes"):
   `contradictions._duration_untold`. A count telling a time ("2,300 customers had been
   without gas for two days") and a plain denial ("no customer had been without gas")
   still oppose."""

from __future__ import annotations

from datetime import date

from claims.figure_roles import circumstantial_events
from claims.lexicon import rejects_a_claim
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims, _conflicts

DAY = date(2026, 3, 2)
PORTERS = "Porters at the Ashgrove hospital trust are in a long dispute over pay. "


def _numeric(nlp, a, b):
    return [c for c in _conflicts(nlp, PORTERS + a, PORTERS + b, DAY, DAY) if c.kind is ConflictKind.NUMERIC]


def _circumstances(nlp, text, surface):
    (found,) = [circumstantial_events(q, r.claim) for r in _claims(nlp, "x", text, "Outlet")
                for q in r.claim.quantities if q.surface == surface]
    return found


def test_a_an_event_naming_days_is_no_act_of_the_figure(nlp):
    a = "The union said 420 porters would walk out on Monday."
    b = ("The trust said it would keep 18 of its 40 wards open on strike days, using managers and porters "
         "who are not in the union.")
    assert not _numeric(nlp, a, b)
    assert _circumstances(nlp, "The trust said it would keep 18 of its 40 wards open on strike days.", "18") == {"strike"}


def test_a_the_event_as_an_act_still_meets(nlp):
    # near misses: the strikers counted on strike days are still strikers; an act followed
    # by "days before" is the act itself
    assert _numeric(nlp, "The union said 420 porters walked out on the first day.",
                    "The trust said 260 porters stayed away on strike days.")
    assert not _circumstances(nlp, "The trust said 260 porters stayed away on strike days.", "260")
    assert not _circumstances(nlp, "The council said 2,000 residents were evacuated days before the flood.", "2,000")


GAS = "The Marlow gas network has been fined £2.1m by the energy regulator for understating its leaks. "


def test_b_a_condition_rejects_nothing(nlp):
    b = (GAS + "The network said 1.2 million customers had been covered by its winter repair plan. "
         "The Gas Users' Council said it had received 2,950 complaints about the network during the winter. "
         "The regulator's director, Ambrose Kettering, said it would check the network's figures again in the summer. "
         "\"If the numbers are wrong a second time, the fine will be larger,\" he said.")
    assert not [c for c in _conflicts(nlp, GAS, b, DAY, DAY) if c.kind is ConflictKind.DISPUTE]
    assert not rejects_a_claim("If the figures are wrong a second time, the fine will be larger")
    assert not rejects_a_claim("the union asked whether the figure was wrong")


def test_b_a_rejection_after_the_condition_still_counts():
    # near misses: the condition closed by its comma, and a plain rejection
    assert rejects_a_claim("If they say 40 jobs, that figure is wrong")
    assert rejects_a_claim("the council's figures are wrong")
    # (cr87) a condition inside the claim the rejection is about is the claim's
    assert rejects_a_claim("The trust said reports that the Mallow ward would close if funding fell were false")
    assert rejects_a_claim("claims that fares would double unless the grant was renewed are untrue")
    # (cr88) ... but only when the told claim opens the condition's own clause
    assert not rejects_a_claim("The council said claims that fares would rise were being checked and would be "
                               "corrected if wrong")


OUTAGE = "The Marlow gas network cut supplies to two villages during the cold snap, the energy regulator found. "
BOUNDED = "The chief executive, Hester Quarrie, said no customer had been without gas for more than six hours."


def _contradictions(nlp, a, b):
    return [c for c in _conflicts(nlp, OUTAGE + a, OUTAGE + b, DAY, DAY) if c.kind is ConflictKind.CONTRADICTION]


def test_c_a_denial_past_a_length_of_time_is_not_broken_by_a_timeless_count(nlp):
    assert not _contradictions(nlp, BOUNDED, "The network said 410,000 customers had been covered by its winter repair plan.")
    assert not _contradictions(nlp, BOUNDED, "The network said the regulator's figure included gas lost from customers' own pipes.")


def test_c_a_count_telling_a_time_or_a_plain_denial_still_oppose(nlp):
    # near misses
    assert _conflicts(nlp, OUTAGE + BOUNDED, OUTAGE + "The regulator found that 2,300 customers had been without gas for two days.",
                      DAY, DAY)
    assert _contradictions(nlp, "The chief executive, Hester Quarrie, said no customer had been without gas.",
                           "The network said 410,000 customers had been covered by its winter repair plan.")



def test_c_a_length_in_a_relative_clause_bounds_no_denial(nlp):
    # (cr87) "which lasted more than six hours" tells the outage's length, not the denial's
    # bound: a plain denial, broken by a count of the thing denied.
    assert _contradictions(nlp, "The network said no homes had been evacuated during the outage, which lasted more than "
                           "six hours.", "The regulator said 300 homes had been evacuated during the outage.")
    # near miss: the bound after the relative clause still bounds the denial
    assert not _contradictions(nlp, "The network, which serves two villages, said no customer had been without gas for "
                               "more than six hours.",
                               "The network said 410,000 customers had been covered by its winter repair plan.")
