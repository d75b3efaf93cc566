"""The reports on untrusted and multi-line input, and what their first line says (audit 14)."""

from datetime import date, datetime

from claims.models import ConflictKind, ConflictView, RunSummary
from claims.reporting import ReportFormat, render_report, render_run_summary

IMG = "<img src=x onerror=alert(1)>"
NOTE = "checked with the desk\n# not a heading\n\n- nor a list\n1. nor this"


def view(**changes) -> ConflictView:
    fields = dict(
        conflict_id="c1", kind=ConflictKind.NUMERIC, score=0.8, reason="figures differ",
        first_seen=datetime(2024, 1, 2, 3, 4), stale=False, status="confirmed",
        review_note=NOTE, reviewer="Ana", reviewed_at=datetime(2024, 2, 1, 9),
        claim_a="a1", a_text="cost $5 million", a_sentence="It will cost $5 million, she said.",
        a_offset_in_sentence=8, a_speaker="Mayor *X*", a_article_id="art_1",
        a_outlet=f"Lena Post {IMG}", a_published=date(2024, 1, 1),
        claim_b="b1", b_text="cost $9 million", b_sentence="It will [cost $9 million](http://e.x).",
        b_offset_in_sentence=9, b_speaker=None, b_article_id="art_2", b_outlet=None,
        b_published=date(2024, 1, 3),
    )
    return ConflictView.model_validate(fields | changes)


def test_markdown_escapes_html_and_markdown_of_untrusted_fields():
    page = render_report([view()], ReportFormat.MARKDOWN)
    assert "<img" not in page
    assert "Lena Post &lt;img src=x onerror=alert(1)&gt;" in page
    assert "Mayor \\*X\\*" in page  # no emphasis made by a speaker's name
    assert "\\[" in page and "\\](http://e.x)" in page  # no link made by article text
    assert "**cost $5 million**" in page  # the claim is still marked
    assert "article art_2, outlet unknown, 2024-01-03" in page  # an underscore inside a word (an article id) is left alone


def test_a_note_of_several_lines_stays_inside_its_blockquote():
    page = render_report([view()], ReportFormat.MARKDOWN)
    note = page[page.index("> note"):].rstrip().splitlines()
    assert all(line.startswith(">") for line in note), note
    assert "> \\# not a heading" in note and "> \\- nor a list" in note and "> 1\\. nor this" in note
    assert not any(line.startswith("#") for line in page.splitlines() if "not a heading" in line)


def test_the_text_report_indents_every_line_of_a_note():
    text = render_report([view()], ReportFormat.TEXT)
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("   note (Ana): checked"))
    assert lines[start + 1:] == ["      # not a heading", "", "      - nor a list", "      1. nor this"]


def test_the_run_artifact_escapes_the_report_and_the_rejected_inputs():
    summary = RunSummary(run_id="r1", started_at=datetime(2024, 1, 1), finished_at=datetime(2024, 1, 1),
                         status="completed")
    page = render_run_summary(summary, [view()], "x.duckdb")
    assert "<img" not in page and "&lt;img" in page


def test_the_header_says_how_many_of_how_many_and_the_filter():
    shown = [view(), view(conflict_id="c2")]
    assert render_report(shown, ReportFormat.TEXT, total=10).startswith(
        "2 of 10 conflict(s), strongest first:")
    assert render_report(shown, ReportFormat.TEXT).startswith("2 conflict(s), strongest first:")
    assert "2 of 10 conflict(s), strongest first." in render_report(shown, ReportFormat.MARKDOWN, total=10)
    assert "2 of 10 conflict(s)" in render_report(shown, ReportFormat.HTML, total=10)
    assert render_report([], ReportFormat.TEXT, total=0, status="unclear") == "No conflicts with status unclear."
    assert "No conflicts with status unclear." in render_report([], ReportFormat.MARKDOWN, status="unclear")
    assert render_report([], ReportFormat.TEXT) == "No conflicts."


def test_an_article_without_an_outlet_is_named_as_an_article_not_as_a_publication():
    """A .txt article's id used to stand where the outlet goes ("(art_2, 2024-01-03)")."""
    text = render_report([view()], ReportFormat.TEXT)
    assert "B: unattributed text (article art_2, outlet unknown, 2024-01-03)" in text  # (y60) one wording
    assert "A: Mayor *X* (Lena Post" in text  # a known outlet is named as before


def test_the_markdown_report_says_how_many_conflicts_unfiltered_too():
    # e24: the text and HTML reports always said it; markdown only under --limit or --status.
    page = render_report([view(), view(conflict_id="c2")], ReportFormat.MARKDOWN)
    assert page.splitlines()[:3] == ["# Conflicts", "", "2 conflict(s), strongest first."]
    limited = render_report([view()], ReportFormat.MARKDOWN, total=5, status="open")
    assert "1 of 5 conflict(s) with status open, strongest first." in limited.splitlines()


def test_the_run_artifact_says_its_top_conflicts_are_of_how_many():
    # e24: with the count line in every markdown report, the artifact's top ten must not
    # read as the whole store's conflicts.
    summary = RunSummary(run_id="r1", started_at=datetime(2024, 1, 1), finished_at=datetime(2024, 1, 1),
                         status="completed")
    page = render_run_summary(summary, [view(), view(conflict_id="c2")], "x.duckdb", total=42)
    assert "2 of 42 conflict(s), strongest first." in page.splitlines()


def test_text_report_wraps_a_long_reason_as_it_wraps_the_sentences():
    # y54 (u53): reasons of 200-330 characters came on one line, the sentences at ~95.
    reason = ("figures differ: 2,400-strong count of the wintering flock against 1,150 birds; "
              "the trust had counted the same birds more than once at three roosts, the survey "
              "says, while the council's figure comes from one morning count in January 2024")
    page = render_report([view(reason=reason)], ReportFormat.TEXT)
    lines = page.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("   figures differ"))
    end = next(i for i, line in enumerate(lines) if line.startswith("   A: "))
    reason_lines = lines[start:end]
    assert len(reason_lines) > 1
    assert all(len(line) <= 96 and line.startswith("   ") for line in reason_lines)
    assert " ".join(line.strip() for line in reason_lines) == reason
    assert max(len(line) for line in lines) <= 96
