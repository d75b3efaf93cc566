"""Round t30 (a target, aim or limit against an outcome): docs/conflicts.md, "Added in
round t30". `figure_roles.is_target` reads, besides the three words before a figure, every
word of the figure's own clause before it (up to a comma, "and", "but", "said", "that",
"which", ...): "which aims to keep inflation at 2%" is an aim however far "aims" stands
from the figure, and an aim is not a rival of an outcome. Two outcomes, and two targets,
still compare; a target word of another clause does not make an outcome a target.
Sentences written for these tests, about none of the gold cases; each rule has near misses."""

from claims.figure_roles import is_target
from claims.models import ConflictKind
from tests.claims.test_conflict_round_q24 import DAY, _kinds
from tests.claims.test_figure_roles import _claims

AIM = "The bank, which aims to keep inflation in the region at 2% over the medium term, held its rate on Thursday."
OUTCOME_A = "Inflation in the region rose to 3.4% in October, the statistics office said."
OUTCOME_B = "Inflation in the region rose to 3.9% in October, a retailers' survey found."
AIM_B = "The bank, which aims to keep inflation in the region at 3% over the medium term, held its rate on Thursday."
OTHER_CLAUSE = "The bank missed its goal, and inflation in the region rose to 3.9% in October, a retailers' survey found."


def _figure_is_target(nlp, text: str) -> bool:
    claim = next(r.claim for r in _claims(nlp, "a", text, "Outlet A", DAY) if r.claim.quantities)
    return is_target(claim.quantities[0], claim)


def test_a_target_word_anywhere_in_the_figures_clause(nlp):
    assert _figure_is_target(nlp, AIM)
    assert _figure_is_target(nlp, "The council aims to have its new sports hall in the town open for 900 visitors a day.")
    assert _figure_is_target(nlp, "The mayor has pledged to have the town's new pool open for 900 swimmers a day.")
    # the near reach of three words is kept
    assert _figure_is_target(nlp, "The target of 95% was missed again, the trust said.")


def test_a_target_word_of_another_clause_does_not_count(nlp):
    assert not _figure_is_target(nlp, OTHER_CLAUSE)
    assert not _figure_is_target(nlp, OUTCOME_A)
    assert not _figure_is_target(nlp, "The trust missed its target as waiting times in the region rose to 14 weeks.")
    # the aim governs another infinitive, not the figure's
    assert not _figure_is_target(nlp, "Campaigners have promised to fight the council's decision to close 31 libraries.")
    # a verb of aim without an infinitive, or one of another clause
    assert not _figure_is_target(nlp, "The scheme missed its aims in the region, where waiting times rose to 14 weeks.")
    assert not _figure_is_target(nlp, "The trust aims to cut waits, but waiting times in the region rose to 14 weeks.")


def test_an_aim_is_not_a_rival_of_an_outcome(nlp):
    assert ConflictKind.NUMERIC not in _kinds(nlp, (AIM, "Outlet A"), (OUTCOME_B, "Outlet B"))


def test_two_outcomes_and_two_aims_still_compare(nlp):
    assert ConflictKind.NUMERIC in _kinds(nlp, (OUTCOME_A, "Outlet A"), (OUTCOME_B, "Outlet B"))
    assert ConflictKind.NUMERIC in _kinds(nlp, (AIM, "Outlet A"), (AIM_B, "Outlet B"))
    assert ConflictKind.NUMERIC in _kinds(nlp, (OUTCOME_A, "Outlet A"), (OTHER_CLAUSE, "Outlet B"))
