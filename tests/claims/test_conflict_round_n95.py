"""Round n95, numeric pairs never compared: a figure named only by its owner's own count or
estimate ("The company's own count was 37,800", "its own count found 22,000") counts what
the figure before it in its article counts. Sentences written for these tests, not the gold."""

from __future__ import annotations

import claims.conflicts.numeric as numeric
from tests.claims.test_figure_roles import _figure, _figures



TALLY = ("Brennock Fibre said 29,400 homes in the district could order a full-fibre line by June. "
         "The district council's own count was 21,300.")
FOUND = ("Brennock Fibre said 29,400 homes in the district could order a full-fibre line by June. "
         "The residents' group said its own count found 21,300.")


def test_an_owners_own_count_counts_what_the_figure_before_it_counts(nlp):
    figures = _figures(nlp, TALLY)
    q, claim = next((q, c) for q, c in figures if q.surface == "21,300")
    assert numeric._anaphoric_figure(q, claim)
    assert "home" in numeric._antecedent_measure(q, claim, figures)


def test_an_own_count_that_found_a_figure_is_the_figure(nlp):
    figures = _figures(nlp, FOUND)
    q, claim = next((q, c) for q, c in figures if q.surface == "21,300")
    assert numeric._anaphoric_figure(q, claim)
    assert "home" in numeric._antecedent_measure(q, claim, figures)


def test_a_rivals_figure_named_by_someone_else_is_not_read(nlp):
    # the speaker names the alliance's figure to fault it: its article's figure before it
    # may be another matter, so "figure of" after an owner with no "own" is not read
    assert not numeric._anaphoric_figure(*_figure(
        nlp, "The operator said the alliance's figure of 16% counted single fares only.", "16%"))


def test_an_owner_naming_what_it_counts_is_not_anaphoric(nlp):
    assert not numeric._anaphoric_figure(*_figure(
        nlp, "The council's own count of homes connected was 21,300.", "21,300"))
