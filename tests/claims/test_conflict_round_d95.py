"""Round d95: dispute targets, the rejection aimed at the claim it answers. Sentences written
for these tests, not the gold.

a. A rejection naming the figure it rejects by its value ("the regulator's own earlier figure
   of 318 had left out ...") answers a claim giving that figure; failing one it answers
   none (`disputes._dispute_targets`' `named_held`), not the claim its other words or its
   owner's name reach. Only a figure after the noun and "of" (`_named_figure_words` with
   `after_only`): "denies 12 counts of fraud" names none.
b. A told claim's target is not a claim saying the other side of an opposite pair than the
   told clause ("had been falling" / "had grown": `_opposes_told_content`): that claim says
   what the rejecter says.
"""

from __future__ import annotations

from claims.conflicts.disputes import _named_figure_words, _opposes_told_content
from tests.claims.test_conflict_round_d89 import _disputes

OUTAGE = ("The mobile operator Brightcell has been fined £14m after a network failure in June left customers "
          "across the north without service for a day. An investigation by the Telecoms Standards Board found that "
          "hundreds of emergency calls failed during the outage. Brightcell said it had apologised to every customer "
          "affected. The Network Resilience Office said the regulator's own earlier figure of 318 had left out "
          "calls made from phones that had no signal at all.")


def test_a_a_figure_named_by_value_and_given_by_no_claim_is_answered_by_none(nlp):
    found = _disputes(nlp, OUTAGE)
    assert not any("figure of 318" in a + b and "hundreds of emergency calls" in a + b for a, b in found), found


THEATRE_A = ("An independent review of the arts council's decision to cut the grant to the Millbrook Lyceum "
             "was published on Thursday. The review found the Lyceum's paid audiences had grown in three of "
             "the last four years.")
THEATRE_B = ("The Millbrook Lyceum will stay open until the spring. \"We were told that the Lyceum's paid "
             "audiences had been falling for years. They had not,\" said its artistic director, Dr Hesketh "
             "Armistead.")


def test_b_a_finding_saying_the_other_side_is_no_told_target(nlp):
    found = _disputes(nlp, THEATRE_B, THEATRE_A)
    assert not any("had grown" in a + b and "had been falling" in a + b for a, b in found), found


def test_a_named_figure_after_its_noun():
    assert _named_figure_words("the regulator's own earlier figure of 318 had left out calls", True) == ["318"]
    assert _named_figure_words("the authority's count of 231 passengers in May was the best figure", True) == ["231"]
    assert _named_figure_words("the office's own figure of about 4% left out complaints", True) == ["4%"] \
        or _named_figure_words("the office's own figure of about 4% left out complaints", True) == ["4"]


def test_a_no_figure_named_by_a_count_of_charges():
    assert _named_figure_words("Mr Hale, 61, denies 12 counts of fraud.", True) == []
    # the h70 reading, for its own step, keeps a figure before its noun
    assert _named_figure_words("the 18,400 figure was wrong") == ["18,400"]
    assert _named_figure_words("the 18,400 figure was wrong", True) == []


def test_b_a_claim_saying_the_other_side_agrees_with_the_rejecter():
    assert _opposes_told_content("the Lyceum's paid audiences had been falling for years",
                                 "the Lyceum's paid audiences had grown in three of the last four years")
    assert _opposes_told_content("the ferry would sail in May", "the ferry will not sail until July")


def test_b_near_misses():
    # the same side; a negated told clause said again; both sides at once
    assert not _opposes_told_content("the ferry would sail in May", "The ferry will sail in May")
    assert not _opposes_told_content("the charges had not driven people away",
                                     "The charges have not driven people away from the park")
    assert not _opposes_told_content("audiences had been falling", "audiences rose in spring and fell in autumn")
