"""Databases and servers for the review desk's tests.

The database is built once per session by the real command (`counterclaim run`) from
the seeds and one untrusted article that carries markup; each test module works on its
own copy, so verdicts recorded by one module do not leak into another.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
COMMAND = [sys.executable, "-m", "flows.cli"]
SCRIPT = "<script>alert(1)</script>"

# An untrusted article: markup in its title, outlet and text, and a disputed figure so
# that it yields claims and a conflict to show.
UNTRUSTED = {
    "id": "untrusted-1",
    "outlet": "Harbor Gazette <b>Daily</b>",
    "url": "https://example.org/harbor-bridge",
    "published": "2024-03-04",
    "title": f"Bridge {SCRIPT} repairs",
    "text": (
        f"Readers wrote in with {SCRIPT} pasted into the comment box. Mayor Lena Ortiz said "
        "the bridge repair would cost the city over $40 million a year, a figure that "
        "councillor Dev Marsh said was exaggerated.\n\n"
        "\"We will not raise taxes for this,\" Ortiz said on Monday."
    ),
}


def counterclaim(*args, timeout=600, env=None):
    """The command, with `env` added to this process's environment."""
    return subprocess.run([*COMMAND, *args], capture_output=True, text=True, cwd=ROOT, timeout=timeout,
                          env=None if env is None else {**os.environ, **env})


@pytest.fixture(scope="session")
def built_db(tmp_path_factory):
    """The seeds and the untrusted article, stored by one run (one run, not two, keeps
    the desk's tests quick; the article's outlet and people are not the seeds')."""
    base = tmp_path_factory.mktemp("desk-db")
    untrusted = base / "untrusted.jsonl"
    untrusted.write_text(json.dumps(UNTRUSTED) + "\n", encoding="utf-8")
    db = base / "desk.duckdb"
    done = counterclaim("run", str(SEEDS), str(untrusted), "--db", str(db), "--no-report")
    assert done.returncode == 0, done.stderr[-3000:]
    return db


def fresh_copy(db: Path, folder: Path) -> Path:
    target = folder / db.name
    shutil.copyfile(db, target)
    return target


@pytest.fixture(scope="module")
def seeds_db(built_db, tmp_path_factory):
    """A copy of the session's database for one module."""
    return fresh_copy(built_db, tmp_path_factory.mktemp("db"))


@pytest.fixture(scope="session")
def artifacts_dir():
    """Where screenshots are kept after the run: $COUNTERCLAIM_TEST_ARTIFACTS, else
    tests/artifacts/ (git-ignored)."""
    folder = Path(os.environ.get("COUNTERCLAIM_TEST_ARTIFACTS") or ROOT / "tests" / "artifacts")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveDesk:
    """`counterclaim ui` in its own process, as a fact-checker starts it."""

    def __init__(self, db: Path, log: Path):
        self.db = db
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._log = log.open("w")
        self.process = subprocess.Popen(
            [*COMMAND, "ui", "--db", str(db), "--port", str(self.port), "--reviewer", "desk-tester"],
            cwd=ROOT, stdout=self._log, stderr=subprocess.STDOUT,
        )
        self.log = log
        deadline = time.monotonic() + 60
        while True:
            if self.process.poll() is not None:
                raise AssertionError(f"counterclaim ui exited: {log.read_text()}")
            try:
                if httpx.get(f"{self.url}/conflicts", timeout=5).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise AssertionError(f"counterclaim ui did not answer: {log.read_text()}")
            time.sleep(0.2)

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._log.close()


@pytest.fixture(scope="module")
def live_seeds(seeds_db, tmp_path_factory):
    desk = LiveDesk(seeds_db, tmp_path_factory.mktemp("ui-log") / "ui.log")
    yield desk
    desk.stop()
