"""Round e24: what an operator meets when feeding the main job bad input."""

from claims.nlp import load_nlp
from claims.sources import MAX_TEXT_CHARS, parse_source


def _huge(n: int) -> str:
    return "The ministry said " + "very " * ((n - 40) // 5) + "big."


def test_a_text_longer_than_the_parser_takes_is_rejected_not_failing_the_run():
    # It used to pass ingest and fail the whole run in the extraction task (spaCy E088).
    text = _huge(MAX_TEXT_CHARS + 100)
    for name, data in (("big.txt", text), ("big.json", '{"text": "%s"}' % text)):
        articles, rejections = parse_source(name, data.encode())
        assert not articles
        assert len(rejections) == 1
        assert "too long" in rejections[0].reason and "1,000,000" in rejections[0].reason


def test_a_long_jsonl_line_rejects_that_line_only():
    lines = ['{"text": "%s"}' % _huge(MAX_TEXT_CHARS + 100),
             '{"text": "The mayor said 300 homes were flooded."}']
    articles, rejections = parse_source("feed.jsonl", "\n".join(lines).encode())
    assert [a.text for a in articles] == ["The mayor said 300 homes were flooded."]
    assert [(r.line, "too long" in r.reason) for r in rejections] == [(1, True)]


def test_a_text_at_the_limit_passes():
    text = _huge(MAX_TEXT_CHARS)
    text = text[:MAX_TEXT_CHARS]
    articles, rejections = parse_source("big.txt", text.encode())
    assert not rejections and len(articles[0].text) <= MAX_TEXT_CHARS


def test_the_limit_is_the_parsers():
    assert load_nlp().max_length == MAX_TEXT_CHARS


def test_an_unpaired_surrogate_escape_in_json_is_rejected_naming_the_field():
    # json.loads reads "\ud800", but no UTF-8 writer can: the run used to fail in the cache
    # key or the store. A paired escape (an emoji) is fine.
    articles, rejections = parse_source("a.json", rb'{"text": "The mayor said 3 \ud800 homes flooded."}')
    assert not articles and "field 'text' is not valid Unicode" in rejections[0].reason
    feed = b"\n".join([
        rb'{"text": "Officials said 40 roads closed.", "outlet": "Line \ud83d Times"}',
        rb'{"text": "Officials said 45 roads closed.", "id": "x\udfff"}',
        rb'{"text": "Officials said 50 roads closed \ud83d\ude00."}',
    ])
    articles, rejections = parse_source("feed.jsonl", feed)
    assert [a.text for a in articles] == ["Officials said 50 roads closed \U0001F600."]
    assert [(r.line, r.reason.split(" is not")[0]) for r in rejections] == [
        (1, "field 'outlet'"), (2, "field 'id'")]


def test_a_date_header_after_blank_lines_is_still_the_header():
    # It used to be stored as the article's first line, the article undated.
    articles, rejections = parse_source("x.txt", b"\r\n\r\nDate: 2026-11-20\nThe mayor said 3 homes flooded.")
    assert not rejections
    assert (str(articles[0].published), articles[0].text) == ("2026-11-20", "The mayor said 3 homes flooded.")
    _, rejections = parse_source("x.txt", b"\n\nDate: next week\nText.")
    assert "not an ISO date" in rejections[0].reason
    articles, _ = parse_source("x.txt", b"\n\ndate palms grow 5 metres tall.")  # a near miss: no header
    assert articles[0].published is None and "date palms" in articles[0].text


def test_blank_outlet_title_and_url_are_none_and_spaces_around_them_dropped():
    # An outlet of "" or "Ledger " counted as an outlet of its own in cluster_info.
    feed = b"\n".join([
        b'{"text": "Officials said 40 roads closed.", "outlet": "", "title": "  ", "url": " "}',
        b'{"text": "Officials said 45 roads closed.", "outlet": " Coastal Ledger ", "url": " https://x.example/a "}',
    ])
    (blank, spaced), rejections = parse_source("feed.jsonl", feed)
    assert not rejections
    assert (blank.outlet, blank.title, blank.url, blank.id_from) == (None, None, None, "text")
    assert (spaced.outlet, spaced.url) == ("Coastal Ledger", "https://x.example/a")
    same, _ = parse_source("other.jsonl", b'{"text": "x", "url": "https://x.example/a"}')
    assert same[0].article_id == spaced.article_id  # one url, one article
