"""Round cli18: CLI, desk and export findings of the user audit of 2026-12-03."""

import os
import threading

import pytest

from flows.cli import EXIT_BAD_OPTION, EXIT_FAILED, main
from flows.inputs import read_articles
from store.connection import open_store, snapshot_path
from store.writes import publish_snapshot


def test_review_on_a_missing_database_fails_as_report_does_and_creates_nothing(tmp_path, capsys):
    typo = tmp_path / "typo.duckdb"
    assert main(["review", "ABC", "--verdict", "confirmed", "--db", str(typo)]) == EXIT_FAILED
    review_err = capsys.readouterr().err
    assert main(["report", "--db", str(typo)]) == EXIT_FAILED
    assert review_err == capsys.readouterr().err
    assert review_err.strip() == f"counterclaim: {typo}: no such database; run `counterclaim run` first"
    assert not typo.exists()


@pytest.fixture
def published(tmp_path):
    """A store and its snapshot, published as a run publishes it."""
    db = tmp_path / "x.duckdb"
    with open_store(db) as con:
        publish_snapshot(con, snapshot_path(db))
    return db, snapshot_path(db)


def test_the_desk_refuses_a_snapshot_at_startup_as_review_does(published, capsys, monkeypatch):
    db, snapshot = published
    served = []
    monkeypatch.setattr("desk.app.serve", lambda *args, **kwargs: served.append(args))
    assert main(["ui", "--db", str(snapshot)]) == EXIT_FAILED
    assert served == []
    ui_err = capsys.readouterr().err
    assert main(["review", "ABC", "--verdict", "confirmed", "--db", str(snapshot)]) == EXIT_FAILED
    assert ui_err == capsys.readouterr().err
    assert ui_err.startswith(f"counterclaim: {snapshot}: a snapshot of {db.resolve()}")
    assert len(ui_err.splitlines()) == 1


@pytest.mark.parametrize("port", ["99999", "0", "-1", "http"])
def test_the_desk_refuses_a_port_out_of_range(port, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["ui", "--db", "x.duckdb", "--port", port])
    assert stopped.value.code == EXIT_BAD_OPTION
    assert "--port" in capsys.readouterr().err


def test_a_file_reached_twice_is_read_once_and_clashes_with_nothing(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Prices rose 5% last year, the minister said.", encoding="utf-8")
    articles, rejections = read_articles([folder, f"{folder}/", folder / "a.txt", folder / ".." / "in" / "a.txt"])
    assert [a.article_id for a in articles] == ["a"]
    assert rejections == []


def test_a_fifo_named_or_in_a_folder_is_rejected_unopened(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Prices rose 5% last year, the minister said.", encoding="utf-8")
    fifo = folder / "pipe.jsonl"
    os.mkfifo(fifo)
    read = {}
    worker = threading.Thread(target=lambda: read.update(result=read_articles([fifo, folder])), daemon=True)
    worker.start()
    worker.join(timeout=20)
    assert "result" in read, "reading hung on the FIFO"
    articles, rejections = read["result"]
    assert [a.article_id for a in articles] == ["a"]
    assert [str(r) for r in rejections] == [f"{fifo}: not a regular file (a FIFO, socket or device); not read"]
