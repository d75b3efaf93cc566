"""Round g80, a twenty-first fact-checker's review of fresh stories (docs/review_g80.md): a
mobile network's outage, a city's tourist tax, a moorland wildfire. Defect fixed, with
near misses. Sentences written for these tests, not the gold.

a. A told clause that was negated, answered by a bare affirmation ("We were told nobody
   would lose their job. They did."), is denied, as "It did not" denies a told clause that
   was not (`told_claims.ELLIPTICAL_AFFIRMATION`, in `denies_told_claim`): the claim is a
   rejection, so its told "nobody would lose" is no assessment of the rejecter's own and
   opposes nothing it agrees with.
b. A told clause that was not negated ("The company told us the update came from its
   supplier. It did not.") is not what a claim says whose own "not" sets a word of it
   aside ("written by the company, not by its supplier": the rejecter's side agreeing):
   no target (`disputes._denies_told_content`, in `_told_target`)."""

from __future__ import annotations

from datetime import date

from claims.conflicts import find_conflicts
from claims.conflicts.disputes import _denies_told_content
from claims.conflicts.told_claims import denies_told_claim
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 4, 7)
LATER = date(2026, 10, 6)
MILL = "Harnby Mills has closed its weaving shed after a year of losses. "


# --- a. a bare affirmation denies a negated told clause ----------------------------------------

def test_a_a_bare_affirmation_denies_a_negated_told_clause():
    for text in ("We were told nobody would lose their job. They did.",
                 "We were told there had been no leak at the plant. There had.",
                 '"We were told the bridge was not cracked. It was," she said.',
                 "The council told residents the library would never close. It did, Ms Orrin said."):
        assert denies_told_claim(text), text


def test_a_agreeing_and_longer_answers_are_no_denial():
    # near misses: an affirmation of a clause that was not negated agrees; an answer going
    # on to words of its own ("It had a plan") is no ellipsis; a bare affirmation needs the
    # told clause's negation, not one in the answer's own next sentence
    for text in ("We were told the delay would be short. It was.",
                 "We were told there would be no cuts. There were, in March.",
                 "We were told the site never crashed. It had a plan.",
                 "We were told the line would reopen in May. It did. Nobody was hurt."):
        assert not denies_told_claim(text), text


def test_a_the_told_negation_opposes_nothing_it_agrees_with(nlp):
    a = ("The investigation found that the mill had laid off 60 weavers in March. "
         '"We were told nobody at the mill would lose their job. They did," said Tamsin Orrock of the weavers\' union.')
    b = "Harnby Mills said it had laid off 60 weavers in March."
    refs = _claims(nlp, "a", MILL + a, "Outlet A", LATER) + _claims(nlp, "b", MILL + b, "Outlet B", LATER)
    texts = {r.claim.claim_id: r.claim.text for r in refs}
    assert any("nobody at the mill" in t for t in texts.values())
    told = [c for c in find_conflicts(refs) if c.kind is ConflictKind.CONTRADICTION
            and any("nobody at the mill" in texts[i] for i in (c.claim_a, c.claim_b))]
    assert not told


def test_a_the_told_clause_is_rejected(nlp):
    a = "Harnby Mills said in March that nobody at the mill would lose their job in the closure."
    b = ("The mill laid off 60 weavers in May. "
         '"We were told nobody at the mill would lose their job. They did," said Tamsin Orrock of the weavers\' union.')
    refs = _claims(nlp, "a", MILL + a, "Outlet A", DAY) + _claims(nlp, "b", MILL + b, "Outlet B", LATER)
    texts = {r.claim.claim_id: r.claim.text for r in refs}
    disputes = [c for c in find_conflicts(refs) if c.kind is ConflictKind.DISPUTE
                and any("We were told" in texts[i] for i in (c.claim_a, c.claim_b))]
    assert disputes


# --- b. a told clause is not what a claim setting it aside says -------------------------------

def test_b_a_claim_setting_the_told_content_aside_is_no_target():
    assert _denies_told_content("the software came from its contractor",
                                "the software had been written by the bank's own staff, not by its contractor")
    assert _denies_told_content("the pipe would be replaced this year", "The pipe was not replaced this year")


def test_b_claims_saying_the_told_content_are_kept():
    # near misses: a claim saying what was told, a "not" of other words, and a told
    # clause that was negated (left to the polarity of `_ranked_by_content`)
    assert not _denies_told_content("the software came from its contractor",
                                    "the outage was caused by software from an outside contractor")
    assert not _denies_told_content("the ward was safe at all times", "The ward was safe at all times, not just at night")
    assert not _denies_told_content("the pipe would not be replaced", "The pipe was not replaced this year")


def test_b_the_told_claim_aims_at_the_other_party(nlp):
    lead = "Calder Bank's payments system failed for two days in June. "
    a = "Calder Bank's chief executive, Piers Lumb, said the faulty software had come from an outside contractor."
    b = ("The regulator's report found that the faulty software had been written by Calder Bank's own staff, "
         "not by its contractor. \"The bank told us the software came from its contractor. It did not,\" "
         "said Ada Fenwright, the regulator's director.")
    refs = _claims(nlp, "a", lead + a, "Outlet A", DAY) + _claims(nlp, "b", lead + b, "Outlet B", LATER)
    texts = {r.claim.claim_id: r.claim.text for r in refs}
    aims = [texts[c.claim_a] + " | " + texts[c.claim_b] for c in find_conflicts(refs) if c.kind is ConflictKind.DISPUTE
            and any("The bank told us" in texts[i] for i in (c.claim_a, c.claim_b))]
    assert aims and all("own staff" not in aim for aim in aims), aims
