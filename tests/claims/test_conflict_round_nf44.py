"""Round nf44: numeric false alarms of two time frames. A sentence opening on a point
counted back from the story ("A year earlier", "In the same period last year") tells a
baseline, no rival of the story's figure; a month or quarter opening a sentence is its
first figure's period, set against another month written after the other figure.
Sentences written for these tests, about none of the gold cases."""

from claims.conflicts.numeric import _earlier_opening_against_now, _opening_period
from tests.claims.test_conflict_gain_loss import _count
from tests.claims.test_conflict_round_n20 import _numeric_between

# --- a sentence opening on an earlier point ----------------------------------------------------


def test_a_year_earlier_is_no_rival_of_now(nlp):
    assert not _numeric_between(nlp, "A year earlier the Brenford food bank had handed out 6,200 parcels.",
                                "The Brenford food bank handed out 9,400 parcels in the year to April, its manager said.")
    assert not _numeric_between(nlp, "In the same period last year, the jobless rate in Marlow County was 6.1%.",
                                "The jobless rate in Marlow County was 4.7% in the third quarter, officials said.")


def test_two_figures_of_the_earlier_point_still_conflict(nlp):
    # Near misses: both sentences tell of a year before; "a year earlier" late in a sentence
    # is no opening (the figure before it is the story's own).
    assert _numeric_between(nlp, "A year earlier the Brenford food bank had handed out 6,200 parcels.",
                            "The Brenford food bank handed out 3,100 parcels a year before, the council said.")
    assert _numeric_between(nlp, "The Brenford food bank handed out 9,400 parcels, more than a year earlier, "
                                 "its manager said.",
                            "The Brenford food bank handed out 5,300 parcels, the council said.")


def test_earlier_opening_reads_the_first_clause_only():
    a = _count("Twelve months earlier, 410 homes were completed in Welby.", "410")
    b = _count("Only 240 homes were completed in Welby this year.", "240")
    c = _count("A year ago 410 homes were planned and 240 homes were completed in Welby.", "240")
    assert _earlier_opening_against_now(*a, *b) and _earlier_opening_against_now(*b, *a)
    # Near miss: a second figure of the sentence, after another one, is not dated by its opening.
    c[0].start_char = c[1].sentence.index("240")
    c[0].end_char = c[0].start_char + 3
    first = _count("A year ago 410 homes were planned and 240 homes were completed in Welby.", "410")[0]
    c[1].quantities.insert(0, first)
    assert not _earlier_opening_against_now(c[0], c[1], *b)


# --- a month or quarter opening the sentence -------------------------------------------------


def test_an_opening_month_against_another_month(nlp):
    assert not _numeric_between(nlp, "In March the Kelvarn jobless rate had been 4.4%.",
                                "The Kelvarn jobless rate reached 5.1% in April, the statistics office said.")


def test_the_same_month_or_no_month_still_conflicts(nlp):
    # Near misses: the same month written twice ways; the other figure names no month.
    assert _numeric_between(nlp, "In March the Kelvarn jobless rate had been 4.4%.",
                            "The Kelvarn jobless rate was 5.1% in March, the statistics office said.")
    assert _numeric_between(nlp, "In March the Kelvarn jobless rate had been 4.4%.",
                            "The Kelvarn jobless rate stands at 5.1%, the statistics office said.")


def test_opening_period_is_the_first_figures_only():
    assert _opening_period(*_count("In July the rate had been 3.1%.", "3.1%", unit="percent")) == "july"
    assert _opening_period(*_count("In the first quarter, sales fell 4%.", "4%", unit="percent")) == "the first quarter"
    # Near misses: a year after the month (a dated month, left to the year rules); no opening.
    assert _opening_period(*_count("In July 2021 the rate had been 3.1%.", "3.1%", unit="percent")) is None
    assert _opening_period(*_count("The rate had been 3.1% in July.", "3.1%", unit="percent")) is None


# --- a day's count against a longer stretch's ------------------------------------------------


def test_one_day_against_a_longer_stretch(nlp):
    assert not _numeric_between(nlp, "On Tuesday 230 pupils were sent home from Ashgrove schools with flu symptoms.",
                                "Ashgrove schools sent home 910 pupils with flu symptoms during the three-week outbreak, "
                                "the council said.")
    assert not _numeric_between(nlp, "Volunteers counted 48 people sleeping rough in Tenby Cross on a single night.",
                                "Outreach workers met 260 people sleeping rough in Tenby Cross over the summer.")


def test_the_same_days_told_two_ways_still_conflict(nlp):
    # Near misses: Saturday and Sunday are the weekend; a day the figure was reported on
    # ("said on Monday") is no stretch of its own.
    assert _numeric_between(nlp, "Lifeguards rescued 38 swimmers at Carrow Sands on Saturday and Sunday.",
                            "Lifeguards rescued 61 swimmers at Carrow Sands over the weekend, the trust said.")
    assert _numeric_between(nlp, "The trust said on Monday that 38 swimmers were rescued at Carrow Sands.",
                            "Lifeguards rescued 61 swimmers at Carrow Sands over the weekend, the council said.")


def test_day_span_reads_days_nights_weekends_seasons():
    from claims.conflicts.numeric import _day_span
    assert _day_span("On Sunday 420 patients were admitted") == 1
    assert _day_span("took part on Saturday and Sunday") == 2
    assert _day_span("found 64 people on a single night") == 1
    assert _day_span("met 190 people over the summer") == 91
    assert _day_span("the council said on Monday that 300 homes") is None


# --- a first reckoning against where the figure stands now --------------------------------


def test_an_original_budget_is_no_rival_of_the_cost_now(nlp):
    assert not _numeric_between(nlp, "The cost of the Harlow Quay bridge has risen to £310 million, auditors said.",
                                "The original budget for the Harlow Quay bridge had been £180 million, the council said.")
    assert not _numeric_between(nlp, "The Harlow Quay bridge was originally priced at £180 million, the council said.",
                                "The Harlow Quay bridge will cost £310 million, auditors said.")


def test_two_budgets_or_a_plain_budget_still_conflict(nlp):
    # Near misses: both figures are the original budget; "the budget" with no word of a
    # first reckoning is the figure now.
    assert _numeric_between(nlp, "The original budget for the Harlow Quay bridge had been £180 million, the council said.",
                            "The Harlow Quay bridge's original budget was £240 million, auditors said.")
    assert _numeric_between(nlp, "The budget for the Harlow Quay bridge is £180 million, the council said.",
                            "The Harlow Quay bridge will cost £310 million, auditors said.")


def test_a_day_against_its_weekend_still_conflicts(nlp):
    # Near miss: a day's count against the weekend's is read as one weekend's count (only a
    # stretch three times longer sets a named day apart).
    assert _numeric_between(nlp, "Lifeguards rescued 38 swimmers at Carrow Sands on Sunday, the trust said.",
                            "Lifeguards pulled 61 swimmers from the water at Carrow Sands over the weekend, the council said.")


# --- a planned size against the present one ---------------------------------------------------


def test_a_planned_size_is_no_rival_of_the_present_one(nlp):
    assert not _numeric_between(nlp, "The new Brindle Park stadium will have 48,000 seats, the club said.",
                                "Brindle Park stadium has 31,000 seats, according to the league.")


def test_two_sizes_told_alike_still_conflict(nlp):
    # Near misses: both planned; both present.
    assert _numeric_between(nlp, "The new Brindle Park stadium will have 48,000 seats, the club said.",
                            "The new Brindle Park stadium will have 41,000 seats, the council said.")
    assert _numeric_between(nlp, "Brindle Park stadium has 31,000 seats, according to the league.",
                            "Brindle Park stadium has 36,000 seats, the club said.")


def test_stock_tense_reads_the_words_before_the_verb():
    from claims.conflicts.numeric import _stock_tense
    assert _stock_tense(*_count("The hospital will have 720 beds.", "720")) == "future"
    assert _stock_tense(*_count("The stadium is due to have 60,000 seats.", "60,000")) == "future"
    assert _stock_tense(*_count("The firm employs 400 people.", "400")) == "now"
    assert _stock_tense(*_count("Sales rose 4%.", "4%", unit="percent")) is None


# --- a count told as where it now stands, in a later article -------------------------------

DAY_ONE, DAY_EIGHT = __import__("datetime").date(2026, 3, 2), __import__("datetime").date(2026, 3, 9)


def test_a_later_count_now_standing_higher_is_an_update(nlp):
    assert not _numeric_between(nlp, "The solicitor said she represents 45 families who lost savings.",
                                "The solicitor said her firm now acted for 71 families who lost savings.",
                                a_day=DAY_ONE, b_day=DAY_EIGHT)


def test_now_counts_still_conflict_when_lower_or_same_day(nlp):
    # Near misses: the later "now" count is lower than the earlier one; both of one day;
    # "now says" dates the saying, not the count.
    assert _numeric_between(nlp, "The solicitor said she represents 71 families who lost savings.",
                            "The solicitor said her firm now acted for 45 families who lost savings.",
                            a_day=DAY_ONE, b_day=DAY_EIGHT)
    assert _numeric_between(nlp, "The solicitor said she represents 45 families who lost savings.",
                            "The solicitor said her firm now acted for 71 families who lost savings.")
    assert _numeric_between(nlp, "Lawyers for 45 families who lost savings are preparing a claim.",
                            "The campaign now says 71 families lost savings.",
                            a_day=DAY_ONE, b_day=DAY_EIGHT)
