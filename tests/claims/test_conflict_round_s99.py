"""Round s99: parts and subsets of one noun reported as rival figures (the fresh review
r98's numeric false alarms, and dev's of the same shapes). Sentences written for these
tests, not the gold.

a. A figure told for a month, a week or a day ("about 300 collections were missed in
   March", "Last week, 60 new cases were reported") against one told for a whole year or
   a run so far ("missed 3,200 collections in that year", "240 cases since the outbreak
   began"): a part of the span (`numeric._sub_period_of_span`). Two figures of one month
   still compare.
b. A stock of one member ("employs 120 people at the site") against the body's stock
   ("employs 840 people"), the member unnamed by the other (`numeric._member_stock_of_whole`).
   Two stocks of the member still compare.
c. The rest of a whole ("the remaining 38 shops") against a part of a stated whole ("14 of
   its 52 shops") (`numeric._remainder_against_part`).
d. An age bound of people ("a child under two") is no count (`numeric._age_bound`).
e. A count narrowed by a name after a preposition of place ("staff at three Dunmere
   nurseries") against the thing's whole count, the name unwritten by the other
   (`numeric._subset_named_apart`)."""

from __future__ import annotations

from tests.claims.test_figure_roles import _figure, _numeric


BINS = "Harbourside council's bin contractor is under review after a year of complaints. "


# --- a. a month or a week of a span -------------------------------------------------------------

def test_a_a_month_against_the_year_is_a_part(nlp):
    a = BINS + "The council said the contractor had missed 3,200 bin collections in that year."
    b = BINS + "Residents' groups said about 300 bin collections were missed in March."
    assert not _numeric(nlp, a, b)


def test_a_a_week_opening_the_sentence_against_a_run_so_far(nlp):
    a = "Health officials have confirmed 240 cases of mumps in Dornby since the outbreak began in May."
    b = "The outbreak of mumps in Dornby is growing, officials said. Last week, 60 new cases of mumps were confirmed."
    assert not _numeric(nlp, a, b)


def test_a_a_week_against_a_count_that_has_reached_a_figure(nlp):
    a = "The outbreak of mumps in Dornby has reached 240 confirmed cases, officials said."
    b = "The outbreak of mumps in Dornby is growing, officials said. Last week, 60 new cases of mumps were confirmed."
    assert not _numeric(nlp, a, b)


def test_a_two_figures_of_one_month_still_compare(nlp):
    # near miss: both told for March
    a = BINS + "The council said 400 bin collections were missed in March."
    b = BINS + "Residents' groups said about 900 bin collections were missed in March."
    assert _numeric(nlp, a, b)


def test_a_sub_period_reads_months_weeks_and_openings(nlp):
    from claims.conflicts.numeric import _sub_period, _whole_span
    assert _sub_period(*_figure(nlp, "Residents said 300 collections were missed in March.", "300"))
    assert _sub_period(*_figure(nlp, "Last week, 60 new cases were confirmed.", "60"))
    assert not _sub_period(*_figure(nlp, "The council missed 3,200 collections in the year to March.", "3,200"))
    assert _whole_span(*_figure(nlp, "The council missed 3,200 collections in that year.", "3,200"))
    assert not _whole_span(*_figure(nlp, "The council missed 3,200 collections in March.", "3,200"))


# --- b. a member's stock against the body's ------------------------------------------------------

def test_b_a_member_stock_against_the_body_stock(nlp):
    a = "Corvane Waste, which is seeking to extend its Mossley landfill, employs 120 people at the site."
    b = "Corvane Waste runs three landfills and a recycling plant, and employs 840 people."
    assert not _numeric(nlp, a, b)


def test_b_two_stocks_of_the_member_still_compare(nlp):
    # near miss: the other names the site too
    a = "Corvane Waste, which is seeking to extend its Mossley landfill, employs 120 people at the site."
    b = "The union said the Mossley site employs 300 people, not the number Corvane Waste gives."
    assert _numeric(nlp, a, b)


# --- c. the rest of a whole against a part of it --------------------------------------------------

def test_c_the_remaining_against_a_part_of_the_whole(nlp):
    a = "Pellow Books has gone into administration, and 14 of its 52 shops will close this month, the administrators said."
    b = "Pellow Books has gone into administration. The administrators said the remaining 38 shops would keep trading."
    assert not _numeric(nlp, a, b)


# --- d. an age bound ------------------------------------------------------------------------------

def test_d_an_age_bound_is_no_count(nlp):
    from claims.conflicts.numeric import _age_bound
    assert _age_bound(*_figure(nlp, "The daily fee for a child under two will rise to £70.", "under two"))
    assert not _age_bound(*_figure(nlp, "The chain runs 48 nurseries across the county.", "48"))


def test_a_the_month_of_a_telling_is_no_sub_period(nlp):
    # "announced in February" dates the telling, not the count
    from claims.conflicts.numeric import _sub_period
    text = "Auditors put the scheme's trips last year at 910,000, below the 1.2 million the council announced in February."
    assert not _sub_period(*_figure(nlp, text, "1.2 million"))


# --- e. a subset narrowed by a name ----------------------------------------------------------------

def test_e_a_named_subset_against_the_whole(nlp):
    a = "Larkfield Nurseries, which runs 48 nurseries across the north, will raise its fees by 7% from May."
    b = "The union said staff at three Dunmere nurseries had told it they were regularly left short-handed."
    assert not _numeric(nlp, a, b)


def test_e_two_counts_of_one_named_subset_still_compare(nlp):
    from claims.conflicts.numeric import _subset_named_apart
    qa, a = _figure(nlp, "The letter covers its five Dunmere nurseries, the company said.", "five")
    qb, b = _figure(nlp, "The union said staff at three Dunmere nurseries had complained.", "three")
    assert not _subset_named_apart(qa, a, qb, b)
    qc, c = _figure(nlp, "Larkfield Nurseries runs 48 nurseries across the north.", "48")
    assert _subset_named_apart(qb, b, qc, c)


def test_e_a_name_read_as_a_subset_only_after_a_place_or_as_a_day(nlp):
    from claims.conflicts.numeric import _named_subset
    assert _named_subset(*_figure(nlp, "The organiser said it had sold 44,000 Saturday tickets.", "44,000")) \
        == ("Saturday", "tickets")
    assert _named_subset(*_figure(nlp, "The union said staff at three Dunmere nurseries had complained.", "three")) \
        == ("Dunmere", "nurseries")
    # near miss: a name of the subject's own names the owner of the whole
    assert _named_subset(*_figure(nlp, "Nearly 190 Eastgate refuse workers have joined the strike.", "Nearly 190")) is None


def test_d_an_age_bound_is_no_rival_of_a_count(nlp):
    a = ("Larkfield Nurseries, which runs 48 nurseries across the north and the west, will raise its fees by 7% "
         "from April, the company has told parents.")
    b = ("The daily fee for a child under two at its Dunmere nurseries will rise to £70 from £64, according to a "
         "letter sent to parents.")
    assert not _numeric(nlp, a, b)
