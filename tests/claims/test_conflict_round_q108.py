"""Round q108: rejections told as a fault of method, with no negation word: a party
charged with counting wrongly. Sentences written for these tests, not the gold.

a. A party or another party's statement as the subject of a counting verb whose object
   is taken again ("counted some pupils twice", "double-counted"), counted as what it is
   not ("counted late trains as cancelled"), or counted only in part ("was counting only
   the claims it paid") is a rejection of that party's figure
   (`rebuttals.party_count_fault`, a ground like d44's "left out"); the subject may be
   left before the claim's span ('said the board had "counted ..."').
b. Not a pronoun's count ("we counted", "it counted"), nor a count made twice on purpose
   ("counted every ballot twice", "the votes"), nor "as" opening a clause ("as the polls
   closed"), nor a counter sharing a word with the speaker (the party telling its own
   method).
c. End to end: the charge answers the charged party's figure; a party telling its own
   method answers nothing.
"""

from __future__ import annotations

from claims.rebuttals import party_count_fault
from tests.claims.test_conflict_round_d89 import _disputes


def test_a_counted_again():
    assert party_count_fault("the hospital had counted some patients twice", speaker="Ilse Marrow")
    assert party_count_fault("the education office counted boarding pupils twice", speaker="Tamsin Reeve")
    assert party_count_fault("the operator's tally double-counted passengers who changed trains",
                             speaker="Ned Cawley")
    assert party_count_fault("The 14% figure double-counts the subsidy", speaker="Ned Cawley")


def test_a_counted_as_and_counted_only():
    assert party_count_fault("the regulator had counted letters sent to the wrong address as complaints",
                             speaker="The water company")
    assert party_count_fault("the railway was counting trains that left two minutes late as cancelled",
                             speaker="Orla Penhallow")
    assert party_count_fault("the insurer was counting only the claims it had already paid",
                             speaker="Dara Mulvey")


def test_a_the_wrong_date():
    assert party_count_fault("the ministry was counting from the wrong date", speaker="Ilse Marrow")
    assert party_count_fault('the regulator had used "the wrong baseline"', speaker="The water company")
    assert not party_count_fault("we used the wrong baseline", speaker="Ilse Marrow")


def test_b_a_participle_after_a_comma_has_no_subject_before_the_span():
    assert not party_count_fault("the total at 2,300, counting only claims made online",
                                 'The insurer has put "', speaker="Dara Mulvey")


def test_a_subject_left_before_the_span():
    assert party_count_fault("counted overseas visitors twice", 'Ms Penhallow said the board had "',
                             speaker="Orla Penhallow")


def test_b_no_pronoun_no_care_no_clause_not_the_speakers_own():
    assert not party_count_fault("we counted every household once", speaker="Ned Cawley")
    assert not party_count_fault("it counted only weekday services", speaker="Ned Cawley")
    assert not party_count_fault("the returning officer counted every ballot twice", speaker="Ned Cawley")
    assert not party_count_fault("the clerks counted the votes twice", speaker="Ned Cawley")
    assert not party_count_fault("the stewards counted the crowd as the gates closed", speaker="Ned Cawley")
    assert not party_count_fault("the railway is counting only trains cancelled on the day",
                                 speaker="the railway's spokesman")


def test_c_a_charge_answers_the_charged_partys_figure(nlp):
    found = _disputes(nlp, "The Vale Schools Trust said 1,900 pupils had been excluded last year. "
                           "Hedda Strom, who chairs the county's heads' association, said the trust had "
                           "counted some pupils twice.")
    assert any("1,900 pupils" in a + b and "counted some pupils twice" in a + b for a, b in found), found


def test_c_a_party_telling_its_own_method_answers_nothing(nlp):
    found = _disputes(nlp, "The Fernhill Railway said 340 trains had been cancelled in March. A spokesman "
                           "for the railway said the railway was counting only trains cancelled on the day.")
    assert not any("counting only" in a + b for a, b in found), found


def test_c_a_charge_answers_no_other_figure_of_the_story(nlp):
    found = _disputes(nlp, "Castlemere Water said 4,100 homes had lost supply during the freeze. The company "
                           "also said it would spend £12m on new mains next year. Wynn Tallis, who chairs the "
                           "customers' forum, said the company had counted flats in one block as a single home.")
    assert any("4,100 homes" in a + b and "single home" in a + b for a, b in found), found
    assert not any("£12m" in a + b and "single home" in a + b for a, b in found), found
