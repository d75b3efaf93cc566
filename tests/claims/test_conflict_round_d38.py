"""Round d38 (disputes missed): docs/conflicts.md, "Added in round d38". Sentences written
for these tests, about none of the gold cases; each rule has a near miss."""

from datetime import date

from claims.conflicts import find_conflicts
from claims.conflicts.common import is_dispute
from claims.lexicon import rejects, rejects_a_claim
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 11, 20)


def _disputes(nlp, text):
    refs = _claims(nlp, "a", text, "The Valley Courier", DAY)
    by_id = {r.claim.claim_id: r.claim for r in refs}
    return [(by_id[c.claim_a], by_id[c.claim_b]) for c in find_conflicts(refs) if c.kind is ConflictKind.DISPUTE]


# --- new rejecting phrases -------------------------------------------------------------------------

def test_out_of_context_no_factual_basis_without_merit_overstatement_reject():
    assert rejects("the minister's remarks had been quoted out of context")
    assert rejects("the survey's estimate of 900 jobs had no factual basis")
    assert rejects("the farmers' complaint is entirely without merit")
    assert rejects("the federation's count was a gross overstatement")


def test_their_near_misses_do_not():
    assert not rejects("the figures must be read in context")
    assert not rejects("the survey had a solid basis in the parish records")
    assert not rejects("to call it a setback would be an understatement")


# --- an adverb of degree between "not" and the rejecting word -----------------------------------------

def test_a_softened_denial_is_a_denial():
    assert rejects("the agency's account was not entirely accurate")
    assert rejects("claims that the pier would close were not remotely true")
    assert rejects("the councillor's version is not at all correct")


def test_a_softened_word_outside_the_list_is_no_denial():
    assert not rejects("the timing of the vote was not entirely clear")
    assert not rejects("a bigger grant is not necessarily true progress")


# --- disagreeing with a decision opposes a policy ----------------------------------------------------

def test_disagreeing_with_a_decision_rejects_no_claim():
    assert not rejects_a_claim("the governors disagreed with the trust's decision to shut the library")
    assert not rejects_a_claim("took issue with the ministry's approach to rural schools")
    assert not rejects_a_claim("she disagrees with the board's plan to sell the depot")


def test_disagreeing_with_what_was_said_still_rejects():
    assert rejects_a_claim("the governors disagreed with the trust's figures on visitor numbers")
    assert rejects_a_claim("disagreed with claims that the decision was final")
    assert rejects_a_claim("took issue with the ministry's estimate of the savings")


def test_rejecting_it_after_a_plan_declines_the_plan():
    assert not rejects_a_claim("the parish opposed the quarry's plan to double its output and asked ministers "
                               "to reject it")
    assert not rejects_a_claim("governors said the proposal was unaffordable and rejected it")


def test_rejecting_it_after_a_claim_still_rejects_the_claim():
    assert rejects_a_claim("the parish called the quarry's claim absurd and rejected it outright")
    assert rejects_a_claim("the quarry's owners denied it")


def test_a_council_disagreeing_with_a_closure_disputes_nothing(nlp):
    text = ("The trust said the ward would close at night from May because it could not recruit nurses. "
            "The county council's health lead, Ivor Grant, said he disagreed with the trust's decision "
            "to close the ward at night.")
    refs = _claims(nlp, "a", text, "The Valley Courier", DAY)
    grant = [r.claim for r in refs if r.claim.speaker and "Grant" in r.claim.speaker]
    assert grant and not any(is_dispute(c) for c in grant)
    assert not _disputes(nlp, text)


# --- "..., a figure X (said it) did not recognise" -------------------------------------------------

def _rejections(nlp, text):
    refs = _claims(nlp, "a", text, "The Valley Courier", DAY)
    return [r.claim for r in refs if is_dispute(r.claim)]


def test_a_figure_the_party_does_not_recognise_is_rejected(nlp):
    said = _rejections(nlp, "Patients waited an average of nine hours in the emergency department in "
                            "October, the campaigners said, a figure the trust said it did not recognise.")
    assert any(c.speaker == "the trust" and c.text == "a figure" for c in said)
    plain = _rejections(nlp, "The ferry union said 90 sailings had been cancelled this month, a figure the "
                             "operator does not recognise.")
    assert any(c.text == "a figure" and "not recognise" in (c.cue or "") for c in plain)


def test_a_figure_the_party_will_publish_or_an_unrecognised_union_is_not(nlp):
    assert not _rejections(nlp, "The ferry union said 90 sailings had been cancelled this month, a figure "
                                "the operator said it would publish.")
    assert not _rejections(nlp, "The operator's chief executive said the company did not recognise the union "
                                "for pay bargaining.")
