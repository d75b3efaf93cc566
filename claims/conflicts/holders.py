"""(h59) Who holds an opposite word, read from the claim's own words: the subject pronoun
just before it.

A contradiction reads one opposite word on each side ("did not want" / "wanted"; "would" /
"will not"). Two claims of one story often say the opposite word of two holders: "We did
not want to lose our captain" (the club) and "he wanted to leave" (the player); "she
would keep the shop open" (a campaigner) and "it did not keep" a count (a body). A
fact-checker reads those as two people's wishes or acts, not two accounts of one.

Round o57 read the holder from a spaCy parse inside the conflict stage; the lead removed it
(the stage must load no pipeline: the flow's memory peak, and the default model even when a
run names another). The holder of a word is very often the subject pronoun right before it
("We did not want", "he wanted", "it did not keep"): here the nearest word before the hit
word, within its clause, with only auxiliaries, negations and adverbs between, is read; when
it is a subject pronoun, that pronoun holds the word. Anything else (a noun, a relative
pronoun, punctuation, another verb) gives no holder, and no holder drops no pair. A passive
("she had not been paid") names who it was done to, not the doer: no holder. o57's decision
rules (`two_holders`) are kept as they were."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claims.conflicts.common import _names_match
from claims.overlap import topic_stems

# Subject pronouns: person, number, gender (as the parse's morphology named them in o57).
SUBJECT_PRONOUNS = {
    "i": ("1", "Sing", ""),
    "we": ("1", "Plur", ""),
    "he": ("3", "Sing", "Masc"),
    "she": ("3", "Sing", "Fem"),
    "it": ("3", "Sing", "Neut"),
    "they": ("3", "Plur", ""),
}
# Words that may stand between a subject and its verb within one clause: auxiliaries
# (with their contracted negations), negations and common adverbs; any word in -ly too.
AUXILIARIES = frozenset("""am is are was were be been being have has had having do does did
    will would shall should can could may might must ought""".split())
NEGATIONS = frozenset("""not never no longer n't""".split())
ADVERBS = frozenset("""also always already ever just still then now once yet even only really
    actually certainly definitely simply indeed again previously originally initially later
    soon never""".split())
# Words before a hit word that make it a noun ("no meeting", "a rise"): o57 gave nouns no
# holder (a meeting, a sale has two sides).
NOUN_DETERMINERS = frozenset("no a an the any this that its his her their our my your".split())
# Forms of "be" (and "get") before a participle make a passive: its subject was done to.
PASSIVE_AUXILIARIES = frozenset("""am is are was were be been being get gets got getting
    gotten""".split())
# A participle, as written: "paid", "sold", "closed", "taken", "shown", "built", "cut".
PARTICIPLE = re.compile(r"\w+(?:ed|en|wn|id|ld|lt|ught|ut|ne|ung|ept|ent)$", re.IGNORECASE)

_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|[^\sA-Za-z]")
# Contractions of a pronoun with an auxiliary ("we'd", "he's", "they've", "I'm").
_CLITIC = re.compile(r"^(\w+)['’](?:d|s|ve|re|m|ll)$", re.IGNORECASE)
HOLDER_CHARS = 600  # a claim's text; longer ones are cut (as o57's parse)


@dataclass(frozen=True)
class Holder:
    """The doer of a verb: a pronoun's person, number and gender (nouns are never read:
    o57 never compared them)."""

    pronoun: bool
    person: str = ""
    number: str = ""
    gender: str = ""
    stems: frozenset[str] = frozenset()
    proper: bool = False


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text[:HOLDER_CHARS])


def _word_index(tokens: list[str], word: str) -> int | None:
    """The first token spelling `word` (an opposite word, its first word for a phrase), or
    else the first starting with it (a stem: "want" of "wanted")."""
    first = word.lower().split()[0] if word.split() else ""
    if not first:
        return None
    lowered = [t.lower() for t in tokens]
    for i, t in enumerate(lowered):
        if t == first:
            return i
    for i, t in enumerate(lowered):
        if t.startswith(first):
            return i
    return None


def _skippable(token: str) -> bool:
    t = token.lower().replace("’", "'")
    if t.endswith("n't"):
        return True  # "didn't", "won't", "hasn't"
    return t in AUXILIARIES or t in NEGATIONS or t in ADVERBS or (len(t) > 4 and t.endswith("ly"))


def _pronoun(token: str) -> str | None:
    t = token.lower().replace("’", "'")
    clitic = _CLITIC.match(t)
    if clitic:
        t = clitic.group(1)
    return t if t in SUBJECT_PRONOUNS else None


@lru_cache(maxsize=8192)
def holder_of(text: str, word: str) -> Holder | None:
    """(h59) The holder of `word` in `text`: the subject pronoun nearest before the word,
    with only auxiliaries, negations and adverbs between ("We did not want", "he has
    never asked", "they'd already agreed"). None for anything else before it, and for a
    passive ("she had not been paid": a form of "be" or "get" before a participle)."""
    tokens = _tokens(text)
    at = _word_index(tokens, word)
    if at is None:
        return None
    if at > 0 and tokens[at - 1].lower() in NOUN_DETERMINERS:
        return None  # "had no meeting": a noun names what is said of, no holder (as o57)
    between: list[str] = []
    i = at - 1
    while i >= 0 and _skippable(tokens[i]) and _pronoun(tokens[i]) is None:
        between.append(tokens[i].lower())
        i -= 1
    if i < 0:
        return None
    pronoun = _pronoun(tokens[i])
    if pronoun is None:
        return None
    if _CLITIC.match(tokens[i].lower().replace("’", "'")) and tokens[i].lower().endswith(("'s", "’s")):
        between.append("is")  # "it's been sold": the clitic may be a form of "be"
    if any(w in PASSIVE_AUXILIARIES for w in between) and PARTICIPLE.fullmatch(tokens[at]):
        return None
    person, number, gender = SUBJECT_PRONOUNS[pronoun]
    return Holder(True, person, number, gender)


def _neuter(h: Holder) -> bool:
    return h.person == "3" and h.number == "Sing" and h.gender == "Neut"


def two_holders(a: Holder | None, b: Holder | None, speaker_a: str | None = None,
                speaker_b: str | None = None) -> bool:
    """(o57, kept by h59) Whether two holders cannot be one: a person's pronoun against a
    group's ("he" / "we", "she" / "they", "I" / "they"), two genders ("it" / "she", "he" /
    "she"), or "I" of two named speakers. A pronoun against a noun, and two nouns, may be
    one holder: one body has many names and descriptions ("the operator" / "the company";
    a name and its short form), one thing its parts ("the turbines" / "the blade tips"),
    one measure its names ("reliability" / "punctuality")."""
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
    # Nouns are left as they were (o57): two names may be one holder (a person and the body
    # it speaks for, a name and its short form), and two common nouns too.
    return False


# (d99) One body by two names: its full name and the short form a story gives it, in brackets
# after the name ("the Union of Rail Operatives (URO)") or as its initials alone ("URO says",
# "the DfT said"). A short form read as initials is one word of three to eight letters, two of
# them capitals ("US" / "Union Station" is too short to tell); one in brackets may be any.
_BRACKETED = re.compile(r"^(.*?)\s*\(\s*([^()]+?)\s*\)\s*$")
_SHORT_FORM = re.compile(r"^[A-Za-z&]{3,8}$")
_NAME_WORD = re.compile(r"[A-Za-z][\w&'’-]*")
_LEADING_ARTICLE = re.compile(r"^(?:the|its|their)\s+", re.IGNORECASE)


def body_names(name: str | None) -> tuple[str, ...]:
    """(d99) The names a speaker or owner field gives one body: "Union of Rail Operatives
    (URO)" -> ("Union of Rail Operatives", "URO"); a field with no bracket -> itself (less a
    leading "the"). Empty for no name."""
    if not name:
        return ()
    name = name.strip().rstrip("'’s").strip() if name.strip().endswith(("'s", "’s")) else name.strip()
    m = _BRACKETED.match(name)
    parts = (m.group(1), m.group(2)) if m else (name,)
    return tuple(p for p in (_LEADING_ARTICLE.sub("", p).strip() for p in parts) if p)


def without_short_form(name: str) -> str:
    """(d99) A name less the short form in brackets after it: "Union of Rail Operatives
    (URO)" -> "Union of Rail Operatives"; any other name as it is."""
    m = _BRACKETED.match(name)
    return m.group(1) if m and m.group(1) else name


def short_form(word: str) -> bool:
    """(d99) A word that can be a body's initials: "URO", "ABC", "DfT"; not "Westlink"
    (one capital) nor "McDonald" as a name read whole (it is checked against initials anyway)."""
    return bool(_SHORT_FORM.fullmatch(word)) and sum(ch.isupper() for ch in word) >= 2


def initials(name: str) -> frozenset[str]:
    """(d99) The initials of a body's name, upper-cased: of its capitalised words ("Union of
    Rail Operatives" -> "URO") and of all its words ("Department for Transport" -> "DFT"
    too). Nothing for a name of fewer than two capitalised words."""
    words = _NAME_WORD.findall(name)
    capitals = [w for w in words if w[:1].isupper()]
    if len(capitals) < 2:
        return frozenset()
    return frozenset({"".join(w[0] for w in capitals).upper(), "".join(w[0] for w in words).upper()})


def _abbreviates(short: str, full: str) -> bool:
    return short_form(short) and short.upper() in initials(full)


def same_body(a: str | None, b: str | None) -> bool:
    """(d99) Whether two names are one body's by a short form: one name's bracketed short
    form or its initials are the other name ("Union of Rail Operatives (URO)" / "URO";
    "URO" / "Union of Rail Operatives"; "the Department for Transport" / "DfT"). Names
    written alike count too. Common nouns standing for a named body ("the authority") are
    the owner readers' (`disputes._kind_alias`); words shared are `_names_match`'s."""
    names_a, names_b = body_names(a), body_names(b)
    for x in names_a:
        for y in names_b:
            if x.lower() == y.lower() or _abbreviates(x, y) or _abbreviates(y, x):
                return True
    return False
