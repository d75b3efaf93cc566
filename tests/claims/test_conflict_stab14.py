"""Rules of the stab14 round (conflict stability): a rejection answers a claim of an
article published after its own only when nothing earlier will do; a later echo does not
take a conflict over. Sentences written for these tests, about none of the
gold cases; each rule has a near miss."""

from datetime import date

from claims.conflicts.common import _BestPerClusterPair, pair_order
from claims.conflicts import find_conflicts
from claims.models import ConflictKind
from claims.rebuttals import judges_a_statement
from tests.claims.test_conflict_round_t11 import _joins
from tests.claims.test_conflict_round_t12 import _disputes
from tests.claims.test_figure_roles import _claims

ESTIMATE = ("The repair of the Weir Lane viaduct will cost more than $70 million, according to a report by the "
            "county's chief engineer, Hanna Roos.")
REJECTION = ("Council leader Tomas Brek said on Friday that the repair of the Weir Lane viaduct would cost $30 "
             "million. Brek rejected the engineer's figure of $70 million as \"wildly inflated\".")
RESTATED = ("The county's chief engineer, Hanna Roos, said on Saturday that the Weir Lane viaduct repair would "
            "cost $70 million and that she stood by her report.")


# --- a rejection answers what was published before it -----------------------------------


def test_a_rejection_answers_a_later_article_only_when_nothing_earlier_is(nlp):
    pairs = _disputes(nlp, (ESTIMATE, "Outlet A", date(2027, 11, 20)), (REJECTION, "Outlet B", date(2027, 11, 21)),
                      (RESTATED, "Outlet C", date(2027, 11, 22)))
    assert _joins(pairs, "more than $70 million", "the engineer's figure")
    assert not _joins(pairs, "would cost $70 million", "the engineer's figure")
    # Near miss: when the restatement is the only figure of that party there is, it is
    # the target (one outlet's report of a rejection often precedes another's of what
    # was rejected).
    pairs = _disputes(nlp, (REJECTION, "Outlet B", date(2027, 11, 21)), (RESTATED, "Outlet C", date(2027, 11, 22)))
    assert _joins(pairs, "would cost $70 million", "the engineer's figure")


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


# The audit's articles (stab14): an auditor's report, a mayor's answer, a spokesman, a councillor.
AUDITOR = (
    'MILLBROOK -- The repair of the Old Quay bridge will cost more than $95 million, according to a '
    "report by the city's chief auditor, Margaret Olsen.\n\nOlsen said the figure was nearly three times "
    'the estimate the council had approved in March. "The council was told a story that simply does not '
    'add up," she said.\n\nMayor Daniel Kovac denied that the council had been misled. "Nobody hid anything'
    ' from anyone," Kovac told reporters on Thursday.\n\nThe bridge has been closed to heavy traffic since '
    'January, when inspectors found cracks in two of its five piers. About 12,000 vehicles crossed it '
    'every day before the closure.'
)
MAYOR = (
    'MILLBROOK -- Mayor Daniel Kovac said on Friday that the repair of the Old Quay bridge would cost $38'
    " million, in line with the budget approved by the council.\n\nKovac rejected the auditor's figure of "
    '$95 million as "wildly inflated" and said it counted work that had never been planned. "That number '
    'is simply wrong," he said.\n\nThe bridge carried about 9,000 vehicles a day before it was closed, '
    "according to the city's transport department.\n\nThe council will vote on the final contract next "
    'month. Talks with the contractor broke down on Wednesday.'
)
SPOKESMAN = (
    'MILLBROOK -- Talks between the city and the contractor were continuing on Thursday, a council '
    'spokesman, Peter Lund, said.\n\nLund said the repair would cost between $40 million and $45 million '
    'and would take 18 months. He denied reports that the contractor had walked away from the deal.'
)
COUNCILLOR = (
    'MILLBROOK -- The council approved a $38 million budget for the bridge in March, said councillor Ivo '
    'Brandt.'
)


# --- readable reasons ----------------------------------------------------------------------


def test_a_figure_compared_by_a_multiple_is_not_judged():
    assert not judges_a_statement("the figure was nearly three times the estimate the council had approved in March")
    assert not judges_a_statement("the union's figure was twice what the council approved")
    assert not judges_a_statement("the figure was a third of the total")
    # Near misses: a multiple that judges, and judgements.
    assert judges_a_statement("the figure was three times too high")
    assert judges_a_statement("the union's figure was nearly meaningless")
    assert judges_a_statement("the estimate was wildly inflated")


def test_the_auditors_comparison_rejects_no_figure(nlp):
    pairs = _disputes(nlp, (AUDITOR, "Harbor Times", date(2026, 11, 20)), (COUNCILLOR, None, None))
    assert not _joins(pairs, "$38 million budget", "nearly three times the estimate")
    # Near miss: the mayor's denial in the same article is still a dispute.
    assert _joins(pairs, "simply does not add up", "the council had been misled")


def test_a_state_said_to_hold_and_not_reads_as_a_sentence(nlp):
    refs = _claims(nlp, "mg", SPOKESMAN, None, date(2026, 11, 22)) + \
        _claims(nlp, "vc", MAYOR, "Valley Courier", date(2026, 11, 21))
    (reason,) = [c.reason for c in find_conflicts(refs) if c.kind is ConflictKind.CONTRADICTION]
    assert reason.startswith("Peter Lund says it is ongoing and Valley Courier (own report) that it is not: ")
    assert "holds" not in reason and '"Talks with the contractor broke down on Wednesday."' in reason
