"""Clusters and conflicts the flow's stages compute on a store, as JSON, to compare code
versions on the same claims (issue 7: memory work must not change results).

    PYTHONPATH=OLD python bench/dump_stages.py --db STORE --out before.json
    PYTHONPATH=NEW python bench/dump_stages.py --db STORE --out after.json
    cmp before.json after.json

Uses the flow's loading and clustering where the code has them (`load_stored_claims`,
`cluster_table`), else the older `load_claim_refs` and `cluster_claims`; the claims are
sorted as the flow sorts them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parent.parent))  # PYTHONPATH, if set, wins


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    from claims.conflicts import find_conflicts
    from store.connection import open_store

    try:
        from claims.clustering import cluster_table as cluster
        from store.reads import load_stored_claims as load
    except ImportError:
        from claims.clustering import cluster_claims as cluster
        from store.reads import load_claim_refs as load
    with open_store(args.db, read_only=True) as con:
        refs = load(con)
    refs.sort(key=lambda r: (r.claim.article_id, r.claim.start_char, r.claim.claim_id))
    clusters = cluster([r.claim for r in refs])
    conflicts = find_conflicts(refs, clusters)
    out = {"clusters": [[m.cluster_id, m.claim_id, m.score, m.is_representative] for m in clusters],
           "conflicts": [[c.conflict_id, c.claim_a, c.claim_b, c.kind.value, c.score, c.reason] for c in conflicts]}
    args.out.write_text(json.dumps(out, indent=0) + "\n", encoding="utf-8")
    print(f"{len(refs)} claims, {len(out['clusters'])} cluster members, {len(out['conflicts'])} conflicts -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
