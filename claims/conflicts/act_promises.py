"""(p112) A promise that no member of a group will undergo an act, against a later report
of members of that group told as having undergone it, in the promise's own verb.

A promiser says ahead "No family on the estate will be moved to another town" or "no
theatre would close as a result"; a later report tells the act done: "Nine families on
the estate have been moved to flats in another town", "The Lantern Theatre has closed".
The two share the act's verb and a noun of the group, but no count, no figure and no
opposite word; the negated-clause readers take the promise's "no" as a denial of a state
and never meet a perfect or past tense in another article.

Both readings are of one claim's text:
- `acts_promised_not`: a negator at the head of its clause ("no", "nobody", "no one",
  "none", "not a single", "not one"), then within `SUBJECT_WORDS` words a promise marker
  ("will", "would", "shall"), then the act: a passive participle after "be" ("be moved"),
  or a verb's base form ("close", "have to move"), and any verb coordinated after "or"
  ("lose it or be moved"). The group is the content words between the negator and the
  marker ("Nobody who has a berth here now": "berth"). Not read: a negator after another
  word of its clause (an object, "would cut no routes"), a double negation ("no X will not
  ..."), "no other / further / more X" (the promise is about the rest), a promise with a
  condition, a hope, aim, wish, fear, doubt or question before it in its sentence
  (claims/data/conflict_promise_doubt_words.txt), a group of no content word ("Nobody will
  be moved").
- `acts_done`: a participle after "has/have/had (been)" or "was/were", whose subject (the
  clause's words before the auxiliary) has a content word, with no negation, promise,
  forecast or condition word before it in its clause ("would have been moved").
`contradictions._Wording.opposed_to` pairs a promise and a report whose verbs are one and
whose group and subject share a stem; hit sides `PROMISED_MARK` / `LOST_MARK`, so c95's
`_promise_after_loss` keeps only a promise published before the report and the story
guards of a late finding apply.
"""

from __future__ import annotations

import re
from functools import cache

from claims.lexicon import data_words
from claims.overlap import FUNCTION_WORDS, topic_stems

# Words between a negator and its promise marker ("Nobody who has a berth here now will").
SUBJECT_WORDS = 10
NEGATOR_HEAD = re.compile(r"(?<![\w'’-])(?:not\s+a\s+single|not\s+one|no\s+one|no-one|nobody|none|no)(?![\w'’-])",
                          re.IGNORECASE)
MARKER = re.compile(r"(?<![\w'’-])(?:will|would|shall)(?![\w'’-])", re.IGNORECASE)
# What may stand before a clause-opening negator in its sentence: nothing, a quote, a
# reporting verb and "that", a comma or a joining word.
HEAD_BEFORE = re.compile(r"(?:^|[,\"“”‘']|\b(?:said|says|say|added|insisted|promised|pledged|vowed|"
                         r"guaranteed|assured|that|and|but))\s*$", re.IGNORECASE)
# A verb of saying or telling between the negator and the marker: the negator is the
# subject of another verb ("Nobody told us prices would move", "No to Merger organiser ...
# said the merger would cost"), not of the promised act.
SAYING = re.compile(r"(?<![\w'’-])(?:said|says|told|tells|say|tell|asked|warned|claimed|argued)(?![\w'’-])",
                    re.IGNORECASE)
SENTENCE_END = re.compile(r"[.;:!?]\s")
CLAUSE_END = re.compile(r"[;:.!?\"“”()]|,\s+(?:but|and|although|though|while|which|as)\b", re.IGNORECASE)
NEGATION = re.compile(r"(?<![\w'’-])(?:no|not|never|nobody|none|no\s+one|neither|nor|without)(?![\w'’-])|n['’]t\b",
                      re.IGNORECASE)
OTHERS = frozenset({"other", "others", "further", "more", "else", "extra", "additional", "new"})
SKIPPED = frozenset({"ever", "now", "then", "also", "still", "either", "be", "being", "get"})
# "have to", "need to" before the act ("will have to change campus").
OBLIGED = frozenset({"have", "has", "need", "needs"})
# Past participles that do not end in -ed, with the base form they share a stem with.
IRREGULAR = {"lost": "lose", "sold": "sell", "shut": "shut", "cut": "cut", "left": "leave", "taken": "take",
             "kept": "keep", "made": "make", "put": "put", "run": "run", "thrown": "throw", "sent": "send",
             "built": "build", "stopped": "stop", "dropped": "drop", "split": "split", "torn": "tear",
             "knocked": "knock", "pulled": "pull", "let": "let"}
AUXILIARY = re.compile(r"(?<![\w'’-])(?P<aux>has|have|had|was|were)\s+(?:(?:now|already|since|also|all|just|"
                       r"then|recently|quietly)\s+)*(?P<been>been\s+)?(?P<v>[a-z]+)\b", re.IGNORECASE)
# A forecast, promise or condition before a participle in its clause: no act done.
NOT_DONE = re.compile(r"(?<![\w'’-])(?:will|would|could|may|might|should|shall|must|if|unless|whether|to)(?![\w'’-])",
                      re.IGNORECASE)
WORD = re.compile(r"[\w'’-]+")


def verb_stem(word: str) -> str:
    """A verb's form reduced to a stem its other forms share: "moved", "move", "moving" ->
    "mov"; "closed", "close" -> "clos"; "lost" -> "los"."""
    w = word.lower()
    w = IRREGULAR.get(w, w)
    for suffix in ("ing", "ed", "es", "e", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[:-len(suffix)]
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiousl":
        w = w[:-1]  # "stopp" -> "stop"
    return w


@cache
def _doubts() -> frozenset[str]:
    return data_words("conflict_promise_doubt_words.txt")


def _participle(word: str) -> bool:
    w = word.lower()
    return (w.endswith("ed") and len(w) > 4) or w in IRREGULAR


def _sentence_start(text: str, at: int) -> int:
    return max((m.end() for m in SENTENCE_END.finditer(text, 0, at)), default=0)


def _content(words: list[str]) -> frozenset[str]:
    return topic_stems(" ".join(w for w in words if w.lower() not in FUNCTION_WORDS))


def acts_promised_not(text: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """The promises of the module docstring: (stems of the promised-against verbs, stems of
    the group)."""
    found = []
    for m in NEGATOR_HEAD.finditer(text):
        start = _sentence_start(text, m.start())
        if not HEAD_BEFORE.search(text, start, m.start()) and text[start:m.start()].strip():
            continue
        before = [w.lower() for w in WORD.findall(text[start:m.start()])]
        if not _doubts().isdisjoint(before) or NEGATION.search(text, start, m.start()):
            continue
        clause = CLAUSE_END.split(text[m.end():], 1)[0]
        marker = MARKER.search(clause)
        if not marker:
            continue
        subject = WORD.findall(clause[:marker.start()])
        if len(subject) > SUBJECT_WORDS or NEGATION.search(clause, 0, marker.start()) \
                or SAYING.search(clause, 0, marker.start()) or (subject and subject[0].lower() == "to") \
                or not OTHERS.isdisjoint(w.lower() for w in subject) \
                or not _doubts().isdisjoint(w.lower() for w in subject):
            continue
        after = WORD.findall(clause[marker.end():])
        if not after or after[0].lower() in ("not", "never") or not _doubts().isdisjoint(w.lower() for w in after):
            continue
        k = 0
        while k < len(after) and (after[k].lower() in SKIPPED or (
                after[k].lower() in OBLIGED and k + 1 < len(after) and after[k + 1].lower() == "to")):
            k += 2 if after[k].lower() in OBLIGED else 1
        if k >= len(after):
            continue
        if after[k].lower() in ("have", "has", "be", "get", "do"):
            continue  # "would have a longer drive": no act
        passive = "be" in (w.lower() for w in after[:k])
        if passive and not _participle(after[k]):
            continue
        verbs = {verb_stem(after[k])}
        for j in range(k + 1, len(after) - 1):
            if after[j].lower() in ("or", "nor"):
                nxt = after[j + 2] if after[j + 1].lower() == "be" and j + 2 < len(after) else after[j + 1]
                verbs.add(verb_stem(nxt))
        group = _content(subject)
        if group:
            found.append((frozenset(verbs), group))
    return tuple(found)


def acts_done(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The reports of the module docstring: (stem of the verb done, stems of its subject)."""
    found = []
    for m in AUXILIARY.finditer(text):
        verb = m.group("v")
        if not _participle(verb):
            continue
        start = _sentence_start(text, m.start())
        left = max((b.end() for b in re.finditer(r"[,;:\"“”]", text[:m.start()])), default=0)
        left = max(left, start)
        subject = WORD.findall(text[left:m.start()])
        if not subject or NEGATION.search(text, left, m.end()) or NOT_DONE.search(text, left, m.start()) \
                or re.search(r"(?<![\w-])(?:if|unless)(?![\w-])", text[start:m.start()], re.IGNORECASE):
            continue
        stems = _content(subject)
        if stems:
            found.append((verb_stem(verb), stems))
    return tuple(found)


def _share_stem(a: frozenset[str], b: frozenset[str]) -> bool:
    """A stem of one is the other's, or begins it with four letters at least ("fami" of
    "family", "famil" of "families")."""
    return any(x == y or (min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x))) for x in a for y in b)


def promise_broken(promised: tuple[tuple[frozenset[str], frozenset[str]], ...],
                   done: tuple[tuple[str, frozenset[str]], ...]) -> tuple[frozenset[str], frozenset[str]] | None:
    """The first promise and report of one verb whose group and subject share a stem: (the
    group's stems, the subject's stems), or None."""
    for verbs, group in promised:
        for verb, subject in done:
            if verb in verbs and _share_stem(group, subject):
                return group, subject
    return None
