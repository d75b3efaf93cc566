"""Round fxF: review cr93's items 4, 8 and 5, defects of r93's "missed" idioms and
"reached" levels and of fxC's participle cut. Sentences written for these tests, not the
gold; each fix has a near miss that keeps the intent of the round it narrows."""

from __future__ import annotations

from claims.conflicts.contradictions import _opposite_words, _subject_read
from tests.claims.test_figure_roles import _reasons as _found


def _side(text, stem):
    """The phrase of the meet / hit / reach row found in `text`, on either side."""
    left, right = _opposite_words(text)
    return [p for p in left + right if p and p.startswith(stem)]


# --- 4. a "missed" idiom before an aim noun is a target missed -----------------------------

def test_4_missed_service_words_before_a_target_are_a_target_missed():
    assert _side("Tarrow Parcels missed delivery targets for the second month running", "miss")
    assert _side("the health board missed hospital waiting time targets again in May", "miss")
    assert _side("the operator missed delivery deadlines on four routes", "miss")


def test_4_near_miss_a_service_missed_is_still_no_target():
    # r93's intent: the noun of a service that did not happen tells no target missed
    assert not _side("customers reported 300 missed deliveries over the holiday weekend", "miss")
    assert not _side("patients missed hospital appointments because the trains were cancelled", "miss")
    assert not _side("Missed collections rose after the new rota began", "miss")


def test_4_missed_delivery_targets_oppose_targets_met(nlp):
    assert _found(nlp, "Tarrow Parcels missed delivery targets for the second quarter in a row, the watchdog said.",
                  "Tarrow Parcels said it had met its delivery targets for the second quarter.")


# --- 8. "reached" a share of a target is a target met, not a level ---------------------------

def test_8_a_share_of_a_target_reached_is_no_level():
    assert _side("the trust reached 100% of its vaccination target in March", "reach")
    assert _side("the board reached 95 per cent of the goal this year", "reach")


def test_8_near_miss_a_count_reached_is_still_a_level():
    # r93's intent: "reached" right before a figure is the level a count arrived at
    assert not _side("complaints reached 1,800 in the first half of the year", "reach")
    assert not _side("the recycling rate reached 46% of households", "reach")


def test_8_a_target_reached_in_full_opposes_a_target_missed(nlp):
    assert _found(nlp, "Dunmoor council reached 100% of its housing target last year, the council said.",
                  "Campaigners said Dunmoor council missed its housing target last year.")


# --- 5. fxC's participle cut: not a name, nor an adjective before a figure -------------------

def test_5_names_and_adjectives_in_ing_are_no_participle():
    assert _subject_read("the Old Mill Ring Road bridge had been well within capacity",
                         "well within capacity") != (("the", "Old", "Mill"), True)
    read = _subject_read("the town's existing 3 car parks were over capacity", "over capacity")
    assert read is None or read[0][-1] == "parks"
    read = _subject_read("The hospital's new Harding Wing was over capacity", "over capacity")
    assert read is None or read[0][-1] == "Wing"


def test_5_near_miss_a_participle_with_its_object_still_cuts():
    # fxC's intent: a lowercase participle with its object after the head
    assert _subject_read("the car parks serving the Ashby Vale fair were over capacity", "over capacity") == \
        (("the", "car", "parks"), True)
    assert _subject_read("the buses carrying the fans were over capacity", "over capacity") == \
        (("the", "buses"), True)


def test_5_a_named_place_is_the_place_named_again(nlp):
    first = "The organisers said the Old Mill Ring showground had been well within capacity all weekend."
    assert _found(nlp, first, "Police said the showground was over capacity on the Sunday.")
    assert _found(nlp, "The organisers said the car parks had been well within capacity all weekend.",
                  "Police said the town's remaining 3 car parks were over capacity on the Sunday.")


def test_5_near_miss_a_place_serving_the_event_is_still_another_place(nlp):
    arena = "The organisers of the Ashby Vale fair said the main showground had been well within capacity all weekend."
    assert not _found(nlp, arena, "Police said the car parks serving the Ashby Vale fair were over capacity "
                                  "on the Sunday.")
