"""Round k101 of clustering: a whole share that is not round ("94%", "31 percent") is a
telling figure, so two outlets retelling it in other words link at the measure bar; round
shares ("40%", "25%") still decide nothing. Examples are written for the purpose."""

from __future__ import annotations

from claims.clustering import _measure_keys, _telling_figure, cluster_claims
from claims.quantities import find_quantities
from tests.claims.test_clustering import claim, figure


def together(nlp, a: str, b: str) -> bool:
    claims = [claim(t, f"k101-{side}", find_quantities(nlp(t))) for side, t in (("a", a), ("b", b))]
    return len(cluster_claims(claims)) == 2


def test_a_whole_share_that_is_not_round_tells():
    assert _telling_figure(73, "percent")
    assert _telling_figure(8, "percent")
    assert not _telling_figure(40, "percent")
    assert not _telling_figure(25, "percent")
    one = claim("Turnout was 73%.", quantities=[figure("73%", 73, "turnout", "percent")])
    assert ("percent", None, "=73.0") in _measure_keys(one)


def test_one_share_retold_in_other_words_links(nlp):
    # (0.32 and 0.35 on wording: under the word bar of 0.40, over the measure bar of 0.30)
    assert together(nlp, "Gas bills will climb 7% in March, the regulator said.",
                    "Household heating costs are set to go up 7% from March.")
    assert together(nlp, "Dock workers voted by 93% to walk out.",
                    "Some 93% of port staff backed industrial action.")


def test_round_share_near_miss_stays_apart(nlp):
    assert not together(nlp, "A survey found 40% of commuters back the new toll.",
                        "About 40% of the toll road's budget has been spent, commuters were told.")


def test_irregular_verb_forms_fold_to_one_token():
    from claims.clustering import _canonical
    assert _canonical("stole") == _canonical("stealing") == _canonical("stolen")
    assert _canonical("broke") == _canonical("breaking")
    assert _canonical("took") == _canonical("taking")
    assert _canonical("ran") == _canonical("running")


def test_a_claim_retold_in_another_tense_links(nlp):
    # 0.39 with "broke" and "breaking" apart, 0.51 with them one token
    assert together(nlp, "Strikers broke through the picket line at dawn.",
                    "Workers were seen breaking the picket line early in the morning.")
