"""Round a99 (docs/attribution.md, "Round a99"): speakers across semicolons, "not the N the
firm had reported", names that open with a verb. Left open by rounds a97 and fxN and the
thirty-fifth session; sentences written for the tests (not the gold, not the reviews'
articles). Each shape fails on main 1cfa3f6; the near misses pass both ways."""

from __future__ import annotations

from tests.claims.test_attribution_r10 import _found


def _speakers(nlp, text):
    return [s for s, _ in _found(nlp, text)]


# "A, not the N X had reported." read as "X reported A"


def test_correction_at_the_end_is_no_speaker_of_the_count(nlp):
    # the parser makes "reported" the root and "not the 2,600 the trust" its subject
    got = _found(nlp, "The survey counted 4,100 nesting pairs on the island this spring, "
                      "not the 2,600 the trust had reported.")
    assert not any(s and s.lower().startswith("not ") for s, _ in got), got
    assert ("the survey", "4,100 nesting pairs on the island this spring") in got, got


def test_correction_hung_on_the_finding_verb_is_not_its_content(nlp):
    # the parser hangs "reported" on "found" as its clause, subject "not the 1,500 the landlord"
    got = _found(nlp, "The review found 2,310 homes without heating at the end of the winter, "
                      "not the 1,500 the landlord had reported.")
    assert got == [("the review", "2,310 homes without heating at the end of the winter")], got


def test_correction_inside_a_that_clause_stays_in_it(nlp):
    # near miss: parsed as a relative clause, as before
    got = _found(nlp, "The inspectors found that 212 cells were unfit for use, not the 90 the "
                      "prison had reported.")
    assert got == [("inspectors", "212 cells were unfit for use, not the 90 the prison had "
                                  "reported")], got


def test_not_without_a_figure_is_no_correction(nlp):
    # near miss: "not in March" names no figure anyone gave
    got = _found(nlp, "The council said the bridge would reopen in May, not in March as planned.")
    assert got == [("The council", "the bridge would reopen in May, not in March as planned")], got


# "X said A; Y said B": the first statement ran across the semicolon


def test_first_statement_ends_at_the_semicolon(nlp):
    got = _found(nlp, "The council said the water was safe within two days; the tenants' "
                      "association said nine days.")
    assert ("The council", "the water was safe within two days") in got, got
    assert not any(c.endswith("nine days") for _, c in got), got


def test_second_speaker_does_not_take_the_first_clause(nlp):
    got = _found(nlp, "The airline said the delay lasted three hours; the passengers' group "
                      "said seven hours.")
    assert got == [("The airline", "the delay lasted three hours")], got


def test_semicolon_with_two_full_statements(nlp):
    # near miss: both statements parsed apart already
    got = _found(nlp, "The museum says it holds 9,000 paintings; Dr Quayle says 6,500.")
    assert ("The museum", "it holds 9,000 paintings") in got, got


# names that open with a verb


def test_verb_named_campaign_keeps_its_verb_when_the_place_is_named_alone(nlp):
    # the tagger reads "Save" as a name's proper noun; a61 cut a common first word off
    got = _speakers(nlp, "Plans for a quarry at Oxley Heath were approved on Monday. Save "
                         "Oxley Heath said it would ask the minister to call in the decision.")
    assert got == ["Save Oxley Heath"], got


def test_verb_named_campaign_described_by_which(nlp):
    got = _speakers(nlp, "Save Brindle Moor, which has opposed the turbines for two years, "
                         "said 1,900 residents had objected. The turbines would stand on "
                         "Brindle Moor.")
    assert got == ["Save Brindle Moor"], got


def test_campaign_name_with_a_lower_case_the_parsed_as_a_clause(nlp):
    assert _speakers(nlp, "Cut the Fare Harmby said 600 passengers had signed its "
                          "petition.") == ["Cut the Fare Harmby"]
    assert _found(nlp, "Cut the Fare Harmby puts the extra cost at £2.3m a year.") == [
        ("Cut the Fare Harmby", "the extra cost at £2.3m a year")]
    assert _speakers(nlp, "Save the Wenning said on Monday that repair budgets had been cut "
                          "by a third.") == ["Save the Wenning"]


def test_campaign_name_parsed_as_an_adverbial_clause(nlp):
    got = _found(nlp, "Save the Children said 40 schools had closed in the region.")
    assert got == [("Save the Children", "40 schools had closed in the region")], got


def test_an_imperative_is_no_speaker(nlp):
    # near miss: a lower-case object after the verb is no name
    got = _speakers(nlp, "Cut the cost of energy, the minister said on Monday.")
    assert not any(s and s.startswith("Cut") for s in got), got


def test_a_campaign_named_by_its_verb_is_not_the_company(nlp):
    # whole campaign names made "the company" fall back on the campaign, the last (or as
    # often) named body; the developer is the company
    got = _found(nlp, "Brightfield Solar wants to build panels on farmland near Keld. Save "
                      "Keld Meadows said 900 people had objected. The company said the panels "
                      "would power 9,000 homes.")
    assert ("Brightfield Solar", "the panels would power 9,000 homes") in got, got
    got = _found(nlp, "Brightfield Solar wants to build panels on farmland near Keld. Save "
                      "Keld Meadows, which opposes the plan, said 900 people had objected. The "
                      "company's own soil survey found 38 hectares of good farmland.")
    assert ("Brightfield Solar", "38 hectares of good farmland") in got, got
