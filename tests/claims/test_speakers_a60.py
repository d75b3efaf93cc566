"""Round a60: speakers a reviewer still found wrong after a59 (g57's review, the stores of
g53, u57's roles). A described speaker ("the charity", "the campaign group", "the
company") is the nearest body of that kind named before it, never a body or an unnamed
description of another kind; an accuser named "one of its former X" ends before the
accusation's "of"; a role next to a person's name is that person. Sentences written for
the round, none of them gold text. Each test fails on main (5162460); each near miss
passes on both.
"""

import pytest

from claims.speakers import SpeakerResolver
from tests.claims.test_speakers_s34 import _retag, _speakers, _statements_holding as _by


# 1. "The charity said": the charity the article typed, though NER tagged its name a place
CHARITY = ("The figures were published by the Vale Housing Ombudsman on Monday. They compare "
           "the council's count with that of the housing charity Roofline Ashby. Its director, "
           "Mara Quell, said the council had left out 300 households. "
           "The {who} said 1,200 families were waiting for a home.")


def test_the_charity_is_the_typed_charity_not_the_ombudsman(nlp):
    text = CHARITY.format(who="charity")
    got = _by(_speakers(_retag(nlp(text), text, ["Roofline Ashby"], "GPE")), "1,200 families")
    assert got and got[0][0] == "Roofline Ashby"


def test_near_miss_the_ombudsman_is_not_the_charity(nlp):
    text = CHARITY.format(who="ombudsman")
    got = _by(_speakers(_retag(nlp(text), text, ["Roofline Ashby"], "GPE")), "1,200 families")
    assert got and got[0][0] != "Roofline Ashby"


# 2. "The campaign group says": the campaign named before, not the rival company quoted in
#    the sentence before it
FIBRE = ("Ravensby Rural Action has complained about Pellow Fibre's advertisements. The "
         "company said 41,000 homes were connected. Its nearest rival, Corbel Networks, says "
         "it has 9,000 customers. The campaign group says 12 villages were dropped from the "
         "plan. The company says 41,000 homes can order a service.")


def test_the_campaign_group_is_the_campaign_not_the_rival(nlp):
    got = _by(_speakers(nlp(FIBRE)), "12 villages")
    assert got and got[0][0] == "Ravensby Rural Action"


def test_near_miss_the_company_is_still_the_company(nlp):
    got = _by(_speakers(nlp(FIBRE)), "can order a service")
    assert got and got[0][0] == "Pellow Fibre"


# 3. "The company said" after a quoted letter: not the letter's author (a description of
#    another kind), and not lost because the company's spokesperson said "the company"
FOUNDRY = ("Maltby Foundry has been fined £2m over a fire at its works. \"The company was never "
           "warned about the wiring,\" a spokesperson said. A letter from the site's insurance "
           "assessor to the company's board in 2022 said the wiring was \"dangerous\". The "
           "company said 140 workers had been evacuated safely.")


def test_the_company_is_not_the_author_of_a_letter(nlp):
    got = _by(_speakers(nlp(FOUNDRY)), "140 workers")
    assert got and got[0][0] == "Maltby Foundry"


def test_near_miss_a_description_of_the_kind_is_of_the_kind():
    assert SpeakerResolver._other_described("the site's insurance assessor", {"company"})
    assert not SpeakerResolver._other_described("the water company", {"company"})
    assert not SpeakerResolver._other_described("Maltby Foundry", {"company"})


# 4. "accused by one of its former X of ...": the accuser ends before the accusation
def test_accuser_in_one_of_phrase_ends_before_the_accusation(nlp):
    text = "A hospice has been accused by one of its former nurses of leaving 30 patients without pain relief."
    got = _by(_speakers(nlp(text)), "30 patients")
    assert got and got[0][1].startswith("leaving 30 patients")
    assert " of " not in (got[0][0] or "") and "leaving" not in (got[0][0] or "")


def test_near_miss_accused_with_no_accuser_is_no_statement(nlp):
    text = "A hospice has been accused of leaving 30 patients without pain relief."
    assert not _by(_speakers(nlp(text)), "30 patients")


# 5. a role in apposition to a person's name is that person (its relative clause's speaker)
def test_role_beside_a_name_speaks_for_the_person(nlp):
    text = ("Nia Rowe, the union's regional secretary, who says 300 jobs will go, told the "
            "meeting the plan was a disgrace.")
    got = _by(_speakers(nlp(text)), "300 jobs")
    assert got and got[0][0] == "Nia Rowe"


def test_near_miss_a_body_beside_its_description_stays_the_body(nlp):
    text = ("Brackwell Telecom, the operator that says 9,000 customers have switched, told the "
            "meeting the plan was fair.")
    got = _by(_speakers(nlp(text)), "9,000 customers")
    assert got and got[0][0] == "Brackwell Telecom"


# 6. "The <role> of <X>, Name Name, said" / "The <role> who ..., Name Name, said": the holder
@pytest.mark.parametrize("text, speaker", [
    ("The chair of the trustees, Marigold Fenwick, said the trustees had met 14 times.", "Marigold Fenwick"),
    ("The mayor of Villabrava, Jordi Casals, said 52 homes were lost.", "Jordi Casals"),
    ("The former volunteer who first raised concerns, Marigold Fenwick, said 14 dogs had died.",
     "Marigold Fenwick"),
    # near miss: a body closing the subject stays a body
    ("The operator of the line, Harbour Transit, said 40 trains were late.", "Harbour Transit"),
])
def test_role_with_a_name_is_the_holder(nlp, text, speaker):
    got = _speakers(nlp(text))
    assert got and got[0][0] == speaker


def test_near_miss_no_name_leaves_the_role(nlp):
    text = "The lawyer for the family, who asked not to be named, said 14 witnesses would speak."
    got = _speakers(nlp(text))
    assert got and got[0][0] == "The lawyer for the family"


def test_near_miss_a_lower_case_word_typed_a_body_is_no_name(nlp):
    # the parser tags "health" a proper noun of "the ... public health department": a word
    # of the description, not a body named there; a first version of rule 1 took it
    text = ("The regional public health department has reported a lower total. A spokesman "
            "for the department said 28 cases had been confirmed.")
    got = _by(_speakers(nlp(text)), "28 cases")
    assert got and got[0][0] == "the regional public health department"


# 7. "the company" after a rival was quoted: the story's company, not the rival
RIVAL = ("Marlcombe Water said 96% of its pipes had been checked. Its main competitor, Sedgefield "
         "Utilities, says it checked 40,000 pipes last year. {last}")


def test_the_company_is_not_the_rival_quoted_last(nlp):
    text = RIVAL.format(last="The company said 300 leaks had been repaired since May.")
    got = _by(_speakers(nlp(text)), "300 leaks")
    assert got and got[0][0] == "Marlcombe Water"


def test_near_miss_a_rival_alone_is_still_the_company(nlp):
    text = ("Its main competitor, Sedgefield Utilities, says it checked 40,000 pipes last year. "
            "The company said 300 leaks had been repaired since May.")
    got = _by(_speakers(nlp(text)), "300 leaks")
    assert got and got[0][0] == "Sedgefield Utilities"
