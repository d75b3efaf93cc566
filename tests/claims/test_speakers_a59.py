"""Round a59: speakers the g57 review found wrong. "The company said" given to a body its
name or description types as another kind (an authority, a campaign group), and "repeated
that ..." read as no speech. Sentences written for the round, none of them gold text.
"""

from tests.claims.test_speakers_s34 import _speakers, _statements_holding as _by


# 1. a body named as an authority is no "company"
def test_authority_does_not_take_the_company(nlp):
    text = ("The Consumer Standards Authority has told Brackwell Telecom to withdraw an "
            "advertisement. The authority said 412 complaints had been made. "
            "The company said 9,000 customers had switched to its new tariff.")
    got = _by(_speakers(nlp(text)), "9,000 customers")
    assert got and got[0][0] != "Consumer Standards Authority"


def test_near_miss_authority_still_takes_the_authority(nlp):
    text = ("The Consumer Standards Authority has told Brackwell Telecom to withdraw an "
            "advertisement. The authority said 412 complaints had been made.")
    got = _by(_speakers(nlp(text)), "412 complaints")
    assert got and got[0][0] == "Consumer Standards Authority"


# 2. "the campaign group X" types X a campaign, which is no company
def test_campaign_group_does_not_take_the_company(nlp):
    text = ("A complaint by the campaign group Fenmoor Rail Users was upheld on Monday. "
            "The company said 78% of its trains had arrived on time.")
    got = _by(_speakers(nlp(text)), "78%")
    assert got and got[0][0] != "Fenmoor Rail Users"


def test_near_miss_campaign_group_still_takes_the_group(nlp):
    text = ("A complaint by the campaign group Fenmoor Rail Users was upheld on Monday. "
            "The group said 40% of its trains had arrived late.")
    got = _by(_speakers(nlp(text)), "40%")
    assert got and got[0][0] == "Fenmoor Rail Users"


# 3. "repeated that ..." is speech
def test_repeated_that_is_speech(nlp):
    text = ("On waiting lists, the trust's medical director, Dr Imelda Castleford, repeated "
            "that no patient had waited longer than 18 weeks.")
    got = _by(_speakers(nlp(text)), "18 weeks")
    assert got and got[0][0] == "Imelda Castleford"


def test_near_miss_repeated_a_survey_is_no_speech(nlp):
    text = "The residents' group repeated its survey of 14 streets in April."
    got = _by(_speakers(nlp(text)), "14 streets")
    assert not got


# 4. "Name Name, the company ...": the apposition makes the name the company
def test_company_in_apposition_is_the_company(nlp):
    text = ("Coverage is below the 90% claimed by Pellow Fibre, the company building the "
            "county's network. Ravensby Broadband Action has complained to the Advertising "
            "Standards Authority. The company said it had connected 41,000 homes.")
    got = _by(_speakers(nlp(text)), "41,000 homes")
    assert got and got[0][0] == "Pellow Fibre"


def test_near_miss_person_with_a_company_job_is_no_company(nlp):
    text = ("Coverage is below the 90% claimed by Wilfred Anstey, the company's chief "
            "executive. The company said it had connected 41,000 homes.")
    got = _by(_speakers(nlp(text)), "41,000 homes")
    assert not got or got[0][0] != "Wilfred Anstey"


# 5. a name ending in a broadband word is a company's, though NER tags it PERSON
def test_fibre_name_is_the_company(nlp):
    text = ("The Advertising Standards Authority upheld a complaint by the campaign group "
            "Ravensby Rural Action against Pellow Fibre. The company said it had connected "
            "41,000 homes.")
    got = _by(_speakers(nlp(text)), "41,000 homes")
    assert got and got[0][0] == "Pellow Fibre"


def test_near_miss_person_named_without_a_company_word_stays_a_person(nlp):
    text = "Olwen Pellow said 41,000 homes had been connected."
    got = _by(_speakers(nlp(text)), "41,000 homes")
    assert got and got[0][0] == "Olwen Pellow"


# 6. a long role descriptor with a person's name in apposition: the name speaks
def test_name_after_role_descriptor_speaks(nlp):
    text = ("The borough's cabinet member for transport, Councillor Ambrose Quillfeather, "
            "said 26 bus routes would be kept.")
    got = _by(_speakers(nlp(text)), "26 bus routes")
    assert got and got[0][0] == "Ambrose Quillfeather"


def test_name_with_first_name_after_role_descriptor_speaks(nlp):
    text = ("In June, the county's cabinet member for digital services, Edmund Tolvaddon, "
            "said that 3,000 homes had been connected.")
    got = _by(_speakers(nlp(text)), "3,000 homes")
    assert got and got[0][0] == "Edmund Tolvaddon"


def test_near_miss_body_after_member_stays_a_body(nlp):
    text = ("The alliance's newest member, Northgate Rail Users Association, said 40 trains "
            "were late.")
    got = _by(_speakers(nlp(text)), "40 trains")
    assert got and "Rail Users" in got[0][0]


def test_addressed_surname_after_role_descriptor_speaks(nlp):
    text = ("In May, the council's cabinet member for digital services, Lucius Threlkeld, said "
            "that not a single pound had been paid. Mr Threlkeld said on Tuesday that the "
            "payments had been made in line with the contract.")
    got = _by(_speakers(nlp(text)), "single pound")
    assert got and got[0][0] == "Lucius Threlkeld"


# 7. a title "for" a place with the person in apposition: the person, not the title
def test_title_for_a_place_with_a_name_is_the_person(nlp):
    text = ("The police and crime commissioner for Wyreford, Ottoline Fairweather, said "
            "she would review 300 searches. Ms Fairweather said 40 of them were unlawful.")
    got = _speakers(nlp(text))
    assert {sp for sp, _ in got} == {"Ottoline Fairweather"}


def test_near_miss_lawyer_for_a_person_stays_the_lawyer(nlp):
    text = ("A lawyer for Daniel Marsh, Teresa Quinn, said 14 witnesses would be called.")
    got = _by(_speakers(nlp(text)), "14 witnesses")
    assert got and got[0][0] == "Teresa Quinn"
