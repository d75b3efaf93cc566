"""Round t22 (rejections whose target is ambiguous or in another outlet's article):
docs/conflicts.md, "Added in round t22". Sentences written for these tests, about none of
the gold cases; each has a near miss."""

from datetime import date
from types import SimpleNamespace

from claims.conflicts.disputes import _near_rival

from tests.claims.test_conflict_round_t11 import _joins
from tests.claims.test_conflict_round_t12 import _disputes


# --- a rejected figure naming what it counts: the story's figure naming it ---------------


def test_a_named_estimate_answers_another_outlets_figure_not_the_nearest_one(nlp):
    claim = ("The closure of the Wendle bridge will cost riverside traders 12,000 customers over the summer, "
             "the chamber of commerce said on Monday.")
    rejection = ("The Wendle bridge will stay closed until September for repairs. Engineer Tomas Brill, who has "
                 "inspected the bridge for fifteen years, said the repairs were overdue. The county council called "
                 "the customers estimate of the riverside traders an exaggeration.")
    pairs = _disputes(nlp, (claim, "Outlet A", date(2027, 6, 7)), (rejection, "Outlet B", date(2027, 6, 8)))
    assert _joins(pairs, "12,000 customers", "the customers estimate")
    # Near miss: the nearer figure of the rejection's own article counts years of work,
    # nothing the estimate is said to count.
    assert not _joins(pairs, "fifteen years", "the customers estimate")


def test_an_estimate_naming_nothing_counted_still_takes_the_nearest_figure(nlp):
    claim = ("The closure of the Wendle bridge will cost riverside traders 12,000 customers over the summer, "
             "the chamber of commerce said on Monday.")
    rejection = ("The chamber's survey found that 40 shops expected to lay off staff, its director Ana Pell said. "
                 "The county council called that estimate an exaggeration.")
    pairs = _disputes(nlp, (claim, "Outlet A", date(2027, 6, 7)), (rejection, "Outlet B", date(2027, 6, 8)))
    # Near miss: "that estimate" names nothing counted; it points at the figure just
    # given in its own article, not at another outlet's.
    assert _joins(pairs, "40 shops", "that estimate")
    assert not _joins(pairs, "12,000 customers", "that estimate")


# --- a singular rejection the evidence cannot pin to one claim: both ----------------------


def test_a_runner_up_within_near_score_is_answered_too_at_its_own_score():
    chosen, close, far = (SimpleNamespace(index=n) for n in (1, 2, 3))
    assert _near_rival(chosen, 0.80, "the claim of", [(close, 0.79), (far, 0.78)]) == [(close, "the claim of", 0.79)]
    # A runner-up ranked below an earlier claim of the rejection's own article but
    # sharing more with it scores above the chosen one: answered too.
    assert _near_rival(chosen, 0.70, "the figure of", [(close, 0.76)]) == [(close, "the figure of", 0.76)]
    # Near miss: a runner-up clearly behind is not answered; nor the chosen one twice.
    assert _near_rival(chosen, 0.80, "the claim of", [(close, 0.77)]) == []
    assert _near_rival(chosen, 0.80, "the claim of", [(chosen, 0.80)]) == []
    # Near miss: a runner-up of an article telling less of the rejection's story (round
    # t12's other fair's organisers) is not answered, however near its score.
    told = {1: 0.6, 2: 0.2}
    assert _near_rival(chosen, 0.80, "the claim of", [(close, 0.80)], lambda j: told[j.index]) == []


def test_a_rejected_estimate_answers_only_the_figure_it_clearly_shares_most_with(nlp):
    claim = ("Frost on Tuesday night destroyed up to 60% of the apple blossom in the Harl valley, the growers' "
             "cooperative said. The cooperative said losses for its members could reach £3 million this year.")
    rejection = ("Frost damage to the apple blossom in the Harl valley was less severe than feared, the regional farming "
                 "office said on Wednesday. The office said the cooperative's estimate was exaggerated, since many "
                 "buds had survived the frost.")
    pairs = _disputes(nlp, (claim, "Outlet A", date(2027, 4, 14)), (rejection, "Outlet B", date(2027, 4, 15)))
    assert _joins(pairs, "up to 60% of the apple blossom", "the cooperative's estimate")
    # Near miss: the owner's other figure shares far less with the rejection (no frost,
    # no blossom): the evidence tells them apart, so it is not answered.
    assert not _joins(pairs, "could reach £3 million", "the cooperative's estimate")
