"""Round fxZ: counting faults told in the passive or with a pronoun counter, and the
figure of the thing counted as the target. Sentences written for these tests, not the gold.

a. A passive count fault ("some calls had been counted twice", "were double-counted",
   "were counted as repairs") with a statement of a named owner earlier in the sentence
   ("the trust's figure, in which ...") charges that statement (`party_count_parts`).
b. "saying it counted X as Y" after a sentence naming another party's figure: "it" is that
   figure.
c. Near misses: a fault the speaker accepts, one denied, a passive with no owned statement,
   a pronoun owner ("its figure"), "as" opening a clause.
d. The target: a counting fault answers the figure of the thing counted, not the same
   party's other figures (`counted_thing`).
"""

from __future__ import annotations

from claims.rebuttals import counted_thing, party_count_parts
from tests.claims.test_conflict_round_d89 import _disputes


def test_a_passive_with_an_owned_statement():
    found = party_count_parts("the ambulance trust's figure, in which some calls had been counted twice, was too high",
                              "Its director said ", "Brenna Cole")
    assert found is not None and found[0] == "the ambulance trust's figure", found
    found = party_count_parts("the landlords' survey of 800 tenants was wrong because several repairs were "
                              "double-counted", "", "Ivo Pask")
    assert found is not None and found[0].startswith("the landlords' survey"), found
    assert party_count_parts("the fund's total, in which pledges were counted as gifts", "She said ", "Ivo Pask")


def test_b_pronoun_after_saying():
    found = party_count_parts("it counted pallets left in the yard as deliveries",
                              "The depot also questioned Harlow Freight's figure of 7,200 deliveries, saying ",
                              "the depot")
    assert found is not None and found[0] == "Harlow Freight's figure of 7,200 deliveries", found
    assert counted_thing("it counted pallets left in the yard as deliveries",
                         "The depot also questioned Harlow Freight's figure of 7,200 deliveries, saying ",
                         "the depot") == "deliveries"


def test_c_near_misses():
    assert party_count_parts("some visits had been counted more than once", "Its chair accepted that ",
                             "the friends' group") is None
    assert party_count_parts("no parcel was counted twice", "She said ", "Ivo Pask") is None
    assert party_count_parts("some parcels were counted twice", "She said ", "Ivo Pask") is None
    assert party_count_parts("the mill accepted that its figure, in which some bales had been counted twice, "
                             "was high", "", "Ivo Pask") is None
    assert party_count_parts("it counted every visitor as a member", "The club defended its figure, saying ",
                             "the club") is None
    assert party_count_parts("the board's figure came after 300 ballots were counted as the polls closed",
                             "He said ", "Ivo Pask") is None


def test_d_counted_thing_of_a_count_each_as():
    assert counted_thing("the forum's figure \"counts every puddle on a road as a separate pothole\"",
                         "The council said ") == "pothole"


def test_d_a_counting_fault_answers_the_figure_of_the_thing_counted(nlp):
    text = ("Tolland Road Watch said its volunteers had found only 9 gritting lorries, not 30. "
            "The group said it had logged 2,300 potholes on the county's roads this year. "
            "The county's highways chief, Ottilie Garrow, said the group's figure \"counts every puddle on a "
            "road as a separate pothole\".")
    found = _disputes(nlp, text)
    assert any("2,300 potholes" in a + b and "separate pothole" in a + b for a, b in found), found
    assert not any("9 gritting lorries" in a + b and "separate pothole" in a + b for a, b in found), found


def test_b_saying_it_counted_answers_the_figure_named_before(nlp):
    text = ("Harlow Freight said it had made 7,200 deliveries to the estate in May. The depot's manager, "
            "Rhodri Vance, questioned Harlow Freight's figure of 7,200 deliveries, saying it counted pallets "
            "left in the yard as deliveries.")
    found = _disputes(nlp, text)
    assert any("7,200 deliveries to the estate" in a + b and "counted pallets" in a + b for a, b in found), found


def test_a_passive_fault_answers_the_owned_figure(nlp):
    text = ("The Corrin Ambulance Trust said it had answered 41,000 emergency calls last winter. Nell Stroud, "
            "who chairs the paramedics' union branch, said the trust's figure, in which some calls had been "
            "counted twice, was too high.")
    found = _disputes(nlp, text)
    assert any("41,000 emergency calls" in a + b and "counted twice" in a + b for a, b in found), found


def test_c_an_accepted_passive_fault_answers_nothing(nlp):
    text = ("The Corrin Ambulance Trust said it had answered 41,000 emergency calls last winter. Its director "
            "accepted that some calls had been counted twice, but said the total was right.")
    found = _disputes(nlp, text)
    assert not any("counted twice" in a + b for a, b in found), found
