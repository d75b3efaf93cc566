"""Round c87 (contradiction precision: the subject each opposite word is said of):
docs/conflicts.md, "Round c87". Two opposite words said of two kinds of one thing ("the
alarm system failed to sound" / "the sprinkler system was fully operational") are two
things' states, not two accounts of one. Sentences written for these tests, about none of
the gold cases; the near misses (one subject named twice, a kind named on one side only,
two heads, a pronoun, an owner) stay conflicts."""

from datetime import date

from claims.conflicts import find_conflicts
from claims.conflicts.contradictions import _modifier_of, _named, _said_of
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims

DAY = date(2027, 9, 14)


def _contradictions(nlp, a_text, b_text):
    """The contradictions found between two articles of two outlets."""
    refs = _claims(nlp, "a", a_text, "Outlet A", DAY) + _claims(nlp, "b", b_text, "Outlet B", DAY)
    return [c for c in find_conflicts(refs) if c.kind is ConflictKind.CONTRADICTION]


def test_opposite_words_said_of_two_kinds_of_one_thing_do_not_oppose(nlp):
    assert not _contradictions(nlp, "The union said the alarm system failed to sound in the depot on Monday.",
                               "The company said the sprinkler system was fully operational in the depot on Monday.")
    assert not _contradictions(nlp, "The station manager said the passenger lift at the station was safe on Friday.",
                               "Engineers said the goods lift at the station was unsafe on Friday.")
    assert not _contradictions(nlp, "The head teacher said the fire alarm in the school hall was working properly on Monday.",
                               "Parents said the intruder alarm in the school hall was faulty on Monday.")


def test_one_subject_or_a_kind_on_one_side_only_stays_a_conflict(nlp):
    assert _contradictions(nlp, "The council said the scheme was a success.", "Residents said the scheme has failed.")
    assert _contradictions(nlp, "The station manager said the passenger lift at the station was safe on Friday.",
                           "Engineers said the passenger lift at the station was unsafe on Friday.")
    assert _contradictions(nlp, "The station manager said the passenger lift at the station was safe on Friday.",
                           "Engineers said the lift at the station was unsafe on Friday.")
    assert _contradictions(nlp, "The station manager said the passenger lift at the station was safe on Friday.",
                           "Engineers said it was unsafe on Friday.")
    assert _contradictions(nlp, "The mediator said the talks on pay are close to a deal.",
                           "The union said the two sides in the pay talks remain far apart.")


def test_the_subject_is_read_back_over_auxiliaries_negations_and_figures():
    assert _said_of("the lift in the east wing was still not safe", "safe") == ("the", "lift")
    assert _said_of("Energy prices were 8 per cent lower", "lower") == ("Energy", "prices")
    assert _said_of("the alarm system failed to sound", "failed to sound") == ("the", "alarm", "system")
    assert _said_of("it was unsafe", "unsafe") is None  # a pronoun
    assert _said_of("the failure of the lift", "failure") is None  # a noun, said of nothing
    assert _said_of("he saw two men fire shots", "two men") is None  # a verb's object
    assert _modifier_of(("the", "alarm", "system")) == frozenset({"alarm"})
    assert _modifier_of(("the", "company's", "prices")) == frozenset()  # an owner, not a kind
    assert _modifier_of(("the", "two", "sides")) == frozenset()


def test_a_describing_word_or_a_name_before_the_head_is_no_kind(nlp):
    # (cr87) One scheme told two ways: a word that judges or dates it, or its name against
    # its kind, does not make two things.
    assert _contradictions(nlp, "The mayor said its flagship scheme was a success.",
                           "Residents said the controversial scheme has failed.")
    assert _contradictions(nlp, "The mayor said the Dunmore scheme was a success.",
                           "Residents said the parking scheme has failed.")
    assert _contradictions(nlp, "The agency said the new barrier was working properly.",
                           "Engineers said the Brackley barrier was faulty.")
    assert _modifier_of(("the", "controversial", "scheme")) == frozenset()
    assert _named(("the", "Dunmore", "scheme")) and not _named(("the", "parking", "scheme"))
    assert _modifier_of(("Consumer", "prices"))  # a kind opening the claim


def test_two_names_or_two_kinds_by_ending_are_two_things(nlp):
    # (cr88) Two names before one head are two things; "-ial" and "-ed" words name kinds.
    assert not _contradictions(nlp, "The trust said the Cedar ward was safe on Monday.",
                               "Inspectors said the Maple ward was unsafe on Monday.")
    assert not _contradictions(nlp, "The council said the residential scheme was a success.",
                               "Traders said the commercial scheme has failed.")
