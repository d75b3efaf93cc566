"""Round n89, numeric recall on development misses: a figure corrected with "not" whose rival
is (a) told by a party named by name after it ("not the 740 Kestrelway had reported": the
name was read as a measure word and the figure dropped), or (b) named at the rival's very
value while the two measures share no word ("the offer was worth 3.1%, not 6.4%" / "has
offered a rise of 6.4%"; "the backlog was 19,400, not the 12,800 the council reported" /
the council's "12,800 potholes"): the two claims were never looked up together, and the
named figure had to share a measure stem with the told one. Sentences written for these
tests, not the gold."""

from __future__ import annotations

from datetime import date

import claims.conflicts.numeric as numeric
from claims.conflicts.numeric import _replaced_figure
from tests.claims.test_figure_roles import _claims, _numeric

MAY, SEPTEMBER = date(2026, 5, 12), date(2026, 9, 15)
LEAD = "Passengers on the Tarrow Valley line have faced months of disruption. "


def _named(nlp, text, surface):
    refs = _claims(nlp, "a", LEAD + text, "Outlet A")
    siblings = [(q, r.claim) for r in refs for q in r.claim.quantities]
    for ref in refs:
        for q in ref.claim.quantities:
            if q.surface.startswith(surface):
                return _replaced_figure(q, ref.claim, [(o, c) for o, c in siblings if c is not ref.claim])
    raise AssertionError(surface)


# --- a. a teller named by name after the replaced figure -------------------------------------

TRAINS = LEAD + "Kestrelway said 740 trains had been cancelled between March and May."
TRAINS_AUDIT = LEAD + ("The rail regulator found that 1,120 trains were cancelled between March and May, "
                       "not the 740 Kestrelway had reported.")


def test_a_a_figure_told_by_a_named_party_is_replaced(nlp):
    n = _named(nlp, TRAINS_AUDIT[len(LEAD):], "1,120")
    assert n is not None and n.value == 740
    assert _numeric(nlp, TRAINS, TRAINS_AUDIT, MAY, SEPTEMBER)


def test_a_fails_without_the_named_teller(nlp, monkeypatch):
    monkeypatch.setattr(numeric, "_told_by_name", lambda claim, after: False)
    assert _named(nlp, TRAINS_AUDIT[len(LEAD):], "1,120") is None
    assert not _numeric(nlp, TRAINS, TRAINS_AUDIT, MAY, SEPTEMBER)


def test_a_a_name_without_a_verb_of_telling_names_no_replaced_figure(nlp):
    # "not the 740 Kestrelway needs": a threshold of the name's, not a figure it gave
    assert _named(nlp, "The regulator found that 1,120 drivers were needed, not the 740 Kestrelway employs.",
                  "1,120") is None


# --- b. a named figure at the rival's value, measures worded apart ---------------------------

OFFER = LEAD + "Kestrelway has offered its drivers a rise of 6.4% over two years."
OFFER_UNION = LEAD + ("The drivers' union said the offer was worth 3.1%, not 6.4%, once cuts to overtime "
                      "were taken into account.")
BACKLOG = LEAD + "Tarrow County Council said it had 12,800 potholes waiting to be repaired."
BACKLOG_OMBUDSMAN = LEAD + "The ombudsman said the backlog was 19,400, not the 12,800 the council reported."


def _pair(nlp, a_text, a_surface, b_text, b_surface):
    """The figure a_surface of a_text's claim and b_surface of b_text's, with their claims."""
    def one(article, text, surface):
        for ref in _claims(nlp, article, text, f"Outlet {article}"):
            for q in ref.claim.quantities:
                if q.surface.startswith(surface):
                    return q, ref.claim
        raise AssertionError(surface)
    return (*one("a", a_text, a_surface), *one("b", b_text, b_surface))


def _replaces(nlp, a_text, a_surface, b_text, b_surface):
    qa, a, qb, b = _pair(nlp, a_text, a_surface, b_text, b_surface)
    return numeric._names_replaced(qa, a, qb, b, numeric._Facts())


def test_b_a_bare_named_share_is_the_offer_it_corrects(nlp):
    # "offer" / "offered": a word of neither party ties the union's "not 6.4%" to the offer
    assert _replaces(nlp, OFFER_UNION, "3.1%", OFFER, "6.4%")


def test_b_a_named_figure_told_by_the_other_speaker_is_its_figure(nlp):
    assert _replaces(nlp, BACKLOG_OMBUDSMAN, "19,400", BACKLOG, "12,800")
    assert _numeric(nlp, BACKLOG, BACKLOG_OMBUDSMAN)


def test_b_fails_without_the_tie(nlp, monkeypatch):
    monkeypatch.setattr(numeric, "_replaced_tied", lambda n, a, qb, b, facts: False)
    assert not _replaces(nlp, OFFER_UNION, "3.1%", OFFER, "6.4%")
    assert not _replaces(nlp, BACKLOG_OMBUDSMAN, "19,400", BACKLOG, "12,800")


def test_b_both_claims_are_looked_up_by_the_named_value(nlp):
    qa, a, qb, b = _pair(nlp, OFFER_UNION, "3.1%", OFFER, "6.4%")
    facts = numeric._Facts()
    named = frozenset(k for q in a.quantities if (n := facts.replaced(q, a)) is not None
                      and (k := numeric._named_key(n)))
    assert named and numeric._named_keys(a, facts, named) & numeric._named_keys(b, facts, named)


def test_b_the_same_value_of_another_thing_is_not_tied(nlp):
    # the rival's 6.4% shares no word with the union's claim but its party's: not the offer
    late = LEAD + "Kestrelway said 6.4% of its trains ran late in August."
    assert not _replaces(nlp, OFFER_UNION, "3.1%", late, "6.4%")


def test_b_a_value_of_one_digit_is_not_tied_by_a_shared_word(nlp):
    # "not 6%" is a value any two shares of a story may have
    union = LEAD + "The drivers' union said the offer was worth 3%, not 6%, once cuts to overtime were counted."
    offer = LEAD + "Kestrelway has offered its drivers a rise of 6% over two years."
    assert not _replaces(nlp, union, "3%", offer, "6%")


def test_b_another_teller_than_the_speaker_does_not_tie(nlp):
    other = LEAD + "Tarrow County Council said it had 12,800 drivers on its books."
    ombudsman = LEAD + "The ombudsman said the backlog was 19,400, not the 12,800 the regulator reported."
    assert not _replaces(nlp, ombudsman, "19,400", other, "12,800")


def test_b_a_nearby_value_is_not_tied(nlp):
    # "the 97.4% the company had claimed" is not "the 97% its contract requires"
    review = LEAD + ("The review found Kestrelway ran 92% of its scheduled trains, against the 97.4% the "
                     "company had claimed.")
    floor = LEAD + "The regulator said Kestrelway had run 94% of its scheduled trains, below the 97% its contract requires."
    assert not _replaces(nlp, review, "92%", floor, "97%")
