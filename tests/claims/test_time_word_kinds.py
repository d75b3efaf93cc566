"""A singular time word between a figure and a plural noun names the kind counted ("1,400
season tickets", "650 day visitors"): the figure is a count, not a duration, and it is not
set against a count of the plain noun ("2,900 tickets for the opening match") or of another
kind ("overnight visitors"). Sentences written for these tests."""

from datetime import date

from claims.clustering import cluster_claims
from claims.conflicts import find_conflicts
from tests.claims.test_figure_roles import _claims

DAY = date(2027, 4, 2)


def _numeric(nlp, *texts):
    refs = []
    for n, text in enumerate(texts):
        refs += _claims(nlp, f"tw{n}", text, f"Outlet {n}", DAY)
    return [c for c in find_conflicts(refs, cluster_claims([r.claim for r in refs])) if c.kind.value == "numeric"]


def test_two_counts_of_season_tickets_conflict(nlp):
    found = _numeric(nlp, "Fenholt Rovers said it had sold 1,400 season tickets for the new season.",
                     "The supporters' trust said only 900 season tickets had been sold for the new season.")
    assert any("1,400" in c.reason and "900" in c.reason for c in found)


def test_season_tickets_are_not_set_against_match_tickets(nlp):
    found = _numeric(nlp, "Fenholt Rovers said it had sold 1,400 season tickets for the new season.",
                     "Fenholt Rovers sold 2,900 tickets for the opening match of the new season.")
    assert not any("1,400" in c.reason and "2,900" in c.reason for c in found)


def test_day_visitors_are_not_set_against_overnight_visitors(nlp):
    found = _numeric(nlp, "The tourism board said the town had 4.2 million day visitors last year.",
                     "The council said the town had 1.3 million overnight visitors last year.")
    assert not any("4.2 million" in c.reason for c in found)
