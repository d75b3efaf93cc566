"""Round s76: speakers on review articles of stories no speaker round took (gold `s76-*`).
Three general causes: a person whose first name the census table gives the other sex
("Kit" f) lost the "he" of the quote that follows his report (`"...," he said.`) to a
man named before; a clause-only reporting verb as a participle after a comma ("while
charging £1.55 for a bottle") was cut off the reported clause as the speaker's act,
though without a that-clause it is the clause subject's act; a body the lede only
describes ("according to a housing charity", "figures published by the force") kept the
description though the next sentence names it as its speaker. Sentences written for
these tests, not gold text; each rule has a near miss.
"""

from claims.extract import parser_text
from tests.claims.test_speakers_s34 import _speakers, _speakers_saying


# 1. the he/she of a quote's cue right after a named person's report says the sex
QUOTED = ("The chairman, Robert Hale, said the loan was fair. Kit Moreland, a tenant, "
          "said rents had doubled. \"{quote},\" he said.")


def test_he_after_a_quote_following_the_report_is_the_person_reported(nlp):
    got = _speakers(nlp(parser_text(QUOTED.format(quote="Nobody asked us"))))
    assert _speakers_saying(got, "Nobody asked us") == ["Kit Moreland"]


def test_she_after_a_quote_following_the_report_is_the_person_reported(nlp):
    text = ("The chairwoman, Susan Hale, said the loan was fair. Sam Moreland, a tenant, "
            "said rents had doubled. \"Nobody asked us,\" she said.")
    got = _speakers(nlp(parser_text(text)))
    assert _speakers_saying(got, "Nobody asked us") == ["Sam Moreland"]


def test_near_miss_a_quote_naming_another_person_says_nothing_of_the_sex(nlp):
    got = _speakers(nlp(parser_text(QUOTED.format(quote="Ask Hale why rents doubled"))))
    assert _speakers_saying(got, "Ask Hale why rents doubled") == ["Robert Hale"]


def test_near_miss_a_quote_after_a_question_is_the_answer_of_another(nlp):
    text = ("The chairman, Robert Hale, said the loan was fair. Kit Moreland, a tenant, "
            "asked whether rents would rise. \"They will not,\" he said.")
    got = _speakers(nlp(parser_text(text)))
    assert _speakers_saying(got, "They will not") == ["Robert Hale"]


# 2. "while charging £N" is part of the claim, "charging that B" the speaker's report
def test_charging_a_price_after_a_comma_stays_in_the_reported_clause(nlp):
    text = ("The farmers' union said the dairy paid 30p a litre for milk, while charging "
            "shoppers £1.20 for a bottle.")
    got = _speakers(nlp(parser_text(text)))
    assert got == [("The farmers' union", "the dairy paid 30p a litre for milk, while "
                                          "charging shoppers £1.20 for a bottle")]


def test_near_miss_charging_that_is_still_the_speakers_report(nlp):
    text = ("The farmers' union said the dairy paid 30p a litre for milk, charging that the "
            "chain had broken its promise.")
    got = _speakers(nlp(parser_text(text)))
    assert ("The farmers' union", "the dairy paid 30p a litre for milk") in got
    assert _speakers_saying(got, "while") == []


def test_near_miss_citing_is_still_cut_off(nlp):
    text = "The union said the dairy paid 30p a litre for milk, citing figures from the board."
    got = _speakers(nlp(parser_text(text)))
    assert got == [("The union", "the dairy paid 30p a litre for milk")]


# 3. a body the lede only describes is the one the next sentence names as its speaker
LEDE = ("More than 900 families are living in hostels arranged by Marlow Vale District "
        "Council, according to a homelessness charity, which says some have waited a year. "
        "{name} said its count of council records showed 940 families in hostels. "
        "The charity said 60 of them had children under five.")


def test_a_lede_charity_is_the_body_the_next_sentence_names(nlp):
    got = _speakers(nlp(parser_text(LEDE.format(name="Roofline Marlow"))))
    assert _speakers_saying(got, "More than 900 families") == ["Roofline Marlow"]
    assert _speakers_saying(got, "some have waited a year") == ["Roofline Marlow"]
    assert _speakers_saying(got, "60 of them") == ["Roofline Marlow"]


def test_a_lede_force_is_the_police_the_next_sentence_names(nlp):
    text = ("Police in Harnmoor carried out 8,300 stop-and-searches in the year to June, up "
            "17% on the year before, according to figures published by the force on "
            "Tuesday.\n\nHarnmoor Police said the rise reflected a crackdown on burglary in "
            "Eastholm, where three homes were raided last winter.")
    got = _speakers(nlp(parser_text(text)))
    assert _speakers_saying(got, "Police in Harnmoor") == ["Harnmoor Police"]


def test_near_miss_a_name_of_another_kind_is_not_the_lede_charity(nlp):
    got = _speakers(nlp(parser_text(LEDE.format(name="Marlow Vale District Council"))))
    assert "Marlow Vale District Council" not in _speakers_saying(got, "More than 900 families")
