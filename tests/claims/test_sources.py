import json

import pytest

from claims.sources import parse_source


def parse(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return parse_source(name, data)


def test_txt_with_date_header_gives_date_and_strips_header():
    articles, rejections = parse("dir/001_abc.txt", " date 2023-06-26 \"We are close,\" she said.\n")
    assert rejections == []
    (article,) = articles
    assert article.article_id == "001_abc"
    assert article.published.isoformat() == "2023-06-26"
    assert article.text == "\"We are close,\" she said."


def test_txt_without_header_has_no_date():
    (article,), _ = parse("a.txt", "The council said on Monday that rents rose 7%.")
    assert article.published is None
    assert article.text.startswith("The council")


def test_word_date_at_start_of_text_is_not_a_header():
    (article,), _ = parse("a.txt", "date palms grow here.")
    assert article.published is None
    assert article.text == "date palms grow here."


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\t\n", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        ("latin1.txt", "Caf\u00e9 prices rose".encode("latin-1"), "invalid UTF-8 at byte 3"),
        ("only_header.txt", b" date 2023-01-01 ", "no article text"),
        ("bad_date.txt", b" date 2023-13-45 Prices rose.", "not an ISO date"),
        ("doc.pdf", b"%PDF-1.4", "unsupported file type '.pdf'"),
        ("broken.json", b'{"text": "x"', "malformed JSON"),
        ("notext.json", b'{"id": "a1", "title": "t"}', "missing required field 'text'"),
        ("emptytext.json", b'{"text": "   "}', "field 'text' is empty"),
        ("list.json", b'[{"text": "x"}]', "expected a JSON object, got list"),
        ("badtext.json", b'{"text": 5}', "field 'text' must be a string"),
        ("baddate.json", b'{"text": "x", "published": "yesterday"}', "'published' is not an ISO date"),
    ],
)
def test_bad_inputs_are_rejected_with_the_reason(name, data, reason):
    articles, rejections = parse(name, data)
    assert articles == []
    (rejection,) = rejections
    assert rejection.source == name
    assert reason in rejection.reason
    assert str(rejection).startswith(name)


def test_json_article_takes_its_fields():
    obj = {"id": 42, "text": "Sales fell 3%.", "title": "T", "outlet": "The Ledger",
           "url": "https://example.org/a", "published": "2024-05-01T10:00:00Z"}
    (article,), rejections = parse("x.json", json.dumps(obj))
    assert rejections == []
    assert (article.article_id, article.outlet, article.title, article.url) == (
        "42", "The Ledger", "T", "https://example.org/a")
    assert article.published.isoformat() == "2024-05-01"


def test_json_without_id_uses_file_stem():
    (article,), _ = parse("folder/story-7.json", '{"text": "Sales fell 3%."}')
    assert article.article_id == "story-7"


def test_jsonl_bad_lines_are_rejected_by_line_and_the_rest_goes_through():
    lines = [
        json.dumps({"id": "a", "text": "First article."}),
        "{not json",
        "",
        json.dumps({"id": "b"}),
        json.dumps({"text": "Third article, no id."}),
    ]
    articles, rejections = parse("feed.jsonl", "\n".join(lines))
    assert [a.article_id for a in articles] == ["a", "feed-5"]
    assert [a.source for a in articles] == ["feed.jsonl:1", "feed.jsonl:5"]
    assert [(r.line, r.reason.split(":")[0]) for r in rejections] == [
        (2, "malformed JSON line"), (4, "missing required field 'text'")]
    assert str(rejections[0]).startswith("feed.jsonl:2: ")


def test_utf8_bom_is_not_part_of_the_text():
    (article,), _ = parse("bom.txt", b"\xef\xbb\xbf date 2024-01-02 Hello world.")
    assert article.text == "Hello world."
    assert article.published.isoformat() == "2024-01-02"
