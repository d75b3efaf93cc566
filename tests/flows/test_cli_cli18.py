"""Round cli18: CLI, desk and export findings of the user audit of 2026-12-03."""

import pytest

from flows.cli import EXIT_FAILED, main


def test_review_on_a_missing_database_fails_as_report_does_and_creates_nothing(tmp_path, capsys):
    typo = tmp_path / "typo.duckdb"
    assert main(["review", "ABC", "--verdict", "confirmed", "--db", str(typo)]) == EXIT_FAILED
    review_err = capsys.readouterr().err
    assert main(["report", "--db", str(typo)]) == EXIT_FAILED
    assert review_err == capsys.readouterr().err
    assert review_err.strip() == f"counterclaim: {typo}: no such database; run `counterclaim run` first"
    assert not typo.exists()
