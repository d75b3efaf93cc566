"""Round c112: a denial of a thing or of harm to it, against a finding of it
(docs/conflicts.md, "Round c112"; claims/conflicts/found_denials.py). Sentences written for
these tests, not the gold; each near miss must stay silent.

a. A thing said absent ("there is no danger", "no chemicals had escaped into the canal",
   "No mould has been found in the flats") against a finding of it or of a member of its
   class (claims/data/conflict_found_kinds.txt): "found legionella", "found diesel in the
   canal", "found mould in 14 flats".
b. A thing said to have come to no harm ("the old pump house was undamaged") against a
   finding of damage whose clause names the thing ("found a deep crack ... of the old pump
   house").
c. Near misses: a finding of something else; a denial at another part ("the north stand" /
   "the south stand"); a denial at another place; the finding itself told as absent ("tests
   found no legionella"); a finding told as a condition ("if tests find legionella"); one
   speaker telling both in one article."""

from __future__ import annotations

from datetime import date

from claims.conflicts.found_denials import absent_things, findings, meet
from tests.claims.test_figure_roles import _claim_pairs as _pairs
from tests.claims.test_figure_roles import _reasons as _contradictions

NO_DANGER = "\"There is no danger to anyone using the water,\" a spokeswoman for Harlcombe Water said on Monday."
LEGIONELLA = ("Laboratory tests found legionella in samples taken from the hot water tanks of Brellow primary school, "
              "the county's health officer said.")
NO_LEGIONELLA = ("Laboratory tests found no legionella in samples taken from the hot water tanks of Brellow primary "
                 "school, the county's health officer said.")
IF_LEGIONELLA = "If laboratory tests find legionella in the tanks, Brellow primary school would close for a week."
FENCING = "Inspectors found broken fencing around the Harlcombe reservoir, the county council said."


def test_a_readings():
    assert [w for _, _, w in absent_things("There is no danger to anyone using the water")] == ["danger"]
    assert not absent_things("If there is no danger, the pool will reopen")
    assert findings("tests found legionella in samples")
    assert not findings("tests found no legionella in samples")
    assert not findings("He was found guilty of fraud")
    assert not findings("if inspectors find mould in the flats")
    assert meet(absent_things("no chemicals had escaped into the canal"), (),
                findings("officers found diesel in the canal beside the plant")) == ("no chemicals", "found diesel")


def test_a_no_danger_against_a_germ_found(nlp):
    assert _contradictions(nlp, NO_DANGER, LEGIONELLA)


def test_a_no_chemicals_against_a_substance_found_there(nlp):
    assert _contradictions(nlp, "The plant's manager, Ross Kemble, said no chemicals had escaped into the canal.",
                           "Officers found diesel in the canal beside the plant on Monday, the water authority said.")


def test_a_no_mould_against_mould_found(nlp):
    assert _contradictions(nlp, "\"No mould has been found in any of the flats,\" the landlord's director said.",
                           "Council inspectors found mould in 14 flats on the Gartside estate, a report said.")


def test_b_unharmed_against_damage_found(nlp):
    assert _contradictions(nlp, "The trust's chairman said the old pump house was undamaged after the flood.",
                           "Surveyors found a deep crack running along the wall of the old pump house, the trust's "
                           "engineer said on Thursday.")


def test_c_near_miss_finding_of_something_else(nlp):
    assert not _contradictions(nlp, NO_DANGER, FENCING)


def test_c_near_miss_finding_told_as_absent(nlp):
    assert not _contradictions(nlp, NO_DANGER, NO_LEGIONELLA)


def test_c_near_miss_finding_as_a_condition(nlp):
    assert not _contradictions(nlp, NO_DANGER, IF_LEGIONELLA)


def test_c_near_miss_another_part(nlp):
    assert not _contradictions(nlp, "The club's secretary said there was no damage to the north stand.",
                               "Engineers found cracks in the roof of the south stand, the club's surveyor said.")


def test_c_near_miss_another_place(nlp):
    assert not _contradictions(nlp, "\"No mould has been found in the Gartside flats,\" the landlord's director said.",
                               "Council inspectors found mould in 14 houses on the Pellow estate, a report said.")


def test_c_near_miss_one_speaker_correcting_itself(nlp):
    text = ("Harlcombe Water said on Monday there was no danger to anyone using the water. "
            "Harlcombe Water later said tests had found legionella in two samples and told residents to boil water.")
    assert not _pairs(nlp, (text, "Fenwold Echo", date(2026, 3, 3)))


def test_a_no_birds_against_a_kind_of_bird_tested_positive(nlp):
    assert _contradictions(nlp, "The agency said no wild birds in the county had tested positive.",
                           "Three dead geese found on the Ferrow estuary had tested positive for bird flu, the "
                           "wildlife trust said.")


def test_a_near_miss_no_need_is_no_thing():
    assert not absent_things("There is no need to close the school")
    assert not absent_things("inspectors found no reason to close the pool")


def test_c_near_miss_readings_of_other_things():
    # a class word used as a modifier, the finding verb itself, a link denied between two things
    assert not meet(absent_things("no wild geese on the marsh had tested positive"), (),
                    findings("Hens were culled at a farm after goose flu was confirmed"))
    assert not meet(absent_things("the auditors found no record of a meeting"), (),
                    findings("£2m is recorded as grants"))
    assert not meet(absent_things("it found no link between the leaks and the illness"), (),
                    findings("inspectors recorded four leaks in May"))
    assert not findings("the number of confirmed cases of legionella rose to 12")
    assert not findings("engineers found the bridge was not damaged")
