"""Round p32: numeric false alarms of fresh articles (docs/review_p32.md). Sentences
written for these tests, not the gold; each rule has near misses.

a. One claim states the other's figure too (claims.conflicts.numeric._other_figure_agrees):
   "had hired 300 drivers and 45 mechanics" / "had hired 300 drivers" agree on the drivers;
   the 45 mechanics are the claim's second figure, not a rival count of drivers. So are
   "down from 70 on Monday" against Monday's 70, and "after reaching 39C on Sunday"."""

from __future__ import annotations

from datetime import date

from tests.claims.test_figure_roles import _numeric

MAY_3, MAY_4 = date(2026, 5, 3), date(2026, 5, 4)


# --- a. one claim's second figure ----------------------------------------------------------

def test_the_second_figure_of_a_claim_is_not_a_rival_of_the_first(nlp):
    a = "The airline said it had recruited 650 new cabin crew and 90 engineers since the spring, its chief executive said."
    b = "The airline said on Tuesday it had recruited 650 cabin crew since the spring."
    assert not _numeric(nlp, a, b, MAY_3, MAY_4)
    a = "The force said it now had 1,850 police officers, up from 1,700 three years ago, and 260 police community support officers."
    b = "The chief constable said the force had 1,850 officers, the highest number in ten years."
    assert not _numeric(nlp, a, b, MAY_3, MAY_4)


def test_a_running_count_of_two_days_in_one_sentence_agrees_with_the_earlier_day(nlp):
    a = "More than 500 firefighters, 14 aircraft and 70 ground vehicles were fighting the fire on Monday, the agency said."
    b = "The agency said 320 firefighters remained at the site on Tuesday, down from more than 500 on Monday, to put out hotspots."
    assert not _numeric(nlp, a, b, MAY_3, MAY_4)
    a = "The charity said it had provided beds for about 700 people."
    b = "The charity said it had housed about 700 people on Sunday night and about 250 on Monday night."
    assert not _numeric(nlp, a, b, MAY_3, MAY_4)


def test_near_miss_a_figure_named_as_a_rival_is_no_agreement(nlp):
    # "far more than the 4,100 ... given by": the claim sets the figure against its own
    a = "The fire has burned about 4,100 hectares, the regional agency said."
    b = "The fire has burned 6,500 hectares, far more than the 4,100 hectares given by the regional agency, satellite data show."
    assert _numeric(nlp, a, b, MAY_3, MAY_4)
    c = "The union said 1,200 jobs would go, not 700, according to its officials."
    d = "The company said 700 jobs would go at its plants, according to a statement."
    assert _numeric(nlp, c, d, MAY_3, MAY_4)


def test_near_miss_an_agreeing_figure_leaves_the_other_pair_compared(nlp):
    # both give £90 million; the two falls still differ
    a = "Profit at Carrow Foods fell 18% to £90 million in the year to March, the company said."
    b = "Carrow Foods reported profit of £90 million, down 9% on the previous year, the company said."
    assert _numeric(nlp, a, b, MAY_3, MAY_4)


def test_near_miss_two_tellings_of_one_tally_are_read_figure_by_figure(nlp):
    # "27 votes to 19" / "27 votes to 13": the agreeing 27 does not hide the tally's other side
    a = "The council backed the plan by 27 votes to 19 on Wednesday night."
    b = "The council approved the plan by 27 votes to 13 on Wednesday night, the residents said."
    assert _numeric(nlp, a, b, MAY_3, MAY_4)


# --- b. a part named by a kind of place or by an opening place singled out -------------------
# (claims/data/conflict_scope_words.txt "in rural areas", "in towns", ...; numeric.
# OPENING_APPOSITION and singled_out_by_owner_pattern)

def test_a_kind_of_place_within_the_whole_is_a_part(nlp):
    whole = "The ambulance trust said its average time to reach urgent calls was 12 minutes."
    assert not _numeric(nlp, whole, "The campaigners said the average time to reach urgent calls in rural areas was 19 minutes.",
                        MAY_3, MAY_4)
    assert not _numeric(nlp, whole, "In towns, crews reached urgent calls in eight minutes on average, the trust said.",
                        MAY_3, MAY_4)


def test_near_miss_two_figures_of_the_whole_or_of_one_kind_of_place_still_compare(nlp):
    whole = "The ambulance trust said its average time to reach urgent calls was 12 minutes."
    assert _numeric(nlp, whole, "The campaigners said the average time to reach urgent calls was 19 minutes.", MAY_3, MAY_4)
    assert _numeric(nlp, "The trust said the average time to reach urgent calls in rural areas was 12 minutes.",
                    "The campaigners said the average time to reach urgent calls in rural areas was 19 minutes.", MAY_3, MAY_4)


def test_an_opening_place_singled_out_by_its_apposition_is_a_part(nlp):
    whole = "The rail operator said it cancelled 2,300 trains between June and August."
    part = ("At Dunvale station, the operator's busiest terminus in the north, 380 trains were cancelled "
            "between June and August, figures from the station show.")
    assert not _numeric(nlp, whole, part, MAY_3, MAY_4)


def test_near_miss_an_opening_place_without_a_superlative_still_compares(nlp):
    whole = "The rail operator said it cancelled 2,300 trains between June and August."
    other = "At the stations, the operator cancelled 3,380 trains between June and August, figures from the union show."
    assert _numeric(nlp, whole, other, MAY_3, MAY_4)


# --- c. two changes of two measures sharing only the rise or fall ----------------------------
# (numeric._changes_of_two_measures)

def test_changes_of_two_offences_are_two_measures(nlp):
    assert not _numeric(nlp, "Car theft fell 6%, to 820 offences, the police said.",
                        "The police said burglaries across the county fell by 17%.", MAY_3, MAY_4)
    assert not _numeric(nlp, "Recorded crime in the county fell by 9% in the year to June, the police said.",
                        "The police said burglaries across the county fell by 17%.", MAY_3, MAY_4)


def test_near_miss_one_measure_changed_by_two_figures_still_compares(nlp):
    assert _numeric(nlp, "Recorded crime in the county fell by 9% in the year to June, the police said.",
                    "On a like-for-like basis, recorded crime fell by about 4%, the inspectors said.", MAY_3, MAY_4)
    assert _numeric(nlp, "Burglaries in the county fell by 9% last year, the police said.",
                    "The inspectors said burglaries across the county fell by 17% last year.", MAY_3, MAY_4)


# --- d. acts of their own classes: sheltered, returned home (conflict_act_classes.txt) --------

def test_people_evacuated_are_not_rivals_of_people_sheltered_or_returned(nlp):
    evacuated = "A wildfire in the hills has burned about 3,000 hectares and forced the evacuation of 1,700 people, the agency said."
    assert not _numeric(nlp, evacuated, "The charity said it had provided beds for about 600 people.", MAY_3, MAY_4)
    assert not _numeric(nlp, "About 1,700 residents were evacuated on Tuesday night, the fire service said.",
                        "The council said 1,300 residents had been allowed to return home.", MAY_3, MAY_4)


def test_near_miss_two_counts_of_the_evacuated_still_compare(nlp):
    assert _numeric(nlp, "About 1,700 residents were evacuated on Tuesday night, the fire service said.",
                    "The council said more than 2,900 people had been evacuated.", MAY_3, MAY_4)
