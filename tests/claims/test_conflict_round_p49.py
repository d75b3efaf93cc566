"""Round p49: numeric pairs of two different measures in fresh articles. An age told in
commas after a relative pronoun ("the dog, which was 12, died") is no count; a place's
population ("a town of about 900 people") is no count of those who did something there.
Sentences written for these tests, about none of the gold cases."""

from tests.claims.test_conflict_round_n20 import _numeric_between

# --- an age in commas ---------------------------------------------------------------------------


BEAR = ('The sanctuary said the heating in the bear house had "never failed" and that the animal, which was 12, '
        'died of heart failure.')


def test_an_age_in_commas_is_no_count(nlp):
    assert not _numeric_between(nlp, "The sanctuary's director, Ormond Quist, said 17 animals had died.", BEAR)
    assert not _numeric_between(nlp, "The sanctuary's director, Ormond Quist, said 17 animals had died in 2025.",
                                BEAR.replace("the animal, which", "the animal, who"))


def test_two_counts_of_deaths_still_conflict(nlp):
    # Near misses: two counts of one measure, the second with an aside in commas that holds
    # no figure; an age with no commas round it is left to the extractor.
    assert _numeric_between(nlp, "The sanctuary's director, Ormond Quist, said 17 animals had died in 2025.",
                            "A former keeper, Idris Penhallow, said 41 animals had died in 2025.")
    assert _numeric_between(nlp, "The sanctuary's director, Ormond Quist, said 17 animals had died in 2025.",
                            "A former keeper, Idris Penhallow, who was sacked in March, said 41 animals had died "
                            "in 2025.")


# --- a place's population ----------------------------------------------------------------------


def test_a_population_is_no_count_of_objectors(nlp):
    assert not _numeric_between(nlp, "Residents of Kelsworth, a village of about 420 people, said the quarry "
                                     "would ruin the valley.",
                                "The Stop Kelsworth Quarry group says 1,900 people objected to the quarry.")
    assert not _numeric_between(nlp, "Kelsworth, which has a population of 420, lies below the quarry site.",
                                "The Stop Kelsworth Quarry group says 1,900 people objected to the quarry.")


def test_two_counts_of_objectors_still_conflict(nlp):
    # Near misses: both figures count objectors; "a group of 420 people" is no place.
    assert _numeric_between(nlp, "The council said 420 people objected to the Kelsworth quarry.",
                            "The Stop Kelsworth Quarry group says 1,900 people objected to the quarry.")
    assert _numeric_between(nlp, "The council said a group of 420 people objected to the Kelsworth quarry.",
                            "The Stop Kelsworth Quarry group says 1,900 people objected to the quarry.")


def test_age_and_population_readers():
    from claims.conflicts.numeric import population_pattern, AGE_IN_COMMAS_BEFORE
    assert population_pattern().search("Harrowgill, a village of about ")
    assert population_pattern().search("which has a population of ")
    assert not population_pattern().search("a group of ")
    assert AGE_IN_COMMAS_BEFORE.search("the animal, which was ")
    assert not AGE_IN_COMMAS_BEFORE.search("the toll which was ")


# --- acts of one noun: products shrunk, frozen, cut; jobs at risk; trains timed ---------------


def test_new_act_classes_read():
    from claims.figure_roles import figure_act
    from tests.claims.test_conflict_gain_loss import _count
    assert figure_act(*_count("Brenmart said 22 lines had changed pack size this year.", "22")) == "shrinkage"
    assert figure_act(*_count("The group says 40 lines were shrunk.", "40")) == "shrinkage"
    assert figure_act(*_count("Brenmart froze the prices of 600 lines in May.", "600")) == "price freeze"
    assert figure_act(*_count("Brenmart will cut prices on 250 lines.", "250")) == "price cut"
    assert figure_act(*_count("The union said 210 jobs were at risk.", "210")) == "at risk"
    assert figure_act(*_count("Volunteers had timed 800 buses on the route.", "800")) == "inspection"
    # Near misses: "cut" alone and the noun "freeze" name no listed act.
    assert figure_act(*_count("Brenmart will cut 250 jobs.", "250")) is None
    assert figure_act(*_count("The freeze covers 600 lines.", "600")) is None


def test_products_under_two_acts_are_no_rival_counts(nlp):
    assert not _numeric_between(nlp, "Brenmart froze the prices of 600 everyday lines in May.",
                                "A Brenmart spokesperson said 22 lines had changed pack size during the year.")
    assert not _numeric_between(nlp, "The union said 210 jobs were at risk at the Corbury campus.",
                                "The Corbury campus said 70 staff had accepted voluntary severance.")


def test_products_made_smaller_told_two_ways_still_conflict(nlp):
    # Near miss: shrunk and changed pack size are one act (one class).
    assert _numeric_between(nlp, "The Shoppers' Alliance says 75 Brenmart lines were shrunk during the year.",
                            "A Brenmart spokesperson said 22 lines had changed pack size during the year.")


# --- a norm a body recommends -------------------------------------------------------------------


def test_a_recommended_norm_is_no_measured_size(nlp):
    assert not _numeric_between(nlp, "Lorna Quayle, the charity's director, said the indoor pen at Fennick Zoo "
                                     "measured 300 square metres.",
                                "National guidance recommends at least 450 square metres of indoor space for two "
                                "rhinos at Fennick Zoo.")


def test_two_measured_sizes_still_conflict(nlp):
    # Near miss: both sides measure the pen.
    assert _numeric_between(nlp, "Lorna Quayle, the charity's director, said the indoor pen at Fennick Zoo "
                                 "measured 300 square metres.",
                            "Fennick Zoo said the indoor pen measured 900 square metres.")


# --- shares of one ballot taken of two bases ---------------------------------------------------


def test_shares_of_two_ballot_bases_are_no_rivals(nlp):
    assert not _numeric_between(nlp, "The Transport Staff Union said 78% of those who voted backed a walkout.",
                                "The operator said only 44% of members had voted for a walkout.")
    assert not _numeric_between(nlp, "The Transport Staff Union said the walkout was backed on a turnout of 61%.",
                                "The operator said only 44% of members had voted for a walkout.")


def test_shares_of_one_ballot_base_still_conflict(nlp):
    # Near miss: both shares of those who voted.
    assert _numeric_between(nlp, "The Transport Staff Union said 78% of those who voted backed a walkout.",
                            "The operator said 52% of those who voted had backed a walkout.")


def test_ballot_base_reader():
    from claims.conflicts.numeric import _ballot_base
    from tests.claims.test_conflict_gain_loss import _count
    assert _ballot_base(*_count("Some 78% of those who voted backed it.", "78%", unit="percent")) == "cast"
    assert _ballot_base(*_count("Fewer than 44% of the union's members backed it.", "44%", unit="percent")) == "all"
    assert _ballot_base(*_count("It passed on a turnout of 61%.", "61%", unit="percent")) == "turnout"
    # Near misses: a share of something else; no base at all.
    assert _ballot_base(*_count("Some 78% of those who shop there agreed.", "78%", unit="percent")) is None
    assert _ballot_base(*_count("Support rose to 78%.", "78%", unit="percent")) is None


# --- a distance against the size of a thing ----------------------------------------------------


def test_a_distance_is_no_size(nlp):
    assert not _numeric_between(nlp, "The nearest home to any mast at Corrie Fell is 650 metres away, the plans show.",
                                "An earlier scheme at Corrie Fell was for six masts of 110 metres.")


def test_two_distances_still_conflict(nlp):
    # Near misses: two distances of the nearest home; a length said neither way is left alone.
    assert _numeric_between(nlp, "The nearest home to any mast at Corrie Fell is 650 metres away, the plans show.",
                            "Residents said the nearest home to any mast at Corrie Fell is 300 metres away.")


def test_length_reading():
    from claims.conflicts.numeric import _length_reading
    from tests.claims.test_conflict_gain_loss import _count
    assert _length_reading(*_count("The house is 650 metres away.", "650 metres", unit="meter")) == "distance"
    assert _length_reading(*_count("Homes within 650 metres of a mast.", "650 metres", unit="meter")) == "distance"
    assert _length_reading(*_count("The masts will be 180 metres tall.", "180 metres", unit="meter")) == "size"
    assert _length_reading(*_count("Six masts of 110 metres.", "110 metres", unit="meter")) == "size"
    # Near misses: a length said neither way; journeys of a length are distances, not sizes.
    assert _length_reading(*_count("The wall runs for 650 metres.", "650 metres", unit="meter")) is None
    assert _length_reading(*_count("Journeys of 650 metres.", "650 metres", unit="meter")) is None
    assert _length_reading(*_count("Support rose to 78%.", "78%", unit="percent")) is None


def test_a_share_of_voters_who_voted_at_all_is_a_turnout():
    from claims.conflicts.numeric import _ballot_base
    from tests.claims.test_conflict_gain_loss import _count
    assert _ballot_base(*_count("Only 36% of registered voters cast a ballot.", "36%", unit="percent")) == "turnout"
    # Near miss: members who voted for a side are a share of all members.
    assert _ballot_base(*_count("Only 44% of members voted for the strike.", "44%", unit="percent")) == "all"
