"""Round u24: two counts of other articles whose sentences share most rare words meet when
the head of one figure's measure, as written, is in the other figure's own words ("Only 380
of the flats approved ..." / "Just 540 of them were social housing flats"), unless one of
them alone counts a named part of a group, or the measure is answered by another figure.
Sentences written for these tests, about none of the gold cases."""

from claims.conflicts.numeric import COMPARED_MATTER, _Facts, _head_named_across, _named_part
from tests.claims.test_conflict_gain_loss import _count
from tests.claims.test_conflict_round_n20 import _numeric_between

APPROVED = "Only 380 of the flats approved in Ardenmoor last year were classed as social housing, the council said."
OF_THEM = "Just 540 of them were social housing flats, the Ardenmoor tenants' group said of the flats approved last year."


def test_a_count_worded_in_short_meets_its_rival(nlp):
    assert _numeric_between(nlp, APPROVED, OF_THEM)


def test_a_part_in_temporary_homes_is_no_rival_of_the_waiting_list(nlp):
    # Near miss: "households" and "homes" are synonyms, but the head as written is not in the
    # other sentence; "About 600 are in temporary homes" is a part of the list.
    assert not _numeric_between(nlp, "The Ardenmoor council housing waiting list stands at 4,000 households, the "
                                     "council said.",
                                "About 600 are in temporary homes on the Ardenmoor council housing waiting list, "
                                "tenants said.")


def test_a_named_part_is_no_rival_of_the_whole(nlp):
    # Near miss: "of which around 600" counts a part of the 3,900 households.
    assert not _numeric_between(nlp, "Around 4,000 households are on the Ardenmoor council housing waiting list, "
                                     "the council said.",
                                "There are 3,900 households on the Ardenmoor council housing waiting list, of which "
                                "around 600 are in temporary homes, tenants said.")


def test_named_part_reads_both_sides_of_the_figure():
    assert _named_part(*_count("Some 95 of the postponed operations were hip replacements.", "95"))
    assert _named_part(*_count("Just 620 of them were affordable.", "620"))
    assert _named_part(*_count("The list holds 8,900 households, of which around 1,300 are in hostels.", "1,300"))
    # Near misses: a count of a thing, a count "of" a sum.
    assert not _named_part(*_count("The list holds 8,900 households.", "8,900"))
    assert not _named_part(*_count("Ardenmoor approved 300 flats of the kind tenants asked for.", "300"))


def test_two_sentences_of_one_article_do_not_meet_this_way():
    qa, a = _count("Only 380 of the flats approved were classed as social housing.", "380")
    qb, b = _count("Just 540 of them were social housing flats.", "540")
    qa = qa.model_copy(update={"measure": "flat"})
    a = a.model_copy(update={"quantities": [qa]})
    facts = _Facts()
    other = b.model_copy(update={"article_id": "other"})
    assert _head_named_across(qa, a, qb, other, COMPARED_MATTER, facts)
    # Near misses: one article; sentences sharing too few rare words.
    assert not _head_named_across(qa, a, qb, b, COMPARED_MATTER, facts)
    assert not _head_named_across(qa, a, qb, other, COMPARED_MATTER - 0.1, facts)
