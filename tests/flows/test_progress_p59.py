"""(p59) One long article's batch printed "0.0 articles/s" (u57): a rate below one article a
second is printed as seconds per article, one a person reads (x60: every rate is)."""

from flows.pipeline import seconds_per_article


def test_a_slow_batch_reads_as_seconds_per_article():
    assert seconds_per_article(1, 80.0) == "80.0 s/article"
    assert seconds_per_article(4, 49.2) == "12.3 s/article"


def test_a_fast_batch_is_no_zero_rate():
    # (x60) one unit throughout a run, seconds per article, with the digits a fast batch needs
    assert seconds_per_article(93, 10.0) == "0.11 s/article"
    assert seconds_per_article(1, 0.5) == "0.50 s/article"
    assert seconds_per_article(93, 0.5) == "0.005 s/article"


def test_the_conflict_task_logs_a_line_per_rule(monkeypatch):
    """(p59) `counterclaim run` printed nothing between "clustered" and "N conflict(s)"
    while the rules ran (minutes on a large store): the task logs what the rules tell."""
    import flows.pipeline as pipeline
    from claims.models import Claim, ClaimKind, ClaimRef

    lines: list[str] = []

    class Logger:
        def info(self, message, *args):
            lines.append(message % args if args else message)

    monkeypatch.setattr(pipeline, "get_run_logger", lambda: Logger())
    text = "The mayor said crime fell 20% last year."
    claim = Claim(claim_id="c1", article_id="a1", text=text, sentence=text, sentence_start=0,
                  start_char=0, end_char=len(text), kind=ClaimKind.QUANTITATIVE, speaker="The mayor")
    pipeline.detect_conflicts.fn([ClaimRef(claim=claim, outlet="Gazette")], [])
    assert lines[0].startswith("looking for conflicts among 1 claim(s) of 1 article(s)")
    assert [line.split(":")[0] for line in lines[1:4]] == ["disputes", "contradictions", "numeric figures"]
    assert lines[-1] == "0 conflict(s)"
