"""Round d84: dispute recall, told-and-answered rejections no rule recognised
(docs/conflicts.md, "Round d84"). Sentences written for these tests, not the gold.

a. A negated told clause answered by an affirmation that names who bears it out ("They
   told us the drains did not matter. The inspector says they did.") is denied, as a bare
   "They did." is (`told_claims._unframed`, in `denies_told_claim`). Near misses: the
   framed answer agreeing ("The inspector says they did not."), a framed affirmation of a
   clause that was not negated ("The inspector says they did."), a frame going on to words
   of its own ("The inspector says they did a survey.").
b. A told clause of all or most answered by a minority ("We were told that nearly every
   closure was down to staff sickness. Fewer than half were.") is denied
   (`told_claims.minority_answer`, `majority_quantifier`). Near misses: a told clause of
   some ("some trains would be cancelled. Fewer than half were."), a minority answer going
   on ("Fewer than half were late in May, and ..."), "at all" (no quantifier)."""

from __future__ import annotations

from datetime import date

import pytest

from claims.conflicts import find_conflicts
from claims.conflicts.told_claims import denies_told_claim
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 3, 9)
LATER = date(2026, 9, 14)
STORY = "Brackwell council has closed the Lowfield depot after a summer of floods. "


# --- a. an affirmation with a frame denies a negated told clause -------------------------------

@pytest.mark.parametrize("text", [
    "They told us the drains did not matter. The inspector says they did.",
    "We were told there had been no spill at the works. The agency found there had.",
    '"We were told the depot was never flooded. The survey shows it was," she said.',
    "The council told residents nobody would lose their bin collection. Its own audit has confirmed that they would.",
])
def test_a_a_framed_affirmation_denies_a_negated_told_clause(text):
    assert denies_told_claim(text), text


@pytest.mark.parametrize("text", [
    "They told us the drains did not matter. The inspector says they did not.",
    "They told us the drains would be cleared. The inspector says they were.",
    "They told us the drains did not matter. The inspector says they did a survey.",
    "They told us the drains did not matter. The inspector says the pumps did.",
])
def test_a_near_miss_a_framed_answer_agreeing_or_going_on(text):
    assert not denies_told_claim(text), text


# --- b. a minority answer denies a told clause of all or most ----------------------------------

@pytest.mark.parametrize("text", [
    "We were told that nearly every closure was down to staff sickness. Fewer than half were.",
    "They told us all the pumps had been checked. Only a handful had.",
    "The operator told passengers most of its trains would run on time. Fewer than 40% did, the watchdog says.",
    "We were told every complaint had been answered. The ombudsman found that only a third had.",
])
def test_b_a_minority_denies_a_told_clause_of_all_or_most(text):
    assert denies_told_claim(text), text


@pytest.mark.parametrize("text", [
    "We were told some trains would be cancelled. Fewer than half were.",
    "We were told many homes would flood. Few did.",
    "We were told that nearly every closure was down to staff sickness. Fewer than half were late in May.",
    "We were told the pumps had not failed at all. Only a handful had.",
    "We were told that every closure was down to staff sickness. Most were.",
])
def test_b_near_miss_no_claim_of_all_or_most_or_no_ellipsis(text):
    assert not denies_told_claim(text), text


def test_b_the_told_clause_is_rejected(nlp):
    a = "The council said nearly every closure of the depot was down to staff sickness."
    b = ("The depot closed on 41 days this year. "
         '"We were told that nearly every closure of the depot was down to staff sickness. Fewer than half were,"'
         " said Ivo Garnett of the Lowfield residents' group.")
    refs = _claims(nlp, "a", STORY + a, "Outlet A", DAY) + _claims(nlp, "b", STORY + b, "Outlet B", LATER)
    texts = {r.claim.claim_id: r.claim.text for r in refs}
    disputes = [(texts[c.claim_a], texts[c.claim_b]) for c in find_conflicts(refs) if c.kind is ConflictKind.DISPUTE]
    assert any(any("We were told" in t for t in p) and any("staff sickness" in t and "We were told" not in t for t in p)
               for p in disputes), disputes

