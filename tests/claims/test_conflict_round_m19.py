"""Rules of the m19 round of the numeric conflict rule, on a common cause of missed numeric
conflicts on the closed sets, a scope word on one side only: a figure taken by a verb
"include" read as a scope ("would include 700 homes"), and a count including more yet
lower than the other ("including conversions, at 170,000" / "210,000 new homes").
Sentences written for these tests; each rule has a near miss."""

from datetime import date

from claims.conflicts.numeric import _scope
from claims.conflicts import find_conflicts
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 9, 15)


def _numeric_between(nlp, a, b, a_day=DAY, b_day=DAY):
    refs = _claims(nlp, "a", a, "Outlet A", a_day) + _claims(nlp, "b", b, "Outlet B", b_day)
    return [c for c in find_conflicts(refs) if c.kind is ConflictKind.NUMERIC]


# --- a figure a verb "include" takes is no scope ----------------------------------------------


def _scopes(nlp, text):
    return {q.surface: _scope(q, r.claim) for r in _claims(nlp, "a", text, "Outlet A") for q in r.claim.quantities}


def test_a_figure_included_is_the_thing_counted_not_a_scope(nlp):
    assert _scopes(nlp, "The developer said the scheme would also include 700 homes.") == {"700": frozenset()}
    assert _scopes(nlp, "The site would include about 700 houses once complete.")["about 700"] == frozenset()
    # Near misses: a scope stated beside the figure stays one; a figure included in
    # another figure is a part of it.
    assert _scopes(nlp, "Builders completed 148,000 homes last year, including conversions.")["148,000"] == {
        "including"}
    scopes = _scopes(nlp, "The 2,000 total includes 300 agency workers, the company said.")
    assert scopes["300"] == {"includes"}


# --- a count that includes more, yet is lower ---------------------------------------------------

BUILT = "Some 210,000 new homes were completed across Veldria last year, the builders' federation said."


def test_a_count_including_more_below_the_other_conflicts(nlp):
    assert _numeric_between(nlp, BUILT, "The housing ministry put the number of homes completed across Veldria "
                                        "last year, including conversions, at 170,000.")


def test_a_count_including_more_above_the_other_does_not_conflict(nlp):
    # Near miss: 230,000 including conversions and 210,000 new homes may both hold.
    assert not _numeric_between(nlp, BUILT, "The housing ministry put the number of homes completed across "
                                            "Veldria last year, including conversions, at 230,000.")


def test_the_part_a_count_includes_is_no_wider_count(nlp):
    # Near miss: "including 40,000 in the capital" is a part of the whole, not a wider count.
    assert not _numeric_between(nlp, BUILT, "The housing ministry said homes were completed across Veldria last "
                                            "year, including 40,000 in the capital.")


def test_a_rate_leaving_something_out_is_no_narrower_count(nlp):
    # Near miss: a share or rate does not add up; core inflation may exceed the headline.
    assert not _numeric_between(nlp, "Core inflation in Veldria, which excludes food and energy, was 4.1% in March, "
                                     "the statistics office said.",
                                "Inflation in Veldria was 3.2% in March, according to official figures.")


def test_an_including_that_lists_other_things_says_nothing_of_the_count(nlp):
    # Near miss: "including Orla and Brenn" lists villages, far from the figure; the lower
    # count is no wider one.
    evacuated = "About 3,000 residents were evacuated from Veldria's river valley on Sunday, the fire service said."
    assert not _numeric_between(nlp, evacuated, "About 1,150 residents were evacuated from river valley villages "
                                                "including Orla and Brenn on Sunday, officials said.")
