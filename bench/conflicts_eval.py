"""Precision and recall of conflict detection on tests/gold/conflicts.jsonl.

All cases' articles are run together through extraction, clustering and the conflict
rules, as a store would hold them, so conflicts found across unrelated cases count against
precision. A gold pair is found when a predicted conflict joins a claim overlapping the
gold "a" text (or in one cluster with such a claim: conflicts are reported once per pair
of clusters) with one overlapping the gold "b" text, in either order.

The original cases ("case-*", on which the rules were written) and the cases opened from
independent annotators' held-out sets ("ho-case-*" and, from a third annotator,
"ho3-case-*", for error analysis) are scored apart: a rule that only fits the first is
visible in the others.

Run: python bench/conflicts_eval.py [--show] [--group G] [--gold FILE]   # G: all, original, or a
     round's id prefix (c23, u24, ...); without --group, every group in turn
     python bench/conflicts_eval.py --heldout    # every closed set, a line each, then pooled
     python bench/conflicts_eval.py --sample-unlabelled N [--group G]   # N unlabelled
         predictions drawn at random (seeded), both sentences shown, to judge by hand
     python bench/conflicts_eval.py --by-score [--group G | --heldout]   # (r43) precision
         and unlabelled share in score quartiles, and of the top 25% / 50% (counts only)
     python bench/conflicts_eval.py --interplay   # conflicts found by a group alone but
         not in the store of all cases, and the reverse

--gold names another file of tests/gold/; a held-out file ("*heldout*") is scored as one
group and only its totals are printed (its pairs must not be read).
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_claims import article_claims, case_articles, claim_refs, read_jsonl  # noqa: E402

from claims.clustering import cluster_claims  # noqa: E402
from claims.conflicts import find_conflicts, story_lead
from claims.conflicts.disputes import source_word_pattern, tells_a_claim  # noqa: E402
from claims.overlap import topic_stems  # noqa: E402
from claims.nlp import load_nlp  # noqa: E402


def locate(case: dict, needle: str) -> tuple[str, int, int]:
    for art in case["articles"]:
        at = art["text"].find(needle)
        if at >= 0:
            return art["id"], at, at + len(needle)
    raise ValueError(f"{case['id']}: {needle!r} not found")


def covers(claim, where: tuple[str, int, int]) -> bool:
    article_id, start, end = where
    return claim.article_id == article_id and claim.start_char < end and start < claim.end_char


def evaluate(cases: list[dict], nlp, show: bool = False, through_clusters: bool = False) -> dict:
    articles = case_articles(cases)
    claims = article_claims(articles, nlp)
    refs = claim_refs(articles, claims)
    clusters = cluster_claims(claims)
    predicted = find_conflicts(refs, clusters, leads={a.article_id: story_lead(a.title, a.text) for a in articles})
    by_id = {c.claim_id: c for c in claims}
    gold = []
    for case in cases:
        for pair in case["pairs"]:
            gold.append((case["id"], pair, locate(case, pair["a"]), locate(case, pair["b"])))

    cluster_of = {m.claim_id: m.cluster_id for m in clusters}

    def side(claim, where):
        """The claim covers the gold text, or is in one cluster with a claim that does:
        conflicts are reported once per pair of clusters."""
        if covers(claim, where):
            return True
        if not through_clusters:
            return False
        cluster = cluster_of.get(claim.claim_id)
        return cluster is not None and any(covers(c, where) for c in members.get(cluster, ()))

    members: dict[str, list] = {}
    for m in clusters:
        members.setdefault(m.cluster_id, []).append(by_id[m.claim_id])

    def matches(conflict, a_where, b_where):
        ca, cb = by_id[conflict.claim_a], by_id[conflict.claim_b]
        return (side(ca, a_where) and side(cb, b_where)) or (side(ca, b_where) and side(cb, a_where))

    found = kind_right = 0
    per_kind: dict[str, list[int]] = {}
    false_alarms = 0
    matched = set()
    found_pairs = set()
    for case_id, pair, aw, bw in gold:
        hits = [c for c in predicted if matches(c, aw, bw)]
        matched.update(c.conflict_id for c in hits)
        if pair["conflict"]:
            per_kind.setdefault(pair["kind"], [0, 0])[1] += 1
            per_kind[pair["kind"]][0] += bool(hits)
            if hits:
                found_pairs.add((case_id, pair["kind"], pair["a"], pair["b"]))
                found += 1
                kind_right += any(c.kind.value == pair["kind"] for c in hits)
            elif show:
                print(f"MISSED {case_id} {pair['kind']}: {pair['a']!r} / {pair['b']!r}")
        elif hits:
            false_alarms += 1
            if show:
                print(f"FALSE  {case_id} ({pair.get('why')}): {pair['a']!r} / {pair['b']!r} -> {hits[0].reason}")
    unlabelled = [c for c in predicted if c.conflict_id not in matched]
    false_ids = {c.conflict_id for _, pair, aw, bw in gold if not pair["conflict"]
                 for c in predicted if matches(c, aw, bw)}
    case_of = {a.article_id: a.source for a in articles}
    outcomes = [(("unlabelled" if c.conflict_id not in matched else "false" if c.conflict_id in false_ids
                  else "found"), prediction_features(c, by_id[c.claim_a], by_id[c.claim_b], case_of))
                for c in predicted]
    if show:
        for c in unlabelled:
            print(f"UNLABELLED {c.kind.value} {by_id[c.claim_a].article_id}: {c.reason[:150]}")
    positives = sum(1 for *_, p in [(g[0], g[1]) for g in gold] if p["conflict"])
    tp_predictions = len(matched) - false_alarms
    return {
        "gold conflicts": positives,
        "gold non-conflicts": len(gold) - positives,
        "predicted": len(predicted),
        "recall": found / positives if positives else 0.0,
        **{f"recall {k}": f"{v[0]}/{v[1]}" for k, v in sorted(per_kind.items())},
        "kind accuracy (found)": kind_right / found if found else 0.0,
        "precision (labelled pairs)": found / (found + false_alarms) if found + false_alarms else 0.0,
        "false alarms on non-conflicts": false_alarms,
        "unlabelled predictions": len(unlabelled),
        # Cases are unrelated stories: a prediction joining two is wrong whoever labels it.
        "unlabelled across two cases": sum(case_of.get(by_id[c.claim_a].article_id)
                                           != case_of.get(by_id[c.claim_b].article_id) for c in unlabelled),
        "precision (strict, unlabelled count as wrong)": tp_predictions / len(predicted) if predicted else 0.0,
        "_outcomes": outcomes,
        # (r43) Every prediction in report order (score, strongest first) with its outcome.
        "_scored": [(c.kind.value, c.score, status) for c, (status, _) in zip(predicted, outcomes)],
        "_found": found_pairs,
        "_unlabelled": [(c, by_id[c.claim_a], by_id[c.claim_b], case_of.get(by_id[c.claim_a].article_id))
                        for c in unlabelled],
    }


def rule_wording(conflict) -> str:
    """The rule a reason's wording names, without its claims' words: "rejects the figure
    of", "opposite assessments (said and denied)", "figures do not overlap"."""
    reason = conflict.reason
    if conflict.kind.value == "dispute":
        m = re.search(r" rejects (.+?) \S", reason)
        # (r59) anchored right after " rejects ": searched over the whole reason it found
        # "the figure of" inside the quoted claims of y58's new wordings
        how = re.match(r".*? rejects (the (?:preceding )?(?:claim|figure|assessment|words|allegation|accusation) of)\b",
                       reason)
        # (y58) the reasons' wording as English: "the claim before it by X", "X's unattributed
        # figure", "the figure in X's own report" are the same rules as before
        new = re.search(r" rejects (?:the |\S.*?'s unattributed |an unattributed )"
                        r"(claim before it|claim|figure|assessment|words|allegation|accusation)\b", reason)
        if how is None and new:
            noun = new.group(1)
            return "rejects " + ("the preceding claim of" if noun == "claim before it" else f"the {noun} of")
        return "rejects " + (how.group(1) if how else (m.group(1) if m else "?"))
    if conflict.kind.value == "numeric":
        return "figures do not overlap"
    for marker, name in ((" date one event apart ", "dates one event apart"),
                         (" give one event two dates ", "dates one event apart"),  # (y60) the new wording
                         (" name two doers of one act ", "two doers of one act"),
                         (" tell opposite outcomes ", "opposite outcomes"),
                         ("that it is not:", "a state holds / does not hold"),
                         ("said and denied)", "a word said and denied"),
                         ("'(affirmed)'", "a negation against its affirmation"),
                         ("'(counted)'", "none against a count"),
                         ("(excepted)'", "every against an exception"),
                         # (r59) the English of `_marked_reason` for o57's hits
                         (" says no target is set for ", "no target against a quota"),
                         (" that some had no ", "every against some lacking"),
                         # (c60) the English of the c60 hits
                         (" says no money went on ", "no money against a sum paid"),
                         (" lost it or were taken out: ", "every against some that lost it"),
                         (" says it of every ", "every against an exception")):
        if marker in reason:
            return name
    return "opposite words"


def prediction_features(conflict, a, b, case_of: dict[str, str]) -> dict[str, str]:
    """Counts-only features of one prediction (for --heldout's breakdown of what nobody
    labelled): kind, score band, the rule's wording, and whether the two claims share an
    article, a speaker, a gold case."""
    def speaker(claim):
        return (claim.speaker or "").strip().lower() or None
    band = min(int(conflict.score * 10) / 10, 0.9)
    features = {
        "kind": conflict.kind.value,
        "score": f"{band:.1f}-{band + 0.1:.1f}",
        "rule": f"{conflict.kind.value}: {rule_wording(conflict)}",
        "article": "same article" if a.article_id == b.article_id else "two articles",
        "speaker": ("same speaker" if speaker(a) and speaker(a) == speaker(b)
                    else "an unattributed side" if not speaker(a) or not speaker(b) else "two speakers"),
        "sentence": ("overlapping spans" if a.article_id == b.article_id and a.start_char < b.end_char
                     and b.start_char < a.end_char else
                     "one sentence" if a.article_id == b.article_id and a.sentence_start == b.sentence_start
                     else "other sentences"),
        "case": "one case" if case_of.get(a.article_id) == case_of.get(b.article_id) else "two cases",
    }
    if conflict.kind.value == "dispute" and a.article_id == b.article_id and a.speaker is None:
        # (u29) A rejection answering the outlet's own sentence in its article: that
        # sentence tells someone's claim (a reporting or finding word, a source), or is
        # plain narration; in the rejection's own sentence or another.
        told = "tells a claim" if tells_a_claim(a, b) else "plain narration"
        where = "the rejection's sentence" if a.sentence_start == b.sentence_start else "another sentence"
        features["outlet target"] = f"{told}, {where}"
        if told == "tells a claim":
            # (u29) Which word tells it, and whether the sentence opens on the rejecter (its
            # own statement: "K, whose firm ..., told supporters ..." / "K said ... wrong").
            m = source_word_pattern().search(a.sentence) or re.search(r"according to", a.sentence, re.I)
            head = topic_stems(" ".join(a.sentence[:m.start()].split()[:3])) if m else frozenset()
            word = m.group(0).lower() if m else "a document"
            rejecter = topic_stems(b.speaker or "")
            features["outlet target signal"] = (f"{'according to' if word == 'according to' else 'a verb'}, "
                                                f"rejecter opens the sentence={bool(rejecter & head)}")
    features["kind+article"] = f"{features['kind']}, {features['article']}"
    features["kind+score"] = f"{features['kind']}, {features['score']}"
    features["kind+sentence"] = f"{features['kind']}, {features['sentence']}"
    features["kind+article+speaker"] = f"{features['kind']}, {features['article']}, {features['speaker']}"
    features["rule+article"] = f"{features['rule']}, {features['article']}"
    return features


def group_of(case_id: str) -> str:
    """A case's group is its id's prefix ("c23-case-3" -> "c23"): each round's cases, each
    earlier annotator's set ("ho5-..."); the first cases ("case-1") are "original". Derived
    from the ids so a round adds its cases without editing a list here."""
    prefix = case_id.split("-", 1)[0]
    return "original" if prefix == "case" else prefix


def groups_in(cases: list[dict]) -> list[str]:
    return list(dict.fromkeys(group_of(c["id"]) for c in cases))


def cases_of(group: str, cases: list[dict]) -> list[dict]:
    if group != "all" and group not in groups_in(cases):
        raise SystemExit(f"no group {group!r}; the groups: all, {', '.join(groups_in(cases))}")
    return [c for c in cases if group == "all" or group_of(c["id"]) == group]


def pooled_heldout(nlp) -> None:
    """Every closed set scored apart (its cases run together, as --gold does), then pooled:
    the pool is the estimate for unseen articles, a single six-case set being too small."""
    total: dict[str, list[int]] = {}
    false_alarms = unlabelled = 0
    breakdown: Counter = Counter()
    scored: list[tuple[str, float, str]] = []
    for path in sorted(Path(__file__).resolve().parents[1].glob("tests/gold/conflicts_heldout*.jsonl")):
        result = evaluate(read_jsonl(path.name), nlp, show=False, through_clusters=False)
        kinds = {k[len("recall "):]: v for k, v in result.items() if k.startswith("recall ")}
        line = []
        for kind, value in sorted(kinds.items()):
            got, of = (int(x) for x in value.split("/"))
            total.setdefault(kind, [0, 0])
            total[kind][0] += got
            total[kind][1] += of
            line.append(f"{kind} {value}")
        false_alarms += result["false alarms on non-conflicts"]
        unlabelled += result["unlabelled predictions"]
        for status, features in result["_outcomes"]:
            for name, value in features.items():
                breakdown[(name, value, status)] += 1
        scored.extend(result["_scored"])
        print(f"{path.name:>28}: recall {result['recall']:.3f} ({', '.join(line)}), "
              f"precision (labelled) {result['precision (labelled pairs)']:.3f}, "
              f"false alarms {result['false alarms on non-conflicts']}")
    found = sum(v[0] for v in total.values())
    positives = sum(v[1] for v in total.values())
    kinds = ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(total.items()))
    print(f"{'pooled':>28}: recall {found / positives:.3f} ({found}/{positives}; {kinds}), "
          f"precision (labelled) {found / (found + false_alarms):.3f}, false alarms {false_alarms}, "
          f"unlabelled predictions {unlabelled}")
    if "--by-score" in sys.argv:
        # (r43) The closed sets pooled into one ranking: each set is its own report, but
        # a set holds too few predictions per kind for quartiles of its own.
        print_by_score(scored)
        return
    print_breakdown(breakdown)


def score_bands(scored: list[tuple[str, float, str]], bands: int = 4) -> list[dict]:
    """(r43) The predictions in report order (score, strongest first) cut into `bands`
    bands of equal size by rank (quartiles by default; ties keep report order), each with
    its score range and found / false / unlabelled counts. The report is read from the top,
    so what matters is whether the first bands hold the true conflicts: counts only, so
    it may run on the closed sets."""
    ordered = sorted(scored, key=lambda r: -r[1])
    out = []
    for i in range(bands):
        chunk = ordered[len(ordered) * i // bands:len(ordered) * (i + 1) // bands]
        counts = Counter(status for _, _, status in chunk)
        out.append({"n": len(chunk), "high": chunk[0][1] if chunk else 0.0, "low": chunk[-1][1] if chunk else 0.0,
                    "found": counts["found"], "false": counts["false"], "unlabelled": counts["unlabelled"]})
    return out


def top_share(scored: list[tuple[str, float, str]], share: float) -> tuple[int, int, int]:
    """(r43) Found, false alarms and unlabelled among the first `share` of the predictions
    in report order."""
    ordered = sorted(scored, key=lambda r: -r[1])[:round(len(scored) * share)]
    counts = Counter(status for _, _, status in ordered)
    return counts["found"], counts["false"], counts["unlabelled"]


def print_by_score(scored: list[tuple[str, float, str]]) -> None:
    """(r43) Does the report's order put true conflicts first? Per kind and pooled (all
    kinds ranked together, as the report lists them): labelled precision (found / (found +
    false alarms)) and the unlabelled share in score quartiles, and the precision of the
    top 25% and 50% of predictions. Counts only."""
    def precision(f: int, x: int) -> str:
        return f"{f / (f + x):.3f}" if f + x else "  -  "
    print("r43 by score (counts only): band, n, scores, found, false, unlabelled, precision (labelled), unlabelled share")
    for kind in sorted({k for k, _, _ in scored}) + ["pooled"]:
        rows = [r for r in scored if kind == "pooled" or r[0] == kind]
        for n, band in enumerate(score_bands(rows), 1):
            share = band["unlabelled"] / band["n"] if band["n"] else 0.0
            print(f"  {kind:>13} Q{n} {band['n']:4d}  {band['high']:.3f}-{band['low']:.3f}  {band['found']:4d} "
                  f"{band['false']:4d} {band['unlabelled']:4d}  P {precision(band['found'], band['false'])}  "
                  f"unlabelled {share:.2f}")
        tops = []
        for share in (0.25, 0.5, 1.0):
            f, x, u = top_share(rows, share)
            tops.append(f"top {int(share * 100)}% P {precision(f, x)} ({f}/{f + x}, unlabelled {u})")
        print(f"  {kind:>13} " + "; ".join(tops))


def print_unlabelled_sample(result: dict, size: int, seed: int = 26) -> None:
    """A seeded random sample of the predictions nobody labelled, with both sentences, to be
    judged by hand: half the closed sets' predictions are unlabelled, and this sample (on
    development gold only, which may be read) is how their share of real conflicts is
    estimated."""
    unlabelled = sorted(result["_unlabelled"], key=lambda u: u[0].conflict_id)
    picked = random.Random(seed).sample(unlabelled, min(size, len(unlabelled)))
    for n, (conflict, a, b, case) in enumerate(picked, 1):
        print(f"--- {n}. {conflict.kind.value} {conflict.score:.2f} {case} {conflict.conflict_id}")
        print(f"    reason: {conflict.reason}")
        for side in (a, b):
            print(f"    [{side.article_id}] {side.speaker or '-'}: {side.sentence.strip()!r}")
            print(f"        claim: {side.text!r}")


def print_interplay(cases: list[dict], nlp) -> None:
    """Conflicts found when a group's cases run alone but not in the store of all cases, and
    the reverse: what other stories' claims take from (or give to) a group. Adding cases
    has cost single conflicts this way (a cross-story pair taking the cluster pair, a
    closer article of another story breaking a story link), which a no-loss check on the
    whole store alone reports as lost without saying why."""
    in_store = evaluate(cases, nlp)["_found"]
    lost = gained = 0
    for group in groups_in(cases):
        if group in ("all", "original"):
            continue
        group_cases = cases_of(group, cases)
        ids = {c["id"] for c in group_cases}
        alone = evaluate(group_cases, nlp)["_found"]
        store = {f for f in in_store if f[0] in ids}
        for case_id, kind, a, b in sorted(alone - store):
            print(f"ALONE ONLY {case_id} {kind}: {a!r} / {b!r}")
        for case_id, kind, a, b in sorted(store - alone):
            print(f"STORE ONLY {case_id} {kind}: {a!r} / {b!r}")
        lost += len(alone - store)
        gained += len(store - alone)
    print(f"found alone, missed in the store of all cases: {lost}; found only in the store: {gained}")


def print_breakdown(breakdown: Counter) -> None:
    """(q24) Counts only: every prediction of the closed sets by feature, as found (a
    labelled conflict), false (a labelled non-conflict) or unlabelled, so a guard's target
    can be sized without reading the sets."""
    print("q24 breakdown of predictions (counts only): found / false / unlabelled")
    for name in ("kind", "score", "rule", "article", "sentence", "speaker", "case", "kind+article",
                 "kind+score", "kind+sentence", "kind+article+speaker", "rule+article", "outlet target",
                 "outlet target signal"):
        values = sorted({v for n, v, _ in breakdown if n == name})
        for value in values:
            f, x, u = (breakdown[(name, value, s)] for s in ("found", "false", "unlabelled"))
            print(f"  {name:>8} {value:<48} {f:4d} {x:4d} {u:4d}")


def main() -> None:
    if "--heldout" in sys.argv:
        pooled_heldout(load_nlp())
        return
    gold_name = sys.argv[sys.argv.index("--gold") + 1] if "--gold" in sys.argv else "conflicts.jsonl"
    heldout = "heldout" in gold_name
    cases = read_jsonl(gold_name)
    nlp = load_nlp()
    groups = [sys.argv[sys.argv.index("--group") + 1]] if "--group" in sys.argv else groups_in(cases)
    if heldout:
        groups = ["all"]
    if "--interplay" in sys.argv and not heldout:
        print_interplay(cases, nlp)
        return
    if "--sample-unlabelled" in sys.argv and not heldout:
        result = evaluate(cases_of(groups[0] if "--group" in sys.argv else "all", cases), nlp)
        print_unlabelled_sample(result, int(sys.argv[sys.argv.index("--sample-unlabelled") + 1]))
        return
    if "--by-score" in sys.argv:
        group = groups[0] if "--group" in sys.argv else "all"
        result = evaluate(cases_of(group, cases), nlp, show="--show" in sys.argv and not heldout)
        if not heldout:
            print(f"== {group}: precision (labelled) {result['precision (labelled pairs)']:.3f}, "
                  f"recall {result['recall']:.3f}")
        print_by_score(result["_scored"])
        return
    for group in groups:
        for through_clusters in (False, True):
            print(f"== {group} cases; a gold claim matches "
                  + ("its cluster's claims too (conflicts are reported once per cluster pair)"
                     if through_clusters else "only the claims covering it"))
            result = evaluate(cases_of(group, cases), nlp, show="--show" in sys.argv and not through_clusters and not heldout,
                              through_clusters=through_clusters)
            for key, value in result.items():
                if key.startswith("_"):
                    continue
                if heldout and key.startswith("unlabelled"):
                    continue
                print(f"{key:>46}: {value:.3f}" if isinstance(value, float) else f"{key:>46}: {value}")


if __name__ == "__main__":
    main()
