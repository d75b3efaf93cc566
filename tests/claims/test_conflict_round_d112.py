"""Round d112: rejections with no negation word: a party charged with leaving things out of
its figure. Sentences written for these tests, not the gold.

a. A party as the subject of an omission ("the trust had left out school lets", 'the
   operator had "left out the jobs that go when contracts end"', "the club failed to count
   season-ticket holders") is a rejection of that party's figure
   (`rebuttals.party_omission_fault`, a ground like d44's statement that "left out").
b. Not a pronoun ("we left out"), not the speaker's own body, not a thing as the subject
   ("the route leaves out the old town"), not a passive ("those cancelled were left out"),
   not "left out of" ("was left out of the squad"), not a bare statement ("the survey left
   out rural routes", its owner's caveat) unless the charge is quoted or said with a
   charging adverb.
c. End to end: the charge answers the charged party's figure; a party telling its own
   method, and a charge against a party's plan with no figure, answer nothing.
"""

from __future__ import annotations

from claims.rebuttals import party_count_fault, party_omission_fault
from tests.claims.test_conflict_round_d89 import _disputes


def test_a_a_party_left_things_out():
    assert party_omission_fault("the trust had left out school lets and weekend hire", speaker="Morwen Tally")
    assert party_omission_fault('the operator had "left out the jobs that go when contracts end"',
                                speaker="Ivo Grange")
    assert party_omission_fault("Brackley Homes omitted the flats it sold at a discount", speaker="Ada Pim")
    assert party_omission_fault("the club failed to count season-ticket holders", speaker="The fans' forum")
    # The ground reader the dispute rules call reads it too.
    assert party_count_fault("the councils omitted the parish collections", speaker="Rural Voice")


def test_a_a_bare_statement_only_when_the_charge_is_quoted_or_marked():
    assert party_omission_fault('the survey "left out the roof, the lifts and the fire doors"',
                                speaker="The Tollgate Trust")
    assert party_omission_fault('the report "simply leaves out the cables"', speaker="The Tollgate Trust")
    assert not party_omission_fault("the survey left out rural routes", speaker="Ada Pim")


def test_b_no_pronoun_thing_passive_or_speakers_own():
    assert not party_omission_fault("we left out the night buses", speaker="Ivo Grange")
    assert not party_omission_fault("the route leaves out the old town", speaker="Ivo Grange")
    assert not party_omission_fault("the new timetable leaves out the late trains", speaker="Ivo Grange")
    assert not party_omission_fault("the sailings cancelled for fog were left out", speaker="Ivo Grange")
    assert not party_omission_fault("the striker was left out of the squad", speaker="Ivo Grange")
    assert not party_omission_fault("the council left out the old town", speaker="Brinton Council")
    assert not party_omission_fault('the £40,000 "covers only the invoices and leaves out our own crews"',
                                    speaker="Brinton Council")


def test_c_a_charge_answers_the_charged_partys_figure(nlp):
    found = _disputes(nlp, "The Ferncombe Pool Trust said visits had fallen to 61,000 last year. "
                           "The auditor, Wenna Crole, said the trust had left out visits by schools and clubs.")
    assert any("61,000" in a + b and "left out visits by schools" in a + b for a, b in found), found


def test_c_a_party_telling_its_own_omission_answers_nothing(nlp):
    found = _disputes(nlp, "The Ferncombe Pool Trust said visits had fallen to 61,000 last year. A spokesman "
                           "for the trust said the trust had left out visits by schools.")
    assert not any("left out visits" in a + b for a, b in found), found


def test_c_a_charge_answers_no_claim_without_a_figure(nlp):
    found = _disputes(nlp, "Brinton Council said the new parking zone would start in May. Ned Pardoe, who "
                           "chairs the traders' group, said the council had left out the market streets.")
    assert not any("market streets" in a + b for a, b in found), found
