"""Defects a read-only review (cr81) confirmed in rounds g80 and n80, fixed by the lead.
Sentences written for these tests, not the gold.

1. g80's `_denies_told_content` dropped the teller's own claim as a target when it held any
   "not" ("would reopen in May, though not the whole line"), and read "not only",
   "whether or not", "it was not clear whether" as a contrast.
2. g80's bare affirmation ("It was.") denied a told clause whose only negator sat in a
   relative clause or condition ("the main, which had not been tested, would be ready").
3. A question ("Were residents told X? They were.") was read as a told claim.
4. A negative instruction ("told not to drink the water") was read as a negated told claim.
5. n80's `_rounds_to` counted the half-way point as rounding down (150 "rounds to" 100);
   it rounds up (6,500 is 7,000 rounded)."""

from __future__ import annotations

from datetime import date

from claims.conflicts import find_conflicts
from claims.conflicts.common import _rounds_to
from claims.conflicts.disputes import _denies_told_content
from claims.conflicts.told_claims import denies_told_claim, told_claim
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 3, 2)
LATER = date(2026, 6, 9)
LEAD = "The Ostrey ferry terminal has been shut for repairs since January. "


def _told_disputes(nlp, a: str, b: str) -> list[str]:
    refs = _claims(nlp, "a", LEAD + a, "Outlet A", DAY) + _claims(nlp, "b", LEAD + b, "Outlet B", LATER)
    texts = {r.claim.claim_id: r.claim.text for r in refs}
    return [texts[c.claim_a] + " | " + texts[c.claim_b] for c in find_conflicts(refs)
            if c.kind is ConflictKind.DISPUTE and any("told us" in texts[i] for i in (c.claim_a, c.claim_b))]


def test_1_the_tellers_own_qualified_claim_stays_the_target(nlp):
    a = "Harbourline Ferries said the terminal would reopen in April, though not the whole terminal."
    b = ('"Harbourline Ferries told us the terminal would reopen in April. It did not," '
         "said Wilma Treace of the island council.")
    assert _told_disputes(nlp, a, b)


def test_1_particles_set_nothing_aside():
    clause = "the terminal would reopen in April"
    for text in ("The terminal will not only reopen in April but take larger boats.",
                 "Whether or not the terminal reopens in April is unclear.",
                 "It was not clear whether the terminal would reopen in April."):
        assert not _denies_told_content(clause, text), text
    # still a contrast setting a told word aside
    assert _denies_told_content("the fault came from its contractor",
                                "the fault lay with the firm's own engineers, not with its contractor")


def test_2_a_negator_outside_the_main_clause_is_not_denied_by_an_affirmation():
    for text in ("We were told the new pier, which had not been inspected, would open by May. It did.",
                 "We were told the ferry would sail even if the weather was not calm. It did.",
                 "We were told the service would run with no delay to sailings. It did."):
        assert not denies_told_claim(text), text
    # near miss: the main clause's own negator is still denied
    assert denies_told_claim("We were told the new pier would not open by May. It did.")
    assert denies_told_claim("We were told there had been no damage to the pier. There had.")


def test_3_a_question_is_no_told_claim():
    assert told_claim("Were islanders told the pier was not safe? They were.") is None
    assert not denies_told_claim("Were islanders told the pier was not safe? They were.")
    assert not denies_told_claim("Had the council been told the pier was safe? It had not.")
    # near miss: the statement form still is
    assert told_claim("Islanders were told the pier was not safe. It was.") is not None


def test_4_a_negative_instruction_is_no_told_claim():
    for text in ("Passengers were told not to board the morning ferry. They did.",
                 "The crew told passengers never to use the upper deck. They did."):
        assert told_claim(text) is None, text
        assert not denies_told_claim(text), text
    # near miss: a negated claim told to them still is
    assert denies_told_claim("Passengers were told the morning ferry would not sail. It did.")


def test_5_the_half_way_point_is_no_rounding():
    assert not _rounds_to(150.0, 100.0)
    assert _rounds_to(6_500.0, 7_000.0)  # half-way rounds up
    assert _rounds_to(140.0, 100.0)
    assert _rounds_to(21_800.0, 22_000.0)
    assert not _rounds_to(22_500.0, 22_000.0)
