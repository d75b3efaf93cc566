"""(u108) Where clusters are too wide for the conflict rules: the dev labelled conflicts whose
two sides fall in one cluster, the missed ones that were offered to the chooser of their pair
of clusters and lost to another pair of the same group (with the winner), and the unions of
the clustering that join two gold cases (unrelated stories, so always a false link).

Conflicts are reported once per pair of clusters (and story, and kind): a cluster that also
holds a sentence of another matter can hide its labelled pair behind that sentence's pair.
The unions are the clustering's own (`_merge` replayed with a log); for a labelled pair in one
cluster the chain of links that joined its two sides is shown, with each link's score and
its two groups' leaders' likeness (the merge bar: 0.45, or 0.30 for a shared measure).

Run (dev only; a closed set's texts are never read):
  CACHE=/work/base/claims_mainNNN.pkl python bench/cluster_hidden_pairs.py [--group G] [--chains]
without CACHE the articles are extracted live (slow).
"""

from __future__ import annotations

import os
import pickle
import sys
from collections import Counter, defaultdict, deque
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_claims import article_claims, case_articles, claim_refs, covers, locate, read_jsonl  # noqa: E402

import claims.clustering as clustering  # noqa: E402
import claims.conflicts as conflicts  # noqa: E402
import claims.conflicts.common as common  # noqa: E402
from claims.conflicts import find_conflicts, story_lead  # noqa: E402


def logged_merge(events: list):
    """`clustering._merge` with every union logged as (link left, link right, link score,
    leader lo, leader hi, leaders' likeness, by the measure bar)."""
    def merge(left, right, scores, vocab, measure_keys, settings):
        parent = list(range(vocab.size))
        for a, b, score in zip(left.tolist(), right.tolist(), scores.tolist(), strict=True):
            ra, rb = clustering._find(parent, a), clustering._find(parent, b)
            if ra == rb:
                continue
            lo, hi = (ra, rb) if ra < rb else (rb, ra)
            measure = bool(measure_keys[lo] & measure_keys[hi])
            needed = settings.measure_threshold if measure else settings.merge_threshold
            likeness = score if (lo == a and hi == b) else vocab.pair_score(lo, hi)
            if likeness < needed:
                continue
            parent[hi] = lo
            events.append((a, b, score, lo, hi, likeness, measure))
        return parent
    return merge


def chain(events: list, x: int, y: int) -> list:
    """The unions on the path from claim x to claim y (breadth first over the links)."""
    graph = defaultdict(list)
    for e in events:
        graph[e[0]].append((e[1], e))
        graph[e[1]].append((e[0], e))
    prev: dict[int, tuple | None] = {x: None}
    queue = deque([x])
    while queue:
        u = queue.popleft()
        for v, e in graph[u]:
            if v not in prev:
                prev[v] = (u, e)
                queue.append(v)
    out, u = [], y
    while prev.get(u):
        p, e = prev[u]
        out.append(e)
        u = p
    return out[::-1]


def sides(item) -> tuple[str, str] | None:
    """The two claim ids of an item offered to `_BestPerClusterPair`: a conflict, or the
    contradiction rule's (score, a, b, hit)."""
    if hasattr(item, "claim_a"):
        return item.claim_a, item.claim_b
    if isinstance(item, tuple) and len(item) == 4 and hasattr(item[1], "claim"):
        return item[1].claim.claim_id, item[2].claim.claim_id
    return None


def main() -> None:
    cases = read_jsonl("conflicts.jsonl")
    if "--group" in sys.argv:
        prefix = sys.argv[sys.argv.index("--group") + 1] + "-"
        cases = [c for c in cases if c["id"].startswith(prefix)]
    articles = case_articles(cases)
    if os.environ.get("CACHE"):
        with open(os.environ["CACHE"], "rb") as handle:
            cache = pickle.load(handle)
        missing = [a for a in articles if (a.article_id, a.text) not in cache]
        live: dict[str, list] = {}
        if missing:
            from claims.nlp import load_nlp
            for c in article_claims(missing, load_nlp()):
                live.setdefault(c.article_id, []).append(c)
        claims = [c for a in articles for c in cache.get((a.article_id, a.text), live.get(a.article_id, []))]
    else:
        from claims.nlp import load_nlp
        claims = article_claims(articles, load_nlp())
    events: list = []
    original_merge = clustering._merge
    clustering._merge = logged_merge(events)
    try:
        members = clustering.cluster_claims(claims)
    finally:
        clustering._merge = original_merge
    index = {c.claim_id: i for i, c in enumerate(claims)}
    by_id = {c.claim_id: c for c in claims}
    cluster_of = {m.claim_id: m.cluster_id for m in members}
    size = Counter(m.cluster_id for m in members)
    case_of = {a.article_id: a.source for a in articles}

    # every pair offered to a chooser, and each chooser's chosen items with their keys
    offers, chosen, key_of = [], defaultdict(list), {}
    original_offer, original_values = common._BestPerClusterPair.offer, common._BestPerClusterPair.values

    def offer(self, key, arts, score, order, item, *args, **kwargs):
        two = sides(item)
        if two:
            offers.append((id(self), key, two, score))
            key_of[id(self), id(item)] = key
        return original_offer(self, key, arts, score, order, item, *args, **kwargs)

    def values(self):
        out = original_values(self)
        chosen[id(self)].extend((key_of.get((id(self), id(v))), sides(v)) for v in out)
        return out

    common._BestPerClusterPair.offer, common._BestPerClusterPair.values = offer, values
    cores = conflicts._usable_cores
    conflicts._usable_cores = lambda: 1  # numeric conflicts in this process, so they are logged
    try:
        predicted = find_conflicts(claim_refs(articles, claims), members,
                                   leads={a.article_id: story_lead(a.title, a.text) for a in articles})
    finally:
        common._BestPerClusterPair.offer, common._BestPerClusterPair.values = original_offer, original_values
        conflicts._usable_cores = cores

    def text(cid: str) -> str:
        cluster = cluster_of.get(cid)
        return f"[{cluster[-6:] if cluster else '-'}({size.get(cluster, 1)})] {by_id[cid].text[:150]}"

    of_article: dict[str, list[str]] = defaultdict(list)
    for c in claims:
        of_article[c.article_id].append(c.claim_id)
    offers_of: dict[str, list] = defaultdict(list)
    for o in offers:
        offers_of[o[2][0]].append(o)
        offers_of[o[2][1]].append(o)
    predicted_of: dict[str, list] = defaultdict(list)
    for c in predicted:
        predicted_of[c.claim_a].append((c.claim_a, c.claim_b))
        predicted_of[c.claim_b].append((c.claim_a, c.claim_b))
    inside: Counter = Counter()
    lost = []
    for case in cases:
        for pair in case["pairs"]:
            if not pair.get("conflict"):
                continue
            aw, bw = locate(case, pair["a"]), locate(case, pair["b"])
            on_a = [x for x in of_article[aw[0]] if covers(by_id[x], aw)]
            on_b = [y for y in of_article[bw[0]] if covers(by_id[y], bw)]

            def matches(x: str, y: str) -> bool:
                return (covers(by_id[x], aw) and covers(by_id[y], bw)) or (covers(by_id[x], bw) and covers(by_id[y], aw))

            found = any(matches(*two) for x in on_a for two in predicted_of[x])
            one = [(x, y) for x in on_a for y in on_b
                   if x != y and cluster_of.get(x) is not None and cluster_of.get(x) == cluster_of.get(y)]
            if one:
                inside[pair["kind"], "found" if found else "missed"] += 1
                if "--chains" in sys.argv and not found:
                    print(f"=== one cluster, missed: {case['id']} {pair['kind']}: {pair['a']!r} / {pair['b']!r}")
                    for a, b, score, lo, hi, likeness, measure in chain(events, index[one[0][0]], index[one[0][1]]):
                        print(f"  link {score:.3f} (leaders {likeness:.3f}{', measure bar' if measure else ''})\n"
                              f"    {claims[a].text[:150]}\n    {claims[b].text[:150]}")
            if found:
                continue
            hits = [o for x in on_a for o in offers_of[x] if matches(*o[2])]
            if hits:
                lost.append((case["id"], pair, hits[0]))
    print("== labelled conflicts whose two sides fall in one cluster")
    for (kind, status), n in sorted(inside.items()):
        print(f"{kind:>14} {status:>6}: {n}")
    print(f"\n== missed labelled conflicts offered to the chooser and losing to another pair of their group: {len(lost)}")
    for case_id, pair, (chooser, key, two, score) in lost:
        one_cluster = cluster_of.get(two[0]) is not None and cluster_of.get(two[0]) == cluster_of.get(two[1])
        print(f"--- {case_id} {pair['kind']} ({'one cluster' if one_cluster else 'two clusters'}, score {score:.3f})")
        print(f"  LABEL {text(two[0])}\n        {text(two[1])}")
        for k, win in chosen.get(chooser, []):
            if k == key and win:
                print(f"  WON   {text(win[0])}\n        {text(win[1])}")
    cross = [e for e in events if case_of[claims[e[3]].article_id] != case_of[claims[e[4]].article_id]]
    clusters = defaultdict(set)
    for m in members:
        clusters[m.cluster_id].add(case_of[by_id[m.claim_id].article_id])
    print(f"\n== unions joining two gold cases (unrelated stories): {len(cross)} of {len(events)}; "
          f"clusters spanning cases: {sum(len(v) > 1 for v in clusters.values())} of {len(clusters)}")
    by_bar = Counter(("measure bar" if e[6] else "word bar") for e in cross)
    print("  by the leaders' bar: " + ", ".join(f"{k} {v}" for k, v in sorted(by_bar.items())))


if __name__ == "__main__":
    main()
