"""Round x13 (docs/attribution.md, "Accusations"): an accusation is the accuser's
statement of what the accused did ("accused X of Y", "charged that A", "claimed to have
A"). Each shape with a near miss that must stay unread, on sentences written for these
tests (not the gold, not the seeds)."""

from __future__ import annotations

from tests.claims.test_attribution_r10 import _by_content, _found


def _contents(nlp, text):
    return [c for _, c in _found(nlp, text)]


def test_accused_of_is_the_accusers_statement_of_what_follows_of(nlp):
    got = _by_content(nlp, "Tenants have accused the Orrin Housing Trust of leaving boilers "
                           "broken for months.")
    assert got.get("leaving boilers broken for months") == "Tenants", got


def test_an_accusation_joined_to_a_statement_keeps_its_speaker(nlp):
    got = _by_content(nlp, "Councillor Mira Solent said the budget was unlawful and accused "
                           "the finance director of hiding a deficit.")
    assert got.get("hiding a deficit") == "Mira Solent", got
    assert "the budget was unlawful" in got, got


def test_a_passive_accusation_speaks_for_its_agent_only(nlp):
    got = _by_content(nlp, "The ferry operator was accused by the Pellmouth Harbour Board of "
                           "skipping safety drills.")
    assert got.get("skipping safety drills") == "Pellmouth Harbour Board", got
    # near misses: with no accuser named nobody makes a statement; nor does a participle
    # describing someone
    assert _contents(nlp, "The ferry operator was accused of skipping safety drills.") == []
    assert _contents(nlp, "A driver accused of speeding through the village appeared in "
                          "court.") == []


def test_the_accused_and_the_charge_sheet_are_nouns_not_statements(nlp):
    assert _contents(nlp, "The accused, a 38-year-old teacher, was remanded in custody. "
                          "The charge sheet lists two offences.") == []


def test_charged_that_reports_its_clause_and_charged_with_nothing(nlp):
    got = _by_content(nlp, "Opposition members charged that the ministry had buried the audit.")
    assert got.get("the ministry had buried the audit") == "Opposition members", got
    # near misses: a criminal charge and a price are acts, not statements
    assert _contents(nlp, "Police charged a 19-year-old man with arson on Tuesday.") == []
    assert _contents(nlp, "The garage charged drivers $40 for the repair.") == []


def test_claimed_to_have_is_a_statement_claimed_the_title_is_not(nlp):
    got = _by_content(nlp, "An activist group claimed to have released 300 mink from the farm.")
    assert got.get("have released 300 mink from the farm") == "An activist group", got
    # near misses: winning and taking are no speech
    assert _contents(nlp, "Aldous Rovers claimed the league title on Saturday.") == []
    assert _contents(nlp, "The senator claimed victory shortly after midnight.") == []


def test_a_negated_accusation_is_no_statement(nlp):
    assert _contents(nlp, "The inspectors did not accuse the school of falsifying its "
                          "records.") == []
