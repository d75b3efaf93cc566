"""Round n108: a later article that names the earlier figure in shapes t101's rival reading
left out. Sentences written for these tests, not the gold.

a. The second rival of a list: "compared with the 1,900 the council had published and the
   2,800 given by the campaign", "more than the 350 the council had reported but fewer than
   the 520 given by the association" (`_listed_rivals`, `_Facts.listed`).
b. (dropped: a possessor's bare figure against a reckoning, "put the fee at £61, against
   X's £68", was a false alarm on dev.)
c. (dropped: a multiple of the rival, "more than twice the £1.2m the agency had reported",
   two false alarms on dev against one gain.)
d. Kept out: a listed figure no one is said to have given ("and the 2,800 pupils in private
   schools"), the speaker's own earlier figure in the list, a possessor's own value against
   a figure that is no reckoning ("costs £61 a night, against the chain's £68")."""

from __future__ import annotations

from datetime import date

from claims.conflicts import find_conflicts
from claims.conflicts.numeric import _Facts
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims, _figure

JANUARY, JUNE = date(2026, 1, 20), date(2026, 6, 2)


def _numeric_months_apart(nlp, first, second):
    """The numeric conflicts between two articles of two outlets, four months apart."""
    refs = _claims(nlp, "a", first, "Wyre Gazette", JANUARY) + _claims(nlp, "b", second, "County Post", JUNE)
    return [c for c in find_conflicts(refs) if c.kind is ConflictKind.NUMERIC]


def _figures_set_against(conflicts, x, y):
    return [c for c in conflicts if f"'{x}'" in c.reason and f"'{y}'" in c.reason]


def _listed(nlp, text, surface):
    """The rivals listed after the first for the figure `surface` of one sentence's claims."""
    refs = _claims(nlp, "x", text, "Outlet")
    by_article = {"x": [(o, r.claim) for r in refs for o in r.claim.quantities if o.value is not None]}
    facts = _Facts(by_article)
    return [(n.surface, teller) for r in refs for q in r.claim.quantities if q.surface == surface
            for n, _, teller in facts.listed(q, r.claim)]


# --- a. the second rival of a list ----------------------------------------------------------------

def test_a_the_second_of_two_rivals_compared_with(nlp):
    first = "The parents' campaign said 2,800 pupils in Harwick were without a school place in September."
    second = ("The inspectors found 2,350 pupils in Harwick without a school place in September, compared with "
              "the 1,900 the council had published and the 2,800 given by the parents' campaign.")
    assert _figures_set_against(_numeric_months_apart(nlp, first, second), "2,800", "2,350")


def test_a_the_second_of_two_rivals_but_fewer_than(nlp):
    first = "The residents' association said 520 bin collections were missed in Selbury in March."
    second = ("The audit counted 410 missed bin collections in Selbury in March, more than the 350 the council "
              "had reported but fewer than the 520 given by the residents' association.")
    assert _figures_set_against(_numeric_months_apart(nlp, first, second), "520", "410")


def test_a_the_list_is_read(nlp):
    text = ("The audit counted 410 missed bin collections in March, more than the 350 the council had reported "
            "but fewer than the 520 given by the residents' association.")
    assert _listed(nlp, text, "410") == [("520", "the residents' association")]


# --- d. kept out -------------------------------------------------------------------------------------

def test_d_a_listed_figure_nobody_gave_is_no_rival(nlp):
    text = ("The inspectors found 2,350 pupils without a school place, compared with the 1,900 the council had "
            "published and the 2,800 pupils in private schools.")
    assert _listed(nlp, text, "2,350") == []


def test_d_the_speakers_own_earlier_figure_in_the_list(nlp):
    text = ("The council said 410 bin collections were missed in March, more than the 350 the contractor had "
            "reported and the 390 given by the council in April.")
    assert _listed(nlp, text, "410") == []


def test_d_a_possessors_own_value_against_no_reckoning(nlp):
    from claims.conflicts.numeric import _rival_in_sentence
    q, claim = _figure(nlp, "A double room at the Quayside Inn costs £61 a night, against the chain's £68.", "£61")
    assert _rival_in_sentence(q, claim) is None


def test_d_a_bare_listed_figure_months_apart_stays_unreported(nlp):
    first = "About 2,800 pupils in Harwick attend private schools, the independent schools council said."
    second = ("The inspectors found 2,350 pupils in Harwick without a school place in September, compared with "
              "the 1,900 the council had published and the 2,800 pupils in private schools.")
    assert not _figures_set_against(_numeric_months_apart(nlp, first, second), "2,800", "2,350")
