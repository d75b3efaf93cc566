"""Round fxW: a told clause answered in the next sentence of the quote by "Nobody can say
that now", a count of those it held for ("The inspectors found 23 who did") or a part it
did not hold for ("Half of them were not") is denied (docs/conflicts.md, "Round fxW").
Sentences written for these tests, not the gold.

a. `told_claims.unsayable_answer`, `COUNTED_AFFIRMATION` (a clause of none only),
   `negated_part_answer` (a clause of all or most only), in `denies_told_claim`.
b. `disputes._absent_stems` stops at a second word of absence: in "no resident went
   without heating" the heating is said present, as in "No resident has gone without
   heating", so the told clause's target is not set aside as of the other polarity."""

from __future__ import annotations

from datetime import date

import pytest

from claims.conflicts import find_conflicts
from claims.conflicts.disputes import _absent_stems
from claims.conflicts.told_claims import denies_told_claim
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 2, 3)
LATER = date(2026, 6, 22)
STORY = "Marlowby council's housing contractor has been criticised over heating repairs. "


@pytest.mark.parametrize("text", [
    "We were told there had never been a leak that put anyone at risk. Nobody can say that now.",
    '"We were told the repairs were finished. No one could claim that today," she said.',
    "The firm told tenants no resident went without heating. The inspectors found 31 who did.",
    "We were told nobody was left without hot water. The survey showed dozens of them were.",
    "We were told every block had been inspected. Half of them were not, and the firm knew it.",
    "The council told us all the boilers had been replaced. Most of them had not.",
])
def test_a_the_answer_denies_the_told_clause(text):
    assert denies_told_claim(text), text


@pytest.mark.parametrize("text", [
    "We were told the repairs were finished. Nobody can say when.",
    "The firm told tenants some residents went without heating. The inspectors found 31 who did.",
    "The firm told tenants no resident went without heating. The inspectors found 31 flats.",
    "We were told some blocks had been inspected. Half of them were not.",
    "We were told every block had been inspected. Half of them were painted.",
])
def test_a_near_miss_an_answer_that_agrees_or_says_another_thing(text):
    assert not denies_told_claim(text), text


def test_b_a_second_negation_ends_the_reach_of_the_first():
    assert _absent_stems("no resident went without heating") == _absent_stems("no resident went")
    assert "heat" not in _absent_stems("no resident went without heating")


def test_b_the_teller_claim_of_none_is_the_target(nlp):
    a = ('The contractor\'s director, Hollis Varden, said the repairs were on schedule. '
         '"No resident has gone without heating because of a late repair," he said.')
    b = ('The contractor will lose the contract in the autumn. "The firm told tenants no resident went without '
         'heating. The inspectors found 31 who did," said Perpetua Ashby of the Marlowby Tenants\' Union.')
    refs = _claims(nlp, "a", STORY + a, "Outlet A", DAY) + _claims(nlp, "b", STORY + b, "Outlet B", LATER)
    texts = {r.claim.claim_id: r.claim.text for r in refs}
    disputes = [(texts[c.claim_a], texts[c.claim_b]) for c in find_conflicts(refs) if c.kind is ConflictKind.DISPUTE]
    assert any(any("The firm told tenants" in t for t in p) and any(t.startswith("No resident has gone") for t in p)
               for p in disputes), disputes


# --- c. a change answered by the opposite change or one of another size --------------------------

@pytest.mark.parametrize("text", [
    "We were told rents had fallen by 12%. Ours doubled over the winter.",
    '"We were told the charge would rise by 6%. My bill went up by 20% in May, and so did my neighbour\'s," he said.',
    "The trust told patients waiting times had dropped by 30%. They rose by 10% last year.",
])
def test_c_a_changed_figure_denies_the_told_change(text):
    assert denies_told_claim(text), text


@pytest.mark.parametrize("text", [
    "We were told the charge would rise by 6%. It went up by 6.5% in May.",
    "We were told the charge would rise. My bill went up by 20% in May.",
    "We were told the charge would rise by 6%. My bill went up by 20% and my rent fell by 3%.",
])
def test_c_near_miss_a_change_of_about_the_told_size_or_no_size(text):
    assert not denies_told_claim(text), text
