"""Round r107 (a fresh review: beavers on a river estate, a carnival cut back, a graffiti
contract): two negations that deny no predicate, for the contradiction rule.

a. "instead of" / "rather than" between two figures, the second closing its phrase ("two
   days instead of three, with a reading tent of 40 seats instead of 60 seats"), puts one
   figure in place of another: the words after the comma are a phrase of their own, not a
   denied predicate (read as one, "tent" opposed any claim naming the tent). Near misses: a
   thing set aside ("the signals instead of the drivers") and a figure followed by more
   words ("instead of three stalls selling food") still negate.
b. A contrast after a comma, "A, not the B <clause describing B>" ("only lists repairs
   booked through the helpline, not the potholes our gangs fill on their rounds"): the
   negation reaches the contrasted noun phrase, not the verb of the clause describing it
   ("fill"), which the speaker asserts. Near misses: a contrast with no such clause, and a
   negation not after a comma, keep their clause.
Sentences written for these tests, about none of the gold cases.
"""

from __future__ import annotations

import re

from claims.conflicts import ConflictKind
from claims.conflicts.contradictions import _contrasted_noun_phrase, _Wording
from tests.claims.test_conflict_round_r103 import _found


FESTIVAL = ("The district council said the book festival would run for two days instead of three, with a "
            "reading tent of 40 seats instead of 60 seats.")
TENT = "The festival's director said the reading tent would be put back in the abbey garden next year."


def test_a_figures_put_in_place_of_figures_deny_nothing():
    assert _Wording.of("the book festival would run for two days instead of three, with a reading tent of "
                       "40 seats instead of 60 seats").negation is None
    assert _Wording.of("the ferry will sail at 9am rather than 8am, from the north quay").negation is None


def test_a_figures_put_in_place_of_figures_oppose_no_claim_of_the_thing(nlp):
    assert not _found(nlp, FESTIVAL, TENT, ConflictKind.CONTRADICTION)


def test_a_a_thing_set_aside_still_negates():
    # Near misses: a thing set aside, and a figure followed by a clause of its own words.
    assert _Wording.of("the delay was caused by the signals instead of the drivers").negation == "instead of"
    assert _Wording.of("the market will have two stalls instead of three stalls selling hot food").negation \
        == "instead of"


REGISTER = ("The firm said the council's register \"only lists repairs booked through the helpline, not the "
            "potholes our gangs fill on their rounds\".")
EXPECTS = "The council expects the firm to fill about 9,000 potholes a year."


def test_b_a_contrasted_noun_is_negated_without_its_describing_clause():
    text = "only lists repairs booked through the helpline, not the potholes our gangs fill on their rounds"
    m = next(re.finditer(r"\bnot\b", text))
    assert _contrasted_noun_phrase(text, m, text[m.end():]) == "the potholes"
    text = "it counts the visitors at the gate, not the people who come by boat"
    m = next(re.finditer(r"\bnot\b", text))
    assert _contrasted_noun_phrase(text, m, text[m.end():]) == "the people"


def test_b_a_contrasted_noun_opposes_no_claim_of_its_describing_verb(nlp):
    assert not _found(nlp, REGISTER, EXPECTS, ConflictKind.CONTRADICTION)


def test_b_other_negations_keep_their_clause():
    # Near misses: no clause describing the noun, and a "not" that follows no comma.
    text = "the crews will mend the bridge deck, not the footpath beside the river"
    m = next(re.finditer(r"\bnot\b", text))
    assert _contrasted_noun_phrase(text, m, text[m.end():]) == text[m.end():]
    text = "the crews did not fill the potholes our inspectors found"
    m = next(re.finditer(r"\bnot\b", text))
    assert _contrasted_noun_phrase(text, m, text[m.end():]) == text[m.end():]
