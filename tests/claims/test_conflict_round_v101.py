"""Round v101: counts of one noun in one article that count different groups (the fresh
review r100's numeric false alarms: "160 drivers had been suspended" / "said it had
suspended the nine drivers named by the police" / "would write to all 23 drivers"; "the
38 posts had gone" / "120 posts would go"). Sentences written for these tests, not the gold.

A count said of a group the reader already knows - after "the" or a possessive ("the 12
drivers named in the complaints", "its 40 branches"), or "all" after a preposition ("write
to all 18 drivers") - with its noun right after the figure, is a reference to that group,
not a rival count (`numeric._group_named_before`). A figure someone gave ("the 51 it
reported", "the 140 the council gave") is still a rival, and a subject "All 23 primary
schools reopened" is a claim of its own."""

from __future__ import annotations

from datetime import date

from claims.conflicts import find_conflicts
from tests.claims.test_figure_roles import _claims, _figure, _numeric

DAY = date(2026, 3, 3)


def _one_article(nlp, text):
    """The numeric conflicts among the claims of one article."""
    refs = _claims(nlp, "a", text, "Harbourne Courier", DAY)
    return [c for c in find_conflicts(refs) if c.kind.value == "numeric"]


SUSPENDED = ("Harbourne City Council has suspended 140 taxi drivers since March for missing criminal "
             "record checks, its licensing chair said. ")


def test_all_the_drivers_written_to_are_another_group(nlp):
    text = ("An audit of Harbourne City Council's taxi licensing found that 190 drivers were licensed last "
            "year without a current criminal record check. The council said it would write to all 18 drivers "
            "and offer each of them a fresh hearing before the end of June.")
    assert not _one_article(nlp, text)


def test_all_the_drivers_written_to_against_drivers_suspended(nlp):
    text = ("Councillor Maeve Dunn said 140 drivers had been suspended since March until they renewed their "
            "checks. The council said it would write to all 18 drivers and offer each of them a fresh hearing "
            "before the end of June.")
    assert not _one_article(nlp, text)


def test_the_drivers_named_by_the_police_are_another_group(nlp):
    text = SUSPENDED + ("Ridewell, the app operator, said it had suspended the 12 drivers named by the "
                        "police while their cases were investigated.")
    assert not _one_article(nlp, text)


def test_the_posts_already_gone_against_posts_to_go(nlp):
    text = ("The principal, Ruth Caldwell, said the 45 posts had gone because of \"the funding position, not "
            "the merger\". In January the college had said 150 posts would go over two years.")
    assert not _one_article(nlp, text)


def test_the_posts_already_gone_against_posts_removed(nlp):
    text = ("The principal, Ruth Caldwell, said the 45 posts had gone because of the funding position. The "
            "college said 110 posts had now been removed, including 60 through voluntary redundancy.")
    assert not _one_article(nlp, text)


def test_near_miss_a_figure_given_by_the_other_still_compares(nlp):
    # the definite figure is the council's, named by a teller: a rival
    a = "Harbourne City Council said 140 taxi drivers had been suspended since March."
    b = "The drivers' union said 210 taxi drivers had been suspended since March, not the 140 the council gave."
    assert _numeric(nlp, a, b, DAY, DAY)


def test_near_miss_two_plain_counts_still_compare(nlp):
    a = "Harbourne City Council said 140 taxi drivers had been suspended since March."
    b = "The drivers' union said 210 taxi drivers had been suspended since March."
    assert _numeric(nlp, a, b, DAY, DAY)


def test_group_named_reads_determiners_and_prepositions(nlp):
    from claims.conflicts.numeric import _group_named
    assert _group_named(*_figure(nlp, "The council said it would write to all 18 drivers.", "18"))
    assert _group_named(*_figure(nlp, "It said the 45 posts had gone because of funding.", "45"))
    assert _group_named(*_figure(nlp, "The company said its 58 depots would stay open.", "58"))
    # a subject "All N": a claim of its own
    assert not _group_named(*_figure(nlp, "All 23 primary schools reopened on Monday, the council said.", "23"))
    # a figure named by its teller, or with no noun after it
    assert not _group_named(*_figure(nlp, "The union said 70 courses had closed, not the 51 the college reported.", "51"))
    assert not _group_named(*_figure(nlp, "She said the 1.2 million counted every unlock of a bike.", "1.2 million"))
    # the whole of a part told in digits
    assert not _group_named(*_figure(nlp, "He said 17 of his 38 recommendations had been met.", "38"))
