"""Rules of the sixth conflict round (issue #5): numeric conflicts kept once per pair of
clusters and pair of figures, auxiliaries of irregular participles, "other" and "total"
next to a figure. Sentences written for these tests; each rule has a near miss."""

from datetime import date

from claims.conflicts import find_conflicts, stock_pattern
from claims.models import ClusterMember, ConflictKind
from tests.claims.test_conflicts import claim, figure, ref

# --- one conflict per pair of clusters and pair of figures ----------------------------------


def _economy(article, text, outlet, figures, unit="percent"):
    quantities = [figure(s, v, v - 0.05, v + 0.05, unit, m, start=text.index(s)) for s, v, m in figures]
    return ref(claim(article, text, quantities=quantities), outlet, date(2025, 7, 1))


def test_other_figures_of_the_same_clusters_are_another_conflict():
    growth_a = _economy("a1", "Output in Varnia grew by 0.6% in the quarter, the finance ministry said.", "Ledger",
                        [("0.6%", 0.6, "output growth")])
    deficit_a = _economy("a1", "The Varnia budget deficit will be $2.9 billion this year, the finance ministry said.",
                         "Ledger", [("$2.9 billion", 2.9e9, "budget deficit")], unit="USD")
    growth_b = _economy("b1", "Output in Varnia grew by 0.2% in the quarter, the fiscal council said.", "Observer",
                        [("0.2%", 0.2, "output growth")])
    deficit_b = _economy("b1", "The Varnia budget deficit will be $4.1 billion this year, the fiscal council said.",
                         "Observer", [("$4.1 billion", 4.1e9, "budget deficit")], unit="USD")
    # Each article's two sentences are clustered together.
    clusters = [ClusterMember(cluster_id=c, claim_id=r.claim.claim_id, score=1.0)
                for c, r in (("x", growth_a), ("x", deficit_a), ("y", growth_b), ("y", deficit_b))]
    found = [x for x in find_conflicts([growth_a, deficit_a, growth_b, deficit_b], clusters)
             if x.kind is ConflictKind.NUMERIC]
    # Growth (0.6 / 0.2) and the deficit (2.9 / 4.1) are two questions between the clusters.
    assert sorted(("'0.6%'" in x.reason, "'$4.1 billion'" in x.reason) for x in found) == [(False, True),
                                                                                           (True, False)]


def test_one_pair_of_figures_repeated_is_one_conflict():
    def growth(article, value, who, outlet):
        return _economy(article, f"Output in Varnia grew by {value}% in the quarter, {who} said.", outlet,
                        [(f"{value}%", value, "output growth")])
    refs = [growth("a1", 0.6, "the finance ministry", "Ledger"), growth("b1", 0.2, "the fiscal council", "Observer"),
            growth("c1", 0.2, "the fiscal council's chair", "Wire"), growth("d1", 0.62, "the treasury", "Post")]
    clusters = [ClusterMember(cluster_id="y" if r.claim.article_id in {"b1", "c1"} else "x",
                              claim_id=r.claim.claim_id, score=1.0) for r in refs]
    found = [x for x in find_conflicts(refs, clusters) if x.kind is ConflictKind.NUMERIC]
    # Near miss of the test above: 0.6 (or 0.62) against 0.2, said by two outlets each, is
    # one question between the two clusters, not four.
    assert len(found) == 1


# --- a verb of possession before a participle -------------------------------------------------


def test_an_irregular_participle_makes_have_an_auxiliary():
    assert not stock_pattern().search("Residents have said about ")
    assert not stock_pattern().search("The union has told ")
    # Near miss: possession itself, with a qualifier, is still a stock.
    assert stock_pattern().search("The estate has about ")


# --- "other" and "total" next to a figure ------------------------------------------------------


def test_other_makes_a_figure_an_increment(nlp):
    from claims.figure_roles import is_increment
    from tests.claims.test_figure_roles import _figure
    assert is_increment(*_figure(nlp, "Two other men remain in custody in Dunholt.", "Two"))
    # Near miss: the same count without "other" is a total.
    assert not is_increment(*_figure(nlp, "Two men remain in custody in Dunholt.", "Two"))


def test_a_total_is_not_contradicted_by_a_smaller_part(nlp):
    from tests.claims.test_figure_roles import _numeric
    assert not _numeric(nlp, "Orwell Brewing proposed a final dividend of 14.2p per share for 2024.",
                        "Orwell Brewing paid a total dividend of 21.0p per share for 2024.")
    # Near miss: a part larger than the total cannot be.
    assert _numeric(nlp, "Orwell Brewing proposed a final dividend of 24.2p per share for 2024.",
                    "Orwell Brewing paid a total dividend of 21.0p per share for 2024.")
