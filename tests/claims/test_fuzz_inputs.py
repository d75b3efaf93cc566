"""Property-based tests: whatever bytes arrive and whatever text is parsed, ingestion and
extraction do not crash; every rejection says why and names its source; every claim and
figure is an exact slice of its article's text."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claims.extract import extract_claims
from claims.models import Article
from claims.sources import drop_id_clashes, parse_source

NAMES = st.sampled_from(["in/a.txt", "in/b.json", "in/c.jsonl", "in/D.JSONL", "in/e.md", "noext"])

# Text that looks like news often enough to reach the extractors' deeper paths.
NEWS_WORDS = [
    "said", "says", "told", "according to", "denied", "claimed", "The union", "Mayor Jane Doe",
    "she", "he", "it", "the company", "about", "over", "nearly", "$5 million", "57 cents",
    "98%", "3.5 percent", "1,200", "a year", "per subscriber", "rose", "fell by", "two", "dozen",
    "“", "”", '"', "'", ",", ".", ";", ":", "(", ")", "-", "—", "\n", "\n\n", "CEO", "Inc.",
    "on Monday", "in 2023", "false", "misleading", "close", "far apart", "agreed", "rejected",
]
NEWSY = st.lists(st.sampled_from(NEWS_WORDS) | st.text(max_size=8), max_size=40).map(" ".join)
TEXTS = NEWSY | st.text(max_size=300)

JSON_OBJECTS = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(st.text(max_size=10), st.integers(), st.none()),
        "text": st.one_of(TEXTS, st.integers(), st.none(), st.lists(st.text(max_size=3), max_size=2)),
        "title": st.one_of(st.text(max_size=10), st.none(), st.integers()),
        "outlet": st.one_of(st.text(max_size=10), st.none()),
        "url": st.one_of(st.text(max_size=10), st.none()),
        "published": st.one_of(st.text(max_size=12), st.dates().map(str), st.datetimes().map(str),
                               st.integers(), st.none()),
        "extra": st.text(max_size=5),
    },
)
JSON_VALUES = st.one_of(JSON_OBJECTS, st.lists(st.integers(), max_size=3), st.text(max_size=5),
                        st.none(), st.floats(allow_nan=False))


def json_bytes():
    one = JSON_VALUES.map(lambda v: json.dumps(v, ensure_ascii=False))
    lines = st.lists(st.one_of(one, st.text(max_size=20), st.just("")), max_size=6).map("\n".join)
    return st.one_of(one, lines).map(lambda s: s.encode("utf-8"))


INPUT_BYTES = st.one_of(
    st.binary(max_size=400),
    TEXTS.map(lambda s: s.encode("utf-8")),
    TEXTS.map(lambda s: (" date 2023-06-26 " + s).encode("utf-8")),
    json_bytes(),
)


def check_parse(name: str, data: bytes) -> None:
    """parse_source, then the id-clash check that ingestion applies to every batch."""
    parsed, rejections = parse_source(name, data)
    assert parsed or rejections, "every input becomes an article or a rejection"
    articles = []
    for item in drop_id_clashes(parsed):
        (articles if isinstance(item, Article) else rejections).append(item)
    for r in rejections:
        assert r.source == name, r
        assert r.reason.strip(), r
        assert str(r).startswith(name), r
        assert r.line is None or (r.line >= 1 and name.lower().endswith(".jsonl")), r
    ids = [a.article_id for a in articles]
    assert len(ids) == len(set(ids)), "ids clash inside one file"
    for a in articles:
        assert a.text.strip(), a
        assert a.source == name or a.source.startswith(f"{name}:"), a
        assert a.article_id, a


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=NAMES, data=INPUT_BYTES)
@example(name="in/a.txt", data=b"")
@example(name="in/a.txt", data=b"\xff\xfe\x00bad")
@example(name="in/b.json", data=b"[1, 2]")
@example(name="in/b.json", data=b'{"text": "   "}')
@example(name="in/c.jsonl", data=b'{"text": "ok", "published": "2023-02-30"}\n{"id": 1}\n\n\xff')
@example(name="in/c.jsonl", data=b'{"id": "x", "text": "a"}\n{"id": "x", "text": "b"}')
@example(name="in/a.txt", data=" date 2023-13-45 Hello".encode())
def test_any_bytes_become_articles_or_explained_rejections(name, data):
    check_parse(name, data)


@settings(max_examples=150, deadline=None)
@given(name=st.sampled_from(["x.txt", "x.json", "x.jsonl"]), text=st.text(max_size=200))
def test_any_text_as_a_file_of_each_kind(name, text):
    check_parse(name, text.encode("utf-8"))


# --- extraction ---------------------------------------------------------------------------

EXTRACT_TEXTS = NEWSY | st.text(min_size=1, max_size=200)


@pytest.fixture(scope="module")
def nlp_model(nlp):
    return nlp


def check_claims(article: Article, claims) -> None:
    text = article.text
    ids = [c.claim_id for c in claims]
    assert len(ids) == len(set(ids)), "claim ids are unique"
    for c in claims:
        assert c.article_id == article.article_id
        assert 0 <= c.start_char < c.end_char <= len(text), c
        assert c.text == text[c.start_char : c.end_char], c
        assert c.text.strip(), c
        assert c.sentence == text[c.sentence_start : c.sentence_start + len(c.sentence)], c
        assert c.sentence_start <= c.start_char and c.end_char <= c.sentence_start + len(c.sentence), c
        for q in c.quantities:
            assert 0 <= q.start_char < q.end_char <= len(text), q
            assert q.surface == text[q.start_char : q.end_char], q


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=EXTRACT_TEXTS.filter(lambda t: t.strip()))
@example(text="“We are close,” she said. The union said that was false.")
@example(text="Officials said turnout was over 61%. Rivals called that figure inflated.")
@example(text="According to the city, it costs $800 million annually; the mayor denied it.")
@example(text="\n\n“”\"  said said $ % 5 5 5")
def test_extraction_of_any_short_text_gives_claims_that_slice_the_text(nlp_model, text):
    article = Article(article_id="fuzz", source="fuzz.txt", text=text)
    check_claims(article, extract_claims(article, nlp_model(text)))
