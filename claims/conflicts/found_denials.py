"""(c112) A denial of a thing or of harm to it, against a finding of that thing.

One side says something is absent or came to no harm: "There is no risk to health", "no
chemicals had leaked into the river", "the survey found no structural damage to the roof",
"No mould has been found in the flats", "The main mirror was not damaged". The other side
reports a finding, a detection or a test result: "tests found bacteria in samples",
"officers found solvent in the river", "engineers found a crack running across the main
mirror". The two share the thing's noun, or the denied noun names a small class
(claims/data/conflict_found_kinds.txt: a health risk and the germs or poisons tests find,
chemicals and the substances named, damage and its kinds) one of whose members is found.

Read of one claim's text:
- `absent_things`: per denial, (stems of the denied noun's head, stems of the nouns of the
  place it is denied at, the head as written). Read in four forms: a finding verb with a
  "no"/"nothing" object ("found no structural damage to the roof"), a negated finding verb
  ("had not detected any lead"), "there is/was no X", and a subject "no X" whose verb tells
  of presence, finding or escape ("No mould has been found", "no chemicals had leaked
  into"). Not read: a hedged or conditional denial ("if tests find no ...").
- `findings`: per finding, (stems of what was found, with the rest of its clause, the
  place nouns of its clause, the found words as written): an active finding verb with an
  object that is not "no"/"nothing"/"any" ("tests found bacteria in samples"), a passive
  one ("salmonella was detected in two samples"), "tested positive". Not read: a negated,
  hedged or conditional finding ("had not found", "may have found", "if inspectors find"),
  a verdict or state ("found guilty", "found dead", "found to be").
`meet` pairs a denial with a finding of its noun or of a member of its class, whose places,
when both name one, share a noun; a thing said to have come to no harm
(`contradictions._spared_things`) meets a finding of damage (a member of the damage class)
whose clause holds every word of the thing.
"""

from __future__ import annotations

import re
from functools import cache

from claims.lexicon import data_lines
from claims.overlap import FUNCTION_WORDS, NO_STEMS, stem

TOKEN = re.compile(r"[\w'’]+(?:[-.][\w'’]+)*|[,;:.!?()\"“”]")
CLAUSE_END = frozenset({",", ";", ":", ".", "!", "?", "(", ")", '"', "“", "”"})
CLAUSE_WORDS = frozenset({"and", "but", "while", "whereas", "although", "though", "because", "after", "before",
                          "when", "which", "who", "that", "said", "says", "according", "if", "unless", "until", "so"})
FINDING_VERBS = frozenset({"found", "find", "finds", "detected", "detect", "detects", "discovered", "discover",
                           "revealed", "reveal", "reveals", "identified", "identify", "identifies", "flagged",
                           "uncovered", "showed", "show", "shows", "shown", "recorded", "confirmed"})
PASSIVE_FINDINGS = frozenset({"found", "detected", "discovered", "identified", "uncovered", "recorded", "confirmed"})
# A subject "no X" whose verb tells of presence or escape: the thing is said absent.
PRESENCE_VERBS = frozenset({"leaked", "escaped", "spilled", "spread", "entered", "seeped", "present", "got",
                            "reached", "contaminated"}) | PASSIVE_FINDINGS
AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had", "been", "be", "being", "did", "do", "does"})
NEGATORS = frozenset({"not", "never", "n't", "cannot"})
HEDGES = frozenset({"may", "might", "could", "would", "should", "if", "unless", "whether", "hope", "hopes", "expect",
                    "expects", "expected", "likely", "possibly", "perhaps", "probably", "will", "can"})
# Objects of a finding verb that are no finding of a thing.
NOT_FOUND_OBJECTS = frozenset({"no", "nothing", "none", "any", "little", "guilty", "liable", "dead", "alive", "that",
                               "to", "it", "them", "him", "her", "itself", "out", "time", "way", "ways", "himself",
                               "herself", "themselves", "no-one", "nobody", "innocent", "responsible", "wanting"})
DETERMINERS = frozenset({"a", "an", "the", "some", "several", "fresh", "new", "more", "traces", "trace", "signs", "sign",
                         "evidence", "of", "high", "higher", "low", "levels", "level", "significant", "serious",
                         "further", "other", "its", "their", "his", "her", "our", "these", "those"})
# "no sign of X", "no evidence of X": the thing is X.
EVIDENCE_HEADS = frozenset({"sign", "signs", "trace", "traces", "evidence", "indication", "indications", "level",
                            "levels", "record", "records", "report", "reports"})
# Places too wide to tell two places apart ("no wild birds in the area had tested positive").
WIDE_PLACES = frozenset({"area", "region", "district", "county", "country", "vicinity", "locality", "neighbourhood",
                         "anywhere", "everywhere", "site", "world"})
PLACE_PREPOSITIONS = frozenset({"in", "into", "at", "on", "inside", "near", "under", "across", "within", "beneath"})
NOUN_STOPS = AUXILIARIES | PLACE_PREPOSITIONS | CLAUSE_WORDS | NEGATORS | HEDGES | frozenset(
    {"to", "for", "from", "with", "by", "over", "of", "as", "than", "or", "running", "taken", "there", "between",
     "about", "among", "against", "anywhere", "everywhere"})
# Heads of "no X" that name no thing a test or survey could find ("there is no need",
# "found no reason to", "no longer").
NON_THINGS = frozenset({"need", "reason", "doubt", "question", "way", "point", "time", "choice", "alternative",
                        "longer", "intention", "plan", "plans", "suggestion", "chance", "decision", "agreement",
                        "comment", "answer", "one", "idea"})
NOUN_WORDS = 4
# Words before a participle that make it an adjective ("the number of confirmed cases").
ATTRIBUTIVE_BEFORE = [[w] for w in ("the", "a", "an", "of", "its", "their", "his", "her", "our", "with", "for", "any",
                                    "no", "newly", "recently")]
PLACE_WORDS = 5
FINDING_WORDS = 12
VERB_REACH = 4


@cache
def _kinds() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Per class of conflict_found_kinds.txt, (stems of its class words, stems of its members)."""
    rows = []
    for line in data_lines("conflict_found_kinds.txt"):
        left, right = line.split("|")
        rows.append((frozenset(stem(w.strip().split()[-1]) for w in left.split(",") if w.strip()),
                     frozenset(stem(w.strip().split()[-1]) for w in right.split(",") if w.strip())))
    return tuple(rows)


@cache
def damage_members() -> frozenset[str]:
    """The stems of the damage class's words and members (the class whose words hold "damage")."""
    return frozenset(s for words, members in _kinds() if stem("damage") in words for s in words | members)


def kind_members(head: frozenset[str]) -> frozenset[str]:
    """The member stems of every class one of whose class words is in `head`."""
    return frozenset(s for words, members in _kinds() if head & words for s in members)


def _tokens(text: str) -> list[str]:
    return [t.lower().replace("’", "'") for t in TOKEN.findall(text)]


def _noun_phrase(tokens: list[str], k: int) -> tuple[list[str], int]:
    """The words of a noun phrase starting at `k` (up to `NOUN_WORDS`, to a stop word) and
    the index after it."""
    words = []
    while k < len(tokens) and len(words) < NOUN_WORDS and tokens[k] not in CLAUSE_END and tokens[k] not in NOUN_STOPS:
        words.append(tokens[k])
        k += 1
    return words, k


def _place(tokens: list[str], k: int) -> frozenset[str]:
    """The nouns of a place phrase starting at `k` ("into the river Stane"), if one does."""
    if k >= len(tokens) or tokens[k] not in PLACE_PREPOSITIONS:
        return NO_STEMS
    words = []
    k += 1
    while k < len(tokens) and len(words) < PLACE_WORDS and tokens[k] not in CLAUSE_END \
            and tokens[k] not in CLAUSE_WORDS and tokens[k] not in AUXILIARIES:
        if tokens[k] not in FUNCTION_WORDS and tokens[k] not in DETERMINERS and tokens[k] not in WIDE_PLACES:
            words.append(stem(tokens[k]))
        k += 1
    return frozenset(words)


def _hedged(tokens: list[str], k: int) -> bool:
    """A negation or hedge in the `VERB_REACH` words before `k` of its clause."""
    for t in reversed(tokens[max(0, k - VERB_REACH):k]):
        if t in CLAUSE_END:
            return False
        if t in NEGATORS or t.endswith("n't") or t in HEDGES:
            return True
    return False


def _clause_hedged(tokens: list[str], k: int) -> bool:
    """A conditional or hedge anywhere before `k` in its clause ("if tests find ...")."""
    for t in reversed(tokens[:k]):
        if t in CLAUSE_END:
            return False
        if t in ("if", "unless", "whether", "may", "might", "could"):
            return True
    return False


def _thing(words: list[str]) -> tuple[frozenset[str], str] | None:
    """The head stems of a denied noun phrase ("structural damage": {damag}; "sign of damage"
    read on past "of" by the caller): its last word, and any word of a class."""
    words = [w for w in words if w not in DETERMINERS and w not in FUNCTION_WORDS and not w.isdigit()]
    if not words or words[-1] in NON_THINGS or words[0] in NON_THINGS:
        return None
    head = {stem(words[-1])} | {stem(w) for w in words if kind_members(frozenset({stem(w)}))}
    return frozenset(head), " ".join(words)


def absent_things(text: str) -> tuple[tuple[frozenset[str], frozenset[str], str], ...]:
    """Per thing the text says is absent (see the module's doc): (head stems, place stems,
    the words as written)."""
    tokens = _tokens(text)
    found = []
    for k, t in enumerate(tokens):
        start = None
        if t in ("no", "nothing"):
            before = tokens[k - 1] if k else "."
            if before in FINDING_VERBS and not _hedged(tokens, k - 1) and not _clause_hedged(tokens, k - 1):
                start = k + 1  # "found no structural damage"
            elif before in AUXILIARIES and k > 1 and tokens[k - 2] == "there" or \
                    (before == "been" and "there" in tokens[max(0, k - 4):k - 1]):
                start = k + 1  # "there is no risk"
            elif before in CLAUSE_END or before in ("that", "and", "but"):
                # a subject "no X" whose verb tells of presence or finding
                words, end = _noun_phrase(tokens, k + 1)
                place = _place(tokens, end)
                rest = tokens[end:end + 8]
                verb = next((i for i, w in enumerate(rest) if w in PRESENCE_VERBS or w == "tested"), None)
                if verb is not None and all(w in AUXILIARIES or w in PLACE_PREPOSITIONS or w in FUNCTION_WORDS
                                            or w in DETERMINERS or w in WIDE_PLACES or stem(w) in place
                                            for w in rest[:verb]) and all(w not in CLAUSE_END for w in rest[:verb]):
                    if rest[verb] != "tested" or rest[verb + 1:verb + 2] == ["positive"]:
                        start = k + 1
        elif t in FINDING_VERBS and k > 1 and tokens[k - 1] in NEGATORS | {"n't"} \
                and not _clause_hedged(tokens, k - 1):
            start = k + 1 + (k + 1 < len(tokens) and tokens[k + 1] == "any")  # "had not found any"
        if start is None or start >= len(tokens) or _clause_hedged(tokens, k):
            continue
        if tokens[start - 1] == "nothing":
            continue  # "nothing of concern": no noun to meet (left open)
        words, end = _noun_phrase(tokens, start)
        if words and words[-1] in EVIDENCE_HEADS and end < len(tokens) and tokens[end] == "of":
            words, end = _noun_phrase(tokens, end + 1)
        thing = _thing(words)
        if thing:
            place = _place(tokens, end)
            after = end
            while not place and after < len(tokens) and after - end < VERB_REACH and \
                    (tokens[after] in AUXILIARIES or tokens[after] in PRESENCE_VERBS or tokens[after] in WIDE_PLACES):
                after += 1  # "no chemicals had escaped into the canal"
                place = _place(tokens, after)
            if not place and end < len(tokens) and tokens[end] == "to" and thing[0] & damage_members():
                # "no damage to the main roof" (not "no risk to health")
                place = _place(["in"] + tokens[end + 1:], 0)
            found.append((thing[0], place, thing[1]))
    return tuple(found)


def findings(text: str) -> tuple[tuple[frozenset[str], frozenset[str], str, frozenset[str]], ...]:
    """Per finding the text reports (see the module's doc): (stems of the found words that
    head a phrase, place stems, the found words as written, stems of every found word)."""
    tokens = _tokens(text)
    found = []
    for k, t in enumerate(tokens):
        words: list[str] = []
        if t in FINDING_VERBS and k + 1 < len(tokens) and tokens[k - 1:k] != ["be"] \
                and tokens[k + 1] not in NOT_FOUND_OBJECTS and tokens[k + 1] not in CLAUSE_END \
                and tokens[k + 1] not in PLACE_PREPOSITIONS and tokens[k - 1:k] not in ATTRIBUTIVE_BEFORE \
                and tokens[k - 1:k] not in (["was"], ["were"], ["been"], ["is"], ["are"]):
            if _hedged(tokens, k) or _clause_hedged(tokens, k):
                continue
            end = k + 1
            while end < len(tokens) and end - k <= FINDING_WORDS and tokens[end] not in CLAUSE_END \
                    and tokens[end] not in ("and", "but", "while", "which", "who"):
                end += 1
            words = tokens[k + 1:end]
            if any(w in NEGATORS or w.endswith("n't") or w in ("no", "none", "nothing") for w in words):
                continue  # "found the bridge was not damaged"
            if words and words[0] in ("the", "a", "an") and len(words) > 1 and words[1] in NOT_FOUND_OBJECTS:
                continue
        elif t in PASSIVE_FINDINGS and k > 1 and tokens[k - 1] in ("was", "were", "been", "is", "are"):
            if _hedged(tokens, k - 1) or _clause_hedged(tokens, k) or tokens[k + 1:k + 2] in (["to"], ["guilty"],
                                                                                               ["dead"], ["alive"]):
                continue
            begin = k - 1
            while begin > 0 and tokens[begin - 1] not in CLAUSE_END and tokens[begin - 1] not in CLAUSE_WORDS \
                    and k - begin <= FINDING_WORDS:
                begin -= 1
            if any(w in NEGATORS or w in ("no", "none", "nothing") for w in tokens[begin:k]):
                continue
            end = k + 1
            while end < len(tokens) and end - k <= 6 and tokens[end] not in CLAUSE_END:
                end += 1
            words = tokens[begin:end]
        elif t == "positive" and tokens[k - 1:k] == ["tested"]:
            begin = k - 1
            while begin > 0 and tokens[begin - 1] not in CLAUSE_END and tokens[begin - 1] not in CLAUSE_WORDS \
                    and k - begin <= FINDING_WORDS:
                begin -= 1
            if any(w in NEGATORS or w in ("no", "none", "nothing") or w in HEDGES for w in tokens[begin:k]):
                continue
            end = k + 1
            while end < len(tokens) and end - k <= 6 and tokens[end] not in CLAUSE_END:
                end += 1
            words = tokens[begin:end]
        if not words:
            continue
        stems = frozenset(stem(w) for w in words if w not in FUNCTION_WORDS and w not in FINDING_VERBS and len(w) > 1)
        heads = frozenset(stem(w) for i, w in enumerate(words) if w not in FUNCTION_WORDS and w not in FINDING_VERBS
                          and not _modifier(words, i))
        places = frozenset(s for i, w in enumerate(words) if w in PLACE_PREPOSITIONS
                           for s in _place(words, i))
        found.append((heads, places, " ".join(words), stems))
    return tuple(found)


def _word_of(words: str, stems: frozenset[str]) -> str:
    """The first word of `words` whose stem is one of `stems`, "found" before it."""
    return "found " + next((w for w in words.split() if stem(w) in stems), words.split()[0])


def _modifier(words: list[str], i: int) -> bool:
    """The word at `i` stands before another noun of its phrase ("bird flu", "asbestos
    sheets"): a modifier, not the thing found. A following word of no phrase (a function
    word, a participle, a verb of finding or being) ends the phrase."""
    if i + 1 >= len(words):
        return False
    after = words[i + 1]
    return not (after in FUNCTION_WORDS or after in CLAUSE_END or after in FINDING_VERBS or after in AUXILIARIES
                or after in PLACE_PREPOSITIONS or after.endswith(("ed", "ing")) or after[:1].isdigit()
                or after in NOUN_STOPS or after in ("positive", "negative"))


def meet(absent: tuple[tuple[frozenset[str], frozenset[str], str], ...],
         spared: tuple[frozenset[str], ...],
         found: tuple[tuple[frozenset[str], frozenset[str], str, frozenset[str]], ...]) -> tuple[str, str] | None:
    """(what is denied, what is found) of the first denial a finding meets, else None."""
    for heads, places, words, stems in found:
        for head, place, denied in absent:
            met = (head | kind_members(head)) & heads
            if not met:
                continue
            if place and places and not place & places:
                continue  # "no bacteria in the reservoir" / "bacteria in samples from the river"
            return f"no {denied}", _word_of(words, met)
        damaged = damage_members() & stems
        for thing in spared:
            if damaged and thing <= stems:
                return f"{' '.join(sorted(thing))} unharmed", _word_of(words, damaged)
    return None
