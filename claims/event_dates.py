"""The day, month or clock time a claim dates its event by ("the vessel struck a sandbank
shortly before midnight", "the sample was collected on June 30"), read on plain text for
the event-date contradiction (round c18): two accounts of one event that date it apart
("the ship struck the sandbank at about 9pm"; "the drainage work was completed in
February" against "had finished the drainage work in April").

Limits, on purpose: a year is no event date here (claims name the years of many events of
one story: "installed in 2019", "since 2021"); a date after a bound word ("before 2031",
"by June", "since Monday") is a bound, not a date; a date right after a reporting verb
("said on Monday") dates the saying. Which event a date belongs to is guessed from the
words two claims share, not from a parse: see `same_event`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claims.lexicon import data_lines, data_words, inflections
from claims.memo import memoised_per_text
from claims.overlap import stem, topic_stems

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
_MONTH = "|".join(MONTHS)
DATE_NAMES = frozenset((*WEEKDAYS, *MONTHS))
# Capitalised names only: "may" and "march" are also verbs.
DATE = re.compile(
    rf"(?<![\w-])(?:(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month1>{_MONTH})"
    rf"|(?:mid-)?(?P<month2>{_MONTH})(?:\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?(?![\d.,]*\d))?"
    rf"|(?P<weekday>{'|'.join(WEEKDAYS)})"
    r"|(?P<hour>\d{1,2})(?:[.:](?P<minute>\d{2}))?\s*(?P<half>(?i:am|pm|a\.m\.|p\.m\.))"
    r"|(?P<clock>(?i:midnight|noon|midday)))(?![\w-])")
# Parts of a day, which two accounts may word apart of one date ("on Sunday night").
DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "overnight", "tonight"})
# A bound word right before the date still dates the event after these ("shortly before
# midnight", "just after 9pm").
CLOSE_BY = frozenset({"shortly", "just", "soon", "minutes", "moments"})
# "did not start until November", "only reopened after Easter": the date the event came.
NOT_UNTIL = re.compile(r"\b(?:not|n't|only)\b[^.,;:]{0,40}$", re.IGNORECASE)
TOKEN = re.compile(r"[\w'’]+(?:[-.:][\w'’]+)*")
# Minutes apart two clock times may be and still be one time told roughly ("shortly
# before midnight" / "at about 11.40pm").
CLOCK_SLACK = 60
POSSESSIVE = re.compile(r"['’]s\b")
# How far after a reporting verb a date dates the saying ("said late on Monday").
REPORTING_REACH = 3


@dataclass(frozen=True, slots=True)
class EventDate:
    """A date of one grain ("weekday", "month" or "clock"); `value` is comparable within
    its grain: a weekday's name, (month, day or 0), minutes after midnight."""

    grain: str
    value: tuple
    surface: str
    # Where the date starts in its text: the clause around it is what it dates.
    start: int = 0


@cache
def _bound_words() -> frozenset[str]:
    return data_words("conflict_date_bounds.txt")


# Past forms `inflections` does not make of the commonest reporting verbs.
IRREGULAR_REPORTING = frozenset({"said", "told", "wrote", "spoke"})


@cache
def _reporting_forms() -> frozenset[str]:
    return IRREGULAR_REPORTING | frozenset(f for w in data_lines("attribution_verbs.txt") for f in inflections(w.lower()))


@cache
def forecast_pattern() -> re.Pattern[str]:
    """Lower-case words matched as written: "May" is a month, "will" a forecast."""
    words = sorted(data_lines("conflict_forecast_words.txt"), key=len, reverse=True)
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w'’-])")


def _value(m: re.Match[str]) -> tuple[str, tuple]:
    if m.group("weekday"):
        return "weekday", (m.group("weekday"),)
    if m.group("month1") or m.group("month2"):
        day = m.group("day1") or m.group("day2")
        return "month", (m.group("month1") or m.group("month2"), int(day) if day else 0)
    if m.group("clock"):
        return "clock", (0 if m.group("clock").lower() == "midnight" else 12 * 60,)
    hour = int(m.group("hour")) % 12 + (12 if m.group("half").lower().startswith("p") else 0)
    return "clock", (hour * 60 + int(m.group("minute") or 0),)


# How far before a date `_bounded` reads: the last few words, and "not ... until" up to 40
# characters apart (`NOT_UNTIL`). Reading the whole text before each date made a long
# text's dates quadratic (256,000 characters: 96 s).
BOUND_WINDOW = 100


def _bounded(text: str, at: int) -> bool:
    """The date at `at` is a bound or a range's end, or the date of a saying."""
    before = text[max(0, at - BOUND_WINDOW):at]
    words = [t.lower() for t in TOKEN.findall(before)]
    if not words:
        return False
    if any(w in _reporting_forms() for w in words[-REPORTING_REACH:]):
        return True
    last = words[-2] if words[-1] in ("on", "at", "in", "the", "about", "around", "late", "early") and len(words) > 1 \
        else words[-1]
    if last not in _bound_words():
        return False
    at = len(words) - 1 - words[::-1].index(last)
    if at > 0 and words[at - 1] in CLOSE_BY:
        return False
    return not (last in ("until", "till") and NOT_UNTIL.search(before[:before.lower().rfind(last)]))


# Words a bare month or weekday follows when it dates something ("on Monday", "in late
# March", "last Friday"); elsewhere it is most often part of a name ("Super Tuesday").
DATE_LEADS = frozenset({"on", "in", "at", "during", "by", "until", "till", "before", "after", "from", "to",
                        "through", "since", "between", "and", "or", "late", "early", "last", "next", "this",
                        "that", "of", "over", "throughout", "mid"})
WORD_BEFORE = re.compile(r"([\w'’]+)[ \t]+$")
WORD_AFTER = re.compile(r"[ \t]+([\w'’]+)")
SENTENCE_END = re.compile(r"[.!?][\"'’”)]?$")


def _starts_sentence(text: str, at: int) -> bool:
    """Whether the word at `at` starts the text or a sentence (read a few characters back)."""
    before = text[max(0, at - 10):at].rstrip()
    return (not before and at <= 10) or bool(SENTENCE_END.search(before))


def _in_name(text: str, m: re.Match[str]) -> bool:
    """A month or weekday beside a capitalised word that starts no sentence is a name or
    part of one ("Theresa May", "June Sarpong", "the Good Friday Agreement"), and a bare
    one after no date word is most often too ("Super Tuesday results")."""
    before = WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
    after = WORD_AFTER.match(text, m.end())
    if before and before.group(1)[:1].isupper() and before.group(1) not in DATE_NAMES \
            and not _starts_sentence(text, before.start(1)):
        return True
    if after and after.group(1)[:1].isupper() and after.group(1) not in DATE_NAMES:
        return True
    bare = not (m.group("day1") or m.group("day2"))
    return bare and not (before and before.group(1).lower() in DATE_LEADS) and not m.group(0).startswith("mid-")


def _clock_valid(m: re.Match[str]) -> bool:
    """"99pm" and "12.75pm" are no times."""
    return 1 <= int(m.group("hour")) <= 12 and int(m.group("minute") or 0) < 60


def _kept(text: str, m: re.Match[str]) -> bool:
    if m.group("hour"):
        return _clock_valid(m)
    if m.group("clock"):
        return True
    return not _in_name(text, m)


@memoised_per_text
def event_dates(text: str) -> tuple[EventDate, ...]:
    """The dates of `text` that date its event, one per grain: a grain dated twice ("closed
    on Monday and reopened on Thursday") tells of two events and is left out."""
    found: dict[str, list[EventDate]] = {}
    spans: set[str] = set()
    for m in DATE.finditer(text):
        grain, value = _value(m)
        if _spans_to_another(text, m, grain):
            spans.add(grain)
        # "Sunday's floods", "the June 30 deadline" name another event by its date.
        if not _kept(text, m) or _bounded(text, m.start()) or POSSESSIVE.match(text, m.end()):
            continue
        found.setdefault(grain, []).append(EventDate(grain, value, m.group(0), m.start()))
    return tuple(dates[0] for grain, dates in found.items()
                 if grain not in spans and len({d.value for d in dates}) == 1)


# What joins two dates of one span or choice ("on Saturday and Sunday", "in March or
# April", "from 9am to 5pm").
DATE_JOIN = re.compile(r"\s*(?:and|or|to|through|-|–)\s*(?:(?:on|in|at)\s+)?")


def _spans_to_another(text: str, m: re.Match[str], grain: str) -> bool:
    """Whether the date is the first of two of its grain joined by "and", "or", "to" or a
    dash: the second is read as a bound and dropped, so the first alone would date an
    event of both days."""
    join = DATE_JOIN.match(text, m.end())
    if not join:
        return False
    nxt = DATE.match(text, join.end())
    return bool(nxt) and _value(nxt)[0] == grain


def dated_apart(a: EventDate, b: EventDate) -> bool:
    """Two dates of one grain that cannot be one date: other weekdays; other months, or
    other days of one month; clock times more than `CLOCK_SLACK` minutes apart."""
    if a.grain != b.grain:
        return False
    if a.grain == "month":
        (ma, da), (mb, db) = a.value, b.value
        return ma != mb or (da != db and da > 0 and db > 0)
    if a.grain == "duration":
        return durations_apart(a, b)
    if a.grain == "clock":
        gap = abs(a.value[0] - b.value[0]) % (24 * 60)
        return min(gap, 24 * 60 - gap) > CLOCK_SLACK
    return a.value != b.value


# Where the clause holding a date starts: "Temperatures reached 41C on Tuesday, and
# forecasters expect a second heatwave" tells of Tuesday, whatever the next clause forecasts.
CLAUSE_START = re.compile(r"[,;:]\s|\s(?:and|but|while|whereas)\s", re.IGNORECASE)


def _clause_around(text: str, start: int, end: int) -> str:
    first = max((c.end() for c in CLAUSE_START.finditer(text, 0, start)), default=0)
    last = min((c.start() for c in CLAUSE_START.finditer(text, end)), default=len(text))
    return text[first:last]


def dated_clauses(text: str) -> str:
    """The clauses holding the event dates (and the length, e31) of `text`: "The strike will continue until the
    workers get a fair deal, and talks resume on Thursday" dates the talks, not the strike."""
    return " ".join(_clause_around(text, d.start, d.start + len(d.surface))
                    for d in (*event_dates(text), *event_durations(text)))


@memoised_per_text
def is_forecast(text: str) -> bool:
    """Whether the claim plans or forecasts its dated event rather than telling of it: a
    forecast word in the clause of a date it keeps (not of a bound it dropped: "The ferry,
    which will not sail before Friday, ran aground on Tuesday"), the date itself blanked
    ("closed in May" holds no "may")."""
    for d in (*event_dates(text), *event_durations(text)):
        end = d.start + len(d.surface)
        blanked = text[:d.start] + " " * len(d.surface) + text[end:]
        if forecast_pattern().search(_clause_around(blanked, d.start, end)):
            return True
    return False


@cache
def _date_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in (*WEEKDAYS, *MONTHS, *DAY_PARTS, "am", "pm", "midnight", "noon", "midday"))


# "19th-century", "3rd-floor": an ordinal describing the word after it, not a figure.
ORDINAL_COMPOUND = re.compile(r"\d+(?:st|nd|rd|th)-[a-z]", re.IGNORECASE)


@memoised_per_text
def event_words(text: str) -> tuple[str, ...]:
    """The stems, in order, of the common words of `text` that may name its event and what
    it happened to: not names (a capitalised word past the first is the story's, shared by
    all its claims), dates, reporting verbs, or the words right by a figure ("a magnitude
    5.8 earthquake" / "an aftershock of magnitude 4.1": the figure tells two events apart,
    its measure word does not join them; nor a word holding a figure, "19th-century")."""
    words = TOKEN.findall(text)
    kept: dict[str, None] = {}
    for k, w in enumerate(words):
        if (k > 0 and w[:1].isupper()) or w.lower() in _reporting_forms() or DATE.search(w) \
                or any(c.isdigit() for c in w):
            continue
        if any(0 <= j < len(words) and any(c.isdigit() for c in words[j]) and not ORDINAL_COMPOUND.match(words[j])
               for j in (k - 1, k + 1)):
            continue
        for s in topic_stems(w):
            if s not in _date_stems() and not s.isdigit():
                kept.setdefault(s)
    return tuple(kept)


# Common words two claims dating one event share at least ("struck" and "sandbank"), and
# the share of the fewer words of the two they must exceed (most of them): "Flash floods
# swept through the town on Sunday" and "the town's flood sirens sounded on Saturday
# evening" share two words of four, and tell of two events.
EVENT_SHARED = 2
EVENT_SHARE = 0.5


# A thing something was done to, told in the passive near the start ("the sample from
# the athlete was taken", "the portrait was stolen"): the event is what happened to it.
DONE_TO = re.compile(r"^\W*(?:[\w'’-]+\s+){0,12}?(?:was|were|been)\s+(?:\w+ly\s+)?[a-z]{2,}(?:ed|en|wn|t)\b")


def is_done_to(text: str) -> bool:
    return bool(DONE_TO.search(text))


def same_event(a: tuple[str, ...], b: tuple[str, ...], done_to: bool = False) -> bool:
    """Whether two claims' event words (`event_words`) tell of one event: they share enough
    of them, or their first word, what both are about, and another word; or only the
    first word when both tell what was done to it (`done_to`: "the sample was collected"
    / "the sample from the athlete was taken"). An actor's name alone is the story's
    subject, of many events ("Police arrested a man" / "Police found the body")."""
    if not a or not b:
        return False
    shared = len(set(a) & set(b))
    return (a[0] == b[0] and (done_to or shared >= EVENT_SHARED)) or \
        (shared >= EVENT_SHARED and shared > EVENT_SHARE * min(len(set(a)), len(set(b))))


# (e31) How long an event took, read as a stretch of minutes: "restored the system within
# two hours", "waited nearly a week before telling families", "were in the water for less
# than an hour". Two accounts of one event timing it apart are opposed as two dates are
# ("within ten minutes of the call" / "took 45 minutes"). A quantity reader exists
# (`Quantity` with a time unit), but it reads neither "a week" nor the bound words, which
# decide whether two figures can be one time.
DURATION_MINUTES = {"minute": 1, "hour": 60, "day": 24 * 60, "week": 7 * 24 * 60, "fortnight": 14 * 24 * 60,
                    "month": 30 * 24 * 60}
DURATION_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
                    "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "ninety": 90}
# Words before the figure that bound it from above ("within", "less than"), that put it
# just below ("nearly", "almost") or from below ("more than", "at least"), or that round it.
UPPER_BOUND = r"within|under|inside|in\s+under|less\s+than|fewer\s+than|no\s+more\s+than|no\s+longer\s+than|at\s+most|up\s+to"
JUST_BELOW = r"nearly|almost|just\s+under"
LOWER_BOUND = r"more\s+than|over|at\s+least|longer\s+than|upwards\s+of"
ROUGHLY = r"about|around|roughly|some|approximately|an\s+estimated"
DURATION = re.compile(
    rf"(?<![\w'’-])(?:(?P<upper>{UPPER_BOUND})\s+|(?P<below>{JUST_BELOW})\s+|(?P<lower>{LOWER_BOUND})\s+"
    rf"|(?P<rough>{ROUGHLY})\s+)?"
    rf"(?P<n>\d{{1,3}}|{'|'.join(sorted(DURATION_NUMBERS, key=len, reverse=True))})[ \t]+"
    rf"(?P<unit>{'|'.join(DURATION_MINUTES)})s?(?![\w'’-])", re.IGNORECASE)
# A stretch read as one time may be this many times the other's nearest end before the two
# are apart ("nine minutes" / "within ten minutes" are one time; "within a day" / "nearly a
# week" are not). A plain figure is read as a rounding: from 0.8 to 1.25 times itself.
DURATION_SLACK = 1.5
PLAIN_ROUNDING = 1.25
# What makes the figure no length of the event: a stretch since or until something ("two
# days after the fire", "a week before the vote", "three hours later", "every two hours",
# "two hours a day"), an age, a rate, or one of a range ("two to three hours").
DURATION_NOT_AFTER = re.compile(r"\s*(?:(?:after|before)\s+(?:the|a|an|his|her|its|their|this|that|[A-Z\d])|later|"
                                r"earlier|ago|since|old|long|a\s+(?:day|week|month|year)|per|each|every|"
                                r"of\s+(?:each|every)|(?:to|or|-|–)\s*(?:\d+|a|an|one|two|three|four|five|six|"
                                r"seven|eight|nine|ten|twelve|twenty))(?![\w'’-])")
DURATION_NOT_BEFORE = re.compile(r"(?<![\w'’-])(?:once|twice|every|each|per|last|past|next|first|final|the|this|those|these|and|or|to|"
                                 r"-|–)\s*$", re.IGNORECASE)


def _duration_span(m: re.Match[str]) -> tuple[float, float]:
    n = m.group("n").lower()
    minutes = (int(n) if n.isdigit() else DURATION_NUMBERS[n]) * DURATION_MINUTES[m.group("unit").lower()]
    if m.group("upper"):
        return 0.0, minutes
    if m.group("below"):
        return 0.7 * minutes, minutes
    if m.group("lower"):
        return minutes, float("inf")
    if m.group("rough"):
        return minutes / 1.5, minutes * 1.5
    return minutes / PLAIN_ROUNDING, minutes * PLAIN_ROUNDING


@memoised_per_text
def event_durations(text: str) -> tuple[EventDate, ...]:
    """(e31) The one length of time `text` gives its event (grain "duration", value the
    (shortest, longest) minutes it allows), or none: a text giving two lengths tells of two
    events or stages ("spent three hours in the water and two days in hospital"), and a
    stretch before or after another event ("arrived 50 minutes after the call", "two
    days later") or a span of a rate ("twice a day") is no length of the event."""
    found, lengths = [], 0
    for m in DURATION.finditer(text):
        if DURATION_NOT_AFTER.match(text, m.end()):
            continue
        lengths += 1  # "three hours and 20 minutes", "for the first two hours": a length, not one to read
        bounded = m.group("upper") or m.group("below") or m.group("lower") or m.group("rough")
        if not bounded and DURATION_NOT_BEFORE.search(text, 0, m.start()):
            continue
        found.append(EventDate("duration", _duration_span(m), m.group(0), m.start()))
    return tuple(found) if len(found) == 1 and lengths == 1 else ()



# (e39) A time figure that only says how long before or after another event this one came
# ("was notified on November 19, two days after the leak", "reopened in May, three weeks
# later"): a gap between two events, not a reading of a measure at a date.
TIME_FIGURE = re.compile(rf"(?<![\w'’-])(?:\d{{1,3}}|{'|'.join(sorted(DURATION_NUMBERS, key=len, reverse=True))})"
                         r"[ \t]+(?:minute|hour|day|week|fortnight|month|year|decade)s?(?![\w'’-])", re.IGNORECASE)
GAP_AFTER = re.compile(r"\s*(?:(?:after|before)\s+(?:the|a|an|his|her|its|their|this|that|these|those|it|they|he|she|"
                       r"we|[A-Z][\w'’-]*)|later|earlier)"
                       r"(?![\w'’-])")


@memoised_per_text
def time_figures_are_gaps(text: str) -> bool:
    """(e39) Whether `text` holds a time figure and every one of them is a gap to another
    event ("two days after the leak", "a week later"): its date still dates its event.
    Not "waited 12 hours on Sunday" (a reading at a date) nor "22 years after" beside
    "for six months" (one figure is no gap)."""
    figures = list(TIME_FIGURE.finditer(text))
    return bool(figures) and all(GAP_AFTER.match(text, m.end()) for m in figures)


def gaps_blanked(text: str) -> str:
    """(e39) `text` with its gaps to another event blanked, from the figure to the end of
    its clause ("two days after the first crack appeared"): the other event's words are
    not this event's, and would join a claim dating that other event."""
    for m in TIME_FIGURE.finditer(text):
        gap = GAP_AFTER.match(text, m.end())
        if not gap:
            continue
        end = gap.end()
        if gap.group(0).strip().lower().startswith(("after", "before")):
            stop = CLAUSE_START.search(text, end)
            end = stop.start() if stop else len(text)
        text = text[:m.start()] + " " * (end - m.start()) + text[end:]
    return text

def durations_apart(a: EventDate, b: EventDate) -> bool:
    """Two lengths of one event that cannot both be right: one's longest, stretched by
    `DURATION_SLACK`, still short of the other's shortest."""
    (lo_a, hi_a), (lo_b, hi_b) = a.value, b.value
    return hi_a * DURATION_SLACK < lo_b or hi_b * DURATION_SLACK < lo_a


def length_bound(d: EventDate) -> bool:
    """(e31) Whether a length is told with a bound word ("within", "nearly", "more than")."""
    m = DURATION.fullmatch(d.surface)
    return bool(m and (m.group("upper") or m.group("below") or m.group("lower")))
