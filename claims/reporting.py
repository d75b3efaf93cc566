"""The conflict report as text, markdown or JSON, from conflict rows alone (no NLP, no SQL)."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Sequence
from enum import StrEnum

from claims.models import ConflictView, RunSummary


class ReportFormat(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    JSON = "json"


def render_report(conflicts: Sequence[ConflictView], fmt: ReportFormat) -> str:
    if fmt is ReportFormat.JSON:
        return json.dumps([c.model_dump(mode="json") for c in conflicts], indent=2, ensure_ascii=False)
    if fmt is ReportFormat.MARKDOWN:
        return _markdown(conflicts)
    return _text(conflicts)


def marked_sentence(sentence: str | None, offset: int | None, text: str, left: str, right: str) -> str:
    """The claim's sentence with the claim itself between markers; the claim alone when the
    sentence is gone (a stale conflict whose article changed)."""
    if sentence is None or offset is None or not (0 <= offset <= len(sentence)):
        return f"{left}{text}{right}"
    end = offset + len(text)
    return " ".join(f"{sentence[:offset]}{left}{sentence[offset:end]}{right}{sentence[end:]}".split())


def _side(c: ConflictView, side: str) -> dict[str, str]:
    get = lambda name: getattr(c, f"{side}_{name}")  # noqa: E731
    speaker = get("speaker") or "(unattributed)"
    if get("speaker_role"):
        speaker += f", {get('speaker_role')}"
    published = get("published").isoformat() if get("published") else "undated"
    return {
        "speaker": speaker,
        "source": f"{get('outlet') or get('article_id') or 'article removed'}, {published}",
        "sentence_text": marked_sentence(get("sentence"), get("offset_in_sentence"), get("text"), "[[", "]]"),
        "sentence_md": marked_sentence(get("sentence"), get("offset_in_sentence"), get("text"), "**", "**"),
    }


def _status(c: ConflictView) -> str:
    return f"{c.status}{', stale' if c.stale else ''}"


def _text(conflicts: Sequence[ConflictView]) -> str:
    if not conflicts:
        return "No conflicts."
    lines = [f"{len(conflicts)} conflict(s), strongest first:"]
    for n, c in enumerate(conflicts, 1):
        lines.append("")
        lines.append(f"{n}. [{c.kind.value}] score {c.score:.2f}  id {c.conflict_id}  ({_status(c)})")
        lines.append(f"   {c.reason}")
        for label, side in (("A", "a"), ("B", "b")):
            s = _side(c, side)
            lines.append(f"   {label}: {s['speaker']} ({s['source']})")
            lines.extend(textwrap.wrap(s["sentence_text"], 96, initial_indent="      ", subsequent_indent="      "))
        if c.review_note:
            lines.append(f"   note ({c.reviewer or 'anonymous'}): {c.review_note}")
    return "\n".join(lines)


def _markdown(conflicts: Sequence[ConflictView]) -> str:
    if not conflicts:
        return "# Conflicts\n\nNo conflicts."
    out = ["# Conflicts", ""]
    for n, c in enumerate(conflicts, 1):
        a, b = _side(c, "a"), _side(c, "b")
        out += [
            f"## {n}. {c.kind.value} (score {c.score:.2f}, {_status(c)})",
            "",
            f"`{c.conflict_id}`: {c.reason}",
            "",
            "| | A | B |",
            "|---|---|---|",
            f"| speaker | {_cell(a['speaker'])} | {_cell(b['speaker'])} |",
            f"| source | {_cell(a['source'])} | {_cell(b['source'])} |",
            f"| claim | {_cell(a['sentence_md'])} | {_cell(b['sentence_md'])} |",
            "",
        ]
        if c.review_note:
            out += [f"> note ({c.reviewer or 'anonymous'}): {c.review_note}", ""]
    return "\n".join(out)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_run_summary(summary: RunSummary, views: Sequence[ConflictView], db: str) -> str:
    """A run's summary and its top conflicts in markdown (the run's Prefect artifact)."""
    lines = [
        f"# counterclaim run {summary.run_id}",
        "",
        "| | |",
        "|---|---|",
        f"| database | `{db}` |",
        f"| started / finished (UTC) | {summary.started_at:%Y-%m-%d %H:%M:%S} / "
        f"{summary.finished_at:%Y-%m-%d %H:%M:%S} |" if summary.finished_at else "",
        f"| articles read | {summary.articles_read} |",
        f"| new / changed / unchanged | {summary.articles_new} / {summary.articles_changed} / "
        f"{summary.articles_unchanged} |",
        f"| rejected inputs | {summary.articles_rejected} |",
        f"| claims / clusters / conflicts | {summary.claims} / {summary.clusters} / "
        f"{summary.conflicts} |",
        f"| status | {summary.status} |",
        "",
    ]
    if summary.rejections:
        lines += ["## Rejected inputs", ""] + [f"- `{r}`" for r in summary.rejections[:50]] + [""]
    lines += [f"## Top conflicts ({len(views)})", "", render_report(views, ReportFormat.MARKDOWN)]
    return "\n".join(line for line in lines if line is not None)
