"""Round h77, a twentieth fact-checker's review of fresh stories (docs/review_h77.md): a
rural full-fibre rollout, a county's pothole repairs, a zoo's licence inspection and
finances. Defects fixed, each with near misses. Sentences written for these tests, not
the gold.

a. An act told only as an infinitive a price is for ("would cost £40m to repair") is not
   told as done, and "not yet" done agrees with an act still to do ("expected to reach"):
   `contradictions._act_unrealised`.
b. "No new centre will be big enough" denies the size, not the new centre
   (`contradictions.NO_SUBJECT_STATE`, read in `_subject_denied`).
c. A count at two dates is a series, not one event dated twice
   (`contradictions._readings_of_a_count`).
d. A rejecting verb in a relative clause naming a thing ("every claim it rejected") is no
   rejection by the speaker (`lexicon._rejected_in_a_relative_clause`).
e. A negated missing verb naming what it did not miss ("never missed a payment") against
   a meeting or missing verb of another thing is two things, as g72 read a negated
   meeting verb (`contradictions._missed_apart`).
f. A count of more than one with a singular copula ("Nine faults is not a minor matter") is
   one amount judged, no exception to "all nine faults would be put right"
   (`contradictions._amount_as_one`)."""

from __future__ import annotations

from datetime import date

from claims.conflicts.contradictions import (
    NO_SUBJECT_STATE,
    SINGULAR_COPULA_AFTER,
    TOKEN,
    _not_yet,
    _priced_infinitive,
    _unrealised,
)
from claims.lexicon import rejects_a_claim
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _conflicts

DAY = date(2026, 3, 2)


def _kind(nlp, kind, a, b):
    return [c for c in _conflicts(nlp, a, b, DAY, DAY) if c.kind is kind]


def _contradictions(nlp, a, b):
    return _kind(nlp, ConflictKind.CONTRADICTION, a, b)


def _disputes(nlp, a, b):
    return _kind(nlp, ConflictKind.DISPUTE, a, b)


def _at(text, word):
    tokens = TOKEN.findall(text.lower())
    return tokens, tokens.index(word)


# --- a. an act not told as done ---------------------------------------------------------------

def test_a_a_price_for_an_act_does_not_tell_it(nlp):
    a = "The council said the bridge would cost £40m to repair."
    b = "Campaigners said the bridge would not be repaired this decade."
    assert not _contradictions(nlp, a, b)
    assert _priced_infinitive(*_at("the bridge would cost £40m to repair", "repair"))
    assert not _priced_infinitive(*_at("the council agreed to repair the bridge", "repair"))


def test_a_not_yet_done_agrees_with_still_to_do(nlp):
    a = "The Office said it would bring in a second builder for the villages the company had not yet reached."
    b = "The company said it expected to reach every one of the 40 villages in the contract."
    assert not _contradictions(nlp, a, b)
    assert _not_yet(*_at("the villages the company had not yet reached", "reached"))
    assert not _not_yet(*_at("the company had not reached the villages", "reached"))
    assert _unrealised(*_at("it would be finished by May", "finished"))
    assert not _unrealised(*_at("it was finished in May", "finished"))


def test_a_an_act_told_as_done_or_a_plain_denial_still_opposes(nlp):
    # near misses: an act told as done against "not yet"; a plain "will not" against a plan
    assert _contradictions(nlp, "It reached every one of the 40 villages, the company said.",
                           "The Office said the company had not yet reached the villages.")
    assert _contradictions(nlp, "The company said it will not reach the 40 villages.",
                           "The company's chief said it expected to reach the 40 villages.")


# --- b. "no new X will be ..." ---------------------------------------------------------------

def test_b_no_new_thing_denies_the_predicate(nlp):
    a = "The trust said it had raised £2m towards the new visitor centre."
    b = '"No new centre will be big enough," said Anna Roe of the campaign.'
    assert not _contradictions(nlp, a, b)
    said = NO_SUBJECT_STATE.match(" new centre will be big enough")
    assert said and said.group(2).startswith("big")


def test_b_the_predicate_and_a_participle_keep_their_readings(nlp):
    # near misses: the predicate said and denied; "no jobs will be lost" (a participle)
    assert _contradictions(nlp, "The minister said the new hospital will be big enough for the town.",
                           '"No new hospital will be big enough," said Anna Roe of the campaign.')
    assert _contradictions(nlp, "The council said 40 jobs will be lost.",
                           "The council's leader said no jobs will be lost.")
    assert not NO_SUBJECT_STATE.match(" jobs will be lost")
    assert not NO_SUBJECT_STATE.match(" homes will be demolished")


# --- c. a count at two dates -----------------------------------------------------------------

def test_c_a_count_at_two_dates_is_a_series(nlp):
    a = "The agency said 33,400 homes could order a connection at the end of February."
    b = "Mr Dole said 41,000 homes could order a connection at the end of September."
    assert not _contradictions(nlp, a, b)


def test_c_one_event_with_one_count_or_none_keeps_its_two_dates(nlp):
    assert _contradictions(nlp, "The ferry sank on Monday, killing 12 people, the coastguard said.",
                           "The ferry sank on Tuesday, killing 12 people, the owners said.")
    assert _contradictions(nlp, "The ferry sank on Monday, the coastguard said.",
                           "The ferry sank on Tuesday, the owners said.")


# --- d. a rejection in a relative clause ----------------------------------------------------

def test_d_a_relative_clause_rejection_is_no_dispute(nlp):
    a = "Ms Roe said the union would ask the council to publish every claim it rejected."
    b = "The council said it paid 300 claims last year."
    assert not _disputes(nlp, a, b)
    assert not rejects_a_claim("the union would publish the figures that they disputed")
    assert not rejects_a_claim("the council would list each bid it had rejected")


def test_d_a_rejection_with_its_own_subject_stays(nlp):
    # near misses: the speaker rejects ("it rejected the council's figure"), or names the
    # figure it rejects
    assert _disputes(nlp, "The union said it rejected the council's figure.",
                     "The council said it paid 300 claims last year.")
    assert _disputes(nlp, "The union said the council's figure of 300 claims was wrong.",
                     "The council said it paid 300 claims last year.")
    assert rejects_a_claim("The council said it rejected the figure")
    assert rejects_a_claim("they disputed the figures")


# --- e. a negated missing verb ------------------------------------------------------------------

def test_e_never_missed_one_thing_is_apart_from_another(nlp):
    a = '"The museum is financially secure. We have never missed a payment on our loan," said its director.'
    b = "The inspection found that the roof was leaking and that records of the paintings' condition checks were missing."
    assert not _contradictions(nlp, a, b)
    assert not _contradictions(nlp, "The company said it had never missed a payment milestone.",
                               "The agency said it would hire a second builder for the towns the company had not yet reached.")


def test_e_one_target_missed_and_never_missed_still_opposes(nlp):
    # near misses: one target named on both sides, missed or met
    assert _contradictions(nlp, "The council said it has never missed its recycling target.",
                           "The regulator said the council missed its recycling target last year.")
    assert _contradictions(nlp, "The council said it has never met its recycling target.",
                           "The regulator said the council met its recycling target last year.")


# --- f. a count judged as one amount ------------------------------------------------------------

def test_f_a_count_with_a_singular_copula_is_no_exception(nlp):
    a = "The director said all nine faults would be put right by the end of the summer."
    b = '"Nine faults is not a minor matter for any museum," he said.'
    assert not _contradictions(nlp, a, b)
    assert SINGULAR_COPULA_AFTER.match(" faults is not a minor matter")
    assert SINGULAR_COPULA_AFTER.match(" years was not enough")


def test_f_members_that_did_not_are_exceptions_still(nlp):
    # near misses: a plural copula, and a count with its own verb
    assert not SINGULAR_COPULA_AFTER.match(" stations were not open on Monday")
    assert _contradictions(nlp, "Every member of the coalition had voted for the bill, the party said.",
                           "Five coalition members abstained in Tuesday's vote, the speaker said.")
    conflicts = _conflicts(nlp, "All 30 stations were open on Monday, the operator said.",
                           "Four stations were not open on Monday, the union said.", DAY, DAY)
    assert any("did not" in c.reason for c in conflicts)
