"""Round n93, numeric recall on development misses: one figure worded apart in two claims.
(a) a figure told per stretch of time against the same figure told with its rate left out
("would save £3.2m a year" / "the saving was nearer £900,000"); (b) a figure named only as
"the figure" ("puts the figure at 520"), whose measure is the article's figure before it.
Sentences written for these tests, not the gold."""

from __future__ import annotations

import claims.conflicts.numeric as numeric
from tests.claims.test_conflict_round_p62 import _figure as _one
from tests.claims.test_figure_roles import _claims, _figure, _figures, _numeric


# --- a. a rate left out -----------------------------------------------------------------------

SAVING = "Merlow council said closing the two bus depots would save £3.2m a year."
SAVING_RIVAL = "The union said the saving from closing the two bus depots was nearer £900,000."
BUILD_COST = "The union said closing the two depots would cost £5.5m to carry out."


def test_a_a_rate_left_out_of_a_level_meets_the_rated_figure(nlp):
    rated, _ = _one(nlp, SAVING, "£3.2m")
    bare, claim = _one(nlp, SAVING_RIVAL, "£900,000")
    assert rated.per == "year" and not bare.per
    assert numeric._rate_left_out(rated, bare, claim)
    assert _numeric(nlp, SAVING, SAVING_RIVAL)


def test_a_fails_without_the_rule(nlp, monkeypatch):
    monkeypatch.setattr(numeric, "_rate_left_out", lambda rated, bare, claim: False)
    assert not _numeric(nlp, SAVING, SAVING_RIVAL)


def test_a_a_figure_with_a_verb_of_its_own_is_another_measure(nlp):
    # a one-off cost to carry out, not the yearly saving told without its rate
    rated, _ = _one(nlp, SAVING, "£3.2m")
    assert not numeric._rate_left_out(rated, *_one(nlp, BUILD_COST, "£5.5m"))


def test_a_a_running_total_or_another_rate_is_not_the_rate_left_out(nlp):
    rated, _ = _one(nlp, SAVING, "£3.2m")
    assert numeric._rate_left_out(rated, *_one(nlp, "The union said the saving was £900,000.", "£900,000"))
    assert not numeric._rate_left_out(rated, *_one(nlp, "The union said the saving was £900,000 so far.", "£900,000"))
    assert not numeric._rate_left_out(
        rated, *_one(nlp, "The union said the monthly saving was £900,000.", "£900,000"))


def test_a_the_rate_named_in_the_clause_counts_as_the_rate(nlp):
    rated, _ = _one(nlp, "The plant would draw 1.4 million litres a day from the river, the firm said.", "1.4 million")
    bare, claim = _one(nlp, "Campaigners said it would draw no more than 600,000 litres on any day.", "no more than 600,000")
    assert not bare.per and numeric._rate_left_out(rated, bare, claim)


# --- b. a figure named only as "the figure" ---------------------------------------------------

FERRIES = ("Corrie Ferries said it cancelled 310 sailings between June and August. "
           "The Island Travellers Forum puts the figure at 520.")


def test_b_the_figure_counts_what_the_figure_before_it_counts(nlp):
    figures = _figures(nlp, FERRIES)
    q, claim = next((q, c) for q, c in figures if q.surface == "520")
    assert numeric._anaphoric_figure(q, claim)
    assert "sail" in numeric._antecedent_measure(q, claim, figures)


def test_b_a_frame_naming_what_it_counts_is_not_anaphoric(nlp):
    assert not numeric._anaphoric_figure(*_figure(
        nlp, "The union said the number facing redundancy was 74.", "74"))


COMPANY = "The company told the Review it had cancelled 310 sailings in the six months to March."
FORUM = ("Corrie Ferries said it cancelled 310 sailings between October and March. "
         "The Island Travellers Forum puts the figure at 520.")


def _forum_pair(nlp):
    refs = _claims(nlp, "a", COMPANY, "Outlet A") + _claims(nlp, "b", FORUM, "Outlet B")
    by_article: dict = {}
    for r in refs:
        by_article.setdefault(r.claim.article_id, []).extend(
            (q, r.claim) for q in r.claim.quantities if q.value is not None)
    qa, a = next((q, r.claim) for r in refs if r.claim.article_id == "a" for q in r.claim.quantities
                 if q.surface == "310")
    qb, b = next((q, r.claim) for r in refs for q in r.claim.quantities if q.surface == "520")
    return qa, a, qb, b, numeric._Facts(by_article)


def test_b_the_figure_is_one_measure_with_the_rival_it_answers(nlp):
    qa, a, qb, b, facts = _forum_pair(nlp)
    assert numeric._same_measure(qa, a, qb, b, 0.0, facts)


def test_b_fails_without_the_rule(nlp, monkeypatch):
    monkeypatch.setattr(numeric, "_anaphoric_figure", lambda q, claim: False)
    qa, a, qb, b, facts = _forum_pair(nlp)
    assert not numeric._same_measure(qa, a, qb, b, 0.0, facts)


# --- c. two maxima told "up to" ---------------------------------------------------------------

PEAK = "Dunmere Water said the data centre could need up to 2.4 million litres of water a day at peak."
PEAK_RIVAL = "Halvard Compute said the data centre would need up to 700,000 litres of water a day at peak."


def test_c_two_maxima_of_one_peak_are_rivals(nlp):
    assert numeric._told_maximum(_one(nlp, PEAK, "up to 2.4 million")[0])
    assert _numeric(nlp, PEAK, PEAK_RIVAL)


def test_c_fails_without_the_rule(nlp, monkeypatch):
    monkeypatch.setattr(numeric, "_told_maximum", lambda q: False)
    assert not _numeric(nlp, PEAK, PEAK_RIVAL)


def test_c_a_maximum_against_a_plain_figure_stays_at_most(nlp):
    # "up to 2.4 million" allows 700,000 told plainly: only two maxima are read as reached
    assert not numeric._told_maximum(_one(nlp, PEAK_RIVAL.replace("up to ", ""), "700,000")[0])
    assert not _numeric(nlp, PEAK, PEAK_RIVAL.replace("up to ", ""))
