"""Round n80, numeric conflicts: (a) a told bound ("must run at least 97%") stood for the
point figure a later review names as replaced ("against the 97.4% the company had
claimed"), because `REPLACED_SAME` allows a conversion's error. Sentences written for these
tests, not the gold."""

from __future__ import annotations

import claims.conflicts.numeric as numeric
from tests.claims.test_conflict_round_n77 import _later, _named

LEAD = "The county's rail operator has faced questions over late trains. "

FLOOR = LEAD + "Under its contract the operator must run at least 97% of its trains on time."
CLAIMED = LEAD + "The operator said 97.4% of its trains had run on time."
REVIEW = LEAD + ("The review found the operator ran 92% of its trains on time last year, against the 97.4% the "
                 "company had claimed.")


# --- a. a bound is not the point figure named ------------------------------------------------


def test_a_the_review_names_the_claimed_figure(nlp):
    n = _named(nlp, REVIEW[len(LEAD):], "92%", LEAD)
    assert n is not None and n.surface.startswith("97.4%")
    assert _later(nlp, CLAIMED, REVIEW)


def test_a_a_floor_is_not_the_named_figure(nlp):
    assert not _later(nlp, FLOOR, REVIEW)


def test_a_fails_without_the_rule(nlp, monkeypatch):
    monkeypatch.setattr(numeric, "_bound_for_point", lambda told, named: False)
    assert _later(nlp, FLOOR, REVIEW)


def test_a_a_bound_at_the_named_value_still_is(nlp):
    # "fewer than 300" told, "the 300 the company reported" named: the same figure
    told = LEAD + "The operator said fewer than 300 trains had been cancelled in February."
    review = LEAD + ("The review found the operator cancelled 460 trains in February, rather than the 300 the "
                     "company reported.")
    assert _later(nlp, told, review)


# --- b. (cr78) a singular copula in a relative clause is not the count's ---------------------


def _excepted(nlp, sentence):
    """The heads of the counts `_exceptions` reads as members that did not do something."""
    from claims.conflicts.contradictions import _exceptions
    from claims.overlap import topic_stems
    from tests.claims.test_figure_roles import _claims
    claim = _claims(nlp, "a", sentence, "Outlet A")[0].claim
    counts = [q for q in claim.quantities if q.value is not None]
    return [sorted(heads) for heads, _ in _exceptions(claim.text, counts, topic_stems(claim.text))]


def test_b_a_relative_clause_copula_is_not_the_counts(nlp):
    from claims.conflicts.contradictions import SINGULAR_COPULA_AFTER
    assert not SINGULAR_COPULA_AFTER.match(" wards where staffing was not safe")
    assert not SINGULAR_COPULA_AFTER.match(" trains that was not on time")
    assert _excepted(nlp, "Nine wards where staffing was not safe had no senior nurse, the union said.")


def test_b_fails_without_the_rule(nlp, monkeypatch):
    import claims.conflicts.contradictions as contradictions
    monkeypatch.setattr(contradictions, "SINGULAR_COPULA_AFTER", contradictions.re.compile(
        r"^\s*(?:[a-z][\w'’-]*\s+){0,3}?(?:is|was|isn['’]t|wasn['’]t)\b", contradictions.re.IGNORECASE))
    assert not _excepted(nlp, "Nine wards where staffing was not safe had no senior nurse, the union said.")


def test_b_a_count_judged_as_one_amount_still_is(nlp):
    # near misses (h77): the count itself the copula's subject, a few words between
    from claims.conflicts.contradictions import SINGULAR_COPULA_AFTER
    assert SINGULAR_COPULA_AFTER.match(" breaches a year is not a minor matter")
    assert SINGULAR_COPULA_AFTER.match(" faults is not a minor matter")
    assert not _excepted(nlp, "Nine faults is not a minor matter for any museum, the inspector said.")


# --- c. one figure against two rivals is two questions ---------------------------------------


class _OneStory:
    """Every article tells one story."""

    def related(self, article_id, floor):
        return ["a", "b", "c"]


def _kept(*offers):
    """What `_BestPerClusterPair` keeps of numeric items of one pair of clusters, each
    (id, (smaller, larger), (claim, article) of one side, (claim, article) of the other)."""
    from datetime import date

    from claims.conflicts.common import _BestPerClusterPair, pair_order
    day = date(2026, 3, 10)
    best = _BestPerClusterPair(_OneStory(), 0.5)
    for conflict_id, figures, (claim_x, art_x), (claim_y, art_y) in offers:
        best.offer(("numeric", "c1", "c2"), (art_x, art_y), 0.4,
                   pair_order(conflict_id, (art_x, day), (art_y, day)), conflict_id,
                   frozenset({("count", *figures)}), (claim_x, claim_y))
    return sorted(best.values())


# the council's 18,000 in article a; a traders' count of 22,000 in article b and a survey's
# 20,400 in article c, each "not 18,000"
TRADERS = ("traders", (18_000.0, 22_000.0), ("c-1", "a"), ("c-2", "b"))
SURVEY = ("survey", (18_000.0, 20_400.0), ("c-1", "a"), ("c-3", "c"))


def test_c_two_rivals_of_one_figure_are_two_questions():
    assert _kept(TRADERS, SURVEY) == _kept(SURVEY, TRADERS) == ["survey", "traders"]


def test_c_fails_without_the_rule(monkeypatch):
    import claims.conflicts.common as common
    monkeypatch.setattr(common, "_two_rivals", lambda x, y: False)
    assert len(_kept(TRADERS, SURVEY)) == 1


def test_c_one_rival_written_two_ways_is_one_question():
    # near misses: 21,800 rounds to 22,000 (one rival figure written two ways); 14,200 and
    # 14,500 are within one side's rounding (one count told a week apart); no value shared
    rounded = ("rounded", (18_000.0, 21_800.0), ("c-1", "a"), ("c-3", "c"))
    assert len(_kept(TRADERS, rounded)) == 1
    week_later = ("week", (14_500.0, 72_000.0), ("c-4", "c"), ("c-5", "b"))
    week_before = ("before", (14_200.0, 72_000.0), ("c-6", "a"), ("c-5", "b"))
    assert len(_kept(week_later, week_before)) == 1
    apart = ("apart", (18_500.0, 20_400.0), ("c-7", "a"), ("c-3", "c"))
    assert len(_kept(TRADERS, apart)) == 1


def test_c_rounds_to_reads_the_last_significant_digit():
    from claims.conflicts.common import _rounds_to
    assert _rounds_to(21_800, 22_000) and _rounds_to(45.2, 45) and _rounds_to(48, 50)
    assert not _rounds_to(20_400, 22_000) and not _rounds_to(48, 52) and not _rounds_to(97.4, 97.5)
