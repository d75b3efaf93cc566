"""The performance benchmark of issue 7: counterclaim against bare spaCy, on one corpus.

    python bench/run_bench.py                    # 1,000 articles (builds bench/corpus/1000)
    python bench/run_bench.py --articles 10000
    python bench/run_bench.py --articles 200 --skip-scale   # a quick estimate

Steps, in one run on the same corpus and cores (see bench/README.md for what each means):
  0. Prefect/CLI fixed cost: `counterclaim run` on 1 article;
  1. bare spaCy: nlp.pipe over all texts with the full default pipeline, in a subprocess;
  2. `counterclaim run` end to end, as a subprocess, files -> DuckDB in a temp dir, with
     peak RSS of its whole process tree (psutil) and of its largest process (/usr/bin/time);
  3. stage times (from the flow's log lines, and in-process by calling the flow's functions);
  4. a re-run over the unchanged corpus into the same database;
  5. clustering alone on 10,000 and 100,000 claims taken from the stored database;
  6. write_run of 100,000 synthetic claims into a fresh store.
Results are printed as a table and written to bench/out/bench-N.json and .md.
No timing is asserted anywhere: these are measurements.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

PYTHON = sys.executable
COUNTERCLAIM = shutil.which("counterclaim", path=str(Path(PYTHON).parent)) or "counterclaim"
LOG_LINE = re.compile(r"^(\d{2}):(\d{2}):(\d{2})\.(\d{3}) \| (\w+)\s*\| (.*)$")


# --- measuring a subprocess -------------------------------------------------------------


class TreeMonitor(threading.Thread):
    """Samples the summed RSS of a process and all its descendants (Prefect's temporary
    server is a child process) every `interval` seconds; keeps the peak."""

    def __init__(self, pid: int, interval: float = 0.1):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_tree = 0
        self.peak_single = 0
        self._halt = threading.Event()

    def run(self) -> None:
        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self._halt.is_set():
            total = 0
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.Error:
                break
            for p in procs:
                try:
                    rss = p.memory_info().rss
                except psutil.Error:
                    continue
                total += rss
                self.peak_single = max(self.peak_single, rss)
            self.peak_tree = max(self.peak_tree, total)
            self._halt.wait(self.interval)

    def stop(self) -> None:
        self._halt.set()
        self.join(timeout=2)


def run_measured(cmd: list[str], env: dict | None = None, echo: bool = False) -> dict:
    """Runs `cmd` under /usr/bin/time -v; wall time, peak RSS (tree and largest process),
    and its output lines with the wall-clock second each arrived."""
    time_file = tempfile.NamedTemporaryFile(prefix="bench-time-", suffix=".txt", delete=False)
    time_file.close()
    full = (["/usr/bin/time", "-v", "-o", time_file.name] if Path("/usr/bin/time").exists() else []) + cmd
    full_env = os.environ | {"PYTHONUNBUFFERED": "1"} | (env or {})
    load_before = os.getloadavg()
    started_epoch = time.time()
    started = time.perf_counter()
    proc = subprocess.Popen(full, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=full_env, cwd=ROOT)
    monitor = TreeMonitor(proc.pid)
    monitor.start()
    lines: list[tuple[float, str]] = []
    assert proc.stdout is not None
    for line in proc.stdout:
        lines.append((time.perf_counter() - started, line.rstrip("\n")))
        if echo:
            print("    | " + line.rstrip("\n"), flush=True)
    proc.wait()
    wall = time.perf_counter() - started
    monitor.stop()
    max_rss_kb = None
    text = Path(time_file.name).read_text(errors="replace")
    os.unlink(time_file.name)
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    if m:
        max_rss_kb = int(m.group(1))
    return dict(
        cmd=cmd, returncode=proc.returncode, wall_s=wall, started_epoch=started_epoch,
        peak_rss_tree_mb=monitor.peak_tree / 2**20, peak_rss_single_mb=monitor.peak_single / 2**20,
        time_v_max_rss_mb=max_rss_kb / 1024 if max_rss_kb else None,
        load_before=load_before, load_after=os.getloadavg(), lines=lines,
    )


def flow_stages(result: dict) -> dict[str, float]:
    """Stage times of a `counterclaim run` from its Prefect log lines' own timestamps.

    startup: process start -> flow run begins (imports, temporary server);
    ingest: -> "read N article(s)"; extract: -> last "batch k/k" (includes triage and the
    model load); load+cluster: -> "K of N claim(s) in M cluster(s)" (includes loading stored
    claims); conflicts: -> "N conflict(s)"; store: -> flow run finished (the write);
    shutdown: -> process exit (summary print, stopping the temporary server).
    """
    start = datetime.fromtimestamp(result["started_epoch"])
    marks: dict[str, float] = {}
    last = 0.0
    for _, line in result["lines"]:
        m = LOG_LINE.match(line)
        if not m:
            continue
        h, mi, s, ms, _level, message = m.groups()
        stamp = start.replace(hour=int(h), minute=int(mi), second=int(s), microsecond=int(ms) * 1000)
        if stamp < start - timedelta(seconds=5):
            stamp += timedelta(days=1)
        at = (stamp - start).total_seconds()
        last = max(last, at)
        if "Beginning flow run" in message:
            marks.setdefault("flow_begin", at)
        elif re.search(r"read \d+ article\(s\)", message):
            marks["ingest"] = at
        elif re.search(r"batch \d+/\d+:", message):
            marks["extract"] = at
        elif re.search(r"claim\(s\) in \d+ cluster\(s\)", message):
            marks["cluster"] = at
        elif re.search(r"\d+ conflict\(s\)$", message):
            marks["conflicts"] = at
        elif "Finished in state" in message and "Flow run" in message:
            marks["finished"] = at
    order = ["flow_begin", "ingest", "extract", "cluster", "conflicts", "finished"]
    names = {"flow_begin": "startup (imports + Prefect server)", "ingest": "ingest",
             "extract": "triage + extract (spaCy + rules)", "cluster": "load stored + cluster",
             "conflicts": "conflicts", "finished": "store (write_run) + flow end"}
    stages: dict[str, float] = {}
    previous = 0.0
    for key in order:
        if key in marks:
            stages[names[key]] = marks[key] - previous
            previous = marks[key]
    stages["shutdown (print, stop server)"] = result["wall_s"] - previous
    return stages


# --- step 1: bare spaCy ------------------------------------------------------------------


def bare_spacy_child(corpus: str, n_process: int, batch_size: int) -> None:
    """Runs in a subprocess: loads the pipeline the flow would load, pipes every text."""
    from claims.nlp import default_model_name
    import spacy

    texts = [json.loads(line)["text"] for f in sorted(Path(corpus).glob("*.jsonl"))
             for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    t0 = time.perf_counter()
    nlp = spacy.load(default_model_name())
    t1 = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size, n_process=n_process))
    t2 = time.perf_counter()
    print("BARE " + json.dumps(dict(model=default_model_name(), pipes=nlp.pipe_names, load_s=t1 - t0,
                                    pipe_s=t2 - t1, docs=len(texts), tokens=tokens)))


def run_bare(corpus: Path, n_process: int, batch_size: int) -> dict:
    result = run_measured([PYTHON, str(Path(__file__)), "--_bare", str(corpus),
                           "--_n-process", str(n_process), "--_batch-size", str(batch_size)])
    for _, line in result["lines"]:
        if line.startswith("BARE "):
            result.update(json.loads(line[5:]))
    if result["returncode"] != 0:
        raise SystemExit("bare spaCy failed:\n" + "\n".join(l for _, l in result["lines"][-30:]))
    return result


# --- steps 5 and 6: clustering and bulk write at scale -----------------------------------

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
WORD = re.compile(r"[A-Za-z]+")
# A capitalised word at a sentence's start (after opening quotes or brackets): no evidence
# that the word is a name.
SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+)[\"'“‘(\[]*([A-Z][A-Za-z]+)")
# Capitalised words that are not names of a story: calendar words tie a claim to its date
# and must stay the words the rules read.
CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed thu thur thurs fri sat sun "
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split())
VOWELS, CONSONANTS = "aeiou", "bcdfghjklmnpqrstvwxyz"


class Replicator:
    """Copies of a store's claims and articles standing for other, independent stories
    (m95). Copy `k` (copy 0 is the store itself):

    - names: every word read as a name of the store (`names_of`) is replaced, wherever it
      stands, by a copy-specific word of the same length and case (vowels shifted among
      vowels, consonants among consonants: "Harlow" is "Jesmux" in copy 1, "Ketnuy" in
      copy 2), so offsets hold and a copy's people, bodies and places differ from every
      other copy's;
    - outlets: each word of the outlet's name shifted so ("Fenwold Echo" -> "Gipxumf Idju");
    - dates: published `k * shift_days` later, where `shift_days` (a whole number of weeks,
      so that a named weekday still falls on its day) exceeds the store's span of dates
      plus the longest window in which the conflict rules pair two articles
      (`ConflictSettings.replaced_days`): no article of one copy is of another copy's story
      by its date;
    - figures: scaled by `1 + (k % 7) * 0.13` in the claim's text and its quantities'
      values, as before m95 (not in its sentence or the figures' surfaces, whose lengths
      the offsets count).
    """

    def __init__(self, refs: list) -> None:
        from claims.conflicts.common import ConflictSettings

        settings = ConflictSettings()
        self.names = names_of(refs)
        days = [r.published for r in refs if r.published is not None]
        span = (max(days) - min(days)).days if days else 0
        window = max(settings.replaced_days, settings.story_days, settings.max_days_apart)
        self.shift_days = 7 * ((span + window + 7) // 7 + 1)
        self._words: dict[tuple[int, str], str] = {}

    def word(self, word: str, copy: int) -> str:
        key = (copy, word)
        if key not in self._words:
            self._words[key] = _shifted(word, copy)
        return self._words[key]

    def renamed(self, text: str | None, copy: int) -> str | None:
        """`text` with the store's names replaced by copy `copy`'s (same length)."""
        if not text or not copy:
            return text
        names = self.names
        return WORD.sub(lambda m: self.word(m.group(0), copy) if m.group(0) in names else m.group(0),
                        text)

    def outlet(self, outlet: str | None, copy: int) -> str | None:
        if not outlet or not copy:
            return outlet
        return WORD.sub(lambda m: self.word(m.group(0), copy), outlet)

    def published(self, day, copy: int):
        return day if day is None or not copy else day + timedelta(days=copy * self.shift_days)

    def claim_ref(self, ref, copy: int):
        from claims.models import stable_id

        if not copy:
            return ref
        claim, factor = ref.claim, 1 + (copy % 7) * 0.13
        text = NUMBER.sub(lambda m: _scaled(m.group(0), factor), self.renamed(claim.text, copy))
        new = claim.model_copy(update=dict(
            claim_id=stable_id(claim.claim_id, copy), article_id=f"{claim.article_id}~{copy}",
            text=text,
            sentence=self.renamed(claim.sentence, copy), speaker=self.renamed(claim.speaker, copy),
            speaker_mention=self.renamed(claim.speaker_mention, copy),
            speaker_role=self.renamed(claim.speaker_role, copy),
            quantities=[q.model_copy(update=dict(
                value=None if q.value is None else q.value * factor,
                low=None if q.low is None else q.low * factor,
                high=None if q.high is None else q.high * factor,
                measure=self.renamed(q.measure, copy),
                entities=type(q.entities)(self.renamed(e, copy) for e in q.entities)))
                for q in claim.quantities],
        ))
        return ref.model_copy(update=dict(claim=new, outlet=self.outlet(ref.outlet, copy),
                                          published=self.published(ref.published, copy)))

    def article(self, article, copy: int):
        """Article `article` as copy `copy` tells it (id "<id>~<copy>")."""
        if not copy:
            return article
        return article.model_copy(update=dict(
            article_id=f"{article.article_id}~{copy}", text=self.renamed(article.text, copy),
            title=self.renamed(article.title, copy), outlet=self.outlet(article.outlet, copy),
            published=self.published(article.published, copy)))


def names_of(refs: list) -> frozenset[str]:
    """The words of a store read as names: capitalised words (two letters or more) standing
    inside a claim's sentence, not at its start, or in a person's name (a speaker) or a
    figure's entity, whose lowercase form no sentence of the store uses (so "President",
    "Council" or "Health" stay: rules read them as words) and that are not calendar words
    (weekdays and months tie a claim to its date)."""
    lower: set[str] = set()
    seen: set[str] = set()
    for ref in refs:
        claim = ref.claim
        sentence = claim.sentence
        starts = {m.start(1) for m in SENTENCE_START.finditer(sentence)}
        for m in WORD.finditer(sentence):
            w = m.group(0)
            if w[0].islower():
                lower.add(w)
            elif len(w) > 1 and m.start() not in starts:
                seen.add(w)
        person = [claim.speaker] if claim.speaker_kind == "person" else []
        for field in person + [e for q in claim.quantities for e in q.entities]:
            for w in WORD.findall(field or ""):
                if w[0].isupper() and len(w) > 1:
                    seen.add(w)
    return frozenset(w for w in seen if w.lower() not in lower and w.lower() not in CALENDAR)


def _shifted(word: str, copy: int) -> str:
    """`word` with its consonants shifted `1 + (copy - 1) % 20` places among consonants and
    its vowels `1 + (copy - 1) // 20 % 4` among vowels, case kept: two copies up to the
    20th give any word with a consonant two different words."""
    c, v = 1 + (copy - 1) % 20, 1 + (copy - 1) // 20 % 4
    out = []
    for ch in word:
        low = ch.lower()
        if low in VOWELS:
            new = VOWELS[(VOWELS.index(low) + v) % 5]
        elif low in CONSONANTS:
            new = CONSONANTS[(CONSONANTS.index(low) + c) % 21]
        else:
            new = low
        out.append(new.upper() if ch.isupper() else new)
    return "".join(out)


def replicated_articles(articles: list, article_ids: set[str], replicator: Replicator) -> list:
    """The articles of `article_ids` ("<id>~<copy>" for a copy), each as its copy tells it."""
    by_id = {a.article_id: a for a in articles}
    out = []
    for article_id in sorted(article_ids):
        base, _, copy = article_id.partition("~")
        if base in by_id:
            out.append(replicator.article(by_id[base], int(copy or 0)))
    return out


def replicate_claims(refs: list, n: int, replicator: Replicator | None = None) -> list:
    """`n` claim refs: the stored ones, then copies standing for other stories
    (`Replicator`: other names, outlets and dates, scaled figures)."""
    out = list(refs[:n])
    if len(out) >= n:
        return out
    replicator = replicator or Replicator(refs)
    copy = 0
    while len(out) < n:
        copy += 1
        for ref in refs:
            if len(out) >= n:
                break
            out.append(replicator.claim_ref(ref, copy))
    return out


def _scaled(surface: str, factor: float) -> str:
    try:
        value = float(surface.replace(",", ""))
    except ValueError:
        return surface
    if 1900 <= value <= 2100 and "." not in surface and "," not in surface:
        return surface
    return f"{value * factor:,.0f}" if "," in surface else (f"{value * factor:.1f}" if "." in surface else str(round(value * factor)))


def time_clustering(refs: list, n: int, with_conflicts: bool) -> dict:
    from claims.clustering import cluster_claims
    from claims.conflicts import find_conflicts

    sample = replicate_claims(refs, n)
    claims = [r.claim for r in sample]
    rss0 = psutil.Process().memory_info().rss
    t0 = time.perf_counter()
    members = cluster_claims(claims)
    t1 = time.perf_counter()
    row = dict(claims=len(claims), cluster_s=t1 - t0, clusters=len({m.cluster_id for m in members}),
               members=len(members), rss_growth_mb=(psutil.Process().memory_info().rss - rss0) / 2**20)
    if with_conflicts:
        t2 = time.perf_counter()
        row["conflicts"] = len(find_conflicts(sample, members))
        row["conflicts_s"] = time.perf_counter() - t2
    return row


def time_bulk_write(refs: list, articles: list, n: int, workdir: Path) -> dict:
    """write_run of `n` synthetic claims (copies of real ones) and their synthetic articles
    into a fresh store, as one run's transaction."""
    from claims.models import RunSummary
    from store.connection import open_store
    from store.writes import write_run

    replicator = Replicator(refs)
    sample = replicate_claims(refs, n, replicator)
    claims = [r.claim for r in sample]
    synthetic = replicated_articles(articles, {c.article_id for c in claims}, replicator)
    path = workdir / "bulk.duckdb"
    now = datetime(2025, 1, 1)
    summary = RunSummary(run_id="bench-bulk", started_at=now, finished_at=now, status="completed",
                         claims=len(claims), articles_read=len(synthetic))
    t0 = time.perf_counter()
    with open_store(path) as con:
        t1 = time.perf_counter()
        write_run(con, summary=summary, articles=synthetic, claims=claims, clusters=[], conflicts=[],
                  claim_texts={}, now=now)
        t2 = time.perf_counter()
    t3 = time.perf_counter()
    quantities = sum(len(c.quantities) for c in claims)
    t4 = time.perf_counter()
    with open_store(path) as con:
        write_run(con, summary=summary.model_copy(update=dict(run_id="bench-claims-only")), articles=[],
                  claims=[c.model_copy(update=dict(claim_id=c.claim_id + "x")) for c in claims],
                  clusters=[], conflicts=[], claim_texts={}, now=now)
    t5 = time.perf_counter()
    return dict(claims=len(claims), quantities=quantities, articles=len(synthetic),
                open_migrate_s=t1 - t0, write_run_s=t2 - t1, close_s=t3 - t2,
                claims_only_write_incl_open_s=t5 - t4,
                db_mb=path.stat().st_size / 2**20)


# --- the benchmark -----------------------------------------------------------------------


def ensure_corpus(n: int, corpus: Path | None) -> Path:
    if corpus is not None:
        return corpus
    corpus = HERE / "corpus" / str(n)
    if not list(corpus.glob("*.jsonl")):
        import build_corpus

        build_corpus.write(build_corpus.build(n), corpus, 1000)
    return corpus


def counterclaim_cmd(paths: list[str], db: Path, batch_size: int | None) -> list[str]:
    cmd = [COUNTERCLAIM, "run", *paths, "--db", str(db), "--no-report"]
    if batch_size:
        cmd += ["--batch-size", str(batch_size)]
    return cmd


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="counterclaim performance benchmark (issue 7)")
    parser.add_argument("--articles", type=int, default=1000, help="corpus size (default 1000)")
    parser.add_argument("--corpus", type=Path, help="a corpus folder (default bench/corpus/N, built if missing)")
    parser.add_argument("--out", type=Path, default=HERE / "out")
    parser.add_argument("--bare-n-process", default="1",
                        help="n_process values for bare spaCy, comma-separated (default 1, as the flow)")
    parser.add_argument("--bare-batch-size", type=int, default=32, help="nlp.pipe batch_size (default 32, as extract_batch)")
    parser.add_argument("--flow-batch-size", type=int, help="--batch-size passed to counterclaim run")
    parser.add_argument("--workers", type=int,
                        help="parse worker processes of counterclaim run ($COUNTERCLAIM_WORKERS; "
                             "default: its own default, the usable cores)")
    parser.add_argument("--cluster-sizes", default="10000,100000", help="claims for the clustering step")
    parser.add_argument("--write-claims", type=int, default=100_000, help="claims for the bulk-write step")
    parser.add_argument("--skip-rerun", action="store_true")
    parser.add_argument("--bare-last", action="store_true",
                        help="time bare spaCy after the flow's runs (a long run's memory and stages "
                             "are known sooner; bench-N.partial.json holds each step as it ends)")
    parser.add_argument("--skip-scale", action="store_true", help="skip steps 5 and 6")
    parser.add_argument("--skip-inprocess", action="store_true", help="skip the in-process stage timings")
    parser.add_argument("--scale-conflicts", action="store_true",
                        help="also time find_conflicts on the 10,000-claim set of step 5")
    parser.add_argument("--echo", action="store_true", help="show counterclaim's output as it runs")
    parser.add_argument("--render", type=Path, help="only re-print the table of a bench/out/bench-N.json")
    parser.add_argument("--_bare", help=argparse.SUPPRESS)
    parser.add_argument("--_n-process", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--_batch-size", type=int, default=32, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.render:
        print(render(json.loads(args.render.read_text(encoding="utf-8"))))
        return 0
    if args._bare:
        bare_spacy_child(args._bare, args._n_process, args._batch_size)
        return 0

    corpus = ensure_corpus(args.articles, args.corpus)
    flow_env = {"COUNTERCLAIM_WORKERS": str(args.workers)} if args.workers else {}
    files = sorted(corpus.glob("*.jsonl"))
    n_articles = sum(1 for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip())
    words = sum(len(json.loads(line)["text"].split()) for f in files
                for line in f.read_text(encoding="utf-8").splitlines() if line.strip())
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="counterclaim-bench-"))
    # The runs keep their extraction results apart from the machine's Prefect home: results
    # persisted there by an earlier run of the same EXTRACTOR_VERSION would make the first
    # run a cache hit, not a first run.
    flow_env["PREFECT_RESULTS_LOCAL_STORAGE_PATH"] = str(work / "prefect-results")
    report: dict = dict(
        machine=dict(cpu_count=os.cpu_count(), usable_cores=len(os.sched_getaffinity(0)),
                     memory_gb=round(psutil.virtual_memory().total / 2**30, 1),
                     cpu=platform.processor() or platform.machine(), python=platform.python_version(),
                     load_at_start=os.getloadavg()),
        corpus=dict(path=str(corpus), articles=n_articles, words_per_article=round(words / max(n_articles, 1))),
        when=datetime.now().isoformat(timespec="seconds"),
        workers=args.workers or os.environ.get("COUNTERCLAIM_WORKERS") or "default (usable cores)",
    )
    partial = args.out / f"bench-{n_articles}.partial.json"

    def save_partial() -> None:
        """What is measured so far, for a long run that someone reads before it ends."""
        partial.write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")

    def run_bare_step() -> None:
        report["bare"] = []
        for n_process in [int(x) for x in args.bare_n_process.split(",")]:
            print(f"[1] bare spaCy nlp.pipe, n_process={n_process} ...", flush=True)
            rb = run_bare(corpus, n_process, args.bare_batch_size)
            report["bare"].append(dict(
                n_process=n_process, batch_size=args.bare_batch_size, model=rb["model"], pipes=rb["pipes"],
                load_s=rb["load_s"], pipe_s=rb["pipe_s"], wall_s=rb["wall_s"], tokens=rb["tokens"],
                articles_per_s=n_articles / rb["pipe_s"], peak_rss_tree_mb=rb["peak_rss_tree_mb"],
                load_before=rb["load_before"], load_after=rb["load_after"]))
            print(f"    {rb['pipe_s']:.1f} s, {n_articles / rb['pipe_s']:.1f} articles/s", flush=True)

    print(f"cores: {os.cpu_count()} (usable {report['machine']['usable_cores']}), "
          f"load average {os.getloadavg()[0]:.2f}; corpus {corpus}: {n_articles} articles, "
          f"{report['corpus']['words_per_article']} words each", flush=True)
    try:
        # 0. fixed cost of a run
        one = work / "one.jsonl"
        one.write_text(files[0].read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
        print("[0] counterclaim run on 1 article (fixed cost) ...", flush=True)
        r0 = run_measured(counterclaim_cmd([str(one)], work / "one.duckdb", None), env=flow_env,
                          echo=args.echo)
        report["fixed_cost"] = dict(wall_s=r0["wall_s"], stages=flow_stages(r0), returncode=r0["returncode"])

        save_partial()
        if not args.bare_last:
            run_bare_step()

        # 2. end to end
        db = work / "bench.duckdb"
        print("[2] counterclaim run end to end ...", flush=True)
        r2 = run_measured(counterclaim_cmd([str(corpus)], db, args.flow_batch_size), env=flow_env,
                          echo=args.echo)
        if r2["returncode"] != 0:
            raise SystemExit("counterclaim run failed:\n" + "\n".join(l for _, l in r2["lines"][-30:]))
        summary_lines = [l for _, l in r2["lines"] if l.startswith(("articles read", "claims "))]
        stages2 = flow_stages(r2)
        # The fixed cost subtracted is this run's own startup and shutdown (from its log):
        # the 1-article run measures the same thing but at another moment of a busy machine.
        net2 = r2["wall_s"] - _fixed_part(stages2)
        report["e2e"] = dict(
            wall_s=r2["wall_s"], net_s=net2, stages=stages2,
            peak_rss_tree_mb=r2["peak_rss_tree_mb"], peak_rss_largest_process_mb=r2["peak_rss_single_mb"],
            time_v_max_rss_mb=r2["time_v_max_rss_mb"], summary=summary_lines,
            articles_per_s=n_articles / r2["wall_s"], articles_per_s_net=n_articles / max(net2, 1e-9),
            db_mb=db.stat().st_size / 2**20, load_before=r2["load_before"], load_after=r2["load_after"])
        print(f"    {r2['wall_s']:.1f} s; {' / '.join(summary_lines)}", flush=True)

        # 4. re-run
        if not args.skip_rerun:
            print("[4] re-run over the unchanged corpus ...", flush=True)
            r4 = run_measured(counterclaim_cmd([str(corpus)], db, args.flow_batch_size), env=flow_env,
                              echo=args.echo)
            stages4 = flow_stages(r4)
            report["rerun"] = dict(wall_s=r4["wall_s"], ratio=r4["wall_s"] / r2["wall_s"],
                                   net_ratio=(r4["wall_s"] - _fixed_part(stages4)) / max(net2, 1e-9),
                                   stages=stages4, peak_rss_tree_mb=r4["peak_rss_tree_mb"],
                                   returncode=r4["returncode"])
            print(f"    {r4['wall_s']:.1f} s", flush=True)

        save_partial()
        if args.bare_last:
            run_bare_step()
            save_partial()

        # 3. stages in-process, by calling the flow's functions on the stored run
        if not args.skip_inprocess:
            print("[3] stages in-process (read, load stored claims, cluster, conflicts, write) ...", flush=True)
            report["inprocess"] = inprocess_stages(corpus, db, work)

        # 5 and 6
        if not args.skip_scale:
            from store.connection import open_store
            from store.reads import load_claim_refs
            from flows.inputs import read_articles

            with open_store(db, read_only=True) as con:
                refs = load_claim_refs(con)
            report["clustering"] = []
            for n in [int(x) for x in args.cluster_sizes.split(",") if x]:
                print(f"[5] clustering {n} claims ...", flush=True)
                row = time_clustering(refs, n, with_conflicts=args.scale_conflicts and n <= 10_000)
                report["clustering"].append(row)
                print(f"    {row['cluster_s']:.1f} s", flush=True)
            print(f"[6] write_run of {args.write_claims} claims into a fresh store ...", flush=True)
            articles, _ = read_articles([corpus])
            report["bulk_write"] = time_bulk_write(refs, articles, args.write_claims, work)
            print(f"    {report['bulk_write']['write_run_s']:.2f} s", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report["machine"]["load_at_end"] = os.getloadavg()

    markdown = render(report)
    print()
    print(markdown)
    stem = args.out / f"bench-{n_articles}"
    stem.with_suffix(".json").write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")
    stem.with_suffix(".md").write_text(markdown + "\n", encoding="utf-8")
    partial.unlink(missing_ok=True)
    print(f"\nwritten {stem}.json and {stem}.md")
    return 0


def _fixed_part(stages: dict[str, float]) -> float:
    return sum(v for k, v in stages.items() if k.startswith(("startup", "shutdown")))


def inprocess_stages(corpus: Path, db: Path, work: Path) -> dict:
    """The flow's functions, timed one by one on the data of the stored run (extraction is
    timed from the flow's log instead: repeating it would double the benchmark)."""
    from claims.clustering import cluster_claims
    from claims.conflicts import find_conflicts
    from claims.models import RunSummary
    from flows.inputs import read_articles
    from store.connection import open_store
    from store.reads import article_hashes, load_claim_refs
    from store.writes import write_run

    out: dict = {}
    t = time.perf_counter()
    articles, _ = read_articles([corpus])
    out["read_articles_s"] = time.perf_counter() - t
    t = time.perf_counter()
    with open_store(db, read_only=True) as con:
        article_hashes(con)
        refs = load_claim_refs(con)
    out["load_stored_claims_s"] = time.perf_counter() - t
    out["claims"] = len(refs)
    t = time.perf_counter()
    members = cluster_claims([r.claim for r in refs])
    out["cluster_claims_s"] = time.perf_counter() - t
    t = time.perf_counter()
    conflicts = find_conflicts(refs, members)
    out["find_conflicts_s"] = time.perf_counter() - t
    out["conflicts"] = len(conflicts)
    now = datetime(2025, 1, 1)
    summary = RunSummary(run_id="bench-inprocess", started_at=now, finished_at=now, status="completed")
    t = time.perf_counter()
    with open_store(work / "inprocess.duckdb") as con:
        write_run(con, summary=summary, articles=articles, claims=[r.claim for r in refs], clusters=members,
                  conflicts=conflicts, claim_texts={r.claim.claim_id: r.claim.text for r in refs}, now=now)
    out["write_run_fresh_store_s"] = time.perf_counter() - t
    return out


def render(r: dict) -> str:
    m, c = r["machine"], r["corpus"]
    rows: list[tuple[str, str, str]] = []

    def add(name: str, value: str, target: str = "") -> None:
        rows.append((name, value, target))

    def mark(ok: bool) -> str:
        return "met" if ok else "MISSED"

    fixed = r["fixed_cost"]["wall_s"]
    add("cores (os.cpu_count)", str(m["cpu_count"]))
    add("load average at start / end", f"{m['load_at_start'][0]:.2f} / {m['load_at_end'][0]:.2f}")
    add("corpus", f"{c['articles']} articles, {c['words_per_article']} words each")
    add("counterclaim parse workers (COUNTERCLAIM_WORKERS)", str(r.get("workers", "1 (before workers)")))
    add("fixed cost: `counterclaim run` on 1 article", f"{fixed:.1f} s")
    for b in r["bare"]:
        add(f"bare nlp.pipe (n_process={b['n_process']}, batch {b['batch_size']}, {'+'.join(b['pipes'])})",
            f"{b['pipe_s']:.1f} s, {b['articles_per_s']:.1f} articles/s, peak RSS {b['peak_rss_tree_mb']:.0f} MB")
    e = r["e2e"]
    add("counterclaim run end to end (wall)", f"{e['wall_s']:.1f} s, {e['articles_per_s']:.1f} articles/s")
    add("  minus its startup and shutdown (Prefect server, imports)",
        f"{e['net_s']:.1f} s, {e['articles_per_s_net']:.1f} articles/s")
    bare1 = next((b for b in r["bare"] if b["n_process"] == 1), r["bare"][0])
    ratio = e["articles_per_s_net"] / bare1["articles_per_s"]
    add(f"throughput ratio e2e(net) / bare (n_process={bare1['n_process']})", f"{ratio:.2f}x", f">= 0.9x: {mark(ratio >= 0.9)}")
    for b in r["bare"]:
        if b is not bare1:
            add(f"throughput ratio e2e(net) / bare (n_process={b['n_process']})",
                f"{e['articles_per_s_net'] / b['articles_per_s']:.2f}x")
    for stage, secs in e["stages"].items():
        add(f"  stage: {stage}", f"{secs:.1f} s")
    add("peak RSS, whole process tree (psutil)", f"{e['peak_rss_tree_mb']:.0f} MB",
        f"< 1536 MB: {mark(e['peak_rss_tree_mb'] < 1536)}")
    add("peak RSS, largest process", f"{e['peak_rss_largest_process_mb']:.0f} MB "
        f"(/usr/bin/time -v: {e['time_v_max_rss_mb'] or 0:.0f} MB)")
    add("database size", f"{e['db_mb']:.1f} MB")
    add("result", " / ".join(e["summary"]))
    if "rerun" in r:
        rr = r["rerun"]
        add("re-run, unchanged corpus", f"{rr['wall_s']:.1f} s = {rr['ratio']:.0%} of the first run "
            f"({rr['net_ratio']:.0%} without startup and shutdown)", f"< 10%: {mark(rr['ratio'] < 0.10)}")
        for stage, secs in rr["stages"].items():
            add(f"  re-run stage: {stage}", f"{secs:.1f} s")
    ip = r.get("inprocess", {})
    if ip:
        add("in-process: read_articles", f"{ip['read_articles_s']:.2f} s")
        add(f"in-process: load stored claims ({ip['claims']})", f"{ip['load_stored_claims_s']:.2f} s")
        add(f"in-process: cluster_claims ({ip['claims']})", f"{ip['cluster_claims_s']:.2f} s")
        add(f"in-process: find_conflicts ({ip['conflicts']} found)", f"{ip['find_conflicts_s']:.2f} s")
        add("in-process: write_run, fresh store", f"{ip['write_run_fresh_store_s']:.2f} s")
    for row in r.get("clustering", []):
        extra = f"; find_conflicts {row['conflicts_s']:.1f} s" if "conflicts_s" in row else ""
        target = f"< 30 s: {mark(row['cluster_s'] < 30)}" if row["claims"] >= 100_000 else ""
        add(f"cluster_claims on {row['claims']} claims",
            f"{row['cluster_s']:.1f} s ({row['clusters']} clusters, +{row['rss_growth_mb']:.0f} MB){extra}", target)
    if "bulk_write" in r:
        w = r["bulk_write"]
        add(f"write_run of {w['claims']} claims ({w['quantities']} quantities, {w['articles']} articles)",
            f"{w['write_run_s']:.2f} s (open+migrate {w['open_migrate_s']:.2f} s; claims only, "
            f"incl. open: {w['claims_only_write_incl_open_s']:.2f} s)",
            f"< 3 s: {mark(w['write_run_s'] < 3)}")
    width = max(len(a) for a, _, _ in rows)
    lines = [f"# counterclaim benchmark, {c['articles']} articles ({r['when']})", "",
             "| measure | value | target |", "|---|---|---|"]
    lines += [f"| {a} | {b} | {t} |" for a, b, t in rows]
    del width
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
