"""(c84) A time limit said to be kept against a time said to have been taken past it.

An assurance tells a limit ("We fix every dangerous pothole within 48 hours", "refunds are
paid within 14 days") and a finding tells a wait past it ("the average wait for a
dangerous pothole to be fixed was six days", "one family had waited 11 days for their
boiler to be repaired"): no opposite word, no negation, no figure of one measure, so no
other reader of `contradictions` saw the pair. Durations are read in hours and compared:
a wait longer than the limit breaks it; a wait within it does not ("within 14 days" /
"took ten days").

A limit is read only of a rule, a habit or a promise ("every ...", "is repaired", "will
be paid"): not of one past act ("had contacted the family within a day"), an aim or a
hope. A limit told as a share ("only 38% of claims were paid within 30 days"), under a
negation ("was not repaired within a week") or as missed ("failed to inspect 212 homes
within its own 14-day target") is itself the finding, not the assurance: no limit is
read of it. A duration followed by a comparison ("will take up to 25 minutes longer") is
a difference, not a time taken. Words: claims/data/conflict_time_limits.txt."""
from __future__ import annotations

import re
from functools import cache

from claims.lexicon import data_alternation, data_lines
from claims.memo import memoised_per_text

HOURS = {"minute": 1 / 60, "hour": 1.0, "day": 24.0, "week": 168.0, "fortnight": 336.0,
         "month": 730.0, "year": 8760.0}
# (cr86) A limit in months or years is kept by its longest reading and a time taken by its
# shortest: "paid within a month" is not broken by "took 31 days", nor "within three
# months" by "took 92 days"; "took two months" (56 days at least) breaks "within 50 days".
LIMIT_HOURS = {**HOURS, "month": 744.0, "year": 8784.0}
TAKEN_HOURS = {**HOURS, "month": 672.0, "year": 8760.0}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "forty-eight": 48,
                "a couple of": 2, "several": 3}
# Words between the cue and the duration that leave the duration the time said.
HEDGES = (r"(?:(?:more than|over|nearly|almost|up to|an average of|on average|about|around|"
          r"at least|well over|just over|roughly|some|for)\s+)*")


def number_word_alternation(*left_out: str) -> str:
    """The number words but `left_out` as one regex alternation, longest first."""
    return "|".join(sorted((re.escape(w) for w in NUMBER_WORDS if w not in left_out), key=len, reverse=True))


NUMBER = r"(?P<n>\d+(?:\.\d+)?|" + number_word_alternation() + ")"
# (cr86) Not a hyphened modifier ("take 12-week courses", "taking 16-year-olds", "took
# 48-hour strike action") nor "take a day off": an adjective or an idiom, no time taken.
DURATION = NUMBER + (r"\s+(?P<u>minute|hour|day|week|fortnight|month|year)s?\b"
                     r"(?!\s+(?:longer|more|less|shorter|earlier|later|fewer|off|old)\b)(?!-)")
# "longer than 14 days": past the figure, not at it.
LONGER = r"(?P<longer>longer than\s+)?"
# The claim tells the limit as a share, missed or denied: it is no assurance.
NOT_AN_ASSURANCE = re.compile(r"%|\bper\s?cent\b|\bonly\b|\bfail(?:s|ed|ing)?\b|\bnot\b|n't\b|\bnever\b|"
                              r"\bno\b|\blonger\b|\bbehind\b|\blate\b|\bmissed\b|\bshort of\b|\bof\s+(?:the\s+)?\d",
                              re.IGNORECASE)
# (cr86) One past act told right before the limit ("the streetlight, which is on a bus
# route, was repaired within 72 hours"): the "is" of another clause makes it no rule. A
# rule over every one of a kind stays a rule in the past tense of reported speech ("she
# has said every damp report was inspected within 14 days": EVERY_ONE).
PAST_ACT_BEFORE = re.compile(r"\b(?:was|were|had(?:\s+been)?)\s+(?:\w+ly\s+)?\w+\s*$", re.IGNORECASE)
EVERY_ONE = re.compile(r"\b(?:every|each|all)\b", re.IGNORECASE)
# (cr86) A limit counted from a moment that is not the start of the wait ("within five
# minutes of its scheduled time", "within two hours of the timetable"): lateness, not a
# time the whole thing may take.
FROM_A_MOMENT = re.compile(r"\s+of\s+(?:its|the|their)?\s*(?:scheduled|timetabled|due|planned|advertised|booked)\b",
                           re.IGNORECASE)


# A negator shortly before a wait ("nobody waited more than twenty minutes", "no patient
# has had to wait longer than four hours") says it was not taken.
NEGATED_BEFORE = re.compile(r"\b(?:no|nobody|no one|none|not|never|without)\b|n't\b", re.IGNORECASE)
NEGATION_REACH = 30


# Rows of conflict_time_limits.txt that are word classes, not cues before a duration.
WORD_ROWS = ("assured", "aim", "forecast", "generic", "wish")

# (f87) Words that may stand between a forecast word and the cue of a time taken ("will
# have to wait", "will now take", "is expected to probably take").
FORECAST_GAP = r"(?:(?:have|has|had|to|now|still|probably|only|also|then|just|even|likely|be|being)\s+)*"
# (f87) What ends the clause of a time taken, so that a year or "now" of one clause dates
# no time of another ("took 11 days in 2019, but now take two days").
CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:but|while|whereas|although|though|and)\b|(?=\bnow\b)", re.IGNORECASE)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A clause told of the present: later than any named year.
PRESENT = re.compile(r"\b(?:now|today|currently|these days|this year)\b", re.IGNORECASE)


@cache
def _row_words(name: str) -> re.Pattern[str]:
    """One word row of conflict_time_limits.txt as a pattern: "assured", the words of a rule,
    habit or promise, one of which a claim of a limit must hold; "aim" (cr86), the words of
    an aim, target or duty, none of which it may hold."""
    row = next(line for line in data_lines("conflict_time_limits.txt") if line.partition("|")[0].strip() == name)
    words = "|".join(re.escape(w.strip()).replace(r"\ ", r"\s+") for w in row.partition("|")[2].split(",") if w.strip())
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


@cache
def _forecast_before() -> re.Pattern[str]:
    """(f87) A forecast word right before the cue of a time taken: "the footbridge will take
    three years to build", "is expected to take", "will have to wait" tell a time to come."""
    return re.compile(_row_words("forecast").pattern + r"\s+" + FORECAST_GAP + r"$", re.IGNORECASE)


@cache
def generic_words() -> frozenset[str]:
    """(f87) The "generic" row of conflict_time_limits.txt: words of the body, its services and
    the people it serves ("council", "service", "residents"), which two services of one body
    share: no sign that a wait is for the thing a limit is kept for."""
    row = next(line for line in data_lines("conflict_time_limits.txt") if line.partition("|")[0].strip() == "generic")
    return frozenset(w.strip().lower() for w in row.partition("|")[2].split(",") if w.strip())


def _period(text: str, start: int, end: int) -> float | None:
    """(f87) When the clause of a time taken at text[start:end] says it was taken: its latest
    named year, or infinity for a clause told of the present ("now take two days") naming no
    year (q89), or None when it says neither. "repairs that took 11 days in 2019 now take two days": 2019 for
    "took 11 days", infinity for "take two days"."""
    left = max((b.end() for b in CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    right = next((b.start() for b in CLAUSE_BREAK.finditer(text, end) if b.start() >= end), len(text))
    clause = text[left:right]
    years = [int(y) for y in YEAR.findall(clause)]
    if years:
        # (q89, review cr87) a named year is the time's period though "now" stands beside it:
        # "tenants now say repairs took 30 days in 2019" tells of 2019, "now" of the telling
        return float(max(years))
    return float("inf") if PRESENT.search(clause) else None


@cache
def _cues() -> dict[str, re.Pattern[str]]:
    rows: dict[str, re.Pattern[str]] = {}
    for line in data_lines("conflict_time_limits.txt"):
        name, _, words = line.partition("|")
        if name.strip() in WORD_ROWS:
            continue
        alts = "|".join(sorted((re.escape(w.strip()) for w in words.split(",") if w.strip()), key=len, reverse=True))
        between = r"\s+(?:the\s+)?" if name.strip() == "limit" else r"\s+" + LONGER + HEDGES
        rows[name.strip()] = re.compile(rf"\b(?:{alts}){between}{DURATION}", re.IGNORECASE)
    return rows


def _hours(m: re.Match[str], units: dict[str, float] = TAKEN_HOURS) -> float:
    n = m.group("n").lower()
    value = float(NUMBER_WORDS[n]) if n in NUMBER_WORDS else float(n)
    return value * units[m.group("u").lower()]


@memoised_per_text
def time_limit(text: str) -> float | None:
    """The limit, in hours, a claim says is kept, or None: "We fix every
    dangerous pothole within 48 hours" -> 48.0; "only 31% of bursts were fixed within a
    day" -> None (a share: the finding, not the assurance)."""
    found = [m for m in _cues()["limit"].finditer(text)]
    if not found or NOT_AN_ASSURANCE.search(text) or _row_words("aim").search(text) or \
            not _row_words("assured").search(text):
        return None
    # (cr86) Two different limits in one claim ("every call answered within two minutes
    # and every streetlight repaired within 72 hours") are two rules: which one a wait
    # breaks is not known, so none is read.
    if len({_hours(m, LIMIT_HOURS) for m in found}) > 1:
        return None
    if any((PAST_ACT_BEFORE.search(text[:m.start()]) and not EVERY_ONE.search(text[:m.start()]))
           or FROM_A_MOMENT.match(text, m.end()) for m in found):
        return None
    return _hours(found[0], LIMIT_HOURS)


@memoised_per_text
def time_overrun(text: str) -> float | None:
    """The longest time, in hours, a claim says was spent waiting or taking, or None:
    "one family had waited 11 days for their boiler to be repaired" -> 264.0; "had taken
    longer than 14 days" -> just past 336.0; "will take up to 25 minutes longer" -> None;
    "nobody waited more than twenty minutes" -> None; (f87) a forecast, "will take three
    years to build" -> None; of times of two periods the latest's, "took 11 days in 2019
    now take two days" -> 48.0."""
    times = []
    for m in _cues()["overrun"].finditer(text):
        if NEGATED_BEFORE.search(text[max(0, m.start() - NEGATION_REACH):m.start()]):
            continue  # "nobody waited more than twenty minutes": no time taken, an assurance
        if _forecast_before().search(text, 0, m.start()):
            continue  # (f87) "the footbridge will take three years to build": a time to come
        times.append((_hours(m) + (0.01 if m.group("longer") else 0.0), _period(text, m.start(), m.end())))
    # (c89) A share of the things done within a limit ("only 31% of bursts were fixed
    # within a day", "fixed within 48 hours in 72% of cases") tells the rest took longer.
    share = _share_past_limit(text)
    if share is not None:
        times.append((share, _period(text, 0, len(text))))
    average = re.search(r"\baverage wait\b[^.;]{0,60}?\b(?:was|is|of|stood at)\s+" + HEDGES + DURATION, text, re.IGNORECASE)
    if average:
        times.append((_hours(average), _period(text, average.start(), average.end())))
    # (f87) Times of two periods: the latest period's is the time taken now ("took 11 days in
    # 2019 now take two days" -> two days); a time of no named period is kept.
    latest = max((p for _, p in times if p is not None), default=None)
    times = [(t, p) for t, p in times if p is None or p == latest]
    return max(t for t, _ in times) if times else None


# (c89) A share of things, strictly between none and all ("31% of bursts", "in 72% of
# cases"), not a floor ("more than 95% of calls", "at least 90% of repairs": the rest may
# have been done in time too).
# (fxB, review cr92) The floor words are claims/data/conflict_share_floors.txt.
SHARE_OF = re.compile(r"(?P<floor>\b(?:" + data_alternation("conflict_share_floors.txt") + r")\s+)?"
                      r"\b(?P<p>\d+(?:\.\d+)?)\s*(?:%|per\s?cent)\s+of\b", re.IGNORECASE)


# (fxA) A limit counted from another act of the things, a gerund after "of" ("within a year of
# joining", "within six months of starting"); and an auxiliary of a thing done to them
# ("were repaired", "had been settled"), the share's things then the ones the act is done to.
SINCE_ANOTHER_ACT = re.compile(r"\s+of\s+(?:\w+\s+)?\w+ing\b", re.IGNORECASE)
DONE_TO = re.compile(r"\b(?:was|were|is|are|be|been|being|get|gets|got)\b", re.IGNORECASE)


@cache
def _share_aim() -> re.Pattern[str]:
    """(fxA, review cr92) The words of an aim, a forecast or a wish ("aim", "forecast" and
    "wish" rows of conflict_time_limits.txt): before a share within a limit, in its clause,
    they tell a share to come or wanted, not one done."""
    return re.compile("|".join(_row_words(name).pattern for name in ("aim", "forecast", "wish")), re.IGNORECASE)


def _share_past_limit(text: str) -> float | None:
    """(c89) Just past the limit, in hours, a claim tells a share of things was kept within,
    or None: "only 31% of bursts were fixed within a day" -> just past 24.0 (the other 69%
    took longer); "more than 95% of calls were answered within a minute" -> None (a floor);
    "98% of households were reconnected, most within a day" -> None unless the share and
    the limit are of one clause. Read at the limit's shortest length ("within a month":
    28 days), so that a month's share breaks no limit of 30 days."""
    times = []
    for m in _cues()["limit"].finditer(text):
        left = max((b.end() for b in CLAUSE_BREAK.finditer(text, 0, m.start())), default=0)
        right = next((b.start() for b in CLAUSE_BREAK.finditer(text, m.end()) if b.start() >= m.end()), len(text))
        # (fxA, review cr92) a share aimed at, wished for or forecast ("aims to repair 95% of
        # burst mains within 48 hours", "wants 90% of bursts fixed within a day", "will have
        # to reconnect 95% of homes within 48 hours") is no share of things done.
        if _share_aim().search(text, left, m.start()):
            continue
        # (fxA, review cr92) a share of things that did an act of their own within a time
        # counted from another of their acts ("20% of new workers left within a year of
        # joining"), with no auxiliary of a thing done to them: a rate of that act, no time
        # taken to do what the limit is kept for.
        since_act = SINCE_ANOTHER_ACT.match(text, m.end())
        for share in SHARE_OF.finditer(text, left, right):
            if share.group("floor") or not 0 < float(share.group("p")) < 100:
                continue
            if since_act and share.end() <= m.start() and not DONE_TO.search(text, share.end(), m.start()):
                continue
            if NEGATED_BEFORE.search(text[max(0, share.start() - NEGATION_REACH):share.start()]):
                continue  # "not 31% of ...": a share set aside
            times.append(_hours(m) + 0.01)
    return max(times) if times else None


def past_limit(limit: float | None, overrun: float | None) -> bool:
    """A time taken past a limit: "within 48 hours" / "waited 11 days"; not "within 14
    days" / "took ten days"."""
    return limit is not None and overrun is not None and overrun > limit
