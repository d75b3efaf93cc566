"""Round g53, a tenth fact-checker's review of fresh stories (docs/review_g53.md): a police
force's stop-and-search figures, a football transfer fee row, a court ruling on a company
pension scheme. Defects fixed, each with near misses. Sentences written for these tests,
not the gold.

a. "no X ... more than £N" bounds a sum the things reach; it denies no X, and opposes no
   count of X (`_bounded_denial`, `DENIAL_BOUND`). A bound of time or count stays a denial.
b. "the previous record of £N" is an earlier high mark, not a rival of the figure now
   (`PREVIOUS_RECORD_BEFORE`, read as a baseline).
c. What a go-between is paid ("the agent's fee was £2.1m", "His agent will receive a fee of
   £4m") is not the size of the deal (`_paid_to_go_between`,
   claims/data/conflict_payee_nouns.txt); two such payments still compare."""

from __future__ import annotations

from datetime import date

from claims.conflicts.contradictions import _denied_things
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _conflicts, _numeric

DAY = date(2026, 5, 4)


def _contradictions(nlp, a, b):
    return [c for c in _conflicts(nlp, a, b, DAY, DAY) if c.kind is ConflictKind.CONTRADICTION]


# --- a. a ceiling is no denial ---------------------------------------------------------------

CEILING = "The club's owner said no coach at the academy earned more than £60,000 a year."


def test_a_pay_ceiling_denies_no_coaches():
    assert _denied_things("the owner said no coach at the academy earned more than £60,000 a year.") == ()


def test_a_pay_ceiling_does_not_oppose_a_count_of_coaches(nlp):
    assert not _contradictions(nlp, CEILING, "The academy had 14 coaches and 230 young players, the trust said.")


def test_a_denial_without_a_bound_still_opposes_a_count(nlp):
    # near miss: no figure after the thing, a denial that any were paid off
    assert _contradictions(nlp, "The club's owner said no coach at the academy had been paid off.",
                           "Three coaches at the academy had been paid off in March, the trust said.")


def test_a_bound_of_time_stays_a_denial():
    # near miss: "no patient waited more than four hours" is met by patients who did
    assert _denied_things("the trust said no patient at the hospital waited more than four hours.") != ()


# --- b. the previous record ---------------------------------------------------------------------

def test_a_previous_record_is_no_rival_of_the_fee(nlp):
    assert not _numeric(nlp, "Harbourside United paid a club-record fee of £18m for the winger, the club said.",
                        "The fee beats Harbourside United's previous record of £11m, paid for a goalkeeper in 2022.",
                        DAY, DAY)


def test_two_fees_still_compare(nlp):
    # near miss: two reports of this fee
    assert _numeric(nlp, "Harbourside United paid a club-record fee of £18m for the winger, the club said.",
                    "A source at the selling club said Harbourside United paid a fee of £12m for the winger.",
                    DAY, DAY)


# --- c. a go-between's cut ----------------------------------------------------------------------

def test_an_agents_fee_is_not_the_transfer_fee(nlp):
    assert not _numeric(nlp, "The winger's agent will receive a fee of £1.5m from Harbourside United, "
                             "according to a person close to the deal.",
                        "The league's register records a fee of £16m for the winger's move to Harbourside United.",
                        DAY, DAY)


def test_two_reports_of_the_agents_fee_still_compare(nlp):
    # near miss: both figures are the agent's cut
    assert _numeric(nlp, "The winger's agent will receive a fee of £1.5m from Harbourside United, "
                         "according to a person close to the deal.",
                    "Harbourside United said the agent's fee for the winger's move was £600,000.",
                    DAY, DAY)
