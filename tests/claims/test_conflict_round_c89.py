"""Round c89: contradiction recall on development misses (docs/conflicts.md, "Round c89").
Sentences written for these tests, not the gold; each near miss must stay silent.

a. An assessment word negated through an article ("difficult but not a failure") is read
   as its opposite (claims/data/conflict_assessment_negators.txt, "not a", "not an", ...):
   it opposes "a failure" and no longer opposes "a success".
b. A place said within its capacity against one said over it (claims/data/
   conflict_opposites.txt, the "within capacity" row).
c. A share of things done within a limit ("only 40% of bursts were repaired within a day")
   against a limit said kept for every one (`time_limits._share_past_limit`).
d. Of one pair of clusters, a pair across the story window that `_found_later` keeps (an
   assurance months before, a finding after) is ranked as one story: the original
   assurance is reported against the finding, not the finding's article restating it.
e. A result said beyond expectations, or a plan on track, against one below what was
   planned (conflict_opposites.txt, the two "below what was planned" rows)."""

from __future__ import annotations

from datetime import date

from claims.clustering import cluster_claims
from claims.conflicts import find_conflicts
from claims.conflicts.time_limits import time_overrun
from tests.claims.test_figure_roles import _claims
from tests.claims.test_figure_roles import _reasons as _contradictions

# --- a. "not a failure" ---------------------------------------------------------------------

NOT_A_FAILURE = ("The ferry operator's chief executive, Alwyn Prothero, said the winter timetable on the "
                 "Skellan crossing had been \"difficult but not a failure\".")
A_FAILURE = ("The Skellan passengers' association said the winter timetable on the Skellan crossing had been "
             "\"a failure\" from start to finish.")
A_SUCCESS = ("The ferry operator's chairman, Gethin Moss, said the winter timetable on the Skellan crossing had "
             "been \"a success\".")


def test_a_not_a_failure_against_a_failure(nlp):
    assert _contradictions(nlp, NOT_A_FAILURE, A_FAILURE)


def test_a_near_miss_not_a_failure_is_no_opposite_of_a_success(nlp):
    # "not a failure" and "a success" are one side: no contradiction.
    assert not _contradictions(nlp, NOT_A_FAILURE, A_SUCCESS)


# --- b. within capacity / over capacity ---------------------------------------------------

WITHIN = ("The organisers said the Marsh Lane showground had been \"well within capacity\" throughout the "
          "county fair.")
OVER = ("A council report found the Marsh Lane showground was over its licensed capacity during the county "
        "fair.")


def test_b_within_capacity_against_over_capacity(nlp):
    reasons = _contradictions(nlp, WITHIN, OVER)
    assert any("within capacity" in r and "over its licensed capacity" in r for r in reasons)


def test_b_near_miss_a_capacity_is_a_size(nlp):
    # "a capacity of 20,000" tells a size, no side.
    assert not _contradictions(nlp, "The Marsh Lane showground has a capacity of 20,000 visitors a day.", OVER)


# --- c. a share within a limit ------------------------------------------------------------

EVERY = "The water company said it repairs every burst main reported by a customer within 24 hours."
SHARE = "The regulator found only 40% of burst mains reported by customers were repaired within a day."


def test_c_share_within_a_limit_is_a_time_past_it():
    assert time_overrun("only 40% of burst mains were repaired within a day") > 24
    assert time_overrun("burst mains were repaired within 48 hours in 72% of cases") > 48
    # a floor: the rest may have been done in time too
    assert time_overrun("more than 95% of burst mains were repaired within a day") is None
    assert time_overrun("at least 90% of calls were answered within a minute") is None
    # a share of no things done ("rose 5% within a year") is no share of things
    assert time_overrun("prices rose 5% within a year") is None


def test_c_share_within_a_limit_against_every_one_within_it(nlp):
    assert any("time limit" in r or "within" in r for r in _contradictions(nlp, EVERY, SHARE))


def test_c_near_miss_a_floor_share(nlp):
    assert not _contradictions(nlp, EVERY, "The regulator found more than 95% of burst mains reported by customers "
                                           "were repaired within a day.")


def test_c_near_miss_a_shorter_limit(nlp):
    # 40% within an hour says nothing of the rest within a day.
    assert not _contradictions(nlp, EVERY, "The regulator found only 40% of burst mains reported by customers were "
                                           "repaired within an hour.")


# --- d. the earlier assurance reported, not the finding's article restating it -------------

def test_d_assurance_months_before_is_reported_against_the_finding(nlp):
    # The finding's article restates the assurance; of the pair of clusters the original
    # (January) assurance is set against the June finding, not the June restatement.
    january = ("Brackley Water said on Tuesday that it repairs every burst main reported by a customer in "
               "Brackley within 24 hours. The company supplies 90,000 homes in the Brackley valley.")
    june = ("Brackley Water has said it repairs every burst main reported by a customer in Brackley within 24 "
            "hours. A report by the Water Services Regulator published on Monday found only 40% of burst "
            "mains reported by customers in Brackley were repaired within a day. The company supplies 90,000 "
            "homes in the Brackley valley.")
    refs = _claims(nlp, "a0", january, "Fenwold Echo", date(2026, 1, 13)) \
        + _claims(nlp, "a1", june, "Vale Weekly", date(2026, 6, 9))
    # clustered as the flow does: the two statements of the limit are one cluster
    found = [c for c in find_conflicts(refs, cluster_claims([r.claim for r in refs]))
             if c.kind.value == "contradiction"]
    assert len(found) == 1
    by_id = {r.claim.claim_id: r.claim.article_id for r in refs}
    assert {by_id[found[0].claim_a], by_id[found[0].claim_b]} == {"a0", "a1"}


# --- e. beyond expectations / below what was planned --------------------------------------

def test_e_exceeded_expectations_against_below_what_was_planned(nlp):
    assert _contradictions(nlp, "The energy minister said take-up of the Warm Homes loft grant had \"exceeded every "
                                "expectation\" in its first year.",
                           "An audit found take-up of the Warm Homes loft grant was well below what was planned in "
                           "its first year.")


def test_e_on_track_against_below_what_was_planned(nlp):
    assert _contradictions(nlp, "The energy minister said the Warm Homes loft grant was on track.",
                           "An audit found take-up of the Warm Homes loft grant was well below what was planned.")


def test_e_near_miss_expected_alone_is_no_side(nlp):
    # "expected" is a forecast word: "take-up is expected to rise" is no result beyond expectations.
    assert not _contradictions(nlp, "The energy minister said take-up of the Warm Homes loft grant was expected to "
                                    "rise next year.",
                               "An audit found take-up of the Warm Homes loft grant was well below what was planned.")
