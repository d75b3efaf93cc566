"""Precision and recall of claim-pair clustering on tests/gold/claim_pairs.jsonl, over a
sweep of thresholds, to choose and justify the defaults in ClusteringSettings.

Each pair is clustered on its own (two claims, so only English-wide word weights apply);
`--batch` also clusters all gold sentences together, as the pipeline clusters a corpus,
and counts a pair as together when both land in one cluster (the other pairs' claims can
then pull them apart or chain them). `--errors` lists the pairs the default gets wrong.
`--gold FILE` reads another pairs file (a name under tests/gold/ or a path); for a closed
set (a name holding "heldout") only totals are printed: the sweep's P/R/F1 and, with
`--errors`, the wrong pairs counted by their "note" label and direction, never a text.
`--id-prefix P` scores only the pairs whose "id" starts with P (a round's new pairs carry
ids such as "k26-3": their first run is the estimate for unseen wording).

Run: python bench/clustering_eval.py [--gold FILE] [--id-prefix P] [--errors] [--batch]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_claims import GOLD, sentence_claim  # noqa: E402

from claims.clustering import ClusteringSettings, cluster_claims  # noqa: E402
from claims.nlp import load_nlp  # noqa: E402

THRESHOLDS = (0.4, 0.45, 0.5, 0.55, 0.6, 0.65)
MEASURE_THRESHOLDS = (0.25, 0.3, 0.35, 0.4, 1.0)


def prf(pairs, together) -> tuple[float, float, float]:
    tp = sum(1 for p, t in zip(pairs, together, strict=True) if t and p["same"])
    fp = sum(1 for p, t in zip(pairs, together, strict=True) if t and not p["same"])
    fn = sum(1 for p, t in zip(pairs, together, strict=True) if not t and p["same"])
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def pairwise(claims, settings) -> list[bool]:
    out = []
    for a, b in claims:
        members = cluster_claims([a, b], settings)
        out.append(len(members) == 2)
    return out


def batched(claims, settings) -> list[bool]:
    everything = [c for pair in claims for c in pair]
    cluster_of = {m.claim_id: m.cluster_id for m in cluster_claims(everything, settings)}
    return [a.claim_id in cluster_of and cluster_of.get(a.claim_id) == cluster_of.get(b.claim_id)
            for a, b in claims]


def gold_file() -> Path:
    """The pairs file: `--gold FILE` (a path, or a name under tests/gold/), else the dev pairs."""
    if "--gold" not in sys.argv:
        return GOLD / "claim_pairs.jsonl"
    name = Path(sys.argv[sys.argv.index("--gold") + 1])
    return name if name.exists() else GOLD / name.name


def gold_claims(nlp, path: Path) -> tuple[list[dict], list]:
    with path.open(encoding="utf-8") as handle:
        pairs = [json.loads(line) for line in handle if line.strip()]
    if "--id-prefix" in sys.argv:
        prefix = sys.argv[sys.argv.index("--id-prefix") + 1]
        pairs = [p for p in pairs if p.get("id", "").startswith(prefix)]
    # one id per distinct sentence, so a sentence repeated across pairs is one claim in a batch
    claims = [(sentence_claim(p["a"], nlp, p["a"]), sentence_claim(p["b"], nlp, p["b"])) for p in pairs]
    return pairs, claims


def main() -> None:
    nlp = load_nlp()
    path = gold_file()
    closed = "heldout" in path.name
    pairs, claims = gold_claims(nlp, path)
    default = ClusteringSettings()
    modes = [("pairwise", pairwise)] + ([("batch", batched)] if "--batch" in sys.argv else [])
    print(f"{path.name}: {len(pairs)} pairs ({sum(p['same'] for p in pairs)} same)")
    for name, run in modes:
        print(f"\n{name}\n{'threshold':>9} {'measure':>8} {'P':>6} {'R':>6} {'F1':>6}")
        for threshold in THRESHOLDS:
            for measure in MEASURE_THRESHOLDS:
                settings = replace(default, threshold=threshold, measure_threshold=min(measure, threshold))
                p, r, f = prf(pairs, run(claims, settings))
                mark = "  <- default" if settings == default else ""
                print(f"{threshold:>9.2f} {min(measure, threshold):>8.2f} {p:>6.3f} {r:>6.3f} {f:>6.3f}{mark}")
        p, r, f = prf(pairs, run(claims, default))
        print(f"default {name}: P={p:.3f} R={r:.3f} F1={f:.3f}")
    if "--errors" in sys.argv and closed:
        # counts only: a closed set's texts are never printed
        wrong = Counter(("FN" if pair["same"] else "FP", pair.get("note", ""))
                        for pair, together in zip(pairs, pairwise(claims, default), strict=True)
                        if together != pair["same"])
        for (kind, note), count in sorted(wrong.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1])):
            print(f"{kind} {count:>3}  {note}")
        print(f"errors: FN {sum(c for (k, _), c in wrong.items() if k == 'FN')}, "
              f"FP {sum(c for (k, _), c in wrong.items() if k == 'FP')}")
    elif "--errors" in sys.argv:
        from claims.clustering import similarity
        for pair, together in zip(pairs, pairwise(claims, default), strict=True):
            if together != pair["same"]:
                kind = "FN" if pair["same"] else "FP"
                print(f"{kind} {similarity(pair['a'], pair['b']):.2f} {pair['a']} || {pair['b']}  # {pair['note']}")


if __name__ == "__main__":
    main()
