"""Round fx1: a rise of one thing read against a fall of another (docs/conflicts.md,
"Round fx1"). `contradictions._movers` reads what a rise or fall word moves; three readings
let two things of one story meet. Sentences written for these tests, not the gold."""

from __future__ import annotations

from types import SimpleNamespace

from claims.conflicts.contradictions import _movers, _sentence_to_claim_end, _Wording
from tests.claims.test_conflict_round_r19 import _opposed


def test_a_comma_change_moves_the_predicate_not_the_subject():
    # ", up from 40%" after "had joined the loyalty scheme": the scheme's members rose, not
    # the shops being shut that the other claim's fall is told of
    a = "62% of the shoppers at the shops being shut had now joined the loyalty scheme, up from 40% in May"
    movers = _Wording.of(a).movers
    assert "schem" in movers and "shut" not in movers and "shop" not in movers
    assert _opposed(a, "takings at the shops being shut had fallen by 30% over the year") is None


def test_near_miss_a_passive_still_counts_its_subject():
    # "had been reported": what was reported is what fell
    movers = _Wording.of("31 new burglaries had been reported in the town in March, down from 45").movers
    assert any(m.startswith("burglar") for m in movers)
    assert _opposed("31 new burglaries had been reported in the town in March, down from 45",
                    "new burglaries in the town rose in March") is not None


def test_a_rate_unit_after_a_figure_is_not_what_moved():
    # "£4.20 a journey": the fare moved, not the journeys another claim says fell
    a = "An adult will pay £4.20 a journey, up from £3.60"
    assert not any(m.startswith("journe") for m in _Wording.of(a).movers)
    assert _opposed(a, "Bus journeys fell by 11% last year") is None


def test_near_miss_one_thing_rising_and_falling_still_opposes():
    assert _opposed("The adult fare will rise to £4.20 a journey",
                    "the adult fare will fall next year") is not None
    assert _opposed("Bus journeys in the county fell 6% last year",
                    "bus journeys in the county rose last year, the operator said") is not None


def test_the_claims_sentence_names_a_subject_the_claim_left_out():
    sentence = "The council said parking fines across the whole district had fallen by 20% in two years."
    claim = SimpleNamespace(sentence=sentence, sentence_start=100,
                            end_char=100 + sentence.index(" in two years"))
    text = _sentence_to_claim_end(claim)
    assert text.endswith("by 20%")
    w = _Wording.of("had fallen by 20% in two years")
    assert w.movers == frozenset()
    assert any(m.startswith("fine") for m in _movers(text, w.left, w.right))
