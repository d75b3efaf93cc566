"""Round s37: a share or a passively counted thing is what a statement is about, never who
made it (claims.attribution._a_figure). Sentences written for these tests, not the gold."""

from __future__ import annotations

from tests.claims.test_attribution_s24 import _speakers


def test_a_share_of_people_reporting_is_not_a_speaker(nlp):
    text = ("About 61% of patients on the drug reported less pain after six weeks, the trial "
            "results show.")
    got = _speakers(nlp, text)
    assert "61%" not in " ".join(str(s) for s in got.values())


def test_a_passive_count_is_not_a_speaker(nlp):
    text = ("The minutes record that 41 cases had been reported to the company by March. "
            "Staff said the figures were never shared with the board.")
    got = _speakers(nlp, text)
    assert all(s is None or "cases" not in s for s in got.values())
    assert got.get("the figures were never shared with the board") == "Staff"


def test_near_miss_a_count_of_people_still_speaks(nlp):
    text = "More than 200 scientists said the rules would slow research down."
    got = _speakers(nlp, text)
    assert got["the rules would slow research down"] is not None
    assert "scientists" in got["the rules would slow research down"]
