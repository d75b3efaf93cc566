"""Rules of the stab14 round (conflict stability): a rejection never answers a claim of
an article published after its own. Sentences written for these tests, about none of the
gold cases; each rule has a near miss."""

from datetime import date

from claims.conflicts import _BestPerClusterPair, find_conflicts, pair_order
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


# --- a later echo does not take a conflict over -------------------------------------------


class _OneStory:
    """Every article tells one story."""

    def related(self, article_id, floor):
        return ["harbor", "gazette", "river"]


def _kept(*offers):
    best = _BestPerClusterPair(_OneStory(), 0.5)
    for conflict_id, score, *sides in offers:
        best.offer(("numeric", "c1", "c2"), tuple(a for a, _ in sides), score, pair_order(conflict_id, *sides),
                   conflict_id)
    return best.values()


def test_a_later_echo_does_not_take_a_conflict_over():
    # (stab14 audit) The report against the spokesman (20 and 22 November), then another
    # outlet restating the report's figure on the 22nd, scoring a few thousandths higher
    # as the store grew: the conflict found first stays, whatever the hashes of the ids
    # and whatever order the pairs come in.
    first = ("ff", 0.7342, ("harbor", date(2026, 11, 20)), ("gazette", date(2026, 11, 22)))
    echo = ("00", 0.7361, ("river", date(2026, 11, 22)), ("gazette", date(2026, 11, 22)))
    assert _kept(first, echo) == _kept(echo, first) == ["ff"]
    # Near miss: clearly stronger evidence wins, however late.
    stronger = ("00", 0.78, ("river", date(2026, 11, 22)), ("gazette", date(2026, 11, 22)))
    assert _kept(first, stronger) == _kept(stronger, first) == ["00"]
    # Undated articles come after dated ones.
    undated = ("00", 0.7342, ("river", None), ("gazette", date(2026, 11, 22)))
    assert _kept(undated, first) == ["ff"]
