"""Rules of the c19 round (claims.outcomes): one subject said to have met an outcome and
its complement ("Both climbers survived the night" / "One of the climbers died in
hospital"), and one act of taking or rescuing done to one subject credited to two doers
("the man was detained by hospital security staff" / "the man was stopped by traffic
officers"). Sentences written for these tests; each rule has near misses."""

from datetime import date

import pytest

from claims.conflicts.contradictions import _Wording
from claims.conflicts import find_conflicts
from claims.models import ConflictKind
from claims.outcomes import different_doers, opposed_outcomes, outcomes, taken_by
from tests.claims.test_figure_roles import _claims

DAY = date(2027, 3, 2)


def _kinds(nlp, a, b):
    refs = _claims(nlp, "a", a, "Outlet A", DAY) + _claims(nlp, "b", b, "Outlet B", DAY)
    return {c.kind for c in find_conflicts(refs)}


def _opposed(a: str, b: str):
    return _Wording.of(a).opposed_to(_Wording.of(b))


# --- outcomes ----------------------------------------------------------------------------


@pytest.mark.parametrize("a, b", [
    ("Both divers survived the night in the cave", "One of the divers died in hospital on Friday"),
    ("The skipper was found guilty of manslaughter", "The skipper was acquitted of manslaughter"),
    ("A 41-year-old woman has been charged with arson", "The woman arrested over the fire has been released without charge"),
    ("The injured cyclist had been discharged from hospital", "The cyclist remains in intensive care"),
    ("The missing walker was found alive", "The walker did not survive the fall"),
])
def test_an_outcome_and_its_complement_for_one_subject(a, b):
    assert opposed_outcomes(outcomes(a), outcomes(b))
    assert _opposed(a, b)


@pytest.mark.parametrize("a, b", [
    ("Both divers survived the night in the cave", "The boat's skipper died in hospital"),  # another subject
    ("Both divers survived the night in the cave", "One of the divers may have died"),  # a hedge
    ("The driver was charged with theft", "A second man was released without charge"),  # another of the group
    ("The driver was charged with theft", "He was released without charge"),  # a pronoun names no one
    ("Both divers survived the night in the cave", "The divers survived despite the cold"),  # the same outcome
])
def test_near_miss_no_outcome_against_its_complement(a, b):
    assert not opposed_outcomes(outcomes(a), outcomes(b))


def test_an_outcome_said_under_a_negator_is_its_complement():
    (row, side, _, _), = outcomes("The walker did not survive the fall")
    (row2, side2, _, _), = outcomes("The walker died after the fall")
    assert (row, side) == (row2, side2)


def test_opposite_outcomes_through_the_rules(nlp):
    a = "Coastguard officials said both divers survived the night in the flooded cave."
    b = "The diving club said one of the divers died in hospital on Friday evening."
    assert ConflictKind.CONTRADICTION in _kinds(nlp, a, b)


def test_near_miss_outcomes_of_two_subjects_through_the_rules(nlp):
    a = "Coastguard officials said both divers survived the night in the flooded cave."
    b = "The diving club said the boat's skipper died in hospital on Friday evening."
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)


# --- two doers of one act -----------------------------------------------------------------


def test_the_subject_and_the_doer_of_a_passive_act_are_read():
    (taken,) = taken_by("The man was detained by hospital security staff as he ran")
    assert "man" in taken.subject and taken.doer_text == "hospital security staff" and not taken.authority
    assert taken.act == "taking"


@pytest.mark.parametrize("a, b", [
    ("The teenager was rescued by a passing fishing boat", "The teenager was rescued by a lifeboat crew"),
    ("The suspect was detained by shop staff as he left", "The suspect was stopped by traffic officers on the bypass"),
    ("The escaped wolf was recaptured by keepers using a trap", "The wolf was cornered by a council dog warden"),
])
def test_one_act_credited_to_two_doers(a, b):
    assert different_doers(taken_by(a), taken_by(b))
    assert _opposed(a, b)


@pytest.mark.parametrize("a, b", [
    ("The suspect was arrested by police", "The suspect was detained by border officers"),  # authorities, both
    ("The teenager was rescued by a lifeboat crew", "The teenager was rescued by the crew of the lifeboat"),  # one doer
    ("The teenager was rescued by a lifeboat crew", "The fisherman was rescued by a helicopter"),  # two subjects
    ("He was rescued by a lifeboat crew", "He was rescued by a helicopter"),  # a pronoun names no one
    ("The teenager may have been rescued by a yacht", "The teenager was rescued by a lifeboat crew"),  # a hedge
    ("The teenager was questioned by detectives", "The teenager was rescued by a lifeboat crew"),  # not an act of the list
    ("The teenager was arrested by border guards", "The teenager was rescued by a lifeboat crew"),  # two classes of act
    ("The pair were winched to safety by a helicopter", "The pair had been caught out by a sudden whiteout"),  # a phrasal verb
])
def test_near_miss_no_two_doers(a, b):
    assert not different_doers(taken_by(a), taken_by(b))


def test_two_doers_through_the_rules(nlp):
    a = "The harbour master said the teenager was rescued by a passing fishing boat."
    b = "The lifeboat station said the teenager was rescued by a lifeboat crew from Carrick Sands."
    assert ConflictKind.CONTRADICTION in _kinds(nlp, a, b)


def test_near_miss_one_authority_named_two_ways_through_the_rules(nlp):
    a = "The council said the suspect was arrested by police outside the depot."
    b = "Witnesses said the suspect was detained by officers outside the depot."
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)


def test_near_miss_two_counted_parts_of_a_group_meet_two_outcomes():
    a = "Rescuers pulled 14 skiers alive from the snow"
    b = "Three skiers died"
    assert not opposed_outcomes(outcomes(a), outcomes(b))
    # a whole against a counted part still opposes
    assert opposed_outcomes(outcomes("All the skiers were found alive"), outcomes(b))


@pytest.mark.parametrize("text, subject", [
    ("Dale Moss, 31, was found guilty of arson", {"dale", "moss"}),  # an apposition (a bare age) between
    ("both men had suffered minor injuries and had been discharged from hospital", {"men"}),  # a coordinated verb
])
def test_the_subject_is_read_across_an_apposition_or_a_coordinated_verb(text, subject):
    (_, _, stems, _), = outcomes(text)
    assert set(stems) == subject  # in their order since review r19


def test_near_miss_a_claim_telling_both_outcomes_of_its_subject():
    a = "Dale Moss, 31, was convicted of four offences but acquitted of one count of fraud"
    b = "Dale Moss was found guilty of fraud"
    assert not opposed_outcomes(outcomes(a), outcomes(b))


def test_the_subject_of_a_passive_act_is_read_across_an_apposition():
    (taken,) = taken_by("Dale Moss, 31, was detained by shop staff as he left")
    assert taken.subject == {"dale", "moss"} and taken.doer_text == "shop staff"
