"""Score `claims.attribution.find_attributions` on tests/gold/attributions.jsonl,
side by side with textacy's `direct_quotations` on the direct quotes it covers.

Run: `python bench/attribution_eval.py` (from the repository root).

Matching, so the numbers can be read without the code:
* content: a predicted span matches a gold statement when, after stripping quote marks,
  spaces and edge punctuation from both, the characters they share are at least
  CONTENT_JACCARD (0.5) of the characters either covers (interval Jaccard). Gold content
  is an exact substring; where it occurs more than once, any occurrence may match.
  Pairs are matched one to one, best overlap first.
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


def speaker_match(gold: str | None, pred: str | None) -> bool:
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


def match(text: str, gold: list[dict], preds: list[tuple[int, int, str | None]]):
    """One-to-one pairs (gold index, pred index, speaker ok), best content overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        spans = _gold_spans(text, g["content"])
        for pi, (s, e, _) in enumerate(preds):
            ps = _strip(text, s, e)
            best = max((_jaccard(gs, ps) for gs in spans), default=0.0)
            if best >= CONTENT_JACCARD:
                pairs.append((best, gi, pi))
    pairs.sort(reverse=True)
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi, speaker_match(gold[gi]["speaker"], preds[pi][2])))
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


def _ours(doc) -> list[tuple[int, int, str | None, bool]]:
    from claims.attribution import find_attributions

    return [(a.content_start, a.content_end, a.speaker, a.is_quote)
            for a in find_attributions(doc)]


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


def evaluate(path: Path = GOLD, nlp=None, verbose: bool = False, with_textacy: bool = True) -> dict:
    if nlp is None:
        from claims.nlp import load_nlp

        nlp = load_nlp()
    items = load_gold(path)
    docs = list(nlp.pipe([it["text"] for it in items]))
    ours, ours_q, tex_q = Score(), Score(), Score()
    misses: list[str] = []
    have_textacy = with_textacy
    for item, doc in zip(items, docs):
        text = item["text"]
        gold = item["statements"]
        preds = _ours(doc)
        pairs = match(text, gold, [(s, e, sp) for s, e, sp, _ in preds])
        ours.add(len(gold), len(preds), pairs)
        if verbose:
            got = {gi for gi, _, ok in pairs if ok}
            found = {pi for _, pi, ok in pairs if ok}
            for gi, g in enumerate(gold):
                if gi not in got:
                    misses.append(f"  MISS {item['id']}: [{g['speaker']}] {g['content'][:80]!r}")
            for pi, (s, e, sp, _) in enumerate(preds):
                if pi not in found:
                    misses.append(f"  EXTRA {item['id']}: [{sp}] {text[s:e][:80]!r}")
        gq = [g for g in gold if g["is_quote"]]
        pq = [(s, e, sp) for s, e, sp, q in preds if q]
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
        "ours": {"both": ours.both(), "content": ours.content(),
                 "speaker_accuracy": ours.speaker_accuracy(), "predicted": ours.pred},
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
    verbose = "-v" in argv
    for name, path in (("development gold (tuned on)", GOLD), ("held-out gold (never tuned on)", HELDOUT)):
        print(f"== {name}: {path.name}")
        report(evaluate(path, verbose=verbose), verbose)
        print()
    return 0


def report(r: dict, verbose: bool) -> None:
    print(f"gold: {r['passages']} passages, {r['statements']} statements")
    o = r["ours"]
    print(f"ours  all statements   speaker+content {_fmt(o['both'])}  "
          f"(predicted {o['predicted']})")
    print(f"ours  all statements   content only    {_fmt(o['content'])}")
    print(f"ours  speaker accuracy on found statements {o['speaker_accuracy']:.3f}")
    q = r["ours_quotes"]
    print(f"direct quotes (gold is_quote=true: {q['gold']}):")
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
