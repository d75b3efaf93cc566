"""Round e50: three defects met in the g44 review articles (a claim cut at "told in
writing that", a landlord's statements credited to the regulator that reported on it, and
a statement missed where the parser made its clause an object). Each rule has sentences
written for it and a near miss it must leave alone; none of the sentences is gold text.
"""

from tests.claims.test_speakers_s34 import _speakers, _statements_holding as _by


# 1. "told in writing that ...": the gerund after "in" starts no statement of its own
def test_in_writing_does_not_cut_the_statement(nlp):
    text = ("Tomasz Brenner, the shop stewards' convenor, said 120 drivers had been informed "
            "in writing that their shifts would be cut from March.")
    got = _by(_speakers(nlp(text)), "120 drivers")
    assert got == [("Tomasz Brenner", "120 drivers had been informed in writing that their "
                                      "shifts would be cut from March")]


def test_near_miss_fronted_in_writing_leaves_the_statement_alone(nlp):
    text = "In writing that the schools were failing, the inspector said 40 pupils had left."
    got = _by(_speakers(nlp(text)), "40 pupils")
    assert got and got[0][1] == "40 pupils had left"


# 2. a body that reported on "the association" is not the association that speaks later
def test_body_that_reported_on_the_association_is_not_the_association(nlp):
    text = ("The Fair Rents Service has upheld complaints against Delling Homes. The service "
            "said the association had left 90 families without heating. The association "
            "said it had since repaired 80 boilers.")
    got = _by(_speakers(nlp(text)), "80 boilers")
    assert got and got[0][0] == "Delling Homes"


def test_near_miss_body_that_reported_on_another_noun_stays_the_last_resort(nlp):
    text = ("The Fair Rents Service has upheld complaints against Delling Homes. The service "
            "said the landlord had left 90 families without heating. The association "
            "said it had since repaired 80 boilers.")
    got = _by(_speakers(nlp(text)), "80 boilers")
    assert got and got[0][0] == "Fair Rents Service"


# 3a. "said 81% of those who voted backed X": a clause the parser made an object
def test_subject_with_relative_clause_after_the_cue_is_a_statement(nlp):
    text = ("The Harbourside Nurses' Guild said 72% of those who replied rejected strike "
            "action, on a turnout of 61%.")
    got = _by(_speakers(nlp(text)), "72%")
    assert got == [("Harbourside Nurses' Guild",
                    "72% of those who replied rejected strike action, on a turnout of 61%")]


def test_subject_with_relative_clause_misread_as_an_adjective(nlp):
    text = "The Kestrel Drivers' Association said 64% of those who voted backed industrial action."
    got = _by(_speakers(nlp(text)), "64%")
    assert got == [("Kestrel Drivers' Association",
                    "64% of those who voted backed industrial action")]


def test_near_miss_relative_clause_in_an_object_is_no_clause(nlp):
    text = "The board said it had fined those who ignored written warnings."
    got = _by(_speakers(nlp(text)), "fined")
    assert got and got[0][1] == "it had fined those who ignored written warnings"
