"""Round r98: judged-false contradiction pairs of the thirty-third fresh-article review,
by family. Sentences written for these tests, not the gold.

a. A thing denied with a plain "no" before its act ("no rooms had been closed at the
   hotel") met only by a count of the whole stock of it, given after a verb of possession
   ("the group has 2,300 rooms", "which has 180 rooms", "has 40 staff and 95 rooms"), that
   does not tell the act, is no contradiction (`contradictions._stock_count_untold`). A
   count of the act ("14 rooms had been closed"), a stock whose claim tells the act, and a
   denial of existence still oppose."""

from __future__ import annotations

from tests.claims.test_figure_roles import _contradictions


HOTEL = "The Marlowe hotel group has been sold to a rival after months of losses at its coastal sites. "


# --- a. a stock of the thing against a denial of an act done to it --------------------------------

def test_a_a_stock_after_has_is_no_count_of_the_act(nlp):
    a = HOTEL + "The chief executive said no rooms had been closed at the Bexmoor hotel since the sale."
    b = HOTEL + "The group has 2,300 rooms across 31 hotels, according to its accounts."
    assert not _contradictions(nlp, a, b)


def test_a_a_stock_in_a_relative_clause(nlp):
    a = HOTEL + "The chief executive said no rooms had been closed at the Bexmoor hotel since the sale."
    b = HOTEL + "The Bexmoor hotel, which has 180 rooms, will be refurbished next winter, the group said."
    assert not _contradictions(nlp, a, b)


def test_a_a_count_listed_after_a_stock(nlp):
    a = HOTEL + "The manager said no porter would be made redundant under the new owners."
    b = HOTEL + "The Bexmoor hotel has 95 rooms and 12 porters, the group said."
    assert not _contradictions(nlp, a, b)


def test_a_a_count_of_the_act_still_opposes(nlp):
    # near miss: the count tells the closing itself
    a = HOTEL + "The chief executive said no rooms had been closed at the Bexmoor hotel since the sale."
    b = HOTEL + "Staff said 14 rooms had been closed at the Bexmoor hotel since the sale."
    assert _contradictions(nlp, a, b)


def test_a_stock_count_reads_possession_and_lists():
    from claims.conflicts.contradictions import _stock_count
    from claims.models import Quantity
    def q(surface):
        return Quantity(surface=surface, start_char=0, end_char=len(surface), value=1.0, unit="count")
    assert _stock_count(q("180"), "The hotel, which has 180 rooms, will close")
    assert _stock_count(q("12"), "The hotel has 95 rooms and 12 porters")
    assert not _stock_count(q("14"), "Staff said 14 rooms had been closed")
    assert not _stock_count(q("11"), "The hotel has risen to 11 rooms")


# --- b. a figure set against another's, its teller named by name ---------------------------------
# b. A figure naming the rival figure it replaces, with the rival's teller named by name and
#    a verb of telling in the present ("not the 1,500 that Skimra reports") or after
#    "against" ("against the 22% Skimra had reported"), meets that teller's figure across
#    the articles' time frames (`numeric._replaced_figure`, `NAMED_TELLER`). A figure set
#    beside it with no teller ("against 3% in 2024") is still no replaced one.

def _replaced(nlp, text):
    from claims.conflicts.numeric import _replaced_figure
    from tests.claims.test_figure_roles import _figures
    q, claim = _figures(nlp, text)[0]
    return _replaced_figure(q, claim)


def test_b_a_present_tense_teller_names_the_replaced_figure(nlp):
    n = _replaced(nlp, "The council said 1,900 bikes are now on the city's streets, not the 1,400 that Velora reports.")
    assert n is not None and n.value == 1400


def test_b_against_with_a_named_teller_names_the_replaced_figure(nlp):
    n = _replaced(nlp, "The audit found that 17% of rides replaced a bus journey, against the 25% Velora had reported.")
    assert n is not None and n.value == 25


def test_b_against_with_no_teller_is_no_replaced_figure(nlp):
    # near miss: a year's figure set beside it
    assert _replaced(nlp, "The audit found that 17% of rides replaced a bus journey, against 25% in 2024.") is None
