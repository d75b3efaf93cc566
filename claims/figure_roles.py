"""What part a figure plays in its sentence, beyond its measure: a target, a part of a
stated whole, an increment, and the event its clause names.

Two figures of one measure conflict only when they play the same part. "had fallen to 81%"
is not contradicted by "a target of 95%" (a target is not a measurement), "14 of the 300
homes" not by "300 homes" (a part against its whole), "two more victims" not by "at least
seven people" (an increment against a total). Measures alone also miss what a sentence's
verb says: "forcing 2,000 residents from their homes" and "2,500 people have been evacuated"
count one event, "600 stranded" and "2,000 in emergency shelters" two. The words are data
(`claims/data/conflict_event_words.txt`, `conflict_target_words.txt`,
`conflict_increment_words.txt`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from claims.lexicon import data_lines, data_words, negation_pattern, phrase_pattern
from claims.memo import memoised_per_text
from claims.models import Claim, Quantity
from claims.overlap import FUNCTION_WORDS
from claims.rebuttals import judged_subject_end

# How far, in characters, a figure's clause reaches on each side when reading its event.
EVENT_REACH_CHARS = 60
# Clause edges: punctuation on either side (not the comma of a figure, "2,300"); before
# the figure also " and " / " but ", and after it one starting another verb, so that
# "killing seven people and forcing 2,000 residents" gives each figure its own verb
# ("porters and cleaners staged" is one clause).
CLAUSE_AFTER = re.compile(r"(?<!\d),|,(?!\d)|[;:()\"“”]|\s[-–—]\s|\s(?:and|but|while)\s+(?=[a-z]+(?:ing|ed)\b)")
CLAUSE_BEFORE = re.compile(r"(?<!\d),|,(?!\d)|[;:()\"“”]|\s[-–—]\s|\b(?:and|but|while|whereas)\s")
# "14 of the 300", "1,400 of the port's 2,300": a possessive may stand before the whole.
WHOLE_LINK = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+|a\s+total\s+of\s+)?"
                        r"(?:[\w-]+['’]s\s+)?$", re.IGNORECASE)


def _phrase(phrase: str) -> str:
    words = []
    for word in phrase.lower().split():
        if word == "...":
            words.append(r"(?:\S+\s+){0,6}?")
            continue
        body = re.escape(word.rstrip("*"))
        words.append(body + (r"[\w'-]*" if word.endswith("*") else "") + r"\s+")
    return "".join(words)[: -len(r"\s+")]


def _named_phrase_groups(name: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(group name, pattern of its phrases) per "name: phrase, phrase" line of claims/data/NAME."""
    groups = []
    for line in data_lines(name):
        group, _, phrases = line.partition(":")
        body = "|".join(_phrase(p.strip()) for p in sorted(phrases.split(","), key=len, reverse=True) if p.strip())
        groups.append((group.strip(), re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)))
    return tuple(groups)


@cache
def event_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(event name, pattern of its phrases) per line of conflict_event_words.txt."""
    return _named_phrase_groups("conflict_event_words.txt")


def _offsets(q: Quantity, claim: Claim) -> tuple[int, int]:
    return max(q.start_char - claim.sentence_start, 0), max(q.end_char - claim.sentence_start, 0)


def _neighbours(q: Quantity, claim: Claim) -> tuple[int, int]:
    """Sentence offsets of the nearest other figures' ends before and starts after q."""
    start, end = _offsets(q, claim)
    before, after = 0, len(claim.sentence)
    for other in claim.quantities:
        if other is q:
            continue
        o_start, o_end = _offsets(other, claim)
        if o_end <= start:
            before = max(before, o_end)
        elif o_start >= end:
            after = min(after, o_start)
    return before, after


def clause_around(q: Quantity, claim: Claim) -> str:
    """The words of a figure's own clause, from the figure before it: the stretch of
    sentence whose verb says what the figure counts (a figure after it may be part of it,
    "joined the 48-hour stoppage")."""
    start, end = _offsets(q, claim)
    before, _ = _neighbours(q, claim)
    left = claim.sentence[max(before, start - EVENT_REACH_CHARS):start]
    edges = list(CLAUSE_BEFORE.finditer(left))
    if edges:
        left = left[edges[-1].end():]
    # A part's verb comes after its whole ("around 1,400 of the port's 2,300 registered
    # dockworkers joined the action"): the reach runs from the whole.
    whole = whole_of(q, claim)
    reach = _offsets(whole, claim)[1] + EVENT_REACH_CHARS if whole is not None else end + EVENT_REACH_CHARS
    right = claim.sentence[end:reach]
    edge = CLAUSE_AFTER.search(right)
    if edge:
        right = right[:edge.start()]
    return f"{left} {q.surface} {right}"


def figure_events(q: Quantity, claim: Claim) -> frozenset[str]:
    """Names of the events the figure's clause or its measure names ("death",
    "evacuation"): a measure taken from another sentence ("That is a rate of 9.4 per
    100,000", restating "road deaths") names the event the clause does not."""
    clause = clause_around(q, claim)
    if q.measure:
        clause = f"{clause} {q.measure}"
    return frozenset(name for name, pattern in event_patterns() if pattern.search(clause))


# ("and" is no edge: "2,300 homes in the town and surrounding villages had been flooded".)
ACT_CLAUSE_EDGE = re.compile(r"\b(?:but|said|says|that|which|who|while|whereas|as|after|before|when|where|since(?!\s+(?:been|then))|until|during|because|following|amid|despite|if|once)\b")


@cache
def act_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(act class, pattern of its phrases) per line of conflict_act_classes.txt."""
    return _named_phrase_groups("conflict_act_classes.txt")


def figure_act(q: Quantity, claim: Claim) -> str | None:
    """(v29) The class of the act phrase nearest the figure in its own clause ("protected
    about 2,100 homes" -> protection; "640 homes were flooded" -> damage), a phrase before
    the figure winning a tie; None when the clause names no listed act. The nearest, not
    every one: "protected about 3,000 homes which would otherwise have flooded" counts
    homes protected, not flooded. Of two phrases as near, the longer wins ("carried out"
    over "carried")."""
    clause = clause_around(q, claim)
    at = clause.find(f" {q.surface} ") + 1
    end = at + len(q.surface)
    # After the figure, the act stops at another clause's start: "the death toll rose to
    # four and the council said far more homes had been flooded" counts no flooding, "17
    # patients were admitted since the outbreak began" no start.
    edge = ACT_CLAUSE_EDGE.search(clause, end)
    stop = edge.start() if edge else len(clause)
    best: tuple[tuple[int, bool, int], str] | None = None
    for name, pattern in act_patterns():
        for m in pattern.finditer(clause):
            if m.start() >= stop:
                continue
            if m.end() <= at:
                key = (at - m.end(), False, m.start() - m.end())
            elif m.start() >= end:
                key = (m.start() - end, True, m.start() - m.end())
            else:  # a phrase around the figure: "pulled 52 people alive"
                key = (0, False, m.start() - m.end())
            if best is None or key < best[0]:
                best = (key, name)
    # "neutral" phrases hold a listed word but name no act ("a survey carried out").
    return best[1] if best and best[1] != "neutral" else None


# (n20) An event named as the circumstance of what a figure counts, not as its act: in a
# phrase of time or cause ("postponed during the walkout", "closed after the fire"), or as
# the subject of a verb of causing before the figure ("the strike led to 340 operations
# being cancelled", "the fire forced 2,000 residents from their homes").
CIRCUMSTANCE_BEFORE = re.compile(r"\b(?:during|amid|throughout|after|following|since|before|despite|because\s+of|"
                                 r"due\s+to|caused\s+by)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
CIRCUMSTANCE_HEDGES = r"about|around|some|nearly|almost|more\s+than|over|at\s+least|roughly|an\s+estimated"
CAUSING_AFTER = re.compile(r"^(?:\s+[\w'’-]+){0,6}?\s+(?:led\s+to|leads\s+to|lead\s+to|caused|causes|forced|forces|"
                           rf"meant|means|resulted\s+in|results\s+in|saw|sees|prompted|left)\s+(?:(?:{CIRCUMSTANCE_HEDGES})\s+)*$",
                           re.IGNORECASE)
# (r20) An event whose doers or sufferers the figure itself is ("during a walkout by 350
# workers", "after the evacuation of 2,000 residents"): the figure's act, wherever the
# phrase stands.
EVENT_OF_FIGURE = re.compile(rf"^\s+(?:by|of|involving)\s+(?:(?:{CIRCUMSTANCE_HEDGES})\s+)*$", re.IGNORECASE)
# (r87) An event word naming a time of the figure's clause, before a noun of days ("kept 22
# routes running on strike days", "On most strike days we ran 24 routes", "sales on
# flood nights"): the days the event fell on, a circumstance like "during the strike".
# The event word must follow a preposition of time (and up to two words: "on most", "in
# the"): "were evacuated days before the storm" is the evacuation itself.
EVENT_AS_TIME_AFTER = re.compile(r"^\s+(?:days?|weeks?|nights?|mornings?|afternoons?|evenings?|dates?)\b"
                                 r"(?!\s+(?:before|after|ago|earlier|later)\b)", re.IGNORECASE)
EVENT_AS_TIME_BEFORE = re.compile(r"\b(?:on|in|over|across|throughout|for)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


def _event_as_time(clause: str, m: re.Match[str]) -> bool:
    """(r87) The event of match `m` names days of `clause` ("on strike days", "On most strike
    days"): `EVENT_AS_TIME_BEFORE` before it, `EVENT_AS_TIME_AFTER` after it."""
    return bool(EVENT_AS_TIME_AFTER.match(clause[m.end():]) and EVENT_AS_TIME_BEFORE.search(clause[:m.start()]))


def circumstantial_events(q: Quantity, claim: Claim) -> frozenset[str]:
    """(n20) The events of `figure_events` that the figure's clause names only as a
    circumstance of what it counts ("610 planned procedures were postponed during the
    walkout"), not as what befell or was done by the counted ("700 nurses walked out"):
    two figures sharing the event in those two relations count two things, nurses who
    struck and operations the strike cost. An event "by" or "of" the figure ("during a
    walkout by 350 workers") is its act wherever it stands (r20). (r87) So is an event named
    as the days it fell on ("22 routes ran on strike days" / "640 drivers walked out"): the
    routes run are no strikers (`_event_as_time`)."""
    clause = clause_around(q, claim)
    at = clause.find(f" {q.surface} ") + 1
    after_figure = at + len(q.surface)
    acts, circumstances = set(), set()
    for name, pattern in event_patterns():
        for m in pattern.finditer(clause):
            before_figure = m.end() <= at
            # The phrase of time or cause on the event's own side of the figure: "Since
            # Monday 700 nurses have walked out" names no circumstance of the walkout (r20).
            lead = clause[:m.start()] if before_figure else clause[after_figure:m.start()]
            if before_figure and EVENT_OF_FIGURE.match(clause[m.end():at]):
                acts.add(name)
            elif CIRCUMSTANCE_BEFORE.search(lead) or _event_as_time(clause, m) or \
                    (before_figure and CAUSING_AFTER.match(clause[m.end():at])):
                circumstances.add(name)
            else:
                acts.add(name)
    if q.measure:
        acts.update(name for name, pattern in event_patterns() if pattern.search(q.measure))
    return frozenset(circumstances - acts)


def _side_patterns(file_name: str, first_side: str) -> tuple[tuple[int, re.Pattern[str]], ...]:
    """(+1 for `first_side`, -1 for the other, the pattern of its phrases) per line
    "side: phrase, phrase" of a two-sided word list."""
    return tuple((1 if side == first_side else -1, pattern) for side, pattern in _named_phrase_groups(file_name))


@cache
def gain_loss_patterns() -> tuple[tuple[int, re.Pattern[str]], ...]:
    """(+1 for a gain, -1 for a loss, the pattern of its phrases): conflict_gain_loss_words.txt."""
    return _side_patterns("conflict_gain_loss_words.txt", "gain")


@cache
def provision_use_patterns() -> tuple[tuple[int, re.Pattern[str]], ...]:
    """(+1 for made available, -1 for used, the pattern of its phrases):
    conflict_provision_use_words.txt."""
    return _side_patterns("conflict_provision_use_words.txt", "provided")


def _one_side(q: Quantity, claim: Claim, patterns: tuple[tuple[int, re.Pattern[str]], ...]) -> int:
    clause = clause_around(q, claim)
    found = {side for side, pattern in patterns if pattern.search(clause)}
    return found.pop() if len(found) == 1 else 0


def gain_or_loss(q: Quantity, claim: Claim) -> int:
    """Whether a count's own clause says it was gained (+1: "will create 150 jobs", "hired
    300 drivers") or lost (-1: "will cost 650 jobs", "laid off 120 drivers"), 0 when it
    says neither or both. Two counts of one noun gained and lost are two things, whatever
    their measure shares (session 8)."""
    if q.unit != "count":
        return 0  # "cost $5 million" is a price, not a loss
    return _one_side(q, claim, gain_loss_patterns())


def provided_or_used(q: Quantity, claim: Claim) -> int:
    """Whether a figure's own clause says it was made available (+1: "set aside £2.4m", "a
    budget of £48m", "opened 400 extra beds") or used (-1: "has spent £900,000", "260 extra
    beds were in use"), 0 when it says neither or both. What was provided bounds what was
    used, so a fact-checker reads no disagreement in the two: a budget is not contradicted
    by the amount spent, nor a ward's capacity by its occupancy (p21). Two budgets, or two
    sums spent, still compare."""
    return _one_side(q, claim, provision_use_patterns())


TARGET_BEFORE_WORDS = 3
TARGET_AFTER_WORDS = 2
WORDS = re.compile(r"[A-Za-z][\w'-]*")


def is_target(q: Quantity, claim: Claim) -> bool:
    """A figure named as a target, threshold or limit: a word of conflict_target_words.txt
    within three words before it ("a target of 95%") or two after it ("the 95% needed"),
    or (t30) governed by a verb of aim before an infinitive anywhere in its own clause
    before it ("which aims to keep inflation at 2%": the aim governs the figure five words
    on; an aim is not a rival of an outcome)."""
    start, end = _offsets(q, claim)
    before, after = _neighbours(q, claim)
    words = data_words("conflict_target_words.txt")
    left = WORDS.findall(claim.sentence[before:start])[-TARGET_BEFORE_WORDS:]
    right = WORDS.findall(claim.sentence[end:after])[:TARGET_AFTER_WORDS]
    if right and right[-1].lower() in NEEDING_VERBS and len(right) == TARGET_AFTER_WORDS and \
            _needs_an_object(claim.sentence[end:], right[-1]):
        right = right[:-1]
    return any(w.lower() in words for w in (*left, *right)) or is_demand(q, claim) or \
        bool(aim_pattern().search(_own_clause_before(claim.sentence[before:start]))) or \
        bool(NORM_BOUND.search(claim.sentence[max(0, start - NORM_REACH_CHARS):start]))


# (g70) A bound a norm sets: 'no installer "should wait more than a month" to be paid' says
# what ought to be, not how long anyone waited, and was compared with "waiting three
# months for the money". A negated subject, "should" or "ought to" (a quote mark or up to
# three words between), then up to three words before the figure, in one clause.
# (k72, review cr72) A clause opener among those words starts another clause, the figure's
# own: "Nobody should forget that 12 workers were injured" tells how many were, and is no
# bound ("no one should wait more than 12 weeks" still is).
_NORM_WORD = r"(?:(?!(?:that|whether|how|what|when|why|if)\s)[\w'’-]+\s+)"
NORM_BOUND = re.compile(r"(?<![\w-])(?:no|nobody|none|no\s+one|no-one)\s+[\"“”‘’']?"
                        + _NORM_WORD + r"{0,3}?[\"“”‘’']?(?:should|ought\s+to)\s+"
                        + _NORM_WORD + r"{0,3}?[\"“”‘’']?$", re.IGNORECASE)
NORM_REACH_CHARS = 80


# (n65) Target words after a figure that are also the verb of its counted noun ("Nine
# people needed hospital treatment": the people needed it, nine is no threshold).
NEEDING_VERBS = frozenset({"needed", "required"})
# What may follow "needed" / "required" naming the figure as a threshold: "the 326 seats
# needed for a majority", "the 40 signatures required to force a vote", "the 95% needed."
THRESHOLD_FOLLOWERS = re.compile(r"^\s*(?:$|[,.;:)\"”]|(?:to|for|by|under|in|before|if|on)\b)", re.IGNORECASE)


def _needs_an_object(after: str, verb: str) -> bool:
    """(n65) "needed" / "required" after the figure's counted noun, followed by its own
    object ("9 people needed hospital treatment", "12 homes required new roofs"): the verb
    of what the counted did or lacked, not a threshold the figure is ("the 326 seats needed
    for a majority", "the 95% needed"). Only the second word after the figure: right after
    it ("the 95% needed") it is always read as a threshold. (k70) `after` runs to the
    sentence's end, past the next figure: "Nine people needed 14 stitches each" has its
    object ("14 stitches") where the figure's window ends, which is no end of a clause."""
    at = re.search(rf"\b{re.escape(verb)}\b", after)
    return at is not None and not THRESHOLD_FOLLOWERS.match(after[at.end():])


@cache
def aim_pattern() -> re.Pattern[str]:
    """(t30) A verb of aim or pledge before an infinitive ("aims to keep", "pledged to
    build"): conflict_aim_verbs.txt followed by "to", and no other infinitive between it and
    the figure ("promised to challenge the decision to withdraw 31 services": the promise is
    the challenge, the 31 the decision's)."""
    verbs = "|".join(re.escape(w) for w in data_lines("conflict_aim_verbs.txt"))
    return re.compile(rf"\b(?:{verbs})\s+to\s(?!.*\bto\s)", re.IGNORECASE)


def _own_clause_before(left: str) -> str:
    """The stretch of a figure's own clause before it: from the last clause edge (a comma,
    "and", "but", "said", "that", "which", "as", ...) on."""
    for edges in (CLAUSE_BEFORE, ACT_CLAUSE_EDGE):
        cut = list(edges.finditer(left))
        if cut:
            left = left[cut[-1].end():]
    return left


INCREMENT_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def is_increment(q: Quantity, claim: Claim) -> bool:
    """A figure followed by "more" / "additional" ("two more victims") or after "a
    further" / "another" ("fell a further 6%"): an addition to a total, not the total."""
    start, end = _offsets(q, claim)
    words = data_words("conflict_increment_words.txt")
    following = WORDS.match(claim.sentence[end:].lstrip())
    preceding = INCREMENT_BEFORE.search(claim.sentence[max(start - 20, 0):start])
    if following is not None and _attributive_comparative(
            q, claim.sentence[max(start - 20, 0):start], claim.sentence[end:].lstrip(), following):
        following = None
    return any(m is not None and m.group(m.lastindex or 0).lower() in words for m in (following, preceding))


# (f87) The word after a comparative that makes it an adjective of a noun: any word but a
# function word ("than", "in", "this", "last" ...) or a word that goes on the comparison
# ("2,000 higher compared with", "300 higher overall", "lower despite":
# comparison_continuers.txt).
NOUN_AFTER = re.compile(r"\s+([A-Za-z][\w'-]*)")
# (cr87) A figure after a copula is a predicate ("Attendance was 2,000 higher ..."): its
# comparative says by how much, whatever word follows. (cr88) Not a possessive "'s" ("the
# town's 40 smaller shops"), nor an existential "there were" ("There were four smaller
# villages cut off").
COPULA_BEFORE = re.compile(r"(?<!\bthere\s)\b(?:is|are|was|were|be|been|being)\s+$", re.IGNORECASE)


def _attributive_comparative(q: Quantity, left: str, rest: str, following: re.Match[str]) -> bool:
    """(f87) A count followed by a comparative of size and a noun ("four smaller villages",
    "23 smaller grass fires"): the comparative is the noun's adjective and the figure counts
    the noun, no difference. Not "£4m smaller", "4% lower prices" (a sum or share: by how
    much), nor "two smaller than planned" (conflict_attributive_comparatives.txt)."""
    if q.unit != "count" or following.group(0).lower() not in data_words("conflict_attributive_comparatives.txt"):
        return False
    if COPULA_BEFORE.search(left):
        return False
    after = NOUN_AFTER.match(rest, following.end())
    return (after is not None and after.group(1).lower() not in FUNCTION_WORDS
            and after.group(1).lower() not in data_words("comparison_continuers.txt"))


def whole_of(q: Quantity, claim: Claim) -> Quantity | None:
    """The figure a part is "of" ("14 of the 300 homes" -> 300), if the sentence says."""
    _, end = _offsets(q, claim)
    for other in claim.quantities:
        o_start, _ = _offsets(other, claim)
        if other is not q and o_start > end and WHOLE_LINK.fullmatch(claim.sentence[end:o_start]):
            return other
    return None


def is_whole(q: Quantity, claim: Claim) -> bool:
    """The whole another figure of the sentence is part of ("300" in "14 of the 300")."""
    return any(whole_of(other, claim) is q for other in claim.quantities if other is not q)


@cache
def demand_pattern() -> re.Pattern[str]:
    return phrase_pattern(data_lines("conflict_demand_verbs.txt"))


def is_demand(q: Quantity, claim: Claim) -> bool:
    """A figure its own clause asks for ("is seeking a pay rise of 9%"): a target."""
    start, _ = _offsets(q, claim)
    before, _ = _neighbours(q, claim)
    left = claim.sentence[max(before, start - EVENT_REACH_CHARS):start]
    edges = list(CLAUSE_BEFORE.finditer(left))
    return bool(demand_pattern().search(left[edges[-1].end():] if edges else left))


@cache
def update_pattern() -> re.Pattern[str]:
    return phrase_pattern(data_lines("conflict_update_words.txt"))


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# (r100) Not a weekday that recurs: "on Friday and Saturday nights last year", "on Sunday
# mornings" name every such night of a period, no one day to date a figure to.
ON_WEEKDAY = re.compile(r"\bon\s+(" + "|".join(WEEKDAYS) + r")\b"
                        r"(?!\s+(?:(?:and|or)\s+(?:" + "|".join(WEEKDAYS) + r")\s+)?"
                        r"(?:nights|evenings|mornings|afternoons)\b)", re.IGNORECASE)


def reports_change(claim: Claim) -> bool:
    """The sentence says a count has changed ("has risen to 11")."""
    return _reports_change(claim.sentence)


@memoised_per_text
def _reports_change(sentence: str) -> bool:
    return bool(update_pattern().search(sentence))


def stated_day(claim: Claim, published: date | None) -> date | None:
    """The day a sentence dates its figure to: the first "on Tuesday" it names, the latest
    such day up to the article's date; None when it names none (an article's date alone
    does not say which day's count it gives)."""
    weekday = _weekday_named(claim.sentence)
    if published is None or weekday is None:
        return None
    back = (published.weekday() - weekday) % 7
    return published - timedelta(days=back)


@memoised_per_text
def _weekday_named(sentence: str) -> int | None:
    m = ON_WEEKDAY.search(sentence)
    return WEEKDAYS.index(m.group(1).lower()) if m else None


NEGATION_BEFORE_WORDS = 3
QUALIFYING_NO = re.compile(r"\bno\s+(?:more|fewer|less|later|earlier|sooner)\s+than\s*$", re.IGNORECASE)


def is_negated(q: Quantity, claim: Claim) -> bool:
    """A figure its own clause denies ("we cannot pay 9%", "did not reach 5,000"): what is
    refused or denied is not a value the speaker states."""
    start, _ = _offsets(q, claim)
    before, _ = _neighbours(q, claim)
    left = claim.sentence[max(before, start - EVENT_REACH_CHARS):start]
    edges = list(CLAUSE_BEFORE.finditer(left))
    left = left[edges[-1].end():] if edges else left
    if QUALIFYING_NO.search(left):
        return False
    near = " ".join(re.findall(r"[\w'’]+", left)[-NEGATION_BEFORE_WORDS:])
    return bool(negation_pattern().search(near))


def is_rejected(q: Quantity, claim: Claim) -> bool:
    """A figure in the subject its claim judges ("The figure of $80 million is simply
    wrong", "the union's estimate of 4,000 strikers was inflated"): the speaker names
    another's figure to reject it, and states no value of his own."""
    judged_end = judged_subject_end(claim.text, claim.sentence[:max(claim.start_char - claim.sentence_start, 0)])
    return judged_end is not None and claim.start_char <= q.start_char and \
        q.end_char <= claim.start_char + judged_end


SOURCE_COUNT = re.compile(r"\baccording\s+to\s+(?:at\s+least\s+)?$", re.IGNORECASE)


def counts_sources(q: Quantity, claim: Claim) -> bool:
    """A figure counting who a report is from ("according to two people involved in the
    talks"), not anything the report is about."""
    start, _ = _offsets(q, claim)
    return bool(SOURCE_COUNT.search(claim.sentence[max(start - 30, 0):start]))


# (u18) "every" right before a figure of time: how often something recurs.
EVERY_BEFORE = re.compile(r"\b(?:once\s+)?every\s+$", re.IGNORECASE)
TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade"})


def is_interval(q: Quantity, claim: Claim) -> bool:
    """(u18) A figure of time after "every" ("buses run every 20 minutes", "inspected
    every five years") is the interval between recurrences, not how long anything lasts
    or how late it runs ("running 40 minutes late"): figures of the two are not rivals."""
    if q.unit not in TIME_UNITS:
        return False
    start, _ = _offsets(q, claim)
    return bool(EVERY_BEFORE.search(claim.sentence[max(start - 20, 0):start]))
