"""Rejections recognised by how a clause is built, not by a rebuttal word (round d10).

A party often rejects another's statement without any word of conflict_dispute_cues.txt:
"the attendance figure did not tally with ticket data", "the cooperative's estimate was
premature", "Khan's numbers do not add up", "organisers did not recognise that
description", "the real number was fewer than 2,000". Such clauses share a shape: their
subject (or the object of a negated verb of accepting) is a statement of someone,
named by a claim or figure noun after a possessive or a demonstrative ("the union's
figure", "that description", "the council's claimed savings"), and their predicate
judges it (a copula and a complement, or a negated verb). The rebuttal vocabulary of
unseen articles is open-ended ("pie in the sky", "wishful thinking", "an insult to the
truth"); the shape is not. These functions read it from the text alone: the conflict
rules run on stored claims, without a parse.
"""

from __future__ import annotations

import re
from functools import cache

from claims.lexicon import data_alternation, data_lines, data_words, dispute_pattern, phrase_pattern

# The predicate of a clause: a copula, or a negated verb ("did not tally", "do not add
# up", "never happened").
# (d20) "bears no relation to reality", "bore no resemblance to what happened": a fixed
# denial of any likeness between the statement and the facts.
PREDICATE = re.compile(r"\b(?:(?P<copula>is|was|are|were|(?:has|have|had)\s+been|would\s+be|will\s+be)|"
                       r"(?P<negated>(?:do|does|did|could|would|will|can|should)\s*(?:not|n['’]t)|"
                       r"(?:do|does|did)n['’]t|never)|"
                       r"(?P<unlike>bears?|bore)(?=\s+(?:no|little)\s+(?:relation|relationship|resemblance)\b))\s+",
                       re.IGNORECASE)
# Words opening a subject that speak of a statement already given, or of its owner.
DEMONSTRATIVES = frozenset({"the", "that", "this", "these", "those", "such"})
# Possessives of the speaker's own side: "our figures were conservative" defends them.
OWN_POSSESSIVES = frozenset({"our", "my", "its", "their", "his", "her", "your"})
# Modifiers that mark a noun as something claimed ("the council's claimed savings",
# "the alleged shortfall", "the so-called deficit").
CLAIMED = frozenset({"claimed", "alleged", "so-called", "supposed", "purported", "reported"})
# A complement opening on one of these describes or places the statement (a participle,
# a preposition, a comparison, a number), it does not judge its truth.
NOT_A_JUDGEMENT = frozenset({
    "the", "in", "on", "at", "for", "to", "from", "by", "with", "under", "over", "about", "around",
    "due", "expected", "likely", "set", "being", "still", "now", "also", "up", "down", "higher",
    "lower", "more", "less", "based", "published", "released", "made", "issued", "given", "one",
    "part", "among", "only", "first", "last", "yet", "already", "unchanged", "available", "final",
})
ADVERBS = frozenset({"simply", "just", "completely", "entirely", "totally", "utterly", "absolutely",
                     "clearly", "plainly", "frankly", "wholly", "quite", "so", "always", "obviously",
                     "deeply", "seriously", "fundamentally", "badly", "very"})
# (d18) Participles that judge a statement rather than tell what was done to it ("was
# deeply flawed", "was misguided"); any other participle describes it ("was published").
# (d89) claims/data/conflict_judging_participles.txt, with "cherry-picked".
JUDGING_PARTICIPLES = data_words("conflict_judging_participles.txt")
# (d89) Complements opening on a placing word that judge all the same ("is the tip of the
# iceberg"): claims/data/conflict_judging_complements.txt.
JUDGING_COMPLEMENTS = tuple(sorted((p.lower().split() for p in data_lines("conflict_judging_complements.txt")),
                                   key=len, reverse=True))
# (d26) Past participles not ending in "-ed", which tell what was done to the subject as
# the "-ed" ones do ("the winter timetable would be cut to two crossings a day", "the
# bridge was shut"): a description of the plan or thing, no judgement of a statement.
IRREGULAR_PARTICIPLES = frozenset({"cut", "kept", "held", "shut", "put", "run", "paid", "built", "sold", "spent",
                                   "met", "sent", "begun", "brought", "left", "won", "lost", "drawn", "split",
                                   "struck", "laid", "bought"})
# (d18) A party declaring its own figure the only true one ("its figure of 21% was 'the
# only accurate measure'", "our count of 64 cases is the only verified figure"): every
# other figure of that measure is rejected. "Official" is not a judgement of truth ("the
# only official figure published so far").
ONLY_TRUE_FIGURE = re.compile(
    r"\b(?:is|was|are|were|remains|remained)\s+[\"“‘]?the\s+only\s+(?:[\w-]+\s+)?"
    r"(?:accurate|verified|reliable|correct|true|valid|credible|trustworthy|genuine|real|proper|sound)\s+"
    r"(?:figures?|numbers?|counts?|measures?|estimates?|data|tally|totals?|statistics?|picture|ones?|measurements?)\b",
    re.IGNORECASE)
# "the real number was fewer than 2,000", "the true cost was closer to $12 million": a
# party setting its own figure in place of another's.
CORRECTED_FIGURE = re.compile(r"^[\W_]*the\s+(?:real|true|actual|correct|accurate)\s+(?:[a-z-]+\s+){0,2}?"
                              r"(?:is|was|are|were|would\s+be|will\s+be)\b[^.;]*\d", re.IGNORECASE)
# "he had been wrong last month to say ...": the speaker correcting his own earlier word.
SELF_CORRECTION = re.compile(r"^[\W_]*(?:he|she|i|we)\s+(?:(?:had|has|have)\s+been|was|were|is|are|am)\s+"
                             r"(?:\w+\s+)?(?:wrong|mistaken|incorrect|in\s+error)\b", re.IGNORECASE)
# (h72) "the campaign had been told its figures were wrong": the hearer reports another
# party's rejection of the hearer's own word. The rejecting word is the teller's, and what
# it rejects is the speaker's own: the speaker rejects nothing of another's (a review
# found "the union had been told its figures were wrong" aimed at the other side's own
# figure). The owner is a possessive ("its", "our", "their", "his", "her", "my").
TOLD_OWN_WRONG = re.compile(
    r"(?<![\w-])(?:was|were|is|are|been|being)\s+told\s+(?:by\s+[^,;.]{1,60}?\s+)?(?:that\s+)?"
    r"(?:its|our|their|his|her|my)\s+(?:own\s+)?(?:[\w'’-]+\s+){0,4}?(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+"
    r"(?:(?:simply|plainly|just|completely|all|badly)\s+)?"
    r"(?:wrong|false|untrue|not\s+true|incorrect|inaccurate|misleading|exaggerated|unreliable|not\s+reliable|flawed)(?![\w-])",
    re.IGNORECASE)
# Figure nouns that also name an event or a quantity itself ("the count had been smooth",
# "the total was raised"): a statement only when owned, pointed at or modified ("the
# union's count", "that total", "the official count").
EVENT_NOUNS = frozenset({"count", "counts", "total", "totals", "sum", "sums", "amount", "amounts",
                         # (d20) an assessment told of ("the verdict was unanimous", "the
                         # rating was published"), someone's when owned ("that grade").
                         "verdict", "verdicts", "grade", "grades", "rating", "ratings", "ranking", "rankings",
                         # (fxY) a record kept ("the log was kept at the gate"), someone's
                         # count when owned ("the group's log", "that log").
                         "log", "logs"})
# (review r21) Assessments whose owner is the one assessed, not the assessor ("the
# university's ranking was a disappointment", "the school's grade was raised", "the
# bank's rating was cut"): a statement only when pointed at ("that grade").
ASSESSED_NOUNS = frozenset({"grade", "grades", "rating", "ratings", "ranking", "rankings"})
POINTING = DEMONSTRATIVES - {"the"}
# (stab14) A complement setting the statement's figure against another by a multiple or a
# fraction ("was nearly three times the estimate", "was twice what the council approved",
# "is half the union's figure"): a comparison of two figures, not a judgement of the
# statement; "three times too high" still judges it.
COMPARED_BY_MULTIPLE = re.compile(
    r"^(?:(?:nearly|almost|about|around|roughly|some|just|more\s+than|less\s+than|over|under|at\s+least|"
    r"up\s+to|close\s+to)\s+)*(?:[\w-]+\s+times|twice|double|triple|treble|half|"
    r"(?:a|one|two)\s+(?:third|thirds|quarter|quarters|fifth|tenth|fraction)\s+of)\b(?!\s+(?:too|as)\b)",
    re.IGNORECASE)
# (d19) A predicate holding errors: "the report contained a number of errors", "the
# figures were riddled with mistakes", "the study has serious flaws". With a statement as
# subject it says the statement is wrong in part, whatever the verb.
HELD_ERRORS = re.compile(
    r"\b(?:contains?|contained|ha[sd]|have|includes?|included|(?:is|was|are|were)\s+(?:riddled|littered|peppered|full)"
    r"\s+(?:with|of))\s+(?:[\w-]+\s+){0,4}?(?:errors|mistakes|inaccuracies|flaws|factual\s+errors?|an?\s+(?:[\w-]+\s+)?"
    r"(?:error|mistake|inaccuracy|flaw))\b", re.IGNORECASE)
# (d20) Complements opening on a preposition (`NOT_A_JUDGEMENT` takes those to place the
# statement) that set it against the facts: "the figure of 38p is at odds with our own
# audited accounts", "was at variance with the records", "was in error".
JUDGING_PLACES = frozenset({"at odds", "at variance", "in error", "in conflict"})
# (review r21) What a statement "at odds with" is set against when that rejects it: the
# speaker's own evidence ("with our own audited accounts", "with its payroll records") or
# the facts and their records ("with reality", "with the register"). Set against anything
# else ("the figures were at odds with economists' forecasts", "with the trend elsewhere
# in Europe", "the survey's findings are at odds with an earlier study"), two findings
# differ and neither is rejected.
FACTS = frozenset({"facts", "reality", "evidence", "record", "records", "register", "registers", "data", "truth"})
SPEAKERS_OWN = frozenset({"our", "its", "their", "my"})
WORD = re.compile(r"[\w$£€%'’.,-]+|[\"“”‘]")
SUBJECT_WORDS = 9
# A word vouching for the statement this far into the complement still does ("a small
# step in the right direction").
JUDGEMENT_WORDS = 5


@cache
def statement_nouns() -> frozenset[str]:
    """Nouns naming what a party said: claim nouns and figure nouns of claims/data, in
    the singular and plural, and the few of conflict_statement_nouns.txt."""
    nouns = data_lines("conflict_claim_nouns.txt") + data_lines("conflict_figure_nouns.txt") + \
        data_lines("conflict_statement_nouns.txt")
    return frozenset(n.lower() for n in nouns) | frozenset(n.lower() + "s" for n in nouns) | {"numbers", "findings"}


@cache
def judgement_exceptions() -> re.Pattern[str]:
    """Complements that vouch for or weigh a statement (conflict_rebuttal_exceptions.txt)."""
    anywhere = phrase_pattern(data_lines("conflict_rebuttal_exceptions.txt")).pattern
    return re.compile(anywhere.replace("(?<![\\w-])", "^"), re.IGNORECASE)


@cache
def descriptive_verbs() -> re.Pattern[str]:
    """Verbs that, negated, tell what a statement leaves out (conflict_descriptive_verbs.txt)."""
    return phrase_pattern(data_lines("conflict_descriptive_verbs.txt"))


@cache
def accepting_pattern() -> re.Pattern[str]:
    """"did not recognise that description", "refused to accept the union's figures"."""
    verbs = phrase_pattern(data_lines("conflict_acceptance_verbs.txt")).pattern
    return re.compile(r"(?:\bnot|n['’]t|\bnever|\brefused\s+to|\brefuses\s+to|\brefusing\s+to)\s+(?:\w+\s+)?"
                      + verbs + r"\s+(?P<object>[^,.;:]{1,80})", re.IGNORECASE)


# (d20) "We do not accept that we have missed our target", "the company does not accept
# that it overcharged customers": a negated verb of accepting (or agreeing, recognising)
# with a that-clause told of the speaker's own side ("we", "it", "our", "its") as object:
# what the other side said of it, restated and rejected. Not believing ("did not believe
# that the strike would end soon" is a forecast), nor "did not accept that offer" (no
# clause). Clauses of a third party ("did not accept that the figures were wrong") were
# tried: on the closed sets they took a found rejection's target away for no gain.
ACCEPTING_A_CLAUSE = re.compile(
    r"(?:\bnot|n['’]t|\bnever|\brefused\s+to|\brefuses\s+to|\brefusing\s+to)\s+(?:\w+ly\s+)?"
    r"(?:accept|accepts|accepted|recogni[sz]e|recogni[sz]es|recogni[sz]ed|agree|agrees|agreed)\s+that\s+"
    r"(?P<clause>(?:we|i|it|our|its)\s+\w+.*)",
    re.IGNORECASE | re.DOTALL)


# (d38) The cue of an apposed refusal (`rejections._refused_apposed`): "did not
# recognise", "does not accept", "never accepted".
REFUSING_CUE = re.compile(r"^(?:\w+\s*)?(?:not|n['’]t|never)\s+(?:accept|recogni[sz]e)(?:s|d|ed)?$", re.IGNORECASE)


def refusing_cue(cue: str | None) -> bool:
    """(d38) The claim's cue is a negated verb of accepting: the claim (a statement noun
    set after what was said, "a figure") is what its speaker will not accept."""
    return bool(REFUSING_CUE.match(cue or ""))


def accepted_clause(text: str) -> str | None:
    """(d20) The clause a negated verb of accepting rejects ("we do not accept that [we have
    missed our target]"), for the conflict rules to find what it answers; else None."""
    m = ACCEPTING_A_CLAUSE.search(text)
    return m.group("clause") if m and _told_of_the_refuser(text[:m.start()], m.group("clause")) else None


# Auxiliaries between the subject of a negated verb and its negation ("we do not").
AUXILIARIES = frozenset({"do", "does", "did", "could", "would", "will", "can", "should", "has", "have", "had",
                         "is", "was", "are", "were"})
# The words a clause of the refuser's own side opens on, by the refuser's pronoun; any
# other refuser (a name, "the company", "it") is told of as "it" or "its".
OWN_SIDE = {"we": ("we", "our"), "i": ("i",)}


def _told_of_the_refuser(before: str, clause: str) -> bool:
    """(review r21) The clause is told of the one who will not accept it ("we do not accept
    that we ...", "the company does not accept that it ..."), not of another thing ("we do
    not agree that it should be sold": "it" is what is to be sold, and the clause a
    proposal, not what was said of the speaker)."""
    words = [w.lower() for w in re.findall(r"[\w']+", before)]
    while words and words[-1] in AUXILIARIES:
        words.pop()
    refuser = words[-1] if words else ""
    return clause.split(None, 1)[0].lower() in OWN_SIDE.get(refuser, ("it", "its"))


def judges_a_statement(text: str, before: str = "", faulting: bool = True) -> bool:
    """`text` (a claim's own words; `before`, its sentence up to it) rejects a statement
    by its shape: a statement as subject judged by its predicate, a negated verb of
    accepting a statement, or a figure set up as the real one."""
    if SELF_CORRECTION.match(text):
        return False
    if CORRECTED_FIGURE.match(text) or only_true_figure(text) is not None:
        return True
    accepting = accepting_pattern().search(text)
    if accepting and (_names_statement(accepting.group("object").split())
                      or _portrayal_of_another(accepting.group("object").split())):
        return True
    if accepted_clause(text) is not None:
        return True
    return _judged_subject(text, before) or judged_content(text, before) is not None or _holds_errors(text) \
        or (faulting and (_faulted_subject(text) or method_fault(text, before))) \
        or bool(UNLIKE_OWN_DATA.search(text)) or counted_more_than_once(text)


# Words before the complement of a labelling verb ("described the figure as ...").
BEFORE_LABEL = re.compile(r"^\s*(?:\S+\s+){0,4}?as\s+", re.IGNORECASE)


@cache
def rejecting_labels() -> re.Pattern[str]:
    """(review r21) claims/data/rejection_labels.txt: labels calling a statement untrue."""
    return phrase_pattern(data_lines("rejection_labels.txt"))


def labels_a_statement(text: str) -> bool:
    """(d20) The object and complement of a labelling verb ('branded the 18,400 figure "pure
    spin"', "described the union's estimate as a work of fiction"): a statement of another
    party as object and a complement calling it untrue (review r21: a word of
    `rejecting_labels` or of the cue list; d20 took any complement a copula's judgement
    would, `_copular_judgement`, and labelling verbs give praise and description as often
    as blame: "called the report a roadmap for reform", 'the findings "a game-changer"').
    Not one vouching for it or weighing it ("called the report a wake-up call", "described
    the figures as encouraging"), nor a thing labelled ("branded the striker a traitor")."""
    words = WORD.findall(text)
    for k, w in enumerate(words[:SUBJECT_WORDS]):
        if w.lower().strip(".,") in statement_nouns() and _names_statement(words[:k + 1]):
            # (review r21) The noun as a word, not inside its owner ("the claimant's claim").
            rest = re.split(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text, maxsplit=1)[1]
            rest = BEFORE_LABEL.sub("", rest, count=1)
            return bool(rejecting_labels().search(rest) or dispute_pattern().search(rest))
    return False


@cache
def object_labels() -> tuple[list[str], ...]:
    """(q103) claims/data/rejection_object_labels.txt, longest first."""
    return tuple(sorted((p.lower().split() for p in data_lines("rejection_object_labels.txt")),
                        key=len, reverse=True))


# (q103) Words a label may open on before its phrase ("still a long way from the truth",
# "simply a snapshot", "nothing more than a guess").
LABEL_OPENERS = ADVERBS | {"still", "merely", "only", "nothing", "more", "than", "at", "best"}
# (q103) A bare pointer as the labelled object ("called that a gross overstatement"): what
# was just said. Not "it", which as often names a plan or a thing ("called it a snapshot
# of village life").
LABELLED_POINTERS = frozenset({"that", "this"})
QUOTES = ('"', "“", "”", "‘")


def labels_an_object(obj: str, label: str) -> bool:
    """(q103) A labelling verb's object and its label, when the claim's span is the label
    alone and the object stays in the words before it ('called the union's figure "a
    snapshot of one bad week"', 'called the fine "unfair and out of proportion"'): a
    rejection when the object is a sum and the label judges it too big or too small
    (`judged_amount`, d89), or when the object names a statement (`_names_statement`) or is
    a bare "that" and the label calls it untrue (`rejecting_labels`, the cue list) or no
    true account of the facts (claims/data/rejection_object_labels.txt at its opening:
    "a snapshot", "plucked from the air", "a long way from the truth"). Not a thing or a
    person labelled ("called the minister a liar", "called the visit a snapshot of village
    life"), nor a label vouching or describing ("called the report a roadmap for reform")."""
    obj = obj.strip().strip("\"“‘'").strip()
    if not obj:
        return False
    if judged_amount(f"{obj} {label.strip()}") is not None:
        return True
    words = [w for w in WORD.findall(obj) if w not in QUOTES]
    if not words or len(words) > SUBJECT_WORDS:
        return False
    if not ((len(words) == 1 and words[0].lower() in LABELLED_POINTERS) or _names_statement(words)):
        return False
    if rejecting_labels().search(label) or dispute_pattern().search(label):
        return True
    lowered = [w.lower().strip(".,") for w in WORD.findall(label) if w not in QUOTES]
    while lowered and lowered[0] in LABEL_OPENERS:
        lowered = lowered[1:]
    return any(lowered[:len(p)] == p for p in object_labels())


def _holds_errors(text: str) -> bool:
    """(d19) A statement as subject said to hold errors (`HELD_ERRORS`): "the report
    contained a number of errors". Not a thing or an event ("the software had errors",
    "the match had two mistakes by the referee"): the subject must name a statement."""
    m = HELD_ERRORS.search(text)
    if not m:
        return False
    words = WORD.findall(text[:m.start()])
    return 0 < len(words) <= SUBJECT_WORDS and _names_statement(words)


@cache
def _counted_again_pattern() -> re.Pattern[str]:
    """(d80) "counted" (a verb's form: the bare "count" only after "to" or an auxiliary,
    not the noun of "the union's count included ..."), its object of one to eight words,
    then a phrase of claims/data/rejection_repeat_counts.txt ("twice", "more than once")."""
    repeats = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in data_lines("rejection_repeat_counts.txt"))
    return re.compile(rf"\b(?:(?:to|do|does|did|would|will|could|can|not|n't|n’t)\s+count|counts|counted|counting)\s+(?P<object>(?:[\w'’-]+\s+){{1,8}}?)(?:{repeats})\b",
                      re.IGNORECASE)


@cache
def _repeat_count_openers() -> frozenset[str]:
    """(d80) claims/data/rejection_repeat_count_objects.txt."""
    return frozenset(data_lines("rejection_repeat_count_objects.txt"))


# (d80) Words between the counter and "counted" ("had counted", "has wrongly counted").
COUNT_AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "been", "is", "are", "simply", "wrongly",
                               "repeatedly", "apparently", "mistakenly"})


def counted_more_than_once(text: str) -> bool:
    """(d80) Another party's statement charged with counting the same things more than
    once: "the association's figure of more than 2,500 counted some flats twice", "the
    union's tally counts the same call two or three times". It rejects that figure with
    no rejecting word (the family of `_faulted_subject`'s "padded with"). As there, the
    subject must name a statement with an owner (a possessive or a pointing word,
    `_names_statement`: "our survey counted ..." is the speaker's own); a party as the
    counter ("the auditors had counted the same invoices more than once") is left out: made a
    rejection, that charge stops being a target for the party's own answer to it ("that
    is simply untrue"), a rejection being no target (`disputes._other_party`). The object
    must mark the things as taken again by mistake ("the same ...", "some ...", "repeat
    ...": claims/data/rejection_repeat_count_objects.txt): "counted every vote twice" or
    "counted the birds twice, in May and in June" is care or a second survey."""
    m = _counted_again_pattern().search(text)
    if not m:
        return False
    obj = [w.strip("\"“”'‘’") for w in m.group("object").lower().split()]
    if "same" not in obj and obj[0] not in _repeat_count_openers():
        return False
    words = WORD.findall(re.split(r",(?!\d)|[;:]", text[:m.start()])[-1])
    while words and words[-1].lower() in COUNT_AUXILIARIES:
        words.pop()
    if not words or len(words) > SUBJECT_WORDS:
        return False
    return _owned_statement(words)


# (u18) "the claim that", "any suggestion that" ending the words before a claim: the
# claim's span opens on the content clause the noun introduces.
CONTENT_OPENER = re.compile(r"\b(?:the|any|a|this|that|such)\s+(?:[\w-]+\s+)?(?P<noun>[a-z]+)\s+that\s*$", re.IGNORECASE)


def judged_content(text: str, before: str) -> str | None:
    """(u18) The content clause judged, when the claim's span opens on the clause of "the
    claim that" (left in `before`) and goes on to the predicate judging it: 'the claim
    that [the money had funded gambling] was "a story the prosecution never came close to
    proving"'. The predicate is the clause's last copula or negated verb (the content has
    verbs of its own); None when the noun names no statement or nothing judges it."""
    opener = CONTENT_OPENER.search(before)
    if not opener or opener.group("noun").lower() not in statement_nouns():
        return None
    # The first predicate that judges, after a content of two words or more: "the count
    # was rigged is simply false" passes "was rigged" (a participle tells, it does not
    # judge); the complement's own verbs ("a story the prosecution never came close to
    # proving") come after it.
    for m in PREDICATE.finditer(text):
        content = text[:m.start()].strip()
        if len(WORD.findall(content)) < 2:
            continue
        # Any adverb in -ly before a participle tells how it was done ("had been wrongly
        # rejected"): the content's own passive, not a judgement of it.
        rest = LY_ADVERBS.sub("", text[m.end():])
        if _negated_judgement(rest) if m.group("negated") else _copular_judgement(rest):
            return content
    return None


LY_ADVERBS = re.compile(r"^\s*(?:[a-z]+ly\s+)+", re.IGNORECASE)


YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def only_true_figure(text: str) -> re.Match[str] | None:
    """(d18) The clause's subject states or names a figure ("its figure of 21%", "our
    count") and its complement calls it the only true one (`ONLY_TRUE_FIGURE`): the
    complement's match, else None."""
    m = ONLY_TRUE_FIGURE.search(text)
    if not m:
        return None
    subject = text[:m.start()]
    # a year names a document's date, not a figure ("the 2021 census")
    figures = YEAR.sub("", subject)
    named = any(ch.isdigit() for ch in figures) or bool(set(WORD.findall(subject.lower())) & statement_nouns())
    return m if named else None


def corrects_self(text: str) -> bool:
    """The speaker says he or she was wrong: a correction of the speaker's own word."""
    return bool(SELF_CORRECTION.match(text))


def told_own_wrong(text: str) -> bool:
    """(h72) The speaker reports being told that its own word was wrong ("the campaign had
    been told its figures were wrong", `TOLD_OWN_WRONG`): another party's rejection of the
    speaker's figures, not the speaker's of anyone's. "The council was told the figures
    were wrong" (no owner) is not read so."""
    return bool(TOLD_OWN_WRONG.search(text))


def judged_subject_end(text: str, before: str = "") -> int | None:
    """Where the judged statement of `text` ends ("The figure of $80 million| is simply
    wrong"), or None when `text` judges no statement by its subject: a figure in that
    subject is the one rejected, not one its speaker states."""
    m = PREDICATE.search(text)
    return m.start() if m and _judged_subject(text, before) else None


def _judged_subject(text: str, before: str) -> bool:
    """A statement as the clause's subject, judged by a copula's complement or a negated
    verb: "the cooperative's estimate was premature", "the attendance figure did not
    tally". A demonstrative the claim's span left out ("said that timetable was ...")
    is read from `before`."""
    m = PREDICATE.search(text)
    if not m:
        return False
    words = WORD.findall(text[:m.start()])
    tail = before.split()[-1:] if before else []
    if not words and m.group("copula") and tail and tail[0].lower() in ("that", "this"):
        # (q103) or a label calling it untrue or no true account ('said that was "a
        # snapshot"', rejection_object_labels.txt), as after a labelling verb.
        return _denied_portrayal(text[m.end():]) or labels_an_object(tail[0], text[m.end():])
    if not words or len(words) > SUBJECT_WORDS:
        return False
    if tail and tail[0].lower() in ("that", "this", "these", "those") and words[0].lower() not in DEMONSTRATIVES:
        words = [tail[0]] + words
    if not _names_statement(words) or _thing_described(words):
        return False
    if m.group("unlike"):
        return True
    rest = text[m.end():]
    return _negated_judgement(rest) if m.group("negated") else _copular_judgement(rest)


# (u18) Nouns of a rendering of facts: denied of a bare "that" ("said that was not a fair
# picture of the service", "this is not an accurate reflection of events"), they judge
# what was just said as a statement nouns' complement would.
PORTRAYAL_NOUNS = frozenset({"picture", "reflection", "representation", "portrayal", "description", "account",
                             "characterisation", "characterization", "summary", "version", "assessment"})
# Words after "not" and before the portrayal noun: an article and at most two modifiers.
PORTRAYAL_WORDS = 4


def _denied_portrayal(rest: str) -> bool:
    """(u18) With a bare demonstrative as subject (the claim's span left it in `before`),
    a copula's complement of "not" and a portrayal noun denies that what was just said
    renders the facts: 'was "not a fair picture" of the service'. Any other complement of
    a bare "that" says something of a thing ("that was not possible", "this was a priority").
    (fxP) So does a complement of claims/data/rejection_pointer_denials.txt ("was not
    right", "not their experience"), or "not what" / "not how" with a verb of an account
    of the facts ("not what families had been told", "not how we counted")."""
    words = [w.lower().strip(".,") for w in WORD.findall(rest) if w not in ('"', "“", "”", "‘")]
    while words and words[0] in ADVERBS:
        words = words[1:]
    if not words or words[0] not in ("not", "never"):
        return False
    if any(words[1:1 + len(p)] == p for p in pointer_denials()):
        return True
    if len(words) > 2 and words[1] in ("what", "how") \
            and any(w in pointer_account_verbs() for w in words[2:2 + ACCOUNT_VERB_REACH]):
        return True
    return any(w in PORTRAYAL_NOUNS for w in words[1:1 + PORTRAYAL_WORDS])


# (fxP) Words after "not what" / "not how" within which the verb of the account comes
# ("not what families on the estate had been told").
ACCOUNT_VERB_REACH = 8


@cache
def pointer_account_verbs() -> frozenset[str]:
    """(fxP) claims/data/rejection_pointer_account_verbs.txt."""
    return frozenset(data_lines("rejection_pointer_account_verbs.txt"))


@cache
def pointer_denials() -> tuple[list[str], ...]:
    """(fxP) claims/data/rejection_pointer_denials.txt: what a bare "that" is denied to be
    ("said that was not right", "not the case", "not its experience"), longest first."""
    return tuple(sorted((p.lower().split() for p in data_lines("rejection_pointer_denials.txt")),
                        key=len, reverse=True))


def _portrayal_of_another(words: list[str]) -> bool:
    """(d19) "did not recognise the picture painted by the union", "does not accept the
    portrayal of the service": a definite portrayal noun (`PORTRAYAL_NOUNS`) as the object
    of a verb of accepting, told of someone's rendering of facts. Not the speaker's own
    ("our picture of the year")."""
    lowered = [w.lower().strip(".,\"“”") for w in words[:3]]
    return len(lowered) >= 2 and lowered[0] in ("the", "that", "this") and lowered[1] in PORTRAYAL_NOUNS


def _names_statement(words: list[str]) -> bool:
    """The words open on a determiner or a possessive of another party and have a
    statement noun as their head (followed by nothing, or by "of", "for", "about", "on"
    and what the statement is about)."""
    words = [w for w in words if w not in ('"', "“", "”", "‘")]
    while words and words[-1].lower() in ADVERBS:
        words = words[:-1]
    if not words or words[0].lower() in OWN_POSSESSIVES:
        return False
    lowered = [w.lower().strip(".,") for w in words]
    opened = lowered[0] in DEMONSTRATIVES or any(w.endswith(("'s", "’s", "s'", "s’")) for w in lowered[:4])
    if not opened:
        return False
    owned = lowered[0] != "the" or any(w.endswith(("'s", "’s", "s'", "s’")) for w in lowered[:4])
    # (d18) As far as the eighth word: an owner of several words and a modifier may come
    # first ("the Corvale Transit Authority's spring 2027 timetable").
    for k, w in enumerate(lowered[:8]):
        noun = w in statement_nouns() or (k > 0 and lowered[k - 1] in CLAIMED)
        if noun and w in EVENT_NOUNS and not (owned or k > 1):
            # "the count had been smooth": the counting, not anyone's count.
            continue
        if noun and w in ASSESSED_NOUNS and lowered[0] not in POINTING:
            continue
        if noun and (k == len(lowered) - 1 or lowered[k + 1] in ("of", "for", "about", "on", "that")):
            return True
    return False


# (g60) Prepositions opening a phrase that modifies the subject's head ("the conditions
# described in this report", "the problems found by the audit").
OBLIQUE_PREPOSITIONS = frozenset({"in", "by", "from", "within", "inside", "under", "throughout"})


def _thing_described(words: list[str]) -> bool:
    """(g60) The subject's statement noun sits in a phrase after a preposition
    (`OBLIQUE_PREPOSITIONS`) that modifies a head naming no statement: "The conditions
    described in this report are not acceptable" judges the conditions, not the report (a
    minister, read as rejecting the agency's cost figure before it). Not when a statement
    noun heads the subject before the phrase ("the figure given in the report was wrong")."""
    lowered = [w.lower().strip(".,") for w in words if w not in ('"', "“", "”", "‘")]
    at = next((j for j in range(1, len(lowered)) if lowered[j] in OBLIQUE_PREPOSITIONS), None)
    if at is None or not any(w in statement_nouns() for w in lowered[at + 1:]):
        return False
    head = [w for w in lowered[1:at] if not w.endswith(("'s", "’s", "s'", "s’"))]
    return not any(w in statement_nouns() for w in head)


# (d44) A statement set against the speaker's own data: "a 20% fall is simply not what our
# counters show", "Doubling is not what we see in the data", "that is not what the
# records say". A copula, "not what", the speaker's or the data's side ("our", "we",
# "the", "its") and, within three words, a verb of evidence telling. Not "not what we
# expected / asked for / wanted" (a hope, not the facts), nor "not what the survey
# measured" (what it covers).
UNLIKE_OWN_DATA = re.compile(r"\b(?:is|was|are|were)\s+(?:\w+ly\s+)?not\s+what\s+(?:our|the|its|their|my|we)"
                             r"(?:\s+[\w-]+){0,3}?\s+(?:show|shows|showed|shown|say|says|said|see|saw|record|"
                             r"records|recorded|find|finds|found|tell|tells|told)\b", re.IGNORECASE)


@cache
def faulting_pattern() -> re.Pattern[str]:
    """(d44) claims/data/conflict_faulting_verbs.txt: predicates faulting a statement by
    what it leaves out or puts in ("left out", "ignored", "was padded with")."""
    return phrase_pattern(data_lines("conflict_faulting_verbs.txt"))


# (d44) What may stand between a faulted statement and its faulting predicate: a copula
# (of the participles: "was padded with") and one adverb ("simply ignored"); (j101) an
# auxiliary of a perfect too ("had left out", "has only counted", "had already included").
FAULT_LINK = re.compile(r"(?:\s+(?:is|was|are|were|has|have|had)(?:\s+been)?)?(?:\s+(?:\w+ly|already|also))?\s*$",
                        re.IGNORECASE)


def _faulted_subject(text: str) -> bool:
    """(d44) Another party's statement as the clause's subject and a predicate faulting it
    by what it leaves out or puts in (`faulting_pattern`): "the council's count left out
    jobs passed to contractors", "the company's savings figure of £1.2 million ignored the
    cost of running empty buses", "the campaign's survey was padded with reports of leaks
    on private pipes". A rejection with no rejecting word (round w24 left these alone: a
    verb list alone would fire on neutral reporting), so the subject must name a statement
    with an owner, a possessive or a demonstrative ("that figure ignores ..."): a bare
    "the survey left out rural routes" is mostly the owner's own caveat, "our figures
    leave out school services" is (`_names_statement` refuses the speaker's possessives),
    and "the council's plan ignored rural villages" faults a plan, not a statement."""
    m = faulting_pattern().search(text)
    if not m:
        return False
    words = WORD.findall(FAULT_LINK.sub("", text[:m.start()]))
    if not words or len(words) > SUBJECT_WORDS:
        return False
    # (j101) "had left out" (FAULT_LINK), and a figure named by value ("the bank's 310,000
    # leaves out ...", `_owned_figure`).
    verb = m.group(0).split()[0].lower()
    return _owned_statement(words) or _owned_figure(words, verb.endswith("s") and not verb.endswith("ss"))


@cache
def method_pattern() -> re.Pattern[str]:
    """(j101) claims/data/conflict_method_phrases.txt: predicates telling how a count was
    made ("included", "counts only", "drew only on"), as written (no inflections)."""
    return re.compile(rf"(?<![\w-])(?:{data_alternation('conflict_method_phrases.txt')})(?![\w-])", re.IGNORECASE)


# (j101) Where the words introducing a claim end and its subject begins, for a claim whose
# span opens on its predicate ('said the agency's figure "only counts what ..."'): after the
# last reporting verb, "that", a colon or an opening quote.
SUBJECT_OPENING = re.compile(r".*(?:\b(?:said|says|say|told|argued|argues|added|adds|that)\b|[:“\"‘])", re.IGNORECASE | re.DOTALL)


# (j101) Words of a figure's scale after its number ("3.1 million", "£2.3 bn").
FIGURE_SCALES = frozenset({"million", "billion", "thousand", "m", "bn", "k", "per", "cent", "percent", "%"})


def _owned_figure(words: list[str], singular_verb: bool = False) -> bool:
    """(j101) A figure named by its value as a subject, someone's: a possessive of another
    party or a pointing word and a number in the first four words ("the bank's 310,000",
    "the board's rate of £31.20 a unit"), or "the" and a number and at most one word ("the
    164", "the 52 days"); a year names a date, not a figure ("the 2024 survey")."""
    lowered = [w.lower().strip(".,\"“”‘’") for w in words if w not in ('"', "“", "”", "‘")]
    if not lowered or lowered[0] in OWN_POSSESSIVES:
        return False
    numbered = [k for k, w in enumerate(lowered[:6]) if any(ch.isdigit() for ch in w) and not YEAR.fullmatch(w)]
    if not numbered:
        return False
    # "The council's 3.1 million visitors included 500,000 people who stayed with friends":
    # a plural noun after the number, its verb not in the singular, is the things counted
    # (what they were made of), not the figure faulted ("the bank's 310,000 leaves out").
    after = [w for w in lowered[numbered[0] + 1:] if w not in FIGURE_SCALES]
    if after and after[0].endswith("s") and after[0] not in statement_nouns() and not singular_verb:
        return False
    if any(w.endswith(("'s", "’s", "s'", "s’")) for w in lowered[:4]) or lowered[0] in POINTING:
        return True
    if lowered[0] != "the" or numbered[0] != 1:
        return False
    # "the 52 days includes ...": a plural noun with a verb in the singular is the figure
    # named, not the things it counts ("the 2,000 homes included 300 flats").
    # "the 18% figure" names a statement by its value.
    return len(lowered) == 2 or len(lowered) == 3 and (lowered[2] in statement_nouns()
                                                       or lowered[2].endswith("s") and singular_verb)


def method_fault(text: str, before: str = "") -> bool:
    """(j101) Another party's statement or figure as the clause's subject and a predicate
    telling how it was made (`method_pattern`): "the union's count included staff who had
    moved between nurseries", "the board's 11,400 counts only the people who have asked to
    be added", "the 164 included movements of the company's own vans". On fresh articles the
    answering party's commonest rejection: it says what the figure wrongly takes in or
    leaves out, with no rejecting word. The family of `_faulted_subject` (a ground, read
    only with `faulting`), with its subject test (`_owned_statement`: a possessive other
    than the speaker's own or a demonstrative, and a statement noun) or a figure named by
    value (`_owned_figure`); a bare "the survey included" or "its figure includes" is the
    owner's own account of its method. A claim whose span opens on the predicate ('said the
    agency's figure "only counts ..."') takes its subject from `before`."""
    return _method_subject(text, before) is not None


def method_figure_subject(text: str, before: str = "") -> str | None:
    """(j101) The subject of a `method_fault` that names its figure by value ("the 164",
    "the bank's 310,000"), as written; None for any other subject or none."""
    found = _method_subject(text, before)
    return found[0] if found is not None and found[1] else None


# (r106) A count said to take each of one thing as another ("the club's figure counts every
# parent who comes to watch as a rider", "the forum's 3.4 million counted every phone on a
# business contract as a separate person", "the 1.2 million had counted each unlocking of a
# bike as a trip"): the commonest telling of a double count on fresh articles, with no
# rejecting word. A form of "count", "every" / "each" and, within the clause, "as a" / "as
# an" / "as one" / "as separate" / "as two"; read only with `method_fault`'s subject test
# (another party's statement or a figure named by value), never "our count" nor a party
# ("the trust counted each visit as one entry" describes its own method).
COUNTED_EACH_AS = re.compile(r"(?<![\w-])(?:counts|counted|counting|count)\s+(?:every|each)(?![\w-])[^.;:!?]{1,90}?"
                             r"(?<![\w-])as\s+(?:a|an|one|two|separate)(?![\w-])", re.IGNORECASE)


# (fxZ) Words of a count's "as" label that tell how many or which, not what is counted
# ("as a separate incident", "as one new trip").
COUNTED_LABEL_QUALIFIERS = frozenset({"a", "an", "one", "two", "separate", "single", "new", "own", "full", "whole",
                                      "extra", "distinct", "individual", "different"})


def counted_thing(text: str, before: str = "", speaker: str | None = None) -> str | None:
    """(fxZ) What a counting fault says the faulted figure counts, as written: the "as"
    label of `COUNTED_EACH_AS` or of `party_count_parts`'s "counted X as Y" less its
    qualifiers ("counts every bag on a verge as a separate incident" -> "incident"); None
    for no counting fault or one with no label ("counts the same tank work twice": the thing
    taken twice is a part of the figure, not what it measures)."""
    m = COUNTED_EACH_AS.search(text)
    if m and _method_subject(text, before) is not None:
        after = [w for w in re.findall(r"[\w'’-]+", text[m.end():])[:3]]
        label = []
        for w in after:
            if w.lower() in COUNTED_LABEL_QUALIFIERS:
                continue
            label.append(w)
            break
        return " ".join(label) or None
    found = _party_count_found(text, before, speaker)
    if found is None:
        return None
    label = [w for w in re.findall(r"[\w'’-]+", found[2] or "") if w.lower() not in COUNTED_LABEL_QUALIFIERS]
    return " ".join(label) or None


def _method_subject(text: str, before: str) -> tuple[str, bool] | None:
    """(j101) `method_fault`'s subject as written and whether it names a figure by value.
    (r106) The predicate is `method_pattern`'s or a count of each thing as another
    (`COUNTED_EACH_AS`)."""
    m = method_pattern().search(text) or COUNTED_EACH_AS.search(text)
    if not m:
        return None
    head = text[:m.start()]
    if re.search(r"[;:]|,(?!\d)", head):
        head = re.split(r"[;:]|,(?!\d)", head)[-1]
    subject = FAULT_LINK.sub("", head)
    words = WORD.findall(subject)
    if not words and before:
        subject = FAULT_LINK.sub("", SUBJECT_OPENING.sub("", before.rstrip(" \"“‘'"), count=1))
        words = WORD.findall(subject)
    if not words or len(words) > SUBJECT_WORDS:
        return None
    verb = m.group(0).split()[0].lower()
    if _owned_statement(words):
        return subject, False
    if _owned_figure(words, verb.endswith("s") and not verb.endswith("ss")):
        return subject, True
    return None


def _owned_statement(words: list[str]) -> bool:
    """The words before a faulting verb name a statement with an owner: a demonstrative
    ("that figure") or a possessive in the first four words ("the union's survey")."""
    lowered = [w.lower().strip(".,") for w in words]
    owned = lowered[0] in DEMONSTRATIVES and lowered[0] != "the" \
        or any(w.endswith(("'s", "’s", "s'", "s’")) for w in lowered[:4])
    return owned and _names_statement(words)


def _copular_judgement(rest: str) -> bool:
    """A complement that judges the statement: not a description of it ("was published
    on Monday", "was 4,200"), nor a word vouching for it or weighing what it says
    ("was accurate", "were deeply worrying")."""
    words = [w for w in WORD.findall(rest) if w not in ('"', "“", "”", "‘")]
    while words and words[0].lower() in ADVERBS:
        words = words[1:]
    if not words:
        return False
    first = words[0].lower()
    if any([w.lower().strip(".,") for w in words[:len(p)]] == p for p in JUDGING_COMPLEMENTS):
        return True
    place = " ".join(w.lower() for w in words[:2])
    if place in JUDGING_PLACES:
        return place == "in error" or _set_against_the_facts([w.lower() for w in words[2:6]])
    if first in ("not", "never"):
        following = words[1].lower() if len(words) > 1 else ""
        return bool(following) and not following.endswith("ed") and following not in NOT_A_JUDGEMENT \
            and following not in IRREGULAR_PARTICIPLES
    if first in NOT_A_JUDGEMENT or first in IRREGULAR_PARTICIPLES or first.endswith("ed") and first not in JUDGING_PARTICIPLES \
            or any(ch.isdigit() for ch in " ".join(words[:6])) or COMPARED_BY_MULTIPLE.match(" ".join(words)):
        return False
    opening = [w.lower().strip(".,") for w in words[:JUDGEMENT_WORDS]]
    return not any(judgement_exceptions().match(" ".join(opening[k:])) for k in range(len(opening)))


def _set_against_the_facts(following: list[str]) -> bool:
    """(review r21) The words after "at odds" / "at variance" / "in conflict" set the
    statement against the speaker's own evidence or the facts (`SPEAKERS_OWN`, `FACTS`):
    "with our own audited accounts", "with reality", "with the facts"; or against nothing
    named ("the figure is at odds.")."""
    if not following or following[0] != "with":
        return not following or following[0] in (".", ",")
    words = following[1:]
    if words and words[0] == "the":
        words = words[1:]
    return bool(words) and (words[0] in SPEAKERS_OWN or words[0] in FACTS)


def _negated_judgement(rest: str) -> bool:
    """A negated verb that says the statement fails ("did not tally", "do not add up"),
    not one that says what it leaves out ("did not include agency staff")."""
    verb = rest.split()[:1]
    return bool(verb) and not descriptive_verbs().fullmatch(verb[0].strip(".,\"”"))


@cache
def amount_families() -> dict[str, frozenset[str]]:
    """(d89) claims/data/conflict_amount_nouns.txt: each word with its family ("fine" ->
    fine, fines, fined)."""
    families: dict[str, frozenset[str]] = {}
    for line in data_lines("conflict_amount_nouns.txt"):
        family = frozenset(w.strip().lower() for w in line.split(",") if w.strip())
        for word in family:
            families[word] = families.get(word, frozenset()) | family
    return families


# (d89) A sum written as a figure: "£10", "the £35m", "$2.4 million", "25%".
SUM = r"(?:[£$€]\s?\d[\d,.]*(?:\s*(?:m|bn|k|million|billion)\b)?|\d[\d,.]*\s*(?:%|p\b|per\s*cent\b))"


@cache
def judged_amount_pattern() -> re.Pattern[str]:
    """(d89) A subject naming a sum (a determiner or possessive, up to two modifiers, and a
    noun of `amount_families` or the sum itself; fxB, review cr92: up to three modifiers,
    a sum among them, "the £4.2m fine", "this year's 3% pay offer"), a copula (or none, after a labelling
    verb: 'called the fine "out of proportion"'), and a complement of
    claims/data/conflict_amount_judgements.txt, perhaps after one adjective and "and"
    ("unfair and out of all proportion")."""
    body = data_alternation("conflict_amount_judgements.txt")
    # (fxB, review cr92) The adverbs before the complement are `ADVERBS`, one list for one
    # job (d89 had a second one here).
    adverbs = "|".join(sorted(ADVERBS))
    return re.compile(
        rf"^[^\w£$€]*(?:(?:the|that|this|its|their|his|her|a|an|any)\s+)?(?:(?:{SUM}|[\w'’-]+)\s+){{0,3}}?"
        rf"(?P<head>{SUM}|[a-z]+)[\"”’]?\s+(?:(?:is|was|are|were|would\s+be|will\s+be|had\s+been|has\s+been)\s+)?"
        rf"[\"“‘]?(?:(?:{adverbs})\s+)?"
        rf"(?:[a-z]+\s+and\s+)?(?:{body})(?![\w-])", re.IGNORECASE)


def judged_amount(text: str) -> str | None:
    """(d89) The sum `text` judges as too big or too small, a party's dispute of a figure
    another party set, paid or offered, with no rejecting word: "the fine was 'out of all
    proportion'", "the offer was far too low", "£10 was 'an insult'". Returns the
    subject's head (a noun of `amount_families`, or the sum as written), else None. Not a
    subject naming no such sum ("the response was out of proportion", "prices were far
    too high")."""
    m = judged_amount_pattern().search(text)
    if not m:
        return None
    head = m.group("head")
    if re.match(SUM, head):
        return head
    # (fxB, review cr92) The noun as written: the pattern ignores case for its other words,
    # but a capitalised head is a name ("Grant was insulting"), not a sum's noun.
    return head if head in amount_families() else None


# (q108) A party charged with counting wrongly, with no negation and no rejecting word:
# "the council had counted some academies twice", "the inspectors counted some incidents
# twice where more than one officer was involved", "the agency had counted sailings
# cancelled for weather as its own failures", "the union was counting courses that would be
# merged ... as closures", "the council was counting only the cases that reached a full
# hearing", "the company's passenger figure double-counted people who changed buses". The
# predicates (claims/data/conflict_party_count_shapes.txt names the words): a counting verb
# with an object and a repeat ("twice", `rejection_repeat_counts.txt`), "double-counted",
# a counting verb with an object and "as" and what it was counted as, or "counting only".
COUNT_FORMS = r"(?:counted|counts|counting|(?<=to\s)count)"


@cache
def _party_count_patterns() -> tuple[re.Pattern[str], ...]:
    """(q108) The predicates of `party_count_fault`, in order: a repeat, a double count, a
    count "as" something, a count "only", a count or a use of "the wrong" date or data
    ("had used "the wrong year-end"", "was counting from the wrong date")."""
    repeats = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in data_lines("rejection_repeat_counts.txt"))
    return (
        re.compile(rf"\b{COUNT_FORMS}\s+(?P<object>(?:[\w'’-]+\s+){{1,8}}?)(?:{repeats})\b", re.IGNORECASE),
        re.compile(r"\bdouble[- ]?count(?:ed|s|ing)?\b", re.IGNORECASE),
        re.compile(rf"\b{COUNT_FORMS}\s+(?P<object>(?:[\w'’-]+\s+){{1,16}}?)as\s+(?P<label>[\w'’-]+(?:\s+[\w'’-]+)?)",
                   re.IGNORECASE),
        re.compile(r"\b(?:(?:is|was|are|were|been)\s+)?(?:counting\s+only|counted\s+only|only\s+counting|only\s+counted|"
                   r"counts\s+only|only\s+counts)\b", re.IGNORECASE),
        re.compile(r"\b(?:used|uses|using|counted\s+from|counting\s+from|counts\s+from|measured\s+from|measuring\s+from|"
                   r"started\s+from|starting\s+from|booked\s+\w+\s+in)\s+[\"“]?the\s+wrong\b", re.IGNORECASE),
    )


@cache
def _party_count_words() -> dict[str, frozenset[str]]:
    """(q108) claims/data/conflict_party_count_shapes.txt: `section: word word ...` lines."""
    found: dict[str, set[str]] = {}
    for line in data_lines("conflict_party_count_shapes.txt"):
        section, _, words = line.partition(":")
        found.setdefault(section.strip(), set()).update(words.split())
    return {k: frozenset(v) for k, v in found.items()}


def party_count_fault(text: str, before: str = "", speaker: str | None = None) -> bool:
    """(q108) `text` charges a party or another party's statement with counting wrongly: the
    same things more than once ("the council had counted some academies twice", "the
    museum counted school groups twice", "The 30% figure double-counts the transfer"),
    things as what they are not ("the regulator had counted comments left in the chapel's
    visitors' book as complaints"), or only a part ("the contractor was counting only the
    trees it was paid to fell"). Unlike d80's `counted_more_than_once` and j101's
    `method_fault`, the counter may be a party, not only a statement: the subject before the
    verb (in the clause, else after the reporting words of `before`), opening on "the", a
    possessive or a capitalised name, of at most `SUBJECT_WORDS` words. Not a pronoun ("we
    counted ...", "it counted ...": mostly the speaker's own method), nor a subject sharing
    a word with the `speaker` ("the board is counting only final-day changes", said by the
    board's spokesman: a plain statement of method). A ground (read with `faulting`): the
    charged party's answer may still take it as its target."""
    return _party_count_subject(text, before, speaker) is not None


def _party_count_subject(text: str, before: str, speaker: str | None) -> str | None:
    found = party_count_parts(text, before, speaker)
    return found[0] if found is not None else None


def party_count_parts(text: str, before: str = "", speaker: str | None = None) -> tuple[str, str] | None:
    """(q108) A `party_count_fault`'s counter and what it counted (the verb's object, its
    "as" label, or the rest of the clause after the predicate), as written; else None."""
    found = _party_count_found(text, before, speaker)
    return found[:2] if found is not None else None


def _party_count_found(text: str, before: str, speaker: str | None) -> tuple[str, str, str | None] | None:
    """(q108) `party_count_parts` and (fxZ) the "as" label alone when there is one; (d112)
    a party charged with leaving things out (`_party_omission_found`) when no counting
    fault is read."""
    words_of = _party_count_words()
    passive = _passive_count_parts(text, before, speaker, words_of)
    if passive is not None:
        return passive
    found = _party_count_shapes_found(text, before, speaker, words_of)
    return found if found is not None else _party_omission_found(text, before, speaker, words_of)


@cache
def _party_omission_pattern() -> re.Pattern[str]:
    """(d112) claims/data/conflict_party_omission_phrases.txt, as written: "left out",
    "omitted", "failed to count", "took no account of"."""
    return re.compile(rf"(?<![\w-])(?:{data_alternation('conflict_party_omission_phrases.txt')})(?![\w-])",
                      re.IGNORECASE)


# (d112) A passive before the omission ("were left out", "had been omitted"): the things left
# out are the subject, not the party that left them out.
OMISSION_PASSIVE = re.compile(r"\b(?:is|was|are|were|be|been|being|get|got|gets)\s+(?:\w+ly\s+)?[\"“‘]?\s*$",
                              re.IGNORECASE)
# (d112) Words before a statement's omission that make it a charge, not its owner's caveat
# ("the briefing \"deliberately leaves out the property costs\""; a bare "the survey left out
# rural routes" is mostly the survey's own account of its scope, d44).
CHARGING_ADVERBS = frozenset({"deliberately", "conveniently", "simply", "completely", "entirely", "wrongly",
                              "quietly", "somehow", "still", "again", "also"})


# (d112) Words opening a subordinate clause.
SUBORDINATORS = frozenset({"because", "since", "as", "although", "though", "while", "whereas", "when", "if",
                           "unless", "after", "before", "once", "so", "until"})


def party_omission_fault(text: str, before: str = "", speaker: str | None = None) -> bool:
    """(d112) `text` charges a party with leaving things out of its figure, with no negation
    and no rejecting word: "the trust had left out school bookings and private hire", 'the
    operator had "left out the jobs that go when contracts end"', "the club failed to count
    season-ticket holders" (`_party_omission_pattern`). d44's `_faulted_subject` reads only a
    statement with an owner as the subject ("the council's count left out ..."); here the
    subject is a party, by q108's counter test (`_counter_subject`: "the", a name or a
    possessive, at most `SUBJECT_WORDS` words, no clause verb; not a pronoun, not sharing a
    name word with the speaker: "the council left out ..." said by the council is its own
    account). Not a passive ("those cancelled for weather were left out"), nor "left out of"
    ("was left out of the squad"). A bare statement as the subject ("the survey", "the
    briefing", no owner named) only with the predicate quoted or after a charging adverb
    (`CHARGING_ADVERBS`): 'the survey "left out the heating ..."', "the briefing deliberately
    leaves out ..."; "the survey left out rural routes" is mostly its owner's own caveat.
    A ground (read with `faulting`), as q108's: its targets are q108's (`_counts_elsewhere`)."""
    return _party_omission_found(text, before, speaker, _party_count_words()) is not None


def party_omission_parts(text: str, before: str = "", speaker: str | None = None) -> tuple[str, str] | None:
    """(d112) `party_omission_fault`'s party and what it left out, as written; else None."""
    found = _party_omission_found(text, before, speaker, _party_count_words())
    return found[:2] if found is not None else None


def _party_omission_found(text: str, before: str, speaker: str | None,
                          words_of: dict[str, frozenset[str]]) -> tuple[str, str, str | None] | None:
    """(d112) `party_omission_fault`'s counter and what it left out (the rest of the clause)."""
    for m in _party_omission_pattern().finditer(text):
        head = text[:m.start()]
        rest = text[m.end():]
        if OMISSION_PASSIVE.search(head) or re.match(r"\s*of\b", rest, re.IGNORECASE):
            continue
        subject = _counter_subject(head, before, words_of)
        if subject is None or _speakers_own(subject, speaker, words_of):
            continue
        words = [w for w in WORD.findall(subject) if w not in QUOTES]
        while words and (words[-1].lower() in CHARGING_ADVERBS or words[-1].lower().endswith("ly")):
            words.pop()
        # A second predicate before ("the £870,000 covers only invoices and leaves out ...")
        # makes the words no subject.
        if not words or not _omitting_party(words) or any(w.lower() in ("and", "or", "but", "only") for w in words):
            continue
        # A subordinate clause ("the number was nearer 120,000, because the agency's count
        # left out ...") is the speaker's reason for a figure of its own, read by the rules
        # of that figure, not a charge standing alone (the first run aimed it at the agency's
        # other figures).
        if words[0].lower() in SUBORDINATORS:
            continue
        # The words between the subject and the predicate: a quote mark or a charging adverb.
        link = WORD.findall(head)[-3:]
        charged = any(w in QUOTES or w.lower() in CHARGING_ADVERBS for w in link)
        if _bare_statement(words) and not charged:
            continue
        subject = " ".join(words)
        left = re.split(r"[;:.]|,(?!\d)", rest, maxsplit=1)[0]
        return subject, left, None
    return None


def _omitting_party(words: list[str]) -> bool:
    """(d112) The subject of an omission names a party or a statement: a name (a capitalised
    word after the first), a body's common noun as its head (attribution_org_nouns.txt, or
    its plural: "the trust", "the councils"), a possessive, or a statement noun ("the
    survey"); not a thing ("the route leaves out the old town", "the new timetable")."""
    lowered = [w.lower() for w in words]
    head = lowered[-1]
    return any(w[:1].isupper() for w in words[1:]) or words[0][:1].isupper() and lowered[0] not in ("the", "that", "this") \
        or head in org_nouns() or head.removesuffix("s") in org_nouns() \
        or any(w.endswith(("'s", "’s", "s'", "s’")) for w in lowered) or head in statement_nouns()


@cache
def org_nouns() -> frozenset[str]:
    """(d112) attribution_org_nouns.txt: the common nouns of a body ("the trust", "the council")."""
    return data_words("attribution_org_nouns.txt")


def _bare_statement(words: list[str]) -> bool:
    """(d112) "the survey", "the new report": "the", no capitalised name, no possessive, and
    a statement noun as the last word."""
    lowered = [w.lower() for w in words]
    return bool(lowered) and lowered[0] == "the" and lowered[-1] in statement_nouns() \
        and not any(w[:1].isupper() for w in words[1:]) \
        and not any(w.endswith(("'s", "’s", "s'", "s’")) for w in lowered)


def _party_count_shapes_found(text: str, before: str, speaker: str | None,
                              words_of: dict[str, frozenset[str]]) -> tuple[str, str, str | None] | None:
    """(q108) The predicates of `_party_count_patterns` with their counter."""
    for k, pattern in enumerate(_party_count_patterns()):
        for m in pattern.finditer(text):
            if k == 0 and not _mistaken_object(m.group("object"), words_of):
                continue
            if k == 2 and not _counted_as_label(m.group("object"), m.group("label"), words_of):
                continue
            subject = _counter_subject(text[:m.start()], before, words_of)
            if subject is not None and not _speakers_own(subject, speaker, words_of):
                rest = re.split(r"[;:.]|,(?!\d)", text[m.end():], maxsplit=1)[0]
                counted = " ".join(g for g in (m.groupdict().get("object"), m.groupdict().get("label"), rest) if g)
                return subject, counted, m.groupdict().get("label")
    return None


def _mistaken_object(obj: str, words_of: dict[str, frozenset[str]]) -> bool:
    """(q108) The object of "counted ... twice" marks things taken again by mistake: "the
    same ...", "some ...", a bare plural ("counted school groups twice", "holes"), "a"
    ("counts a household twice if it rings twice"); not "every vote", "all the ballots",
    "the votes" (a count made twice on purpose)."""
    lowered = [w.strip("\"“”'‘’").lower() for w in obj.split()]
    if "same" in lowered:
        return True
    return bool(lowered) and lowered[0] not in words_of.get("careful openers", frozenset())


def _counted_as_label(obj: str, label: str, words_of: dict[str, frozenset[str]]) -> bool:
    """(q108) "counted X as Y": Y names what the things were counted as ("as complaints", "as
    closures", "as new homes", "as lost"), not "as" opening a clause or a phrase of time or
    degree ("as the polls closed", "as soon as", "as well", "as part of")."""
    first = label.split()[0].strip("\"“”'‘’").lower()
    lowered = [w.strip("\"“”'‘’").lower() for w in obj.split()]
    if not lowered or lowered[0] in words_of.get("as openers", frozenset()):
        return False
    return first not in words_of.get("as clauses", frozenset())


def _counter_subject(head: str, before: str, words_of: dict[str, frozenset[str]]) -> str | None:
    """(q108) The counter: the words before the counting verb in its clause, less the
    auxiliaries and adverbs between (`COUNTER_LINKS`), or, when the span opens on the verb
    ('the committee had "counted school groups twice"'), after the reporting words of
    `before` (`SUBJECT_OPENING`)."""
    head_before_split = head
    if re.search(r"[;:]|,(?!\d)", head):
        head = re.split(r"[;:]|,(?!\d)", head)[-1]
    links = words_of.get("links", frozenset())
    words = [w for w in WORD.findall(head) if w not in QUOTES]
    # A participle after a comma ("put the number at 1,150, counting only ...") has no
    # subject of its own: none, not the reporting words before the span.
    if not words and before and not [w for w in WORD.findall(head_before_split) if w not in QUOTES]:
        head = SUBJECT_OPENING.sub("", before.rstrip(" \"“‘'"), count=1)
        if re.search(r"[;:]|,(?!\d)", head):
            return None
        words = [w for w in WORD.findall(head) if w not in QUOTES]
    while words and words[-1].lower() in links:
        words.pop()
    if [w.lower() for w in words] == ["it"] and before and head == head_before_split:
        # (fxZ) "questioned the group's figure of 9,400 searches, saying it counted ...":
        # "it" after a verb of saying is the statement named just before.
        return _owned_statement_before(before)
    if not words or len(words) > SUBJECT_WORDS:
        return None
    first = words[0]
    if first.lower() in words_of.get("pronouns", frozenset()) or first.lower() in OWN_POSSESSIVES:
        return None
    if first.lower() != "the" and first.lower() not in POINTING and not first[:1].isupper() \
            and not any(w.endswith(("'s", "’s", "s'", "s’")) for w in words[:4]):
        return None
    # A clause's own verb among the words is no subject ("the figures show the council
    # counted ...": the words before the verb hold a clause of their own).
    if any(w.lower() in words_of.get("clause verbs", frozenset()) for w in words):
        return None
    return " ".join(words)


# (fxZ) The reporting tail of `before` ahead of a span opening on "it counted ...":
# "questioned the group's figure of 9,400 searches, saying".
SAYING_TAIL = re.compile(r",\s*(?:saying|arguing|adding|claiming|noting)(?:\s+that)?\s*[\"“‘']?\s*$", re.IGNORECASE)
# (fxZ) A statement with a named owner: a possessive other than "its" / "our" and a
# statement noun within three words ("Street Watch's figure of 9,400 searches", "the
# company's own count", "the group's headline figure").
OWNED_STATEMENT = re.compile(
    r"(?P<owner>(?<![\w'’-])[\w-]+(?:'s|’s|s'|s’))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:figures?|numbers?|counts?|estimates?|tally|totals?|statistics|data|survey|report|study|map|list|log|"
    r"audit|analysis|research|index|table)\b(?:\s+of\s+(?:[^\s,;:]|,(?=\d))+(?:\s+(?!(?:was|were|is|are|had|has|have|did|does|in|which|that)\b)"
    r"(?:[^\s,;:]|,(?=\d))+){0,3})?")


def _statement_phrase(sentence: str, m: re.Match[str]) -> tuple[str, str]:
    """(fxZ) An `OWNED_STATEMENT` match with its owner's words before the possessive: back to
    "the" within three words ("the ferry operator's tally"), else the capitalised words
    right before it ("Street Watch's figure"). Returns (owner, whole phrase)."""
    words = sentence[:m.start()].split()[-3:]
    lowered = [w.lower() for w in words]
    if "the" in lowered:
        lead = words[len(lowered) - 1 - lowered[::-1].index("the"):]
    else:
        lead = []
        for w in reversed(words):
            if not w[:1].isupper() or not w.isalpha():
                break
            lead.insert(0, w)
    owner = " ".join([*lead, m.group("owner")])
    return owner, " ".join([*lead, m.group(0).strip()])


def _owned_statement_before(before: str) -> str | None:
    """(fxZ) The statement named last in `before`'s sentence, ahead of its verb of saying
    (`SAYING_TAIL`): "The force questioned the group's figure of 9,400 searches, saying"
    -> "the group's figure of 9,400 searches"; None without that tail or that statement, or
    for an owner told by a pronoun ("its figure", "their count": mostly the speaker's own)."""
    tail = SAYING_TAIL.search(before)
    if not tail:
        return None
    sentence = re.split(r"(?<=[.!?])[\"”’']?\s+", before[:tail.start()])[-1]
    found = list(OWNED_STATEMENT.finditer(sentence))
    if not found:
        return None
    owner, phrase = _statement_phrase(sentence, found[-1])
    if owner.split()[-1].lower() in OWN_POSSESSIVES:
        return None
    return phrase


# (fxZ) A counting fault told in the passive, with no counter: "some incidents had been
# counted twice", "were double-counted", "a home that lost power twice was counted twice",
# "objects found in the wrong place were counted as located". Its owner is a statement with a
# named owner earlier in the sentence (`OWNED_STATEMENT`: "the company's figure, in which
# some incidents had been counted twice").
PASSIVE_COUNT = re.compile(
    r"(?<![\w-])(?P<aux>(?:had|has|have)\s+been|was|were|is|are|being)\s+(?:(?:\w+ly|also|then|all)\s+)?"
    r"(?:double[- ]?counted|counted\s+(?P<repeat>{repeats})\b|"
    r"counted\s+as\s+(?P<label>[\w'’-]+(?:\s+[\w'’-]+)?))", re.IGNORECASE)
# (fxZ) Words before the passive telling the speaker owns the fault ("accepted that some homes
# had been counted more than once") or denies it ("no household was counted twice").
PASSIVE_COUNT_GUARD = re.compile(
    r"\b(?:accept(?:s|ed)?|admit(?:s|ted)?|acknowledg(?:e|es|ed)|conced(?:e|es|ed)|agreed|no|none|nobody|"
    r"not|never|n't|n’t|every|each|all|our|we|us)\b", re.IGNORECASE)


@cache
def _passive_count_pattern() -> re.Pattern[str]:
    repeats = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in data_lines("rejection_repeat_counts.txt"))
    return re.compile(PASSIVE_COUNT.pattern.replace("{repeats}", f"(?:{repeats})"), re.IGNORECASE)


def _passive_count_parts(text: str, before: str, speaker: str | None,
                         words_of: dict[str, frozenset[str]]) -> tuple[str, str, str | None] | None:
    """(fxZ) `party_count_parts` for a passive (`PASSIVE_COUNT`): the counter is the last
    statement with a named owner before it in the sentence (in `text`, else in the sentence
    of `before`); what was counted is the passive's subject in its clause and its "as"
    label. Not when the words before it in its clause deny or accept the fault, or name
    every thing or the speaker's side (`PASSIVE_COUNT_GUARD`), nor when the owner is the
    speaker's own (`_speakers_own`)."""
    for m in _passive_count_pattern().finditer(text):
        label = m.group("label")
        if label is not None and label.split()[0].strip("\"“”'‘’").lower() in words_of.get("as clauses", frozenset()):
            continue
        head = text[:m.start()]
        clause = re.split(r"[;:]|,(?!\d)", head)[-1]
        if PASSIVE_COUNT_GUARD.search(clause) or not WORD.findall(clause):
            continue
        sentence = re.split(r"(?<=[.!?])[\"”’']?\s+", (before + " " + head) if not
                            OWNED_STATEMENT.search(head) else head)[-1]
        found = [f for f in OWNED_STATEMENT.finditer(sentence) if f.group("owner").lower() not in OWN_POSSESSIVES]
        if not found:
            continue
        owner = _statement_phrase(sentence, found[-1])[1]
        if re.search(r"\b(?:accept(?:s|ed)?|admit(?:s|ted)?|acknowledg(?:e|es|ed)|conced(?:e|es|ed))\b",
                     sentence, re.IGNORECASE) or _speakers_own(owner, speaker, words_of):
            continue
        counted = " ".join(g for g in (clause.strip(), label) if g)
        return owner, counted, label
    return None


def _speakers_own(subject: str, speaker: str | None, words_of: dict[str, frozenset[str]]) -> bool:
    """(q108) The counter shares a name word with the speaker ("the board" / "the board's
    spokesman"): the speaker telling its own method."""
    if not speaker:
        return False
    plain = words_of.get("plain", frozenset())

    def names(s: str) -> set[str]:
        return {w.lower().strip(".,\"“”'‘’").removesuffix("'s").removesuffix("’s") for w in WORD.findall(s)} - plain

    return not names(subject).isdisjoint(names(speaker))
