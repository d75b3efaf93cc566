"""Round e24: names that are not UTF-8 (a Latin-1 file name in an inbox, a path argument)."""

import os
from pathlib import Path

from flows.cli import main
from flows.inputs import BAD_NAME, read_articles


def _bad(folder: Path) -> Path:
    return folder / os.fsdecode(b"caf\xe9-story.txt")


def test_a_file_whose_name_is_not_utf8_is_rejected_and_the_rest_read(tmp_path):
    # It used to be read; storing its article id (or its source) failed the whole run.
    _bad(tmp_path).write_text("The mayor said 300 homes were flooded.")
    (tmp_path / "good.txt").write_text("The governor said 200 homes were flooded.")
    articles, rejections = read_articles([tmp_path, tmp_path / "good.txt", _bad(tmp_path)])
    assert [a.article_id for a in articles] == ["good"]
    assert [(r.source, r.reason) for r in rejections] == [(f"{tmp_path}/caf\\xe9-story.txt", BAD_NAME)]
    assert all(str(r).encode("utf-8") for r in rejections)  # storable and printable


def test_a_missing_path_that_is_not_utf8_is_named_printably(tmp_path):
    _, rejections = read_articles([_bad(tmp_path)])
    assert rejections[0].source.endswith("caf\\xe9-story.txt")
    assert "no such file" in rejections[0].reason


def test_run_refuses_a_path_argument_that_is_not_utf8_before_starting(tmp_path, capsys):
    # A flow parameter that is not UTF-8 cannot be sent to Prefect: the run failed (exit 3).
    code = main(["run", str(_bad(tmp_path)), "--db", str(tmp_path / "c.duckdb")])
    err = capsys.readouterr().err
    assert code == 2
    assert "caf\\xe9-story.txt: the name is not valid UTF-8" in err and len(err.splitlines()) == 1
    assert not (tmp_path / "c.duckdb").exists()
    bad_db = str(tmp_path / os.fsdecode(b"c\xff.duckdb"))
    assert main(["run", str(tmp_path), "--db", bad_db]) == 2


def test_serve_refuses_an_inbox_that_is_not_utf8_before_starting(tmp_path, capsys):
    inbox = tmp_path / os.fsdecode(b"inbox\xe9")
    inbox.mkdir()
    assert main(["serve", "--inbox", str(inbox), "--db", str(tmp_path / "c.duckdb")]) == 2
    assert "inbox\\xe9: the name is not valid UTF-8" in capsys.readouterr().err
