"""Round nr44 (numeric conflicts missed: a figure named only as "the figure" / "the
number"): docs/conflicts.md, "Added in round nr44". A figure told as "the real figure is
more than 3,100", "has put the number at 640" or "said the total was 380" takes the measure
of the nearest figure of its unit before it in its article (`numeric._named_figure`,
`numeric._with_named_figure_measures`). Sentences written for these tests, about none of
the gold cases."""

from claims.conflicts import ALSO, find_conflicts
from claims.conflicts.numeric import NAMED_FIGURE
from claims.models import ConflictKind
from tests.claims.test_conflict_round_q24 import DAY, _claims

COUNCIL = "Holmbury council said 2,300 bus journeys were cancelled in the borough in May."
REAL = "The riders' group Fair Fares said the real figure was more than 3,100."
PUT_AT = "The riders' group Fair Fares has put the number at about 3,400."
OWN_NOUN = "The riders' group Fair Fares put the figure at 3,100 complaints."
DRIVERS = "The council said 41 drivers had left the company since January."


def _numeric_reasons(nlp, *texts):
    refs = []
    for n, (text, outlet) in enumerate(texts):
        refs += _claims(nlp, "abc"[n], text, outlet, DAY)
    return [c.reason for c in find_conflicts(refs) if c.kind == ConflictKind.NUMERIC]


def test_the_patterns():
    for opening in ("The real figure is more than ", "The riders' group says the true number was well over ",
                    "Our number is ", "The prosecution has put the number at ", "She said the total was ",
                    "Campaigners put the figure at about ", "The group said the number was nearer "):
        assert NAMED_FIGURE.search(opening), opening
    # Near misses: a plain "the figure was" (a year ago, another period) and "a figure of"
    # (round n22's answering figure) are not read here.
    for opening in ("A year ago the figure was ", "its own modelling suggested a figure of around ",
                    "the number is expected to pass "):
        assert not NAMED_FIGURE.search(opening), opening


def test_the_real_figure_rivals_the_count_before_it(nlp):
    # (r50) The pair is also a rejection ("the real figure"): reported once, as a dispute
    # (KIND_PRECEDENCE), the figures' reason kept after its own.
    refs = _claims(nlp, "a", COUNCIL + " " + REAL, "Outlet A", DAY)
    reasons = [c.reason.split(ALSO, 1)[1] for c in find_conflicts(refs)
               if c.kind is ConflictKind.DISPUTE and ALSO in c.reason]
    assert any("'more than 3,100'" in r and "'2,300'" in r and "do not overlap" in r for r in reasons), reasons
    reasons = _numeric_reasons(nlp, (COUNCIL, "Outlet A"), (COUNCIL + " " + PUT_AT, "Outlet B"))
    assert any("3,400" in r and "2,300" in r for r in reasons), reasons


def test_a_figure_with_its_own_noun_keeps_it(nlp):
    # Near miss: "put the figure at 3,100 complaints" counts complaints, not journeys.
    reasons = _numeric_reasons(nlp, (COUNCIL + " " + OWN_NOUN, "Outlet A"))
    assert not any("3,100" in r and "2,300" in r for r in reasons), reasons


def test_the_nearest_count_is_the_one_named(nlp):
    # Near miss: with drivers counted in between, "the real figure" is of drivers, and the
    # journeys are not set against it.
    reasons = _numeric_reasons(nlp, (COUNCIL + " " + DRIVERS + " " + REAL, "Outlet A"))
    assert not any("3,100" in r and "2,300" in r for r in reasons), reasons
