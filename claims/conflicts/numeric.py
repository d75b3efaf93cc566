"""Numeric conflicts: two figures for one measure, unit and `per` whose intervals do not
overlap after rounding tolerance.

Most of the work is deciding that two figures measure the same thing (same measure, scope,
time, place and kind of figure); the interval test itself is short."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import cache, lru_cache

from claims.conflicts.common import (
    ConflictSettings,
    _attributed,
    _conflict,
    _Judged,
    _names_match,
    _one_value,
    _RelatedClaims,
    _Stories,
    _voice,
    _voice_stems,
    _who,
)
from claims.event_dates import MONTHS as MONTH_NAMES
from claims.event_dates import WEEKDAYS as WEEKDAY_NAMES
from claims.figure_roles import (
    ON_WEEKDAY,
    WEEKDAYS,
    circumstantial_events,
    clause_around,
    counts_sources,
    figure_act,
    figure_events,
    gain_or_loss,
    is_increment,
    is_interval,
    is_negated,
    is_rejected,
    is_target,
    is_whole,
    provided_or_used,
    reports_change,
    stated_day,
    whole_of,
)
from claims.lexicon import (
    HONORIFIC_GENDER,
    LY_ADVERB,
    data_alternation,
    data_lines,
    data_words,
    figure_noun_pattern,
    inflections,
    measure_synonyms,
    phrase_pattern,
    stoppage_stems,
    word_zipf,
)
from claims.memo import memoised_per_text
from claims.models import Claim, ClaimKind, ClaimRef, Conflict, ConflictKind, Quantity, QuantityKind
from claims.overlap import FUNCTION_WORDS, NO_STEMS, postings, stem, topic_stems
from claims.readable import figures_reason
from claims.units import TIME_UNITS, registry, singular_time_word

YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


MEASURE_PREPOSITION = re.compile(r"\b(?:of|in|for|to|from|on|at|by|with|among|per|across)\b", re.IGNORECASE)


# How far from a figure (characters) a scope word ("worldwide") is taken to qualify it.
SCOPE_REACH_CHARS = 60


# Shares written as fractions and as percentages are one measure.
SHARE_FACTORS = {("fraction", "percent"): 100.0, ("percent", "fraction"): 0.01}


# Units that are not physical: comparable only with themselves.
# A figure within this share of a part's stated whole is taken to be that whole.
WHOLE_TOLERANCE = 0.05


PLAIN_UNITS = frozenset({"count", "percent", "percentage_point", "fraction", "ratio", "times",
                         "USD", "EUR", "GBP", "JPY", "CNY", "INR", "CAD", "AUD", "CHF"})


@cache
def scope_pattern() -> re.Pattern[str]:
    return phrase_pattern(data_lines("conflict_scope_words.txt"))


@cache
def moment_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(moment, pattern) per line of claims/data/conflict_moment_words.txt; the first is the
    moment a figure naming none is taken at."""
    moments = []
    for line in data_lines("conflict_moment_words.txt"):
        name, _, words = line.partition("|")
        moments.append((name.strip(), phrase_pattern([w.strip() for w in words.split(",") if w.strip()])))
    return tuple(moments)


def _moment(q: Quantity, claim: Claim) -> str:
    """The moment of the day named in the figure's clause (`moment_patterns`), else the
    first."""
    start, end = _sentence_offsets(q, claim)
    sentence = claim.sentence
    lo = max(sentence.rfind(",", 0, max(start, 0)) + 1, start - SCOPE_REACH_CHARS, 0)
    hi = sentence.find(",", max(end, 0))
    hi = min(hi if hi >= 0 else len(sentence), end + SCOPE_REACH_CHARS)
    window = sentence[lo:hi]
    moments = moment_patterns()
    for name, pattern in moments:
        if pattern.search(window):
            return name
    return moments[0][0] if moments else ""


@cache
def total_pattern() -> re.Pattern[str]:
    return phrase_pattern(data_lines("conflict_total_words.txt"))


@cache
def figure_comparison_pattern() -> re.Pattern[str]:
    """"far below the club's figure", "more than twice the figure given by the company"."""
    return re.compile(phrase_pattern(data_lines("conflict_figure_comparisons.txt")).pattern
                      + r"\s+(?:\S+\s+){0,3}?" + figure_noun_pattern().pattern, re.IGNORECASE)


# "figure for the number of strikers", "estimate of deaths": what the figure counts, up to
# the verb or clause that follows.
MEASURED = re.compile(r"\s+(?:for|of|on)\s+((?:[\w'’-]+\s+){0,4}?[\w'’-]+?)"
                      r"(?=\s+(?:was|were|is|are|had|has|as|in|at)\b|[,.;]|$)")


# The word right before a figure noun, when it is not a possessive or a figure itself.
COMPOUND_BEFORE = re.compile(r"(?<!['’])\b([a-z][a-z-]+)\s+$")


# Sentences sharing this much of their rare words, one setting its figure against another's
# figure, are taken to measure one thing (the bar the measure-head rule uses too).
COMPARED_MATTER = 0.45


@cache
def stock_pattern() -> re.Pattern[str]:
    """A verb of possession then at most a qualifier, ending where the figure starts; not
    an auxiliary before a participle ("has risen to 11", "has now scorched")."""
    verbs = "|".join(re.escape(v) for v in sorted(data_lines("conflict_stock_verbs.txt"), key=len, reverse=True))
    participles = "|".join(re.escape(w) for w in data_lines("conflict_participles.txt"))
    return re.compile(rf"\b(?:{verbs})\s+(?:(?!(?:{participles}|[a-z]+ed)\b)[a-z]+\s+){{0,2}}$")


# "in May", "for the second quarter", "last year" right after a figure: its period.
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December")


FIGURE_PERIOD = re.compile(
    rf"[^.;,\d]{{0,50}}?\b(?:in|for|during|of|as of|by)\s+((?:{MONTHS})(?:\s+(?:19|20)\d\d)?"
    r"(?:\s+last\s+year)?|the\s+(?:first|second|third|fourth)\s+quarter|(?:19|20)\d\d)\b"
    r"|[^.;,\d]{0,50}?\b((?:last|this|next)\s+(?:year|month|season|quarter)|since\s+(?:the\s+)?[\w-]+)\b")


PERIOD_REACH_CHARS = 80


@cache
def measure_frames() -> frozenset[str]:
    """Words that frame a count rather than name what is counted ("number", "share")."""
    return frozenset(data_lines("conflict_measure_frames.txt"))


@cache
def measure_frame_stems() -> frozenset[str]:
    """The stems of `measure_frames`, read per figure on the hot path: built once."""
    return frozenset(stem(f) for f in measure_frames())


# Words by which a figure states its own imprecision; the parser's interval holds it.
QUALIFIED = re.compile(r"\b(?:about|around|roughly|some|approximately|nearly|almost|up to|more than|over|"
                       r"fewer than|less than|under|at least|at most|between)\b", re.IGNORECASE)


@cache
def reach_pattern() -> re.Pattern[str]:
    return phrase_pattern(data_lines("conflict_reach_words.txt"))


# The share of a figure an emphatic upper bound ("as many as 900") still claims.
REACHED_SHARE = 0.5


# An unqualified figure written with two or more significant digits ("£9,250", "54 per
# cent", "18,391") states its precision; beyond its own rounding (the parser's low..high)
# it is widened by this much rather than the settings' rounding tolerance, which is for
# figures of one digit ("$5 billion" against "$5.2 billion") (n9).
PRECISE_TOLERANCE = 0.01


FIRST_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


@lru_cache(maxsize=65536)
def _significant_digits(surface: str) -> int:
    """Significant digits of the first number written in digits: "9,250" 3, "9,500" 2,
    "5.25%" 3, "5 billion" 1, "Twelve" 0 (words say nothing of their rounding)."""
    return len(_significant_digit_run(surface))


# ... and at least this share of one unit of its last significant digit (p11): more than
# the half unit of its own rounding, so that two figures one unit apart in the last digit
# they write overlap ("46" 45.25..46.75 / "45 micrograms" 44.25..45.75: one reading
# rounded or taken a moment apart), less than a unit, so that two units apart do not
# ("1.2 miles" / "about one mile"; "54%" / "52%").
LAST_DIGIT_SHARE = 0.75


def _tolerance(q: Quantity, tolerance: float) -> float:
    """For a figure of two or more significant digits, the larger of `PRECISE_TOLERANCE`
    and `LAST_DIGIT_SHARE` of a unit of its last digit ("46" by 1.6%, "12" by 6.25%, more
    than a figure of one digit: "12" and "13" are one unit apart, "9,250" by 1%)."""
    digits = _significant_digit_run(q.surface)
    if len(digits) >= 2:
        return max(min(tolerance, PRECISE_TOLERANCE), LAST_DIGIT_SHARE / int(digits))
    return tolerance


@lru_cache(maxsize=65536)
def _significant_digit_run(surface: str) -> str:
    """The significant digits of the first number written in digits ("9,250" -> "925",
    "0.45" -> "45"), as `_significant_digits` counts them."""
    m = FIRST_NUMBER.search(surface)
    if not m:
        return ""
    number = m.group(0).replace(",", "")
    digits = number.replace(".", "").lstrip("0")
    return digits if "." in number else digits.rstrip("0")


def interval(q: Quantity, tolerance: float) -> tuple[float, float] | None:
    """The values the wording allows, widened by the rounding tolerance; None if unknown.

    A None bound is an open side ("over $5" has no high); a figure with neither bound set
    is taken as exactly its value. An upper bound of conflict_reach_words.txt ("as many as
    900") claims the figure is reached, not only not passed: at least `REACHED_SHARE` of it.
    An "about" figure of two or more significant digits allows `ABOUT_PRECISE_SHARE` (n26).
    """
    if q.low is None and q.high is not None and q.high > 0 and reach_pattern().search(q.surface):
        return q.high * REACHED_SHARE, q.high
    if q.qualifier == "about" and q.value and len(_significant_digit_run(q.surface)) >= 2:
        # (n26) "around 5,300" commits to its second digit: not the table's 10%.
        margin = max(ABOUT_PRECISE_SHARE * abs(q.value), _last_digit_unit(q.surface, q.value))
        return q.value - margin, q.value + margin
    tolerance = _tolerance(q, tolerance)
    if q.low is None and q.high is None:
        if q.value is None:
            return None
        low = high = q.value
    else:
        low = q.low if q.low is not None else float("-inf")
        high = q.high if q.high is not None else float("inf")
        if QUALIFIED.search(q.surface) and low < high:
            # "about 2,000" already allows 1,800..2,200: widening it again makes "about
            # 2,000" and "about 2,500" agree.
            return low, high
        if q.value is not None and q.low is not None and q.high is not None and low <= q.value <= high:
            # "£640 million" is read as 635..645 million, rounding to its last digit; the
            # tolerance absorbs that rounding too, so the two are not added ("nine" and
            # "11" do not overlap).
            return (min(low, q.value - abs(q.value) * tolerance),
                    max(high, q.value + abs(q.value) * tolerance))
    return low - abs(low) * tolerance, high + abs(high) * tolerance


# (n26) An "about" figure written with two or more significant digits ("around 5,300",
# "about 43%", "some 41,000") allows this share of its value either side, or one unit of
# its last digit if that is more ("about 12"), rather than the qualifier table's 10%
# (claims/data/quantity_qualifiers.json, which stays the parser's reading): a writer who
# rounds to the hundred has come within a few hundred, so "around 5,300" (4,903..5,697)
# against "4,800" is a rival account, "about 5,300" against "5,100" is not. 10% is right for one digit
# ("about 40%" 36..44 allows "41%"; "about 2,000" allows "2,150"), which keeps it.
# Measured (round n26): 5% found one more closed conflict but added a closed unlabelled
# pair; one unit of the last digit alone found two but added a closed false alarm; 7.5%
# found one with no other closed change.
ABOUT_PRECISE_SHARE = 0.075


def _last_digit_unit(surface: str, value: float) -> float:
    """One unit of the last significant digit written, in the figure's value ("about 5,300"
    100, "about 4.5 million" 0.1 million): the digits' run against the value's magnitude."""
    digits = _significant_digit_run(surface)
    if not digits or not value:
        return 0.0
    return abs(value) / int(digits) if int(digits) else 0.0


@cache
def maximum_pattern() -> re.Pattern[str]:
    return phrase_pattern(data_lines("conflict_maximum_words.txt"))


def _told_maximum(q: Quantity) -> bool:
    """(n93) A figure told as a maximum ("up to 800,000 litres a day", conflict_maximum_words.txt):
    only an upper bound. Two such figures of one measure are compared as reached, each at
    least `REACHED_SHARE` of itself: "up to 2.5 million litres a day" and "up to 800,000"
    are two accounts of one peak, which "at most" alone would let overlap."""
    return (q.low is None and q.high is not None and q.high > 0
            and maximum_pattern().match(q.surface.strip()) is not None)


def _overlap(ia: tuple[float, float], ib: tuple[float, float]) -> bool:
    """Intervals that share more than an edge: "six" (5.5..6.5) and "five" (4.5..5.5)
    only touch where each is rounded, and are two different counts."""
    return ia[0] < ib[1] and ib[0] < ia[1] or ia == ib


def measure_stems(q: Quantity) -> frozenset[str]:
    """Stems of the measure, each widened to its synonym group ("staff" ~ "workers")."""
    return _widen(topic_stems(q.measure or ""))


def _widen(stems: Iterable[str]) -> frozenset[str]:
    groups = measure_synonyms()
    return frozenset(g for s in stems for g in groups.get(s, (s,)))


def measure_head(q: Quantity) -> frozenset[str]:
    """The stem of the thing a measure counts: the last word before its first preposition
    ("relief fund for farmer" -> fund), or after it when the first part only frames the
    count ("number of confirmed case" -> case)."""
    parts = [p.split() for p in MEASURE_PREPOSITION.split(q.measure or "") if p.split()]
    for words in parts:
        head = words[-1].lower()
        if head not in measure_frames():
            return topic_stems(head)
    return frozenset()


@cache
def charge_stems() -> frozenset[str]:
    """(g65) Stems of the nouns of a charge levied at a rate (conflict_charge_nouns.txt)."""
    return frozenset(s for w in data_lines("conflict_charge_nouns.txt") for s in topic_stems(w))


def _charged_rate(q: Quantity) -> bool:
    """(g65) A percentage whose measured thing is a charge levied at that rate ("a service
    fee of 12% on each ticket": 'service fee on ticket'; "commission of 15%"): a rate
    charged on things, not a share of them. "fewer than 5% of tickets had been sold for
    more than £200" shares the tickets with the fee's claim, but a fee's rate and a share
    of tickets are two measures; two rates of one charge (a fee of 12%, a fee of 10%) are
    still compared."""
    return q.unit == "percent" and bool(measure_head(q) & charge_stems())


def convert(q: Quantity, unit: str) -> tuple[float | None, float | None, float | None] | None:
    """(value, low, high) of q in `unit` ("about four hours" in minutes), via pint; None
    when the units are not of one dimension."""
    if q.unit == unit:
        return q.value, q.low, q.high
    if (q.unit, unit) in SHARE_FACTORS:  # "one in five" is 20%
        factor = SHARE_FACTORS[(q.unit, unit)]
        return tuple(None if v is None else v * factor for v in (q.value, q.low, q.high))
    if q.unit in PLAIN_UNITS or unit in PLAIN_UNITS:
        return None  # pint would happily turn a percentage into a count: both are numbers
    try:
        factor = registry().Quantity(1, q.unit).to(unit).magnitude
    except Exception:  # pint raises several kinds for unknown or incompatible units
        return None
    scale = lambda v: None if v is None else v * factor  # noqa: E731
    return scale(q.value), scale(q.low), scale(q.high)


@cache
def rise_nouns() -> frozenset[str]:
    """Nouns of claims/data/conflict_rise_nouns.txt: a percentage of them is a rise."""
    return frozenset(stem(w) for w in data_lines("conflict_rise_nouns.txt"))


def _kind(q: Quantity) -> QuantityKind | None:
    """The figure's kind; a percentage whose measure ends in a noun of
    conflict_rise_nouns.txt ("the company's 3.5% offer") is a rise offered, a change."""
    if (q.kind is QuantityKind.AMOUNT and q.unit == "percent" and q.measure
            and stem(q.measure.split()[-1].lower()) in rise_nouns()):
        return QuantityKind.CHANGE
    return q.kind


def _converted(qa: Quantity, qb: Quantity) -> Quantity | None:
    """qb in qa's unit, if the two are of one rate, kind and dimension."""
    if qa.value is None or qb.value is None or QuantityKind.VAGUE in (qa.kind, qb.kind):
        return None
    if not _same_rate(qa.per, qb.per) or _kind(qa) != _kind(qb) or not qa.unit or not qb.unit:
        return None
    converted = convert(qb, qa.unit)
    if converted is None:
        return None
    value, low, high = converted
    return qb.model_copy(update={"value": value, "low": low, "high": high, "unit": qa.unit})


# (n93) A rate per stretch of time ("£2.6m a year", "£890 a week", "168 million litres a
# day"); its adjective ("annual savings") names the same rate in the measure.
RATE_TIME_UNITS = frozenset({"hour", "day", "week", "month", "year"})
OTHER_RATE = re.compile(r"\b(?:a|an|per|each|every|any)\s+(hour|day|night|week|fortnight|month|quarter|year)s?\b"
                        r"|\b(hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|annual|annually|yearly)\b",
                        re.IGNORECASE)
# (n93) A figure told as what a measure is or is put at: "the saving was nearer £1.1m",
# "turnover at the group was 41%", "puts the figure at £5.1m" (the figure's own clause, up
# to the figure, ends in a copula or "at" and words of closeness).
TOLD_AS_LEVEL = re.compile(r"\b(?:is|was|were|are|be|been|at)\s+(?:(?:nearer|closer|to|about|around|roughly|only|just|"
                           r"nearly|almost|less|more|than|no|not|under|over|some|well|likely)\s+)*[\"“‘']?\s*$",
                           re.IGNORECASE)
RATE_ADJECTIVES = {"hourly": "hour", "daily": "day", "nightly": "night", "weekly": "week", "fortnightly": "fortnight",
                   "monthly": "month", "quarterly": "quarter", "annual": "year", "annually": "year", "yearly": "year"}


@cache
def running_total_pattern() -> re.Pattern[str]:
    return phrase_pattern(data_lines("conflict_running_total_words.txt"))


def _rate_left_out(rated: Quantity, bare: Quantity, claim: Claim) -> bool:
    """(n93) A figure told with no rate is the figure another tells per stretch of time, the
    rate left unsaid ("the saving was nearer £1.1m" against "would save £2.6m a year"; "its
    standard rate was £1,020" against "paid £890 a week for a standard place"), when its own
    clause gathers it over no stretch of time (`_span_days`), names no running or one-off
    total (conflict_total_words.txt, conflict_running_total_words.txt) and names no rate
    but the other's ("£13m over five years", "1,240 applications since July" and "£40 a
    month" are other measures)."""
    if rated.per not in RATE_TIME_UNITS or bare.per or _span_days(bare, claim) is not None:
        return False
    clause = clause_around(bare, claim)
    if total_pattern().search(clause) or running_total_pattern().search(clause):
        return False
    named = False
    for m in OTHER_RATE.finditer(clause):
        unit = (m.group(1) or RATE_ADJECTIVES[m.group(2).lower()]).lower()
        if unit != rated.per:
            return False
        named = True
    # The rate named in the clause but not read with the figure ("the annual savings at
    # $260 million", "no more than 800,000 litres on any day"), or the figure told as a
    # measure's level ("the saving was nearer £1.1m"): a verb of its own ("would cost
    # £6 million to set up", "is used by about 300 passengers") tells another measure.
    start = max(_sentence_offsets(bare, claim)[0], 0)
    before = claim.sentence[max(start - 60, 0):start]
    return named or TOLD_AS_LEVEL.search(before) is not None


def _converted_worded_apart(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> Quantity | None:
    """(n93) qb in qa's unit when the two are one figure worded apart though their rates
    differ as parsed: one told per stretch of time and the other with its rate left out
    (`_rate_left_out`: "would save £3.2m a year" / "the saving was nearer £900,000")."""
    if qa.value is None or qb.value is None or QuantityKind.VAGUE in (qa.kind, qb.kind) or qa.unit != qb.unit:
        return None
    if _same_rate(qa.per, qb.per) or not (_rate_left_out(qa, qb, b) or _rate_left_out(qb, qa, a)):
        return None
    return _converted(qa, qb.model_copy(update={"per": qa.per}))


# (n99) The words right before a change told as its size or level ("cut by 850", "rose to
# 3,000", "down from 1,200"): a change of a stock, not a count of things acted on.
CHANGE_PREPOSITION_BEFORE = re.compile(r"\b(?:by|to|from|of)\s+(?:(?:about|around|roughly|some|nearly|almost|"
                                       r"more\s+than|less\s+than|fewer\s+than|up\s+to|at\s+least)\s+)?$",
                                       re.IGNORECASE)


def _counted_act_as_count(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> Quantity | None:
    """(n99) qb in qa's unit when one is a count of a count-noun family parsed as a change
    because a verb of loss or gain governs it ("will cut 850 jobs", "to shed 1,800 jobs")
    and the other is an amount of that family ("about 1,300 posts would go", "closer to
    3,000 jobs"): the jobs cut are a count of jobs. Not a change told by its size or level
    ("staff numbers fell by 850", "rose to 3,000")."""
    kinds = {_kind(qa), _kind(qb)}
    if kinds != {QuantityKind.CHANGE, QuantityKind.AMOUNT} or qa.unit != "count" or qb.unit != "count":
        return None
    if _count_family(qa) is None or _count_family(qa) != _count_family(qb):
        return None
    changed, claim = (qa, a) if _kind(qa) is QuantityKind.CHANGE else (qb, b)
    if CHANGE_PREPOSITION_BEFORE.search(_before_figure(changed, claim, 40)):
        return None
    return _converted(qa.model_copy(update={"kind": QuantityKind.AMOUNT}),
                      qb.model_copy(update={"kind": QuantityKind.AMOUNT}))


def _same_rate(a: str | None, b: str | None) -> bool:
    """Two figures' `per` name one rate: equal, or one base written with no population ("51
    per 100,000", per "100000") and the other with one ("32 per 100,000 children"): a bare
    base leaves the population to the story, as the other names it."""
    if (a or "") == (b or ""):
        return True
    if not a or not b:
        return False
    number_a, _, named_a = a.partition(" ")
    number_b, _, named_b = b.partition(" ")
    return number_a.isdigit() and number_a == number_b and not (named_a and named_b)


def rate_base(per: str | None) -> str | None:
    """The number a rate is counted against ("100000" of "100000 person"), None for a rate
    per unit of time or thing ("year", "person") or no rate: a rate per 100,000 is rare in a
    story, and its base is the cheapest key its restatements share."""
    number = (per or "").partition(" ")[0]
    return number if number.isdigit() and int(number) >= 10 else None


_UNSET = object()


def _shared_empty(found: object) -> object:
    """(b56) An empty set of words as the one shared empty set: CPython makes a new 216-byte
    object for every empty `frozenset(...)`, and most figures have no frame, events, years,
    scope or entities (on a 1,000-article store 53,000 of the numeric rule's answers were
    distinct empty sets; ~0.5 million at 285,000 claims). Equal, so no answer changes."""
    return NO_STEMS if type(found) is frozenset and not found else found


class _Facts:
    """Per claim and per figure words the numeric rule reads for every pair they are in,
    computed once (keyed by object identity: the objects live for the whole run). A figure's
    facts are keyed by its claim too: claims of one sentence may share the figure object,
    and what it is about depends on who says it."""

    def __init__(self, by_article: dict[str, list[tuple[Quantity, Claim]]] | None = None) -> None:
        # (b56) One table per kind and flag, keyed by one int: the object's id, or with a
        # claim both ids in one number. A tuple of four per answer (with two fresh ints)
        # cost ~130 bytes a key, more than most answers (2.5 million keys at 285,000 claims).
        self._cache: dict[tuple[str, bool], dict[int, object]] = {}
        # (n77) each article's figures with their claims (`_numeric_conflicts`' by_article):
        # a sentence split into claims names a replaced figure in a sibling claim
        self._by_article = by_article or {}

    def sentence_siblings(self, c: Claim) -> tuple[tuple[Quantity, Claim], ...]:
        """(n77) The figures of the other claims of c's sentence, with their claims."""
        return self._get("siblings", c, lambda: tuple(
            (q, o) for q, o in self._by_article.get(c.article_id, ())
            if o is not c and o.sentence_start == c.sentence_start and o.sentence == c.sentence))

    def _get(self, kind: str, obj: object, make, flag: bool = False, claim: Claim | None = None):
        table = self._cache.get((kind, flag))
        if table is None:
            table = self._cache[kind, flag] = {}
        key = id(obj) if claim is None else (id(obj) << 64) | id(claim)
        found = table.get(key, _UNSET)
        if found is _UNSET:
            found = table[key] = _shared_empty(make())
        return found

    def years(self, c: Claim, published: date | None = None) -> frozenset[str]:
        return self._get("years", c, lambda: _sentence_years(c, published))

    def text(self, c: Claim) -> frozenset[str]:
        return self._get("text", c, lambda: topic_stems(c.text))

    def measure(self, q: Quantity, c: Claim | None = None) -> frozenset[str]:
        """The figure's measure; for a figure without one, what the claim says it is the
        number of ("the real number of new maths teachers was closer to 600")."""
        if c is None:
            return self._get("measure", q, lambda: measure_stems(q))
        # (n93) a figure named only as "the figure" counts what the figure before it counts
        if q.measure:
            return self._get("measure", q, lambda: self.antecedent_measure(q, c)
                             or measure_stems(q) | _widen(_put_at(q, c)), claim=c)
        return self._get("measure", q, lambda: self.antecedent_measure(q, c)
                         or _widen(_number_of(q, c) | _put_at(q, c)), claim=c)

    def antecedent_measure(self, q: Quantity, c: Claim) -> frozenset[str]:
        """(n93) `_antecedent_measure`, for a figure whose own words name no measure."""
        return self._get("antecedent", q, lambda: _antecedent_measure(q, c, self._by_article.get(c.article_id, ())),
                         claim=c)

    def head(self, q: Quantity) -> frozenset[str]:
        return self._get("head", q, lambda: _widen(measure_head(q)))

    def head_phrase(self, q: Quantity) -> frozenset[str]:
        """(r60) The stems of the measure's words before its first preposition, widened
        (`_head_names_act`), once per figure."""
        return self._get("head_phrase", q, lambda: _widen(topic_stems(MEASURE_PREPOSITION.split(q.measure or "")[0])))

    def unit_size(self, q: Quantity, c: Claim) -> bool:
        """(r60) `_unit_size`, once per figure and claim."""
        return self._get("unit_size", q, lambda: _unit_size(q, c), claim=c)

    def frame(self, q: Quantity, c: Claim) -> frozenset[str]:
        return self._get("frame", q, lambda: _frame(q, c), claim=c)

    def scope(self, q: Quantity, c: Claim) -> frozenset[str]:
        return self._get("scope", q, lambda: _scope(q, c), claim=c)

    def moment(self, q: Quantity, c: Claim) -> str:
        return self._get("moment", q, lambda: _moment(q, c), claim=c)

    def total(self, q: Quantity, c: Claim) -> bool:
        return self._get("total", q, lambda: _total(q, c), claim=c)

    def own_text(self, q: Quantity, c: Claim) -> frozenset[str]:
        return self._get("own text", q, lambda: _stems_apart_from_other_figures(q, c), claim=c)

    def compared(self, c: Claim) -> bool:
        return self._get("compared", c, lambda: bool(figure_comparison_pattern().search(c.text)))

    def stock(self, q: Quantity, c: Claim) -> bool:
        return self._get("stock", q, lambda: _is_stock(q, c), claim=c)

    def act(self, q: Quantity, c: Claim) -> frozenset[str]:
        return self._get("act", q, lambda: _act_before(q, c), claim=c)

    def period(self, q: Quantity, c: Claim) -> str | None:
        return self._get("period", q, lambda: _period(q, c), claim=c)

    def year_before(self, q: Quantity, c: Claim) -> str | None:
        return self._get("year_before", q, lambda: _year_before(q, c), claim=c)

    def entities(self, q: Quantity, c: Claim, keep_sources: bool = False) -> set[str]:
        return self._get("entities", q, lambda: _entity_words(q, c, keep_sources), keep_sources, c)

    def act_class(self, q: Quantity, c: Claim) -> str | None:
        return self._get("act_class", q, lambda: figure_act(q, c), claim=c)

    def events(self, q: Quantity, c: Claim) -> frozenset[str]:
        return self._get("events", q, lambda: figure_events(q, c), claim=c)

    def gain_or_loss(self, q: Quantity, c: Claim) -> int:
        return self._get("gain or loss", q, lambda: gain_or_loss(q, c), claim=c)

    def provided_or_used(self, q: Quantity, c: Claim) -> int:
        return self._get("provided or used", q, lambda: provided_or_used(q, c), claim=c)

    def circumstances(self, q: Quantity, c: Claim) -> frozenset[str]:
        return self._get("circumstances", q, lambda: circumstantial_events(q, c), claim=c)

    def role(self, q: Quantity, c: Claim) -> tuple[bool, bool, bool, bool, bool]:
        """(a target, an increment, denied or rejected, a count of sources, an interval):
        figures of different roles are not compared."""
        return self._get("role", q, lambda: (is_target(q, c), is_increment(q, c),
                                             is_negated(q, c) or is_rejected(q, c),
                                             counts_sources(q, c), is_interval(q, c)), claim=c)

    def whole(self, q: Quantity, c: Claim) -> Quantity | None:
        return self._get("whole", q, lambda: whole_of(q, c), claim=c)

    def day(self, q: Quantity, c: Claim, published: date) -> date | None:
        return self._get("day", q, lambda: _figure_day(q, c, published), claim=c)

    def singled_out(self, q: Quantity, c: Claim) -> bool:
        return self._get("singled out", q, lambda: _singled_out(q, c), claim=c)

    def change(self, q: Quantity, c: Claim) -> bool:
        return self._get("change", q, lambda: _is_change(q, c), claim=c)

    def baseline(self, q: Quantity, c: Claim) -> bool:
        return self._get("baseline", q, lambda: _is_baseline(q, c), claim=c)

    def replaced(self, q: Quantity, c: Claim) -> Quantity | None:
        """(p62) The figure c names as the one its q replaces (`_replaced_figure`); (t101) or
        names as another party's rival of q (`rival`)."""
        def make() -> Quantity | None:
            n = _replaced_figure(q, c, self.sentence_siblings(c))
            if n is None and (r := self.rival(q, c)) is not None:
                return r[0]
            return n
        return self._get("replaced", q, make, claim=c)

    def next_sentence(self, c: Claim) -> tuple[tuple[Quantity, Claim], ...]:
        """(t101) The figures of the claims of the sentence right after c's (only blanks
        between), with their claims; () when that sentence holds no figure."""
        def make() -> tuple[tuple[Quantity, Claim], ...]:
            end = c.sentence_start + len(c.sentence)
            after = [(q, o) for q, o in self._by_article.get(c.article_id, ()) if o.sentence_start >= end]
            if not after:
                return ()
            start = min(o.sentence_start for _, o in after)
            if start - end > 3:
                return ()
            return tuple((q, o) for q, o in after if o.sentence_start == start)
        return self._get("next sentence", c, make)

    def rival(self, q: Quantity, c: Claim) -> tuple[Quantity, Claim, str] | None:
        """(t101) (figure, claim it is read in, teller) of the rival of q named by a
        comparative or a possessive teller in its sentence (`_rival_in_sentence`) or by the
        sentence after (`_rival_in_next_sentence`), when `_replaced_figure` names none."""
        return self._get("rival", q, lambda: _replaced_figure(q, c, self.sentence_siblings(c)) is None and (
            _rival_in_sentence(q, c, self.sentence_siblings(c))
            or _rival_in_next_sentence(q, c, self.next_sentence(c), self.sentence_siblings(c))) or None, claim=c)

    def listed(self, q: Quantity, c: Claim) -> tuple[tuple[Quantity, Claim, str], ...]:
        """(n108) The rivals of q named after the first one in a list of q's sentence
        (`_listed_rivals`): "..., compared with the 1,240 the council had published and the
        1,870 given by the charity"."""
        def make() -> tuple[tuple[Quantity, Claim, str], ...]:
            first = self.replaced(q, c)
            if first is None:
                return ()
            # the first rival's sentence: q's, or the next one ("The figure is higher than
            # the 3.1 published by the police, and lower than the 6.4 claimed by ...")
            rival = self.rival(q, c)
            holder = rival[1] if rival is not None and _same_figure(rival[0], first) else c
            return _listed_rivals(q, c, first, holder, self.sentence_siblings(holder))
        return self._get("listed", q, make, claim=c)

    def replaces_any(self, c: Claim) -> bool:
        """(n77) One of c's figures names the figure it replaces, in c or in another claim of
        its sentence."""
        return self._get("replaces any", c, lambda: any(self.replaced(q, c) is not None for q in c.quantities))

    def named_replaced(self, c: Claim) -> frozenset[int]:
        """(p62) ids of c's figures named as replaced ones: not the speaker's own. (n77) Named
        by a figure of c or of another claim of its sentence ("The review found 1,150 claims
        unpaid, | not the 310 the company had reported, worth £163,000": the second claim's
        310 is the company's)."""
        def make() -> frozenset[int]:
            named = [n for n in (self.replaced(q, c) for q in c.quantities) if n is not None]
            named += [n for o, oc in self.sentence_siblings(c) if (n := self.replaced(o, oc)) is not None]
            # (n108) and the rivals listed after the first
            named += [n for q in c.quantities for n, _, _ in self.listed(q, c)]
            named += [n for o, oc in self.sentence_siblings(c) for n, _, _ in self.listed(o, oc)]
            return frozenset(id(q) for q in c.quantities if any(_same_figure(q, n) for n in named))
        return self._get("named replaced", c, make)


def _figure_day(q: Quantity, claim: Claim, published: date) -> date | None:
    """The day the figure's own clause dates it to after the figure ("reached 41C in the
    area on Tuesday"; not "said on Thursday that ... 71%", the day it was said), the latest
    such weekday up to the article's date; None when it names none."""
    clause = clause_around(q, claim)
    m = ON_WEEKDAY.search(clause, clause.find(q.surface) + len(q.surface))
    if not m:
        return None
    return published - timedelta(days=(published.weekday() - WEEKDAYS.index(m.group(1).lower())) % 7)


# "joined Friday's march", "in Sunday's race": the day of the event the figure counts,
# named as the event's own (p19).
WEEKDAY_EVENT = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")['’]s\s+[a-z]", re.IGNORECASE)


def _event_day(q: Quantity, claim: Claim, published: date) -> date | None:
    """The day the figure's own clause names, after the figure, as its event's ("joined
    Friday's march"): the latest such weekday up to the article's date; None when none."""
    clause = clause_around(q, claim)
    m = WEEKDAY_EVENT.search(clause, clause.find(q.surface) + len(q.surface))
    if not m:
        return None
    return published - timedelta(days=(published.weekday() - WEEKDAYS.index(m.group(1).lower())) % 7)


def _dated_after_other_article(qa: Quantity, a: ClaimRef, qb: Quantity, b: ClaimRef, facts: _Facts) -> bool:
    """One figure's clause names its event by a day ("About 600 people joined Friday's
    march") after the other's article was published ("Police put the crowd at about
    4,000", Thursday's paper): the other cannot be telling of that event; two protests,
    races or counts of one story, not two counts of one. Only the event named by its day:
    a figure's "on Friday" as well cost two closed-set conflicts (p19)."""
    for q, ref, other_ref in ((qa, a, b), (qb, b, a)):
        if ref.published is None or other_ref.published is None or ref.published <= other_ref.published:
            continue
        day = _event_day(q, ref.claim, ref.published)
        if day is not None and day > other_ref.published:
            return True
    return False


def _named_days_differ(qa: Quantity, a: ClaimRef, qb: Quantity, b: ClaimRef, facts: _Facts) -> bool:
    """Both figures' own clauses name a day, and not the same day: "temperatures reached
    41C on Tuesday" and "could reach 38C on Thursday" are figures of two days (n9)."""
    if a.published is None or b.published is None:
        return False
    day_a, day_b = facts.day(qa, a.claim, a.published), facts.day(qb, b.claim, b.published)
    return day_a is not None and day_b is not None and day_a != day_b


# "up from 58%", "down from about 1,200", "compared with 4.1%": the figure a change is
# measured from, an earlier value, not a rival of the figure now (n9).
BASELINE_BEFORE = re.compile(
    r"\b(?:(?:up|down|rising|falling|rose|fell|climbing|dropping)\s+from|compared\s+(?:with|to))\s+"
    r"(?:(?:just|only|about|around|roughly|some|nearly|almost|over|under|more\s+than|less\s+than|fewer\s+than)\s+)*$",
    re.IGNORECASE)


# (nf44) ... or a first reckoning a later one replaced: "the original budget for the bridge
# had been €1.3 billion", "an initial estimate of 400", "was originally priced at", "the
# previous forecast of 2.1%": the value a cost or count was first put at, set beside where
# it stands now. Read over `FIRST_RECKONING_CHARS` before the figure, no clause word between
# the noun and its verb.
FIRST_RECKONING_BEFORE = re.compile(
    r"(?:\b(?:original|initial|previous|earlier)\s+(?:budget|estimate|forecast|costing|projection|price(?:\s+tag)?|"
    r"figure|valuation)s?\s+(?:(?!(?:and|but|while|which|that|said|says)\b)[\w'’-]+\s+){0,5}?"
    r"(?:had\s+been|has\s+been|was|were|of|at|is|put\s+at|stood\s+at)\s+"
    r"|\b(?:original|initial|previous|earlier)\s+(?:budget|estimate|forecast|costing|projection|figure|valuation)s?\s+of\s+"
    r"|\boriginally\s+(?:[a-z]+\s+){0,3}?(?:at|of|cost|be)\s+)"
    r"(?:(?:just|only|about|around|roughly|some|nearly|almost|over|under|more\s+than|less\s+than|fewer\s+than)\s+)*$",
    re.IGNORECASE)
FIRST_RECKONING_CHARS = 80


# "were down by roughly 300,000", "rose 8%", "fell by 9%": the figure is a change, not
# the level it changed; "rose to 12" is the level. Verbs that also name an act done to a
# count ("cut 300 jobs", "reduced its staff by 40") are left out: those figures count the
# act (p11).
CHANGE_BEFORE = re.compile(
    r"\b(?:up|down|rose|risen|rise|rises|rising|fell|fallen|fall|falls|falling|increased|decreased|dropped|"
    r"declined|grew|grown|climbed|jumped|slumped|dipped)\s+(?:by\s+)?"
    r"(?:(?:just|only|about|around|roughly|some|nearly|almost|over|under|more\s+than|less\s+than|fewer\s+than)\s+)*$",
    re.IGNORECASE)


def _is_change(q: Quantity, claim: Claim) -> bool:
    """The figure is the size of a change ("down by roughly 300,000"): only compared with
    another change, not with the level ("normally carries about 450,000") (p11). (r99) A
    percentage of a rise noun ("its average premium rise in 2025 was 14%", `_kind`) is a
    change too."""
    return bool(CHANGE_BEFORE.search(_before_figure(q, claim, 40))
                or (q.unit == "percent" and _kind(q) is not q.kind))


# (g53) ... or the record a figure beat: "eclipses the club's previous record of £21m",
# "The previous record, £21m for a defender": an earlier high mark of another deal or
# season, not a rival of the figure the story reports now.
PREVIOUS_RECORD_BEFORE = re.compile(
    r"\b(?:previous|former|old|earlier|last)\s+(?:[a-z]+\s+)?records?(?:\s+(?:of|was|had\s+been|stood\s+at|at)\s+|\s*,\s*)"
    r"(?:(?:just|only|about|around|roughly|some|nearly|almost|over|under|more\s+than|less\s+than|fewer\s+than)\s+)*$",
    re.IGNORECASE)


@cache
def payee_pattern() -> re.Pattern[str]:
    """A go-between of claims/data/conflict_payee_nouns.txt ("agent", "broker") followed,
    within its clause, by a word of being paid ("'s fee", "will receive", "would be paid")
    (g53). (r55) The go-between must own the payment: a possessive ("the agent's fee",
    "agents' commission") or the subject of receiving / being paid within three words ("His
    agent will receive", "the agent said he would be paid"), a name in apposition between ("The
    agent, Ignatius Kittering, said he would be paid"). Any agent within 90 characters
    before a "paid" / "gets" / "took" was enough before, so "figures from local estate
    agents showed buyers paid an average of £310,000" made a house price an agent's cut: an
    active "paid" is paid by its subject, and "gets" / "took" are dropped."""
    nouns = "|".join(re.escape(w) for w in data_lines("conflict_payee_nouns.txt"))
    aux = r"(?:will|would|could|should|may|might|can|is|are|was|were|be|been|being|has|have|had|to|also|then|now|still)"
    received = (rf"(?:{aux}\s+)*(?:receiv(?:e|es|ed|ing)|earn(?:s|ed|ing)?|"
                rf"(?:be|been|being|is|are|was|were|get|gets|got|getting)\s+paid)")
    named = r"(?:\s*,\s*(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}\s*,)?"  # "His agent, Ignatius Kittering,"
    return re.compile(rf"\b(?:{nouns})(?:s['’]|['’]s)\s+(?:[a-z-]+\s+)?(?:fees?|commission|cut|payment)\b"
                      rf"|\b(?:{nouns})s?{named}\s+(?:(?!{aux}\b)[a-z-]+\s+){{0,3}}?{received}\b", re.IGNORECASE)


def _paid_to_go_between(q: Quantity, claim: Claim) -> bool:
    """The figure is what a go-between is paid ("the agent's fee was £2.1m", "His agent ...
    will receive a fee of £4m", "the agent ... said he would be paid less than £3m"): a
    cut of a deal, not the deal's own size, which the same story also calls a fee (g53)."""
    return bool(payee_pattern().search(_before_figure(q, claim, PAYEE_CHARS)))


PAYEE_CHARS = 90


# (e54) "cut its staff from 31 to 22", "raised the fee from £40 to £55": the figure after
# "from" with a figure "to" right after it is the state before the change, not a rival of
# another party's count now.
FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:(?:just|only|about|around|roughly|some|nearly|almost|over|under|more\s+than|"
    r"less\s+than|fewer\s+than)\s+)*$", re.IGNORECASE)
TO_AFTER = re.compile(
    r"^\s+to\s+(?:(?:just|only|about|around|roughly|some|nearly|almost|over|under|more\s+than|"
    r"less\s+than|fewer\s+than)\s+)*[£$€]?\d", re.IGNORECASE)


def _from_in_a_change(q: Quantity, claim: Claim) -> bool:
    """(e54) The X of "from X to Y" (`FROM_BEFORE`, `TO_AFTER`)."""
    if not FROM_BEFORE.search(_before_figure(q, claim, 40)):
        return False
    after = _after_figure(q, claim, len(q.surface) + 40)
    return after.startswith(q.surface) and bool(TO_AFTER.match(after[len(q.surface):]))


def _is_baseline(q: Quantity, claim: Claim) -> bool:
    return bool(BASELINE_BEFORE.search(_before_figure(q, claim, 40))
                or FIRST_RECKONING_BEFORE.search(_before_figure(q, claim, FIRST_RECKONING_CHARS))
                or PREVIOUS_RECORD_BEFORE.search(_before_figure(q, claim, 40))
                or _from_in_a_change(q, claim))


POSSESSIVE_OWNER = re.compile(r"\b([a-z][\w-]*)(?:['’]s|s['’])(?=\s)")


def _possessive_stems(sentence: str) -> frozenset[str]:
    """(g62) Stems of the lower-case words a sentence writes as owners ("the council's",
    "the unions'")."""
    return frozenset(s for m in POSSESSIVE_OWNER.finditer(sentence) for s in topic_stems(m.group(1)))


# (g62) Prepositions that put a count's thing in a circumstance ("people dying in fire",
# "patients treated at the hospital"), after its head: not "of" or "for", which often name
# the counted thing itself ("number of cases", "claims for compensation"). (m85) "by" names
# the doer or cause ("23 people killed by the ferry" / "nine ferries"): people are no ferries.
CIRCUMSTANCE_PREPOSITION = re.compile(r"\b(?:in|at|on|during|after|inside|near|from|by)\b")


def _apart_heads_shared_words(qa: Quantity, qb: Quantity, facts: _Facts
                              ) -> tuple[frozenset[str], frozenset[str], frozenset[str]] | None:
    """Two measures whose heads differ yet which share words: where a head may count the
    other's modifier or circumstance (`_counted_in_the_other`, `_head_against_modifier`).
    Their heads and shared stems, or None."""
    ha, hb = facts.head(qa), facts.head(qb)
    if not (ha and hb) or not ha.isdisjoint(hb):
        return None
    shared = facts.measure(qa) & facts.measure(qb)
    return (ha, hb, shared) if shared else None


def _counted_in_the_other(qa: Quantity, qb: Quantity, facts: _Facts) -> bool:
    """(g62) Two counts whose measures meet only where one names its counted thing and
    the other the circumstance its own thing is counted in ("linked 37 fires" / "Three
    people died in those fires": measures "fire" / "people dying in fire"): people who
    died in fires are not fires. Two heads that meet ("37 fires" / "fires in the area")
    are left compared."""
    met = _apart_heads_shared_words(qa, qb, facts)
    if met is None:
        return False
    ha, hb, shared = met
    for head, other in ((ha, qb), (hb, qa)):
        m = CIRCUMSTANCE_PREPOSITION.search(other.measure or "")
        if m and shared <= head and shared <= _widen(topic_stems(other.measure[m.end():])):
            return True
    return False


@memoised_per_text
def _capitalised_stems(sentence: str) -> frozenset[str]:
    """Stems of the words a sentence writes capitalised, but for its first word and words
    it also writes in lower case: its names."""
    words = re.findall(r"[\w'’-]+", sentence)
    lower = {w.lower() for w in words if w[:1].islower()}
    return frozenset(s for k, w in enumerate(words) if k > 0 and w[:1].isupper() and w.lower() not in lower
                     for s in topic_stems(w))


def _same_measure(qa: Quantity, a: Claim, qb: Quantity, b: Claim, matter: float, facts: _Facts,
                  outlets: frozenset[str] = frozenset(), one_act: bool = False) -> bool:
    """Whether two figures of one unit and rate measure the same thing: their measures
    share a stem (or synonym); or the head of one measure is named in the other claim's
    words (for counts, of which a story has many: each in the other's), or the two
    sentences share most rare words; or their clauses name one event ("evacuated" / "forced
    from their homes"). Figures naming disjoint entities or events, stating different
    scopes ("worldwide"), or playing different roles (a target, an increment, a part
    against its whole) are not comparable."""
    # (f27) An age is no duration: "people aged 65 and over" / "over the six years" are
    # both in years, but one says how old, the other how long.
    if (qa.measure == "age" or _age_in_commas(qa, a) or _age_bound(qa, a)) != \
            (qb.measure == "age" or _age_in_commas(qb, b) or _age_bound(qb, b)):
        return False
    if _population(qa, a) != _population(qb, b):
        return False
    if facts.unit_size(qa, a) != facts.unit_size(qb, b):  # "a family of four" / "37 families" (n60)
        return False
    if _two_ballot_bases(qa, a, qb, b) or _distance_against_size(qa, a, qb, b):
        return False
    if _outcomes_apart(qa, a, qb, b, facts):  # 11% led to an arrest / 83% found nothing (n57)
        return False
    if _share_bases_apart(qa, a, qb, b, facts):  # of applicants from elsewhere / from the county (n62)
        return False
    if _frequency(qa, a) != _frequency(qb, b) and not (_occasions_of_the_count(qa, a, qb)
                                                       or _occasions_of_the_count(qb, b, qa)):
        return False  # searched four times / 40 search records (n57)
    if facts.role(qa, a) != facts.role(qb, b) or _part_against_whole(qa, a, qb, b, facts):
        return False
    if _part_of_named_group(qa, a, qb, b, facts) or _other_sides(qa, a, qb, b):
        return False
    if _is_margin(qa, a) != _is_margin(qb, b):
        return False
    if facts.baseline(qa, a) != facts.baseline(qb, b) or facts.change(qa, a) != facts.change(qb, b):
        return False
    if _paid_to_go_between(qa, a) != _paid_to_go_between(qb, b):  # an agent's cut / the deal (g53)
        return False
    if _extreme(qa, facts) != _extreme(qb, facts) or _answers_the_part(qa, a, qb, b, facts):
        return False
    if facts.singled_out(qa, a) != facts.singled_out(qb, b):
        return False
    if facts.gain_or_loss(qa, a) * facts.gain_or_loss(qb, b) < 0:  # "create 150 jobs" / "cost 650 jobs"
        return False
    if facts.provided_or_used(qa, a) * facts.provided_or_used(qb, b) < 0:  # "set aside £2.4m" / "spent £900,000"
        return False
    events_a, events_b = facts.events(qa, a), facts.events(qb, b)
    if events_a and events_b and events_a.isdisjoint(events_b):
        return False
    if _acts_apart(qa, a, qb, b, facts):
        return False
    if _timed_from_apart(a, b):
        return False
    if _sampled(qa, a) != _sampled(qb, b):
        return False
    if _informants(qa, a) != _informants(qb, b):
        return False
    if _ordinal_part(qa, a) != _ordinal_part(qb, b):  # (n87) "the first two aircraft" / "11 aircraft"
        return False
    if _component_unnamed(qa, a, b) or _component_unnamed(qb, b, a):  # (n87) "Legacies accounted for £1.9m"
        return False
    if _running_against_span(qa, a, qb, b, facts):  # (n87) "since it began" / "in the year to March"
        return False
    if _kinds_of_one_head(qa, qb):
        return False
    if _variant_of_plain(qa, qb, b, a) or _variant_of_plain(qb, qa, a, b):  # (m85) core inflation / inflation
        return False
    if qa.unit == "count" and _stand_in(qa) != _stand_in(qb):  # (r66) 12 temporary laboratories / 16 laboratories
        return False
    if ((_share_threshold(qa, a) and not _bounded(qb, b)) or (_share_threshold(qb, b) and not _bounded(qa, a))):
        return False  # (r66) 3% sold for more than £150 / from £45; not against "within four miles"
    if qa.unit == "percent" and _charged_rate(qa) != _charged_rate(qb):  # (g65) a fee of 12% / 5% of tickets
        return False
    if _synonym_in_other_sense(qa, a, qb, b):  # (r60) 1,200 pupils / 300 university students
        return False
    if qa.unit == "count" and matter < LOOSE_MATTER and _head_against_modifier(qa, qb, facts):  # (n60)
        return False
    if qa.unit == "count" and _counted_in_the_other(qa, qb, facts):  # (g62)
        return False
    ma, mb = facts.measure(qa, a), facts.measure(qb, b)
    if _changes_of_two_measures(qa, a, qb, b, facts):
        return False
    shared = ma & mb
    # (c9) A "measure" that is only a name ("the £35 million Kessington paid" / "Kessington
    # agreed a fee of £42m") says who, not what is measured: it ties no two figures.
    if shared and shared <= _capitalised_stems(a.sentence) & _capitalised_stems(b.sentence):
        shared = frozenset()
    # (g62) Nor does a common noun both sentences write as an owner ("the council's
    # commercial property portfolio, which cost £420m" / "The council's usable reserves
    # stand at £9m"): whose, not what; a portfolio is no reserve.
    if shared and shared <= _possessive_stems(a.sentence) & _possessive_stems(b.sentence):
        shared = frozenset()
    if shared and _met_through_a_third(qa, a, qb, b):
        shared = frozenset()
    # (n20) An event ties two figures only when it is the act of both, or the circumstance
    # of both: "700 nurses walked out" and "610 procedures were postponed during the
    # walkout" name the strike in two relations.
    met_events = frozenset(e for e in events_a & events_b
                           if (e in facts.circumstances(qa, a)) == (e in facts.circumstances(qb, b)))
    same_measure = bool(shared) or bool(met_events)
    if same_measure and not met_events and bool(events_a) != bool(events_b) and _only_synonyms(qa, a, qb, b):
        # "the crowd at 12,000" / "80 protesters were arrested": measures met only through
        # a synonym, one of them counting those an event befell, are a whole and a part (n9).
        return False
    if same_measure and rate_base(qa.per) and _subgroup_met_apart(qa, a, qb, b, facts):
        return False
    if not same_measure:
        # The measured thing itself (the head of "relief fund for farmers" is "fund"), in
        # the other claim's own words: its sentence may hold other figures and measures.
        # A story has many counts: theirs must share the measure itself, or each claim's
        # own words name the other's ("recorded 2,340 burglaries" / "burglaries recorded
        # by police ... at 3,100"); a sentence holding other figures is not enough.
        if qa.unit != "count":
            # (a name read as the measured thing, "Kessington", names nothing measured)
            same_measure = (bool((facts.head(qa) - _capitalised_stems(a.sentence)) & facts.own_text(qb, b))
                            or bool((facts.head(qb) - _capitalised_stems(b.sentence)) & facts.own_text(qa, a))
                            or (matter >= COMPARED_MATTER and not _measured_apart(qa, a, qb, b, facts)))
        else:
            # ... or one measure names the act the other figure counts ("evicted 6,400
            # households" / "3,800 evictions": the verb right before the figure).
            same_measure = (_measure_in_text(ma, qb, b, qa, facts) and _measure_in_text(mb, qa, a, qb, facts)
                            or _head_names_act(qb, qa, a, facts) or _head_names_act(qa, qb, b, facts)
                            or _head_named_across(qa, a, qb, b, matter, facts)
                            or _noun_left_out(qa, a, qb, b) or _noun_left_out(qb, b, qa, a))
        # (m62) ... or the two figures are counted under one act in two articles telling
        # the story closely (the caller's `one_act`).
        same_measure = same_measure or one_act
        # "just under 24,000, far below the club's figure": a figure set against another's
        # measures what the other does, when the two sentences are about one matter.
        same_measure = same_measure or (matter >= COMPARED_MATTER and (facts.compared(a) or facts.compared(b)))
    # A measure read from "the number of X was" is loose: the other figure's own head must
    # be named in that claim too ("38,000 teaching posts" is not a number of teachers).
    for q, this, loose in ((qa, b, qb), (qb, a, qa)):
        if q.measure and not loose.measure and facts.measure(loose, this):
            same_measure = same_measure and bool(facts.head(q) & facts.text(this))
    if not same_measure or (_scopes_differ(qa, a, qb, b, facts) and not _wider_count_below(qa, a, qb, b, facts)
                            and not _lists_its_part(qa, a, qb, b, facts)):
        return False
    if _opening_area_unnamed(qa, a, qb, b):
        return False
    if facts.total(qa, a) != facts.total(qb, b) and not _part_exceeds_total(qa, a, qb, b, facts):
        return False
    if facts.moment(qa, a) != facts.moment(qb, b):
        return False
    if facts.stock(qa, a) != facts.stock(qb, b) and not _possessors_figure(qa, a) and not _possessors_figure(qb, b):
        return False  # (fxV) "The council's figure is 140" is whatever the rival count was
    pa, pb = facts.period(qa, a), facts.period(qb, b)
    if pa and pb and pa != pb and _period_grain(pa) == _period_grain(pb) and not _year_two_ways(pa, pb):
        return False
    if _care_of_some(qa, a, qb, b):
        return False
    return not _about_other_entities(qa, a, qb, b, facts, outlets)


def _measure_in_text(measure: frozenset[str], q: Quantity, claim: Claim, other: Quantity, facts: _Facts) -> bool:
    """(o65) `measure` (that of `other`, another claim's figure) is named in `claim`'s words,
    not only as the measure of a figure of `claim` beside `q` that agrees with `other`: in
    "The university employs roughly 4,200 staff and has about 19,000 students", "staff" is
    what 4,200 counts, and ties 19,000 students to no "4,180 staff" of another claim (that
    pair is 4,200's, and agrees). A sibling figure that disagrees ("310 reports of liver
    reactions, including 14 patients" against "about 1,100 patients") or is set aside ("not
    the 1,450") still lets its words name the other's measure."""
    named = measure & facts.text(claim)
    if not named:
        return False
    wanted = interval(other, SIBLING_TOLERANCE)
    siblings = frozenset(s for o in claim.quantities if o is not q and o.value is not None and o.unit == other.unit
                         and _meets(interval(o, SIBLING_TOLERANCE), wanted) and not is_negated(o, claim)
                         for s in facts.measure(o))
    return bool(named - (siblings - facts.measure(q, claim)))


# (o65) The rounding a sibling figure and the other claim's may differ by and still agree.
SIBLING_TOLERANCE = 0.05


def _meets(x: tuple[float, float] | None, y: tuple[float, float] | None) -> bool:
    return x is not None and y is not None and x[0] <= y[1] and y[0] <= x[1]


# (p49) An age told in commas after a relative pronoun: "the animal, which was 14, died",
# "the driver, who is 71, said". The figure carries no unit, so the extractor reads a count.
AGE_IN_COMMAS_BEFORE = re.compile(r"(\w+)\s*,\s*(who|which)\s+(?:is|was|had\s+been|would\s+have\s+been)\s+"
                                  r"(?:aged\s+)?$", re.IGNORECASE)
# (review of p49) "The death toll, which was 27, ..." is the count itself, not an age: a
# "which" after a word of a count or an amount.
COUNT_WORDS_BEFORE_WHICH = frozenset(
    "toll number total tally count figure figures rate sum score bill cost amount level turnout "
    "estimate majority margin".split())
AGE_IN_COMMAS_AFTER = re.compile(r"^(?:\s+years?\s+old)?\s*(?:,|\bwhen\b)", re.IGNORECASE)


# (s99) An age bound after a word for people: "the daily fee for a child under two", "riders
# aged under 18", "people over 65". The figure carries no unit, so the extractor reads a count.
AGE_BOUND_BEFORE = re.compile(r"\b(?:child|children|baby|babies|toddlers?|infants?|pupils?|students?|riders?|drivers?|"
                              r"people|persons?|adults?|boys?|girls?|patients?|users?|anyone|nobody|those)\s+"
                              r"(?:aged\s+)?(?:under|over|below|above)\s+$|\baged\s+(?:under\s+|over\s+)?$",
                              re.IGNORECASE)


def _age_bound(q: Quantity, claim: Claim) -> bool:
    """(s99) Whether a bare figure is an age bound of people ("a child under two", "aged
    under 18"): no count, to be set against "64 nurseries". Only a unitless whole number
    below 120 qualifies, with no counted thing of its own ("a child under two at its
    five nurseries" has none; "aged over 65 ... 40 people" keeps its 40)."""
    if q.unit not in (None, "count") or q.value is None or not (0 < q.value < 120) or q.value != int(q.value):
        return False
    start, _ = _sentence_offsets(q, claim)
    bound = re.match(r"(?:under|over|below|above)\s+", q.surface, re.IGNORECASE)
    before = claim.sentence[max(start - 40, 0):max(start, 0)] + (bound.group(0) if bound else "")
    return start > 0 and bool(AGE_BOUND_BEFORE.search(before))


def _age_in_commas(q: Quantity, claim: Claim) -> bool:
    """(p49) Whether a bare figure is someone's age set off in commas ("the animal, which was
    14, died of kidney disease"): no count, to be set against "19 animals had died" or "43
    animals died". Only a unitless whole number below 120 qualifies."""
    if q.unit not in (None, "count") or q.value is None or not (0 < q.value < 120) or q.value != int(q.value):
        return False
    start, end = _sentence_offsets(q, claim)
    if start < 0:
        return False
    m = AGE_IN_COMMAS_BEFORE.search(claim.sentence[max(start - 40, 0):start])
    if m is None or (m.group(2).lower() == "which" and m.group(1).lower() in COUNT_WORDS_BEFORE_WHICH):
        return False
    return bool(AGE_IN_COMMAS_AFTER.match(claim.sentence[end:end + 20]))


@cache
def unit_size_pattern() -> re.Pattern[str]:
    """(n60) "a family of four", "each crew of 14", "households of five or more": a noun of
    one unit (`conflict_unit_nouns.txt`) and "of" right before the figure."""
    units = "|".join(re.escape(w) for w in data_lines("conflict_unit_nouns.txt"))
    return re.compile(rf"\b(?:(?:a|an|one|each|every|per|any)\s+(?:[a-z-]+\s+){{0,2}}?(?:{units})|"
                      rf"(?:{units})(?:s|es)|famil(?:ies))\s+of\s+"
                      r"(?:(?:about|around|roughly|some|nearly|almost|just|over|under|more\s+than|fewer\s+than|"
                      r"less\s+than|at\s+least|up\s+to|only|as\s+many\s+as)\s+)*$", re.IGNORECASE)


def _unit_size(q: Quantity, claim: Claim) -> bool:
    """(n60) Whether the figure is the size of one unit told inside a noun phrase ("a family
    of four in a single hotel room", "each ferry sails with a crew of 14"): an attribute of
    the family or crew, no count of the story's families or staff, however the noun is
    shared ("37 families"). Only when the figure counts the unit itself (its measure's head
    is the unit noun, or no plural noun follows it): in "a team of 40 firefighters" the
    figure counts firefighters, a count of the story that may be another's rival. (The
    measure read for "a family of five in one bed and breakfast room" is "breakfast room":
    what follows the figure decides, not that reading.)"""
    if q.unit != "count":
        return False
    start, end = _sentence_offsets(q, claim)
    if start < 0:
        return False
    m = unit_size_pattern().search(claim.sentence[max(start - 50, 0):start])
    if not m:
        return False
    head = measure_head(q)
    return bool(head & topic_stems(m.group(0))) or not COUNTED_AFTER_SIZE.match(claim.sentence[end:end + 30])


# (n60) A plural noun right after the figure ("a team of 40 firefighters"): the figure
# counts it; "members", "adults", "persons" are the unit's own people. (r60) Capitalised
# words too ("40 Royal Marines", "12 MPs").
COUNTED_AFTER_SIZE = re.compile(r"^\s+(?:[A-Z][\w'’-]*\s+)*"
                                r"(?!(?:members|adults|persons|ones|others|years|weeks|days|months|hours)\b)"
                                r"[A-Za-z]+s\b")


# (n60) Below this share of rare words two sentences are met loosely (the default
# `numeric_matter`): a head against a modifier is then all that ties their counts.
LOOSE_MATTER = 0.2


def _head_against_modifier(qa: Quantity, qb: Quantity, facts: _Facts) -> bool:
    """(n60) Two counts whose measures meet only where one names its counted thing and the
    other a word before its own head ("38 charity shops" / "the 200 largest children's
    charities"; "400 new council homes" / "the region's 14 councils"; "1,400 families of
    children" / "2,000 children"): shops are no charities, homes no councils. Two heads
    that are one thing (as synonyms: "homes" / "houses") are left compared, and so are
    measures sharing a word before both heads ("310 serious liver reactions" / "96 liver
    cases"). Applied (in `_same_measure`) only to sentences met loosely (`LOOSE_MATTER`):
    a head can count its modifier one for one ("850,000 customer records" / "the records of
    600,000 customers", "1,240 bicycle thefts" / "2,050 bicycles were reported stolen",
    "900 job losses" / "1,400 jobs"), and such sentences share their other words."""
    met = _apart_heads_shared_words(qa, qb, facts)
    if met is None:
        return False
    ha, hb, shared = met
    for head, modifying in ((ha, qb), (hb, qa)):
        if shared <= head:
            return measure_head(modifying).isdisjoint(counting_head_stems())
    return False


@cache
def counting_head_stems() -> frozenset[str]:
    """(n60) Stems of heads that count their modifier one for one (conflict_counting_heads.txt)."""
    return frozenset(s for w in data_lines("conflict_counting_heads.txt") for s in topic_stems(w))


# (n70) An auxiliary, and adverbs that may stand between it and its verb, after a figure
# that is a clause's subject ("fewer than 100 have left", "260 installers have now left").
_SUBJECT_AUX = r"(?:have|has|had|were|was|are|is|will|would)"
# (cr71) Adverbs ("reportedly", "still") and a negation are skipped to reach the verb, so
# "have not left" is read as "left"; whether each side is negated is compared after.
_SUBJECT_ADVERBS = (r"(?:(?:now|since|already|also|so\s+far|been|all|actually|still|yet|not|never)\s+|"
                    + LY_ADVERB + r")*")
_SUBJECT_NEGATED = re.compile(r"\b(?:not|never)\b")
NOUNLESS_SUBJECT = re.compile(rf"^\s+{_SUBJECT_AUX}\s+{_SUBJECT_ADVERBS}([a-z]+)\b")
NOUNED_SUBJECT = re.compile(rf"^\s+((?:[a-z][\w-]*\s+){{1,2}}){_SUBJECT_AUX}\s+{_SUBJECT_ADVERBS}([a-z]+)\b")


def _noun_left_out(bare: Quantity, b: Claim, named: Quantity, a: Claim) -> bool:
    """(n70) A count with its noun left out, the subject of a verb ("The office says fewer
    than 100 have left"; the parse reads the verb as its measure), against a count whose
    noun is the subject of the same verb ("260 fitters have left the scheme"): the one act
    counted twice, the noun the first sentence named carried over. Only counts, only the
    verb right after the auxiliary on both sides, and only with the other's noun the
    measure it names: "100 have left" meets no "260 fitters have joined", nor "260 have
    left" with no noun on either side. The verbs are compared as written ("left", not the
    parse's "leave")."""
    if bare.unit != "count" or named.unit != "count" or not named.measure:
        return False
    m_bare = NOUNLESS_SUBJECT.match(_after_figure(bare, b, len(bare.surface) + 50)[len(bare.surface):])
    m_named = NOUNED_SUBJECT.match(_after_figure(named, a, len(named.surface) + 60)[len(named.surface):])
    if not m_bare or not m_named or stem(m_bare.group(1)) != stem(m_named.group(2)):
        return False
    if bool(_SUBJECT_NEGATED.search(m_bare.group(0))) != bool(_SUBJECT_NEGATED.search(m_named.group(0))):
        return False  # (cr71) "260 have left" / "fewer than 100 have not left": two acts
    return stem(named.measure.split()[-1].lower()) in {stem(w) for w in m_named.group(1).split()}


def _head_names_act(counted: Quantity, acting: Quantity, claim: Claim, facts: _Facts) -> bool:
    """Whether the thing one count counts (its measure's head) is the act right before the
    other figure ("3,800 evictions" / "evicted 6,400 households", "fewer than 500 repaired
    holes" / "had repaired 1,200 potholes"). (n60) Only the measure's words before its first
    preposition, the counted thing and its modifiers: a place after "in" names no act
    ("30,000 people in the county" / "had counted about 14,000 premises": "county" and
    "counted" share a stem)."""
    return bool(facts.head_phrase(counted) & facts.act(acting, claim))


@cache
def population_pattern() -> re.Pattern[str]:
    """(p49) "a village of about 340 people", "a town of 12,000 residents", "a population
    of 8,000": the words right before the figure that make it the size of a place."""
    places = "|".join(re.escape(w) for w in data_lines("conflict_settlement_nouns.txt"))
    return re.compile(rf"(?:\b(?:{places})e?s?\s+of|\bpopulation\s+(?:of|is|was|stands\s+at))\s+"
                      r"(?:(?:about|around|roughly|some|nearly|almost|just|over|under|more\s+than|fewer\s+than|"
                      r"less\s+than|barely|only|approximately)\s+)*$", re.IGNORECASE)


POPULATION_AFTER = re.compile(r"^\s*(?:people|residents|inhabitants|souls|villagers|households)\b", re.IGNORECASE)


def _population(q: Quantity, claim: Claim) -> bool:
    """(p49) Whether the figure is a place's population ("Residents of Harrowgill, a village of
    about 340 people, said"): the size of a place is no count of those who objected,
    signed or turned out there, however the counted noun ("people") is shared."""
    start, end = _sentence_offsets(q, claim)
    if start < 0:
        return False
    before = claim.sentence[max(start - 60, 0):start]
    if not population_pattern().search(before):
        return False
    return "population" in before.lower()[-30:] or bool(POPULATION_AFTER.match(claim.sentence[end:end + 20]))


# (p49) The base a share of a ballot is taken of, written right after the figure: those who
# voted ("81% of those who voted", "62% of votes cast", "of voters") or all who could
# ("fewer than half of the union's members", "47% of members", "of the electorate").
BALLOT_CAST_BASE = re.compile(r"^\s*(?:%|per\s?cent)?\s*of\s+(?:all\s+|the\s+)?(?:those\s+(?:who\s+)?(?:voted|voting)|"
                              r"(?:the\s+)?votes?\s+cast|voters\b(?!\s+who\s+could)|ballots?\s+(?:cast|returned)|"
                              r"the\s+vote\b|valid\s+votes)", re.IGNORECASE)
BALLOT_ALL_BASE = re.compile(r"^\s*(?:%|per\s?cent)?\s*of\s+(?:(?:all|the|its|their|eligible)\s+|[\w'’-]+['’]s?\s+)*"
                             r"(?:members|membership|electorate|eligible\s+voters|registered\s+voters|"
                             r"those\s+(?:eligible|entitled)\s+to\s+vote)\b", re.IGNORECASE)


# A turnout ("on a turnout of 58%", "a 58% turnout"): the share of all who voted at all.
TURNOUT_BEFORE = re.compile(r"\bturnout\s+(?:of|was|is|at|stood\s+at|reached)\s+(?:just\s+|only\s+|about\s+|around\s+|"
                            r"nearly\s+|almost\s+)?$", re.IGNORECASE)
TURNOUT_AFTER = re.compile(r"^\s*(?:%|per\s?cent)?\s*turnout\b", re.IGNORECASE)
# A share of voters or members that voted at all ("of registered voters cast a ballot",
# "of members turned out"), not for a side ("voted for this action").
TURNOUT_VERB = re.compile(r"^\s*(?:had\s+|have\s+|has\s+)?(?:cast\s+(?:a\s+|their\s+)?(?:ballots?|votes?)|voted|turned\s+out|"
                          r"took\s+part)\b(?!\s+(?:for|against|in\s+favour|in\s+support|to|on\s+whether|yes|no|remain|leave|with)\b)",
                          re.IGNORECASE)


def _ballot_base(q: Quantity, claim: Claim) -> str | None:
    """(p49) "cast" for a share of the votes cast, "all" for a share of all who could vote
    for a side, "turnout" for the share who voted at all; None when the figure names none."""
    start, end = _sentence_offsets(q, claim)
    if start < 0:
        return None
    after = claim.sentence[end:end + 60]
    if TURNOUT_BEFORE.search(claim.sentence[max(start - 40, 0):start]) or TURNOUT_AFTER.match(after):
        return "turnout"
    m = BALLOT_CAST_BASE.match(after) or BALLOT_ALL_BASE.match(after)
    if m is None:
        return None
    if TURNOUT_VERB.match(after[m.end():]):
        return "turnout"  # "33% of registered voters cast a ballot" is a turnout
    return "cast" if m.re is BALLOT_CAST_BASE else "all"


def _two_ballot_bases(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """(p49) One share is of those who voted ("81% of those who voted backed strike action"),
    the other of every member ("fewer than half of the union's members had supported a
    strike", "Only 47% of members voted for this action"): two measures of one ballot,
    which a low turnout reconciles, not rival counts; a turnout is a third measure."""
    ba, bb = _ballot_base(qa, a), _ballot_base(qb, b)
    return ba is not None and bb is not None and ba != bb


# (n57) A share of one base told by the outcome it is OF: "11% of searches had led to an
# arrest", "in 83% of searches nothing was found", "Weapons were found in about 4% of
# searches", "31% of searches had a positive outcome". The clause after the figure (and
# for "in N% of", the clause before "in") up to its end; a comma, semicolon, colon, bracket
# or a conjunction ends it (quotes do not: '"positive outcome"' is the outcome).
SHARE_CLAUSE_END = re.compile(r"[,;:.!?()]|\s(?:and|but|while|whereas|although|though|compared|against|than)\s"
                              r"|\s[-–—]\s", re.IGNORECASE)
SHARE_OF_AFTER = re.compile(r"^\s*(?:%|per\s?cent)?\s+of\b", re.IGNORECASE)
SHARE_IN_BEFORE = re.compile(r"\bin\s+(?:(?:only|just|about|around|roughly|some|nearly|almost|over|under|"
                             r"more\s+than|fewer\s+than|less\s+than)\s+)*$", re.IGNORECASE)
SHARE_IN_WORDS = re.compile(r"^\s*(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out\s+of)\s+",
                            re.IGNORECASE)
SHARE_UNITS_OF_BASE = frozenset({"percent", "fraction"})
SHARE_BASE_WORDS = re.compile(r"[\w'’-]+")
def negator_pattern(*words: str) -> str:
    """(r59) A negator as a regex: one of `words` as a whole word, or a clipped "n't"
    ("hasn't", "didn't"). The "n't" goes without a leading word boundary: it follows its
    verb's letters, so "\\bn't" could never match."""
    return r"(?:\b(?:" + "|".join(words) + r")\b|n['’]t\b)"


SHARE_NEGATOR = re.compile(negator_pattern("no", "not", "nothing", "none", "never", "without"), re.IGNORECASE)
NEGATED_OUTCOME = "<not>"  # marks an outcome told as absent ("nothing was found")
SHARE_LINK_REACH = 5  # words after "of" and its determiners: "of all stop and search encounters had"
# (r59) The base's noun phrase may hold "and" ("stop and search encounters"): it ends at
# punctuation or another conjunction only; the outcome after the linking verb still ends
# at " and ".
SHARE_BASE_END = re.compile(r"[,;:.!?()]|\s(?:but|while|whereas|although|though|compared|against|than)\s"
                            r"|\s[-–—]\s", re.IGNORECASE)
# (r59) Determiners opening the base ("of all searches", "of the searches"): left out
# before the linking verb is looked for, as "all" and "at" are linking words too.
SHARE_BASE_DETERMINERS = frozenset({"all", "the", "those", "these", "its", "their", "every", "each", "any"})


@cache
def share_link_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in data_lines("conflict_share_link_words.txt"))


def _share_outcome(q: Quantity, claim: Claim, facts: _Facts) -> frozenset[str]:
    """(n57) What a share of a base is a share OF, as stems: "11% of searches had led to an
    arrest" -> arrest; "in 83% of searches nothing was found" -> nothing; "Weapons were
    found in about 4% of searches" -> weapon. Read only where the outcome is told of the
    base: the share is the subject of a linking verb right after its base ("of searches had
    ...", "one in four searches leads to ..."), or the place of an outcome ("in N% of
    searches"). Empty otherwise ("will receive 10% of any future profit on the player": the
    share is an object; "11% do"; "31%, the force said"). The base (the figure's measure as
    named after "of"), linking verbs (conflict_share_link_words.txt) and function words are
    left out."""
    if q.unit not in SHARE_UNITS_OF_BASE:
        return frozenset()
    start, end = _sentence_offsets(q, claim)
    sentence = claim.sentence
    after = sentence[max(end, 0):]
    if not (SHARE_OF_AFTER.match(after) or SHARE_IN_WORDS.match(q.surface)):
        return frozenset()
    clause = SHARE_CLAUSE_END.split(after, maxsplit=1)[0]
    words = SHARE_BASE_WORDS.findall(SHARE_OF_AFTER.sub("", clause, count=1))
    # (r59) For the linking-verb reading: the words after "of" up to the base's own end
    # ("stop and search encounters had led to an arrest"), opening determiners left out
    # ("of all searches had led to an arrest": "all" is no linking verb here).
    phrase = SHARE_BASE_WORDS.findall(SHARE_OF_AFTER.sub("", SHARE_BASE_END.split(after, maxsplit=1)[0], count=1))
    while phrase and phrase[0].lower() in SHARE_BASE_DETERMINERS:
        phrase = phrase[1:]
    # The base: the figure's measure as named in the first words after "of" ("searches"),
    # not all of it: the measure reader may have taken the outcome in ("search lead to arrest").
    measure = facts.measure(q, claim) | topic_stems(q.measure or "")
    base = measure & _widen(topic_stems(" ".join(phrase[:3])))
    before = sentence[:max(start, 0)]
    opening = SHARE_IN_BEFORE.search(before)
    if opening:
        told = SHARE_CLAUSE_END.split(before[:opening.start()])[-1] + " " + " ".join(words)
    else:
        link = next((i for i, w in enumerate(phrase[:SHARE_LINK_REACH]) if stem(w) in share_link_stems()), None)
        if link is None or not base & _widen(topic_stems(" ".join(phrase[:link]))):
            return frozenset()
        told = SHARE_CLAUSE_END.split(" ".join(phrase[link:]), maxsplit=1)[0]
    outcome = frozenset(s for s in _widen(topic_stems(told)) - base - share_link_stems() if not s.isdigit())
    return outcome | {NEGATED_OUTCOME} if outcome and SHARE_NEGATOR.search(told) else outcome


# (n62) A group opening the share's clause: "Among nurses, 47% had been vaccinated", "Of
# applicants from the county, 62% received an offer", "and among doctors 66%".
SHARE_GROUP_BEFORE = re.compile(r"(?:^|[,;:]\s*|\band\s+|\bwhile\s+|\bbut\s+)[\W_]*(?:among|amongst|of)\s+"
                                r"(?P<np>[^,;:.!?()]+?)\s*,?\s*(?:(?:only|just|about|around|roughly|some|nearly|"
                                r"almost|over|under|more\s+than|fewer\s+than|less\s+than)\s+)*$", re.IGNORECASE)
SHARE_GROUP_REACH = 8
SHARE_WHOLE_DETERMINERS = frozenset({"all", "every", "each"})
SHARE_WHOLE = "<all>"


@cache
def share_base_stops() -> frozenset[str]:
    return data_words("conflict_share_base_stops.txt")


@cache
def contact_clause_openers() -> frozenset[str]:
    return data_words("conflict_contact_clause_openers.txt")


@cache
def share_base_prepositions() -> frozenset[str]:
    return data_words("conflict_share_base_prepositions.txt")


def _contact_clause_opens(before: str, word: str) -> bool:
    """(n72) Whether `word`, right after `before` in a share's group, opens a relative
    clause with no "that": a determiner, a pronoun or a name after a lowercase noun of the
    group ("a quarter of the water the company put into its pipes", "90% of the sailings
    we cancelled", "of the water Tamberline put into supply") is the clause's subject, and
    the clause restates the group rather than narrowing it: the group is "water", and
    "12% of the water put into supply" is a share of the same group. After a preposition,
    a conjunction or a determiner the word goes on with the group ("of pupils in the
    county", "of all the homes", "of staff at Larchmoor")."""
    low = before.lower()
    if not before[:1].islower() or low in share_base_prepositions() or low in contact_clause_openers():
        return False
    if low in SHARE_BASE_DETERMINERS or low.endswith(("'s", "’s")):
        return False
    return word.lower() in contact_clause_openers() or word[:1].isupper()


def _share_group(q: Quantity, claim: Claim) -> tuple[frozenset[str], frozenset[str]]:
    """(n62) Stems of the group a share is OF, as its own sentence words it: the noun group
    after "N% of" ("48% of applicants from elsewhere in the country had ...") or a group
    opening its clause ("Among disadvantaged pupils, 44% met the standard", "Of applicants
    from the county, 62% ..."), up to a verb, a relative word or a clause's end
    (`conflict_share_base_stops.txt`). Names are left out: "five-year-olds in Brenmoor" and
    "five-year-olds in the county" may be one group. Empty for a share of no group told.
    (n72) Returned as (group, clause): the stems of a contact relative clause after the
    group ("of the water the company put into its pipes": "water", then "company put
    pipe"; `_contact_clause_opens`) apart, as such a clause may only restate the group."""
    if q.unit not in SHARE_UNITS_OF_BASE:
        return frozenset(), frozenset()
    start, end = _sentence_offsets(q, claim)
    sentence = claim.sentence
    after = sentence[max(end, 0):]
    m = SHARE_OF_AFTER.match(after)
    if m:
        np = SHARE_BASE_END.split(after[m.end():], maxsplit=1)[0]
    else:
        opening = SHARE_GROUP_BEFORE.search(sentence[:max(start, 0)])
        if opening is None:
            return frozenset(), frozenset()
        np = opening.group("np")
    words: list[str] = []
    tokens = SHARE_BASE_WORDS.findall(np)[:SHARE_GROUP_REACH]
    whole = False
    while tokens and tokens[0].lower() in SHARE_BASE_DETERMINERS:  # "of all pupils": "all" is a link word too
        whole = whole or tokens[0].lower() in SHARE_WHOLE_DETERMINERS
        tokens = tokens[1:]
    clause: list[str] = []
    for i, w in enumerate(tokens):
        if w.lower() in share_base_stops() or stem(w.lower()) in share_link_stems() or w.isdigit():
            break
        if i and not clause and _contact_clause_opens(tokens[i - 1], w):
            clause.append("")  # (n72) "of the water the company put into its pipes": the group is "water"
        if not w[0].isupper():
            (clause if clause else words).append(w.lower())
    stems = topic_stems(" ".join(words))
    clause_stems = topic_stems(" ".join(clause)) - stems
    # "of all pupils" says the whole group: a word the part's group ("Among disadvantaged
    # pupils") does not say.
    return (stems | {SHARE_WHOLE} if stems and whole else stems), clause_stems


def _share_base(q: Quantity, claim: Claim) -> frozenset[str]:
    """(n62) The stems of the group a share is OF, its contact relative clause included
    (`_share_group`)."""
    group, clause = _share_group(q, claim)
    return group | clause


def _share_bases_apart(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """(n62) Two shares OF two groups of one kind, each group told with a word the other's
    group (and measure) does not say: "48% of applicants from elsewhere in the country" /
    "41% of applicants from the county", "Among male nurses 66%" / "Among female nurses,
    63%", "Among disadvantaged pupils, 44%" / "59% of all pupils in the county" ("all" says
    the whole): siblings, or a part against its whole, not one share told twice. The two
    groups must share a word (with synonyms): "of premises" / "of homes" share none and
    may be one group worded two ways. A group said on one side only, or one
    group narrower on one side only ("Of applicants from schools in the county, 62%" /
    "41% of applicants from the county"), still compares: that is how one group is told
    twice.
    (n72) A contact relative clause after a group that shares a word with the other group
    restates it ("a quarter of the water the company put into its pipes" / "18% of the
    water put into supply": one group, "water"), and is left out; one that shares none may
    narrow it ("of the water the company bought from its neighbours" / "of the water put
    into supply" stay two groups)."""
    (group_a, clause_a), (group_b, clause_b) = _share_group(qa, a), _share_group(qb, b)
    base_a, base_b = group_a | clause_a, group_b | clause_b
    if clause_a and not _widen(clause_a).isdisjoint(_widen(base_b - {SHARE_WHOLE})):
        base_a = group_a
    if clause_b and not _widen(clause_b).isdisjoint(_widen(base_a - {SHARE_WHOLE})):
        base_b = group_b
    # Siblings of one group only: "of premises" / "of homes", "of this year's harvest" / "of
    # the expected yield" are one group worded two ways as often as two groups.
    if not (base_a and base_b) or _widen(base_a - {SHARE_WHOLE}).isdisjoint(_widen(base_b - {SHARE_WHOLE})):
        return False
    said_a = _widen(base_a) | facts.measure(qa, a)
    said_b = _widen(base_b) | facts.measure(qb, b)
    only_a = [s for s in base_a if not _said_in(s, said_b)]
    only_b = [s for s in base_b if not _said_in(s, said_a)]
    return bool(only_a) and bool(only_b)


def _outcomes_apart(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """(n57) Two shares of one base, each OF another outcome ("only 11% of searches had led
    to an arrest" / "in 83% of searches nothing was found" / "Weapons were found in about 4%
    of searches" / "31% of searches had a positive outcome"): parts of one whole, not rival
    figures. Both outcomes must be read and share no stem (with synonyms); a share whose
    outcome is unsaid ("the alliance says 11% do") or worded with one shared word ("one in
    four searches ended in an arrest" / "11% of searches had led to an arrest") stays a
    rival."""
    oa, ob = _share_outcome(qa, a, facts), _share_outcome(qb, b, facts)
    if not (oa and ob):
        return False
    # An outcome and its absence ("faults were found in 6%" / "in 71% no fault was found")
    # are two parts too, whatever words they share.
    return oa.isdisjoint(ob) or (NEGATED_OUTCOME in oa) != (NEGATED_OUTCOME in ob)


# (n57) A bound said of no one: "no player at the club earned more than £100,000 a week",
# "None of the staff was paid less than £12 an hour", "the agent has never received more
# than £3m". The negator before the figure in its clause (no clause opening between).
# (r59) And close to it: at most NEGATED_REACH words between the negator and the
# qualifier ("no member on the dedicated contract had received more than": a subject of
# up to six words and its verb; 6 lost that dev case), so a
# negator of another part of the sentence reverses nothing. Not a negator that negates
# nothing of the figure: "not only paid more than", "It was not long before the fee rose
# to more than", "no doubt", "Nobody disputes the club paid more than".
NEGATED_REACH = 8
NEGATED_BEFORE = re.compile(negator_pattern("no", "none", "nobody", "never", "not", "neither")
                            + r"(?!\s+(?:only|long|just|merely|simply|least|doubt|question|wonder)\b)"
                            r"(?!\s+(?:one\s+)?(?:disputes?|disputed|denies|denied|deny|doubts?|doubted|"
                            r"questions?|questioned)\b)"
                            r"(?![^,;:]*?\b(?:that|which|who|whom|but|and|although|while|because|if|when)\b)"
                            r"(?:\s+[^\s,;:]+){0,%d}\s*$" % NEGATED_REACH, re.IGNORECASE)
OVER_BOUND = frozenset({"over"})
UNDER_BOUND = frozenset({"under"})


def _negated_bound(q: Quantity, claim: Claim, converted: Quantity | None = None) -> tuple[float, float] | None:
    """(n57) The values a negated bound allows: "no player ... earned more than £100,000"
    says every player earned £100,000 or less, so its interval is (-inf, 100,000], not the
    "more than" reading [100,000, inf) the qualifier alone gives; "none ... less than £12"
    is [12, inf). The bound is the speaker's own edge, not rounded: £110,000 for one player
    lies outside it. None when the figure is no bound or its clause holds no negator before
    it (the qualifier's own "not more than" is read by the parser already)."""
    if q.qualifier not in OVER_BOUND | UNDER_BOUND or q.value is None:
        return None
    if not NEGATED_BEFORE.search(_before_figure(q, claim, 90)):
        return None
    value = (converted or q).value
    if value is None:
        return None
    return (float("-inf"), value) if q.qualifier in OVER_BOUND else (value, float("inf"))


# (n57) How often something befell one: "he was searched four times in a year", "stopped
# 12 times": a count of occasions, not of things ("40 search records"). Not a factor
# ("four times more likely", "three times as many", "times the national rate").
FREQUENCY_AFTER = re.compile(r"^\s+times\b(?!\s+(?:more|less|fewer|higher|lower|greater|bigger|smaller|larger|as|the|"
                             r"that|than|over)\b)", re.IGNORECASE)


def _frequency(q: Quantity, claim: Claim) -> bool:
    """(n57) A count of occasions ("searched four times in a year") is compared with counts
    of occasions only: against a count of records, searches or people it measures how often
    one thing happened, not how many things there were."""
    return q.unit == "count" and bool(FREQUENCY_AFTER.match(_after_figure(q, claim, len(q.surface) + 40)[len(q.surface):]))


# (n99) The words before a count of occasions read for the act counted ("breached its
# limits 37 times").
OCCASION_VERB_CHARS = 40


def _occasions_of_the_count(qf: Quantity, f: Claim, qc: Quantity) -> bool:
    """(n99) A count of occasions whose verb is the other count's thing: "breached its
    emission limits 37 times" counts breaches, as "nine breaches" does. Not "searched four
    times" against "40 search records": records are counted there, not searches."""
    if not _frequency(qf, f):
        return False
    head = measure_head(qc) if qc.measure else frozenset()
    before = _before_figure(qf, f, OCCASION_VERB_CHARS)
    return bool(head) and not head.isdisjoint(topic_stems(re.split(r"[,;:]", before)[-1]))


# (p49) A length told as how far away something is ("780 metres away", "within 500 metres
# of", "two miles from the village") and one told as the size of a thing ("180 metres tall",
# "turbines of 125 metres", "a height of 90 metres").
DISTANCE_AFTER = re.compile(r"^\s*(?:away|off|distant|from\s+(?:the|a|an|any|its|their|his|her|each|every)\b)",
                            re.IGNORECASE)
DISTANCE_BEFORE = re.compile(r"\b(?:within|distances?\s+of|buffers?\s+(?:zone\s+)?of|radius\s+of|setbacks?\s+of|"
                             r"set\s+back)\s+(?:about\s+|around\s+|some\s+|"
                             r"roughly\s+|just\s+)?$", re.IGNORECASE)
SIZE_AFTER = re.compile(r"^\s*(?:tall|high|long|wide|deep|in\s+(?:height|length|diameter|width|depth))\b", re.IGNORECASE)
SIZE_BEFORE = re.compile(r"\b(?:(?:height|length|width|diameter|span|depth)\s+of|\b(?!(?:distance|journey|trip|walk|drive|run|route|stretche)s\b)"
                         r"[a-z]{3,}s\s+of)\s+(?:about\s+|around\s+|up\s+to\s+|"
                         r"some\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)


def _length_reading(q: Quantity, claim: Claim) -> str | None:
    """(p49) "distance", "size" or None (unsaid) for a figure of length."""
    if convert(q, "meter") is None:
        return None
    start, end = _sentence_offsets(q, claim)
    if start < 0:
        return None
    before, after = claim.sentence[max(start - 40, 0):start], claim.sentence[end:end + 30]
    if DISTANCE_AFTER.match(after) or DISTANCE_BEFORE.search(before):
        return "distance"
    if SIZE_AFTER.match(after) or SIZE_BEFORE.search(before):
        return "size"
    return None


def _distance_against_size(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """(p49) "The nearest house to any turbine is 780 metres away" / "nine turbines of 125
    metres": a distance and the size of a thing share a unit and a story, not a measure.
    Two distances or two sizes stay compared, as does a length said neither way."""
    ra, rb = _length_reading(qa, a), _length_reading(qb, b)
    return ra is not None and rb is not None and ra != rb


# (f40) A length measured from a starting event: "waited more than 12 hours from a decision
# to admit them", "spent more than 12 hours in the department from the time they arrived",
# "more than 12 hours from arrival". The word naming the start (group 1).
TIMED_FROM = re.compile(r"\b(?:hours?|minutes?|days?|weeks?|months?)\s+(?:[\w'’-]+\s+){0,4}?from\s+"
                        r"(?:the\s+(?:time|moment|point|day)\s+(?:that\s+|when\s+)?(?:[a-z]+\s+)?|"
                        r"(?:a|an|the|their|its|his|her)\s+)?([a-z]{4,})", re.IGNORECASE)
# Letters of the start word compared: "arrival" / "arrived", "referral" / "referred".
START_PREFIX = 5


# (f40) A figure of the occasions an inspection sampled: "an average of 44 minutes ... on the
# nights they visited", "67% were seen within four hours on the nights of the inspection",
# "during the inspection".
SAMPLED = re.compile(r"\b(?:on|during|over)\s+the\s+(?:[a-z]+\s+)?(?:nights?|days?|shifts?|visits?|occasions?|"
                     r"mornings?|evenings?)\s+(?:(?:that\s+)?(?:they|inspectors|the\s+inspectors|we|it)\s+"
                     r"(?:visited|inspected|observed|attended)|of\s+(?:the|its|their)\s+(?:inspection|visits?))\b"
                     r"|\bduring\s+(?:the|its|their)\s+(?:inspection|visits?)\b", re.IGNORECASE)
# How far after a figure (characters, in its clause) the sampled occasions may be named.
SAMPLED_REACH_CHARS = 120


# (f40) People counted as the outlet's sources: "Three stewards who worked on Saturday told
# Live Music Weekly that ...", "two residents spoke to the Gazette", "four nurses interviewed
# by this newspaper". The verb of telling within a few words after the figure, then a name
# (an outlet's, capitalised) or the paper itself.
INFORMANTS = re.compile(r"^(?:\s+[\w'’-]+){0,12}?\s+(?:told|spoke\s+to|have\s+spoken\s+to|talked\s+to|"
                        r"interviewed\s+by|contacted)\s+(?:the\s+)?(?:[A-Z]|this\s+(?:newspaper|paper|"
                        r"programme|station|website)|reporters\b|journalists\b)")


def _informants(q: Quantity, claim: Claim) -> bool:
    """(f40) Whether the figure counts the people who told the outlet what it reports
    (`INFORMANTS`): three stewards interviewed are no rival count of the 640 working."""
    end = max(_sentence_offsets(q, claim)[1], 0)
    return bool(INFORMANTS.match(claim.sentence[end:end + SAMPLED_REACH_CHARS]))


def _sampled(q: Quantity, claim: Claim) -> bool:
    """(f40) Whether the figure's own clause restricts it to the occasions an inspection
    sampled (`SAMPLED`, after the figure up to the next clause break): the inspectors' 44
    minutes on three nights is no rival of the trust's monthly 31, as a count of one day is
    none of a month's. Two sampled figures still compare."""
    end = max(_sentence_offsets(q, claim)[1], 0)
    after = claim.sentence[end:end + SAMPLED_REACH_CHARS]
    stop = re.search(r"[;:]|,\s+(?:and|but|while|against|compared)\b", after)
    return bool(SAMPLED.search(after[:stop.start()] if stop else after))


def _timed_from_apart(a: Claim, b: Claim) -> bool:
    """(f40) Two figures counted against lengths measured from different starts ("1,240
    patients had waited more than 12 hours from a decision to admit them" / "2,180 patients
    had spent more than 12 hours in the department from the time they arrived"): two
    measures of a wait, as a hospital's trolley waits and its waits from arrival are. Both
    claims must name a start; one start told two ways ("from arrival" / "from the time they
    arrived") is one measure."""
    starts_a = {m.group(1).lower()[:START_PREFIX] for m in TIMED_FROM.finditer(a.text)}
    starts_b = {m.group(1).lower()[:START_PREFIX] for m in TIMED_FROM.finditer(b.text)}
    return bool(starts_a and starts_b and starts_a.isdisjoint(starts_b))


def _changes_of_two_measures(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """(p32) Two changes in shares ("Car theft fell 6%" / "burglaries across the county
    fell by 17%", "Shoplifting rose 11%" / "recorded crime fell 9%") whose measures are
    both written and share no word, not even as synonyms, and neither of whose heads the
    other claim names: two measures moving in one story (a crime report, a set of
    results), not one change told twice. Their clauses share the rise or fall, and a story
    of many measures shares the rest. One measure told by two ("recorded crime fell 9%" /
    "recorded crime fell by about 4%") still compares."""
    if not (qa.measure and qb.measure and qa.unit in SHARE_UNITS and qb.unit in SHARE_UNITS):
        return False
    if not (facts.change(qa, a) and facts.change(qb, b)):
        return False
    if not _widen(facts.measure(qa, a)).isdisjoint(_widen(facts.measure(qb, b))):
        return False
    return not (facts.head(qa) & facts.own_text(qb, b)) and not (facts.head(qb) & facts.own_text(qa, a))


def _acts_apart(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """(v29) The acts nearest the two figures are of two classes of
    `conflict_act_classes.txt`: "About 640 homes were flooded" / "the barriers had
    protected about 2,100 homes", "cancelled 320 services" / "operated about 1,450
    trains" count one noun under two acts, not one count told twice. One class
    ("arrested 23" / "detained 31") or an unlisted act on either side keeps them compared."""
    act_a, act_b = facts.act_class(qa, a), facts.act_class(qb, b)
    return act_a is not None and act_b is not None and act_a != act_b


# (p103) The verb a count is told under, read from its sentence: the verb right before the
# figure ("cancelled 3,100 tickets", "would create 150 jobs"), or before a preposition that
# leads to it ("paid £1.05m to 34 boats", "offered courses to 240 men", "heard from about
# 1,100 patients"), or the verb after its noun, after an auxiliary ("14 boats had been
# tied up", "860 students had not paid", "30,000 people would lose") or as a past form
# right after the noun ("38,000 grades lowered", "22 boats landed fish"); a figure with no
# noun takes the auxiliary right after it ("and 26 had been paid"). A hedge may stand
# between verb and figure ("paid about 40"); a particle follows the verb.
COUNT_HEDGES = (r"(?:about|around|roughly|some|nearly|almost|more\s+than|fewer\s+than|less\s+than|over|under|"
                r"at\s+least|up\s+to|an\s+estimated|only|just|a\s+further|another|a\s+total\s+of)")
COUNT_PARTICLE = r"(?:\s+(?P<particle>up|down|off|out|away|back|on))?"
MODALS = frozenset({"would", "will", "could", "should", "must", "can", "may", "might", "to"})
COUNT_MODAL = "(?:" + "|".join(sorted(MODALS)) + ")"
COUNT_VERB_BEFORE = re.compile(rf"(?:\b(?P<modal>{COUNT_MODAL})\s+(?:not\s+)?)?\b(?P<verb>[a-z]+){COUNT_PARTICLE}"
                               rf"\s+(?:{COUNT_HEDGES}\s+)*$")
COUNT_WORDS_BEFORE_PREPOSITION = re.compile(rf"((?:\b[\w£$€.,'’-]+\s+){{1,3}})(?:to|from|for|on|by)\s+"
                                            rf"(?:{COUNT_HEDGES}\s+)*$")
COUNT_VERB_AFTER_AUX = re.compile(r"^(?:\s+[a-z][\w'’-]*){0,3}?\s+(?:who\s+|that\s+|which\s+)?"
                                  r"(?P<aux>had|have|has|were|was|are|is|would|will|could|should|must|might|may)\s+"
                                  r"(?:(?:not|never|now|still|already|all|since|so\s+far|also|then|just)\s+)*"
                                  r"(?:(?:been|be|being)\s+)?(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)" + COUNT_PARTICLE + r"\b")
COUNT_VERB_AFTER = re.compile(r"^(?:\s+[a-z][\w'’-]*){1,2}?\s+(?P<verb>[a-z]+)" + COUNT_PARTICLE + r"\b")


@cache
def _count_verbs() -> frozenset[str]:
    """Words read as verbs without an "-ed" ending: irregular participles, the forms of the
    act groups ("cut", "shed", "sold") and the first words of conflict_act_classes.txt's
    phrases ("ran", "flew")."""
    forms = {w for line in data_lines("conflict_count_act_groups.txt") for w in re.split(r"\s*,\s*", line)}
    classes = {w for line in data_lines("conflict_act_classes.txt") if ":" in line
               for w in re.split(r"\s*,\s*", line.split(":", 1)[1])}
    # a class phrase may open with a preposition, an auxiliary or a noun ("at risk", "off
    # sick", "were on board", "job losses"): only its "-ed", "-en" or "-ing" first words
    firsts = {w.split()[0] for w in classes if w.strip()}
    verbs = {w for w in firsts if w.isalpha() and w not in FUNCTION_WORDS and w.endswith(("ed", "en", "ing"))}
    return frozenset({w.split()[0] for w in forms if w.strip()} | verbs) | data_words("conflict_participles.txt")


def _is_count_verb(word: str, ing: bool = True) -> bool:
    """An "-ed" form, a listed verb, or (when `ing`: right before a figure or after an
    auxiliary, not among an object's words: "cut evening services") an "-ing" form."""
    return ((word.endswith("ed") and len(word) >= 4) or (ing and word.endswith("ing") and len(word) >= 6)
            or word in _count_verbs())


def _with_particle(m: re.Match[str]) -> str:
    return m.group("verb") + (f" {m.group('particle')}" if m.group("particle") else "")


def _count_verb_before(before: str) -> str | None:
    """The verb right before a count (a base form after a modal or "to": "would lose"), or
    the nearest verb of up to three words before a preposition that leads to it."""
    m = COUNT_VERB_BEFORE.search(before)
    if m and (m.group("modal") or _is_count_verb(m.group("verb"))) and m.group("verb") not in MODALS:
        return _with_particle(m)
    m = COUNT_WORDS_BEFORE_PREPOSITION.search(before)
    if m is None:
        return None
    words = m.group(1).split()
    for i in range(len(words) - 1, -1, -1):
        if _is_count_verb(words[i], ing=False):
            nxt = words[i + 1] if i + 1 < len(words) else ""
            return words[i] + (f" {nxt}" if nxt in ("up", "down", "off", "out", "away", "back") else "")
    return None


@cache
def _count_act_groups() -> tuple[frozenset[str], ...]:
    """(p103) Each line of conflict_count_act_groups.txt as the stems of its forms."""
    return tuple(frozenset(_act_key(w) for w in re.split(r"\s*,\s*", line.lower()) if w)
                 for line in data_lines("conflict_count_act_groups.txt"))


def _act_key(verb: str) -> str:
    words = verb.split()
    return " ".join([stem(words[0])] + words[1:])


# (p103) "not 42", "not the 14 the council gave", "not nine": a figure denied is a rival
# marker; a negated verb ("had not paid") is not.
NOT_A_FIGURE = re.compile(r"\bnot\s+(?:the\s+|a\s+|an\s+|just\s+|only\s+)?(?:[£$€]?\d|one|two|three|four|five|six|"
                          r"seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                          r"ninety|hundred|dozen|a\s+third|half)\b", re.IGNORECASE)


@cache
def _rival_marker() -> re.Pattern[str]:
    """(p103) Any phrase of conflict_count_rival_markers.txt as whole words ("*" any ending)."""
    body = "|".join(re.escape(p.lower()).replace(r"\ ", r"\s+").replace(r"\*", r"\w*")
                    for p in sorted(data_lines("conflict_count_rival_markers.txt"), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def count_act(q: Quantity, claim: Claim) -> str | None:
    """(p103) The verb (with its particle) a count is told under, lowercase, or None: the
    verb before the figure unless it only tells a figure (`conflict_count_neutral_acts.txt`:
    "said", "put"), else the verb after the figure's noun."""
    neutral = data_words("conflict_count_neutral_acts.txt")
    verb = _count_verb_before(_before_figure(q, claim, 60).lower())
    if verb is not None and verb.split()[0] not in neutral:
        return verb
    after = _after_figure(q, claim, 100)[len(q.surface):].lower()
    if re.match(r"^\s*[,;:.(]", after):
        return None
    m = COUNT_VERB_AFTER_AUX.match(after)
    if m is not None and m.group("verb") not in FUNCTION_WORDS and (m.group("aux") in MODALS
                                                                    or _is_count_verb(m.group("verb"))):
        return _with_particle(m)
    m = COUNT_VERB_AFTER.match(after)
    if m and (m.group("verb").endswith("ed") or m.group("verb") in _count_verbs()):
        return _with_particle(m)
    return None


def _count_acts_apart(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """(p103) Two counts of one article told under two acts: "14 boats had been tied up" /
    "22 boats landed fish", "120 cremations were held in March" / "80 cremations were
    delayed". One writer gives two counts of one noun in one story for two acts, not one
    count twice. Not when either verb only tells a figure or none is read ("said 860",
    "put the number at 1,300"), when the two verbs are of one line of
    conflict_count_act_groups.txt or of one class of conflict_act_classes.txt ("received
    3,900 complaints" / "logged 11,400 complaints"), or when either sentence carries a
    rival marker (conflict_count_rival_markers.txt: "only", "the true number", "misleading",
    "over the same period"; or "not" before a figure, `NOT_A_FIGURE`): two tellers' rival
    counts say so. One article only: across articles two verbs are as often one act told
    by two outlets."""
    if a.article_id != b.article_id or qa.unit != "count" or qb.unit != "count":
        return False
    act_a, act_b = count_act(qa, a), count_act(qb, b)
    if act_a is None or act_b is None:
        return False
    neutral = data_words("conflict_count_neutral_acts.txt")
    if act_a.split()[0] in neutral or act_b.split()[0] in neutral:
        return False
    key_a, key_b = _act_key(act_a), _act_key(act_b)
    if key_a == key_b or any(key_a in g and key_b in g for g in _count_act_groups()):
        return False
    class_a, class_b = facts.act_class(qa, a), facts.act_class(qb, b)
    if class_a is not None and class_a == class_b:
        return False
    marker = _rival_marker()
    return not any(marker.search(c.sentence) or NOT_A_FIGURE.search(c.sentence) for c in (a, b))


# (n87) An ordinal before a figure: "the first two aircraft", "its last five years", "the
# next three matches". The figure counts the first (or last) few of a series or a span
# within a longer one, not the whole a figure without it counts.
ORDINAL_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our|these|those)\s+(?:very\s+)?"
                            r"(?:first|last|next|final|past)\s+$", re.IGNORECASE)


def _ordinal_part(q: Quantity, claim: Claim) -> bool:
    """(n87) Whether the figure follows "the first", "the last", "the next" or "the past"
    ("the first two water-bombing aircraft were over the fire within 50 minutes", "spent
    £300,000 on firebreaks in the last five years"): the first few of a group or a span
    inside a longer time, never a rival of the group's count ("11 aircraft were fighting
    it") or of another time ("restoring would take ten years"). Two figures both so told
    ("the first three aircraft") still compare. Counts and times only: "the first 1.2
    miles of track has been completed" / "about one mile of track has been laid" is one
    length told two ways (a first section is what both tell)."""
    if q.unit != "count" and q.unit not in TIME_UNITS:
        return False
    return bool(ORDINAL_BEFORE.search(_before_figure(q, claim, 40)))


# (n87) "Legacies accounted for £1.9m", "weather accounted for 90% of the cancellations",
# "night flights made up about 8%": the word before the verb is a component whose share or
# size the figure gives (a hedge may stand before the figure). Not "made up of" (a whole
# told by its parts: the figure then follows "of").
COMPONENT_BEFORE = re.compile(r"(?P<lead>[^,;:()\"“”]*?)"
                              r"\b([A-Za-z][\w'’-]*)\s+(?:(?:accounted|accounts|account|accounting)\s+for"
                              r"|(?:made|make|makes|making)\s+up)\s+"
                              r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|less\s+than|over|under|"
                              r"only|just)\s+)*$", re.IGNORECASE)


def _component_unnamed(q: Quantity, claim: Claim, other: Claim) -> bool:
    """(n87) Whether the figure is what a named component "accounted for" or "made up"
    ("Legacies accounted for £1.9m, up from £1.2m") and the other sentence never names that
    component ("Harebell raised £6.2m in the year to March"): a part of a whole set against
    the whole, or against another part. The component named in both ("legacies brought in
    £2.4m") is one measure told two ways and still compares; a pronoun ("It accounted for
    40%") names no component and keeps the figures compared."""
    m = COMPONENT_BEFORE.search(_before_figure(q, claim, 80))
    if m is None:
        return False
    named = topic_stems(_component_words(m.group("lead"), m.group(2)))
    return bool(named) and named.isdisjoint(topic_stems(other.sentence))


# (q89) Words that end a component's own words read back from its verb: a preposition or a
# relative word ("legacies from supporters", "the share that").
_COMPONENT_STOPS = frozenset({"of", "from", "by", "in", "on", "at", "to", "for", "with", "among", "that", "which",
                              "who", "and", "but", "while", "as", "than", "said", "says"})


def _component_words(lead: str, last: str) -> str:
    """(q89, review cr87 of n87) The component named before "accounted for" is the noun
    phrase opening its subject, not the one word before the verb: "Legacies from supporters
    accounted for £1.9m" names legacies (not supporters), "Ticket sales accounted for £4m"
    ticket sales. The subject's words run back to a clause break; the phrase is those up to
    the first preposition or relative word."""
    words = re.findall(r"[A-Za-z][\w'’-]*", lead) + [last]
    cut = max((i + 1 for i, w in enumerate(words[:-1]) if w.lower() in ("that", "which", "who", "and", "but", "while",
                                                                       "said", "says")), default=0)
    words = words[cut:]
    head = next((i for i, w in enumerate(words) if i > 0 and w.lower() in _COMPONENT_STOPS), len(words))
    return " ".join(words[:head])


# (n87) A named span after a figure that is no "since" period: "in the year to March", "in
# a week", "in the first half of the year", "in the past seven days", "last week"
# (`_period` reads months, quarters and years only). Not a day ("on Monday", "that day"):
# the day an event befell ("forced about 3,000 residents from their homes on Monday") is
# where a running total of it starts ("6,000 people have been evacuated since the mudslide
# on Monday"), one count told two ways (tests/claims/test_figure_roles.py).
_NUMBER_WORD = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
SPAN_AFTER = re.compile(
    r"^[^.;,\d]{0,50}?\b(?:(?:in|during|over|for)\s+(?:the|a|its|their)\s+(?:(?:past|last|previous|first|second)\s+)?"
    rf"(?:{_NUMBER_WORD}\s+)?(?:days?|weeks?|weekends?|fortnight|months?|quarters?|half|years?)\b(?!\s+since\b)"
    r"|(?:last|this|that)\s+week)", re.IGNORECASE)


def _running_against_span(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """(n87) One figure is a running total counted "since" a start ("the lottery had
    raised more than £30bn for good causes since it began", "460 complaints since
    January") and the other is counted over a named span ("£1.42bn in the year to March
    2025", "140 complaints in a week", "1,240 complaints in the first half of the year"):
    two periods, not one count told twice. Two running totals ("since it began" / "since
    it began") still compare, as does a running total against a figure of no span ("has
    burned about 780 hectares since it broke out" / "puts the figure at 1,240 hectares").
    Amounts and counts only, not changes or shares: "footfall has fallen by 20% since the
    lane opened" / "fell by 3% over the year" tell one fall two ways."""
    if qa.unit in SHARE_UNITS or qb.unit in SHARE_UNITS or facts.change(qa, a) or facts.change(qb, b):
        return False
    for run, rc, span, sc in ((qa, a, qb, b), (qb, b, qa, a)):
        if not _counted_since(run, rc, facts) or _counted_since(span, sc, facts):
            continue
        _, end = _sentence_offsets(span, sc)
        after = sc.sentence[max(end, 0):max(end, 0) + PERIOD_REACH_CHARS]
        if SPAN_AFTER.match(after):
            return True  # (cr88) "in the year up to March 2026" is a span, "by" or not
        if BY_A_DATE.match(after):
            continue
        if facts.period(span, sc):
            return True
    return False


# (cr87) A total "by" a date is a running total up to it, no span ("had handed out 9,000
# parcels by March 2026", "as of last week"): it still meets a total "since" a start.
BY_A_DATE = re.compile(r"^[^.;,\d]{0,50}?\b(?:by|as\s+(?:of|at)|up\s+to|until)\s+(?:the\s+(?:end|start)\s+of\s+)?"
                       r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d{4}\b|last\b|this\b)", re.IGNORECASE)


# (m62) The share of rare words two sentences must hold for one act to tie their figures:
# below it, articles of one template (two firms' cancellations, two towns' evacuations,
# a festival's day against its weekend) met on dev, and no labelled conflict more on the
# closed sets.
ONE_ACT_MATTER = 0.2


def _one_act(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """(m62) The acts nearest the two figures are of one class of
    `conflict_act_classes.txt` and the figures are in two articles: "46 homes were
    destroyed" / "73 houses had been razed", "cancelled 2,300 services" / "axed 3,900
    trains" count one thing under one act, whatever each outlet calls the thing."""
    if a.article_id == b.article_id:
        return False
    act = facts.act_class(qa, a)
    if act is None or act != facts.act_class(qb, b):
        return False
    # The act ties the figures in place of their measures, so each must count on its own
    # and over one span: "Nine vessels were diverted ... on Tuesday and Wednesday" / "about
    # 20 ships have been diverted ... since the strike began" are two spans of one strike;
    # "1,300 overseas students had applied, and 420 had been offered places" counts offers
    # to a part; "118 children were among those admitted" is a part of the admitted.
    if _counted_since(qa, a, facts) != _counted_since(qb, b, facts):
        return False
    return not (_elliptic_part(qa, a) or _elliptic_part(qb, b) or _among(qa, a) or _among(qb, b))


# (m62) A figure followed by its verb with no noun of its own, after another figure of its
# sentence: "1,300 overseas students had applied, and 420 had been offered places".
ELLIPTIC_AFTER = re.compile(r"^\s+(?:had|have|has|were|was|are|is|will|would|did)\b", re.IGNORECASE)
# (m62) "118 children were among those admitted": the figure is a part of the count.
AMONG_AFTER = re.compile(r"^(?:\s+[\w'-]+){0,3}?\s+(?:were|was|are|is|be|been)\s+among\b", re.IGNORECASE)


def _counted_since(q: Quantity, claim: Claim, facts: _Facts) -> bool:
    """(m62) Whether the figure is counted from a start up to now ("about 20 ships have
    been diverted since the strike began"): a running total, no rival of a count of named
    days ("Nine vessels were diverted on Tuesday and Wednesday")."""
    return (facts.period(q, claim) or "").startswith("since")


def _elliptic_part(q: Quantity, claim: Claim) -> bool:
    """(m62) Whether the figure names no thing of its own, its verb right after it, and
    follows another figure of its sentence ("1,300 overseas students had applied, and 420
    had been offered places"): it counts some of the earlier figure's group, a part no
    act ties to another outlet's whole ("made offers to 11,200 applicants")."""
    start, end = _sentence_offsets(q, claim)
    if start < 0 or not ELLIPTIC_AFTER.match(claim.sentence[end:]):
        return False
    return bool(re.search(r"\d", claim.sentence[:start]))


def _among(q: Quantity, claim: Claim) -> bool:
    """(m62) Whether the figure's clause says its thing was among others ("118 children
    were among those admitted"): a part of a count, not a rival of the whole."""
    _, end = _sentence_offsets(q, claim)
    return end >= 0 and bool(AMONG_AFTER.match(claim.sentence[end:]))


def _kind_words(q: Quantity) -> frozenset[str]:
    """Stems of the words before the head of the figure's measure (as `_modifiers`), but
    for participles left in "-ing" or "-ed" by the lemmatiser: they say how the thing was
    seen or counted ("breeding pairs" / "nesting pairs"), not which kind (without "-ed" a
    closed conflict was lost); nor words of one side's reading ("the real saving",
    `conflict_rival_reading_words.txt`)."""
    first = MEASURE_PREPOSITION.split(q.measure or "")[0].split()
    return topic_stems(" ".join(w for w in first[:-1] if not w.lower().endswith(("ing", "ed"))
                                and w.lower() not in rival_reading_words()
                                and w.lower() not in unkinded_words()))


@cache
def unkinded_words() -> frozenset[str]:
    """(g48) Words before a measure's head that name no kind of the thing: a statistic
    ("average price") or the business whose figure it is ("the company's prices", read
    "company price"): "an average of 14%" of Fairmarket's prices and "the company's prices
    had risen by 8.2%" are one measure (conflict_unkinded_words.txt)."""
    return frozenset(data_lines("conflict_unkinded_words.txt"))


@cache
def rival_reading_words() -> frozenset[str]:
    return frozenset(data_lines("conflict_rival_reading_words.txt"))


@cache
def synonym_senses() -> dict[str, frozenset[str]]:
    """(r60) Stem of a measure synonym -> stems of the words telling its other sense
    (claims/data/conflict_synonym_senses.txt)."""
    senses = {}
    for line in data_lines("conflict_synonym_senses.txt"):
        word, _, cues = line.partition(":")
        for s in topic_stems(word):
            senses[s] = frozenset(c for w in cues.split(",") for c in topic_stems(w.strip()))
    return senses


def _synonym_in_other_sense(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """(r60) Two counts whose heads meet only as listed synonyms ("pupils" / "students",
    "sailings" / "crossings"), one of the two words taken in its other sense by a word of
    either sentence ("Ridgeway University said 300 students sat exams", "45 Channel
    crossings by small boats"): two things. Without such a word the synonym holds ("1,450
    pupils" / "about 1,900 students" of one school trust)."""
    ha, hb = measure_head(qa), measure_head(qb)
    if not ha or not hb or not ha.isdisjoint(hb):
        return False
    senses, groups = synonym_senses(), measure_synonyms()
    words: frozenset[str] | None = None
    for head, other in ((ha, hb), (hb, ha)):
        for s in head:
            if s in senses and other & set(groups.get(s, ())):
                if words is None:
                    words = topic_stems(a.sentence) | topic_stems(b.sentence)
                if words & senses[s]:
                    return True
    return False


def _kinds_of_one_head(qa: Quantity, qb: Quantity) -> bool:
    """(n28) Two measures of one head, each with words before it, none shared even as
    synonyms ("food prices" / "energy prices", "domestic enrolment" / "international
    student enrolment"): two kinds of the thing, not one figure told twice. A measure
    with no word before its head ("prices") may be either kind: compared as before."""
    ma, mb = _kind_words(qa), _kind_words(qb)
    if not (ma and mb) or not (measure_head(qa) & measure_head(qb)):
        return False
    return _widen(ma).isdisjoint(_widen(mb))


@cache
def variant_words() -> frozenset[str]:
    """(m85) Words that make a measure a defined variant of the plain one
    (conflict_variant_words.txt)."""
    return data_words("conflict_variant_words.txt")


def _time_word_of_kind(q: Quantity, claim: Claim | None, word: str) -> bool:
    """A singular time word right after the figure names the kind counted ("9.8 million day
    visitors", "1,200 season tickets"): a variant of the plain measure. A time word
    elsewhere in the measure is a time frame ("next year's gap"), not a kind."""
    if claim is None or not singular_time_word(word):
        return False
    return re.search(rf"{re.escape(q.surface)}\s+{word}\s", claim.sentence, re.I) is not None


def _variant_of_plain(qv: Quantity, qp: Quantity, p: Claim, v: Claim | None = None) -> bool:
    """(m85) The first figure measures a defined variant of a measure ("Core inflation,
    which strips out food and energy, was 2.9%"; "About 3,100 postal votes were
    returned") and the other figure's sentence never names that variant ("Inflation
    reached 3.8% in August"; "won with 11,240 votes"): two measures, not one figure told
    twice. The variant told twice ("core inflation reached 3.4%") is still compared."""
    first = MEASURE_PREPOSITION.split(qv.measure or "")[0].lower().split()
    # a time word naming the kind is named only with the head after it ("season tickets",
    # not "the new season")
    marked = {w if w in variant_words() else f"{w} {first[-1]}" for w in first[:-1]
              if w in variant_words() or _time_word_of_kind(qv, v, w)}
    if not marked or not (qp.measure or "").strip():
        return False
    said = p.sentence.lower()
    return not any(re.search(rf"(?<![\w-]){re.escape(w)}", said) if " " in w
                   else re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", said) for w in marked)


# (r66) Words right before a figure that make it a bound for all the things told ("within
# four miles", "at least £11 an hour", "no more than 4%").
BOUND_BEFORE = re.compile(r"\b(?:within|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|"
                          r"not\s+more\s+than|not\s+less\s+than|a\s+maximum\s+of|a\s+minimum\s+of)\s+$",
                          re.IGNORECASE)


def _bounded(q: Quantity, claim: Claim) -> bool:
    """(r66) Whether the figure is a bound, in its own words ("more than £150") or by the
    words before it ("within four miles", "at least £11"): a promise for all the
    things, which a share's threshold can break ("every village will be within four miles"
    / "11 of the villages would be more than eight miles away")."""
    return bool(THRESHOLD_BOUND.search(q.surface)) or bool(BOUND_BEFORE.search(_before_figure(q, claim, 24)))


@cache
def stand_in_stems() -> frozenset[str]:
    """(r66) Stems of the words making a counted thing a stand-in (conflict_stand_in_words.txt)."""
    return frozenset(s for w in data_lines("conflict_stand_in_words.txt") for s in topic_stems(w))


def _stand_in(q: Quantity) -> bool:
    """(r66) Whether the count's thing is a stand-in for the thing of its head, by a word
    before that head or as the head itself ("12 temporary laboratories had been ordered",
    "40 replacement buses", "7,000 replacements had been sent"): brought in for the
    thing, so never one measure with a count of the thing itself ("16 laboratories were
    out of use"). Two counts both of stand-ins ("16 temporary
    laboratories" / "12 temporary laboratories") are compared as before.

    (k70) The word must open the measure (its adjectives are already left out): after
    another noun it names the act done to that thing, not a stand-in ("1,200 hip
    replacement operations" are operations, among "900 operations")."""
    first = MEASURE_PREPOSITION.split(q.measure or "")[0].split()
    return bool(first) and not topic_stems(first[0]).isdisjoint(stand_in_stems())


# (r66) A bound opening a figure of money or size: "more than £150", "under £50".
THRESHOLD_BOUND = re.compile(r"^(?:more|fewer|less)\s+than\b|^(?:over|under|above|below)\b", re.IGNORECASE)
# (r66) How far after a share its threshold may stand, within one clause.
THRESHOLD_REACH_CHARS = 60


# (k70) A determiner between the share or count and the bound that no preposition governs
# opens another noun phrase, the subject of the bound's own clause: "In all 4 stands the
# cheapest seats cost more than £150", "The trust's 2,000 members found the cheapest seats
# cost more than £150". Not "3% of seats for the final sold for more than £150".
SUBJECT_BETWEEN = re.compile(r"(?<!\bof)(?<!\bfor)(?<!\bin)(?<!\bat)(?<!\bon)(?<!\bfrom)(?<!\bto)(?<!\bby)"
                             r"(?<!\bwith)(?<!\bover)(?<!\binto)(?<!\bacross)(?<!\bduring)(?<!\bunder)"
                             # (cr70) and the rest of the prepositions: "9,000 seats sold through
                             # the club's website went for more than £150" counts the seats.
                             r"(?<!\bthrough)(?<!\bthroughout)(?<!\bbefore)(?<!\bafter)(?<!\bwithin)(?<!\bvia)"
                             r"(?<!\bamong)(?<!\bamongst)(?<!\bbetween)(?<!\bbehind)(?<!\bbeyond)(?<!\bnear)"
                             r"(?<!\baround)(?<!\babout)(?<!\bagainst)(?<!\binside)(?<!\boutside)(?<!\bwithout)"
                             r"(?<!\bsince)(?<!\buntil)(?<!\bpast)(?<!\bupon)(?<!\bonto)(?<!\btowards)(?<!\btoward)"
                             r"(?<!\bbelow)(?<!\babove)(?<!\bbeside)(?<!\bdespite)(?<!\bper)(?<!\bvia)(?<!\blike)"
                             r"\s(?:the|a|an|its|their|his|her|our|this|that|these|those)\s", re.IGNORECASE)


def _share_threshold(q: Quantity, claim: Claim) -> bool:
    """(r66) A bounded figure (not itself a share or a count) told after a percentage or a
    count in its clause ("fewer than 5% of seats were sold for more than £150", "about
    9,000 seats sold for more than £150"): the bound sets which things are counted, it measures
    nothing, so it is never compared with a price or amount ("seats were advertised from
    £45"). A bounded figure with no share or count before it ("the seats cost more than
    £150") is compared as before. (k70) Nor one whose share or count stands outside the
    bound's clause, another noun phrase its subject (`SUBJECT_BETWEEN`): "In all 4 stands
    the cheapest seats cost more than £150" gives a price."""
    if q.unit in ("percent", "count") or not THRESHOLD_BOUND.search(q.surface):
        return False
    start, _ = _sentence_offsets(q, claim)
    for p in claim.quantities:
        if p.unit not in ("percent", "count") or p.end_char > q.start_char:
            continue
        between = claim.sentence[max(p.end_char - claim.sentence_start, 0):max(start, 0)]
        if len(between) <= THRESHOLD_REACH_CHARS and not re.search(r"[;:]|\.\s", between) \
                and not _subject_between(between):
            return True
    return False


@cache
def _price_object_verbs() -> frozenset[str]:
    """Verbs of buying, paying and selling, all forms (conflict_price_object_verbs.txt)."""
    words = data_lines("conflict_price_object_verbs.txt")
    return frozenset(f for w in words for f in inflections(w.lower()))


def _subject_between(between: str) -> bool:
    """(k70) A determiner opening the subject of the bound's own clause (`SUBJECT_BETWEEN`).
    (k72, review cr72) Not one right after a verb of buying or paying: it opens the verb's
    object ("Fewer than 5% of fans bought the seats for more than £150": the bound still
    selects the fans counted), while "members found the cheapest seats cost more than £150"
    still opens a subject."""
    for m in SUBJECT_BETWEEN.finditer(between):
        before = re.findall(r"[a-z]+", between[:m.start() + 1].lower())
        if not (before and before[-1] in _price_object_verbs()):
            return True
    return False


@cache
def care_pattern() -> re.Pattern[str]:
    return phrase_pattern(data_lines("conflict_care_words.txt"))


def _care_of_some(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """(v24) One figure's own clause counts those in hospital care, the other's does not
    ("Nine of them were taken to hospital" / "At least 45 passengers were injured"): the
    cared-for are a part of the hurt, not a rival count."""
    return bool(care_pattern().search(_own_clause(qa, a))) != bool(care_pattern().search(_own_clause(qb, b)))


def _own_clause(q: Quantity, claim: Claim) -> str:
    """(v24) The figure with up to `SCOPE_REACH_CHARS` before it (from the clause's opening
    "that", "which", ";") and after it up to the next comma."""
    start, end = _sentence_offsets(q, claim)
    sentence = claim.sentence
    before = _from_clause_opening(sentence[max(start - SCOPE_REACH_CHARS, 0):max(start, 0)])
    return before + sentence[max(start, 0):max(end, 0)] + sentence[max(end, 0):max(end, 0) + SCOPE_REACH_CHARS].split(",")[0]


INCLUDING_SCOPE = frozenset({"including"})


EXCLUDING_SCOPE = frozenset({"excluding", "not including", "not counting"})


# How near the figure its "including" must be to say what the figure counts ("at 170,000,
# including conversions"; not "1,150 residents were evacuated from villages including ...").
WIDER_REACH_CHARS = 30


# The hedges a figure may carry right after the verb or preposition that takes it.
FIGURE_HEDGES = r"about|around|roughly|some|nearly|almost|up\s+to|more\s+than|at\s+least|only|just|as\s+many\s+as"


SCOPED_OBJECT = re.compile(rf"\b(?:includ|exclud|not\s+including|not\s+counting)\w*\s+(?:(?:{FIGURE_HEDGES})\s+)*$",
                           re.IGNORECASE)


SHARE_UNITS = frozenset({"percent", "percentage_point", "fraction", "ratio", "times"})


def _adds_up(q: Quantity) -> bool:
    """A figure that is the sum of its parts: no share, ratio or rate."""
    return q.unit is not None and q.unit not in SHARE_UNITS and q.per is None


def _wider_count_below(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """(m19) Scopes that differ only by what one figure includes ("at 170,000, including
    conversions" / "210,000 new homes were completed") or leaves out: the including figure
    counts all the other does and more, the excluding one less. An including figure below
    the other (or an excluding one above it) cannot both be right, whatever else it counts:
    a conflict, not two measures. The other way round they may both hold. Only for
    figures that add up (counts, sums, lengths): a rate or share leaving something out
    ("core inflation, which excludes food and energy, was 4.1%") may be above or below."""
    sa, sb = facts.scope(qa, a), facts.scope(qb, b)
    if (sa and sb) or not (_adds_up(qa) and _adds_up(qb)):
        return False
    (scoped, this), plain = ((qa, a), qb) if sa else ((qb, b), qa)
    words = _scope_near(scoped, this) | _subject_aside_scope(scoped, this)
    if SCOPED_OBJECT.search(_before_figure(scoped, this, 40)):
        return False  # "including 300 in Wales": the figure is the part included
    other = _converted(scoped, plain)
    if other is None or other.value is None or scoped.value is None:
        return False
    if words and words <= INCLUDING_SCOPE:
        return scoped.value < other.value
    if words and words <= EXCLUDING_SCOPE:
        return scoped.value > other.value
    return False


# (n20) The words between a figure and the later figure its own "including" lists as a part
# of it ("4,000 outpatient appointments were moved, including 300 cancer clinic slots").
LISTED_PART_BETWEEN = re.compile(rf"^[^;:.()\"“”]{{0,60}}?\s+including\s+(?:(?:{FIGURE_HEDGES})\s+)*$",
                                 re.IGNORECASE)


def _listed_part(q: Quantity, claim: Claim) -> Quantity | None:
    """(n20) The figure right after `q` in its claim, when `q`'s own "including" names it
    as a part of what `q` counts ("Nine residents were rescued, including two children")."""
    later = sorted((o for o in claim.quantities if o is not q and o.start_char >= q.end_char and o.value is not None),
                   key=lambda o: o.start_char)
    if not later:
        return None
    between = claim.text[q.end_char - claim.start_char:later[0].start_char - claim.start_char]
    return later[0] if LISTED_PART_BETWEEN.match(between) else None


def _lists_its_part(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """(n20) Scopes that differ only by an "including" that lists a counted part of one
    figure ("More than 4,000 appointments were moved, including 300 cancer clinic slots" /
    "Some 1,900 appointments had to be rescheduled"): the "including" details what the
    figure counts, it does not widen it, and the other outlet's plain figure counts the same
    whole (it says nothing of leaving the part out). Only for figures that add up. The figure
    after "including" is the part itself and keeps its scope, and a figure of what the part
    counts ("Nine children were injured" against "Forty people were injured, including 12
    children") is a rival of the part, not of the whole."""
    sa, sb = facts.scope(qa, a), facts.scope(qb, b)
    if (sa and sb) or not (sa | sb) <= INCLUDING_SCOPE or not (_adds_up(qa) and _adds_up(qb)):
        return False
    (whole, this), (plain, other_claim) = ((qa, a), (qb, b)) if sa else ((qb, b), (qa, a))
    part = _listed_part(whole, this)
    if part is None or not _adds_up(part):
        return False
    # "Nine children" counts what "12 children" does; "2,100 jobs" not only "contractor posts".
    counted = topic_stems(part.measure or "")
    return not (counted and counted <= facts.measure(plain, other_claim))


# (n65) "in March alone", "In the north ward alone": what "alone" singles out, after the
# preposition that opens it (at most four words).
ALONE_RESTRICTION = re.compile(r"\b(?:in|at|on|for|from|among|across|during|within|over)\s+"
                               r"((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+alone\b", re.IGNORECASE)


def _alone_named_by(q: Quantity, claim: Claim, other: Claim, facts: _Facts) -> bool:
    """(n65) The figure's scope word "alone" singles out a part the other claim names too:
    "N people arrived at the centre in March alone" / "About M people arrived at the centre
    in March", "In the north ward alone, N families applied" / "In the north ward, M
    households applied". "alone" says the part is less than a whole (a month of a year, a
    ward of a town), and a figure for the same part is no other measure. Near miss: "N
    families applied in the north ward alone" / "M families applied across the town": the
    other names the whole, and the two stay apart."""
    window, _ = _around_figure(q, claim, SCOPE_REACH_CHARS)
    parts = [topic_stems(m.group(1)) for m in ALONE_RESTRICTION.finditer(window)]
    return bool(parts) and all(part and part <= facts.text(other) for part in parts)


def _scopes_differ(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """Whether the two figures' scope words (`_scope`) differ, "alone" on one side set
    aside when the part it singles out is named by the other claim (`_alone_named_by`)."""
    sa, sb = facts.scope(qa, a), facts.scope(qb, b)
    if "alone" in sa - sb and _alone_named_by(qa, a, b, facts):
        sa = sa - {"alone"}
    if "alone" in sb - sa and _alone_named_by(qb, b, a, facts):
        sb = sb - {"alone"}
    return sa != sb


# (n65) ", including the loans it takes on, is just over": a scope set between commas
# after the subject whose value the figure is, right before its verb.
SUBJECT_ASIDE = re.compile(r",\s*(including|excluding|not\s+including|not\s+counting)\s[^,;:()\"“”]{1,60},"
                           r"\s*(?:is|was|are|were|stands\s+at|stood\s+at|comes\s+to|came\s+to|amounts\s+to|"
                           r"amounted\s+to|totals|totalled|totaled)\s+(?:(?:" + FIGURE_HEDGES + r"|a\s+little\s+"
                           r"(?:over|under|more\s+than|less\s+than))\s+)*$", re.IGNORECASE)


def _subject_aside_scope(q: Quantity, claim: Claim) -> frozenset[str]:
    """(n65) The scope word of an aside between the figure's subject and its verb: "The
    total value of the takeover, including the loans it takes on, is just over £40
    million" counts the loans as "£40 million, including the loans" would, though the
    "including" stands further from the figure than `WIDER_REACH_CHARS`. Only an aside
    closed by a comma and followed by the figure's own verb ("is", "was", "came to"):
    "families left villages including two on the coast, and 200 homes were damaged" is
    no scope of the 200."""
    m = SUBJECT_ASIDE.search(_before_figure(q, claim, 120))
    return frozenset({re.sub(r"\s+", " ", m.group(1).lower())}) if m else frozenset()


def _scope_near(q: Quantity, claim: Claim) -> frozenset[str]:
    """The scope words within `WIDER_REACH_CHARS` of the figure, each side."""
    window, _ = _around_figure(q, claim, WIDER_REACH_CHARS)
    return frozenset(m.group(0).lower() for m in scope_pattern().finditer(window))


def _around_figure(q: Quantity, claim: Claim, reach: int) -> tuple[str, int]:
    """The claim's text within `reach` characters of the figure, each side, and where in it
    the figure starts."""
    lo = max(q.start_char - claim.start_char - reach, 0)
    hi = max(q.end_char - claim.start_char + reach, 0)
    return claim.text[lo:hi], q.start_char - claim.start_char - lo


def _year_two_ways(pa: str, pb: str) -> bool:
    """(g11) One period a year relative to its article ("last year") and the other a year
    by number ("in 2024"): only the articles' dates tell whether they are one year, and
    `_same_time_frame`, which reads them, has already found the two sentences' years agree."""
    relative = [bool(RELATIVE_YEAR.fullmatch(p)) for p in (pa, pb)]
    written = [bool(re.fullmatch(r"(?:19|20)\d{2}", p)) for p in (pa, pb)]
    return (relative[0] and written[1]) or (relative[1] and written[0])


def _raw_measure(q: Quantity, claim: Claim) -> frozenset[str]:
    """The stems of a figure's measure as written, or of what "the number of ..." before it
    names; (n93) none for a figure named only as "the figure" (`_anaphoric_figure`), whose
    measure is the figure's before it, not its words."""
    if _anaphoric_figure(q, claim):
        return NO_STEMS
    return topic_stems(q.measure) if q.measure else _number_of(q, claim)


def _met_through_a_third(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """(n20) The two measures as written share no stem and no synonym group holds a word of
    each: they met only through a word of two groups ("visitors" and "protesters" are both
    a "crowd" in their own groups, not one another's), which `measure_synonyms` says groups
    are not joined by."""
    raw_a, raw_b = _raw_measure(qa, a), _raw_measure(qb, b)
    if not (raw_a and raw_b) or not raw_a.isdisjoint(raw_b):
        return False
    groups = measure_synonyms()
    return not any(raw_b & set(groups.get(s, ())) for s in raw_a)


def _only_synonyms(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """Both figures name their measure and the two share no stem but through a synonym group."""
    raw_a, raw_b = _raw_measure(qa, a), _raw_measure(qb, b)
    return bool(raw_a and raw_b) and raw_a.isdisjoint(raw_b)


def _subgroup_met_apart(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """(g11) Counts whose measures share no word, one of which qualifies its counted thing
    by a word the other claim does not say ("infant mortality" / "neonatal deaths" per
    1,000 births, "1,150 jobs" / "about 250 agency workers"): a group within the whole,
    not another count of it. Asked of rates per 100,000 only: counts met through shared
    words or an event keep their own tests ("412 of its members joined the stoppage" /
    "250 hospital porters staged a walkout" are one strike; a test of every count cost a
    real conflict on a closed set). Only the qualifiers the figure's own sentence says: a
    measure restated from the sentence before ("That is a rate of ...") is not qualified by
    words it does not say."""
    if qa.unit != "count" or qb.unit != "count" or not _only_synonyms(qa, a, qb, b):
        return False
    return any(not _said_in(m, facts.text(other)) for q, this, other in ((qa, a, b), (qb, b, a))
               for m in _modifiers(q) & topic_stems(this.sentence))


def _modifiers(q: Quantity) -> frozenset[str]:
    """Stems of the words before the head of the figure's measure ("neonatal" of "neonatal
    death"), none for a measure of one word."""
    if not q.measure:
        return frozenset()
    first = MEASURE_PREPOSITION.split(q.measure)[0].split()
    return topic_stems(" ".join(first[:-1])) if len(first) > 1 else frozenset()


def _said_in(word: str, stems: frozenset[str]) -> bool:
    """The stem, or one differing only in its last letter ("knif" / "kniv": the crude stem
    does not join "knife" and "knives"), is among `stems`."""
    return word in stems or (len(word) >= 4 and any(len(s) == len(word) and s[:-1] == word[:-1] for s in stems))


@cache
def extreme_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in data_lines("conflict_extreme_words.txt"))


def _extreme(q: Quantity, facts: _Facts) -> bool:
    """The figure's measure names the extreme of a series ("peak annual sales"): it is
    not the figure of one year of it."""
    return not facts.measure(q).isdisjoint(extreme_stems())


@cache
def singled_out_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in data_lines("conflict_superlatives.txt"))
    return re.compile(rf"\b(?:the|its|their)\s+(?:single\s+)?(?:{words})\b", re.IGNORECASE)


# "At the largest farm, ...", "In the worst-hit district, ...": a phrase opening the
# sentence sets where all of it holds; (p32) with an apposition after it ("At Tollmouth
# airport, the airline's biggest base, ...", "At Kelby, the operator's busiest terminal, ...").
OPENING_PHRASE = re.compile(r"^[\W_]*(?:at|in|on|among|for)\s+[^,;:]{1,60},", re.IGNORECASE)
OPENING_APPOSITION = re.compile(r"\s+[^,;:]{1,60},")


@cache
def singled_out_by_owner_pattern() -> re.Pattern[str]:
    """(p32) A superlative after an owner's name or noun ("the airline's biggest base",
    "Tollway's busiest terminal"): read only in an opening phrase's apposition, where it
    says which member of the owner's places the sentence is about. In the figure's own
    clause "the country's largest bank cut 3,000 jobs" names the whole bank."""
    words = "|".join(re.escape(w) for w in data_lines("conflict_superlatives.txt"))
    return re.compile(rf"(?:\b(?:the|its|their)\s+)?\b[\w-]+['’]s?\s+(?:single\s+)?(?:{words})\b", re.IGNORECASE)


def _singled_out(q: Quantity, claim: Claim) -> bool:
    """The figure's own clause, or a phrase opening its sentence before it, singles out
    one member or point of a series with a superlative ("At the largest farm, 95,000
    birds", "25 metres at its worst point"): the figure of that member is not a rival of
    the whole's or the average's (p11)."""
    start, _ = _sentence_offsets(q, claim)
    opening = OPENING_PHRASE.match(claim.sentence)
    scope = clause_around(q, claim) + (" " + opening.group(0) if opening and opening.end() <= start else "")
    if singled_out_pattern().search(scope):
        return True
    apposition = OPENING_APPOSITION.match(claim.sentence, opening.end()) if opening else None
    return (apposition is not None and apposition.end() <= start
            and bool(singled_out_by_owner_pattern().search(apposition.group(0))))


def _answers_the_part(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """One figure is the stated whole of a part in its sentence ("more than 120 of the 300
    homes") and the other agrees with that part ("about 120 homes are affected"): it
    answers the part, not the whole."""
    for whole, claim, other in ((qa, a, qb), (qb, b, qa)):
        for part in claim.quantities:
            if part is whole or facts.whole(part, claim) is not whole:
                continue
            converted = _converted(part, other)
            ip, io = interval(part, WHOLE_TOLERANCE), interval(converted, WHOLE_TOLERANCE) if converted else None
            if ip is not None and io is not None and _overlap(ip, io):
                return True
    return False


def _part_against_whole(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """One figure is part of a stated whole ("14 of the 300 homes") and the other is that
    whole's value ("300 homes")."""
    for part, claim, other in ((qa, a, qb), (qb, b, qa)):
        whole = facts.whole(part, claim)
        if whole is None or whole.value is None or other.value is None:
            continue
        converted = _converted(other, whole)
        if converted is not None and abs(converted.value - other.value) <= WHOLE_TOLERANCE * abs(other.value):
            return True
    return False


# "Twelve of the injured", "some of those evacuated": a figure followed by "of the" and a
# group named without a figure is a part of that group (n10). A possessive ("2.3 million
# of its customers") names an owner's whole population, which the other figure may count
# too: not a part.
# (g57) ... and so is one before "of the" and the group's own figure ("11 of the 14 villages"),
# against that whole only: the other figure must give the same number (`_whole_figure`).
PARTITIVE_AFTER = re.compile(r"^\s+of\s+(?:the|those|these)\s+(?:(?P<whole>\d[\d,]*)\s+)?"
                             r"((?:[a-z][\w-]*\s+){0,1}[a-z][\w-]*)")


# "two of them", "three of whom": a part of a group named before, whatever it is.
PARTITIVE_PRONOUN = re.compile(r"^\s+of\s+(?:them|whom|which)\b")
# (g57) ... and "of which £11.2m", "of whom 310": a part of the figure the clause gave before.
PARTITIVE_PRONOUN_BEFORE = re.compile(r"\bof\s+(?:which|whom)\s+(?:(?:about|around|some|nearly|almost|only|just)\s+)?$",
                                      re.IGNORECASE)


ANY_GROUP = frozenset({"*"})


def _partitive_group(q: Quantity, claim: Claim) -> frozenset[str]:
    """Stems of the group a figure is a part of when its sentence names the group with
    no figure ("Twelve of the injured were taken to hospital" -> injur), `ANY_GROUP` for
    a pronoun ("two of them"); empty otherwise."""
    _, end = _sentence_offsets(q, claim)
    after = claim.sentence[max(end, 0):max(end, 0) + 60]
    if PARTITIVE_PRONOUN.match(after) or PARTITIVE_PRONOUN_BEFORE.search(_before_figure(q, claim, 40)):
        return ANY_GROUP
    m = PARTITIVE_AFTER.match(after)
    if not m or YEAR.search(m.group(2)):
        return frozenset()
    return topic_stems(m.group(2))


def _whole_figure(q: Quantity, claim: Claim) -> float | None:
    """(g57) The group's own figure a part names ("11 of the 14 villages" -> 14), if any."""
    _, end = _sentence_offsets(q, claim)
    m = PARTITIVE_AFTER.match(claim.sentence[max(end, 0):max(end, 0) + 60])
    return float(m.group("whole").replace(",", "")) if m and m.group("whole") else None


def _part_of_named_group(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """(n10) One figure is a part of a group its sentence names ("Twelve of the injured
    were taken to hospital") and the other counts that group itself ("62 people were
    injured"): a part against its whole, though no figure states the whole. Two parts of
    one group ("1,400 of the dockworkers" / "2,000 of the dockworkers") still compare.
    Two shares are never a part and its whole (n19): "58% voting against" is a share of the
    votes as much as "Of the votes cast, 52% ..." or "52% of the votes" is."""
    if qa.unit == qb.unit == "percent":
        return False
    ga, gb = _partitive_group(qa, a), _partitive_group(qb, b)
    if bool(ga) == bool(gb):
        return False
    group, part, part_claim, other, other_claim = (ga, qa, a, qb, b) if ga else (gb, qb, b, qa, a)
    whole = _whole_figure(part, part_claim)
    if whole is not None and other.value != whole:
        # (g57) "96 of the 500 products" / "14 products": the other is no count of the whole
        return False
    if group == ANY_GROUP:
        # ... unless the other figure counts the part's own act ("340 runners, 18 of whom
        # were taken to hospital" / "took 41 runners to hospital"): then it is a rival of
        # the part (p11).
        return facts.events(part, part_claim).isdisjoint(facts.events(other, other_claim))
    counted = facts.measure(other, other_claim) | facts.events(other, other_claim)
    # The part's own measure is the group's word as the parser lemmatised it ("Nine of the
    # children" counts "child"; the stems of the text keep "children") (p11).
    group = _widen(group) | facts.measure(part, part_claim)
    return not group.isdisjoint(counted | frozenset(s for e in counted for s in topic_stems(e)))


# (n19) The side of a vote a share took, in its own clause after it: "52% were against the
# scheme", "39% voted in favour", "41% voting for".
VOTE_SIDE = re.compile(r"^[^,;.]{0,40}?\b(?:(?P<against>against|oppos(?:ed|ing|es?)|vot(?:ed|ing|es?)\s+no)"
                       r"|(?P<for>in\s+favou?r|vot(?:ed|ing|es?)\s+(?:for|yes)|back(?:ed|ing|s)?|support(?:ed|ing|s)?))\b",
                       re.IGNORECASE)


def _vote_side(q: Quantity, claim: Claim) -> str | None:
    """'against' or 'for' when the clause right after a share says which side it voted."""
    if q.unit != "percent":
        return None
    _, end = _sentence_offsets(q, claim)
    m = VOTE_SIDE.match(claim.sentence[max(end, 0):max(end, 0) + 60])
    return None if m is None else ("against" if m.group("against") else "for")


def _other_sides(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """(n19) Shares of one vote taken by its two sides ("61% of the votes were against it" /
    "39% were in favour") are the two parts of one whole, not rival figures."""
    sa, sb = _vote_side(qa, a), _vote_side(qb, b)
    return sa is not None and sb is not None and sa != sb


# (f38) Words right before a figure that make it a margin between two sides: "won ... by 84
# votes", "beat them by 12 points", "a lead of 131 votes", "a majority of 3,100", "the
# margin (of victory) was 48", "came within 300 votes of".
MARGIN_BEFORE = re.compile(
    r"(?:\b(?:won|win|wins|winning|lost|lose|loses|losing|beat|beats|beaten|defeated|ahead|behind|trailed|trails|"
    r"trailing|carried)\b[^.;,:]{0,60}?\bby"
    r"|\b(?:margin|majority|lead|gap)\s+of(?:\s+victory)?(?:\s+(?:was|is|stood\s+at|at))?"
    r"|\bmargin(?:\s+of\s+victory)?\s+(?:was|is|stood\s+at|of|at)"
    r"|\b(?:came|come|comes|coming|finished|was|were)\s+within"
    # (n57) the difference between two counts, a speech tag in commas allowed: "The
    # difference, the alliance says, is 2,700 searches" is no count of all searches
    r"|\b(?:difference|discrepancy)(?:\s*,[^,.;:]{1,50},)?\s+(?:is|was|of|amounts?\s+to|comes?\s+to))"
    # ... and the figure set against a margin as its rival: "a margin of 48 votes, not 84"
    r"(?:\s+[\d,.]+(?:\s+[a-z]+)?,?\s+(?:not|rather\s+than|instead\s+of))?"
    r"\s+(?:(?:just|only|about|around|some|nearly|almost|more\s+than|fewer\s+than|less\s+than|at\s+least|a\s+mere|"
    r"a|an|the)\s+)*$",
    re.IGNORECASE)


def _is_margin(q: Quantity, claim: Claim) -> bool:
    """(f38) A count that is the margin between two sides ("won the seat by 84 votes", "a
    lead of 131 votes") measures a difference, not a number of votes cast, rejected or
    issued: a margin is compared with margins only ("by 84" / "a margin of 48"), never with
    the counts it is the difference of ("18,412 votes") or others of its unit ("96 postal
    votes had been rejected")."""
    if q.unit != "count":
        return False
    before = _before_figure(q, claim, 90)
    # "by 790 votes" with its verb in another sentence as split: a count of votes after
    # "by" is a margin too.
    return bool(MARGIN_BEFORE.search(before)) or (bool(BY_BEFORE.search(before))
                                                  and bool(VOTES_AFTER.match(_after_figure(q, claim, len(q.surface) + 12)[len(q.surface):])))


BY_BEFORE = re.compile(r"\bby\s+(?:(?:just|only|about|around|some|nearly|almost|more\s+than|fewer\s+than|less\s+than|"
                       r"a\s+mere)\s+)*$", re.IGNORECASE)
VOTES_AFTER = re.compile(r"^\s*votes?\b", re.IGNORECASE)


# (f38) "the top two grades", "its bottom three clubs": the words right before a figure
# naming a band of a ranking.
RANK_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our|a)\s+(?:very\s+)?(?:top|bottom|highest|lowest)\s+$",
                         re.IGNORECASE)


def _rank_range(q: Quantity, claim: Claim) -> bool:
    """(f38) A small count naming a band of a ranking ("27.2% of entries were awarded the
    top two grades", "the bottom three clubs") says which grades or places, not how many of
    anything were counted: it is set against no count ("29 grades had been lowered")."""
    return q.unit == "count" and bool(RANK_BEFORE.search(_before_figure(q, claim, 40)))


def _part_exceeds_total(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """Of a figure stated as a total ("143 rejected in total") and one that is not ("as
    many as 900 wrongly rejected"), the second is larger than the first: a part cannot
    exceed its whole. A smaller one may be a part of it, and is no conflict."""
    total, other = (qa, qb) if facts.total(qa, a) else (qb, qa)
    total_claim, other_claim = (a, b) if total is qa else (b, a)
    if any(not _said_in(m, facts.text(other_claim)) for m in _modifiers(total) & topic_stems(total_claim.sentence)):
        # (u18) A total of a group the other claim does not name ("231 postal ballots
        # were rejected in total" / "1,106 ballots were rejected"): it bounds that group
        # only, and the larger figure may be the whole the group is part of.
        return False
    converted = _converted(total, other)
    if converted is None:
        return False
    whole = total.high if total.high is not None else total.value
    part = converted.low if converted.low is not None else converted.value
    return whole is not None and part is not None and part > whole


# (g77) A figure whose clause closes on "in all" ("had finished 1,180 homes in all.",
# "about 71,000 flights in all, and 5,640 at night") states a whole, as the words of
# conflict_total_words.txt do. "in all" before a noun is a scope, no total: "19 goals in
# all competitions" is kept a plain count.
TOTAL_AFTER = re.compile(r"^[^,;:.!?\"“”()]{0,40}?\bin\s+all\s*(?=[,;:.!?)]|$)", re.IGNORECASE)


def _total(q: Quantity, claim: Claim) -> bool:
    """A word of conflict_total_words.txt next to the figure, or (g77) the figure's clause
    closing on "in all" (`TOTAL_AFTER`)."""
    lo = max(q.start_char - claim.start_char - SCOPE_REACH_CHARS, 0)
    hi = max(q.end_char - claim.start_char + SCOPE_REACH_CHARS, 0)
    if total_pattern().search(claim.text[lo:hi]):
        return True
    return bool(TOTAL_AFTER.match(_after_figure(q, claim, len(q.surface) + 60)[len(q.surface):]))


# (u24) A figure that counts a part of a group its sentence names ("95 of the postponed
# operations", "of which around 1,300 are in temporary accommodation").
PART_AFTER = re.compile(r"^\s+of\s+(?:the|them|those|these|whom|which|its|their|his|her)\b", re.IGNORECASE)


PART_BEFORE = re.compile(rf"\bof\s+(?:which|whom|them|those|these)\s*,?\s*(?:(?:{FIGURE_HEDGES})\s+)*$", re.IGNORECASE)


def _named_part(q: Quantity, claim: Claim) -> bool:
    """(u24) The figure counts a part of a group its sentence names, right after it ("95 of
    the postponed operations", "23 of them") or right before it ("of which around 1,300")."""
    end = _sentence_offsets(q, claim)[1]
    return bool(PART_AFTER.match(claim.sentence[max(end, 0):]) or PART_BEFORE.search(_before_figure(q, claim, 40)))


def _head_named_across(qa: Quantity, a: Claim, qb: Quantity, b: Claim, matter: float, facts: _Facts) -> bool:
    """(u24) Two counts of other articles whose sentences share most rare words (`matter` at
    `COMPARED_MATTER`, the bar at which sums and shares need no shared measure), the head of
    one figure's measure named in the other figure's own words ("Just 620 of them were
    affordable homes" / "Only 410 of the homes approved were classed as affordable"; "found
    mould in 23 of them" / "70 of the block's 120 flats had black mould"): one thing counted,
    worded once in full and once in short. Counts are held to more than sums (a story has
    many): the measure must not be answered by another figure of the other claim
    (`_measured_apart`), the two articles must differ (an article's own sentences name its
    counts in many relations), and both figures or neither must count a named part of a
    group (`_named_part`: "of which around 1,300 are in temporary accommodation" is no
    rival of "Around 9,000 households are on the waiting list")."""
    if matter < COMPARED_MATTER or a.article_id == b.article_id:
        return False
    if _compound_modifier(qa, a) or _compound_modifier(qb, b):  # "a three-bedroom house" (n60)
        return False
    # The head as written (`measure_head`), not widened by synonyms as `facts.head` is:
    # "households" is no head of "About 600 are in temporary homes".
    heads = ((measure_head(qa) - _capitalised_stems(a.sentence)) & facts.own_text(qb, b)
             or (measure_head(qb) - _capitalised_stems(b.sentence)) & facts.own_text(qa, a))
    return (bool(heads) and not _measured_apart(qa, a, qb, b, facts)
            and _named_part(qa, a) == _named_part(qb, b))


COMPOUND_MODIFIER_AFTER = re.compile(r"^-[a-z]+\s+[a-z]", re.IGNORECASE)


def _compound_modifier(q: Quantity, claim: Claim) -> bool:
    """(n60) A count joined by a hyphen to its noun before another noun ("a three-bedroom
    house", "a 12-storey block"): it tells what the house or block is like, so the words
    around it (the family living there) are no short form of what it counts."""
    _, end = _sentence_offsets(q, claim)
    return end >= 0 and bool(COMPOUND_MODIFIER_AFTER.match(claim.sentence[end:end + 30]))


def _measured_apart(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """Both figures name what they measure, neither measure's head is in the other's words
    (apart from other figures), and one claim holds a figure of the other's measure
    ("pre-tax profit fell 5%" in the sentence of "revenue rose 8%"): that is the figure
    the other answers, not this one."""
    if not (qa.measure and qb.measure):
        return False
    return any(facts.head(q1) & facts.text(c2) and not facts.head(q1) & facts.own_text(q2, c2)
               for q1, q2, c2 in ((qa, qb, b), (qb, qa, a)))


# Words of running text, and which of them are figures; the words either side of a figure
# say what it measures ("revenue rose 8%", "profit of £3m").
TEXT_WORD = re.compile(r"[$£€]?[\w'’.,%-]*\w%?")


FIGURE_WORD = re.compile(r"^[$£€]?\d")


FIGURE_WORDS_AROUND = 2


def _stems_apart_from_other_figures(q: Quantity, claim: Claim) -> frozenset[str]:
    """The stems of the claim's text other than the `FIGURE_WORDS_AROUND` words either side
    of figures other than `q` ("revenue rose 8%" in a claim of "pre-tax profit fell 5%"):
    those name what the other figures measure, not what `q` does."""
    start, end = q.start_char - claim.start_char, q.end_char - claim.start_char
    words = list(TEXT_WORD.finditer(claim.text))
    dropped: set[int] = set()
    for k, w in enumerate(words):
        if FIGURE_WORD.match(w.group(0)) and not (w.start() < end and start < w.end()):
            dropped.update(i for i in range(k - FIGURE_WORDS_AROUND, k + FIGURE_WORDS_AROUND + 1)
                           if 0 <= i < len(words) and not (words[i].start() < end and start < words[i].end()))
    return topic_stems(" ".join(w.group(0) for k, w in enumerate(words) if k not in dropped))


def _scope(q: Quantity, claim: Claim) -> frozenset[str]:
    """Scope words written next to a figure ("3 million users worldwide", "148,000 homes,
    excluding conversions"): a figure with a stated scope measures something else than
    one without, or with another."""
    window, figure_at = _around_figure(q, claim, SCOPE_REACH_CHARS)
    return frozenset(m.group(0).lower() for m in scope_pattern().finditer(window)
                     if not _befell_the_counted(m, window) and not _includes_the_figure(m, window[m.end():figure_at], q, claim))


# (m19) The words a verb "include" may have between it and its object figure.
INCLUDED_OBJECT = re.compile(rf"^\s+(?:(?:{FIGURE_HEDGES}|an\s+extra|a\s+further|another)\s+)*$", re.IGNORECASE)


INCLUDE_VERBS = frozenset({"include", "includes", "included"})


def _includes_the_figure(m: re.Match[str], between: str, q: Quantity, claim: Claim) -> bool:
    """(m19) "The scheme would include 700 homes": the figure is what a finite "include"
    takes, the thing counted, not a scope stated beside it ("148,000 homes, including
    conversions", "excluding agency staff"). Not when a figure comes before it in the claim
    ("the 2,000 figure includes 300 agency workers": the included is a part of that one)."""
    if m.group(0).lower() not in INCLUDE_VERBS or not INCLUDED_OBJECT.match(between):
        return False
    return not any(o is not q and o.end_char <= q.start_char for o in claim.quantities)


# (u18) Words after a passive participle that tell why, how or by whom it was done.
PASSIVE_FOLLOWERS = re.compile(r"\s+(?:because|by|from|for|after|over|on|as|due|when|under|at)\b",
                               re.IGNORECASE)


def _befell_the_counted(m: re.Match[str], window: str) -> bool:
    """(u18) A scope verb's participle after the counted noun and before a reason or an
    agent ("600 postal votes excluded because of a misprinted envelope", "were excluded
    by the count") tells what was done to the things counted, an event, not what a figure
    leaves out ("the figure excluded agency staff", "excluding conversions")."""
    return m.group(0).lower().endswith("ed") and bool(PASSIVE_FOLLOWERS.match(window, m.end()))


def _sentence_offsets(q: Quantity, claim: Claim) -> tuple[int, int]:
    return q.start_char - claim.sentence_start, q.end_char - claim.sentence_start


def _before_figure(q: Quantity, claim: Claim, chars: int | None = None) -> str:
    """The claim's sentence before the figure, or only its last `chars` characters: the
    words that say what kind of figure it is ("rose by", "the number of ... was")."""
    start = max(_sentence_offsets(q, claim)[0], 0)
    return claim.sentence[max(start - chars, 0) if chars is not None else 0:start]


def _is_stock(q: Quantity, claim: Claim) -> bool:
    """A figure right after a verb of possession ("has about 9 million customers"), or the
    stated whole of a part ("1,400 of the port's 2,300 registered dockworkers"): the size
    of a whole, which a count of those affected or added is not measured against."""
    before = _before_figure(q, claim, 40)
    return bool(stock_pattern().search(before) or EXISTENTIAL.search(before)) or is_whole(q, claim)


# "There are currently 8,900 households on the list": a figure said to exist is a stock,
# as one after a verb of possession is ("the borough has around 14,000 households") (n9).
EXISTENTIAL = re.compile(r"\bthere\s+(?:are|were|is|was|remain)\s+(?:(?:now|currently|still|already|about|around|"
                         r"roughly|some|nearly|almost|over|more\s+than|fewer\s+than|at\s+least)\s+)*$", re.IGNORECASE)


# The word right before a figure ("evicted 6,400", "recorded 2,340").
WORD_BEFORE = re.compile(r"\b([a-z]{4,})\s+$")


def _act_before(q: Quantity, claim: Claim) -> frozenset[str]:
    """Stem of the lowercase word right before a figure, the act it counts when a verb
    ("evicted 6,400 households"); function words say nothing."""
    m = WORD_BEFORE.search(_before_figure(q, claim, 30))
    if not m or m.group(1) in FUNCTION_WORDS:
        return frozenset()
    return topic_stems(m.group(1))


# "the real number of new maths teachers was closer to": what a figure after it counts.
NUMBER_OF = re.compile(r"\bnumber\s+of\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:was|were|is|are|stood|stands|"
                       r"reached|had|has|at|closer|nearer|came)\b", re.IGNORECASE)


def _number_of(q: Quantity, claim: Claim) -> frozenset[str]:
    """Stems of what "the number of X was ..." before a figure with no measure counts."""
    found = list(NUMBER_OF.finditer(_before_figure(q, claim)))
    frames = measure_frame_stems()
    if not found:
        # "Turnout was just over 61 per cent": the subject of the copula right before the
        # figure is what it measures (n9).
        m = COPULA_SUBJECT.search(_before_figure(q, claim, 80))
        if not m:
            return frozenset()
        return frozenset(s for s in topic_stems(m.group(1)) if s not in frames)
    return frozenset(s for s in topic_stems(found[-1].group(1)) if s not in frames)


# "put the total waiting list at some 41,000 patients", "puts the cost at up to £140
# million": the object of an estimating verb before "at" is what the figure measures (n10).
PUT_AT = re.compile(
    r"\b(?:put|puts|putting|estimated|estimates|estimating|priced|prices|pricing|valued|values|valuing|"
    r"placed|places|placing)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?((?:[A-Za-z][\w'’-]*\s+){0,3}?"
    r"[a-z][\w'’-]*)\s+at\s+(?:(?:just|only|about|around|roughly|some|nearly|almost|over|under|more\s+than|"
    r"less\s+than|fewer\s+than|at\s+least|close\s+to|up\s+to|as\s+much\s+as|as\s+many\s+as)\s+)*$",
    re.IGNORECASE)


def _put_at(q: Quantity, claim: Claim) -> frozenset[str]:
    """(n10) Stems of what an estimating verb right before the figure puts at it ("put the
    total waiting list at some 41,000 patients" -> total, waiting, list), the frames of a
    count ("number", "figure") aside: the figure's measure as much as the noun after it."""
    m = PUT_AT.search(_before_figure(q, claim, 80))
    if not m:
        return frozenset()
    frames = measure_frame_stems()
    return frozenset(s for s in topic_stems(m.group(1)) if s not in frames)


@cache
def rival_figure_adjectives() -> frozenset[str]:
    return frozenset(data_lines("conflict_rival_figure_adjectives.txt"))


# (n93) "the real figure is", "puts the number at", "the true number was": a frame noun
# (with an adjective of conflict_rival_figure_adjectives.txt) naming a figure by its role.
FIGURE_ANAPHOR_REACH = 60
ANTECEDENT_REACH_CHARS = 500
# the frame noun's link to the figure, nothing between: "the figure at", "the real figure is
# more than", "our figure of" ("the number facing redundancy was 74" names what it counts)
FIGURE_ANAPHOR_LINK = (r"(?:is|was|were|are|at|of|(?:would|will|could|might|may)\s+be|(?:has|had|have)\s+been|"
                       r"stood\s+at|stands\s+at)\s+(?:(?:nearer|closer|to|about|around|roughly|only|just|nearly|"
                       r"almost|less|more|fewer|than|no|not|under|over|some|well|likely|at|least)\s+)*[\"“‘']?\s*")


def _anaphoric_figure(q: Quantity, claim: Claim) -> bool:
    """(n93) A figure its clause names only as "the figure", "the number" or "the real
    figure" ("The real figure is more than 2,100", "puts the figure at 690"): every word
    of its measure is a frame noun, an adjective of a rival figure or the estimating verb
    the parse took for one, and a frame noun stands before it. (n95) The frame noun may
    be an owner's ("The company's own count was 37,800", "The commission's own estimate
    is £25m"), whose words the parse then took for the measure, and a count or estimate
    may find or show the figure ("its own count found 22,000")."""
    frames = measure_frames()
    plain = frames | rival_figure_adjectives() | figure_finding_lemmas() | {"put", "puts", "putting", "estimate", "estimated"}
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", q.measure or "")]
    before = _before_figure(q, claim, FIGURE_ANAPHOR_REACH)
    if any(w not in plain for w in words) and "'s" not in before and "’s" not in before:
        return False  # cheap first: a measure of its own and no owner to have lent it words
    adjectives = "|".join(sorted(rival_figure_adjectives()))
    nouns = "|".join(sorted(frames))
    finding = "|".join(sorted(figure_finding_lemmas()))
    m = re.search(rf"(?:\b(?:the|its|their|our|his|her)|{FIGURE_OWNER})\s+(?P<adjective>(?:{adjectives})\s+)?(?:{nouns})\s+"
                  rf"(?:(?P<link>{FIGURE_ANAPHOR_LINK})|(?:{finding})\s+{FIGURE_FINDING_HEDGES})$", before, re.IGNORECASE)
    if m is None:
        return False
    owner = m.group("owner") or ""
    if owner and m.group("link") is not None and not m.group("adjective"):
        # "the alliance's figure of 16%", "the union's figure of 412 was not supported": a
        # rival's figure named by someone else, whose article's figure before it is often
        # another matter; only the owner's own ("the council's own estimate is") is read
        return False
    allowed = plain | {w.lower() for w in re.findall(r"[A-Za-z]+", owner)}
    return all(w in allowed for w in words)


# (n95) "The company's own count", "the commission's own estimate", "the trust's real figure": an
# owner's frame noun (one to three words before the possessive)
FIGURE_OWNER = r"\b(?P<owner>(?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*['’]s)"


@cache
def figure_finding_lemmas() -> frozenset[str]:
    """(n95) The verbs by which a count or estimate gives its figure ("its own count found
    22,000", "the survey showed 41%"), every form (the parse may take one for the measure)."""
    return frozenset(data_lines("conflict_figure_finding_verbs.txt"))


# after a finding verb, words of closeness before the figure ("found just over 400")
FIGURE_FINDING_HEDGES = r"(?:(?:only|just|about|around|roughly|nearly|almost|more|fewer|less|than|over|under|some|well)\s+)*"


def _antecedent_measure(q: Quantity, claim: Claim, figures: Iterable[tuple[Quantity, Claim]]) -> frozenset[str]:
    """(n93) What a figure named only as "the figure" (`_anaphoric_figure`) counts: the
    measure of the nearest figure of its unit before it in its article, within
    `ANTECEDENT_REACH_CHARS` ("Kestrel said it cancelled 1,450 flights ... The consumer
    group says the true number was more than 2,600": flights). Empty when there is none."""
    if not _anaphoric_figure(q, claim):
        return frozenset()
    best = None
    for other, c in figures:
        if other is q or other.unit != q.unit or other.value is None or other.per != q.per:
            continue
        if not (0 < q.start_char - other.end_char <= ANTECEDENT_REACH_CHARS) or _anaphoric_figure(other, c):
            continue
        if best is None or other.start_char > best[0].start_char:
            best = (other, c)
    if best is None:
        return frozenset()
    other, c = best
    return measure_stems(other) if other.measure else _widen(_number_of(other, c) | _put_at(other, c))


# "Turnout was just over", "the jobless rate stood at": a short lowercase subject (after a
# clause edge or the sentence start) then a copula and at most a qualifier, up to a figure.
COPULA_SUBJECT = re.compile(
    r"(?:^|[,;:]\s+|\b(?:that|and|but)\s+)(?:the\s+|its\s+|their\s+)?((?:[A-Za-z][a-z-]+\s+){0,2}?[a-z-]{4,})"
    r"\s+(?:was|is|were|are|stood\s+at|stands\s+at|came\s+in\s+at|reached)\s+"
    r"(?:(?:just|only|about|around|roughly|some|nearly|almost|over|under|more\s+than|less\s+than|fewer\s+than|"
    r"at\s+least|close\s+to)\s+)*$")


PERIOD_GRAINS = (
    ("since", re.compile(r"^since\b")),
    ("quarter", re.compile(r"quarter")),
    ("season", re.compile(r"season")),
    ("month", re.compile(rf"month|{MONTHS.lower()}")),
    ("year", re.compile(r"year|\d{4}")),
)


def _period_grain(period: str) -> str:
    """What a period is counted in: "in May" and "last month" are months, "2023" and "this
    year" years. Periods of different grains may hold one another ("last month" of "this
    year") and do not set two figures apart."""
    return next((grain for grain, pattern in PERIOD_GRAINS if pattern.search(period)), period)


def _period(q: Quantity, claim: Claim) -> str | None:
    """The month, quarter or year written just after a figure ("4.6% in May", "7.1% in
    June last year"): two figures of one measure for different periods do not conflict,
    even when their sentences name the same periods elsewhere."""
    _, end = _sentence_offsets(q, claim)
    m = FIGURE_PERIOD.match(claim.sentence[max(end, 0):max(end, 0) + PERIOD_REACH_CHARS])
    return " ".join((m.group(1) or m.group(2)).lower().split()) if m else None


# "and that in 2021 parking income was": a year the figure's own clause opens on (n10);
# (f31) "the largest fire since 2019, when about 3,000 hectares burned": "since" a year
# runs to now, but the "when" clause after it tells of that year.
YEAR_BEFORE = re.compile(r"\b(?:in|during)\s+(?:the\s+)?((?:19|20)\d{2})\b"
                         r"|\bsince\s+((?:19|20)\d{2}),?\s+when\b", re.IGNORECASE)


# (f31) "the 2019 fire, which burned about 3,000 hectares": a clause on a thing the year
# names, the figure in it of that year.
YEAR_NOUN_CLAUSE = re.compile(r"\bthe\s+((?:19|20)\d{2})\s+[a-z]+(?:\s+[a-z]+)?,?\s+(?:which|that|when)\b[^,;:.]*$",
                              re.IGNORECASE)


CLAUSE_OPENING = re.compile(r"[;:]|\b(?:that|which|while|but|whereas)\b", re.IGNORECASE)

# (f34) Between two figures, only "and" and a past verb: the second figure's verb shares
# the first's subject, and so the year of that subject's clause.
SHARED_SUBJECT_BETWEEN = re.compile(rf"^\s+and\s+[a-z]+ed\s+(?:(?:{FIGURE_HEDGES})\s+)*$")


def _from_clause_opening(before: str) -> str:
    """The words before a figure from its own clause's opening on (all if none opens one)."""
    edges = list(CLAUSE_OPENING.finditer(before))
    return before[edges[-1].end():] if edges else before


def _year_before(q: Quantity, claim: Claim) -> str | None:
    """(n10) The year written before a figure in its own clause, with no other figure
    between ("... and that in 2021 parking income was £2.6m"): read by `_one_of_history`
    as a year written after the figure is. A year of an earlier clause dates that clause.
    (Not a period for `_same_measure`: "In 2024 ... completed 610" and "420 ... last year"
    are one year, which only the articles' dates tell.)"""
    start, _ = _sentence_offsets(q, claim)
    lo = max(start - PERIOD_REACH_CHARS, 0)
    for other in claim.quantities:
        o_start, o_end = _sentence_offsets(other, claim)
        if other is not q and o_end <= start:
            # (f34) "in 2022, lasted eight days and involved about 1,400 workers": a second
            # verb of one subject, the year still its own.
            if SHARED_SUBJECT_BETWEEN.match(claim.sentence[max(o_end, 0):max(start, 0)]):
                continue
            # ... and past the period written after that figure ("£2.6 million in 2021").
            own = FIGURE_PERIOD.match(claim.sentence[max(o_end, 0):max(start, 0)])
            lo = max(lo, o_end + (own.end() if own else 0))
    dated_noun = YEAR_NOUN_CLAUSE.search(claim.sentence[lo:max(start, 0)])
    if dated_noun:
        return dated_noun.group(1)
    before = _from_clause_opening(claim.sentence[lo:max(start, 0)])
    found = list(YEAR_BEFORE.finditer(before))
    return (found[-1].group(1) or found[-1].group(2)) if found else None


def _about_other_entities(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts,
                          outlets: frozenset[str] = frozenset()) -> bool:
    """Both figures name who or what they are about, and it is not the same: "Ibsen won
    54%" and "Quill took 41%". The speakers' own names do not count, nor (n10) a name that
    is the figure's own measure ("Turnout was 31%": a sentence-initial measure read as a
    name) or an outlet reporting the story ("documents seen by the Evening Star")."""
    ea = _entities_about(qa, a, facts, outlets)
    eb = _entities_about(qb, b, facts, outlets)
    if not (ea and eb and ea.isdisjoint(eb)):
        return False
    # Entities the two sentences share, even as a source, still tie the figures together;
    # but one official source speaking for both ("the commission said") does not: it
    # gives the figures of several candidates or parties (n9).
    full_a, full_b = facts.entities(qa, a, True), facts.entities(qb, b, True)
    shared = full_a & full_b
    if not shared:
        return True
    return shared <= _speaker_stems(a) & _speaker_stems(b)


def _entities_about(q: Quantity, claim: Claim, facts: _Facts, outlets: frozenset[str]) -> set[str]:
    """(n10) The entity words of a figure less the head of its own measure and the names
    of the outlets of the two articles: neither says whom the figure is about."""
    words = facts.entities(q, claim)
    # Only a name wholly of an outlet's words is the outlet: "Riverton" in a story of the
    # "Riverton Standard" may be the town the figure is about.
    # The measured thing itself (the head: "turnout"), not every word of the measure
    # ("home in ashby" names the town the figure is about).
    drop = set(measure_head(q) if q.measure else _number_of(q, claim))
    for e in q.entities:
        stems = topic_stems(e)
        if stems and stems <= outlets:
            drop |= stems
    return words - drop if words & drop else words


def _outlet_stems(*refs: ClaimRef) -> frozenset[str]:
    """Stems of the outlets' names ("The Rothwell Evening Star" -> rothwell, even, star)."""
    return frozenset(s for r in refs if r.outlet for s in topic_stems(r.outlet))


def _speaker_stems(claim: Claim) -> frozenset[str]:
    return topic_stems(claim.speaker or "")


REASON_CLAUSE = re.compile(r",\s+(?:because|citing)\b", re.IGNORECASE)


def _entity_words(q: Quantity, claim: Claim, keep_sources: bool = False) -> set[str]:
    """Words of the entities a figure is about, leaving out every entity that is its
    source ("St. Aldhelm's Hospital Trust said it had treated 70 cases": the trust is
    who counts, not what is counted), unless `keep_sources`; the speaker's own words
    are left out unless `keep_sources`."""
    speaker = topic_stems(claim.speaker or "")
    voice = _voice_stems(claim)
    # "... at £25 million a day, because cargo was diverted to Saltmouth": names in a
    # reason clause after the figure are not what it is about.
    _, end = _sentence_offsets(q, claim)
    reason = REASON_CLAUSE.search(claim.sentence, max(end, 0))
    outside = claim.sentence[reason.start():] if reason else ""
    words: set[str] = set()
    for e in q.entities:
        if outside and e in outside and e not in claim.sentence[:reason.start()]:
            continue
        stems = topic_stems(e)
        if keep_sources or not _names_match(stems, voice):
            words |= stems
    # A party that speaks for one figure and is named by the other ties them too ("14 of
    # the 300 homes", said the builder / "120 of the builder's homes", said residents).
    return words | speaker if keep_sources else words - speaker


def find_numeric_conflicts(judged: list[_Judged], related: _RelatedClaims, settings: ConflictSettings,
                           stories: _Stories | None = None) -> Iterable[Conflict]:
    return (conflict for conflict, _ in _numeric_conflicts(judged, related, settings, stories))


def _figures_key(qa: Quantity, other: Quantity) -> tuple:
    """The two values in one unit, smaller first: what a numeric conflict of two figures
    asks ("4,200 or 2,100?"), whoever repeats it."""
    return (qa.unit, *sorted((qa.value, other.value)))


def _background_figure(a: _Judged, b: _Judged, facts: _Facts | None = None) -> bool:
    """(q24) In one article, a figure of the outlet's own unattributed sentence naming no
    source (no "according to", reporting subject or owner, no estimating verb before a
    figure: `_put_at`) against a figure of a party it quotes: the writer's background
    ("The plant employs 310 people") beside the party's words ("About 60 workers were
    evacuated"), not a rival account. A writer who doubts a party says so, which is a
    dispute; a sentence naming a source ("The company has put the damage at £2 million")
    is that source's. On the closed sets such pairs were 17 unlabelled predictions and 2
    false alarms, no labelled conflict."""
    if a.claim.article_id != b.claim.article_id or (a.claim.speaker is None) == (b.claim.speaker is None):
        return False
    plain = a if a.claim.speaker is None else b
    told = (b if plain is a else a).claim
    # (n101) a figure named only as "the (true) figure" ("The board's waiting list stands
    # at 11,400. The patients' group said the true figure was nearer 16,000.") is told
    # against the figure it takes its measure from (`_named_antecedent`): a rival account
    # of that figure, not background, whichever of the two is the writer's ("64 boats had
    # been stranded, the association said. The trust still puts the figure at 38.", the
    # estimating sentence's own source unread)
    if facts is not None:
        figures = _named_candidates(facts._by_article.get(told.article_id, ()))
        for one, other in ((told, plain.claim), (plain.claim, told)):
            for q in one.quantities:
                if q.value is not None and _named_figure(q, one):
                    source = _named_antecedent(q, figures)
                    if source is not None and any(source is o for o in other.quantities):
                        return False
    return (_attributed(told) and not plain.voice
            and not any(_put_at(q, plain.claim) for q in plain.claim.quantities))


def _numeric_conflicts(judged: list[_Judged], related: _RelatedClaims, settings: ConflictSettings,
                       stories: _Stories | None = None) -> Iterable[tuple[Conflict, frozenset[tuple]]]:
    """(conflict, the pairs of figures it sets against each other) of
    find_numeric_conflicts: one conflict per pair of claims, its reason the first pair."""
    with_figures = _with_elided_measures(_with_named_figure_measures(_with_restated_measures(_with_answered_measures(
        [j for j in judged if any(q.value is not None for q in j.claim.quantities)]))))
    by_index = {j.index: j for j in with_figures}
    by_article: dict[str, list[tuple[Quantity, Claim]]] = defaultdict(list)
    for j in with_figures:
        by_article[j.claim.article_id].extend((q, j.claim) for q in j.claim.quantities if q.value is not None)
    figure_indices = frozenset(j.index for j in with_figures)
    facts = _Facts(by_article)
    # Figures of one measure ("confirmed cases") meet even when their sentences' rarest
    # words are other names: looked up by the measure's rarest stems, capped like the rest.
    # Figures whose clauses name one event ("evacuated") meet that way too.
    # Rates of one base ("per 100,000") meet the same way: their measures are often
    # worded apart ("road deaths" / "fatalities") or only restated ("That is a rate of").
    # (n89) the values named as replaced figures ("690 cancellations, not 412"), by unit
    named = frozenset(k for j in with_figures for q in j.claim.quantities
                      for n in (facts.replaced(q, j.claim), *(m for m, _, _ in facts.listed(q, j.claim)))
                      if n is not None and (k := _named_key(n)))
    measures = {j.index: frozenset(s for q in j.claim.quantities
                                   for s in (topic_stems(q.measure) if q.measure else _number_of(q, j.claim))
                                   | _put_at(q, j.claim))
                | frozenset(f"event:{e}" for q in j.claim.quantities for e in facts.events(q, j.claim))
                | frozenset(f"rate:{b}" for q in j.claim.quantities if (b := rate_base(q.per)))
                | frozenset(f"frame:{f}" for q in j.claim.quantities for f in facts.frame(q, j.claim))
                | frozenset(f"act:{c}" for q in j.claim.quantities if (c := facts.act_class(q, j.claim)))
                | _told_keys(j.claim, facts)
                | _named_keys(j.claim, facts, named)
                for j in with_figures}
    by_measure = postings([measures[j.index] for j in with_figures], cap=settings.candidate_postings_cap)
    position = [j.index for j in with_figures]
    # (n97) Frames are looked up per article of the story too: "frame:cost" is filled by
    # more figures of a store than the postings keep (`candidate_postings_cap`), so "will
    # cost the city $1.9 billion" / "priced the work at $1.2 billion" were never met in
    # a store of many stories; within one story's articles a frame is rare enough.
    frames_by_article: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for j in with_figures:
        for s in measures[j.index]:
            if s.startswith("frame:"):
                frames_by_article[j.claim.article_id][s].append(j.index)
        # (n99) ... and counts by their count-noun families ("jobs" / "posts", "homes" /
        # "households"), whose common stems the postings drop too
        for q in j.claim.quantities:
            if (f := _count_family(q)) is not None:
                frames_by_article[j.claim.article_id][f"count:{f}"].append(j.index)
    for a in with_figures:
        rarest = sorted((s for s in measures[a.index]
                         if s in by_measure and s not in measure_frames() and not s.startswith(("frame:", "act:"))),
                        key=lambda s: (len(by_measure[s]), s))[:settings.candidate_stems]
        extra = {position[k] for s in rarest for k in by_measure[s]}
        found = related.of(a, settings.numeric_matter, among=figure_indices, after=a.index, extra=extra,
                           extra_floor=settings.numeric_measure_matter, background=True)
        # (g11) ... and, in the story only, sums, durations and shares whose measures are
        # synonyms ("a five-year contract" / "a three-year deal", "the shortfall" / "the
        # gap"), which share no word to be looked up by. Not counts: a story holds many
        # counts, and counts of synonyms are as often two groups ("homes" built /
        # "households" waiting) as one.
        kin = _synonym_candidates(_uncounted_measures(a.claim), by_measure, position, settings.candidate_stems)
        # (n18) ... and sums, shares and durations filling one frame, whatever their measures
        # ("will cost the city $1.9 billion" / "priced the work at $1.2 billion"): only
        # those figures, not the others of the two claims, are then compared.
        framed = _framed_candidates(measures[a.index], by_measure, position, settings.candidate_stems) - kin
        story_framed: set[int] = set()
        counted_kin: set[int] = set()
        if stories is not None:
            close = stories.related_set(a.claim.article_id, settings.same_story)
            story_framed = _framed_in_story(a, measures[a.index], frames_by_article, close) - kin - framed
            framed |= story_framed
            if COUNTED_KIN:
                # (n99) counts of one family: in the story's articles as figures of one
                # measure are (`loose_story`), through the gate `_one_counted_group`
                # (`loose_story`), through the gate `_one_counted_group`; beyond the
                # articles telling it closely, only articles not opened on two stories'
                # names (`opened_apart`: a town's flooded homes / a city's households in
                # bed and breakfasts)
                counted_kin = {k for k in _counted_kin_in_story(a, facts, frames_by_article,
                                                                stories.related_set(a.claim.article_id,
                                                                                    settings.loose_story))
                               if judged[k].claim.article_id in close
                               or not stories.opened_apart(a.claim.article_id, judged[k].claim.article_id)} - kin
                kin = kin | counted_kin
        if stories is not None and (extra or kin or framed):
            # Figures of one measure in articles of one story meet whatever else their
            # sentences say ("About 1,800 drivers ... are taking part" / "Some 3,200 drivers
            # walked out"): still only through a shared measure (the loose test below) (n9).
            story = stories.related_set(a.claim.article_id, settings.loose_story)
            if framed:
                # (n18) A frame is a looser tie than a measure: only in articles telling the
                # story closely (`same_story`); articles of one template about other towns
                # share enough loose words.
                close = stories.related_set(a.claim.article_id, settings.same_story)
                framed = {k for k in framed if judged[k].claim.article_id in close}
                kin = kin | framed
            seen = {b.index for _, b in found}
            in_story = {k for k in extra | kin
                        if k > a.index and k not in seen and judged[k].claim.article_id in story}
            if in_story:
                found += related.of(a, 0.0, among=in_story & figure_indices, after=a.index, extra=in_story,
                                    background=True)
            by_synonym = in_story - extra
            by_frame = by_synonym & framed
        else:
            by_synonym = by_frame = set()
        found = [(m, by_index.get(b.index, b)) for m, b in found]
        a_events = [facts.events(qa, a.claim) for qa in a.claim.quantities]
        close_story = stories.related_set(a.claim.article_id, settings.same_story) if stories is not None else frozenset()
        for matter, b, by_event in (*((m, b, False) for m, b in found),
                                    *_same_event_in_story(a, found, measures, by_measure, with_figures, related,
                                                          stories, settings)):
            # Below the usual bar, only figures whose measures share a word are compared
            # ("11 patients" / "17 patients", "the cost to the regional economy" / "the
            # losses to the regional economy"), or whose clauses name one event, never
            # through the measure's head alone; figures met only through the story must
            # name one event.
            loose = matter < settings.numeric_matter
            if not _independent_sources(a.ref, b.ref):
                continue
            # (p62) A claim naming the figure it replaces meets that figure's teller across
            # time frames ("460 sailings, rather than the 300 the company reported" months
            # after the company's 300): only its replaced figures are then compared.
            timed = _same_time_frame(a.ref, b.ref, settings, facts)
            # (n70) timed across more than `max_days_apart`: one closed past year's figures
            past_year = bool(timed and a.ref.published and b.ref.published
                             and abs((a.ref.published - b.ref.published).days) > settings.max_days_apart)
            # (n103) ... or one finished event's figures (`_one_finished_event`): those only
            one_past_year = past_year and _same_past_year(a.ref, b.ref, facts)
            if (past_year and not one_past_year and stories is not None
                    and stories.names_shared(a.claim.article_id, b.claim.article_id) < FINISHED_EVENT_NAMES):
                timed = past_year = False  # (n103) two look-alike events of two stories
            named_a, named_b = facts.named_replaced(a.claim), facts.named_replaced(b.claim)
            # (n77) ... or the figure it replaces is named in another claim of its sentence
            replacing = bool(named_a or named_b) or facts.replaces_any(a.claim) or facts.replaces_any(b.claim)
            if not timed and not replacing:
                continue
            if stories is not None and not _one_story(a.claim.article_id, b.claim.article_id, stories, settings):
                # (p62) ... and across the story's days, in articles of its words; (n70) so
                # do two figures of one closed past year ("six breaches in 2025" in a
                # November review of July's "three breaches in 2025"), compared whole.
                if not _replaced_story(a.ref, b.ref, stories, settings):
                    continue
                if not (past_year and timed):
                    if not replacing:
                        continue
                    timed = False
            if _background_figure(a, b, facts):
                continue
            if stories is not None and stories.told_apart(a.claim.article_id, b.claim.article_id):
                continue  # (n64) two stories of one template: each opens on its own town or body
            if stories is not None and not stories.evidenced(a.claim.article_id, b.claim.article_id):
                continue  # (k87) days apart, sharing no rare word
            first, figures = None, set()
            for qa, events_a in zip(a.claim.quantities, a_events):
                if id(qa) in named_a:
                    continue  # (p62) "rather than the 300 the company reported": another's, not a's
                for qb in b.claim.quantities:
                    if id(qb) in named_b:
                        continue
                    shared_event = not events_a.isdisjoint(facts.events(qb, b.claim))
                    # (m62) one act counted in two articles telling the story closely, in
                    # sentences sharing some rare words
                    one_act = (matter >= ONE_ACT_MATTER and b.claim.article_id in close_story
                               and _one_act(qa, a.claim, qb, b.claim, facts)
                               and not stories.opened_apart(a.claim.article_id, b.claim.article_id))
                    if by_event and not shared_event and not one_act:
                        continue
                    if past_year and (loose or facts.measure(qa, a.claim).isdisjoint(facts.measure(qb, b.claim))):
                        continue  # (n70) across the days, only one matter's figures of one measure
                    if past_year and not one_past_year and not _one_finished_event_pair(qa, a.ref, qb, b.ref, facts):
                        continue  # (n103) across the days through one finished event: only its figures
                    if (loose and facts.measure(qa, a.claim).isdisjoint(facts.measure(qb, b.claim))
                            and not shared_event and not one_act and not _frames_meet(qa, a.claim, qb, b.claim, facts)
                            and not _names_replaced_either(qa, a.claim, qb, b.claim, facts)):
                        continue
                    # Cheap tests first: most pairs of figures overlap or are of other units.
                    other = (_converted(qa, qb) or _converted_worded_apart(qa, a.claim, qb, b.claim, facts)
                             or (_counted_act_as_count(qa, a.claim, qb, b.claim) if b.index in counted_kin else None))
                    if other is None:
                        continue
                    ia, ib = interval(qa, settings.rounding_tolerance), interval(other, settings.rounding_tolerance)
                    ia, ib = _negated_bound(qa, a.claim) or ia, _negated_bound(qb, b.claim, other) or ib
                    if _told_maximum(qa) and _told_maximum(other):  # (n93) two peaks told "up to"
                        ia, ib = (qa.high * REACHED_SHARE, qa.high), (other.high * REACHED_SHARE, other.high)
                    if ia is None or ib is None or _orders_apart(qa, other, settings.figures_apart):
                        continue
                    if _overlap(ia, ib) and (qa.value == other.value
                                             or not _names_replaced_either(qa, a.claim, qb, b.claim, facts)):
                        continue  # (q88) "161 litres ..., not the 152 the company has given": told apart
                    if past_year and _orders_apart(qa, other, PAST_YEAR_APART):
                        continue  # (n70) a review revises a past year's figure; it does not multiply it
                    if _both_stated(qa, a.claim, qb, b.claim) or _other_figure_agrees(qa, a.claim, qb, b.claim):
                        continue
                    replaced = _names_replaced_either(qa, a.claim, qb, b.claim, facts)
                    if not timed and not replaced:
                        continue
                    # (t101) a rival given in the next sentence overrides the time frames only:
                    # its measure and period are still read against the other figure's
                    told_next = replaced and _named_next_only(qa, a.claim, qb, b.claim, facts)
                    if (not replaced and not shared_event and not one_act and _one_teller(a.claim, b.claim)
                            and facts.measure(qa, a.claim).isdisjoint(facts.measure(qb, b.claim))):
                        continue  # (p84) one party's figures of two measures in two articles
                    if not replaced and not _same_measure(qa, a.claim, qb, b.claim, matter, facts,
                                                          _outlet_stems(a.ref, b.ref), one_act):
                        continue
                    if (b.index in by_synonym and (qa.unit == "count" or qb.unit == "count")
                            and not (b.index in counted_kin
                                     and _one_counted_group(qa, a.claim, qb, b.claim, facts,
                                                            _outlet_stems(a.ref, b.ref)))):
                        continue  # (g11) met through a synonym of a sum, not of a count
                    if b.index in by_frame and not _frames_meet(qa, a.claim, qb, b.claim, facts):
                        continue  # (n18) met through the frame of other figures of the two
                    if b.index in by_frame and b.index in story_framed and not _framed_alike(qa, a.claim, qb, b.claim,
                                                                                             facts):
                        continue  # (n97) met through a frame in the story: both figures fill it
                    if told_next and (_spans_differ(qa, a.claim, qb, b.claim)
                                      or _opening_periods_apart(qa, a.claim, qb, b.claim, facts)):
                        continue
                    if not replaced and (
                            _one_of_history(qa, a.ref, qb, b.ref, facts) or _forecast_against_now(qa, a.ref, qb, b.ref) or
                            _named_days_differ(qa, a.ref, qb, b.ref, facts) or
                            _dated_after_other_article(qa, a.ref, qb, b.ref, facts) or
                            _day_against_past_year(qa, a.ref, qb, b.ref, facts) or
                            _revision_of_earlier(qa, a.ref, qb, b.ref) or
                            _spans_differ(qa, a.claim, qb, b.claim) or
                            _last_season_against_now(a.claim, b.claim) or
                            _earlier_opening_against_now(qa, a.claim, qb, b.claim) or
                            _opening_periods_apart(qa, a.claim, qb, b.claim, facts) or
                            _future_stock_against_now(qa, a.claim, qb, b.claim) or
                            _foretold_change_against_now(qa, a.claim, qb, b.claim) or
                            _count_acts_apart(qa, a.claim, qb, b.claim, facts) or
                            _clause_of_last_season(qa, a.claim, qb, b.claim) or
                            _finished_year_against_span(qa, a.ref, qb, b.ref, facts) or
                            _years_resolved_apart(qa, a.ref, qb, b.ref, facts)):
                        continue
                    if \
                            _remainder_of_other(qa, a.claim, qb, b.claim) or \
                            _one_place_of_joined(qa, a.claim, qb, b.claim) or \
                            _part_named_apart(qa, a.claim, qb, b.claim, facts, by_article) or \
                            _part_against_told_whole(qa, a.claim, qb, b.claim) or \
                            _subunit_against_whole(qa, a.claim, qb, b.claim) or \
                            ((not replaced or told_next) and _narrower_scope(qa, a.claim, qb, b.claim, facts)) or \
                            _hypothetical(qa, a.claim) or _hypothetical(qb, b.claim) or \
                            _rank_range(qa, a.claim) or _rank_range(qb, b.claim) or \
                            (not replaced and _average_against_one(a.claim, b.claim)) or \
                            _sample_against_count(qa, a.claim, qb, b.claim):
                        continue
                    figures.add(_figures_key(qa, other))
                    if first is None:
                        first = _conflict(
                            ConflictKind.NUMERIC, a.ref, b.ref,
                            round(settings.numeric_score_base + 0.2 * min(1.0, matter), 4),
                            # (y60) what is measured in the claims' words, not the parse's lemmas
                            figures_reason(qa, a.claim, _who(a.ref), qb, b.claim, _who(b.ref)),
                        )
            if first is not None:
                yield first, frozenset(figures)


def _told_key(q: Quantity) -> str | None:
    """(q88) A figure in a unit and rate of its own, by its value: "132 million litres a day"."""
    if q.value is None or q.unit in UNITLESS or not q.per:
        return None
    return f"told:{q.unit}:{q.per}:{q.value:.6g}"


def _told_keys(c: Claim, facts: _Facts) -> frozenset[str]:
    """(q88) The keys (`_told_key`) of c's figures and of the figures c names as replaced:
    a claim naming "the 132 million the company reported" after "164 million litres a day"
    meets the company's "loses 132 million litres a day through leaking pipes", whose
    measure shares no word with "leakage" to be looked up by."""
    named = (n for q in c.quantities for n in (facts.replaced(q, c), *(m for m, _, _ in facts.listed(q, c))))
    return frozenset(k for q in (*c.quantities, *(n for n in named if n is not None)) if (k := _told_key(q)))


def _named_key(q: Quantity) -> str | None:
    """(n89) A figure by its unit, rate and value, whatever it measures."""
    if q.value is None:
        return None
    return f"named:{q.unit}:{q.per}:{q.value:.6g}"


def _named_keys(c: Claim, facts: _Facts, named: frozenset[str]) -> frozenset[str]:
    """(n89) The keys (`_named_key`) of the figures c names as replaced, and of c's figures
    whose value some claim names as replaced: "found 690 cancellations over the same months,
    not 412" meets "it had cancelled 412 sailings", whose measure shares no word with
    "cancellations" (and a count's measure is too common a word to be looked up by in a
    big store). `_names_replaced` then asks the two to be tied."""
    if not named:
        return frozenset()
    own = (n for q in c.quantities for n in (facts.replaced(q, c), *(m for m, _, _ in facts.listed(q, c))))
    return frozenset(k for q in (*c.quantities, *(n for n in own if n is not None))
                     if (k := _named_key(q)) in named)


def _replaced_story(a: ClaimRef, b: ClaimRef, stories: _Stories, settings: ConflictSettings) -> bool:
    """(p62) Articles a claim naming a replaced figure may answer beyond `story_days`: up to
    `replaced_days` apart, sharing the story's rare words (`loose_story`) and not naming two
    stories' people and places (an audit in August of "the £12m the council had announced"
    in March). Only the named figure is then compared (`_names_replaced`)."""
    if a.published and b.published and abs((a.published - b.published).days) > settings.replaced_days:
        return False
    x, y = a.claim.article_id, b.claim.article_id
    return not stories.named_apart(x, y) and stories.overlap(x, y) >= settings.loose_story


def _one_story(x: str, y: str, stories: _Stories, settings: ConflictSettings) -> bool:
    """Two figures are rivals only in articles of one story (l26). Two claims of other
    stories are worded alike as often as not ("Five people were killed in the avalanche" /
    "Two people were killed and 57 injured" in two resorts; one festival's crowd against
    another's), and a store holding many stories met them by the claims' words alone: on
    the development gold run as one store, 99 of 165 numeric predictions nobody labelled
    joined two unrelated cases; this test drops 38 of them and no labelled pair. One story:
    the articles share rare words (`loose_story`, as opposite assessments already
    ask), or both tell closely (`same_story`) the story of a third article, as a short
    report naming only the sinkhole does beside the one naming the road. Not higher: at
    0.15, one development and two closed conflicts are lost."""
    if x == y or y in stories.related_set(x, settings.loose_story):
        return True
    if stories.named_apart(x, y):
        return False
    return bool(stories.close_partners(x, settings.same_story) & stories.close_partners(y, settings.same_story))


def _orders_apart(qa: Quantity, other: Quantity, ratio: float) -> bool:
    """The two values (other already in qa's unit) are `ratio` times apart or more
    (`ConflictSettings.figures_apart`, p11): a part against a whole, or two measures, not
    two readings of one."""
    if qa.value is None or other.value is None or qa.value <= 0 or other.value <= 0:
        return False
    return max(qa.value, other.value) >= ratio * min(qa.value, other.value)


def _day_against_past_year(qa: Quantity, a: ClaimRef, qb: Quantity, b: ClaimRef, facts: _Facts) -> bool:
    """One figure's own clause names a day of its article's week ("took 41 runners to
    hospital on Sunday"), the other's sentence names only years before that day ("In last
    year's race, 22 runners went to hospital"): a figure of this week against one of a
    past year, whatever the other article does not date (p11)."""
    for q, ref, other_ref in ((qa, a, b), (qb, b, a)):
        if ref.published is None or other_ref.published is None:
            continue
        day = facts.day(q, ref.claim, ref.published)
        years = facts.years(other_ref.claim, other_ref.published)
        if day is not None and years and all(int(y) < day.year for y in years):
            return True
    return False


# "The agency later raised the number of injured to 74", "has since risen to 340": the
# source revised its own earlier figure (p11).
REVISED_BEFORE = re.compile(
    r"\b(?:later|since|subsequently)\s+(?:[a-z]+\s+){0,2}?(?:raised|revised|lowered|increased|reduced|updated|"
    r"corrected|cut|put|rose|risen|climbed|fell|fallen|grew|grown)\b", re.IGNORECASE)


# "A fourth farm was added to the cull on Wednesday, bringing the total to 215,000": the
# running total after something was added, which a later article tells as such (n13).
RUNNING_TOTAL_BEFORE = re.compile(
    r"\b(?:bringing|brings|brought|taking|takes|took|pushing|pushes|pushed)\s+(?:the|its|their)\s+"
    r"(?:overall\s+|running\s+)?(?:total|tally|toll|count|number)\s+(?:[a-z]+\s+){0,2}?to\s*$", re.IGNORECASE)


# "The number of homes flooded has risen to 340", "has now fallen to 8,000": a count that
# moved since, told in the perfect; a later article's such figure is where the running
# count has got to, not a rival of an earlier article's count it rose (fell) from (p19).
MOVED_SINCE_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|since\s+|already\s+)?(?:risen|climbed|grown|increased|jumped|swelled|"
    r"fallen|dropped|declined|decreased|shrunk)\s+to\s+$", re.IGNORECASE)


# (nf44) "now" in the figure's own clause, at most three words before it ("now acted for",
# "had now carried out").
# "now says about 1,200" is the saying's now, not the count's.
NOW_BEFORE = re.compile(r"\bnow\s+(?:(?!(?:says?|said|claims?|estimates?|believes?|puts?|thinks?)\b)(?![\d,;:])"
                        r"[\w'’-]+\s+){0,3}$", re.IGNORECASE)


MOVED_DOWN = re.compile(r"\b(?:fallen|dropped|declined|decreased|shrunk)\b", re.IGNORECASE)


# Days after the other's article a "has risen to" figure must be published to be read as
# the count moved since: the next day's "has grown to 91 confirmed cases" against "64
# cases" is as often another source's rival count, which the article itself then sets
# against the lower total (a dev conflict); two days on, the count has moved (p19).
MOVED_DAYS_APART = 2


def _moved_since_earlier(q: Quantity, ref: ClaimRef, other_q: Quantity, other_ref: ClaimRef) -> bool:
    """`q` is told as where a count has moved to ("has risen to 65") in an article
    published `MOVED_DAYS_APART` days or more after the other's, and the other figure lies
    on the side it moved from (lower for a rise): the earlier count, updated. Figures of
    nearer days stay rivals, and a later "has risen to 65" against an earlier 80 still
    conflicts (p19)."""
    if ref.published is None or other_ref.published is None or \
            (ref.published - other_ref.published).days < MOVED_DAYS_APART:
        return False
    if q.value is None or other_q.value is None or q.unit != other_q.unit:
        return False
    moved = MOVED_SINCE_BEFORE.search(_before_figure(q, ref.claim, 60))
    if moved is None:
        # (nf44) "her firm now acted for 88 people", "crews had now carried out 152
        # rescues": a count told as where it now stands, in the later article, above the
        # earlier article's count: the running count, grown since.
        return bool(NOW_BEFORE.search(_before_figure(q, ref.claim, 40))) and other_q.value < q.value
    return other_q.value > q.value if MOVED_DOWN.search(moved.group(0)) else other_q.value < q.value


# "8,000 homes were still without supply", "Eleven patients remain in hospital": what is
# left of a count, said after the figure in its clause, not the count of all it befell.
# Not a level that held ("remained at 3.1%", "remained unchanged") nor an open question
# ("the cause remains unclear") (p19; review r19). The state it is left in is the words
# after it ("in hospital", "without supply").
REMAINING = re.compile(
    r"\b(?:still|remain(?:s|ed|ing)?(?!\s+(?:at|unchanged|steady|stable|flat|level|the\s+same|unclear|unknown|"
    r"uncertain|open|to\s+be)\b))\b(?:\s+(?:being|been))?\s+(?P<state>[\w'’]+\s+[\w'’]+)?",
    re.IGNORECASE)


# "the remaining 40 staff": the rest of a count, named right before the figure.
REMAINING_BEFORE = re.compile(r"\bremaining\s+$", re.IGNORECASE)


def _left_over(q: Quantity, claim: Claim) -> str | None:
    """The state the figure's count is said to be left in ("in hospital" of "Eleven patients
    remain in hospital"; "" when unnamed, "the remaining 40 staff"), None when the figure
    is no remainder. Only after the figure: "Police still believe 12 died" counts all."""
    if REMAINING_BEFORE.search(_before_figure(q, claim, 20)):
        return ""
    clause = clause_around(q, claim)
    m = REMAINING.search(clause, clause.find(q.surface) + len(q.surface))
    return None if m is None else (m.group("state") or "")


def _remainder_of_other(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """One figure's own clause counts what is still left ("were still without supply",
    "remain in hospital") and the other's does not, and the left figure is the smaller:
    the rest of the other's count ("Some 60,000 households lost water supply", "19 children
    have been admitted"), not a rival of it. A left count above the other's total still
    conflicts, and so does a count of those in the same state ("Nineteen patients are being
    treated in hospital": two counts of one ward, review r19). (p19; on the dev gold every
    numeric pair with such a side is a non-conflict.)"""
    if qa.value is None or qb.value is None or qa.unit != qb.unit:
        return False
    left_a, left_b = _left_over(qa, a), _left_over(qb, b)
    if (left_a is None) == (left_b is None):
        return False
    state, other_q, other = (left_a, qb, b) if left_a is not None else (left_b, qa, a)
    if state and state.lower() in clause_around(other_q, other).lower():
        return False
    return qa.value < qb.value if left_a is not None else qb.value < qa.value


# "In Harrowmere 61% voted yes", "turnout in Tamsby was 38%": a figure of one named place
# ("In" + capitalised words), which no "and"/"or" joins to another place.
ONE_PLACE = re.compile(r"\b[Ii]n\s+((?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+)\b(?!\s*(?:,|and\b|or\b|&))")


def _places_joined(name: str, sentence: str) -> bool:
    """The sentence names the place with another joined to it ("Harrowmere and Tamsby
    voters", "across Tamsby and Harrowmere"): a whole of several places. Not a word opening
    the sentence before a comma ("However, Harrowmere ...") nor a day or month ("On
    Tuesday, Harrowmere ..."): no second place (review r19)."""
    at = re.escape(name)
    joined = rf"\b{at}\s*(?:,|and|&)\s+(?:the\s+)?(?P<after>[A-Z][\w'’-]*)|" \
             rf"(?P<before>[A-Z][\w'’-]*)\s*(?P<sep>,|and|&)\s+(?:the\s+)?{at}\b"
    for m in re.finditer(joined, sentence):
        other = m.group("after") or m.group("before")
        opens = m.group("sep") == "," and not sentence[:m.start("before")].strip(" \"“‘'(")
        if not opens and other not in WEEKDAY_NAMES and other not in MONTH_NAMES:
            return True
    return False


# (p21) "Across the county, 7,800 homes", "Across the national network, 89% of trains", "On
# its Coastway route, only 64%": a sentence opening on the area or part its figures are of,
# up to three words after "across (the)" or "on / in / at its / their" and before the comma
# (the last of them the area or part itself). Not "On Tuesday," nor "In the region,": only
# "across" spreads, only a possessive narrows to a part of the owner.
AREA_OPENING = re.compile(r"^[\W_]*(?:across\s+(?:the\s+|its\s+|their\s+|all\s+|every\s+|a\s+|an\s+)?"
                          r"|(?:on|in|at)\s+(?:its|their)\s+)"
                          r"((?:(?!(?:and|or|of|in|on|at|for|to|from|with|by)\b)[A-Za-z][\w-]*\s*){1,3}),",
                          re.IGNORECASE)


def _area_opening(q: Quantity, claim: Claim) -> str | None:
    """The area or part the phrase opening the figure's sentence says it is of ("Across
    the country, 6,800 people ...", "On its Coastway route, only 64%"): its last word. A
    fronted adjunct scopes the clause after it; "across" later in a sentence is left alone
    ("plans to shut 120 branches across the country" is the company's own whole, a rival
    of "it would close 84")."""
    m = AREA_OPENING.match(claim.sentence)
    if m is None or m.end() > max(q.start_char - claim.sentence_start, 0):
        return None
    return m.group(1).split()[-1]


def _opening_area_unnamed(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """One figure's sentence opens on an area it is spread across ("Across the county,
    7,800 homes were approved") or a part of its owner ("On its Coastway route, only 64% of
    trains arrived on time") that the other figure's sentence never names ("Carrowford
    council approved 2,150 new homes", "86% of its trains ran on time"): a whole against
    one of its members, as "nationwide" is, or a part against the whole (p21). An area the
    other sentence names ("Across the region, 1,240 patients" / "1,900 ... in the Harwick
    region") is the same one and still compares."""
    for q, claim, other in ((qa, a, b), (qb, b, a)):
        area = _area_opening(q, claim)
        if area is not None and topic_stems(area).isdisjoint(topic_stems(other.sentence)):
            return True
    return False


def _one_place_of_joined(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """One figure's own clause is of one named place ("In Harrowmere 61% voted yes") and
    the other's sentence names that place joined with another ("Harrowmere and Tamsby
    voters approved the merger, with the yes side on 54%"), its own clause not narrowed to
    the place: a part against the whole of the places, as a district against the region.
    A figure of places joined on both sides ("in Carrow and the Fenwick peninsula" /
    "across Carrow and Fenwick") is one area's and still compares (p19)."""
    for q, claim, other_q, other in ((qa, a, qb, b), (qb, b, qa, a)):
        place = ONE_PLACE.search(clause_around(q, claim))
        if place is None or place.group(1).split()[0] in WEEKDAY_NAMES or place.group(1).split()[0] in MONTH_NAMES:
            continue
        name = place.group(1)
        if re.search(rf"\b[Ii]n\s+{re.escape(name)}\b", clause_around(other_q, other)):
            continue
        if _places_joined(name, other.sentence) and not _places_joined(name, claim.sentence):
            return True
    return False


# (n39) A prepositional phrase by a figure naming where or among whom it holds: "in the
# ward", "at independent schools", "on the river", "Among disadvantaged pupils,". The
# phrase's words up to a word of no content ("where", "was", "it"), at most three; a bare
# lowercase word with no determiner ("in reading", "in compensation") names no place.
PART_PHRASE = re.compile(r"\b(?:in|at|on|across|among|within)\s+"
                         r"(?P<det>(?:the|its|their|one|each|a\s+single|this)\s+)?"
                         r"(?P<np>(?:[A-Za-z][\w'’-]*\s+){0,2}[A-Za-z][\w'’-]*)", re.IGNORECASE)


@cache
def part_phrase_stops() -> frozenset[str]:
    return frozenset(data_lines("conflict_part_phrase_stops.txt"))


@cache
def part_phrase_words() -> frozenset[str]:
    return frozenset(stem(w) for w in data_lines("conflict_part_phrase_words.txt"))


def _part_phrases(q: Quantity, claim: Claim, opening_only: bool = False) -> tuple[tuple[str, ...], ...]:
    """(n39) Stems, in order, of each phrase naming a place or group the figure holds for, read in
    its own clause, its measure ("turnout in ward") and a phrase opening its sentence
    before it ("In Dunmore itself, 31% ..."). A phrase with a figure, a month or day, or a
    word of time, of a whole or of manner (`conflict_part_phrase_words.txt`) is left out:
    "in 2025", "on Tuesday", "across the region", "in total"."""
    start, _ = _sentence_offsets(q, claim)
    # ... and the subject before the figure, back to the last comma ("The share of pupils
    # at academy schools in Northvale who met the standard was 63%").
    texts = [clause_around(q, claim), q.measure or "", re.split(r"[,;:]", claim.sentence[:max(start, 0)])[-1]]
    opening = OPENING_PHRASE.match(claim.sentence)
    if opening_only:
        texts = ["", "", ""]
    if opening and opening.end() <= start:
        texts.append(opening.group(0))
    phrases = []
    for k, text in enumerate(texts):
        for m in PART_PHRASE.finditer(text):
            words = []
            for w in m.group("np").split():
                # A bare name runs on in capitals only ("in Westmere fell by 8%"); after a
                # determiner a noun may follow it ("in the Holme ward").
                if w.lower() in FUNCTION_WORDS or w.lower() in part_phrase_stops() or not re.match(r"[A-Za-z]", w) or \
                        (not m.group("det") and words and words[0][0].isupper() and not w[0].isupper()):
                    break
                words.append(re.sub(r"['’]s?$", "", w))
            if not words or any(w in MONTH_NAMES or w in WEEKDAY_NAMES for w in words):
                continue
            # A measure is stored lemmatised and without its determiners ("turnout in ward").
            if k != 1 and not m.group("det") and len(words) == 1 and not words[0][0].isupper():
                continue
            stems = tuple(s for w in words for s in sorted(topic_stems(w)))
            if stems and part_phrase_words().isdisjoint(stems) and not YEAR.search(m.group(0)):
                phrases.append(stems)
    return tuple(dict.fromkeys(phrases))


def _unnamed_parts(q: Quantity, claim: Claim, other: Claim, opening_only: bool = False) -> tuple[frozenset[str], ...]:
    """The figure's part phrases the other claim's sentence does not say: its head, when
    it is one word ("the ward"), else a word before the head ("disadvantaged pupils"
    against "all pupils"; "the Holme ward" against "In Holme" is said)."""
    said = topic_stems(other.sentence)
    return tuple(frozenset(p) for p in _part_phrases(q, claim, opening_only)
                 if not all(_said_in(w, said) for w in (p[:-1] or p)))


def _sibling_of_whole(q: Quantity, claim: Claim, phrase: frozenset[str], other_q: Quantity,
                      siblings: Sequence[tuple[Quantity, Claim]], facts: _Facts) -> bool:
    """(n39) The figure's own article states another figure of its measure and time that
    its phrase does not narrow: the whole ("Turnout was 41.3%" beside "Turnout in the ward
    ... was 37%") or another member of the phrase's kind ("at comprehensive schools" beside
    "at independent schools": the phrases share a word, the sibling's lacks one of ours).
    A sibling narrowed by a phrase of another kind ("in the Holme ward" beside "Turnout in
    Westmoor was 33%") may be a part of this figure: no sign that this one is the part."""
    measure = facts.measure(q, claim)
    for q2, c2 in siblings:
        if q2 is q or q2.unit != q.unit or q2.value is None:
            continue

        m2 = facts.measure(q2, c2)
        if measure and m2 and measure.isdisjoint(m2):
            continue
        # A sibling of a narrower measure ("Violent crime rose 2%" beside "Recorded crime in
        # Westmere fell by 8%") is a part of this one, not its whole.
        if measure and any(not _said_in(w, measure) for w in _modifiers(q2)):
            continue
        periods = (facts.period(q2, c2), facts.period(q, claim))
        if facts.baseline(q2, c2) or (all(periods) and periods[0] != periods[1]) or \
                _is_change(q2, c2) != _is_change(q, claim):
            continue
        own = [frozenset(p) for p in _part_phrases(q2, c2)]
        if not own or any(not p.isdisjoint(phrase) and not phrase <= p for p in own):
            return True
    return False


def _part_named_apart(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts,
                      by_article: dict[str, list[tuple[Quantity, Claim]]]) -> bool:
    """(n39) One figure is narrowed by a phrase naming a place or group ("Turnout in the
    ward where most of the rejected votes were cast was 37%", "The share of top grades at
    independent schools rose to 47%", "In Dunmore itself, 31% ...") that the other
    sentence does not say, and its own article sets it beside the whole's figure or a
    sibling part's: a part against its whole, not a rival. A phrase naming the whole (two
    outlets' "Turnout in Westmoor was 33%" / "Turnout was 36.5%", the place said in
    passing) leaves no other figure of its article unnarrowed, so still compares. Shares
    read every phrase; counts (far more often of one place named two ways) only a phrase
    opening the sentence ("In the neighbouring district of Pellmoor, 9,700 potholes"), and
    only against a count of no place or group of its own."""
    shares = qa.unit == qb.unit == "percent"
    for q, claim, other_q, other in ((qa, a, qb, b), (qb, b, qa, a)):
        # (counts) only against a figure of no place or group of its own: "At Westbury
        # Academy, the head said 41 grades ..." and "29 grades ... at the school" are one.
        if not shares and _part_phrases(other_q, other):
            continue
        for phrase in _unnamed_parts(q, claim, other, opening_only=not shares):
            if _sibling_of_whole(q, claim, phrase, other_q, by_article.get(claim.article_id, ()), facts):
                return True
    return False


# (n62) A figure told of the whole it is counted over: "5,400 staff had been vaccinated
# across its hospitals", "across the network", "in total", "altogether", "trust-wide".
TOLD_WHOLE = re.compile(r"\bacross\s+(?:all\s+)?(?:its|their|the|our)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+|"
                        r"\bin\s+(?:total|all)\b|\baltogether\b|\b\w+-wide\b|\bnationwide\b", re.IGNORECASE)


def _opening_part_unsaid(q: Quantity, claim: Claim, other: Claim) -> bool:
    """(n62) The figure's sentence opens on a place or group it is of ("At Colbridge
    General, the largest of the three, 2,300 staff ...", "In the Lower Fenn ward, 430
    households ...") that the other sentence does not name, and the phrase is no time
    ("In 2024,", "On Tuesday,", "Over the winter,")."""
    opening = OPENING_PHRASE.match(claim.sentence)
    if opening is None or opening.end() > max(_sentence_offsets(q, claim)[0], 0):
        return False
    words = SHARE_BASE_WORDS.findall(opening.group(0))[1:]
    if any(w in MONTH_NAMES or w in WEEKDAY_NAMES or w.isdigit() for w in words):
        return False
    stems = topic_stems(" ".join(words))
    if not stems or not part_phrase_words().isdisjoint(stems):
        return False
    # A named part is told by its name: "At Ferris Road depot" against "across its depots"
    # names no depot of the whole.
    stems = topic_stems(" ".join(w for w in words if w[0].isupper())) or stems
    said = topic_stems(other.sentence)
    return not any(_said_in(s, said) for s in stems)


@cache
def subunit_nouns() -> frozenset[str]:
    """(n84) Nouns of a body's sub-units (conflict_subunit_nouns.txt)."""
    return frozenset(data_lines("conflict_subunit_nouns.txt"))


# (n84) A sub-unit noun tied to its whole before the figure: "the women's unit at the same
# site held 45", "the children's ward of the hospital treated 310" (group 1), "its new
# terminal handled 900,000" (group 2, the last of its words).
SUBUNIT_BEFORE = re.compile(r"\b([a-z]+)\s+(?:at|of|in|within)\s+(?:the\s+same|the|its|their|this|that)\b"
                            r"|\b(?:its|their)((?:\s+[a-z][\w'’-]*){1,3})", re.IGNORECASE)
SUBUNIT_REACH = 6  # words at most between the sub-unit phrase and the figure
# (f85) and the verbs of a body's own count: "The health department in the county confirmed
# 300 cases", "A police unit at the scene found 12 bodies" tell the unit reporting a figure
# of the whole, not a figure of the unit
SUBUNIT_SPEAKING = re.compile(r"\b(?:said|says|say|told|tells|reported|reports|estimated|estimates|"
                              r"claimed|claims|believes|thinks|confirmed|confirms|counted|counts|"
                              r"recorded|records|found|finds|announced|announces|registered)\b")


def _subunit_heads(words: list[str], between: str) -> Iterable[str]:
    """(f85) Of the words after "its"/"their", those that head their phrase: the next word
    is a function word, a verb in -ed, or the last word before the figure ("Its new
    terminal handled 900,000", "its terminal handles 900,000"). A sub-unit word that only
    modifies another noun ("its branch closures would cut 300 jobs", "its department stores
    employ 9,000") is no sub-unit counted: the figure is the whole body's."""
    rest = words + between.split()
    for i, word in enumerate(words):
        after = rest[i + 1:]
        if not after or after[0].lower() in FUNCTION_WORDS or after[0].lower().endswith("ed") or len(after) == 1:
            yield word


def _subunit_of(q: Quantity, claim: Claim) -> str | None:
    """(n84) The sub-unit noun (`subunit_nouns`) the figure's clause ties to a whole before
    the figure ("The women's unit at the same site held 45 inmates" -> "unit"), else None."""
    clause = clause_around(q, claim)
    at = clause.find(f" {q.surface} ")
    if at < 0:
        return None
    before = clause[:at]
    for m in SUBUNIT_BEFORE.finditer(before):
        between = before[m.end():]
        if len(between.split()) > SUBUNIT_REACH or SUBUNIT_SPEAKING.search(between):
            continue  # "The department in the region said 300 ...": the unit speaks, the figure is not its
        words = [m.group(1)] if m.group(1) else list(_subunit_heads(m.group(2).split(), between))
        for word in words:
            # (f85) lower-case: "The Department of the Interior counted" names a body
            if word.islower() and word in subunit_nouns():
                return word
    return None


def _subunit_against_whole(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """(n84) One figure counts a sub-unit its clause ties to a whole ("The women's unit at
    the same site held 45 inmates", "Its new terminal handled 900,000 passengers") and the
    other's sentence names no such sub-unit ("The jail held 1,412 inmates in August"): a
    part against its whole, not a rival count. Two figures of one sub-unit ("the women's
    unit held 45" / "the unit at the jail held 60") still compare."""
    for q, claim, other in ((qa, a, b), (qb, b, a)):
        noun = _subunit_of(q, claim)
        if noun is not None and not re.search(rf"\b{re.escape(noun)}s?\b", other.sentence, re.IGNORECASE):
            return True
    return False


def _part_against_told_whole(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """(n62) One figure opens on a part the other sentence never names ("At Colbridge
    General, ..., 2,300 staff had been vaccinated"), the other is told of the whole it is
    counted over ("5,400 staff had been vaccinated across its hospitals"): a part against
    its whole, not a rival count. n39's `_part_named_apart` asks for a sibling figure of
    the whole in the part's own article; a whole told as such needs none. A plain figure
    of no stated whole ("Unions said 3,100 staff had been vaccinated") keeps its test
    there."""
    return any(_opening_part_unsaid(q, claim, other) and TOLD_WHOLE.search(clause_around(other_q, other))
               for q, claim, other_q, other in ((qa, a, qb, b), (qb, b, qa, a)))


# (s99) Narrower scopes. A figure told of a part of a whole - a member of a body's places,
# a month or a week of a span, the rest of a whole another part is taken from - is no
# rival figure for the whole, nor for another part.
# A month, a week or a day right after a figure ("about 400 missed visits in June", "820
# between May and August", "140 complaints in a week", "last week"): not "in the year to
# June" (a year) nor "since June" (a running total, `_running_against_span`).
SUB_PERIOD_AFTER = re.compile(
    rf"^[^.;,\d]{{0,40}}?\b(?:(?:in|during)\s+(?:early\s+|late\s+|mid-)?(?:{MONTHS})\b(?!\s+(?:to|and)\b)"
    rf"|between\s+(?:{MONTHS})\s+and\s+(?:{MONTHS})\b"
    r"|(?:in|during|over|on)\s+(?:a|one|the|its|their)\s+(?:single\s+|first\s+|opening\s+)?"
    r"(?:day|week|weekend|fortnight|month)\b(?!\s+(?:to|since)\b)"
    r"|(?:last|this|that)\s+(?:week|weekend|month)\b)")
# ... or the phrase opening the sentence before the figure ("Last week, 95 new cases were
# reported", "In June, 190 visits were missed").
SUB_PERIOD_OPENING = re.compile(
    rf"^[\W_]*(?:(?:[Ll]ast|[Tt]his)\s+(?:week|weekend|month)|(?:[Ii]n|[Dd]uring)\s+(?:{MONTHS})(?:\s+(?:19|20)\d\d)?"
    rf"|[Bb]etween\s+(?:{MONTHS})\s+and\s+(?:{MONTHS}))\s*,")
# (s99) A verb of telling between a figure and its month: the month dates the telling.
TOLD_BEFORE_PERIOD = re.compile(r"\b(?:announc|said|says|say|report|publish|releas|gave|given|give|told|tell|estimat|"
                                r"issu|stat|claim|quot|put|forecast|predict|promis|pledg|expect)\w*\b")
# "since the trial began", "since the outbreak began in August": a running span from a start.
SINCE_START_AFTER = re.compile(r"^[^.;\d]{0,50}?\bsince\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?"
                               r"(?:began|started|opened|launched|broke\s+out|was\s+launched|came\s+in)\b")
SPAN_REACH = 50  # characters after a figure its span phrase may start within


@cache
def whole_span_pattern() -> re.Pattern[str]:
    """(s99) A phrase telling a figure of a whole span (conflict_whole_span_phrases.txt),
    or a year written as such ("in 2025"), or a span named by its owner ("in the trial's
    first year")."""
    phrases = data_alternation("conflict_whole_span_phrases.txt")
    return re.compile(rf"^[^.;\d]{{0,{SPAN_REACH}}}?\b(?:{phrases}|(?:in|during)\s+(?:19|20)\d\d"
                      r"|(?:in|during|over)\s+(?:the|its|their)\s+[\w-]+['’]s\s+(?:first\s+)?year)\b(?!\s+to\b)")


def _sub_period(q: Quantity, claim: Claim) -> bool:
    """(s99) The figure is told for a month, a week or a day: after it, or in a phrase
    opening its sentence before it."""
    start, end = _sentence_offsets(q, claim)
    m = SUB_PERIOD_AFTER.match(claim.sentence[max(end, 0):max(end, 0) + PERIOD_REACH_CHARS])
    if m is not None:
        # "the 1.2 million the council announced in February": the month of the telling,
        # not of the count
        return not TOLD_BEFORE_PERIOD.search(m.group(0))
    opening = SUB_PERIOD_OPENING.match(claim.sentence)
    return opening is not None and opening.end() <= start


# (s99) "The outbreak has reached 214 confirmed cases", "has now passed 250": a running count
# told by its verb, the run so far.
RUN_SO_FAR_BEFORE = re.compile(rf"\b(?:has|have)\s+(?:now\s+|already\s+)?(?:reached|passed|topped|exceeded|"
                               rf"risen\s+to|climbed\s+to|grown\s+to)\s+(?:(?:{FIGURE_HEDGES})\s+)*$")


def _whole_span(q: Quantity, claim: Claim) -> bool:
    """(s99) The figure is told for a whole year or the run of something so far."""
    _, end = _sentence_offsets(q, claim)
    after = claim.sentence[max(end, 0):max(end, 0) + PERIOD_REACH_CHARS]
    return bool(whole_span_pattern().match(after) or SINCE_START_AFTER.match(after)
                or RUN_SO_FAR_BEFORE.search(_before_figure(q, claim, 50)))


def _sub_period_of_span(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """(s99) One figure is told for a month, a week or a day ("about 400 missed visits in
    June", "Last week, 95 new cases were reported") and the other for a whole year or a run
    so far ("missed 4,870 visits in that year", "214 cases since the outbreak began"): a
    part of the span, not a rival of the span's figure. Two figures of one month ("190 in
    June" / "about 400 in June") still compare, as does a month against a figure of no
    stated span. Stocks are left out: "has 590 carers" is no count over a period."""
    if facts.stock(qa, a) or facts.stock(qb, b):
        return False
    for sub, sc, whole, wc in ((qa, a, qb, b), (qb, b, qa, a)):
        if _sub_period(sub, sc) and not _sub_period(whole, wc) and _whole_span(whole, wc):
            return True
    return False


@cache
def member_nouns() -> frozenset[str]:
    """(s99) Nouns of one member of a body's places (conflict_member_nouns.txt)."""
    return frozenset(data_lines("conflict_member_nouns.txt"))


# (s99) "employs 85 people at the site", "240 people on the route", "96 places at its
# Mardle Street nursery": a member named right after the counted thing.
MEMBER_AFTER = re.compile(r"^(?:\s+[\w'’-]+){0,3}?\s+(?:at|on|in)\s+(?:the|its|their|this|that|one|each|a\s+single)\s+"
                          r"(?:[\w'’-]+\s+){0,2}?(?P<noun>[a-z]+)\b")


def _member_of(q: Quantity, claim: Claim) -> str | None:
    """(s99) The member noun (`member_nouns`) named right after the figure's counted thing
    in its own clause, in the singular, else None."""
    _, end = _sentence_offsets(q, claim)
    after = re.split(r"[,;:.()\"“”]", claim.sentence[max(end, 0):max(end, 0) + PERIOD_REACH_CHARS])[0]
    m = MEMBER_AFTER.match(after)
    return m.group("noun") if m and m.group("noun") in member_nouns() else None


def _member_stock_of_whole(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """(s99) Two stocks ("The company employs 85 people at the site" / "It runs four
    landfills and two recycling plants, and employs 610 people"), one of them of a member
    its clause names that the other sentence does not name in the singular: the member's
    stock against the body's, not a rival. Two stocks of one member ("employs 85 people at
    the site" / "the site employs 120") still compare."""
    if not (facts.stock(qa, a) and facts.stock(qb, b)):
        return False
    for q, claim, other in ((qa, a, b), (qb, b, a)):
        noun = _member_of(q, claim)
        if noun is not None and not re.search(rf"\b{noun}\b", other.sentence, re.IGNORECASE):
            return True
    return False


def _remainder_against_part(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """(s99) One figure is the rest of a whole ("the remaining 29 cinemas would keep
    trading") and the other a part of a stated whole ("12 of its 41 cinemas will close",
    "19 of the 41 cinemas had lost money"): two parts of one whole, not rival counts of it."""
    for rest, rc, part, pc in ((qa, a, qb, b), (qb, b, qa, a)):
        if _left_over(rest, rc) == "" and (facts.whole(part, pc) is not None or _partitive_group(part, pc)):
            return True
    return False


# (s99) "its five Thornacre nurseries", "three Westbrook depots": a count whose thing is
# narrowed by a name written between the figure and the noun.
NAMED_SUBSET_AFTER = re.compile(r"^\s+((?:[A-Z][\w'’-]+\s+){1,2})([a-z][\w-]+)\b")


# ... read only after a preposition of place ("staff at three Thornacre nurseries", "at its
# five Thornacre nurseries"), or when the name is a day or a month ("44,000 Saturday
# tickets"): a name written as the subject's own ("Nearly 190 Eastgate refuse workers have
# joined the strike", "410,000 Kestrel Air passengers") names the owner of the whole, which
# the dev gold's rival counts do (the first variant lost three labelled pairs that way).
PLACE_BEFORE_SUBSET = re.compile(r"\b(?:at|in|across|from)\s+(?:its\s+|their\s+|the\s+|our\s+)?$")


def _named_subset(q: Quantity, claim: Claim) -> tuple[str, str] | None:
    """(s99) (the name, the counted noun) of a count narrowed by a name before its noun
    ("at three Thornacre nurseries" -> ("Thornacre", "nurseries"), "44,000 Saturday
    tickets"), else None."""
    if q.unit != "count":
        return None
    start, end = _sentence_offsets(q, claim)
    m = NAMED_SUBSET_AFTER.match(claim.sentence[max(end, 0):max(end, 0) + 60])
    if m is None:
        return None
    name = m.group(1).strip()
    timed = all(w in WEEKDAY_NAMES or w in MONTH_NAMES for w in name.split())
    if not timed and not PLACE_BEFORE_SUBSET.search(claim.sentence[max(start - 20, 0):max(start, 0)]):
        return None
    return name, m.group(2)


def _subset_named_apart(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """(s99) One count's thing is narrowed by a name ("staff at three Thornacre nurseries")
    that the other sentence never writes, and the other counts the thing itself, with no
    name of its own ("runs 64 nurseries across the Midlands"): a subset against the whole.
    Two counts of the named subset ("five Thornacre nurseries" / "three Thornacre
    nurseries") still compare, as does a name the other sentence writes elsewhere
    ("Tolland runs 1,150 stores" / "1,200 Tolland stores")."""
    for q, claim, other_q, other in ((qa, a, qb, b), (qb, b, qa, a)):
        named = _named_subset(q, claim)
        if named is None or _named_subset(other_q, other) is not None:
            continue
        name, noun = named
        if any(w in other.sentence for w in name.split()):
            continue
        if topic_stems(noun) & topic_stems(other_q.measure or ""):
            return True
    return False


def _narrower_scope(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """(s99) One figure's scope is narrower than the other's - a month of a year, a member's
    stock of a body's, the rest of a whole against a part of it - and the two scopes do not
    match: no rival figures."""
    return (_sub_period_of_span(qa, a, qb, b, facts) or _member_stock_of_whole(qa, a, qb, b, facts)
            or _remainder_against_part(qa, a, qb, b, facts) or _subset_named_apart(qa, a, qb, b)
            or _group_named_before(qa, a, qb, b))


# (v101) A count said of a group the reader already knows: "the nine drivers named by the
# police", "the 38 posts had gone", "its 58 sites", or "all" after a preposition ("would
# write to all 23 drivers", "paid in full to all 1,150 employees"). A subject "All 23
# primary schools reopened" is a claim of its own (against "Two ... stayed shut"), not this.
GROUP_NAMED_BEFORE = re.compile(
    r"(?:\b(?:the|its|their|our|his|her|these|those)"
    r"|\b(?:to|at|for|on|in|with|from|across|among|of|by|between|into|over)\s+all"
    r"(?:\s+(?:the|its|their|of\s+the|of\s+its))?)\s+$", re.IGNORECASE)
# "17 of his 38 recommendations": the whole of a part told in digits (other guards read it).
PARTITIVE_WHOLE_BEFORE = re.compile(r"\d\s+of\s+(?:the|its|their|our|his|her)\s+$", re.IGNORECASE)
# "the 42 it planned", "the 1.2 million the council announced", "the three we gave": a figure
# given by someone, a rival whatever its noun.
TOLD_AFTER_GROUP = re.compile(r"^\s*(?:that\s+|which\s+)?(?:it|they|we|he|she|the\s+[\w'’-]+|[A-Z][\w'’-]+)\s+"
                              r"(?:had\s+|has\s+|have\s+)?(?:first\s+|originally\s+|previously\s+)?"
                              + TOLD_BEFORE_PERIOD.pattern)


def _group_named_before(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """(v101) One of two counts is said of a group already named ("said it had suspended
    the nine drivers named by the police", "would write to all 23 drivers", "said the 38
    posts had gone"): a reference to a group the article counted or described elsewhere,
    not a count set against "160 drivers had been suspended" or "133 posts had now been
    removed". Only when the counted noun follows the figure: "the 42 it planned", "the 1.2
    million the council announced" (no noun, or a teller right after) name a rival figure."""
    return _group_named(qa, a) or _group_named(qb, b)


def _group_named(q: Quantity, claim: Claim) -> bool:
    if q.unit != "count" or not q.measure:
        return False
    before = _before_figure(q, claim, 30)
    if not GROUP_NAMED_BEFORE.search(before) or PARTITIVE_WHOLE_BEFORE.search(before):
        return False
    after = claim.sentence[max(_sentence_offsets(q, claim)[1], 0):]
    words = re.findall(r"[A-Za-z][\w'’-]*", after[:40])[:3]
    own = topic_stems(q.measure)
    for i, word in enumerate(words):
        if word.lower().endswith("ed") and len(word) > 4 and not (i + 1 < len(words) and topic_stems(words[i + 1]) & own):
            return False  # "the 1.2 million counted every unlock": a verb, no noun ("the 19 affected schools" has one)
        if topic_stems(word) & own and not word.lower().endswith("ed"):
            rest = after[after.find(word) + len(word):]
            return not TOLD_AFTER_GROUP.match(rest)
    return False


# "If the flow drops by a third, my orchards are finished": the figure is the condition's,
# the clause after "if"/"unless" up to the figure crossing no comma.
IN_CONDITION = re.compile(r"\b(?:if|unless)\b[^,;:]*$", re.IGNORECASE)


# "could cost up to €1.8bn if the tunnel works were delayed": a figure of a modal clause
# that a condition right after it bounds.
CONDITIONED_AFTER = re.compile(r"^[^,;:.]{0,60}?\b(?:if|unless)\b", re.IGNORECASE)


MODAL_BEFORE = re.compile(r"\b(?:could|would|might|may)\b[^,;:]*$", re.IGNORECASE)


def _hypothetical(q: Quantity, claim: Claim) -> bool:
    """The figure is what would be under a condition, not what is said to be: inside an
    "if" clause ("If the flow drops by a third"), or in a could/would clause an "if" right
    after bounds ("could cost up to €1.8bn if the tunnel works were delayed"). A scenario
    is no rival of a stated figure (p19; the one dev pair of this shape is a non-conflict)."""
    before = _before_figure(q, claim, 80)
    if IN_CONDITION.search(before):
        return True
    _, end = _sentence_offsets(q, claim)
    return bool(MODAL_BEFORE.search(before) and CONDITIONED_AFTER.search(claim.sentence[max(end, 0):]))


# "18,200 parcels in the six months to September", "40,000 over the full year", "1,200
# doses in a fortnight": the stretch of time a count or sum is gathered over.
SPAN = re.compile(
    r"\b(?:in|over|during|within|across)\s+(?:the\s+|a\s+|an\s+|its\s+)?"
    r"(?:(?:past|last|first|previous|full|whole|entire)\s+)?"
    r"(?:(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)[\s-]+)?"
    r"(?P<unit>days?|weeks?|fortnight|months?|quarter|half|years?)\b", re.IGNORECASE)


TIME_UNIT_NAMES = frozenset({"second", "minute", "hour", "day", "week", "fortnight", "month", "quarter", "year",
                             "decade"})


SPAN_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "quarter": 91, "half": 182, "year": 365}


SPAN_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18}


# Spans this many times apart are two stretches of time, not one told two ways ("twelve
# months" / "the year to September" are one).
SPANS_APART = 1.5


# (nf44) "On Sunday 420 patients were admitted", "found 64 people on a single night", "took
# part on Sunday and Monday", "over the weekend", "over the summer": days named one by one,
# a single day or night, a weekend, a season. Not a day a report was given on ("said on
# Monday"): that dates the telling, not the count.
DAY_SPAN = re.compile(
    rf"(?<!said )(?<!told )(?<!announced )(?<!reported )(?<!confirmed )(?<!added )(?<!stated )"
    rf"\b(?:on\s+(?:(?P<single>a\s+single\s+(?:day|night))|(?P<days>(?:{'|'.join(WEEKDAYS)})"
    rf"(?:\s*(?:,|and|or)\s*(?:{'|'.join(WEEKDAYS)}))*))"
    rf"|(?:over|during|across)\s+the\s+(?:(?P<weekend>weekend)|(?P<season>summer|winter|spring|autumn)))\b",
    re.IGNORECASE)
SEASON_DAYS = 91
WEEKEND_DAYS = 2
NAMED_DAYS_APART = 3


# (v46) What dates the telling, not the count, when it stands just before a day:
# "said late on Monday", "confirmed early on Sunday", "in a statement on Monday", "at a
# briefing on Tuesday" (`DAY_SPAN`'s lookbehinds take only a verb right before "on").
TOLD_ON = re.compile(r"\b(?:(?:said|told|announced|reported|confirmed|added|stated)\s+(?:late|early|later|earlier)"
                     r"|statement|briefing|interview|update|press\s+conference)\s*$", re.IGNORECASE)


def _day_span(clause: str) -> int | None:
    """(nf44) Days of a stretch named as days (`DAY_SPAN`), None if none is. (v46) Not a
    day the figure was told on (`TOLD_ON`): "The council said late on Monday that 420
    homes had been flooded" counts no single day's floods."""
    m = next((m for m in DAY_SPAN.finditer(clause) if not TOLD_ON.search(clause[:m.start()])), None)
    if m is None:
        return None
    if m.group("single"):
        return 1
    if m.group("days"):
        return len(re.findall("|".join(WEEKDAYS), m.group("days"), re.IGNORECASE))
    return WEEKEND_DAYS if m.group("weekend") else SEASON_DAYS


def _span_days(q: Quantity, claim: Claim) -> int | None:
    """Days of the stretch the figure's own clause gathers it over, None when it names none
    or only a vague plural ("within days" is not one day). (nf44) A clause naming no
    stretch of counted days may name its days one by one, a single day or night, a
    weekend or a season (`DAY_SPAN`): "On Sunday 420 patients were admitted" is a day's
    count beside "1,240 patients ... during the five-day heatwave"."""
    if q.unit in TIME_UNIT_NAMES:  # a duration is itself a stretch of time
        return None
    clause = clause_around(q, claim)
    m = SPAN.search(clause)
    if m is None:
        return _day_span(clause)
    n = m.group("n")
    if n is None and m.group("unit").lower().endswith("s"):
        return None  # "within days", "over the past months": no stretch told (review r19)
    count = int(n) if n and n.isdigit() else SPAN_NUMBERS.get((n or "one").lower(), 1)
    return count * SPAN_DAYS[m.group("unit").lower().rstrip("s")]


def _spans_differ(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """Both figures are gathered over stretches of time their clauses name, and these are
    `SPANS_APART` or more apart ("handed out 18,200 emergency food parcels in the six
    months to September" / "expects to hand out 40,000 parcels over the full year"): two
    measures, a half-year's count and a year's (p19)."""
    da, db = _span_days(qa, a), _span_days(qb, b)
    if da is None or db is None:
        return False
    # (nf44) A span read from named days (`_day_span`) is looser: "38 people ... on Sunday"
    # and "52 people ... over the weekend" tell one weekend's rescues; only a stretch
    # `NAMED_DAYS_APART` times longer sets a day apart ("during the five-day heatwave").
    named = any(SPAN.search(clause_around(q, c)) is None for q, c in ((qa, a), (qb, b)))
    return max(da, db) >= (NAMED_DAYS_APART if named else SPANS_APART) * min(da, db)


# (p23) "Last summer, fires across the state burned 9,000 acres": a sentence opening
# on a season before its article's, as p11's "Last year" opens (`LAST_YEAR_OPENING`).
LAST_SEASON_OPENING = re.compile(r"^[\W_]*(?:in\s+|during\s+|over\s+)?last\s+(summer|winter|spring|autumn|season)(?:['’]s)?\b",
                                 re.IGNORECASE)


def _last_season_against_now(a: Claim, b: Claim) -> bool:
    """One figure's sentence opens on last summer (winter, spring, autumn, season), the
    other's names no such season: a past season's figure set beside one of now, not its
    rival ("Last summer, fires across the state burned 9,000 acres" / "a blaze that has
    now scorched 5,200 acres"). Two figures of last summer still compare (p23)."""
    for this, other in ((a, b), (b, a)):
        m = LAST_SEASON_OPENING.match(this.sentence)
        if m and not re.search(rf"\blast\s+{m.group(1)}", other.sentence, re.IGNORECASE):
            return True
    return False


# (nf44) "A year earlier the list had stood at 3,900", "In the same period last year the
# rate was 4.9%", "Twelve months ago, ...": a sentence opening on a point counted back from
# the story's own time (not a calendar year: `HISTORY_OPENING` reads those).
EARLIER_OPENING = re.compile(
    r"^[\W_]*(?:(?:a|one|two|three|four|five|six|ten|twelve|\d+)\s+(?:years?|months?|weeks?)\s+(?:earlier|ago|before)"
    r"|(?:in|during|over|at|by)\s+the\s+same\s+(?:period|quarter|month|week|point|time|stage)\s+"
    r"(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|of\s+last\s+year)"
    r"|(?:in\s+|during\s+)?the\s+(?:previous|preceding|prior)\s+(?:year|twelve\s+months|12\s+months|quarter|month))\b",
    re.IGNORECASE)
# Words by which the other sentence tells of a point counted back too.
EARLIER_WORDS = re.compile(r"\b(?:earlier|ago|before|previous|preceding|prior|last\s+year)\b", re.IGNORECASE)


def _earlier_opening_against_now(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """(nf44) One figure's sentence opens on a point counted back from the story's time ("A
    year earlier it completed 410.", "In the same period last year the rate was 4.9%."),
    the figure in its first clause (no other figure before it), and the other's sentence
    tells of no earlier point at all: a baseline set beside the story's figure, not its
    rival ("Only 240 homes were completed in the year to March"). As p11's "Last year" and
    p23's "Last summer" openings; two figures of the earlier point still compare ("A year
    earlier 3,900 households" / "a year ago ... 4,600 households")."""
    for q, this, other in ((qa, a, b), (qb, b, a)):
        m = EARLIER_OPENING.match(this.sentence)
        if not m or EARLIER_WORDS.search(other.sentence):
            continue
        start, _ = _sentence_offsets(q, this)
        # figures inside the opening ("Twelve months ago", "the previous 12 months") are its words
        if start < m.end() or any(m.end() < _sentence_offsets(o, this)[1] <= start
                                  for o in this.quantities if o is not q):
            continue
        return True
    return False


# (nf44) "In July the rate had been 3.1%", "In the first quarter, 5.0% ...": a month or
# quarter opening the sentence, before its first figure.
PERIOD_OPENING = re.compile(
    rf"^[\W_]*(?:in|during|for)\s+((?:{MONTHS})|the\s+(?:first|second|third|fourth)\s+quarter)\b(?!\s+(?:19|20)\d\d)",
    re.IGNORECASE)


def _opening_period(q: Quantity, claim: Claim) -> str | None:
    """(nf44) The month or quarter a sentence opens on, for its first figure only (no other
    figure before it) and only when none is written after the figure (`_period` reads that):
    "In July the rate had been 3.1%" is July's rate."""
    m = PERIOD_OPENING.match(claim.sentence)
    if not m:
        return None
    start, _ = _sentence_offsets(q, claim)
    if start < m.end() or any(_sentence_offsets(o, claim)[1] <= start for o in claim.quantities if o is not q):
        return None
    return " ".join(m.group(1).lower().split())


def _opening_periods_apart(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """(nf44) One figure's period is the month or quarter its sentence opens on, the other's
    the one written after it (or its own opening), and the two are periods of one grain
    but not the same ("In July the rate had been 3.1%" / "Inflation reached 3.8% in
    August"): two months' figures, as `_same_measure` reads two periods written after the
    figures. A figure naming no period on one side still compares."""
    oa, ob = _opening_period(qa, a), _opening_period(qb, b)
    if not (oa or ob):
        return False
    pa, pb = facts.period(qa, a) or oa, facts.period(qb, b) or ob
    return bool(pa and pb and pa != pb and _period_grain(pa) == _period_grain(pb) and not _year_two_ways(pa, pb))


# (nf44) "will have 720 beds", "would employ about 3,200", "is due to have 600 places": a
# verb of possession told of a time to come (group 1 the possession verb's match).
FUTURE_STOCK_BEFORE = re.compile(
    r"\b(?:will|would|shall|(?:is|are)\s+(?:set|due|expected|planned|going)\s+to)\s+(?:(?:also|still|eventually|now)\s+)?$",
    re.IGNORECASE)


def _stock_tense(q: Quantity, claim: Claim) -> str | None:
    """(nf44) "future" or "now" for a figure right after a verb of possession
    (`stock_pattern`), by the words before the verb (`FUTURE_STOCK_BEFORE`); None for any
    other figure."""
    before = _before_figure(q, claim, 60)
    m = stock_pattern().search(before)
    if m is None:
        return None
    return "future" if FUTURE_STOCK_BEFORE.search(before[:m.start()]) else "now"


def _future_stock_against_now(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """(nf44) Both figures follow a verb of possession, one told of a time to come ("The
    hospital will have 720 beds"), the other of now ("The town's hospital has 520 beds"):
    what a planned thing will hold beside what the present one holds, not rival sizes of
    one. Two sizes told alike ("will have 720" / "will have 640", "has 520" / "has 560")
    still compare, as does a figure after no verb of possession."""
    ta, tb = _stock_tense(qa, a), _stock_tense(qb, b)
    return ta is not None and tb is not None and ta != tb


# (r108) The end point of a change foretold by a modal: "a new contract from April would
# cut it to about £410,000", "the bill will fall to", "is expected to rise to", "would bring
# the cost down to". A pronoun, or "the"/"its"/"their" and up to five words, may stand between verb and
# "to" ("would cut the baths' heating bill to"), as may "down"/"up" and an approximator
# after "to".
FORETOLD_CHANGE_TO = re.compile(
    r"\b(?:will|would|could|expected\s+to|set\s+to)\s+(?:\w+\s+){0,2}?"
    r"(?:cut|reduce|lower|bring|fall|drop|rise|increase|raise|grow|climb|push|take)\s+"
    r"(?:(?:it|them|this|that|(?:the|its|their)(?:\s+[\w'’]+){1,5}?)\s+)?(?:down\s+|up\s+)?to\s+"
    r"(?:about|around|roughly|some|nearly|almost|just|under|below|over|above|more\s+than|less\s+than)?\s*$",
    re.IGNORECASE)


def _foretold_change_against_now(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """(r108) One figure is where a foretold change will take a measure ("a new fixed-price
    contract from April would cut it to about £410,000"), the other is told of now or the
    past and not foretold itself ("the rink's energy bill reached £640,000 last year", "put
    the rink's energy costs at £512,000"): a forecast after a change beside the measure
    before it, not two rival accounts of one value. Two foretold figures ("would cut it to
    £410,000" / "will only fall to £600,000", "the true figure would be") still compare."""
    ends = [bool(FORETOLD_CHANGE_TO.search(_before_figure(q, c, 80))) for q, c in ((qa, a), (qb, b))]
    if ends[0] == ends[1]:
        return False
    other, claim = (qb, b) if ends[0] else (qa, a)
    return not FORETOLD_BEFORE.search(_before_figure(other, claim, FORETOLD_REACH_CHARS))


# (f28) "last summer", "last season" in the figure's own clause, anywhere in it.
LAST_SEASON = re.compile(r"\blast\s+(summer|winter|spring|autumn|season)\b", re.IGNORECASE)


def _clause_of_last_season(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """(f28) One figure's own clause tells of last summer (winter, season) after the figure
    too ("the airline cancelled about 730 flights last summer" / "cancelled more than 1,980
    flights this summer"), and the other's sentence names no such season: last season's
    count beside this one's, as `_last_season_against_now` reads a sentence opening on it.
    The clause, not the sentence: "1,240 flights this summer, against 730 last summer"
    still meets a rival count of this summer through its 1,450."""
    for q, this, other in ((qa, a, b), (qb, b, a)):
        m = LAST_SEASON.search(clause_around(q, this))
        if m and not re.search(rf"\blast\s+{m.group(1)}", other.sentence, re.IGNORECASE):
            return True
    return False


YEAR_DAYS = SPAN_DAYS["year"]


def _finished_year(q: Quantity, ref: ClaimRef, facts: _Facts) -> bool:
    """(p108) The figure's own period is one whole year already ended when its article was
    written: "last year" written after it, or a year by number before its article's year
    ("received £1.46bn last year", "sold 72,000 tickets in 2025", "In 2024 it completed
    610") read by `_period` and `_year_before`. Not "this year" (a running count) nor a
    year not yet ended."""
    if ref.published is None:
        return False
    period = facts.period(q, ref.claim) or facts.year_before(q, ref.claim)
    if period == "last year":
        return True
    return bool(period and re.fullmatch(r"(?:19|20)\d{2}", period) and int(period) < ref.published.year)


def _finished_year_against_span(qa: Quantity, a: ClaimRef, qb: Quantity, b: ClaimRef, facts: _Facts) -> bool:
    """(p108) One figure is a whole finished year's (`_finished_year`), naming no stretch of
    its own, and the other's clause gathers it over a stretch `SPANS_APART` or more longer
    or shorter than a year (`_span_days`: "in the five years to 2025", "in the first six
    months", "over the past three years", "on Sunday"): a year's figure set beside a
    stretch of another length, as `_spans_differ` reads two stretches both named ("£1.46bn
    last year" / "£7.1bn in the five years to 2025"). Two figures of one finished year,
    or a year against the twelve months to a month, still compare; so do rates and shares
    (levels, not gathered over a stretch) and a figure reached "within" a stretch."""
    if qa.unit in SHARE_UNITS or qb.unit in SHARE_UNITS or qa.per or qb.per:
        return False  # a share or a rate ("118 a day") is a level, not gathered over its stretch
    for q, ref, other_q, other in ((qa, a, qb, b), (qb, b, qa, a)):
        if not _finished_year(q, ref, facts) or _finished_year(other_q, other, facts):
            continue
        if _span_days(q, ref.claim) is not None:
            continue  # its own clause names a stretch: `_spans_differ` reads that
        span = SPAN.search(clause_around(other_q, other.claim))
        if span is not None and span.group(0).lower().startswith("within"):
            continue  # "had reached 50% within two years": the time taken, not a stretch counted
        days = _span_days(other_q, other.claim)
        if days is not None and max(days, YEAR_DAYS) >= SPANS_APART * min(days, YEAR_DAYS):
            return True
    return False


def _resolved_year(period: str | None, published: date | None) -> int | None:
    """(p108) The year a figure's own period names: a year by number ("2024"), or one
    relative to its article's date ("last year" in an article of 2026 is 2025)."""
    if not period or published is None:
        return None
    if re.fullmatch(r"(?:19|20)\d{2}", period):
        return int(period)
    m = RELATIVE_YEAR.fullmatch(period)
    return published.year + RELATIVE_YEAR_OFFSET[m.group(1).lower()] if m else None


def _years_resolved_apart(qa: Quantity, a: ClaimRef, qb: Quantity, b: ClaimRef, facts: _Facts) -> bool:
    """(p108) One figure's own period is a year relative to its article ("412,000 visits
    last year") and the other's a year by number ("380,000 visits in 2024"), and with the
    articles' dates they are two years. `_same_measure` leaves such a pair to
    `_same_time_frame` (`_year_two_ways`), which reads the sentences' years whole: a
    sentence naming both years ("412,000 visits last year, up from 360,000 in 2024")
    shares one with the other and passed it. Figures of one year told both ways ("610
    homes last year" / "520 homes in 2025", said in 2026) still compare."""
    pa = facts.period(qa, a.claim) or facts.year_before(qa, a.claim)
    pb = facts.period(qb, b.claim) or facts.year_before(qb, b.claim)
    if not (pa and pb and _year_two_ways(pa, pb)):
        return False
    ya, yb = _resolved_year(pa, a.published), _resolved_year(pb, b.published)
    return ya is not None and yb is not None and ya != yb


# (f34) "a trial of 4,800 patients", "a survey of 2,000 members", "The trial, which followed
# 4,200 patients", "Researchers ... followed 12,400 people": the figure is the size of a
# study's sample, named by the study noun before it (right before, or as the subject of a
# verb of taking part within its clause).
STUDY_NOUNS = r"trials?|stud(?:y|ies)|surveys?|polls?|samples?|experiments?|research(?:ers)?"
SAMPLE_BEFORE = re.compile(
    rf"\b(?:{STUDY_NOUNS})\s+(?:of|involving|among|covering)\s+(?:(?:{FIGURE_HEDGES})\s+)*$"
    rf"|\b(?:{STUDY_NOUNS})\b[^.;:!?]{{0,60}}?\b(?:followed|follows|involved|involves|involving|enrolled|enrols|"
    rf"included|includes|tracked|tracks|surveyed|surveys|questioned)\s+(?:(?:{FIGURE_HEDGES})\s+)*$",
    re.IGNORECASE)
SAMPLE_REACH_CHARS = 80


def _study_sample(q: Quantity, claim: Claim) -> bool:
    """(f34) A count that is the size of a study's sample (`SAMPLE_BEFORE`)."""
    return q.unit == "count" and bool(SAMPLE_BEFORE.search(_before_figure(q, claim, SAMPLE_REACH_CHARS)))


def _sample_against_count(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """(f34) One figure is the size of a study's sample ("a trial of 4,200 patients") and
    the other is not: how many people a trial followed is no rival of how many take the
    drug, were harmed by it or sue its maker ("about 85,000 patients in Britain were
    taking the drug", "Lawyers for about 300 patients"). Two samples are compared ("a
    trial of 4,800 patients" / "The trial, which followed 4,200 patients")."""
    return _study_sample(qa, a) != _study_sample(qb, b)


# (p23) "the average pay award", "an average of 26 pupils", "averaged 17 minutes": a sentence
# that speaks of an average.
AVERAGE = re.compile(r"\baverag(?:e|es|ed|ing)\b", re.IGNORECASE)


def _average_against_one(a: Claim, b: Claim) -> bool:
    """One figure's sentence speaks of an average and the other's of none: a mean of many
    set against one value, or against another measure the sentence holds beside it
    ("prices rose 4.8% in the year" / "the average pay award in the industry, put at
    2.7%"; "classes hold an average of 26 pupils" / "a class of 34 pupils"). Two
    sentences of averages still compare ("an average of £72 per repair" / "£55 per job on
    average"; "Average fares rose to £640" / "an average fare of £820").
    Measured (p23): three closed false alarms fewer, no closed or dev conflict lost."""
    return bool(AVERAGE.search(a.sentence)) != bool(AVERAGE.search(b.sentence))


def _revision_of_earlier(qa: Quantity, a: ClaimRef, qb: Quantity, b: ClaimRef) -> bool:
    """One figure is told as a revision ("later raised ... to 74") in an article of the
    other's day or after: it replaces the earlier count ("57 injured"), as a running story
    does, rather than disputing it (p11). So is a running total a later article reaches by
    an addition ("bringing the total to 215,000"): not in an article of the same day, where
    two outlets' totals are rival counts (n13). So is a count told as moved since ("has
    risen to 340", `_moved_since_earlier`, p19)."""
    for q, ref, other_ref in ((qa, a, b), (qb, b, a)):
        if ref.published is None or other_ref.published is None or other_ref.published > ref.published:
            continue
        if REVISED_BEFORE.search(_before_figure(q, ref.claim)):
            return True
        if other_ref.published < ref.published and RUNNING_TOTAL_BEFORE.search(_before_figure(q, ref.claim)):
            return True
    return _moved_since_earlier(qa, a, qb, b) or _moved_since_earlier(qb, b, qa, a)


def _uncounted_measures(claim: Claim) -> frozenset[str]:
    """Stems of the measures of the claim's figures other than counts."""
    return frozenset(s for q in claim.quantities if q.unit != "count" and q.measure for s in topic_stems(q.measure))


# The words of a figure's clause before it read for its frame: "the council's own
# assessment puts the cost at up to" is the clause, "cost" the frame.
FRAME_WORDS = 8


LOSS_AFTER = re.compile(r"^\s+(?:a\s+year\s+|a\s+week\s+|a\s+day\s+)?in\s+(?:lost|losses|damages?)\b", re.IGNORECASE)


FRAME_CLAUSE_EDGE = re.compile(r"[,;:()\"“”]|\b(?:that|which|while|but|whereas|because)\b", re.IGNORECASE)


def _frame(q: Quantity, claim: Claim) -> frozenset[str]:
    """(n18) The measure a sum, share or duration fills, read from the words of its own
    clause before it that a measure synonym group lists, widened to the group: "will cost
    the city $1.9 billion", "priced the work at $1.2 billion", "the bill came to" fill one
    frame (cost), "the real gap is closer to $30 million" another (shortfall). Outlets
    word one figure's measure apart as often as alike; the verb or noun it fills is what
    they share. Not for counts: the words before a count name what is done to it ("cut",
    "evacuated") more often than what it counts, and a story holds many counts."""
    if q.unit == "count":
        return frozenset()
    groups = measure_synonyms()
    # (n97) "had cost local businesses about £6 million in lost trade": a loss told with
    # "cost", its frame the loss ("the losses are closer to £11 million"), not a price
    if LOSS_AFTER.match(_after_figure(q, claim, len(q.surface) + 30)[len(q.surface):]):
        return frozenset(groups.get("loss", ()))
    clause = FRAME_CLAUSE_EDGE.split(_before_figure(q, claim, 80))[-1]
    # (fxU) a stoppage ("closed", "shut") frames only a length of time: "shares closed
    # down 6.1%" / "closed at 412p, down 3%" fill no closure
    timed = q.unit in TIME_UNIT_NAMES
    return frozenset(g for word in clause.split()[-FRAME_WORDS:] for s in topic_stems(word) if s in groups
                     and (timed or s not in stoppage_stems()) for g in groups[s])


def _framed_candidates(measures: frozenset[str], by_measure: dict[str, Sequence[int]], position: list[int],
                       cap: int) -> set[int]:
    """Claims with a figure filling one of the frames of the claim's figures (`_frame`),
    through the `cap` rarest: looked up in the story only, as synonyms are."""
    frames = sorted((s for s in measures if s.startswith("frame:") and s in by_measure),
                    key=lambda s: (len(by_measure[s]), s))[:cap]
    return {position[k] for s in frames for k in by_measure[s]}


def _framed_in_story(a: _Judged, measures: frozenset[str], frames_by_article: dict[str, dict[str, list[int]]],
                     close: frozenset[str]) -> set[int]:
    """(n97) Claims after `a` in the articles `close` (those telling a's story closely)
    with a figure filling one of the frames of a's figures (`_frame`): the story's own
    postings, which no store-wide cap drops."""
    frames = [s for s in measures if s.startswith("frame:")]
    if not frames:
        return set()
    return {k for article in close if article in frames_by_article for s in frames
            for k in frames_by_article[article].get(s, ()) if k > a.index}


# (n97, n99) Counts of one count-noun family ("1,100 jobs" / "650 roles", "homes" /
# "households") gathered in the story's articles (`_counted_kin_in_story`): the postings
# drop "job" and "home", held by more claims of a large store than
# `candidate_postings_cap`. Off (n99): with the gate below it found 11 dev numeric
# conflicts more and lost 2 (569 -> 578, dev false alarms unchanged) but added a closed false alarm and
# no closed find, and 14 of its 15 new unlabelled dev pairs were false (two counts of one
# story: homes eligible / insulated, a region's jobs / one theatre's, two stories of one
# template). Turn on when the gate tells those apart.
COUNTED_KIN = False


@cache
def count_families() -> dict[str, int]:
    """(n99) Stem -> family of claims/data/conflict_count_families.txt."""
    return {s: i for i, line in enumerate(data_lines("conflict_count_families.txt"))
            for w in line.split(",") if w.strip() for s in topic_stems(w.strip())}


@cache
def count_part_stems() -> frozenset[str]:
    """(n99) claims/data/conflict_count_part_words.txt, stemmed."""
    return frozenset(s for w in data_lines("conflict_count_part_words.txt") for s in topic_stems(w))


def _count_family(q: Quantity) -> int | None:
    """(n99) The family of the count's own measure head ("900 construction roles" -> the
    jobs family); None for a figure of no measure, or of another unit."""
    if q.unit != "count" or q.value is None or not q.measure:
        return None
    head = MEASURE_PREPOSITION.split(q.measure)[0].split()
    if not head:
        return None
    families = {count_families().get(s) for s in topic_stems(head[-1])} - {None}
    return next(iter(families)) if len(families) == 1 else None


# (n99) A count scoped to a part: "at its new depot", "in its generics division" (a part
# word of conflict_count_part_words.txt within five words after a preposition).
PART_SCOPE = re.compile(r"\b(?:at|in|across|from|during|for)\s+((?:[\w'’-]+\s+){0,4}[\w'’-]+)",
                        re.IGNORECASE)
# (n99) ... a month only right after "in" or "during" ("in March"): "by September" is a
# deadline, not a month's count.
MONTH_SCOPE = re.compile(rf"\b(?:in|during)\s+({MONTHS})\b")
MONTH_WORDS = frozenset(m.lower() for m in MONTHS.split("|"))


def _count_parts(c: Claim) -> frozenset[str]:
    """(n99) The parts a claim's counts are scoped to: the stem of a part word within five
    words after a preposition, or a month told as the count's ("in March")."""
    parts = {m.group(1).lower() for m in MONTH_SCOPE.finditer(c.text)}
    for m in PART_SCOPE.finditer(c.text):
        for word in m.group(1).split():
            parts |= topic_stems(word.lower().strip("'’")) & count_part_stems()
    return frozenset(parts)


def _counted_kin_in_story(a: _Judged, facts: _Facts, frames_by_article: dict[str, dict[str, list[int]]],
                          close: frozenset[str]) -> set[int]:
    """(n97) Claims after `a` in the articles `close` with a count of a family of one of a's
    counts (claims/data/conflict_count_families.txt): "putting about 1,100 jobs at risk" /
    "roughly 650 roles would be affected". Kept only through `_one_counted_group`."""
    keys = {f"count:{f}" for q in a.claim.quantities if (f := _count_family(q)) is not None}
    return {k for article in close if article in frames_by_article for s in keys
            for k in frames_by_article[article].get(s, ()) if k > a.index}


# (n99) Act classes (`figure_act`) one count of a family may be told under on one side and
# none named on the other: jobs "put at risk" are the jobs a plan would cut ("putting about
# 1,100 jobs at risk" / "roughly 650 roles would be affected"; "will cut 850 jobs" / "1,300
# posts are at risk").
LOSS_UNNAMED_ACTS = frozenset({None, "at risk"})


# (n99) A count told as the party an act comes from or goes to ("3,900 complaints ... from
# 1,150 households", "paid to 150,000 households"): who acted or received, not the count.
PARTY_BEFORE = re.compile(r"\b(?:from|to|among)\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|"
                          r"over|under|fewer\s+than|less\s+than|at\s+least|only|just)\s+)?$", re.IGNORECASE)


def _counted_as_party(q: Quantity, claim: Claim) -> bool:
    """(n99) The count is told right after "from", "to" or "among" (`PARTY_BEFORE`)."""
    return bool(PARTY_BEFORE.search(_before_figure(q, claim, 30)))


def _one_counted_group(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts,
                       outlets: frozenset[str]) -> bool:
    """(n97, n99) Two counts of one family met only in the story are one count only when
    - their measures' heads are of one family (`_count_family`),
    - they are counted under one act: the same act class (`figure_act`), or none and "at
      risk" (`LOSS_UNNAMED_ACTS`), gain and loss not opposed ("cut 850 jobs" / "1,300
      posts would go"; not "lost" / "created"), and no two events apart,
    - a word qualifying either measure is said in the other's claim too ("construction
      would create 1,200 jobs" / "900 construction roles"; not "180 jobs" / "34 academic
      staff", a sub-group),
    - neither is a stock the other is not ("has 8,400 homes and 310 staff", `_is_stock`)
      nor the party an act comes from or goes to ("from 1,150 households",
      `_counted_as_party`),
    - neither is scoped to a part the other is not (a site, a division, a month:
      `_count_parts`), and
    - their holders agree: the bodies each figure is about (`_entities_about`, outlets
      left out) are one, or one side names none ("850 jobs" of the firm / "1,300 posts" of
      the union's estimate; not a town's homes against a power network's households)."""
    fa = _count_family(qa)
    if fa is None or fa != _count_family(qb):
        return False
    acts = {facts.act_class(qa, a), facts.act_class(qb, b)}
    if len(acts) > 1 and not acts <= LOSS_UNNAMED_ACTS or facts.gain_or_loss(qa, a) * facts.gain_or_loss(qb, b) < 0:
        return False
    ea, eb = facts.events(qa, a), facts.events(qb, b)
    if (ea or eb) and not ea & eb:
        return False
    if _is_stock(qa, a) != _is_stock(qb, b) or _counted_as_party(qa, a) or _counted_as_party(qb, b):
        return False
    for q, other in ((qa, b), (qb, a)):
        words = topic_stems(MEASURE_PREPOSITION.split(q.measure or "")[0])
        qualifiers = words - set(count_families())
        if qualifiers and not qualifiers <= topic_stems(other.sentence):
            return False
    if _count_parts(a) != _count_parts(b):
        return False
    held_a, held_b = _entities_about(qa, a, facts, outlets), _entities_about(qb, b, facts, outlets)
    return not (held_a and held_b and held_a.isdisjoint(held_b))


def _framed_alike(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """(n97) Two sums met only through a frame in the story's articles: both figures fill
    a frame and the two frames meet ("will cost the city $1.9 billion" / "priced the work
    at $1.2 billion"), and their measures are not two things named apart, neither of them
    the frame's own word ("£410,000 of refunds" / "about £2.6m for the bins"), nor a sum
    told for a span against one told for none ("payments of £640,000 in the year to
    March" / "had been paid £780,000 over the same period", two years)."""
    fa, fb = facts.frame(qa, a), facts.frame(qb, b)
    shared = fa & fb
    if not shared or (_span_days(qa, a) is None) != (_span_days(qb, b) is None):
        return False
    ra, rb = topic_stems(qa.measure or ""), topic_stems(qb.measure or "")
    if ra and rb and ra.isdisjoint(shared) and rb.isdisjoint(shared):
        return not facts.measure(qa, a).isdisjoint(facts.measure(qb, b))
    return True


def _frames_meet(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """The frame of one figure is the frame or the measure of the other (`_frame`)."""
    fa, fb = facts.frame(qa, a), facts.frame(qb, b)
    return bool(fa or fb) and bool((fa | facts.measure(qa, a)) & (fb | facts.measure(qb, b)))


def _synonym_candidates(stems: frozenset[str], by_measure: dict[str, Sequence[int]], position: list[int],
                        cap: int) -> set[int]:
    """Claims whose figures' measures hold a synonym of one of `stems` but not the stem
    (claims/data/conflict_measure_synonyms*.txt), through the `cap` rarest synonyms: the
    postings are the measure postings, bounded as they are."""
    synonyms = sorted((s for s in _widen(s for s in stems if ":" not in s) - stems if s in by_measure),
                      key=lambda s: (len(by_measure[s]), s))[:cap]
    return {position[k] for s in synonyms for k in by_measure[s]}


def _states_figure(q: Quantity, claim: Claim) -> bool:
    """The claim holds q's figure itself: the same value, unit and rate (as written: a
    restatement, not a conversion)."""
    return q.value is not None and any(
        other.value == q.value and other.unit == q.unit and other.per == q.per for other in claim.quantities)


def _both_stated(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """Each claim states both figures ("passed by 212 votes to 148" / "had passed by 212
    votes to 148"): one figure of each set against the other figure of the other is a
    cross-reading of two agreeing claims, not a conflict ("78 votes to 64" / "81 votes to
    61" still are)."""
    return len(a.quantities) > 1 and len(b.quantities) > 1 and _states_figure(qa, b) and _states_figure(qb, a)


# (p32) Words before a figure that set it against another as a rival ("far more than the
# 4,100 given by ...", "against the agency's figure of", "1,200, not 700"), not as a part of
# the claim's own telling ("and 90 engineers", "down from more than 500 on Monday").
RIVAL_BEFORE = re.compile(r"\b(?:than|against|not|versus|vs|instead\s+of|compared\s+(?:with|to)|contrary\s+to|"
                          r"contradict\w*|disput\w*|reject\w*|(?:figure|estimate|claim|count)s?\s+of|"
                          r"officially|reported|claimed|announced)\b(?:\s+[\w'’-]+){0,6}?\s*$", re.IGNORECASE)
TRAILING_HEDGES = re.compile(rf"(?:\b(?:{FIGURE_HEDGES})\s+)+$", re.IGNORECASE)  # "down from more than 500"
# ... or words after it that give it to another party or judge it ("the 150,000 the airline
# has reported", "1,100 given by the council", "3,400 was wrong").
RIVAL_AFTER = re.compile(r"^\S*\s+(?:[\w'’-]+\s+){0,4}?(?:given|reported|announced|claimed|cited|stated|published|"
                         r"has\s+(?:reported|given|said|claimed)|was\s+(?:wrong|false|inaccurate|misleading|an?\s+over)|"
                         r"is\s+(?:wrong|false|inaccurate|misleading|an?\s+over))\b", re.IGNORECASE)


def _agreeing_sibling(q: Quantity, other: Quantity, claim: Claim) -> bool:
    """The claim holding `other` also states q's figure (same value, unit and rate) as a
    figure of its own telling, not named as a rival (RIVAL_BEFORE) nor as the figure the
    claim's own replaces ("£19m, far from £12m": p62)."""
    return any(o is not other and o.value == q.value and o.unit == q.unit and o.per == q.per
               and not RIVAL_BEFORE.search(TRAILING_HEDGES.sub("", _before_figure(o, claim, 60)))
               and not RIVAL_AFTER.match(_after_figure(o, claim, 60))
               and not any(_same_figure(_replaced_figure(p, claim), o)
                           or _same_figure((_rival_in_sentence(p, claim) or (None,))[0], o)
                           for p in claim.quantities)
               for o in claim.quantities)


def _after_figure(q: Quantity, claim: Claim, chars: int) -> str:
    """The claim's sentence from the figure's surface on, `chars` characters."""
    start = max(_sentence_offsets(q, claim)[0], 0)
    return claim.sentence[start:start + chars]


def _other_figure_agrees(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """(p32) One claim states the other's figure too, beside the figure compared: "had
    recruited 650 new cabin crew and 90 engineers" / "had recruited 650 cabin crew", "320
    firefighters remained on Tuesday, down from more than 500 on Monday" / "More than 500
    firefighters ... on Monday". The claims agree on that figure; the other figure of the
    pair counts something else (another group, another day), so the cross-reading is no
    conflict. A figure the claim names as a rival ("far more than the 4,100 hectares given
    by the regional agency") is not agreement ("6,500 hectares" still meets "about 4,100
    hectares"). Other pairs of the two claims are still compared ("profit fell 18% to £90
    million" / "profit of £90 million, down 9%": 18% / 9%)."""
    if _parallel(qa, a, b):
        # (g62) Read figure by figure, a pair at two places of the two claims' order is a
        # cross-reading; when one claim also states the other's figure, the two agree on
        # it ("Its total borrowing is £1.3bn, costing about £58m a year" / "Borrowing
        # stands at £1.3bn, around 14 times ... spending power of £93m": £1.3bn / £93m).
        # The pair at one place ("£58m" / "£93m", "by 27 votes to 19" / "to 18") is still
        # compared.
        return _place_of(qa, a) != _place_of(qb, b) and (_agreeing_sibling(qb, qa, a) or _agreeing_sibling(qa, qb, b))
    return _agreeing_sibling(qb, qa, a) or _agreeing_sibling(qa, qb, b)


def _place_of(q: Quantity, claim: Claim) -> int:
    """(g62) The place of q among its claim's figures of its unit, in the order told."""
    same = sorted((o for o in claim.quantities if o.unit == q.unit and o.value is not None), key=lambda o: o.start_char)
    return next((k for k, o in enumerate(same) if o.start_char == q.start_char), -1)


def _parallel(q: Quantity, a: Claim, b: Claim) -> bool:
    """Both claims give as many figures of q's unit, two or more ("by 27 votes to 19" / "by
    27 votes to 18", "from 8 to 12" / "from 8 to 10"): two tellings of one set, read
    figure by figure by their order elsewhere (`_both_stated`); a figure agreeing across them
    says nothing of the others."""
    na = sum(1 for o in a.quantities if o.unit == q.unit and o.value is not None)
    return na >= 2 and na == sum(1 for o in b.quantities if o.unit == q.unit and o.value is not None)


# "... would add 2,000 car journeys a day, and that its own modelling suggested a figure of
# around 800": a figure named only as "a figure of" answers the figure before it.
ANSWERING = re.compile(r"\b(?:a|an|the|its|their|our)\s+(?:own\s+)?(?:figure|number|total|estimate|count)\s+of\s*$",
                       re.IGNORECASE)


def _with_answered_measures(with_figures: list[_Judged]) -> list[_Judged]:
    """The claims with a figure written as "a figure of around 800" right after another
    figure of its sentence (in any claim of it) take that figure's measure and rate: it
    answers it, and says nothing else of what it counts. Other claims are returned as
    they are."""
    by_sentence: dict[tuple[str, int], list[Quantity]] = defaultdict(list)
    for j in with_figures:
        for q in j.claim.quantities:
            if q.measure and q.value is not None:
                by_sentence[(j.claim.article_id, j.claim.sentence_start)].append(q)

    def answered(j: _Judged, q: Quantity) -> Quantity | None:
        start = q.start_char - j.claim.sentence_start
        if start <= 0 or not ANSWERING.search(j.claim.sentence[:start]):
            return None
        earlier = [o for o in by_sentence[(j.claim.article_id, j.claim.sentence_start)]
                   if o.end_char <= q.start_char and o.unit == q.unit and o is not q]
        return max(earlier, key=lambda o: o.end_char) if earlier else None

    return _measures_taken(with_figures, answered, ("measure", "per"))


def _measures_taken(with_figures: list[_Judged], source: Callable[[_Judged, Quantity], Quantity | None],
                    fields: tuple[str, ...]) -> list[_Judged]:
    """The claims with each figure for which `source` names another figure taking that
    figure's `fields`; claims with no such figure are returned as they are. One loop for
    the readers of a figure that names no measure of its own (answered, restated, named
    only as "the figure")."""
    out = []
    for j in with_figures:
        quantities, changed = [], False
        for q in j.claim.quantities:
            told = source(j, q)
            if told is not None:
                q = q.model_copy(update={f: getattr(told, f) for f in fields})
                changed = True
            quantities.append(q)
        out.append(_with_quantities(j, quantities) if changed else j)
    return out


def _with_quantities(j: _Judged, quantities: list[Quantity]) -> _Judged:
    """The judged claim with its figures re-read: a copy, since the same claim may be
    judged apart elsewhere (the stored claim is never changed)."""
    claim = j.claim.model_copy(update={"quantities": quantities})
    return replace(j, claim=claim, ref=j.ref.model_copy(update={"claim": claim}))


# "That is a rate of 9.4 per 100,000 residents.", "That works out at ...", "This amounts
# to ...": a sentence opening on a pronoun and a verb of equivalence restates the figure of
# the sentence before, in other terms.
RESTATING = re.compile(
    r"^\W*(?:that|this|it)(?:'s|’s|\s+is|\s+was|\s+works\s+out\s+(?:at|to)|\s+equals|\s+amounts\s+to"
    r"|\s+represents|\s+means|\s+(?:is|was)\s+equivalent\s+to)\b[^.;]{0,30}$", re.IGNORECASE)


def _with_restated_measures(with_figures: list[_Judged]) -> list[_Judged]:
    """The claims with a figure that restates the sentence before ("Road deaths rose to 212
    last year. That is a rate of 9.4 per 100,000 residents.") and names no measure of its
    own but a frame ("rate") take the measure of that sentence's last measured figure: what
    the rate is of. Only the sentence right before (ending where this one starts, but for
    spaces), of the same article; a figure naming its own measure ("That is 5,270
    children") keeps it."""
    frames = measure_frames()
    ending: dict[tuple[str, int], list[Quantity]] = defaultdict(list)
    for j in with_figures:
        for q in j.claim.quantities:
            if q.measure and q.value is not None and not set(q.measure.split()) <= frames:
                end = j.claim.sentence_start + len(j.claim.sentence.rstrip())
                ending[(j.claim.article_id, end)].append(q)

    def restated(j: _Judged, q: Quantity) -> Quantity | None:
        opening = j.claim.sentence[:max(q.start_char - j.claim.sentence_start, 0)]
        if (q.measure and not set(q.measure.split()) <= frames) or not RESTATING.search(opening):
            return None
        previous = next((ending[(j.claim.article_id, j.claim.sentence_start - gap)] for gap in range(1, 4)
                         if (j.claim.article_id, j.claim.sentence_start - gap) in ending), None)
        return max(previous, key=lambda o: o.end_char) if previous else None

    return _measures_taken(with_figures, restated, ("measure",))


# (nr44) "The real figure is more than 3,100.", "the true number was about 520", "Our number
# is 2,900", "has put the number at 640", "said the figure was 14%": a figure named only as
# "the figure" / "the number" (its rival's count told just before) right after a copula or an
# estimating verb's "at", and a few hedges. A plain "the figure was" is not read ("A year ago
# the figure was ...": another period).
# (n101) how far apart (a multiple) a figure named only as "the number" and the figure it
# takes its measure from may be and still be read as rivals (`_of_one_order`)
NAMED_FIGURE_ORDER = 10.0

NAMED_FIGURE = re.compile(
    r"(?:\b(?:the|its|their|our|his|her)\s+(?:own\s+)?(?:real|true|actual|correct|right)\s+{noun}\s+{copula}"
    r"|\bour\s+(?:own\s+)?{noun}\s+{copula}"
    r"|\b(?:said|says|say|insists?|insisted|claims?|claimed|believes?|believed|argues?|argued|maintains?|"
    r"maintained)\s+(?:that\s+)?(?:the|its|their|our)\s+(?:own\s+)?{noun}\s+{copula}"
    r"|\b(?:put|puts|putting|placed|places|estimated|estimates)\s+(?:the|its|their|that)\s+{noun}\s+at"
    # (fxV) a party's own figure, named by its possessor: "The council's figure for the same
    # three years is 140", "The agency's own count is 17", "The commission's own estimate is
    # £25m": the rival count of a party told beside another's, with no noun of its own
    r"|\b[\w&.-]+(?:'s|’s|s'|s’)\s+(?:own\s+)?(?:{qualifier}\s+)?(?:{noun}|estimate)"
    # "for" a period only ("for the same three years", "for 2025"): "The council's figure for
    # cyclists hurt is 61" names a measure of its own
    r"(?:\s+(?:for|in|over|on)\s+(?=[^,.;:\"“]{{0,45}}?\b(?:{period})\b)[^,.;:\"“]{{1,50}}?)?\s+{copula})"
    r"\s+[\"“‘']?(?:(?:just|only|about|around|roughly|some|nearly|almost|over|under|well|far|more\s+than|less\s+than|"
    r"fewer\s+than|at\s+least|close\s+to|closer\s+to|nearer(?:\s+to)?|up\s+to|as\s+many\s+as|as\s+much\s+as|"
    r"in\s+excess\s+of|above|below)\s+)*$".format(
        noun=r"(?:figure|number|total|tally|count)",
        qualifier=r"(?:latest|official|earlier|revised|published|original|first|initial|new|final)",
        period=r"same|years?|months?|weeks?|days?|quarters?|period|season|winter|summer|spring|autumn|(?:19|20)\d\d",
        # (n101) "the number was still 42", "the total is now 63": an adverb of time after
        # the copula; a quote mark may open the figure ('put the number at "well over 1,000"')
        copula=r"(?:(?:is|was|were|are|had\s+been|has\s+been|would\s+be|will\s+be|could\s+be|stood\s+at|stands\s+at)"
               r"(?:\s+(?:still|now|actually|really))?)"),
    re.IGNORECASE)


def _named_figure(q: Quantity, claim: Claim) -> bool:
    """(nr44) The figure is named only as "the (real) figure / number" ("The real figure is
    more than 3,100.", "has put the number at 640") and no noun of its own follows it ("put
    the figure at 2,700 parcels a day" counts parcels): what it counts is what the
    sentences before counted. The extractor gives such a figure a stray measure (the
    subject, "nearer"), so the measure is not read."""
    start = q.start_char - claim.sentence_start
    if start <= 0 or not NAMED_FIGURE.search(claim.sentence[:start]):
        return False
    after = claim.sentence[q.end_char - claim.sentence_start:][:40]
    own = topic_stems(q.measure) if q.measure else frozenset()
    return not own or own.isdisjoint(topic_stems(after))


# (fxV) a figure named by its possessor's "figure / count / estimate" and a copula: the
# rival reading of a count told before, whose possession verb ("there were 190", "employs")
# it does not repeat
POSSESSORS_FIGURE = re.compile(r"\b[\w&.-]+(?:'s|’s|s'|s’)\s+(?:own\s+)?(?:[a-z]+\s+)?(?:figure|count|estimate|total|tally|number)\b"
                               r"[^.;:]{0,60}?\b(?:is|was|were|are|stood\s+at|stands\s+at)\s+[^.;:]{0,20}$")


def _possessors_figure(q: Quantity, claim: Claim) -> bool:
    """(fxV) q is named only as a party's figure (`_named_figure`), after "the council's
    figure ... is": its stock or flow is its rival's."""
    return _named_figure(q, claim) and bool(POSSESSORS_FIGURE.search(_before_figure(q, claim, 120)))


def _of_one_order(a: float | None, b: float | None, ratio: float = NAMED_FIGURE_ORDER) -> bool:
    """(n101) Two values within `ratio` of each other (both positive): a rival estimate of
    one count is of its order, the count of another noun in the sentence ("nine practices")
    seldom is."""
    if a is None or b is None or a <= 0 or b <= 0:
        return False
    return max(a, b) / min(a, b) < ratio


def _with_named_figure_measures(with_figures: list[_Judged], reach: int = 600) -> list[_Judged]:
    """(nr44) The claims with a figure named only as "the figure" / "the number"
    (`_named_figure`) take the measure and rate of the nearest figure of its unit before it
    in its article, within `reach` characters, that names a measure of its own (not a frame
    only): the count that figure rivals or restates ("Holmbury council said 2,300 bus journeys
    were cancelled ... The riders' group said the real figure was more than 3,100."). With none
    such the
    figure is left as it is. Other claims are returned as they are."""
    by_article: dict[str, list[tuple[Quantity, Claim]]] = defaultdict(list)
    for j in with_figures:
        by_article[j.claim.article_id].extend((q, j.claim) for q in j.claim.quantities)
    candidates = {article: _named_candidates(figures) for article, figures in by_article.items()}

    def named(j: _Judged, q: Quantity) -> Quantity | None:
        if q.value is None or not _named_figure(q, j.claim):
            return None
        return _named_antecedent(q, candidates[j.claim.article_id], reach)

    return _measures_taken(with_figures, named, ("measure", "per"))


# (n112) "The council said the association had 95.", "The council said it had received
# 268.", "The firm says it cleaned 3,100.", "said the group had logged 1,020.": a party's
# figure whose sentence leaves out what it counts, told right after the rival figure that
# names it. Told after a reporting verb and its subject (a pronoun or "the" and a noun or
# two), or opening a quote ("We had 95"), then up to two adverbs, an auxiliary, the verb
# and hedges; nothing but a period of time may follow the figure in its clause.
ELIDED_TELLING = (r"(?:\b(?:said|says|say|told\s+[\w'’-]+(?:\s+[\w'’-]+)?|claims?|claimed|insists?|insisted|"
                  r"maintains?|maintained|argues?|argued|reported|reports|added|adds)\s+(?:that\s+)?"
                  r"(?:it|they|we|he|she|(?:the|its|their)\s+[a-z][\w'’-]*(?:\s+[a-z][\w-]*)?)"
                  r"|^[\W_]*(?:[Ww]e|[Ii]t|[Tt]hey|I))")
ELIDED_BEFORE = re.compile(
    ELIDED_TELLING
    + r"\s+(?:(?:had|has|have)\s+)?(?:(?:now|already|only|also|actually|so\s+far|since|then|still)\s+)*"
      r"(?:(?:had|has|have)\s+)?(?P<verb>[a-z]+)\s+(?:" + COUNT_HEDGES + r"\s+)*$")
ELIDED_SAY_VERBS = frozenset({"said", "says", "say", "told", "claimed", "claims", "put", "puts", "estimated",
                              "estimates", "gave", "gives", "is", "was", "were", "are", "be", "been", "being",
                              "to", "of", "than", "at", "by", "from", "for", "in", "on", "about", "around",
                              "cut", "reduce", "reduced", "rise", "rose", "risen", "fell", "fall", "fallen"})
ELIDED_AFTER = re.compile(
    r"^\s*[\"”’']?\s*(?:(?:last|this|that|the\s+previous|the\s+same)\s+(?:year|month|week|season|summer|winter|"
    r"spring|autumn|time)|(?:in|since|by|during|over)\s+(?:(?:19|20)\d\d|[A-Z][a-z]+(?:\s+(?:19|20)\d\d)?)"
    r"|so\s+far|in\s+all|in\s+total)?\s*[\"”’']?\s*(?:[.;!?]|,\s|$)")
ELIDED_POSSESSION = frozenset({"had", "has", "have"})
# a figure naming no measure of its own may take one only in these units: counts, sums and
# shares (never durations, dates or ages)
ELIDED_UNITS = frozenset({"count", "percent"})


def _elided_unit(q: Quantity) -> bool:
    return q.unit in ELIDED_UNITS or bool(q.unit and re.fullmatch(r"[A-Z]{3}", q.unit))


def _elided_verb(q: Quantity, claim: Claim) -> str | None:
    """(n112) The verb of a figure whose sentence leaves out what it counts ("said the
    association had 95.", "says it cleaned 3,100."), lowercase, or None. Not years (a
    four-digit count with no comma), not a verb that only tells or moves a figure ("said",
    "put", "rose to"): those keep the readings of their own rules."""
    if q.value is None or not _elided_unit(q):
        return None
    if q.unit == "count" and re.fullmatch(r"(?:19|20)\d\d", q.surface.strip()):
        return None
    start, end = _sentence_offsets(q, claim)
    if start <= 0 or not ELIDED_AFTER.match(claim.sentence[end:]):
        return None
    m = ELIDED_BEFORE.search(claim.sentence[max(start - 120, 0):start])
    if m is None:
        return None
    verb = m.group("verb").lower()
    if verb in ELIDED_SAY_VERBS or verb in FUNCTION_WORDS and verb not in ELIDED_POSSESSION:
        return None
    if verb not in ELIDED_POSSESSION and not _is_count_verb(verb, ing=False):
        return None
    return verb


def _acts_agree(verb: str, o: Quantity, c: Claim, q: Quantity, claim: Claim) -> bool:
    """(n112) The antecedent's figure is told under the elided figure's act: possession
    against possession ("had 150 stewards" / "had 95"), one verb ("cleaned 2,450 sites" /
    "cleaned 3,100"), one line of conflict_count_act_groups.txt ("logged 412 complaints" /
    "received 268") or one act class (`figure_act`). Two tallies in other verbs ("counted
    41,000 swims" / "said it had recorded 28,000") are not read as one act: two bodies
    counting apart as often count two things (r102-case-3's near miss)."""
    before = _before_figure(o, c, 60).lower()
    if verb in ELIDED_POSSESSION:
        return bool(re.search(r"\b(?:had|has|have)\s+(?:(?:" + COUNT_HEDGES + r")\s+)*$", before))
    act = count_act(o, c)
    if act is None:
        return False
    key_a, key_b = _act_key(verb), _act_key(act)
    if key_a == key_b or any(key_a in g and key_b in g for g in _count_act_groups()):
        return True
    cls = figure_act(q, claim)
    return cls is not None and cls == figure_act(o, c)


def _with_elided_measures(with_figures: list[_Judged]) -> list[_Judged]:
    """(n112) The claims with a figure whose sentence leaves out what it counts
    (`_elided_verb`) take the measure and rate of the figure it answers: a figure of its
    unit naming a measure of its own, earlier in its sentence or in the sentence right
    before it in its article, of its order (`_of_one_order`) and told under its act
    (`_acts_agree`). All figures of its unit there must name one measure (a count and its
    baseline, "690 complaints ..., up from 268", do; "45 coaches and 38 referees" do not);
    with two measures, or none, the figure is left as it is. Other claims are returned as they are."""
    frames = measure_frames()
    by_article: dict[str, list[tuple[Quantity, Claim]]] = defaultdict(list)
    for j in with_figures:
        by_article[j.claim.article_id].extend((q, j.claim) for q in j.claim.quantities if q.value is not None)

    def elided(j: _Judged, q: Quantity) -> Quantity | None:
        verb = _elided_verb(q, j.claim)
        if verb is None:
            return None
        start = j.claim.sentence_start
        found = []
        for o, c in by_article[j.claim.article_id]:
            if o is q or o.unit != q.unit or not o.measure or set(o.measure.split()) <= frames:
                continue
            if c.sentence_start == start:
                if o.end_char > q.start_char:
                    continue
            else:
                end = c.sentence_start + len(c.sentence.rstrip())
                if not 0 <= start - end <= 3:
                    continue  # only the sentence right before (but for spaces)
            if _elided_verb(o, c) is not None or _named_figure(o, c):
                continue
            found.append((o, c))
        if not found or len({topic_stems(o.measure) for o, _ in found}) != 1:
            return None
        agreeing = [o for o, c in found if _of_one_order(o.value, q.value) and _acts_agree(verb, o, c, q, j.claim)]
        return max(agreeing, key=lambda o: o.end_char) if agreeing else None

    return _measures_taken(with_figures, elided, ("measure", "per"))


def _named_candidates(figures: Iterable[tuple[Quantity, Claim]]) -> list[Quantity]:
    """(nr44) The figures of an article a figure named only as "the number" may take its
    measure from: those naming a measure of their own (not a frame only), not so named."""
    frames = measure_frames()
    return [q for q, c in figures if q.measure and q.value is not None and not set(q.measure.split()) <= frames
            and not _named_figure(q, c)]


def _named_antecedent(q: Quantity, candidates: list[Quantity], reach: int = 600) -> Quantity | None:
    """(nr44) The figure a figure named only as "the number" (`_named_figure`) takes its
    measure from: the nearest of `candidates` of its unit before it within `reach`
    characters; (n101) the nearest of one order with it when there is one, since the figure
    it rivals is of its order ("21,000 NHS patients were registered at the nine practices.
    The board put the number at 27,500." takes the patients, not the nearer "nine
    practices")."""
    before = [o for o in candidates
              if o.unit == q.unit and o.end_char <= q.start_char and q.start_char - o.end_char <= reach]
    rivals = [o for o in before if _of_one_order(o.value, q.value)]
    return max(rivals or before, key=lambda o: o.end_char) if before else None


def named_answers(claims: Iterable[Claim], reach: int = 600) -> frozenset[tuple[str, float, str]]:
    """(n114) Each figure named only as "the figure" (`_named_figure`) with the claim telling
    the figure it answers (`_named_antecedent`, in its article, another claim): (its claim
    id, its value, the answered claim's id). "The union puts the figure at 690" is
    read against the count told before it in its own article ("The company said it
    cancelled 412 sailings"): that is the pair a reader meets and the one that says what
    the figure counts. The same two values told by another article's sentence are the
    same question told less plainly (the reader must bring what "the figure" counts from
    elsewhere), so `best()` in conflicts/__init__.py ranks such a pair after the answering one."""
    by_article: dict[str, list[tuple[Quantity, Claim]]] = defaultdict(list)
    for c in claims:
        by_article[c.article_id].extend((q, c) for q in c.quantities if q.value is not None)
    out = set()
    for figures in by_article.values():
        named = [(q, c) for q, c in figures if _named_figure(q, c)]
        if not named:
            continue
        owner = {id(q): c for q, c in figures}
        candidates = _named_candidates(figures)
        for q, c in named:
            o = _named_antecedent(q, candidates, reach)
            if o is not None and owner[id(o)].claim_id != c.claim_id:
                out.add((c.claim_id, q.value, owner[id(o)].claim_id))
    return frozenset(out)


def answers_named(a: Claim, b: Claim, figures: frozenset[tuple],
                  answers: frozenset[tuple[str, float, str]]) -> bool:
    """(n114) The pair sets a figure named only as "the figure" against the claim telling
    the figure it answers (`named_answers`): the two claims are those, and one of `figures`
    (unit, smaller, larger) holds the named value. The other value is then a figure of the
    answered claim, not always the nearest one: in "86% were returned, against a target of
    90%. The guild puts the figure at 71%." the antecedent read is the target, the rival the 86%."""
    ids = {a.claim_id, b.claim_id}
    return any({named_id, answered_id} == ids and any(value in (low, high) for _, low, high in figures)
               for named_id, value, answered_id in answers)


def _same_event_in_story(a: _Judged, found: list[tuple[float, _Judged]], measures: dict[int, frozenset[str]],
                         by_measure: dict[str, list[int]], with_figures: list[_Judged], related: _RelatedClaims,
                         stories: _Stories | None, settings: ConflictSettings) -> list[tuple[float, _Judged, bool]]:
    """Claims with figures whose clauses name an event a's figures name, in articles of
    a's story, that sharing rare words did not find: "412 of its members joined the
    stoppage" and "about 250 porters staged a walkout" share no rare word but the strike.
    (m62) Claims whose figures' nearest acts are of one class (`figure_act`) are gathered
    the same way: "46 homes were destroyed" / "73 houses had been razed"."""
    if stories is None:
        return []
    seen = {b.index for _, b in found}
    story = stories.related_set(a.claim.article_id, settings.same_story)
    out = []
    for s in sorted(measures[a.index]):
        if not s.startswith(("event:", "act:")) or s not in by_measure:
            continue
        for k in by_measure[s]:
            b = with_figures[k]
            if b.index > a.index and b.index not in seen and b.claim.article_id in story:
                seen.add(b.index)
                out.append((related.matter(a, b, background=True), b, True))
    return out


def _independent_sources(a: ClaimRef, b: ClaimRef) -> bool:
    """Two figures of one article from one voice are two facts the writer reports, not a
    conflict ("three sources ... two of those three"); conflicts are between sources."""
    if a.claim.claim_id == b.claim.claim_id:
        return False
    if a.claim.article_id == b.claim.article_id:
        # (g62) A claim told inside another ("Rental income last year was £31m", the draft
        # accounts' words, within the writer's sentence setting it "against interest and
        # repayment costs of £34m"): the two spans are one telling, and the figures the
        # writer set side by side in it are two facts, not two sources' readings of one.
        if _spans_overlap(a.claim, b.claim):
            return False
        return _voice(a.claim) != _voice(b.claim)
    # One outlet narrating a story on two days tells how it moved on ("talks broke down"
    # on Sunday, "talks resumed" on Tuesday), not two accounts.
    return not (a.claim.kind == b.claim.kind == ClaimKind.NARRATED and a.claim.speaker == b.claim.speaker)


def _one_teller(a: Claim, b: Claim) -> bool:
    """(p84) Two articles' figures told by one named party ("Brindlemoor Police said 2,400
    officers had been trained" / "Brindlemoor Police said its officers carried out 16,800
    searches"): the caller asks this only of figures of two measures (no shared measure
    stem, event or act) neither naming the other as replaced, and one party's figures of
    two measures are two facts of that party, not rival accounts. The teller must be named
    (`_NAMED_TELLER`): two articles' "officials" may be two bodies. One party's figure of
    one measure told two ways by two outlets stays a conflict (on the development gold, 8
    such pairs are labelled conflicts). In a seeded sample of 150 unlabelled development
    predictions (tests/gold/unlabelled_sample_p84.jsonl) the numeric pairs of one teller
    were all false; this drops 9 unlabelled predictions and 1 false alarm there.
    Within one article `_independent_sources` already keeps one voice's figures apart."""
    if a.article_id == b.article_id or not (_attributed(a) and _attributed(b)):
        return False
    return _teller_name(a.speaker) == _teller_name(b.speaker) and _named_teller(a) and \
        not _sexes_differ(a.speaker_mention, b.speaker_mention)


# A teller named by a proper name ("Wyrebank Police", "Ms Halcombe"), not a generic one
# ("officials", "the council", "police"): two articles' "officials" may be two bodies.
_NAMED_TELLER = re.compile(r"\b(?!(?:The|A|An)\b)[A-Z][a-z]")
# (f87) The form of address before a teller's surname ("Mr Lowe", "Ms Lowe").
_ADDRESS = re.compile(r"^\s*(Mr|Mrs|Ms|Miss)\b\.?", re.IGNORECASE)


def _named_teller(claim: Claim) -> bool:
    """(p84) Whether a claim's teller is named by a proper name ("Wyrebank Police", "Ms
    Halcombe", "Lowe"). (f87) A single capitalised word that is a body's generic noun
    ("Police said", attribution_org_nouns.txt) or a common plural noun of people ("Ministers
    said", "Firefighters said": speaker kind "group") is capitalised only as the sentence's
    first word: two articles' "Police" may be two forces."""
    speaker = claim.speaker or ""
    capitalised = [w for w in speaker.split() if _NAMED_TELLER.match(w)]
    if not capitalised:
        return False
    if len(capitalised) == 1:
        word = capitalised[0].lower()
        if word in _org_kind_nouns() or (claim.speaker_kind == "group" and
                                         word_zipf().get(word, 0.0) >= COMMON_TELLER_ZIPF):
            return False
    return True


# (f87) A word at least this common in lower-case English ("firefighters" 3.6, "ministers"
# 4.3) is a common noun when it names a group: `_named_teller`.
COMMON_TELLER_ZIPF = 3.5


@cache
def _org_kind_nouns() -> frozenset[str]:
    """(f87) attribution_org_nouns.txt: the generic nouns of a body ("police", "council")."""
    return data_words("attribution_org_nouns.txt")


def _sexes_differ(a: str | None, b: str | None) -> bool:
    """(f87) Two mentions whose forms of address tell two sexes ("Mr Lowe" / "Ms Lowe") are
    two people of one surname, not one teller; "Lowe" / "Mr Lowe" may be one."""
    sexes = [HONORIFIC_GENDER[m.group(1).lower()] for m in (_ADDRESS.match(x or "") for x in (a, b)) if m]
    return len(sexes) == 2 and sexes[0] != sexes[1]


def _teller_name(speaker: str) -> str:
    """A speaker's name as one party is written in two articles: "The city council" and
    "city council" are one teller."""
    return re.sub(r"^(?:the|a|an)\s+", "", " ".join(speaker.split()).lower())


def _spans_overlap(a: Claim, b: Claim) -> bool:
    """(g62) Whether two claims of one article share any of its characters."""
    return a.start_char < b.end_char and b.start_char < a.end_char


# "last year", "this year" (not "the last year", "the past year": twelve months to date):
# a calendar year, read from the article's date.
RELATIVE_YEAR = re.compile(r"(?<!\bthe )(?<!\bpast )\b(last|this|next)\s+year\b", re.IGNORECASE)


RELATIVE_YEAR_OFFSET = {"last": -1, "this": 0, "next": 1}


def _sentence_years(claim: Claim, published: date | None) -> frozenset[str]:
    """The years a claim's sentence names ("in 2023"), and those it names relative to its
    article's date ("last year" in an article of January 2025 is 2024): "610 homes in
    2023" and "420 homes last year", said in 2025, are counts of two years."""
    years = set(YEAR.findall(claim.sentence))
    if published is not None:
        years.update(str(published.year + RELATIVE_YEAR_OFFSET[m.group(1).lower()])
                     for m in RELATIVE_YEAR.finditer(claim.sentence))
        if not years and (past := _past_month_span(claim.sentence, published)):
            years.add(str(past))
    return frozenset(years)


# (n99) A span of months with no year: "between July and December", "from July to December".
MONTH_SPAN = re.compile(rf"\b(?:[Bb]etween|[Ff]rom)\s+(?:(?:early|late|mid-?)\s*)?({MONTHS})\s+(?:and|to|until|till)\s+"
                        rf"(?:(?:early|late|the\s+end\s+of)\s+)?({MONTHS})\b(?![\s,]*(?:of\s+)?(?:19|20)\d\d)")


PAST_BEFORE_SPAN = re.compile(r"\b(?:had|was|were|did|[a-z]{2,}ed)\b", re.IGNORECASE)
PRESENT_BEFORE_SPAN = re.compile(r"\b(?:is|are|be)\b", re.IGNORECASE)


def _past_month_span(sentence: str, published: date) -> int | None:
    """(n99) The year of a span of months told with no year, in a sentence not foretelling
    it, whose last month is after its article's month: "carers had failed to turn up for
    4,200 visits between July and December" in an article of February tells last year's
    July to December, as "between July and December last year" does. A span not yet
    ended this year ("will run between July and December", "is closed from March to
    May") is left unread: the sentence must tell the past before the span."""
    months = [m.lower() for m in MONTHS.split("|")]
    for m in MONTH_SPAN.finditer(sentence):
        end = months.index(m.group(2).lower()) + 1
        before = sentence[:m.start()]
        if (end > published.month and PAST_BEFORE_SPAN.search(before) and not FORETOLD_BEFORE.search(before)
                and not PRESENT_BEFORE_SPAN.search(before)):
            return published.year - 1
    return None


# Years before both articles' from which a figure is history (`_same_time_frame`), and a
# sentence opening on its year ("In 2019,", "In the 2007 floods,", "During the 2015 strike").
HISTORY_YEARS = 2


# (k24) ... or on a period of that year ("In the same quarter of 2023,", "In the first half
# of 2021,"): split from this year's figure by clustering, it met the other article's alone.
HISTORY_OPENING = re.compile(
    r"^[\W_]*(?:in|during|at|by)\s+(?:the\s+)?(?:(?:same|first|second|third|fourth|final|last)\s+"
    r"(?:quarter|half|month|months|week|weeks|period|season)\s+of\s+)?((?:19|20)\d{2})\b", re.IGNORECASE)


# (f40) ... or a clause of "when" after a year, holding the claim: "The inspectorate last
# visited the department in 2024, when it found that 74% of patients were seen within
# four hours" (a figure of 2024, not a rival of this year's 58% or 67%).
HISTORY_WHEN = re.compile(r"\b(?:in|during)\s+((?:19|20)\d{2}),?\s+when\b", re.IGNORECASE)


def _when_of_a_year(claim: Claim) -> re.Match[str] | None:
    """(f40) The "in YEAR, when" before the claim in its sentence (`HISTORY_WHEN`): the
    claim is told of that year."""
    before = claim.sentence[:max(claim.start_char - claim.sentence_start, 0)]
    found = list(HISTORY_WHEN.finditer(before))
    return found[-1] if found else None


LAST_YEAR_OPENING = re.compile(r"^[\W_]*(?:in\s+)?last\s+year(?:['’]s)?\b", re.IGNORECASE)


# (n20) "Last month's one-day strike led to 150 operations being cancelled": a sentence
# opening on the month before its article's ("last week" would mostly be the other's days).
LAST_MONTH_OPENING = re.compile(r"^[\W_]*(?:in\s+|during\s+)?last\s+month(?:['’]s)?\b", re.IGNORECASE)


# (r20) A sentence that names a month itself ("The flood in Carrow last month", "the
# November flood") is dated by its own words: it is no undated figure of its own days.
NAMES_A_MONTH = re.compile(rf"(?i:\blast\s+month\b)|\b(?:{'|'.join(MONTH_NAMES)})\b")


# An undated figure of news is of the days before its article: a week's reporting.
PERIOD_ENDED_DAYS = 7


def _opens_on_last_month(dated: ClaimRef, other: ClaimRef) -> bool:
    """(n20) The sentence of `dated` opens on last month (as p11's "Last year" does), and
    that month ended more than `PERIOD_ENDED_DAYS` before the other article came out: the
    other's undated figure is of its own days, another strike or storm than last month's.
    An article of the 2nd of a month may still tell of the one of the 30th; a sentence
    that names last month or a month by name itself is dated, not undated (r20)."""
    if dated.published is None or other.published is None or not LAST_MONTH_OPENING.match(dated.claim.sentence) \
            or NAMES_A_MONTH.search(other.claim.sentence):
        return False
    ended = dated.published.replace(day=1) - timedelta(days=1)
    return (other.published - ended).days > PERIOD_ENDED_DAYS


def _one_of_history(qa: Quantity, a: ClaimRef, qb: Quantity, b: ClaimRef, facts: _Facts) -> bool:
    """(c9) One figure dated just after it to a year `HISTORY_YEARS` or more before both
    articles ("the fall from 38% in 2021"), the other to no period ("Turnout was 31%"):
    a past value, not a rival one."""
    if not (a.published and b.published):
        return False
    # (n10) ... or before it, in its own clause ("and that in 2021 parking income was £2.6m").
    pa = facts.period(qa, a.claim) or facts.year_before(qa, a.claim)
    pb = facts.period(qb, b.claim) or facts.year_before(qb, b.claim)
    if bool(pa) == bool(pb):
        return False
    period = pa or pb or ""
    year = re.search(r"(?:19|20)\d\d$", period)
    # "since 2022" runs to the present: not a past year's value.
    return bool(year) and not period.startswith("since") and int(year.group(0)) <= min(a.published.year, b.published.year) - HISTORY_YEARS


# "£6 million next year", "30,000 passengers a day by 2028": a year right after a figure
# (its counted noun and rate between, no other clause: "and open in 2027" dates the opening).
FUTURE_YEAR_AFTER = re.compile(
    r"^(?:\s+(?!(?:and|or|but|to|when|after|before|once|until|while)\b)[a-z][\w-]*){0,2}?"
    r"(?:\s+(?:a|an|per|each|every)\s+[a-z]+)?\s+(?:(next)\s+year|(?:by|in)\s+((?:19|20)\d\d))\b", re.IGNORECASE)

# "to reach 50% within two years (of the change)", "in three years' time": a span from now,
# a forecast only when its clause foretells it ("rose 10% within two years" is history).
WITHIN_SPAN_AFTER = re.compile(
    r"^(?:\s+[a-z][\w-]*){0,2}?\s+(?:within|in)\s+(?:the\s+next\s+)?(?:a|an|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|\d+)\s+(?:years?|months?|decades?)(?:'|’)?(?:\s+time)?\b", re.IGNORECASE)

# A figure of a clause that foretells it ("would be less than", "is expected to reach")
# answers a forecast with another.
FORETOLD_BEFORE = re.compile(r"\b(?:will|would|could|might|expects?|expected|projects?|projected|forecasts?|"
                             r"forecast|predicts?|predicted|set\s+to)\b[^.;:]*$", re.IGNORECASE)


FORETOLD_REACH_CHARS = 60


def _future_year(q: Quantity, ref: ClaimRef) -> bool:
    """The figure is dated right after it to a year after its article's, or foretold to be
    reached within a span from now ("expected to reach 50% within two years")."""
    if ref.published is None:
        return False
    _, end = _sentence_offsets(q, ref.claim)
    after = ref.claim.sentence[max(end, 0):]
    m = FUTURE_YEAR_AFTER.match(after)
    if m:
        return m.group(1) is not None or int(m.group(2)) > ref.published.year
    return bool(WITHIN_SPAN_AFTER.match(after)) and bool(
        FORETOLD_BEFORE.search(_before_figure(q, ref.claim, FORETOLD_REACH_CHARS)))


def _forecast_against_now(qa: Quantity, a: ClaimRef, qb: Quantity, b: ClaimRef) -> bool:
    """(n18) One figure dated right after it to a year to come ("the shortfall was expected
    to fall to £6 million next year", "to carry 30,000 passengers a day by 2028"), the
    other not, and not itself foretold ("the true savings would be less than"): a forecast,
    not a rival of a figure of now (`_one_of_history` is the same for years past). Two
    forecasts are compared."""
    future_a, future_b = _future_year(qa, a), _future_year(qb, b)
    if future_a == future_b:
        return False
    undated, claim = (qb, b.claim) if future_a else (qa, a.claim)
    return not FORETOLD_BEFORE.search(_before_figure(undated, claim, FORETOLD_REACH_CHARS))


@cache
def year_reference_words() -> frozenset[str]:
    """(n70) Words making a year a point of reference ("up from 58% in 2020", "since
    2019"): claims/data/conflict_year_reference_words.txt."""
    return data_words("conflict_year_reference_words.txt")


# (n70) Figures of one past year in articles months apart this many times apart or more
# are a part and a whole ("1,330 such fires last year" nationally / "112 fires in its area
# last year"), not a later review's revision (342,000 / 371,000 tonnes, 18% / 21%).
PAST_YEAR_APART = 2.0


# (n70) The three words before a year (`_referenced_year`).
_WORDS_BEFORE_YEAR = re.compile(r"((?:\S+\s+){1,3})(?=(?:19|20)\d{2}\b)")


def _referenced_year(sentence: str) -> bool:
    """(n70) Whether a year of the sentence is a point of reference ("up from 58% in
    2020", "the highest since 2019", one of the three words before it) rather than the
    period its figure is of ("in the year to March 2025")."""
    return any(not year_reference_words().isdisjoint(m.group(1).lower().split())
               for m in _WORDS_BEFORE_YEAR.finditer(sentence))


# (r100) The year of a baseline the sentence's figure is measured from ("waited 11 minutes
# last year, down from 14 minutes in 2024", "rose to 62 in 2025 from 48 in 2024"): the
# baseline's own year, not the year the sentence's figure is of.
BASELINE_YEAR = re.compile(r"\bfrom\s+(?:[^\s,;.]+\s+){1,4}?in\s+((?:19|20)\d{2})\b", re.IGNORECASE)


def _without_baseline_years(claim: Claim, years: frozenset[str]) -> frozenset[str]:
    """(r100) A sentence's years less those only a baseline names (`BASELINE_YEAR`), when
    another year is left: "11 minutes last year, down from 14 minutes in 2024" (said in
    2026) is a figure of 2025, a rival of "19 minutes ... last year" said months later. The
    baseline figure itself is kept apart by `_is_baseline`."""
    spans = [m.span(1) for m in BASELINE_YEAR.finditer(claim.sentence)]
    if not spans:
        return years
    written = [(m.group(0), m.start()) for m in YEAR.finditer(claim.sentence)]
    baseline = {y for y in years
                if any(w == y for w, _ in written)
                and all(any(s0 <= at < e0 for s0, e0 in spans) for w, at in written if w == y)}
    own = years - baseline
    return own if own else years


def _same_past_year(a: ClaimRef, b: ClaimRef, facts: _Facts) -> bool:
    """(n70) Two figures told of one closed past year, in articles months apart: "There
    were six breaches in 2025" (November) and "there were three breaches in 2025, not two"
    (July), or "grants fell by 18% last year" (March 2026) and "fell by 21% last year"
    (September 2026). A past year's figure does not move with the articles' dates, so a
    later review's count is a rival of the earlier one. Only when both sentences name the
    same years (written, or "last year" read from each article's date), every one before
    both articles' years, and none as a point of reference ("up from 58% in 2020"):
    "last year" said in 2026 and in 2027 are two years, and "by 2030" is a target."""
    if not (a.published and b.published):
        return False
    years_a = _without_baseline_years(a.claim, facts.years(a.claim, a.published))
    years_b = _without_baseline_years(b.claim, facts.years(b.claim, b.published))
    if not years_a or years_a != years_b:
        return False
    if any(int(y) >= min(a.published.year, b.published.year) for y in years_a):
        return False
    return not (_referenced_year(a.claim.sentence) or _referenced_year(b.claim.sentence))


@cache
def finished_acts() -> frozenset[str]:
    """(n103) Act classes of one finished event: claims/data/conflict_finished_acts.txt."""
    return data_words("conflict_finished_acts.txt")


@cache
def _unfinished_pattern() -> re.Pattern[str]:
    """(n103) Words of a clause telling a time to come, a present or running count, a rate or a
    habit (claims/data/conflict_unfinished_words.txt)."""
    return re.compile(r"\b(?:" + data_alternation("conflict_unfinished_words.txt") + r")\b|n't\b|['’](?:ve|ll)\b",
                      re.IGNORECASE)


@cache
def _recent_day_pattern() -> re.Pattern[str]:
    """(n103) Words dating a figure to the days just before its own article
    (claims/data/conflict_recent_day_words.txt)."""
    return re.compile(r"\b(?:" + data_alternation("conflict_recent_day_words.txt") + r")\b", re.IGNORECASE)


# (n103) A day right after a telling verb dates the telling, not the event ("the office said
# today", "the airline said on Sunday").
TELLING_DAY = re.compile(r"\b(?:said|says|announced|told|reported|confirmed|found|published)\s+$", re.IGNORECASE)


# (n103) A month named by its name (capitalised: "may" is a verb), with the year written
# after it if any ("in June and July", "in October 2025").
NAMED_MONTH = re.compile(rf"\b({'|'.join(MONTH_NAMES)})\b(?:\s+(?:(?:19|20)\d\d)\b)?")


def _named_periods(claim: Claim, published: date, facts: _Facts) -> frozenset[tuple[int, int]]:
    """(n103) The closed periods a claim's sentence names, as (year, month) with month 0 for a
    whole year: its months, each in its written year or else the latest of that name up to
    its article's month ("in October" in an article of November 2026 is October 2026, "in
    December" in one of January 2026 December 2025), and the years it names (written, or
    "last year" read from its article's date) that no named month already holds."""
    months = [m.lower() for m in MONTH_NAMES]
    periods = set()
    for m in NAMED_MONTH.finditer(claim.sentence):
        month = months.index(m.group(1).lower()) + 1
        written = YEAR.search(m.group(0))
        year = int(written.group(0)) if written else published.year - (month > published.month)
        periods.add((year, month))
    held = {y for y, _ in periods}
    periods.update((int(y), 0) for y in _without_baseline_years(claim, facts.years(claim, published))
                   if int(y) not in held)
    return frozenset(periods)


def _period_end(period: tuple[int, int]) -> date:
    year, month = period
    if month in (0, 12):
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)


def _finished_act(q: Quantity, claim: Claim, facts: _Facts) -> str | None:
    """(n103) The act class of a figure told as a finished event's (`finished_acts`: "died",
    "were evacuated", "was destroyed", "cancelled") in the past, or None: not of a clause
    naming a time to come, a present or running count, a rate or a habit ("have died so far",
    "will cancel", "are cancelled every winter", `_unfinished_pattern`), nor of a rate figure
    or a change ("rose by 12"), nor denied."""
    act = facts.act_class(q, claim)
    if act not in finished_acts() or q.per or is_negated(q, claim):
        return None
    if _unfinished_pattern().search(_told_clause(q, claim)) or reports_change(claim):
        return None
    return act


# (n103) The telling words a figure's clause may open on ("The board has found that five
# horses died"): their tense is the telling's, not the event's.
TELLING_BEFORE = re.compile(r"\b(?:that|said|says|say|found|finds|find|shows|showed|shown|show|according\s+to)\b",
                            re.IGNORECASE)


def _told_clause(q: Quantity, claim: Claim) -> str:
    """(n103) The figure's own clause (`clause_around`) after the telling words it opens on,
    if any: "has found that five horses died at the festival" -> "five horses died at the
    festival"; "will cancel 14 trains" is kept whole."""
    clause = clause_around(q, claim)
    at = clause.find(f" {q.surface} ") + 1
    told = list(TELLING_BEFORE.finditer(clause, 0, max(at, 0)))
    return clause[told[-1].end():] if told else clause


def _one_finished_event_pair(qa: Quantity, a: ClaimRef, qb: Quantity, b: ClaimRef, facts: _Facts) -> bool:
    """(n103) Two figures of articles more than `max_days_apart` apart that count one finished
    event: each told in the past under one finished act (`_finished_act`), the periods their
    sentences name closed before the earlier article came out and, when both name periods,
    the same ones (`_named_periods`), and the later article not dating its figure to its own
    last days ("last week", "on Saturday": an event after the earlier article). "Three horses
    died at the festival last week" (March) and "five horses died as a result of injuries
    suffered at the festival" (April) are one festival's dead; "cancelled 1,240 flights in
    June and July" (August) and "cancelled 1,310 flights in June and July" (November) one
    summer's cancellations. A measure told at two times is no event and stays apart ("the
    waiting list stands at 300" / "at 420"), as do two periods ("died in 2025" / "died in
    2026"), and an event named after the earlier article ("died on Saturday" weeks later)."""
    if not (a.published and b.published) or a.published == b.published:
        return False
    act = _finished_act(qa, a.claim, facts)
    if act is None or act != _finished_act(qb, b.claim, facts):
        return False
    earlier, later = (a, b) if a.published < b.published else (b, a)
    if any(not TELLING_DAY.search(later.claim.sentence, 0, m.start())
           for m in _recent_day_pattern().finditer(later.claim.sentence)):
        return False
    pa, pb = _named_periods(a.claim, a.published, facts), _named_periods(b.claim, b.published, facts)
    if pa and pb and pa != pb:
        return False
    return all(_period_end(p) < earlier.published for p in pa | pb)


# (n103) Names (people, places, bodies: `_Stories.names_shared`) two articles months apart
# must share for their figures to count one finished event: outlets of one story name its
# body, place and people ("Haldenmoor", "Caldane"); two look-alike stories (a man of 24
# arrested in one town, one of 34 in another; two marathons' casualties) share at most one.
FINISHED_EVENT_NAMES = 3


def _one_finished_event(a: ClaimRef, b: ClaimRef, facts: _Facts) -> bool:
    """(n103) Some figure of a and some of b count one finished event (`_one_finished_event_pair`)."""
    return any(_one_finished_event_pair(qa, a, qb, b, facts)
               for qa in a.claim.quantities if qa.value is not None
               for qb in b.claim.quantities if qb.value is not None)


def _same_time_frame(a: ClaimRef, b: ClaimRef, settings: ConflictSettings, facts: _Facts | None = None) -> bool:
    facts = facts or _Facts()
    if a.published and b.published and abs((a.published - b.published).days) > settings.max_days_apart:
        return _same_past_year(a, b, facts) or _one_finished_event(a, b, facts)
    years_a, years_b = facts.years(a.claim, a.published), facts.years(b.claim, b.published)
    if years_a and years_b and years_a.isdisjoint(years_b):
        return False
    # (c9) A sentence set in a year long past ("In the 2007 floods, about 500 homes ...
    # were flooded", "In 2019, ...") against one naming no year, in articles of today:
    # history, not a rival count ("The number of homes flooded has risen to 340"). Only a
    # sentence opening on the year counts (a year elsewhere is often a reference: "up from
    # 58% in 2020", "the highest since 2007"), and only `HISTORY_YEARS` or more before both
    # articles (a year back may be the other figure's own period).
    if a.published and b.published and bool(years_a) != bool(years_b):
        dated = a.claim if years_a else b.claim
        opening = HISTORY_OPENING.match(dated.sentence) or _when_of_a_year(dated)
        if opening and int(opening.group(1)) <= min(a.published.year, b.published.year) - HISTORY_YEARS:
            return False
        # (p11) A sentence opening on "Last year" sets itself against now by its first
        # words: a figure of now it is not, whatever year the other leaves unsaid.
        if LAST_YEAR_OPENING.match(dated.sentence):
            return False
    if _opens_on_last_month(a, b) or _opens_on_last_month(b, a):
        return False
    # A count that changes ("the death toll rose to 12 on Monday") is the count of a day:
    # counts dated days apart (the day each names, "on Monday", else its article's date)
    # do not conflict; a day's lag between outlets is one report.
    if (a.published and b.published and a.published != b.published
            and (reports_change(a.claim) or reports_change(b.claim))):
        day_a = stated_day(a.claim, a.published) or a.published
        day_b = stated_day(b.claim, b.published) or b.published
        return abs((day_a - day_b).days) <= settings.change_days_apart
    return True


# (p62) A figure set right after the claim's own as the one it replaces: ", rather than the
# 300 the company reported", ", far from the £12m the council had announced", ", not the £9m
# the chairman claimed". The comma (or a dash or bracket) ties it to the figure before; "no
# longer seat 900 people but 700" is a change, not a replaced figure, and is not read.
# (r94) The change's preposition may be said again after the cue ("fell by 7% in the first
# year, not by 22%", "rose to 40, not to 55"): `_replaced_figure` asks it to be the one
# before the figure replacing, so "by" repeats a change's size and "to" its level.
REPLACED_BEFORE = re.compile(r"(?:[,;(]|\s[-–—])\s*[\"“‘']?(?:not|rather\s+than|far\s+from|instead\s+of|(?P<against>against))\s+"
                             r"(?:(?P<prep>by|to)\s+)?"
                             r"(?:(?:the|a|an)\s+)?(?:(?:figure|estimate|total|count|number|level)s?\s+of\s+)?$",
                             re.IGNORECASE)
# (r94) The preposition right before a figure: "fell by 7%", "rose to 40".
PREPOSITION_BEFORE = re.compile(r"\b(by|to)\s+(?:(?:about|around|some|nearly|almost|roughly|just|only)\s+)?$",
                                re.IGNORECASE)
# (cr78) After "against", a told figure with a time of its own ("the 9% it recorded in 2024",
# "the £4m it reported a year earlier") or a forecast ("the 8.2 million it had forecast") is
# the year before or the plan set beside the figure, as financial news writes it: not a
# figure the speaker replaces. "against the 48 hours it had promised" (a promise of the same
# measure) stays replaced.
AGAINST_OWN_TIME = re.compile(
    r"\b(?:in|for|during|by)\s+(?:(?:the\s+)?(?:year|financial\s+year|quarter)\s+(?:to\s+\w+\s+)?)?(?:19|20)\d\d\b"
    r"|\b(?:a|one|two|three|four|five|\d+)\s+(?:years?|months?|quarters?)\s+(?:earlier|before|ago|previously)\b"
    r"|\b(?:last|the\s+previous|the\s+prior|the\s+same)\s+(?:year|quarter|month|period)\b"
    r"|\b(?:forecast|forecasts|predicted|expected|projected|budgeted|budgeted\s+for|targeted|planned)\b",
    re.IGNORECASE)
# A possessive between the cue and the figure ("not its earlier 520") already fails
# `REPLACED_BEFORE`; a clause after the figure makes it the speaker's own: "not the 520 it
# gave in February", "not 520 as we said".
OWN_AFTER = re.compile(r"^\s*(?:(?:that|which|as)\s+)?(?:it|we|i|he|she|they)\b(?!\s+(?:was|is|were|are)\b)",
                       re.IGNORECASE)
# ... or "as" a participle naming no one: "down 31%, not 38% as first reported", "not 1,730
# as stated at the meeting" correct the speaker's side's own earlier figure as often as
# another's; only "as ... by the council" or "as the union said" name another party.
UNNAMED_AS = re.compile(r"^\s*as\s+(?:(?:first|initially|originally|previously|earlier)\s+)?"
                        r"(?:stated|reported|announced|given|published|quoted|cited|recorded|estimated|forecast)\b"
                        r"(?![^,.;:]{0,40}\bby\b)", re.IGNORECASE)


@cache
def replaced_followers() -> frozenset[str]:
    """(p62) Words that may follow a replaced figure without naming a measure of their own
    ("the 300 the company reported"): claims/data/conflict_replaced_followers.txt."""
    return data_words("conflict_replaced_followers.txt")


REPLACED_REACH = 120
# How near the named figure must be to the one its teller gave (a quote, not a reading).
REPLACED_SAME = 0.005


# (cr63) A named figure followed by a clause of its own ("not the 300 the operator reported")
# is a replaced figure only when that clause tells it: a verb of giving or reporting within a
# few words; "not the 300 the council requires" names a threshold.
RELATIVE_OPENERS = frozenset({"the", "a", "an", "that", "which", "who"})
REPLACED_TOLD = re.compile(
    r"^\s*(?:the|a|an|that|which|who)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:(?:had|has|have|was|were|is|are|been|originally|first|initially|previously|earlier|widely|publicly)\s+)*"
    r"(?:reported|gave|given|give|gives|claimed|claims|said|says|announced|announces|cited|cites|stated|states|"
    r"published|publishes|quoted|quotes|put|puts|estimated|estimates|forecast|forecasts|suggested|suggests|"
    r"told|promised|pledged|released|issued|used|counted|recorded|found|calculated|described)\b", re.IGNORECASE)


# (n72) "it" and a verb of telling: "not the 412 it had reported", "the 24 hours it had promised".
# (n78) or "its" and a teller of a few words: "not the 2p its finance director had given".
PRONOUN_TOLD = re.compile(
    r"^\s*(?:that\s+)?(?:it\s+|its\s+(?:[A-Za-z][\w'’-]*\s+){1,3}?)(?:(?:had|has|was|originally|first|initially|previously|earlier|publicly)\s+)*"
    r"(?:reported|gave|given|claimed|said|announced|cited|stated|published|quoted|put|estimated|forecast|"
    r"told|promised|pledged|released|issued|counted|recorded|calculated)\b", re.IGNORECASE)


# (n89) ... or a teller named by name: "not the eleven Brightfold had given", "not the 38,000
# Fellcroft Networks reported at the time", "not fewer than 5% as TixArc had said". Up to four
# capitalised words (case-sensitive, so "the company" stays with `REPLACED_TOLD`), then a verb
# of telling; the name must not be the claim's speaker (its own earlier figure).
NAMED_TELLER = re.compile(
    r"^\s*,?\s*(?:(?:that|as)\s+)?(?P<name>(?:[A-Z][\w'’&.-]*\s+){1,4}?)"
    r"(?:(?:had|has|was|originally|first|initially|previously|earlier|publicly)\s+)*"
    r"(?:reported|gave|given|claimed|said|announced|cited|stated|published|quoted|put|estimated|forecast|"
    r"told|promised|pledged|released|issued|counted|recorded|calculated|"
    # (r98) a teller's standing figure, in the present: "not the 1,500 that Skimra reports"
    r"reports|gives|claims|says|cites|states|publishes|puts|estimates|forecasts|counts|records)\b")


def _told_by_name(claim: Claim, after: str) -> bool:
    """(n89) The words after a named figure tell it as another party's, named by name
    (`NAMED_TELLER`): "the review found 38 people were injured, not the eleven Brightfold had
    given". A name the speaker's own name, mention or role holds is the speaker's own earlier
    figure ("Brightfold said 14 were hurt, not the eleven Brightfold had given" is a correction
    of its own), and a form of address ("Mr", "Ms") before a person is read like any name."""
    m = NAMED_TELLER.match(after)
    if m is None:
        return False
    name = {stem(w.lower()) for w in re.findall(r"[A-Za-z][\w'’-]*", m.group("name"))}
    speaker = " ".join(x for x in (claim.speaker, claim.speaker_mention, claim.speaker_role) if x)
    return not name & {stem(w.lower()) for w in re.findall(r"[A-Za-z][\w'’-]*", speaker)}


def _party_before(before: str, claim: Claim, after: str) -> bool:
    """(n72) Whether "it" after a named figure is an organisation the sentence names before
    the figure, not the claim's speaker: "the company cancelled 734 sailings between October
    and March, not the 412 it had reported" (the review's words; "it" is the company), "puts
    the company's leakage at 196 million litres, not the 168 million it had reported". The
    nearest "the <organisation noun>" before the figure must be one the speaker's own name or
    mention does not hold ("The council said the cost had risen to £3m, not the £2m it gave
    in May": no organisation after "said"; "The council said the council's cost ..." holds
    it). Then the figure is another's, named as replaced.

    (f81) The speaker's role counts as their mention: "Mr Okafor, the operator's finance
    director, said the operator kept 4.5p ..., not the 2p its own accounts had given" names
    the speaker's own body's figure (a correction of its own), not another party's."""
    if not PRONOUN_TOLD.match(after):
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w-]*", before)]
    # "the company", "the ferry company", "the company's": a noun of the list one or two words after "the"
    nouns = [w for i, w in enumerate(words) if w in _org_kind_nouns() and "the" in words[max(i - 2, 0):i]]
    if not nouns:
        return False
    speaker = " ".join(x for x in (claim.speaker, claim.speaker_mention, claim.speaker_role) if x).lower()
    return not speaker or nouns[-1] not in re.findall(r"[a-z]+", speaker)


def _same_figure(x: Quantity | None, y: Quantity | None) -> bool:
    """(n77) x and y are one figure of the text (one object, or a copy read in another unit)."""
    return x is not None and y is not None and x.start_char == y.start_char and x.end_char == y.end_char


@cache
def span_prepositions() -> frozenset[str]:
    """(n77) claims/data/conflict_span_prepositions.txt: "over", "in", ... before a figure of
    time that is the span a change is measured over ("fell by 27% over ten years")."""
    return data_words("conflict_span_prepositions.txt")


SPAN_UNITS = frozenset(TIME_UNITS.values())
SPAN_OPENING = re.compile(r"\b([A-Za-z]+)\s+(?:the\s+)?(?:(?:last|past|previous|first|next)\s+)?$")


def _span_of_change(n: Quantity, q: Quantity, claim: Claim) -> bool:
    """(n77) n is the span q is measured over, not a figure of q's measure: a figure of time
    after a preposition of span ("fell by 27% over ten years, not 40%", "down 6% in the
    last five years"), q itself not of time. It stands between a figure and the one it
    replaces without being either."""
    if n.unit not in SPAN_UNITS or q.unit in SPAN_UNITS:
        return False
    opening = SPAN_OPENING.search(_before_figure(n, claim, 40))
    return bool(opening) and opening.group(1).lower() in span_prepositions()


# (n77) A figure written as a number alone: "not 18,000", "not the 168 million".
BARE_FIGURE = re.compile(r"^(?:about\s+|around\s+)?[\d.,]+(?:\s*(?:thousand|million|billion|m|bn|k))?$", re.IGNORECASE)


def _in_replacers_unit(n: Quantity, q: Quantity) -> Quantity:
    """(n77) A named figure that leaves out the unit or the rate of the figure replacing it
    reads in them: "20,400 vehicles a day ..., not 18,000" names 18,000 vehicles a day; "196
    million litres a day, not the 168 million it had reported" names 168 million litres a
    day; "£890 a week, not the £1,020 that had been reported" £1,020 a week; a change's
    ("fell by 3%, not the 15% the company had claimed") is a change too. A figure of its
    own unit or rate ("£890 a week, not £40,000 a year") is left as written."""
    update: dict[str, object] = {}
    if n.unit == "count" and q.unit not in (None, "count") and n.per is None and BARE_FIGURE.match(n.surface.strip()):
        update = {"unit": q.unit, "per": q.per}
        scale = _in_replacers_scale(n, q)
        if scale is not None:  # (q88) "171 million litres a day, \"not 132\"": 132 million
            update.update(value=n.value * scale, low=None if n.low is None else n.low * scale,
                          high=None if n.high is None else n.high * scale)
    elif n.unit == q.unit and n.per is None and q.per:
        update = {"per": q.per}
    if QuantityKind.VAGUE not in (n.kind, q.kind) and n.kind != q.kind and (n.unit == q.unit or update):
        update["kind"] = q.kind  # "fell by 3% ..., | not the 15%": the named figure is a fall too
    return n.model_copy(update=update) if update else n


# (q88) A scale word written after a figure's number: "171 million", "£3.2bn", "40k".
SCALE_WORD = re.compile(r"\d\s*(?:thousand|million|billion|trillion|m|bn|k)\b", re.IGNORECASE)
SCALES = (1e3, 1e6, 1e9, 1e12)


def _in_replacers_scale(n: Quantity, q: Quantity) -> float | None:
    """(q88) A bare named number takes the scale of the figure it corrects: "leakage of 171
    million litres a day, 'not 132'" names 132 million, not 132. Only a number written
    without a scale word, against a figure written with one, and of the same order as the
    figure's written number ("2 million, not 300,000" is left as written: 300,000 is no
    number of millions)."""
    if n.value is None or q.value is None or n.value <= 0 or q.value <= 0 or SCALE_WORD.search(n.surface):
        return None
    if not SCALE_WORD.search(q.surface):
        return None
    written = re.search(r"\d[\d,]*(?:\.\d+)?", q.surface)
    if written is None:
        return None
    number = float(written.group(0).replace(",", ""))
    if number <= 0:
        return None
    scale = next((s for s in SCALES if abs(q.value / number - s) <= 1e-6 * s), None)
    if scale is None or not 0.1 < n.value / number < 10:
        return None
    return scale


# (n78) A figure of a whole the first one is counted from: "missing from the library of
# about 260,000", "out of some 9,000".
WHOLE_OPENING = re.compile(r"\b(?:of|from|out\s+of|among)\s+(?:(?:about|around|some|roughly|nearly|almost|over)\s+)?$",
                           re.IGNORECASE)


def _whole_between(m: Quantity, n: Quantity, q: Quantity, claim: Claim) -> bool:
    """(n78) m stands between q and the figure n named as replaced without being either: m
    is the whole q is counted from ("3,050 books were missing from the library of about
    260,000, not the 2,600 the council reported"), the cue sits right before n, and n is
    nearer q than m (a ratio apart): "from a library of about 260,000, not the 250,000 it
    listed" names the library's figure, and is left to m."""
    if None in (m.value, n.value, q.value) or min(m.value, n.value, q.value) <= 0 or n.unit != q.unit:
        return False
    if not WHOLE_OPENING.search(_before_figure(m, claim, 40)):
        return False
    ms, me = _sentence_offsets(m, claim)
    ns, _ = _sentence_offsets(n, claim)
    if me < 0 or ns < me or not REPLACED_BEFORE.search(claim.sentence[me:ns]):
        return False
    ratio = max(n.value, q.value) / min(n.value, q.value)
    return ratio < max(n.value, m.value) / min(n.value, m.value)


def _replaced_figure(q: Quantity, claim: Claim,
                     siblings: Sequence[tuple[Quantity, Claim]] = ()) -> Quantity | None:
    """(p62) The figure the claim names as the one its own q replaces: the next figure of
    q's sentence, within `REPLACED_REACH` characters and no other figure between, after
    `REPLACED_BEFORE` ("stood at £3m, not the £9m the chairman claimed"). None when that
    figure is the speaker's own earlier one ("at 610, not the 520 it gave in February", "not
    38% as first reported"), or names a measure of its own that q's does not ("240
    qualified crew, not 60 trainees"): that is another count set beside it, not a rival
    reading of one.

    (n77) A span the change is measured over does not stand between ("fell by 27% over ten
    years, not 40%": `_span_of_change`); when the claim holds no later figure, the next
    figure of the sentence's other claims (`siblings`) is read ("found 1,150 claims unpaid,
    | not the 310 the company had reported"); a named figure leaving out the unit or rate
    reads in q's (`_in_replacers_unit`).

    (n78) The teller may be "its" and a few words ("not the 2p its finance director had
    given", the possessor named before as for "it"), and "against" is a cue when a telling
    clause follows ("five days, against the 48 hours it had promised"); "rose to 5%, against
    3% in 2024" sets a figure beside it, not one replaced. A figure of the same dimension
    in another unit is read (hours for days), and a whole the figure is counted from does
    not stand between (`_whole_between`)."""
    if q.value is None:
        return None
    following = sorted((o for o in claim.quantities if o.value is not None and o.start_char >= q.end_char),
                       key=lambda o: o.start_char)
    later = [o for o in following if not _span_of_change(o, q, claim)]
    if not later:
        end = claim.sentence_start + len(claim.sentence)
        told = sorted(((o, oc) for o, oc in siblings if o.value is not None and q.end_char <= o.start_char < end),
                      key=lambda p: p[0].start_char)
        following = [o for o, _ in told]
        later = [o for o, oc in told if not _span_of_change(o, q, oc)]
    if not later:
        return None
    if later[0] is not following[0] and later[0].unit != q.unit:
        return None  # "within five minutes, not ten": a bare figure after a span names the span's
    if len(later) > 1 and _whole_between(later[0], later[1], q, claim):
        later = later[1:]  # (n78) "missing from the library of about 260,000, not the 2,600"
    n = _in_replacers_unit(later[0], q)
    gap = n.start_char - q.end_char
    if gap > REPLACED_REACH or n.unit != q.unit and (q.unit is None or _converted(n, q) is None):
        return None  # (n78) one dimension is one measure: "five days, against the 48 hours"
    qs, qe = _sentence_offsets(q, claim)
    ns, ne = _sentence_offsets(n, claim)
    if qe < 0 or ns > len(claim.sentence):
        return None
    between = claim.sentence[qe:ns]
    cue = REPLACED_BEFORE.search(between)
    if cue is None or re.search(r"[.!?]\s", between[:cue.start()]):
        return None
    if cue.group("prep"):
        own = PREPOSITION_BEFORE.search(claim.sentence[max(qs - 30, 0):max(qs, 0)])
        if own is None or own.group(1).lower() != cue.group("prep").lower():
            return None  # (r94) "not by 22%" replaces a change's size only after "by 7%"
    after = claim.sentence[ne:ne + 80]
    if cue.group("against") and AGAINST_OWN_TIME.search(re.split(r"[,;.!?]", after, maxsplit=1)[0]):
        return None  # (cr78) "£5m, against the £4m it reported a year earlier": last year's figure
    party = _party_before(claim.sentence[:max(qs, 0)], claim, after)
    # (r98) "against" too when a teller named by name follows: "19% ..., against the 22%
    # Skimra had reported" (a figure set beside it with no teller stays: "against 3% in 2024")
    if party or _told_by_name(claim, after):
        return n  # (n72) "not the 412 it had reported", "it" the company named before; (n89) "not the 600 Brightfold had reported"
    if cue.group("against") and not REPLACED_TOLD.match(after):
        return None  # (n78) "against 3% in 2024" sets a figure beside it; only a told one is replaced
    if OWN_AFTER.match(after) or UNNAMED_AS.match(after):
        return None
    word = re.match(r"^\s*([A-Za-z][\w'’-]*)", after)
    if word and word.group(1).lower() in RELATIVE_OPENERS and not REPLACED_TOLD.match(after):
        return None  # (cr63) "not the 300 the council requires": a threshold, not a figure given
    if word and word.group(1).lower() not in replaced_followers():
        stems = measure_stems(q) | topic_stems(claim.sentence[max(qs - 60, 0):qs])
        if stem(word.group(1).lower()) not in stems:
            return None
    return n


def _names_replaced(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """(p62) a gives qa as the figure that replaces the one b states ("cancelled 460 sailings
    in February, rather than the 300 the company reported" / the company's "300 sailings had
    been cancelled in February", months before): one figure rejects the other whatever the
    time frames or the measures' wording say, so those guards do not hold the pair apart.
    The named figure must be b's own as b told it (same value, not rounding's neighbour:
    "about 280" cancelled in another month is not "the 300" named), not denied in b,
    and the two measures must share a stem."""
    n = facts.replaced(qa, a)
    if n is None or qb.value is None or is_negated(qb, b):
        return False
    if _names_this_replaced(qa, a, qb, b, facts, n, facts.rival(qa, a)):
        return True
    # (n108) or a rival listed after the first: "compared with the 1,240 the council had
    # published and the 1,870 given by the charity" names the charity's 1,870 too
    return any(_names_this_replaced(qa, a, qb, b, facts, m, (m, holder, teller))
               for m, holder, teller in facts.listed(qa, a))


def _names_this_replaced(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts, n: Quantity,
                         rival: tuple[Quantity, Claim, str] | None) -> bool:
    """(p62) `_names_replaced` for one named figure n of qa (with its rival reading, when
    it is one): n is qb as b told it, and the two are tied."""
    named = _converted(qb, n)
    if named is None or named.value is None:
        return False
    if abs(named.value - qb.value) > REPLACED_SAME * max(abs(qb.value), abs(named.value)):
        return False
    if _bound_for_point(qb, named):
        return False  # (n80) "must run at least 97%" is not "the 97.4% the company had claimed"
    if _counted_apart(qa, a, qb, b):
        return False  # (q89) "£2.6m a year in permits, not £2m" / "£2m a year in fines"
    holder, teller = (rival[1], rival[2]) if rival is not None else (a, None)
    if not (facts.measure(qa, a) | facts.measure(n, holder)).isdisjoint(facts.measure(qb, b)):
        return True
    return ((_one_figure_in_unit(qa, n, qb, facts.measure(qa, a)) and _one_holder(qa, a, qb, b))
            or (_replaced_tied(n, holder, qb, b, facts, teller, a) if rival is not None
                else _replaced_tied(n, a, qb, b, facts)))


# (n89) the words between a named figure and the verb telling it: its teller
TELLER = re.compile(
    r"^\s*,?\s*(?:(?:the|that|which|as)\s+)?(?P<teller>(?:[A-Za-z][\w'’&.-]*\s+){1,4}?)"
    r"(?:(?:had|has|have|was|were|originally|first|initially|previously|earlier|publicly)\s+)*"
    r"(?:reported|gave|given|claimed|said|announced|cited|stated|published|quoted|put|estimated|forecast|"
    r"told|promised|pledged|released|issued|counted|recorded|calculated)\b", re.IGNORECASE)
# a named figure told alike by its value alone needs this many significant digits ("not 412",
# "not 7.2%"): "not two", "not 60" are values any two counts of a story share
TIED_DIGITS = 2


def _replaced_tied(n: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts,
                   teller: str | None = None, naming: Claim | None = None) -> bool:
    """(n89) A figure named as replaced, at qb's very value and unit, whose measure shares no
    stem with qb's, is qb when the two are tied otherwise: the teller after the named figure
    is b's speaker ("the backlog was 19,800, not the 14,600 the council reported" / the
    council's "14,600 reported potholes"; "not the four weeks the directorate promised" / the
    directorate's "paid within four weeks"), or, for a value of `TIED_DIGITS` significant
    digits or more, the two claims share a word that is no party's ("the offer was worth
    4.9%, not 7.2%" / "The company has offered a rise of 7.2%"; "found 690 cancellations,
    not 412" / "it had cancelled 412 sailings"). Words naming either speaker, the
    organisation nouns and the telling words do not tie. The very value: "against the 97.4%
    the company had claimed" is no tie to "the 97% its contract requires", which
    `REPLACED_SAME` would let pass as a measure's own figure."""
    named = _converted(qb, n)
    if named is None or named.value is None or qb.value is None or not _one_value(named.value, qb.value):
        return False
    ns, ne = _sentence_offsets(n, a)
    if ne < 0:
        return False
    speaker_b = _speaker_stems(b)
    told = TELLER.match(a.sentence[ne:ne + 80])
    # (t101) a rival's teller read before it ("the council's estimate of 620", "The
    # business case had said 1,850") or after "by" ("the 1,800 announced by the company")
    tellers = [x for x in (told.group("teller") if told else None, teller) if x]
    for words in tellers:
        said = {stem(re.sub(r"(?:'s|’s|s'|s’)$", "", w.lower())) for w in re.findall(r"[A-Za-z][\w'’-]*", words)}
        if (said - {"it", "its"}) & (speaker_b - {stem(w) for w in RELATIVE_OPENERS}):
            return True
    if _significant_digits(n.surface) < TIED_DIGITS:
        return False
    naming = naming or a
    speaker_a = _speaker_stems(naming)
    parties = speaker_a | speaker_b | {stem(w) for w in _org_kind_nouns()} | {stem(w) for w in replaced_followers()}
    text = facts.text(naming) | facts.text(a)
    return bool((text & facts.text(b)) - parties - _figure_stems(naming) - _figure_stems(a) - _figure_stems(b))


def _speaker_stems(c: Claim) -> set[str]:
    """(n89) Stems of the words naming c's speaker (name, mention, role): no tie."""
    return {stem(w.lower()) for x in (c.speaker, c.speaker_mention, c.speaker_role) if x
            for w in re.findall(r"[A-Za-z][\w'’-]*", x)}


def _figure_stems(c: Claim) -> frozenset[str]:
    """(n89) Stems of c's figures' own words ("412", "million", "hours"): no tie."""
    return frozenset(s for q in c.quantities for s in topic_stems(q.surface))


# (q88) Units a figure is told in whose value alone does not make it one figure: a count or a
# share of anything.
UNITLESS = (None, "count", "percent")


def _one_figure_in_unit(qa: Quantity, n: Quantity, qb: Quantity, measure: frozenset[str]) -> bool:
    """(q88) The replaced figure's measure is the corrector's: "leakage of 171 million litres
    a day, 'not 132'" names the company's "loses 132 million litres a day through leaking
    pipes" though "leakage" and "loses" share no stem. A named figure in a unit and rate of
    its own (litres a day, pounds a week), read at the told figure's very value, is that
    figure when the corrector's clause names what it measures; counts and shares ("not the
    26", "not 7.2%") still need a shared stem: one value of those is often two things."""
    if not measure or n.unit in UNITLESS or n.unit != qb.unit or n.per is None or n.per != qb.per:
        return False
    return qa.unit == n.unit and qa.per == n.per


# (q89) "£2m a year in fines": the noun a sum or a rate is counted in, right after the figure
# (a lowercase word or two after "in", up to a preposition or a stop).
_COUNTED_IN = re.compile(r"^\s+in\s+((?:[a-z][a-z'’-]*\s+){0,2}?[a-z][a-z'’-]*)"
                         r"(?=\s*(?:[,;:.!?\"”)]|$|\s(?:from|for|to|by|on|at|of|and|or|but|not|than|last|this|next"
                         r"|a|an|the|since|over|in)\b))")
# (q89) the figure is the speaker's own: "its leakage was ...", "our losses were ...".
# (fxC) The verbs: claims/data/conflict_own_figure_verbs.txt.
_OWN_FIGURE = re.compile(r"\b(?:its|our)\s+(?:own\s+)?(?:[a-z][\w-]*\s+){0,2}?"
                         r"(?:" + data_alternation("conflict_own_figure_verbs.txt") + r")\b[^,;]*$")


def _counted_in(q: Quantity, claim: Claim) -> str | None:
    """(q89) The stem of the noun q is counted in ("£2.6m a year in permits"), or None."""
    _, end = _sentence_offsets(q, claim)
    if end < 0:
        return None
    m = _COUNTED_IN.match(claim.sentence[end:end + 60])
    if m is None:
        return None
    word = m.group(1).split()[-1].lower()
    return None if word in FUNCTION_WORDS else stem(word)


def _counted_apart(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """(q89, review cr88 of q88) Two figures naming the nouns they are counted in, and other
    ones ("£2.6m a year in permits, not £2m" / "£2m a year in fines"), are two measures
    whatever a named figure's value or the verbs ("raised") share."""
    ia, ib = _counted_in(qa, a), _counted_in(qb, b)
    return ia is not None and ib is not None and ia != ib


def _one_holder(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> bool:
    """(q89, review cr88 of q88) A figure named by its unit and value alone
    (`_one_figure_in_unit`) is b's only when a's own figure is the same party's and the same
    measure's (`_counted_apart` is asked before): not when a's teller gives the figure
    as its own ("Southern Water said its leakage was 97 million litres a day, not the 84
    million reported last year") and b is told by another party a's sentence does not name
    (another water company's "84 million litres a day" months before). A sentence naming
    b's teller ("the trust's own accounts", "not the 84 million the trust reported"), or one
    teller for both, keeps the pair; a figure given as nobody's ("leakage was 97 million ...,
    not the 84 million reported") is left to q88's reading."""
    if not (_attributed(a) and _attributed(b)) or _teller_name(a.speaker) == _teller_name(b.speaker):
        return True
    names = {_teller_name(x) for x in (b.speaker, b.speaker_mention) if x}
    sentence = " ".join(a.sentence.lower().split())
    if any(x and re.search(rf"\b{re.escape(x)}\b", sentence) for x in names):
        return True
    return not _OWN_FIGURE.search(_before_figure(qa, a, 80))


def _bound_for_point(told: Quantity, named: Quantity) -> bool:
    """(n80) A bound stands for no other value than its own: `REPLACED_SAME` lets a named
    figure differ from the told one by a float's or a conversion's error, and "at least 97%"
    (a contract's floor) was read as "the 97.4% the company had claimed", so a review's 92%
    was set against the floor across time frames. A told bound ("at least", "more than",
    "up to": one side of its interval open) is the named figure only at its very value:
    "fewer than 300" for "the 300 the company reported" still is."""
    if told.value is None or named.value is None or (told.low is not None and told.high is not None):
        return False
    return not _one_value(told.value, named.value)


def _names_replaced_either(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    return _names_replaced(qa, a, qb, b, facts) or _names_replaced(qb, b, qa, a, facts)


# (t101) The rival figure named by a comparative or a possessive teller in the figure's own
# sentence, or in the sentence after it. An explicit naming of another party's figure says
# the two figures are one measure in rivalry, as `_replaced_figure`'s "not the 300 the
# company reported" does, so the named figure then meets its teller's claim across time
# frames (`_names_replaced`). Not a party's own earlier figure: a teller the speaker's
# words hold, "it" / "they" (the speaker's own update: "up from the 240 it set out in
# February", "It had said 11 minutes."), or a figure of another time ("higher than the 9%
# it recorded in 2024", `AGAINST_OWN_TIME`).
RIVAL_ADVERBS = (r"(?:well|far|much|slightly|significantly|considerably|substantially|way|just|still|also|both|"
                 r"markedly|sharply|barely|only)")
RIVAL_QUALIFIERS = r"(?:own|earlier|original|first|initial|previous|latest|published|official|revised|new|preliminary)"
RIVAL_FIGURE_NOUNS = r"(?:figure|estimate|total|count|number|level|forecast|projection|tally)"
RIVAL_HEDGES = r"(?:about|around|some|roughly|nearly|almost|just|only|approximately)"
# a possessor of a few words ending in "'s" / "s'": "the council's", "the Rivers Agency's"
RIVAL_OWNER = r"(?P<owner>(?:[\w&.-]+\s+){0,3}?[\w&.-]+(?:'s|’s|s'|s’))"
RIVAL_PRONOUNS = frozenset({"it", "its", "he", "she", "they", "we", "i", "this", "that", "these", "those", "there",
                            "his", "her", "their", "our", "who", "which"})


@cache
def rival_before_pattern() -> re.Pattern[str]:
    """(t101) The words between a figure and a rival it names in its sentence: a comparative
    (claims/data/conflict_rival_comparatives.txt), an optional possessive teller and figure
    noun: ", well above the", ", against the council's estimate of", ", more than the
    administrators'"."""
    return re.compile(
        r"(?:[,;(]|\s[-–—]|\s(?:and|but))\s*[\"“‘']?(?:(?:and|but)\s+)?(?:" + RIVAL_ADVERBS + r"\s+)*"
        r"(?P<cmp>" + data_alternation("conflict_rival_comparatives.txt") + r")\s+"
        r"(?:the\s+)?(?:" + RIVAL_OWNER + r"\s+)?(?:" + RIVAL_QUALIFIERS + r"\s+)*"
        r"(?:" + RIVAL_FIGURE_NOUNS + r"s?\s+of\s+)?(?:" + RIVAL_HEDGES + r"\s+)?$", re.IGNORECASE)


@cache
def rival_told_by_pattern() -> re.Pattern[str]:
    """(t101) A participle clause naming a figure's teller: "the 1,800 announced by the
    company", "the 140,000 given by Epilepsy Voice"."""
    return re.compile(
        r"^\s*,?\s*(?:(?:first|initially|originally|previously|earlier|publicly)\s+)?"
        r"(?:" + data_alternation("conflict_rival_telling_verbs.txt") + r")\s+by\s+"
        r"(?P<teller>(?:the\s+)?(?:[\w'’&.-]+\s*){1,5})", re.IGNORECASE)


@cache
def rival_next_pattern() -> re.Pattern[str]:
    """(t101) A sentence giving another party's earlier figure, after a figure: "The council
    had said 11 minutes.", "In February the agency had said the number was 167.", "The
    college said the number was still 42"."""
    verbs = data_alternation("conflict_rival_telling_verbs.txt")
    return re.compile(
        r"^\s*(?:(?:in|on|by|until|at|last|earlier)\s+(?:[\w-]+\s+){0,3}?[\w-]+,?\s+)?"
        r"(?P<teller>(?:[\w'’&.-]+\s+){1,5}?)"
        r"(?:had\s+(?:(?:previously|earlier|originally|first|initially|already|also|publicly)\s+)*(?:" + verbs + r")"
        r"|(?:said|says|insisted|insists|maintained|maintains)\s+(?:that\s+)?(?:the|its)\s+" + RIVAL_FIGURE_NOUNS
        + r"\s+(?:was|is|remained|remains)\s+still)\b", re.IGNORECASE)


@cache
def rival_next_compared_pattern() -> re.Pattern[str]:
    """(t101) A sentence setting the figure before it against another's: "That is well below
    the £40m estimated by the staff association.", "The figure is higher than the 3.1
    published by the police"."""
    return re.compile(
        r"^\s*(?:that|this|the\s+" + RIVAL_FIGURE_NOUNS + r")\s+(?:is|was)\s+(?:" + RIVAL_ADVERBS + r"\s+)*"
        r"(?P<cmp>" + data_alternation("conflict_rival_comparatives.txt") + r")\s+"
        r"(?:the\s+)?(?:" + RIVAL_OWNER + r"\s+)?(?:" + RIVAL_QUALIFIERS + r"\s+)*"
        r"(?:" + RIVAL_FIGURE_NOUNS + r"s?\s+of\s+)?(?:" + RIVAL_HEDGES + r"\s+)?$", re.IGNORECASE)


# (t101) a running total ("41 fires since January 2025") set against an earlier count has
# grown, not been contradicted; "because the airport measured departure from the gate rather
# than take-off" says the rival is another measure
RUNNING_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
TWO_DEFINITIONS = re.compile(r"\bbecause\b[^.;]*\b(?:measured|measures|counted|counts|defined|defines|timed|times)\b"
                             r"[^.;]*\b(?:rather\s+than|instead\s+of)\b", re.IGNORECASE)


# words of a rival sentence that restate without naming: figure nouns and hedges
RIVAL_RESTATING = frozenset(stem(w) for w in ("figure", "number", "total", "count", "estimate", "still", "about",
                                              "around", "nearly", "almost", "more", "fewer", "less", "than"))


def _teller_is_other(teller: str, claim: Claim) -> bool:
    """(t101) A teller named by words (not a pronoun) none of which names the claim's speaker:
    "the colleges" against the union's claim; "the council" against the council's own claim
    is its update."""
    words = [w.lower().strip("'’") for w in re.findall(r"[A-Za-z][\w'’-]*", teller)]
    words = [re.sub(r"(?:'s|’s|s'|s’)$", "", w) for w in words if w not in ("the", "a", "an")]
    if not words or words[0] in RIVAL_PRONOUNS or words[-1] in RIVAL_PRONOUNS:
        return False
    return not {stem(w) for w in words} & _speaker_stems(claim)


def _told_teller(after: str, claim: Claim) -> str | None:
    """(t101) The teller of a figure named by the words after it: a participle and "by"
    ("announced by the company"), a relative clause ("the trust gave", `TELLER`) or a name
    (`NAMED_TELLER`); None when nobody is named."""
    m = rival_told_by_pattern().match(after)
    if m:
        return re.split(r"[,;.!?]| (?:in|on|at|when|before|after|last|this|and|but)\b", m.group("teller"))[0]
    m = TELLER.match(after) if REPLACED_TOLD.match(after) or NAMED_TELLER.match(after) else None
    return m.group("teller") if m else None


def _rival_in_sentence(q: Quantity, claim: Claim, siblings: Sequence[tuple[Quantity, Claim]] = ()
                       ) -> tuple[Quantity, Claim, str] | None:
    """(t101) The next figure of q's sentence named as another party's rival of q by a
    comparative ("£4.2m this year, well above the £3m the trust gave") or a
    possessive teller ("840 drivers ..., against the council's estimate of 620"): (the
    figure in q's unit, the claim it is read in, its teller)."""
    if q.value is None:
        return None
    end = claim.sentence_start + len(claim.sentence)
    figures = [*claim.quantities, *(o for o, _ in siblings if o.start_char < end)]
    later = sorted((o for o in figures if o.value is not None and o.start_char >= q.end_char
                    and not _span_of_change(o, q, claim)), key=lambda o: o.start_char)
    if not later:
        return None
    if len(later) > 1 and _whole_between(later[0], later[1], q, claim):
        later = later[1:]
    n = _in_replacers_unit(later[0], q)
    if n.start_char - q.end_char > REPLACED_REACH or n.unit != q.unit and (q.unit is None or _converted(n, q) is None):
        return None
    qs, qe = _sentence_offsets(q, claim)
    ns, ne = _sentence_offsets(n, claim)
    if qe < 0 or ns > len(claim.sentence):
        return None
    between = claim.sentence[qe:ns]
    cue = rival_before_pattern().search(between)
    if cue is None or re.search(r"[.!?]\s", between[:cue.start()]):
        return None
    after = claim.sentence[ne:ne + 80]
    if AGAINST_OWN_TIME.search(re.split(r"[,;.!?]", after, maxsplit=1)[0]):
        return None  # "higher than the 9% it recorded in 2024": another time's figure
    if (q.unit == "count" and RUNNING_SINCE.search(claim.sentence[max(qs, 0):ns])) or TWO_DEFINITIONS.search(claim.sentence[ne:]):
        return None  # a running total against an earlier count; a rival measured another way, said so
    owner = cue.group("owner")
    if owner:
        if not re.search(RIVAL_QUALIFIERS + r"|" + RIVAL_FIGURE_NOUNS, cue.group(0)[cue.end("owner") - cue.start():],
                         re.IGNORECASE):
            return None  # "£61, against the chain's £68": the possessor's own value, not a figure told
        return (n, claim, owner) if _teller_is_other(owner, claim) else None
    teller = _told_teller(after, claim)
    if teller is None or not _teller_is_other(teller, claim):
        return None
    if cue.group("cmp").lower() in ("not", "against", "rather than", "instead of") \
            and not rival_told_by_pattern().match(after):
        return None  # `_replaced_figure` reads those with a telling clause
    return n, claim, teller


# (n108) A second rival listed after the first one a figure names: "compared with the 1,240
# the council had published and the 1,870 given by the charity", "more than the 37 the fire
# service had reported and far above the 14 the company acknowledged", "more than the £14.6m
# it had given but less than the £21m quoted by the opposition". After the first rival's own
# words (no figure, no clause break), "and" or "but", a comparative or none (the list shares
# the first one's), and "the" or a possessor.
LISTED_REACH = 90
LISTED_RIVALS = 3


@cache
def listed_rival_pattern() -> re.Pattern[str]:
    return re.compile(
        r"^[^.;:!?()\"“”\d]{0," + str(LISTED_REACH) + r"}?\s(?:and|but)\s+(?:" + RIVAL_ADVERBS + r"\s+)*"
        r"(?:(?P<cmp>" + data_alternation("conflict_rival_comparatives.txt") + r")\s+)?"
        r"(?:(?P<the>the)\s+)?(?:" + RIVAL_OWNER + r"\s+)?(?:" + RIVAL_QUALIFIERS + r"\s+)*"
        r"(?:" + RIVAL_FIGURE_NOUNS + r"s?\s+of\s+)?(?:" + RIVAL_HEDGES + r"\s+)?$", re.IGNORECASE)


def _listed_rivals(q: Quantity, claim: Claim, first: Quantity, holder: Claim | None = None,
                   siblings: Sequence[tuple[Quantity, Claim]] = ()) -> tuple[tuple[Quantity, Claim, str], ...]:
    """(n108) (figure in q's unit, claim it is read in, teller) of each rival listed after
    `first`, the figure q's sentence names as replaced or as a rival (`_replaced_figure`,
    `_rival_in_sentence`): the next figure of the sentence after `listed_rival_pattern`'s
    words, in q's unit, told by a party other than q's speaker (a telling clause, "given by
    the charity", or a possessor with a figure noun, "the union's own estimate of"), not a
    figure of another time (`AGAINST_OWN_TIME`). "and the 1,870 households in the north"
    names no teller and is no rival. `holder` is the claim `first` is read in (q's own, or
    one of the next sentence), whose sentence the list is read in; the tellers are read
    against q's speaker."""
    speaking, claim = claim, holder or claim
    end = claim.sentence_start + len(claim.sentence)
    figures = {(o.start_char, o.end_char): (o, oc) for o, oc in ((o, claim) for o in claim.quantities)}
    for o, oc in siblings:
        figures.setdefault((o.start_char, o.end_char), (o, oc))
    if not claim.sentence_start <= first.start_char < end:
        return ()
    ordered = sorted(((o, oc) for o, oc in figures.values() if o.value is not None and o.start_char < end),
                     key=lambda p: p[0].start_char)
    found: list[tuple[Quantity, Claim, str]] = []
    previous = first
    while len(found) < LISTED_RIVALS - 1:
        after = [(o, oc) for o, oc in ordered if o.start_char >= previous.end_char]
        if not after:
            break
        o, holder = after[0]
        n = _in_replacers_unit(o, q)
        if n.start_char - previous.end_char > LISTED_REACH + 40:
            break
        if n.unit != q.unit and (q.unit is None or _converted(n, q) is None):
            break
        ps, pe = _sentence_offsets(previous, claim)
        ns, ne = _sentence_offsets(n, claim)
        if pe < 0 or ns > len(claim.sentence) or ns < pe:
            break
        cue = listed_rival_pattern().match(claim.sentence[pe:ns])
        if cue is None or not (cue.group("the") or cue.group("owner")):
            break
        words = claim.sentence[ne:ne + 80]
        if AGAINST_OWN_TIME.search(re.split(r"[,;.!?]", words, maxsplit=1)[0]):
            break
        owner = cue.group("owner")
        if owner:
            if not re.search(RIVAL_QUALIFIERS + r"|" + RIVAL_FIGURE_NOUNS,
                             cue.group(0)[cue.end("owner") - cue.start():], re.IGNORECASE):
                break
            teller = owner
        else:
            teller = _told_teller(words, claim)
        if teller is None or not _teller_is_other(teller, speaking):
            break
        found.append((n, holder, teller))
        previous = n
    return tuple(found)


def _rival_in_next_sentence(q: Quantity, claim: Claim, following: Sequence[tuple[Quantity, Claim]],
                            siblings: Sequence[tuple[Quantity, Claim]] = ()) -> tuple[Quantity, Claim, str] | None:
    """(t101) The figure of the sentence after q's that gives another party's rival of q
    ("It says 1,420 apprentices were in training in March. The business case had said
    1,850."; "... That is well below the £40m estimated by the union."): q must be the last
    figure of its sentence in the rival's unit, and the rival's teller no word of q's
    speaker (the speaker's own earlier figure is an update)."""
    if q.value is None or not following or _few_named(q, claim) or (q.unit == "count" and RUNNING_SINCE.search(claim.sentence)):
        return None
    if is_target(q, claim):
        return None  # "above its limit of 350,000. X had put the figure at 342,000": the limit is no reading
    holder = following[0][1]
    sentence = holder.sentence
    teller = None
    m = rival_next_pattern().match(sentence)
    if m:
        teller = m.group("teller")
    else:
        m = rival_next_compared_pattern().match(sentence)
        if m is None:
            return None
        teller = m.group("owner")
    figures = sorted((o for o, oc in following if o.value is not None
                      and o.start_char - holder.sentence_start >= m.end()), key=lambda o: o.start_char)
    if not figures or figures[0].start_char - holder.sentence_start - m.end() > 60:
        return None
    n = _in_replacers_unit(figures[0], q)
    if n.unit != q.unit and (q.unit is None or _converted(n, q) is None):
        return None
    if teller is None:
        ns, ne = _sentence_offsets(n, holder)
        teller = _told_teller(holder.sentence[ne:ne + 80], holder)
    if teller is None or not _teller_is_other(teller, claim):
        return None
    if n.value is None or _one_value(n.value, q.value):
        return None
    # the rival sentence restates the figure, naming nothing of its own beyond one word that
    # q's sentence does not say ("The council had said it paid 380."): "The alliance had said
    # grants to small charities fell by a quarter" after "grants of less than £10,000 fell
    # by 18%" gives another measure's figure; "had said the rate reached 44% in June and July"
    # another period's
    clause = re.split(r"[,;:]|\s(?:and|but|because|while)\s", sentence[m.end():], maxsplit=1)[0]
    unsaid = topic_stems(clause) - topic_stems(claim.sentence) - _figure_stems(holder) - RIVAL_RESTATING
    if len(unsaid) > 1:
        return None
    if AGAINST_OWN_TIME.search(sentence[m.end():]) and not m.group(0).lower().rstrip().endswith("still"):
        return None
    # q is the last figure of its sentence that the rival can be read in
    end = claim.sentence_start + len(claim.sentence)
    mine = [*claim.quantities, *(o for o, _ in siblings)]
    if any(o.value is not None and q.end_char <= o.start_char < end and o is not q and not _few_named(o, claim)
           and not is_target(o, claim)
           and (o.unit == n.unit or o.unit is not None and n.unit is not None and _converted(n, o) is not None)
           for o in mine):
        return None
    return n, holder, teller


FEW_NAMED = re.compile(r"\b(?:the|its|their|these|those|all|both|our)\s+$", re.IGNORECASE)


def _few_named(q: Quantity, claim: Claim) -> bool:
    """(t101) A small count after a determiner names the things a figure is of, not a
    figure: "at the two hospitals", "its nine practices"."""
    return q.unit == "count" and q.value is not None and q.value < 20 and bool(FEW_NAMED.search(_before_figure(q, claim, 20)))


def _named_next_only(qa: Quantity, a: Claim, qb: Quantity, b: Claim, facts: _Facts) -> bool:
    """(t101) qa and qb are tied only through a rival one of them names in the sentence after
    its own (`_rival_in_next_sentence`), not in its sentence."""
    def by_sentence(x: Quantity, xc: Claim, y: Quantity, yc: Claim) -> bool:
        if not _names_replaced(x, xc, y, yc, facts):
            return False
        rival = facts.rival(x, xc)
        return rival is None or rival[1].sentence_start == xc.sentence_start
    return not by_sentence(qa, a, qb, b) and not by_sentence(qb, b, qa, a)
