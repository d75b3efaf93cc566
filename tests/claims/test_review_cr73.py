"""Review cr73 of the merged rounds s74-s76, g72, t72, k72 (docs/conflicts.md, "## Review
cr73 (round k73)"): defects confirmed on made-up sentences, each test failing before its
fix, with a near miss that keeps what the round wanted. Sentences written for these tests,
not the gold."""

from __future__ import annotations

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


# --- 2. g72: one target named with one more word on the negated side ---------------------------

WATER = "Harrow Water has been told by the regulator to cut leaks from its mains. "
DAY = date(2026, 3, 2)


@pytest.mark.parametrize("a, b", [
    ("The regulator said Harrow Water never reached its annual leakage target last year.",
     "Harrow Water said it met its target for leaks last year."),
    ("The regulator said Harrow Water never met its annual leakage target last year.",
     "Harrow Water said it reached its target for leaks last year."),
])
def test_2_one_target_named_with_a_modifier_is_contradicted(nlp, a, b):
    found = [c for c in _conflicts(nlp, WATER + a, WATER + b, DAY, DAY) if c.kind is ConflictKind.CONTRADICTION]
    assert len(found) == 1


def test_2_near_miss_water_that_never_reached_a_tap_met_no_target(nlp):
    a = "The regulator said about a quarter of the water never reached a tap in the town last year."
    b = "Harrow Water said it was on track to meet its target for leaks last year."
    found = [c for c in _conflicts(nlp, WATER + a, WATER + b, DAY, DAY) if c.kind is ConflictKind.CONTRADICTION]
    assert not found


# --- 3. g72: a generic definition is blanked up to its complement only --------------------------

AIR = "Skyline Air cancelled hundreds of flights this winter. "
CANCELLED = "The regulator said Skyline Air cancelled 310 flights between November and February."


def test_3_a_denial_after_and_is_not_blanked_with_the_definition(nlp):
    a = ("Skyline Air said a flight that leaves late is not a cancelled flight and no flight had been "
         "cancelled between November and February.")
    found = [c for c in _conflicts(nlp, AIR + a, AIR + CANCELLED, DAY, DAY) if c.kind is ConflictKind.CONTRADICTION]
    assert found
    blanked = _generic_definitions_blanked("A flight that leaves late is not a cancelled flight and no flight "
                                           "had been cancelled")
    assert blanked.strip().startswith("and no flight had been cancelled")


def test_3_a_present_perfect_relative_clause_is_an_events():
    text = "A man who has been arrested is not a suspect"
    assert _generic_definitions_blanked(text) == text


def test_3_near_miss_the_definition_itself_is_still_blanked():
    assert not _generic_definitions_blanked("A sailing that leaves an hour late is not a cancelled sailing").strip()
    assert not _generic_definitions_blanked("A loan that is repaid early is not a default").strip()


# --- 4. s76: a name after a form of address is a person, not the lede's body ---------------------

LEDE = ("More than 900 families are living in hostels and bed-and-breakfasts in Marlow Vale District "
        "Council, according to a homelessness charity, which says some have waited a year. "
        "{name} said its count of council records showed 940 families in hostels. "
        "The charity said 60 of them had children under five.")


@pytest.mark.parametrize("name, surname", [("Ms Halvey", "Halvey"), ("Dr Pellow", "Pellow")])
def test_4_a_person_addressed_is_not_the_lede_charity(nlp, name, surname):
    got = _speakers(nlp(parser_text(LEDE.format(name=name))))
    assert surname not in _speakers_saying(got, "More than 900 families")
    assert surname not in _speakers_saying(got, "60 of them")


def test_4_near_miss_a_name_with_no_address_is_still_the_charity(nlp):
    got = _speakers(nlp(parser_text(LEDE.format(name="Roofline Marlow"))))
    assert _speakers_saying(got, "More than 900 families") == ["Roofline Marlow"]


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


# --- 6. g72: the generic definition pattern is not quadratic -------------------------------------


def test_6_long_unpunctuated_text_keeps_its_words_and_offsets():
    # The time it takes is measured in bench/long_text_readers.py, not asserted here.
    text = "they said that a dog that runs fast " * 2000
    assert _generic_definitions_blanked(text) == text
    tail = "A sailing that leaves an hour late is not a cancelled sailing."
    blanked = _generic_definitions_blanked(text + tail)
    assert len(blanked) == len(text + tail) and blanked != text + tail
