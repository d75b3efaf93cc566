"""Behaviour of claim clustering, and floors on the gold claim pairs so a change that makes
it worse is seen (the floors sit a little under what bench/clustering_eval.py measures)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims.clustering import ClusteringSettings, cluster_claims, cluster_table, normalise_claim_text, similarity
from claims.models import Claim, ClaimKind, Quantity, stable_id
from claims.quantities import find_quantities

GOLD = Path(__file__).resolve().parents[1] / "gold" / "claim_pairs.jsonl"


def claim(text: str, article: str = "a1", quantities: list[Quantity] | None = None) -> Claim:
    return Claim(
        claim_id=stable_id("test", article, text), article_id=article, kind=ClaimKind.QUANTITATIVE,
        text=text, sentence=text, sentence_start=0, start_char=0, end_char=len(text),
        quantities=quantities or [],
    )


def figure(surface: str, value: float, measure: str, unit: str, per: str | None = None) -> Quantity:
    return Quantity(surface=surface, start_char=0, end_char=len(surface), value=value,
                    low=value, high=value, unit=unit, per=per, measure=measure)


def clusters_of(members) -> dict[str, str]:
    return {m.claim_id: m.cluster_id for m in members}


def test_lede_and_its_body_repeat_cluster():
    lede = claim("The guild also sought to give itself veto power over uses of artificial intelligence.")
    body = claim("The union wants oversight and veto power in how AI is used with their performers.", "a2")
    other = claim("Ticket sales at the county fair fell sharply this summer.", "a3")
    found = clusters_of(cluster_claims([lede, body, other]))
    assert found[lede.claim_id] == found[body.claim_id]
    assert other.claim_id not in found


def test_unrelated_claims_do_not_cluster():
    claims = [
        claim("The council approved a new cycle lane on the high street."),
        claim("Shares in the mining group rose after strong copper output.", "a2"),
        claim("The hospital said it had hired forty more night-shift nurses.", "a3"),
    ]
    assert cluster_claims(claims) == []


def test_different_figures_of_one_measure_cluster():
    a = claim("The strike is costing shippers about $45 million a day, the union said.",
              quantities=[figure("$45 million a day", 45e6, "cost to shipper", "USD", "day")])
    b = claim("Analysts estimated the stoppage was costing between $10 million and $15 million a day.", "a2",
              quantities=[figure("$15 million a day", 15e6, "cost", "USD", "day")])
    found = clusters_of(cluster_claims([a, b]))
    assert found and found[a.claim_id] == found[b.claim_id]


def test_ids_deterministic_and_scores_well_formed():
    claims = [
        claim("Talks between the teachers' union and the province broke down on Thursday."),
        claim("Negotiations between the province and teachers collapsed late Thursday.", "a2"),
        claim("Talks between the teachers' union and the province broke down on Thursday, the union said.", "a3"),
        claim("The province said teachers' salaries had risen 11% since 2019.", "a4"),
        claim("Officers recorded 2,340 burglaries in 2023.", "a5"),
        claim("Police recorded 2,340 burglaries in 2023, the report said.", "a6"),
    ]
    first, again = cluster_claims(claims), cluster_claims(list(claims))
    assert [m.model_dump() for m in first] == [m.model_dump() for m in again]
    assert first, "expected at least one cluster"
    ids = [m.claim_id for m in first]
    assert len(ids) == len(set(ids)), "a claim is in at most one cluster"
    by_cluster: dict[str, list] = {}
    for m in first:
        assert 0.0 <= m.score <= 1.0
        by_cluster.setdefault(m.cluster_id, []).append(m)
    for members in by_cluster.values():
        assert len(members) >= 2
        representatives = [m for m in members if m.is_representative]
        assert len(representatives) == 1 and representatives[0].score == 1.0


def test_cluster_table_holds_the_members_as_columns():
    claims = [
        claim("Talks between the teachers' union and the province broke down on Thursday."),
        claim("Negotiations between the province and teachers collapsed late Thursday.", "a2"),
        claim("Talks between the teachers' union and the province broke down on Thursday, the union said.", "a3"),
        claim("Officers recorded 2,340 burglaries in 2023.", "a5"),
        claim("Police recorded 2,340 burglaries in 2023, the report said.", "a6"),
    ]
    table, members = cluster_table(claims), cluster_claims(claims)
    assert len(table) == len(members) > 0
    assert list(table) == members and table[0] == members[0] and table[1:3] == members[1:3]
    assert list(table.rows()) == [(m.cluster_id, m.claim_id, m.score, m.is_representative) for m in members]
    assert table.cluster_count() == len({m.cluster_id for m in members})
    assert len(cluster_table(claims[:1])) == 0


def test_normalisation_keeps_numbers_and_folds_quotes():
    assert normalise_claim_text("\u201cWe Won 52-48,\u201d she said") == normalise_claim_text('"we won 52-48," she said')
    assert "52" in normalise_claim_text("We won 52-48")
    assert similarity("Nurses will receive a 5.5% pay rise.", "Nurses will receive a 5.5% pay rise.") == pytest.approx(1.0)


def test_gold_pairs_precision_recall_floors(nlp):
    pairs = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    tp = fp = fn = 0
    for n, pair in enumerate(pairs):
        a, b = (claim(t, f"{n}{side}", find_quantities(nlp(t))) for side, t in (("a", pair["a"]), ("b", pair["b"])))
        together = len(cluster_claims([a, b], ClusteringSettings())) == 2
        tp += together and pair["same"]
        fp += together and not pair["same"]
        fn += (not together) and pair["same"]
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert precision >= 0.68, (precision, recall)
    assert recall >= 0.60, (precision, recall)
