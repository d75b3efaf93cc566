"""Builds a deterministic benchmark corpus of N news-style articles from bench/articles/.

Real sentence structure, not lorem ipsum: every article is a recombination of paragraphs of
the 12 source articles of one story (3 outlets x 4 stories, see bench/articles/index.json).
Each generated article belongs to a story *instance*: a copy of the story with its own
people, places, companies, figures and date, told by 3 to 9 outlets. Within an instance the
outlets agree on the figures, except "dissenting" articles, which change some of them by
15-40%, so the corpus has claims that repeat across outlets with agreeing and conflicting
figures, as a real news day does.

    python bench/build_corpus.py --articles 1000            # -> bench/corpus/1000/
    python bench/build_corpus.py --articles 10000 --out DIR --per-file 1000 --seed 7

Output: DIR/articles-NNN.jsonl, `per-file` articles a file, one JSON object a line with
id, outlet, published, title and text (the fields claims/sources.py reads). The same
arguments always give byte-identical files.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
DATE_HEADER = re.compile(r"\A\ufeff?[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]+")

# People of the source articles (found with spaCy's NER once, and checked by hand).
PEOPLE = """Adaeze Okonkwo, Anil Varma, Anna Lindgren, Bernadette Kwan, Carla Duarte, Rachel Ojo,
Daniel Otieno, Dave Murray, Denise Harlow, Derek Amos, Fiona Maclean, Gareth Pryce,
Gerald Finch, Graham Lister, Hannah Liu, Ingrid Solheim, Janet Okoro, Jennifer Hollis,
Jonathan Reyes, Kwabena Asare, Leanne Croft, Li Wen, Marco Bellini, Marlowe Fenn,
Martin Fellowes, Michael Osei, Mira Kovacs, Owen Bellamy, Patricia Lund, Priya Banerjee,
Priya Raman, Robert Hale, Rosalind Achterberg, Samuel Ndlovu, Sandra Mwangi, Simon Trevelyan,
Sofia Andersson, Stefan Brandt, Thomas Greer, Tobias Wendt, Yusuf Karim, Marcus Delaney,
Tomasz Wrobel"""
# Proper names of places and companies that make one story instance differ from another.
PLACES = """Calder Tarnbridge Westbridge Quantiva Holloway Calloway Grendon Vintra Norbank
Northway Riskwell Nightjar Ashworth Millbrook ClearAir Ferris Wharf""".split()

FIRST_NAMES = """Aaron Abigail Adele Ahmed Aisha Alan Alice Amir Amy Andrea Angela Ben Bianca
Brendan Caroline Catherine Chen Chloe Claire Colin Craig Diana Dominic Elena Eleanor Emeka Erin
Felix Frances Gavin Grace Hamid Harriet Helen Ian Imran Isabel Jack James Jasmine Joanna Joseph
Julia Karen Kenji Laura Leon Lucy Malik Maria Matthew Maya Nadia Naomi Neil Nina Oliver Omar Paul
Philippa Rahul Rebecca Ruth Sean Shirin Simone Stephen Tariq Teresa Victor Wendy Zara""".split()
LAST_NAMES = """Abbott Adeyemi Ashcroft Baines Barker Bhatt Brennan Carver Castillo Chowdhury
Coleman Dalton Doherty Ellis Farrow Fischer Gallagher Garside Hartley Hussain Iqbal Jansen
Kapoor Keane Lambert Lowe Mbeki Mercer Moreau Nakamura Novak Oduya Palmer Pereira Quinn Rahman
Rossi Saunders Schmidt Sheridan Stone Suzuki Thorne Turner Underwood Vasquez Walsh Whitfield
Yilmaz Zielinski""".split()
SYLLABLES_A = "Ash Bar Bel Brad Cal Carr Dun Elm Fal Grey Hal Ken Lan Mar Nor Oak Pen Red Ros Stan Thorn Wal Wick".split()
SYLLABLES_B = "bury bridge by caster dale field ford gate ham holm ley mere mouth ton well wick worth".split()
OUTLET_FORMS = ["The {p} Gazette", "The {p} Chronicle", "{p} Evening Post", "The {p} Herald",
                "{p} Public Radio News", "{p} Business Daily", "The {p} Courier", "{p} Broadcast News",
                "{p} News Wire", "The {p} Observer", "{p} Ledger", "{p} Today"]

NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w])(\s*%| percent)?")
WORD_LIMIT = (380, 620)


def load_sources() -> dict[str, list[dict]]:
    """story -> its source articles, each with outlet, date and paragraphs."""
    index = json.loads((ARTICLES / "index.json").read_text(encoding="utf-8"))
    stories: dict[str, list[dict]] = {}
    for name in sorted(index):
        meta = index[name]
        raw = (ARTICLES / name).read_text(encoding="utf-8")
        header = DATE_HEADER.match(raw)
        published = date.fromisoformat(header.group(1)) if header else date(2024, 1, 1)
        body = raw[header.end():] if header else raw
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
        stories.setdefault(meta["story"], []).append(
            dict(file=name, outlet=meta["outlet"], published=published, paragraphs=paragraphs)
        )
    return stories


def _place_name(rng: random.Random) -> str:
    return rng.choice(SYLLABLES_A) + rng.choice(SYLLABLES_B)


class Instance:
    """One copy of a story: its names, figures and date, shared by the outlets that tell it."""

    def __init__(self, rng: random.Random, story: str, sources: list[dict], number: int):
        self.story = story
        self.sources = sources
        self.number = number
        people = [p.strip() for p in PEOPLE.replace("\n", " ").split(",")]
        firsts = sorted({p.split()[0] for p in people})
        lasts = sorted({p.split()[-1] for p in people})
        self.names = {f: rng.choice(FIRST_NAMES) for f in firsts}
        self.names |= {last: rng.choice(LAST_NAMES) for last in lasts}
        used: set[str] = set()
        for place in PLACES:
            new = _place_name(rng)
            while new in used:
                new = _place_name(rng)
            used.add(new)
            self.names[place] = new
        self.name_pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(self.names, key=len, reverse=True))) + r")\b")
        self.scale = rng.uniform(0.6, 1.6)
        base = sources[0]["published"]
        self.published = base + timedelta(days=rng.randrange(-400, 400))

    def rename(self, text: str) -> str:
        return self.name_pattern.sub(lambda m: self.names[m.group(1)], text)


def _format_like(original: str, value: float, decimals: int) -> str:
    if decimals:
        return f"{value:.{decimals}f}"
    if "," in original:
        return f"{int(round(value)):,}"
    return str(int(round(value)))


def vary_figures(text: str, scale: float, rng: random.Random, dissent: float) -> str:
    """Scales every figure of the story instance; a dissenting article changes some more."""

    def replace(m: re.Match) -> str:
        whole, frac, percent = m.group(1), m.group(2) or "", m.group(3) or ""
        value = float((whole + frac).replace(",", ""))
        if not frac and not percent and 1900 <= value <= 2100 and "," not in whole:
            return m.group(0)  # a year
        if value == 0:
            return m.group(0)
        factor = scale
        if dissent and rng.random() < dissent:
            factor *= rng.choice((-1, 1)) * rng.uniform(0.15, 0.40) + 1
        new = value * factor
        if value >= 1000:  # round like a reporter: 2 or 3 significant figures
            digits = len(str(int(new))) - (2 if rng.random() < 0.5 else 3)
            new = round(new, -max(digits, 0))
        if percent:
            new = min(new, 99.0 if value < 100 else new)
        if not frac and value >= 1:
            new = max(new, 1)
        return _format_like(whole, new, len(frac) - 1 if frac else 0) + percent

    return NUMBER.sub(replace, text)


def make_article(rng: random.Random, instance: Instance, outlet: str, index: int) -> dict:
    sources = instance.sources
    lead_source = rng.choice(sources)
    paragraphs = [lead_source["paragraphs"][0]]
    pool = [(s, k) for s, src in enumerate(sources) for k in range(1, len(src["paragraphs"]))]
    rng.shuffle(pool)
    words = len(paragraphs[0].split())
    target = rng.randint(*WORD_LIMIT)
    chosen = []
    for s, k in pool:
        text = sources[s]["paragraphs"][k]
        if words + len(text.split()) > WORD_LIMIT[1]:
            continue
        chosen.append((k, s, text))
        words += len(text.split())
        if words >= target:
            break
    chosen.sort()  # keep the story's order: later paragraphs of every source come later
    paragraphs += [text for _, _, text in chosen]
    dissent = rng.uniform(0.3, 0.6) if rng.random() < 0.3 else 0.0
    body = "\n\n".join(vary_figures(instance.rename(p), instance.scale, rng, dissent) for p in paragraphs)
    first_sentence = re.split(r"(?<=[.!?])\s", body, maxsplit=1)[0]
    title_words = first_sentence.split()
    title = " ".join(title_words[:12]).rstrip(",;:") + ("..." if len(title_words) > 12 else "")
    published = instance.published + timedelta(days=rng.choice((0, 0, 0, 0, 1, 2)))
    return {
        "id": f"bench-{index:06d}",
        "outlet": outlet,
        "published": published.isoformat(),
        "title": title,
        "text": body,
    }


def build(n: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    stories = load_sources()
    story_names = sorted(stories)
    outlets = sorted({form.format(p=_place_name(rng)) for form in OUTLET_FORMS for _ in range(4)})
    articles: list[dict] = []
    number = 0
    while len(articles) < n:
        story = story_names[number % len(story_names)]
        instance = Instance(rng, story, stories[story], number)
        number += 1
        size = min(rng.randint(3, 9), n - len(articles))
        for outlet in rng.sample(outlets, size):
            articles.append(make_article(rng, instance, outlet, len(articles)))
    return articles


def write(articles: list[dict], out: Path, per_file: int) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("articles-*.jsonl"):
        old.unlink()
    files = []
    for start in range(0, len(articles), per_file):
        path = out / f"articles-{start // per_file:03d}.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for article in articles[start : start + per_file]:
                handle.write(json.dumps(article, ensure_ascii=False) + "\n")
        files.append(path)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="how many articles (default 1000)")
    parser.add_argument("--out", type=Path, help="output folder (default bench/corpus/N)")
    parser.add_argument("--per-file", type=int, default=1000, help="articles per .jsonl file (default 1000)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    out = args.out or HERE / "corpus" / str(args.articles)
    articles = build(args.articles, args.seed)
    files = write(articles, out, args.per_file)
    words = sum(len(a["text"].split()) for a in articles)
    print(f"{len(articles)} articles, {words / len(articles):.0f} words each on average, "
          f"{len(files)} file(s) in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
