"""Rules of the p19 round (precision on unseen text). Numeric: a running count told as
moved since ("has risen to 65") in a later article updates an earlier count; a count of
what is still left ("remain in hospital") is the rest of another count; a figure of an
event named by a day after the other article was published is another event; a figure of
one place is a part of places joined; a figure under a condition is no rival; counts over
stretches of time apart are two measures. Disputes: a body's own officer is one party with
it; a rejecting word right before a figure ("made up 8% of") rejects no claim.
Contradictions: a count at a place the denial's article never names is another event. Sentences written for these tests; each rule has a case that
must still fire or a near miss."""

from datetime import date, timedelta

from claims.conflicts.numeric import _one_place_of_joined
from claims.conflicts.disputes import _speaks_for
from claims.conflicts import find_conflicts
from claims.lexicon import rejects_a_claim
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 11, 2)


def _numeric_between(nlp, a, b, a_day=DAY, b_day=DAY):
    refs = _claims(nlp, "a", a, "Outlet A", a_day) + _claims(nlp, "b", b, "Outlet B", b_day)
    return [c for c in find_conflicts(refs) if c.kind is ConflictKind.NUMERIC]


# --- a running count moved since ---------------------------------------------------------------

EARLY = ("Thirty households were moved out of their homes in Brenmoor on Sunday night after a gas leak "
         "in Tolley Street, the borough council said.")


def test_a_count_risen_since_an_earlier_article_is_an_update(nlp):
    later = ("The number of households evacuated in Brenmoor after the Tolley Street gas leak has risen to 55, "
             "the borough council said.")
    assert not _numeric_between(nlp, EARLY, later, b_day=DAY + timedelta(days=2))


def test_rival_counts_of_one_day_or_against_the_rise_still_conflict(nlp):
    # Must still fire: the same two counts in articles of one day are rival counts.
    same_day = ("The number of households evacuated in Brenmoor after the Tolley Street gas leak has risen to 55, "
                "the borough council said.")
    assert _numeric_between(nlp, EARLY, same_day)
    # Near miss of the rule: a later "has risen to" a figure below the earlier count
    # cannot be where that count rose to.
    lower = ("The number of households evacuated in Brenmoor after the Tolley Street gas leak has risen to 18, "
             "the borough council said.")
    assert _numeric_between(nlp, EARLY, lower, b_day=DAY + timedelta(days=2))
    # Near miss: a plain later count, not told as moved, still conflicts.
    plain = ("Fifty-five households were moved out of their homes in Brenmoor after the Tolley Street gas leak, "
             "the borough council said.")
    assert _numeric_between(nlp, EARLY, plain, b_day=DAY + timedelta(days=2))


# --- what is still left of a count -------------------------------------------------------------

LOST = "Some 48,000 homes in Carrowby lost power on Monday after a storm brought down lines, the network operator said."


def test_a_count_still_left_is_the_rest_of_the_other(nlp):
    left = "By Tuesday evening, 6,000 homes in Carrowby were still without power after the storm, the network operator said."
    assert not _numeric_between(nlp, LOST, left)
    remain = ("Eleven patients remain in hospital in Carrowby after eating at the fair, the health board said.")
    admitted = "Twenty patients have been admitted to hospital in Carrowby after eating at the fair, the health board said."
    assert not _numeric_between(nlp, admitted, remain)


def test_left_counts_above_the_total_and_levels_that_held_still_conflict(nlp):
    # Must still fire: more homes still without power than ever lost it.
    more = "By Tuesday evening, 60,000 homes in Carrowby were still without power after the storm, residents said."
    assert _numeric_between(nlp, "Some 18,000 homes in Carrowby lost power on Monday after a storm, the network "
                                 "operator said.", more)
    # Near miss of the rule: "remained at" is the level itself, not what is left.
    assert _numeric_between(nlp, "Unemployment in Carrowby remained at 7.9% in March, the statistics office said.",
                            "Unemployment in Carrowby was 4.1% in March, the statistics office said.")


# --- an event dated after the other article was published ---------------------------------------

RALLY = "Police put the crowd at the Velsen pension rally at about 5,000."


def test_a_figure_of_an_event_after_the_other_article_is_another_event(nlp):
    # Thursday's paper cannot count Friday's march: two protests of one story.
    thursday, saturday = date(2026, 5, 14), date(2026, 5, 16)
    friday_march = "About 700 people joined Friday's pension march in Velsen, according to police."
    assert not _numeric_between(nlp, RALLY, friday_march, a_day=thursday, b_day=saturday)


def test_a_figure_of_an_event_before_the_other_article_still_conflicts(nlp):
    # Must still fire: Wednesday's rally, counted again in Saturday's paper, may be the
    # one Thursday's paper counted.
    thursday, saturday = date(2026, 5, 14), date(2026, 5, 16)
    wednesday_rally = "About 700 people joined Wednesday's pension march in Velsen, according to police."
    assert _numeric_between(nlp, RALLY, wednesday_rally, a_day=thursday, b_day=saturday)


# --- one place against places joined --------------------------------------------------------------

JOINED = "Voters in Ostlea and Brankby approved the merger of the two councils, with the yes side on 55%, officials said."


def test_a_figure_of_one_place_is_a_part_of_places_joined(nlp):
    assert not _numeric_between(nlp, JOINED, "In Ostlea 63% voted yes to the merger of the two councils, officials said.")


def test_figures_of_one_place_or_of_places_joined_on_both_sides_still_conflict(nlp):
    # Must still fire: both of the joined places; both of one place.
    assert _numeric_between(nlp, JOINED, "Voters in Ostlea and Brankby backed the merger of the two councils, with "
                                         "63% voting yes, officials said.")
    assert _numeric_between(nlp, "In Ostlea 55% voted yes to the merger of the two councils, officials said.",
                            "In Ostlea 63% voted yes to the merger of the two councils, a count showed.")
    # Near miss of the rule: "in" before a month names no place.
    month, = [r.claim for r in _claims(nlp, "a", "In September the yes side had 55% of the vote, officials said.",
                                       "Outlet A", DAY)]
    joined, = [r.claim for r in _claims(nlp, "b", "September and October polls put the yes side on 63%, officials said.",
                                        "Outlet B", DAY)]
    assert not _one_place_of_joined(month.quantities[0], month, joined.quantities[0], joined)


# --- a figure under a condition -------------------------------------------------------------------


def test_a_figure_under_a_condition_is_no_rival(nlp):
    stated = "The Halse weir will cut the river's flow by 8%, the water agency said on Monday."
    assert not _numeric_between(nlp, stated, '"If the Halse weir cuts the river\'s flow by 30%, my farm is finished," '
                                             "said a grower.")
    assert not _numeric_between(nlp, stated, "The Halse weir could cut the river's flow by 30% if the summer is dry, "
                                             "a grower said.")


def test_a_stated_figure_beside_a_condition_still_conflicts(nlp):
    stated = "The Halse weir will cut the river's flow by 8%, the water agency said on Monday."
    # Must still fire: the condition comes after a comma, in another clause.
    assert _numeric_between(nlp, stated, "The Halse weir will cut the river's flow by 30%, a grower said, even if "
                                         "the summer is wet.")
    # Near miss of the rule: "if" after a figure stated without a modal does not make it
    # a scenario.
    assert _numeric_between(nlp, stated, "The Halse weir cuts the river's flow by 30% if measured at the ford, "
                                         "a grower said.")


# --- one party: a body and its own officer ------------------------------------------------------


def test_a_body_s_officer_speaks_for_it(nlp):
    text = ("Harlow Water said its pipes in the street had been inspected in July. Harlow Water chief executive "
            "Dana Pell said the company had done nothing wrong. Opposition councillor Ivo Marsh said the "
            "inspection had been rushed.")
    by_speaker = {r.claim.speaker: r.claim for r in _claims(nlp, "a", text, "Outlet A", DAY)}
    body, officer = by_speaker["Harlow Water"], by_speaker["Dana Pell"]
    assert _speaks_for(officer, body)
    # Near miss: a councillor whose role names no body is another party.
    assert not _speaks_for(by_speaker["Ivo Marsh"], body)
    assert not _speaks_for(body, officer)


# --- a rejecting word before a figure ---------------------------------------------------------------


def test_a_rejecting_word_before_a_figure_rejects_no_claim():
    assert not rejects_a_claim("fees made up 8% of the average ticket price")
    assert not rejects_a_claim("the firm dismissed 40 staff last year")
    # Must still read as rejections: the figures were made up; a denial of a figure.
    assert rejects_a_claim("the union's figures were made up")
    assert rejects_a_claim("dismissed the figure of 40,000 as guesswork")


# --- a count at a place the denial's article never names ------------------------------------------


def _contradictions_between(nlp, a, b):
    refs = _claims(nlp, "a", a, "Outlet A", DAY) + _claims(nlp, "b", b, "Outlet B", DAY)
    return [c for c in find_conflicts(refs) if c.kind is ConflictKind.CONTRADICTION]


RALLY_DENIAL = ("Thousands of farmers marched through Velsen on Monday against the water levy. The interior minister "
                "said the march had been peaceful and that no arrests were made.")


def test_a_count_at_a_place_the_denial_never_names_is_another_event(nlp):
    embassy = ("Farmers protested against the water levy in Velsen. Three people were arrested after a window at "
               "the ministry annexe was broken, police said.")
    assert not _contradictions_between(nlp, RALLY_DENIAL, embassy)


def test_a_count_with_no_place_or_at_a_named_place_still_contradicts(nlp):
    # Must still fire: the count names no place; the count's place is the denial's.
    assert _contradictions_between(nlp, RALLY_DENIAL, "Farmers marched against the water levy in Velsen. Three "
                                                      "people were arrested during the march, police said.")
    at_the_march = ("Thousands of farmers marched through Velsen against the water levy. Three people were arrested "
                    "after a window at the march's end point was broken, police said.")
    assert _contradictions_between(nlp, RALLY_DENIAL.replace("peaceful", "peaceful to its end point"), at_the_march)


# --- counts gathered over stretches of time apart ---------------------------------------------------


def test_counts_over_stretches_apart_are_two_measures(nlp):
    half = "The Dunlow Food Bank handed out 18,200 emergency food parcels in the six months to September, it said."
    year = "The Dunlow Food Bank expects to hand out 40,000 emergency food parcels over the full year, it said."
    assert not _numeric_between(nlp, half, year)


def test_counts_over_one_stretch_told_two_ways_still_conflict(nlp):
    # Must still fire: "twelve months" and "the year to September" are one stretch; a
    # stretch on one side only sets nothing apart.
    twelve = "Shelter Dunlow said 5,900 households were evicted in Dunlow in the past twelve months."
    assert _numeric_between(nlp, twelve, "The council said 9,400 households were evicted in Dunlow in the year to "
                                         "September.")
    assert _numeric_between(nlp, twelve, "The council said 9,400 households were evicted in Dunlow.")
