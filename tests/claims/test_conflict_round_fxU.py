"""Round fxU: a stoppage's length told as "will close for 14 weeks" and as "the closure
would last at least six months" is one measure (claims/data/conflict_measure_synonyms_fxU.txt),
its units converted (months against weeks); "closed" said of a share price frames no
closure. Sentences written for these tests."""

from claims.conflicts.numeric import _frame
from tests.claims.test_figure_roles import _figure, _numeric


def test_closure_told_in_months_meets_a_close_told_in_weeks(nlp):
    a = "The Dunmore rail bridge will close for 14 weeks from 6 April for repairs to its deck, the network operator said."
    b = "Hauliers said the Dunmore closure would last at least six months."
    assert _numeric(nlp, a, b)
    # Near miss: a closure told in weeks that the months hold is no conflict.
    b = "Hauliers said the Dunmore closure would last about three months."
    assert not _numeric(nlp, a, b)


def test_a_share_price_closing_down_frames_no_closure(nlp):
    q, claim = _figure(nlp, "Shares in Pellam Foods closed down 6.1% on Thursday, the exchange said.", "6.1%")
    assert not any(s.startswith("clos") or s.startswith("shut") for s in _frame(q, claim))
    # Near miss: a length of time after "closed" still fills the closure's frame.
    q, claim = _figure(nlp, "The Dunmore rail bridge was closed for 14 weeks, the operator said.", "14 weeks")
    assert any(s.startswith("shut") for s in _frame(q, claim))
