"""Quantity parser against the hand-labelled gold set, side by side with quantulum3.

Run: python bench/quantities_eval.py [--gold tests/gold/quantities.jsonl] [--repeat 3] [--errors]

Levels (precision / recall / F1, micro-averaged over all figures):
  detection  a predicted span matches a gold span if they overlap by at least half of the
             shorter one (so "over $5 billion" matches "$5 billion"); one-to-one, greedy.
  value      a detected pair whose unit is equal and whose value, low and high agree within
             VALUE_TOLERANCE relative (None must meet None). quantulum3 has no intervals, so
             it is scored on value+unit only; ours is printed on both.
  measure    a detected pair whose measures are equal after normalisation, or whose
             rapidfuzz token_set_ratio is >= MEASURE_THRESHOLD. Precision is over predicted
             figures that carry a measure, recall over gold figures that carry one.
  measure, stems  the same test on content-word stems with frame words ("number of",
             "share of", "change in", "duration of") dropped on both sides; see stem_measure_ok.
             --errors marks with MEAS* the misses that this second score accepts.
Units are compared as quantities: pint spellings ("metre" = "meter"), "ratio" = "times" and
a fraction = a percent / 100, for ours, gold and quantulum3 alike (--strict-units: names).
Speed is milliseconds per text over the gold texts and the seed paragraphs, counted every
way (see print_speed): marginal on the pipeline's parse, with a full parse, with a parse
without NER, and parsing only texts with a figure; quantulum3 on raw text beside them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz  # noqa: E402

VALUE_TOLERANCE = 0.02
MEASURE_THRESHOLD = 80
GOLD = ROOT / "tests" / "gold" / "quantities.jsonl"

# quantulum3 unit names -> ours, so that value+unit can be compared.
QUANTULUM_UNITS = {
    "dollar": "USD", "united states dollar": "USD", "cent": "USD", "euro": "EUR", "pound sterling": "GBP",
    "penny": "GBP", "percentage": "percent", "percentage point": "percentage_point", "dimensionless": "count",
    "second": "second", "minute": "minute", "hour": "hour", "day": "day", "week": "week", "month": "month",
    "year": "year", "decade": "decade", "mile per hour": "mile / hour", "kilometre per hour": "kilometer / hour",
    "metre": "meter", "kilometre": "kilometer", "centimetre": "centimeter", "millimetre": "millimeter",
    "mile": "mile", "foot": "foot", "square foot": "foot ** 2", "acre": "acre", "gigabyte": "gigabyte",
    "degree Celsius": "degree_Celsius", "degree fahrenheit": "degree_Fahrenheit", "degree Fahrenheit": "degree_Fahrenheit",
    "tonne": "metric_ton", "pound-mass": "pound", "gallon": "gallon", "gigawatt": "gigawatt",
    "megabit per second": "megabit / second", "megawatt hour": "megawatt_hour", "point": "point",
}
# quantulum3 reports minor currency units as such; ours are major units.
QUANTULUM_FACTORS = {"cent": 0.01, "penny": 0.01}


@dataclass
class Fig:
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    measure: str | None = None


@dataclass
class Score:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def line(self, name: str) -> str:
        p, r, f = self.prf()
        return f"  {name:34} P={p:.3f} R={r:.3f} F1={f:.3f}   (tp={self.tp} pred={self.pred} gold={self.gold})"


def load_gold(path: Path) -> list[dict]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rows.append(json.loads(line))
    return rows


def gold_figs(row: dict) -> list[Fig]:
    """Gold figures located in their text, in order (a repeated surface takes the next one)."""
    figs, pos = [], 0
    for q in row["quantities"]:
        start = row["text"].find(q["surface"], pos)
        if start < 0:
            start = row["text"].find(q["surface"])
        if start < 0:
            raise ValueError(f"gold surface {q['surface']!r} not in {row['text']!r}")
        pos = start + 1
        figs.append(Fig(start, start + len(q["surface"]), q["value"], q["low"], q["high"], q["unit"], q.get("measure")))
    return figs


def overlap_match(pred: list[Fig], gold: list[Fig]) -> list[tuple[Fig, Fig]]:
    pairs, used = [], set()
    for g in gold:
        best, best_ov = None, 0.0
        for i, p in enumerate(pred):
            if i in used:
                continue
            ov = min(p.end, g.end) - max(p.start, g.start)
            shorter = min(p.end - p.start, g.end - g.start) or 1
            if ov > 0 and ov / shorter >= 0.5 and ov / shorter > best_ov:
                best, best_ov = i, ov / shorter
        if best is not None:
            used.add(best)
            pairs.append((pred[best], g))
    return pairs


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= VALUE_TOLERANCE * max(abs(a), abs(b)) + 1e-9


HELDOUT_CONVENTION = False  # set by --convention heldout


STRICT_UNITS = False  # set by --strict-units

# Unit names that are the same unit or the same quantity on another scale, whoever wrote
# them: British and American spellings of one pint unit, a multiplier named "ratio" or
# "times", and a share written as a fraction (0.5) or as a percent (50). Figures are compared
# after this, on both sides (ours, gold and quantulum3 alike); --strict-units compares names.
UNIT_SYNONYMS = {"ratio": "times", "multiple": "times", "x": "times"}
UNIT_SCALES = {"fraction": ("percent", 100.0), "proportion": ("percent", 100.0)}


def _canonical_unit(unit: str | None) -> tuple[str | None, float]:
    if unit is None or STRICT_UNITS:
        return unit, 1.0
    if unit in UNIT_SCALES:
        return UNIT_SCALES[unit]
    unit = UNIT_SYNONYMS.get(unit, unit)
    return _pint_name(unit), 1.0


_PINT_NAMES: dict[str, str] = {}


def _pint_name(unit: str) -> str:
    """pint's canonical spelling ('metre' -> 'meter'); our own names (USD, count...) stay."""
    if unit not in _PINT_NAMES:
        name = unit
        if unit[:1].islower() and unit not in ("count", "percent", "percentage_point", "point", "times"):
            from claims.units import registry

            # one-word spellings of compound units ("kilometer_per_hour", "square_foot") are
            # their own pint names; spelled out they compare with "kilometer / hour", "foot ** 2"
            spelled = re.sub(r"^(square|cubic)_(\w+)$", lambda m: m.group(2) + (" ** 2" if m.group(1) == "square" else " ** 3"),
                             unit.replace("_per_", " / "))
            for attempt in dict.fromkeys((spelled, unit)):
                try:
                    name = str(registry().parse_units(attempt))
                    break
                except Exception:
                    continue
        _PINT_NAMES[unit] = name
    return _PINT_NAMES[unit]


def canonical(f: Fig) -> Fig:
    unit, k = _canonical_unit(f.unit)
    if k == 1.0 and unit == f.unit:
        return f
    scale = (lambda x: None if x is None else x * k)
    return Fig(f.start, f.end, scale(f.value), scale(f.low), scale(f.high), unit, f.measure)


def value_ok(p: Fig, g: Fig, intervals: bool) -> bool:
    p, g = canonical(p), canonical(g)
    if HELDOUT_CONVENTION:
        return heldout_value_ok(p, g, intervals)
    if p.unit != g.unit or not close(p.value, g.value):
        return False
    return not intervals or (close(p.low, g.low) and close(p.high, g.high))


def heldout_value_ok(p: Fig, g: Fig, intervals: bool) -> bool:
    """The held-out annotator's convention (tests/gold/quantities_heldout*.jsonl): bounds
    only where the wording fixes them (an exact figure is low = high = value; "about" and
    "nearly" leave what they do not fix null, which is graded as "any"); value null for
    ranges. A lower-bound wording ("over", "at least") must leave the top open."""
    if p.unit != g.unit or (g.value is not None and not close(p.value, g.value)):
        return False
    if not intervals:
        return True
    if g.low is not None and g.high is not None and close(g.low, g.high):
        v = g.low
        return (p.low is not None and p.high is not None
                and p.low <= v + abs(v) * VALUE_TOLERANCE and p.high >= v - abs(v) * VALUE_TOLERANCE)
    if g.low is not None and g.high is not None:
        return close(p.low, g.low) and close(p.high, g.high)
    if g.low is not None:
        return close(p.low, g.low) and p.high is None
    if g.high is not None:
        return close(p.high, g.high)
    return True


_DROP = re.compile(r"\b(?:the|a|an|of|who|which|that|to|in|for)\b")


def norm_measure(m: str) -> str:
    m = _DROP.sub(" ", m.lower())
    return " ".join(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in m.split())


def measure_ok(p: str | None, g: str | None) -> bool:
    if not p or not g:
        return False
    a, b = norm_measure(p), norm_measure(g)
    return a == b or fuzz.token_set_ratio(a, b) >= MEASURE_THRESHOLD


# The second measure score ("measure, stems"): the same token_set_ratio test on content-word
# stems, with the words that frame a figure dropped on both sides. A frame says what kind of
# figure it is (a count, a share, a change, a duration), which `unit` and `kind` already
# carry; the measure is graded on the thing measured. Stems make "attendance" = "attended",
# "heating" = "heat", "branches" = "branch", "spending" = "spend" for every writer alike.
# If dropping frames empties either side ("an increase"), both keep their frames.
_STEM_STOP = {
    "the", "a", "an", "of", "who", "which", "that", "to", "in", "for", "on", "at", "by", "with", "from", "per",
    "its", "their", "his", "her", "this", "these", "those", "is", "are", "was", "were", "be", "been", "has",
    "have", "had", "and", "or", "as", "than", "s", "about",
}
FRAME_WORDS = {
    "number", "count", "share", "proportion", "percentage", "fraction", "amount", "quantity", "total", "level",
    "change", "rise", "increase", "growth", "fall", "decrease", "decline", "drop", "reduction",
    "duration", "length", "size",
}
_SUFFIXES = ("ations", "ation", "ings", "ing", "ances", "ance", "ences", "ence", "ments", "ment", "ions", "ion",
             "ers", "er", "ees", "ee", "ies", "ied", "es", "ed", "s", "e", "y")


_IRREGULAR_PLURALS = {"children": "child", "men": "man", "women": "woman", "people": "person", "feet": "foot", "teeth": "tooth", "mice": "mouse"}


def stem(word: str) -> str:
    """One suffix off, leaving at least three letters: a crude, writer-blind stemmer."""
    word = _IRREGULAR_PLURALS.get(word, word)
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def stem_words(measure: str, drop_frames: bool = True) -> list[str]:
    words = [w for w in re.findall(r"[a-z0-9]+", measure.lower()) if w not in _STEM_STOP]
    return [stem(w) for w in words if not (drop_frames and w in FRAME_WORDS)]


def stem_measure_ok(p: str, g: str) -> bool:
    drop = bool(stem_words(p)) and bool(stem_words(g))  # a measure that is all frame ("increase") keeps it
    a, b = " ".join(stem_words(p, drop)), " ".join(stem_words(g, drop))
    if not a or not b:
        return False
    return a == b or fuzz.token_set_ratio(a, b) >= MEASURE_THRESHOLD


def ours(doc) -> list[Fig]:
    from claims.quantities import find_quantities

    return [Fig(q.start_char, q.end_char, q.value, q.low, q.high, q.unit, q.measure) for q in find_quantities(doc)]


def quantulum(text: str) -> list[Fig]:
    from quantulum3 import parser

    figs = []
    for q in parser.parse(text):
        name = q.unit.name
        unit = QUANTULUM_UNITS.get(name, name)
        value = q.value * QUANTULUM_FACTORS.get(name, 1.0)
        figs.append(Fig(q.span[0], q.span[1], value, None, None, unit))
    return figs


def evaluate(rows: list[dict], predictions: list[list[Fig]], show_errors: bool = False, stems: Score | None = None):
    """Detection, value+unit, value+unit+interval and measure scores; `stems`, if given, is
    filled with the second measure score (stem_measure_ok)."""
    det, val, val_iv, meas = Score(), Score(), Score(), Score()
    stems = stems if stems is not None else Score()
    for row, pred in zip(rows, predictions):
        gold = gold_figs(row)
        pairs = overlap_match(pred, gold)
        det.tp += len(pairs)
        det.pred += len(pred)
        det.gold += len(gold)
        for s in (val, val_iv):
            s.pred += len(pred)
            s.gold += len(gold)
        val.tp += sum(value_ok(p, g, False) for p, g in pairs)
        val_iv.tp += sum(value_ok(p, g, True) for p, g in pairs)
        meas.pred += sum(1 for p in pred if p.measure)
        meas.gold += sum(1 for g in gold if g.measure)
        meas.tp += sum(measure_ok(p.measure, g.measure) for p, g in pairs)
        stems.pred, stems.gold = meas.pred, meas.gold
        stems.tp += sum(stem_measure_ok(p.measure, g.measure) for p, g in pairs if p.measure and g.measure)
        if show_errors:
            _print_errors(row, pred, gold, pairs)
    return det, val, val_iv, meas


def _print_errors(row, pred, gold, pairs):
    text = row["text"]
    matched_p = {id(p) for p, _ in pairs}
    matched_g = {id(g) for _, g in pairs}
    lines = []
    for p in pred:
        if id(p) not in matched_p:
            lines.append(f"    FP {text[p.start:p.end]!r} {p.value} {p.unit}")
    for g in gold:
        if id(g) not in matched_g:
            lines.append(f"    FN {text[g.start:g.end]!r} {g.value} {g.unit}")
    for p, g in pairs:
        if not value_ok(p, g, True):
            lines.append(f"    VAL {text[p.start:p.end]!r} got {p.value} [{p.low},{p.high}] {p.unit} want {g.value} [{g.low},{g.high}] {g.unit}")
        if g.measure and not measure_ok(p.measure, g.measure):
            tag = "MEAS*" if p.measure and stem_measure_ok(p.measure, g.measure) else "MEAS "
            lines.append(f"    {tag} {text[p.start:p.end]!r} got {p.measure!r} want {g.measure!r}")
    if lines:
        print(text)
        print("\n".join(lines))


def _parse(nlp, texts, disable=()):
    with nlp.select_pipes(disable=list(disable)):
        return list(nlp.pipe(texts))


def ms_per_text(fn, items, repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        for item in items:
            fn(item)
    return 1000 * (time.perf_counter() - start) / (repeat * len(items))


def seed_paragraphs() -> list[str]:
    """Paragraphs of the seed articles: real news text, most of it without figures."""
    paras = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        paras += [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    return paras


def print_speed(nlp, texts, docs, repeat: int, with_quantulum: bool) -> None:
    """Milliseconds per text, every way of counting our cost. quantulum3 reads raw text; we read
    a spaCy parse, which the pipeline builds for every other stage anyway (our marginal cost),
    but a caller with only text pays for it (our standalone cost). Both are printed."""
    from claims.quantities import find_quantities, has_figures

    corpora = [("gold sentences", texts, docs)]
    paras = seed_paragraphs()
    if paras:
        corpora.append(("seed article paragraphs", paras, list(nlp.pipe(paras))))
    for name, items, parsed in corpora:
        print(f"speed, ms per text ({name}: {len(items)} texts; lower is better):")
        rows = []
        if with_quantulum:
            rows.append(("quantulum3 on raw text", ms_per_text(quantulum, items, repeat)))
        rows.append(("ours, marginal (on the pipeline's parse)", ms_per_text(find_quantities, parsed, repeat * 5)))
        rows.append(("ours + full spaCy parse, one text at a time", ms_per_text(lambda t: find_quantities(nlp(t)), items, repeat)))
        with nlp.select_pipes(disable=["ner"]):
            rows.append(("ours + parse without NER, one at a time", ms_per_text(lambda t: find_quantities(nlp(t)), items, repeat)))
            rows.append(("  same, parse only texts with a figure", ms_per_text(
                lambda t: find_quantities(nlp(t)) if has_figures(t) else [], items, repeat)))
            start = time.perf_counter()
            for _ in range(repeat):
                for d in nlp.pipe([t for t in items if has_figures(t)]):
                    find_quantities(d)
            rows.append(("  same, batched with nlp.pipe", 1000 * (time.perf_counter() - start) / (repeat * len(items))))
        rows.append(("(bare spaCy full parse, one at a time)", ms_per_text(nlp, items, repeat)))
        for label, ms in rows:
            print(f"  {label:46} {ms:7.3f} ms   ({1000 / ms if ms else float('inf'):8.1f}/s)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--errors", action="store_true", help="print our mismatches")
    ap.add_argument("--no-quantulum", action="store_true")
    ap.add_argument("--strict-units", action="store_true",
                    help="compare unit names as written (no metre=meter, ratio=times, fraction=percent/100)")
    ap.add_argument("--convention", choices=["dev", "heldout"], default=None,
                    help="interval convention of the gold (default: heldout for *heldout* files)")
    args = ap.parse_args(argv)
    global HELDOUT_CONVENTION, STRICT_UNITS
    STRICT_UNITS = args.strict_units
    HELDOUT_CONVENTION = (args.convention or ("heldout" if "heldout" in args.gold.name else "dev")) == "heldout"

    from claims.nlp import load_nlp
    from claims.quantities import find_quantities

    rows = load_gold(args.gold)
    texts = [r["text"] for r in rows]
    nlp = load_nlp()
    docs = list(nlp.pipe(texts))
    find_quantities(docs[0])  # warm the lazy regexes and pint
    our_preds = [ours(d) for d in docs]
    stems = Score()
    det, val, val_iv, meas = evaluate(rows, our_preds, args.errors, stems)
    n_gold = sum(len(r["quantities"]) for r in rows)
    print(f"gold: {len(rows)} texts, {n_gold} figures, {sum(1 for r in rows if not r['quantities'])} negative texts")
    print(f"matching: span overlap >= 50% of shorter; values within {VALUE_TOLERANCE:.0%}; measure token_set_ratio >= {MEASURE_THRESHOLD}; "
          f"units {'by name (--strict-units)' if STRICT_UNITS else 'as quantities (metre=meter, ratio=times, fraction=percent/100)'}")
    print("ours (claims.quantities):")
    print(det.line("detection"))
    print(val.line("value+unit"))
    print(val_iv.line("value+unit+interval"))
    print(meas.line("measure"))
    print(stems.line("measure, stems (frames dropped)"))

    limited = [ours(d) for d in _parse(nlp, texts, disable=("ner",))]
    _, _, lim_iv, lim_meas = evaluate(rows, limited)
    print("ours on a parse without the entity recogniser (entities empty; all else read):")
    print(lim_iv.line("value+unit+interval"))
    print(lim_meas.line("measure"))

    if not args.no_quantulum:
        import quantulum3.classifier as qclf

        # quantulum3's bundled classifier pickle does not load with the installed
        # scikit-learn; its rule-based disambiguation is used instead.
        qclf.USE_CLF = False
        quantulum(texts[0])  # warm-up: loads its unit tables
        q_preds = [quantulum(t) for t in texts]
        qdet, qval, _, _ = evaluate(rows, q_preds)
        print("quantulum3 (rule disambiguation; no intervals, no measure):")
        print(qdet.line("detection"))
        print(qval.line("value+unit"))
        print("  value+unit+interval                n/a (no intervals)")
        print("  measure                            n/a (no measure)")
    print_speed(nlp, texts, docs, args.repeat, not args.no_quantulum)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
