"""(v110) A promise to keep a whole, against a later count of its members removed or ended.

A promise told ahead names a whole group and says it will be kept as it is: "the group
would keep all of the company's 620 acres of orchards", "Every grower's contract will be
honoured in full". Months later, often in another outlet, a report counts members of that
group taken out: "it would remove 340 acres of bush orchards", "23 growers had received
letters ending their contracts". The two share the group's noun but no denied or lost
thing, so the c60/c95 readers (a whole that did a thing, a count that lost the same thing)
never meet them.

Both readings are of one claim's text:
- `kept_wholes`: a promise marker (conflict_promise_markers.txt) before a verb of keeping
  (conflict_keep_verbs.txt) whose object is a whole ("keep all of its 620 acres of
  orchards"), or a whole as the subject of a promise marker and a verb of keeping ("Every
  grower's contract will be honoured"): per whole, the stems of its words and its count
  when it names one. Not read: a hedged promise ("hopes to keep all", "aims to keep every"),
  a negated one ("would not keep all", "never promised to keep every"), one with a
  condition ("if the sale goes through").
- `parts_removed`: a count whose clause tells its members removed or ended (a verb of
  conflict_removal_verbs.txt right before the figure, "remove 340 acres", or after it,
  "23 growers had received letters ending their contracts", the object of an active verb
  after the count naming the group too): per count, the stems of its measure's head, the
  stems of the active verb's object (none when the count itself is what was removed), and
  its value. Not read: a negated or hedged removal ("may close", "could lose"), a count on
  track ("half paid so far, the rest by June").
`contradictions._Wording.opposed_to` pairs them when the count's noun is one of the whole's
and is fewer than the whole's own count; `_promise_after_loss` keeps only a promise
published before the report, `_removed_before_promise` drops a count dated in a year before
the promise's article.
"""

from __future__ import annotations

import re
from functools import cache

from claims.conflicts.job_promises import NEGATOR, _markers
from claims.lexicon import data_alternation
from claims.models import Quantity
from claims.units import MONEY_UNITS
from claims.overlap import NO_STEMS, one_of, topic_stems

# Words read before a figure for its removal verb ("remove 340 acres", "closed 11 of its").
VERB_BEFORE_WORDS = 3
# Words of a count's clause after it read for the removal verb.
CLAUSE_AFTER_WORDS = 14
# Words after an active removal verb read for its object ("ending their contracts").
OBJECT_WORDS = 3
# Words of a whole's phrase.
GROUP_WORDS = 6
CLAUSE_END = re.compile(r"[;:.!?\"“”()]|,\s+(?:but|and|although|though|while|because|if|unless)\b|,", re.IGNORECASE)
# A promise told as a hope or an aim, or with a condition: no assurance.
HEDGE = re.compile(r"(?<![\w-])(?:hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?|tr(?:y|ies|ied|ying)|want(?:s|ed)?|wish(?:es|ed)?|"
                   r"expect(?:s|ed)?|intend(?:s|ed)?|plan(?:s|ned)?|seek(?:s|ing)?|sought|(?-i:may)|might|could|should|"
                   r"likely|possibly|probably|if|unless|provided|providing|where\s+possible|as\s+far\s+as)(?![\w-])",
                   re.IGNORECASE)
# A removal told ahead as a possibility, or with a condition ("may" in lower case: not the month).
REMOVAL_HEDGE = re.compile(r"(?<![\w-])(?:(?-i:may)|might|could|should|if|unless|considering|consider|proposal|proposed|"
                           r"possibly|risk|threat|threatened)(?![\w-])", re.IGNORECASE)
# A count on track: part done so far, the rest to come ("half paid so far, the rest by June").
ON_TRACK = re.compile(r"(?<![\w-])(?:so\s+far|the\s+rest|the\s+remaining|remainder|yet\s+to|by\s+then|on\s+track)(?![\w-])",
                      re.IGNORECASE)
DETERMINER = r"(?:(?:the|its|their|our|his|her|these|those|(?-i:[A-Z])[\w'’-]*['’]s?)\s+)?"
# "keep all of Hallerton's 620 acres of orchards", "honour every contract", "protect each
# of the 14 libraries": the whole as the keeping verb's object.
WHOLE_OBJECT = (r"\s+(?:all|every|each)\s+(?:one\s+)?(?:of\s+)?" + DETERMINER
                + r"(?:[\w-]+['’]s?\s+(?=[\d,]+\s))?"
                + r"(?:([\d,]+)\s+)?((?:[\w'’-]+\s+){0,5}?[\w'’-]+)")
# "every grower's contract will be honoured", "all 48 cash machines would stay": the whole
# as the subject of a promise (a marker, then "be" or "continue to (be)", then a keeping verb).
WHOLE_SUBJECT = re.compile(
    r"(?<![\w-])(?<!not )(?<!almost )(?<!nearly )(?:every|all|each)\s+(?!(?:one\s+)?of\s+(?:which|whom|whose)\b)"
    r"(?:one\s+)?(?:of\s+)?" + DETERMINER + r"(?:([\d,]+)\s+)?((?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+"
    r"(?=(?:will|would|shall|is\s+to|are\s+to)\b)", re.IGNORECASE)
AFTER_SUBJECT = re.compile(r"\s*(?:will|would|shall|is\s+to|are\s+to)\s+(?:all\s+)?(?:be\s+|(continue)\s+to\s+(?:be\s+)?)?(\w+)",
                           re.IGNORECASE)
BE_BEFORE = re.compile(r"(?<![\w-])(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
NUMBER = re.compile(r"^[\d,]+$")
# A whole of times is how often, not a group kept ("every quarter and would continue to do so").
TIME_STEMS = topic_stems("day week month quarter year night morning evening hour season time weekend summer winter")
# Words that end a whole's phrase: a preposition other than "of", a relative or
# conditional word, a state after the noun ("keep all 30 branches open until 2030").
GROUP_STOP = frozenset({"in", "at", "on", "for", "to", "until", "by", "from", "with", "over", "through", "after",
                        "before", "during", "under", "if", "unless", "when", "that", "which", "who", "whose", "where",
                        "open", "running", "intact", "will", "would", "shall", "as", "and"})


@cache
def _keep_verbs() -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + data_alternation("conflict_keep_verbs.txt") + r")(?![\w-])", re.IGNORECASE)


@cache
def _removal_verbs() -> re.Pattern[str]:
    """The verbs of conflict_removal_verbs.txt as whole words; not the nouns "the end of",
    "a cut in", nor "close to"/"close on" (near)."""
    return re.compile(r"(?<![\w-])(?<!the )(?<!an )(?<!a )(?<!its )(?<!their )(?:" + data_alternation("conflict_removal_verbs.txt")
                      + r")(?![\w-])", re.IGNORECASE)


# A removal verb that is also a noun or an adjective before these words: "the end of",
# "a cut in", "close to".
NOUN_LIKE = frozenset({"end", "ends", "cut", "cuts", "close"})
NOUN_AFTER = re.compile(r"\s+(?:of|to|on|in)\b", re.IGNORECASE)


def _removal(words: str) -> re.Match[str] | None:
    """The first removal verb of `words` (`_removal_verbs`), not a noun-like use."""
    for m in _removal_verbs().finditer(words):
        if m.group().lower() in NOUN_LIKE and NOUN_AFTER.match(words, m.end()):
            continue
        return m
    return None


def _whole_stems(words: str) -> frozenset[str]:
    """The stems of a whole's phrase up to its clause's end and at most `GROUP_WORDS` words."""
    kept = []
    for w in CLAUSE_END.split(words, maxsplit=1)[0].split()[:GROUP_WORDS]:
        if w.lower() in GROUP_STOP:
            break
        kept.append(w)
    return topic_stems(" ".join(kept))


def _sentence_start(text: str, at: int) -> int:
    return max(text.rfind(".", 0, at), text.rfind(";", 0, at), text.rfind("?", 0, at), text.rfind("!", 0, at)) + 1


def _promise_before(text: str, start: int, at: int) -> bool:
    """Whether a promise marker stands in `text[start:at]` with no hedge or negation there."""
    before = text[start:at]
    return bool(_markers().search(before)) and not HEDGE.search(before) and not NEGATOR.search(before)


def _count(word: str | None) -> float | None:
    return float(word.replace(",", "")) if word and NUMBER.match(word) and word.replace(",", "") else None


def kept_wholes(text: str) -> tuple[tuple[frozenset[str], float | None], ...]:
    """Each whole `text` promises to keep (module docstring): its stems and its count."""
    found = []
    for verb in _keep_verbs().finditer(text):
        m = re.compile(WHOLE_OBJECT, re.IGNORECASE).match(text, verb.end())
        start = _sentence_start(text, verb.start())
        if not m or not _promise_before(text, start, verb.start()):
            continue
        clause = CLAUSE_END.split(text[verb.end():], maxsplit=1)[0]
        if HEDGE.search(clause) or NEGATOR.search(clause):
            continue
        group = _whole_stems(text[m.start(2):])
        if group:
            found.append((one_of(group), _count(m.group(1))))
    for m in WHOLE_SUBJECT.finditer(text):
        start = _sentence_start(text, m.start())
        after = AFTER_SUBJECT.match(text, m.end())
        if not after or not (after.group(1) or _keep_verbs().fullmatch(after.group(2))):
            continue
        clause = CLAUSE_END.split(text[m.end():], maxsplit=1)[0]
        if HEDGE.search(text, start, m.end()) or NEGATOR.search(text, start, m.end()) or NEGATOR.search(clause) \
                or HEDGE.search(clause):
            continue
        group = _whole_stems(m.group(2))
        if group and not group <= TIME_STEMS:  # "met the association every quarter and would continue"
            found.append((one_of(group), _count(m.group(1))))
    return tuple(found)


def parts_removed(text: str, quantities: list[Quantity], heads_of, skip_units: frozenset[str] = frozenset()
                  ) -> tuple[tuple[frozenset[str], frozenset[str], float], ...]:
    """Each count of `quantities` whose clause tells its members removed or ended (module
    docstring): the stems of its head (`heads_of(q)`), of the active verb's object, and its
    value. Money, shares and the units of `skip_units` (times) count no members."""
    if ON_TRACK.search(text):
        return ()
    found = []
    for q in quantities:
        value = q.value if q.value is not None else q.low
        if not q.surface or value is None or value <= 0 or q.unit == "percent" or q.unit in MONEY_UNITS \
                or q.unit in skip_units or not q.measure:
            continue
        at = text.find(q.surface)
        if at < 0 or re.search(r"(?<![\w-])(?:all|every|each|both)\s+(?:of\s+)?(?:\S+\s+)?$", text[max(0, at - 16):at],
                               re.IGNORECASE):
            continue  # "all 620 acres" is the whole itself
        start = _sentence_start(text, at)
        head = CLAUSE_END.split(text[start:at][::-1], maxsplit=1)[0][::-1]
        heads = heads_of(q)
        if not heads:
            continue
        before = head.split()[-VERB_BEFORE_WORDS:]
        verb = _removal(" ".join(before))
        clause_before = head
        obj = NO_STEMS
        if not verb:
            after = CLAUSE_END.split(text[at + len(q.surface):], maxsplit=1)[0]
            words = " ".join(after.split()[:CLAUSE_AFTER_WORDS])
            verb = _removal(words)
            if not verb:
                continue
            clause_before = head + " " + words[:verb.start()]
            if not BE_BEFORE.search(words[:verb.start()]):  # active: its object names what was ended
                obj = topic_stems(" ".join(words[verb.end():].split()[:OBJECT_WORDS]))
                if not obj:
                    continue
        if NEGATOR.search(clause_before) or REMOVAL_HEDGE.search(clause_before):
            continue
        found.append((one_of(heads), one_of(obj) if obj else NO_STEMS, float(value)))
    return tuple(found)
