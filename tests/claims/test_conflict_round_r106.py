"""Round r106 (a fact-checker's review of three fresh stories): two shapes.

a. A count said to take each of one thing as another ("the society's figure counts every
   member's guest as a visitor", "the agency's 2.6 million counted every ticket as a
   separate passenger") is a rejection of that figure with no rejecting word, the family of
   j101's method faults (`rebuttals.COUNTED_EACH_AS`, read only with `method_fault`'s
   subject test). Not the speaker's own count ("our count takes every ... as a"), not a
   party describing its own method ("The council counts every report as a separate case").
b. "wrong" before a path ("the figures went the wrong way", "heading in the wrong
   direction") calls a trend bad and rejects no statement, even after a statement noun;
   "the figures were wrong", "the wrong figure" still do.
Sentences written for these tests, about none of the gold cases.
"""

from __future__ import annotations

from claims.lexicon import rejects_a_claim
from claims.rebuttals import method_fault
from tests.claims.test_conflict_round_d89 import _disputes


def test_a_count_of_each_thing_as_another_faults_an_owned_figure():
    assert method_fault('the society\'s figure "counts every member\'s guest as a visitor"')
    assert method_fault("the agency's 2.6 million counted every ticket as a separate passenger")
    assert method_fault("the league's count counts each loan spell as two transfers")
    assert method_fault("counts every repeat caller as a new complaint",
                        "The regulator said the campaign's total \"")


def test_a_count_of_each_thing_as_another_near_misses():
    # The speaker's own count, a party telling its own method, and a count with no "as".
    assert not method_fault("our count takes every guest as a visitor")
    assert not method_fault("our figure counts every ticket as a separate passenger")
    assert not method_fault("The council counts every report as a separate case")
    assert not method_fault("the society's figure counts every member who attended")
    assert not method_fault("the agency's survey counted each of the 40 stations")


def test_a_count_of_each_thing_as_another_answers_the_other_partys_figure(nlp):
    text = ("The Fallowmere Walkers' Society said 8,400 people had walked the coast path in August. "
            "The park authority's ranger, Idris Pentecost, said the society's figure \"counts every "
            "walker who passes two of its counters as two walkers\".")
    found = _disputes(nlp, text)
    assert any("8,400 people" in a + b and "counts every walker" in a + b for a, b in found), found


def test_a_party_telling_how_it_counts_each_thing_answers_nothing(nlp):
    # Near miss: the owner's own method, no other party's figure named.
    text = ("The Fallowmere Walkers' Society said 8,400 people had walked the coast path in August. "
            "Its secretary said the society counts every walker who passes two counters as one walker.")
    found = _disputes(nlp, text)
    assert not any("counts every walker" in a + b for a, b in found), found


def test_b_a_trend_going_the_wrong_way_rejects_no_statement():
    assert not rejects_a_claim("What we can say is that the figures went the wrong way")
    assert not rejects_a_claim("the numbers are heading in the wrong direction")
    assert not rejects_a_claim("the survey results moved the wrong way for the second year")


def test_b_a_statement_called_wrong_still_rejects():
    # Near misses: "wrong" of the statement itself, of a figure noun, or of a way of counting.
    assert rejects_a_claim("the figures were wrong")
    assert rejects_a_claim("the council's estimate was simply wrong")
    assert rejects_a_claim("the board's figures used the wrong count of beds")


def test_b_a_trend_going_the_wrong_way_is_no_dispute(nlp):
    text = ("The district council said 9,000 people had come to the festival, more than ever, and that "
            "the night had passed off safely. The county fire service's station manager, Oriane Teague, "
            "said it attended 44 fires that week. \"What we can say is that the figures went the wrong "
            "way,\" she said.")
    found = _disputes(nlp, text)
    assert not any("wrong way" in a + b for a, b in found), found
