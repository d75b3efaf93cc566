from pathlib import Path

from flows.inputs import read_articles


def test_folder_mixing_good_and_bad_files(tmp_path):
    (tmp_path / "good.txt").write_text(" date 2024-01-01 Prices rose 5% last year.", encoding="utf-8")
    (tmp_path / "good.jsonl").write_text('{"id": "j1", "text": "Sales fell."}\n{oops\n', encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "notes.md").write_text("ignored: not an input type")
    (tmp_path / ".hidden.txt").write_text("ignored: hidden")
    articles, rejections = read_articles([tmp_path])
    assert sorted(a.article_id for a in articles) == ["good", "j1"]
    assert sorted(str(r) for r in rejections) == sorted([
        f"{tmp_path / 'empty.txt'}: empty file",
        f"{tmp_path / 'good.jsonl'}:2: malformed JSON line: Expecting property name enclosed in double quotes at column 2",
    ])


def test_missing_path_is_rejected(tmp_path):
    articles, rejections = read_articles([tmp_path / "nope"])
    assert articles == []
    assert [r.reason for r in rejections] == ["no such file or folder"]


def test_unreadable_file_is_rejected_and_the_rest_goes_through(tmp_path, monkeypatch):
    # Tests run as root in CI, where chmod 0 does not stop a read: simulate the OS error.
    (tmp_path / "secret.txt").write_text("Secret.")
    (tmp_path / "open.txt").write_text("Open.")
    real_read = Path.read_bytes

    def read_bytes(self):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied")
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    articles, rejections = read_articles([tmp_path])
    assert [a.article_id for a in articles] == ["open"]
    assert [str(r) for r in rejections] == [f"{tmp_path / 'secret.txt'}: cannot read: Permission denied"]


def test_rivals_under_one_id_are_all_read_for_the_run_to_settle(tmp_path):
    """(x62, u62) The first in the walk was kept and the other rejected: which one the store
    got depended on file names. Both are read; the run settles them against the store
    (claims.identity.settle_rivals, tests/claims/test_rivals_x62.py)."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "story.txt").write_text("One.")
    (tmp_path / "b" / "story.txt").write_text("Two.")
    articles, rejections = read_articles([tmp_path])
    assert [a.text for a in articles] == ["One.", "Two."]
    assert rejections == []


def test_a_repeated_article_inside_jsonl_is_read_once_naming_the_line(tmp_path):
    (tmp_path / "f.jsonl").write_text('{"id": "x", "text": "One."}\n{"id": "x", "text": "One."}\n'
                                      '{"id": "x", "text": "Two."}\n')
    articles, rejections = read_articles([tmp_path / "f.jsonl"])
    assert [a.text for a in articles] == ["One.", "Two."]
    assert [(r.line, r.reason) for r in rejections] == [
        (2, f"article id 'x': the same article as {tmp_path / 'f.jsonl'}:1; read once")]


def test_files_of_other_types_are_counted_in_one_line(tmp_path):
    """A folder of only .html/.md files read 0 articles and said nothing of them."""
    (tmp_path / "page.html").write_text("<p>x</p>")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "notes.md").write_text("x")
    (tmp_path / "sub" / "more.html").write_text("x")
    (tmp_path / ".hidden.html").write_text("hidden files stay unmentioned")
    lines = []
    articles, rejections = read_articles([tmp_path], on_skipped=lines.append)
    assert (articles, rejections) == ([], [])
    assert lines == [f"{tmp_path}: skipped 3 file(s) of other types (2 .html, 1 .md); "
                     "only .txt, .json, .jsonl files are read"]


def test_nothing_is_said_when_nothing_was_skipped(tmp_path):
    (tmp_path / "a.txt").write_text("Prices rose.")
    lines = []
    read_articles([tmp_path], on_skipped=lines.append)
    assert lines == []


def test_dangling_link_in_a_folder_is_rejected_like_a_named_one(tmp_path):
    """(u50) A link to nothing inside a folder vanished without a word ("no articles found",
    exit 0), while the same link named directly was rejected."""
    (tmp_path / "a.txt").write_text("Prices rose 5% last year.")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "dangling.html").symlink_to(tmp_path / "gone.html")
    lines = []
    articles, rejections = read_articles([tmp_path, tmp_path / "dangling.txt"], on_skipped=lines.append)
    assert [a.article_id for a in articles] == ["a"]
    assert [str(r) for r in rejections] == [f"{tmp_path / 'dangling.txt'}: no such file or folder"]
    assert lines == [f"{tmp_path}: skipped 1 file(s) of other types (1 .html); "
                     "only .txt, .json, .jsonl files are read"]


def test_a_repeated_jsonl_line_is_named_as_a_repeat_not_an_id_clash(tmp_path):
    # y54 (u53): "article id 'f-8a2dbde07158' clashes with bad2/f.jsonl:1" for a line
    # repeated whole, an id the user never wrote.
    (tmp_path / "f.jsonl").write_text('{"text": "One."}\n{"text": "One."}\n'
                                      '{"url": "https://e.x/a", "text": "A."}\n'
                                      '{"url": "https://e.x/a", "text": "B."}\n')
    articles, rejections = read_articles([tmp_path / "f.jsonl"])
    # (x62) two texts under one url are rivals, both read for the run to settle
    assert [a.text for a in articles] == ["One.", "A.", "B."]
    text_id, url_id, _ = (a.article_id for a in articles)
    assert [(r.line, r.reason) for r in rejections] == [
        (2, f"the same text as line 1 (article id {text_id!r})"),
    ]
    # The same text in a file of the same name elsewhere names that file and line.
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "f.jsonl").write_text('{"text": "One."}\n')
    _, rejections = read_articles([tmp_path / "f.jsonl", tmp_path / "other" / "f.jsonl"])
    assert rejections[-1].reason == f"the same text as {tmp_path / 'f.jsonl'}:1 (article id {text_id!r})"
