"""Round s74: speakers on review articles the rules were never written for (gold
`s74-*`). A refusal's "but that B" is still a statement; "to say that A and that B"
inside what a speaker reports is one statement; "A <Name> spokesperson" where NER tagged
the lone name a person speaks for the body whose name opens with it. Sentences written
for these tests, not gold text; each rule has a near miss.
"""

from claims.extract import parser_text
from tests.claims.test_speakers_s34 import _of, _speakers


def _contents(nlp, text):
    return [c for _, c in _speakers(nlp(parser_text(text)))]


# 1. a refusal coordinated with "but that B": B is what was said
def test_refusal_then_but_that_keeps_the_second_clause(nlp):
    text = ("The trust said it did not comment on individual complaints, but that every "
            "complaint is read by a senior manager.")
    assert _contents(nlp, text) == ["every complaint is read by a senior manager"]


def test_near_miss_a_refusal_alone_is_still_no_statement(nlp):
    text = "The trust said it did not comment on individual complaints."
    assert _contents(nlp, text) == []


# 2. "to say that A and that B" inside a report is one statement
def test_and_that_inside_a_reported_letter_stays_one_statement(nlp):
    text = ("Mr Halloran, a former warden, said he had written to the trustees in 2019 to "
            "say that money was going missing from the till and that he suspected a "
            "volunteer.")
    assert _contents(nlp, text) == [
        "he had written to the trustees in 2019 to say that money was going missing from "
        "the till and that he suspected a volunteer"]


def test_near_miss_said_that_a_and_that_b_is_still_two(nlp):
    text = "The agency said that the dam was safe and that the spillway was working."
    assert _contents(nlp, text) == ["the dam was safe", "the spillway was working"]


# 3. "A <Name> spokesperson" where the lone name was tagged a person
def _tagged_person(nlp, text, word):
    doc = nlp(parser_text(text))
    for ent in list(doc.ents):
        if word in ent.text:
            doc.ents = [e for e in doc.ents if e != ent]
    from spacy.tokens import Span
    ents = list(doc.ents)
    for t in doc:
        if t.text == word and not any(e.start <= t.i < e.end for e in ents):
            ents.append(Span(doc, t.i, t.i + 1, label="PERSON"))
    doc.ents = sorted(ents, key=lambda e: e.start)
    return doc


def test_spokesperson_of_a_name_tagged_a_person_speaks_for_the_body(nlp):
    # the name opens a sentence after a full stop and follows "The": no surname
    text = ("The clubs shut in Leeds. Brindlecombe Gyms closed all of them on Monday. The "
            "Brindlecombe board met. A Brindlecombe spokesperson said the chain had run out "
            "of money.")
    got = _speakers(_tagged_person(nlp, text, "Brindlecombe"))
    assert _of(got, "Brindlecombe") == ["the chain had run out of money"]


def test_near_miss_a_surname_spokesperson_stays_the_person(nlp):
    # the word is only ever written after a first name or title: a person's surname
    text = ("Mr Brindlecombe opened the clubs in 2011. A Brindlecombe spokesperson said the "
            "chain had run out of money.")
    got = _speakers(_tagged_person(nlp, text, "Brindlecombe"))
    assert not _of(got, "Brindlecombe")


# 4. a body that spoke of "its members" is no "the company"
MEMBERS = ("Brackley Quarries has disputed the noise readings at its Elmstead pit. The "
           "Elmstead Quiet Lanes Group says {whose} logged 900 complaints. The company said "
           "the readings were taken on a windy day.")


def test_a_body_with_members_is_not_the_company(nlp):
    got = _speakers(nlp(parser_text(MEMBERS.format(whose="its members"))))
    assert _of(got, "Brackley Quarries") == ["the readings were taken on a windy day"]


def test_near_miss_a_group_with_staff_may_be_the_company(nlp):
    # "its staff": nothing says the group is a body of people, so it stays the last
    # organisation quoted, as on main
    got = _speakers(nlp(parser_text(MEMBERS.format(whose="its staff"))))
    assert "the readings were taken on a windy day" not in _of(got, "Brackley Quarries")
