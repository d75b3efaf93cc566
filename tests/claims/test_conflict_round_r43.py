"""(r43) The report's order: numeric conflicts, the least sure kind on the labelled gold,
rank below contradictions and disputes (`ConflictSettings.numeric_score_base`); only the
order moves, never which conflicts are found. New sentences, invented names."""

from dataclasses import replace

from claims.conflicts import find_conflicts
from claims.conflicts.common import ConflictSettings
from claims.models import ConflictKind

from tests.claims.test_conflicts import claim, figure, ref, turnout


def _ferry_figures():
    a = turnout("n1", "The Harrowgate ferry strike is costing island hauliers about $30 million a week",
                figure("about $30 million a week", 30e6, 27e6, 33e6, "USD", "cost to haulier", per="week"),
                "Union", "Outlet A")
    b = turnout("n2", "Economists said the Harrowgate ferry strike was costing island hauliers $8 million a week",
                figure("$8 million a week", 8e6, 7.5e6, 8.5e6, "USD", "cost to haulier", per="week"),
                "Economists", "Outlet B")
    return [a, b]


def _ferry_assessments():
    a = ref(claim("c1", "the Harrowgate ferry negotiators are close to a deal on rosters", speaker="Operator", cue="said"))
    b = ref(claim("c2", "the Harrowgate ferry negotiators remain far apart on rosters", speaker="Union", cue="said"), "B")
    return [a, b]


def test_a_numeric_conflict_ranks_below_a_contradiction():
    report = find_conflicts(_ferry_figures() + _ferry_assessments())
    assert [c.kind for c in report] == [ConflictKind.CONTRADICTION, ConflictKind.NUMERIC]
    assert 0.2 <= report[1].score <= 0.4


def test_the_old_base_put_figures_first_and_finds_the_same_conflicts():
    """Near miss: at the former base (0.7) the same two conflicts are found, numeric first;
    the setting changes the order and the numeric score by a constant only."""
    old = find_conflicts(_ferry_figures() + _ferry_assessments(), settings=replace(ConflictSettings(), numeric_score_base=0.7))
    new = find_conflicts(_ferry_figures() + _ferry_assessments())
    assert [c.kind for c in old] == [ConflictKind.NUMERIC, ConflictKind.CONTRADICTION]
    assert {c.conflict_id for c in old} == {c.conflict_id for c in new}
    shift = {c.conflict_id: c.score for c in old}
    for c in new:
        expected = shift[c.conflict_id] - (0.5 if c.kind is ConflictKind.NUMERIC else 0.0)
        assert abs(c.score - expected) < 1e-9
