"""Review cr93's defects in round p93's precision rules, fixed in round fxE
(docs/conflicts.md, "Round fxE"). Sentences written for these tests, not the gold.

2. A rise or fall noun after a verb other than a receiving one ("approved a 4.99% rise",
   "bills face a 7% rise") still says which way the matter moves; "in"/"of" a few words on
   ("a rise of 5% in rents") names its thing (`contradictions._change_as_a_thing`).
3. Shares named beside another measure's move are no day's move of the shares
   (`contradictions._moves_of_a_quoted_price`).
9. Two words for one thing, or two nouns said of one named thing ("defects in the bridge" /
   "faults in the bridge"), grade one thing (`contradictions._described_things_apart`)."""

from __future__ import annotations

from claims.conflicts.contradictions import (
    CHANGE_NOUN_OPENERS,
    FIGURE_TOKEN,
    NOMINAL_CHANGE_DETERMINERS,
    _change_as_a_thing,
)
from tests.claims.test_figure_roles import _reasons as _found

# --- 2. a change noun as a verb's object -------------------------------------------------------

def test_2_a_change_noun_a_verb_takes_still_says_which_way():
    assert not _change_as_a_thing("rise", "Brackley councillors approved a 3.5% rise on Monday evening.")
    assert not _change_as_a_thing("rise", "The regulator said Brackley gas bills face a 9% rise next winter.")
    assert not _change_as_a_thing("rise", "The housing trust has confirmed a rise of 6% in rents from May.")
    assert not _change_as_a_thing("fall", "The board expects a fall of 2 per cent in bus fares this year.")


def test_2_near_miss_a_change_noun_as_subject_after_a_preposition_or_received_is_a_thing():
    assert _change_as_a_thing("rise", "The trust said the rise was blamed on agency staff costs.")
    assert _change_as_a_thing("rise", "Energy costs were the main reason for the rise, the firm said.")
    assert _change_as_a_thing("rise", "Bus drivers at the depot received a 6 per cent rise last spring.")
    # an adjective said of the noun after it, after a verb, is left as p93 read it
    assert _change_as_a_thing("growing", "The town has joined a growing number of councils that charge for parking.")


def test_2_a_rise_a_regulator_says_bills_face_opposes_bills_that_fall(nlp):
    assert _found(nlp, "Gas bills in Brackley will fall next winter, the supplier said.",
                  "The regulator said Brackley gas bills face a 9% rise next winter.")


# --- 3. shares named beside another measure's move ---------------------------------------------

def test_3_profits_rising_and_falling_oppose_though_both_name_shares(nlp):
    assert _found(nlp, "Harland Tools said its profits rose 9% last year, and its shares ended higher.",
                  "Analysts said Harland Tools' profits fell last year, and shares in the toolmaker dipped.")


def test_3_near_miss_shares_up_one_day_and_down_another_are_still_two_moves(nlp):
    assert not _found(nlp, "Harland Tools said its shares rose 2.1% on Monday.",
                      "Analysts said shares in Harland Tools fell 3.4% on Thursday.")


# --- 9. two words for one thing ------------------------------------------------------------------

def test_9_defects_and_faults_in_one_named_thing_are_one_thing_graded(nlp):
    assert _found(nlp, "Surveyors found serious defects in the Quarry Road viaduct, the council said.",
                  "The builder said surveyors had found only minor faults in the Quarry Road viaduct.")


def test_9_near_miss_two_things_graded_apart_still_drop(nlp):
    assert not _found(nlp, "Stewards said four fans had been treated for minor injuries after the surge at the "
                           "east terrace of Colbeck Park on Sunday.",
                      "The club's secretary said: \"We have staged matches at Colbeck Park for thirty years "
                      "without a serious incident, and we will learn from this.\"")


# --- twins: one set of change-noun openers, figure scales from the data file ---------------------

def test_one_set_opens_a_change_noun_for_both_readers():
    assert NOMINAL_CHANGE_DETERMINERS is CHANGE_NOUN_OPENERS
    assert {"the", "a", "its", "these", "that", "any"} <= CHANGE_NOUN_OPENERS


def test_figure_token_reads_the_joined_scales_of_the_data_file():
    for token in ("3", "4.99", "£2m", "2bn", "40k", "5mn", "1tn", "80p", "per", "cent", "percent"):
        assert FIGURE_TOKEN.match(token), token
    for token in ("million", "2x", "rise", "bn"):
        assert not FIGURE_TOKEN.match(token), token
