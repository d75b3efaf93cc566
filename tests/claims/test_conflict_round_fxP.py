"""Round fxP: a rejection that points back with a bare "that".
Sentences written for these tests, not the gold.

a. "said that was not right", "said that was not their experience": the claim's span
   leaves the pointer in the words before it, and a complement of "not" from
   claims/data/rejection_pointer_denials.txt denies that what was just said is so
   (`rebuttals.judges_a_statement`); the target is the other party's claim just before.
   A complement saying something of a thing ("that was not possible") is no rejection.
"""

from __future__ import annotations

from claims.rebuttals import judges_a_statement
from tests.claims.test_conflict_round_d89 import _disputes


def test_a_bare_pointer_denied_to_be_so():
    assert judges_a_statement("was not right", "Ellen Marrow said that")
    assert judges_a_statement("was simply not correct", "The board said that")
    assert judges_a_statement("was not their experience", "Residents said this")
    assert judges_a_statement('was "not the case"', "The trust said that")
    assert judges_a_statement('was "not what families on the estate had been told"', "She said that")
    assert judges_a_statement("was not how the drivers counted", "The union said that")
    assert not judges_a_statement("was not what the council wanted", "She said that")
    # A thing, not a statement, is what the complement describes.
    assert not judges_a_statement("was not possible to arrange sooner", "She said that")
    assert not judges_a_statement("was not enough to pay the rent", "He said that")
    assert not judges_a_statement("was not right", "He said the boiler")


BOILERS = ("Harbourvale Council said every tenant on the Eastfield estate had been offered a new boiler by the "
           "end of March.\n\nEllen Marrow, who chairs the tenants' association, said that was not their "
           "experience. Ms Marrow said the association would meet the council on Friday, and said that was "
           "not possible to arrange any sooner.")


def test_a_a_pointer_rejects_the_claim_before(nlp):
    found = _disputes(nlp, BOILERS)
    assert any({a, b} == {"was not their experience",
                          "every tenant on the Eastfield estate had been offered a new boiler by the end of March"}
               for a, b in found), found
    assert not any("possible" in a or "possible" in b for a, b in found), found
