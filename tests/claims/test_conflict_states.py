"""Rules of the fourth conflict round (issue #5): events and states said to hold and not
to hold, a rejected clause and its target agreeing on what is absent, a stated whole
taken for a stock. Sentences written for these
tests; each rule has a near miss."""

from datetime import date

from claims.conflicts.disputes import _absent_stems
from claims.states import read_states as _states
from claims.conflicts import find_conflicts
from claims.figure_roles import whole_of
from claims.models import ConflictKind
from tests.claims.test_conflicts import claim, ref, statement
from tests.claims.test_figure_roles import _figure, _numeric


def _kinds(conflicts):
    return [c.kind for c in conflicts]


# --- events and states ----------------------------------------------------------------------


def test_a_state_verb_is_read_with_its_side_and_what_it_is_of():
    ((name, side, keys),) = _states("the pay talks at the Orwell brewery broke down on Friday")
    assert (name, side) == ("ongoing", 1) and "talk" in keys
    ((name, side, keys),) = _states("negotiators for both sides continued to meet on Saturday")
    # "negotiators" and "talks" are one group of claims/data/clustering_synonyms.txt
    assert (name, side) == ("ongoing", 0) and "talk" in keys


def test_a_negator_before_a_state_verb_turns_it():
    assert {(n, s) for n, s, _ in _states("the transfer has yet to be finalised")} == {("completed", 1)}
    assert {(n, s) for n, s, _ in _states("a result few analysts had predicted")} == {("expected", 1)}
    # Near miss: a negator before a clause edge says nothing of the verb after it.
    assert {(n, s) for n, s, _ in _states("nothing changed, but the transfer was finalised")} == {("completed", 0)}


def test_talks_broken_down_and_talks_going_on_are_a_contradiction():
    a = statement("a1", "the pay talks with the Orwell brewery broke down late on Sunday", "Brewers' Union", "Gazette")
    b = statement("b1", "Orwell brewery negotiators had continued to meet the union on Sunday",
                   "Orwell Brewery", "Courier")
    assert _kinds(find_conflicts([a, b])) == [ConflictKind.CONTRADICTION]


def test_no_date_set_and_talks_scheduled_are_a_contradiction():
    a = statement("a1", "no date has been set for further negotiations at the Orwell brewery", "Orwell Brewery",
                   "Gazette")
    b = statement("b1", "talks at the Orwell brewery are scheduled to resume on Thursday", "Brewers' Union",
                   "Courier")
    assert _kinds(find_conflicts([a, b])) == [ConflictKind.CONTRADICTION]


def test_states_of_different_things_do_not_oppose():
    # Near miss: the talks broke down; the strike continues. Nothing near the two verbs agrees.
    a = statement("a1", "the pay talks with the Orwell brewery broke down late on Sunday", "Brewers' Union", "Gazette")
    b = statement("b1", "the strike at the Orwell brewery will continue into next week", "Orwell Brewery", "Courier")
    assert find_conflicts([a, b]) == []


def test_one_side_of_a_state_said_twice_is_no_contradiction():
    # Near miss: both say the talks broke down, in other words.
    a = statement("a1", "the pay talks with the Orwell brewery broke down late on Sunday", "Brewers' Union", "Gazette")
    b = statement("b1", "the Orwell brewery said negotiators had abandoned the talks on Sunday", "Orwell Brewery",
                   "Courier")
    assert find_conflicts([a, b]) == []


# --- what a rejected clause says is absent ------------------------------------------------------


def test_absent_words_stop_at_a_preposition():
    assert _absent_stems("drivers have had no pay rise in four years") == {"pay", "rise"}
    assert _absent_stems("they have gone four years without a pay rise, while costs grew") == {"pay", "rise"}


def _dispute_target(candidates):
    rejection = ref(claim("r1", 'the union\'s claim that porters have had no pay rise in five years is "completely untrue"',
                          'Calby Docks said the union\'s claim that porters have had no pay rise in five years is '
                          '"completely untrue".', speaker="Calby Docks", cue="said"), "Wire", date(2025, 6, 3))
    found = [c for c in find_conflicts([rejection, *candidates]) if c.kind is ConflictKind.DISPUTE]
    return {c.claim_a for c in found} | {c.claim_b for c in found}


def test_a_rejected_absence_answers_the_claim_of_that_absence():
    absent = statement("u1", "porters at Calby Docks have gone five years without a pay rise", "Porters' Union", "Post")
    present = statement("c1", "Calby Docks has offered porters a pay rise of 4% spread over two years", "Calby Docks "
                         "spokesperson", "Post")
    targets = _dispute_target([absent, present])
    assert absent.claim.claim_id in targets and present.claim.claim_id not in targets


def test_a_rejected_absence_does_not_answer_a_claim_of_presence():
    # Near miss: only a claim saying the rise was given shares the words; it is not what was rejected.
    present = statement("c1", "porters at Calby Docks were given a pay rise in five years", "Porters' Union", "Post")
    assert present.claim.claim_id not in _dispute_target([present])


# --- figures: a stated whole -------------------------------------------------------


def test_a_whole_after_a_possessive_is_the_whole_of_its_part(nlp):
    q, c = _figure(nlp, "Around 1,400 of the port's 2,300 registered dockers joined the strike.", "Around 1,400")
    whole = whole_of(q, c)
    assert whole is not None and whole.value == 2300
    # Near miss: "of" a possessive not followed by a figure.
    q, c = _figure(nlp, "Around 1,400 of the port's registered dockers joined the strike.", "Around 1,400")
    assert whole_of(q, c) is None


def test_a_stated_whole_is_not_a_count_of_those_taking_part(nlp):
    # (n26) "About 1,500", not "About 1,700": an "about" of two digits allows 7.5%, so
    # "About 1,700" against "Around 1,400" are now rival counts of those walking out.
    assert not _numeric(nlp, "About 1,500 dockers walked out at Calby on Monday.",
                        "Around 1,400 of the port's 2,300 registered dockers walked out at Calby on Monday.")
    # Near miss: the parts are still compared.
    assert _numeric(nlp, "About 2,100 of the port's 2,300 registered dockers walked out at Calby on Monday.",
                    "Around 1,400 of the port's 2,300 registered dockers walked out at Calby on Monday.")
