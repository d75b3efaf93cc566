"""Rules of the v18 round, from the contradictions an annotator's blind set held that no
rule read: a cause set aside ("the result of neglected maintenance rather than the rain")
against a claim asserting it; "accurate" against "riddled with errors"; and the outlet's
account of what a speaker did, coordinated with a saying ("X has refused to concede the
election and says he will challenge the result"), which is now a narrated claim and meets
"X conceded". Sentences written for these tests; each rule has a near miss."""

from datetime import date

from claims.conflicts.contradictions import _Wording
from claims.conflicts import find_conflicts
from claims.models import ClaimKind, ConflictKind
from tests.claims.test_figure_roles import _claims

DAY = date(2027, 5, 11)


def _kinds(nlp, a, b):
    refs = _claims(nlp, "a", a, "Outlet A", DAY) + _claims(nlp, "b", b, "Outlet B", DAY)
    return {c.kind for c in find_conflicts(refs)}


# --- a cause set aside ------------------------------------------------------------------


def test_what_a_claim_sets_aside_is_denied():
    w = _Wording.of("the flooding was the result of blocked drains rather than the storm")
    assert w.negation == "rather than"
    assert any("storm" in reached for _, reached in w.negated_clauses)


def test_a_cause_set_aside_opposes_a_claim_asserting_it(nlp):
    a = "The harbour authority said the flooding of the quay was caused by the storm surge on Friday night."
    b = "Residents said the flooding of the quay was the result of blocked drains rather than the storm surge."
    assert ConflictKind.CONTRADICTION in _kinds(nlp, a, b)


def test_near_miss_a_cause_set_aside_that_the_other_claim_does_not_name(nlp):
    a = "The harbour authority said the flooding of the quay was caused by a burst water main."
    b = "Residents said the flooding of the quay was the result of blocked drains rather than the storm surge."
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)


# --- accurate / riddled with errors ---------------------------------------------------------


def test_accurate_against_riddled_with_errors(nlp):
    a = 'The county auditor said the survey of the bridge had been "thorough and accurate".'
    b = 'The engineers\' union said the survey of the bridge had been "riddled with errors".'
    assert ConflictKind.CONTRADICTION in _kinds(nlp, a, b)


def test_near_miss_not_accurate_agrees_with_riddled_with_errors(nlp):
    a = 'The county auditor said the survey of the bridge had not been accurate.'
    b = 'The engineers\' union said the survey of the bridge had been "riddled with errors".'
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)


def test_near_miss_never_been_with_a_comparative_is_no_negation():
    """"demand had never been higher" says demand is at its highest: no negated assessment."""
    from claims.conflicts.contradictions import _negated_before
    tokens = "demand had never been higher".split()
    assert not _negated_before(tokens, 4)
    tokens = "the survey had not been accurate".split()
    assert _negated_before(tokens, 5)


# --- the outlet's account before "and says" -----------------------------------------------


def _narrated(nlp, text):
    return [r.claim.text for r in _claims(nlp, "x", text, "Outlet") if r.claim.kind is ClaimKind.NARRATED]


def test_the_clause_before_a_coordinated_saying_is_narration(nlp):
    text = ("Mayor Ellen Voss has refused to concede the election and says she will challenge the result, "
            "alleging that hundreds of ballots were wrongly rejected.")
    assert _narrated(nlp, text) == ["Mayor Ellen Voss has refused to concede the election"]


def test_near_miss_a_statement_hanging_from_the_first_verb_stays_the_speakers(nlp):
    text = "Mayor Ellen Voss said she had refused to concede the election because ballots were wrongly rejected."
    assert _narrated(nlp, text) == []


def test_a_refusal_narrated_before_a_saying_opposes_the_concession(nlp):
    a = "Voss conceded shortly after the result was declared, her spokesman said."
    b = "Ellen Voss has refused to concede the mayoral election and says she will challenge the result."
    assert ConflictKind.CONTRADICTION in _kinds(nlp, a, b)


# --- the outlet's own account of a day ----------------------------------------------------


def test_a_sentence_dating_its_event_to_a_day_is_narration(nlp):
    assert _narrated(nlp, "The footbridge was closed on March 3 after a routine inspection.") == [
        "The footbridge was closed on March 3 after a routine inspection."]


def test_near_miss_a_weekday_or_a_month_alone_is_no_narration(nlp):
    assert _narrated(nlp, "The footbridge was closed on Tuesday after a routine inspection.") == []
    assert _narrated(nlp, "The footbridge was closed in March after a routine inspection.") == []


def test_two_outlets_dating_one_closure_to_two_days_contradict(nlp):
    a = "The 18th-century footbridge was closed on March 3 after a routine inspection found a crack."
    b = "The footbridge was shut on March 1."
    assert ConflictKind.CONTRADICTION in _kinds(nlp, a, b)


def test_near_miss_two_events_of_one_thing_on_two_days(nlp):
    a = "The footbridge was closed on March 3 after a routine inspection found a crack."
    b = "Repairs to the railings of the town hall began on March 1."
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)
