"""Round q88, numeric recall on fresh text: a figure corrected with "not" whose rival is
named bare. r87's review met "171 million litres a day, 'not 132'", "164 million ..., not the
132 million the company reported", "161 litres ..., not the 152", "17 routes ..., not the 26"
and found them missed because (a) a quote mark stood between the comma and "not", and a bare
"not 132" dropped the "million" of the figure it corrects (its value was 132); (b) the named
figure's measure had to share a stem with the told one's ("leakage" / "loses ... through
leaking pipes"), and no shared word looked the two claims up; (c) a correction within the
told figure's rounding ("161, not the 152") was read as overlapping; (d) an average named
against the figure it replaces ("an average of 17 routes, not the 26") was held apart as an
average against one value. Sentences written for these tests, not the gold."""

from __future__ import annotations

from datetime import date

import claims.conflicts.numeric as numeric
from claims.conflicts.numeric import _in_replacers_scale, _replaced_figure
from tests.claims.test_figure_roles import _claims, _numeric

MAY, SEPTEMBER = date(2026, 5, 12), date(2026, 9, 15)
LEAD = "The canal trust has faced questions over its spending on the towpaths. "

SPILL = LEAD + "The trust says it loses 84 million litres a day through cracked sluice gates."
SPILL_CAMPAIGN = LEAD + ("A boaters' group said the trust's own accounts showed wastage of 97 million litres a day, "
                         "\"not 84\", and that the gates should have been mended years ago.")
SPILL_AUDIT = LEAD + ("The inspector said wastage had been 93 million litres a day last year, not the 84 million the "
                      "trust reported.")

USE = LEAD + "The trust said its boats burn an average of 236 litres per trip per week."
USE_AUDIT = LEAD + "The inspector's figures show that boats burned 249 litres per trip per week, not the 236 the trust has given."

LOCKS = LEAD + "The trust now says it will open 31 locks on holiday weekends."
LOCKS_AUDIT = LEAD + ("Figures gathered by the boaters' group show the trust opened an average of 19 locks on holiday "
                      "weekends, not the 31 the trust had promised.")


def _later(nlp, early, late):
    return _numeric(nlp, early, late, MAY, SEPTEMBER)


def _named(nlp, text, surface):
    for ref in _claims(nlp, "a", LEAD + text, "Outlet A"):
        for q in ref.claim.quantities:
            if q.surface.startswith(surface):
                return _replaced_figure(q, ref.claim)
    raise AssertionError(surface)


# --- a. a quoted bare figure takes the corrected figure's scale ----------------------------


def test_a_a_quoted_bare_figure_is_named_in_the_correctors_scale(nlp):
    n = _named(nlp, SPILL_CAMPAIGN[len(LEAD):], "97 million")
    assert n is not None and n.value == 84e6 and n.unit == "liter" and n.per == "day"
    assert _later(nlp, SPILL, SPILL_CAMPAIGN)


def test_a_fails_without_the_scale(nlp, monkeypatch):
    monkeypatch.setattr(numeric, "_in_replacers_scale", lambda n, q: None)
    assert not _later(nlp, SPILL, SPILL_CAMPAIGN)


def test_a_fails_without_the_quote_mark(nlp, monkeypatch):
    monkeypatch.setattr(numeric, "REPLACED_BEFORE", numeric.re.compile(
        numeric.REPLACED_BEFORE.pattern.replace("[\\\"“‘']?", ""), numeric.re.IGNORECASE))
    assert not _later(nlp, SPILL, SPILL_CAMPAIGN)


def test_a_a_number_of_another_order_keeps_its_own_scale(nlp):
    # "2.4 million, not 300,000": 300,000 is no number of millions
    n = _named(nlp, "The group said 2.4 million litres a day were lost, not 300,000.", "2.4 million")
    assert n is None or n.value == 300_000
    q = _named(nlp, "The group said 2.4 million litres a day were lost, not 300,000.", "2.4 million")
    assert q is None or _in_replacers_scale(q, q) is None


# --- b. the replaced figure's measure is the corrector's ------------------------------------


def test_b_a_named_figure_in_a_unit_and_rate_meets_the_told_one(nlp):
    assert _later(nlp, SPILL, SPILL_AUDIT)


def test_b_fails_without_the_rule(nlp, monkeypatch):
    monkeypatch.setattr(numeric, "_one_figure_in_unit", lambda *args: False)
    monkeypatch.setattr(numeric, "_told_keys", lambda c, facts: frozenset())
    # (n89) "the 84 million the trust reported" is also tied by its teller, the other's speaker
    # (`_replaced_tied`, looked up by `_named_keys`): without those too, q88's rule is the one
    monkeypatch.setattr(numeric, "_replaced_tied", lambda n, a, qb, b, facts: False)
    monkeypatch.setattr(numeric, "_named_keys", lambda c, facts, named: frozenset())
    assert not _later(nlp, SPILL, SPILL_AUDIT)


def test_b_another_value_is_not_the_named_figure(nlp):
    # the trust's 86 million is not "the 84 million the trust reported"
    assert not _later(nlp, SPILL.replace("84 million", "86 million"), SPILL_AUDIT.replace(" last year", ""))


# --- c. a correction within the told figure's rounding --------------------------------------


def test_c_a_named_figure_close_to_the_correction_conflicts(nlp):
    assert _later(nlp, USE, USE_AUDIT)


def test_c_fails_without_the_rule(nlp, monkeypatch):
    monkeypatch.setattr(numeric, "_names_replaced_either", lambda *args: False)
    assert not _later(nlp, USE, USE_AUDIT)


# --- d. an average named against the figure it replaces -------------------------------------


def test_d_an_average_against_the_named_figure_conflicts(nlp):
    assert _later(nlp, LOCKS, LOCKS_AUDIT)


def test_d_an_average_not_naming_it_stays_apart(nlp):
    assert not _later(nlp, LOCKS, LOCKS_AUDIT.replace(", not the 31 the trust had promised", ""))


# --- near misses ------------------------------------------------------------------------------


def test_near_misses_name_no_replaced_figure(nlp):
    assert _named(nlp, "The inspector said not 12 but 14 of the 20 locks had been repaired.", "14") is None
    assert _named(nlp, "The trust said 31 locks had closed, not the first time it had shut them.", "31") is None
    assert _named(nlp, "The trust announced a cut of 5%, not a rise, in its mooring fees.", "5%") is None


def test_near_misses_do_not_conflict(nlp):
    told = LEAD + "The trust said 12 of the 20 locks had been repaired by the spring."
    assert not _later(nlp, told, LEAD + "The inspector said not 12 but 14 of the 20 locks had been repaired.")
    assert not _later(nlp, LEAD + "The trust announced a rise of 5% in its mooring fees.",
                      LEAD + "The trust announced a cut of 5%, not a rise, in its mooring fees.")


def test_d_fails_without_the_named_figure(nlp, monkeypatch):
    monkeypatch.setattr(numeric, "_names_replaced_either", lambda *args: False)
    assert not _later(nlp, LOCKS, LOCKS_AUDIT)
