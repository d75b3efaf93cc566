"""The conflict report as text, markdown, JSON or HTML, from conflict rows alone (no NLP, no SQL).

The HTML report is one self-contained file (styles inline, no script, nothing fetched) to
mail or publish; every piece of article text in it is escaped, as articles are untrusted.
So is the markdown report (and the run's Prefect artifact made from it): article text,
outlets, speakers and reviewers' notes have their HTML and markdown syntax escaped, so that
they read as written and cannot add markup, links or headings to the page.
"""

from __future__ import annotations

import html
import json
import re
import textwrap
from collections.abc import Iterator, Sequence
from enum import StrEnum

from claims.models import ConflictView, RunSummary
from claims.readable import readable_role, readable_speaker


class ReportFormat(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    JSON = "json"
    HTML = "html"


def render_report(conflicts: Sequence[ConflictView], fmt: ReportFormat, *, total: int | None = None,
                  status: str | None = None) -> str:
    """`conflicts` are those shown; `total` how many there are (more than shown under a
    limit) and `status` the filter they were chosen by, both said in the report's header.
    JSON is the list of conflicts alone."""
    if fmt is ReportFormat.JSON:
        return json.dumps([c.model_dump(mode="json") for c in conflicts], indent=2, ensure_ascii=False)
    heading = _Heading(len(conflicts), len(conflicts) if total is None else total, status)
    if fmt is ReportFormat.MARKDOWN:
        return printable(_markdown(conflicts, heading))
    if fmt is ReportFormat.HTML:
        return _html(conflicts, heading)
    return printable(_text(conflicts, heading))


# C0 and C1 control characters but the line feed and the tab; DEL too.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(report: str) -> str:
    """Outlets, titles and texts come from articles: an escape sequence in one would drive
    the reader's terminal (clear it, recolour or rewrite the lines above) or a markdown
    viewer. JSON escapes them itself and HTML shows them as text."""
    return CONTROL_CHARACTERS.sub("", report)


class _Heading:
    """What the report's first line says: how many conflicts of how many, of what status."""

    def __init__(self, shown: int, total: int, status: str | None) -> None:
        self.shown, self.total, self.status = shown, total, status

    def none(self) -> str:
        return f"No conflicts with status {self.status}." if self.status else "No conflicts."

    def count(self) -> str:
        shown = f"{self.shown} of {self.total}" if self.total > self.shown else str(self.shown)
        status = f" with status {self.status}" if self.status else ""
        return f"{shown} conflict(s){status}, strongest first"


def conflicts_line(summary: RunSummary) -> str:
    """(r50) "conflicts 2 (+1 stale with verdicts)": the current conflicts, and apart the
    stale ones the report also lists, so the summary's count matches the report's."""
    stale = f" (+{summary.stale_conflicts} stale with verdicts)" if summary.stale_conflicts else ""
    if summary.stale_by_rules:  # (p55)
        # (x62) not "by the conflict rules": other articles moving the clusters does it too
        stale = (f" (+{summary.stale_conflicts} stale with verdicts, {summary.stale_by_rules} "
                 "no longer found with their claims unchanged)")
    return f"conflicts {summary.conflicts}{stale}"


def reextracted_part(summary: RunSummary) -> str:
    """(x54) "; re-extracted 75 stored (extractor version 44 -> 45)" when the run extracted
    stored articles again, saying (x58) what differed: an upgrade's extractor, another
    `--model`, or no extractor recorded; else nothing (the summary line is unchanged)."""
    n = summary.articles_reextracted
    return f"; re-extracted {n} stored ({summary.reextract_cause or 'another extractor'})" if n else ""


def extractor_change(stored: Sequence[str | None], now: str) -> str:
    """(x58) What differs between the extractors that extracted stored articles (`stored`,
    `articles.extractor` values: "45 en_core_web_sm", None when not recorded) and this
    run's (`now`): "extractor version 44 -> 45", "model en_core_web_sm -> en_core_web_md",
    "no extractor recorded: stored before schema version 6", distinct ones joined by "; ".
    A different `--model` had been reported as a "newer extractor"."""
    version, _, model = now.partition(" ")
    parts: list[str] = []
    for old in stored:
        if old is None:
            parts.append("no extractor recorded: stored before schema version 6")
            continue
        old_version, _, old_model = old.partition(" ")
        if old_version != version:
            parts.append(f"extractor version {old_version} -> {version}")
        if old_model != model:
            parts.append(f"model {old_model} -> {model}")
    return "; ".join(dict.fromkeys(parts)) or "another extractor"


def marked_sentence(sentence: str | None, offset: int | None, text: str, left: str, right: str) -> str:
    """The claim's sentence with the claim itself between markers; the claim alone when the
    sentence is gone (a stale conflict whose article changed)."""
    if sentence is None or offset is None or not (0 <= offset <= len(sentence)):
        return f"{left}{text}{right}"
    end = offset + len(text)
    return " ".join(f"{sentence[:offset]}{left}{sentence[offset:end]}{right}{sentence[end:]}".split())


def _side(c: ConflictView, side: str) -> dict[str, str]:
    get = lambda name: getattr(c, f"{side}_{name}")  # noqa: E731
    # (y58) roles and described speakers as English mid-line: "X, national officer", not
    # "X, Its national officer" (claims/readable.py)
    # (y60) one wording with the reasons' ("unattributed text in X"): the outlet follows
    speaker = readable_speaker(get("speaker")) or "unattributed text"
    if get("speaker_role"):
        speaker += f", {readable_role(get('speaker_role'))}"
    published = get("published").isoformat() if get("published") else "undated"
    return {
        "speaker": speaker,
        "source": f"{_source_name(get('outlet'), get('article_id'))}, {published}"
                  f"{_gone(get('claim_state'), get('speaker_now'), get('extractor_then'), get('extractor_now'), get('text_now'))}",
        "sentence_text": marked_sentence(get("sentence"), get("offset_in_sentence"), get("text"), "[[", "]]"),
    }


def _source_name(outlet: str | None, article_id: str | None) -> str:
    """A plain-text article names no outlet: its id (the file's name) is what the reader can
    find it by, and is said to be one, so it is not read as the name of a publication."""
    if outlet:
        return outlet
    return f"article {article_id}, outlet unknown" if article_id else "article removed"


def recut_reason(extractor_then: str | None, extractor_now: str | None, text_now: str | None) -> str:
    """(x60) "claim re-cut by a new extractor (45 -> 48); now 'the council ...'": the article
    is unchanged, but its claims were extracted again (an upgrade, another `--model`) and
    this one is no longer cut as it was; said apart from an edited article."""
    version_then, _, model_then = (extractor_then or "").partition(" ")
    version_now, _, model_now = (extractor_now or "").partition(" ")
    if version_then and version_now and version_then != version_now:
        how = f"a new extractor ({version_then} -> {version_now})"
    elif model_then and model_now and model_then != model_now:
        how = f"another model ({model_then} -> {model_now})"
    else:
        how = "another extractor"
    now = f"now '{_one_line(text_now)}'" if text_now else "no claim there now"
    return f"claim re-cut by {how}; {now}"


def _gone(claim_state: str, speaker_now: str | None = None, extractor_then: str | None = None,
          extractor_now: str | None = None, text_now: str | None = None) -> str:
    """A stale conflict's side whose claim is no longer stored says why: its article was
    corrected (the claim is no longer in it) or removed. One whose claim is still stored in
    a rewritten sentence (`edited`, r50) shows the sentence as reviewed and says the article
    has changed since, so the reader does not take the old wording for the article's. One
    whose claim the store now attributes to another speaker (`reattributed`, x58: an
    upgrade's attribution) shows the speaker as reviewed and says who it is now."""
    if claim_state == "reattributed":
        return f"; re-attributed since: now {speaker_now or 'unattributed text'}"
    if claim_state == "recut":  # (x60)
        return f"; {recut_reason(extractor_then, extractor_now, text_now)}"
    return {"changed": "; claim no longer in the article", "removed": "; article removed",
            "edited": "; the article has changed since"}.get(claim_state, "")


def _status(c: ConflictView) -> str:
    """(p55) A stale conflict says why: its claims changed, or they stand and the conflict
    rules (changed by an upgrade) no longer find it. (x60) A side shown under another
    speaker than when the latest verdict was given says so, and who it was."""
    moved = [f"{label} re-attributed since the verdict: was "
             f"{readable_speaker(getattr(c, f'{side}_speaker_at_verdict')) or '(unattributed)'}"
             for label, side in (("A", "a"), ("B", "b")) if getattr(c, f"{side}_reattributed_since_verdict")]
    # (x62) the same speaker, named more precisely: said, but the verdict stands
    named = [f"{label} named since the verdict: was {readable_speaker(getattr(c, f'{side}_speaker_at_verdict'))}"
             for label, side in (("A", "a"), ("B", "b")) if getattr(c, f"{side}_named_since_verdict")]
    status = _stale_status(c)
    return "; ".join([status, *moved, *named])


def stale_by_rules_reason(stale_rules: str | None) -> str:
    """(x62, u62) Why a conflict whose claims both stand is no longer found: the conflict
    rules changed since it was found, or they did not and other articles moved the
    clusters; when the store cannot tell (runs before schema version 6), a wording true of
    both. "no longer found by the conflict rules" was said of all three."""
    if stale_rules == "unchanged":
        return "no longer found after other articles changed the clusters (the conflict rules are unchanged)"
    if stale_rules:
        return f"no longer found since the conflict rules changed (claims code {stale_rules})"
    return "no longer found, its claims unchanged"


def stale_reason(c: ConflictView) -> str | None:
    """Why a stale conflict is stale, in the report's words (the desk shows the same); None
    when it is not stale, "" when the store cannot tell."""
    if not c.stale:
        return None
    if c.replaced_by:  # (x58)
        return f"replaced by {c.replaced_by}"
    if c.stale_because == "rules":
        return stale_by_rules_reason(c.stale_rules)
    # (y60) the short reason in the header too, as the rules' one is: "(confirmed, stale)"
    # left the reader to find it on the A/B lines
    states = {c.a_claim_state, c.b_claim_state}
    for state, why in (("reattributed", "a claim re-attributed since"), ("changed", "a claim no longer in its article"),
                       ("removed", "an article removed"), ("edited", "an article changed since")):
        if state in states:
            return why
    return ""


def _stale_status(c: ConflictView) -> str:
    if not c.stale:
        return f"{c.status}; replaces {c.replaces}" if c.replaces else c.status  # (x58)
    reason = stale_reason(c)
    return f"{c.status}, stale: {reason}" if reason else f"{c.status}, stale"


def grouped(conflicts: Sequence[ConflictView]) -> list[list[ConflictView]]:
    """(y60) The conflicts of one group (`ConflictView.group`: one matter, `claims.grouping`)
    together, in the order of each group's strongest conflict; within a group strongest
    first. Stale conflicts stay apart from current ones (the report lists them after). u60's
    review read six numeric conflicts of one pair of clusters, pairings of the same four
    figures, as six findings. Every conflict keeps its id, score, sides and verdict: only
    the layout groups."""
    groups: dict[tuple[bool, str], list[ConflictView]] = {}
    for c in conflicts:
        groups.setdefault((c.stale, c.group or c.conflict_id), []).append(c)
    ordered = sorted(groups.values(), key=lambda g: (g[0].stale, -max(c.score for c in g)))
    return [sorted(g, key=lambda c: -c.score) for g in ordered]


def report_order(conflicts: Sequence[ConflictView]) -> list[ConflictView]:
    """(y62) The conflicts in the order the report shows them (`grouped`), each knowing how
    many its group has (`ConflictView.group_size`): the first N of this list are the first N
    of the full report, with the same headings, which a limit applied before grouping was not
    (u62's review: `--limit 7` showed "2 conflicts over one matter" of a group of 10)."""
    return [c.model_copy(update={"group_size": len(group)}) for group in grouped(conflicts) for c in group]


def _size(group: Sequence[ConflictView]) -> int:
    """How many the group has in the whole report (more than shown under a limit)."""
    return max(len(group), group[0].group_size or 0)


def group_heading(group: Sequence[ConflictView]) -> str:
    """(y60) "6 conflicts over one matter: jobs (claims of cluster ea95…), best score 0.40";
    (y62) "2 of 10 conflicts ..." under a limit, and the matter in words: the measure the
    figures share, or the words of the cluster's representative claim in quotes."""
    key = group[0].group or ""
    pair, _, measure = key.partition("#")
    clusters = [part for part in pair.split("+") if not part.startswith("claim:")]
    alone = " and a claim in no cluster" if "claim:" in pair else ""
    if len(clusters) == 2:
        where = f"claims of clusters {clusters[0]} and {clusters[1]}"
    elif clusters and clusters[0] != group[0].conflict_id:
        where = f"claims of cluster {clusters[0]}{alone}"
    else:
        where = "claims in no cluster"
    label = group[0].group_label
    # a measure's words as they are; a claim's words (no measure, or only a unit) quoted
    matter = f": {label}" if label and measure and not measure.startswith("unit ") else f': "{label}"' if label else ""
    stale = ", stale" if group[0].stale else ""
    count = f"{len(group)} of {_size(group)}" if _size(group) > len(group) else str(len(group))
    return f"{count} conflicts over one matter{matter} ({where}{stale}), best score {max(c.score for c in group):.2f}"


def _grouping_note(groups: Sequence[Sequence[ConflictView]]) -> str | None:
    """The report's intro to its headings: what one matter is, as `claims.grouping` groups."""
    shared = sum(1 for g in groups if _size(g) > 1)
    return (f"Conflicts over one matter are shown together under one heading: those between the claims of one "
            f"pair of clusters (a claim in no cluster is a matter of its own) and, between figures, of one "
            f"measure: {shared} such group(s).") if shared else None


def _numbered(groups: Sequence[Sequence[ConflictView]]) -> Iterator[tuple[str, ConflictView, Sequence[ConflictView] | None]]:
    """(number, conflict, the group when this is its first of several): "3", or "3.1", "3.2"."""
    for n, group in enumerate(groups, 1):
        if _size(group) == 1:
            yield str(n), group[0], None
            continue
        for k, c in enumerate(group, 1):
            yield f"{n}.{k}", c, group if k == 1 else None


def _text(conflicts: Sequence[ConflictView], heading: _Heading) -> str:
    if not conflicts:
        return heading.none()
    groups = grouped(conflicts)
    lines = [f"{heading.count()}:"]
    if note := _grouping_note(groups):
        lines.append(note)
    for n, c, group in _numbered(groups):
        if group:
            lines += ["", f"{n.split('.')[0]}. {group_heading(group)}:"]
        lines.append("")
        lines.append(f"{n}. [{c.kind.value}] score {c.score:.2f}  id {c.conflict_id}  ({_status(c)})")
        # Wrapped as the sentences below are: a reason runs to 330 characters. Not inside a
        # figure or a hyphenated word ("2,400-strong"), which a reader would take for two.
        lines.extend(textwrap.wrap(_one_line(c.reason), 96, initial_indent="   ", subsequent_indent="   ",
                                   break_long_words=False, break_on_hyphens=False))
        for label, side in (("A", "a"), ("B", "b")):
            s = _side(c, side)
            lines.append(f"   {label}: {_one_line(s['speaker'])} ({_one_line(s['source'])})")
            lines.extend(textwrap.wrap(s["sentence_text"], 96, initial_indent="      ", subsequent_indent="      "))
        if c.review_note:
            # A note keeps its lines, each indented under the conflict it belongs to.
            first, *rest = c.review_note.strip().splitlines() or [""]
            lines.append(f"   note ({_one_line(c.reviewer or 'anonymous')}): {first}")
            lines.extend(f"      {line}".rstrip() for line in rest)
    return "\n".join(lines)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _markdown(conflicts: Sequence[ConflictView], heading: _Heading) -> str:
    if not conflicts:
        return f"# Conflicts\n\n{heading.none()}"
    # The count is said whatever the filter, as the text and HTML reports say it: a
    # fact-checker handed the markdown file should not have to count the sections.
    out = ["# Conflicts", "", f"{heading.count()}.", ""]
    groups = grouped(conflicts)
    if note := _grouping_note(groups):
        out += [note, ""]
    for n, c, group in _numbered(groups):
        a, b = _side(c, "a"), _side(c, "b")
        if group:
            out += [f"## {n.split('.')[0]}. {group_heading(group)}", ""]
        out += [
            f"{'###' if '.' in n else '##'} {n}. {c.kind.value} (score {c.score:.2f}, {_status(c)})",
            "",
            f"`{c.conflict_id}`: {_md(_one_line(c.reason))}",
            "",
            "| | A | B |",
            "|---|---|---|",
            f"| speaker | {_cell(a['speaker'])} | {_cell(b['speaker'])} |",
            f"| source | {_cell(a['source'])} | {_cell(b['source'])} |",
            f"| claim | {_md_claim(c, 'a')} | {_md_claim(c, 'b')} |",
            "",
        ]
        if c.review_note:
            out += _md_quote(f"note ({c.reviewer or 'anonymous'}): {c.review_note.strip()}") + [""]
    return "\n".join(out)


# Characters that make markdown (inline) markup; HTML's are escaped as entities before. An
# underscore inside a word (an article id) makes no emphasis and is left as it is.
_MD_INLINE = re.compile(r"([\\`*\[\]{}|~!]|(?<![^\W_])_|_(?![^\W_]))")
# What makes a line a heading, list item, quote or rule when it starts the line.
_MD_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")


# (y62) An ampersand is escaped only where it would start a character reference ("&amp;",
# "&#60;"): a bare one reads as itself in markdown, and escaping every one wrote
# "Broadband &amp; Networks Review" in the report as a text file and where the artifact is
# shown unrendered (u62's review).
_MD_REFERENCE = re.compile(r"&(?=#?\w+;)")


def _md(text: str) -> str:
    """Untrusted text as markdown that reads as the text: no HTML, links, emphasis or code."""
    text = _MD_REFERENCE.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")
    return _MD_INLINE.sub(r"\\\1", text)


def _cell(text: str) -> str:
    """One table cell: escaped, on one line (a line break would end the table)."""
    return _md(_one_line(text))


def _md_claim(c: ConflictView, side: str) -> str:
    """The claim's sentence with the claim in bold, each part escaped."""
    get = lambda name: getattr(c, f"{side}_{name}")  # noqa: E731
    before, claim, after = marked_parts(get("sentence"), get("offset_in_sentence"), get("text"))
    return f"{_md(before)}**{_md(claim)}**{_md(after)}"


def _md_quote(text: str) -> list[str]:
    """A blockquote of every line of `text`, so that a note of several lines stays inside it
    and none of its lines starts a heading, list or rule."""
    return [f"> {_MD_LINE_START.sub(_escape_line_start, _md(line.rstrip()))}".rstrip()
            for line in text.splitlines()]


def _escape_line_start(found: re.Match[str]) -> str:
    indent, marker = found.groups()
    if marker[0].isdigit():  # "1." starts a list: the escape goes on its punctuation
        return f"{indent}{marker[:-1]}\\{marker[-1]}"
    return f"{indent}\\{marker}"


def render_run_summary(summary: RunSummary, views: Sequence[ConflictView], db: str, *,
                       total: int | None = None) -> str:
    """A run's summary and its top conflicts in markdown (the run's Prefect artifact);
    `total` is how many conflicts the store holds, so the first line says "10 of 42"."""
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
        f"| re-extracted ({summary.reextract_cause or 'another extractor'}) | "
        f"{summary.articles_reextracted} |"
        if summary.articles_reextracted else None,
        f"| rejected inputs | {summary.articles_rejected} |",
        f"| claims / clusters / conflicts | {summary.claims} / {summary.clusters} / "
        f"{conflicts_line(summary).removeprefix('conflicts ')} |",
        f"| status | {summary.status} |",
        "",
    ]
    if summary.rejections:  # file names and reasons quote the input: escaped, as article text
        lines += ["## Rejected inputs", ""]
        lines += [f"- {_md(_one_line(str(r)))}" for r in summary.rejections[:50]] + [""]
    lines += [f"## Top conflicts ({len(views)})", "", render_report(views, ReportFormat.MARKDOWN, total=total)]
    return printable("\n".join(line for line in lines if line is not None))


def marked_parts(sentence: str | None, offset: int | None, text: str) -> tuple[str, str, str]:
    """(before, claim, after) of the claim's sentence, whitespace as in `marked_sentence`;
    the claim alone when the sentence is gone."""
    marker = "\x00"
    joined = marked_sentence(sentence, offset, text, marker, marker)
    before, claim, after = joined.split(marker, 2) if joined.count(marker) == 2 else ("", joined, "")
    return before, claim, after


HTML_STYLE = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;
padding:0 1rem;color:#1d232a;background:#fff}
h1{font-size:1.5rem}.meta{color:#5b6570;font-size:.85rem}
article{border:1px solid #d6dbe0;border-radius:6px;margin:1rem 0;padding:.75rem 1rem}
article h2{font-size:1.05rem;margin:.2rem 0}.reason{margin:.3rem 0 .6rem}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
.side{background:#f6f8fa;border-radius:4px;padding:.5rem .75rem}
mark{background:#ffe58a;padding:0 .1em}.tag{display:inline-block;border-radius:3px;padding:0 .4em;
font-size:.8rem;background:#e8ecf0}.tag.confirmed{background:#f8d0cc}.tag.dismissed{background:#d9efd9}
.tag.unclear{background:#fbeec2}section.group{border-left:3px solid #9aa7b4;padding-left:.75rem;margin:1.5rem 0}
section.group article h3{font-size:1rem;margin:.2rem 0}.note{font-style:italic;margin-top:.5rem;white-space:pre-line}
@media (max-width:700px){.sides{grid-template-columns:1fr}}
"""


def _h(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _html_side(c: ConflictView, side: str, label: str) -> str:
    get = lambda name: getattr(c, f"{side}_{name}")  # noqa: E731
    s = _side(c, side)
    before, claim, after = marked_parts(get("sentence"), get("offset_in_sentence"), get("text"))
    title = f' \u00b7 {_h(get("title"))}' if get("title") else ""
    url = get("url")
    link = f' \u00b7 <a href="{_h(url)}">source</a>' if url and url.lower().startswith(("http://", "https://")) else ""
    return (f'<div class="side"><div class="meta">{label}: <strong>{_h(s["speaker"])}</strong> \u00b7 '
            f'{_h(s["source"])}{title}{link}</div>'
            f'<p>{_h(before)}<mark>{_h(claim)}</mark>{_h(after)}</p></div>')


def _html(conflicts: Sequence[ConflictView], heading: _Heading) -> str:
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           "<title>counterclaim: conflicts</title>", f"<style>{HTML_STYLE}</style></head><body>",
           "<h1>Conflicts</h1>"]
    if not conflicts:
        out.append(f"<p>{_h(heading.none())}</p>")
    else:
        out.append(f'<p class="meta">{_h(heading.count())}.</p>')
    groups = grouped(conflicts)
    if note := _grouping_note(groups):
        out.append(f'<p class="meta">{_h(note)}</p>')
    numbered = list(_numbered(groups))
    for i, (n, c, group) in enumerate(numbered):
        if group:
            out += [f'<section class="group" id="g-{_h(c.group)}">', f"<h2>{n.split('.')[0]}. {_h(group_heading(group))}</h2>"]
        level = "h3" if "." in n else "h2"
        out += [
            f'<article id="c-{_h(c.conflict_id)}">',
            f'<{level}>{n}. {_h(c.kind.value)} <span class="meta">score {c.score:.2f} \u00b7 id '
            f'<code>{_h(c.conflict_id)}</code></span> <span class="tag {_h(c.status)}">{_h(_status(c))}</span></{level}>',
            f'<p class="reason">{_h(c.reason)}</p>',
            '<div class="sides">', _html_side(c, "a", "A"), _html_side(c, "b", "B"), "</div>",
        ]
        if c.review_note:
            out.append(f'<p class="note">note ({_h(c.reviewer or "anonymous")}): {_h(c.review_note)}</p>')
        out.append("</article>")
        if "." in n and (i + 1 == len(numbered) or "." not in numbered[i + 1][0] or numbered[i + 1][2]):
            out.append("</section>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
