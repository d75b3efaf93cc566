"""Rejections that report no content: "X disputed the figure", "X called the report
inaccurate", "X denied all charges", "X dismissed a newspaper report of delays".

They are not statements in the attribution sense (nothing is reported that could be
checked), so `claims.attribution` does not return them; but a fact-checker needs them,
because they are how one party rejects another's claim. Each becomes an attributed claim
whose text is what was rejected and how ("the figure", "the report inaccurate"), with
the rejecting verb as its cue, for the conflict rules to link to the claim it answers.

Not handled: rejections without a named or resolvable subject ("the figure was
disputed"), and rejections spread over two sentences.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from claims.lexicon import data_lines, dispute_pattern
from claims.models import Attribution
from claims.speakers import SpeakerResolver

OBJECT_DEPS = frozenset({"dobj", "obj", "attr"})


@cache
def rejection_verbs() -> frozenset[str]:
    """Lemmas that reject their object outright ("dispute the figure")."""
    return frozenset(data_lines("rejection_verbs.txt"))


@cache
def labelling_verbs() -> frozenset[str]:
    """Lemmas that reject only with a rejecting complement ("call X inaccurate")."""
    return frozenset(data_lines("rejection_labelling_verbs.txt"))


def find_rejections(doc: Doc, attributions: list[Attribution]) -> list[Attribution]:
    """Rejections in `doc` not already covered by an attributed statement."""
    text = doc.text  # read once: Doc.text re-joins every token on each access
    covered = [(a.content_start, a.content_end) for a in attributions]
    found: list[Attribution] = []
    resolver: SpeakerResolver | None = None
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or _negated(verb):
            continue
        lemma = verb.lemma_.lower()
        span = None
        if lemma in rejection_verbs():
            span = _object_span(verb)
        elif lemma in labelling_verbs():
            span = _labelled_span(verb, text)
        if span is None:
            continue
        start, end = span
        if any(s < end and start < e for s, e in covered):
            continue
        subject = _subject(verb)
        if subject is None:
            continue
        if resolver is None:
            resolver = SpeakerResolver(doc)
        speaker = resolver.resolve(subject, remember=False)
        if speaker is None:
            continue
        found.append(
            Attribution(
                content_start=start, content_end=end, speaker=speaker.canonical,
                speaker_mention=speaker.mention, speaker_role=speaker.role, cue=verb.text,
                is_quote=False,
            )
        )
    return found


def _negated(verb: Token) -> bool:
    return any(child.dep_ == "neg" for child in verb.children)


def _subject(verb: Token) -> Token | None:
    current = verb
    for _ in range(3):
        for child in current.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        if current.dep_ in ("conj", "xcomp", "advcl") and current.head.i != current.i:
            current = current.head
        else:
            break
    return None


def _object_span(verb: Token) -> tuple[int, int] | None:
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    if not objects:
        return None
    tokens = [t for o in objects for t in o.subtree]
    return _bounds(tokens)


def _labelled_span(verb: Token, text: str) -> tuple[int, int] | None:
    """'called the report inaccurate' / 'described the figure as misleading': the object
    and its complement, when the complement carries a rejecting word."""
    # No object required: the small model often reads "the report inaccurate" as one
    # predicate noun phrase ("oprd") rather than an object and a complement.
    tokens = [t for c in verb.rights if c.dep_ not in ("punct", "cc", "conj") for t in c.subtree]
    if not tokens:
        return None
    bounds = _bounds(tokens)
    if bounds is None or not dispute_pattern().search(text[bounds[0]:bounds[1]]):
        return None
    return bounds


def _bounds(tokens: list[Token]) -> tuple[int, int] | None:
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in ('"', "”", "’")):
        tokens.pop()
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
