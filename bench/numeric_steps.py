"""Where a missed numeric conflict is lost (round n22, after m19's throwaway count): for
every gold numeric conflict not found, the furthest step its two gold figures reach in
`_numeric_conflicts`, and for every numeric false alarm the path that let it through.

Steps, in the order the code takes them (m19's table):
  (a) a side with no claim covering it
  (b) a side's claims hold no figure inside the gold text
  (c) the two claims never compared (not gathered as candidates), with whether the two
      figures' measures share a stem and whether either figure has no measure
  (c') compared but one source / time frames apart / figures skipped as loosely met
  other units; intervals overlap; orders apart; both stated by one side
  (d/e) `_same_measure` said no: the line of `if` that returned, so the guard is named
  met through a synonym or frame only (g11/n18); a guard after `_same_measure` (named)
  (g) passed every test: another pair of the two clusters was kept

Run: python bench/numeric_steps.py             # dev gold, misses and false alarms with text
     python bench/numeric_steps.py --heldout   # closed sets: pooled, then the newest apart;
                                               # integer counts and code only, never text
The pipeline runs unforked (the numeric child's records would be lost) with the default
settings otherwise, so what is found is what bench/conflicts_eval.py finds."""
from __future__ import annotations

import collections
import linecache
import re
import sys
from pathlib import Path

W = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(W / "bench"))
from gold_claims import article_claims, covers, locate, case_articles, claim_refs, read_jsonl  # noqa: E402
from trace_lines import call_traced  # noqa: E402

import claims.conflicts as cc  # noqa: E402
from claims.overlap import stem  # noqa: E402
from claims.overlap import topic_stems  # noqa: E402
import claims.conflicts.common as cc_common  # noqa: E402
import claims.conflicts.contradictions as cc_contradictions  # noqa: E402
import claims.conflicts.numeric as cc_numeric  # noqa: E402
import claims.quantities as cc_quantities  # noqa: E402
from claims.clustering import cluster_claims  # noqa: E402
from claims.nlp import load_nlp  # noqa: E402

STATE: dict = {}
CANDIDATES: set[tuple[str, str]] = set()

_orig_numeric, _orig_restated, _orig_independent = cc_numeric._numeric_conflicts, cc_numeric._with_restated_measures, cc_numeric._independent_sources


YIELDED: list = []  # (n26) every numeric conflict _numeric_conflicts yields, before one is kept per cluster pair


def _numeric(judged, related, settings, stories=None):
    STATE.update(related=related, settings=settings, stories=stories, numeric=True)
    try:
        for conflict, figures in _orig_numeric(judged, related, settings, stories):
            YIELDED.append(conflict)
            yield conflict, figures
    finally:
        STATE["numeric"] = False


def _restated(with_figures):
    out = _orig_restated(with_figures)
    STATE["with_figures"] = {j.claim.claim_id: j for j in out}
    return out


def _independent(a, b):
    if STATE.get("numeric"):
        CANDIDATES.add((a.claim.claim_id, b.claim.claim_id))
    return _orig_independent(a, b)


_orig_named = cc_numeric._with_named_figure_measures


def _named(with_figures, *args, **kwargs):
    """(n101) the figures as the loop compares them: after the measures of figures named
    only as "the number" are taken too (nr44), which runs after the restated ones"""
    out = _orig_named(with_figures, *args, **kwargs)
    STATE["with_figures"] = {j.claim.claim_id: j for j in out}
    return out


cc._numeric_conflicts, cc_numeric._with_restated_measures, cc_numeric._independent_sources = _numeric, _restated, _independent
cc_numeric._with_named_figure_measures = _named
cc_contradictions._independent_sources = _independent

SAME_MEASURE = cc_numeric._same_measure.__code__


def _same_measure_line(qa, a, qb, b, matter, facts, outlets) -> tuple[bool, int | None]:
    """`_same_measure`'s answer and, for a no, the line of the `if` that returned it."""
    return call_traced(SAME_MEASURE, "line", lambda: cc_numeric._same_measure(qa, a, qb, b, matter, facts, outlets))


def _guard_code(line: int) -> str:
    """The condition that returned False: the `if` line at or above the `return False`."""
    for n in range(line, line - 6, -1):
        code = linecache.getline(cc_numeric.__file__, n).strip()
        if code.startswith(("if ", "if(", "elif ")) or code.startswith("return not"):
            return code[:90]
    return linecache.getline(cc_numeric.__file__, line).strip()[:90]


AFTER_GUARDS = (
    ("one_of_history", lambda qa, a, qb, b, f: cc_numeric._one_of_history(qa, a, qb, b, f)),
    ("forecast_against_now", lambda qa, a, qb, b, f: cc_numeric._forecast_against_now(qa, a, qb, b)),
    ("named_days_differ", lambda qa, a, qb, b, f: cc_numeric._named_days_differ(qa, a, qb, b, f)),
    ("dated_after_other_article", lambda qa, a, qb, b, f: cc_numeric._dated_after_other_article(qa, a, qb, b, f)),
    ("day_against_past_year", lambda qa, a, qb, b, f: cc_numeric._day_against_past_year(qa, a, qb, b, f)),
    ("revision_of_earlier", lambda qa, a, qb, b, f: cc_numeric._revision_of_earlier(qa, a, qb, b)),
    ("remainder_of_other", lambda qa, a, qb, b, f: cc_numeric._remainder_of_other(qa, a.claim, qb, b.claim)),
    ("one_place_of_joined", lambda qa, a, qb, b, f: cc_numeric._one_place_of_joined(qa, a.claim, qb, b.claim)),
    ("hypothetical", lambda qa, a, qb, b, f: cc_numeric._hypothetical(qa, a.claim) or cc_numeric._hypothetical(qb, b.claim)),
    ("spans_differ", lambda qa, a, qb, b, f: cc_numeric._spans_differ(qa, a.claim, qb, b.claim)),
    ("last_season_against_now", lambda qa, a, qb, b, f: cc_numeric._last_season_against_now(a.claim, b.claim)),
    ("average_against_one", lambda qa, a, qb, b, f: cc_numeric._average_against_one(a.claim, b.claim)),
)

# (n77) the guards the loop skips for a replaced figure named (its first block)
TIME_GUARDS = frozenset({"one_of_history", "forecast_against_now", "named_days_differ", "dated_after_other_article",
                         "day_against_past_year", "revision_of_earlier", "spans_differ", "last_season_against_now"})

STEPS = ["(c) never compared", "(c') one source", "(c') time frames apart", "(c') loosely met, measures apart",
         "other units", "no interval", "intervals overlap", "orders apart", "both stated",
         "(d/e) _same_measure no", "met through a synonym/frame of a count", "guard after _same_measure",
         "(g) passed every test"]


def judge(ja, qa, jb, qb, facts) -> tuple[int, str]:
    """The furthest step (its rank in STEPS) the two figures reach, and its detail."""
    if ja.index > jb.index:
        ja, qa, jb, qb = jb, qb, ja, qa
    related, settings = STATE["related"], STATE["settings"]
    ma, mb = facts.measure(qa, ja.claim), facts.measure(qb, jb.claim)
    if (ja.claim.claim_id, jb.claim.claim_id) not in CANDIDATES:
        raw = bool(qa.measure and qb.measure and topic_stems(qa.measure) & topic_stems(qb.measure))
        detail = (f"measures (with synonyms) share a stem={bool(ma & mb)}, as worded={raw}; a figure of no measure={not (ma and mb)}; "
                  f"units {'same (' + str(qa.unit) + ')' if qa.unit == qb.unit else 'differ'}; rate={bool(qa.per or qb.per)}")
        return 0, detail
    if not cc_numeric._independent_sources(ja.ref, jb.ref):
        return 1, ""
    timed = cc_numeric._same_time_frame(ja.ref, jb.ref, settings, facts)
    # (n77) a figure naming the other's as the one it replaces meets it across time frames
    # (p62): followed on, past `_same_measure` and the time guards, as the loop does
    replaced = cc_numeric._names_replaced_either(qa, ja.claim, qb, jb.claim, facts)
    if not timed and not replaced:
        named = facts.named_replaced(ja.claim) or facts.named_replaced(jb.claim)
        return 2, "a figure named as replaced, not met as this pair's" if named else ""
    if not timed and STATE.get("stories") is not None and not cc_numeric._replaced_story(ja.ref, jb.ref, STATE["stories"], settings):
        return 2, "a replaced figure named, articles not of one story"
    matter = related.matter(ja, jb)
    one_sum = False
    if hasattr(cc, "_sole_sums"):  # (n22) two articles' one sums
        if "sole_sums" not in STATE:
            STATE["sole_sums"] = cc._sole_sums(list(STATE["with_figures"].values()))
        one_sum = (jb.index in cc._sole_sum_candidates(ja, STATE["sole_sums"], STATE["stories"], settings)
                   and cc._sole_sum(qa) and cc._sole_sum(qb))
    shared_event = not facts.events(qa, ja.claim).isdisjoint(facts.events(qb, jb.claim))
    if (matter < settings.numeric_matter and not one_sum and ma.isdisjoint(mb) and not shared_event
            and not cc_numeric._frames_meet(qa, ja.claim, qb, jb.claim, facts)):
        return 3, ""
    other = cc_numeric._converted(qa, qb)
    if other is None:
        detail = f"{qa.unit}/{qb.unit} per {bool(qa.per)}/{bool(qb.per)} kind {qa.kind.value}/{qb.kind.value}"
        if qa.unit == qb.unit and qa.kind != qb.kind:
            by = ["by" if cc_numeric._before_figure(q, j.claim, 12).rstrip().lower().endswith(("by", "by about", "by around", "by some"))
                  else "to" if cc_numeric._before_figure(q, j.claim, 12).rstrip().lower().endswith(("to", "to about", "to around"))
                  else "-" for q, j in ((qa, ja), (qb, jb))]
            gl = [facts.gain_or_loss(q, j.claim) for q, j in ((qa, ja), (qb, jb))]
            rise = [bool(q.measure) and stem(q.measure.split()[-1].lower()) in cc_numeric.rise_nouns() for q in (qa, qb)]
            detail += f" [before {by[0]}/{by[1]}; gain-or-loss {gl[0]}/{gl[1]}; measure a rise noun {rise[0]}/{rise[1]}]"
        return 4, detail
    ia, ib = cc_numeric.interval(qa, settings.rounding_tolerance), cc_numeric.interval(other, settings.rounding_tolerance)
    if ia is None or ib is None:
        return 5, ""
    if cc_numeric._overlap(ia, ib):
        return 6, _overlap_detail(qa, ja, ia, other, jb, ib)
    if cc_numeric._orders_apart(qa, other, settings.figures_apart):
        return 7, ""
    if cc_numeric._both_stated(qa, ja.claim, qb, jb.claim):
        return 8, ""
    ok, line = (True, None) if replaced else _same_measure_line(qa, ja.claim, qb, jb.claim, max(matter, cc_numeric.COMPARED_MATTER) if one_sum else matter, facts, cc_numeric._outlet_stems(ja.ref, jb.ref))
    if not ok:
        code = _guard_code(line)
        if code.startswith("if not same_measure or"):
            scopes = (facts.scope(qa, ja.claim), facts.scope(qb, jb.claim))
            # the scope words are entries of claims/data/conflict_scope_words.txt: a category
            code = (f"scope words differ ({'one side only' if not all(scopes) else 'both sides'}: "
                    f"{'/'.join(sorted(scopes[0] | scopes[1]))})"
                    if scopes[0] != scopes[1] and ma & mb else "measure judged different"
                    + (" (scopes differ too)" if scopes[0] != scopes[1] else "")
                    + f" [{qa.unit}; matter {matter:.1f};"
                    f" measured apart {cc_numeric._measured_apart(qa, ja.claim, qb, jb.claim, facts)};"
                    f" both measures named {bool(qa.measure and qb.measure)}]")
        return 9, code
    for name, guard in AFTER_GUARDS:
        if replaced and name in TIME_GUARDS:
            continue
        if guard(qa, ja.ref, qb, jb.ref, facts):
            return 11, name
    return 12, path(ja, qa, jb, qb, facts, matter) + "; " + dropped_after(ja, jb, facts)


def _band(x: float, edges=(1.1, 1.2, 1.5, 2.0, 3.0)) -> str:
    """A ratio as a band (closed sets: counts of bands, never a value)."""
    lo = "1.0"
    for e in edges:
        if x < e:
            return f"{lo}-{e}"
        lo = str(e)
    return f">={lo}"


def _qualifier_kind(q, claim) -> str:
    """(n26) How the wording bounds the figure: the parser's qualifier kind, "open-high" /
    "open-low" for an open side, "reach" for an emphatic bound, "vague" for a figure of no value."""
    if q.value is None:
        return "vague"
    if q.low is None and q.high is not None and cc_numeric.reach_pattern().search(q.surface):
        return "reach"
    kind = q.qualifier or ("exact" if q.low == q.high or q.low is None and q.high is None else "rounded")
    if q.high is None and q.low is not None:
        kind += "/open-high"
    if q.low is None and q.high is not None:
        kind += "/open-low"
    return kind


def _overlap_detail(qa, ja, ia, qb, jb, ib) -> str:
    """(n26) For two figures judged to overlap: each side's qualifier kind (the lower value
    first), the ratio of the values as a band, each interval's width relative to its
    figure as a band ("open" for an open side), and whether either side is a range."""
    sides = sorted([(qa.value or 0.0, qa, ja, ia), (qb.value or 0.0, qb, jb, ib)], key=lambda s: s[0])
    kinds = "/".join(_qualifier_kind(q, j.claim) for _, q, j, _ in sides)
    lo, hi = sides[0][0], sides[1][0]
    ratio = _band(hi / lo) if lo > 0 else "?"
    widths = "/".join("open" if abs(i[0]) == float("inf") or abs(i[1]) == float("inf")
                      else _band(1.0 + (i[1] - i[0]) / abs(v), (1.02, 1.05, 1.1, 1.2, 1.3, 1.5)) if v else "?"
                      for v, _, _, i in sides)
    digits = "/".join(str(cc_numeric._significant_digits(q.surface)) for _, q, _, _ in sides)
    # the qualifier phrase only when it is an entry of the qualifier table (code vocabulary)
    table = sorted(cc_quantities._qualifier_kinds(), key=len, reverse=True)
    phrases = "/".join(next((t for t in table if q.surface.lower().startswith(t + " ")), "-") for _, q, _, _ in sides)
    return (f"kinds (smaller first) {kinds}; phrases {phrases}; significant digits {digits}; "
            f"values ratio {ratio}; widths 1+w/v {widths}")


def dropped_after(ja, jb, facts=None) -> str:
    """(n26) For a pair of claims that passed every test: whether _numeric_conflicts
    yielded a conflict for it (then one conflict per cluster pair kept another: same
    cluster pair, same kind), or not (a step of its loop outside the figure tests:
    _background_figure, a candidate met only by event / synonym / frame, the loose filter)."""
    ids = {ja.claim.claim_id, jb.claim.claim_id}
    mine = [c for c in YIELDED if {c.claim_a, c.claim_b} == ids]
    if mine:
        cluster, article = STATE["cluster_of"], STATE["article_of"]
        key = lambda c: frozenset((cluster.get(c.claim_a, c.claim_a), cluster.get(c.claim_b, c.claim_b)))  # noqa: E731
        kept = [c for c in STATE["predicted"] if key(c) == key(mine[0])]
        if not kept:
            return "yielded, none of its cluster pair kept (another story's?)"
        k = max(kept, key=lambda c: c.score)
        why = "kept scores higher" if k.score > mine[0].score + cc_common.NEAR_SCORE else "score as near, earlier pair order"
        same = ({article[k.claim_a], article[k.claim_b]} == {ja.claim.article_id, jb.claim.article_id})
        return f"yielded, another of the cluster pair kept ({why}; kept pair in the same two articles={same})"
    if cc_numeric._background_figure(ja, jb, facts) or cc_numeric._background_figure(jb, ja, facts):
        return "not yielded: background figure"
    return "not yielded: not reached in the loop (candidate route)"


def path(ja, qa, jb, qb, facts, matter) -> str:
    """Which test of `_same_measure` tied the two figures (the first that holds)."""
    a, b = ja.claim, jb.claim
    settings = STATE["settings"]
    route = "matter" if matter >= settings.numeric_matter else "loose"
    shared = facts.measure(qa, a) & facts.measure(qb, b)
    events = facts.events(qa, a) & facts.events(qb, b)
    if shared:
        tie = "shared measure stem"
    elif events:
        tie = "one event"
    elif qa.unit != "count" and ((facts.head(qa) & facts.own_text(qb, b)) or (facts.head(qb) & facts.own_text(qa, a))):
        tie = "head in the other's words"
    elif qa.unit == "count" and (facts.measure(qb, b) & facts.act(qa, a) or facts.measure(qa, a) & facts.act(qb, b)):
        tie = "measure names the other's act"
    elif qa.unit == "count" and facts.measure(qa, a) & facts.text(b) and facts.measure(qb, b) & facts.text(a):
        tie = "each measure in the other's text"
    elif facts.compared(a) or facts.compared(b):
        tie = "a figure set against another"
    else:
        tie = "sentences share rare words (matter)"
    scoped = "; scopes differ (wider count / listed part)" if facts.scope(qa, a) != facts.scope(qb, b) else ""
    return f"{route}; {tie}; unit {qa.unit}{scoped}"




def figures_in(j, where):
    _, s, e = where
    return [q for q in j.claim.quantities if q.value is not None and q.start_char < e and s < q.end_char]


NUMBER_WORDS = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                          r"hundred|thousand|million|billion|dozen|dozens|hundreds|thousands|half|third|quarter|"
                          r"double|doubled|tripled|halved)\b", re.IGNORECASE)


def _why_no_figure(case, side_claims, where) -> str:
    """Booleans only: whether the gold text holds a digit or a number word, and whether the
    claims covering it read a figure there with no value (vague) or any figure at all."""
    article_id, s, e = where
    text = next(a["text"] for a in case["articles"] if a["id"] == article_id)[s:e]
    in_span = [q for c in side_claims for q in c.quantities if q.start_char < e and s < q.end_char]
    return (f"digit={any(ch.isdigit() for ch in text)}; number word={bool(NUMBER_WORDS.search(text))}; "
            f"vague figure there={any(q.value is None for q in in_span)}; "
            f"covering claims hold figures elsewhere={any(c.quantities for c in side_claims)}")


def run(cases, nlp, show: bool) -> collections.Counter:
    CANDIDATES.clear()
    STATE.clear()
    YIELDED.clear()
    articles = case_articles(cases)
    claims = article_claims(articles, nlp)
    refs = claim_refs(articles, claims)
    settings = cc_common.ConflictSettings(fork_claims=(10**12, 10**12))
    clusters = cluster_claims(claims)
    predicted = [c for c in cc.find_conflicts(refs, clusters, settings) if c.kind.value == "numeric"]
    STATE.update(predicted=predicted, cluster_of={m.claim_id: m.cluster_id for m in clusters},
                 article_of={c.claim_id: c.article_id for c in claims})
    by_id = {c.claim_id: c for c in claims}
    judged = STATE.get("with_figures", {})
    # (n77) the article's figures, as the loop's facts hold them (a replaced figure named
    # in another claim of the sentence)
    by_article = collections.defaultdict(list)
    for j in judged.values():
        by_article[j.claim.article_id].extend((q, j.claim) for q in j.claim.quantities if q.value is not None)
    facts = cc_numeric._Facts(by_article)
    counts = collections.Counter()
    status = {}
    for case in cases:
        for pair in case["pairs"]:
            aw, bw = locate(case, pair["a"]), locate(case, pair["b"])
            for c in predicted:
                if (covers(by_id[c.claim_a], aw) and covers(by_id[c.claim_b], bw)) or \
                        (covers(by_id[c.claim_a], bw) and covers(by_id[c.claim_b], aw)):
                    if status.get(c.conflict_id) != "false":
                        status[c.conflict_id] = "found" if pair.get("conflict") else "false"
    for c in predicted:
        counts[f"v29 acts, {status.get(c.conflict_id, 'unlabelled')}: {_acts_probe(c, by_id)}"] += 1
    for case in cases:
        for pair in case["pairs"]:
            aw, bw = locate(case, pair["a"]), locate(case, pair["b"])
            hits = [c for c in predicted
                    if (covers(by_id[c.claim_a], aw) and covers(by_id[c.claim_b], bw))
                    or (covers(by_id[c.claim_a], bw) and covers(by_id[c.claim_b], aw))]
            if not pair.get("conflict"):
                if hits:
                    ja, jb = judged[hits[0].claim_a], judged[hits[0].claim_b]
                    passed = [judge(ja, qa, jb, qb, facts) for qa in ja.claim.quantities if qa.value is not None
                              for qb in jb.claim.quantities if qb.value is not None]
                    detail = max(passed, key=lambda r: r[0])[1] if passed else "?"
                    counts[f"false alarm: {detail}"] += 1
                    if show:
                        print("  FALSE", case["id"], repr(pair["a"]), "/", repr(pair["b"]), "->", detail)
                continue
            if pair.get("kind") != "numeric":
                continue
            if hits:
                counts["found"] += 1
                continue
            sides = [[c for c in claims if covers(c, w)] for w in (aw, bw)]
            if not all(sides):
                step = "(a) a side with no claim covering it"
            else:
                js = [[judged[c.claim_id] for c in side if c.claim_id in judged and figures_in(judged[c.claim_id], w)]
                      for side, w in zip(sides, (aw, bw))]
                if not all(js):
                    lacking = [(side, w) for side, w, j in zip(sides, (aw, bw), js) if not j][0]
                    step = "(b) a side's claims hold no figure in the gold text: " + _why_no_figure(case, *lacking)
                else:
                    results = [judge(ja, qa, jb, qb, facts)
                               for ja in js[0] for jb in js[1] if ja.claim.claim_id != jb.claim.claim_id
                               for qa in figures_in(ja, aw) for qb in figures_in(jb, bw)]
                    rank, detail = max(results, key=lambda r: r[0]) if results else (0, "one claim")
                    step = f"{STEPS[rank]}: {detail}" if detail else STEPS[rank]
            counts[f"missed: {step}"] += 1
            if show:
                print("  MISSED", case["id"], repr(pair["a"]), "/", repr(pair["b"]), "->", step)
    return counts


def _acts_probe(conflict, by_id) -> str:
    """(v29) Counts only: the act classes (`conflict_act_classes.txt`, nearest phrase to
    each figure in its clause) of the two figures a numeric prediction set against each
    other: one class, two classes (the guard's reach), one side only, neither."""
    from claims.figure_roles import figure_act
    surfaces = re.findall(r"'([^']*)' \(", conflict.reason)[:2]
    acts = []
    for claim_id, surface in zip((conflict.claim_a, conflict.claim_b), surfaces):
        claim = by_id[claim_id]
        q = next((q for q in claim.quantities if q.surface == surface), None)
        acts.append(figure_act(q, claim) if q is not None else None)
    known = [a for a in acts if a]
    if len(known) == 2:
        return f"one class ({acts[0]})" if acts[0] == acts[1] else "two classes"
    return f"one side only ({known[0]})" if known else "neither"


def report(title: str, counts: collections.Counter) -> None:
    print(f"== {title}")
    for k, v in sorted(counts.items(), key=lambda kv: (not kv[0].startswith("found"), kv[0])):
        print(f"{v:4d} {k}")


def main() -> None:
    nlp = load_nlp()
    if "--heldout" in sys.argv:
        paths = sorted((W / "tests/gold").glob("conflicts_heldout*.jsonl"), key=lambda p: (len(p.name), p.name))
        pooled = collections.Counter()
        newest = None
        for p in paths:
            got = run(read_jsonl(p.name), nlp, False)
            pooled += got
            newest = (p.name, got)
        report("closed sets pooled", pooled)
        report(f"newest closed set alone ({newest[0]})", newest[1])
        return
    cases = read_jsonl("conflicts.jsonl")
    if "--group" in sys.argv:
        prefix = sys.argv[sys.argv.index("--group") + 1] + "-"
        cases = [c for c in cases if c["id"].startswith(prefix)]
    report("dev", run(cases, nlp, "--quiet" not in sys.argv))


if __name__ == "__main__":
    main()
