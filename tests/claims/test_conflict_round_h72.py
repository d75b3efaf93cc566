"""Round h72, an eighteenth fact-checker's review of fresh stories (docs/review_h72.md): a
road bridge's closure and repair bill, a bird-flu outbreak's culls and compensation, a
county's library closures and consultation. Defects fixed, each with near misses.
Sentences written for these tests, not the gold.

a. An answer of "no" to a proposal ("40% of the nurses who answered said no to closing
   their ward") is a vote, not a denial that wards close (`contradictions.ANSWERED_NO`,
   `_answers_blanked`).
b. A negation whose clause goes on to "without" sets a condition ("No ward will close
   without a public meeting being held first"): only a claim telling the act with the
   condition lacking answers it (`contradictions.NOT_WITHOUT`, `_condition_unmet`), not
   "the annual meeting closed early", "40 wards have closed across the region" or
   "closing the six wards would save £3m".
c. A speaker reporting being told its own figures were wrong ("the union had been told
   its figures were wrong") reports another party's rejection of its own word: no
   rejection by the speaker (`rebuttals.told_own_wrong`, in `common.is_dispute`)."""

from __future__ import annotations

from datetime import date

from claims.conflicts.contradictions import _answers_blanked, _condition_scope, _Wording
from claims.models import ConflictKind
from claims.rebuttals import told_own_wrong
from tests.claims.test_conflict_round_q66 import _dispute_texts
from tests.claims.test_figure_roles import _conflicts

DAY = date(2026, 3, 2)
LEAD = "The Elmbury health trust is reviewing the wards of its two hospitals. "


def _contradictions(conflicts):
    return [c for c in conflicts if c.kind is ConflictKind.CONTRADICTION]


def _any(conflicts):
    return [c for c in conflicts if c.kind in (ConflictKind.CONTRADICTION, ConflictKind.DISPUTE)]


# --- a. an answer of "no" to a proposal ------------------------------------------------------

def test_a_an_answer_of_no_is_no_denial(nlp):
    a = LEAD + "Forty per cent of the nurses who answered the survey said no to closing their ward."
    b = LEAD + "The trust says closing the six wards would save £3m a year."
    assert not _contradictions(_conflicts(nlp, a, b, DAY, DAY))
    b = LEAD + "The trust said its staff survey closed early on Friday."
    assert not _contradictions(_conflicts(nlp, a, b, DAY, DAY))


def test_a_the_blanked_span_ends_at_the_clause():
    assert _answers_blanked("Most members voted no to the merger, the union said").endswith(", the union said")
    assert not _Wording.of("Most of the nurses said no to closing their ward").negated


def test_a_a_denial_after_said_still_negates(nlp):
    # near miss: "said no ward would close" (no "to") denies the closing
    assert _answers_blanked("The trust said no ward would close this year") == "The trust said no ward would close this year"
    a = LEAD + "The trust said no ward would close this year."
    b = LEAD + "Two of the wards at Elmbury General closed in March, the nurses' union said."
    assert _contradictions(_conflicts(nlp, a, b, DAY, DAY))


# --- b. a negation with a condition ------------------------------------------------------------

CONDITIONAL = LEAD + "The trust's chief executive said no ward would close without a public meeting being held first."


def test_b_the_condition_is_read():
    assert _condition_scope("no ward would close without a public meeting being held first") >= {"public", "meet"}
    assert not _condition_scope("no ward would close this year")
    assert not _condition_scope("the ward closed without warning")  # no negation before it
    # a state of lacking is no condition
    assert not _condition_scope("no ward had been left without a nurse at night")


def test_b_a_condition_is_not_met_by_the_act_alone(nlp):
    for b in ("The trust said its annual meeting closed early on Friday.",
              "Across the region, 40 wards have closed in the past decade, according to the nurses' union.",
              "The trust says closing the six wards would save £3m a year."):
        assert not _contradictions(_conflicts(nlp, CONDITIONAL, LEAD + b, DAY, DAY)), b


def test_b_the_act_with_the_condition_lacking_still_opposes(nlp):
    # near miss: the closing told without the meeting answers the condition
    b = LEAD + "Two of the wards closed without any public meeting being held, the nurses' union said."
    assert _any(_conflicts(nlp, CONDITIONAL, b, DAY, DAY))


def test_b_the_act_told_with_its_manner_still_opposes(nlp):
    # near miss: "closed automatically" tells how, which may answer the condition
    a = LEAD + "The trust said no patient's booking was ever cancelled by its computer without a clerk checking it."
    b = (LEAD + "The patients' group said it was helping 40 patients whose bookings had been cancelled "
         "automatically after a system update.")
    assert _any(_conflicts(nlp, a, b, DAY, DAY))


def test_b_a_plain_denial_still_opposes_the_act(nlp):
    # near miss: with no "without", the act alone answers the denial
    a = LEAD + "The trust's chief executive said no ward would close."
    b = LEAD + "The nurses' union said the trust had closed two wards at Elmbury General in March."
    assert _contradictions(_conflicts(nlp, a, b, DAY, DAY))


# --- c. told that one's own figures were wrong -------------------------------------------------

def test_c_told_own_figures_wrong_is_read():
    assert told_own_wrong("the nurses' union had been told its figures were wrong")
    assert told_own_wrong("We were told by the trust that our count was misleading")
    # near misses: the speaker's own judgement, and a figure with no owner
    assert not told_own_wrong("the union said the trust's figures were wrong")
    assert not told_own_wrong("the board was told the figures were wrong")


def test_c_a_report_of_being_told_is_no_rejection_by_the_speaker(nlp):
    a = LEAD + "The trust said the ward closures would save £3m a year."
    b = (LEAD + "The nurses' union puts the saving at nearer £1m. Its secretary, Alan Penn, said the union "
         "had been told its figures were wrong.")
    pairs = _dispute_texts(nlp, a, b, DAY, date(2026, 3, 9))
    assert not any(any("told its figures were wrong" in t for t in p) for p in pairs)


def test_c_the_speakers_own_rejection_still_disputes(nlp):
    # near miss: the union rejecting the trust's figure is a dispute
    a = LEAD + "The trust said the ward closures would save £3m a year."
    b = (LEAD + "Alan Penn, secretary of the nurses' union, said the trust's figure of £3m a year was wrong.")
    assert _dispute_texts(nlp, a, b, DAY, date(2026, 3, 9))
