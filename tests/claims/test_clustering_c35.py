"""Round c35 of clustering: one specific figure in one unit, retold by two outlets in other
words ("$65 million" / "$65m", "8.4%" / "8.4 percent"), links at the measure bar. Examples
are written for the purpose."""

from __future__ import annotations

from claims.clustering import _measure_keys, _telling_figure, cluster_claims
from claims.quantities import find_quantities
from tests.claims.test_clustering import claim, figure


def together(nlp, a: str, b: str) -> bool:
    claims = [claim(t, f"c35-{side}", find_quantities(nlp(t))) for side, t in (("a", a), ("b", b))]
    return len(cluster_claims(claims)) == 2


def test_which_figures_tell():
    assert _telling_figure(65_000_000, "USD")
    assert _telling_figure(8.4, "percent")
    assert _telling_figure(27_300, "count")
    assert _telling_figure(12.5, "kilometer")
    # round shares, small counts, years and durations say little
    assert not _telling_figure(40, "percent")
    assert not _telling_figure(60, "count")
    assert not _telling_figure(2024, "count")
    assert not _telling_figure(2, "year")
    assert not _telling_figure(300, "minute")


def test_the_figure_key_is_given_to_a_claim_of_one_figure_only():
    one = claim("The insurer will pay $65 million.", quantities=[figure("$65 million", 65e6, "payout", "USD")])
    assert ("USD", None, "=65000000.0") in _measure_keys(one)
    two = claim("The insurer will pay $65 million, not the $80 million sought.",
                quantities=[figure("$65 million", 65e6, "payout", "USD"), figure("$80 million", 80e6, "claim", "USD")])
    assert not any(key[2].startswith("=") for key in _measure_keys(two))


def test_one_figure_retold_in_other_words_links(nlp):
    assert together(nlp, "The insurer agreed to pay $65 million to settle the claims.",
                    "Claimants will receive $65m from the insurer under the deal.")
    # (this one links on its wording alone; it must stay linked)
    assert together(nlp, "Hospital admissions for asthma rose 8.4% over the winter.",
                    "Asthma admissions were up 8.4 percent this winter, the health service said.")


def test_near_misses_stay_apart(nlp):
    # the same figure counting two kinds of thing
    assert not together(nlp, "The clinic postponed 640 operations during the heatwave.", "The clinic has 640 beds.")
    # a round share shared by two measures: no figure key, the wording decides
    a = "A poll found 40% of residents back the new bypass."
    b = "About 40% of the bypass budget has already been spent, residents were told."
    assert not together(nlp, a, b)
