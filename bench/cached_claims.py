"""Run any evaluation script of bench/ with the gold articles' claims cached per article.

Extraction is most of an evaluation's time (all dev gold articles: about 2.5 minutes on two
idle cores) and a conflict, clustering or dispute round never changes it, so the claims of
each article are pickled and reused: a rule round measures the whole dev set in the time
of its rules. The key is (`claims.extract.EXTRACTOR_VERSION`, the article's id, a hash of
its text, outlet, date and title): bump the version whenever extraction output changes,
or the cache hands out stale claims. Articles missing from the cache are extracted and
used; they are added to the file only with `--write`, so several runs may read one cache
at once while a single writer fills it (written to a temporary file, then renamed).

Run: python bench/cached_claims.py CACHE_FILE [--write] SCRIPT [ARGS ...]
     e.g. python bench/cached_claims.py /tmp/claims.pkl --write bench/conflicts_eval.py --group all --show
"""

from __future__ import annotations

import hashlib
import os
import pickle
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import gold_claims  # noqa: E402

from claims.extract import EXTRACTOR_VERSION, extract_claims, parser_text  # noqa: E402


def article_key(article) -> tuple:
    return (EXTRACTOR_VERSION, article.article_id, hashlib.sha1(article.text.encode()).hexdigest(),
            article.outlet, str(article.published), article.title)


def main() -> None:
    args = sys.argv[1:]
    if len(args) < 2:
        raise SystemExit(__doc__)
    cache_file, args = args[0], args[1:]
    write = args[:1] == ["--write"]
    args = args[1:] if write else args
    store: dict = {}
    if os.path.exists(cache_file):
        with open(cache_file, "rb") as handle:
            store = pickle.load(handle)
    added = 0

    def cached_article_claims(articles, nlp):
        nonlocal added
        missing = [a for a in articles if article_key(a) not in store]
        if missing:
            print(f"[cache] extracting {len(missing)} of {len(articles)} articles", file=sys.stderr)
            docs = nlp.pipe([parser_text(a.text) for a in missing])
            for a, doc in zip(missing, docs, strict=True):
                store[article_key(a)] = list(extract_claims(a, doc))
                added += 1
        return [c for a in articles for c in store[article_key(a)]]

    # the scripts import article_claims from gold_claims when they load, so it is
    # replaced before they do
    gold_claims.article_claims = cached_article_claims
    sys.argv = args
    try:
        runpy.run_path(args[0], run_name="__main__")
    finally:
        if write and added:
            with open(cache_file + ".tmp", "wb") as handle:
                pickle.dump(store, handle)
            os.replace(cache_file + ".tmp", cache_file)
            print(f"[cache] wrote {added} new articles to {cache_file}", file=sys.stderr)


if __name__ == "__main__":
    main()
