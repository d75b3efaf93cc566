"""Round r109 (a fact-checker's review of three fresh stories: a bus station moved to a
street-side interchange, a hospice cutting beds, a golf club selling its course): what
would have happened asserts nothing of what did or will ("the boathouse would have been
sold anyway" is no rival of "would not be sold while he was chairman"; "Without the
merger, the society would have folded" denies no merger), and a thing denied only "yet"
("no application had yet been received") is not opposed by a report published later that
it has since been done. Sentences written for these tests, about none of the gold cases;
each rule has a near miss."""

from __future__ import annotations

from datetime import date

from claims.conflicts.contradictions import TIMED_ACT, _counterfactual, _denied_yet, _without_in_counterfactual
from tests.claims.test_conflict_round_c80 import _contradictions

# --- a counterfactual asserts nothing of what happened ----------------------------------

IMAGINED = ('"Without the merger, the rowing society would have folded within a year, and its boathouse would '
            'have been sold anyway, by the bank," said Pellinore Quarley, the society\'s chairman, in Corrander.')
PROMISE = ("Members of the Corrander rowing society said that in 2023 Mr Quarley had told them the boathouse "
           "would not be sold while he was chairman. Only 40% of members backed the merger, they said.")
SOLD = "The boathouse of the Corrander rowing society was sold last month, said Pellinore Quarley, the society's chairman."


def _boathouse(pairs, other):
    return any(any("would not be sold" in t for t in p) and any(other in t for t in p) for p in pairs)


def test_a_counterfactual_sale_opposes_no_promise(nlp):
    pairs = _contradictions(nlp, (IMAGINED, "Corrander Echo", date(2026, 5, 4)),
                            (PROMISE, "Rowing Weekly", date(2026, 5, 9)))
    assert not _boathouse(pairs, "would have been sold")


def test_a_near_miss_a_sale_told_as_done_still_opposes_the_promise(nlp):
    pairs = _contradictions(nlp, (SOLD, "Corrander Echo", date(2026, 5, 4)),
                            (PROMISE, "Rowing Weekly", date(2026, 5, 9)))
    assert _boathouse(pairs, "was sold last month")


def _tokens(text):
    return text.lower().replace(",", "").split()


def test_the_counterfactual_reading():
    told = _tokens("the boathouse would have been sold anyway")
    assert _counterfactual(told, told.index("sold"))
    told = _tokens("the hall could not have closed")
    assert _counterfactual(told, told.index("closed"))
    told = _tokens("without the merger the society would have folded")
    assert _without_in_counterfactual(told, told.index("merger"))
    # Near misses: a future modal, a plain past and a "without" in a plain past.
    for text, word in (("the boathouse would be sold by June", "sold"), ("the boathouse has been sold", "sold"),
                       ("the boathouse was sold without a vote", "vote")):
        told = _tokens(text)
        assert not _counterfactual(told, told.index(word))
        assert not _without_in_counterfactual(told, told.index(word))


# --- "not yet" against a later report that it was done ----------------------------------

NOT_YET = ("The Tolvercombe Bowls Trust will need planning permission from Corrander District Council, and the "
           "council's planning committee chair, Councillor Ashkettle Gorley, said no application had yet been received.")
LODGED = ("The Tolvercombe Bowls Trust has applied to build an indoor green in Corrander. The application, lodged with "
          "Corrander District Council last week, was cut from 600 seats in an earlier draft after talks with council "
          "officers, the trust said.")


def _application(pairs):
    return any(any("no application had yet" in t for t in p) and any("The application, lodged" in t for t in p)
               for p in pairs)


def test_not_yet_is_no_rival_of_a_later_report(nlp):
    pairs = _contradictions(nlp, (NOT_YET, "Corrander Echo", date(2026, 5, 4)),
                            (LODGED, "Bowls Build News", date(2026, 7, 9)))
    assert not _application(pairs)


def test_a_near_miss_not_yet_told_after_the_report_still_opposes(nlp):
    # The report that it was lodged came first: the later "not yet" contradicts it.
    pairs = _contradictions(nlp, (NOT_YET, "Corrander Echo", date(2026, 5, 4)),
                            (LODGED, "Bowls Build News", date(2026, 4, 20)))
    assert _application(pairs)


def test_the_denied_yet_reading():
    told = _tokens("no application had yet been received")
    assert _denied_yet(told, told.index("application"))
    told = _tokens("the plans had not yet been lodged")
    assert _denied_yet(told, told.index("lodged"))
    # Near misses: a plain denial, and "yet" far from the negation.
    told = _tokens("no application had been received")
    assert not _denied_yet(told, told.index("application"))
    told = _tokens("no application was received from the trust which has yet to decide")
    assert not _denied_yet(told, told.index("application"))


def test_a_near_miss_a_report_days_later_still_opposes(nlp):
    # Five days on, the same state may be told late: not read as a later state.
    pairs = _contradictions(nlp, (NOT_YET, "Corrander Echo", date(2026, 5, 4)),
                            (LODGED, "Bowls Build News", date(2026, 5, 9)))
    assert _application(pairs)


def test_a_report_naming_when_the_act_was_done():
    assert TIMED_ACT.search("the company said the leak was under control by nine o'clock")
    assert TIMED_ACT.search("the plans were lodged on 3 June")
    assert not TIMED_ACT.search("The application, lodged with the council last week, was cut from 600 seats")
