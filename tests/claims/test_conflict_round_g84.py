"""Round g84, a twenty-third fact-checker's review of fresh stories (docs/review_g84.md): a
chemical plant's chlorine leak, a bird-flu outbreak, a storm blackout. Defects fixed, with
near misses. Sentences written for these tests, not the gold.

a. A "no" or "not" opening a bound ("no more than 40 staff", "not later than May") is no
   negation for the contradiction reader (`contradictions._is_bound`, in
   `_negations_and_lacks`): the staff were there, up to the bound.
b. A share said not to have done a thing ("more than 80% of its customers never lost
   supply") denies it of a part, not of all: blanked (`contradictions.SHARE_NEGATED`), so a
   count of those who did it is no contradiction."""

from __future__ import annotations

import re
from datetime import date

from claims.conflicts import find_conflicts
from claims.conflicts.contradictions import SHARE_NEGATED, _is_bound, _negations_and_lacks
from claims.lexicon import negation_pattern
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 4, 7)
LINE = "Floods closed the Harrowgate rail line for a week. "
MAIN = "A burst main cut water supplies across Penhallow on Tuesday. "


def _contradictions(nlp, lead, a, b):
    refs = _claims(nlp, "a", lead + a, "Outlet A", DAY) + _claims(nlp, "b", lead + b, "Outlet B", DAY)
    return [c for c in find_conflicts(refs) if c.kind is ConflictKind.CONTRADICTION]


# --- a. a bound is no negation ----------------------------------------------------------------

def test_a_a_bound_opens_no_negation():
    for text in ("no more than 40 staff had worked on the repairs",
                 "not fewer than 300 pupils missed lessons",
                 "the report must be published no later than May",
                 "it was no less than a scandal"):
        m = negation_pattern().search(text)
        assert m and _is_bound(text, m), text
        assert not _negations_and_lacks(text), text


def test_a_plain_negations_stay():
    # near misses: "no more staff" (none beyond), "not more often", "no staff" are denials
    for text in ("there were no more staff to call on",
                 "the trains did not run more often",
                 "no staff had worked on the repairs"):
        assert _negations_and_lacks(text), text


def test_a_a_bound_opposes_no_claim_of_the_thing(nlp):
    assert not _contradictions(
        nlp, LINE, "An inquiry found that no more than 40 staff had worked on the repairs on any one day.",
        "The railway said its staff had worked through the night.")
    # near miss: a plain denial still opposes it
    assert _contradictions(
        nlp, LINE, "The inquiry found no staff had worked on the repairs that weekend.",
        "The railway said its staff had worked through the night.")


# --- b. a share's negation denies nothing of all ------------------------------------------------

def test_b_shares_negated_are_found():
    for text in ("more than 80% of its customers never lost supply",
                 "two thirds of the streets were not affected",
                 "half of the members didn't vote"):
        assert SHARE_NEGATED.search(text), text
    # near misses: no negation; "none of" and "no one" deny of all
    for text in ("80% of its customers lost supply", "none of its customers lost supply",
                 "no one lost supply"):
        assert not SHARE_NEGATED.search(text), text


def test_b_a_share_negated_opposes_no_count(nlp):
    for a, b in (("The water company said more than 80% of its customers never lost supply.",
                  "The council said 30,000 homes had lost supply on Tuesday."),
                 ("The water company said two thirds of the streets were not affected.",
                  "The council said 40 streets were affected by the burst.")):
        assert not _contradictions(nlp, MAIN, a, b), a


def test_b_a_denial_of_all_still_opposes(nlp):
    # near miss: without a share, the denial still meets the count
    found = _contradictions(nlp, MAIN, "The water company said its customers never lost supply.",
                            "The council said 30,000 homes had lost supply on Tuesday.")
    assert found and any(re.search("never lost", c.reason) for c in found)
