"""Round p86 (contradiction precision on unlabelled predictions): docs/conflicts.md, "Round
p86". Two shapes whose opposite words attach to another subject than the other claim's:
a figure set aside by the one it corrects ("8,700, not 3,900, because ..."), and "no X is
doing Y", which denies the doing, not the X. Sentences written for these tests, about none
of the gold cases; each has a near miss that stays a conflict."""

from datetime import date

from claims.conflicts import find_conflicts
from claims.conflicts.contradictions import _Wording
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims

DAY = date(2027, 9, 14)


def _contradictions(nlp, a_text, b_text):
    """The contradictions found between two articles of two outlets."""
    refs = _claims(nlp, "a", a_text, "Outlet A", DAY) + _claims(nlp, "b", b_text, "Outlet B", DAY)
    return [c for c in find_conflicts(refs) if c.kind is ConflictKind.CONTRADICTION]


def test_a_figure_set_aside_by_the_one_it_corrects_negates_no_clause_after_it(nlp):
    # "not 4,100," corrects the figure before it; "the port" after the comma is no denied thing.
    assert not _contradictions(
        nlp, "The ombudsman said the port had handled 6,400 containers, not 4,100, because the port counted each ship as one.",
        "The port is counting the ships it expected, not the ships that docked, the harbour master said.")
    assert not _contradictions(
        nlp, "The regulator said the trust had in fact spent £4.2m, not £3.1m, once agency nurses were included.",
        "The trust said agency nurses cost £1.1m last year.")
    assert not _Wording.of("the port had handled 6,400 containers, not 4,100, because the port counted each ship").negated_clauses
    # Near misses: a negated clause stays one ...
    assert _contradictions(nlp, "The regulator said the trust had not paid agency nurses since June.",
                           "The trust said it paid agency nurses £1.1m last year.")
    # ... and so does a negation with no corrected figure just before it.
    assert _Wording.of("the port had not handled 4,100 containers, because the port counted each ship").negated_clauses


def test_no_subject_doing_a_thing_denies_the_doing_not_the_subject(nlp):
    assert not _contradictions(
        nlp, '"No pupil is sitting in a classroom with a leaking roof," the head teacher said.',
        "Pupils wrote to the council about the leaking roof of their classroom, the parents' group said.")
    # Near misses: the doing asserted is a conflict ...
    assert _contradictions(
        nlp, '"No pupil is sitting in a classroom with a leaking roof," the head teacher said.',
        "The parents' group said pupils were sitting in a classroom with a leaking roof last week.")
    # ... "being" keeps the subject denied ("no jobs are being cut"), and an -ing noun is no doing.
    (clause,) = _Wording.of("no jobs are being cut at the plant").negated_clauses
    assert clause[0] == "jobs"
    (clause,) = _Wording.of("no issue was funding at the school").negated_clauses
    assert clause[0] != "funding"
