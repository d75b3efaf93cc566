"""Rules of the n19 round of the numeric conflict rule, on figures outlets word apart: how
long a state lasted ("will stay closed for ten days" / "could be shut for at least six
weeks"). Sentences written for these tests; each rule has a near miss."""

from datetime import date

from claims.conflicts import find_conflicts
from claims.models import ConflictKind
from claims.quantities import find_quantities
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 5, 12)


def _numeric_between(nlp, a, b, a_day=DAY, b_day=DAY):
    refs = _claims(nlp, "a", a, "Outlet A", a_day) + _claims(nlp, "b", b, "Outlet B", b_day)
    return [c for c in find_conflicts(refs) if c.kind is ConflictKind.NUMERIC]


def _measures(nlp, text: str) -> dict[str, str | None]:
    return {q.surface: q.measure for q in find_quantities(nlp(text))}


# --- how long a state lasted ---------------------------------------------------------------------


def test_a_duration_after_a_state_measures_the_subject_in_that_state(nlp):
    assert _measures(nlp, "The road will stay closed for ten days while engineers fill the hole.") == {
        "ten days": "road closed"}
    assert _measures(nlp, "The bridge remained shut for three weeks after the storm.") == {"three weeks": "bridge shut"}
    # Near misses: a duration of the verb itself keeps its activity; a duration of a
    # state named by no common noun has no subject to read.
    assert _measures(nlp, "The jury deliberated for nine hours.")["nine hours"] == "jury deliberate"
    assert _measures(nlp, "He was silent for ten minutes.")["ten minutes"] == "silent"


def test_durations_of_one_closure_in_days_and_weeks_conflict(nlp):
    a = ("The Harlow ring road will stay closed for ten days while engineers repair a burst water main, the "
         "highways agency said on Monday. Buses will be diverted through Eastfield.")
    rest = " Buses are being diverted through Eastfield while the Harlow ring road is shut."
    assert _numeric_between(nlp, a, "Engineers warned that the Harlow ring road could be shut for at least six "
                                    "weeks, a councillor said." + rest)
    # Near miss: "up to two weeks" allows ten days; the two agree.
    assert not _numeric_between(nlp, a, "Engineers warned that the Harlow ring road could be shut for up to two "
                                        "weeks, a councillor said." + rest)
