"""Round cli18: CLI, desk and export findings of the user audit of 2026-12-03."""

import json
import os
import re
import threading
from datetime import datetime

import pytest

from claims.models import ConflictView
from flows.cli import EXIT_BAD_OPTION, EXIT_FAILED, check_settings, main
from flows.inputs import read_articles
from store.connection import StillHeld, StoreBusy, open_store, wait_while_busy


def test_review_on_a_missing_database_fails_as_report_does_and_creates_nothing(tmp_path, capsys):
    typo = tmp_path / "typo.duckdb"
    assert main(["review", "ABC", "--verdict", "confirmed", "--db", str(typo)]) == EXIT_FAILED
    review_err = capsys.readouterr().err
    assert main(["report", "--db", str(typo)]) == EXIT_FAILED
    assert review_err == capsys.readouterr().err
    assert review_err.strip() == f"counterclaim: {typo}: no such database; run `counterclaim run` first"
    assert not typo.exists()


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


@pytest.mark.parametrize("name", ["bad/name", "50%", " "])
def test_serve_refuses_a_deployment_name_prefect_would_refuse_before_anything_starts(name, tmp_path, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["serve", "--inbox", str(tmp_path), "--db", str(tmp_path / "s.duckdb"), "--name", name])
    assert stopped.value.code == EXIT_BAD_OPTION
    err = capsys.readouterr().err
    assert "argument --name" in err and "Traceback" not in err
    assert not (tmp_path / "s.duckdb").exists()


@pytest.mark.parametrize(("name", "raw"), [
    ("COUNTERCLAIM_WORKERS", "abc"), ("COUNTERCLAIM_WORKERS", "0"), ("COUNTERCLAIM_DB_WAIT", "soon"),
    ("COUNTERCLAIM_DB_WAIT", "-1"), ("COUNTERCLAIM_COMMIT_EVERY", "lots"), ("COUNTERCLAIM_COMMIT_EVERY", "0"),
])
@pytest.mark.parametrize("command", ["run", "serve"])
def test_a_bad_environment_setting_is_refused_as_an_option_before_the_run(name, raw, command, tmp_path,
                                                                        monkeypatch, capsys):
    monkeypatch.setenv(name, raw)
    monkeypatch.setattr("flows.cli._run", lambda *a: pytest.fail("the run started"))
    monkeypatch.setattr("flows.cli._serve", lambda *a: pytest.fail("serve started"))
    args = [str(tmp_path)] if command == "run" else ["--inbox", str(tmp_path)]
    assert main([command, *args, "--db", str(tmp_path / "x.duckdb")]) == EXIT_BAD_OPTION
    err = capsys.readouterr().err
    assert err.startswith(f"counterclaim: {name}={raw!r}: not a ") and len(err.splitlines()) == 1


def test_a_good_environment_setting_passes(monkeypatch):
    for name, raw in [("COUNTERCLAIM_WORKERS", "2"), ("COUNTERCLAIM_DB_WAIT", "0.5"),
                      ("COUNTERCLAIM_COMMIT_EVERY", " 10 ")]:
        monkeypatch.setenv(name, raw)
    check_settings("run")


def test_the_busy_message_names_the_wait_in_force(monkeypatch, tmp_path):
    monkeypatch.setenv("COUNTERCLAIM_DB_WAIT", "5")

    def held():
        raise StillHeld("lock held by PID 1")

    with pytest.raises(StoreBusy, match=r"waited 0 s at this step; COUNTERCLAIM_DB_WAIT=5 s"):
        wait_while_busy(held, tmp_path / "x.duckdb", "held", "busy", wait=0)
    with pytest.raises(StoreBusy, match=r"waited COUNTERCLAIM_DB_WAIT=0 s"):
        monkeypatch.setenv("COUNTERCLAIM_DB_WAIT", "0")
        wait_while_busy(held, tmp_path / "x.duckdb", "held", "busy")


def tainted_conflict() -> ConflictView:
    """A conflict whose article data carries terminal escapes and other control characters."""
    return ConflictView(
        conflict_id="abc123", kind="numeric", score=0.9, reason="figures differ\x07", stale=False,
        first_seen=datetime(2026, 11, 21), status="open", claim_a="a1", claim_b="b1",
        a_text="costs $45 million\x1b[0m", a_sentence="It costs $45 million\x1b[0m.", a_speaker="Jane\x9b2J Holt",
        a_outlet="Evil\x1b[2J\x1b[31m Post", a_title="Bridge\r\x00", review_note="fine\x1b]0;owned\x07\nsecond line",
        b_text="costs $40 million", b_sentence="It costs $40 million.", b_outlet="Good Post\x7f",
    )


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_the_report_strips_control_characters_from_article_data(fmt, tmp_path, monkeypatch, capsys):
    db = tmp_path / "x.duckdb"
    with open_store(db):
        pass
    monkeypatch.setattr("store.reads.conflict_views", lambda con, **kw: [tainted_conflict()])
    assert main(["report", "--db", str(db), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", out), repr(out)
    assert "Evil" in out and "Post" in out and "second line" in out


def test_the_claimreview_export_leaves_stale_conflicts_out_and_says_so(tmp_path, monkeypatch, capsys):
    db = tmp_path / "x.duckdb"
    with open_store(db):
        pass
    current = tainted_conflict().model_copy(update={"conflict_id": "c0ffee01", "status": "confirmed"})
    stale = current.model_copy(update={"conflict_id": "5ta1e002", "stale": True, "a_claim_state": "changed"})
    monkeypatch.setattr("store.reads.conflict_views", lambda con, **kw: [current, stale])
    out = tmp_path / "cr.jsonld"
    assert main(["export", "--db", str(db), "--claimreview", str(out)]) == 0
    line = capsys.readouterr().out.strip()
    assert line == (f"wrote 1 ClaimReview(s) to {out} (1 stale conflict(s) left out: their claims "
                    "have since changed in their articles)")
    graph = json.loads(out.read_text(encoding="utf-8"))["@graph"]
    assert len(graph) == 1 and "5ta1e002" not in out.read_text(encoding="utf-8")
