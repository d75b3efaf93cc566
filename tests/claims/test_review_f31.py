"""Round f31, a fourth fact-checker's review of fresh stories (docs/review_f31.md): a
manufacturer's results and job cuts, a police force's crime figures, a wildfire. Defects
fixed, each with near misses. Sentences written for these tests, not the gold.

a. A rise and a fall oppose only when they move one thing
   (claims.conflicts.contradictions._movers): "Turnover rose 5% to £80 million" and
   "operating profit of £6 million, down 9%" are two measures of one company, not opposite
   assessments, though the story's other words are shared."""

from __future__ import annotations

from claims.conflicts.contradictions import _Wording


def _opposed(a: str, b: str):
    return _Wording.of(a).opposed_to(_Wording.of(b))


# --- a. what a rise or fall moves -----------------------------------------------------------------

def test_a_rise_of_one_measure_does_not_oppose_the_fall_of_another():
    assert _opposed("Turnover at Tillbrook Bakeries rose 5% to £80 million",
                    "Tillbrook Bakeries reported operating profit of £6 million, down 9% on the year") is None
    assert _opposed("Passenger journeys fell 6% last year",
                    "the operator now has 140 drivers, up from 120 two years ago") is None
    # the clause before "after" is another clause: the cuts are not what fell
    assert _opposed("the operator will cut 40 drivers after passenger journeys fell",
                    "the number of drivers needed was higher") is None
    assert _opposed("Knife crime in Quarrendon fell by a fifth",
                    "Shoplifting in Quarrendon rose 12% over the year") is None


def test_an_attribution_inside_the_sentence_is_not_what_moved():
    # ", the company said," stands between the order book and "up": the book moved
    movers = _Wording.of("Its order book stood at £20 million in March, the company said, up from £15 million").movers
    assert "book" in movers and "compan" not in movers
    assert _opposed("Its order book stood at £20 million in March, the company said, up from £15 million",
                    "The company said operating profit fell to £6 million") is None


def test_near_miss_a_rise_and_a_fall_of_one_thing_still_oppose():
    assert _opposed("Bus journeys in the county fell 6% last year",
                    "bus journeys in the county rose last year, the operator said") is not None
    assert _opposed("Crime in the borough is falling", "Crime in the borough is not falling") is not None


def test_near_miss_what_follows_the_word_is_read_too():
    # "falling demand for coal", "no increase in littering": the mover comes after the word
    assert _opposed("the closure was driven by falling demand for coal",
                    "demand for coal at the port had never been higher") is not None
    assert _opposed("reports of littering in the park had risen by 20%",
                    "There has been no increase in littering in the park") is not None


def test_near_miss_a_pronoun_names_no_mover_and_keeps_the_older_test():
    # "it rose": what rose is told in another sentence; shared words decide as before
    assert _Wording.of("it rose 4% over the year").movers == frozenset()


# --- b. "since 2019, when ...": the figure of that year -------------------------------------------

from datetime import date  # noqa: E402

from tests.claims.test_figure_roles import _numeric  # noqa: E402

JULY_3, JULY_5 = date(2026, 7, 3), date(2026, 7, 5)
THIS_FIRE = "The moorland fire has burned about 5,300 hectares, the fire service said on Friday."


def test_a_figure_in_the_when_clause_of_a_past_year_is_that_years(nlp):
    a = "It is the largest moorland fire in the county since 2018, when about 2,400 hectares burned."
    assert not _numeric(nlp, THIS_FIRE, a, JULY_3, JULY_5)


def test_near_miss_since_a_year_without_when_still_compares(nlp):
    # "since 2018" runs to now: the 2,400 is this fire's rival count
    a = "Since 2018 the county has kept records, and the fire has burned about 2,400 hectares, the council said."
    assert _numeric(nlp, THIS_FIRE, a, JULY_3, JULY_5)


def test_a_figure_in_a_clause_on_a_thing_the_year_names_is_that_years(nlp):
    a = "The fire was more than twice the size of the 2018 fire, which burned about 2,400 hectares, she said."
    assert not _numeric(nlp, THIS_FIRE, a, JULY_3, JULY_5)
