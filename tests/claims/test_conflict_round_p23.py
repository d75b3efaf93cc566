"""Round p23: numeric false alarms. A sentence opening on last summer (winter, spring,
autumn, season) tells a past season's figure, no rival of one of now; a sentence speaking of
an average against one speaking of none sets a mean (or another measure beside it) against
one value. Sentences written for these tests, about none of the gold cases."""

from claims.conflicts.numeric import _average_against_one, _last_season_against_now
from tests.claims.test_conflict_gain_loss import _count
from tests.claims.test_conflict_round_n20 import _numeric_between

# --- a sentence opening on last season ---------------------------------------------------------


def test_last_summer_is_no_rival_of_now(nlp):
    assert not _numeric_between(nlp, "Last summer, wildfires in the Ostrey hills burned 9,000 acres, the state said.",
                                "The Ostrey hills wildfire has now burned 5,200 acres, firefighters said.")
    assert not _numeric_between(nlp, "During last winter's cold snap, 1,400 homes in Wrenhurst lost heating.",
                                "The storm left 600 homes in Wrenhurst without heating, the utility said.")


def test_two_figures_of_last_summer_still_conflict(nlp):
    # Near misses: both sentences of last summer; "last summer" late in a sentence is no opening.
    assert _numeric_between(nlp, "Last summer, wildfires in the Ostrey hills burned 9,000 acres, the state said.",
                            "Wildfires in the Ostrey hills burned 4,500 acres last summer, foresters said.")
    assert _numeric_between(nlp, "The Ostrey hills wildfire has burned 5,200 acres, more than last summer, officials said.",
                            "The Ostrey hills wildfire has burned 2,100 acres, firefighters said.")


def test_last_season_opening_reads_the_first_words():
    a = _count("Last season, 31 matches were called off in Kelbrook.", "31")[1]
    b = _count("Rain called off 12 matches in Kelbrook this month.", "12")[1]
    c = _count("In Kelbrook, 31 matches were called off last season.", "31")[1]
    assert _last_season_against_now(a, b) and _last_season_against_now(b, a)
    assert not _last_season_against_now(c, b)
    assert not _last_season_against_now(a, c)


# --- an average against one value --------------------------------------------------------------


def test_an_average_is_no_rival_of_one_value(nlp):
    assert not _numeric_between(nlp, "Dunsford nurses earn an average of £31,000 a year, the health board said.",
                                "A newly qualified Dunsford nurse earns £24,000 a year, the union said.")
    assert not _numeric_between(nlp, "Dunsford patients waited an average of 17 minutes for an ambulance last month, "
                                     "the service said.",
                                "A Dunsford pensioner waited 40 minutes for an ambulance last month, her family said.")


def test_two_averages_or_two_plain_figures_still_conflict(nlp):
    # Near misses: both sentences speak of averages; neither does.
    assert _numeric_between(nlp, "Dunsford patients waited an average of 17 minutes for an ambulance last month, "
                                 "the service said.",
                            "Dunsford patients waited 29 minutes on average for an ambulance last month, the union said.")
    assert _numeric_between(nlp, "Ravelston primary classes hold an average of 26 pupils, the council said.",
                            "Ravelston primary classes hold 31 pupils on average, parents said.")
    assert _numeric_between(nlp, "Average fares on Dunsford buses rose to £6.40, the operator said.",
                            "The average fare on Dunsford buses is now £8.20, campaigners said.")
    assert _numeric_between(nlp, "Ravelston primary classes hold 26 pupils, the council said.",
                            "Ravelston primary classes hold 34 pupils, parents said.")


def test_average_against_one_reads_the_whole_sentence():
    a = _count("Drivers waited an average of 17 minutes.", "17", unit="minute")[1]
    b = _count("Drivers waited 40 minutes, the union said.", "40", unit="minute")[1]
    c = _count("Waiting times averaged 22 minutes.", "22", unit="minute")[1]
    assert _average_against_one(a, b) and _average_against_one(b, a)
    assert not _average_against_one(a, c)
