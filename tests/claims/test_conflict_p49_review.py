"""Mended after the review of round p49: its readers of ages, lengths and ballots matched
too much (a count's "which was 27", a radius or a setback read as a size, "voted yes" read
as a turnout). Sentences written for these tests."""

from tests.claims.test_conflict_gain_loss import _count
from tests.claims.test_conflict_round_n20 import _numeric_between


def test_a_count_told_in_commas_is_no_age():
    from claims.conflicts.numeric import _age_in_commas
    assert not _age_in_commas(*_count("The death toll, which was 27, was confirmed by the park.", "27"))
    assert not _age_in_commas(*_count("The final tally, which was 43, included two lions.", "43"))
    # near misses: an animal's or a person's age is still one
    assert _age_in_commas(*_count("The lion, which was 14, died in May.", "14"))
    assert _age_in_commas(*_count("The keeper, who is 61, retired.", "61"))


def test_two_death_tolls_one_in_commas_still_conflict(nlp):
    assert _numeric_between(nlp, "The park said the death toll, which was 27, was final.",
                            "Inspectors said 41 animals had died at the park.")


def test_a_radius_or_setback_is_a_distance():
    from claims.conflicts.numeric import _length_reading
    assert _length_reading(*_count("Homes within a radius of 500 metres.", "500 metres", unit="meter")) == "distance"
    assert _length_reading(*_count("Setbacks of 500 metres from homes.", "500 metres", unit="meter")) == "distance"
    # near miss: blades of a length are a size
    assert _length_reading(*_count("Blades of 80 metres.", "80 metres", unit="meter")) == "size"


def test_a_share_voting_for_a_side_is_no_turnout():
    from claims.conflicts.numeric import _ballot_base
    assert _ballot_base(*_count("Some 47% of members voted yes.", "47%", unit="percent")) == "all"
    assert _ballot_base(*_count("Some 47% of members voted to remain.", "47%", unit="percent")) == "all"
    # near miss: members who voted at all
    assert _ballot_base(*_count("Some 58% of members voted.", "58%", unit="percent")) == "turnout"
