"""Round n78, numeric recall: a later review names the figure it replaces in two more
wordings that p62/n72's `_replaced_figure` did not read: (a) the teller is "its" and a few
words ("not the 2p its finance director had given"), (b) the cue is "against" and a telling
clause follows ("five days, against the 48 hours it had promised"), (c) the named figure
is in another unit of one dimension (days, hours), (d) a whole the figure is counted from
stands between ("3,050 books were missing from the library of about 260,000, not the 2,600
the council reported"). Months
apart, such pairs were held apart as two time frames. Sentences written for these tests,
not the gold."""

from __future__ import annotations


import claims.conflicts.numeric as numeric
from tests.claims.test_conflict_round_n77 import _later
from tests.claims.test_conflict_round_n77 import _named as _named_after_lead

LEAD = "The county's bus operator has faced questions over its accounts. "

MARGIN = LEAD + "Mr Okafor said the operator keeps about 2p in every pound of fares."
MARGIN_REVIEW = LEAD + ("The inquiry found that the operator kept 4.5p in every pound of fares last year, not the 2p "
                        "its finance director had given.")

REPAIRS = LEAD + "The operator said it repaired broken shelters in 48 hours."
REPAIRS_AUDIT = LEAD + ("The audit also found that the operator took five days to repair a broken shelter, against "
                        "the 48 hours it had promised.")


def _named(nlp, text, surface):
    return _named_after_lead(nlp, text, surface, LEAD)


# --- a. "its" and a teller ----------------------------------------------------------------


def test_a_its_teller_names_the_replaced_figure(nlp):
    n = _named(nlp, "The inquiry found that the operator kept 4.5p in every pound of fares last year, not the 2p "
               "its finance director had given.", "4.5p")
    assert n is not None and n.surface.startswith("2p")


def test_a_its_teller_months_later(nlp):
    assert _later(nlp, MARGIN, MARGIN_REVIEW)


def test_a_fails_without_the_rule(nlp, monkeypatch):
    old = numeric.PRONOUN_TOLD
    monkeypatch.setattr(numeric, "PRONOUN_TOLD", numeric.re.compile(old.pattern.replace(
        r"|its\s+(?:[A-Za-z][\w'’-]*\s+){1,3}?", ""), old.flags))
    assert _named(nlp, "The inquiry found that the operator kept 4.5p in every pound of fares last year, not the 2p "
                  "its finance director had given.", "4.5p") is None
    assert not _later(nlp, MARGIN, MARGIN_REVIEW)


def test_a_the_speakers_own_its_is_not_read(nlp):
    # the operator correcting its own director: no other party named before the figure
    assert _named(nlp, "The operator said it kept 4.5p in every pound of fares last year, not the 2p its finance "
                  "director had given.", "4.5p") is None
    # "its" without a verb of telling is not a teller
    assert _named(nlp, "The inquiry found that the operator kept 4.5p in every pound of fares last year, not the 2p "
                  "its rivals keep.", "4.5p") is None


# --- b. "against" and a telling clause ------------------------------------------------------


def test_b_against_a_promised_figure(nlp):
    n = _named(nlp, "The audit also found that the operator took an average of five days to repair a broken shelter, "
               "against the 48 hours it had promised.", "an average of five days")
    assert n is not None and n.surface.startswith("48 hours")


def test_b_against_a_promised_figure_months_later(nlp):
    assert _later(nlp, REPAIRS, REPAIRS_AUDIT)


def test_b_fails_without_the_rule(nlp, monkeypatch):
    old = numeric.REPLACED_BEFORE
    monkeypatch.setattr(numeric, "REPLACED_BEFORE", numeric.re.compile(old.pattern.replace("|(?P<against>against)", "|(?P<against>(?!))"), old.flags))
    assert _named(nlp, "The audit also found that the operator took an average of five days to repair a broken shelter, "
                  "against the 48 hours it had promised.", "an average of five days") is None
    assert not _later(nlp, REPAIRS, REPAIRS_AUDIT)


def test_b_a_figure_of_another_dimension_is_not_read(nlp):
    # "five days, against the 48 shelters it had promised": a count, not a time
    assert _named(nlp, "The audit also found that the operator took five days to repair a broken shelter, against the "
                  "48 shelters it had promised.", "five days") is None


def test_b_against_a_figure_of_another_year_is_not_replaced(nlp):
    assert _named(nlp, "The audit found that late buses rose to 14% last year, against 9% in 2024.", "14%") is None
    assert _named(nlp, "The audit found that late buses rose to 14% last year, against the 9% of the year before.",
                  "14%") is None


# --- c. a named figure of the same dimension in another unit ----------------------------------


def test_c_another_unit_of_one_dimension_is_read(nlp):
    n = _named(nlp, "The audit found that the operator took five days to repair a shelter, not the 48 hours it had "
               "reported.", "five days")
    assert n is not None and n.surface.startswith("48 hours")


def test_c_fails_without_the_rule(nlp, monkeypatch):
    monkeypatch.setattr(numeric, "_converted", lambda qa, qb: None)
    assert _named(nlp, "The audit found that the operator took five days to repair a shelter, not the 48 hours it had "
                  "reported.", "five days") is None


# --- d. a whole the figure is counted from stands between ----------------------------------

BOOKS = LEAD + "The council said 2,600 books were missing from the county library."
BOOKS_REVIEW = LEAD + ("The review found that 3,050 books were missing from the library of about 260,000, not the "
                       "2,600 the council reported in May.")


def test_d_a_whole_between(nlp):
    n = _named(nlp, BOOKS_REVIEW[len(LEAD):], "3,050")
    assert n is not None and n.value == 2600
    assert _later(nlp, BOOKS, BOOKS_REVIEW)


def test_d_fails_without_the_rule(nlp, monkeypatch):
    monkeypatch.setattr(numeric, "_whole_between", lambda m, n, q, claim: False)
    assert _named(nlp, BOOKS_REVIEW[len(LEAD):], "3,050") is None
    assert not _later(nlp, BOOKS, BOOKS_REVIEW)


def test_d_a_figure_naming_the_wholes_is_left_to_it(nlp):
    # 250,000 is nearer the library's 260,000 than the 3,050 missing: it replaces the whole
    assert _named(nlp, "The review found that 3,050 books were missing from the library of about 260,000, not the "
                  "250,000 the council reported in May.", "3,050") is None
