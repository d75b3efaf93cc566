"""Round a42 (docs/attribution.md, "Added in round a42"): a body's name that holds "and"
("the X and Y Hospitals Trust") is one organisation, not cut at the "and"; two bodies, a
person and a body, or two names without an organisation noun stay apart. Sentences
written for the tests, not gold text."""

from __future__ import annotations

from claims.attribution import find_attributions
from claims.extract import parser_text
from claims.speakers import joined_body_ents, word_list


def _speakers(nlp, text):
    doc = nlp(parser_text(text))
    return {text[a.content_start:a.content_end]: a.speaker for a in find_attributions(doc)}


def _orgs(nlp, text):
    doc = nlp(parser_text(text))
    return [e.text for e in joined_body_ents(doc, word_list("org_nouns")) if e.label_ == "ORG"]


def test_the_trust_is_the_whole_name_across_its_and(nlp):
    got = _speakers(nlp, "Figures released by the Dunmere and Holcott Hospitals Trust show "
                         "that 64% of patients were seen in time. The trust said 30 posts "
                         "were vacant.")
    assert got["30 posts were vacant"] == "Dunmere and Holcott Hospitals Trust", got
    assert got["64% of patients were seen in time"] == \
        "Dunmere and Holcott Hospitals Trust", got


def test_the_name_across_and_is_one_organisation_entity(nlp):
    assert "Dunmere and Holcott Hospitals Trust" in _orgs(
        nlp, "Figures released by the Dunmere and Holcott Hospitals Trust show a rise.")


def test_a_name_ner_half_calls_a_person_after_the_and_a_modifier(nlp):
    # the small model tags "Corbett" a person here: "the combined" before it says otherwise
    got = _speakers(nlp, "The combined Corbett and Lyle Valley Hospitals Trust said 30 beds "
                         "would close. The trust said it was sorry.")
    assert got == {"30 beds would close": "Corbett and Lyle Valley Hospitals Trust",
                   "it was sorry": "Corbett and Lyle Valley Hospitals Trust"}, got


def test_near_miss_two_bodies_each_with_its_noun_stay_two(nlp):
    orgs = _orgs(nlp, "The Dunmere City Council and Holcott Hospitals Trust said 30 beds "
                      "would close.")
    assert "Holcott Hospitals Trust" in orgs, orgs
    assert not any(o.startswith("Dunmere") and "Holcott" in o for o in orgs), orgs


def test_near_miss_a_person_and_a_body_stay_apart(nlp):
    text = "Ruth Tallis and Holcott Hospitals Trust said 30 beds would close."
    orgs = _orgs(nlp, text)
    assert not any("Tallis" in o for o in orgs), orgs
    assert _speakers(nlp, text) == {"30 beds would close": "Ruth Tallis"}


def test_near_miss_two_names_without_an_organisation_noun_are_not_merged(nlp):
    got = _speakers(nlp, "Tallis and Pellow said 40 staff would lose their jobs.")
    assert got == {"40 staff would lose their jobs": "Tallis and Pellow"}, got
    assert not any("and" in o for o in _orgs(nlp, "Tallis and Pellow said 40 staff would "
                                                   "lose their jobs."))
