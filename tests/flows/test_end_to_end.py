"""The whole job as an operator runs it: the installed `counterclaim` command on the seeds,
into a temporary database, checked with SQL."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from store.schema import TABLES
from tests.readonly_db import query

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
COMMAND = [sys.executable, "-m", "flows.cli"]


def counterclaim(*args, cwd=None):
    return subprocess.run([*COMMAND, *args], capture_output=True, text=True, cwd=cwd, timeout=600)


def table_rows(db, exclude=("runs", "rejections")):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: sorted(map(repr, con.execute(f"SELECT * FROM {t}").fetchall()))
                for t in TABLES if t not in exclude}
    finally:
        con.close()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    db = tmp_path_factory.mktemp("e2e") / "x.duckdb"
    first = counterclaim("run", str(SEEDS), "--db", str(db))
    snapshot = table_rows(db)
    second = counterclaim("run", str(SEEDS), "--db", str(db), "--format", "json")
    return db, first, second, snapshot


def test_first_run_succeeds_quietly(seeded):
    _, first, _, _ = seeded
    assert first.returncode == 0, first.stderr
    assert "Traceback" not in first.stderr + first.stdout
    assert "WARNING" not in first.stderr + first.stdout  # nor warnings from Prefect or libraries
    assert "articles read 5: new 5, changed 0, unchanged 0; rejected inputs 0" in first.stdout


def test_every_table_is_filled_from_the_seeds(seeded):
    db = seeded[0]
    counts = dict(query(db, """
        SELECT 'articles', count(*) FROM articles UNION ALL SELECT 'claims', count(*) FROM claims
        UNION ALL SELECT 'quantities', count(*) FROM quantities
        UNION ALL SELECT 'clusters', count(*) FROM clusters
        UNION ALL SELECT 'conflicts', count(*) FROM conflicts
        UNION ALL SELECT 'runs', count(*) FROM runs"""))
    assert counts["articles"] == 5
    assert counts["claims"] >= 30
    assert counts["quantities"] >= 15
    assert counts["clusters"] >= 2
    assert counts["conflicts"] >= 1
    kinds = {k for (k,) in query(db, "SELECT DISTINCT kind FROM claims")}
    assert {"quantitative", "attributed"} <= kinds


def test_articles_keep_id_date_and_hash(seeded):
    db = seeded[0]
    rows = dict(query(db, "SELECT article_id, published FROM articles"))
    assert rows["001_c279cbeac47d6f4e"] is None  # the seed with no date header
    assert str(rows["000_2534cc2bdd8a2f5e"]) == "2023-06-26"
    assert query(db, "SELECT count(*) FROM articles WHERE length(sha256) = 64") == [(5,)]


def test_claim_offsets_slice_the_article_text(seeded):
    db = seeded[0]
    rows = query(db, "SELECT c.text, a.text, c.start_char, c.end_char FROM claims c JOIN articles a USING (article_id)")
    assert all(text == body[s:e] for text, body, s, e in rows)
    rows = query(db, "SELECT q.surface, a.text, q.start_char, q.end_char FROM quantities q "
                     "JOIN claims c USING (claim_id) JOIN articles a USING (article_id)")
    assert all(surface == body[s:e] for surface, body, s, e in rows)


def test_a_speaker_is_resolved_for_attributed_claims(seeded):
    db = seeded[0]
    unresolved = query(db, "SELECT count(*) FROM claims WHERE kind <> 'quantitative' AND speaker IS NULL")
    assert unresolved == [(0,)]


def test_rerun_reports_unchanged_and_changes_no_row(seeded):
    db, _, second, snapshot = seeded
    assert second.returncode == 0, second.stderr
    # asked for json: the summary goes to standard error, the report alone to standard output
    assert "articles read 5: new 0, changed 0, unchanged 5; rejected inputs 0" in second.stderr
    assert table_rows(db) == snapshot
    assert query(db, "SELECT count(*), count(DISTINCT run_id) FROM runs WHERE status = 'completed'") == [(2, 2)]


def test_run_prints_the_conflict_report_in_the_format_asked(seeded):
    _, first, second, _ = seeded
    assert "conflict(s), strongest first" in first.stdout
    report = json.loads(second.stdout)
    assert report and {"conflict_id", "kind", "reason", "a_text", "b_text", "status"} <= set(report[0])


def test_report_reads_the_database_without_nlp(seeded):
    db = seeded[0]
    for fmt, marker in (("text", "strongest first"), ("markdown", "# Conflicts"), ("json", '"conflict_id"')):
        result = counterclaim("report", "--db", str(db), "--format", fmt)
        assert result.returncode == 0, result.stderr
        assert marker in result.stdout


def test_a_reader_that_stops_early_gets_no_traceback(seeded):
    """`counterclaim report | head`: the pipe closes under the report."""
    reader = subprocess.Popen([*COMMAND, "report", "--db", str(seeded[0])], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    reader.stdout.close()  # before the report is written: `head -0`, or any reader gone
    _, stderr = reader.communicate(timeout=120)
    assert reader.returncode == 0, stderr
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr, stderr


def test_review_is_recorded_and_filters_the_report(seeded, tmp_path):
    db = tmp_path / "copy.duckdb"
    shutil.copy(seeded[0], db)
    (conflict_id,) = query(db, "SELECT conflict_id FROM conflicts ORDER BY score DESC LIMIT 1")[0]
    result = counterclaim("review", conflict_id, "--verdict", "confirmed", "--note", "checked", "--db", str(db))
    assert result.returncode == 0, result.stderr
    confirmed = json.loads(counterclaim("report", "--db", str(db), "--format", "json", "--status", "confirmed").stdout)
    assert [c["conflict_id"] for c in confirmed] == [conflict_id]
    assert confirmed[0]["review_note"] == "checked"
    refused = counterclaim("review", "no-such-id", "--verdict", "dismissed", "--db", str(db))
    assert refused.returncode != 0 and "no conflict with id 'no-such-id'" in refused.stderr


def test_folder_mixing_good_and_bad_files_stores_the_good_and_exits_non_zero(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(SEEDS / "003_4eff0a4484c4b415.txt", inbox)
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "binary.txt").write_bytes(b"\x00\x01\x02")
    (inbox / "feed.jsonl").write_text('{"id": "j1", "text": "The mayor said rents rose 7% last year."}\n{"id": 2\n')
    db = tmp_path / "mixed.duckdb"
    result = counterclaim("run", str(inbox), "--db", str(db), "--no-report")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    rejected = sorted(line for line in result.stderr.splitlines() if line.startswith("rejected: "))
    assert rejected == sorted([
        f"rejected: {inbox / 'binary.txt'}: binary file (contains NUL bytes), expected UTF-8 text",
        f"rejected: {inbox / 'empty.txt'}: empty file",
        f"rejected: {inbox / 'feed.jsonl'}:2: malformed JSON line: Expecting ',' delimiter at column 9",
    ])
    assert sorted(r[0] for r in query(db, "SELECT article_id FROM articles")) == ["003_4eff0a4484c4b415", "j1"]
    assert query(db, "SELECT articles_rejected FROM runs") == [(3,)]
    assert len(query(db, "SELECT * FROM rejections")) == 3


def test_a_file_that_is_not_a_database_is_refused_before_any_work(tmp_path):
    db = tmp_path / "notes.duckdb"
    db.write_text("not a database, but precious" * 20)
    result = counterclaim("run", str(SEEDS), "--db", str(db))
    assert result.returncode == 3
    assert f"{db}: not a DuckDB database file" in result.stderr
    assert db.read_text() == "not a database, but precious" * 20


def test_seed_report_shows_the_disputes_a_fact_checker_needs(seeded):
    db = seeded[0]
    rows = query(db, "SELECT kind, a_speaker, a_text, b_speaker, b_text FROM conflict_report")
    disputes = [r for r in rows if r[0] == "dispute"]
    assert any(a == "Ted Sarandos" and "$800 million" in a_text and b == "Fran Drescher" and "exaggerated" in b_text
               for _, a, a_text, b, b_text in disputes), disputes
    assert any("Writers Guild of America" in (a or "") and "individual studios" in a_text
               and "AMPTP" in (b or "") and "contrary is false" in b_text
               for _, a, a_text, b, b_text in disputes), disputes


def test_seed_report_does_not_set_97_against_98_percent(seeded):
    db = seeded[0]
    rows = query(db, "SELECT a_text || ' ' || b_text FROM conflict_report WHERE kind = 'numeric'")
    assert not [r for (r,) in rows if "97%" in r and "98%" in r]
    figures = query(db, "SELECT surface, low, high FROM quantities WHERE surface LIKE '%98%' OR surface LIKE '%97%'")
    assert sorted(f[0] for f in figures) == ["more than 97%", "nearly 98%"]


def test_a_corrected_seed_leaves_its_reviewed_conflict_as_judged(tmp_path):
    # r50 (u49): "over $800 million" corrected to "over $500 million" in a seed: the
    # confirmed dispute is no longer found. Both its sides show the sentence reviewed ($800),
    # the side whose claim survives in the rewritten sentence says the article has changed,
    # and the run's summary counts the stale conflict the report lists.
    inbox = tmp_path / "in"
    shutil.copytree(SEEDS, inbox)
    db = tmp_path / "s.duckdb"
    assert counterclaim("run", str(inbox), "--db", str(db), "--no-report").returncode == 0
    (conflict_id,) = query(db, "SELECT conflict_id FROM conflicts WHERE reason LIKE '%over $800 million%'")[0]
    assert counterclaim("review", conflict_id, "--verdict", "confirmed", "--db", str(db)).returncode == 0
    (seed,) = inbox.glob("003_*.txt")
    seed.write_text(seed.read_text(encoding="utf-8").replace("over $800", "over $500"), encoding="utf-8")
    second = counterclaim("run", str(inbox), "--db", str(db), "--format", "json")
    assert second.returncode == 0, second.stderr
    current = query(db, "SELECT count(*) FROM conflicts WHERE NOT stale")[0][0]
    assert f"conflicts {current} (+1 stale with verdicts)" in second.stderr
    report = json.loads(second.stdout)
    assert len(report) == current + 1
    (stale,) = [c for c in report if c["stale"]]
    assert stale["conflict_id"] == conflict_id
    assert "$800 million" in stale["a_sentence"] and "$800 million" in stale["b_sentence"]
    assert "edited" in (stale["a_claim_state"], stale["b_claim_state"])
