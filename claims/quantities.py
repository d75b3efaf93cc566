"""Figures in news text: value, unit, rate, the interval the wording allows, and what is measured.

The text is scanned with regular expressions (cheap, and numbers are a lexical matter);
the spaCy parse is consulted only for each figure found, to tell amounts from changes and
to name the measured thing, so articles without figures cost almost nothing beyond spaCy.
Intervals follow the qualifier table in `data/quantity_qualifiers.json`, documented in
docs/quantities.md, so that conflict rules can rely on them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from claims.lexicon import word_zipf
from claims.models import Quantity, QuantityKind
from claims.numbers import (
    DIGIT_NUMBER,
    FRACTION_WORDS,
    SCALE_SUFFIXES,
    SMALL_WORD,
    WORD_NUMBER,
    Number,
    parse_digits,
    parse_number,
)
from claims.spans import SortedSpans
from claims.units import (
    COUNT,
    CURRENCY_ADJECTIVES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    MONEY_UNITS,
    PERCENT,
    PERCENTAGE_POINT,
    POINT,
    TIMES,
    TIME_UNITS,
    dimension_name,
    physical_unit,
    singular_time_word,
    time_unit,
)

DATA = Path(__file__).parent / "data"

# ---------------------------------------------------------------------------------------
# The qualifier table
# ---------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def qualifier_table() -> dict:
    """The documented qualifier -> interval rules; data so that docs and code cannot drift."""
    return json.loads((DATA / "quantity_qualifiers.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _qualifier_kinds() -> dict[str, str]:
    return {
        phrase: kind
        for kind, spec in qualifier_table()["kinds"].items()
        for phrase in spec["phrases"]
    }


def rounding(value: float, step: float) -> float:
    """Half the last written digit's place value, capped so '100' is not read as 50..150."""
    return min(step / 2, qualifier_table()["rounding_cap"] * abs(value))


def interval(value: float, step: float, qualifier: str | None) -> tuple[float | None, float | None]:
    """The values a figure written as `qualifier value` may stand for (None = open side)."""
    kind = _qualifier_kinds().get(qualifier or "", qualifier)
    r = rounding(value, step)
    spec = qualifier_table()["kinds"].get(kind or "", {})
    margin = max(spec.get("fraction", 0.0) * abs(value), r)
    if kind in ("nearly", "just_over"):
        # one-sided: the wording puts the figure below (above) v, and says how close; the
        # rounding of v does not widen it ("nearly 40%" is 38..40, not 36..40)
        margin = spec.get("fraction", 0.0) * abs(value) or r
    if kind == "over":
        return value, None
    if kind == "under":
        return None, value
    if kind == "nearly":
        return value - margin, value
    if kind == "just_over":
        return value, value + margin
    if kind == "about":
        return value - margin, value + margin
    if kind == "exactly":
        return value, value
    return value - r, value + r


# ---------------------------------------------------------------------------------------
# Regular expressions, compiled once on first use
# ---------------------------------------------------------------------------------------

_CURRENCY_SYMBOL = "|".join(re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True))
_TIME_WORD = "|".join(sorted(TIME_UNITS, key=len, reverse=True))
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_ORD = r"(?:st|nd|rd|th)"
_FRACTION_DEN = "|".join(sorted(FRACTION_WORDS, key=len, reverse=True))
_CHANGE_VERB_WORDS = (
    r"rose|rise[sn]?|rising|fell|falls?|falling|increas\w*|decreas\w*|grew|grow\w*|drop\w*|declin\w*"
    r"|climb\w*|jump\w*|surg\w*|soar\w*|plung\w*|cut|rais\w*|reduc\w*|lower\w*|slid\w*|boost\w*"
    r"|went|go(?:es|ne)?|up|down|chang\w*|slash\w*|hik\w*|shr[iau]nk\w*|sank|sink\w*"
)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    number_core = (
        r"(?<![\w.,])(?<![A-Za-z]-)(?:"
        rf"(?P<digits>{DIGIT_NUMBER})(?![\d])"
        r"(?:(?P<glue>(?!(?i:pct?)\b)[A-Za-z°][A-Za-z°]*)"  # "40pc", "40pct": percent, read after the number
        r"|\s?(?P<sabbr>bn|mn|mln|bln|tn|trn)\b"
        r"|\s+(?P<scale>(?:hundred|thousand|million|billion|trillion)(?:\s+(?:thousand|million|billion))?)\b)?"
        rf"|(?P<dozen>(?:a|one|two|three|four|five|six|half\s+a)\s+dozen)\b"
        rf"|(?P<words>{WORD_NUMBER})\b(?!-(?:{_FRACTION_DEN})\b)"
        r")(?P<half>\s+and\s+a\s+half\b)?"
    )
    qualifiers = sorted(_qualifier_kinds(), key=len, reverse=True)
    qual_alt = "|".join(re.escape(q) for q in qualifiers)
    return {
        "quick": re.compile(
            rf"\d|\b(?:{SMALL_WORD}|hundred|thousand|million|billion|dozens?|half|quarter|third|fifth|tenth|doubl|tripl|trebl|quadrupl|halv"
            r"|quadrupl|[a-z]+fold|an?\s+(?:year|month|week|day|hour|decade|minute)|[a-z]+-long)",
            re.I,
        ),
        "core": re.compile(number_core, re.I),
        "core_at": re.compile(number_core, re.I),
        "currency_before": re.compile(rf"(?:{_CURRENCY_SYMBOL})\s?$"),
        "qualifier_before": re.compile(rf"(?<![\w-])(?P<q>{qual_alt})\s*(?:-\s*)?$", re.I),
        "between_before": re.compile(r"\b(?:between|from)\s+$", re.I),
        "from_before": re.compile(r"\bfrom\s+$", re.I),
        "change_before_from": re.compile(rf"\b(?:{_CHANGE_VERB_WORDS})\b[^.;]{{0,40}}$", re.I),
        "range_sep": re.compile(rf"(?P<sep>\s*[-–—]\s*|\s+to\s+|\s+and\s+|\s+or\s+)(?P<cur>{_CURRENCY_SYMBOL})?\s?", re.I),
        "score_context": re.compile(
            r"\b(?:won|win|wins|beat|beats|lost|lose|loses|defeat\w*|draw|drew|victory|score\w*|tied|lead|led|trail\w*|vote[sd]?)\b[^.]{0,30}$",
            re.I,
        ),
        "percent": re.compile(
            r"\s?(?P<pp>percentage[\s-]points?\b)|\s?(?P<bp>basis[\s-]points?\b|bps\b)"
            r"|\s?(?P<pc>%|per\s?cent\b|percent\b|pct\b|pc\b)|\s(?P<pt>points?\b|pts?\b)",
            re.I,
        ),
        "currency_word": re.compile(
            r"\s+(?:(?P<adj>canadian|australian|hong kong|singapore|new zealand|u\.?s\.?|american)\s+)?"
            r"(?P<cw>dollars?|cents?|euros?|pounds\s+sterling|pounds?|pence|sterling|yen|yuan|renminbi|rupees?)\b",
            re.I,
        ),
        # (g62) "12-year-olds" is an age as "a 12-year-old" is: the plural had no word end
        # after "old", so the group's age was read as a duration ("12-year") and set
        # against "in six months".
        "time": re.compile(rf"(?:\s*-\s*|\s+)(?P<tu>{_TIME_WORD})\b(?P<old>[\s-]olds?\b)?", re.I),
        "unit_words": re.compile(r"(?:\s*-\s*|\s*)(?P<w>[A-Za-z°][A-Za-z./°-]*)(?:\s+(?P<w2>[A-Za-z][A-Za-z.]*))?(?:\s+(?P<w3>[A-Za-z]+))?"),
        "suffix_qualifier": re.compile(r"(?:\s+(?P<s>or more|or so|or less|or fewer|or thereabouts)\b|(?P<plus>\+|-plus\b))", re.I),
        "per": re.compile(
            r"(?:\s*,)?\s+(?:(?P<p2>annually|yearly|per annum|a year|an hour|a day|a week|a month|monthly|weekly|daily|hourly|apiece|a head|a piece|a share)\b"
            # a base of a rate, named or not: "22 of every 100,000 residents", "4.8 per 1,000
            # live births", "four offences for every 1,000 people", "1.7 per 1,000."
            r"|(?:(?:for|of|in|out\s+of)\s+)?(?:per|every)\s+(?P<base>\d{1,3}(?:,\d{3})+(?![.,]?\d)|\d+(?![.,]?\d))"
            r"(?:\s+(?!(?:in|on|at|of|for|to|by|and|or|the|a|an|last|this|that|was|were|is|are|from|with)\b)"
            # names before the population are skipped ("100,000 Nueva Tierra residents")
            r"(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}(?P<bw>(?-i:[a-z])[A-Za-z-]*)(?:(?=\s+(?P<bw2>[A-Za-z][A-Za-z-]*)))?)?"
            r"|(?:per|each|every)\s+(?P<pn>\d[\d,]*\s+)?(?P<pw>[A-Za-z][A-Za-z-]*))",
            re.I,
        ),
        # Spans that look numeric but are not figures.
        "excluded": re.compile(
            "|".join(
                [
                    rf"\b{_MONTH}\s+\d{{1,2}}{_ORD}?(?:\s*(?:-|–|and|to|&|or)\s*\d{{1,2}}{_ORD}?)*(?:,?\s+\d{{4}})?(?!\d)",
                    rf"\b\d{{1,2}}{_ORD}?(?:\s*(?:-|–|and|to|&)\s*\d{{1,2}}{_ORD}?)?\s+(?:of\s+)?{_MONTH}(?![a-z])(?:,?\s+\d{{4}})?",
                    r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b",
                    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)",
                    r"\b\d{1,2}:\d{2}(?::\d{2})?\b",
                    r"\b\d{1,2}\s*o'clock\b",
                    r"\b(?:1[5-9]|20)\d{2}\s*[-–/]\s*(?:(?:1[5-9]|20)?\d{2})\b(?!\s*(?:%|percent|per cent))",
                    r"(?:\b(?:1[5-9]|20)\d0|')\d?0?s\b",
                    rf"\b\d+{_ORD}\b",
                    r"(?:\+?\d{1,3}[\s.-])?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b",
                    r"\b\d{3}-\d{4}\b",
                    r"\b\d+/\d+\b",
                    r"\b\d+(?:\.\d+){2,}\b",
                    r"(?:\b(?:No|Nos|Number|Section|Sec|Article|Art|Chapter|Title|Rule|Route|Highway|Interstate|Flight|Room|Suite|Apt|Level|Grade|Amendment|Proposition|Prop|Bill|Clause|Paragraph|Page|Version|Season|Episode|Game|Week|Phase|Stage|Category|Cat|Model|Series|Gen|Generation|Form|Schedule|Part|Item|Vol|Volume|Issue|Gate|Platform|Terminal|Exit|District|Ward|Precinct|Tier|Act|Resolution|Group|Division|Class|Unit|Lot|Box|Bus|Line|Channel|Studio|Pier|Berth|Hole|Lane|Apollo|Windows|iPhone|Boeing|Airbus|Galaxy|Pixel|Covid|COVID|Ch|Pt|pp|p)\.?\s?#?|#)\d[\d.]*\b",
                ]
            )
        ),
        "fraction_of": re.compile(
            rf"\b(?P<num>a|one|two|three|four|five|six|seven|eight|nine)[\s-](?P<den>{_FRACTION_DEN})\b(?=\s+(?:of|the|its|their|his|her|our|all)\b)",
            re.I,
        ),
        "fraction_unit": re.compile(
            rf"\b(?:(?P<num>a|one|two|three)[\s-])?(?P<den>half|{_FRACTION_DEN})\s+(?:of\s+)?(?P<art>an?)\b(?=\s+[a-z])",
            re.I,
        ),
        "half_of": re.compile(r"\bhalf\b(?=\s+(?:of|the|its|their|his|her|our|all)\b)", re.I),
        # (w84) A share in words standing as a complement, no noun after it: "the cut was
        # about a quarter", "the real cut was \"closer to a quarter\"", "put it at a third",
        # "60%, not \"about a quarter\"". Only after a copula, "not", "at" or "closer/nearer
        # to" and before a clause's end, so "a quarter past six", "a quarter of the homes",
        # "a third the size", "fell to a quarter" and "in the first quarter" stay out.
        "fraction_bare": re.compile(
            rf"(?:\b(?:(?:was|is|were|are|be|been|being)(?:\s+not)?|not|at|(?:closer|nearer)(?:\s+to)?)\s+)"
            rf"[\"“‘']?(?:(?P<q>{qual_alt})\s+)?"
            rf"(?P<f>(?P<num>a|one|two|three|four)[\s-](?P<den>half|thirds?|quarters?|fifths?|tenths?))\b"
            r"(?=[\"”’']?\s*(?:[,.;:)]|$|\s+(?:once|when|if|as|and|but|not|rather|after|before|according|"
            r"in|on|last|since|over|by|against|compared|instead)\b))",
            re.I,
        ),
        # (w84) "More than half were caused by strikes", "About a quarter said so": a share in
        # words with a qualifier, as a subject of its own (its verb right after it).
        "fraction_subject": re.compile(
            rf"(?<![\w-])(?P<q>{qual_alt})\s+(?P<f>(?:(?P<num>a|one|two|three|four)[\s-])?(?P<den>half|thirds?|quarters?|fifths?|tenths?))\b"
            r"(?=\s+(?:were|was|are|is|had|have|has|did|do|does|said|say|says|will|would|could)\b)",
            re.I,
        ),
        "half_time": re.compile(rf"\bhalf\s+an?\s+(?P<tu>{_TIME_WORD})\b", re.I),
        "one_in": re.compile(
            rf"\b(?P<a>\d[\d,]*|{SMALL_WORD})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<b>\d[\d,]*|{SMALL_WORD}|a\s+hundred|a\s+thousand)\b",
            re.I,
        ),
        "vague_plural": re.compile(
            r"\b(?:several\s+|many\s+)?(?P<vp>tens of thousands|hundreds of thousands|tens of millions|hundreds of millions"
            r"|dozens|hundreds|thousands|millions|billions)\b(?P<cur>\s+of\s+(?:dollars|euros|pounds))?",
            re.I,
        ),
        "multiplier_verb": re.compile(
            r"\b(?P<mv>doubled|doubles|doubling|tripled|triples|tripling|trebled|quadrupled|quadruples|quadrupling|halved|halves|halving)\b",
            re.I,
        ),
        "fold": re.compile(rf"\b(?P<n>{SMALL_WORD}|\d+(?:\.\d+)?)[\s-]?fold\b", re.I),
        "times": re.compile(
            rf"\b(?P<n>twice|{SMALL_WORD}|\d+(?:\.\d+)?)\s+times\b(?=\s+(?:as|more|higher|larger|bigger|greater|faster|the|that|what|less|lower|smaller)\b)|\b(?P<tw>twice|double|triple|treble|quadruple)\b(?=\s+(?:as|the|what|that|its|their|his|her|our)\b)",
            re.I,
        ),
        "a_time": re.compile(r"\b(?P<a>an?|one)\s+(?P<tu>second|minute|hour|day|week|fortnight|month|year|decade|century)\b(?P<long>-long)?", re.I),
        "vague_time": re.compile(
            r"\b(?P<tu>minutes|hours|days|weeks|months|years|decades)[\s-]long\b"
            r"|\b(?:for|over)\s+(?P<tu2>hours|days|weeks|months|years|decades)\b(?!\s+(?:of|to|ago|before|after|earlier|later)\b)"
            r"|\b(?P<q>several|a\s+few|a\s+couple\s+of|many)\s+(?P<tu3>minutes|hours|days|weeks|months|years|decades)\b(?!\s+ago\b)",
            re.I,
        ),
    }


# ---------------------------------------------------------------------------------------
# Candidates found in text, before the parse is consulted
# ---------------------------------------------------------------------------------------


@dataclass
class _Candidate:
    start: int
    end: int
    anchor_start: int  # the part the parse should look at (number + unit, no qualifier)
    anchor_end: int
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    per: str | None = None
    qualifier: str | None = None
    kind: QuantityKind = QuantityKind.AMOUNT
    measure: str | None = None
    counted: bool = False  # a bare number: the parse must find the counted noun
    fixed_kind: bool = False
    extras: dict = field(default_factory=dict)


_CHANGE_RIGHT_BEFORE = re.compile(rf"\b(?:{_CHANGE_VERB_WORDS})\s+(?:by\s+)?(?:(?:nearly|almost|about|around|roughly|some|over|just|only|another)\s+)?$", re.I)
_MINUS_BEFORE = re.compile(r"(?:\bminus\s+|\bnegative\s+|(?<![\w.,%-])[-−])$", re.I)
_AGE_GROUP_BEFORE = re.compile(
    r"\b(?:adults|people|persons|those|patients|children|kids|men|women|residents|anyone|everyone|workers|drivers"
    r"|voters|pupils|students|teenagers|youngsters|girls|boys|players|applicants|individuals|over-|under-)"
    r"\s+(?:aged\s+)?(?:over|under|above|below|older\s+than|younger\s+than|between|from)\s+$"
    r"|\baged\s+(?:over\s+|under\s+|between\s+|from\s+)?$",
    re.I,
)
_AGE_BEFORE = re.compile(r"\b(?:aged|who\s+is|who\s+was|who\s+are|ages?|turn(?:s|ed|ing)?)\s+$", re.I)
_YEAR = re.compile(r"(?:1[5-9]|20)\d{2}")
_WEAK_WORDS = {"one", "a", "an", "zero"}


_SCORE = re.compile(
    r"\b(?:won|wins?|beat|beats|lost|loses?|defeat(?:ed|s)?|dr[ae]w|tied|lead|led|trail(?:ed|s)?|score[sd]?|voted|votes)\b[^.;]{0,40}?(?<![\w.,])(\d{1,3}\s*[-–]\s*\d{1,3})(?![\w%]|[.,]\d)"
    r"|(?<![\w.,])(\d{1,3}\s*[-–]\s*\d{1,3})(?=\s+(?:win|victory|defeat|loss|lead|draw|scoreline|thrashing|home win|away win|vote)\b)",
    re.I,
)
_LABELS_ANY_CASE = re.compile(
    r"\b(?:room|case|docket|section|article|chapter|route|highway|interstate|flight|suite|amendment|proposition|page|version"
    r"|episode|platform|terminal|gate|exit|district|precinct|ward|category|channel|bus|hole|pier|junction|number|no"
    r"|android|ios|macos|playstation|xbox|windows|firefox|chrome|level|tier|stage|phase|round|week|day|matchday|type"
    r"|figure|fig|table|exhibit|appendix|annex|clause|paragraph|grade)"
    r"(?:(?<=[hy])es|(?<![hy])s)?\s+#?\d[\d.]*\b(?!\s*(?:%|per\s?cent\b|percent\b))(?:\s*(?:-|–|and|to|&|or)\s*\d[\d.]*\b)?"
    # an upper-case code and a number: a citation or model ("UKSC 12", "PS 5."), not a figure
    r"|(?-i:\b[A-Z]{2,6})\s\d{1,4}(?=[.,;)\]]|$)"
    # a rank in words ("number two in the party") and a digit joined to a capitalised word ("7-Eleven")
    r"|\bnumber\s+(?:two|three|four|five|six|seven|eight|nine|ten)\b(?!\s+(?:of|per|in\s+every)\b)"
    r"|(?<![\w.,-])\d{1,3}-(?-i:[A-Z][a-z]+)\b"
    # a school year ("Year 9 pupils"), capitalised only: "year 9 of the plan" stays
    r"|(?-i:\bYear)\s+\d{1,2}\b"
    # a chart or ranking position, not a count: "reached the top 10 in Britain", "a top-five finish"
    r"|\b(?:top|bottom)[\s-]+(?:\d{1,3}|ten|five|three|twenty|forty|hundred)(?=\s*(?:[.,;:)]|$|(?:in|of|for|on|at|spot|spots|place|places|position|positions|finish|finishes|ranking|rankings|chart|charts|seed|seeds)\b))",
    re.I,
)
# Scores and tallies: a descending pair of bare integers ("52-48", "6-3 ruling"), a run of set
# scores ("6-4, 3-6, 7-5"), and "N to M" after a vote word ("voted 7 to 2").
_TALLY = re.compile(
    r"(?<![\w.,$£€¥%-])(?P<a>\d{1,3})\s?[-–]\s?(?P<b>\d{1,3})(?![\w%]|[.,]\d|\s*(?:%|per\s?cent|percent|million|billion|bn\b|m\b|years?\b))"
)
_SET_SCORES = re.compile(r"(?<![\w.,])\d{1,2}[-–]\d{1,2}(?:,\s*\d{1,2}[-–]\d{1,2})+(?![\w%])")
_VOTE_TO = re.compile(r"\b(?:voted|votes?|vote\s+of|tally\s+of|margin\s+of|passed|approved|rejected|carried)\b[^.;]{0,25}?(?<![\w.,])(\d{1,3}\s+to\s+\d{1,3})(?![\w%]|[.,]\d)", re.I)
_CLOCK_DOT = re.compile(
    r"\b(?:at|until|till|before|after|from)\s+(?:about\s+|around\s+)?((?<![\d.])(?:[1-9]|1\d|2[0-3])\.[0-5]\d)(?:\s*(?:am|pm|a\.m\.|p\.m\.|hrs|h)\b)?"
    r"(?!\d|\s*%|\s*(?:per\s?cent|percent|percentage|points?|million|billion|trillion|bn|m|k|seconds?|secs?|s|metres?|meters?|per|a\s+share)\b)",
    re.I,
)


@lru_cache(maxsize=1)
def _address_pattern() -> re.Pattern:
    """A house number before a capitalised street name ("14 Elm Street"); words are data."""
    lines = (DATA / "quantity_street_words.txt").read_text(encoding="utf-8").splitlines()
    words = sorted({w.strip() for w in lines if w.strip() and not w.startswith("#")}, key=len, reverse=True)
    return re.compile(rf"(?<![\w.,$£€])\d{{1,5}}[A-Za-z]?(?=\s+(?:[A-Z][a-z]+\s+){{1,3}}(?:{'|'.join(words)})\b\.?)")


# Telephone numbers: a leading-zero trunk code and digit groups ("0800 555 0111",
# "020 7946 0958", "+44 20 7946 0958", "(212) 555-0199" is in the excluded list), and any
# integer written with a leading zero ("007"), which a figure never is.
_PHONE = re.compile(
    r"(?:\+\d{1,3}[\s.-]?)?(?<![\w.,])(?<!\d[\u00a0\u202f\u2009])\(?0\d{1,4}\)?(?:[\s.-]\d{2,4}){1,3}(?![\w%])"
    r"|\+\d{1,3}(?:[\s.-]\d{1,4}){2,4}(?![\w%])"
    r"|(?<![\w.,])(?<!\d[\u00a0\u202f\u2009])0\d+(?![\w.,%]|[.,]\d)"
)  # the group after a no-break thousands space ("12\u00a0000") is no leading zero (y58)
# "the first half of the year", "the second half": a part of a period, not 50%.
_ORDINAL_HALF = re.compile(r"\b(?:first|second|last|final|latter|former|opening|closing|other|top|bottom|back|front|upper|lower)\s+(half|quarter|third)\b", re.I)


# Emergency numbers after call/dial ("call 999", "dialled 911") or before "call"/"operator".
_EMERGENCY = re.compile(
    r"\b(?:call(?:s|ed|ing)?|dial(?:s|l?ed|l?ing)?|ring|phone[sd]?)\s+(\d{3})\b(?![\d,.%])"
    r"|(?<![\w.,])(\d{3})(?=\s+(?:call|calls|caller|callers|operator|operators|dispatcher|dispatchers|emergency|line)\b)",
    re.I,
)
# A bare hour after a time verb: "the show starts at 8", "polls close at 10.", "until 6 tonight".
_BARE_HOUR = re.compile(
    r"\b(?:start|starts|started|begin|begins|began|open|opens|opened|close|closes|closed|end|ends|ended|kick\s+off|kicks\s+off"
    r"|kicked\s+off|arrive|arrives|arrived|leave|leaves|left|resume|resumes|resumed|shut|shuts|wake|woke|home)\s+"
    r"(?:at|until|till|by|from)\s+(?:about\s+|around\s+)?((?:[1-9]|1[0-2]))(?!\d|[.,]\d|%)(?=\s*(?:[.,;!?]|$|\s+(?:tonight|tomorrow|today|this|in\s+the|on|and|or|sharp|local)\b))",
    re.I,
)
# (f28) An hour of the day told in words or a bare integer: "asleep at four in the morning",
# "until six in the evening", "seven o'clock" (a clock time, never a count: "people ... at
# four in the morning" was read as four people).
_HOUR_OF_DAY = re.compile(
    r"(?:\b(?:at|until|till|before|after|around|from)\s+(?:about\s+|around\s+)?)?"
    r"\b((?:[1-9]|1[0-2])|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?=\s+o['’]clock\b)"
    r"|\b(?:at|until|till|before|after|around|from)\s+(?:about\s+|around\s+)?"
    r"((?:[1-9]|1[0-2])|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?=\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b)",
    re.I,
)
# A proper name and a bare integer: a model, index or series name ("Falcon 9", "Formula 1",
# "FTSE 250", "Type 2 diabetes", "737 MAX 9"), never a figure.
_NAME_BEFORE = re.compile(r"(?<![.!?:;\"“]\s)(?<=\s)(?P<w>[A-Z][a-z]+|[A-Z][A-Z0-9&-]*[A-Z][A-Z0-9&-]*|[A-Z])\s$")
_NOT_NAMES = {
    "I", "A", "The", "In", "On", "At", "By", "Of", "To", "For", "And", "Or", "But", "About", "Around", "Some",
    "Nearly", "Almost", "Over", "Under", "Up", "Down", "From", "With", "Than", "Only", "Just", "Roughly",
    "Approximately", "More", "Less", "Fewer", "All", "Top", "Between", "Since", "After", "Before", "Until",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Jan", "Feb", "Mar", "Apr",
    "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "January", "February", "March", "April", "May",
    "June", "July", "August", "September", "October", "November", "December", "AM", "PM", "GMT", "BST", "UTC",
}


# A capitalised number word after a capitalised word inside a sentence is part of a name:
# "the Big Six clubs", "the Final Four", "the Famous Five"; function words and months before
# it (`_NOT_NAMES`: "Nearly Two", "About Five") do not make a name.
_NAMED_NUMBER_WORD = re.compile(
    r"(?:^|(?<=[a-z,.!?]\s))(?P<w>[A-Z][a-z]+)\s(?P<n>(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve"
    r"|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Hundred|Thousand))\b")


def _name_number(text: str, start: int) -> bool:
    m = _NAME_BEFORE.search(text, max(0, start - 24), start)
    if not m or m.group("w") in _NOT_NAMES:
        return False
    before = text[: m.start("w")].rstrip()
    return bool(before) and before[-1] not in ".!?:\"“"


@lru_cache(maxsize=1)
def _measure_cues() -> dict:
    return json.loads((DATA / "quantity_measure_cues.json").read_text(encoding="utf-8"))


def _excluded_spans(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _patterns()["excluded"].finditer(text)]
    for m in _EMERGENCY.finditer(text):
        spans.append(m.span(1) if m.group(1) else m.span(2))
    spans += [m.span(1) for m in _BARE_HOUR.finditer(text)]
    spans += [m.span(1) if m.group(1) else m.span(2) for m in _HOUR_OF_DAY.finditer(text)]
    spans += [m.span() for m in _address_pattern().finditer(text)]
    spans += [m.span() for m in _PHONE.finditer(text)]
    spans += [m.span(1) for m in _ORDINAL_HALF.finditer(text)]
    spans += [m.span() for m in _LABELS_ANY_CASE.finditer(text)]
    spans += [m.span("n") for m in _NAMED_NUMBER_WORD.finditer(text) if m.group("w") not in _NOT_NAMES]
    for m in _SCORE.finditer(text):
        group = 1 if m.group(1) else 2
        spans.append(m.span(group))
    for m in _TALLY.finditer(text):
        if int(m.group("a")) >= int(m.group("b")) and not re.search(r"\b(?:between|from|aged?)\s+$", text[max(0, m.start() - 9):m.start()], re.I):
            spans.append(m.span())
    spans += [m.span() for m in _SET_SCORES.finditer(text)]
    spans += [m.span(1) for m in _VOTE_TO.finditer(text)]
    spans += [m.span(1) for m in _CLOCK_DOT.finditer(text)]
    return spans


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _read_core(m: re.Match) -> tuple[Number | None, bool]:
    """The number of a core match and whether it carries a scale; None if it is an id ('4G')."""
    if m.group("digits"):
        digits = m.group("digits")
        glue = m.group("glue")
        scale_word = m.group("sabbr") or m.group("scale")
        number = parse_number(f"{digits} {scale_word}") if scale_word else parse_digits(digits)
        if glue:
            glue_number = parse_number(digits + glue)
            if glue_number is not None:
                number = glue_number
            elif not _glued_unit(glue):
                return None, False
        has_scale = bool(scale_word) or (glue is not None and parse_number(digits + glue) is not None)
    elif m.group("dozen"):
        words = m.group("dozen").lower().split()
        number = Number(6.0, 1.0) if words[0] == "half" else parse_number(m.group("dozen"))
        has_scale = True
    else:
        number = parse_number(m.group("words"))
        has_scale = bool(re.search(r"hundred|thousand|million|billion|trillion", m.group("words"), re.I))
    if number is not None and m.group("half"):
        number = Number(number.value + 0.5, min(number.step, 0.5))
    return number, has_scale


@lru_cache(maxsize=1)
def _metre_event() -> re.Pattern:
    words = json.loads((DATA / "quantity_unit_aliases.json").read_text(encoding="utf-8"))["metre_events"]
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:\s+(?:{alternatives})\b|\s+in\s+\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|min|minutes?)\b)", re.I)


def _glued_unit(glue: str) -> str | None:
    """Units written against the digits: '38C', '5GB', '60mph', '50p', '10km'."""
    if glue.lower() == "p":
        return "GBP"
    return physical_unit(glue)


# "three-weekly", "six-monthly", "two-yearly": a number glued to a frequency adverb says how
# often, in that period's unit ("every three weeks").
PERIOD_OF_ADVERB = {"hourly": "hours", "daily": "days", "weekly": "weeks", "monthly": "months",
                    "yearly": "years"}
EVERY_N_PERIODS = re.compile(r"[-\u2010\u2011](hourly|daily|weekly|monthly|yearly)\b", re.IGNORECASE)


# A plural noun after a singular time word: "1,200 season tickets", "400 day visitors",
# "20 week passes". The figure counts the noun (it agrees with the plural, not with the
# singular time word), so the time word is a modifier, not the figure's unit; "a ten minute
# walk" and "18-month delays" (hyphenated) stay durations. Words ending in "s" that are no
# plural nouns are left out.
_KIND_AFTER_TIME_WORD = re.compile(r"\s+(?P<n>[a-z]+[^su\W]s)\b")
_NOT_PLURAL_NOUNS = frozenset({"was", "has", "does", "goes", "this", "thus", "whereas", "perhaps",
                               "always", "sometimes", "towards", "afterwards", "besides", "unless",
                               "hers", "ours", "yours", "theirs", "its", "his", "less", "across"})


def _time_word_names_a_kind(text: str, m: re.Match) -> bool:
    """Whether the time word matched by `m` ("season" in "1,200 season tickets") only
    modifies the plural noun after it."""
    if not singular_time_word(m.group("tu")) or "-" in m.group(0):
        return False
    after = _KIND_AFTER_TIME_WORD.match(text, m.end())
    return bool(after) and after.group("n") not in _NOT_PLURAL_NOUNS


def _find_unit(text: str, pos: int, currency: str | None) -> tuple[str | None, float, int, dict]:
    """The unit written after position `pos`: (unit, factor, end, extras)."""
    p = _patterns()
    if currency is None:
        m = p["percent"].match(text, pos)
        if m:
            if m.group("pp"):
                return PERCENTAGE_POINT, 1.0, m.end(), {}
            if m.group("bp"):
                return PERCENTAGE_POINT, 0.01, m.end(), {}
            if m.group("pc"):
                return PERCENT, 1.0, m.end(), {}
            return POINT, 1.0, m.end(), {}
        m = p["currency_word"].match(text, pos)
        if m:
            word = re.sub(r"\s+", " ", m.group("cw").lower())
            code, factor = CURRENCY_WORDS[word]
            adjective = (m.group("adj") or "").lower()
            if adjective and word.startswith("dollar"):
                code = CURRENCY_ADJECTIVES.get(adjective, code)
            if word.startswith("pound") and _weight_context(text, m.end()):
                return "pound", 1.0, m.end(), {}
            return code, factor, m.end(), {}
        m = EVERY_N_PERIODS.match(text, pos)
        if m:
            # (f26) "three-weekly collections" is a collection every three weeks, not three
            # collections: read against "32 collection rounds" it made three false alarms.
            return time_unit(PERIOD_OF_ADVERB[m.group(1).lower()]), 1.0, m.end(), {}
        m = p["time"].match(text, pos)
        if m:
            extras = {"age": True} if m.group("old") else {}
            if not extras and _time_word_names_a_kind(text, m):
                return None, 1.0, pos, {}
            return time_unit(m.group("tu")), 1.0, m.end(), extras
        m = p["unit_words"].match(text, pos)
        if m and (m.start("w") == pos or text[pos:m.start("w")].strip() in ("", "-")):
            words = [m.group("w"), m.group("w2"), m.group("w3")]
            for n in (3, 2, 1):
                if any(w is None for w in words[:n]):
                    continue
                phrase = " ".join(words[:n]).rstrip(".")
                unit = physical_unit(phrase)
                if unit:
                    end = m.start("w") + len(" ".join(words[:n]))
                    if phrase != " ".join(words[:n]):
                        end -= 1
                    return unit, 1.0, end, {}
    return None, 1.0, pos, {}


def _weight_context(text: str, end: int) -> bool:
    """'5 pounds of cocaine', 'weighed 300 pounds': pounds of mass, not sterling."""
    after = text[end : end + 4].lower()
    before = text[max(0, end - 60) : end].lower()
    return after.startswith(" of") or bool(re.search(r"weigh|heav|lost|gain|pounds? of", before)) and "£" not in before


# "cut 300 jobs a year ago", "paid £2 million a year after the spill": a time before or
# after, not a rate
_NOT_A_PERIOD = re.compile(r"\s*(?:ago|before|after|later|earlier)\b", re.IGNORECASE)


def _find_per(text: str, pos: int) -> tuple[str | None, int]:
    m = _patterns()["per"].match(text, pos)
    if not m or (not m.group("base") and _NOT_A_PERIOD.match(text, m.end())):
        return None, pos
    if m.group("base"):
        return _rate_base(m)
    if m.group("p2"):
        word = m.group("p2").lower()
        per = {
            "annually": "year", "yearly": "year", "per annum": "year", "monthly": "month",
            "weekly": "week", "daily": "day", "hourly": "hour", "apiece": "item", "a piece": "item",
            "a head": "person",
        }.get(word) or word.split()[-1]
        return per, m.end()
    word = m.group("pw").lower()
    if word in ("cent", "centum"):
        return None, pos
    per = time_unit(word) or rate_base_names().get(_singular(word)) or _singular(word)
    if m.group("pn"):
        per = f"{m.group('pn').strip().replace(',', '')} {per}"
    return per, m.end()


@lru_cache(maxsize=1)
def rate_base_names() -> dict[str, str]:
    """Word (singular) -> the name of the population a rate is counted against
    (claims/data/quantity_rate_bases.txt): "per 100,000 inhabitants" = "per 100,000 people"."""
    names = {}
    for line in (DATA / "quantity_rate_bases.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, words = line.split(":", 1)
            names.update((w, name.strip()) for w in words.split())
    return names


def _rate_base(m: re.Match) -> tuple[str, int]:
    """The `per` of a rate with a number for its base: "100000 person" for "per 100,000
    residents" and "of every 100,000 inhabitants"; the base's first word or, before it, an
    adjective's noun ("live births", "babies born"), if either names a known population,
    else the first word; the number alone when no word follows ("1.7 per 1,000."), which
    names no population (the conflict rules read it as the story's)."""
    number = m.group("base").replace(",", "")
    names = rate_base_names()
    first, second = (_singular(m.group(g).lower()) if m.group(g) else None for g in ("bw", "bw2"))
    if first is None:
        return number, m.end()
    if first not in names and second in names:
        return f"{number} {names[second]}", m.end("bw2")
    return f"{number} {names.get(first, first)}", m.end()


def _names_only_the_base(measure: str, cand: _Candidate, text: str) -> bool:
    """The measure read for a rate is the population of its base ("22 of every 100,000
    residents" -> "resident"): its words are all in the rate's base, after the figure."""
    if not cand.per or not cand.per.split()[0].isdigit():
        return False
    base = {_singular(w.lower()) for w in re.findall(r"[A-Za-z]+", text[cand.anchor_end:cand.end])}
    return set(measure.split()) <= base


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _qualifier_before(text: str, pos: int) -> tuple[str | None, int]:
    window_start = max(0, pos - 40)
    m = _patterns()["qualifier_before"].search(text, window_start, pos)
    if not m:
        return None, pos
    return m.group("q").lower(), m.start("q")


def _currency_before(text: str, pos: int) -> tuple[str | None, int]:
    window_start = max(0, pos - 6)
    m = _patterns()["currency_before"].search(text, window_start, pos)
    if not m:
        return None, pos
    symbol = text[m.start() : pos].strip()
    return CURRENCY_SYMBOLS.get(symbol) or CURRENCY_SYMBOLS.get(symbol.upper()), m.start()


def _numeric_candidates(text: str, excluded: list[tuple[int, int]]) -> list[_Candidate]:
    p = _patterns()
    out: list[_Candidate] = []
    pos = 0
    while True:
        m = p["core"].search(text, pos)
        if not m:
            break
        pos = m.end()
        if _overlaps(excluded, m.start(), m.end()):
            continue
        cand = _build_numeric(text, m, excluded)
        if cand is not None:
            out.append(cand)
            pos = max(pos, cand.end)
    return out


# "£4\u00a0m", "£4 m", "$3 k": a scale letter set off by one space (web copy often puts a
# no-break space there) after a figure with a currency sign is that scale; read alone the
# figure was 4 pounds with a measure "m". Without a currency "5 m" stays metres. (y58)
_SPACED_SCALE = re.compile(r"[ \u00a0\u202f\u2009](?P<s>m|k|b|mn|bn|mln|bln|tn|trn)\b(?![.'’]?\w)", re.I)


def _build_numeric(text: str, m: re.Match, excluded: list[tuple[int, int]]) -> _Candidate | None:
    p = _patterns()
    number, has_scale = _read_core(m)
    if number is None:
        return None
    glue = m.group("glue") if m.group("digits") else None
    glue_unit = None
    if glue and parse_number(m.group("digits") + glue) is None:
        glue_unit = _glued_unit(glue)
    currency, cur_start = _currency_before(text, m.start())
    if currency is None and glue and glue.lower() == "m" and _metre_event().match(text, m.end()):
        # "the 400m final", "won the 100m in 9.9 seconds": a race distance, not 400 million
        digits = parse_number(m.group("digits"))
        if digits is not None:
            number, has_scale, glue_unit = digits, False, "meter"
    core_end = m.end()
    spaced = _SPACED_SCALE.match(text, core_end) if currency and m.group("digits") and not (glue or m.group("sabbr") or m.group("scale")) else None
    if spaced:
        number = parse_digits(m.group("digits"), SCALE_SUFFIXES[spaced.group("s").lower()])
        has_scale, core_end = True, spaced.end()
    start = cur_start
    between = bool(p["between_before"].search(text, max(0, start - 9), start))
    from_change = bool(p["from_before"].search(text, max(0, start - 6), start)) and bool(
        p["change_before_from"].search(text, max(0, start - 70), start)
    )
    sign = _MINUS_BEFORE.search(text, max(0, start - 9), start)
    if sign and currency is None:
        start = sign.start()
        number = Number(-number.value, number.step)
    qualifier, qual_start = _qualifier_before(text, start)
    surface_start = qual_start if qualifier else start
    end = core_end

    # A range: "5-10", "5 to 10", "between 5 and 10", "$5m-$10m", "two or three".
    low_number = None
    r = p["range_sep"].match(text, end)
    if r and not glue_unit:
        sep = r.group("sep").strip().lower()
        m2 = p["core_at"].match(text, r.end())
        ok = m2 is not None and not _overlaps(excluded, m2.start(), m2.end())
        if ok and sep == "and" and not between:
            ok = False
        if ok and r.group("cur") and CURRENCY_SYMBOLS.get(r.group("cur").strip()) != currency:
            ok = False  # "£40 or €45" are two figures
        if ok and sep == "to" and (from_change or (r.group("cur") and _CHANGE_RIGHT_BEFORE.search(text, max(0, surface_start - 60), surface_start))):
            ok = False  # "fell by €2.3bn to €41.8bn": a change and the new level
        if ok and sep in ("-", "–", "—") and p["score_context"].search(text, max(0, start - 50), start):
            ok = False
        if ok:
            number2, has_scale2 = _read_core(m2)
            if number2 is None:
                ok = False
            else:
                first = number
                if has_scale2 and not has_scale:
                    scale = number2.value / _unscaled(m2) if _unscaled(m2) else 1.0
                    first = Number(number.value * scale, number.step * scale)
                if first.value < number2.value:
                    low_number, number = first, number2
                    has_scale = has_scale or has_scale2
                    if currency is None and r.group("cur"):
                        currency = CURRENCY_SYMBOLS.get(r.group("cur").strip())
                    end = m2.end()
                    if m2.group("digits") and m2.group("glue") and parse_number(m2.group("digits") + m2.group("glue")) is None:
                        glue_unit = _glued_unit(m2.group("glue"))
                        if glue_unit is None:
                            return None

    # Years: a bare four-digit integer with no unit is a year ("since 1980", "the 2024 season").
    core_text = m.group("digits") or ""
    extras: dict = {}
    factor = 1.0
    if glue_unit:
        unit = glue_unit
        if unit == "GBP":
            factor = 0.01
    elif currency:
        unit = currency
    else:
        unit, factor, unit_end, extras = _find_unit(text, end, None)
        end = unit_end
    if currency and not glue_unit:
        # "$5 million dollars" never happens; but "US$" + "cents" would be odd, ignore
        pass
    if (low_number is None and currency is None and qualifier is None and re.fullmatch(r"\d{1,4}", core_text)
            and (unit is None or (unit in TIME_UNITS.values() and number.value == 1 and not extras))
            and _name_number(text, start)):
        return None
    if unit is None:
        if _YEAR.fullmatch(core_text) and low_number is None:
            return None
        words = (m.group("words") or "").lower()
        if words in _WEAK_WORDS:
            return None
    if qualifier == "over" and unit in TIME_UNITS.values() and not re.search(
        r"\b(?:for|in|of|after|than|took|take|lasted|last|spent|spend|lasting|within|since)\s+$",
        text[max(0, qual_start - 12) : qual_start], re.I,
    ):
        qualifier, surface_start = None, start  # "over two years": during, not "more than"
    # Ages after a group of people: "adults over 65", "children under 12", "people aged 18 to 24".
    if (unit is None and m.group("digits") and not re.search(r"[,.]", m.group("digits")) and 0 < number.value < 120
            and _AGE_GROUP_BEFORE.search(text, max(0, start - 40), start)
            and not re.match(r"\s*(?:[-–]\s*)?(?:%|per\s?cent|percent|[A-Za-z]+s\b(?<!\bwas)(?<!\bis))", text[end:end + 20])):
        unit, extras = "year", {"age": True}
    # A person's age written in commas after a noun: "the suspect, 34, was".
    if unit is None and low_number is None and m.group("digits") and _AGE_BEFORE.search(text, max(0, start - 12), start) and 0 < number.value < 120:
        unit, extras = "year", {"age": True}
    if unit is None and low_number is None and re.match(r"\s*,", text[end:end + 2]) and re.search(r"[A-Za-z],\s*$", text[max(0, start - 3):start]) and 0 < number.value < 120 and m.group("digits"):
        unit, extras = "year", {"age": True}
    # Suffix qualifiers ("50 or more", "50+").
    s = p["suffix_qualifier"].match(text, end)
    if s:
        suffix = (s.group("s") or s.group("plus")).lower()
        qualifier = qualifier_table()["suffixes"].get(suffix.strip(), "over")
        end = s.end()
    per, per_end = _find_per(text, end)
    anchor_end = end
    if per:
        end = per_end

    value = number.value * factor
    step = number.step * factor
    if low_number is not None:
        low = low_number.value * factor
        high = value
        value = (low + high) / 2
        qualifier = "range"
    else:
        low, high = interval(value, step, qualifier)
        if qualifier:
            qualifier = _qualifier_kinds().get(qualifier, qualifier)
    kind = QuantityKind.AMOUNT
    surface_start = qual_start if qualifier and qualifier != "range" else start
    if unit is None:
        unit = COUNT
    return _Candidate(
        start=surface_start,
        end=end,
        anchor_start=start,
        anchor_end=anchor_end,
        value=value,
        low=low,
        high=high,
        unit=unit,
        per=per,
        qualifier=qualifier,
        kind=kind,
        counted=unit == COUNT,
        extras=extras,
    )


def _unscaled(m: re.Match) -> float:
    if m.group("digits"):
        return parse_digits(m.group("digits")).value
    number = parse_number(re.sub(r"\s+(?:hundred|thousand|million|billion|trillion)\b.*$", "", m.group("words") or "", flags=re.I))
    return number.value if number else 0.0


def _word_value(word: str) -> float | None:
    word = word.lower().replace(",", "")
    if word in ("a", "an"):
        return 1.0
    if word in ("twice", "double"):
        return 2.0
    if word in ("triple", "treble"):
        return 3.0
    if word == "quadruple":
        return 4.0
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)
    number = parse_number(word)
    return number.value if number else None


def _with_qualifier(text: str, start: int, value: float, step: float) -> tuple[int, str | None, float, float]:
    qualifier, qual_start = _qualifier_before(text, start)
    low, high = interval(value, step, qualifier)
    return (qual_start if qualifier else start), (_qualifier_kinds().get(qualifier) if qualifier else None), low, high


_VAGUE_BOUNDS = {
    "dozens": (24, 144), "hundreds": (200, 1000), "thousands": (2000, 1e6), "millions": (2e6, 1e9),
    "billions": (2e9, 1e12), "tens of thousands": (2e4, 1e5), "hundreds of thousands": (2e5, 1e6),
    "tens of millions": (2e7, 1e8), "hundreds of millions": (2e8, 1e9),
}
_MULTIPLIERS = {"doubl": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0, "halv": 0.5}
# "a week" is a duration only after words that introduce one; after a noun it is a rate
# ("150 minutes of exercise a week") and after "once"/"per" a frequency.
_BEFORE_A_TIME = re.compile(
    r"(?:^|[\s(])(?:for|in|within|after|than|nearly|almost|only|just|about|around|roughly|took|take|takes|taken|lasted"
    r"|lasts|last|spent|spend|spends|is|was|be|been|under|least|by|over|more|less|another|extra|additional)\s+$|^\s*$",
    re.I,
)


_IN_A_YEAR = re.compile(r"\S+\s+in\s+(?:19|20)\d{2}", re.I)
# (f87) A bare "two tenths", "three tenths" (no "of" after: "two tenths of the budget" is
# `fraction_of`'s) is a sporting gap in tenths of a second ("the gap to the leader was two
# tenths"), not a share: a share told in tenths is "a tenth", a percent or "three tenths of"
# something. `_special_candidates` skips it in fraction_bare.
# (f86) What follows a bare share in words that shows it is no share (cr85): a clock time
# ("a quarter after nine", "at a quarter before 8"), an ordinal ("a third in as many
# weeks", "a third, after titles in ..."), or a noun of a kind it is set against ("the
# district is a quarter, not a suburb"; "a quarter, not a third" stays a share).
_CLOCK_AFTER = re.compile(
    r"\s+(?:after|before|past|to)\s+(?:(?:[1-9]|1[0-2])(?![\d,.:]\d)|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|noon|midday|midnight)\b", re.I)
_ORDINAL_AFTER = re.compile(r"\s+in\s+as\s+many\b(?!\s+as\b)|\s*,\s*after\b", re.I)
_KIND_AGAINST = re.compile(
    r"\s*,?\s+(?:not|rather\s+than)\s+(?:an?|the)\s+(?!(?:half|third|quarter|fifth|tenth)s?\b)"
    r"(?:(?:whole|full|single|big|small|large)\s+)?[a-z]+\b(?!\s+of\b)", re.I)


def _special_candidates(text: str, excluded: list[tuple[int, int]]) -> list[_Candidate]:
    """Figures without digits that the number grammar does not cover."""
    p = _patterns()
    out: list[_Candidate] = []
    for m in p["fraction_of"].finditer(text):
        num = _word_value(m.group("num"))
        den = FRACTION_WORDS[m.group("den").lower()]
        value = 100.0 * num / den
        start, qual, low, high = _with_qualifier(text, m.start(), value, 5.0)
        out.append(_Candidate(start, m.end(), m.start(), m.end(), value, low, high, PERCENT, qualifier=qual))
    for m in p["fraction_unit"].finditer(text):
        # "a quarter of a percentage point", "half a point", "three quarters of a mile"
        unit, factor, unit_end, _ = _find_unit(text, m.end("art"), None)
        if unit is None or unit == COUNT or unit_end <= m.end("art"):
            continue
        num = _word_value(m.group("num") or "a")
        den = FRACTION_WORDS.get(m.group("den").lower(), 2.0)
        value = factor * num / den
        start, qual, low, high = _with_qualifier(text, m.start(), value, 0.1 * factor)
        out.append(_Candidate(start, unit_end, m.start(), unit_end, value, low, high, unit, qualifier=qual))
    for m in p["half_of"].finditer(text):
        if _overlaps(excluded, m.start(), m.end()):
            continue
        if re.search(r"\b(?:a|one|and)\s+$", text[max(0, m.start() - 5) : m.start()], re.I):
            continue
        start, qual, low, high = _with_qualifier(text, m.start(), 50.0, 5.0)
        out.append(_Candidate(start, m.end(), m.start(), m.end(), 50.0, low, high, PERCENT, qualifier=qual))
    for name in ("fraction_bare", "fraction_subject"):
        for m in p[name].finditer(text):
            if _overlaps(excluded, m.start("f"), m.end("f")):
                continue
            num = _word_value(m.group("num") or "a")
            den = FRACTION_WORDS[m.group("den").lower()]
            if not num or num >= den:
                continue
            if name == "fraction_bare":
                if m.group("den").lower() == "tenths":
                    continue  # (f87) "the gap to the leader was two tenths": of a second, no share
                after = text[m.end("f"):m.end("f") + 40]
                if _CLOCK_AFTER.match(after) or _KIND_AGAINST.match(after) or \
                        m.group("num").lower() == "a" and den in (3.0, 4.0, 5.0) and \
                        not m.group("den").lower().startswith("quarter") and _ORDINAL_AFTER.match(after):
                    continue
            value = 100.0 * num / den
            start, qual, low, high = _with_qualifier(text, m.start("f"), value, 5.0)
            out.append(_Candidate(start, m.end("f"), m.start("f"), m.end("f"), value, low, high, PERCENT, qualifier=qual))
    for m in re.finditer(r"\bby\s+(?:(?:nearly|almost|about|around|roughly|more\s+than|over|less\s+than|just\s+over|just\s+under)\s+)?(?P<f>(?:(?:a|one)[\s-])?(?P<den>half|third|quarter|fifth|sixth|eighth|tenth))\b", text, re.I):
        value = 100.0 / FRACTION_WORDS[m.group("den").lower()]
        start, qual, low, high = _with_qualifier(text, m.start("f"), value, 5.0)
        out.append(_Candidate(start, m.end(), m.start("f"), m.end(), value, low, high, PERCENT, qualifier=qual,
                              kind=QuantityKind.CHANGE, fixed_kind=True))
    for m in p["half_time"].finditer(text):
        start, qual, low, high = _with_qualifier(text, m.start(), 0.5, 0.1)
        out.append(_Candidate(start, m.end(), m.start(), m.end(), 0.5, low, high, time_unit(m.group("tu")), qualifier=qual))
    for m in p["one_in"].finditer(text):
        a, b = _word_value(m.group("a")), _word_value(m.group("b"))
        if not a or not b or a >= b or _overlaps(excluded, m.start(), m.end()):
            continue
        if _IN_A_YEAR.fullmatch(m.group(0)):
            continue  # "reached 1,980 in 2024": a figure and its year, not one in 2,024
        value = 100.0 * a / b
        start, qual, low, high = _with_qualifier(text, m.start(), value, min(5.0, value / 2))
        out.append(_Candidate(start, m.end(), m.start(), m.end(), value, low, high, PERCENT, qualifier=qual,
                              extras={"noun_after": True}))
    for m in p["vague_plural"].finditer(text):
        low, high = _VAGUE_BOUNDS[m.group("vp").lower()]
        unit = COUNT
        if m.group("cur"):
            unit = CURRENCY_WORDS[m.group("cur").split()[-1].lower()][0]
        out.append(
            _Candidate(m.start(), m.end(), m.start("vp"), m.end("vp"), None, float(low), float(high), unit,
                       kind=QuantityKind.VAGUE, counted=unit == COUNT, fixed_kind=True)
        )
    for m in p["multiplier_verb"].finditer(text):
        word = m.group("mv").lower()
        value = next(v for k, v in _MULTIPLIERS.items() if word.startswith(k))
        out.append(_Candidate(m.start(), m.end(), m.start(), m.end(), value, value, value, TIMES,
                              kind=QuantityKind.CHANGE, fixed_kind=True))
    for m in p["fold"].finditer(text):
        value = _word_value(m.group("n"))
        if value:
            start, qual, low, high = _with_qualifier(text, m.start(), value, 1.0)
            out.append(_Candidate(start, m.end(), m.start(), m.end(), value, low, high, TIMES, qualifier=qual,
                                  kind=QuantityKind.CHANGE, fixed_kind=True))
    for m in p["times"].finditer(text):
        value = _word_value(m.group("n") or m.group("tw"))
        if value and value > 1:
            start, qual, low, high = _with_qualifier(text, m.start(), value, 1.0 if value >= 2 else 0.1)
            out.append(_Candidate(start, m.end(), m.start(), m.end(), value, low, high, TIMES, qualifier=qual))
    for m in p["a_time"].finditer(text):
        if not _BEFORE_A_TIME.search(text[max(0, m.start() - 14) : m.start()]):
            continue
        if re.match(r"\s+(?:ago|earlier|before|or\s+(?:so|two|more))\b|\s+and\s+a\s+half\b", text[m.end() : m.end() + 16], re.I):
            continue
        if m.group("a").lower() == "one" and not m.group("long"):
            pass
        start, qual, low, high = _with_qualifier(text, m.start(), 1.0, 1.0)
        out.append(_Candidate(start, m.end(), m.start(), m.end(), 1.0, low, high, time_unit(m.group("tu")), qualifier=qual))
    for m in p["vague_time"].finditer(text):
        word = m.group("tu") or m.group("tu2") or m.group("tu3")
        group = "tu" if m.group("tu") else ("tu2" if m.group("tu2") else "q")
        start = m.start(group)
        out.append(_Candidate(start, m.end(), start, m.end(), None, None, None, time_unit(word),
                              kind=QuantityKind.VAGUE, fixed_kind=True))
    return out


def _a_year_and_half(text: str) -> list[_Candidate]:
    out = []
    for m in re.finditer(rf"\b(?:a|an|one)\s+(?P<tu>{_TIME_WORD})\s+and\s+a\s+half\b", text, re.I):
        start, qual, low, high = _with_qualifier(text, m.start(), 1.5, 0.5)
        out.append(_Candidate(start, m.end(), m.start(), m.end(), 1.5, low, high, time_unit(m.group("tu")), qualifier=qual))
    return out


def _select(cands: list[_Candidate]) -> list[_Candidate]:
    """Keep the longest of overlapping candidates, then order by position."""
    chosen: list[_Candidate] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if all(c.end <= o.start or o.end <= c.start for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


# ---------------------------------------------------------------------------------------
# What the parse says: kind, measure, entities
# ---------------------------------------------------------------------------------------

CHANGE_NOUNS = {
    "increase", "rise", "raise", "hike", "jump", "gain", "growth", "boost", "surge", "climb",
    "decrease", "decline", "drop", "fall", "cut", "reduction", "slump", "dip", "plunge", "slide",
    "spike", "uptick", "upswing", "downturn", "contraction", "expansion", "markup", "markdown",
}
CHANGE_VERBS = {
    "rise", "fall", "increase", "decrease", "grow", "drop", "decline", "climb", "jump", "surge",
    "soar", "plunge", "slump", "tumble", "cut", "raise", "reduce", "gain", "slip", "dip", "shrink",
    "expand", "boost", "lower", "hike", "slide", "sink", "rebound", "spike", "swell", "contract",
    "slash", "double", "triple", "halve", "edge", "inch", "fell", "rose", "advance", "retreat",
    "ease", "slow", "accelerate", "widen", "narrow", "recover", "rocket", "balloon", "dwindle",
}
# Verbs whose object is what changes ("raised rates by 0.25 points"); with a figure as the
# object and no "by" they state an amount ("raised $45 million").
TRANSITIVE_CHANGE_VERBS = {"raise", "cut", "reduce", "lower", "boost", "hike", "slash", "increase", "decrease", "double", "triple", "halve"}
# Verbs whose subject is what the figure measures ("the reservoir holds 1.2 billion gallons").
HAVING_VERBS = {"have", "hold", "contain", "generate", "produce", "carry", "employ", "attract", "welcome",
                "serve", "cost", "measure", "weigh", "span", "cover", "house", "seat", "average"}
LEVEL_VERBS = {
    "be", "hit", "reach", "total", "stand", "top", "exceed", "number", "surpass", "remain",
    "stay", "near", "amount", "come", "approach", "pass", "cross", "sit", "hover", "average", "last", "hold",
}
MODIFIER_DEPS = {"nummod", "compound", "amod", "quantmod", "nmod", "npadvmod", "appos"}
OBJECT_DEPS = {"dobj", "attr", "npadvmod", "oprd", "advmod", "acomp", "nsubj", "nsubjpass", "conj", "appos", "ROOT", "dative"}
STOP_MODIFIERS = {
    "new", "other", "more", "many", "several", "some", "key", "major", "big", "large", "small",
    "total", "overall", "additional", "extra", "last", "next", "first", "such", "same", "own",
    "high", "low", "only", "just", "recent", "latest", "current", "estimated", "overwhelming",
    "further", "whole", "entire", "full", "about", "nearly", "almost", "roughly",
    "least", "most", "few", "all", "both", "each", "every", "another", "certain", "various",
    "huge", "massive", "record", "continued", "ongoing", "staggering", "mere", "meager", "modest", "whopping", "profile",
    "high-profile", "top", "original", "initial", "final", "annual", "monthly", "weekly", "daily", "quarterly",
}
DROP_POS = {"DET", "PUNCT", "NUM", "AUX", "PART", "CCONJ", "SCONJ", "SPACE", "SYM", "PRON", "ADP", "ADV"}
NUMERIC_ENTITY_LABELS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}
_HAS_DIGIT = re.compile(r"\d")
_RELATIVE = {"which", "that", "who", "whom"}
_UNIT_NOUNS = set(TIME_UNITS) | {"%", "percent", "dollar", "dollars", "cent", "cents", "point", "points", "time", "times"}


def _proper(tok: Token) -> bool:
    """A name, to be left out of a measure. A capitalised first word of a sentence that the
    entity recogniser does not take for a name is a common word the tagger was misled by
    ("Public sector pay fell", "Broadband speeds"); so is one it takes for a person's name
    when the word is a common English word ("Turnout fell to 59%")."""
    return tok.pos_ == "PROPN" and not (tok.is_sent_start and (not tok.ent_type_ or _misread_common_word(tok)))


COMMON_WORD_ZIPF = 3.5  # "turnout" 3.7, "inflation" 4.4; rarer words keep a name reading




def _misread_common_word(tok: Token) -> bool:
    """A one-word PERSON at the start of a sentence that is a common lowercase word: the
    recogniser's usual misreading of a capitalised noun ("Turnout", "Attendance")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (tok.is_sent_start and tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B"
            and (nxt is None or nxt.ent_iob_ != "I") and tok.text.istitle()
            and word_zipf().get(tok.lower_, 0.0) >= COMMON_WORD_ZIPF)


def _word(tok: Token) -> str:
    if tok.pos_ == "PROPN":
        return tok.text.lower()
    if tok.lower_ == "worth" and tok.pos_ == "NOUN":
        return "value"  # "£30,000 worth of jewellery" -> value of jewellery
    return tok.lemma_.lower()


def _is_content(tok: Token, span_tokens: set[int]) -> bool:
    return tok.i not in span_tokens and not tok.like_num and not _HAS_DIGIT.search(tok.text) and tok.pos_ not in DROP_POS and tok.lower_ not in STOP_MODIFIERS


def _clause_words(head: Token, span_tokens: set[int], limit: int = 4) -> list[str]:
    words = [
        _word(t) for t in head.subtree
        if _is_content(t, span_tokens) and not _proper(t) and t.dep_ not in ("advcl", "mark")
    ]
    return words[:limit]


def _time_word_of_a_kind(word: Token, noun: Token) -> bool:
    """A singular time word between a figure and a plural noun names the kind counted ("650
    day visitors" are day visitors: `_time_word_names_a_kind`), unlike the unit of "a 95-day
    strike"."""
    doc = word.doc
    return (noun.tag_ == "NNS" and word.dep_ == "compound" and singular_time_word(word.text)
            and word.i > 0 and doc[word.i - 1].whitespace_ != "" and doc[word.i - 1].text != "-")


def noun_phrase(tok: Token, span_tokens: set[int], depth: int = 0) -> str | None:
    """The measured thing named by `tok`: modifiers that narrow it, head lemma, of/in/relcl tails.

    Determiners, numbers, proper nouns and evaluative adjectives are dropped so that "the
    union's 65,000 members" and "65,000 union members" come close, and names go to entities.
    """
    if tok.pos_ == "PRON" or tok.lower_ in _RELATIVE:
        if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl" and depth < 2:
            return noun_phrase(tok.head.head, span_tokens, depth + 1)
        return None
    if _HAS_DIGIT.search(tok.text) or tok.pos_ == "SYM":
        return None
    framed = _framed_phrase(tok, span_tokens, depth)
    if framed:
        return framed
    words: list[str] = []
    for child in tok.lefts:
        if (child.dep_ == "poss" and child.pos_ == "NOUN" and _is_content(child, span_tokens)
                and not list(child.lefts)[1:] and not _holds_number(child)):
            words.append(_word(child))  # "the city's budget" = "the city budget"; names go to entities
            continue
        if (child.dep_ in ("compound", "amod", "nmod") and _is_content(child, span_tokens) and not _proper(child)
                and (not _holds_number(child) or _time_word_of_a_kind(child, tok))):
            for grand in child.lefts:
                if grand.dep_ in ("compound", "amod") and _is_content(grand, span_tokens) and not _proper(grand):
                    words.append(_word(grand))
            words.append(_word(child))
    if tok.lower_ in _UNIT_NOUNS and not words:
        return None
    words.append(_word(tok))
    if depth < 1:
        for child in tok.rights:
            if child.dep_ == "prep" and child.lower_ in ("of", "in", "for", "to", "on") and child.i not in span_tokens:
                objects = [g for g in child.children if g.dep_ == "pobj" and g.i not in span_tokens]
                if objects and (_holds_number(objects[0]) or objects[0].lemma_.lower() in _TIME_NOUNS
                                or objects[0].ent_type_ in ("DATE", "TIME")):
                    continue  # "revenue of $4.7bn", "an increase on the previous year", "rainfall in July"
                if objects:
                    tail = noun_phrase(objects[0], span_tokens, depth + 1)
                    if tail:
                        words.extend([child.lower_, tail])
                        break
        for child in tok.rights:
            if (child.dep_ == "relcl" or (  # "people casting ballots": "people" alone names nothing
                    child.dep_ == "acl" and child.tag_ in ("VBG", "VBN") and tok.lower_ in _GENERIC_COUNTED
                    and not any(t.i in span_tokens for t in child.subtree))) and child.right_edge.i - child.left_edge.i < 6:
                words.extend(_clause_words(child, span_tokens))
                break
    text = " ".join(w for w in words if w)
    return text or None


_TIME_NOUNS = set(TIME_UNITS) | {"period", "time", "date", "previous", "spring", "summer", "autumn", "winter", "fall"}


def _is_frame(tok: Token) -> bool:
    """A noun that only frames its "of" phrase: 'the number of ...', 'a litre of ...'."""
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in _measure_cues()["frame_nouns"] or physical_unit(tok.lower_) is not None)


def _framed_phrase(tok: Token, span_tokens: set[int], depth: int) -> str | None:
    """'the number of homeless families' -> the families' phrase; 'the average price of a
    pint of beer' -> 'average price of beer'. Averages of the frame are kept."""
    if not _is_frame(tok):
        return None
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i not in span_tokens:
            objects = [g for g in child.children if g.dep_ == "pobj" and g.i not in span_tokens]
            if objects and objects[0].pos_ in ("NOUN", "PROPN") and not _holds_number(objects[0]):
                inner = noun_phrase(objects[0], span_tokens, depth)
                if inner:
                    averages = [c.lower_ for c in tok.lefts if c.lower_ in _AVERAGE_WORDS]
                    return " ".join([*averages, inner])
    return None


def _bare_frame(tok: Token) -> bool:
    """A frame noun with nothing that says what it frames ('the highest level')."""
    return tok.lemma_.lower() in _measure_cues()["frame_nouns"] and not any(
        c.dep_ in ("compound", "poss", "nmod") or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children)


def _holds_number(tok: Token) -> bool:
    """A token that is, or is modified by, a number ("five-year", "$4.7 billion")."""
    if tok.like_num or tok.pos_ in ("NUM", "SYM") or _HAS_DIGIT.search(tok.text):
        return True
    return any(c.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") and (c.like_num or _HAS_DIGIT.search(c.text))
               or c.dep_ in ("nummod", "quantmod") for c in tok.children)


def gerund(tok: Token) -> str:
    """The -ing form a reader would write for a verb in a measure: 'spending', 'borrowing'."""
    if tok.tag_ == "VBG":
        return tok.lower_
    lemma = tok.lemma_.lower()
    if lemma in _IRREGULAR_ING:
        return _IRREGULAR_ING[lemma]
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")) and len(lemma) > 2:
        return lemma[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgklmnprt]", lemma) and len(lemma) <= 4:
        return lemma + lemma[-1] + "ing"
    return lemma + "ing"


_IRREGULAR_ING = {"be": "being", "see": "seeing", "visit": "visiting", "open": "opening", "offer": "offering"}


_IRREGULAR_PARTICIPLES = {
    "take": "taken", "give": "given", "see": "seen", "write": "written", "drive": "driven", "eat": "eaten",
    "fall": "fallen", "know": "known", "show": "shown", "grow": "grown", "throw": "thrown", "break": "broken",
    "choose": "chosen", "speak": "spoken", "steal": "stolen", "begin": "begun", "do": "done", "go": "gone",
    "ride": "ridden", "rise": "risen", "freeze": "frozen", "draw": "drawn", "shake": "shaken", "forgive": "forgiven",
}


def past_participle(tok: Token) -> str:
    """'employs' -> 'employed', 'killed' -> 'killed', 'took' -> 'taken': the passive form a
    reader writes after the people it was done to ("people employed by factory")."""
    lemma = tok.lemma_.lower()
    if tok.tag_ == "VBN" or (tok.tag_ == "VBD" and lemma not in _IRREGULAR_PARTICIPLES):
        return tok.lower_
    if lemma in _IRREGULAR_PARTICIPLES:
        return _IRREGULAR_PARTICIPLES[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgklmnprt]", lemma) and len(lemma) <= 4:
        return lemma + lemma[-1] + "ed"
    return lemma + "ed"


def _participle(tok: Token) -> str:
    """The past participle as written ('arrested', 'taken'), for passive clauses."""
    return tok.lower_ if tok.tag_ == "VBN" else tok.lemma_.lower()


def _prep_tail(verb: Token, preps: tuple[str, ...], span_tokens: set[int], after: int = -1,
              bare: bool = False, depth: int = 1) -> tuple[str, str] | None:
    """(preposition, noun phrase) of the verb's first content prepositional phrase in `preps`;
    `bare`: only a noun without determiner ("in emergency aid", not "in a plant")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in preps and child.i > after and child.i not in span_tokens:
            objects = [g for g in child.children if g.dep_ == "pobj" and g.i not in span_tokens]
            if (objects and objects[0].pos_ == "NOUN" and not _holds_number(objects[0])
                    and objects[0].lemma_.lower() not in _TIME_NOUNS
                    and not (bare and any(c.dep_ in ("det", "poss") for c in objects[0].children))):
                tail = noun_phrase(objects[0], span_tokens, depth)
                if tail:
                    return child.lower_, tail
    return None


def _common_subject(verb: Token, span_tokens: set[int]) -> str | None:
    """The subject as a measure prefix, only when it is a common noun ('state', 'household')."""
    subject = _subject(verb)
    if subject is not None and _is_frame(subject):
        # "a kilogram of coffee beans sells for $9.50": the beans
        framed = [g for c in subject.rights if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        subject = framed[0] if framed else subject
    if subject is None or subject.i in span_tokens or subject.pos_ != "NOUN" or subject.lower_ in _GENERIC_COUNTED:
        return None
    words = [_word(c) for c in subject.lefts
             if (c.dep_ == "compound" or c.lower_ in _AVERAGE_WORDS) and _is_content(c, span_tokens) and not _proper(c)]
    return " ".join(words + [_word(subject)])


# "the average patient waits 14 hours": an average is not comparable with one case's figure
_AVERAGE_WORDS = {"average", "typical", "median", "mean"}


def _activity_measure(verb: Token, span_tokens: set[int]) -> str | None:
    """Money or a share as the object of an activity verb: 'state spending on prison healthcare',
    'government borrowing', 'emergency aid' ("received $4.2bn in emergency aid")."""
    inside = _prep_tail(verb, ("in",), span_tokens, after=min(span_tokens), bare=True)
    if inside:
        return inside[1]
    if any(c.dep_ == "auxpass" for c in verb.children):
        return _participle(verb)  # "was fined £500" -> fined
    words = [w for w in (_common_subject(verb, span_tokens), gerund(verb)) if w]
    tail = _prep_tail(verb, ("on",), span_tokens)
    if tail:
        words.extend(tail)
    return " ".join(words)


_PLACEHOLDER_NOUNS = {"record", "total", "sum", "figure", "amount", "high", "low"}
_GENERIC_COUNTED = {"people", "person", "other", "others", "one", "ones"}


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    root = verb.sent.root
    if (verb.dep_ == "advcl" and verb.head.i == root.i and root.tag_ == "VBG" and root.i == verb.sent.start
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)):
        return root  # "Lending to small businesses shrank by £1.4bn" read with "Lending" as the main verb
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        return _subject(verb.head)
    if verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.head.i == root.i and root.pos_ == "NOUN":
        # a sentence without a main verb is a misparse: "Unemployment in the region held at
        # 4.2%" read with "held" describing the region; the head noun is the subject
        return root
    if verb.dep_ in ("relcl", "acl"):
        return verb.head
    return None


def _other_object(verb: Token, span_tokens: set[int]) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("dative", "dobj") and child.i not in span_tokens and not child.like_num:
            if child.lower_ in ("figure", "sum", "amount", "total") or _bare_frame(child):
                continue  # "stands at 12.4%, the highest level since 2015"
            return child
    return None


def _of_phrase(tok: Token, span_tokens: set[int]) -> str | None:
    """The noun phrase of the first "of" phrase after `tok` that yields one."""
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                phrase = noun_phrase(objects[0], span_tokens)
                if phrase:
                    return phrase
    return None


def _fronted_of_phrase(verb: Token, share: Token, span_tokens: set[int]) -> str | None:
    """(n19) The whole a share is of, written before it at the head of its clause: "Of the
    votes cast, 52% were against the scheme" is a share of the votes cast, as "52% of the
    votes cast were against" is. A pronoun ("Of those, 40% were children") names nothing."""
    for child in verb.lefts:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i < share.i:
            objects = [g for g in child.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
            if objects:
                return noun_phrase(objects[0], span_tokens)
    return None


def _analyse(span: Span, cand: _Candidate) -> tuple[QuantityKind, str | None]:
    """Kind (amount or change) and measure of a figure, from its place in the parse."""
    span_tokens = {t.i for t in span}
    root = span.root
    head = root.head
    dep = root.dep_
    kind = cand.kind
    if cand.unit == TIMES and root.pos_ == "VERB":
        return kind, _subject_measure(root, span_tokens)
    if head.i == root.i:
        return kind, None
    lexical = _lexical_change(span, cand)
    if lexical is not None:
        return lexical
    qualifier_chars = range(cand.start, cand.anchor_start)
    frame = head.head
    if (dep == "pobj" and head.lower_ == "of" and frame.pos_ == "NOUN" and frame.i < root.i and frame.head.i != frame.i
            and frame.lemma_.lower() in _measure_cues()["comparison_frames"] and frame.lemma_.lower() not in _AVERAGE_WORDS
            and frame.i not in span_tokens and not any(c.dep_ in ("compound", "poss", "nmod") for c in frame.children)):
        root, head = frame, frame.head  # "grew at an annual rate of 2.4%": the figure stands where its frame does
        dep = root.dep_
    while ((head.lower_ in _UNIT_NOUNS or (head.lower_ in _PLACEHOLDER_NOUNS and head.i < root.i)
            or (head.idx in qualifier_chars and head.i < root.i))
           and head.head.i != head.i and head.i not in span_tokens):
        root, head = head, head.head
        dep = root.dep_
    climbed = head
    if head.dep_ == "poss":
        climbed = head.head
    # "a 7% increase in minimum rates", "a 95-day strike", "65,000 members", "4 CEOs"
    generic = None
    if (dep in MODIFIER_DEPS and climbed.pos_ in ("NOUN", "PROPN") and climbed.i not in span_tokens
            and climbed.lower_ not in ("record", "total", "sum", "figure", "amount")):
        if climbed.lemma_.lower() in CHANGE_NOUNS and not cand.fixed_kind:
            return QuantityKind.CHANGE, noun_phrase(climbed, span_tokens)
        if dep != "appos" and climbed.lower_ not in _UNIT_NOUNS:
            measure = noun_phrase(climbed, span_tokens)
            if (measure and climbed.lower_ in _GENERIC_COUNTED and not list(climbed.rights)
                    and climbed.dep_ == "nsubj" and climbed.head.pos_ == "VERB"
                    and climbed.head.lemma_.lower() not in LEVEL_VERBS | HAVING_VERBS):
                # "800 people signed the petition": people doing what the clause says
                other = _other_object(climbed.head, span_tokens)
                thing = noun_phrase(other, span_tokens) if other is not None and other.pos_ == "NOUN" else None
                if thing:
                    return kind, f"{measure} {gerund(climbed.head)} {thing}"
                if other is None and not any(c.dep_ in ("ccomp", "xcomp", "auxpass") for c in climbed.head.children):
                    # "1.5m people applied", "14 people died in the crash"
                    tail = _prep_tail(climbed.head, ("to", "for", "in", "at", "through", "from", "on", "against"), span_tokens)
                    return kind, " ".join([measure, gerund(climbed.head), *(tail or ())])
            if (measure and climbed.lower_ in _GENERIC_COUNTED
                    and climbed.dep_ == "dobj" and climbed.head.pos_ == "VERB"):
                # "the factory employs 850 people", "the storm killed 12 people": who does it to them
                subject = _common_subject(climbed.head, span_tokens)
                if subject:
                    return kind, f"{measure} {past_participle(climbed.head)} by {subject}"
            if (measure and climbed.dep_ == "pobj" and climbed.head.lower_ in ("to", "from")
                    and climbed.head.head.pos_ == "VERB" and climbed.head.head.lemma_.lower() in CHANGE_VERBS | LEVEL_VERBS
                    and _other_object(climbed.head.head, span_tokens) is None):
                # "car production fell to 775,000 vehicles": the vehicles count the production
                subject = _subject(climbed.head.head)
                if (subject is not None and subject.pos_ == "NOUN" and subject.i not in span_tokens
                        and subject.lemma_.lower() != climbed.lemma_.lower() and subject.lower_ not in _GENERIC_COUNTED):
                    owned = _subject_measure(climbed.head.head, span_tokens)
                    if owned:
                        return kind, owned
            if (measure and climbed.lower_ in _GENERIC_COUNTED and not list(climbed.rights)
                    and (climbed.dep_ == "nsubjpass" or (climbed.dep_ == "pobj" and climbed.head.lower_ == "at"))):
                # "14 others were taken to hospital", "40,000 people": the clause says more
                generic = measure
                span_tokens = span_tokens | {climbed.i}
                root, head, dep = climbed, climbed.head, climbed.dep_
            elif measure:
                return kind, measure
    kind, measure = _analyse_clause(span_tokens, root, head, dep, cand, kind)
    if generic and dep == "nsubjpass" and measure:
        return kind, f"people {measure}"  # "14 others were taken to hospital" -> people taken to hospital
    return kind, measure or generic


def _share_owner(root: Token, head: Token, dep: str, span_tokens: set[int]) -> str | None:
    """Whose share a percentage "of" something is, when it is the complement of a verb:
    'the deficit will reach 5.1% of GDP', 'migrants made up 14% of the workforce'."""
    if dep == "pobj" and head.dep_ == "prep" and head.lower_ in ("to", "at", "for", "up"):
        verb = head.head
        verbs = LEVEL_VERBS | CHANGE_VERBS  # "spending will rise to 2.5% of GDP"
    elif dep in ("dobj", "attr", "oprd"):
        verb = head
        verbs = LEVEL_VERBS  # not "cut 6% of its staff": that share is what was cut
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    if lemma not in verbs and lemma not in _measure_cues()["share_verbs"]:
        return None
    subject = _subject(verb)
    if subject is None or subject.i in span_tokens or subject.pos_ not in ("NOUN", "PROPN") or _holds_number(subject):
        return None
    return _subject_measure(verb, span_tokens)


def _since_superlative(root: Token, head: Token, dep: str, cand: _Candidate) -> str | None:
    """'the highest level in 16 years', 'the first time in a decade': the figure is the time
    since something was last so, not a duration of it."""
    if cand.unit not in TIME_UNITS.values() or dep != "pobj" or head.lower_ not in ("in", "for", "since"):
        return None
    node = head.head
    for _ in range(3):
        if node.pos_ in ("NOUN", "PROPN", "ADJ"):
            sup = [c for c in node.children if c.tag_ in ("JJS", "RBS") or c.lower_ in ("first", "last")]
            if node.tag_ in ("JJS", "RBS"):
                return f"period since {node.lemma_.lower()}"
            if sup:
                return f"period since {sup[0].lemma_.lower()} {node.lemma_.lower()}"
        if node.head.i == node.i:
            break
        node = node.head
    return None


def _analyse_clause(span_tokens: set[int], root: Token, head: Token, dep: str, cand: _Candidate,
                    kind: QuantityKind) -> tuple[QuantityKind, str | None]:
    """Kind and measure from the words around a figure that does not modify a noun."""
    climbed = head.head if head.dep_ == "poss" else head
    worth = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    if worth is not None and worth.lower_ == "worth":
        thing = _of_phrase(worth, span_tokens)
        if thing:
            return kind, f"value of {thing}"
    since = _since_superlative(root, head, dep, cand)
    if since:
        return kind, since
    if (dep == "pobj" and head.lower_ == "of" and head.head.dep_ == "pobj" and head.head.head.dep_ == "prep"
            and head.head.head.lower_ in ("in", "of") and head.head.head.head.lemma_.lower() in CHANGE_NOUNS
            and not cand.fixed_kind):
        change = head.head.head.head  # "the fall in unemployment of 20,000"
        return QuantityKind.CHANGE, noun_phrase(change, span_tokens)
    # "98% of the members", "two weeks of negotiations"
    measure = _of_phrase(root, span_tokens)
    if measure is None and cand.unit == PERCENT and dep == "nsubj":
        measure = _fronted_of_phrase(head, root, span_tokens)
    if measure and cand.unit == PERCENT and dep != "nsubj":
        owner = _share_owner(root, head, dep, span_tokens)
        if owner and owner != measure:
            return kind, f"{owner} share of {measure}"  # "migrants made up 14% of the workforce"
    if measure:
        acting = cand.unit == PERCENT and dep == "nsubj" and head.pos_ == "VERB"
        if acting and head.lemma_.lower() not in LEVEL_VERBS | HAVING_VERBS:
            # "62% of pupils met the expected standard": the share doing what the verb says
            other = _other_object(head, span_tokens)
            if other is not None and other.pos_ == "NOUN":
                words = [c.lower_ for c in other.lefts if c.dep_ in ("compound", "amod") and _is_content(c, span_tokens)
                         and not _proper(c) and not _holds_number(c)]
                return kind, " ".join([measure, head.lower_, *words, _word(other)])
        if acting and head.lemma_.lower() not in HAVING_VERBS | {"be"} and _other_object(head, span_tokens) is None:
            # "70% of the electricity comes from coal", "a quarter of children live in poverty"
            tail = _prep_tail(head, ("from", "in", "on", "to", "with", "about", "for", "at", "by", "without"), span_tokens,
                              depth=0)  # "voted in favour of the deal" keeps "of the deal"
            if tail:
                return kind, " ".join([measure, head.lemma_.lower(), *tail])
        return kind, measure
    if dep == "appos" and climbed.pos_ in ("NOUN", "PROPN") and climbed.i not in span_tokens:
        measure = noun_phrase(climbed, span_tokens)
        if measure:
            return kind, measure
    if cand.unit in MONEY_UNITS:
        for child in root.rights:
            if child.dep_ == "prep" and child.lower_ == "in":
                objects = [g for g in child.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
                if objects:
                    return kind, noun_phrase(objects[0], span_tokens)
    if head.lower_ == "worth" or (head.i not in span_tokens and (
            head.pos_ == "ADJ" or (head.lower_ in _measure_cues()["dimension_words"] and dep == "npadvmod"))):
        owner = head.head
        if owner.pos_ in ("NOUN", "PROPN") and owner.i != head.i:
            return kind, noun_phrase(owner, span_tokens)
        if owner.pos_ in ("VERB", "AUX"):
            thing = _other_object(owner, span_tokens) if head.lower_ == "worth" else None
            if thing is not None and thing.pos_ == "NOUN" and thing.i < head.i:
                # "seized 40 kilograms of heroin worth £2m": what is worth it is the object
                measure = noun_phrase(thing, span_tokens)
                if measure:
                    return kind, measure
            return kind, _subject_measure(owner, span_tokens)
        return kind, None
    if dep == "npadvmod" and head.pos_ == "VERB" and head.tag_ in ("VBD", "VBN") and head.dep_ == "amod" and head.head.pos_ == "NOUN":
        # "98% backed strike action" misparsed with "backed" as an adjective of "action"
        thing = noun_phrase(head.head, span_tokens | {head.i})
        if thing:
            return kind, f"{gerund(head)} {thing}"
    if (dep == "npadvmod" and head.lower_ in _measure_cues()["comparison_heads"] and head.i not in span_tokens
            and head.head.pos_ in ("VERB", "AUX") and head.head.i != head.i):
        # "rainfall was 40% below the average": how far the subject is from the average
        measure = _subject_measure(head.head, span_tokens)
        if measure:
            return kind, measure
    prep = None
    verb = head
    if dep == "pobj" and head.dep_ in ("prep", "agent", "dative"):
        prep = head.lower_
        verb = head.head
        if verb.dep_ == "prep" and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "rise from $15 to $16.50"
        if (prep in ("to", "from", "by") and verb.lemma_.lower() not in CHANGE_VERBS and verb.tag_ == "VBG"
                and verb.dep_ in ("advcl", "xcomp", "acl") and verb.head.lemma_.lower() in CHANGE_VERBS
                and not any(c.dep_ == "dobj" for c in verb.children)):
            verb = verb.head  # "rose for the third year running to 1,142"
    elif dep in ("advmod", "npadvmod") and head.lower_ in ("up", "down"):
        return (kind if cand.fixed_kind else QuantityKind.CHANGE), _subject_measure(head.head, span_tokens)
    if prep in ("for", "over") and cand.unit in TIME_UNITS.values() and _state_complement(verb):
        return kind, _state_duration_measure(verb, span_tokens)
    if verb.pos_ not in ("VERB", "AUX"):
        if verb.pos_ in ("NOUN", "PROPN") and verb.i not in span_tokens:
            if verb.lemma_.lower() in CHANGE_NOUNS and not cand.fixed_kind and prep in ("of", "by"):
                return QuantityKind.CHANGE, noun_phrase(verb, span_tokens)
            return kind, noun_phrase(verb, span_tokens)
        return kind, None
    lemma = verb.lemma_.lower()
    particles = _measure_cues()["phrasal_change_verbs"].get(lemma, ())
    changes = lemma in CHANGE_VERBS or any(c.dep_ == "prt" and c.lower_ in particles for c in verb.children)
    if lemma in TRANSITIVE_CHANGE_VERBS and prep == "by" and not cand.fixed_kind:
        other = _other_object(verb, span_tokens)
        if other is not None and other.pos_ == "NOUN":
            return QuantityKind.CHANGE, noun_phrase(other, span_tokens)  # "raised its rate by a quarter point"
    if changes and prep in (None, "by", "to", "from", "at"):  # "rose by", "will go up by"
        if prep in ("to", "from", "at") or cand.fixed_kind:
            if lemma in TRANSITIVE_CHANGE_VERBS:
                other = _other_object(verb, span_tokens)
                if other is not None and other.pos_ == "NOUN":
                    return kind, noun_phrase(other, span_tokens)  # "raised its rate ... to 5.25%"
            return kind, _subject_measure(verb, span_tokens)
        return QuantityKind.CHANGE, _subject_measure(verb, span_tokens)
    if lemma == "cost" and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl", "xcomp") and prep is None:
        # "approved a 3% pay rise, costing $1.2 billion a year": what costs is the object before
        thing = _other_object(verb.head, span_tokens) if verb.head.pos_ in ("VERB", "AUX") else verb.head
        if thing is not None and thing.pos_ == "NOUN":
            words = [_word(c) for c in thing.lefts if c.dep_ in ("compound", "amod") and _is_content(c, span_tokens)
                     and not _proper(c) and not _holds_number(c)]
            return kind, " ".join(["cost of", *words, _word(thing)])
    if lemma == "cost" and prep in (None, "over", "under", "above", "below", "about", "around"):
        other = _other_object(verb, span_tokens)
        if other is not None:
            target = noun_phrase(other, set()) if other.pos_ != "PROPN" else other.text.lower()
            return kind, f"cost to {target}" if target else lemma
    if prep in ("to", "above", "below", "over", "under", "at"):
        other = _other_object(verb, span_tokens)
        if other is not None and other.pos_ == "NOUN":
            return kind, noun_phrase(other, span_tokens)
    if lemma in _measure_cues()["race_verbs"]:
        # "ran the 200 metres in 19.9 seconds": the race's distance and time
        if prep is None and dep == "dobj" and dimension_name(cand.unit) == "distance":
            return kind, "race distance"
        if prep == "in" and cand.unit in ("second", "minute", "hour"):
            return kind, "race time"
    if (prep is None and cand.unit in TIME_UNITS.values() and dep in ("dobj", "npadvmod")
            and lemma in _measure_cues()["duration_verbs"]):
        # "the average journey takes 40 minutes": how long the subject takes
        measure = _subject_measure(verb, span_tokens)
        if measure:
            return kind, measure
    if prep is None and lemma in _measure_cues()["transfer_verbs"] and not cand.fixed_kind:
        # "adding £900m to the firm's value", "wiping $3bn off its value": a change of the value
        for child in verb.children:
            if child.dep_ in ("prep", "prt") and child.lower_ in _measure_cues()["transfer_verbs"][lemma] and child.i > root.i:
                objects = [g for g in child.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
                if objects:
                    thing = noun_phrase(objects[0], span_tokens)
                    if thing:
                        return QuantityKind.CHANGE, thing
    if lemma in HAVING_VERBS and prep is None:
        other = _other_object(verb, span_tokens) if lemma == "cost" else None
        if other is not None:
            target = noun_phrase(other, set()) if other.pos_ != "PROPN" else other.text.lower()
            return kind, f"cost to {target}" if target else lemma
        measure = _subject_measure(verb, span_tokens)
        if measure:
            return kind, measure
    if ((prep in ("for", "over") or (prep is None and dep == "npadvmod" and root.head.i == verb.i))
            and cand.unit in TIME_UNITS.values() and lemma not in LEVEL_VERBS | HAVING_VERBS):
        # "the jury deliberated for nine hours", "the patient waited 14 hours": the activity
        # and who does it
        words = [w for w in (_common_subject(verb, span_tokens), lemma) if w]
        done = _other_object(verb, span_tokens)  # "discharged raw sewage for 3.6 million hours"
        if done is not None and done.pos_ == "NOUN" and done.i < root.i:
            words.append(noun_phrase(done, span_tokens) or "")
        return kind, " ".join(w for w in words if w)
    if prep == "at" and lemma in _measure_cues()["extreme_verbs"]:
        measure = _subject_measure(verb, span_tokens)  # "inflation peaked at 11.1%": a peak is its own measure
        return kind, f"{_measure_cues()['extreme_verbs'][lemma]} {measure}" if measure else lemma
    if lemma in LEVEL_VERBS or (prep == "at" and lemma in _measure_cues()["level_verbs_extra"]) or (
            prep == "at" and lemma in _measure_cues()["level_verbs"]
                                and (verb.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in verb.children))):
        measure = _subject_measure(verb, span_tokens)
        if measure:
            return kind, measure
        return kind, lemma if lemma != "be" else None
    if dep == "nsubjpass" or (dep == "nsubj" and any(c.dep_ == "auxpass" for c in verb.children)):
        # "dozens were arrested", "14 others were taken to hospital"
        tail = _prep_tail(verb, ("to", "in", "from", "for", "on"), span_tokens)
        return kind, " ".join([_participle(verb), *(tail or ())])
    if dep == "nsubj":
        # "nearly 98% backed strike action": the share doing something
        other = _other_object(verb, span_tokens)
        if other is not None and other.pos_ == "NOUN":
            thing = noun_phrase(other, span_tokens)
            if thing:
                return kind, f"{gerund(verb)} {thing}"
        return kind, lemma
    if prep is None and dep in ("dobj", "conj", "appos") and cand.unit in MONEY_UNITS and verb.pos_ == "VERB":
        return kind, _activity_measure(verb, span_tokens)
    other = _other_object(verb, span_tokens)
    if other is not None and prep is None:
        target = noun_phrase(other, set()) if other.pos_ != "PROPN" else other.text.lower()
        return kind, f"{lemma} to {target}" if target else lemma
    subject = _common_subject(verb, span_tokens) if prep in ("by", "for", "over", "in", "within", "after") else None
    return kind, f"{subject} {lemma}" if subject else lemma  # "flights were delayed by 45 minutes"


_LEVEL_PREPS = {"to", "from", "at", "of"}
_SKIPPABLE_BEFORE = {"by", "a", "an", "some", "about", "around", "nearly", "almost", "roughly", "over", "more", "than",
                     "just", "only", "another", "further", "sharply", "slightly", "as", "much", "many", "up"}


def _lexical_change(span: Span, cand: _Candidate) -> tuple[QuantityKind, str | None] | None:
    """'rose 4.1%', 'fell by 3 million', 'up 12%': the words before the figure, robust to misparses."""
    if cand.fixed_kind:
        return None
    doc = span.doc
    surface = doc.char_span(cand.start, cand.anchor_start, alignment_mode="expand") if cand.start < cand.anchor_start else None
    i = (surface.start if surface is not None and len(surface) else span.start) - 1
    steps = 0
    while i >= 0 and steps < 4:
        tok = doc[i]
        low = tok.lower_
        if low in _LEVEL_PREPS:
            return None
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in CHANGE_VERBS:
            span_tokens = {t.i for t in span}
            root = span.root
            lemma = tok.lemma_.lower()
            via_by = any(doc[j].lower_ == "by" for j in range(i + 1, span.start))
            if lemma in TRANSITIVE_CHANGE_VERBS and not via_by:
                other = _other_object(tok, span_tokens)
                if other is not None and other.i > span.start:
                    other = None
                if not cand.counted and other is None:
                    if cand.unit in MONEY_UNITS and lemma in _measure_cues()["fundraising_verbs"]:
                        return cand.kind, _funds_raised(tok, span_tokens)
                    return cand.kind, lemma
                if other is not None:
                    return QuantityKind.CHANGE, noun_phrase(other, span_tokens)
            if lemma in TRANSITIVE_CHANGE_VERBS and via_by:
                other = _other_object(tok, span_tokens)
                if other is not None:
                    return QuantityKind.CHANGE, noun_phrase(other, span_tokens)
            if cand.counted and root.dep_ in ("nummod", "compound", "quantmod") and root.head.pos_ == "NOUN":
                return QuantityKind.CHANGE, noun_phrase(root.head, span_tokens)
            return QuantityKind.CHANGE, _subject_measure(tok, span_tokens)
        if low in ("up", "down") and (i == span.start - 1) and not (tok.dep_ == "prt" and tok.head.lemma_.lower() not in CHANGE_VERBS):
            anchor = tok.head
            measure = None
            if anchor.pos_ in ("VERB", "AUX"):
                measure = _subject_measure(anchor, {t.i for t in span})
            elif anchor.pos_ in ("NOUN", "PROPN"):
                measure = noun_phrase(anchor, {t.i for t in span})
            return QuantityKind.CHANGE, measure
        if low not in _SKIPPABLE_BEFORE and tok.pos_ not in ("ADV", "PUNCT"):
            return None
        i -= 1
        steps += 1
    return None


def _funds_raised(verb: Token, span_tokens: set[int]) -> str:
    """Money raised by someone: 'the charity raised £5,000' -> 'funds raised by charity'
    (a name's subject goes to entities), so two fundraisers' totals are not one measure."""
    subject = _common_subject(verb, span_tokens)
    return f"funds raised by {subject}" if subject else "funds raised"


def _state_complement(word: Token) -> bool:
    """An adjective completing a verb of being or staying ("will stay closed", "remained
    shut", "was open"): a duration after it is how long its subject was in that state."""
    return word.pos_ == "ADJ" and word.dep_ in ("acomp", "oprd") and word.head.pos_ in ("VERB", "AUX")


def _state_duration_measure(state: Token, span_tokens: set[int]) -> str:
    """(n19) What a duration of a state measures: the subject and the state ("The road will
    stay closed for ten days" -> "road closed"), as "the road could be shut for six weeks"
    reads "road shut"; the verb of being says nothing of what lasted."""
    return " ".join(w for w in (_common_subject(state.head, span_tokens), state.lemma_.lower()) if w)


def _subject_measure(verb: Token, span_tokens: set[int]) -> str | None:
    subject = _subject(verb)
    if subject is None or subject.i in span_tokens:
        return None
    if (subject.pos_ == "PROPN" and subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC") and not list(subject.lefts)
            and not _misread_common_word(subject)):
        return None
    phrase = noun_phrase(subject, span_tokens)
    if phrase and subject.tag_ == "VBG" and subject.pos_ == "VERB":
        phrase = phrase.replace(_word(subject), subject.lower_, 1)  # a gerund subject as written: "lending"
    return phrase


def _entities(doc: Doc) -> SortedSpans[Span]:
    """(l58) `Doc.ents` read once, for the entities of one sentence after another:
    `Span.ents` rebuilds every entity of the document on each read, which made a long
    article's figures cost its length squared. `.inside(span.start, span.end)` gives what
    `span.ents` gives (entities never overlap)."""
    return SortedSpans(doc.ents, start=lambda e: e.start, end=lambda e: e.end)


def _clause_entities(span: Span, entities: SortedSpans[Span] | None = None) -> list[str]:
    """Named entities of the clause holding the figure, else of its sentence."""
    sent = span.sent
    ents = [e for e in (sent.ents if entities is None else entities.inside(sent.start, sent.end))
            if e.label_ not in NUMERIC_ENTITY_LABELS]
    if not ents:
        return []
    clause = span.root
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    left, right = clause.left_edge.i, clause.right_edge.i
    inside = [e for e in ents if e.start >= left and e.end - 1 <= right]
    chosen = inside or ents
    seen: list[str] = []
    for e in chosen:
        name = re.sub(r"['’]s$", "", e.text.strip())
        if name and name not in seen:
            seen.append(name)
    return seen


def _count_measure_and_per(doc: Doc, span: Span, cand: _Candidate, text: str) -> None:
    """A bare count with a counted noun right after it may carry a rate ('1,200 cases a day')."""
    nxt = span.end
    while nxt < len(doc) and nxt - span.end < 3 and doc[nxt].pos_ in ("ADJ", "NOUN", "PROPN"):
        nxt += 1
    if nxt > span.end and not cand.per:
        end_char = doc[nxt - 1].idx + len(doc[nxt - 1])
        per, per_end = _find_per(text, end_char)
        if per and per_end > end_char:
            cand.per = per
        else:
            cand.per = _clause_rate(doc[nxt - 1])


# Units whose figure is a share of something named after "of" ("40% of households"), not
# an amount of a material: a rate after that phrase is the whole's, not the figure's.
SHARE_UNITS = frozenset({"percent", "percentage_point", "fraction", "ratio", "times"})
MATERIAL_WORDS = 3


def _material_per(doc: Doc, span: Span, cand: _Candidate, text: str) -> None:
    """(n18) A figure of a unit with its material after "of" carries the rate after that
    material, as a count carries one after its noun ("1,200 cases a day"): "60 million
    litres of drinking water a day", "19 micrograms of lead per litre". At most
    `MATERIAL_WORDS` words of material, nouns and their modifiers only: "£5m of the
    budget this year" names no rate, and a rate after a longer phrase may be another's."""
    of = span.end
    if of >= len(doc) or doc[of].lower_ != "of":
        return
    nxt = of + 1
    while (nxt < len(doc) and nxt - of <= MATERIAL_WORDS
           and (doc[nxt].pos_ in ("ADJ", "NOUN", "PROPN") or doc[nxt].tag_ == "VBG")):
        nxt += 1
    if nxt == of + 1:
        return
    end_char = doc[nxt - 1].idx + len(doc[nxt - 1])
    per, per_end = _find_per(text, end_char)
    if per and per_end > end_char:
        cand.per = per


# "crossed the bridge daily": adverbs of a period
RATE_ADVERBS = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year",
                "yearly": "year", "hourly": "hour"}


def _clause_rate(noun: Token) -> str | None:
    """'About 12,000 vehicles crossed the bridge every day': the counted things are the
    subject or object of a verb said to happen every period, so the count is a rate like
    '12,000 vehicles a day' (which the words right after the noun give). The period may
    open the clause too ('Every day, 300 commuters use the line'). Not a period of another
    verb ('2,000 people were evacuated and the shelters fed them every day')."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    for child in verb.children:
        if _every_period(child):
            return time_unit(child.lower_)
        if child.i <= noun.i:
            continue
        if child.dep_ == "advmod" and child.lower_ in RATE_ADVERBS:
            return RATE_ADVERBS[child.lower_]
        # "crossed the bridge every day before it was closed": the parser hangs the
        # period on the clause after it; before that clause's own words it is the verb's
        if child.dep_ == "advcl":
            opening = [c.i for c in child.children if c.dep_ in ("mark", "nsubj", "nsubjpass")]
            for period in child.children:
                if opening and period.i < min(opening) and _every_period(period):
                    return time_unit(period.lower_)
    return None


def _every_period(token: Token) -> bool:
    """'every day', 'each week', 'per month' as a modifier of a verb."""
    return token.dep_ == "npadvmod" and time_unit(token.lower_) is not None and \
        any(d.dep_ == "det" and d.lower_ in ("every", "each", "per") for d in token.children)


# ---------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------


def find_quantities(doc: Doc) -> list[Quantity]:
    """Every figure in `doc`, in text order, with offsets into `doc.text`."""
    text = doc.text
    ents = _entities(doc)
    result: list[Quantity] = []
    for cand in _candidates(text):
        quantity = _to_quantity(doc, cand, text, ents)
        if quantity is None:
            continue
        if cand.extras.get("of_previous") and result and result[-1].measure:
            # ", up 18% on 2022", ", 15% more than a year earlier", ", almost 40% of them":
            # said of the figure just before, whatever its unit
            prev = result[-1]
            if _PREVIOUS_GAP.fullmatch(text, prev.end_char, quantity.start_char):
                quantity.measure = prev.measure
                if cand.extras["of_previous"] == "change" and not cand.fixed_kind:
                    quantity.kind = QuantityKind.CHANGE
        if quantity.unit == TIMES and quantity.measure in _measure_cues()["comparison_frames"]:
            # "rent reached $1,900, roughly double the level of 2010": a multiple of the figure
            # before in the sentence (not of a period: "in the six months to March")
            for prev in reversed(result):
                if _SENTENCE_END.search(text, prev.end_char, quantity.start_char):
                    break
                if prev.measure and prev.unit not in TIME_UNITS.values():
                    quantity.measure = prev.measure
                    break
        if cand.extras.get("inherit") and result:
            # "down from 4.1%", "compared with 11%", "or 20 euros for students", "not the 2,000
            # promised": the same measure as the figure it is set against
            prev = result[-1]
            if prev.measure and _same_family(prev.unit, quantity.unit) and not _SENTENCE_END.search(text, prev.end_char, quantity.start_char):
                quantity.measure = prev.measure
        result.append(quantity)
    return result


_SENTENCE_END = re.compile(r"[.!?][\s\"'”’]")
_HYPHEN_SPACED = re.compile(r"(?<=\w) - (?=\w)")
_INHERIT_BEFORE = re.compile(
    r"(?:\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bagainst|\b(?:up|down)\s+from|,\s*or|\bnot|\bfrom)\s+(?:the\s+|a\s+|an\s+)?"
    # "up from an original estimate of £33bn": the same measure, an earlier figure
    r"(?:(?:[a-z]+\s+)?(?:estimate|forecast|projection|figure|level|budget|target|total|prediction|guidance)s?\s+of\s+)?$",
    re.I,
)
# ", up 18% on 2022" after a figure: the change of that figure, whatever its unit.
_CHANGE_OF_PREVIOUS = re.compile(r",\s*(?:up|down)\s+(?:by\s+)?(?:(?:nearly|almost|about|around|roughly|some|over|more\s+than|just)\s+)?$", re.I)
_COMMA_BEFORE = re.compile(r",\s*(?:(?:nearly|almost|about|around|roughly|some|over|more\s+than|just|only)\s+)?$", re.I)
_COMPARATIVE_AFTER = re.compile(r"\s*(?:more|less|fewer|higher|lower|up|down|above|below)\b", re.I)
# "8.9 million visitors, almost 40 per cent of them": a share of the figure before.
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|those|these|whom|which)\b", re.I)
_PREVIOUS_GAP = re.compile(r"[^.;!?]{0,80}")


def _same_family(a: str | None, b: str | None) -> bool:
    money = MONEY_UNITS
    return a == b or (a in money and b in money)


def _candidates(text: str) -> list[_Candidate]:
    if not _patterns()["quick"].search(text):
        return []
    excluded = _excluded_spans(text)
    cands = _numeric_candidates(text, excluded) + _special_candidates(text, excluded) + _a_year_and_half(text)
    return [c for c in _select(cands) if not _article_possessive(text, c) and not _base_of_rate(text, c)]


# "per 100,000", "for every 1,000", "of every 100,000", "in every 10" right before a count.
_RATE_BASE_BEFORE = re.compile(r"\b(?:per|every)\s+$", re.I)


def _base_of_rate(text: str, cand: _Candidate) -> bool:
    """"31 overdose deaths per 100,000 people": the 100,000 is the population the rate is
    counted against (the figure before takes it as its `per`), not a figure of its own; read
    as one it is a count of people set against the story's other counts."""
    return cand.unit == COUNT and bool(_RATE_BASE_BEFORE.search(text, max(0, cand.start - 8), cand.start))


_ARTICLE_TIME_POSSESSIVE = re.compile(r"(?:an?|one)\s+\w+\s*$", re.I)


def _article_possessive(text: str, cand: _Candidate) -> bool:
    """'a year's course of the drug', 'a day's pay': an article and a time word used as a
    determiner say how much of something, not a duration of their own ("two weeks' notice",
    with a number, is still a figure)."""
    return (cand.unit in TIME_UNITS.values() and text.startswith(("'s", "\u2019s"), cand.end)
            and bool(_ARTICLE_TIME_POSSESSIVE.fullmatch(text, cand.start, cand.end)))


def has_figures(text: str) -> bool:
    """Whether `text` holds a figure by the lexical pass alone: callers holding only text can
    skip the parse, the costly part, for the sentences (most of an article) that have none."""
    return bool(_candidates(text))


def parse_quantities(text: str, nlp) -> list[Quantity]:
    """Convenience for callers holding text: runs the pipeline only if the text has a figure."""
    if not has_figures(text):
        return []
    return find_quantities(nlp(text))


def _tidy(x: float | None) -> float | None:
    """Drop binary noise ('0.5700000000000001') so values print and compare as written."""
    return None if x is None else float(f"{x:.12g}")


def _to_quantity(doc: Doc, cand: _Candidate, text: str,
                 ents: SortedSpans[Span] | None = None) -> Quantity | None:
    """`text` is `doc.text`, read once by the caller (each read re-joins every token)."""
    start, end = cand.start, cand.end
    while end > start and text[end - 1].isspace():
        end -= 1
    span = doc.char_span(cand.anchor_start, max(cand.anchor_end, cand.anchor_start + 1), alignment_mode="expand")
    kind, measure = cand.kind, cand.measure
    entities: list[str] = []
    if span is not None and len(span):
        if (cand.unit == TIMES and cand.kind == QuantityKind.CHANGE and span.root.pos_ not in ("VERB", "AUX")
                and not text[cand.anchor_start:cand.anchor_end].lower().endswith("fold")):
            return None  # "the doubles final", "the two halves": multiplier verbs read as nouns
        if cand.counted and cand.kind == QuantityKind.AMOUNT:
            _count_measure_and_per(doc, span, cand, text)
        elif cand.kind == QuantityKind.AMOUNT and not cand.per and cand.unit not in SHARE_UNITS:
            _material_per(doc, span, cand, text)
        kind, measure = _analyse(span, cand)
        if measure and _names_only_the_base(measure, cand, text):
            measure = None  # "22 of every 100,000 residents": residents are the base, not what is counted
        if _INHERIT_BEFORE.search(text, max(0, start - 48), start) and (
            span.end >= len(doc) or doc[span.end].pos_ not in ("NOUN", "PROPN", "ADJ") or not cand.counted
        ):
            cand.extras["inherit"] = True
        if (_CHANGE_OF_PREVIOUS.search(text, max(0, start - 24), start)
                or (_COMMA_BEFORE.search(text, max(0, start - 16), start) and _COMPARATIVE_AFTER.match(text, cand.anchor_end))):
            cand.extras["of_previous"] = "change"
        elif _OF_THEM_AFTER.match(text, cand.anchor_end):
            cand.extras["of_previous"] = "share"
        cue = _measure_cues()["after_figure"].get(doc[span.end].lower_) if span.end < len(doc) else None
        if cand.extras.get("age"):
            measure = "age"
        elif cue and cand.unit in (POINT, COUNT):
            measure = cue
        elif cand.extras.get("noun_after") and span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN", "ADJ"):
            following = doc[span.end]
            while following.pos_ == "ADJ" and following.head.i > following.i and following.head.pos_ == "NOUN":
                following = following.head
            measure = noun_phrase(following, {t.i for t in span}) or measure
        entities = _clause_entities(span, ents)
        if dimension_name(cand.unit) == "distance" and _metre_event().match(text, cand.end) and not text[cand.end:].lstrip().startswith("in "):
            measure = "race distance"  # "the 400m final", "the 110m hurdles"
        if measure is None or (" " not in measure and any(t.lemma_.lower() == measure and t.pos_ in ("VERB", "AUX") for t in span.sent)):
            # "Madrid is forecast to reach 35C": the unit says what is measured
            dimension = dimension_name(cand.unit)
            if dimension:
                places = [e.text.lower() for e in span.sent.ents if e.label_ in ("GPE", "LOC", "FAC")]
                if measure and measure not in LEVEL_VERBS | HAVING_VERBS:
                    measure = f"{dimension} {measure}"  # "ran 100 metres" -> distance run
                elif dimension == "temperature" and len(places) == 1:
                    measure = f"{dimension} in {places[0]}"
                else:
                    measure = dimension
        if (cand.unit in MONEY_UNITS and span.end < len(doc) and doc[span.end].idx == cand.anchor_end + 1
                and doc[span.end].pos_ in ("NOUN", "ADJ") and doc[span.end].dep_ in ("dobj", "attr", "pobj", "nsubj")
                and doc[span.end].head.i == span.root.head.i and doc[span.end].i != span.root.head.i):
            # "to pay a £40m fine" misparsed with the noun as a second object: the noun
            measure = noun_phrase(doc[span.end], {t.i for t in span}) or measure
        if measure:
            measure = _HYPHEN_SPACED.sub("-", measure)  # "pre - tax profit" -> "pre-tax profit"
        if measure and "average" not in measure and re.match(r"(?:an\s+)?average\s+of\b|on\s+average\b", text[start:cand.anchor_start], re.I):
            measure = f"average {measure}"  # an average is not comparable with a single figure
    value, low, high = _tidy(cand.value), _tidy(cand.low), _tidy(cand.high)
    if value is not None:
        low = min(low, value) if low is not None else None
        high = max(high, value) if high is not None else None
    return Quantity(
        surface=text[start:end],
        start_char=start,
        end_char=end,
        value=value,
        low=low,
        high=high,
        unit=cand.unit,
        per=cand.per,
        measure=measure,
        qualifier=cand.qualifier,
        kind=kind,
        entities=entities,
    )
