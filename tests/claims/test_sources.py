import json

import pytest

from claims.models import text_sha256
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
    assert [a.article_id for a in articles] == ["a", "feed-" + text_sha256("Third article, no id.")[:12]]
    assert [a.source for a in articles] == ["feed.jsonl:1", "feed.jsonl:5"]
    assert [(r.line, r.reason.split(":")[0]) for r in rejections] == [
        (2, "malformed JSON line"), (4, "missing required field 'text'")]
    assert str(rejections[0]).startswith("feed.jsonl:2: ")


def test_utf8_bom_is_not_part_of_the_text():
    (article,), _ = parse("bom.txt", b"\xef\xbb\xbf date 2024-01-02 Hello world.")
    assert article.text == "Hello world."
    assert article.published.isoformat() == "2024-01-02"


# --- audit findings (ing14) -----------------------------------------------------------------


def test_jsonl_ids_without_id_survive_a_line_inserted_above():
    """Keyed by line number, every later article was 'changed' when a line was added on top."""
    lines = [json.dumps({"text": "Ferry runs every 20 minutes."}),
             json.dumps({"text": "Bridge bill soars.", "url": "https://harbor.example/bridge"})]
    before, _ = parse("in/feed.jsonl", "\n".join(lines))
    after, _ = parse("in/feed.jsonl", "\n".join([json.dumps({"text": "A new first line."}), *lines]))
    assert [a.article_id for a in before] == [a.article_id for a in after[1:]]
    assert before[0].article_id == "feed-" + text_sha256("Ferry runs every 20 minutes.")[:12]
    assert before[1].article_id.startswith("url-") and before[1].id_from == "url"
    assert before[0].id_from == "text"


def test_the_same_url_in_another_feed_is_the_same_article():
    line = json.dumps({"text": "Bridge bill soars.", "url": "https://harbor.example/bridge"})
    (one,), _ = parse("a.jsonl", line)
    (two,), _ = parse("b.jsonl", line)
    assert one.article_id == two.article_id


def test_a_declared_id_and_a_file_name_are_told_apart():
    (declared,), _ = parse("x.json", '{"id": "m1", "text": "T."}')
    (named,), _ = parse("x.json", '{"text": "T."}')
    (txt,), _ = parse("x.txt", "T.")
    assert (declared.id_from, named.id_from, txt.id_from) == ("id", "file name", "file name")


@pytest.mark.parametrize(
    ("data", "published"),
    [
        ("date 2026-11-23\nThe council met.", "2026-11-23"),
        ("date 2026-11-23\r\nThe council met.", "2026-11-23"),
        ("date 2026-11-23T10:00 The council met.", "2026-11-23"),
        ("date 2026-11-23T10:00:00+01:00\n\nThe council met.", "2026-11-23"),
        ("Date 2026-11-23 The council met.", "2026-11-23"),
        ("Date: 2026-11-23\nThe council met.", "2026-11-23"),
        ("DATE:2026-11-23\tThe council met.", "2026-11-23"),
    ],
)
def test_date_headers_as_inboxes_write_them(data, published):
    (article,), rejections = parse("a.txt", data)
    assert rejections == []
    assert article.published.isoformat() == published
    assert article.text == "The council met."


@pytest.mark.parametrize(
    ("data", "shown"),
    [("date 23/11/2026 The council met.", "'23/11/2026'"),
     ("date: next Tuesday\nThe council met.", "'next Tuesday'"),
     ("Date: 2026-11-23-ish\nThe council met.", "'2026-11-23-ish'")],
)
def test_a_date_header_that_is_not_an_iso_date_is_rejected(data, shown):
    articles, (rejection,) = parse("a.txt", data)
    assert articles == []
    assert rejection.reason == f"date header is not an ISO date (YYYY-MM-DD): {shown}"


@pytest.mark.parametrize("data", [
    "Outlet: The Harbour Ledger\nTitle: Council approves rent rise\nURL: https://ledger.example/rents\n"
    "Date: 2026-11-23\n\nThe council met.",
    "date 2026-11-23\noutlet:The Harbour Ledger \r\ntitle: Council approves rent rise\r\n"
    "url: https://ledger.example/rents\r\nThe council met.",
])
def test_a_txt_names_its_outlet_title_and_url_as_a_json_file_does(data):
    # Before, a .txt inbox had no outlet: every side of every conflict read "outlet unknown".
    (article,), rejections = parse("a.txt", data)
    assert rejections == []
    assert (article.outlet, article.title, article.url) == (
        "The Harbour Ledger", "Council approves rent rise", "https://ledger.example/rents")
    assert article.published.isoformat() == "2026-11-23"
    assert article.text == "The council met."


def test_field_headers_only_at_the_start_and_only_these_names():
    (article,), _ = parse("a.txt", "Title IX rules changed, the board said.\nOutlet: none of this is a header.")
    assert (article.outlet, article.title) == (None, None)
    assert article.text.startswith("Title IX")
    (article,), _ = parse("a.txt", "Source: Reuters\nThe board met.")  # not one of the JSON fields
    assert article.outlet is None and article.text.startswith("Source: Reuters")
    (article,), _ = parse("a.txt", "Outlet:   \nThe board met.")  # blank: none, as in JSON
    assert article.outlet is None and article.text == "The board met."


@pytest.mark.parametrize(("data", "reason"), [
    ("Outlet: A\nOutlet: B\nThe board met.", "two outlet headers"),
    ("Date: 2026-11-23\nDate: 2026-11-24\nThe board met.", "two date headers"),
    ("Outlet: The Harbour Ledger\n\n", "no article text after the header"),
])
def test_a_doubled_header_or_nothing_after_the_headers_is_rejected(data, reason):
    articles, (rejection,) = parse("a.txt", data)
    assert articles == [] and rejection.reason == reason


def test_words_after_date_are_still_text():
    (article,), _ = parse("a.txt", "Date night at the harbour drew 300 people.")
    assert article.published is None and article.text.startswith("Date night")


@pytest.mark.parametrize("value", ["2026-11-20 maybe", "2026-11-20T10:00 or so", "2026-11-2"])
def test_json_published_with_junk_after_the_date_is_rejected(value):
    articles, (rejection,) = parse("a.json", json.dumps({"text": "x", "published": value}))
    assert articles == [] and "'published' is not an ISO date" in rejection.reason


@pytest.mark.parametrize("value", ["2026-11-20", "2026-11-20T10:00", "2026-11-20T10:00:00Z",
                                   "2026-11-20T10:00:00+01:00", "2026-11-20 10:00"])
def test_json_published_dates_and_datetimes_pass(value):
    (article,), _ = parse("a.json", json.dumps({"text": "x", "published": value}))
    assert article.published.isoformat() == "2026-11-20"


def test_a_file_of_only_a_byte_order_mark_is_empty():
    _, (rejection,) = parse("bom.txt", b"\xef\xbb\xbf")
    assert rejection.reason == "empty file"


def test_utf16_text_is_named_as_such():
    for data in ("Hello.".encode("utf-16"), "Hello.".encode("utf-16-be").join([b"\xfe\xff", b""])):
        _, (rejection,) = parse("u16.txt", data)
        assert rejection.reason == "UTF-16 text; expected UTF-8"
