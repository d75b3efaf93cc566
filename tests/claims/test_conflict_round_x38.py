"""Rules of the x38 round. Kept: the course of a state of a named thing
(conflict_state_courses.txt, `claims.states.read_courses`): one account says it goes on
("the library would stay open", "the coach remains in post"), the other that it ends ("the
library will close next spring", "the coach has resigned") or that its opposite goes on
("the depot will remain closed"), joined by the head of one subject being a word of the
other's. A thing said to end and another said to start again is a change over time, not
two accounts; a negated phrase ("no plans to close") is left to the negation rule. Sentences written for these tests; near misses beside each."""

import pytest

from claims.conflicts.contradictions import _Wording
from claims.states import read_courses
from tests.claims.test_conflict_round_c19 import _kinds


def _opposed(a: str, b: str):
    return _Wording.of(a).opposed_to(_Wording.of(b))


@pytest.mark.parametrize("goes_on, ends", [
    ("the village library would stay open", "staff had been told the village library would close next spring"),
    ("Bus depots in the county remain open", "Three bus depots in the county closed on Friday"),
    ("the ferry terminal stayed open throughout the storm", "the ferry terminal had been shut since Tuesday night"),
    ("the swimming pool would remain closed until March", "the swimming pool would reopen on Monday"),
    ("the market hall would remain open", "the council will close the market hall for a year"),
    ("the club's coach remains in post", "The club's coach has resigned"),
    # the head of one subject is a word of the other's
    ("the coastal path beside the old quarry had stayed open", "the coastal path had been shut since Tuesday"),
])
def test_a_state_goes_on_against_its_end(goes_on, ends):
    assert _opposed(goes_on, ends)
    assert _opposed(ends, goes_on)


@pytest.mark.parametrize("a, b", [
    # a closure, then a reopening: a change over time
    ("the swimming pool closed in May for repairs", "the swimming pool would reopen on Monday"),
    # two things of one place
    ("the village library would stay open", "the village hall would close next spring"),
    # names are passed over: one is of the council, the other of the trust
    ("the council said Carrow Library would stay open", "the trust said Carrow Museum would close next spring"),
    # close to a deal is no closure
    ("the two clubs remain open to offers", "the two clubs are close to a deal"),
    # the negation turns the end into going on: both say it stays open
    ("the village library stays open", "the village library is not closing"),
])
def test_near_miss_no_opposed_course(a, b):
    assert not _opposed(a, b)


def test_courses_read():
    assert read_courses("There are no plans to close the village library") == ()
    assert read_courses("the ferry terminal will not reopen") == ()  # left to the negation rule
    assert read_courses("the ferry terminal will reopen") == (("open", "again", frozenset({"termi", "+ferr"})),)
    assert read_courses("the works will close the high street") == (("open", "ends", frozenset({"stree"})),)
    assert read_courses("they are close to agreeing terms") == ()


def test_a_state_goes_on_against_its_end_through_the_rules(nlp):
    kinds = _kinds(nlp, 'The county council said the village library would stay open next year.',
                   'Librarians said they had been told the village library would close next spring.')
    assert "contradiction" in {k.value for k in kinds}


# --- knew / did not know -----------------------------------------------------------------


@pytest.mark.parametrize("denied, known", [
    ("the water company did not know about the leak until last month", "the water company knew of the leak in 2022"),
    ("The hospital trust did not know about the infections before the inspection", "the hospital trust knew about the infections for a year"),
])
def test_knew_against_did_not_know(denied, known):
    assert _opposed(denied, known)
    assert _opposed(known, denied)


@pytest.mark.parametrize("a, b", [
    # the knowing is negated on both sides
    ("the water company did not know about the leak", "the council never knew of the leak"),
    # "known as" is no knowing
    ("the water company did not know about the leak", "the reservoir, known as Black Tarn, was drained"),
])
def test_near_miss_knowing(a, b):
    assert not _opposed(a, b)


# --- another thing -------------------------------------------------------------------------


def test_another_thing_marks_two_things():
    from claims.conflicts.contradictions import _another_thing
    assert _another_thing("The firm knew of a separate fault with its fans", "the firm did not know about the fault")
    assert _another_thing("Another leak was found at the plant", "no leak was found at the plant")
    assert _another_thing("What this needs is a second trial, designed for women", "The trial was not designed to compare the two")
    # near misses: no thing of the other named, or both marked
    assert not _another_thing("The firm knew of a separate problem with its fans", "the firm did not know about the fault")
    assert not _another_thing("another leak was found", "no other leak or another spill was found")
    assert not _another_thing("The firm knew of the fault", "the firm did not know about the fault")


def test_another_thing_through_the_rules(nlp):
    kinds = _kinds(nlp, 'The regulator said the firm knew of a separate fault with its desk fans in 2022.',
                   'The chief executive said the firm did not know about the fault until June.')
    assert "contradiction" not in {k.value for k in kinds}
    kinds = _kinds(nlp, 'The regulator said the firm knew of the heater fault in 2022.',
                   'The chief executive said the firm did not know about the heater fault until June.')
    assert "contradiction" in {k.value for k in kinds}


# --- the subject of a negated passive ------------------------------------------------------


@pytest.mark.parametrize("negated, asserted", [
    ("residents had not been evacuated before the river burst its banks", "residents were evacuated two hours before the flood"),
    ("the boilers had never been serviced since the school opened", "the caretaker had serviced the boilers in August"),
])
def test_a_negated_passive_reaches_its_subject(negated, asserted):
    assert _opposed(negated, asserted)
    assert _opposed(asserted, negated)


@pytest.mark.parametrize("negated, asserted", [
    # a condition asserts nothing
    ("If the boilers are not serviced, the school will close", "the caretaker had serviced the boilers in August"),
    # active, not passive: the subject did not do it, it was not done to the subject
    ("the boilers had not serviced the school", "the caretaker had serviced the boilers in August"),
    # the participle is no word of the clause's head ("told" carries no topic)
    ("most residents are never told that the water could be cut", "residents said the water was cut"),
])
def test_near_miss_a_negated_clause_not_passive(negated, asserted):
    assert not _opposed(negated, asserted)
