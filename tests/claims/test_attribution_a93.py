"""Round a93 (docs/attribution.md, "Round a93"): figures a named body owns ("the operator's
counters", "the theatre's accounts") speak for their owner, after "according to" and as the
subject of "show". Found by review r94; sentences written for the tests (not the gold, not
the review's articles)."""

from __future__ import annotations

from tests.claims.test_attribution_r10 import _by_content, _found


def test_according_to_a_bodys_counters_is_the_body(nlp):
    got = _by_content(nlp, "Bus journeys in the town fell by 6% last year, according to the "
                           "operator's counters, against a rise of 1% nationally.")
    assert got == {"Bus journeys in the town fell by 6% last year": "the operator"}, got


def test_according_to_a_bodys_accounts_is_the_body(nlp):
    got = _by_content(nlp, "Ticket sales rose by 9% in the year, according to the theatre's "
                           "accounts.")
    assert got == {"Ticket sales rose by 9% in the year": "the theatre"}, got


def test_a_bodys_accounts_show_a_clause(nlp):
    got = _by_content(nlp, "The ferry company's accounts, which the council has seen, show "
                           "that it spent £220,000 on repairs in 2025.")
    assert got == {"it spent £220,000 on repairs in 2025": "The ferry company"}, got


def test_near_misses_make_no_statement(nlp):
    for text in ("The accounts show that it spent £220,000 on repairs.",  # no owner
                 "The post office's counters were closed for two days in March.",
                 "The bakery's accounts were seized by police in 2024."):
        assert _found(nlp, text) == [], text


def test_a_comparison_after_the_source_is_the_writers(nlp):
    # "against B" right after the source phrase sets A beside B; the source vouches for A
    # (before, B was taken when the paragraph break made it the longer run)
    got = _by_content(nlp, "Cinema admissions in the town fell by 4% last year, according to "
                           "the chain, against a fall of 9% across the county's towns.\n\n"
                           "The union said it would appeal.")
    assert got.get("Cinema admissions in the town fell by 4% last year") == "the chain", got
    assert "against a fall of 9% across the county's towns" not in got, got
