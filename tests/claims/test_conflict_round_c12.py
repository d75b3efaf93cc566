"""Rules of the c12 round: a thing one claim says came to no harm ("the medieval chapel had
been left untouched", "the water stations never ran dry") and another says came to harm
("the roof of the medieval chapel was destroyed", "several water stations had run out")
contradict each other when every word of the first's subject is in the second; a claim of
no harm and one of harm to something else are no contradiction whatever opposite words
they hold; and two claims naming two exclusive parts ("the north bank" / "the south bank")
are of two parts. Sentences written for these tests; each rule has a near miss."""

from datetime import date

from claims.conflicts.contradictions import _Wording, _different_parts, _harm_word, _spared_things
from claims.conflicts import find_conflicts
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims

DAY = date(2027, 4, 6)


def _kinds(nlp, a, b):
    refs = _claims(nlp, "a", a, "Outlet A", DAY) + _claims(nlp, "b", b, "Outlet B", DAY)
    return {c.kind for c in find_conflicts(refs)}


# --- reading the two sides --------------------------------------------------------------


def test_the_subject_of_a_clause_of_no_harm_is_read_without_names_or_places():
    assert _spared_things("the observatory's main telescope had been left untouched by the flames") == (
        frozenset({"observator", "main", "telescop"}),)
    assert _spared_things("the covered market at Orlen Square had stayed dry throughout")[0] >= {"cover", "market"}
    assert _spared_things("the pumping stations never ran dry") == (frozenset({"pump", "stat"}),)


def test_a_hedged_or_one_word_subject_is_no_account_of_no_harm():
    assert _spared_things("the observatory's telescope may have been spared") == ()
    assert _spared_things("the bridge was undamaged") == ()  # one word names too little


def test_a_negated_or_hedged_word_of_harm_is_none():
    assert _harm_word("Engineers found cracks in the east wall of the old mill") == "cracks"
    assert _harm_word("the old mill had shown no signs of damage") is None
    assert _harm_word("none of the barges moored in the lower dock had been damaged") is None
    assert _harm_word("the storm may have damaged some sheds near the quay") is None
    # What a clause of no harm holds is no harm: "escaped damage".
    assert _harm_word("the old mill escaped damage") is None


# --- no harm against harm ---------------------------------------------------------------


def test_no_harm_and_harm_to_one_thing_contradict(nlp):
    a = "Museum director Ilse Moravec said the observatory's main telescope had been left untouched by the flames."
    b = "The mirror of the observatory's main telescope was destroyed in the fire, a technician, Aron Feld, said."
    assert ConflictKind.CONTRADICTION in _kinds(nlp, a, b)


def test_never_ran_dry_against_had_run_out(nlp):
    a = "Festival director Marta Quell said the pumping stations never ran dry during the heatwave."
    b = "Residents said two pumping stations in the old town had run out by Saturday afternoon."
    assert ConflictKind.CONTRADICTION in _kinds(nlp, a, b)


def test_near_miss_no_harm_to_one_thing_and_harm_to_another(nlp):
    # The same kind of thing, another one: the covered market against the fish market.
    a = "Mayor Ines Toller said the covered market had stayed dry throughout the storm."
    b = "Traders said the fish market had flooded to a depth of half a metre on Sunday night."
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)


def test_near_miss_both_say_no_harm(nlp):
    a = "Mayor Ines Toller said the covered market had stayed dry throughout the storm."
    b = "Traders said the covered market had not been damaged by the storm."
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)


def test_near_miss_no_harm_against_hedged_harm(nlp):
    a = "Harbour master Ennis Carl said the grain terminal's conveyors had come through the storm intact."
    b = "A dockworker said the storm might have damaged the grain terminal's conveyors."
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)


def test_no_harm_to_one_thing_mutes_opposite_words_about_another():
    # "unharmed" / "destroyed" are opposite words, but of the school and of the chapel.
    spared = _Wording.of("the village school was also unharmed")
    harmed = _Wording.of("The roof of the medieval chapel was destroyed by the fire")
    assert spared.opposed_to(harmed) is None
    assert _Wording.of("the village school was also unharmed").opposed_to(
        _Wording.of("the village school was destroyed by the fire")) is not None


# --- two exclusive parts ----------------------------------------------------------------


def test_two_exclusive_parts_are_two_things():
    assert _different_parts("flood barriers along the east quay had held",
                            "flood barriers along the west quay gave way")
    assert _different_parts("the inner harbour was calm", "boats in the outer harbour sank")
    # Near miss: both name the same part, or one names none.
    assert not _different_parts("flood barriers along the east quay had held", "the east quay barriers gave way")
    assert not _different_parts("flood barriers along the east quay had held", "the barriers gave way")


def test_near_miss_held_and_overtopped_of_two_banks(nlp):
    a = "Council leader Oren Vass said flood defences along the north bank had held."
    b = "Residents said flood defences along the south bank had been overtopped."
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)
    # Of one bank they still contradict.
    b = "Residents said flood defences along the north bank had been overtopped."
    assert ConflictKind.CONTRADICTION in _kinds(nlp, a, b)
