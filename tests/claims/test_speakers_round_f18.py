"""Round f18 speaker slips (docs/attribution.md, "Rules added in round f18"): read from
entity types and dependency roles, not word lists of names. Each with a positive case
and a near miss, on sentences written for the tests (not the gold)."""

from __future__ import annotations

from claims.attribution import find_attributions
from claims.extract import parser_text
from tests.claims.test_attribution_r10 import _by_content


def _attributions(nlp, text):
    doc = nlp(parser_text(text))
    return {text[a.content_start:a.content_end]: a for a in find_attributions(doc)}


# a. the accuser of a passive accusation is the by-agent, without the of-phrase

def test_the_accuser_of_a_passive_accusation_is_the_agent_not_the_of_phrase(nlp):
    text = "The port operator was accused by dockworkers of cutting safety checks."
    got = _attributions(nlp, text)
    assert got["cutting safety checks"].speaker == "dockworkers", got
    assert got["cutting safety checks"].speaker_mention == "dockworkers", got


def test_near_miss_an_of_phrase_of_the_accusers_own_name_stays_in_it(nlp):
    got = _by_content(nlp, "The council was accused by residents of Hill Street of ignoring "
                           "complaints.")
    assert got == {"ignoring complaints": "residents of Hill Street"}, got
    got = _by_content(nlp, "Campaigners accused the head of the council of lying.")
    assert got == {"lying": "Campaigners"}, got
    # no accuser named: no statement, as before
    assert _by_content(nlp, "The port operator was accused of cutting safety checks.") == {}


# b. "<Organisation> <title> <Person> said": the person speaks, with the rest as the role

def test_an_organisation_and_title_before_a_person_give_the_persons_role(nlp):
    text = "Friends of Marsh Lane director Sam Hale said the group would seek a review."
    got = _attributions(nlp, text)["the group would seek a review"]
    assert (got.speaker, got.speaker_role) == ("Sam Hale", "Friends of Marsh Lane director"), got
    text = "Save the Tarn chair Gwen Aldous said the plan would flood the valley."
    got = _attributions(nlp, text)["the plan would flood the valley"]
    assert (got.speaker, got.speaker_role) == ("Gwen Aldous", "Save the Tarn chair"), got


def test_near_miss_a_person_inside_an_organisations_name_without_a_title(nlp):
    got = _by_content(nlp, "Acme chief executive Jane Doe said the plan would cost jobs.")
    assert got == {"the plan would cost jobs": "Jane Doe"}, got  # as before
    got = _by_content(nlp, "Friends of Sam Hale said the plan was reckless.")
    assert got == {"the plan was reckless": "Friends of Sam Hale"}, got


# c. a coordinated organisation name, capitalised throughout and ending in a head noun

def test_a_coordinated_name_ending_in_an_organisation_noun_is_kept_whole(nlp):
    for name in ("Bakers and Allied Workers Union", "Rail and Maritime Transport Council",
                 "Dock and Harbour Workers Union"):
        got = _attributions(nlp, f"The {name} said the offer was an insult.")
        assert got["the offer was an insult"].speaker == name, got
        assert got["the offer was an insult"].speaker_mention == f"The {name}", got


def test_near_miss_two_organisations_stay_two(nlp):
    got = _by_content(nlp, "Unite and the GMB union said the offer was an insult.")
    assert got["the offer was an insult"] != "Unite and the GMB union", got
    got = _by_content(nlp, "Acme and Northwind said the offer was fair.")
    assert got == {"the offer was fair": "Acme and Northwind"}, got  # a joint statement
    # an earlier organisation sharing the first word is not joined in
    text = ("A report by the Rail Accident Branch found the lights had failed. The Rail and "
            "Maritime Transport Council said the crossing should be closed.")
    got = _by_content(nlp, text)
    assert got["the crossing should be closed"] == "Rail and Maritime Transport Council", got


# d. material analysed by a named party shows a finding: a statement, the material's

def test_footage_analysed_by_a_party_is_a_statement_of_the_footage(nlp):
    got = _by_content(nlp, "Footage analysed by the broadcaster showed the barrier was open.")
    assert got == {"the barrier was open": "Footage"}, got
    got = _by_content(nlp, "Records examined by the Courier found the inspections had been "
                           "skipped.")
    assert list(got) == ["the inspections had been skipped"], got


def test_near_miss_footage_alone_or_inside_a_report_is_not_a_statement_of_its_own(nlp):
    assert _by_content(nlp, "Footage showed the barrier was open.") == {}
    # obtaining is not analysing: who has the footage did not draw the finding
    got = _by_content(nlp, "Footage obtained by the broadcaster showed the barrier was open.")
    assert got == {}, got
    got = _by_content(nlp, "Police said CCTV footage reviewed by officers showed no one had "
                           "been hurt.")
    assert got == {"CCTV footage reviewed by officers showed no one had been hurt": "Police"}, got
