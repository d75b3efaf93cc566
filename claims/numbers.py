"""Reading numbers written in digits or English words, and the precision they were written to.

The precision matters as much as the value: conflict rules compare intervals, and "65,000"
was rounded by whoever wrote it, so it must not clash with a source that says 64,800.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALE_WORDS = {
    "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}
# Abbreviated scales glued to digits in headlines and financial copy ("$5bn", "2.3m").
SCALE_SUFFIXES = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9,
    "tn": 1e12, "tr": 1e12, "trn": 1e12,
}
FRACTION_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}

SMALL_WORD = "(?:" + "|".join(sorted(list(UNITS_WORDS) + list(TENS_WORDS), key=len, reverse=True)) + ")"
CARDINAL_WORD = rf"(?:{SMALL_WORD}(?:-{SMALL_WORD})?)"
SCALE_WORD = "(?:hundred|thousand|million|billion|trillion)"
# "five thousand", "two hundred and fifty", "a hundred", "forty-two million"
WORD_NUMBER = (
    rf"(?:(?:{CARDINAL_WORD}|an?)\s+{SCALE_WORD}(?:\s+(?:and\s+)?(?:{CARDINAL_WORD}|{SCALE_WORD}))*"
    rf"|{CARDINAL_WORD})"
)
# Web copy groups thousands with a no-break, narrow no-break or thin space ("1\u00a0200",
# "12\u202f000"): those are separators, as a comma is; an ordinary space is not read as one
# ("in 2019 300 people applied"). (y58)
GROUP_SPACES = "\u00a0\u202f\u2009"
DIGIT_NUMBER = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:[{GROUP_SPACES}]\d{{3}})+(?![\d,])(?:\.\d+)?"
    r"|\d+(?:\.\d+)?|\.\d+)"
)


@dataclass(frozen=True)
class Number:
    """A parsed number: its value and the step its last written digit stands for."""

    value: float
    step: float  # 1 for "98", 1000 for "65,000", 0.1 for "5.5", 1e9 for "5 billion"


def parse_digits(text: str, scale: float = 1.0) -> Number:
    """'65,000' -> 65000 step 1000; trailing zeros of an integer are read as rounding."""
    plain = re.sub(rf"[,{GROUP_SPACES}]", "", text)
    value = float(plain) * scale
    if "." in plain:
        decimals = len(plain.split(".", 1)[1])
        step = 10.0 ** -decimals
    else:
        stripped = plain.lstrip("0") or "0"
        trailing = len(stripped) - len(stripped.rstrip("0")) if stripped != "0" else 0
        step = 10.0**trailing
    return Number(value, step * scale)


def parse_words(text: str) -> Number | None:
    """'five thousand' -> 5000, 'two hundred and fifty' -> 250, 'a dozen' -> 12."""
    words = re.split(r"[\s-]+", text.lower().strip())
    total = 0.0
    current = 0.0
    last_step = 1.0
    seen = False
    for word in words:
        if word in ("and", ""):
            continue
        if word in ("a", "an"):
            current = max(current, 1.0)
            seen = True
            continue
        if word in UNITS_WORDS:
            current += UNITS_WORDS[word]
            last_step = 1.0
        elif word in TENS_WORDS:
            current += TENS_WORDS[word]
            last_step = 10.0 if current % 10 == 0 else 1.0
        elif word == "dozen":
            current = (current or 1.0) * 12
            last_step = 1.0
        elif word == "hundred":
            current = (current or 1.0) * 100
            last_step = 100.0 * (last_step if last_step > 1 else 1)
        elif word in SCALE_WORDS:
            scale = SCALE_WORDS[word]
            total += (current or 1.0) * scale
            current = 0.0
            last_step = scale * (last_step if last_step > 1 else 1)
        else:
            return None
        seen = True
    if not seen:
        return None
    return Number(total + current, last_step)


def parse_number(text: str) -> Number | None:
    """Digits, digits with a glued or spelled scale ('2.3m', '1.2 trillion'), or words."""
    text = text.strip()
    m = re.fullmatch(rf"({DIGIT_NUMBER})\s*([A-Za-z]+)?", text)
    if m:
        scale_text = (m.group(2) or "").lower()
        if not scale_text:
            return parse_digits(m.group(1))
        scale = SCALE_SUFFIXES.get(scale_text) or SCALE_WORDS.get(scale_text)
        if scale is None:
            return None
        return parse_digits(m.group(1), scale)
    m = re.fullmatch(rf"({DIGIT_NUMBER})\s+((?:{SCALE_WORD}\s*)+)", text, re.I)
    if m:
        scale = 1.0
        for word in m.group(2).split():
            scale *= SCALE_WORDS[word.lower()]
        return parse_digits(m.group(1), scale)
    return parse_words(text)
