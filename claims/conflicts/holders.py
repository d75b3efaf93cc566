"""(o57) Who holds an opposite word: the subject of the verb it belongs to, read from a
spaCy parse of the claim.

A contradiction reads one opposite word on each side ("did not want" / "wanted"; "would" /
"will not"). Two claims of one story often say the opposite word of two holders: "We did
not want to lose our captain" (the club) and "he wanted to leave" (the player); "she
would keep the shop open" (a campaigner) and "it did not keep" a count (a body). A
fact-checker reads those as two people's wishes or acts, not two accounts of one. The parse is asked
only of pairs the word rules already matched, so it costs a few parses per story."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from claims.conflicts.common import _names_match
from claims.overlap import topic_stems

# Dependencies naming a verb's subject, and the doer of a passive.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# A verb without its own subject takes its governor's ("he wanted to go, and he put it";
# "asked to leave"): through these links, a few steps up.
SUBJECT_INHERITED = frozenset({"xcomp", "conj", "ccomp"})
CLIMB_STEPS = 3
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
HOLDER_PARSE_CHARS = 600  # a claim's text; longer ones are cut (a parse per pair is the cost)


@dataclass(frozen=True)
class Holder:
    """The doer of a verb: a pronoun's person, number and gender, or a noun phrase's
    stems and whether its head is a name."""

    pronoun: bool
    person: str = ""
    number: str = ""
    gender: str = ""
    stems: frozenset[str] = frozenset()
    proper: bool = False


@lru_cache(maxsize=64)
def _parse(text: str):
    """The parse of `text` by the default pipeline (`claims.nlp`); None when none can be
    loaded (a run given only a pipeline by path): then no holder is read and no pair is
    dropped. The conflict stage loads the pipeline once, at the first pair asked about."""
    from claims.nlp import ModelNotFound, load_nlp
    try:
        nlp = load_nlp()
    except (ModelNotFound, OSError):
        return None
    return nlp(text[:HOLDER_PARSE_CHARS])


def _word_token(doc, word: str):
    """The first token spelling `word` (an opposite word, its first word for a phrase)
    or starting with it (a stem: "want" of "wanted"); its lemma too ("paid" / "pay")."""
    first = word.lower().split()[0] if word.split() else ""
    if not first:
        return None
    for t in doc:
        if t.lower_ == first:
            return t
    for t in doc:
        if t.lower_.startswith(first) or (len(first) >= 3 and t.lemma_.lower().startswith(first)):
            return t
    return None


def _verb_of(token):
    """The verb a word belongs to: itself, or its head for an auxiliary, a negation or an
    adjective ("is not safe": "is"). None for a noun ("the cap", "a margin increase"):
    a noun phrase names what is said of, no holder."""
    if token.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        return None
    if token.dep_ in ("aux", "auxpass", "neg") or token.pos_ not in ("VERB", "AUX"):
        return token.head if token.head.pos_ in ("VERB", "AUX") else None
    return token


def _holder_token(verb):
    """The doer of `verb`: its subject, the agent of a passive ("paid by the club"), or
    nothing when a passive names none (its subject is who it was done to)."""
    for _ in range(CLIMB_STEPS):
        kids = list(verb.children)
        agent = next((c for c in kids if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        subject = next((c for c in kids if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            if subject.dep_ == "nsubjpass":
                return None
            if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            return subject
        if verb.dep_ not in SUBJECT_INHERITED or verb.head is verb:
            return None
        verb = verb.head
    return None


def _holder(token) -> Holder | None:
    if token is None:
        return None
    if token.pos_ == "PRON":
        morph = token.morph
        person = "".join(morph.get("Person"))
        number = "".join(morph.get("Number"))
        if not person or not number:
            return None
        return Holder(True, person, number, "".join(morph.get("Gender")))
    words = " ".join(t.text for t in token.subtree if t.dep_ not in ("det", "poss", "punct", "relcl")
                     and t.i <= token.i)
    stems = topic_stems(words)
    if not stems:
        return None
    return Holder(False, stems=stems, proper=token.pos_ == "PROPN")


@lru_cache(maxsize=8192)
def holder_of(text: str, word: str) -> Holder | None:
    """(o57) The holder of `word` in `text`: the subject (or passive agent) of the verb the
    word belongs to, climbing to the governing verb for an infinitive or a conjunct."""
    doc = _parse(text)
    token = _word_token(doc, word) if doc is not None else None
    verb = _verb_of(token) if token is not None else None
    if verb is None:
        return None
    return _holder(_holder_token(verb))


def _neuter(h: Holder) -> bool:
    return h.person == "3" and h.number == "Sing" and h.gender == "Neut"


def two_holders(a: Holder | None, b: Holder | None, speaker_a: str | None = None,
                speaker_b: str | None = None) -> bool:
    """(o57) Whether two holders cannot be one: a person's pronoun against a group's ("he" /
    "we", "she" / "they", "I" / "they"), two genders ("it" / "she", "he" / "she"), or "I" of
    two named speakers. A pronoun against a noun, and two nouns, may be one holder: one
    body has many names and descriptions ("the operator" / "the company"; a name and its
    short form), one thing its parts ("the turbines" / "the blade tips"), one measure its
    names ("reliability" / "punctuality")."""
    if a is None or b is None:
        return False
    if a.pronoun and b.pronoun:
        # A body is "it" and "they", and speaks as "we" ("it did not know" / "they knew" /
        # "we knew"); "I" may be one of "we". A person ("he", "she", "I") is no "they" or
        # "we" of another.
        if a.number != b.number and not (_neuter(a) or _neuter(b)) and {a.person, b.person} != {"1"}:
            return True
        if a.person == b.person == "3" and a.gender and b.gender and a.gender != b.gender:
            return True
        if a.person == b.person == "1" and speaker_a and speaker_b:
            return not _names_match(topic_stems(speaker_a), topic_stems(speaker_b))
        return False
    # Nouns are left as they were: two names may be one holder (a person and the body it
    # speaks for, a name and its short form; read of two names, the guard lost a closed
    # contradiction), and two common nouns too (see the docstring).
    return False
