"""Round x101: opposite words of two claims that agree, or that are said of two matters
(docs/conflicts.md, "Round x101"). Sentences written for these tests, not the gold.

a. A forecast word negated after it or by its subject ("would not be sold", "will never
   close", "no jobs would be lost") foretells that the thing will not happen: two such claims
   agree (`contradictions._forecast_negated`). "would be sold" / "will not be sold" still
   oppose.
b. One noun named as two of its kinds ("compulsory redundancies" / "voluntary redundancy",
   conflict_kind_adjectives.txt) is two matters (`_described_things_apart`); the kinds said
   of the noun as predicates still oppose.
c. A negation inside a relative clause ("customers who cannot bank online") picks out members
   of a group: only a claim naming that noun answers it (`_relative_noun`).
d. A negated act whose object a negated relative clause without its pronoun narrows ("could
   not revoke a licence it had not issued") denies nothing a count of the act answers
   (`DOUBLE_ZERO_RELATIVE`).
e. A negated clause reaching a word the other claim itself denies ("no felling target" /
   "sets no target for the trees to be felled"): both deny the target, they agree."""

from __future__ import annotations

from tests.claims.test_figure_roles import _contradictions

CLUB = "Supporters of Harrowby Rovers met the club's owners on Thursday to discuss the future of Mill Lane stadium. "
MERGER = "Westbrook College and Pelham College will merge in September, cutting 90 posts over two years. "
BANK = "Tallis Bank is closing 14 branches across the county this spring, leaving six towns without one. "
TAXIS = "Brenford council's licensing committee has faced questions over how it handles taxi licences. "
TREES = "Ashcombe City Council's street tree contract with Varden Grounds has been criticised by residents. "


# --- a. two negated forecasts agree -----------------------------------------------------------------

def test_a_would_not_and_will_not_agree(nlp):
    a = CLUB + "The club's chairman said Mill Lane would not be sold to developers."
    b = CLUB + "\"Mill Lane will not be sold to developers,\" the owners' spokesman said."
    assert not _contradictions(nlp, a, b)


def test_a_a_denying_subject_agrees_with_will_not(nlp):
    a = MERGER + "The union said it had been assured that no jobs would be lost at the Pelham campus."
    b = MERGER + "The college said staff at the Pelham campus will not lose their jobs."
    assert not _contradictions(nlp, a, b)


def test_a_would_against_will_not_still_opposes(nlp):
    # near miss: one says it will happen, the other that it will not
    a = CLUB + "The club's chairman said Mill Lane would be sold to developers next year."
    b = CLUB + "\"Mill Lane will not be sold to developers,\" the owners' spokesman said."
    assert _contradictions(nlp, a, b)


# --- b. two kinds of one noun ------------------------------------------------------------------------

def test_b_compulsory_and_voluntary_redundancy_are_two_matters(nlp):
    a = MERGER + "The lecturers' union said compulsory redundancies had always been part of the merger."
    b = MERGER + "The college said it had received 48 applications for voluntary redundancy."
    assert not _contradictions(nlp, a, b)


def test_b_kinds_said_as_predicates_still_oppose(nlp):
    # near miss: the same redundancies called voluntary by one and compulsory by the other
    a = MERGER + "The lecturers' union said the redundancies at Pelham were compulsory."
    b = MERGER + "The college said the redundancies at Pelham were voluntary."
    assert _contradictions(nlp, a, b)


# --- c. a negation inside a relative clause -------------------------------------------------------------

def test_c_a_relative_clause_negation_is_of_its_group(nlp):
    a = BANK + "The consumer panel said the bank had not done enough for pensioners who cannot bank online."
    b = BANK + "The bank said most of the closing branches' account holders now banked online."
    assert not _contradictions(nlp, a, b)


def test_c_a_main_clause_negation_still_opposes(nlp):
    # near miss: the same people said not to bank online
    a = BANK + "The consumer panel said most of the branches' account holders could not bank online."
    b = BANK + "The bank said most of the closing branches' account holders now banked online."
    assert _contradictions(nlp, a, b)


# --- d. a negated act narrowed by a negated relative clause without its pronoun -------------------

def test_d_a_licence_it_had_not_issued(nlp):
    a = TAXIS + "The committee has revoked 37 taxi licences so far this year, its chairman said."
    b = TAXIS + "A council lawyer said the committee could not revoke a licence it had not issued."
    assert not _contradictions(nlp, a, b)


def test_d_a_plain_denial_of_the_act_still_opposes(nlp):
    # near miss: revoking denied outright
    a = TAXIS + "The committee has revoked 37 taxi licences so far this year, its chairman said."
    b = TAXIS + "A council lawyer said the committee had not revoked a single taxi licence this year."
    assert _contradictions(nlp, a, b)


# --- e. both deny one thing -----------------------------------------------------------------------

def test_e_both_deny_the_target(nlp):
    a = TREES + "\"There is no felling target in our contract,\" Varden's director said."
    b = TREES + "The council said the contract \"sets no target for the number of trees to be felled\"."
    assert not _contradictions(nlp, a, b)


def test_e_a_target_against_its_denial_still_opposes(nlp):
    # near miss: one says there is a target, the other denies it
    a = TREES + "\"There is no felling target in our contract,\" Varden's director said."
    b = TREES + "Residents said the contract set a felling target of 400 trees a year."
    assert _contradictions(nlp, a, b)


# --- f. "no" before an -ing word and its noun denies the noun --------------------------------------

def test_f_no_felling_target_is_no_denial_of_felling(nlp):
    a = TREES + "\"There is no felling target in our contract,\" Varden's director said."
    b = TREES + "The felling is carried out by Varden Grounds under a 20-year contract, the council said."
    assert not _contradictions(nlp, a, b)


# --- g. particles of sitting and scaling are no direction ------------------------------------------

MOOR = "Firefighters have spent a week tackling a moorland fire above Kelthorpe. "


def test_g_scale_down_is_no_fall(nlp):
    a = MOOR + "The fire service said crews at Kelthorpe had begun to scale down on Tuesday."
    b = MOOR + "The landowner said the number of crews at Kelthorpe was up on Tuesday."
    assert not _contradictions(nlp, a, b)


def test_g_sits_down_is_no_fall(nlp):
    a = MOOR + "The strike will last until the council sits down with the union, its leader said."
    b = MOOR + "The council said strike days were up this year."
    assert not _contradictions(nlp, a, b)
