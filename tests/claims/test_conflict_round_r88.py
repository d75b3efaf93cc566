"""Round r88: contradiction recall, an assessment against a fact that refutes it, in other
words than the rows had (docs/conflicts.md, "Round r88"). Sentences written for these
tests, not the gold; each near miss must stay silent.

a. A place said run safely against a finding that it was dangerous
   (claims/data/conflict_opposites.txt, the "run safely" row).
b. A leak said under control against the thing seen still escaping (the "under control" |
   "still escaping" row).
c. A measure said passed at a vote against the vote said lost (conflict_directions.txt, the
   "passed" | "was defeated" row: about one thing only).
d. A thing said to have passed its inspection against the same thing reported faulty (the
   "passed its inspection" | "faulty" row: about one thing only).
e. (Dropped after review cr87: "not received" and "paid" of two payments stay silent.)"""

from __future__ import annotations

from tests.claims.test_figure_roles import _reasons as _contradictions


def _opposed(nlp, first, second, left, right):
    return any(f'"{left}"' in r and f'"{right}"' in r for r in _contradictions(nlp, first, second))


# --- a. run safely / dangerous -------------------------------------------------------------

RUN_SAFELY = "The operator said the Hollins bus depot had been run safely throughout the winter."
DANGEROUS = "Inspectors who visited in February rated the Hollins bus depot's fuel storage as dangerous."


def test_a_run_safely_against_dangerous(nlp):
    assert _opposed(nlp, RUN_SAFELY, DANGEROUS, "had been run safely", "dangerous")


def test_a_near_miss_an_act_ended_safely(nlp):
    # "evacuated safely" tells how one act ended, not how a place is run.
    assert not _contradictions(nlp, "The rescue team said the walkers were evacuated safely from the ridge.",
                               "Forecasters said conditions on the ridge were dangerous.")


def test_a_near_miss_two_periods(nlp):
    # Last year's open days against this year's inspection: two times, not two accounts.
    assert not _contradictions(nlp, "The operator said last year's open days at the Hollins bus depot had been "
                               "run safely.", DANGEROUS)


# --- b. under control / still escaping -----------------------------------------------------

UNDER_CONTROL = ("The water company said the diesel leak at the Brackley pumping station had been under control "
                 "since Tuesday morning.")
STILL_LEAKING = ("Residents near the Brackley pumping station said the diesel leak was still leaking into the brook "
                 "on Tuesday evening.")


def test_b_under_control_against_still_leaking(nlp):
    assert _opposed(nlp, UNDER_CONTROL, STILL_LEAKING, "had been under control", "was still leaking")


def test_b_near_miss_a_leak_stopped(nlp):
    assert not _contradictions(nlp, UNDER_CONTROL, STILL_LEAKING.replace("was still leaking", "had stopped leaking"))


# --- c. passed / was defeated --------------------------------------------------------------

PASSED = "The council said the Dunmore parking plan passed at a full council meeting on Tuesday night."
DEFEATED = "Opposition councillors said the Dunmore parking plan was defeated by 20 votes to 18."


def test_c_passed_against_defeated(nlp):
    assert _opposed(nlp, PASSED, DEFEATED, "passed", "was defeated")


def test_c_near_miss_two_measures(nlp):
    # The school budget passed; another motion was defeated: two votes.
    assert not _contradictions(nlp, "The council said the school budget passed at a meeting on Monday.",
                               "The union said a motion on teachers' pay was defeated.")


def test_c_near_miss_a_condition(nlp):
    # "would pass if ..." is a condition, not a vote said won.
    assert not _contradictions(nlp, "The council said the Dunmore parking plan would pass if the opposition "
                               "abstained.", DEFEATED)


# --- d. passed its inspection / faulty -----------------------------------------------------

INSPECTED = "The housing association said the lift in Marlow Court had passed its last inspection."
FAULTY = "Tenants said the lift in Marlow Court had been reported faulty three times in March."


def test_d_passed_inspection_against_faulty(nlp):
    assert _opposed(nlp, INSPECTED, FAULTY, "had passed its last inspection", "had been reported faulty")


def test_d_near_miss_two_things(nlp):
    # A car passed its inspection; a bicycle's brakes were faulty.
    assert not _contradictions(nlp, "The garage said the car had passed its last inspection in May.",
                               "The owner said the brakes on his bicycle were faulty.")


# --- e. not received / paid: dropped (review cr87) ------------------------------------------
# The act-family reader asks only for one shared word besides the act, and with "received"
# and "paid" one family that word is often a party, not the money: "had not received any
# compensation from the insurer" met "had paid their insurer higher premiums". The row is
# gone until a reader checks that the receiver is the payee; these must stay silent.


def test_e_not_received_and_paid_of_two_payments_stay_silent(nlp):
    assert not _contradictions(nlp, "Flood victims in Oxley said they had not received any compensation from the insurer.",
                               "Residents of Oxley said they had paid their insurer higher premiums for years.")
    assert not _contradictions(nlp, "The trust said it had not received any complaints about the ward.",
                               "The trust said it had paid compensation to 40 families after the ward closed.")
    assert not _contradictions(nlp, "The head said the trust had received no money from the Department for Learning.",
                               "The Department for Learning said it had paid consultants £1.1m in March.")
