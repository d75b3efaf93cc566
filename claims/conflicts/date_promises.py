"""(h103) A date given ahead for an event, against a later report that it came late.

A promise or forecast that a thing will happen by a date ("The trust said the canal would
reopen to boats by Easter", "we expect to reopen the bridge in June") is answered weeks
later, often in another outlet, by a report of the event done after that date or not yet
done ("The bridge reopened to traffic on 29 September, 15 weeks later than the council had
promised", "The lido finally reopened on 14 August", "the chapel is still not open"). The
two share the event's verb and little else: no negation, no opposite word.

Two readings of one claim's text:
- `dated_forecasts`: an event verb (conflict_scheduled_events.txt) right after a promise or
  forecast marker (conflict_promise_markers.txt, conflict_forecast_date_markers.txt), with
  a month, season or feast after it in its clause: (event stem, month of the deadline).
- `late_outcomes`: the event told done (its "-ed" or "-ing"/"-ion" form) or not yet done
  ("still not open"), with no marker of the future before it in its clause: (event stem,
  month it was done or 0, whether its words tell it late: conflict_lateness_words.txt or
  "after the ... date"); none in a claim telling the date revised ahead
  (conflict_revision_words.txt: "put back", "postponed").
`late_against` decides with the two articles' dates: the promise's article first, and the
report telling lateness in words, or a month after the deadline, or "still not" told after
the deadline.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from claims.event_dates import MONTHS as MONTH_NAMES, WEEKDAYS as WEEKDAY_NAMES
from claims.lexicon import data_alternation, data_words

MONTHS = tuple(m.lower() for m in MONTH_NAMES)
WEEKDAYS = frozenset(d.lower() for d in WEEKDAY_NAMES)
# (p114) How far ahead a weekday named as a deadline falls ("would reopen on Saturday").
WEEK_DAYS = 7
# The month a season or feast named as a deadline ends in ("by the summer": August).
SEASON_END = {"spring": 5, "summer": 8, "autumn": 11, "easter": 4, "christmas": 12}
CLAUSE_END = re.compile(r"[;:!?()]|\.(?!\d)|,\s+(?:but|although|though|while|whereas)\b", re.IGNORECASE)
WORD = re.compile(r"[\w'’-]+")
# Words between the marker and the event verb ("would be able to reopen", "expect to fully
# reopen"): no others ("will stay open until September" is no opening).
MARKER_REACH = 3
BETWEEN = frozenset({"be", "able", "to", "have", "been", "fully", "finally", "now", "then", "all", "the"})
# Words after an event's noun read for a marker of the future ("the reopening would be").
AFTER_NOUN_REACH = 2
# "would be back to normal by the end of November": a return ("Supplies returned to normal").
BACK_EVENT = "return"
# Words before a reported event read for a marker of the future ("would be reopened").
BEFORE_REACH = 4
# Words after the event verb read for its date ("reopen to boats by Easter").
DATE_REACH = 8
# "three months after the Easter date the trust first gave": the date given, passed.
AFTER_DATE = re.compile(r"\bafter\s+the\s+(?:[\w'’-]+\s+){0,3}(?:date|deadline|target)\b", re.IGNORECASE)
YEAR = re.compile(r"(?<![\w£$€.,-])(?:19|20)\d{2}(?![\w%-])")
NEXT_YEAR = re.compile(r"\bnext\s+year\b", re.IGNORECASE)
# (p114) "by the end of this year": December of the telling's year ("year" may fall just past
# the words read for a date).
END_OF_YEAR = re.compile(r"\bend\s+of\s+this(?:\s+year\b|$)", re.IGNORECASE)
# (p114) "will be running again by August", "open again": a reopening told in other words.
AGAIN_FORMS = frozenset({"running", "open", "operating", "working"})
NEGATED = re.compile(r"(?<![\w'-])(?:not|never|no|won't|wouldn't|cannot|can't)(?![\w'-])", re.IGNORECASE)


@cache
def _phrases(*names: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(data_alternation(n) for n in names) + r")(?![\w-])",
                      re.IGNORECASE)


def _markers() -> re.Pattern[str]:
    return _phrases("conflict_promise_markers.txt", "conflict_forecast_date_markers.txt")


def _lateness() -> re.Pattern[str]:
    return _phrases("conflict_lateness_words.txt")


def event_stem(word: str) -> str | None:
    """The base form of an event verb of conflict_scheduled_events.txt that `word` is a form
    of ("reopened", "reopening", "completion": "reopen", "reopen", "complete"), else None."""
    w = word.lower()
    events = data_words("conflict_scheduled_events.txt")
    if w in events:
        return w
    for end in ("ed", "d", "ing", "ion", "s"):
        if w.endswith(end):
            base = w[: -len(end)]
            for form in (base, base + "e"):
                if form in events:
                    return form
    return None


def _deadline(words: list[str]) -> int | None:
    """The month a deadline named in `words` falls in: a month's name, or the end of a
    season or feast ("by Easter": 4, "by the summer": 8); (p114) 0 for a weekday ("would reopen
    on Saturday"), a day of the week of the telling, read by `later_than_promised` only."""
    for w in words:
        lw = w.lower()
        if lw in MONTHS:
            return MONTHS.index(lw) + 1
        if lw in SEASON_END:
            return SEASON_END[lw]
        if lw in WEEKDAYS:
            return 0
    if END_OF_YEAR.search(" ".join(words)):
        return 12  # (p114) "by the end of this year"
    return None


def _clauses(text: str) -> list[str]:
    return [c for c in CLAUSE_END.split(text) if c.strip()]


def dated_forecasts(text: str) -> tuple[tuple[str, int], ...]:
    """(event stem, deadline month, plus 12 when "next year" follows it) of each event told ahead with a date (module docstring);
    an event denied ahead ("will not reopen until May") is none."""
    found = []
    for clause in _clauses(text):
        for m in _markers().finditer(clause):
            after = WORD.findall(clause[m.end():])
            for k, w in enumerate(after[:MARKER_REACH + 1]):
                again = w.lower() in AGAIN_FORMS and k + 1 < len(after) and after[k + 1].lower() == "again"
                event = "reopen" if again else event_stem(w) or (
                    BACK_EVENT if w.lower() == "back" and k and after[k - 1].lower() == "be" else None)
                if event is None:
                    continue
                if any(x.lower() not in BETWEEN for x in after[:k]):
                    break
                month = _deadline(after[k + 1 + again:k + 1 + again + DATE_REACH])
                if month and NEXT_YEAR.search(" ".join(after[k + 1:k + 1 + DATE_REACH])):
                    month += 12  # "would open in May next year"
                if month is not None:
                    found.append((event, month))
                break
    return tuple(dict.fromkeys(found))


def late_outcomes(text: str) -> tuple[tuple[str, int, bool], ...]:
    """(event stem, month it was done or 0, told late in words) of each event reported done
    or not yet done (module docstring): "reopened on 29 September, 15 weeks later than ...
    promised" ("reopen", 9, True), "is still not open" ("open", 0, True)."""
    found = []
    if _phrases("conflict_revision_words.txt").search(text):
        return ()  # the date was revised ahead: the report answers the new date, not the first
    for clause in _clauses(text):
        words = WORD.findall(clause)
        for k, w in enumerate(words):
            event = event_stem(w)
            if event is None:
                continue
            lw = w.lower()
            before = " ".join(words[:k])
            still_not = bool(re.search(r"\b(?:still|yet)\s+(?:not|to)\s+(?:been\s+|be\s+)?$", before + " ", re.I)
                             or re.search(r"\b(?:still\s+not|not\s+yet)\s+(?:been\s+)?$", before + " ", re.I))
            done = lw != event and not lw.endswith("s") or lw.endswith("ing") or lw.endswith("ion")
            if not (done or still_not) or _markers().search(" ".join(words[max(0, k - BEFORE_REACH):k])):
                continue
            if NEGATED.search(before) and not still_not:
                continue
            noun = lw.endswith(("ing", "ion"))
            if noun and _markers().search(" ".join(words[k + 1:k + 1 + AFTER_NOUN_REACH])):
                continue  # "to say the reopening would be in September": still ahead
            late = bool(still_not or _lateness().search(clause) or AFTER_DATE.search(clause))
            # a month of a year named ("opened in May 1934") is no month of the report's year;
            # a noun's month may be the date given, not met ("delayed the opening ... which
            # was due to open in January"): a noun is read late by its words only
            month = 0 if still_not or noun or YEAR.search(clause) else (_deadline(words[k + 1:]) or 0)
            if month or late:
                found.append((event, month, late))
            break
    return tuple(dict.fromkeys(found))


def late_against(forecast: tuple[str, int], outcome: tuple[str, int, bool],
                 promised_on: dt.date | None, reported_on: dt.date | None) -> bool:
    """Whether an outcome reported on `reported_on` tells the dated forecast told on
    `promised_on` unmet: one event, the forecast's article first; the outcome telling
    lateness in words, or done in a month after the deadline (the deadline's year the first
    such month from the promise, the outcome's month the last before or at its report)."""
    event, month = forecast
    done_event, done_month, late = outcome
    if not month:
        return False  # (p114) a weekday's deadline: no month of it is read here
    if event != done_event or promised_on is None or reported_on is None or not promised_on < reported_on:
        return False
    year, month = promised_on.year + (month - 1) // 12, (month - 1) % 12 + 1
    deadline = dt.date(year + (month < promised_on.month), month, 1)
    if late:
        return reported_on >= deadline
    if not done_month:
        return False
    done = dt.date(reported_on.year - (done_month > reported_on.month), done_month, 1)
    return done > deadline


# (p114) An event told ahead by a date, against another account that it will not happen
# before a later one: "the programme would be finished by December" / "the network will not
# be finished before the end of 2028", "could take until 2028 to finish"; "the lift will be
# running again by August" / "the funicular will not reopen this summer"; "the pool would
# reopen on Saturday" / "the pool would remain closed until the new year". Both are told
# ahead, so no article need come first: two dates for one event that cannot both hold.
# Events of one kind told in two words are read as one ("complete" / "finish").
EVENT_KIND = {"complete": "finish", "resume": "reopen", "restart": "reopen"}
# The month a season named as the earliest date starts in ("not before the spring": 3).
SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12, "easter": 4, "christmas": 12}
NOT_BEFORE_NEGATION = re.compile(r"(?<![\w'-])(?:not|won't|wouldn't|cannot|can't|no longer)(?![\w'-])", re.IGNORECASE)
# "before" / "until" / "till" and what may stand before the date ("until at least next spring").
NOT_BEFORE_CUE = frozenset({"before", "until", "till"})
NOT_BEFORE_HEDGE = frozenset({"at", "least", "the", "early", "earliest"})
# Words that may stand between "not" and the event ("will not now be finished").
NOT_BEFORE_BETWEEN = BETWEEN | {"now", "yet", "even"}
# "could take until 2028 to finish": a forecast of a time to take, the event after "to".
TAKE_UNTIL = re.compile(r"\b(?:will|would|could|may|might|is\s+likely\s+to|is\s+expected\s+to|expects?\s+to)\s+"
                        r"(?:now\s+|still\s+)?take\s+until\s+(?P<date>.{1,40}?)\s+to\s+(?:be\s+)?(?P<event>[\w'-]+)",
                        re.IGNORECASE)
# "will remain closed until the new year": not to reopen before it. Present or ahead only
# ("stayed closed until March" is a past).
REMAIN_CLOSED = re.compile(r"\b(?:remain|remains|stay|stays)\s+(?:shut|closed)\b", re.IGNORECASE)
# A condition leaves the later date no account of what will happen ("if the grant is refused").
CONDITION = re.compile(r"\b(?:if|unless|should\s+the)\b", re.IGNORECASE)


# (p114) A part of a job named by its order ("the first phase", "the second stage"): two
# parts, or a part and the whole, are finished on two dates without contradiction.
ORDINALS = ("first", "second", "third", "fourth", "fifth", "final", "last", "next", "later", "earlier",
            "initial", "remaining", "opening", "closing")
PARTS = ("phase", "phases", "stage", "stages", "part", "parts", "section", "sections", "half", "leg", "legs",
         "tranche", "round", "block", "blocks", "wing", "stretch", "length")
PART_NAMED = re.compile(rf"\b({'|'.join(ORDINALS)})\s+(?:[\w'-]+\s+)?({'|'.join(PARTS)})\b", re.IGNORECASE)


def parts_named(text: str) -> frozenset[str]:
    """(p114) The parts of a job a claim names by their order: "the second phase of the
    bypass" {"second"}; "phase one" is read too ({"one"})."""
    found = {m.group(1).lower() for m in PART_NAMED.finditer(text)}
    found |= {m.group(1).lower() for m in re.finditer(rf"\b(?:{'|'.join(PARTS)})\s+(one|two|three|four|five|\d)\b",
                                                      text, re.IGNORECASE)}
    return frozenset(found)


def event_kind(event: str) -> str:
    """The one event two words of conflict_scheduled_events.txt tell ("complete": "finish")."""
    return EVENT_KIND.get(event, event)


def _earliest(words: list[str]) -> tuple[int, int] | None:
    """The earliest date a phrase after "before" / "until" names, as (year or 0, month; a
    month past 12 runs into the next year), or None: "September 2027" (2027, 9); "the end of
    2028" (2028, 12); "2028" (2028, 1); "the new year" (0, 13); "next spring" (0, 3), the
    first spring to come; "the end of this year" (0, 12), "of next year" (0, 24)."""
    k = 0
    while k < len(words) and words[k].lower() in NOT_BEFORE_HEDGE:
        k += 1
    rest = [w.lower() for w in words[k:k + 6]]
    if rest[:2] == ["new", "year"]:
        return 0, 13
    end = rest[:2] == ["end", "of"]
    if end:
        rest = [w for w in rest[2:] if w != "the"]
    nxt = rest[:1] == ["next"]
    if rest[:1] in (["next"], ["this"]):
        rest = rest[1:]
    if not rest:
        return None
    named = rest[2:3] if rest[1:2] == ["of"] else rest[1:2]  # "September 2027", "the summer of 2028"
    year = int(named[0]) if named and YEAR.fullmatch(named[0]) else 0
    if rest[0] in MONTHS:
        return year, MONTHS.index(rest[0]) + 1
    if rest[0] in SEASON_START:
        return year, (SEASON_END if end else SEASON_START)[rest[0]]
    if YEAR.fullmatch(rest[0]):
        return int(rest[0]), 12 if end else 1
    if rest[0] == "year" and end:
        return 0, 12 + 12 * nxt
    return None


# (p114) What a denied event is told of: the words right before its marker ("the pool would
# remain closed"), back to a boundary of the clause, up to a preposition ("the Elmsby cycle
# bridge over the Tarrow": "the Elmsby cycle bridge"). None after "and" ("The sports hall
# next to the pool closed in May and will stay shut until June": a second verb of a subject
# the reader does not follow).
HEAD_BOUNDARY = frozenset({"that", "said", "says", "told", "warned", "and", "but", "which", "who", "while", "because"})
HEAD_CUT = frozenset({"of", "at", "in", "on", "over", "under", "near", "next", "beside", "behind", "by", "for", "with",
                      "from", "to", "around", "along", "across", "outside", "inside"})
HEAD_AUX = frozenset({"will", "would", "could", "may", "might", "shall", "not", "now", "still", "also", "is", "are",
                      "was", "were", "be", "likely", "expected", "to", "won't", "wouldn't", "'ll"})


def _head(before: str) -> str:
    """The words naming what an event after `before` is told of (block above), or ""."""
    words = WORD.findall(before.split(",")[-1])
    while words and words[-1].lower() in HEAD_AUX:
        words.pop()
    start = len(words)
    while start and words[start - 1].lower() not in HEAD_BOUNDARY:
        start -= 1
    head = words[start:]
    cut = next((k for k, w in enumerate(head) if w.lower() in HEAD_CUT), len(head))
    return " ".join(head[:cut])


def not_before(text: str) -> tuple[tuple[str, int, int, str], ...]:
    """(event kind, year or 0, month, what it is told of) of each event a claim tells will not
    happen before a date (the block above `EVENT_KIND`): "will not be finished before
    September 2027" ("finish", 2027, 9, ...); "the baths will not reopen this summer" ("reopen",
    0, 9, "the baths"), the month after the season; none in a claim telling the date revised openly
    (conflict_revision_words.txt: "put back") or under a condition ("if the grant is
    refused")."""
    if _phrases("conflict_revision_words.txt").search(text) or CONDITION.search(text):
        return ()
    found = []
    for clause in _clauses(text):
        for m in TAKE_UNTIL.finditer(clause):
            event, date = event_stem(m.group("event")), _earliest(WORD.findall(m.group("date")))
            if event and date:
                found.append((event_kind(event), *date, _head(clause[:m.start()])))
        for m in REMAIN_CLOSED.finditer(clause):
            after = WORD.findall(clause[m.end():])[:DATE_REACH]
            cue = next((k for k, w in enumerate(after) if w.lower() in NOT_BEFORE_CUE), None)
            date = _earliest(after[cue + 1:]) if cue is not None else None
            if date:
                found.append(("reopen", *date, _head(clause[:m.start()])))
        for m in _markers().finditer(clause):
            after = WORD.findall(clause[m.end():])
            said = m.group(0).lower()
            negated = said.endswith(("n't", "n’t"))
            for k, w in enumerate(after[:MARKER_REACH + 2]):
                if not negated and NOT_BEFORE_NEGATION.fullmatch(w):
                    negated = True
                    continue
                event = event_stem(w) if negated else None
                if event is None:
                    if w.lower() not in NOT_BEFORE_BETWEEN:
                        break
                    continue
                date = _later_date(after[k + 1:k + 1 + DATE_REACH])
                if date:
                    found.append((event_kind(event), *date, _head(clause[:m.start()])))
                break
    return tuple(f for f in dict.fromkeys(found) if f[3])


def _later_date(words: list[str]) -> tuple[int, int] | None:
    """The earliest date after a denied event: after "before" / "until" (`_earliest`), or the
    month after "this" season or year ("will not reopen this summer": September)."""
    for k, w in enumerate(words):
        lw = w.lower()
        if lw in NOT_BEFORE_CUE:
            return _earliest(words[k + 1:])
        if lw == "this" and k + 1 < len(words):
            season = words[k + 1].lower()
            if season in SEASON_END:
                return 0, SEASON_END[season] + 1
            if season == "year":
                return 0, 13
    return None


def _month_on_or_after(day: dt.date, year: int, month: int) -> tuple[int, int]:
    """(year, month) of a date told on `day`: a named year as named (months past 12 run into
    the next); else the first such month on or after the telling."""
    if year:
        return year + (month - 1) // 12, (month - 1) % 12 + 1
    y, m = day.year + (month - 1) // 12, (month - 1) % 12 + 1
    return (y + 1, m) if month <= 12 and m < day.month else (y, m)


def later_than_promised(forecast: tuple[str, int], said_on: dt.date | None,
                        later: tuple[str, int, int, str], told_on: dt.date | None) -> bool:
    """(p114) Whether an event told on `told_on` not to happen before a date (`not_before`)
    contradicts its date given on `said_on` (`dated_forecasts`): one event, and the earliest
    date past the deadline's month. "by December" said in March 2026 / "not before
    September 2027": true; "by December" / "not before November": false."""
    event, month = forecast
    kind, year, start, _ = later
    if event_kind(event) != kind or said_on is None or told_on is None:
        return False
    if not month:  # a weekday: within the week of the telling
        day = said_on + dt.timedelta(days=WEEK_DAYS)
        return _month_on_or_after(told_on, year, start) > (day.year, day.month)
    return _month_on_or_after(told_on, year, start) > _month_on_or_after(said_on, 0, month)
