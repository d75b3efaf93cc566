"""(p97) An absolute that caps a measure, and a reading of that measure past the cap.

Reports are full of absolutes a later figure answers: "no prisoner is locked up for more
than 22 hours" / "men on B wing were locked up for 23 hours"; "Every one of our roadside
monitors is now below the legal limit of 40 micrograms" / "the monitor recorded 46
micrograms"; "Not a single tonne of our surplus food goes to landfill" / "1,200 tonnes of
food was taken to the landfill site"; "every branch closing will be within five miles of
another" / "12 towns would be more than five miles from the nearest branch". The absolute
has no figure of its own to compare (or a zero), and the reading is no count of members,
so neither the numeric rules nor the counted denials saw the pair.

A cap is read of three shapes, each in one clause: a denial word of every member ("no",
"nobody", "no one", "none", "not a single", "not one", "never") and then a bound past a
figure ("more than", "longer than", "beyond", "over", "above", "exceeding" + figure +
unit); a universal ("every", "each", "all") and then a bound within a figure ("within",
"below", "under", "less than", "no more than", "at most"), not of a time (durations of a
universal are `time_limits`' own); a denied amount of a unit ("not a single tonne", "no
tonnes"), capped at zero. A reading is any figure with a unit of claims/data/
conflict_ceiling_units.txt that is not itself a bound ("within 14 days", "under 40
micrograms"), not set aside ("not 46"), not a period ("in the past five years", "two
weeks ago"), not a difference ("25 minutes longer") and not "a day" / "a year" of a rate.
A claim holding a cap gives no readings. `contradictions._Wording.opposed_to` compares
them; the two must share a word of what they are about other than the units'."""
from __future__ import annotations

import re
from functools import cache

from claims.conflicts.time_limits import NUMBER_WORDS, _row_words, number_word_alternation
from claims.lexicon import data_lines
from claims.memo import memoised_per_text


@cache
def units() -> dict[str, tuple[str, float]]:
    """Each unit form of conflict_ceiling_units.txt: (measure, factor to its first unit)."""
    found: dict[str, tuple[str, float]] = {}
    for line in data_lines("conflict_ceiling_units.txt"):
        measure, factor, forms = (p.strip() for p in line.split("|"))
        for form in forms.split(","):
            if form.strip():
                found[form.strip().lower()] = (measure, float(factor))
    return found


@cache
def unit_words() -> frozenset[str]:
    """The unit forms themselves: no word of what two claims are about."""
    return frozenset(units())


# A figure in digits or words; "a"/"an" only where a bound names it ("more than a week").
_WORDS = number_word_alternation("a", "an", "several")
NUMBER = rf"(?P<n>\d[\d,]*(?:\.\d+)?|{_WORDS}|an?)"


@cache
def _unit_alternation() -> str:
    return "|".join(sorted((re.escape(u) for u in units()), key=len, reverse=True))


@cache
def _figure() -> str:
    return rf"{NUMBER}(?:\s+|-)(?P<u>{_unit_alternation()})(?![\w-])"


CLAUSE = r"[^.;:!?\"“”]"
DENIAL_WORD = r"(?<![\w-])(?:no(?:body|\s+one)?|none|not\s+a\s+single|not\s+one|never)(?![\w-])"
PAST_BOUND = (r"(?<![\w-])(?:(?:more|longer|further|higher|greater|later)\s+than|over|above|beyond|exceeding|"
              r"in\s+excess\s+of)\s+(?:about\s+|around\s+|the\s+|a\s+|an\s+)?")
WITHIN_BOUND = (r"(?<![\w-])(?:within|below|under|less\s+than|no\s+more\s+than|not\s+more\s+than|at\s+most|"
                r"inside)\s+(?:the\s+(?:legal\s+|safe\s+|official\s+|statutory\s+|permitted\s+)?"
                r"(?:limit|level|threshold|maximum|ceiling)\s+of\s+)?(?:about\s+|around\s+)?")
UNIVERSAL_WORD = r"(?<![\w-])(?:every|each|all)(?![\w-])"
# A figure that is itself a bound, a period or a difference: no reading.
BOUND_BEFORE = re.compile(r"(?:within|below|under|less\s+than|fewer\s+than|no\s+more\s+than|not\s+more\s+than|"
                          r"at\s+most|inside|limit\s+of|target\s+of|not|past|last|first|next|previous|coming|"
                          r"every|per|each|in|during|by)\s+(?:about\s+|around\s+|the\s+|a\s+)?$", re.IGNORECASE)
AFTER_NOT_A_READING = re.compile(r"\s*(?:longer|more|less|shorter|earlier|later|fewer|old|ago|before|after|"
                                 r"since|early|late|behind)\b", re.IGNORECASE)


@cache
def _denied_cap() -> re.Pattern[str]:
    return re.compile(rf"{DENIAL_WORD}{CLAUSE}{{0,90}}?{PAST_BOUND}{_figure()}", re.IGNORECASE)


@cache
def _universal_cap() -> re.Pattern[str]:
    return re.compile(rf"{UNIVERSAL_WORD}{CLAUSE}{{0,90}}?{WITHIN_BOUND}{_figure()}", re.IGNORECASE)


@cache
def _denied_amount() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:not\s+(?:a\s+single|one)|no)\s+(?P<u>{_unit_alternation()})\s+of\b",
                      re.IGNORECASE)


@cache
def _reading() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.,-]){_figure()}", re.IGNORECASE)


def _value(n: str) -> float | None:
    n = n.lower()
    if n in NUMBER_WORDS:
        return float(NUMBER_WORDS[n])
    try:
        return float(n.replace(",", ""))
    except ValueError:
        return None


def _in_measure(m: re.Match[str]) -> tuple[str, float] | None:
    value = _value(m.group("n"))
    measure, factor = units()[m.group("u").lower()]
    return None if value is None else (measure, value * factor)


@cache
def _aimed() -> re.Pattern[str]:
    """The words of an aim, a target or a duty ("aim" row of conflict_time_limits.txt): a
    claim holding one tells a cap wanted, not one said to be kept."""
    return _row_words("aim")


@memoised_per_text
def caps(text: str) -> tuple[tuple[str, float], ...]:
    """Each measure the claim caps, with the cap in the measure's first unit: "nobody
    waited more than twenty minutes" -> (("time", 0.333),); "every monitor is below the
    legal limit of 40 micrograms" -> (("concentration", 40.0),); "Not a single tonne of our
    food goes to landfill" -> (("weight", 0.0),); "every urgent repair is done within 24
    hours" -> () (a universal's time limit is `time_limits`')."""
    if _aimed().search(text):
        return ()  # "aims to bring every home below 5 micrograms by 2027": a target, no cap said kept
    found = []
    for m in _denied_cap().finditer(text):
        read = _in_measure(m)
        if read:
            found.append(read)
    for m in _universal_cap().finditer(text):
        read = _in_measure(m)
        if read and read[0] != "time":
            found.append(read)
    for m in _denied_amount().finditer(text):
        found.append((units()[m.group("u").lower()][0], 0.0))
    return tuple(dict.fromkeys(found))


PAST_BEFORE = re.compile(r"(?:more|longer|over|above|beyond|exceeding)\s+(?:than\s+)?(?:about\s+|around\s+)?$",
                         re.IGNORECASE)


@memoised_per_text
def readings(text: str) -> tuple[tuple[str, float], ...]:
    """Each measure the claim reports a figure of, with its largest figure in the measure's
    first unit ("locked up for 23 hours" -> (("time", 23.0),); "more than five miles" -> just
    past 5.0); none for a claim that caps a measure, nor for a bound, a period or a
    difference ("within 14 days", "in the past five years", "25 minutes longer")."""
    if caps(text):
        return ()
    best: dict[str, float] = {}
    for m in _reading().finditer(text):
        if m.group("n").lower() in ("a", "an"):
            continue  # "a year", "a day": a rate's period more often than a reading
        before = text[max(0, m.start() - 40):m.start()]
        if BOUND_BEFORE.search(before) or AFTER_NOT_A_READING.match(text, m.end()):
            continue
        read = _in_measure(m)
        if not read:
            continue
        measure, value = read
        if PAST_BEFORE.search(before):
            value += 1e-6
        best[measure] = max(best.get(measure, value), value)
    return tuple(best.items())


def zero_cap(cap: tuple[str, float]) -> bool:
    """A cap at none of the measure ("Not a single tonne ... goes to landfill"): any amount
    breaks it, so the reading must be of the same act, not only the same stuff (see
    `contradictions._shared_measured`)."""
    return cap[1] == 0.0


def past_cap(cap: tuple[str, float], reading: tuple[str, float]) -> bool:
    """A reading of the capped measure past the cap."""
    return cap[0] == reading[0] and reading[1] > cap[1] + 1e-9
