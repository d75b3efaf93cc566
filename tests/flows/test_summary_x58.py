"""x58 (u57's review): the summary says what differed when stored articles are extracted
again (a different `--model` had been called a "newer extractor")."""

from datetime import datetime

from claims.models import RunSummary
from claims.reporting import extractor_change, reextracted_part


def test_the_cause_of_a_re_extraction_is_named():
    now = "45 en_core_web_sm"
    assert extractor_change(["45 en_core_web_md"], now) == "model en_core_web_md -> en_core_web_sm"
    assert extractor_change(["44 en_core_web_sm"], now) == "extractor version 44 -> 45"
    assert extractor_change([None, "44 en_core_web_md"], now) == (
        "no extractor recorded: stored before schema version 6; extractor version 44 -> 45; "
        "model en_core_web_md -> en_core_web_sm")
    summary = RunSummary(run_id="r", started_at=datetime(2026, 1, 1), articles_reextracted=3,
                         reextract_cause=extractor_change(["45 en_core_web_md"], now))
    assert reextracted_part(summary) == "; re-extracted 3 stored (model en_core_web_md -> en_core_web_sm)"
    assert "newer" not in reextracted_part(summary)
    # Near miss: nothing re-extracted, nothing said.
    assert reextracted_part(summary.model_copy(update={"articles_reextracted": 0})) == ""


def test_the_stores_own_files_in_the_inbox_are_no_inputs_and_not_reported(tmp_path):
    from flows.inputs import discover, store_files

    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "a.txt").write_text("Officials said turnout was 61%.", encoding="utf-8")
    for name in ("s.duckdb", "s.duckdb.wal", "s.duckdb.run-lock", "s.snapshot.duckdb"):
        (inbox / name).write_bytes(b"x")
    said: list[str] = []
    files, rejections = discover([inbox], on_skipped=said.append, ignore=store_files(inbox / "s.duckdb"))
    assert [f.name for f in files] == ["a.txt"] and not rejections
    assert said == []
    # Near miss: another store's file is still a file of another type, said once.
    (inbox / "other.duckdb").write_bytes(b"x")
    discover([inbox], on_skipped=said.append, ignore=store_files(inbox / "s.duckdb"))
    assert len(said) == 1 and "skipped 1 file(s) of other types (1 .duckdb)" in said[0]


def test_the_same_text_under_two_file_names_is_stored_once_with_one_warning(tmp_path, monkeypatch):
    from types import SimpleNamespace

    import flows.pipeline as pipeline
    from claims.models import Article

    said: list[str] = []
    logger = SimpleNamespace(warning=lambda msg, *a: said.append(msg % a), info=lambda *a: None)
    monkeypatch.setattr(pipeline, "get_run_logger", lambda: logger)
    text = "Officials said turnout was 61%. Rivals called that figure inflated."
    first = Article(article_id="story", source="in/story.txt", text=text, outlet="Ledger", id_from="file name")
    copy = Article(article_id="story-1", source="in/story (1).txt", text=text, outlet="Ledger", id_from="file name")
    other_outlet = Article(article_id="wire", source="in/wire.txt", text=text, outlet="Courier", id_from="file name")
    declared = Article(article_id="given", source="in/a.json", text=text, outlet="Ledger", id_from="id")
    result = pipeline.triage.fn([first, copy, other_outlet, declared], str(tmp_path / "none.duckdb"))
    # Near misses: another outlet's copy, and an id the input declared, are other articles.
    assert [a.article_id for a in result.new] == ["story", "wire", "given"]
    assert [a.article_id for a in result.unchanged] == ["story-1"]
    assert said == ["in/story (1).txt: same outlet and text as in/story.txt (article story); "
                    "stored once, as that one"]
