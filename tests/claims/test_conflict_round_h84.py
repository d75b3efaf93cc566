"""Round h84, a twenty-fourth fact-checker's review of fresh stories (docs/review_h84.md):
a measles outbreak among schoolchildren, a solar farm planning dispute, an airline's summer
cancellations. Defect fixed, with near misses. Sentences written for these tests, not the
gold.

a. A plain denial of a death ("no child had died") is not broken by a count of the same
   people in another fate ("36 children had been admitted to hospital"): the count is of
   survivors (`contradictions._fate_untold`, claims/data/conflict_fatal_words.txt). A
   count telling a death ("four children had died") still opposes it."""

from __future__ import annotations

from datetime import date

from claims.conflicts.contradictions import _fate_untold, _Wording
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _conflicts

DAY = date(2026, 3, 2)
FLOOD = "The Brackwater flood forced hundreds of families from their homes across the valley. "


def _contradictions(nlp, lead, a, b):
    return [c for c in _conflicts(nlp, lead + a, lead + b, DAY, DAY) if c.kind is ConflictKind.CONTRADICTION]


def test_a_a_count_of_survivors_does_not_break_a_denial_of_death(nlp):
    a = ("The council said 17 children had been taken to hospital, three of them with broken bones, "
         "and that no child had died.")
    b = "Ambulance crews said 24 children had been treated for injuries by Friday."
    assert not _contradictions(nlp, FLOOD, a, b)
    b = "The inquiry found that 31 children had been taken to hospital by Friday, not the 17 the council gave."
    assert not _contradictions(nlp, FLOOD, a, b)


def test_a_a_count_of_deaths_still_breaks_it(nlp):
    # near misses: a count telling a death, and a denial of another act, keep their conflicts
    a = ("The council said 17 children had been taken to hospital, three of them with broken bones, "
         "and that no child had died.")
    b = "The inquiry found that two children had died in the flood."
    assert _contradictions(nlp, FLOOD, a, b)
    a = "The council said no family had been left without shelter."
    b = "Volunteers said 40 families had been left without shelter on the first night."
    assert _contradictions(nlp, FLOOD, a, b)


def test_a_the_guard_reads_the_denied_act():
    denying = _Wording.of("no patient has died as a result")
    assert _fate_untold(denying, _Wording.of("12 patients were treated on the ward"), "patient")
    assert not _fate_untold(denying, _Wording.of("two patients died on the ward"), "patient")
    assert not _fate_untold(_Wording.of("no patient was turned away"),
                            _Wording.of("12 patients were treated on the ward"), "patient")
