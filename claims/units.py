"""Unit names: currencies and counts are ours, physical units are pint's canonical names.

pint is loaded lazily and every word lookup is cached, because most words after a number
are not units ("65,000 members") and the registry costs ~0.4 s to build.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"

PERCENT = "percent"
PERCENTAGE_POINT = "percentage_point"
COUNT = "count"
FRACTION = "fraction"
TIMES = "times"  # multipliers: "doubled", "three times"
POINT = "point"  # index points, sport points

# The canonical time units, as pint names them, keyed by the words news uses.
TIME_UNITS = {
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "day": "day", "days": "day",
    "week": "week", "weeks": "week", "fortnight": "fortnight", "fortnights": "fortnight",
    "month": "month", "months": "month", "year": "year", "years": "year", "yr": "year", "yrs": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
    "season": "season", "seasons": "season", "quarter": "quarter", "quarters": "quarter",
}

# Symbols written before the figure. Longest first so "US$" wins over "$".
CURRENCY_SYMBOLS = {
    "US$": "USD", "U.S.$": "USD", "US $": "USD", "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD",
    "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "R$": "BRL", "$": "USD", "€": "EUR", "£": "GBP",
    "¥": "JPY", "₹": "INR", "USD": "USD", "EUR": "EUR", "GBP": "GBP", "Rs": "INR", "Rs.": "INR",
}
# Currency words written after the figure; the factor turns minor units into the major one.
CURRENCY_WORDS = {
    "dollar": ("USD", 1.0), "dollars": ("USD", 1.0), "cent": ("USD", 0.01), "cents": ("USD", 0.01),
    "euro": ("EUR", 1.0), "euros": ("EUR", 1.0), "pound": ("GBP", 1.0), "pounds": ("GBP", 1.0),
    "pounds sterling": ("GBP", 1.0), "sterling": ("GBP", 1.0), "pence": ("GBP", 0.01), "p": ("GBP", 0.01),
    "yen": ("JPY", 1.0), "yuan": ("CNY", 1.0), "renminbi": ("CNY", 1.0), "rupees": ("INR", 1.0),
    "rupee": ("INR", 1.0), "usd": ("USD", 1.0), "eur": ("EUR", 1.0), "gbp": ("GBP", 1.0),
}
# Every currency code a sum can carry: what "a sum of money" means to the rules.
MONEY_UNITS = frozenset(CURRENCY_SYMBOLS.values()) | frozenset(code for code, _ in CURRENCY_WORDS.values())
# "Canadian dollars": the adjective before a currency word names another currency.
CURRENCY_ADJECTIVES = {
    "canadian": "CAD", "australian": "AUD", "hong kong": "HKD", "singapore": "SGD",
    "new zealand": "NZD", "us": "USD", "u.s.": "USD", "american": "USD",
}


@lru_cache(maxsize=1)
def _alias_data() -> dict:
    return json.loads((DATA / "quantity_unit_aliases.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def registry():
    import pint

    return pint.UnitRegistry()


def _canonical(expression: str) -> str | None:
    ureg = registry()
    try:
        parsed = ureg.parse_expression(expression)
    except Exception:  # pint raises many kinds on non-units; none of them matter here
        return None
    units = getattr(parsed, "units", None)
    if units is None or getattr(parsed, "magnitude", 1) != 1:
        return None
    return str(units)


@lru_cache(maxsize=4096)
def physical_unit(word: str) -> str | None:
    """Canonical pint name of a written physical unit, or None for ordinary words.

    Only dimensions that news reports (distance, speed, weight, area, volume, temperature,
    energy, power, data, frequency, pressure) are accepted, so that "5 points" or
    "3 in" never become typographic points or inches.
    """
    data = _alias_data()
    key = word.strip().replace("-", " ")
    lowered = key.lower()
    if key in ("C", "F", "°C", "°F", "° C", "° F"):
        return data["aliases"][lowered]
    if lowered in data["aliases"]:
        if lowered in ("c", "f"):
            return None  # a bare C or F needs to be glued to the digits or follow "degrees"
        return _canonical(data["aliases"][lowered]) or data["aliases"][lowered]
    if lowered in data["blocked_words"] or len(lowered) < 3 or not lowered.replace(" ", "").isalpha():
        return None
    if " " in lowered:
        # Several words are one unit only as a pint name ("megawatt hours") or a square/cubic
        # form; otherwise pint would multiply them ("metres in" -> meter * inch).
        name = _canonical(lowered.replace(" ", "_"))
        if name is None and lowered.split()[0] in ("square", "cubic") and len(lowered.split()) == 2:
            name = _canonical(lowered)
    else:
        name = _canonical(lowered)
    if name is None or "*" in name and "**" not in name:
        return None
    if "byte" in name:
        return name
    dims = str(registry()(name).dimensionality)
    return name if dims in data["allowed_dimensions"] else None


def time_unit(word: str) -> str | None:
    return TIME_UNITS.get(word.lower())


def singular_time_word(word: str) -> bool:
    """A time unit's own singular name ("day", "season"; not "days", "yr"): the form that
    names a kind of thing before a plural noun ("650 day visitors", "1,200 season
    tickets") rather than the figure's unit."""
    return time_unit(word) == word.lower()


@lru_cache(maxsize=256)
def dimension_name(unit: str | None) -> str | None:
    """What a physical unit measures, in a reader's word ("degree_Celsius" -> "temperature"),
    from pint's dimensionality and the names in `data/quantity_unit_aliases.json`."""
    if not unit or unit[:1].isupper() or unit in (COUNT, PERCENT, PERCENTAGE_POINT, POINT, TIMES, FRACTION):
        return None
    names = _alias_data().get("dimension_names", {})
    if "byte" in unit or "bit" in unit:
        return names.get("[information] / [time]" if "/ second" in unit else "[information]")
    try:
        dims = str(registry()(unit).dimensionality)
    except Exception:  # not a pint unit (our own names): nothing to say
        return None
    return names.get(dims)
