"""Round r94, a twenty-ninth fact-checker's review of fresh stories (docs/review_r94.md):
a city's clean-air zone, a racecourse's festival deaths, a national park's car park
charges. Defects fixed, with near misses. Sentences written for these tests, not the gold.

a. A figure named as replaced may repeat the change's preposition after the cue ("fell by
   7% in the first year, not by 22% as the club has said"; "rose to 40, not to 55"):
   `numeric.REPLACED_BEFORE` read only "not 22%" / "not the 22%", so the corrector's
   figure never met the one it corrects. The repeated preposition must be the one before
   the corrector's own figure: "rose to 40, not by 55" names no replaced figure.
b. A rise or fall told as a noun ("puts the rise in ring road traffic at 3%", "a 4% fall
   in the number of visitors") names what it is of after "in"
   (`contradictions._change_noun_head`): `_movers_of_two_things` read only a verb's
   subject, so "the rise in traffic" and "takings had fallen" were opposite assessments of
   one thing. A rise and a fall of one thing still oppose.
c. A bare affirmation answering a negated told clause may go on to a clause of its own
   ("We were told the charges had not driven people away. They had, and the authority now
   admits it"), as r89 let a denial do ("It was not, and the trust knew it"):
   `told_claims.AFFIRMATION_THEN`. Not a second ellipsis sharing a verb after it ("They
   did, and still do, ..."), and an affirmation of a clause that was not negated still
   agrees."""

from __future__ import annotations

from datetime import date

from claims.conflicts.contradictions import _change_subject_head
from claims.conflicts.numeric import _replaced_figure
from claims.conflicts.told_claims import denies_told_claim
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims, _conflicts

DAY = date(2026, 5, 4)
LATER = date(2026, 5, 25)


def _figure(nlp, text, surface):
    for r in _claims(nlp, "x", text, "Outlet"):
        for q in r.claim.quantities:
            if q.surface == surface:
                return q, r.claim
    raise AssertionError(surface)


def test_a_a_replaced_figure_after_a_repeated_preposition(nlp):
    text = ("The council said its own counters showed that the number of bikes hired from the 40 docks "
            "fell by 6% in the scheme's first year, not by 31% as the cyclists' club has said.")
    q, claim = _figure(nlp, text, "6%")
    named = _replaced_figure(q, claim)
    assert named is not None and named.value == 31
    a = "The Tarnfield Cyclists' Club said the number of bikes hired from the city's 40 docks had fallen by 31% in the year."
    found = [c for c in _conflicts(nlp, a, text, DAY, LATER) if c.kind is ConflictKind.NUMERIC]
    assert any("31%" in c.reason and "6%" in c.reason for c in found)


def test_a_the_preposition_must_be_the_figures_own(nlp):
    # near misses: "to" after a figure told with "by" names no replaced level; the plain
    # cue still reads as before
    q, claim = _figure(nlp, "The council said fares rose by 6% this year, not to 31% of income as first planned.", "6%")
    assert _replaced_figure(q, claim) is None
    q, claim = _figure(nlp, "The council said bike hire fell by 6% in the year, not 31% as the club has said.", "6%")
    named = _replaced_figure(q, claim)
    assert named is not None and named.value == 31


def test_b_a_change_noun_names_what_it_is_of():
    assert _change_subject_head("the council's report puts the rise in bus lane traffic in the first year at 4%",
                                "rise") == {"traffic"}
    assert _change_subject_head("a 4% fall in the number of visitors to the gardens", "fall") == {"visitor"}
    # near misses: no opener, no "in", a name
    assert not _change_subject_head("prices will rise in May", "rise") - {"pric"}
    assert not _change_subject_head("the rise in Harnwick", "rise")
    assert not _change_subject_head("the council expects a rise, the report said", "rise")


def test_b_a_rise_in_one_thing_and_a_fall_in_another_do_not_oppose(nlp):
    a = "The council's report puts the rise in bus lane traffic in the scheme's first year at 4%."
    b = "The traders' association said takings at shops along the bus lane had fallen by 3% in the scheme's first year."
    assert not [c for c in _conflicts(nlp, a, b, DAY, LATER) if c.kind is ConflictKind.CONTRADICTION]


def test_b_a_rise_and_a_fall_of_one_thing_still_oppose(nlp):
    a = "The council's report puts the rise in bus lane traffic in the scheme's first year at 4%."
    b = "The traders' association said traffic in the bus lane had fallen in the scheme's first year."
    assert [c for c in _conflicts(nlp, a, b, DAY, LATER) if c.kind is ConflictKind.CONTRADICTION]


def test_c_an_affirmation_going_on_to_a_clause_of_its_own_denies():
    assert denies_told_claim("We were told the new fees had not put anyone off. They had, and the trust now admits it")
    assert denies_told_claim("We were told there had been no complaints. There had, but nobody passed them on")


def test_c_near_misses_of_the_affirmation():
    # a clause that was not negated: the affirmation agrees; a shared-verb ellipsis is left
    assert not denies_told_claim("We were told the fees would rise. They did, and the trust admits it")
    assert not denies_told_claim("We were told the fees would not rise. They did, and still do, every spring")


def test_c_the_told_dispute_meets_its_target(nlp):
    a = ("The Harnwick Gardens Trust said the new entry fees had not put visitors off. "
         "\"The fees have not driven people away from the gardens,\" its director, Oriel Stannage, said.")
    b = ("The Friends of Harnwick Gardens welcomed the cut in fees. \"We were told the fees had not driven "
         "people away. They had, and the trust now admits it,\" said its secretary, Lucan Threave.")
    found = [c for c in _conflicts(nlp, a, b, DAY, LATER) if c.kind is ConflictKind.DISPUTE]
    assert any("We were told" in c.reason for c in found)
