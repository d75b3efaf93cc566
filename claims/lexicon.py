"""Word lists shipped as package data (claims/data/*.txt), loaded once and matched as words.

Conflict rules run on stored claims, without a spaCy parse, so the lists are matched on
text with their common English inflections rather than on lemmas.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from importlib import resources

from claims.memo import memoised_per_text

# The sex a form of address tells ("Mr Lowe", "Ms Lowe"): here, not in claims.speakers,
# because the conflict rules run on stored claims must not load spaCy with that module.
HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


def data_lines(name: str) -> list[str]:
    """Non-comment, non-blank lines of claims/data/NAME."""
    text = resources.files("claims").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


@cache
def data_words(name: str) -> frozenset[str]:
    """The lines of claims/data/NAME, lowercased, as a set: how most word lists are read."""
    return frozenset(w.lower() for w in data_lines(name))


@cache
def data_sizes(name: str) -> dict[str, float]:
    """The "word: number" lines of claims/data/NAME, lowercased word -> number."""
    return {word.strip().lower(): float(size) for word, _, size in
            (line.partition(":") for line in data_lines(name))}


def inflections(word: str) -> set[str]:
    """deny -> deny, denies, denied, denying; exaggerate -> exaggerates, exaggerated ..."""
    forms = {word}
    if " " in word:
        return forms
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        forms |= {word[:-1] + "ies", word[:-1] + "ied", word + "ing"}
    elif word.endswith("e"):
        forms |= {word + "s", word + "d", word[:-1] + "ing"}
    else:
        forms |= {word + "s", word + "ed", word + "ing"}
    return forms


@cache
def uninflected_words() -> frozenset[str]:
    """Words of the opposite lists read only as written (claims/data/conflict_uninflected.txt):
    "close" (to a deal) is no verb there, and "closed" says something else."""
    return data_words("conflict_uninflected.txt")


def opposite_inflections(word: str) -> set[str]:
    """The forms of a word of the opposite lists: its inflections, unless it is of
    `uninflected_words`."""
    return {word} if word in uninflected_words() else inflections(word)


def phrase_pattern(phrases: list[str], fixed: frozenset[str] = frozenset()) -> re.Pattern[str]:
    """One case-insensitive regex matching any phrase (or inflection, other than of the
    `fixed` words) as whole words."""
    forms = sorted({f for p in phrases for f in ({p.lower()} if p.lower() in fixed else inflections(p.lower()))},
                   key=len, reverse=True)
    body = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def data_alternation(name: str) -> str:
    """The phrases of claims/data/NAME as one regex alternation, longest first, any
    whitespace between words (no inflections: `phrase_pattern` adds those)."""
    phrases = sorted(data_lines(name), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)


@cache
def dispute_pattern() -> re.Pattern[str]:
    cues = data_lines("conflict_dispute_cues.txt")
    return phrase_pattern(cues + degree_forms(cues))


def degree_forms(cues: list[str]) -> list[str]:
    """(d38) Each rejecting phrase opening on "not" with an adverb of degree after the
    negation (claims/data/conflict_degree_adverbs.txt): "not entirely accurate", "not
    remotely true", "not at all credible". The phrase list has "not accurate", and a
    softened denial is a denial still; a negated word outside the list ("not entirely
    clear") stays no rejection."""
    adverbs = data_lines("conflict_degree_adverbs.txt")
    return [f"not {a} {c[4:]}" for c in cues if c.startswith("not ") for a in adverbs]


@cache
def doubting_pattern() -> re.Pattern[str]:
    """(d19) The doubting verbs of claims/data/rejection_doubting_verbs.txt, inflected: as a
    claim's cue they reject it, `claims.rejections` giving them only a statement as object."""
    return phrase_pattern(data_lines("rejection_doubting_verbs.txt"))


@cache
def cue_exception_pattern() -> re.Pattern[str]:
    """Phrases starting with a rejecting word that reject nothing ("made up of", "made up
    most of the output"): claims/data/conflict_dispute_cue_exceptions.txt."""
    return phrase_pattern(data_lines("conflict_dispute_cue_exceptions.txt"))


@cache
def declined_proposal_pattern() -> re.Pattern[str]:
    """Up to three words, none opening what was said ("that", "claims", "reports",
    "suggestions") nor a preposition (the noun heads the object, "rejected the figures in
    the bid" rejects figures), then a noun of claims/data/conflict_proposal_nouns.txt: the
    object of a rejecting word right before it ("rejected Greyhaven's application")."""
    nouns = data_alternation("conflict_proposal_nouns.txt")
    not_object_head = r"(?:that|claims?|reports?|suggestions?|allegations?|in|of|on|about|over|from|with|by)\b"
    # (u40) Not the subject of a that-less clause: "denied the plan would cost jobs"
    # rejects what was said of the plan.
    return re.compile(rf"\s+(?:(?!{not_object_head})[\w'’-]+\s+){{0,3}}?(?:{nouns})s?\b(?!\s+{CLAUSE_VERB})",
                      re.IGNORECASE)


# (u40) An auxiliary or a verb of being right after a noun: the noun is the subject of a
# clause, not the object of the word before it.
CLAUSE_VERB = r"(?:was|were|is|are|had|has|have|would|will|could|should|might|may|must|did|does|can)\b"


def _rejecting_words(text: str) -> Iterator[re.Match[str]]:
    """The rejecting words or phrases in `text`, other than in a listed exception (a
    phrase starting with it, "made up of", or holding it, "noticed anything was wrong")."""
    exceptions = [m.span() for m in cue_exception_pattern().finditer(text)]
    return (m for m in dispute_pattern().finditer(text)
            if not any(start <= m.start() < end for start, end in exceptions))


@memoised_per_text
def rejects(text: str) -> bool:
    """A rejecting word or phrase in `text` (`_rejecting_words`)."""
    return any(True for _ in _rejecting_words(text))


@memoised_per_text
def rejects_a_claim(text: str) -> bool:
    """A rejecting word or phrase in `text` whose object is not a proposal ("rejected the
    application to add 20 turbines" declines it, p11): what the conflict rules read as a
    rejection of something said. Extraction keeps `rejects` (a narrated rejection of a
    proposal is still a sentence the outlet tells). Nor a rejecting word right before a
    figure (`FIGURE_NEXT`, p19): "fees made up 8% of the price" shares, "dismissed 40
    staff" counts; but not a figure opening a clause of its own ("denied 40 people had
    died", `FIGURE_CLAUSE`, review r19): that-less, it is what was denied."""
    return any(not declined_proposal_pattern().match(text, m.end()) and not _said_of_a_thing(text, m)
               and not (FIGURE_NEXT.match(text, m.end()) and not FIGURE_CLAUSE.match(text, m.end()))
               and not _names_a_quarrel(text, m) and not _error_in_a_thing(text, m)
               and not _opposes_a_policy(text, m) and not _rejects_a_named_proposal(text, m)
               and not _owns_the_error(text, m) and not _rejecting_as_subject(text, m)
               and not _rejected_in_a_relative_clause(text, m)
               and not NEGATED_BEFORE.search(text, 0, m.start())
               and not _in_a_condition(text, m)
               and not _unlabelled_error(text, m)
               for m in _rejecting_words(text))


@cache
def _label_only_cues() -> frozenset[str]:
    """(fxC) claims/data/conflict_label_only_cues.txt, inflected as the cue list is."""
    return frozenset(f for w in data_lines("conflict_label_only_cues.txt") for f in inflections(w.lower()))


# (fxC) A copula or "as" right before a label, or a labelling verb of
# claims/data/rejection_labelling_verbs.txt with up to six words of its object between
# ("calling the figure", "called our figure of 171"; no word that opens another clause:
# "called for an inquiry and said"), or a word then the quote opening the label (a claim
# cut from its labelling verb, 'the figure "a misreading'); then an article and one
# adjective at most ("was 'a gross misreading").
COPULA_OR_AS = r"(?:is|was|are|were|be|been|being|remains|remained|(?<!\bsuch\s)as)"
# (fxD, review cr93 item 10) "such as" opens a list, not a label ("errors such as a
# misreading of meter data"): excluded above. And an error the clause lays on the speaker's
# own side after the cue ("was a misreading of meter data by its own billing staff", "a
# distortion in its own meter readings") is owned, not laid on another, label or not;
# "a misreading of our own returns" (what was misread) still rejects.
OWN_PARTY_AFTER = re.compile(r"^[^,;:.!?]*?\b(?:by|in|within)\s+(?:its|our|my)\s+(?:own\b|staff\b)", re.IGNORECASE)
NOT_AN_OBJECT_WORD = r"(?:and|but|or|said|says|saying|told|that|which|who|while|because)"


@cache
def _label_before() -> re.Pattern[str]:
    verbs = sorted({f for v in data_lines("rejection_labelling_verbs.txt") for f in inflections(v.lower())},
                   key=len, reverse=True)
    label = r"(?:(?:a|an)\s+)?(?:[\w-]+\s+)?[\"'“‘]?\s*$"
    return re.compile(rf"(?:\b{COPULA_OR_AS}|\b(?:{'|'.join(map(re.escape, verbs))})"
                      rf"(?:\s+(?!{NOT_AN_OBJECT_WORD}\b)[\w'’-]+){{0,6}}?)\s+[\"'“‘]?{label}"
                      rf"|\w\s+[\"“‘]{label}", re.IGNORECASE)


def _unlabelled_error(text: str, m: re.Match[str]) -> bool:
    """(fxC, review cr92 item 4) A noun of an error a party may own as well as lay on another
    (`_label_only_cues`: "misreading", "misrepresentation") rejects only as a label or
    complement: "the union's figure was 'a misreading of the rota'", "calling the figure 'a
    misreading of our own returns'", "described the report as a misrepresentation". As the
    subject of a clause of its own it tells a cause ("a misreading of smart meter data by its
    own billing staff had led to the overcharging": the company blaming itself)."""
    if m.group(0).lower() not in _label_only_cues():
        return False
    if OWN_PARTY_AFTER.search(text[m.end():]):
        return True  # (fxD) the speaker's own side made the error
    return not _label_before().search(text, 0, m.start())


# (r87) A condition opened before the rejecting word, in the same clause: "if", "unless",
# "whether", "in case", no comma or stop between.
CONDITION_BEFORE = re.compile(r"\b(?:if|unless|whether|in\s+case)\b[^,;:.!?]*$", re.IGNORECASE)
# (cr87) A claim told by its noun before the condition ("reports that the ward would close
# if funding fell were false"): the condition is the claim's, the rejection is not in it.
TOLD_CLAIM_BEFORE = re.compile(r"\b(?:reports?|claims?|suggestions?|allegations?|assertions?|rumou?rs?"
                               r"|stories|story)\s+that\b", re.IGNORECASE)
CLAUSE_EDGE = re.compile(r"[,;:]|\b(?:and|but)\b", re.IGNORECASE)


def _in_a_condition(text: str, m: re.Match[str]) -> bool:
    """(r87) A rejecting word inside a condition rejects nothing said: "If the numbers are
    wrong a second time, the fine will be larger" (a regulator's warning, read as rejecting
    a complaints count and a customer figure of its article), "asked whether the figure was
    wrong". As f34's `_conditional_cue` reads a cue, this reads the claim's own words. A
    rejection after the condition's comma still counts: "If they say 40 jobs, that figure
    is wrong". (cr87) Not a condition inside a claim the rejection is about ("reports that
    the ward would close if funding fell were false")."""
    condition = CONDITION_BEFORE.search(text, 0, m.start())
    if condition is None:
        return False
    # (cr88) The told claim must open the condition's own clause: "claims that fares would
    # rise were being checked and would be corrected if wrong" is a real condition.
    edges = list(CLAUSE_EDGE.finditer(text, 0, condition.start()))
    return not TOLD_CLAIM_BEFORE.search(text, edges[-1].end() if edges else 0, condition.start())


# (k70) A negator anywhere in a text: a word of negators.txt or a clipped "n't". Not
# before "only", "just" or "merely" (cr63): "not only", "not just" add, they do not negate.
# (cr70) That is "not" and "n't" only: "no just cause", "Nothing just happened" negate.
# One definition for counters (e62: "the lane was not flooded") and told clauses (q66:
# "fares would not rise").
NEGATOR = re.compile(r"(?:\b(?:" + data_alternation("negators.txt")
                     + r")\b|n['’]t\b)(?!(?:(?<=\bnot)|(?<=n['’]t))\s+(?:only|just|merely)\b)", re.IGNORECASE)


# (cr70, cr71) Verbs ending in "ly" ("apply", "reply"): no adverbs to skip after a modal, a
# forecast word or a count's auxiliary ("no tenant would actually lose their home" tells
# "lose"; "would reply" tells "reply"). LY_ADVERB is one such adverb and its space.
LY_VERBS = frozenset(data_lines("verbs_ending_in_ly.txt"))
LY_ADVERB = r"(?:(?!(?:" + "|".join(sorted(LY_VERBS)) + r")\b)[a-z]+ly\s+)"

# (e62) A rejecting verb negated agrees: "Nobody disputes that the pitch was waterlogged",
# "we do not deny the figures": a negator right before it, or one word before it. Not
# `NEGATOR`'s words on purpose: a verb is negated by its subject ("nobody", "no one") or
# its auxiliary ("not", "n't", "never", "cannot", which `NEGATOR` lacks), while "no",
# "none" and "nothing" negate things ("no denial was issued" is no verb of rejection).
# (r95) "neither" as a subject negates its verb as "nobody" does: "the two figures
# measured different things and neither was wrong", "Neither figure is wrong" (its noun and
# verb between) grant both figures, rejecting none.
NEGATED_BEFORE = re.compile(r"\b(?:not|never|nobody|no\s+one|cannot)\s+(?:[a-z]+\s+)?$|n['’]t\s+(?:[a-z]+\s+)?$"
                            r"|\bneither\s+(?:[a-z]+\s+){0,2}$",
                            re.IGNORECASE)


# (g60) A gerund of rejection as a clause's subject, its verb within a few words with no
# comma between: "Disputing the count does not change what the inspectors saw".
GERUND_SUBJECT_VERB = re.compile(
    r"(?:\s+[\w'’-]+){0,6}?\s+(?:does|do|did|doesn['’]t|don['’]t|didn['’]t|will|won['’]t|would|wouldn['’]t|"
    r"can|cannot|can['’]t|is|isn['’]t|was|wasn['’]t|changes|changed|makes|made|alters|altered)\b", re.IGNORECASE)
CLAUSE_OPENING = re.compile(r"(?:^|[.!?;:]\s+|[\"“‘]\s*)$")
SENTENCE_STOP = re.compile(r"[.!?;:](?!\d)")
CLAUSE_COMMA = re.compile(r",(?!\d)")
# (r60) A speech tag closing the sentence: ", she said", ", the minister added".
TRAILING_TAG = re.compile(r",[\"”’]?\s+(?:[\w'’-]+\s+){0,4}?(?:said|says|added|adds|argued|argues|insisted|insists|"
                          r"told\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s*[\"”’]?\s*", re.IGNORECASE)


# (h77) A rejecting verb in a relative clause with no relative pronoun, or with "that" or
# "which", whose subject is a pronoun right after its head noun: "every claim it rejected",
# "the figures that they disputed". One word between the determiner and the pronoun, so
# "The council said it rejected the figure" (two words) stays a rejection.
RELATIVE_REJECTION_BEFORE = re.compile(
    r"\b(?:every|each|all|any|the|those|these|some)\s+[a-z][\w'’-]*\s+(?:(?:that|which)\s+)?"
    r"(?:it|they|he|she)\s+(?:(?:had|has|have|would|will|later|then)\s+)?$", re.IGNORECASE)


@cache
def scene_prepositions() -> frozenset[str]:
    """Prepositions opening a time or place ("at the hearing", "in the end"):
    data/rejection_scene_prepositions.txt."""
    return data_words("rejection_scene_prepositions.txt")


def _rejected_in_a_relative_clause(text: str, m: re.Match[str]) -> bool:
    """(h77) The rejecting word is the verb of a relative clause naming a thing
    (`RELATIVE_REJECTION_BEFORE`): "the union would ask the council to publish the cost of
    every claim it rejected" tells which claims the council turned down; the speaker
    rejects nothing (round h77's false dispute against the council's count of claims paid).
    A rejection with its own subject ("The council said it rejected the figure", "they
    disputed the figures") is left as it was."""
    before = text[:m.start()]
    found = RELATIVE_REJECTION_BEFORE.search(before)
    if found is None:
        return False
    # (cr78) "At the hearing he denied the allegations", "In the end they rejected the
    # offer": "the <noun>" after a preposition of time or place is the scene, and the
    # pronoun the subject of the rejection
    scene = re.search(r"\b([A-Za-z]+)\s+$", before[:found.start()])
    return not (scene and scene.group(1).lower() in scene_prepositions() and
                found.group(0).split()[0].lower() in {"the", "that", "this", "those", "these"})


def _rejecting_as_subject(text: str, m: re.Match[str]) -> bool:
    """(g60) A gerund of rejection opening its clause as the subject of another verb
    ("Disputing the count does not change what the inspectors saw", "Denying the figures
    will not make them go away") names the act of rejecting, which the speaker weighs; it
    rejects nothing itself (a reform group, read as rejecting the inspectors it backs). Not
    a participle opening on a comma ("Disputing the count, the agency said ...": the
    subject after the comma rejects), nor a gerund after a verb ("he kept denying it")."""
    word = m.group(0)
    if not word.lower().endswith("ing") or " " in word:
        return False
    if not CLAUSE_OPENING.search(text[:m.start()]):
        return False
    verb = GERUND_SUBJECT_VERB.match(text, m.end())
    if not verb or "," in text[m.end():verb.end()]:
        return False
    # (r60) The verb may be one of a clause about the thing rejected ("Disputing the claim
    # that 300 jobs will go, the company said ...", "Rejecting claims the scheme is failing,
    # the council said ..."): a comma closing that clause before the sentence ends opens the
    # main clause, whose subject rejects. Not a closing speech tag (", she said.").
    rest = SENTENCE_STOP.split(text[verb.end():], maxsplit=1)[0]
    comma = CLAUSE_COMMA.search(rest)
    return not comma or bool(TRAILING_TAG.fullmatch(rest[comma.start():]))


# (g57) The speaker owning an error: "We got this wrong", "I was wrong", right before the
# rejecting word; or its clause opening on the speaker's own statement ("our figure of 82p
# was calculated on the wrong basis").
OWN_ERROR_BEFORE = re.compile(r"\b(?:we|i)\s+(?:(?:have|had|has)\s+)?(?:got\s+(?:\w+\s+){0,2}|"
                              r"(?:were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?)$", re.IGNORECASE)
OWN_STATEMENT = re.compile(r"\bour\s+(?:own\s+)?([\w-]+)(?:\s+([a-z]+))?\b", re.IGNORECASE)
OTHER_OWNER = re.compile(r"\b(?:their|theirs|his|her|its|your|that|shows?|showed|proves?|proved|suggests?|"
                         r"suggested|means?|meant|confirms?|confirmed|makes?|made)\b|['’]s?\b", re.IGNORECASE)
SENTENCE_BREAK = re.compile(r"[.!?]\s+")


def _owns_the_error(text: str, m: re.Match[str]) -> bool:
    """(g57) A rejecting word by which the speaker admits its own error rejects nothing
    another party said: "We got this wrong and families suffered" (a council leader's
    apology, read as rejecting the ombudsman's finding), "We accept that our figure of 82p
    was calculated on the wrong basis" (read as rejecting the regulator's 71p). Not where
    another party's statement, or a verb telling what ours shows, stands between ("our
    figure is right and theirs is wrong", "our figures show the union is wrong")."""
    breaks = [b.end() for b in SENTENCE_BREAK.finditer(text, 0, m.start())]
    before = text[breaks[-1] if breaks else 0:m.start()]
    if OWN_ERROR_BEFORE.search(before):
        return True
    own = [o for o in OWN_STATEMENT.finditer(before)
           if {(o.group(1) or "").lower(), (o.group(2) or "").lower()} & _said_nouns()]
    return bool(own) and not OTHER_OWNER.search(before[own[-1].end():])


# (f38) A determiner right before an adjective of error: "used the wrong year's results",
# "a false alarm", "an incorrect address".
ERROR_ADJECTIVES = frozenset({"wrong", "false", "incorrect"})
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
# (r106) A path after "wrong" ("went the wrong way", "in the wrong direction").
WRONG_PATH = re.compile(r"\s+(?:way|direction)(?![\w-])", re.IGNORECASE)


def _error_in_a_thing(text: str, m: re.Match[str]) -> bool:
    """(f38) An adjective of error modifying a noun of no statement ("the model had used
    the wrong year's results", "sent to the wrong address") tells a mistake in a thing, and
    rejects nothing anyone said; "the wrong figure", "a false claim" still do, as does one
    after a statement named ("the force's figures give a false picture")."""
    if m.group(0).lower() not in ERROR_ADJECTIVES or not DETERMINER_BEFORE.search(text[:m.start()]):
        return False
    # (r106) "the figures went the wrong way", "numbers heading in the wrong direction": a
    # trend called bad, not a statement called false, whatever statement is named before.
    if m.group(0).lower() == "wrong" and WRONG_PATH.match(text, m.end()):
        return True
    # "the force's figures give a false picture": a statement named before judges it.
    if set(re.findall(r"[a-z]+", text[:m.start()].lower())) & _said_nouns():
        return False
    following = re.findall(r"[A-Za-z’'-]+", text[m.end():])[:1]
    if not following:
        return False
    noun = re.sub(r"['’]s$", "", following[0].lower())
    return noun not in _said_nouns() and noun not in NOT_A_MODIFIED_NOUN


def _opposes_a_policy(text: str, m: re.Match[str]) -> bool:
    """(d38) The rejecting word (or a phrase ending on "with", "took issue with") takes
    "with" and a policy noun (`policy_with_pattern`)."""
    at = m.end() - 5 if m.group(0).lower().endswith(" with") else m.end()
    return bool(policy_with_pattern().match(text, at))


PRONOUN_OBJECT = re.compile(r"\s+(?:it|them)\b", re.IGNORECASE)


@cache
def _proposal_or_said_noun() -> re.Pattern[str]:
    """(d38) A noun of a course put forward or chosen (conflict_policy_nouns.txt,
    conflict_proposal_nouns.txt) or of something said (`_said_nouns`), as a word."""
    policy = data_lines("conflict_policy_nouns.txt") + data_lines("conflict_proposal_nouns.txt")
    words = sorted({w.lower() for w in policy} | {w.lower() + "s" for w in policy} | _said_nouns(), key=len,
                   reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def _rejects_a_named_proposal(text: str, m: re.Match[str]) -> bool:
    """(d38) A rejecting word whose object is "it" or "them" standing for a plan named
    before it in the clause: "opposed the developer's plan to build 300 homes, and would
    ask the inspector to reject it" declines the plan as "rejected the plan" would
    (`declined_proposal_pattern`). Not when the last such noun before it names something
    said ("called the union's claim false and rejected it")."""
    if not PRONOUN_OBJECT.match(text, m.end()):
        return False
    nouns = [n.group(0).lower() for n in _proposal_or_said_noun().finditer(text, 0, m.start())]
    return bool(nouns) and nouns[-1] not in _said_nouns()


@cache
def policy_with_pattern() -> re.Pattern[str]:
    """(d38) "with" and up to three words (an owner, a modifier), none opening what was
    said, then a noun of a course chosen or put forward (claims/data/conflict_policy_nouns.txt
    and conflict_proposal_nouns.txt), right after a rejecting word: "disagreed with the
    trust's decision to close the ward at night", "took issue with the council's approach".
    That opposes a policy; it rejects nothing said. Not "disagreed with the trust's figures"
    nor "disagreed with claims that the decision was final" (what was said heads the object)."""
    nouns = "|".join(re.escape(w) for w in data_lines("conflict_policy_nouns.txt") + data_lines("conflict_proposal_nouns.txt"))
    not_object_head = r"(?:that|claims?|reports?|suggestions?|allegations?|figures?|in|of|on|about|over|from|with|by)\b"
    return re.compile(rf"\s+with\s+(?:(?!{not_object_head})[\w'’-]+\s+){{0,3}}?(?:{nouns})s?\b", re.IGNORECASE)


# (f34) "until the dispute was over", "since the dispute began", "the pay dispute has
# lasted": "dispute" right after a determiner is the noun of a quarrel, which its speaker
# names, not a rejection of anything said. With a word between, only the singular before
# a verb or preposition of the quarrel: "a claim the unions dispute", "the figures dispute
# the claim" are verbs.
QUARREL_BEFORE = re.compile(r"\b(?:the|a|an|this|that|its|their|his|her|our|any)\s+(?:(?P<word>[a-z][\w-]*)\s+)?$",
                            re.IGNORECASE)
QUARREL_NEXT = re.compile(r"\s+(?:was|is|has|had|began|begun|ended|ends|continued|continues|dragged|drags|over|"
                          r"with|between)\b", re.IGNORECASE)


def _names_a_quarrel(text: str, m: re.Match[str]) -> bool:
    if m.group(0).lower() not in ("dispute", "disputes"):
        return False
    before = QUARREL_BEFORE.search(text[:m.start()])
    if not before:
        return False
    return not before.group("word") or (m.group(0).lower() == "dispute" and bool(QUARREL_NEXT.match(text, m.end())))


# A figure in digits right after a rejecting word ("made up 8% of", "dismissed 40 staff",
# "rejected 300 applications"): things counted or shared, no claim rejected (p19).
FIGURE_NEXT = re.compile(r"\s+(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+)?[$£€]?\d")
# The figure is the subject of a clause, a finite verb within a few words after it, no
# relative word between: "denied 40 people had died", "disputed 300 homes were flooded"
# (review r19); not "dismissed 40 staff who had ...".
FIGURE_CLAUSE = re.compile(
    r"\s+(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+)?[$£€]?\d[\d,.]*%?(?:\s+(?!who\b|which\b|that\b)"
    r"[a-z]+){0,3}?\s+(?:had|has|have|was|were|is|are|would|will|could|did|died|went)\b")


# A form of "be", perhaps with an adverb, right before a passive participle ("ballots
# were wrongly rejected").
PASSIVE_BE = re.compile(r"\b(?:is|was|are|were|be|been|being)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
# Words after an opening participle that do not make it a modifier of a noun ("Rejected
# by the board, ...", "Disputed as it is, ...").
NOT_A_MODIFIED_NOUN = frozenset({"by", "as", "in", "on", "at", "for", "to", "that", "the", "a", "an", "and", "or",
                                 "it", "this", "with", "from"})
# (f38) A relative pronoun closing the words before a passive ("votes that were rejected").
RELATIVE_END = re.compile(r"\b(?:that|which)\s*$", re.IGNORECASE)
# (f38) A figure or a determiner right before a participle: the participle modifies the
# noun after it ("the 96 rejected postal votes", "all the rejected ballots").
# Not "all" ("they all denied wrongdoing") nor a year ("in 2019 denied wrongdoing").
ATTRIBUTIVE_BEFORE = re.compile(r"(?:\b(?:the|these|those|its|their)|(?<![\w.,])(?!(?:19|20)\d\d\s)\d[\d,]*)\s+$",
                                re.IGNORECASE)
# Pronouns as subject name nothing: "it was rejected" may be a claim rejected.
SUBJECT_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "they", "he", "she", "which", "what"})


# Rejecting participles as often done to things as to statements (ballots and appeals are
# rejected, bail is refused, a case dismissed); "exaggerated", "inflated" are said of figures.
DONE_TO_THINGS = frozenset({"rejected", "dismissed", "refused", "denied", "overturned", "overruled", "quashed"})
# A count of things: a figure, or a number word. Things rejected are counted ("1,106
# ballots were rejected"); a single thing rejected ("the application was refused") may
# stand for a decision another party tells otherwise, and stays a rejection.
COUNTED = re.compile(r"\d|\b(?:hundreds|thousands|dozens|scores|millions|several|many|some|all|most)\b", re.IGNORECASE)
# Verbs of saying or thinking: a clause holding one reports a rejection, it is no subject.
SAYING = frozenset({"said", "says", "say", "told", "tells", "claimed", "claims", "argued", "argues", "insisted",
                    "insists", "believes", "believed", "thinks", "thought", "added", "maintained", "maintains"})


@cache
def _said_nouns() -> frozenset[str]:
    """Nouns naming something said (claim, figure and statement nouns of claims/data, with
    plurals): a subject holding one is a statement."""
    nouns = data_lines("conflict_claim_nouns.txt") + data_lines("conflict_figure_nouns.txt") + \
        data_lines("conflict_statement_nouns.txt")
    return frozenset(n.lower() for n in nouns) | frozenset(n.lower() + "s" for n in nouns) | {"findings", "numbers"}


def _said_of_a_thing(text: str, m: re.Match[str]) -> bool:
    """(u18) The rejecting word is a participle (of `DONE_TO_THINGS`) said of a thing, not of anything said: a
    passive whose subject names no statement ("1,106 ballots were rejected", "hundreds of
    valid postal ballots were wrongly rejected"), or a modifier opening the clause on a
    noun ("Rejected ballots totalled just over 1,100"). An election count, an application
    or a bid is rejected as a thing is; "the union's figures were rejected" and "disputed
    claims" still reject something said. With no subject in the text (a claim's span may
    open on the verb) or a pronoun as subject, nothing is known, and it stays a rejection."""
    if m.group(0).lower() not in DONE_TO_THINGS:
        return False
    before = text[:m.start()]
    passive = PASSIVE_BE.search(before)
    if passive:
        head = before[:passive.start()]
        # (f38) A relative pronoun right before the passive ("212 postal votes that were
        # wrongly rejected", "ballots which were rejected"): its subject is the noun before it.
        relative = RELATIVE_END.search(head)
        if relative:
            head = head[:relative.start()]
        subject = re.split(r"[,;:\"“”(]|\bthat\b", head, flags=re.IGNORECASE)[-1]
        words = re.findall(r"[a-z’'-]+", subject.lower())
        # "a figure that the trust said was exaggerated": a verb of saying in the subject
        # introduces the rejection, whose subject is the statement before it.
        return bool(words) and words[-1] not in SUBJECT_PRONOUNS and not set(words) & (_said_nouns() | SAYING) \
            and bool(COUNTED.search(subject))
    if not COUNTED.search(text):
        return False
    # (f38) ... or a modifier of a noun right after a figure or a determiner inside the
    # clause ("a scrutiny of the 96 rejected postal votes", "recount all the rejected
    # ballots"): a thing rejected, named, not a rejection made.
    if before.strip(" \"“‘") and not ATTRIBUTIVE_BEFORE.search(before):
        return False
    following = re.findall(r"[A-Za-z’'-]+", text[m.end():])[:1]
    return bool(following) and following[0].lower() not in NOT_A_MODIFIED_NOUN | _said_nouns()


@cache
def opposite_patterns() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    pairs = []
    for line in data_lines("conflict_opposites.txt"):
        left, _, right = line.partition("|")
        pairs.append(
            (
                phrase_pattern([w.strip() for w in left.split(",") if w.strip()], uninflected_words()),
                phrase_pattern([w.strip() for w in right.split(",") if w.strip()], uninflected_words()),
            )
        )
    return pairs


@cache
def figure_noun_pattern() -> re.Pattern[str]:
    return phrase_pattern(data_lines("conflict_figure_nouns.txt"))


@cache
def negation_pattern() -> re.Pattern[str]:
    words = data_lines("conflict_negations.txt")
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # "n't" attaches to its verb ("hasn't"), the others stand alone.
    return re.compile(rf"n['’]t\b|(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


@cache
def lack_pattern() -> re.Pattern[str]:
    """Words of a thing lacked (conflict_lack_words.txt), negations for `_Wording` only."""
    body = data_alternation("conflict_lack_words.txt")
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


@cache
def negatable_stems() -> frozenset[str]:
    from claims.overlap import stem

    return frozenset(stem(w) for w in data_lines("conflict_negatable.txt"))


@cache
def measure_synonyms() -> dict[str, tuple[str, ...]]:
    """stem -> the stems of every synonym group it is listed in
    (claims/data/conflict_measure_synonyms*.txt).

    Groups are not joined through a shared word: "workers" is a synonym of "jobs", and
    "jobs" of "redundancies", but 40 workers trained are no redundancies."""
    from claims.overlap import stem

    lines = (data_lines("conflict_measure_synonyms.txt") + data_lines("conflict_measure_synonyms_n9.txt")
             + data_lines("conflict_measure_synonyms_n10.txt") + data_lines("conflict_measure_synonyms_g11.txt")
             + data_lines("conflict_measure_synonyms_n13.txt") + data_lines("conflict_measure_synonyms_n20.txt")
             + data_lines("conflict_measure_synonyms_x24.txt") + data_lines("conflict_measure_synonyms_n60.txt")
             + data_lines("conflict_measure_synonyms_fxU.txt"))
    synonyms: dict[str, set[str]] = defaultdict(set)
    for line in lines:
        members = {stem(w.strip()) for w in line.split(",") if w.strip()}
        for m in members:
            synonyms[m] |= members
    return {m: tuple(sorted(group)) for m, group in synonyms.items()}


@cache
def stoppage_stems() -> frozenset[str]:
    """(fxU) Stems of claims/data/conflict_measure_synonyms_fxU.txt: words naming a stoppage
    ("closure", "shut"), synonyms only of a length of time it lasts; "shares closed down
    6.1%" is no closure."""
    from claims.overlap import stem

    return frozenset(stem(w.strip()) for line in data_lines("conflict_measure_synonyms_fxU.txt")
                     for w in line.split(",") if w.strip())


@cache
def word_zipf() -> dict[str, float]:
    """Lower-case word -> Zipf frequency (data/clustering_word_zipf.txt): how common a word
    is in English, read by clustering (rare words weigh more) and by the figure reader
    (a common word at a sentence start is not a name)."""
    table: dict[str, float] = {}
    for line in data_lines("clustering_word_zipf.txt"):
        word, value = line.split()
        table[word] = float(value)
    return table


@cache
def phrasal_verbs() -> frozenset[tuple[str, str, str]]:
    """(d10) (lemma, particle, preposition) of rebuttals by phrasal verb ("push back on");
    the middle may be an object noun (t11: "take issue with") or several words (d20: "pour
    cold water on")."""
    return frozenset((words[0], " ".join(words[1:-1]), words[-1])
                     for words in (line.split() for line in data_lines("rejection_phrasal_verbs.txt")) if len(words) >= 3)
