"""Round a21 rules (docs/attribution.md, "Added in round a21"): statements reported in the
passive with their agent. Each rule with a case it must find and a near miss it must not,
on sentences written for the tests (not the gold, not the seeds)."""

from __future__ import annotations

from tests.claims.test_attribution_r10 import _by_content, _found


def test_a_verdict_in_the_passive_is_the_agents_statement_without_the_agent(nlp):
    got = _by_content(nlp, "The ferry terminal was declared unfit for use by safety "
                           "inspectors on Monday.")
    assert got == {"The ferry terminal was declared unfit for use": "safety inspectors"}, got
    got = _by_content(nlp, "The new stand has been rated unsafe by structural engineers.")
    assert got == {"The new stand has been rated unsafe": "structural engineers"}, got


def test_agents_that_say_nothing_make_no_statement(nlp):
    # near misses: the verb is no verdict, whatever the agent
    for text in ("The ferry terminal was damaged by a storm on Monday.",
                 "The terminal was opened by the harbour master in 1990.",
                 "The concert was attended by 4,000 people.",
                 "The outage was caused by a faulty cable."):
        assert _found(nlp, text) == [], text


def test_a_rejection_without_content_is_no_statement(nlp):
    # convention 3: "rejected the figures" says nothing checkable, nor does its passive
    assert _found(nlp, "The toll figures were rejected by the Drivers Association.") == []


def test_a_denied_that_clause_in_the_passive_is_the_agents_statement(nlp):
    got = _by_content(nlp, "Reports that the Ostry mill would close were denied by "
                           "Corvane Textiles.")
    assert got == {"the Ostry mill would close": "Corvane Textiles"}, got
    # near miss: nobody named as denying it
    assert _found(nlp, "Reports that the Ostry mill would close were denied.") == []


def test_the_name_in_apposition_to_the_agent_speaks(nlp):
    got = _by_content(nlp, "Claims that the clinic had lost patient records were rejected "
                           "by its director, Dr. Hana Velk.")
    assert got.get("the clinic had lost patient records") == "Hana Velk", got


def test_a_quoted_verdict_with_the_agent_hung_on_the_quote(nlp):
    got = _by_content(nlp, 'The new tariff was called "a tax on the poor" by the Kelby '
                           'Shopkeepers Guild.')
    assert got == {"a tax on the poor": "Kelby Shopkeepers Guild"}, got


def test_found_needs_an_infinitive_or_a_body(nlp):
    text = ("The ferry was found by the Marine Accident Board to have carried twice its "
            "limit of passengers.")
    got = _by_content(nlp, text)
    assert got == {text.rstrip("."): "Marine Accident Board"}, got
    # near miss: "found dead by a neighbour" is no verdict
    assert _found(nlp, "The ferry captain was found dead by a neighbour.") == []


def test_judging_roles_and_a_naming_verbs_second_object(nlp):
    got = _by_content(nlp, "The pitch was judged playable by the referee an hour before "
                           "kick-off.")
    assert got == {"The pitch was judged playable": "the referee"}, got
    got = _by_content(nlp, "The rail timetable was labelled a failure by opposition MPs.")
    assert list(got) == ["The rail timetable was labelled a failure"], got
    # near misses: a thing as agent, and a verdict verb with a particle and no complement
    assert _found(nlp, "The road was declared closed by a sign at the junction.") == []
    assert _found(nlp, "The match was called off by organisers because of snow.") == []
