"""An article's identity against the store (claims/identity.py): audit finding, a
`story.txt` of another folder silently replaced the stored one."""

from datetime import date

from claims.identity import (
    Arrival,
    arrival,
    by_line_text,
    clash_reason,
    replacement_note,
    source_file,
    stored_under_line_number,
)
from claims.models import Article, StoredArticle, text_sha256


def stored(text="Old story.", source="inbox/2026-11-20/story.txt", **meta):
    return StoredArticle(article_id="story", source=source, sha256=text_sha256(text), **meta)


def incoming(text="Old story.", source="inbox/2026-11-20/story.txt", id_from="file name", **meta):
    return Article(article_id="story", source=source, text=text, id_from=id_from, **meta)


def test_no_stored_article_is_new():
    assert arrival(incoming(), None) is Arrival.NEW


def test_same_text_same_file_is_unchanged_and_another_spelling_of_the_path_too():
    assert arrival(incoming(source="./inbox/2026-11-20/story.txt"), stored()) is Arrival.UNCHANGED


def test_same_text_from_a_moved_inbox_is_unchanged():
    assert arrival(incoming(source="archive/story.txt"), stored()) is Arrival.UNCHANGED


def test_other_text_in_the_same_file_is_a_change():
    assert arrival(incoming(text="Corrected story."), stored()) is Arrival.CHANGED


def test_a_file_name_id_from_another_folder_with_other_text_is_a_clash_not_a_change():
    article = incoming(text="Another story.", source="inbox/2026-11-21/story.txt")
    assert arrival(article, stored()) is Arrival.CLASH
    reason = clash_reason(article, stored())
    assert "inbox/2026-11-20/story.txt" in reason and "rename this file" in reason
    assert '"id"' not in reason  # a .txt file cannot declare one


def test_a_json_file_is_told_it_may_declare_an_id():
    article = incoming(text="Another story.", source="b/story.json")
    assert 'give it an explicit "id"' in clash_reason(article, stored())


def test_a_declared_id_from_another_file_replaces_and_names_the_old_source():
    article = incoming(text="Corrected story.", source="fixes/story.json", id_from="id")
    assert arrival(article, stored()) is Arrival.CHANGED
    assert replacement_note(article, stored()) == (
        "fixes/story.json: article id 'story' replaces the article stored from "
        "inbox/2026-11-20/story.txt")
    assert replacement_note(incoming(text="x"), stored()) is None


def test_a_corrected_date_or_outlet_with_the_same_text_is_a_change():
    old = stored(outlet="Harbor Times", published=date(2026, 11, 20))
    assert arrival(incoming(outlet="Harbor Times", published=date(2026, 11, 20)), old) is Arrival.UNCHANGED
    assert arrival(incoming(outlet="Harbor Times", published=date(2026, 11, 21)), old) is Arrival.CHANGED
    assert arrival(incoming(outlet="Valley Courier", published=date(2026, 11, 20)), old) is Arrival.CHANGED


def test_a_corrected_copy_of_the_inbox_with_the_same_text_is_a_change_not_a_clash():
    old = stored(published=date(2026, 11, 22))
    fixed = incoming(source="inbox-fixed/story.txt", published=date(2026, 11, 25))
    assert arrival(fixed, old) is Arrival.CHANGED
    assert "replaces the article stored from inbox/2026-11-20/story.txt" in replacement_note(fixed, old)


def test_a_jsonl_line_that_moved_in_its_file_is_the_same_file():
    assert source_file("feed.jsonl:12") == "feed.jsonl"
    assert source_file("odd:3.txt") == "odd:3.txt"
    old = stored(text="A", source="feed.jsonl:3")
    assert arrival(incoming(text="B", source="feed.jsonl:4", id_from="url"), old) is Arrival.CHANGED


def test_a_jsonl_line_stored_under_its_line_number_is_found_by_its_text():
    """A store written before JSONL ids survived reordering keys them `STEM-LINE`: the same
    line, anywhere in the same file, is that article and must not be stored twice."""
    old = StoredArticle(article_id="feed-1", source="in/feed.jsonl:1", sha256=text_sha256("Ferry."),
                        outlet="Harbor Times")
    by_line = by_line_text([old, stored()])
    line = Article(article_id="feed-abc", source="./in/feed.jsonl:2", text="Ferry.",
                   outlet="Harbor Times", id_from="text")
    assert stored_under_line_number(line, by_line) == old
    assert stored_under_line_number(line.model_copy(update={"outlet": "Other"}), by_line) is None
    assert stored_under_line_number(line.model_copy(update={"source": "b.jsonl:1"}), by_line) is None
    assert stored_under_line_number(line.model_copy(update={"id_from": "id"}), by_line) is None
