"""Round x62 (u62 finding 2), with the real command: two inputs of one run giving one id to
different articles. The walk's first was stored and the genuine one rejected (`rejected:
batch/g60/bank_argus.json: article id 'bank_argus' clashes with batch/dup_bank.json`). Now a
new id is stored from neither (both rejected, each naming the other); a stored one keeps
the input that is the stored article, whichever the walk meets first."""

import json

from tests.flows.test_cli_u50 import _run_cli
from tests.readonly_db import query

GENUINE = {"id": "bank_argus", "outlet": "Argus", "text": "The bank said profits rose 4% last year."}
STRAY = {"id": "bank_argus", "outlet": "Argus", "text": "A draft: the bank said profits rose 9%."}


def _inbox(tmp_path):
    batch = tmp_path / "batch"
    (batch / "g60").mkdir(parents=True)
    (batch / "g60" / "bank_argus.json").write_text(json.dumps(GENUINE))
    (batch / "a.txt").write_text("Rents rose 7% last year, the housing office said.")
    return batch


def test_rivals_under_a_new_id_are_neither_stored_and_a_stored_one_is_kept(tmp_path):
    batch = _inbox(tmp_path)
    db = tmp_path / "x.duckdb"
    (batch / "dup_bank.json").write_text(json.dumps(STRAY))  # walked before g60/
    done = _run_cli(tmp_path, "run", str(batch), "--db", str(db), "--no-report", "-q")
    assert done.returncode == 1, done.stderr[-2000:]
    rejected = sorted(line for line in done.stderr.splitlines() if line.startswith("rejected: "))
    assert rejected == [
        f"rejected: {batch / 'dup_bank.json'}: article id 'bank_argus' (given) is also that of "
        f"{batch / 'g60' / 'bank_argus.json'}, with other text; neither stored (which one is meant "
        "cannot be told): remove the wrong one or give it another id",
        f"rejected: {batch / 'g60' / 'bank_argus.json'}: article id 'bank_argus' (given) is also that "
        f"of {batch / 'dup_bank.json'}, with other text; neither stored (which one is meant cannot "
        "be told): remove the wrong one or give it another id",
    ]
    assert query(db, "SELECT article_id FROM articles") == [("a",)]
    # the genuine one alone is stored; then the stray copy comes back beside it
    (batch / "dup_bank.json").unlink()
    assert _run_cli(tmp_path, "run", str(batch), "--db", str(db), "--no-report", "-q").returncode == 0
    (batch / "dup_bank.json").write_text(json.dumps(STRAY))
    done = _run_cli(tmp_path, "run", str(batch), "--db", str(db), "--no-report", "-q")
    assert done.returncode == 1, done.stderr[-2000:]
    rejected = [line for line in done.stderr.splitlines() if line.startswith("rejected: ")]
    assert rejected == [
        f"rejected: {batch / 'dup_bank.json'}: article id 'bank_argus' (given) is also that of "
        f"{batch / 'g60' / 'bank_argus.json'}, with other text; {batch / 'g60' / 'bank_argus.json'} "
        "is the article stored under that id and was kept, this one not stored: give it another id "
        "to store it as another article"]
    assert query(db, "SELECT text FROM articles WHERE article_id = 'bank_argus'") == [(GENUINE["text"],)]
