"""Round d116: of an owner's claims, which one a rejection answers when it names the owner's
thing as a statement ("the regulator's account", "the trust's claim") and repeats no figure.
Sentences written for these tests, not the gold.

a. `disputes._names_a_statement`: a named owner's statement noun, not a figure noun, not a
   rejection naming no owner.
b. The owner step: "We disagree with the regulator's account" answers the regulator's
   finding, not a figure the regulator gave beside it (figures were ranked first whatever
   the noun).
c. Near misses: "the regulator's figure" still wants the figure; a rejection repeating the
   figure ("the authority's claim of 140 engineers") is not read as a statement.
"""

from __future__ import annotations

from datetime import date

from claims.conflicts.disputes import _names_a_statement
from tests.claims.test_conflict_round_t40 import _dispute_targets
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 11, 20)

WATER = ("The Water Standards Authority found that Fenbrook Water had failed to warn households about "
         "contaminated supplies. "
         "The authority also said the company had employed 140 field engineers in the region in March. "
         "Fenbrook Water was fined £3m on Tuesday.\n\n"
         "Odran Pelham, Fenbrook's operations director, said: \"We disagree with the authority's account "
         "and we will appeal.\"")


def _targets(nlp, text, rejection):
    return _dispute_targets(_claims(nlp, "a", text, "The Fenbrook Courier", DAY), rejection)


def test_a_a_statement_noun_of_a_named_owner():
    assert _names_a_statement("We disagree with the authority's account")
    assert _names_a_statement("said the trust's claim was misleading")
    assert not _names_a_statement("said the trust's figure was misleading")
    assert not _names_a_statement("said the estimate was misleading")
    assert not _names_a_statement("That is simply not true")


def test_b_the_account_answers_the_finding_not_the_figure_beside_it(nlp):
    found = _targets(nlp, WATER, "disagree with the authority's account")
    # Main's code set only the engineers' figure against it. The figure may still follow as
    # the owner step's runner-up (t22 `_near_rival`), the finding ranked first.
    assert found and "failed to warn households" in found[0], found


def test_c_near_miss_the_owners_figure_still_wants_a_figure(nlp):
    text = WATER.replace("We disagree with the authority's account and we will appeal.",
                         "The authority's figure is wrong and we will appeal.")
    found = _targets(nlp, text, "figure is wrong")
    assert not any("failed to warn households" in t for t in found), found


def test_c_near_miss_a_repeated_figure_still_wants_the_claim_holding_it(nlp):
    text = WATER.replace("We disagree with the authority's account and we will appeal.",
                         "The authority's claim of 140 engineers is wrong and we will appeal.")
    found = _targets(nlp, text, "claim of 140 engineers")
    assert not any("failed to warn households" in t for t in found), found
