"""Round fxQ: an owner's cost named by its noun ("the council's cost", "the operator's bill",
"the trust's price tag") answers a claim giving a sum of money, not a count. Sentences
written for these tests, not the gold.

a. The reader (`_owner_cost_owner`): a possessive owner and a cost noun
   (conflict_cost_figure_nouns.txt); not a possessive of any one of a kind ("any
   household's bill"), not "cost of living", not a cost named as the rejecter's ground
   without an owner ("left out the cost of ...").
b. A rejection of the owner's cost is not aimed at a claim whose only figure is a count.
c. Near miss: the owner's sum is still the target.
d. A figure named without an owner by what it counts ("the crowd figure") is not answered by
   a rule's threshold ("40 stewards for crowds of more than 10,000": `THRESHOLD`,
   `_threshold_text`); a crowd counted as "more than 10,000" still answers it.
"""

from __future__ import annotations

from claims.conflicts.disputes import THRESHOLD, _owner_cost_owner
from tests.claims.test_conflict_round_d89 import _disputes


def test_a_cost_owner_reader():
    assert _owner_cost_owner("the council's cost was a wild overestimate") == {"council"}
    assert _owner_cost_owner("He disputed the operator's repair bill.") == {"operator"}
    assert _owner_cost_owner('the trust\'s price tag was "pure fiction"') == {"trust"}


def test_a_cost_owner_reader_near_misses():
    assert _owner_cost_owner("denied that any household's bill would rise") is None
    assert _owner_cost_owner("the council's cost of living payment was late") is None
    assert _owner_cost_owner("the council's figures left out the cost of diverting traffic") is None
    assert _owner_cost_owner("the union's claim was wrong") is None


WASTE = ("Cresswold Borough Council said the cost of its garden waste collections had been paid by 4,100 "
         "households this year. ")


def test_b_a_cost_is_not_answered_by_a_count(nlp):
    text = WASTE + ("Hetty Marlowe, who chairs the Cresswold allotment society, said the council's cost was "
                    "\"a wild overestimate\".")
    found = _disputes(nlp, text)
    assert not any("4,100 households" in a + b for a, b in found), found


def test_b_costings_are_not_answered_by_a_count(nlp):
    text = WASTE + "Hetty Marlowe, who chairs the Cresswold allotment society, disputed the council's costings."
    found = _disputes(nlp, text)
    assert not any("4,100 households" in a + b for a, b in found), found


def test_c_near_miss_the_owners_sum_still_answers(nlp):
    text = WASTE + ("The council said running the collections would cost £380,000 a year. Hetty Marlowe, who "
                    "chairs the Cresswold allotment society, said the council's cost was \"a wild overestimate\".")
    found = _disputes(nlp, text)
    assert any("£380,000" in a + b and "council's cost" in a + b for a, b in found), found


def test_d_threshold_reader():
    assert THRESHOLD.search("stewards are needed for crowds of more than ")
    assert THRESHOLD.search("a second gate opens when queues of over ")
    assert not THRESHOLD.search("A crowd of more than ")
    assert not THRESHOLD.search("the club said attendance for the match was more than ")


SHOW = ("Under the district's licensing rules, the Pellow Green show must hire 40 stewards for crowds of "
        "more than 10,000, the organisers said. ")
CROWD_REJECTED = ("Maud Penhallow, who chairs the Pellow Green residents' association, said the crowd figure was "
                  "far too high.")


def test_d_a_crowd_figure_is_not_a_rules_threshold(nlp):
    found = _disputes(nlp, SHOW + CROWD_REJECTED)
    assert not any("crowds of more than 10,000" in a + b for a, b in found), found


def test_d_near_miss_a_crowd_counted_as_more_than_still_answers(nlp):
    text = "A crowd of more than 10,000 watched the Pellow Green show on Saturday, the organisers said. " + CROWD_REJECTED
    found = _disputes(nlp, text)
    assert any("crowd of more than 10,000" in a + b and "crowd figure" in a + b for a, b in found), found
