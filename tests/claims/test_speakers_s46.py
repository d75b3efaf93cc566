"""Round s46: the opening subject NER missed is the body a bare "the company" means.

In round g44's review the rail operator's name in the opening sentence ("X Trains has
defended its punctuality record ... on the Y line") was tagged nothing while "the Y line"
was tagged an organisation; "the company" / "the operator" fell to the most mentioned
name and seven claims went to the place (and with no other name, "The company" stayed
unresolved). `SpeakerResolver._unrecognised_lead_body` takes the opening sentence's subject
(two to four capitalised words NER tagged as nothing, or as a person where the sentence
calls it "its") as a body, and `resolve_org_noun` returns it ahead of the most mentioned
name.
"""

from claims.speakers import SpeakerResolver
from tests.claims.test_speakers_s34 import _speakers

LEAD = ("{name} has defended its punctuality record after passengers complained of daily "
        "delays on the Ashwell line, as the operator confirmed that fares will rise in March. ")
USERS = "The Ashwell Rail Users' Association said only 61% of trains were on time. "
COMPANY = "The company said 88.2% of its trains arrived on time."


def _lead_body(nlp, text):
    return getattr(SpeakerResolver(nlp(text)), "lead_body", None)


def test_the_company_is_the_opening_subject_ner_missed(nlp):
    got = _speakers(nlp(LEAD.format(name="Hollisvale Trains") + USERS + COMPANY))
    assert ("Hollisvale Trains", "88.2% of its trains arrived on time") in got
    assert ("Hollisvale Trains", "fares will rise in March") in got
    assert ("Ashwell Rail Users' Association", "only 61% of trains were on time") in got


def test_a_body_ner_called_a_person_is_a_body_when_the_lead_says_its(nlp):
    got = _speakers(nlp(LEAD.format(name="Wrenvale Trams") + COMPANY))
    assert ("Wrenvale Trams", "88.2% of its trains arrived on time") in got


def test_near_miss_a_person_opening_the_story_is_no_body(nlp):
    text = ("Tobin Eskdale has defended his record after riders complained of crowding on "
            "the Wenlow route. The operator said 94% of trams ran on time in June.")
    assert _lead_body(nlp, text) is None
    assert not any(s == "Tobin Eskdale" for s, _ in _speakers(nlp(text)))


def test_near_miss_a_body_named_with_its_kind_still_wins(nlp):
    text = (LEAD.format(name="Hollisvale Trains") +
            "The Ashwell Bus Company said its own services were full. " + COMPANY)
    got = _speakers(nlp(text))
    assert ("Ashwell Bus Company", "88.2% of its trains arrived on time") in got


def test_near_miss_a_lead_subject_with_a_determiner_or_one_word_is_not_taken(nlp):
    for text in ("The Ashwell line has been closed for repairs. The company said it would reopen in May.",
                 "Ashwell has been cut off by floods. The company said it would reopen the road in May."):
        assert _lead_body(nlp, text) is None
