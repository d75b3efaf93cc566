"""Round v29 (one noun counted by two different acts): docs/conflicts.md, "Added in round
v29". Two figures whose nearest act phrases (`figure_roles.figure_act`, read from each
figure's own clause) are of two classes of `conflict_act_classes.txt` count one noun under
two acts (homes flooded / protected / without power, trains cancelled / operated,
people arrested / charged) and are not compared (`numeric._acts_apart`). One act told
with two verbs of one class, or an unlisted verb on either side, is still a rival.
Sentences written for these tests, about none of the gold cases; each rule has near misses."""

from claims.figure_roles import figure_act
from claims.models import ConflictKind
from tests.claims.test_conflict_round_q24 import DAY, _kinds
from tests.claims.test_figure_roles import _claims

FLOODED = "About 720 homes were flooded in Ostley on Sunday, the district council said."
RAZED = "The river authority said 1,100 homes in Ostley had been inundated on Sunday."
PROTECTED = "The district council said the new barriers had protected about 2,400 homes in Ostley on Sunday."
SHIELDED = "The river authority said the barriers had shielded roughly 1,600 homes in Ostley on Sunday."
SAVED = "The river authority said 1,100 homes in Ostley had been saved on Sunday."
NO_POWER = "Around 3,900 homes in Ostley were left without power on Sunday, the network operator said."
AFFECTED = "The river authority said 1,100 homes in Ostley had been affected on Sunday."

CANCELLED = "Harwell Rail cancelled 310 trains on Monday after a signal fault, the operator said."
AXED = "Harwell Rail axed 470 trains on Monday after a signal fault, a passenger group said."
OPERATED = "Harwell Rail operated about 1,380 trains on Monday despite a signal fault, the operator said."

ARRESTED = "Police arrested 21 people after the match in Ostley on Saturday, the force said."
DETAINED = "Officers detained 34 people after the match in Ostley on Saturday, the police union said."
CHARGED = "Eight people were charged after the match in Ostley on Saturday, the force said."


def test_two_acts_of_one_noun_are_not_rivals(nlp):
    assert ConflictKind.NUMERIC not in _kinds(nlp, (FLOODED, "Outlet A"), (PROTECTED, "Outlet B"))
    assert ConflictKind.NUMERIC not in _kinds(nlp, (FLOODED, "Outlet A"), (NO_POWER, "Outlet B"))
    assert ConflictKind.NUMERIC not in _kinds(nlp, (CANCELLED, "Outlet A"), (OPERATED, "Outlet B"))
    assert ConflictKind.NUMERIC not in _kinds(nlp, (DETAINED, "Outlet A"), (CHARGED, "Outlet B"))


def test_one_act_told_with_two_verbs_is_still_a_conflict(nlp):
    assert ConflictKind.NUMERIC in _kinds(nlp, (FLOODED, "Outlet A"), (RAZED, "Outlet B"))
    assert ConflictKind.NUMERIC in _kinds(nlp, (PROTECTED, "Outlet A"), (SHIELDED, "Outlet B"))
    assert ConflictKind.NUMERIC in _kinds(nlp, (CANCELLED, "Outlet A"), (AXED, "Outlet B"))
    assert ConflictKind.NUMERIC in _kinds(nlp, (ARRESTED, "Outlet A"), (DETAINED, "Outlet B"))


def test_an_unlisted_act_keeps_the_figures_compared(nlp):
    # "affected" is said of any act, "saved" of homes protected and of people rescued
    # (r20): the figures stay rivals
    assert ConflictKind.NUMERIC in _kinds(nlp, (FLOODED, "Outlet A"), (AFFECTED, "Outlet B"))
    assert ConflictKind.NUMERIC in _kinds(nlp, (PROTECTED, "Outlet A"), (SAVED, "Outlet B"))


def _act(nlp, text: str) -> str | None:
    claim = next(r.claim for r in _claims(nlp, "a", text, "Outlet A", DAY) if r.claim.quantities)
    return figure_act(claim.quantities[0], claim)


def test_the_nearest_act_is_read(nlp):
    # the act before the figure, not a later one of a relative clause
    assert _act(nlp, "The council said the barriers protected about 3,000 homes which would "
                     "otherwise have flooded.") == "protection"
    # after the figure only up to another clause: the death toll counts no flooding
    assert _act(nlp, "The death toll rose to four and the council said far more homes had been "
                     "flooded.") is None
    # a phrase holding a listed word but naming no act of its own
    assert _act(nlp, "A survey carried out in May found that 58% of residents backed the plan.") is None
