"""Round p103: counts of one noun in one article told under two acts (the fresh reviews'
numeric false alarms: "19 boats were tied up" / "31 boats had applied to the scheme", "27
boats tied up" / "34 boats paid"). Sentences written for these tests, not the gold.

Two counts of one noun in one article whose verbs name two acts ("had been tied up" /
"landed fish", "were held" / "were delayed") count two things, not one thing twice
(`numeric._count_acts_apart`). They are still compared when the two verbs are one act
(`conflict_count_act_groups.txt`: "received" / "logged"), when either verb only tells a
figure ("said 22", "put the number at"), when either sentence carries a rival marker
("not", "the true number", "over the same period"), and across two articles."""

from __future__ import annotations

from datetime import date

from claims.conflicts import find_conflicts
from tests.claims.test_figure_roles import _claims, _figure, _numeric

DAY = date(2026, 3, 3)


def _one_article(nlp, text):
    """The numeric conflicts among the claims of one article."""
    refs = _claims(nlp, "a", text, "Pellow Gazette", DAY)
    return [c for c in find_conflicts(refs) if c.kind.value == "numeric"]


def test_boats_tied_up_against_boats_that_landed_fish(nlp):
    text = ("The harbourmaster, Tamsin Dower, said 14 fishing boats had been tied up since January. The "
            "fishermen's association said 22 fishing boats had landed catches since January.")
    assert not _one_article(nlp, text)


def test_cremations_held_against_cremations_delayed(nlp):
    text = ("Grenmoor Borough Council said 120 cremations were carried out at its crematorium in March. The "
            "funeral directors' association said 80 cremations had been delayed because one of the two "
            "cremators was out of action.")
    assert not _one_article(nlp, text)


def test_near_miss_one_act_in_two_verbs_still_compares(nlp):
    text = ("Grenmoor Borough Council said it had received 410 complaints about missed bin collections in "
            "March. The residents' association said its members had logged 1,150 complaints about missed "
            "collections in March.")
    assert _one_article(nlp, text)


def test_near_miss_one_verb_still_compares(nlp):
    text = ("Pellow's harbourmaster, Tamsin Dower, said 14 boats had been tied up since January. The "
            "fishermen's association said 22 boats had been tied up since January.")
    assert _one_article(nlp, text)


def test_near_miss_a_rival_marker_still_compares(nlp):
    text = ("The harbourmaster, Tamsin Dower, said 14 fishing boats had been tied up since January. The "
            "fishermen's association said the harbourmaster's figure was wrong and that 22 fishing boats had "
            "stopped fishing since January.")
    assert _one_article(nlp, text)


def test_near_miss_two_articles_still_compare(nlp):
    a = "Pellow's harbourmaster, Tamsin Dower, said 14 boats had been tied up in the harbour since January."
    b = "The fishermen's association said 22 boats had been laid up in the harbour since January."
    assert _numeric(nlp, a, b, DAY, DAY)


def test_count_act_reads_the_verb_of_a_count(nlp):
    from claims.conflicts.numeric import count_act
    assert count_act(*_figure(nlp, "The harbourmaster said 14 boats had been tied up since January.", "14")) == "tied up"
    assert count_act(*_figure(nlp, "The association said 22 boats landed fish at the quay.", "22")) == "landed"
    assert count_act(*_figure(nlp, "The council cancelled 3,100 parking tickets on appeal.", "3,100")) == "cancelled"
    assert count_act(*_figure(nlp, "The board said 38,000 grades had been moved down.", "38,000")) == "moved down"
    # a figure with no noun takes the auxiliary right after it
    assert count_act(*_figure(nlp, "She said 31 boats had applied to the scheme and 26 had been paid so far.",
                              "26")) == "paid"
    # a verb that only tells the figure is read, and then kept neutral by the rule
    assert count_act(*_figure(nlp, "The campaign put the number of trees felled at 1,300.", "1,300")) is None
