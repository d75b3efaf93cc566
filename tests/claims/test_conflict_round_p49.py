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
