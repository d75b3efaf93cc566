"""Round d62 (a dispute aimed at the wrong claim: the preceding-claim last resort): docs/conflicts.md,
"Added in round d62". Articles and sentences written for these tests, about none of the gold
cases; the rule has a near miss."""

from datetime import date

import claims.conflicts.disputes as disputes
from tests.claims.test_conflict_round_t40 import _dispute_targets
from tests.claims.test_figure_roles import _claims

TOLD = date(2026, 6, 1)
ANSWERED = date(2026, 6, 3)

COUNCIL = ("A new leisure centre will open in Dunmarsh in May, the district council said on Tuesday. "
           "Ingrid Caulfield, the council's leisure director, said the centre would double the number of "
           "swimming lessons in the town. She said the council had spent £9 million on the site.")

CLUBS = ("The swimming clubs' association said on Thursday that the new centre would close the old lido at "
         "Greyside Park. Association chair Rowan Pike said the council's promise of more swimming lessons was "
         "hollow, because the closure of the lido would leave the town with fewer pools. He said the association "
         "would write to every councillor.")


def _targets(nlp, told: str) -> list[str]:
    refs = _claims(nlp, "a", told, "Dunmarsh Herald", TOLD) + _claims(nlp, "b", CLUBS, "Valley Sound", ANSWERED)
    return _dispute_targets(refs, "promise of more swimming lessons")


def test_the_claim_saying_what_was_rejected_in_another_outlet_wins_over_the_preceding_one(nlp):
    # The preceding claim (the association's own lido warning) shares only words of the
    # reasons the rejecter gives; the council director's claim in the other outlet says
    # what was rejected ("swimming lessons").
    found = _targets(nlp, COUNCIL)
    assert any("swimming lessons in the town" in t for t in found), found
    assert not any("old lido" in t for t in found), found


def test_near_miss_a_claim_sharing_no_word_of_what_was_rejected_is_not_taken(nlp):
    # Without the director's sentence the other outlet holds only the council's spending:
    # it says nothing of lessons, so the last resort stays as it was.
    told = COUNCIL.replace("Ingrid Caulfield, the council's leisure director, said the centre would double the "
                           "number of swimming lessons in the town. ", "")
    found = _targets(nlp, told)
    assert not any("£9 million" in t for t in found), found


def test_the_rejected_words_leave_out_the_reasons_and_whose_statement_it_was():
    class _Claim:
        speaker = "Rowan Pike"
        speaker_mention = "Association chair Rowan Pike"
        cue = "said"

    class _Rejection:
        own_text = ("the council's promise of more swimming lessons was hollow, because the closure of the lido "
                    "would leave the town with fewer pools")
        claim = _Claim()
        voice = frozenset({"rowan", "pike"})

    words = disputes._rejected_words(_Rejection())
    assert "lesson" in words or "lessons" in words or any(w.startswith("lesson") for w in words), words
    assert not any(w.startswith(("lido", "pool", "council")) for w in words), words


# --- the story's lowest step: another party's claim of a loosely related article ------------------

BUDGET = ("Dunmarsh district council set its budget for next year on Tuesday, raising council tax by 4.9%. "
          "The council said it would close two libraries and cut grants to community groups by £300,000. "
          "Council leader Amos Frith said bin collections would move to every three weeks from April. "
          "He said the council faced a gap of £6 million over three years. "
          "Ingrid Caulfield, the council's leisure director, said the new centre would double the swimming lessons "
          "offered to children. "
          "Opposition councillors said the tax rise would hit pensioners hardest.")

LIDO = ("Parents in Greyside have complained about the state of the old lido. "
        "Rowan Pike, who chairs the swimming clubs' association, said on Thursday that the promise of more "
        "swimming lessons for children was hollow.")


def _lido_targets(nlp, budget: str) -> list[str]:
    refs = _claims(nlp, "a", budget, "Dunmarsh Herald", TOLD) + _claims(nlp, "b", LIDO, "Valley Sound", ANSWERED)
    return _dispute_targets(refs, "promise of more swimming lessons")


def test_a_loosely_related_articles_claim_saying_what_was_rejected_is_the_target(nlp):
    # The budget article is only loosely of the lido story; its director's claim says two
    # words of what was rejected ("swimming lessons"), and nothing else does.
    found = _lido_targets(nlp, BUDGET)
    assert any("double the swimming lessons" in t for t in found), found


def test_near_miss_a_loose_claim_sharing_one_word_of_it_is_not_taken(nlp):
    budget = BUDGET.replace("would double the swimming lessons offered to children",
                            "would have a cafe and a gym for children")
    found = _lido_targets(nlp, budget)
    assert not any("cafe" in t for t in found), found
