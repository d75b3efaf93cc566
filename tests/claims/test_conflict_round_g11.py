"""Rules of the g11 round of the numeric conflict rule: a rate's base ("per 100,000
residents", "for every 1,000 people", "of every 100,000 inhabitants", a bare "per 1,000")
is read as one rate whatever names its population, and is no figure of its own; a sentence
restating the one before ("That is a rate of ...") takes its measure; in one story, sums,
durations and shares whose measures are synonyms meet (counts do not); a rate qualifying
its counted thing by a word the other does not say is a part; "last year" and "2024" are
left to the articles' dates. Sentences written for these tests; each rule has a near
miss."""

from datetime import date

import pytest

from claims.conflicts.numeric import (
    _Facts,
    _same_rate,
    _subgroup_met_apart,
    _synonym_candidates,
    _uncounted_measures,
    _year_two_ways,
    rate_base,
)
from claims.conflicts import find_conflicts
from claims.figure_roles import figure_events
from claims.models import ConflictKind
from claims.overlap import stem
from claims.quantities import find_quantities
from tests.claims.test_figure_roles import _claims, _figure

DAY = date(2026, 6, 3)


def _numeric_between(nlp, a, b):
    refs = _claims(nlp, "a", a, "Outlet A", DAY) + _claims(nlp, "b", b, "Outlet B", DAY)
    return [c for c in find_conflicts(refs) if c.kind is ConflictKind.NUMERIC]


# --- a rate's base ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "per"),
    [
        ("The county recorded 31 overdose deaths per 100,000 people in 2025.", 31.0, "100000 person"),
        ("That works out at 8.3 fatalities per 100,000 inhabitants, the charity said.", 8.3, "100000 person"),
        ("Drug poisonings killed 22 of every 100,000 Halden Vale residents last year.", 22.0, "100000 person"),
        ("That is about four offences for every 1,000 people living in the city.", 4.0, "1000 person"),
        ("The rate rose to 4.8 deaths per 1,000 live births in 2025.", 4.8, "1000 birth"),
        ("The county recorded 3.9 infant deaths for every 1,000 babies born.", 3.9, "1000 birth"),
        ("Across the wider county, the rate was 1.7 per 1,000.", 1.7, "1000"),
        ("Admissions were 32 per 100,000 children, the council said.", 32.0, "100000 children"),
    ],
)
def test_a_rate_names_its_base_one_way_and_the_base_is_no_figure(nlp, text, value, per):
    figures = find_quantities(nlp(text))
    assert [(q.value, q.per) for q in figures] == [(value, per)]


def test_the_population_of_a_rate_is_not_what_it_counts(nlp):
    (q,) = find_quantities(nlp("Drug poisonings killed 22 of every 100,000 residents last year."))
    assert q.measure is None
    # Near miss: the counted thing before the base stays the measure.
    (q,) = find_quantities(nlp("The county recorded 31 overdose deaths per 100,000 people."))
    assert q.measure == "overdose death"


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        # near misses: frequencies, ratios and spending per head are read as before
        ("Buses run every 10 minutes on weekdays.", "10 minutes", "minute"),
        ("One in 20 homes was flooded, the council said.", "One in 20", "percent"),
        ("Crimes involving knives reached 1,980 in 2025, the commissioner said.", "1,980", "count"),
    ],
)
def test_frequencies_and_ratios_are_not_rates_of_a_population(nlp, text, surface, unit):
    figures = find_quantities(nlp(text))
    assert [(q.surface, q.unit) for q in figures] == [(surface, unit)]


def test_a_bare_base_is_the_rate_of_the_population_the_other_names():
    assert _same_rate("100000", "100000 children")
    assert _same_rate("100000 person", "100000 person")
    # Near misses: other populations, other bases, a rate against no rate.
    assert not _same_rate("1000 birth", "1000 person")
    assert not _same_rate("1000", "100000 person")
    assert not _same_rate("100000", None)
    assert rate_base("100000 person") == "100000" and rate_base("year") is None and rate_base("person") is None


def test_rates_of_one_base_worded_apart_conflict(nlp):
    a = "Halvern County recorded 9.4 road deaths per 100,000 residents last year, the transport authority said."
    b = "Road deaths in Halvern County were 5.1 per 100,000 inhabitants last year, the charity Safer Lanes said."
    assert _numeric_between(nlp, a, b)
    # Near miss: the rate against the count it was worked out from; the base is no count.
    b = "Road deaths in Halvern County rose to 212 last year, the charity Safer Lanes said."
    assert not _numeric_between(nlp, a, b)


# --- a sentence restating the one before ---------------------------------------------------------


def test_a_restated_rate_takes_the_measure_of_the_sentence_before(nlp):
    a = ("Road deaths in Halvern County rose to 212 last year, the transport authority said on Tuesday.\n\n"
         "That is a rate of 9.4 per 100,000 residents, the authority said.")
    b = ("Halvern County's roads saw 5.1 fatalities per 100,000 inhabitants last year, the charity "
         "Safer Lanes said on Wednesday.")
    conflicts = _numeric_between(nlp, a, b)
    assert any("9.4" in c.reason for c in conflicts)
    # Near miss: the sentence before counts cameras; the rate restates no death.
    a = ("The transport authority installed 40 speed cameras in Halvern County last year, it said on Tuesday.\n\n"
         "That is a rate of 9.4 per 100,000 residents, the authority said.")
    assert not any("9.4" in c.reason for c in _numeric_between(nlp, a, b))


def test_a_measure_read_from_elsewhere_names_its_event(nlp):
    q, claim = _figure(nlp, "That is a rate of 9.4 per 100,000 residents, the authority said.",
                       "9.4 per 100,000 residents")
    assert figure_events(q, claim) == frozenset()
    assert "death" in figure_events(q.model_copy(update={"measure": "road death"}), claim)


# --- synonyms in one story ------------------------------------------------------------------------


def test_figures_of_synonym_measures_are_candidates_through_the_measure_postings():
    by_measure = {stem("families"): [0], stem("households"): [1], stem("homes"): [2]}
    position = [10, 11, 12]
    found = _synonym_candidates(frozenset({stem("households")}), by_measure, position, cap=6)
    assert 10 in found and 11 not in found  # the claims holding the word itself are found already
    # Near miss: a word of no synonym group finds nothing.
    assert _synonym_candidates(frozenset({stem("cameras")}), by_measure, position, cap=6) == set()


def test_a_qualified_rate_is_a_part_of_the_rate_it_does_not_name(nlp):
    whole = _figure(nlp, "The infant mortality rate rose to 4.8 deaths per 1,000 live births in 2025.", "4.8")
    part = _figure(nlp, "Neonatal deaths were 2.7 per 1,000 births, the ministry said.", "2.7 per 1,000 births")
    assert whole[0].per == part[0].per == "1000 birth"
    assert _subgroup_met_apart(*whole, *part, _Facts())
    # Near miss: "infant deaths" say the qualifier of "infant mortality": one rate.
    other = _figure(nlp, "The country recorded 3.9 infant deaths for every 1,000 babies born.", "3.9")
    assert not _subgroup_met_apart(*whole, *other, _Facts())


def test_only_measures_of_sums_durations_and_shares_are_looked_up_by_synonym(nlp):
    (ref,) = [r for r in _claims(nlp, "x", "Vell will sign a five-year contract and the club will build 691 homes.",
                                 "Outlet") if r.claim.quantities]
    stems = _uncounted_measures(ref.claim)
    assert stem("contract") in stems
    assert stem("homes") not in stems  # near miss: a count


def test_durations_of_synonym_measures_in_one_story_conflict(nlp):
    a = ("Calder Rovers striker Jonah Vell passed his medical on Monday, Calder Rovers said. "
         "Vell is expected to sign a five-year contract on Wednesday, the club said.")
    b = ("Calder Rovers have not yet agreed personal terms with Jonah Vell, his agent Mara Diaz said on Monday. "
         "Vell has been offered a three-year deal with the option of a further year, Diaz said.")
    assert _numeric_between(nlp, a, b)


def test_counts_of_synonym_measures_do_not_meet_through_the_synonym(nlp):
    # Near miss of the rule above: homes built and households waiting are two counts.
    a = ("Calder council approved plans for the former Calder docks on Monday. Developers will "
         "build 691 homes on the Calder docks site, the council said.")
    b = ("Calder council's plans for the Calder docks were criticised by campaigners on Monday. "
         "There are 19,000 households on the waiting list, campaigners said.")
    assert not _numeric_between(nlp, a, b)


def test_households_and_families_of_one_story_conflict(nlp):
    a = ("Kessway council said on Monday that 1,960 households were in temporary accommodation in the "
         "borough, most of them in hotels outside Kessway.")
    b = ("Kessway housing charity Open Door said 2,600 families were in temporary accommodation in the "
         "borough, calling the council's hotels policy a failure.")
    assert _numeric_between(nlp, a, b)
    # Near miss: families in one estate are a part.
    b = ("Kessway housing charity Open Door said 260 families on the Marsh Lane estate alone were in "
         "temporary accommodation, calling the council's hotels policy a failure.")
    assert not _numeric_between(nlp, a, b)


# --- "last year" and "2024" ------------------------------------------------------------------------


def test_a_relative_year_and_a_written_year_are_left_to_the_dates():
    assert _year_two_ways("last year", "2025") and _year_two_ways("2025", "this year")
    # Near misses: two written years, two relative ones, months.
    assert not _year_two_ways("2024", "2025")
    assert not _year_two_ways("last year", "this year")
    assert not _year_two_ways("last month", "may")


def test_last_years_count_against_the_count_for_that_year_conflicts(nlp):
    a = "Police recorded 1,420 knife offences in Dunmore last year, official figures showed."
    b = "Knife offences in Dunmore reached 1,980 in 2025, the city's police commissioner said."
    assert _numeric_between(nlp, a, b)
    # Near miss: the year before that is another year's count.
    b = "Knife offences in Dunmore reached 1,980 in 2024, the city's police commissioner said."
    assert not _numeric_between(nlp, a, b)
