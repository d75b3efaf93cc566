"""Round p84 (precision on unlabelled predictions): docs/conflicts.md, "Round p84".
One named party's figures of two measures in two articles are two facts of that party, not
rival accounts (`numeric._one_teller`). Sentences written for these tests, about none of
the gold cases; each has near misses that stay conflicts."""

from datetime import date

from claims.conflicts import find_conflicts
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims

DAY = date(2027, 9, 14)

TRAINED = "Brindlemoor Police said 2,400 officers had been trained in search procedures since March."
SEARCHES = "Brindlemoor Police said its officers carried out 16,800 searches since March."
OTHER_SEARCHES = "Brindlemoor Police said its officers carried out 12,100 searches since March."
RIVAL_TRAINED = "The rights group Fair Stop said 2,400 officers had been trained in search procedures since March."


def _kinds(nlp, *texts):
    """The kinds of conflict found between articles given as (text, outlet)."""
    refs = []
    for n, (text, outlet) in enumerate(texts):
        refs += _claims(nlp, "abc"[n], text, outlet, DAY)
    return [c.kind for c in find_conflicts(refs)]


def test_one_partys_figures_of_two_measures_in_two_articles_are_no_conflict(nlp):
    assert ConflictKind.NUMERIC not in _kinds(nlp, (TRAINED, "Outlet A"), (SEARCHES, "Outlet B"))
    # Near misses: another party's figure beside it is still compared ...
    assert ConflictKind.NUMERIC in _kinds(nlp, (RIVAL_TRAINED, "Outlet A"), (SEARCHES, "Outlet B"))
    # ... and one party's figure of one measure told two ways by two outlets is a conflict.
    assert ConflictKind.NUMERIC in _kinds(nlp, (OTHER_SEARCHES, "Outlet A"), (SEARCHES, "Outlet B"))
