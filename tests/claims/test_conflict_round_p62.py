"""Round p62: a figure a claim names as the one its own replaces ("460 sailings, rather than
the 300 the company reported") is compared with the claim that gave it, whatever the time
frames or the measures' wording say; the named figure is not the speaker's own. Sentences
written for these tests, about none of the gold cases; each rule has a near miss."""

from datetime import date

import pytest

from claims.conflicts.numeric import _replaced_figure
from tests.claims.test_conflict_round_n20 import _numeric_between
from tests.claims.test_figure_roles import _claims

EARLY = date(2026, 3, 4)
LATE = date(2026, 8, 19)

REPLACED = [
    ("The ferry company said 300 sailings had been cancelled in February because of crew shortages.",
     "The maritime inspectorate said the ferry company cancelled 460 sailings in February, rather than the "
     "300 the company reported."),
    ("Hallam Borough Council said the new library would cost £12m.",
     "An audit found that the new library would cost £19m, far from the £12m the council had announced."),
    ("The trust's chairman said the trust held £9m in reserves for the new wing.",
     "The auditors said the trust's reserves for the new wing stood at £3m, not the £9m the chairman claimed."),
]


@pytest.mark.parametrize("a,b", REPLACED)
def test_a_named_replaced_figure_conflicts_across_time_frames(nlp, a, b):
    assert _numeric_between(nlp, a, b, a_day=EARLY, b_day=LATE)


@pytest.mark.parametrize("a,b", REPLACED)
def test_without_the_named_figure_months_apart_do_not_conflict(nlp, a, b):
    # Near miss: the same figures months apart, the later one not naming the earlier.
    b = b.split(", rather than")[0].split(", far from")[0].split(", not the")[0] + "."
    assert not _numeric_between(nlp, a, b, a_day=EARLY, b_day=LATE)


NOT_REPLACED = [
    # the speaker's own earlier figure: a revision, not a rejection of another's
    ("The ferry company said about 520 sailings had been cancelled in January.",
     "The ferry company's rival said the company now put January's cancellations at 610, not the 520 it gave "
     "in February."),
    # another measure named after the figure: "trainees" beside "qualified crew"
    ("The ferry company said it had hired 60 new crew this year.",
     "The inspectorate said the company had 240 qualified crew on its ships in July, not 60 trainees."),
    # "no longer": a changed design, not a rejected figure
    ("The council said the new hall would seat 900 people.",
     "The review said the hall would no longer seat 900 people but 700, after the design was cut."),
]


@pytest.mark.parametrize("a,b", NOT_REPLACED)
def test_own_revision_other_measure_and_no_longer_do_not_conflict_across_time_frames(nlp, a, b):
    assert not _numeric_between(nlp, a, b, a_day=EARLY, b_day=LATE)


def _figure(nlp, text, surface):
    for ref in _claims(nlp, "a", text, "Outlet A"):
        for q in ref.claim.quantities:
            if q.surface.startswith(surface):
                return q, ref.claim
    raise AssertionError(surface)


def test_the_replaced_figure_is_read_after_its_cue(nlp):
    q, claim = _figure(nlp, AUDIT, "460")
    named = _replaced_figure(q, claim)
    assert named is not None and named.value == 300
    q, claim = _figure(nlp, "The review said the hall would seat 700 people, not the 900 it gave in May.", "700")
    assert _replaced_figure(q, claim) is None
    q, claim = _figure(nlp, "The review said the hall would seat 700 people and 900 at a standing concert.", "700")
    assert _replaced_figure(q, claim) is None
    # A possessive before the named figure makes it the speaker's own earlier one.
    q, claim = _figure(nlp, "The review said the hall would seat 700 people, not its earlier 900.", "700")
    assert _replaced_figure(q, claim) is None
    # "as first reported", naming no one: the speaker's side's own earlier figure.
    q, claim = _figure(nlp, "The college said applications were now down 12%, not 19% as first reported.", "12%")
    assert _replaced_figure(q, claim) is None
    q, claim = _figure(nlp, "The college said applications were now down 12%, not 19% as reported by the union.", "12%")
    assert _replaced_figure(q, claim) is not None


AUDIT = ("The maritime inspectorate said the ferry company cancelled 460 sailings in February, rather than the 300 "
         "the company reported.")


def test_the_named_figure_is_not_the_speakers_own(nlp):
    # The union agrees with the inspectorate's own 460; the inspectorate does not "say" the
    # 300 it names, so it is no rival of the union's 450.
    assert not _numeric_between(nlp, AUDIT, "The crew union said about 450 sailings had been cancelled in February.",
                                a_day=LATE, b_day=LATE)


def test_two_critics_naming_one_figure_do_not_conflict_through_it(nlp):
    # Both reject the company's 300 and agree with each other (460 / about 450): the 300 one
    # names is not its own figure to set against the other's 450.
    b = ("The crew union said the ferry company cancelled about 450 sailings in February, rather than the 300 the "
         "company reported.")
    assert not _numeric_between(nlp, AUDIT, b, a_day=LATE, b_day=LATE)


def test_a_named_figure_must_be_the_one_told(nlp):
    # Near miss: "about 280" of another month is not "the 300" named, whatever rounding says.
    assert not _numeric_between(nlp, "The ferry company said about 280 sailings had been cancelled in January.",
                                AUDIT, a_day=EARLY, b_day=LATE)


def test_the_speakers_own_figure_is_still_compared(nlp):
    # Near miss: the inspectorate's own 460 against the union's 250.
    assert _numeric_between(nlp, AUDIT, "The crew union said about 250 sailings had been cancelled in February.",
                            a_day=LATE, b_day=LATE)


def test_far_from_figure_is_no_agreeing_sibling(nlp):
    # "£19m, far from £12m": the claim does not also state £12m as its own, so the pair stands.
    assert _numeric_between(nlp, "Hallam Borough Council said the new library would cost £12m.",
                            "An audit found that the new library would cost £19m, far from £12m.",
                            a_day=LATE, b_day=LATE)


def test_near_miss_a_threshold_named_after_not_is_no_figure_replaced(nlp):
    # (cr63) "not the 300 the council requires": what a rule asks for, nobody's count
    a = "Thorley Council said Thorley Anglers Supporters Club needs 300 members to keep its council grant."
    b = ("The secretary of Thorley Anglers Supporters Club said the club had 460 members in July, not the 300 the council "
         "requires for its grant.")
    assert not _numeric_between(nlp, a, b, a_day=EARLY, b_day=LATE)
