"""Round r89, a twenty-sixth fact-checker's review of fresh stories (docs/review_r89.md): a
maternity unit under a safety review, a bike-share contract, a data centre's water use.
Defects fixed, with near misses. Sentences written for these tests, not the gold.

a. A negation's reach ends at its sentence's end (`contradictions.NEGATED_CLAUSE_END`):
   "No fuel is wasted. The new buses will use less fuel than the old fleet." denies the
   fuel's waste, not its use the next sentence tells, and opposed every claim naming a use
   of fuel.
b. An elliptical denial may close its clause before "and" or "but" ("It was not, and the
   council knew it": `told_claims.ELLIPTICAL_DENIAL`), and the told sentence of a claim that
   denies what it was told is not the speaker's own assessment
   (`contradictions._told_sentence_blanked`): "We were told the bridge was safe. It was
   not" agrees with "the bridge is still not safe".
c. The words naming a reference level after "below", "above", "under" ... and a determiner
   ("below its safe loading level", "above the legal limit") are the level's, not an
   assessment of the subject (`contradictions._reference_levels_blanked`,
   claims/data/conflict_reference_levels.txt)."""

from __future__ import annotations

from claims.conflicts.contradictions import _Wording
from claims.conflicts.told_claims import denies_told_claim


def _opposed(a: str, b: str):
    return _Wording.of(a).opposed_to(_Wording.of(b))


DENIAL = "No fuel is wasted. The new buses will use less fuel than the old fleet."


def test_a_a_denial_does_not_reach_into_the_next_sentence():
    assert _opposed(DENIAL, "the fleet's fuel use had risen by 12% since May") is None
    assert _opposed(DENIAL, "the council limits fuel use to 9,000 litres a week") is None
    assert _opposed("Almost no steam escapes. It will use less steam than the old boiler house.",
                    "the council capped steam use at 40 tonnes a day") is None


def test_a_the_denial_still_meets_its_own_clause():
    # near misses: what the first sentence denies is still opposed, and a denial whose
    # sentence goes on to the use still reaches it
    assert _opposed(DENIAL, "fuel is wasted every night, the drivers said")
    assert _opposed("No fuel use is recorded for the fleet.", "the fleet's fuel use had risen by 12% since May")


def test_b_an_elliptical_denial_may_go_on_after_and_or_but():
    assert denies_told_claim("We were told the bridge was safe. It was not, and the council knew it")
    assert denies_told_claim("We were told the depot would stay open. It did not, but nobody said why")
    # near misses: an answer that agrees, and a negation of a verb of its own
    assert not denies_told_claim("We were told the delay would be short. It was, and we are grateful")
    assert not denies_told_claim("We were told the line would not reopen in May. It did not, and nobody said why")


def test_b_a_told_sentence_is_not_the_speakers_assessment():
    told = "We were told the bridge was safe. It was not, and the council knew it"
    assert _opposed(told, "the bridge is still not safe") is None
    assert _opposed("the inspectors found years of unsafe repairs", told) is None
    # near misses: the same words said outright still oppose
    assert _opposed("The bridge was safe", "the bridge is still not safe")
    assert _opposed("the inspectors found years of unsafe repairs", "The bridge was safe all along")


def test_c_a_reference_levels_words_are_no_assessment():
    from claims.conflicts.contradictions import _reference_levels_blanked
    assert _opposed("the lift had been run below its safe loading level on 40 days",
                    "the lift is still not safe") is None
    assert _opposed("the inspectors found years of unsafe repairs",
                    "pressure had fallen below the safe level on nine of the 30 days checked") is None
    assert _reference_levels_blanked("readings were above the legal limit").split() == \
        ["readings", "were", "above", "the", "limit"]


def test_c_an_assessment_outside_a_level_still_counts():
    from claims.conflicts.contradictions import _reference_levels_blanked
    # near misses: "safe" said of the subject, and a level named without a preposition of
    # position
    assert _opposed("the lift is safe to use", "the lift is still not safe")
    assert _opposed("the safe level was met on every day, so the lift is safe", "the lift is still not safe")
    assert _reference_levels_blanked("the lift is safe") == "the lift is safe"
