"""Speaker roles and described speakers as a reader of a report reads them (y58).

Attribution keeps a role as the article wrote it ("Its chair", "The player's agent"), and
conflict rules read those words as written (a possessive role points back to a body). A
report or an export shows them mid-line, after a name: "Wilfred Osgood, Its national
officer" read to u57's review as a broken line. These functions change only what is shown.
"""

from __future__ import annotations

import re
from functools import cache

from claims.lexicon import data_words
from claims.models import Quantity

# A possessive pronoun opening a role points back to a body named elsewhere in the article;
# after a name it says nothing the reader can follow ("X, its national officer").
# (r59) Only before a lower-case word: "His Majesty's Chief Inspector", "Her Majesty's
# Treasury" are titles, whose "His"/"Her" is no pronoun to strip or lower.
_POSSESSIVE = re.compile(r"(?:its|their|his|her|our|my|your)\s+(?=(?-i:[a-z]))", re.IGNORECASE)
_POSSESSIVES = frozenset("its their his her our my your".split())
_OPENING_WORDS = frozenset("the a an".split()) | _POSSESSIVES


@cache
def _titles() -> frozenset[str]:
    return data_words("attribution_titles.txt")


def _lower_common(text: str) -> str:
    """The first word in lower case when it is an article, a possessive pronoun or a job
    title of attribution_titles.txt written with a capital ("Chair of the board",
    "The player's agent"); a proper name ("Labour MP", "Acme's chief") keeps its capital,
    and so does a title before a name or in title case ("Mayor Jo Roe", "Chief Executive")."""
    first = text.split(" ", 1)[0]
    bare = first.lower()
    if bare in _POSSESSIVES and not text[len(first):].strip()[:1].islower():
        return text  # (r59) "His Majesty's Chief Inspector"
    if first[:1].isupper() and not (len(first) > 1 and first.isupper()) and (
            bare in _OPENING_WORDS or (bare in _titles() and not any(c.isupper() for c in text[len(first):]))):
        return bare + text[len(first):]
    return text


def readable_role(role: str | None) -> str | None:
    """A role to show after a speaker's name: no opening possessive pronoun, and no capital
    on a common word ("Its national officer" -> "national officer", "The player's agent" ->
    "the player's agent"). (y58)"""
    if not role:
        return role
    text = " ".join(role.split())
    stripped = _POSSESSIVE.sub("", text, count=1) if _POSSESSIVE.match(text) else text
    return _lower_common(stripped) or text


def readable_speaker(speaker: str | None) -> str | None:
    """A described speaker shown mid-line: a common opening word in lower case ("Its chair"
    -> "its chair", "The council's leader" -> "the council's leader"); a name unchanged.
    The pronoun stays: with no name it is all that says whose chair. (y58)"""
    if not speaker:
        return speaker
    return _lower_common(" ".join(speaker.split()))


# --- (y60) what two figures measure, as the reason of a numeric conflict names it -----------
#
# The rules compare figures by their `measure`, lemmas the parse read ("household in
# temporary accommodation", "premise order fibre service"), sometimes a verb when the parse
# found no noun ("show", "recorded", "paying"). u60's review read `show: '1,240' ...` and
# `council home: '400' ... '14'` (the 14 was "14 councils"). The label is now words of the
# claim's sentence: the measure as written when the sentence writes it as a phrase near the
# figure, else the counted noun after a count ("14 councils") or the noun a figure is "of"
# ("coverage of about 84%"), else none. Text only: which figures conflict is unchanged.

_LABEL_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|[£$€]?\d[\d,.]*%?|\S")
# Words that end a counted noun phrase ("14 villages had", "400 homes since 2022").
_PHRASE_STOPS = frozenset("""a an the and or but if of to in on at for from by with about as into over under than
    that this these those there their its it they them he she his her we our you your is are was were be been being
    has have had do does did will would could should may might can not no said says say told which who whom whose
    what when where while after before since until because just very more most less least much many some any all
    each every both per only own then too here now still yet even ever never last first next""".split())
# Words that name no quantity of their own: "the figure of 82p", "a total of 40".
_PLACEHOLDERS = frozenset("figure figures total sum amount number numbers record level high low".split())
_TIME_WORDS = frozenset("""second seconds minute minutes hour hours day days week weeks fortnight fortnights month
    months quarter quarters year years decade decades""".split())
_IRREGULAR_PLURALS = {"child": "children", "person": "people", "man": "men", "woman": "women", "foot": "feet"}
_DETERMINERS = frozenset("a an the its their his her our my your this that these those".split())
_PRONOUNS = frozenset("it they he she we you i who which that".split())


def _writes(word: str, lemma: str) -> bool:
    """`word` (as written) is a form of `lemma` (as the parse gives it): "households" of
    "household", "premises" of "premise", "children's" of "child"."""
    word = word.lower().removesuffix("'s").removesuffix("’s")
    lemma = lemma.lower()
    if "-" in word and "-" not in lemma:  # "full-fibre" writes "fibre"
        word = word.rsplit("-", 1)[1]
    if word == lemma or word == _IRREGULAR_PLURALS.get(lemma):
        return True
    root = lemma[:-1] if len(lemma) > 3 and lemma[-1] in "ey" else lemma
    return word.startswith(root) and len(word) - len(lemma) <= 3 and word[len(root):] in (
        "", "s", "es", "ies", "e", "y", "ys")


def _figure_at(q: Quantity, claim) -> tuple[list[tuple[int, int, str]], int, int] | None:
    """The sentence's tokens and the indices of the figure's first and last token."""
    sentence = claim.sentence or claim.text
    at = q.start_char - claim.sentence_start
    if not (0 <= at and sentence[at:at + len(q.surface)] == q.surface):
        at = sentence.find(q.surface)
        if at < 0:
            return None
    end = at + len(q.surface)
    tokens = [(m.start(), m.end(), m.group()) for m in _LABEL_TOKEN.finditer(sentence)]
    inside = [i for i, t in enumerate(tokens) if t[0] < end and t[1] > at]
    return (tokens, inside[0], inside[-1]) if inside else None


def _is_word(token: str) -> bool:
    return token[:1].isalpha() and token.lower() not in _PHRASE_STOPS


def counted_noun(q: Quantity, claim) -> str | None:
    """The noun phrase written after a count, up to three words ("1,870 households", "400
    new council homes", "14 councils"); None when a function word, a verb form or nothing
    follows ("the figure was 1,240.")."""
    found = _figure_at(q, claim)
    if found is None or q.unit != "count":
        return None
    tokens, _, last = found
    if of_a_count := _of_a_count(tokens, last):
        return of_a_count
    words: list[str] = []
    for _, _, token in tokens[last + 1:last + 4]:
        if not _is_word(token) or token.lower().endswith(("ing", "ed")):
            return None  # "34 including staff", "9,000 moved up": no counted noun
        words.append(token)
        if _plural(token) and not token[:1].isupper():  # the counted noun ends the phrase: "14 villages had"
            break
    # a name may modify the counted noun ("12 Drayhurst families"), never be it
    if not words or not _plural(words[-1]) or words[-1][:1].isupper() \
            or words[-1].lower() in _TIME_WORDS | _PLACEHOLDERS:
        return None
    return " ".join(words)


_NUMBER_WORDS = frozenset("""two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred""".split())


def _of_a_count(tokens: list[tuple[int, int, str]], last: int) -> str | None:
    """(y62) "four of the six days": a count of a count is of what the second counts ("of
    the six days"), the words after it ("inspectors were in the prison") are another
    clause. u62's review read "'four' inspectors" where the article counts days."""
    words = [t[2] for t in tokens[last + 1:last + 5]]
    if len(words) < 3 or words[0].lower() != "of":
        return None
    k = 1 + (words[1].lower() in _DETERMINERS)
    if k + 1 < len(words) and (words[k][:1].isdigit() or words[k].lower() in _NUMBER_WORDS) \
            and _plural(words[k + 1]) and _is_word(words[k + 1]):
        return " ".join(words[:k + 2])
    return None


_PLURALS = frozenset("people children staff aircraft crew police cattle sheep fish men women".split())


def _plural(word: str) -> bool:
    """A plural noun as counts write them ("households", "children", "staff"); "children's"
    (a possessive before the noun) and "across", "business" are not."""
    word = word.lower()
    return word in _PLURALS or (word.endswith("s") and not word.endswith(("ss", "'s", "’s", "us", "is"))
                                and len(word) > 3)


def _noun_of_figure(q: Quantity, claim) -> str | None:
    """The noun a figure is "of" ("coverage of about 84%", "total spending of £5.9m"), or
    for a share the noun it is of ("83% of premises")."""
    found = _figure_at(q, claim)
    if found is None:
        return None
    tokens, first, last = found
    if first >= 2 and tokens[first - 1][2].lower() == "of" and _is_word(tokens[first - 2][2]) \
            and tokens[first - 2][2].lower() not in _PLACEHOLDERS and not tokens[first - 2][2][:1].isupper():
        return tokens[first - 2][2]
    if q.unit == "percent" and last + 2 < len(tokens) and tokens[last + 1][2].lower() == "of":
        k = last + 2 + (tokens[last + 2][2].lower() in _DETERMINERS)
        # (y62) "one in ten of the bank's customers": whose they are is no label ("bank's:"
        # read as the measure to u62's review); the noun after it is
        if k < len(tokens) and tokens[k][2].lower().endswith(("'s", "’s")):
            if not (k + 1 < len(tokens) and _is_word(tokens[k + 1][2])):
                return None  # "11% of the bank's 9.6 million customers": the owner alone is no label
            k += 1
        if k < len(tokens) and _is_word(tokens[k][2]) and not tokens[k][2][:1].isupper():
            return tokens[k][2]
    return None


def _measure_as_written(q: Quantity, claim) -> str | None:
    """The words of the figure's measure as its sentence writes them, when it writes them in
    order within a few words of each other, outside the figure and near it ("households
    in temporary accommodation", "premises could order a full-fibre service"); a lone
    verb form ("showed", "recorded", "paid") is none."""
    found = _figure_at(q, claim)
    if found is None or not q.measure:
        return None
    tokens, first, last = found
    lemmas = q.measure.split()
    best: tuple[int, int, int] | None = None
    for i, (_, _, token) in enumerate(tokens):
        if first <= i <= last or not _writes(token, lemmas[0]):
            continue
        j, ok = i, True
        for lemma in lemmas[1:]:
            nxt = next((k for k in range(j + 1, min(j + 4, len(tokens))) if _writes(tokens[k][2], lemma)), None)
            if nxt is None or first <= nxt <= last or (j < first and nxt > last):
                ok = False
                break
            j = nxt
        distance = first - j if j < first else i - last
        if ok and 0 < distance <= 12 and (best is None or distance < best[2]):
            best = (i, j, distance)
    if best is None:
        return None
    i, j, _ = best
    if j < first and not any(t[2][:1].islower() for t in tokens[j + 1:first]):
        return None  # "paid a fundraising agency, Brightquill, £1.3m": whom it was paid, not a measure
    span = [t[2] for t in tokens[i:j + 1]]
    if any(t[:1].isdigit() or t.lower() in _PRONOUNS for t in span) or any(
            t.lower().endswith("ed") and u.lower() == "to" for t, u in zip(span, span[1:])):
        return None  # "treat about 70 people", "zoos it monitors", "trust aimed to cut": a clause
    if i == j:
        word = tokens[i][2]
        before = tokens[i - 1][2] if i else ""
        nxt = tokens[i + 1][2].lower() if i + 1 < len(tokens) else ""
        named = (not before or before.lower() in _DETERMINERS or before.endswith(("'s", "’s"))
                 or nxt in ("of", "on", "for", "in"))  # "Harebell's reserves", "spending on"
        if word.lower().endswith(("ed", "ing")) or word[:1].isupper() or (i < first and not named) \
                or word.lower() in ("says", "said", "shows", "gives", "compares", "takes") \
                or (i > last and not _plural(word) and nxt not in ("of", "on", "for", "in")):
            return None  # "showed 1,870", "is recorded as", "figure compares with": a verb, no measure
    sentence = claim.sentence or claim.text
    return " ".join(sentence[tokens[i][0]:tokens[j][1]].split())


def _head(phrase: str) -> str:
    """The last word's stem, to compare ("families" / "family"); never shown. Imported here:
    claims.overlap loads numpy and scipy, which the CLI's report and its start (before its
    SIGTERM handling) should not wait for."""
    from claims.overlap import stem
    return stem(phrase.split()[-1].lower().removesuffix("'s").removesuffix("’s"))[:4]


def figure_label(q: Quantity, claim) -> str | None:
    """What a figure measures, in its sentence's words; None when the sentence names it
    nowhere near the figure (a verb the parse took for the measure is not a label)."""
    written = _measure_as_written(q, claim)
    if written and all(w.lower() in _PLACEHOLDERS for w in written.split()):
        written = None  # "our figure of 82p" names no quantity
    noun = counted_noun(q, claim) or _noun_of_figure(q, claim)
    if written and (noun is None or _head(noun) in {_head(w) for w in written.split()}):
        return written
    return noun or written


def figures_reason(qa: Quantity, a_claim, a_who: str, qb: Quantity, b_claim, b_who: str) -> str:
    """The reason of a numeric conflict: what is measured, then the two figures and who
    gives them ("households in temporary accommodation: '1,870' (X) and '1,410' (Y) do not
    overlap"). Two counts of nouns written apart show each its own ("'400' new council
    homes (X) and '14' councils (Y)"): one label would say both count homes."""
    if qa.surface == qb.surface:
        # (y62) the same words on both sides ("'more than 20 hours' ... and 'more than 20
        # hours' ... do not overlap", u62's review): what differs is around them, so each
        # figure is shown with the words its sentence puts before it
        return (f"{qa.surface!r} in {_words_before(qa, a_claim)} ({a_who}) and {qb.surface!r} in "
                f"{_words_before(qb, b_claim)} ({b_who}) do not overlap")
    a_noun, b_noun = counted_noun(qa, a_claim), counted_noun(qb, b_claim)
    if a_noun and b_noun and _head(a_noun) != _head(b_noun):
        return f"{qa.surface!r} {a_noun} ({a_who}) and {qb.surface!r} {b_noun} ({b_who}) do not overlap"
    a_label, b_label = figure_label(qa, a_claim), figure_label(qb, b_claim)
    figures = f"{qa.surface!r} ({a_who}) and {qb.surface!r} ({b_who}) do not overlap"
    if a_label and b_label and _words_meet(a_label, b_label):
        return f"{a_label}: {figures}"
    if a_label or b_label:
        # one side names what it measures and the other does not (or names another thing):
        # each label stays by its own figure, so "five shops" does not name the other's "6"
        a_part = f"{qa.surface!r} {a_label}" if a_label else repr(qa.surface)
        b_part = f"{qb.surface!r} {b_label}" if b_label else repr(qb.surface)
        return f"{a_part} ({a_who}) and {b_part} ({b_who}) do not overlap"
    return figures


# Words a figure is quoted with when both sides give the same words (`_words_before`).
CONTEXT_WORDS = 10


def _words_before(q: Quantity, claim) -> str:
    """The figure with up to `CONTEXT_WORDS` words of its sentence before it, quoted: "…no
    prisoner is locked up for more than 20 hours"."""
    sentence = claim.sentence or claim.text
    at = q.start_char - claim.sentence_start
    if not (0 <= at and sentence[at:at + len(q.surface)] == q.surface):
        at = sentence.find(q.surface)
    if at < 0:
        return f'"{q.surface}"'
    before = [w for w in (w.strip("\"“”") for w in sentence[:at].split()) if w]
    cut = "…" if len(before) > CONTEXT_WORDS else ""
    return f'"{cut}{" ".join(before[-CONTEXT_WORDS:] + [q.surface])}"'


def _words_meet(first: str, second: str) -> bool:
    """Two labels share a content word ("households" / "households in temporary
    accommodation")."""
    words = lambda label: {_head(w) for w in label.split() if w.lower() not in _PHRASE_STOPS}  # noqa: E731
    return bool(words(first) & words(second))


def group_head(phrase: str) -> str:
    """(y62) `_head` for `claims.grouping`: the stem two labels of one measure share."""
    return _head(phrase)


# (y62) A rejection told in the passive names who rejects after "by": "The Inspectorate's
# report has been rejected on several counts by the Prison and Probation Agency, which runs
# the jail." Words of a name: capitalised, or the small words inside one ("of", "and").
_PASSIVE_REJECTION = re.compile(
    # (cr63) a passive only: "The council rejected the claim made by X" names X's claim
    r"\b(?:been|was|were|is|are|being)\s+(?:\w+\s+)?"
    r"(?:rejected|disputed|denied|dismissed|challenged|contested|questioned|criticised|criticized)\b"
    r"[^.;:!?\"“”]{0,80}?\bby\s+(?P<who>(?:the\s+)?[A-Z][\w'’&-]*(?:(?:\s+(?:of|and|for|the))*\s+[A-Z][\w'’&-]*)*)")


def relayed_rejecter(text: str) -> str | None:
    """(y62) Who rejects, when a claim relays the rejection in the passive ("... has been
    rejected ... by the Prison and Probation Agency"): a reason had named the outlet that
    reports it ("Inside Justice Review (own report) rejects the claim by Inspectors"), and
    the fact-checker went to the wrong party. None when no "by" names a party."""
    found = _PASSIVE_REJECTION.search(text)
    if not found:
        return None
    words = found.group("who").split()
    while words and words[-1].lower() in ("of", "and", "for", "on", "the"):
        words.pop()
    return " ".join(words) or None
