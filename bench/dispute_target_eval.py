"""Which claim each reported dispute aims at, and how it was chosen (round t89): for every
dispute the finder reports on the dev gold, its outcome (found / false alarm on a labelled
pair / unlabelled, and for an unlabelled one the verdict of the judged samples
`tests/gold/unlabelled_sample_*.jsonl` when it was judged), the step of `_dispute_target`
that returned it (its return line), and the other candidates the step saw: the claims of
other parties told before the rejection in its article, the nearest first, each with what
the rejection names of it (content words shared, a figure repeated, the owner named) and
whether it is the rejecter's own side.

Run: python bench/dispute_target_eval.py            # counts per step and outcome
     python bench/dispute_target_eval.py --show     # and every judged or labelled line
     python bench/dispute_target_eval.py --cache D  # extraction pickled in D (reused)

Dev gold and the judged samples only; it never opens the closed sets."""
from __future__ import annotations

import collections
import hashlib
import json
import pickle
import sys
from pathlib import Path

W = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(W / "bench"))
sys.path.insert(0, str(W))
from gold_claims import article_claims, case_articles, claim_refs, covers, locate, read_jsonl  # noqa: E402
from trace_lines import call_traced  # noqa: E402
from claims.clustering import cluster_claims  # noqa: E402
import claims.conflicts as cc  # noqa: E402
import claims.conflicts.disputes as cd  # noqa: E402
from claims.conflicts import story_lead  # noqa: E402
from claims.nlp import load_nlp  # noqa: E402
from claims.overlap import topic_stems  # noqa: E402

CALLS: dict[str, list[tuple]] = {}
_orig = cd._dispute_target
_code = _orig.__code__


def _candidates(dispute, same_article):
    """The claims of other parties told before the rejection in its article, nearest first,
    with what the rejection names of each."""
    ref = cd._reference_text(dispute, same_article)
    own = topic_stems(ref) - dispute.voice
    content = cd._rejected_content(dispute)
    figures = cd._rejected_figures(dispute, same_article)
    owner = cd._owner_stems(ref)
    rows = []
    for j in same_article:
        if j.claim.start_char >= dispute.claim.start_char or j.index == dispute.index:
            continue
        rows.append((j.claim.claim_id, {
            "words": len(own & j.text_stems),
            "content": len(content & j.text_stems) if content else None,
            "figure": bool(figures) and cd._has_figure(j.claim, figures),
            "owner": bool(owner) and cd._names_match(owner, j.voice),
            "other party": cd._other_party(dispute, j),
            "own side": cd._own_side(dispute, j),
            "apart": cd._sentences_apart(j.claim, dispute.claim),
        }))
    return rows[::-1][:6]


def _wrapped(dispute, same_article, *args, **kw):
    r, line = call_traced(_code, "return", lambda: _orig(dispute, same_article, *args, **kw))
    CALLS.setdefault(dispute.claim.claim_id, []).append(
        (kw.get("later_too", False), kw.get("story_share") is not None, line,
         r[0].claim.claim_id if r else None, _candidates(dispute, same_article)))
    return r


cd._dispute_target = _wrapped


def _claims(articles, nlp, cache: Path | None):
    if cache is None:
        return article_claims(articles, nlp)
    key = hashlib.md5("|".join(a.article_id + str(len(a.text)) for a in articles).encode()).hexdigest()
    path = cache / f"cache_{key}.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    found = article_claims(articles, nlp)
    path.write_bytes(pickle.dumps(found))
    return found


def judged_samples() -> dict[tuple, tuple[str, str, str]]:
    """(article a, claim a, article b, claim b) of every judged dispute line -> (sample,
    verdict, cause)."""
    out = {}
    for path in sorted((W / "tests" / "gold").glob("unlabelled_sample_*.jsonl")):
        for line in path.read_text().splitlines():
            row = json.loads(line)
            if row.get("kind") != "dispute" or "a" not in row:
                continue  # (t89's sample names lines by their reason, not their claims)
            key = (row["a"]["article"], row["a"]["claim"], row["b"]["article"], row["b"]["claim"])
            out[key] = (path.stem.rsplit("_", 1)[-1], row["verdict"], row.get("cause") or "")
    return out


def main() -> None:
    show = "--show" in sys.argv
    cache = Path(sys.argv[sys.argv.index("--cache") + 1]) if "--cache" in sys.argv else None
    cases = read_jsonl("conflicts.jsonl")
    articles = case_articles(cases)
    claims = _claims(articles, load_nlp(), cache)
    by_id = {c.claim_id: c for c in claims}
    predicted = cc.find_conflicts(claim_refs(articles, claims), cluster_claims(claims),
                                  leads={a.article_id: story_lead(a.title, a.text) for a in articles})
    disputes = [c for c in predicted if c.kind.value == "dispute"]
    gold = [(case["id"], pair, locate(case, pair["a"]), locate(case, pair["b"]))
            for case in cases for pair in case["pairs"]]
    judged = judged_samples()
    counts: collections.Counter = collections.Counter()
    for c in disputes:
        a, b = by_id[c.claim_a], by_id[c.claim_b]
        hits = [pair for _, pair, aw, bw in gold
                if (covers(a, aw) and covers(b, bw)) or (covers(a, bw) and covers(b, aw))]
        if hits:
            outcome = "found" if any(p["conflict"] for p in hits) else "FALSE"
        else:
            verdict = judged.get((a.article_id, a.text, b.article_id, b.text)) \
                or judged.get((b.article_id, b.text, a.article_id, a.text))
            outcome = f"judged {verdict[1]}" if verdict else "unlabelled"
        calls = CALLS.get(b.claim_id) or CALLS.get(a.claim_id) or []
        step = next((line for *_, line, target, _ in calls if target in (c.claim_a, c.claim_b)), 0)
        counts[(outcome, step)] += 1
        counts[(outcome, "all")] += 1
        if show and outcome != "unlabelled":
            print(f"{outcome:>15} step {step}: {b.speaker!r}: {b.sentence[:160]!r}")
            print(f"{'':>15} -> {a.speaker!r}: {a.text[:140]!r}")
            for later_too, low, line, target, cands in calls[:1]:
                for cid, f in cands:
                    mark = "*" if cid == target else " "
                    print(f"{'':>17}{mark} {f} {by_id[cid].text[:90]!r}")
    outcomes = sorted({o for o, _ in counts})
    print("outcome totals:", {o: counts[(o, "all")] for o in outcomes})
    steps = sorted({s for _, s in counts if s != "all"})
    print(f"{'step':>6} " + " ".join(f"{o[:15]:>15}" for o in outcomes))
    for s in steps:
        print(f"{s:>6} " + " ".join(f"{counts[(o, s)]:>15}" for o in outcomes))


if __name__ == "__main__":
    main()
