"""Round fxO: a rejection naming an owner's statement ("the company's claim that ...", "the
minister's statement that ...") answers a claim of that owner (its voice, the body "the
company" stands for, its officers) saying the clause, not a third party's claim sharing a
word of it, nor the owner's other claims sharing none. Sentences written for these tests,
not the gold.
"""

from __future__ import annotations

from tests.claims.test_conflict_round_d89 import _disputes

FLOODS = ("Residents of Lowmarsh said the flood warnings had come far too late to move their cars. "
          "The environment minister, Carys Pendleford, said 300 homes had been flooded. "
          "Asked about the minister's statement that warnings had been issued in good time, the "
          "residents' association chairman, Owain Treharne, said the account was simply not true.")


def test_the_owner_statement_is_answered_by_the_owner_not_a_third_party(nlp):
    # A guard (main passes it too): the owner's other claim, not the residents' sharing "warnings".
    found = _disputes(nlp, FLOODS)
    assert not any("far too late" in a + b and "minister's statement" in a + b for a, b in found), found


WATER = ("Harrowby Water said on Monday that 1.2 million customers would be covered by its hosepipe ban. "
         "The company said the ban would save about 40 million litres a day. "
         "The company said reservoir levels had risen to 52% after the wettest October in a decade. "
         "Campaigner Idris Fothergill said the company's claim that its leakage was at the lowest level "
         "in its history was not supported by the data.")


def test_the_owner_claims_saying_none_of_the_clause_are_not_the_target(nlp):
    found = _disputes(nlp, WATER)
    assert not any(("1.2 million customers" in a + b or "40 million litres" in a + b)
                   and "leakage" in a + b for a, b in found), found


def test_only_a_statement_noun_makes_the_owner_test():
    from claims.conflicts.disputes import _owner_assertion_test

    class _J:  # the owner test reads no claim before it is asked about one
        pass

    assert _owner_assertion_test("The union disputed the company's punctuality figures.", _J(), []) is None
    assert _owner_assertion_test("The union said the account was simply not true.", _J(), []) is None
