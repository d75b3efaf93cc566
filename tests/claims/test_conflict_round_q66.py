"""Round q66: a rejection that tells, inside itself, what it rejects ("We were told the
site never crashed. Seventy-one minutes ..."; "TixArc told fans that prices did not move
while they queued. That was not true."). Sentences written for these tests, not the gold.

a. The told clause, its teller and the answer are read from the claim
   (`told_claims.told_claim`); one sentence, an instruction or a subject that is no party
   is no told claim.
b. An elliptical denial answering the told clause ("They did not.", "We never did") makes
   the claim a rejection (`told_claims.denies_told_claim`, `common.is_dispute`); an
   answer that agrees ("It was.") or a negation with a verb of its own does not.
c. The target is the other party's claim saying the told clause
   (`disputes._told_target`), never the rejecter's own finding; none when no claim says
   it."""

from __future__ import annotations

from datetime import date

from claims.conflicts.told_claims import denies_told_claim, told_claim
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _conflicts

DAY = date(2026, 3, 2)


def _disputes(conflicts):
    return [c for c in conflicts if c.kind is ConflictKind.DISPUTE]


# --- a. the told clause ------------------------------------------------------------------------

def test_a_active_teller_and_clause():
    told = told_claim("Harlow Tickets told buyers that fees would not rise this year. That was not true.")
    assert told.teller == "Harlow Tickets"
    assert told.clause == "fees would not rise this year"
    assert told.rest == "That was not true."


def test_a_passive_has_no_teller():
    told = told_claim("Residents were told the bridge would reopen in May. It did not.")
    assert told.teller is None and told.clause == "the bridge would reopen in May"


def test_a_leading_time_phrase_is_no_teller():
    told = told_claim("For years the council told tenants that the flats were safe. They were not.")
    assert told.teller == "the council"


def test_a_near_misses_are_no_told_claim():
    assert told_claim("We were told the delay would be short, and it was.") is None  # one sentence
    assert told_claim("I'm told to use an app. I don't have a smartphone.") is None  # an instruction
    assert told_claim("Nothing in the report we received told us the wall was weak. We acted at once.") is None


# --- b. an elliptical denial -------------------------------------------------------------------

def test_b_elliptical_denials():
    assert denies_told_claim("Councillors were told the scheme paid for itself. On the figures we have seen, it did not.")
    assert denies_told_claim("We were told we had agreed to the change. We never did.")
    assert denies_told_claim("The operator told passengers that the line was safe. That was never true.")


def test_b_agreeing_or_other_answers_are_no_denial():
    assert not denies_told_claim("We were told the delay would be short. It was.")
    assert not denies_told_claim("We were told the plant would close. It did not say when.")
    assert not denies_told_claim("We were told the delay would be short, and it was not.")  # one sentence


# --- c. the target -----------------------------------------------------------------------------

SELLER = ("Harlow Tickets, the official seller for the Marlow Arena concerts, said on Monday that ticket "
          "prices did not change while fans waited in the online queue. The company sold 90,000 tickets.")
BOARD = ("The Consumer Markets Board has fined Harlow Tickets £4m over the Marlow Arena concerts. The board "
         "found that Harlow Tickets raised ticket prices while fans waited in its online queue. "
         "\"Harlow Tickets told fans that prices did not change while they waited in the queue. That was not "
         "true,\" said the board's director, Imelda Crane.")


def _dispute_texts(nlp, a_text, b_text, a_day, b_day):
    """The two claims' texts of every dispute found between two articles."""
    from claims.conflicts import find_conflicts
    from tests.claims.test_figure_roles import _claims
    refs = _claims(nlp, "a", a_text, "Outlet A", a_day) + _claims(nlp, "b", b_text, "Outlet B", b_day)
    text = {r.claim.claim_id: r.claim.text for r in refs}
    return [(text[c.claim_a], text[c.claim_b]) for c in _disputes(find_conflicts(refs))]


def test_c_the_told_claim_is_the_target_not_the_rejecters_finding(nlp):
    pairs = _dispute_texts(nlp, SELLER, BOARD, DAY, date(2026, 3, 9))
    told = [p for p in pairs if any("told fans" in t for t in p)]
    assert told, "the rejection should meet the seller's claim"
    assert all(any(t.startswith("ticket prices did not change") for t in p) for p in told)
    assert not any(any("raised ticket prices" in t for t in p) for p in told)


def test_c_an_elliptical_denial_is_a_rejection(nlp):
    a = ("The Kelby tram line will reopen in May, the operator Kelby Metro said on Tuesday. "
         "Engineers have finished repairs to the bridge.")
    b = ("Passengers on the Kelby tram line are still waiting. \"Kelby Metro told us the line would reopen in "
         "May. It did not,\" said Orla Penhale of the Kelby Passengers Group.")
    assert _disputes(_conflicts(nlp, a, b, DAY, date(2026, 3, 9)))


def test_c_an_agreeing_answer_is_no_rejection(nlp):
    # near miss: the told clause confirmed
    a = ("The Kelby tram line will reopen in May, the operator Kelby Metro said on Tuesday. "
         "Engineers have finished repairs to the bridge.")
    b = ("Passengers on the Kelby tram line are back. \"Kelby Metro told us the line would reopen in "
         "May. It did,\" said Orla Penhale of the Kelby Passengers Group.")
    assert not _disputes(_conflicts(nlp, a, b, DAY, date(2026, 3, 9)))
