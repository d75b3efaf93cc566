"""Rules of the stab14 round (conflict stability): a rejection never answers a claim of
an article published after its own. Sentences written for these tests, about none of the
gold cases; each rule has a near miss."""

from datetime import date

from claims.conflicts import find_conflicts
from claims.models import ConflictKind
from tests.claims.test_conflict_round_t11 import _joins
from tests.claims.test_figure_roles import _claims

ESTIMATE = ("The repair of the Weir Lane viaduct will cost more than $70 million, according to a report by the "
            "county's chief engineer, Hanna Roos.")
REJECTION = ("Council leader Tomas Brek said on Friday that the repair of the Weir Lane viaduct would cost $30 "
             "million. Brek rejected the engineer's figure of $70 million as \"wildly inflated\".")
RESTATED = ("The county's chief engineer, Hanna Roos, said on Saturday that the Weir Lane viaduct repair would "
            "cost $70 million and that she stood by her report.")


def _disputes(nlp, *articles):
    """The dispute pairs found in the articles, given as (text, outlet, day)."""
    refs = []
    for n, (text, outlet, day) in enumerate(articles):
        refs += _claims(nlp, "abcdefgh"[n], text, outlet, day)
    by_id = {r.claim.claim_id: r.claim for r in refs}
    return [(by_id[c.claim_a].text, by_id[c.claim_b].text) for c in find_conflicts(refs)
            if c.kind is ConflictKind.DISPUTE]


# --- a rejection answers what was published before it -----------------------------------


def test_a_rejection_does_not_answer_a_later_article(nlp):
    pairs = _disputes(nlp, (ESTIMATE, "Outlet A", date(2027, 11, 20)), (REJECTION, "Outlet B", date(2027, 11, 21)),
                      (RESTATED, "Outlet C", date(2027, 11, 22)))
    assert _joins(pairs, "more than $70 million", "the engineer's figure")
    # A restatement published the day after the rejection is not what it answered, even
    # when it is the only figure of that party there is.
    pairs = _disputes(nlp, (REJECTION, "Outlet B", date(2027, 11, 21)), (RESTATED, "Outlet C", date(2027, 11, 22)))
    assert not _joins(pairs, "would cost $70 million", "the engineer's figure")


def test_a_rejection_answers_the_same_days_or_an_undated_article(nlp):
    # Near misses: the same day (the order within a day is unknown), or no date.
    for day in (date(2027, 11, 21), None):
        pairs = _disputes(nlp, (REJECTION, "Outlet B", date(2027, 11, 21)), (RESTATED, "Outlet C", day))
        assert _joins(pairs, "would cost $70 million", "the engineer's figure"), day
