"""Round fxV (a party's figure named by its possessor): docs/conflicts.md, "Round fxV". A
figure whose only noun is "figure" / "count" / "estimate" after a possessor and a copula
("The council's figure for the same two years is 95", "The agency's own count is 17") is
named only as the figure (`numeric.NAMED_FIGURE`, nr44's `_named_figure`): it takes the
measure of the rival count before it and meets it. Sentences written for these tests, about
none of the gold cases; near misses keep two measures apart."""

from claims.conflicts.numeric import NAMED_FIGURE
from tests.claims.test_conflict_round_n101 import _pair, _reasons

CRASHES = ("The cycling charity Safe Lanes said there had been 84 serious crashes on the ring road "
           "in the two years to the end of 2025.")
COUNCIL = "The council's figure for the same two years is 51."
COUNT = "The highways agency's own count is 52."


def test_the_possessive_patterns():
    for opening in ("The council's figure for the same three years is ", "The agency's own count is ",
                    "The commission's own estimate is ", "Dunmere Council's latest figure was about ",
                    "The operators' count for the winter was "):
        assert NAMED_FIGURE.search(opening), opening
    # Near misses: a figure "of" a possessor is t101's rival in the sentence, not this; a
    # figure of no possessor is another period ("A year ago the figure was")
    assert not NAMED_FIGURE.search("against the council's figure of ")
    assert not NAMED_FIGURE.search("A year ago the figure was ")


def test_a_possessors_figure_meets_the_rival_count(nlp):
    assert _pair(_reasons(nlp, (CRASHES + " " + COUNCIL, "Outlet A")), "51", "84")
    assert _pair(_reasons(nlp, (CRASHES + " " + COUNT, "Outlet A")), "52", "84")


def test_near_miss_a_figure_for_another_measure_stays_apart(nlp):
    # "for" names a measure, not a period: the possessor's figure counts cyclists hurt, not
    # the crashes, and is not read as named only as "the figure"
    assert not NAMED_FIGURE.search("The council's figure for cyclists hurt is ")
    other = "The council's figure for cyclists hurt is 61."
    assert not _pair(_reasons(nlp, (CRASHES + " " + other, "Outlet A")), "61", "84")


def test_near_miss_a_possessors_figure_of_another_unit(nlp):
    # a sum of money is not the crash count, whatever the possessor calls it
    cost = "The council's own estimate is £90,000."
    assert not _pair(_reasons(nlp, (CRASHES + " " + cost, "Outlet A")), "90,000", "84")


def test_a_possessors_figure_against_a_count_said_to_exist(nlp):
    # "there were 84" reads as a stock; the council's figure for the same years is its
    # rival reading, not a whole the crashes are counted from
    there = ("The cycling charity Safe Lanes said there were 84 serious crashes on the ring road in the "
             "two years to the end of 2025.")
    assert _pair(_reasons(nlp, (there + " " + COUNCIL, "Outlet A")), "51", "84")


def test_near_miss_a_stock_against_a_possessors_count_of_its_own_noun(nlp):
    # a possessor's count naming its own noun after the figure is no figure named only as
    # "the count": a stock of junctions is not set against it
    there = "The cycling charity Safe Lanes said there are 40 junctions on the ring road."
    crossings = "The council's own count is 51 crossings."
    assert not _pair(_reasons(nlp, (there + " " + crossings, "Outlet A")), "51", "40")
