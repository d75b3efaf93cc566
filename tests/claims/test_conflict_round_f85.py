"""Round f85: defects of the conflict rules found by review cr85 of rounds g84, h84 (and
others), fixed with near misses that keep the rounds' own behaviour. Sentences written for
these tests, not the gold.

1. g84 `contradictions.SHARE_NEGATED`: a stretch of time is no share ("in the first half
   of the year the plant did not leak"), and the gap between the share and the negation
   stops at a conjunction or a verb of saying ("Half of the homes were evacuated but the
   dam did not fail").
3. h84 `contradictions._fate_untold`: a denial of death is set aside only by a count that
   names a fate short of death (claims/data/conflict_survivor_fate_words.txt); "two
   children drowned" still opposes "no child had died".
4. n84 `numeric._subunit_of`: a sub-unit word that reports the figure ("The health
   department in the county confirmed 300 cases"), names a body ("The Department of the
   Interior counted") or only modifies a noun ("its branch closures would cut 300 jobs")
   is no sub-unit counted: the figures still compare.
5. d84 `told_claims._unframed`: a negative frame ("Nobody has shown they did") bears
   nothing out, so it is no affirmation denying a negated told clause.
6. d84 `told_claims.minority_answer`: the minority must be of the told clause's thing
   ("all the pumps ... Fewer than half of the drivers had" is no rebuttal), and "only N"
   below half of the clause's total."""

from __future__ import annotations

from claims.conflicts.told_claims import denies_told_claim
from claims.conflicts.contradictions import SHARE_NEGATED, _fate_untold, _Wording
import pytest

from tests.claims.test_conflict_round_n20 import _numeric_between
from tests.claims.test_conflict_round_g84 import _contradictions as _g84_contradictions
from tests.claims.test_conflict_round_h84 import FLOOD, _contradictions as _h84_contradictions

PLANT = "The Corran chemical plant has been fined twice since 2020. "
DAM = "Heavy rain swelled the Corran reservoir on Sunday. "


# --- 1. a share's negation: no stretch of time, no other clause ---------------------------------

def test_1_a_stretch_of_time_is_no_share():
    for text in ("in the first half of the year the plant did not leak any chlorine",
                 "For half of the year the plant did not leak any chlorine",
                 "for a third of the season, the line did not run"):
        assert not SHARE_NEGATED.search(text), text
    # near misses: a share of things, even of a thing named with a time word, is still one
    for text in ("half of the day shift did not turn up", "a third of the night staff were not paid",
                 "more than 80% of its customers never lost supply"):
        assert SHARE_NEGATED.search(text), text


def test_1_the_gap_stops_at_another_clause():
    for text in ("Half of the valley's homes were evacuated but the dam did not fail",
                 "About 40% of residents left and engineers said the dam had not failed"):
        assert not SHARE_NEGATED.search(text), text
    assert SHARE_NEGATED.search("two thirds of the streets in the old town were not affected")


def test_1_the_whole_thing_denied_opposes_again(nlp):
    assert _g84_contradictions(nlp, PLANT, "The company said that in the first half of the year the plant did not leak any chlorine.",
                               "Inspectors said the plant leaked chlorine in March.")
    assert _g84_contradictions(nlp, DAM, "Half of the valley's homes were evacuated but the dam did not fail, the agency said.",
                               "The dam failed on Sunday night, residents said.")
    assert _g84_contradictions(nlp, DAM, "About 40% of residents left and engineers said the dam had not failed.",
                               "The dam failed on Sunday night, residents said.")


# --- 3. a denial of death: set aside only by a survivor's fate ---------------------------------

def test_3_a_death_in_other_words_still_opposes(nlp):
    a = "The council said that no child had died in the flood."
    for b in ("Rescuers said two children drowned in the flood.",
              "Rescuers said two children lost their lives in the flood.",
              "Doctors said two children succumbed to their injuries after the flood."):
        assert _h84_contradictions(nlp, FLOOD, a, b), b


def test_3_the_guard_asks_for_a_survivors_fate():
    denying = _Wording.of("no patient has died as a result")
    assert not _fate_untold(denying, _Wording.of("two patients drowned on the ward"), "patient")
    assert not _fate_untold(denying, _Wording.of("two patients lost their lives"), "patient")
    # near misses (h84's own): a count of the injured or admitted is of survivors
    assert _fate_untold(denying, _Wording.of("12 patients were treated on the ward"), "patient")
    assert _fate_untold(denying, _Wording.of("12 patients were admitted to hospital"), "patient")
    assert _fate_untold(denying, _Wording.of("12 patients were injured"), "patient")


# --- 4. a sub-unit word that reports, names a body, or modifies ---------------------------------

SUBUNIT_NOT_COUNTED = [
    ("The health department in the county confirmed 300 cases of measles this month.",
     "State officials said 450 cases of measles had been confirmed in the county this month."),
    ("The Department of the Interior counted 1,200 wild horses on the range in May.",
     "Ranchers said 3,000 wild horses were on the range in May."),
    ("The bank said its branch closures would cut 300 jobs this year.",
     "The union said the bank would cut 500 jobs this year."),
    ("The retailer said its department stores employ 9,000 people.",
     "The union said the retailer employs 12,000 people."),
    ("A police unit at the scene found 12 bodies in the rubble.",
     "Officials said 20 bodies were found in the rubble."),
]


@pytest.mark.parametrize("a,b", SUBUNIT_NOT_COUNTED)
def test_4_a_subunit_word_not_counted_keeps_the_conflict(nlp, a, b):
    assert _numeric_between(nlp, a, b)


@pytest.mark.parametrize("a,b", [
    # near misses (n84's own and one more): a sub-unit heading its phrase is a part
    ("The airport handled 4.2 million passengers last year.", "Its new terminal handled 900,000 passengers last year."),
    ("The airport handled 4.2 million passengers last year.", "Its new terminal handles 900,000 passengers a year."),
    ("The jail held 1,412 inmates in August, the inspectors said.",
     "The women's unit at the same site held 45 inmates, the prison service said."),
])
def test_4_a_subunit_counted_is_still_a_part(nlp, a, b):
    assert not _numeric_between(nlp, a, b)


# --- 5. a negative frame affirms nothing ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "They told us the drains did not matter. Nobody has shown they did.",
    "They told us the drains did not matter. No one has proved they did.",
    "They told us the drains did not matter. The report has not found that they did.",
    "They told us the drains did not matter. The inspector never said they did.",
])
def test_5_a_negative_frame_is_no_affirmation(text):
    assert not denies_told_claim(text)


def test_5_a_plain_frame_still_affirms():
    # near miss (d84's own): the frame names who bears the affirmation out
    assert denies_told_claim("They told us the drains did not matter. The inspector says they did.")
    assert denies_told_claim("We were told there had been no spill at the works. The company has always said there had.")


# --- 6. a minority of the told clause's thing ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "We were told all the pumps had been checked. Fewer than half of the drivers had.",
    "We were told that most of the 200 staff would keep their jobs. Only 180 did.",
])
def test_6_a_minority_of_another_thing_or_a_majority_is_no_rebuttal(text):
    assert not denies_told_claim(text)


@pytest.mark.parametrize("text", [
    # near misses: a minority of the clause's own thing, and d84's own
    "We were told all the pumps had been checked. Fewer than half of the pumps had.",
    "We were told that most of the 200 staff would keep their jobs. Only 40 did.",
    "They told us all the pumps had been checked. Only a handful had.",
    "We were told that nearly every closure was down to staff sickness. Fewer than half were.",
])
def test_6_a_minority_of_the_clause_still_denies(text):
    assert denies_told_claim(text)
