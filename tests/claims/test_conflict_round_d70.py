"""Round d70: dispute targets on fresh text (docs/conflicts.md, "round d70"). Sentences
written for these tests, not the gold.

a. A common-noun owner ("the farm's claim") is a kind of body, not an outlet: its stem is
   in many outlets' names ("Hill Farming Weekly"), and reading it as the outlet made every
   claim of that outlet the owner's, the rejecter's own finding first. Only an owner written
   as a name ("the Gazette's figure") owns what an outlet's articles report
   (`disputes._dispute_target`, `_owner_is_named` before `_told_by_outlet`).
b. A rejection naming another owner ("the company's figure") by an officer of a body ("Its
   chair") is not aimed at that body's own figure told just before (`_officer_body`)."""

from __future__ import annotations

from datetime import date

from claims.conflicts import find_conflicts
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 4, 7)


def _dispute_texts(nlp, *articles):
    """The two claims' texts of every dispute found between the articles, given as
    (text, outlet) pairs."""
    refs = [r for k, (text, outlet) in enumerate(articles) for r in _claims(nlp, f"a{k}", text, outlet, DAY)]
    text = {r.claim.claim_id: r.claim.text for r in refs}
    return [(text[c.claim_a], text[c.claim_b]) for c in find_conflicts(refs) if c.kind is ConflictKind.DISPUTE]


REJECTION = ("The Dairy Standards Group said its tests of the farm's cheeses found milk from three other herds. "
             "Owen Prideaux, the group's director, said the farm's claim was \"misleading\".")


def test_a_a_common_noun_owner_is_not_an_outlet_named_alike(nlp):
    text = ("Brackenfold Farm sells cheese at 40 markets. The farm says its cheese is made only from "
            "the milk of its own herd. " + REJECTION)
    pairs = _dispute_texts(nlp, (text, "Hill Farming Weekly"))
    aimed = [p for p in pairs if any("misleading" in t for t in p)]
    # The farm's own claim, not the rejecter's own group's finding (which the outlet's name
    # "Farming" made the farm's, a figure first).
    assert any(any(t.startswith("its cheese is made only from") for t in p) for p in aimed)
    assert not any(any("found milk from three other herds" in t or "its tests" in t for t in p) for p in aimed)


def test_a_near_miss_a_named_owner_still_owns_its_outlets_reports(nlp):
    # The owner written as a name is the outlet: the Weekly's own report is what is rejected.
    report = "Brackenfold Farm's cheese contains milk bought from 12 other farms, the Weekly has learned."
    answer = "Brackenfold Farm said the Weekly's figure of 12 farms was \"simply wrong\"."
    pairs = _dispute_texts(nlp, (report, "Hill Farming Weekly"), (answer, "Dale Courier"))
    assert any(any("12 other farms" in t for t in p) and any("simply wrong" in t for t in p) for p in pairs)


# --- b. the figure of the rejecter's own body ---------------------------------------------------

OPERATOR = ("Harbour Ferries cancelled sailings on its island routes last winter. Gwen Tallis, the operator's "
            "chief executive, said fewer than 10% of crossings had been cancelled. ")
WATCH = ("A count of 600 sailings, carried out by the passenger group Ferry Watch, found that 31% of sailings had "
         "been cancelled. Its chair, Aled Voss, said the {owner} figure for cancelled sailings was \"misleading\".")


def test_b_the_officers_own_bodys_figure_is_not_the_owners(nlp):
    # "Its chair" speaks for the group whose count was told just before: "the company's
    # figure" is the operator's, not the group's 31% (which shares more of the words).
    pairs = _dispute_texts(nlp, (OPERATOR + WATCH.format(owner="company's"), "Outlet A"))
    aimed = [p for p in pairs if any("misleading" in t for t in p)]
    assert any(any("fewer than 10% of crossings" in t for t in p) for p in aimed)
    assert not any(any("31% of sailings" in t for t in p) for p in aimed)


def test_b_near_miss_another_partys_figure_is_still_met(nlp):
    # A figure of a third party named as the owner is still a target: only the officer's
    # own body is set aside.
    regulator = "The Maritime Board said 12% of sailings had been cancelled over the winter. "
    pairs = _dispute_texts(nlp, (OPERATOR + regulator + WATCH.format(owner="board's"), "Outlet A"))
    aimed = [p for p in pairs if any("misleading" in t for t in p)]
    assert any(any("12% of sailings" in t for t in p) for p in aimed)
