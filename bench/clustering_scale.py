"""How clustering time grows with the corpus: 10,000 and 100,000 synthetic claims.

Targets (issue): 100,000 claims in under 30 s on 2 cores, and 10x the claims costing at
most 15x the time. Claims are recombined from the gold claim pairs and the bench articles'
sentences: each synthetic story gets its own names (people, places, companies), and its
outlets restate a few of the templates with their own figures, hedges and speaker tags, so
the batch has clusters to find, a shared news vocabulary, and many near-miss pairs.

What it generates is a worst case, not a typical news day: ~585 templates are reused across
all the stories (at 100k each one is restated ~170 times, keeping 70% of its longer words),
and every restatement carries its template's parsed figures verbatim, so one measure key
blocks together every claim of a template in every story. Lexically these restatements are
near-duplicates, so clusters run to hundreds of claims and the blocks to thousands; real
corpora have far fewer such repeats. Times are wall clock (CPU time beside it, which counts
rapidfuzz's worker threads) on whatever else the machine is running: repeat before comparing.

Run: python bench/clustering_scale.py [N ...]   (default 10000 100000; seed fixed)
"""

from __future__ import annotations

import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_claims import read_jsonl, sentence_claim  # noqa: E402

from claims.clustering import cluster_claims  # noqa: E402
from claims.models import Claim, ClaimKind, stable_id  # noqa: E402
from claims.nlp import load_nlp  # noqa: E402

ARTICLES = Path(__file__).resolve().parent / "articles"
SEED = 20240325
CAPITALISED = re.compile(r"(?<=\w )[A-Z][a-z]{2,}")
LONG_WORD = re.compile(r"\b[a-z]{6,}\b")
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
SYLLABLES = "ka lo ve ran tor mi sel bra dun fen wick har ow qui na rel cor gan lis tam bel".split()
TAGS = ["", "", ", the {0} said", ", according to {0}", ", {0} told reporters"]
SOURCES = ["officials", "the company", "the union", "analysts", "police", "the ministry", "a spokesperson"]
HEDGES = ["about ", "nearly ", "more than ", "roughly ", ""]


def templates(nlp) -> list[Claim]:
    sentences = {s for p in read_jsonl("claim_pairs.jsonl") for s in (p["a"], p["b"])}
    for path in sorted(ARTICLES.glob("*.txt")):
        text = re.sub(r"^\s*date \S+\s*", "", path.read_text(encoding="utf-8"))
        sentences.update(s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if 40 < len(s) < 300)
    return [sentence_claim(s, nlp, "template") for s in sorted(sentences)]


def name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def synthetic_claims(n: int, base: list[Claim], seed: int = SEED) -> list[Claim]:
    """About 25 claims a story; each story restates ~8 templates in ~3 outlets' words."""
    rng = random.Random(seed)
    claims: list[Claim] = []
    story = 0
    while len(claims) < n:
        story += 1
        names: dict[str, str] = {}
        topics: dict[str, str] = {}
        for template in rng.sample(base, 8):
            for outlet in range(rng.randint(1, 5)):
                if len(claims) >= n:
                    break
                text = CAPITALISED.sub(lambda m: names.setdefault(m.group(), name(rng)), template.text)
                # the story's own subject matter: some longer words are this story's, not the template's
                text = LONG_WORD.sub(lambda m: topics.setdefault(m.group(), m.group() if rng.random() < 0.7 else name(rng).lower()), text)
                if rng.random() < 0.5:  # this outlet's own figure
                    text = NUMBER.sub(lambda m: str(max(1, int(float(m.group().replace(",", "")) * rng.uniform(0.5, 1.5)))), text)
                words = text.rstrip(".").split()
                if len(words) > 6 and rng.random() < 0.4:
                    del words[rng.randrange(1, len(words))]
                text = " ".join(words) + rng.choice(TAGS).format(rng.choice(SOURCES)) + "."
                text = re.sub(r"(?<= )(\$|£)?(?=\d)", lambda m: rng.choice(HEDGES) + (m.group(1) or ""), text, count=1)
                key = f"s{story}o{outlet}n{len(claims)}"
                claims.append(Claim(
                    claim_id=stable_id("synthetic", key), article_id=f"s{story}o{outlet}",
                    kind=ClaimKind.QUANTITATIVE, text=text, sentence=text, sentence_start=0,
                    start_char=0, end_char=len(text), quantities=template.quantities,
                ))
    return claims


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [10_000, 100_000]
    base = templates(load_nlp())
    print(f"{len(base)} template sentences")
    timings = {}
    for n in sizes:
        claims = synthetic_claims(n, base)
        start, cpu = time.perf_counter(), time.process_time()
        members = cluster_claims(claims)
        timings[n] = time.perf_counter() - start
        cpu = time.process_time() - cpu
        sizes = sorted(Counter(m.cluster_id for m in members).values())
        print(f"{n:>8} claims: {timings[n]:7.2f} s (cpu {cpu:.2f} s), {len(sizes)} clusters, "
              f"{len(members)} clustered claims, largest {sizes[-1] if sizes else 0}, "
              f"median {sizes[len(sizes) // 2] if sizes else 0}")
    if 10_000 in timings and 100_000 in timings:
        print(f"100k/10k time ratio: {timings[100_000] / timings[10_000]:.1f}x (target <= 15x; 100k target < 30 s)")


if __name__ == "__main__":
    main()
