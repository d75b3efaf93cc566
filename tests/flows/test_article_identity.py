"""Which stored article an input is, across runs, with the real command (audit findings of
round ing14): a `story.txt` of another folder silently replaced the stored one; JSONL
articles without an id were keyed by line number; a corrected date or outlet with the same
text was ignored."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.readonly_db import query

COMMAND = [sys.executable, "-m", "flows.cli"]

STORY_A = " date 2026-11-22 MILLBROOK -- Lund said the repair would cost $40 million, a council spokesman said.\n"
STORY_B = " date 2026-11-27 MILLBROOK -- The harbour ferry will run every 20 minutes from Monday, port director Sofia Berg said.\n"
OTHER = "Rents rose 7% last year, the housing office said.\n"
FERRY = {"outlet": "Harbor Times", "text": "The ferry carried 1,200 passengers on Sunday, the port said."}
BRIDGE = {"outlet": "Valley Courier", "url": "https://valley.example/bridge",
          "text": "The bridge will cost $45 million, Mayor Daniel Kovac said."}
FIRST_LINE = {"outlet": "Harbor Times", "text": "A new first line: the quay reopened on Monday, officials said."}
M1 = {"id": "m1", "outlet": "Coast Wire", "text": "Dockworkers said 4,000 members walked out."}
M1_FIX = {"id": "m1", "outlet": "Coast Wire", "text": "Dockworkers said 3,000 members walked out."}


def counterclaim(*args):
    return subprocess.run([*COMMAND, *args], capture_output=True, text=True, timeout=600)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def summary_line(result) -> str:
    return next(line for line in result.stdout.splitlines() if line.startswith("articles read"))


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    base = tmp_path_factory.mktemp("identity")
    db = str(base / "id.duckdb")
    write(base / "d1" / "story.txt", STORY_A)
    write(base / "d1" / "other.txt", OTHER)
    write(base / "dates" / "dated.txt", " date 2026-11-20 " + OTHER.replace("Rents", "Fares"))
    write(base / "feed.jsonl", "\n".join(json.dumps(o) for o in (FERRY, BRIDGE)) + "\n")
    write(base / "m" / "m1.json", json.dumps(M1))
    first = counterclaim("run", str(base / "d1"), str(base / "feed.jsonl"), str(base / "m"), str(base / "dates"),
                         "--db", db, "--no-report", "--workers", "1")
    articles = query(db, "SELECT article_id, source, sha256 FROM articles ORDER BY article_id")

    # The second day: another story.txt, other.txt moved, dated.txt's date corrected, a line
    # inserted on top of the feed, m1 corrected from another file under its declared id.
    write(base / "d2" / "story.txt", STORY_B)
    write(base / "d2" / "page.html", "<p>not an input</p>")
    shutil.move(base / "d1" / "other.txt", base / "d2" / "other.txt")
    write(base / "dates" / "dated.txt", " date 2026-11-21 " + OTHER.replace("Rents", "Fares"))
    write(base / "feed.jsonl", "\n".join(json.dumps(o) for o in (FIRST_LINE, FERRY, BRIDGE)) + "\n")
    write(base / "fixes" / "m1-fix.json", json.dumps(M1_FIX))
    second_args = ("run", str(base / "d2"), str(base / "feed.jsonl"), str(base / "fixes"), str(base / "dates"),
                   "--db", db, "--no-report", "--workers", "1")
    second = counterclaim(*second_args)
    third = counterclaim(*second_args)
    return base, db, first, articles, second, third


def test_first_run_stores_every_article(runs):
    _, _, first, articles, _, _ = runs
    assert first.returncode == 0, first.stderr[-2000:]
    assert summary_line(first) == "articles read 6: new 6, changed 0, unchanged 0; rejected inputs 0"
    ids = [a[0] for a in articles]
    assert "story" in ids and "m1" in ids
    assert not any(i.startswith("feed-1") or i.startswith("feed-2") for i in ids)


def test_a_story_txt_of_another_folder_is_refused_not_written_over_the_stored_one(runs):
    base, db, _, _, second, _ = runs
    assert second.returncode == 1, second.stderr[-2000:]
    assert "Traceback" not in second.stdout + second.stderr
    assert (f"rejected: {base / 'd2' / 'story.txt'}: article id 'story' (taken from the file name) is "
            f"already stored from {base / 'd1' / 'story.txt'} with other text; not replaced: "
            "rename this file to store it as another article") in second.stderr
    assert query(db, "SELECT source, text FROM articles WHERE article_id = 'story'") == [
        (str(base / "d1" / "story.txt"), STORY_A.removeprefix(" date 2026-11-22 ").rstrip())]
    assert query(db, "SELECT count(*) FROM claims WHERE article_id = 'story'")[0][0] > 0


def test_moved_unchanged_inserted_lines_and_corrections_are_counted_as_such(runs):
    _, _, _, _, second, _ = runs
    # new: the inserted line; changed: m1 (declared id) and dated.txt (date corrected);
    # unchanged: other.txt (moved) and the two feed lines below the inserted one.
    assert summary_line(second) == "articles read 6: new 1, changed 2, unchanged 3; rejected inputs 1"


def test_a_declared_id_replaces_and_says_which_file_it_replaced(runs):
    base, db, _, _, second, _ = runs
    assert (f"{base / 'fixes' / 'm1-fix.json'}: article id 'm1' replaces the article stored from "
            f"{base / 'm' / 'm1.json'}") in second.stdout + second.stderr
    assert query(db, "SELECT source, text FROM articles WHERE article_id = 'm1'") == [
        (str(base / "fixes" / "m1-fix.json"), M1_FIX["text"])]


def test_a_corrected_date_header_is_stored(runs):
    _, db, _, _, _, _ = runs
    assert query(db, "SELECT published::VARCHAR FROM articles WHERE article_id = 'dated'") == [("2026-11-21",)]


def test_skipped_files_of_other_types_are_mentioned(runs):
    base, _, _, _, second, _ = runs
    assert (f"{base / 'd2'}: skipped 1 file(s) of other types (1 .html); only .txt, .json, .jsonl "
            "files are read") in second.stdout + second.stderr


def test_a_rerun_changes_nothing(runs):
    _, _, _, _, _, third = runs
    assert summary_line(third) == "articles read 6: new 0, changed 0, unchanged 6; rejected inputs 1"


def test_a_moved_file_is_stored_under_its_new_path_and_can_then_be_corrected_there(runs):
    # Runs last: it edits the moved file and runs once more.
    base, db, _, _, _, _ = runs
    moved = base / "d2" / "other.txt"
    assert query(db, "SELECT source FROM articles WHERE article_id = 'other'") == [(str(moved),)]
    write(moved, OTHER.replace("7%", "8%"))
    fourth = counterclaim("run", str(moved), "--db", db, "--no-report", "--workers", "1")
    assert fourth.returncode == 0, fourth.stderr[-2000:]
    assert summary_line(fourth) == "articles read 1: new 0, changed 1, unchanged 0; rejected inputs 0"
    assert query(db, "SELECT text FROM articles WHERE article_id = 'other'") == [(OTHER.replace("7%", "8%").rstrip(),)]
