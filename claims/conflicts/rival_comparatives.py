"""(m108) A rival figure told by a bare comparative: "the true number was higher", "the real
cost was much higher", "the actual figure is lower still", "the real figure is much higher
than they admit". Said by a party after another party's figure, it rejects that figure
without giving its own (or gives it in a later sentence). Pure: text in, parts out; the
conflict rules (`disputes._comparative_target`) choose the figure.

Held out: a comparison of two named things or times ("higher than in 2019", "higher than
the national average": only "than" + a party's saying, a figure noun, a figure or a
pointer is a rival's figure), a forecast ("will be higher next year") and a negated or
questioned comparative ("was no higher")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claims.lexicon import data_lines

COMPARATIVES = r"(?:higher|lower|greater|bigger|larger|smaller|more|fewer|less)"
# Degree words between the copula and the comparative ("far", "much", "considerably").
DEGREE = (r"(?:(?:much|far|even|well|way|many\s+times|several\s+times|a\s+lot|a\s+good\s+deal|a\s+great\s+deal|"
          r"considerably|substantially|significantly|markedly|vastly|likely|probably|almost\s+certainly|"
          r"certainly|surely|clearly|undoubtedly|still)\s+)*")
COPULA = (r"(?:is|was|are|were|(?:would|will|could|must|may|might|should)\s+(?:have\s+)?be(?:en)?|"
          r"(?:is|was|are|were)\s+(?:likely|bound|sure|certain)\s+to\s+be|has\s+been|had\s+been|have\s+been)")
# "we believe", "I think that" before the subject, in a quote (and a phrase of the grounds
# before it: "Even on the association's own papers, the real figure ...").
OPINION = r"(?:(?:we|i)\s+(?:believe|think|know|suspect|reckon|estimate|are\s+sure|am\s+sure)\s+(?:that\s+)?)?"
TRUTH = r"(?:real|true|actual|genuine|correct|accurate)"
# The subject's reach: "the true number of searches", "the true figure across all schools".
REACH = r"(?P<reach>\s+(?:of|for|across|in|among|at|on)\s+[^,;:.\"“”]{1,60}?)?"


@cache
def comparative_nouns() -> dict[str, str]:
    """claims/data/conflict_rival_comparative_nouns.txt: noun -> the kind of figure it names."""
    return {noun.strip().lower(): kind.strip().lower() for noun, _, kind in
            (line.partition(":") for line in data_lines("conflict_rival_comparative_nouns.txt"))}


@cache
def rival_comparative_pattern() -> re.Pattern[str]:
    nouns = "|".join(sorted(map(re.escape, comparative_nouns()), key=len, reverse=True))
    return re.compile(
        r"^[\W_]*(?:(?:even\s+)?(?:on|by|from|in|at|according\s+to)\s+[^,;:.]{1,60},\s+)?" + OPINION + r"the\s+" + TRUTH + r"\s+(?:[a-z-]+\s+)?(?P<noun>" + nouns + r")\b" + REACH
        + r"\s+(?P<copula>" + COPULA + r")\s+[\"“‘]?" + DEGREE + r"(?P<comparative>" + COMPARATIVES + r")\b"
        + r"(?P<rest>[^.;!?]*)", re.IGNORECASE)


# "than" followed by what a party said: a pronoun or a named party with a verb of saying
# ("than they admit", "than the company has said"), a statement's figure noun ("than the
# regulator's figure", "than the official count"), a figure ("than 420"), or a pointer
# ("than that").
SAYING_VERBS = (r"(?:admits?|admitted|says?|said|claims?|claimed|suggests?|suggested|reports?|reported|states?|stated|"
                r"publish(?:es|ed)?|acknowledges?|acknowledged|accepts?|accepted|estimates?|estimated|records?|recorded|"
                r"counts?|counted|thinks?|thought|believes?|believed|concedes?|conceded|announced|announces?|recognises?|"
                r"recognised|puts?\s+it|let\s+on|lets\s+on|records?\s+show|figures?\s+show)")
THAN_SAID = re.compile(
    r"^\s*than\s+(?:"
    r"(?:that|this|those|these)\b(?!\s+(?:of|in|at|for)\b)"
    r"|(?:about|around|some|the\s+)?[£$€]?\d"
    r"|(?:they|it|he|she|the\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+"
    r"(?:(?:has|have|had|is|are|was|were|will|would|would\s+have|is\s+willing\s+to|are\s+willing\s+to|will\s+ever|ever|"
    r"publicly|officially|first)\s+)*" + SAYING_VERBS + r"\b"
    r"|(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w'’-]+['’]s?\s+)?(?:(?:own|official|published|reported|headline|"
    r"stated|quoted|announced|published|latest|original|first|[\w-]+)\s+){0,2}"
    r"(?:figures?|numbers?|counts?|totals?|estimates?|tally|statistics|data|toll|claims?)\b(?!\s+(?:in|for|of)\s+(?:19|20)\d\d)"
    r")", re.IGNORECASE)
FUTURE = re.compile(r"^(?:would|will|could|might|may|should)\b|\b(?:bound|sure|certain)\s+to\b", re.IGNORECASE)
# A time the comparative is set at: "will be higher next year", "by 2030", "in the coming months".
LATER_TIME = re.compile(r"\b(?:next|by\s+(?:the\s+end|(?:19|20)\d\d)|in\s+(?:(?:19|20)\d\d|future|the\s+future|"
                        r"the\s+coming|coming|years?\s+to\s+come)|over\s+(?:time|the\s+(?:next|coming))|within\s+|"
                        r"from\s+(?:next|now)|later\s+(?:this|in)|in\s+(?:a|two|three|five|ten)\s+years?)",
                        re.IGNORECASE)
SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘]?[A-Z])")


@dataclass(frozen=True)
class RivalComparative:
    noun: str           # "number", "cost"
    kind: str           # count, money, percent, any
    reach: str          # "searches" of "the true number of searches"; "" when none
    compared: str       # what "than" names ("they admit", "420", "the regulator's figure"); "" when none
    start: int          # offset of the sentence in the text


def rival_comparative(text: str) -> RivalComparative | None:
    """A sentence of `text` (a claim's own words; a quote may hold several) that sets "the
    true/real/actual <figure noun>" above or below another's by a bare comparative, and is
    no comparison of two named things, no forecast; else None."""
    offset = 0
    for sentence in SENTENCE_BREAK.split(text):
        start = text.find(sentence, offset)
        offset = max(start, 0) + len(sentence)
        m = rival_comparative_pattern().match(sentence)
        if not m:
            continue
        rest = m.group("rest")
        rest_words = rest.strip().lstrip("\"“‘")
        rest_words = re.sub(r"^still\b\s*", "", rest_words, flags=re.IGNORECASE)
        compared = ""
        if re.match(r"than\b", rest_words, re.IGNORECASE):
            said = THAN_SAID.match(rest_words)
            if not said:
                continue  # "higher than in 2019", "than the national average": two things compared
            compared = rest_words[4:].strip()
            if m.group("comparative").lower() in ("more", "fewer", "less") and re.match(r"(?:\w+\s+)?[£$€]?\d", compared):
                continue  # "the real number was more than 2,600": a bound of the speaker's own figure (d60's)
        elif any(ch.isdigit() for ch in rest) and not re.match(r"[^\d]*?(?:,\s*)?\b(?:because|since|once|when|as)\b", rest):
            continue  # "the true cost was higher, at £12m": a figure set in place of another (d60's)
        elif m.group("comparative").lower() in ("more", "fewer", "less") and not rest_words[:1] in ("", ",", '"', "”"):
            continue  # "the real cost was more complicated": no comparative of a figure
        if FUTURE.search(m.group("copula")) and LATER_TIME.search(rest):
            continue  # "the real cost will be higher next year": a forecast
        reach = (m.group("reach") or "").strip()
        reach = re.sub(r"^(?:of|for|across|in|among|at|on)\s+", "", reach, flags=re.IGNORECASE)
        noun = m.group("noun").lower()
        return RivalComparative(noun, comparative_nouns()[noun], reach, compared, max(start, 0))
    return None
