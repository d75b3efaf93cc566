"""Round u108: bench/cluster_hidden_pairs.py replays the clustering's merges with a log. The
logged replay must give the clusters `_merge` gives, and `chain` must walk the unions that
joined two claims. Examples are written for the purpose (no rule changed in this round)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import claims.clustering as clustering
from tests.claims.test_clustering import claim

ROOT = Path(__file__).resolve().parents[2]


def bench():
    spec = importlib.util.spec_from_file_location("cluster_hidden_pairs", ROOT / "bench" / "cluster_hidden_pairs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TEXTS = [
    "The ferry operator cancelled sailings to the island all weekend because of the gales.",
    "Sailings to the island were cancelled all weekend because of gales, the ferry operator said.",
    "The ferry operator said gales had forced it to cancel island sailings over the weekend.",
    "The town's library will close on Mondays from next month to save money.",
]


def test_logged_merge_gives_the_same_clusters(monkeypatch):
    module = bench()
    claims = [claim(t, f"u108-{k}") for k, t in enumerate(TEXTS)]
    plain = {(m.cluster_id, m.claim_id) for m in clustering.cluster_claims(claims)}
    events: list = []
    monkeypatch.setattr(clustering, "_merge", module.logged_merge(events))
    logged = {(m.cluster_id, m.claim_id) for m in clustering.cluster_claims(claims)}
    assert logged == plain
    assert len(plain) >= 2  # the ferry sentences retell one another
    # one union per claim joined to another group, each link's score at least the bar it met
    assert len(events) == len(plain) - len({c for c, _ in plain})
    assert all(e[5] >= 0.3 for e in events)


def test_chain_walks_the_unions_between_two_claims():
    module = bench()
    # (link left, link right, score, leader lo, leader hi, leaders' likeness, measure bar)
    events = [(0, 1, 0.8, 0, 1, 0.8, False), (1, 2, 0.6, 0, 2, 0.5, False), (3, 4, 0.9, 3, 4, 0.9, False)]
    assert [e[:2] for e in module.chain(events, 0, 2)] == [(0, 1), (1, 2)]
    assert [e[:2] for e in module.chain(events, 2, 0)] == [(1, 2), (0, 1)]
    assert module.chain(events, 0, 4) == []  # two clusters: no path
