"""(q66) A rejection that tells, in its own first sentence, what it rejects: "We were told
the site never crashed. Seventy-one minutes is a long time to stare at an error page.";
"TixArc told fans that prices did not move while they queued. That was not true.";
"Councillors were told the investments paid for themselves. On the evidence we have seen,
they did not." The claim rejected is the told clause (said by the teller, or by the party
that told the rejecter when the sentence is passive), never a figure of the rejecter's own
side that merely shares the story's words. Pure: text in, parts out."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache

from claims.lexicon import (NEGATOR, data_alternation, data_lines, data_sizes, data_words, dispute_pattern, phrase_pattern,
                            rejects_a_claim)
from claims.conflicts.time_limits import number_word_alternation
from claims.rebuttals import statement_nouns

# The first sentence ends at a full stop, "!" or "?" (a closing quote may follow) before
# the next sentence's capital or opening quote.
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z0-9])")
# Words opening a teller that are no party: "For months the company told ...".
LEADING_ADVERBIAL = re.compile(r"^(?:(?:for|in|over|during|since|last|this|at)\b[^,]*?\s+(?=(?:the|its|our|their|a|an)\b|(?-i:[A-Z]))|[^,]*,\s*)",
                               re.IGNORECASE)
# Pronouns that name no teller of their own.
# First words of a subject that is no party telling something.
NO_TELLER = frozenset({"nothing", "nobody", "no", "none", "what", "who", "which", "that", "this", "if", "when"})
# Words of a passive subject that make it no hearer ("what he had been told").
NO_HEARER_SUBJECT = frozenset({"what", "which", "who", "whom", "nothing", "nobody", "if", "when"})
# Words after the verb that are no hearer: "told to use an app", "told of the fault".
NO_HEARER = frozenset({"to", "of", "about", "off", "by"})
# (lead, review cr81) A negative instruction is no claim either: "Residents were told not to
# drink the tap water", "Staff were told never to leave the depot unlocked".
NEGATIVE_INSTRUCTION = re.compile(r"(?:not|never)\s+to\b", re.IGNORECASE)
# (lead, review cr81) What follows the main clause of a told clause: a relative clause
# between commas, or a condition, concession or "with no"/"without" phrase. A negator there
# ("the main, which had not been tested, would be in service") does not negate what was told.
SUBORDINATE_PART = re.compile(
    r",\s*(?:which|who|whose|whom|where)\b[^,]*(?:,|$)"
    r"|\b(?:if|unless|whether|though|although|because|once|until|with\s+no|without)\b.*$",
    re.IGNORECASE | re.DOTALL)
PRONOUNS = frozenset({"we", "i", "they", "he", "she", "it", "you", "someone", "everyone", "people"})
# An elliptical negation closing a sentence: the rejecter's "they did not", "it did not",
# "We never did", "It was not." answer the told clause with its own verb left out. (r89) Or
# closing its clause before "and" or "but": "It was not, and the trust knew it".
# (fxA, review cr92) After r89's ", and" / ", but" not a second ellipsis set off by a comma,
# whose verb follows it and is shared ("We did not, and still do not, know why", "They did
# not, and never will, explain it": "know", "explain" are left out of neither); a clause of
# its own ("It was not, and the trust knew it") or an ellipsis closing the sentence ("It was
# not, and still is not.") still denies.
NEW_SUBJECT_AFTER = (r"(?![^,.;!?]{0,30}?\b(?:did|does|do|was|were|is|are|had|has|have|would|will|could|can|shall|"
                     r"should|may|might)\b(?:\s+not|n[’']t|\s+never)?\s*,)")
# (r101) An answer saying its source tells the opposite, whatever the clause's polarity:
# "We were told the land was never allotment land. The deeds said otherwise." / "The
# figures show otherwise" (verbs: conflict_otherwise_verbs.txt); not negated ("did not say
# otherwise", "never said otherwise", "Nobody has ever said otherwise").
OTHERWISE_DENIAL = (r"(?<!\bnot\s)(?<!\bnever\s)(?<!\bever\s)(?<![’']t\s)\b(?:" + data_alternation("conflict_otherwise_verbs.txt")
                    + r")\s+otherwise\b")
ELLIPTICAL_DENIAL = re.compile(
    OTHERWISE_DENIAL + r"|"
    r"\b(?:it|they|that|this|he|she|we|i|those|these|there|none)\s+(?:\w+\s+)?"
    r"(?:(?:did|does|do|was|were|is|are|had|has|have|would|will|could|can)(?:\s+not|n[’']t|\s+never)"
    r"|never\s+(?:did|was|were|had|has|have|would|could))"
    r"\s*(?:[.!?\"”’]|,\s+(?:and|but)\s" + NEW_SUBJECT_AFTER + r"|$)"
    r"|\b(?:that|this|it)\s+(?:was|is|has)\s+(?:never|not)\s+(?:been\s+)?(?:true|so|the case)\b", re.IGNORECASE)

# (g80) An elliptical affirmation making up the whole answer: "There had.", "It did.",
# "They were." It repeats the told clause's verb with no negator, so it denies a told
# clause that was negated ("We were told there had been no burning on the estate. There
# had.") and agrees with one that was not ("We were told the delay would be short. It was.").
ELLIPTICAL_AFFIRMATION = re.compile(
    r"^[\W_]*(?:it|they|there|he|she|we|i|that|this|those|these)\s+(?:really\s+|certainly\s+|still\s+)?"
    r"(?:did|does|do|was|were|is|are|had|has|have|would|will|could|can)\s*[.!?,\"”’']*\s*$", re.IGNORECASE)

# (r94) A clause of its own after the affirmation, as r89 reads one after a denial: "They
# had, and the authority now admits it" answers with "They had". Not a second ellipsis
# sharing a verb that follows ("They did, and still do, ...": `NEW_SUBJECT_AFTER`).
AFFIRMATION_THEN = re.compile(r",\s+(?:and|but)\s" + NEW_SUBJECT_AFTER + r".*$", re.IGNORECASE | re.DOTALL)

# The part of `ELLIPTICAL_DENIAL` that denies the told clause's truth, whatever its polarity.
TRUE_OR_SO = re.compile(r"\b(?:true|so|the\s+case|otherwise)\b", re.IGNORECASE)
# A told clause that is itself negated ("fares would not rise"): a bare "they did not" agrees.
# (k70) The shared negator (lexicon.NEGATOR), "not only" no negation.
NEGATED_CLAUSE = NEGATOR


@dataclass(frozen=True)
class ToldClaim:
    """The parts of a told-then-rejected claim: who told it (None when the sentence is
    passive or the teller a pronoun), the clause told, and the sentences after it."""
    teller: str | None
    clause: str
    rest: str


@cache
def telling_verbs() -> tuple[str, ...]:
    return tuple(data_lines("conflict_telling_verbs.txt"))


@cache
def _passive() -> re.Pattern[str]:
    verbs = "|".join(telling_verbs())
    return re.compile(r"^(?P<hearer>[^,;:]*?)\b(?:were|was|had been|have been|has been|'d been|’d been)\s+"
                      r"(?:\w+ly\s+)?(?:" + verbs + r")\s+(?:that\s+)?(?P<clause>\S.*)$", re.IGNORECASE | re.DOTALL)


# (k70) Words before a telling verb that make it an adjective, not the verb: "An informed
# source said ...", "the promised cuts".
# (cr70) "her" after a preposition is the object pronoun, no determiner: "Lawyers acting for
# her told the court the payments had been approved" is told.
DETERMINER_BEFORE = (r"(?<!\ba)(?<!\ban)(?<!\bthe)(?<!\bits)(?<!\bour)(?<!\btheir)(?<!\bhis)"
                     r"(?:(?<!\bher)|(?<=\bfor\sher)|(?<=\bto\sher)|(?<=\bwith\sher)|(?<=\bby\sher)|(?<=\bfrom\sher)"
                     r"|(?<=\bof\sher)|(?<=\bon\sher)|(?<=\bat\sher)|(?<=\babout\sher)|(?<=\bagainst\sher)"
                     r"|(?<=ing\sher))")  # (cr71) "Lawyers representing her told the court"


@cache
def clause_auxiliaries() -> frozenset[str]:
    """(k70) A told clause's first word that shows the word before it is the clause's
    subject, not a hearer (conflict_clause_auxiliaries.txt): "They promised fares would
    not rise" (no hearer), "told parents the scheme would close" (a hearer)."""
    return frozenset(data_lines("conflict_clause_auxiliaries.txt"))


@cache
def _active() -> re.Pattern[str]:
    verbs = "|".join(telling_verbs())
    return re.compile(r"^(?P<teller>[^;:\"“]*?)" + DETERMINER_BEFORE
                      + r"\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?(?:" + verbs + r")\s+"
                      r"(?:the\s+|its\s+|our\s+|their\s+|his\s+|her\s+)?(?P<hearer>[\w'’-]+)\s+(?:that\s+)?"
                      r"(?P<clause>\S.*)$", re.IGNORECASE | re.DOTALL)


@cache
def saying_verbs() -> tuple[str, ...]:
    return tuple(data_lines("conflict_told_saying_verbs.txt"))


@cache
def _said() -> re.Pattern[str]:
    """(g70) "Pellandine said not a penny had been taken": a teller, a verb of saying with no
    hearer, the clause."""
    verbs = "|".join(saying_verbs())
    return re.compile(r"^(?P<teller>[^;:\"“,]*?)\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?(?:" + verbs + r")\s+"
                      r"(?:that\s+)?(?P<clause>\S.*)$", re.IGNORECASE | re.DOTALL)


# (g70) "They spent a year telling us it was the sewage works", "They keep telling us ...":
# the telling told over a time, the hearer and the clause after "telling". (cr70) Never
# "that" as the hearer: "It was telling that ministers said ..." is the adjective. (k72,
# review cr72) Nor a wh-word: "It is telling how ministers said ..." is the adjective too.
TELLING = re.compile(r"^(?P<teller>[^;:\"“,]*?)\s+(?:spent\s+(?:[\w-]+\s+){1,3}?|kept\s+(?:on\s+)?|keep\s+(?:on\s+)?|"
                     r"(?:have|has|had)\s+been\s+|(?:are|were|was|is)\s+)telling\s+"
                     r"(?:the\s+|its\s+|our\s+|their\s+|his\s+|her\s+)?"
                     r"(?!(?:that|how|what|why|whether|when|where|who|which|if)\b)"
                     r"(?P<hearer>[\w'’-]+)\s+(?:that\s+)?"
                     r"(?P<clause>\S.*)$", re.IGNORECASE | re.DOTALL)


def told_claim(text: str) -> ToldClaim | None:
    """The told clause of a claim whose first sentence reports what another party told
    the rejecter and whose next sentences answer it: "They told us no frontline service
    would be cut. Eleven libraries have shut their doors." -> teller None (a pronoun),
    clause "no frontline service would be cut". None for one sentence ("We were told the
    delay would be short, and it was.") or when the told verb has no clause after it."""
    parts = SENTENCE_END.split(text.strip(), maxsplit=1)
    if len(parts) < 2:
        return None
    first, rest = parts[0].strip(), parts[1].strip()
    if not rest:
        return None
    if first.rstrip("\"”’' ").endswith("?"):
        # (lead, review cr81) "Were residents told the water was not safe? They were.": a
        # question asks whether it was told, and the answer says that it was.
        return None
    m = _passive().match(first)
    teller = None
    if m is not None:
        hearer = LEADING_ADVERBIAL.sub("", m.group("hearer")).strip().split()
        if len(hearer) > 4 or any(w.lower() in NO_HEARER_SUBJECT for w in hearer):
            return None  # "Mr Kjeldsen's statement reflected what he had been told at the time"
        if m.group("clause").split(maxsplit=1)[0].lower() in NO_HEARER:
            return None  # "Staff were told to use the new app": an instruction, no claim
    else:
        m = _active().match(first) or TELLING.match(first)
        if m is None:
            # (g70) "Pellandine said not a penny had been taken from good causes. That was not
            # the case.": said rather than told, only when the answer denies it outright.
            m = _said().match(first)
            if m is None or not ELLIPTICAL_DENIAL.search(SENTENCE_END.split(rest, maxsplit=1)[0]):
                return None
            teller = LEADING_ADVERBIAL.sub("", m.group("teller")).strip() or None
            if teller and (teller.split()[0].lower() in NO_TELLER or len(teller.split()) > 6):
                return None
            if teller and teller.lower() in PRONOUNS:
                teller = None
            clause = m.group("clause").rstrip(" .!?\"”’'")
            return ToldClaim(teller=teller, clause=clause, rest=rest) if len(clause.split()) >= 3 else None
        if m.group("hearer").lower() in NO_HEARER:
            return None  # "I'm told to use an app": an instruction, no claim
        teller = LEADING_ADVERBIAL.sub("", m.group("teller")).strip() or None
        if teller and (teller.split()[0].lower() in NO_TELLER or len(teller.split()) > 6):
            return None  # "what parents told them", "Nothing in any survey ... told us"
        if teller and teller.lower() in PRONOUNS:
            teller = None
    if NEGATIVE_INSTRUCTION.match(m.group("clause")):
        return None  # "Staff were told not to drink the water": an instruction, no claim
    clause = m.group("clause").rstrip(" .!?\"”’'")
    if "teller" in m.groupdict() and clause.split(maxsplit=1)[0].lower() in clause_auxiliaries():
        # (k70) "promised fares would not rise": the hearer is the clause's subject. (k72,
        # review cr72) Unless "that" came between: in "told us that was wrong" the "that" is
        # the subject ("that was wrong"), not the conjunction the pattern took it for.
        gap = first[m.end("hearer"):m.start("clause")].strip()
        clause = f"{gap if gap.lower() == 'that' else m.group('hearer')} {clause}"
    if len(clause.split()) < 3:
        return None
    return ToldClaim(teller=teller, clause=clause, rest=rest)


def denies_told_claim(text: str) -> bool:
    """A told-then-rejected claim whose answer is an elliptical denial of the told clause:
    "Brindlemoor told us it informed us as soon as it knew. The evidence shows it did
    not."; "We were told we had approved this. We never did." Not an answer that agrees
    ("We were told the delay would be short. It was.") nor a negation going on to a verb
    of its own ("It did not say when")."""
    told = told_claim(text)
    if told is None:
        return False
    answer = SENTENCE_END.split(told.rest, maxsplit=1)[0]
    if vindicates_own_statement(told.clause, answer):
        return True
    denial = ELLIPTICAL_DENIAL.search(answer)
    if denial is None:
        # (g80) "We were told there had been no burning on the estate. There had.": a bare
        # affirmation answering a negated clause denies it.
        # (lead, review cr81) Only a negator of the main clause counts: "the main, which had
        # not been tested, would be in service by Friday. It was." agrees.
        alone = _answer_alone(answer)
        main_clause = SUBORDINATE_PART.sub(" ", told.clause)
        if unsayable_answer().match(alone) or changed_figure_answer(told.clause, alone):
            return True  # (fxW) "Nobody can say that now"; "My bill went up by 15%"
        if NEGATED_CLAUSE.search(main_clause):
            # (d84) The affirmation may name who bears it out: "They told us the drains did
            # not matter. The inspector says they did."
            first = AFFIRMATION_THEN.sub("", alone)  # (r94) "They had, and the authority now admits it"
            forms = {alone, _unframed(alone), first, _unframed(first)}
            # (fxW) Or count those of whom it holds: "The agency told families no client went
            # without medication. The inspectors found 23 who did."
            return any(ELLIPTICAL_AFFIRMATION.match(x) for x in forms) or (
                bool(NO_QUANTIFIER.search(main_clause)) and (any(COUNTED_AFFIRMATION.match(x) for x in forms)
                                                             or _instance_affirmed(main_clause, alone))) \
                or _act_affirmed(main_clause, alone)
        if _subject_negated(told.clause, alone):
            return True  # (fxL) "We were told the lorries would use the new road. The road has not been started."
        counted = COUNTED_NEGATION.match(alone)
        if majority_quantifier().search(main_clause) and (negated_part_answer().match(AFFIRMATION_THEN.sub("", alone))
                                                          or (counted and not _negated_deprivation(main_clause,
                                                                                                   alone[counted.end():]))):
            # (r99) ... or a count of those of whom it does not hold: "We were told every home
            # would be connected by December. Nearly 8,000 still cannot order a service."
            # (fxW) "We were told every site was making money. Half of them were not, and the
            # owner knew it.": a part said not to hold denies a clause of all or most.
            return True
        # (d84) "We were told that nearly every closure was down to staff sickness. Fewer
        # than half were.": a minority answering a clause of all or most.
        answered = _unframed(alone)
        return (bool(minority_answer().match(answered)) and bool(majority_quantifier().search(main_clause))
                and _minority_of_the_clause(answered, told.clause))
    # "We were told the line would not reopen in May. It did not." agrees: an elliptical
    # "did not" repeats a negated clause; "That was not true" still rejects it.
    return bool(TRUE_OR_SO.search(denial.group(0))) or not NEGATED_CLAUSE.search(told.clause)


# (r99) A count opening an answer and a negated verb within five words: "Nearly 8,000 still
# cannot order a service", "300 of them have not been paid". Said of a clause of all or most
# ("every home would be connected"), the count is of the exceptions.
COUNTED_NEGATION = re.compile(
    r"^[\W_]*(?:(?:nearly|almost|more\s+than|over|about|around|at\s+least|some)\s+)?"
    r"(?:\d[\d,]*|dozens|hundreds|thousands|several|many)\s+(?:[\w'’-]+\s+){0,4}?(?:still\s+)?"
    r"(?:cannot|can['’]t|could\s+not|couldn['’]t|(?:do|does|did|have|has|had|are|is|was|were|will|would)\s+not|"
    r"(?:do|does|did|have|has|had|are|is|was|were|wo|would)n['’]t|never)(?![\w'’-])", re.IGNORECASE)
NONE_NOUN = re.compile(r"(?<![\w'’-])no\s+([a-z][\w-]*)", re.IGNORECASE)
INSTANCE_OPENING_WORDS = 3


@cache
def _irregular_singulars() -> dict[str, str]:
    """(r99) conflict_irregular_plurals.txt: plural -> singular."""
    return dict(line.split()[:2] for line in data_lines("conflict_irregular_plurals.txt") if len(line.split()) >= 2)


def _singular(word: str) -> str:
    word = word.lower().strip("\"“”'’,.")
    if word in _irregular_singulars():
        return _irregular_singulars()[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _instance_affirmed(main_clause: str, answer: str) -> bool:
    """(r99) A told clause of none ("no child would lose NHS care") answered by a sentence
    with no negation whose opening words name the thing denied ("Children at Brookwell have
    been refused NHS check-ups since June"): members of it of whom the clause is said to fail.
    Not an answer with a negation ("Children there have not lost anything")."""
    m = NONE_NOUN.search(main_clause)
    if m is None or ANSWER_NEGATION.search(answer):
        return False
    noun = _singular(m.group(1))
    if not any(_singular(w) == noun for w in answer.split()[:INSTANCE_OPENING_WORDS]):
        return False
    # (fxR) The members named must be said to undergo what the clause denied, not another
    # thing: "no school would close. Schools in the north have closed" (a word of the
    # predicate again) or "no worker would lose their job. Workers at the site were laid
    # off" (a deprivation both); not "Schools in the north have stayed open" (a
    # continuation the clause does not use), "Patients at the clinic were seen within days"
    # or "Libraries were given new funding" (nothing of the predicate).
    predicate = main_clause[m.end():]
    if _continuations().search(answer) and not _continuations().search(predicate):
        return False
    if _deprivations().search(answer) and _deprivations().search(predicate):
        return True
    told_words = _content_words(predicate) - {noun}
    return any(_same_stem(a, b) for a in _content_words(answer) - {noun} for b in told_words)


# (fxL) A told clause's predicate: from its first auxiliary on ("the police had raised no
# objection" -> "had raised no objection"); its subject is what comes before.
def _split_clause(clause: str) -> tuple[str, str] | None:
    words = clause.split()
    for i, w in enumerate(words):
        if i and w.lower() in clause_auxiliaries():
            return " ".join(words[:i]), " ".join(words[i:])
    return None


# (fxL) An answer opening on a count of things an act befell: "Two of our marks were moved in
# October", "Eleven graves on the list have relatives who ...". Up to five words between the
# count and its auxiliary.
COUNTED_ACT = re.compile(
    r"^[\W_]*(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+)?"
    r"(?:\d[\d,]*|" + number_word_alternation("a", "an", "one") + r"|dozens|hundreds|thousands)\s+"
    r"(?:[\w'’-]+\s+){1,5}?(?:were|was|have|has|had)\s+\w", re.IGNORECASE)


def _act_affirmed(main_clause: str, answer: str) -> bool:
    """(fxL) A negated told clause ("the police had raised no objection", "the racing area
    would not be affected") answered, with no negation, by the act it denied done ("We
    raised several, in writing") or by a count of things it befell ("Two of our marks were
    moved"). Not an answer sharing only the clause's subject ("We were told the site would
    not close. The site is busier than ever.")."""
    if ANSWER_NEGATION.search(answer):
        return False
    if COUNTED_ACT.match(answer):
        return True
    split = _split_clause(main_clause)
    if split is None:
        return False
    act = _denied_act(split[1], existential=split[0].lower() == "there"
                      and bool(re.match(r"[\W_]*there\b", answer, re.IGNORECASE)))
    return any(_same_stem(a, b) for a in _content_words(answer) for b in act)


def _denied_act(predicate: str, existential: bool = False) -> set[str]:
    """(fxL) The words of the act a negated predicate denies: those before its negator
    ("had raised no objection" -> "raised") and, after "not" / "never", the first content
    word ("would not be affected" -> "affected"); of a predicate with no negator (the
    subject's: "no theatre would close"), its first content word ("close"). Not the noun
    after "no" ("were no plans to close the plant" names no act of "plan"), unless both
    the clause and its answer say "there" ("there was no backlog" / "There was a backlog of
    £17m": `existential`). No auxiliary counts ("did not set" -> "set")."""
    m = NEGATED_CLAUSE.search(predicate)
    if m is None:
        words = _content_words(predicate) - clause_auxiliaries()
        return set(sorted(words, key=predicate.lower().find)[:1])
    act = _content_words(predicate[:m.start()]) - clause_auxiliaries()
    if m.group(0).lower() != "no" or existential:
        after = sorted(_content_words(predicate[m.end():]), key=predicate.lower().find)
        act |= set(after[:1])
    return act


def _subject_negated(clause: str, answer: str) -> bool:
    """(fxL) A told clause with no negation answered by a negation of a thing it names,
    as the answer's subject ("We were told the lorries would be using the new access road by
    the summer. The road has not been started."). Not a pronoun's negation going on to a
    verb of its own ("It did not say when"), nor a negated clause told."""
    if NEGATED_CLAUSE.search(SUBORDINATE_PART.sub(" ", clause)):
        return False
    split = _split_clause(answer)
    if split is None or split[0].lower() in PRONOUNS or len(split[0].split()) > 4:
        return False
    if not re.match(r"\S+(?:\s+(?:not|never)|n['’]t)\b", split[1], re.IGNORECASE):
        return False
    subject = _content_words(split[0])
    return any(_same_stem(a, b) for a in subject for b in _content_words(clause))


@cache
def _deprivations() -> re.Pattern[str]:
    """(fxR) conflict_told_deprivations.txt as one pattern of whole words."""
    return phrase_pattern(data_lines("conflict_told_deprivations.txt"))


@cache
def _continuations() -> re.Pattern[str]:
    """(fxR) conflict_told_continuations.txt as one pattern of whole words."""
    return phrase_pattern(data_lines("conflict_told_continuations.txt"))


@cache
def _predicate_stops() -> frozenset[str]:
    return data_words("conflict_told_predicate_stops.txt")


def _content_words(text: str) -> set[str]:
    """(fxR) The words of three letters or more of a text, lower case and singular, less
    `_predicate_stops`."""
    return {_singular(w) for w in re.findall(r"[A-Za-z][\w'’-]{2,}", text) if w.lower() not in _predicate_stops()}


def _same_stem(a: str, b: str) -> bool:
    """(fxR) Two words of one stem: equal, or sharing an opening of four letters or more
    that leaves at most two letters of the shorter ("close" / "closed", "wait" / "waiting")."""
    if a == b:
        return True
    n = len(os.path.commonprefix([a, b]))
    return n >= 4 and n >= min(len(a), len(b)) - 2


# (fxR) How far after a count's negator its verb is read: "have not been left out".
NEGATED_VERB_WORDS = 4


def _negated_deprivation(main_clause: str, after_negator: str) -> bool:
    """(fxR) A count's negated verb is a deprivation the told clause of all does not name:
    "We were told every school would stay open. Around 300 of them have not closed." counts
    those who did as told, agreeing with it; "every school would close. 300 have not
    closed" and "Nearly 6,000 still have not received a penny" count exceptions."""
    verb = " ".join(after_negator.split()[:NEGATED_VERB_WORDS])
    return bool(_deprivations().search(verb)) and not _deprivations().search(main_clause)


# (fxW) A told clause of none ("no client went without", "nobody was hurt") that a count
# answers ("23 who did", "dozens of them were").
NO_QUANTIFIER = re.compile(r"(?<![\w'’-])(?:no|nobody|none|no\s+one|no-one|not\s+(?:a|one|a\s+single))(?![\w'’-])",
                           re.IGNORECASE)
ELLIPTICAL_AUX = r"(?:did|does|do|was|were|is|are|had|has|have|would|will|could|can)"
COUNTED_AFFIRMATION = re.compile(
    r"^[\W_]*(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+)?"
    r"(?:\d[\d,]*|" + number_word_alternation("a", "an") + r"|dozens|hundreds|thousands|many)\s+"
    r"(?:(?:of\s+them|[\w'’-]+)\s+)?(?:who|that|which)?\s*" + ELLIPTICAL_AUX + r"\s*[.!?,\"”’']*\s*$",
    re.IGNORECASE)


@cache
def unsayable_answer() -> re.Pattern[str]:
    """(fxW) A whole answer saying the told clause can no longer be said
    (conflict_told_unsayable_answers.txt): "Nobody can say that now", "You cannot claim
    that any more". Not "Nobody can say when" (no pointer back at the clause)."""
    openings = "|".join(data_lines("conflict_told_unsayable_answers.txt"))
    return re.compile(r"^[\W_]*(?:" + openings + r")\s+(?:that|it|this|so)"
                      r"(?:\s+(?:now|today|any\s*more|any\s+longer|again))?\s*[.!?,\"”’']*\s*$", re.IGNORECASE)


@cache
def negated_part_answer() -> re.Pattern[str]:
    """(fxW) A whole elliptical answer naming a part said not to hold
    (conflict_told_part_answers.txt): "Half of them were not", "Most did not"."""
    openings = "|".join(data_lines("conflict_told_part_answers.txt"))
    return re.compile(r"^[\W_]*(?:" + openings + r")\s+(?:of\s+(?:them|those|these|it|the\s+[\w'’-]+)\s+)?"
                      + ELLIPTICAL_AUX + r"(?:\s+not|n['’]t|\s+never)\s*[.!?,\"”’']*\s*$", re.IGNORECASE)


@cache
def _change_words() -> dict[str, str]:
    """(fxW) conflict_told_changes.txt: each word of change, lower case, -> "up" / "down"."""
    words = {}
    for line in data_lines("conflict_told_changes.txt"):
        side, _, listed = line.partition(":")
        words.update((w.strip().lower(), side.strip()) for w in listed.split(",") if w.strip())
    return words


PERCENT = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)\s*(?:%|per\s*cent\b)", re.IGNORECASE)


@cache
def _change_pattern() -> re.Pattern[str]:
    """Any word of `_change_words` as a whole word, longest first."""
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                                  for w in sorted(_change_words(), key=len, reverse=True))
                      + r")(?![\w'’-])", re.IGNORECASE)


def _change(text: str) -> tuple[str, float] | None:
    """(fxW) The one change a clause gives, its direction and size in per cent ("would rise
    by 9%" -> ("up", 9.0), "doubled" -> ("up", 100.0)); None for none or several."""
    words, multiples = _change_words(), data_sizes("conflict_figure_multiples.txt")
    found = [m.group(0).lower() for m in _change_pattern().finditer(text)]
    sides = {words[re.sub(r"\s+", " ", w)] for w in found}
    sizes = [float(x) for x in PERCENT.findall(text)] + [multiples[w] for w in found if w in multiples]
    if len(sides) != 1 or len(sizes) != 1:
        return None
    return sides.pop(), sizes[0]


def changed_figure_answer(clause: str, answer: str) -> bool:
    """(fxW) A told change answered by the opposite change or by one of another size: "We
    were told complaints had fallen by 40%. Our members' complaints doubled."; "We were told
    fees would rise by 9%. My bill went up by 15%." Not a size within a quarter of the
    told one ("They rose by 9.4%"), nor an answer with no change of its own or several."""
    told, said = _change(clause), _change(SENTENCE_END.split(answer, maxsplit=1)[0].split(",")[0])
    if told is None or said is None or not told[1]:
        return False
    return told[0] != said[0] or abs(said[1] - told[1]) > told[1] / 4


# (g80) The attribution a quote's answer may carry after it: 'There had," she said.'
ANSWER_ATTRIBUTION = re.compile(r"[,\"”’']+\s*(?:[\w'’.]+\s+){0,4}?(?:said|says|added|told\s+\w+)\W*$|[,\"”’']+\s*$")


def _answer_alone(answer: str) -> str:
    """The answer without the attribution closing its quote ('There had," she said.')."""
    return ANSWER_ATTRIBUTION.sub("", answer.strip())


@cache
def _answer_frame() -> re.Pattern[str]:
    """(d84) Up to four words naming who bears an answer out, and their verb
    (conflict_told_answer_frames.txt): "The inspector says", "The survey found that"."""
    verbs = data_alternation("conflict_told_answer_frames.txt")
    return re.compile(r"^[\W_]*(?:[\w'’-]+\s+){1,4}?(?:" + verbs + r")\s+(?:that\s+)?", re.IGNORECASE)


# (f85) A frame that is itself negative bears nothing out: "Nobody has shown they did",
# "The inspector never said they did", "The report has not found that they did".
NEGATIVE_FRAME = re.compile(r"(?<![\w'’-])(?:not|never|no|nobody|none|neither|nor|yet)(?![\w'’-])"
                            r"|(?<![\w'’-])no[\s-]+one(?![\w'’-])|n['’]t(?![\w'’-])", re.IGNORECASE)


def _unframed(answer: str) -> str:
    """(d84) The answer without a frame naming who bears it out: "The inspector says they
    did" -> "they did"; an answer with no frame is returned as it is. (f85) So is one
    whose frame is negative: "Nobody has shown they did" affirms nothing."""
    m = _answer_frame().match(answer)
    if m is None or NEGATIVE_FRAME.search(m.group(0)):
        return answer
    return answer[m.end():]


@cache
def minority_answer() -> re.Pattern[str]:
    """(d84) A whole elliptical answer naming a minority (conflict_told_minority_answers.txt):
    "Fewer than half were.", "Only a handful of them did." It denies a told clause of all or
    most (`majority_quantifier`)."""
    openings = "|".join(data_lines("conflict_told_minority_answers.txt"))
    return re.compile(r"^[\W_]*(?:" + openings + r")\s+(?:of\s+(?:them|those|these|it|the\s+[\w'’-]+)\s+)?"
                      r"(?:did|does|do|was|were|is|are|had|has|have|would|will|could|can)\s*[.!?,\"”’']*\s*$",
                      re.IGNORECASE)


# (f85) What a minority answer counts: "of the drivers" names it, "only 180" gives its number.
MINORITY_OF = re.compile(r"(?<![\w'’-])of\s+the\s+([\w'’-]+)", re.IGNORECASE)
MINORITY_ONLY_NUMBER = re.compile(r"(?<![\w'’-])only\s+(\d[\d,]*)(?![\d,.]*%)", re.IGNORECASE)
CLAUSE_NUMBER = re.compile(r"(?<![\w'’.,-])(\d[\d,]*)(?![\d,.]*%)")


def _minority_of_the_clause(answer: str, clause: str) -> bool:
    """(f85) A minority answer is about the told clause's thing: "We were told all the pumps
    had been checked. Fewer than half of the drivers had." counts drivers, not pumps, and
    denies nothing; "Fewer than half of the pumps had" does. An "only N" against a total N
    of the told clause is a minority only when below half of it: "most of the 200 staff
    would keep their jobs. Only 180 did." bears the clause out."""
    of = MINORITY_OF.search(answer)
    if of is not None:
        noun = of.group(1).lower()
        words = {w.lower() for w in re.findall(r"[\w'’-]+", clause)}
        if not any(w == noun or w.rstrip("s") == noun.rstrip("s") for w in words):
            return False
    only = MINORITY_ONLY_NUMBER.search(answer)
    totals = [int(n.replace(",", "")) for n in CLAUSE_NUMBER.findall(clause) if n.replace(",", "").isdigit()]
    if only is not None and totals and only.group(1).replace(",", "").isdigit():
        return int(only.group(1).replace(",", "")) * 2 < max(totals)
    return True


@cache
def majority_quantifier() -> re.Pattern[str]:
    """(d84) A quantifier of all or most in a told clause (conflict_told_majority_quantifiers.txt):
    "nearly every closure", "all the pumps". Not "some" or "many"."""
    words = data_alternation("conflict_told_majority_quantifiers.txt")
    return re.compile(r"(?<![\w'’-])(?<!\bat\s)(?:" + words + r")(?![\w'’-])", re.IGNORECASE)


# An answer opening on what points back at the told clause ("That was not true", "They
# did not").
POINTING_ANSWER = re.compile(r"^[\W_]*(?:that|this|it|they|those|these|none|nor)\b", re.IGNORECASE)


def answers_apart(told: ToldClaim) -> bool:
    """The answer is a rejection of its own thing, not of the told clause: "We were told we
    were making trouble. The regulator has shown the figure was wrong." rejects the figure,
    which its own words name; "That was not true" and "they did not" point back."""
    answer = SENTENCE_END.split(told.rest, maxsplit=1)[0]
    if POINTING_ANSWER.match(answer) or ELLIPTICAL_DENIAL.search(answer):
        return False
    return rejects_a_claim(answer) or bool(dispute_pattern().search(answer))


# (d93) A told clause faulting the rejecter's own statement: "our count included ...",
# "our figures were wrong", "my survey was unrepresentative". (fxD) One pattern for this
# rule and disputes._faulted_own_statement (the twins OWN_STATEMENT / OWN_STATEMENT_OPENING
# of review cr93): `own_statements`.
OWN_STATEMENT = re.compile(r"\b(?:our|my)\s+([\w'’-]+)", re.IGNORECASE)
CLAUSE_OPENING = re.compile(r"^\W*(?:that\s+)?$", re.IGNORECASE)


def own_statements(clause: str, opening: bool = False) -> list[str]:
    """(d93, fxD) The statement nouns (`statement_nouns`) a clause names after "our" / "my",
    lower case ("our figures were wrong" -> "figures"; not "our members"); with `opening`,
    only one opening the clause (after "that" at most)."""
    found = []
    for m in OWN_STATEMENT.finditer(clause):
        if opening and not CLAUSE_OPENING.match(clause[:m.start()]):
            break
        if m.group(1).lower() in statement_nouns():
            found.append(m.group(1).lower())
    return found

# (d93) ... and an answer with a negation bears nothing out ("found it was not accurate").
ANSWER_NEGATION = re.compile(r"(?<![\w'’-])(?:not|never|no|nor|neither)(?![\w'’-])|n['’]t(?![\w'’-])", re.IGNORECASE)


@cache
def _vindication() -> re.Pattern[str]:
    """(d93) An answer bearing the rejecter's faulted statement out: a finding verb
    (conflict_told_answer_frames.txt) or "we were", then up to eight words (group
    "subject", read by `_bears_out_the_rejecter`), then a complement of
    conflict_told_vindications.txt ending the clause: "The commission checked it and found
    our count was close", "found it sound", "and we were right"."""
    verbs = data_alternation("conflict_told_answer_frames.txt")
    words = data_alternation("conflict_told_vindications.txt")
    return re.compile(r"\b(?:(?:" + verbs + r")\s+(?P<subject>(?:[\w'’-]+\s+){0,8}?)|we\s+were\s+)"
                      r"(?P<complement>" + words + r")\s*(?:[.!?,;\"”’']|$)", re.IGNORECASE)


# (fxD, review cr93 item 6) What a vindication's complement may be said of: the rejecter's
# statement pointed back at ("it", "them", "our count") or the rejecter ("we").
REJECTERS_OWN = re.compile(r"(?<![\w'’-])(?:it|they|them|we|us|our|ours|my)(?![\w'’-])", re.IGNORECASE)


def _bears_out_the_rejecter(match: re.Match[str], noun: str) -> bool:
    """(fxD, review cr93 item 6) The finding of `_vindication` is said of the rejecter's
    faulted statement, not of the teller or another thing: its subject points back at it
    or at the rejecter ("found it sound", "found our count was close", "found that we were
    right", "found the same thing we did") or is the faulted noun after "the" ("found the
    count was accurate"); not "found the council was right", "found the council's own count
    was correct" or "found the two sites were close"."""
    subject = (match.group("subject") or "") + " " + match.group("complement")
    if match.group("subject") is None:
        return True  # "we were right"
    return bool(REJECTERS_OWN.search(subject)
                or re.search(r"(?<![\w'’-])the\s+(?:[\w-]+\s+)?" + re.escape(noun) + r"(?![\w'’-])",
                             subject, re.IGNORECASE))


def vindicates_own_statement(clause: str, answer: str) -> bool:
    """(d93) "The company told us our log was unreliable. The agency has checked it, entry
    by entry, and found it sound.": the teller faulted the rejecter's own statement (a
    statement noun after "our" / "my" opening the clause) and the answer says a finding
    bore it out (`_vindication`): the rejecter rejects what it was told. Not an answer
    with a negation ("found it was not accurate"), nor a clause of the rejecter's people
    ("our members were exaggerating"), which other rules read."""
    nouns = own_statements(clause, opening=True)
    if not nouns or ANSWER_NEGATION.search(answer):
        return False
    noun = nouns[0]
    return any(_bears_out_the_rejecter(m, noun) for m in _vindication().finditer(answer))
