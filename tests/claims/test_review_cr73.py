"""Review cr73 of the merged rounds s74-s76, g72, t72, k72 (docs/conflicts.md, "## Review
cr73 (round k73)"): defects confirmed on made-up sentences, each test failing before its
fix, with a near miss that keeps what the round wanted. Sentences written for these tests,
not the gold."""

from __future__ import annotations

import time
from datetime import date

import pytest

from claims.conflicts.contradictions import _generic_definitions_blanked
from claims.conflicts.disputes import MONEY_CLAIM, _reports_telling
from claims.extract import parser_text
from claims.models import ConflictKind
from tests.claims.test_conflict_round_t72 import BAN, _disputes
from tests.claims.test_figure_roles import _conflicts
from tests.claims.test_speakers_s34 import _speakers, _speakers_saying

# --- 1. t72: a teller's own telling, however worded, is the told target -----------------------

TELLER = ("Tarnwick Water said its reservoirs in the Harrowdale valley held enough water for the summer. "
          "{said} "
          "The company supplies 400,000 homes from the three reservoirs.")


@pytest.mark.parametrize("said", [
    "Its operations director, Ewan Colquhoun, said he had told customers no hosepipe ban would be needed "
    "in the valley this year.",
    "Its operations director, Ewan Colquhoun, said: \"We've told customers no hosepipe ban will be needed "
    "in the valley this year.\"",
    "Its operations director, Ewan Colquhoun, said: \"We have always told customers no hosepipe ban will be "
    "needed in the valley this year.\"",
])
def test_1_the_tellers_own_telling_is_the_target(nlp, said):
    pairs = _disputes(nlp, (TELLER.format(said=said), "Valley Gazette", date(2026, 7, 1)),
                      (BAN, "Harrowdale Post", date(2026, 7, 14)))
    assert any(any("never true" in t for t in p) and any("hosepipe ban" in t and "told" in t for t in p)
               for p in pairs)


def test_1_words_of_a_first_person_telling():
    assert not _reports_telling("We've told customers no hosepipe ban will be needed")
    assert not _reports_telling("We also told customers no hosepipe ban will be needed")
    assert not _reports_telling("he had told customers no hosepipe ban would be needed")


def test_1_near_miss_a_telling_reported_by_another_is_still_no_target():
    assert _reports_telling("Residents trusted the company because it told them no hosepipe ban would be needed")
    assert _reports_telling("They trusted him because he had told them their money was safe")
    assert _reports_telling("Residents said the company had told them no hosepipe ban would be needed")


# --- 5. k72: a sum of a money noun with a modifier is a claim for money -------------------------


def test_5_a_sum_in_modified_money_is_a_money_claim():
    for text in ("claims of £2m in storm damage", "her claim of £640 in unpaid wages",
                 "claims of £4,000 in legal costs"):
        assert MONEY_CLAIM.search(text), text


def test_5_a_money_claim_rejected_is_no_dispute(nlp):
    a = ("Residents of Brackley said they had lodged claims of £2m in storm damage with Hollins Insurance after "
         "the storm. Jan Pike, who leads the residents' group, said 40 homes were flooded.")
    b = ("Hollins Insurance has rejected claims of £2m in storm damage from residents of Brackley after the "
         "storm, saying the flood defences were not maintained. The company said 40 homes in Brackley were "
         "flooded.")
    assert not _disputes(nlp, (a, "Gazette", date(2026, 7, 1)), (b, "Post", date(2026, 7, 2)))


def test_5_near_miss_a_sum_of_savings_is_still_a_statement():
    for text in ("claims of £40m in savings", "claims of £40m in cost savings", "claims of £3m of waste"):
        assert not MONEY_CLAIM.search(text), text


