"""Score `claims.attribution.find_attributions` on tests/gold/attributions.jsonl,
side by side with textacy's `direct_quotations` on the direct quotes it covers.

Run: `python bench/attribution_eval.py` (from the repository root).

Matching, so the numbers can be read without the code:
* content, strict matching (the original): a predicted span matches a gold statement
  when, after stripping quote marks, spaces and edge punctuation from both, the
  characters they share are at least CONTENT_JACCARD (0.5) of the characters either
  covers (interval Jaccard). Gold content is an exact substring; where it occurs more
  than once, any occurrence may match. Pairs are matched one to one, best overlap first.
* content, convention-tolerant matching (the headline since the conventions were
  written down in docs/attribution.md): strict matching, plus one legitimate span
  difference: a partial quote inside reported speech may be annotated as the quoted
  words alone or as the reported clause that holds them. The shorter span must be
  exactly the inside of one pair of quote marks lying within the longer span, the
  longer one must stay inside one sentence of the text, and the quoted words must be at
  least QUOTE_MIN_SHARE (0.15) of the clause, so that a one-word scare quote does not
  make a whole paragraph a match. Such a pair scores QUOTE_PAIR_SCORE (0.5) when pairs
  are ranked, below any pair that overlaps by more. Nothing else is loosened: a clause
  split in two ("said A and that B") still matches only one of the two halves.
* speaker: equal after normalising (lower case, punctuation, quote marks and leading
  articles/quantifiers removed), or one contains the other's last word ("Drescher" vs
  "Fran Drescher"; "AMPTP" vs "Alliance of ... (AMPTP)").
* speaker-and-content P/R/F1 counts a prediction right only when both match;
  speaker accuracy is over the statements whose content was found.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GOLD = ROOT / "tests" / "gold" / "attributions.jsonl"
# Written by an annotator who saw neither the extractor nor the development gold.
HELDOUT = ROOT / "tests" / "gold" / "attributions_heldout.jsonl"
CONTENT_JACCARD = 0.5
QUOTE_MIN_SHARE = 0.15
QUOTE_PAIR_SCORE = 0.5
OPENERS = "\"“«„"
CLOSERS = "\"”»"
HEADER = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}\s+")
EDGE = " \t\n\"'“”‘’«».,;:!?—–-"
LEADING = {"the", "a", "an", "some", "all", "one", "two", "three", "several"}


def load_gold(path: Path = GOLD) -> list[dict]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        if "file" in item:
            item["text"] = HEADER.sub("", (ROOT / item["file"]).read_text(encoding="utf-8"))
        items.append(item)
    return items


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end


def _jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def norm_speaker(s: str | None) -> str:
    s = (s or "").lower().replace("’", "'")
    s = re.sub(r"'s\b", "", s)
    words = re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", s)
    while len(words) > 1 and words[0] in LEADING:
        words = words[1:]
    return " ".join(words)


def speaker_match(gold: str | None, pred, tolerant: bool = True) -> bool:
    if isinstance(pred, tuple):
        # a named spokesperson and the organisation they speak for (see _ours)
        names = pred if tolerant else pred[:1]
        return any(speaker_match(gold, p) for p in names)
    g, p = norm_speaker(gold), norm_speaker(pred)
    if not g or not p:
        return False
    if g == p:
        return True
    gw, pw = g.split(), p.split()
    return gw[-1] in pw or pw[-1] in gw


def _gold_spans(text: str, content: str) -> list[tuple[int, int]]:
    spans = []
    i = text.find(content)
    while i >= 0:
        spans.append(_strip(text, i, i + len(content)))
        i = text.find(content, i + 1)
    return spans


def _quoted_inside(text: str, inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    """`inner` is the inside of one pair of quote marks that lie within `outer`, and
    `outer` does not run past a sentence end outside quotes (see the module docstring)."""
    if inner == outer or not (outer[0] <= inner[0] and inner[1] <= outer[1]):
        return False
    i = inner[0] - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    j = inner[1]
    while j < len(text) and text[j] in " .,;:!?":
        j += 1
    if i < 0 or text[i] not in OPENERS or j >= len(text) or text[j] not in CLOSERS:
        return False
    if not (outer[0] <= i + 1 and j <= outer[1] + 1) or i < outer[0] - 1:
        return False
    if (inner[1] - inner[0]) < QUOTE_MIN_SHARE * (outer[1] - outer[0]):
        return False
    outside = text[outer[0]:i] + text[j + 1:outer[1]]
    return not re.search(r"[.!?]\s+[A-Z“\"]", outside) and "\n" not in text[outer[0]:outer[1]]


def _score(text: str, gs: tuple[int, int], ps: tuple[int, int], tolerant: bool) -> float:
    j = _jaccard(gs, ps)
    if j >= CONTENT_JACCARD or not tolerant:
        return j
    if _quoted_inside(text, gs, ps) or _quoted_inside(text, ps, gs):
        return QUOTE_PAIR_SCORE
    return j


def match(text: str, gold: list[dict], preds: list[tuple[int, int, str | None]],
          tolerant: bool = True):
    """One-to-one pairs (gold index, pred index, speaker ok), best content overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        spans = _gold_spans(text, g["content"])
        for pi, (s, e, _) in enumerate(preds):
            ps = _strip(text, s, e)
            best = max((_score(text, gs, ps, tolerant) for gs in spans), default=0.0)
            if best >= CONTENT_JACCARD:
                pairs.append((best, gi, pi))
    pairs.sort(reverse=True)
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi, speaker_match(gold[gi]["speaker"], preds[pi][2], tolerant)))
    return out


class Score:
    def __init__(self) -> None:
        self.gold = self.pred = self.content_tp = self.both_tp = 0

    def add(self, n_gold: int, n_pred: int, pairs) -> None:
        self.gold += n_gold
        self.pred += n_pred
        self.content_tp += len(pairs)
        self.both_tp += sum(1 for _, _, ok in pairs if ok)

    @staticmethod
    def _prf(tp: int, gold: int, pred: int) -> tuple[float, float, float]:
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def both(self) -> tuple[float, float, float]:
        return self._prf(self.both_tp, self.gold, self.pred)

    def content(self) -> tuple[float, float, float]:
        return self._prf(self.content_tp, self.gold, self.pred)

    def speaker_accuracy(self) -> float:
        return self.both_tp / self.content_tp if self.content_tp else 0.0


SPOKES_FOR = re.compile(r"\b(?:spokes(?:wo)?man|spokesperson|representative)\s+"
                       r"(?:for|of|at)\s+(?:the\s+)?(?P<org>.+)$", re.I)


def _ours(doc) -> list[tuple[int, int, str | None | tuple[str, str], bool]]:
    """A named spokesperson ("Carla Benitez, a spokeswoman for the Social Alliance") is
    the person under our convention and the organisation under some annotators'; under
    convention-tolerant matching either counts (the role names the organisation)."""
    from claims.attribution import find_attributions

    out = []
    for a in find_attributions(doc):
        speaker = a.speaker
        m = SPOKES_FOR.search(a.speaker_role or "")
        if m and speaker:
            speaker = (speaker, m.group("org"))
        out.append((a.content_start, a.content_end, speaker, a.is_quote))
    return out


def _textacy(doc) -> list[tuple[int, int, str | None]]:
    from textacy.extract.triples import direct_quotations

    out = []
    try:
        triples = list(direct_quotations(doc))
    except ValueError:
        return []  # textacy bails out on an odd number of quote marks (multi-paragraph quotes)
    for dq in triples:
        speaker = " ".join(t.text for t in dq.speaker)
        out.append((dq.content.start_char, dq.content.end_char, speaker))
    return out


def evaluate(path: Path = GOLD, nlp=None, verbose: bool = False, with_textacy: bool = True,
             only: str | None = None) -> dict:
    """Scores under convention-tolerant matching (`ours`) and the original strict matching
    (`ours_strict`). `misses` is filled only when `verbose`; never ask for it on the
    held-out set (its statements must not be read)."""
    if nlp is None:
        from claims.nlp import load_nlp

        nlp = load_nlp()
    items = [it for it in load_gold(path) if only is None or it["id"].startswith(only)]
    from claims.extract import parser_text  # as the pipeline parses

    docs = list(nlp.pipe([parser_text(it["text"]) for it in items]))
    ours, strict, ours_q, tex_q = Score(), Score(), Score(), Score()
    misses: list[str] = []
    have_textacy = with_textacy
    for item, doc in zip(items, docs):
        text = item["text"]
        gold = item["statements"]
        preds = _ours(doc)
        triples = [(s, e, sp) for s, e, sp, _ in preds]
        pairs = match(text, gold, triples)
        ours.add(len(gold), len(preds), pairs)
        strict.add(len(gold), len(preds), match(text, gold, triples, tolerant=False))
        if verbose:
            got = {gi for gi, _, ok in pairs if ok}
            found = {pi for _, pi, ok in pairs if ok}
            for gi, g in enumerate(gold):
                if gi not in got:
                    misses.append(f"  MISS {item['id']}: [{g['speaker']}] {g['content'][:80]!r}")
            for pi, (s, e, sp, _) in enumerate(preds):
                if pi not in found:
                    misses.append(f"  EXTRA {item['id']}: [{sp}] {text[s:e][:80]!r}")
        # statements in the speaker's own words: direct quotes, and (the convention's form
        # of a partial quote) reported clauses that hold quote marks
        gq = [g for g in gold if g["is_quote"] or any(ch in OPENERS for ch in g["content"])]
        pq = [(s, e, sp) for s, e, sp, q in preds
              if q or any(ch in OPENERS for ch in text[s:e])]
        ours_q.add(len(gq), len(pq), match(text, gq, pq))
        if have_textacy:
            try:
                tq = _textacy(doc)
            except ImportError:
                have_textacy = False
                continue
            tex_q.add(len(gq), len(tq), match(text, gq, tq))
    result = {
        "passages": len(items),
        "statements": ours.gold,
        "counts": {"gold": ours.gold, "pred": ours.pred, "content_tp": ours.content_tp,
                   "both_tp": ours.both_tp},
        "ours": {"both": ours.both(), "content": ours.content(),
                 "speaker_accuracy": ours.speaker_accuracy(), "predicted": ours.pred},
        "ours_strict": {"both": strict.both(), "content": strict.content(),
                        "speaker_accuracy": strict.speaker_accuracy()},
        "ours_quotes": {"both": ours_q.both(), "speaker_accuracy": ours_q.speaker_accuracy(),
                        "gold": ours_q.gold, "predicted": ours_q.pred},
        "misses": misses,
    }
    if have_textacy:
        result["textacy_quotes"] = {"both": tex_q.both(),
                                    "speaker_accuracy": tex_q.speaker_accuracy(),
                                    "gold": tex_q.gold, "predicted": tex_q.pred}
    return result


def _fmt(prf: tuple[float, float, float]) -> str:
    return f"P={prf[0]:.3f} R={prf[1]:.3f} F1={prf[2]:.3f}"


def main(argv: list[str]) -> int:
    verbose = "-v" in argv  # lists misses of the development gold only
    # `--only PREFIX`: score only the development passages whose id starts with PREFIX
    only = argv[argv.index("--only") + 1] if "--only" in argv[:-1] else None
    # every held-out set present (attributions_heldout*.jsonl), totals only
    heldout = sorted(HELDOUT.parent.glob("attributions_heldout*.jsonl"))
    sets = [("development gold (tuned on)", GOLD, verbose)] + [
        ("held-out gold (never tuned on; totals only)", path, False) for path in heldout]
    if only is not None:
        sets = sets[:1]
    pooled = Score()
    for name, path, show in sets:
        print(f"== {name}: {path.name}" + (f" (ids starting {only!r})" if only else ""))
        r = evaluate(path, verbose=show, only=only)
        report(r, show)
        print()
        if path != GOLD:
            c = r["counts"]
            pooled.gold += c["gold"]
            pooled.pred += c["pred"]
            pooled.content_tp += c["content_tp"]
            pooled.both_tp += c["both_tp"]
    if pooled.gold:
        # every never-opened statement counted once: the estimate for unseen articles
        print(f"== all held-out sets pooled ({pooled.gold} statements)")
        print(f"ours  all statements   speaker+content {_fmt(pooled.both())}  "
              f"(predicted {pooled.pred})")
        print(f"ours  speaker accuracy on found statements {pooled.speaker_accuracy():.3f}")
    return 0


def report(r: dict, verbose: bool) -> None:
    print(f"gold: {r['passages']} passages, {r['statements']} statements")
    o = r["ours"]
    print(f"ours  all statements   speaker+content {_fmt(o['both'])}  "
          f"(predicted {o['predicted']})")
    print(f"ours  all statements   content only    {_fmt(o['content'])}")
    print(f"ours  speaker accuracy on found statements {o['speaker_accuracy']:.3f}")
    st = r["ours_strict"]
    print(f"  (strict matching: speaker+content {_fmt(st['both'])}  "
          f"speaker acc {st['speaker_accuracy']:.3f})")
    q = r["ours_quotes"]
    print(f"quoted words (gold is_quote=true or holding a quote: {q['gold']}):")
    print(f"  ours     speaker+content {_fmt(q['both'])}  speaker acc "
          f"{q['speaker_accuracy']:.3f}  (predicted {q['predicted']})")
    if "textacy_quotes" in r:
        t = r["textacy_quotes"]
        print(f"  textacy  speaker+content {_fmt(t['both'])}  speaker acc "
              f"{t['speaker_accuracy']:.3f}  (predicted {t['predicted']})")
    else:
        print("  textacy  not installed (pip install textacy)")
    if verbose:
        print("\n".join(r["misses"]))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
