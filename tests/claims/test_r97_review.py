"""Round r97: a general cause of the review's false contradictions (docs/review_r97.md):
a denial of a thing a relative clause narrows ("never been a breach that put any customer
at risk") read as a denial of every such thing, against any count of it."""

from claims.conflicts.contradictions import _qualified_denied
from tests.claims.test_figure_roles import _reasons


def test_a_narrowed_denial_does_not_meet_a_plain_count(nlp):
    assert not _reasons(nlp, "There has never been a breach that put any customer at risk, "
                             "the Marrowby bakery's manager said.",
                        "Inspectors recorded six breaches of hygiene rules at the Marrowby bakery in 2025, "
                        "the council said.")


def test_a_narrowed_denial_still_meets_a_count_of_that_kind(nlp):
    assert _reasons(nlp, "There has never been a breach that put any customer at risk, "
                         "the Marrowby bakery's manager said.",
                    "Two breaches at the Marrowby bakery put customers at risk in 2025, the council said.")


def test_the_narrowing_clause_is_read_after_the_denied_word():
    assert _qualified_denied("been a breach that put any customer at risk") == \
        [("breach", frozenset({"put", "custom", "risk"}))]
    assert _qualified_denied("been a breach at the bakery") == []
