"""Round p93: contradiction precision, opposite words about two different things
(docs/conflicts.md, "Round p93"). Sentences written for these tests, not the gold.

1. A rise or fall word that names a change or a level as a thing ("a 4 per cent rise", "a
   higher ticket price", "the fall was caused by ..."), not the way a matter moved, opposes
   nothing (`contradictions._change_named_as_a_thing`).
2. A rise and a fall of a company's shares told by two claims are two trading days' moves
   (`contradictions._moves_of_a_quoted_price`).
3. Two opposite words each said of the noun right after it, two nouns with no stem in
   common ("minor injuries" / "a serious incident"), grade two things
   (`contradictions._described_things_apart`)."""

from __future__ import annotations

from claims.conflicts.contradictions import _change_as_a_thing
from tests.claims.test_figure_roles import _reasons as _found

# --- 1. a change named as a thing ------------------------------------------------------------

SALES_FELL = "Ticket sales at the Orrin Playhouse fell to 140,000 last year, from 165,000, the theatre said."


def test_1_a_higher_price_is_no_rise_of_the_sales_that_fell(nlp):
    assert not _found(nlp, SALES_FELL, "The theatre's director, Maud Ellery, said it would make up the lost grant "
                                       "with donations and a higher ticket price.")


def test_1_a_rise_received_is_no_rise_of_the_real_pay_that_fell(nlp):
    assert not _found(nlp, "Porters at the hospital received a 4 per cent rise in April, the trust said.",
                      "The union said porters' real pay at the hospital has fallen by a fifth since 2020.")


def test_1_near_miss_a_rise_of_the_thing_named_still_opposes(nlp):
    assert _found(nlp, SALES_FELL, "The council said the rise in ticket sales at the Orrin Playhouse showed that "
                                   "its grant was working.")
    assert _found(nlp, "Porters' real pay at the hospital has fallen by a fifth since 2020, the union said.",
                  "The trust said porters' real pay at the hospital had risen this year.")


def test_1_the_reader_of_a_change_named_as_a_thing():
    assert _change_as_a_thing("rise", "Higher wages were the main reason for the rise")
    assert _change_as_a_thing("rise", "Drivers received a 3 per cent rise last year.")
    assert _change_as_a_thing("fall", "the fall was caused by the wet summer")
    assert _change_as_a_thing("lower", "most fines were paid at the lower rate")
    assert _change_as_a_thing("rise", "Cleaners were given a 5% rise in January")
    # a predicate, a thing named after it, or the object of a verb of showing: still a change
    assert not _change_as_a_thing("higher", "Ridership in 2023 was 8% higher than in 2022")
    assert not _change_as_a_thing("fall", "there has been a sharp fall")
    assert not _change_as_a_thing("rise", "the rise in passenger numbers was welcome")
    assert not _change_as_a_thing("fall", "the council's own data shows a fall")
    assert not _change_as_a_thing("fell", "Ticket sales fell to 188,000")


# --- 2. two days' moves of a quoted price ----------------------------------------------------

def test_2_shares_up_one_day_and_down_another_are_two_moves(nlp):
    assert not _found(nlp, "Shares in Calloway Foods rose 3.2% after the grocer said its sales had held up over "
                           "the summer.",
                      "Calloway Foods' shares fell 2.7% on Thursday, when a rival supermarket cut its prices.")


def test_2_near_miss_a_measure_that_is_no_quoted_price_still_opposes(nlp):
    assert _found(nlp, "Sales at Calloway Foods rose 3.2% in the summer, the grocer said.",
                  "The union said sales at Calloway Foods fell over the summer.")


# --- 3. two things graded -----------------------------------------------------------------------

def test_3_minor_injuries_and_no_serious_incident_grade_two_things(nlp):
    assert not _found(nlp, "Paramedics said nine spectators had been treated for minor injuries after the crush at the "
                           "north stand of Harrowgate Raceway on Saturday.",
                      "The raceway's owner, Wendell Pask, said on Saturday: \"We have run meetings at Harrowgate "
                      "Raceway for twelve years without a serious incident, and we will learn from this one.\"")


def test_3_a_serious_injury_and_not_a_serious_number_grade_two_things(nlp):
    assert not _found(nlp, "Zipway, the scooter hire operator in Calder, said none of the faults had caused serious "
                           "injury to a rider.",
                      "Zipway said the number of refund requests from riders in Calder was \"not a serious number\".")


def test_3_near_miss_one_thing_graded_both_ways_still_opposes(nlp):
    assert _found(nlp, "The distributor said 48 warehouse staff face compulsory redundancy when the depot shuts in June.",
                  "The distributor's chief executive said there would be no compulsory redundancies at the depot.")
