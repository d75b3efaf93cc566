"""Peak memory and time of the flow's in-memory stages at scale (issue 7), fast and repeatable.

A 10,000-article run takes half an hour; its memory is decided after extraction, in the flow
process, by three calls made in this order (flows/pipeline.py): loading the stored claims
(`store.reads.load_claim_refs`), `claims.clustering.cluster_claims` and
`claims.conflicts.find_conflicts`, then `store.writes.write_run` of the clusters and
conflicts. This script replays them on a store of the wanted size, in a fresh subprocess, and
reports each stage's time, its peak RSS (psutil samples every 10 ms) and the RSS it leaves.

    # once: a real store of 1,000 articles (4-6 min), then ~285k claims built from it
    python bench/build_corpus.py --articles 1000 --out /tmp/corpus1000
    counterclaim run /tmp/corpus1000 --db /tmp/mem1k.duckdb --no-report
    python bench/memory_stages.py prepare --from /tmp/mem1k.duckdb --corpus /tmp/corpus1000 \
        --claims 285000 --db /tmp/mem285k.duckdb
    # each time: the stages, in a fresh process (add --json FILE to keep the figures)
    python bench/memory_stages.py measure --db /tmp/mem285k.duckdb

`prepare` replicates the stored claims with `run_bench.replicate_claims` and writes them,
with their articles as each copy tells them (`run_bench.replicated_articles`), into a fresh
store through `write_run`, so that loading reads the same columns and types as a real store
does. Each copy stands for other, independent stories (`run_bench.Replicator`, round m95):
its own outlets (each outlet's words replaced by copy-specific ones), publication dates
shifted by whole weeks past the source store's span plus the longest window in which the
conflict rules pair two articles (so no two copies meet in one story's time), names of
people, bodies and places replaced by copy-specific words of the same length (offsets
still hold; weekdays, months and words the store also writes in lower case stay), figures
scaled. Copies find conflicts among their own claims as the original does and (nearly)
none with another copy's. No timing or memory figure is asserted anywhere.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

MB = 2**20


class PeakSampler(threading.Thread):
    """RSS of this process every `interval` seconds; `mark()` starts a new stage's peak."""

    def __init__(self, interval: float = 0.01) -> None:
        super().__init__(daemon=True)
        self.interval = interval
        self.process = psutil.Process()
        self.peak = self.process.memory_info().rss
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            self.peak = max(self.peak, self.process.memory_info().rss)
            self._halt.wait(self.interval)

    def mark(self) -> int:
        """The peak since the last mark (or the start), and a new stage from now."""
        peak = max(self.peak, self.process.memory_info().rss)
        self.peak = self.process.memory_info().rss
        return peak

    def stop(self) -> None:
        self._halt.set()
        self.join(timeout=1)


def prepare(source: Path, corpus: Path, claims: int, target: Path) -> None:
    from run_bench import Replicator, replicate_claims, replicated_articles

    from claims.models import RunSummary
    from flows.inputs import read_articles
    from store.connection import open_store
    from store.reads import load_claim_refs
    from store.writes import write_run

    with open_store(source, read_only=True) as con:
        refs = load_claim_refs(con)
    replicator = Replicator(refs)
    sample = replicate_claims(refs, claims, replicator)
    articles, _ = read_articles([corpus])
    synthetic = replicated_articles(articles, {r.claim.article_id for r in sample}, replicator)
    if target.exists():
        target.unlink()
    now = datetime(2025, 1, 1)
    summary = RunSummary(run_id="memory-stages", started_at=now, finished_at=now, status="completed",
                         claims=len(sample), articles_read=len(synthetic))
    with open_store(target) as con:
        write_run(con, summary=summary, articles=synthetic, claims=[r.claim for r in sample],
                  clusters=[], conflicts=[], claim_texts={}, now=now)
    print(f"{len(sample)} claims of {len(synthetic)} articles (from {len(refs)} stored) -> {target}")


def stages_child(db: Path, write: bool) -> dict:
    """The flow's order: load (and sort, as the flow does), cluster, conflicts, write."""
    sampler = PeakSampler()
    sampler.start()
    proc = psutil.Process()
    out: dict = {"start_rss_mb": proc.memory_info().rss / MB}

    def stage(name: str, call):
        sampler.mark()
        before = proc.memory_info().rss
        t = time.perf_counter()
        result = call()
        release_freed_memory()  # as the flow's tasks do after each of these stages
        seconds = time.perf_counter() - t
        out[name] = {"s": round(seconds, 2), "rss_before_mb": round(before / MB),
                     "peak_rss_mb": round(sampler.mark() / MB),
                     "rss_after_mb": round(proc.memory_info().rss / MB)}
        return result

    from claims.clustering import cluster_table
    from claims.conflicts import find_conflicts
    from flows.memory import release_freed_memory, return_large_blocks_at_once
    from store.connection import open_store
    from store.reads import load_stored_claims

    return_large_blocks_at_once()  # as the flow does when it starts
    out["imports_rss_mb"] = round(proc.memory_info().rss / MB)

    def load():
        with open_store(db, read_only=True) as con:
            refs = load_stored_claims(con)
        refs.sort(key=lambda r: (r.claim.article_id, r.claim.start_char, r.claim.claim_id))
        return refs

    refs = stage("load_stored_claims", load)
    clusters = stage("cluster_table", lambda: cluster_table([r.claim for r in refs]))
    conflicts = stage("find_conflicts", lambda: find_conflicts(refs, clusters))
    out["claims"], out["clustered"], out["conflicts"] = len(refs), len(clusters), len(conflicts)
    out["clusters"] = clusters.cluster_count()
    if write:
        from claims.models import RunSummary
        from store.writes import write_run

        work = Path(tempfile.mkdtemp(prefix="memory-stages-"))
        try:
            copy = work / "store.duckdb"
            shutil.copyfile(db, copy)
            now = datetime(2025, 1, 2)
            summary = RunSummary(run_id="memory-stages-write", started_at=now, finished_at=now,
                                 status="completed", claims=len(refs))

            named = {c.claim_a for c in conflicts} | {c.claim_b for c in conflicts}
            texts = {r.claim.claim_id: r.claim.text for r in refs if r.claim.claim_id in named}

            def store():
                with open_store(copy) as con:
                    write_run(con, summary=summary, articles=[], claims=[], clusters=clusters,
                              conflicts=conflicts, claim_texts=texts,
                              now=now)

            stage("write_run", store)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    sampler.stop()
    import resource

    out["ru_maxrss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return out


def measure(db: Path, write: bool, json_out: Path | None) -> dict:
    cmd = [sys.executable, __file__, "_child", "--db", str(db)] + (["--write"] if write else [])
    load_before = os.getloadavg()
    t = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, env=os.environ | {"PYTHONUNBUFFERED": "1"})
    if done.returncode:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(done.returncode)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["wall_s"] = round(time.perf_counter() - t, 1)
    result["load_before"], result["load_after"] = load_before, os.getloadavg()
    print(render(result))
    if json_out:
        json_out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return result


def render(r: dict) -> str:
    lines = [f"{r['claims']} claims, {r['clustered']} clustered in {r['clusters']} clusters, "
             f"{r['conflicts']} conflicts; after imports {r['imports_rss_mb']} MB",
             f"{'stage':<16} {'seconds':>8} {'RSS before':>11} {'peak RSS':>9} {'RSS after':>10}"]
    for name in ("load_stored_claims", "load_claim_refs", "cluster_table", "cluster_claims", "find_conflicts",
                 "write_run"):
        if name in r:
            s = r[name]
            lines.append(f"{name:<16} {s['s']:>8.2f} {s['rss_before_mb']:>8} MB {s['peak_rss_mb']:>6} MB "
                         f"{s['rss_after_mb']:>7} MB")
    lines.append(f"process peak (ru_maxrss) {r['ru_maxrss_mb']} MB; wall {r['wall_s']} s; "
                 f"load {r['load_before'][0]:.2f} -> {r['load_after'][0]:.2f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("prepare", help="a store of N claims replicated from a real one")
    p.add_argument("--from", dest="source", type=Path, required=True, help="a store written by counterclaim run")
    p.add_argument("--corpus", type=Path, required=True, help="the corpus that store was built from")
    p.add_argument("--claims", type=int, default=285_000)
    p.add_argument("--db", type=Path, required=True, help="the store to write (replaced)")
    m = sub.add_parser("measure", help="the flow's stages on a store, in a fresh subprocess")
    m.add_argument("--db", type=Path, required=True)
    m.add_argument("--no-write", action="store_true", help="skip the write_run stage")
    m.add_argument("--json", type=Path, help="also write the figures to this file")
    c = sub.add_parser("_child")
    c.add_argument("--db", type=Path, required=True)
    c.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "prepare":
        prepare(args.source, args.corpus, args.claims, args.db)
    elif args.command == "measure":
        measure(args.db, not args.no_write, args.json)
    else:
        print(json.dumps(stages_child(args.db, args.write)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
