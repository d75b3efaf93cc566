"""Round s85: speakers on review articles the rules were never written for (gold
`s85-*`). "X Y Z, a campaign group set up by residents, said": a capitalised run in
apposition with "a/an (kind) <org noun>" is an organisation of that kind even where NER
tagged none of it, so a later "the company said" does not go to the campaign group.
Sentences written for these tests, not gold text; the rule has near misses.
"""

from claims.extract import parser_text
from tests.claims.test_speakers_s34 import _got, _of


STORY = ("Families in the villages of Morrowdale are still waiting for the fibre they were "
         "promised, after the company building the network missed its target.\n\n"
         "Gillcrest Networks, which won a £20m contract in 2022 to bring fibre to 30 villages, "
         "said its network now passed 9,000 homes. Its chief executive, Ewan Tolley, said the "
         "gap would be closed by the summer.\n\n"
         "Morrowdale Villages Online, {kind} set up by residents, said that was not true. Its "
         "chair, Orla Penhallow, said the work was late.\n\n"
         "According to the company, 900 homes have been connected so far.\n\n"
         "The company said it had spent about £800 for each home.")


def test_a_campaign_group_named_in_apposition_is_not_the_company(nlp):
    got = _got(nlp, STORY.format(kind="a campaign group"))
    assert "was not true" in " ".join(_of(got, "Morrowdale Villages Online"))
    assert not any(c.startswith("900 homes") or c.startswith("it had spent")
                   for c in _of(got, "Morrowdale Villages Online"))


def test_near_miss_a_body_typed_as_a_company_may_be_the_company(nlp):
    # "a broadband company" types the body as a company: it is not barred from "the
    # company said" (whichever company the resolver then picks)
    got = _got(nlp, STORY.format(kind="a broadband company"))
    assert "was not true" in " ".join(_of(got, "Morrowdale Villages Online"))
    assert any(c.startswith("it had spent") for c in
               _of(got, "Morrowdale Villages Online") + _of(got, "Gillcrest Networks"))


def test_near_miss_a_person_in_apposition_is_not_read_as_a_body(nlp):
    # the appositive's head is "founder", no org noun: nothing is typed
    got = _got(nlp, "Orla Penhallow, a campaign founder, said the plan was unfair.")
    assert _of(got, "Orla Penhallow") == ["the plan was unfair"]


def test_near_miss_a_first_name_and_surname_before_an_org_noun_is_a_person(nlp):
    # (lead) "chemist" is an org noun ("the chemist said"), but a known first name and a
    # surname are a person's name: the apposition does not type them as a body
    from claims.speakers import SpeakerResolver
    doc = nlp(parser_text("Lavinia Tremlow, a retired chemist, said the water tasted odd."))
    resolver = SpeakerResolver(doc)
    head = next(t for t in doc if t.text == "chemist")
    assert resolver._described_by_indefinite_kind(head) is None
    doc = nlp(parser_text("Morrowdale Villages Online, a campaign group set up by residents, said it was late."))
    resolver = SpeakerResolver(doc)
    head = next(t for t in doc if t.text == "group")
    assert resolver._described_by_indefinite_kind(head) == "Morrowdale Villages Online"
