"""Do two stores hold the same claims, clusters and conflicts? (issue 7: memory work must not
change results.)

Compares, row for row, what a run computes: claims (ids and offsets), cluster members (cluster
id, claim id, score, representative) and conflicts (id, claims, kind, score, reason; not
`first_seen`, which is the run's clock). Run the same corpus through the code before and
after a change, each into its own store, then:

    python bench/compare_stores.py BEFORE.duckdb AFTER.duckdb

Exit status 0 when every table is equal, 1 otherwise (the first differences are printed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb

QUERIES = {
    "claims": "SELECT claim_id, article_id, start_char, end_char, text FROM claims ORDER BY claim_id",
    "clusters": "SELECT cluster_id, claim_id, score, is_representative FROM clusters "
                "ORDER BY cluster_id, claim_id",
    "conflicts": "SELECT conflict_id, claim_a, claim_b, kind, score, reason, stale FROM conflicts "
                 "ORDER BY conflict_id",
}


def rows(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def compare(before: Path, after: Path, show: int = 5) -> bool:
    same = True
    for table, sql in QUERIES.items():
        a, b = rows(before, sql), rows(after, sql)
        equal = a == b
        same &= equal
        print(f"{table:<10} before {len(a):>8}  after {len(b):>8}  {'identical' if equal else 'DIFFERENT'}")
        if not equal:
            only_a, only_b = sorted(set(a) - set(b)), sorted(set(b) - set(a))
            for row in only_a[:show]:
                print(f"    only before: {row}")
            for row in only_b[:show]:
                print(f"    only after:  {row}")
    return same


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    return 0 if compare(args.before, args.after) else 1


if __name__ == "__main__":
    sys.exit(main())
