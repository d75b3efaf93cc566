"""(c97) A promise that no job will be lost, against a later count of people who lost theirs.

An assurance told ahead of the act ("Nobody will lose their job as a result of the
merger", "no jobs would be lost", "There will be no compulsory redundancies") is answered
weeks later, often in another outlet, by a report of the act done to a counted number of
people in other words: "38 bakery workers have been made redundant", "12 agency drivers
had been let go in June". The two share no denied thing and counted thing ("jobs" /
"drivers"), so `_counted_denial` and the negated-clause reader never meet them.

Both readings are of one claim's text:
- `promises_no_job_loss`: a negation with a promise marker (conflict_promise_markers.txt)
  before it in the claim or right after it, whose clause (`CLAUSE_WORDS` words) tells a
  job lost: a dismissal word (conflict_dismissal_words.txt) or a job noun
  (conflict_job_nouns.txt) with a verb of its going (conflict_job_loss_verbs.txt).
- `reports_jobs_lost`: a count of the claim's, and in the clause after it a job lost
  told as done: no negation and no promise marker before the loss words in that clause.
`contradictions._Wording.opposed_to` pairs them (hit sides `PROMISED_MARK` / `LOST_MARK`),
and `_promise_after_loss` keeps only a promise published before the report.
"""

from __future__ import annotations

import re
from functools import cache

from claims.lexicon import data_alternation, data_words
from claims.overlap import FUNCTION_WORDS

# Words of a negation's clause read for the job lost ("will be no compulsory
# redundancies", "would lose their job because of this decision").
CLAUSE_WORDS = 8
# Words after a negation a promise marker may stand ("no jobs would be lost").
PROMISE_REACH = 3
# Words before a count's figure and after it read for the job lost ("had made 38 bakery
# workers in Selworth redundant", "12 agency drivers ... had been let go in June").
COUNT_REACH_WORDS = 25
NEGATOR = re.compile(r"(?<![\w'-])(?:no|not|never|nobody|no\s+one|no-one|none|won't|wouldn't|cannot|can't)(?![\w'-])",
                     re.IGNORECASE)
CLAUSE_END = re.compile(r"[;:.!?\"“”()]|,\s+(?:but|and|although|though|while)\b", re.IGNORECASE)
# (c97) A promise with a condition ("no compulsory redundancies if enough staff volunteer")
# is kept by its condition: not read as a promise.
CONDITION = re.compile(r"(?<![\w-])(?:if|unless|provided|providing)(?![\w-])", re.IGNORECASE)
# Words of content after a negation read for the job lost.
LOSS_FIRST = 3
WORD = re.compile(r"[\w'’-]+")


@cache
def _whole_phrases(name: str) -> re.Pattern[str]:
    """Any phrase of claims/data/NAME as whole words, case-insensitive (no inflections); a
    phrase opening with an apostrophe ("'ll") is a clitic and follows its word ("We'll")."""
    return re.compile(r"(?:(?<![\w-])|(?=['’]))(?:" + data_alternation(name) + r")(?![\w-])", re.IGNORECASE)


def _markers() -> re.Pattern[str]:
    return _whole_phrases("conflict_promise_markers.txt")


def _forecast() -> re.Pattern[str]:
    """The forecast words of conflict_forecast_words.txt ("could", "may", "expected"): a job
    loss after one ("as many as 400 jobs could go") is told ahead, not reported done."""
    return _whole_phrases("conflict_forecast_words.txt")


def _dismissal() -> re.Pattern[str]:
    return _whole_phrases("conflict_dismissal_words.txt")


def _job_lost_in(words: list[str]) -> bool:
    """Whether `words` tell a job going: a dismissal word, or a job noun and a verb of its
    going."""
    lowered = [w.lower().strip("'’") for w in words]
    if _dismissal().search(" ".join(lowered)):
        return True
    return not data_words("conflict_job_nouns.txt").isdisjoint(lowered) \
        and not data_words("conflict_job_loss_verbs.txt").isdisjoint(lowered)


def _clause_after(text: str, at: int) -> str:
    return CLAUSE_END.split(text[at:], 1)[0]


def promises_no_job_loss(text: str) -> bool:
    """A denial told as a promise that no job will go (module docstring)."""
    for m in NEGATOR.finditer(text):
        clause = _clause_after(text, m.end())
        words = WORD.findall(clause)[:CLAUSE_WORDS]
        start = max(text.rfind(".", 0, m.start()), text.rfind(";", 0, m.start())) + 1
        promised = _markers().search(text, start, m.end()) or _markers().search(" ".join(words[:PROMISE_REACH]))
        if NEGATOR.search(text, start, m.start()):
            continue  # "had never claimed that no jobs would be lost": a denial of a denial
        if promised and _job_lost_in(words) and _loss_first(words) and not CONDITION.search(text, start):
            return True
    return False


def _loss_first(words: list[str]) -> bool:
    """Whether what the negation denies is the job lost: one of its first `LOSS_FIRST`
    words of content (not function words) is a job noun, a verb of going or a dismissal
    word ("no teaching jobs", "no compulsory redundancies", "no teacher would be made
    redundant"), and its first is no verb of another act ("did not rule out compulsory
    redundancies", "would not withdraw the redundancy notices", "never claimed ...")."""
    content = [w.lower().strip("'’") for w in words if w.lower() not in FUNCTION_WORDS][:LOSS_FIRST]
    nouns, verbs = data_words("conflict_job_nouns.txt"), data_words("conflict_job_loss_verbs.txt")
    if not content or content[0] in data_words("conflict_denied_act_verbs.txt") or (
            content[0].endswith("ed") and content[0] not in verbs and not _dismissal().fullmatch(content[0])):
        return False
    return any(w in nouns or w in verbs or _dismissal().fullmatch(w) for w in content)


def reports_jobs_lost(text: str, figures: list[str]) -> bool:
    """A count of people (the surfaces of the claim's counts, `figures`) with a job lost
    told as done in its clause: no negation or promise marker in the clause before the
    loss words."""
    for surface in figures:
        at = text.find(surface)
        if at < 0:
            continue
        start = max(text.rfind(".", 0, at), text.rfind(";", 0, at)) + 1
        clause = text[start:at] + _clause_after(text, at)
        words = WORD.findall(clause)[:COUNT_REACH_WORDS]
        at_loss = _first_loss(words)
        if at_loss is not None:
            before = " ".join(words[:at_loss])
            return not (NEGATOR.search(before) or _markers().search(before) or _forecast().search(before))
    return False


def _first_loss(words: list[str]) -> int | None:
    """The index of the first word of `words` at which a job lost is told: a dismissal word
    or phrase, or a verb of going with a job noun before it ("38 jobs were cut") or a job
    noun after a verb of going ("cut 38 jobs")."""
    lowered = [w.lower().strip("'’") for w in words]
    nouns, verbs = data_words("conflict_job_nouns.txt"), data_words("conflict_job_loss_verbs.txt")
    for k, w in enumerate(lowered):
        if k and lowered[k - 1] in data_words("conflict_voluntary_words.txt"):
            continue  # "applied for voluntary redundancy": a choice, no job lost
        if _dismissal().fullmatch(w) or (k + 1 < len(lowered) and _dismissal().fullmatch(f"{w} {lowered[k + 1]}")):
            return k
        if w in verbs and not nouns.isdisjoint(lowered[max(0, k - 4):k + 4]):
            return k
    return None
