"""Attributed statements in a parsed article: who said what, with the speaker resolved.

Two readers share one parse, because news mixes them in one sentence:

* direct quotes are found from the quote marks in the text (straight or curly), then
  attributed through the words around them (`"...," said X`, `X said: "..."`, a split
  quote's second half, a quote that carries on into the next sentence or paragraph);
* reported speech is found from a reporting-verb cue (a lemma from
  `data/attribution_verbs.txt`) and its clause in the dependency parse (`X said that ...`,
  `..., X said.`, `Instead, he said, ...`, `according to X, ...`, `saying ...`).

Speakers are resolved by `claims.speakers.SpeakerResolver` in reading order, so a later
"she", a bare surname or "the union" gets the article's fullest name.
Negated cues ("did not say", "declined to say") are not attributions of their content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from claims.models import Attribution
from claims.speakers import Speaker, SpeakerResolver, _data_words as word_list_file, word_list
from claims.speakers import accusation_of_phrase, verb_named_body
from claims.transcripts import Turn, transcript_turns

OPEN_MARKS = {"“": "”", '"': '"', "«": "»", "„": "“"}
CLOSE_MARKS = {"”", '"', "»"}
QUOTE_CHARS = set(OPEN_MARKS) | CLOSE_MARKS
TERMINAL = {".", "!", "?"}
NEGATING_HEADS = {"decline", "refuse", "fail", "deny", "stop"}
SUBJ_DEPS = {"nsubj", "nsubjpass"}
INHERIT_DEPS = {"advcl", "conj", "xcomp", "pcomp"}
CONTENT_TRIM = " \t\n,;:–—-"
QUESTION_VERBS = {"ask", "wonder", "inquire", "enquire", "query"}
BACKSHIFT_AUX = {"had", "has", "have", "would", "will", "could", "might", "should"}
CITING_VERBS = {"cite", "point", "refer", "quote", "echo", "reference", "invoke", "speak",
                "respond", "reply", "react", "explain", "stress", "emphasise", "emphasize",
                "contradict", "undercut", "undermine", "rebut", "counter", "challenge", "back",
                "support", "mirror", "repeat", "reiterate", "acknowledge", "signal", "suggest",
                "hint", "raise", "prompt", "spark", "fuel"}
TELL_VERBS = {"tell", "inform", "assure", "remind", "warn"}
# "Figures published by X show ...": numbers that show something, as documents do
FINDING_NUMBERS = {"figure", "statistic", "number", "estimate", "record", "projection"}


@dataclass
class _Quote:
    open_char: int          # the opening mark
    close_char: int | None  # the closing mark, None when it runs to the paragraph's end
    start: int              # content, without marks
    end: int
    para: int

    @property
    def outer_end(self) -> int:
        return self.close_char + 1 if self.close_char is not None else self.end


@dataclass
class _Candidate:
    start: int
    end: int
    cue: Token | None
    speaker_tok: Token | None = None
    is_quote: bool = False
    inherit: _Candidate | None = None
    doc_fallback: bool = False
    speaker: Speaker | None = None
    source: str = ""
    clause: tuple[int, int] | None = None  # the reported clause, when cut to its quote


# ------------------------------------------------------------------ quotes
def _quotes(text: str) -> list[_Quote]:
    """Pair quote marks paragraph by paragraph; an unclosed one runs to the paragraph end,
    the news convention for a quote that continues in the next paragraph."""
    quotes: list[_Quote] = []
    offset = 0
    for para_no, para in enumerate(re.split(r"(\n\s*\n|\n)", text)):
        if para_no % 2 == 1:
            offset += len(para)
            continue
        i = 0
        open_at = None
        closer = None
        while i < len(para):
            ch = para[i]
            if open_at is None:
                if ch in OPEN_MARKS and (ch != '"' or _opens(para, i)):
                    open_at, closer = i, OPEN_MARKS[ch]
            elif ch == closer or (ch in CLOSE_MARKS and closer in CLOSE_MARKS and ch != '"'):
                quotes.append(_make(offset, open_at, i, para_no // 2, text))
                open_at = None
            elif ch == "“" and closer == "”":
                open_at = i  # an unpaired opener: start again from the newer one
            i += 1
        if open_at is not None:
            quotes.append(_make(offset, open_at, None, para_no // 2, text, len(para)))
        offset += len(para)
    return [q for q in quotes if q.end > q.start]


def _opens(para: str, i: int) -> bool:
    before = para[i - 1] if i > 0 else " "
    return before.isspace() or before in "([{—–-:,"


def _make(offset: int, open_at: int, close_at: int | None, para: int, text: str,
          para_len: int | None = None) -> _Quote:
    start = offset + open_at + 1
    end = offset + (close_at if close_at is not None else para_len)  # type: ignore[operator]
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return _Quote(offset + open_at, offset + close_at if close_at is not None else None,
                  start, end, para)


# ------------------------------------------------------------------ cues
def _verbs() -> frozenset[str]:
    return word_list("verbs")


def _negated(cue: Token) -> bool:
    if any(c.dep_ == "neg" and not _correction_after_aside(c) for c in cue.children):
        return True
    head = cue.head
    if cue.dep_ in {"xcomp", "ccomp"} and head.lemma_.lower() in NEGATING_HEADS:
        return True
    if cue.dep_ == "xcomp" and any(c.dep_ == "neg" for c in head.children):
        return True
    return False


def _correction_after_aside(neg: Token) -> bool:
    """(s83) "Fees rose by 11.4%, it found, not the 9.5% the company had announced", "It
    puts the figure at 196, not the 168 it had reported": a "not" after the cue and a
    comma starts a correction of what was said, which the parser hung on the cue; it does
    not negate the cue ("the report did not find A" and "A, it did not say" still do)."""
    return neg.i > neg.head.i + 1 and neg.doc[neg.i - 1].text == ","


def _own_report_before_semicolon(doc: Doc, clause: Token, cue: Token) -> bool:
    """(a63) "The group had said in March that 19 towns would be cut off; the panel found
    four": the parser hangs the clause before the semicolon on the verb after it, but a
    clause that reports with a subject of its own ("The group had said ...") is its own
    statement, not what the panel found (which took the group's claim)."""
    if not any(t.text == ";" for t in doc[clause.right_edge.i + 1:cue.i]):
        return False
    return _is_cue(clause) and any(c.dep_ in SUBJ_DEPS and c.i < clause.i for c in clause.children) \
        and any(c.dep_ == "ccomp" and c.i > clause.i for c in clause.children)


def _across_semicolon(clause: Token) -> bool:
    """(a99) "The park says it employs 28 keepers; Ms Batchelor says 22", "The company said
    A; the residents' association said 14 hours": the parser hangs the clause before a
    semicolon on the verb after it, but a verb with a subject of its own after the
    semicolon starts a second sentence; the clause (and whoever reports it) is not inside
    the later speaker's statement. Near miss: "X said A, and B; Y said" with the
    semicolon inside the clause is the same test; a clause hung on a verb before it, or
    a later verb with no subject after the semicolon ("said A; and added B"), is not."""
    gov = clause.head
    if gov.i <= clause.i:
        return False
    doc = clause.doc
    semis = [t.i for t in doc[clause.right_edge.i + 1:gov.i] if t.text == ";"]
    return bool(semis) and any(c.dep_ in SUBJ_DEPS and c.i > semis[-1]
                               for c in gov.children)


def _correction_relative(verb: Token) -> bool:
    """(a99) "The audit found 1,340 meters in use, not the 1,800 the firm had reported.":
    with the reporting verb last, the parser makes it the sentence's root and "not the
    1,800 the firm" its subject; it is a relative clause naming the figure the finding
    replaces ("the 1,800 (that) the firm had reported"), as `_trailing_conj` (s86) and
    `_correction_after_aside` (s83) read it elsewhere. So it is no cue of its own (the firm
    did not say the audit's finding), and the clause before it is not inside its report.
    The subject's phrase opens with "not" just after a comma, then a figure before the
    subject's own noun. Near miss: "A, not B, the firm reported" has no figure there."""
    subj = [c for c in verb.children if c.dep_ in SUBJ_DEPS and c.i < verb.i]
    if not subj:
        return False
    doc = verb.doc
    first = min([subj[0].left_edge.i] + [c.i for c in verb.children
                                         if c.dep_ == "neg" and c.i < subj[0].i])
    if doc[first].lower_ != "not" or first == 0 or doc[first - 1].text not in {",", ";", "—", "–"}:
        return False
    return any((t.like_num or t.ent_type_ in FIGURE_ENTS) and not YEAR.fullmatch(t.text)
               for t in doc[first + 1:subj[0].i])


def _report_above(head: Token) -> bool:
    """(a99) `head` hangs on a reporting verb as its clause (or a conjunct of one), the
    test every "inside someone's reported clause" climb makes; not across a semicolon to
    a second sentence's verb, nor on a correction's relative clause misread as the
    sentence's verb (`_across_semicolon`, `_correction_relative`)."""
    gov = head.head
    if head.dep_ not in {"ccomp", "conj"} or gov.lemma_.lower() not in _verbs():
        return False
    return not _across_semicolon(head) and not _correction_relative(gov)


def _is_cue(tok: Token, strict: bool = True, quote: bool = False) -> bool:
    lemma = tok.lemma_.lower()
    if tok.dep_ in {"xcomp", "advcl", "acl", "relcl"} and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and \
            tok.head.lemma_.lower() not in {"go", "continue", "proceed"}:
        return False  # "trials were needed to confirm the findings"
    verbs = _verbs() | word_list("object_verbs")
    if quote:
        verbs = verbs | word_list("quote_verbs")
    if lemma in word_list("finding_verbs") and _finding(tok):
        return tok.pos_ in {"VERB", "AUX"}
    if lemma not in verbs and tok.lower_ not in verbs:
        return False
    if lemma in CLAUSE_ONLY_VERBS and not any(c.dep_ == "ccomp" and c.i > tok.i
                                              for c in tok.children):
        return False  # x13: "charged that A" reports A; "charged with fraud" reports nothing
    if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        return False  # "pointed out that", not "pointed to"
    if lemma == "add" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        return False  # (d19) "the numbers do not add up" judges a statement, it reports none
    if lemma == "add" and any(c.dep_ == "dobj" for c in tok.children) and \
            any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children) and \
            not any(c.dep_ == "ccomp" or c.text in OPEN_MARKS for c in tok.children):
        # (s70) "That would add £187 a year to a bill, according to the council": adding
        # an amount to something is no speech ("added to reporters that A" has its clause)
        return False
    if tok.text.isupper() and len(tok.text) > 1:
        return False  # "READ MORE |" boilerplate
    if lemma == "put" and not any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children):
        return False  # only "as X put it"
    if tok.dep_ == "amod" and tok.tag_ == "VBN" and not any(
            c.dep_ in {"agent", "ccomp", "dobj"} for c in tok.children):
        return False  # "the rejected contract", "the confirmed cases": a participle adjective
    if strict:
        return tok.pos_ in {"VERB", "AUX"} or (tok.pos_ == "NOUN" and tok.dep_ == "ROOT")
    return tok.pos_ in {"VERB", "AUX", "NOUN"} and not any(
        c.dep_ == "det" for c in tok.children)


def _finding(tok: Token) -> bool:
    """"the study shows that ...": a finding verb with a document or data as its subject,
    and not inside someone's reported clause ("X said its analysis showed ...")."""
    subj = [c for c in tok.children if c.dep_ in SUBJ_DEPS]
    if not subj or subj[0].lemma_.lower() not in word_list("document_nouns") and not (
            subj[0].tag_ == "NNS" and subj[0].lemma_.lower() in FINDING_NUMBERS) and \
            not _analysed_by_someone(subj[0]) and not _owned_figures(subj[0]):
        return False
    head = tok
    while head.head.i != head.i:
        if _report_above(head):
            return False
        head = head.head
    return True


def _owned_figures(noun: Token) -> bool:
    """(a93, review r94) "The racecourse's accounts, which the board has seen, show that
    A", "the group's own counts showed A": figures a named body or person owns (a noun of
    data/attribution_owned_figure_nouns.txt with a possessive noun or name) show what their
    owner vouches for, as "the council's figures show" (FINDING_NUMBERS) and "the trust's
    records show" (a document noun) already did; the owner is the speaker
    (`SpeakerResolver._figures_owner`). Near misses: "accounts show" with no owner, "its
    accounts show" (a pronoun owner, left as it was)."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in word_list("owned_figure_nouns") and \
        any(c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"} for c in noun.children)


def _analysed_by_someone(noun: Token) -> bool:
    """f18: "Footage analysed by the broadcaster showed A": material analysed by a named
    party shows a finding, a statement as "figures published by X show A" is; its speaker
    is the material, as a document's without an author (the party did not make it, and
    stays in the sentence). Without the party ("Footage showed a van", "footage obtained
    by X") the material shows nothing anyone vouched for, and is no statement; nor is
    what is not material ("a case studied by researchers", "cars inspected by police")."""
    material = word_list("material_nouns") | word_list("document_nouns")
    if noun.lemma_.lower() not in material and noun.lower_ not in material:
        return False
    analysing = word_list("analysing_verbs")
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in analysing and
               any(a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by") for a in c.children)
               for c in noun.children)


def _reports(tok: Token) -> bool:
    """A cue that reports something of its own (a clause or an object), so a trailing cue
    attached to it is not about it. "agreed on Saturday to a ceasefire, a spokesman said":
    "agreed" is a cue word but reports nothing here."""
    return _is_cue(tok) and any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in tok.children)


def _told_by_no_one(tok: Token) -> bool:
    """(s75) A passive reporting verb with no agent ("Local businesses have been promised
    first refusal on contracts worth £14m, the company said, out of a total cost of
    £110m") is no one's report, so a trailing cue the parser hangs on it as an aside is
    about it: the company's statement, which was dropped because "promised" has an
    object. With an agent ("were promised work by the mayor, the council said") it is
    left as it was."""
    return any(c.dep_ == "auxpass" for c in tok.children) and \
        not any(c.dep_ == "agent" for c in tok.children)


def _trailing_conj(doc: Doc, tok: Token, object_verbs: frozenset[str]) -> bool:
    """"Quillon will cut 1,200 jobs, chief executive X told employees in a memo": a cue
    parsed as a conjunct of the sentence it reports, after a comma and with no "and" /
    "but", its own subject and no clause or news object of its own."""
    if tok.dep_ != "conj" or tok.head.i > tok.i:
        return False
    first = tok.left_edge.i
    if first == 0 or doc[first - 1].text != ",":
        return False
    if doc[first].lower_ == "not":
        # (s86) "found that 33,400 premises could order it, not the 38,000 X reported at
        # the time": a "not" opening the conjunct is a correction naming what X gave (a
        # noun phrase with a relative clause the parser read as "X reported"), not an aside
        # saying who said the first clause ("A, X reported" has no "not")
        return False
    if any(c.dep_ == "cc" and tok.head.i < c.i < tok.i for c in tok.head.children):
        return False
    if any(c.dep_ in {"ccomp", "xcomp"} for c in tok.children):
        return False
    return not (tok.lemma_.lower() in object_verbs and any(c.dep_ == "dobj"
                                                            for c in tok.children))


def _person_surnames(doc: Doc) -> frozenset[str]:
    """Last words of the full names (two words or more) NER tagged PERSON."""
    return frozenset(e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2
                     and e[-1].text[:1].isupper())


def _document_inside_report(tok: Token,
                            surnames: frozenset[str] = frozenset()) -> bool:
    """A cue whose subject is a document or a thing, not someone who speaks ("the report
    showed", "the figures confirmed ...") inside another speaker's reported clause is part
    of that speaker's statement, as for findings."""
    subj = [c for c in tok.children if c.dep_ in SUBJ_DEPS]
    if not subj and tok.dep_ == "conj" and any(c.dep_ == "auxpass" for c in tok.children):
        # (s77) "It says the board was told of "discrepancies" but was assured they were
        # A": a passive conjunct shares its head's hearer
        subj = [c for c in tok.head.children if c.dep_ == "nsubjpass"]
    if not subj:
        return False
    lemma = subj[0].lemma_.lower()
    speaking = word_list("titles") | word_list("source_nouns") | word_list("org_nouns")
    # "Police believe A, a source said": a belief reported by someone else is part of
    # what that someone said (data/attribution_belief_verbs.txt)
    belief = tok.lemma_.lower() in word_list("belief_verbs")
    # "Castellano said Ms. Lowell insisted that A": a named person's words reported by
    # someone else are that someone's statement (convention 4 of docs/attribution.md)
    # r11: also a surname NER tagged otherwise ("said Orsk had told ...") of a person the
    # article names in full, right after the reporter's verb (or its "that")
    reported_person = subj[0].pos_ == "PROPN" and (
        subj[0].ent_type_ == "PERSON" or subj[0].text in surnames and
        subj[0].left_edge.i - tok.head.i in {1, 2} and
        all(t.lower_ == "that" for t in tok.doc[tok.head.i + 1: subj[0].left_edge.i])) and \
        tok.dep_ == "ccomp" and tok.head.i < subj[0].i
    # (s71) "X said the company had been warned by the actuary that A", "X said many had
    # been told by the helpline that they "were not affected"": a passive report heard by
    # the subject, inside X's reported clause, is part of what X said (convention 4), not
    # the agent's statement cut out of X's
    heard = any(c.dep_ == "auxpass" for c in tok.children) and subj[0].dep_ == "nsubjpass"
    # (s75) "X said the union would ballot members in the call centres, where it says 150
    # staff will be expected to work, over ...": a report in a relative clause on a noun of
    # X's reported clause, by a pronoun that means a body already in that clause, is part
    # of what X said (convention 4), not a statement cut out of X's (which ended at
    # "members"; the parser reads "where" as a relative or an adverbial clause). A
    # relative report by someone named or described ("a figure that
    # Morland said was inflated", ", which a spokesperson said included ...") stays
    # that speaker's own.
    relative = subj[0].tag_ == "PRP" and (tok.dep_ == "relcl" or tok.dep_ == "advcl" and any(
        c.lower_ == "where" and c.i < subj[0].i for c in tok.children))
    if not belief and not reported_person and not heard and not relative and \
            lemma not in word_list("document_nouns") and (
            subj[0].pos_ != "NOUN" or lemma in speaking):
        return False
    head = tok
    while head.head.i != head.i:
        # a conjunct of the cue itself ("X said A, but critics warned B") is a report
        # beside it, not inside it
        if head.head.lemma_.lower() in _verbs() and (
                head.dep_ == "ccomp" or head.dep_ == "conj" and head.head.dep_ == "ccomp") \
                and not _across_semicolon(head) and not _correction_relative(head.head):
            return True
        head = head.head
    return False


def _belief_reported(tok: Token) -> bool:
    """"Police believe A, a person close to the investigation said": the belief is what
    the trailing speaker reports (parsed as the root, the cue hung after a comma)."""
    if tok.lemma_.lower() not in word_list("belief_verbs"):
        return False
    if tok.dep_ == "relcl" and any(c.lower_ == "according" for c in tok.sent.root.children):
        # "would target companies that officials believe have carried ..., according to
        # a source": the belief describes the companies inside the source's statement
        return True
    if _belief_sourced(tok):
        return True
    return any(c.dep_ in {"conj", "parataxis", "ccomp"} and c.i > tok.i and _is_cue(c)
               and not _negated(c) and c.i > 0 and tok.doc[c.left_edge.i - 1].text == ","
               and any(g.dep_ in SUBJ_DEPS for g in c.children) for c in tok.children)


def _subject_with_finite_acl(doc: Doc, cue: Token) -> tuple[int, int] | None:
    """"The truck plowed through the window at 3:40 a.m., Lt. Jo Roe said": the parser
    gave the cue two subjects, the first with its past-tense verb hung on it as a
    modifier (past tense, or a regular participle with no agent); the first subject and
    its verb, up to the comma, are what was said (not "The man, wearing a cap, said" nor
    "The car driven by X, Y said")."""
    subj = [c for c in cue.children if c.dep_ in SUBJ_DEPS and c.i < cue.i]
    if len(subj) < 2 or cue.dep_ != "ROOT" or any(
            t.pos_ in {"VERB", "AUX"} for t in doc[cue.i + 1:cue.sent.end]):
        return None  # not "The report released Tuesday, officials said, shows ..."
    first = subj[0]
    last = first.right_edge.i
    if last + 1 >= subj[1].left_edge.i or doc[last + 1].text != ",":
        return None
    if not any(c.dep_ == "acl" and c.i == first.i + 1 and (c.tag_ == "VBD" or (
            c.tag_ == "VBN" and c.lower_.endswith("ed") and
            not any(g.dep_ == "agent" for g in c.children))) for c in first.children):
        return None
    return _span_chars(doc, first.left_edge.i, last)


def _belief_sourced(tok: Token) -> bool:
    """"Investigators believe A, according to a law enforcement official": a belief verb
    (not inside a quote) whose clause closes with "according to X" after a comma."""
    if tok.lemma_.lower() not in word_list("belief_verbs") or tok.dep_ not in {"ROOT", "conj"}:
        return False
    last = max(t.i for t in tok.subtree if not t.is_punct)
    for c in tok.children:
        if c.dep_ != "ccomp" or c.i < tok.i:
            continue
        for g in c.children:
            if g.lower_ == "according" and g.i > c.i and g.i > 0 and \
                    tok.doc[g.i - 1].text == "," and g.right_edge.i == last:
                return True
    return False


PERCENT_WORDS = {"%", "percent", "per cent", "pc"}


# (q89) Scale words a bare figure is written with ("the 84 million", "£2m"):
# claims/data/attribution_figure_scales.txt (fxC); those of one or two letters are also
# written joined to the digits ("84m").
FIGURE_SCALES = word_list("figure_scales")
JOINED_SCALE = re.compile(r"\d(?:" + "|".join(sorted((re.escape(w) for w in FIGURE_SCALES if len(w) <= 2),
                                                     key=len, reverse=True)) + r")$")


def _figure_phrase(subj: Token) -> bool:
    """(q89, review cr88) A subject that is itself a figure, not a counted noun: "97 million
    litres a day, not the 84 million reported last year" ("not the 84 million" reported
    nothing: the figure is what was reported). A number written with a scale word or a
    currency sign, or named with "not", is a figure; a bare small count ("three said", "two
    of the passengers said") is people and still speaks."""
    if not (subj.like_num or subj.pos_ == "NUM"):
        return False
    words = [t for t in subj.subtree if t.i <= subj.i]
    return (subj.lower_ in FIGURE_SCALES or any(t.lower_ == "not" or t.tag_ == "$" or t.is_currency for t in words)
            or bool(JOINED_SCALE.search(subj.lower_)))


def _a_figure(subj: Token, verb: Token) -> bool:
    """s37: a share or a count is what a statement is about, never who made it.

    "About 61% of patients on the drug reported less pain, the results show": the
    share's head is the percent sign; "41 cases had been reported to the company": a
    counted thing the passive verb tells of (the reporter is unsaid). A count of people
    in the active voice still speaks ("214 scientists said", "62 midwives said").
    """
    if subj.lower_ in PERCENT_WORDS or subj.lemma_.lower() in PERCENT_WORDS:
        return True
    if _figure_phrase(subj):
        return True
    counted = any(c.dep_ == "nummod" and c.like_num for c in subj.children)
    return counted and subj.dep_ == "nsubjpass" and verb.dep_ != "relcl" and \
        not any(c.dep_ == "agent" for c in verb.children)


def _speaker_token(cue: Token) -> tuple[Token | None, bool]:
    """The noun heading the speaker phrase, and whether to fall back to the last document."""
    tok = cue
    if cue.dep_ == "pcomp" and cue.head.lower_ == "as" and \
            cue.head.head.lemma_.lower() in {"quote", "cite"}:
        # "the agency quoted the minister as saying A": the one quoted speaks
        quoted = [c for c in cue.head.head.children if c.dep_ == "dobj"]
        if quoted:
            return quoted[0], False
    for _ in range(4):
        if tok is not cue and tok.dep_ in {"ccomp", "xcomp"} and tok.head.i < tok.i and \
                tok.head.lemma_.lower() in word_list("naming_verbs") and not _is_cue(tok):
            # s30: "X called the figure inflated, saying A": the parser reads "the figure
            # inflated" as a clause; the thing named is not the speaker, the namer is
            tok = tok.head
            continue
        subj = [c for c in tok.children if c.dep_ in SUBJ_DEPS]
        agent = [g for c in tok.children if c.dep_ == "agent" for g in c.children]
        if not agent and tok.i == cue.i and any(c.dep_ == "auxpass" for c in tok.children):
            # a21: "was called "far too lenient" by the union": the parser hangs the
            # agent on the complement; it is still the passive's agent
            by = _agent(tok)
            agent = [g for g in by.children if g.dep_ == "pobj"] if by is not None else []
        if len(agent) > 1 and agent[-1].ent_type_ == "PERSON" and \
                any(t.text == "," for t in tok.doc[agent[0].i:agent[-1].i]):
            # "by its vice-chancellor, Prof. X": the parser gives "by" both nouns; the
            # name in apposition speaks
            agent = agent[-1:]
        if agent:
            return agent[0], False
        named = [c for c in tok.children if c.dep_ == "csubj" and c.i < tok.i and
                 verb_named_body(c)]
        if not subj and named:
            # (a99) "Cut the Rent Harmby said A", "Save the Wenning says A": the parser
            # read the body's name as a clause, the cue's subject; its verb opens the name
            return named[0], False
        if tok is cue and any(c.dep_ == "nsubjpass" for c in subj) and \
                cue.lemma_.lower() in word_list("addressee_verbs"):
            # (a48) "Parents were told that the school would merge", "he was told he would
            # serve half the term": the subject of a passive "tell" heard the words; with
            # no "by" nobody is named as saying them
            return None, False
        if subj:
            before = [c for c in subj if c.i < tok.i]
            # two subjects is a misparse ("..., the maximum allowed, after the council's
            # director warned"): the nearer one before the verb is its subject
            s = _undateline(before[-1] if before else subj[0])
            if verb_named_body(s):
                # (a62) "X, director of the campaign group Keep Schools Local, said": the
                # parser made the body's name the cue's subject, a clause with X its own
                # subject; X speaks
                own = [c for c in s.children if c.dep_ in SUBJ_DEPS and c.i < s.i and
                       c.pos_ in {"PROPN", "NOUN"} and c.right_edge.i == s.i - 1]
                if own:
                    s = own[-1]
            s = _vocative(s, tok)
            if s.tag_ in {"WP", "WDT"} and tok.dep_ == "relcl" and \
                    tok.head.pos_ in {"NOUN", "PROPN"}:
                if _relative_subject(tok):
                    # "X, who added that ...": the relative pronoun stands for X
                    return tok.head, False
                # "a man, who police said was known to her": the pronoun belongs to the
                # reported clause; the other subject speaks
                s = next(c for c in subj if c.tag_ not in {"WP", "WDT"})
            if s.lower_ == "it" and (s.dep_ == "nsubjpass" or tok.lemma_ == "be"):
                # "In a statement ..., it was stated": the statement is the speaker
                for c in tok.children:
                    if c.dep_ == "prep":
                        for pobj in c.children:
                            if pobj.lemma_.lower() in word_list("document_nouns"):
                                return pobj, False
                return None, True
            if _a_figure(s, tok):
                return None, False
            return s, False
        if tok.dep_ == "acl" and tok.head.pos_ in {"NOUN", "PROPN"}:
            return tok.head, False
        left = [c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i]
        if tok is cue and left and any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
            # "X, after Y revealed ..., said Z": the parser made X the subject of the aside
            subj = [c for c in left[0].children if c.dep_ == "nsubj" and c.i < left[0].i
                    and c.left_edge.i == c.sent.start + (0 if c.left_edge.i == c.sent.start
                                                         else 0)]
            if subj and subj[0].left_edge.i <= subj[0].sent.start + 1:
                return subj[0], False
        if tok.dep_ == "ccomp" and _is_cue(tok) and _is_cue(tok.head) and \
                tok.head.i < tok.i and tok.i > 0 and tok.doc[tok.i - 1].dep_ == "cc":
            # "X said that A but warned that B": the parser hangs "warned" beside A as a
            # second clause of "said"; its elided subject is the speaker's
            tok = tok.head
            continue
        if tok is cue:
            # "X, writing in the local paper, said ...": the parser gave the aside's
            # participle the subject and hung it on the cue
            aside = [c for c in tok.children if c.dep_ == "advcl" and c.i < tok.i and
                     c.tag_ in {"VBG", "VBN"} and c.i > 0 and tok.doc[c.i - 1].text == ","
                     and c.lemma_.lower() in ASIDE_VERBS]
            subj = [g for c in aside for g in c.children
                    if g.dep_ in SUBJ_DEPS and g.i < c.i and g.pos_ in {"PROPN", "NOUN", "PRON"}]
            if subj:
                return subj[0], False
        if tok is cue and tok.dep_ == "dep" and tok.head.tag_ in {"VBN", "VBD", "VBG"} and \
                0 < tok.head.i < tok.i and tok.doc[tok.i - 1].text == "," and \
                tok.doc[tok.head.i - 1].text == "," and \
                any(c.dep_ in SUBJ_DEPS and c.i < tok.head.i for c in tok.head.children):
            # "X, asked about the plan, said ...": the parser made the aside's participle
            # the main verb and hung "said" off it; the participle's subject speaks
            tok = tok.head
            continue
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.dep_ == "prep" and \
                tok.head.lower_ in word_list("gerund_time_preps") and \
                tok.head.head.pos_ in {"VERB", "AUX"}:
            # (s80) "The inspectorate rated the home "inadequate" after finding that A":
            # the one who found is the subject of the verb the time phrase hangs on, not the
            # preposition (which has none). Not "praised the union for saying" (object)
            tok = tok.head.head
            continue
        if tok.dep_ in INHERIT_DEPS and tok.head.i != tok.i:
            head = tok.head
            governor = _noun_clause_governor(tok)
            if governor is not None:
                tok = governor
                continue
            if tok.dep_ in {"conj", "advcl"} and head.dep_ == "ccomp" and _is_cue(head.head) and \
                    not _is_cue(head) and head.head.i < head.i:
                # "X said the plan was reckless and warned that ...": the parse joins
                # "warned" to the reported clause; its elided subject is the speaker's
                tok = head.head
                continue
            if head.pos_ in {"ADJ"}:
                return None, False
            tok = head
            continue
        break
    named = _speaker_past_verb_name(cue)
    if named is not None:
        return named, False
    left = _name_before(cue)
    return (left, False) if left is not None else (None, True)


def _speaker_past_verb_name(cue: Token) -> Token | None:
    """(a62) "X, director of the campaign group Keep Buses Local, said A" and "Keep Buses
    Local, a campaign group, said A": the verb-named body misparsed as a clause hung on
    the cue leaves the cue with no subject. The clause's own subject before it is the
    speaker ("X"); with none, the body's name is ("Keep Buses Local", not its apposition
    "a campaign group"). Only a clause that ends at the comma before the cue, or, for the
    body, at the cue itself ("Keep Buses Running said A")."""
    doc = cue.doc
    if any(c.dep_ in SUBJ_DEPS | {"agent"} for c in cue.children) or cue.i < 2:
        return None
    comma = doc[cue.i - 1].text == ","
    for c in cue.children:
        if c.dep_ != "advcl" or c.i >= cue.i or not verb_named_body(c) or \
                c.right_edge.i + (2 if comma else 1) != cue.i:
            continue
        subj = [g for g in c.children if g.dep_ in SUBJ_DEPS and g.i < c.i
                and g.pos_ in {"PROPN", "NOUN"}]
        if subj:
            return subj[-1] if comma else None
        if c.i == c.sent.start or doc[c.i - 1].is_punct:
            obj = [g for g in c.children if g.dep_ == "dobj" and g.pos_ == "PROPN"]
            if obj:
                return obj[0]
            if doc[c.i + 1].lower_ == "the":
                return c  # (a99) "Save the Children said A": the name runs from its verb
    return None


def _noun_clause_governor(participle: Token) -> Token | None:
    """s13: "The ministry disputed the orchestra's warning that 40 musicians would lose
    their jobs, saying A": the parser hangs a closing ", saying" on the last verb, here
    the clause that states the content of a noun ("warning that ..."). That clause is
    what is disputed, not something that speaks; the participle belongs to the verb
    whose object the noun is, and its subject is the speaker. Only a participle after a
    comma and a "that" complement of a noun (not a relative clause: "nurses who walked
    out, saying A" keeps the nurses)."""
    clause = participle.head
    doc = participle.doc
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or participle.i < 1 or \
            doc[participle.i - 1].text != "," or clause.i > participle.i:
        return None
    if clause.dep_ != "acl" or not any(c.dep_ == "mark" and c.lower_ == "that"
                                        for c in clause.children):
        return None
    noun = clause.head
    verb = noun.head
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ not in {"dobj", "pobj"} or \
            verb.i == noun.i:
        return None
    if noun.dep_ == "pobj":
        verb = verb.head  # "took issue with claims that A, saying B"
    return verb if verb.pos_ in {"VERB", "AUX"} and verb.i < noun.i else None


def _vocative(subj: Token, verb: Token) -> Token:
    """r11: "Anna, residents here say A" (a presenter addressed by name): a one-word
    name opening its clause, a comma, then a common noun running into the verb with no
    closing comma is a vocative; the noun is the subject ("Smith, a teacher, said" has
    the closing comma and stays)."""
    doc = subj.doc
    if subj.pos_ != "PROPN" or subj.i + 2 >= len(doc) or doc[subj.i + 1].text != "," or \
            any(c.dep_ == "compound" for c in subj.children):
        return subj
    start = subj.sent.start
    while start < subj.i and (doc[start].is_punct or doc[start].is_upper or
                              doc[start].dep_ == "dep"):
        start += 1  # a transcript label ("TOM REED:") before it
    if start != subj.i:
        return subj
    for c in subj.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i == subj.i + 2 and \
                c.right_edge.i < verb.i and not any(
                    doc[k].is_punct for k in range(c.right_edge.i + 1, verb.i)):
            return c
    return subj


def _relative_subject(cue: Token) -> bool:
    """A relative pronoun is the subject of the cue ("X, who said that ..."), not of the
    reported clause the parser left it beside ("X, who police said was ...")."""
    subjects = [c for c in cue.children if c.dep_ in SUBJ_DEPS]
    return bool(subjects) and all(c.tag_ in {"WP", "WDT"} for c in subjects)


def _trailing_appos_speaker(cue: Token, clause: Token) -> Token | None:
    """The noun phrase between a reported clause and its subjectless cue, when the parser
    made it an apposition inside the clause: "A knew B, a source close to X said"."""
    doc = cue.doc
    if any(c.dep_ in SUBJ_DEPS | {"agent"} for c in cue.children) or cue.i < 2:
        return None
    if clause.right_edge.i != cue.i - 1:
        return None
    t = doc[cue.i - 1]
    for _ in range(6):
        if t.dep_ == "appos" or t.head.i == t.i or t.head.i >= cue.i:
            break
        t = t.head
    if t.dep_ != "appos" or t.pos_ not in {"NOUN", "PROPN"} or t.right_edge.i != cue.i - 1:
        return None
    if t.left_edge.i < 2 or doc[t.left_edge.i - 1].text != ",":
        return None
    return t


def _name_before(cue: Token) -> Token | None:
    """"In a letter to the minister, the union's secretary, Paul Brennan, wrote that ...":
    the parser hung the speaker in apposition to the minister and left the cue without a
    subject. The noun phrase ending right before the cue (after a comma) is its subject."""
    doc = cue.doc
    if cue.dep_ != "ROOT" or any(c.dep_ in SUBJ_DEPS | {"agent"} for c in cue.children):
        return None
    j = cue.i - 1
    if j < 1:
        return None
    if not any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children):
        return None  # the content must follow the cue ("..., wrote the paper" is not this)
    if doc[j].text != ",":
        # "In a memo seen by this newspaper, chief executive X wrote that ...": the name
        # hangs in apposition to the noun before it, with no comma before the cue
        t = doc[j]
        if t.dep_ == "appos" and t.pos_ == "PROPN" and t.sent.start == cue.sent.start:
            return t
        return None
    t = doc[j - 1]
    if t.sent.start == cue.sent.start and (
            (t.dep_ == "appos" and t.pos_ in {"PROPN", "NOUN"}) or
            (t.pos_ == "PROPN" and t.dep_ in {"pobj", "conj"})):
        return t
    return None


def _undateline(subj: Token) -> Token:
    """"LOS ANGELES (KABC) -- X said": the parser takes the dateline for the subject."""
    doc = subj.doc
    if not subj.text.isupper():
        return subj
    dash = None
    for t in doc[subj.sent.start: subj.i + 8]:
        if t.text in {"--", "—", "–"}:
            dash = t.i
            break
    if dash is None or dash < subj.i:
        return subj
    for c in subj.children:
        if c.dep_ == "appos" and c.i > dash:
            return c
    return subj


# ------------------------------------------------------------------ reported speech
def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in CONTENT_TRIM):
        start += 1
    while end > start and (text[end - 1] in CONTENT_TRIM or text[end - 1] == "."):
        end -= 1
    for conj in (" but", " and", " or"):
        # a clause the parse ended on its coordinator ("it supported the freeze but")
        if text[start:end].lower().endswith(conj) and end - len(conj) > start:
            end -= len(conj)
            while end > start and text[end - 1] in CONTENT_TRIM:
                end -= 1
            break
    if text[start:start + 5].lower() == "that " and start + 5 < end:
        start += 5
    return start, end


def _span_chars(doc: Doc, first: int, last: int) -> tuple[int, int]:
    return doc[first].idx, doc[last].idx + len(doc[last].text)



def _aside_continuation(doc, tok: Token, verb: Token, end: int) -> int:
    """(a49) '"The line will open in June, he said, and will carry 20,000 a day": a
    verb with no subject of its own coordinated after the aside ("and will carry")
    continues the reported clause, whichever of the two verbs the parser hung it on.
    Returns the last token of the statement: `end`, or the continuation's right edge.
    Not a verb with its own subject ("he said, and the board agreed"), not a cue ("he
    said, and added that ..."): those are statements or narration of their own."""
    for c in list(verb.rights) + list(tok.rights):
        if c.dep_ != "conj" or c.i <= max(end, tok.i) or c.pos_ not in {"VERB", "AUX"}:
            continue
        if _is_cue(c, strict=False) or any(g.dep_ == "expl" for g in c.children) or any(
                g.dep_ in SUBJ_DEPS and not _speakers_own_subject(g) for g in c.children):
            continue
        between = list(doc[tok.i + 1:c.left_edge.i])
        if not any(t.lower_ in {"and", "but"} for t in between) or \
                any(not (t.is_punct or t.dep_ == "cc") for t in between):
            continue
        if not (any(g.dep_ == "aux" for g in c.children) or c.tag_ in {"VBZ", "VBD", "VBP"}):
            continue
        return c.right_edge.i
    return end



OWN_POSSESSIVES = {"its", "his", "her", "their"}


FIGURE_ENTS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _figure_tail(doc, tok: Token, verb: Token, end: int) -> int:
    """(s81) A comparison left after an aside: "Member numbers are 12,300, the club
    said, up from 11,900 three years ago", "Profits were £4m, the firm said,
    down from £6m": the figure's comparison belongs to the statement (before, it was cut
    at the aside, or only the comparison was kept). Returns the last token of the
    statement: the tail's, when the rest of the sentence is one phrase (no verb) hung on
    the cue or the clause's verb and holding a number; else `end`. Near miss: "Member
    numbers are 12,300, the club said, in a statement" (no number) and "..., a spokesman said,
    after three days of talks" (no comparison, data/attribution_figure_tail_words.txt) stay
    cut."""
    sent_end = tok.sent.end
    if tok.i + 1 >= sent_end or doc[tok.i + 1].text != ",":
        return end  # "the firm said on Monday": the tail hangs on the cue, not a comparison
    i = tok.i + 2
    last = sent_end - 1
    while last > i and doc[last].pos_ == "PUNCT":  # not "%", which is_punct too
        last -= 1
    if i > last:
        return end
    correction = doc[i].lower_ == "not" and doc[i].dep_ == "neg"
    if correction:
        # s83: "..., it found, not the 9.5% the company had announced": the figure the
        # statement corrects, the "not" hung on the cue or on the figure
        i += 1
        if i > last:
            return end
    tail = doc[i:last + 1]
    roots = [t for t in tail if not i <= t.head.i <= last or t.head.i == t.i]
    deps = {"advmod", "npadvmod", "prep"} | ({"dobj", "attr", "appos"} if correction else set())
    if len(roots) != 1 or roots[0].dep_ not in deps or \
            roots[0].head.i not in {tok.i, verb.i}:
        return end
    if not correction and roots[0].lemma_.lower() not in word_list("figure_tail_words") and \
            roots[0].lower_ not in word_list("figure_tail_words"):
        return end  # "..., a spokesman said, after three days of talks": when, not a figure
    relative = {t.i for r in tail if r.dep_ == "relcl" for t in r.subtree} if correction \
        else set()  # "not the 15% the company had claimed": the claim it corrects
    if any(t.pos_ in {"VERB", "AUX"} and t.i != roots[0].i and t.i not in relative
           for t in tail):
        return end
    if not any(t.ent_type_ in FIGURE_ENTS or (
            any(ch.isdigit() for ch in t.text) and not YEAR.fullmatch(t.text))
               for t in tail):
        return end  # a figure: "11,900", "40%"; not "three days" or "2019" alone
    return last


def _speakers_own_subject(subj: Token) -> bool:
    """(s81) The subject of a clause coordinated after an aside that the speaker still
    reports: "9 are rated unsafe, the borough said, and its £2m repair budget has been
    frozen" -- a subject owned by a possessive pronoun ("its budget", "his salary") is the
    speaker's own affair, so the clause goes on with what the speaker said (before, the
    statement was cut at the aside, or only the part after it was kept). A subject of its
    own ("he said, and the board agreed") is narration, as a49 left it."""
    return subj.pos_ in {"NOUN", "PROPN"} and any(
        g.dep_ == "poss" and g.lower_ in OWN_POSSESSIVES and g.i < subj.i
        for g in subj.children)


def _trailing_relcl_report(doc, tok: Token) -> tuple[int, int, Token] | None:
    """(a49) "Bills will rise by 8 percent, the watchdog Aquacom said on Friday": the
    parser made the kind noun a modifier of the clause before ("watchdog" npadvmod of
    "rise") and the cue a relative clause of that noun, whose subject is the name. The
    statement is the clause before the comma; the speaker the name. Returns first and
    last token of the content and the speaker's token, or None. Not a true relative
    clause ("a figure the minister said was wrong": no comma, the noun is an object;
    "the report, which the council published": the cue has an object of its own)."""
    noun = tok.head
    if tok.dep_ != "relcl" or noun.dep_ not in {"npadvmod", "appos"} or \
            noun.pos_ != "NOUN" or not noun.text.islower() or noun.i >= tok.i:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.lefts):
        return None
    verb = noun.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.i >= noun.i:
        return None
    if noun.left_edge.i < 1 or doc[noun.left_edge.i - 1].text != ",":
        return None
    if any(c.dep_ in {"ccomp", "dobj", "xcomp", "oprd"} for c in tok.children):
        return None
    subj = [c for c in tok.children if c.dep_ == "nsubj" and noun.i < c.i < tok.i]
    if not subj or subj[0].pos_ != "PROPN" or subj[0].left_edge.i != noun.i + 1:
        return None
    first = verb.left_edge.i
    last = noun.left_edge.i - 2
    if last - first < 2:
        return None
    return first, last, subj[0]


def _relative_after_aside(doc, i: int) -> bool:
    """(a101) A relative continuation opens at token i: "which ...", "who ...", "all of
    which ...", "most of whom ...", "two of which ..."."""
    t = doc[i]
    if t.lower_ in {"which", "who", "whom"} and t.tag_ in {"WDT", "WP"}:
        return True
    return i + 2 < len(doc) and not t.is_punct and \
        doc[i + 1].lower_ == "of" and doc[i + 2].lower_ in {"which", "whom"}


def _trailing_described_speaker(doc, tok: Token) -> tuple[int, int, Token] | None:
    """(a101) "The pool will reopen in May, the charity that runs it said yesterday": a
    described speaker after the sentence, a noun with its own relative clause ("that runs
    it", "who will lead the college"), which the parser hung on the clause before (the
    cue a second relative clause whose subject is the first one's object, or an adverbial
    clause with no subject). The statement is the clause before the comma; the speaker the
    noun. Not a cue with a subject or an object of its own ("..., the firm that owns it
    said it would appeal"), not a cue followed by more than when it was said."""
    if tok.pos_ != "VERB" or tok.dep_ not in {"relcl", "advcl"} or tok.i < 6:
        return None
    if any(c.dep_ in {"ccomp", "dobj", "xcomp", "oprd", "agent"} for c in tok.children):
        return None
    if any(t.i > tok.i and not (t.is_punct or t.i in {s.i for c in tok.children
                                if c.dep_ in {"prep", "npadvmod", "advmod"} and c.i > tok.i
                                for s in c.subtree}) for t in tok.sent):
        return None  # only when it was said may follow the cue
    subj = [c for c in tok.children if c.dep_ in SUBJ_DEPS]
    if subj and not (len(subj) == 1 and subj[0].tag_ == "PRP" and subj[0].i == tok.i - 1):
        return None
    before = doc[tok.i - 1] if not subj else doc[tok.i - 2]
    rel = before
    for _ in range(8):
        if rel.dep_ == "relcl" or rel.head.i == rel.i:
            break
        rel = rel.head
    if rel.dep_ != "relcl" or rel.right_edge.i != before.i:
        return None
    if not any(c.dep_ in SUBJ_DEPS and c.lower_ in {"that", "who", "which"} and c.i < rel.i
               for c in rel.children):
        return None
    noun = rel.head
    if noun.pos_ != "NOUN" or not noun.text.islower() or noun.i >= rel.i:
        return None
    if tok.dep_ == "relcl" and tok.head.i != noun.i:
        return None
    if not any(c.dep_ == "det" and c.lower_ in {"the", "a", "an"} for c in noun.lefts):
        return None
    if noun.left_edge.i < 3 or doc[noun.left_edge.i - 1].text != ",":
        return None
    first = tok.sent.start
    last = noun.left_edge.i - 2
    if last - first < 2:
        return None
    return first, last, noun


def _longest_run(indices: list[int]) -> tuple[int, int] | None:
    if not indices:
        return None
    # a non-projective parse lists a subtree out of order ("companies that officials
    # believe have carried ...": "that" hangs from the verb after "believe")
    indices = sorted(indices)
    best = cur = (indices[0], indices[0])
    for i in indices[1:]:
        cur = (cur[0], i) if i == cur[1] + 1 else (i, i)
        if cur[1] - cur[0] > best[1] - best[0]:
            best = cur
    return best


PUT_AT_SKIP_ENTS = {"TIME", "DATE"}


def _put_at(tok: Token) -> tuple[int, int] | None:
    """(a61) "The union still puts the figure at 520", "The survey puts it at £3.85", "The
    charity estimates the number at 4,000": the subject's estimate, which no clause
    carries, so the reported-speech reader missed it and the figure went to the outlet.
    The statement is the object and its "at" phrase. Only an active verb with a subject of
    its own and a number after "at" (not a time or date: "put the start at 9am"), not
    inside another's reported clause; "put the riders at risk", "put 300 jobs at risk"
    state nothing."""
    if tok.lemma_.lower() not in word_list("put_at_verbs") or tok.pos_ != "VERB":
        return None
    if not any(c.dep_ == "nsubj" or c.dep_ == "csubj" and verb_named_body(c)
               for c in tok.children):
        return None  # (a99) "Cut the Rent Harmby puts the cost at £2m": a name as csubj
    if any(_is_cue(a) for a in tok.ancestors):
        # "X said the council had put the cost at £8.2m and that both figures were wrong":
        # inside X's statement, where a statement of its own would cut X's short
        return None
    objs = [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i]
    if not objs:
        return None
    obj = objs[0]
    ats = [c for c in list(tok.children) + list(obj.children)
           if c.dep_ == "prep" and c.lower_ == "at" and c.i > obj.i]
    if not ats:
        ats = _gerund_at(obj)
    if not ats:
        return None
    at = ats[0]
    if any(t.like_num or t.ent_type_ in {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
           for t in obj.subtree if t.i < at.i):
        return None  # "put 300 jobs at risk": the number is the object, not the estimate
    pobjs = [c for c in at.children if c.dep_ == "pobj"]
    if not pobjs:
        return None
    # the number is the "at" phrase's own noun or its modifier ("at about £2.1 billion",
    # "at 4,000 families"), not one further on ("at risk of losing 300 pounds")
    nums = [t for t in at.subtree if at.i < t.i <= pobjs[0].i and (
        t.like_num or t.ent_type_ in {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})]
    if nums and all(PENCE.fullmatch(t.text) for t in nums):
        nums = []  # (s71) "at 82p": pence, which the parser may call a date, is no date
        pence = True
    else:
        pence = any(PENCE.fullmatch(t.text) for t in at.subtree if at.i < t.i <= pobjs[0].i)
    if not (nums or pence) or any(t.ent_type_ in PUT_AT_SKIP_ENTS for t in nums):
        return None
    return obj.left_edge.i, _estimate_tail(tok, _more_put_at(tok, at).right_edge.i)


PENCE = re.compile(r"\d+(?:\.\d+)?p")


def _gerund_at(obj: Token) -> list[Token]:
    """(s75) The "at" phrase of an estimate whose object is "the cost of <doing> Y": "The
    trust estimates the cost of replacing the roof at £4.2m" -- the parser hangs "at £4.2m"
    on the gerund ("replacing"), not on the verb or its object, so the estimate was missed.
    Only a gerund right inside the object's "of" phrase ("the cost of replacing");
    "the number of people living at 12 Hill Road" (a participle on a noun) is no estimate."""
    for of in obj.children:
        if of.dep_ != "prep" or of.lower_ != "of":
            continue
        for ger in of.children:
            if ger.dep_ == "pcomp" and ger.tag_ == "VBG":
                return [c for c in ger.children if c.dep_ == "prep" and c.lower_ == "at"]
    return []


def _estimate_tail(verb: Token, end: int) -> int:
    """(s87) What an estimate counts or rests on, after its figure and a comma: "The
    association puts the number at about 5,000, including those moved to other days",
    "The letter puts the figure at 70%, based on a sample of 300 repairs" -- the
    qualifier is part of the estimate (before, it was cut at the figure). Only a phrase
    hung on the verb, opened by a word of data/attribution_estimate_tail_words.txt
    (including, excluding, based, up, down, ...) and running to the sentence's end.
    Returns the last token of the estimate: the phrase's, else `end`. Near miss: "puts the
    number at 5,000, after three days of counting" (when, not what is counted) stays cut."""
    doc = verb.doc
    if end + 2 >= verb.sent.end or doc[end + 1].text != ",":
        return end
    phrase = doc[end + 2]
    reason = _reason_after(verb, end)
    if reason is not None:
        return reason
    if phrase.head.i != verb.i or phrase.dep_ not in {"prep", "advmod", "advcl", "npadvmod"}:
        return end
    words = word_list("estimate_tail_words")
    if phrase.lower_ not in words and phrase.lemma_.lower() not in words:
        return end
    last = verb.sent.end - 1
    while last > phrase.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if phrase.right_edge.i != last:
        return end  # the sentence goes on past the phrase: not one qualifier
    return last


def _reason_after(verb: Token, end: int) -> int | None:
    """(s87) "A council spokesperson said 900 objections had been logged, because letters
    ... were counted once", "The review put the true figure at 70%, because the records
    still included ...": the parser hangs the "because" clause on the reporting verb, so the
    statement stopped at the comma; the reason is part of what was said (as the gold of
    s94/s95 labels it). Only a clause of the verb opened by a mark of
    data/attribution_reason_marks.txt right after the statement and a comma, running to the
    sentence's end. Returns its last token, else None. Near miss: "..., the council said,
    because ..." (an aside) and "said A. Because B" are not touched here."""
    doc = verb.doc
    if end + 2 >= verb.sent.end or doc[end + 1].text != ",":
        return None
    mark = doc[end + 2]
    clause = mark.head
    if mark.dep_ != "mark" or mark.lower_ not in word_list("reason_marks") or \
            clause.dep_ != "advcl" or clause.head.i != verb.i or clause.left_edge.i != mark.i:
        return None
    last = verb.sent.end - 1
    while last > clause.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return last if clause.right_edge.i == last else None


def _more_put_at(verb: Token, at: Token) -> Token:
    """(s71) The last "at" phrase of an estimate that goes on with another object and its
    own figure: "puts the number at 6,100 and the average shortfall at about £600" is one
    estimate of both (the parser hangs both objects and both "at" phrases on the verb); a
    plain "and" with no second object ("at 6,100 and rising") is not one."""
    last = at
    for c in verb.children:
        if c.i <= last.i or c.dep_ != "prep" or c.lower_ != "at":
            continue
        between = verb.doc[last.right_edge.i + 1: c.i]
        if not between or between[0].lower_ != "and" or \
                not any(t.dep_ in {"dobj", "conj"} and t.pos_ in {"NOUN", "PRON"} and
                        t.head.i == verb.i for t in between):
            break
        if not any(t.like_num or t.ent_type_ in {"MONEY", "PERCENT", "CARDINAL"} or
                   PENCE.fullmatch(t.text) for t in c.subtree):
            break
        last = c
    return last


def _demonstrative_label(verb: Token) -> list[Token]:
    """(s70) "X called that "a convenient fiction"", "called that "nonsense"": the
    parser reads the demonstrative object as a "that" heading a clause, and the quoted
    label as that clause (a noun with dep ccomp), so the naming verb seemed to have no
    object. A "that" right after the verb, then the opening mark and a nominal clause
    head, is the object and its label: the label is returned as the object. Near miss:
    "called that "the end of an era" was near" (a verb heads the clause) stays no
    naming."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ != "that" or \
            doc[verb.i + 2].text not in OPEN_MARKS:
        return []
    return [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i + 2
            and c.pos_ in {"NOUN", "PROPN", "ADJ"} and
            doc[verb.i + 1] in c.subtree]


def _reported(doc: Doc, text: str, in_quote: list[bool]) -> list[_Candidate]:
    out: list[_Candidate] = []
    object_verbs = word_list("object_verbs")
    naming = word_list("naming_verbs")
    surnames = _person_surnames(doc)
    for tok in doc:
        lemma = tok.lemma_.lower()
        if in_quote[tok.i]:
            continue
        if _correction_relative(tok):
            continue  # (a99) "A, not the 1,800 the firm had reported.": the firm's figure
        passive = None if _negated(tok) else _passive_statement(tok, in_quote)
        if passive is not None:
            first, last, quoted = passive
            if quoted:
                # the verdict is a quote: a direct quote, as `naming` makes it
                out.append(_Candidate(doc[first].idx, doc[first].idx + 1, tok, source="naming"))
            else:
                span = _span_chars(doc, first, last)
                start, end = _trim(text, *_one_paragraph(text, *span, tok.idx))
                if end - start >= 3:
                    out.append(_Candidate(start, end, tok, source="reported"))
            continue
        if lemma in naming and tok.pos_ == "VERB" and not _negated(tok):
            marks = [t for t in tok.subtree if t.i > tok.i and t.text in OPEN_MARKS
                     and not in_quote[t.i]]
            # "called her "the candidate of ..."" (object or object predicate), but not
            # "what it called a "timeline"", the writer's description of a thing
            objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass", "oprd"}]
            if not objs:
                objs = _demonstrative_label(tok)
            # "..., in what the judge called "a cruel betrayal"": the speaker's verdict on
            # the event just told, not a label for a thing
            verdict = tok.dep_ == "pcomp" and tok.head.lower_ == "in" and \
                any(c.dep_ == "oprd" for c in objs)
            if marks and objs and (verdict or not any(
                    c.lower_ in {"what", "which", "that"} for c in objs)):
                out.append(_Candidate(marks[0].idx, marks[0].idx + 1, tok, source="naming"))
            continue
        if lemma == "accord" or tok.lower_ == "according":
            cand = _according(doc, text, tok)
            if cand:
                out.append(cand)
            continue
        put_at = _put_at(tok)
        if put_at is not None:
            if not _negated(tok):
                start, end = _trim(text, *_one_paragraph(
                    text, *_span_chars(doc, *put_at), tok.idx))
                if end - start >= 3:
                    out.append(_Candidate(start, end, tok, source="reported"))
            continue
        accused = _accused_of(tok) or _claimed_to(tok)
        if accused is not None:
            if not _negated(tok):
                span = _span_chars(doc, *accused)
                start, end = _trim(text, *_one_paragraph(text, *span, tok.idx))
                if end - start >= 3:
                    out.append(_Candidate(start, end, tok, source="reported"))
            continue
        counted = None if _negated(tok) else _counted_figures(doc, tok)
        if counted is not None:
            start, end = _trim(text, *_one_paragraph(text, *_span_chars(doc, *counted),
                                                     tok.idx))
            if end - start >= 3:
                out.append(_Candidate(start, end, tok, source="reported"))
            continue
        if not _is_cue(tok) or _negated(tok):
            continue
        if _document_inside_report(tok, surnames) or _belief_reported(tok):
            continue  # "the union said the figures confirmed ...": the union's statement
        if lemma in QUESTION_VERBS:
            continue  # "asked whether ...": a question is not a statement
        trailing = _trailing_relcl_report(doc, tok) or _trailing_described_speaker(doc, tok)
        if trailing is not None:
            # a49: "A, the watchdog Aquacom said": the cue parsed as a relative clause
            span = _span_chars(doc, trailing[0], trailing[1])
            out.append(_Candidate(*_trim(text, *span), tok, speaker_tok=trailing[2]))
            continue
        if tok.dep_ == "ccomp" and any(c.dep_ in SUBJ_DEPS and c.lower_ == "that"
                                       for c in tok.children):
            # "said that reports that X had conceded were wrong": the parser read the noun
            # "reports" as a verb whose subject is "that"; nobody speaks there
            continue
        span = None
        # r11: "told the daily Gazeta do Norte that A": a word inside a name the parser
        # read as a verb is not the reported clause
        # (a99) nor a correction's relative clause after the cue ("found A, not the 1,500
        # the landlord had reported"), which the parser may hang on it as its clause
        ccomps = [c for c in tok.children if c.dep_ == "ccomp" and not (
            c.ent_iob_ == "I" and c.ent_type_ in NAME_ENTS and not
            any(g.dep_ in SUBJ_DEPS | {"aux", "auxpass"} for g in c.children)) and
            not (c.i > tok.i and _correction_relative(c))]
        right = [c for c in ccomps if c.i > tok.i]
        if not right and lemma in TELL_VERBS:
            # "told the inquest he had checked his mirrors": the parser made the reported
            # clause a relative clause of the hearer (no "that", "who" or "which" in it)
            # r11: after an audience noun ("told the jury the defendant had lied") any
            # subject with a finite auxiliary (data/attribution_hearer_nouns.txt)
            right = [r for d in tok.children if d.dep_ == "dobj" for r in d.children
                     if r.dep_ == "relcl" and r.i > d.i and
                     any(g.dep_ in SUBJ_DEPS and (g.tag_ == "PRP" or (
                         d.lemma_.lower() in word_list("hearer_nouns") and g.i > d.i and
                         any(a.dep_ in {"aux", "auxpass"} for a in r.children)))
                         for g in r.children) and
                     not any(g.tag_ in {"WDT", "WP", "WP$"} or g.lower_ == "that"
                             for g in r.subtree if g.i < r.i)][:1]
        if not right and lemma in TELL_VERBS:
            # r10: "told police the car had been speeding": the parser made the clause an
            # object complement; with a subject and a finite auxiliary of its own it is
            # what was told
            hearers = [d for d in tok.children if d.dep_ in {"dobj", "dative"}]
            right = [x for x in tok.children if x.dep_ == "xcomp" and hearers and
                     x.i > hearers[0].right_edge.i and
                     any(g.dep_ in SUBJ_DEPS and g.i < x.i for g in x.subtree) and
                     any(g.dep_ == "aux" and g.tag_ in {"VBD", "VBZ", "VBP", "MD"}
                         for g in x.subtree if g.i < x.i)][:1]
        if right and _is_cue(right[0]) and _negated(right[0]) and not any(
                c.dep_ in {"ccomp", "dobj", "nsubjpass", "auxpass"} for c in right[0].children):
            # "said it would not comment (on ...)": a refusal, not a statement; "said she
            # had not said the plan would fail" still is one
            for first, last in _after_refusal(tok, right[0]):
                start, end = _trim(text, *_span_chars(doc, first, last))
                if end - start >= 3:
                    out.append(_Candidate(start, end, tok, source="reported"))
            continue
        # (a99) nor a clause before a semicolon when this verb's subject is after it
        left = [c for c in ccomps if c.i < tok.i and not _own_report_before_semicolon(doc, c, tok)
                and not _across_semicolon(c)]
        head_before = left[0] if left else tok.head if (
            tok.dep_ == "parataxis" and tok.head.i < tok.i and tok.head.pos_ in {"VERB", "AUX"}
            and any(c.dep_ in SUBJ_DEPS for c in tok.children)) else None
        if right and head_before is not None and head_before.left_edge.i < tok.i and \
                (head_before.i == tok.head.i or head_before.right_edge.i < tok.i) and \
                _relative_after_aside(doc, right[0].left_edge.i) and all(
                    t.is_punct or (tok in t.ancestors and right[0] not in t.ancestors)
                    for t in doc[tok.i + 1:right[0].left_edge.i]) and \
                doc[right[0].left_edge.i - 1].text == ",":
            # (a101) "The fund raised £80,000, the treasurer said, most of which came from one
            # donor": the relative continuation after the aside, parsed as a second clause of
            # the cue, belongs to the statement before it
            span = _span_chars(doc, head_before.left_edge.i, right[0].right_edge.i)
        elif right:
            c = right[0]
            inner = [g for g in c.children if g.dep_ == "ccomp" and g.i > c.i and
                     any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)]
            if inner and c.tag_ in {"VBN", "VBD"} and doc[c.i - 1].pos_ == "NOUN" and \
                    not any(g.dep_ in SUBJ_DEPS for g in c.children):
                # "said in a statement read to the court that A": the parser made the
                # document's participle the reported clause; A is what was said
                c = inner[0]
            lefts = [g for g in c.children if g.dep_ == "ccomp" and g.i < c.i]
            subj = [g for g in c.children if g.dep_ in SUBJ_DEPS and g.i < c.i]
            if lefts and subj and _is_cue(c) and (
                    doc[subj[0].left_edge.i - 1].text == "," or _across_semicolon(lefts[0])) \
                    and lefts[0].i < subj[0].i:
                # "said the sanctions would fail, state media reported": the parser made
                # the reporter's verb the clause; what was said is the clause before it
                # (a99) also "said A; the residents' association said 14 hours": the
                # second sentence's verb, with its subject after the semicolon
                c = lefts[0]
            first = c.left_edge.i
            if first <= tok.i:
                first = min(t.i for t in c.subtree if t.i > tok.i)
            if tok.dep_ == "relcl" and tok.head.pos_ in {"NOUN", "PROPN"} and \
                    not _relative_subject(tok):
                first = tok.head.left_edge.i  # "a figure that X said was exaggerated"
            elif _that_as_determiner(doc, tok, first):
                first = tok.i + 2
            lead = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if lead is not None and first > tok.i + 1 and lead.dep_ == "prep" and \
                    lead.head.i == tok.i and lead.right_edge.i + 1 == first and \
                    not any(g.dep_ in SUBJ_DEPS for g in c.children) and \
                    any(t.like_num or t.pos_ in {"NOUN", "PROPN"} for t in lead.subtree):
                # "said about one in five adults regularly slept ...": the parser took the
                # clause's subject for what the speaker talked about
                first = tok.i + 1
            lead = doc[first]
            if lead.dep_ == "prep" and lead.head.i == tok.i and \
                    lead.right_edge.i + 2 < len(doc) and \
                    doc[lead.right_edge.i + 1].lower_ == "that":
                # "said on its Telegram channel that A" (when the parse hangs the clause
                # badly): where it was said is not what was said
                first = lead.right_edge.i + 2
                lead = doc[first]
            if first == tok.i + 1 and lead.dep_ == "prep" and lead.head.i == c.i and \
                    lead.right_edge.i + 1 < c.i and \
                    doc[lead.right_edge.i + 1].dep_ in SUBJ_DEPS and \
                    doc[lead.right_edge.i + 1].head.i == c.i and \
                    any(t.ent_type_ in {"DATE", "TIME"} for t in lead.subtree):
                # "said on Monday it would cut 500 jobs": the day is when it was said
                first = lead.right_edge.i + 1
            last = c.right_edge.i
            if last > tok.i:
                last = _reason_after(tok, last) or last  # s87: "said A, because B"
            for nxt in right[1:2]:
                # "said older people living alone were most at risk": the parser split
                # one clause into a participle and its subject-less finite verb
                if nxt.left_edge.i == last + 1 and c.tag_ in {"VBG", "VBN"} and \
                        nxt.tag_ in {"VBD", "VBZ", "VBP"} and \
                        not any(g.dep_ in SUBJ_DEPS for g in nxt.children):
                    last = nxt.right_edge.i
                # "told MPs that the average wait ... had fallen": the parser made the
                # subject's noun a clause and its verb a second one
                elif nxt.left_edge.i == last + 1 and \
                        any(g.dep_ in SUBJ_DEPS for g in c.children) and \
                        any(g.dep_ == "aux" for g in nxt.children) and \
                        not any(g.dep_ in SUBJ_DEPS for g in nxt.children):
                    last = nxt.right_edge.i
                # (a101) "said the average wait from booking to a service was nine days":
                # the parser read the subject's noun as a bare verb ("wait", tag VB, with
                # the adjective as its subject and no auxiliary, which no finite clause
                # has) and the finite verb after it as a second, subject-less clause
                elif nxt.left_edge.i == last + 1 and c.tag_ == "VB" and \
                        any(g.dep_ in SUBJ_DEPS and g.i < c.i for g in c.children) and \
                        not any(g.dep_ in {"aux", "auxpass", "mark"} for g in c.children) and \
                        nxt.tag_ in {"VBD", "VBZ", "VBP"} and \
                        not any(g.dep_ in SUBJ_DEPS for g in nxt.children):
                    last = nxt.right_edge.i
            span = _span_chars(doc, first, last)
        elif left and not any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children) \
                or left and tok.i > left[0].right_edge.i:
            c = left[0]
            speaker = _trailing_appos_speaker(tok, c)
            if speaker is not None:
                # "A, a source close to the inquiry said": the parse hung the speaker on
                # A's last noun; A ends before the comma
                span = _span_chars(doc, c.left_edge.i, speaker.left_edge.i - 2)
                out.append(_Candidate(*_trim(text, *span), tok, speaker_tok=speaker))
                continue
            last = c.right_edge.i
            if last < tok.i:
                # a49: "A, he said, and will carry ...": the clause goes on after the cue
                last = _aside_continuation(doc, tok, c, tok.i)
                if last <= tok.i:
                    last = _figure_tail(doc, tok, c, tok.i)
                if last <= tok.i:
                    last = c.right_edge.i
            span = _span_chars(doc, c.left_edge.i, last)
        elif (tok.dep_ in {"parataxis", "ccomp"} or _trailing_conj(doc, tok, object_verbs)) \
                and tok.head.i != tok.i and \
                any(c.dep_ in SUBJ_DEPS for c in tok.children) and (tok.head.pos_ in {
                    "VERB", "AUX"} or tok.head.dep_ == "ROOT") and (
                    not _reports(tok.head) or _belief_reported(tok.head) or
                    _told_by_no_one(tok.head)) \
                and not any(
                    t.dep_ == "mark" and t.lower_ == "that" for t in tok.subtree if t.i > tok.i):
            # "A, a spokesman said, after ..." / "A, researchers reported" (the parser may
            # make a noun the sentence's root) / "A, X told employees in a memo"
            inside = {t.i for t in tok.subtree}
            run = _longest_run([t.i for t in tok.head.subtree if t.i not in inside])
            subj = [c for c in tok.head.children if c.dep_ in SUBJ_DEPS and c.i < min(inside)]
            if run and subj and tok.head.i > max(inside):
                # s27: "The plan, the minister said, would cost £3 million": the aside
                # splits subject and verb; the statement is the whole clause around it
                # (the longest run was the predicate alone, "would cost £3 million")
                run = (subj[0].left_edge.i, tok.head.right_edge.i)
            if run and run[0] > max(inside) and tok.head.i < min(inside) and (
                    _aside_continuation(doc, tok, tok.head, max(inside)) == run[1] or
                    _figure_tail(doc, tok, tok.head, tok.i) > tok.i):
                # s81: "9 are rated unsafe, the borough said, and its budget has been
                # frozen": the longest run was the clause after the aside; the statement
                # starts with the clause the aside follows
                before = _longest_run([t.i for t in tok.head.subtree
                                       if t.i not in inside and t.i < min(inside)])
                if before is not None and before[1] + 1 >= min(inside) - 1:
                    run = (before[0], before[1])
            if run and run[1] < min(inside) and tok.i > tok.head.i:
                # a49: "A, she said, and will run ...": the clause goes on after the aside
                last = _aside_continuation(doc, tok, tok.head, max(inside))
                tail = _figure_tail(doc, tok, tok.head, tok.i)
                if last > max(inside):
                    run = (run[0], last)
                elif tail > tok.i:
                    run = (run[0], tail)  # s81: "A, X said, up from N"
            if run and run[0] == max(inside) + 1 and _relative_after_aside(doc, run[0]) and \
                    min(inside) - tok.sent.start >= 3 and not any(
                        _is_cue(t, strict=False) for t in doc[tok.sent.start:min(inside)]):
                # (a101) "A surplus of £410,000, she said, all of which had been spent":
                # the parser hung the aside on the relative clause after it; the statement
                # is the whole sentence the aside sits in
                run = (tok.sent.start, run[1])
            if run:
                span = _span_chars(doc, *run)
        if span is None and not any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in tok.children):
            # "X revealed earlier Friday it had ..." with the clause parsed elsewhere
            j = tok.i + 1
            while j < len(doc) and doc[j].dep_ in {"advmod", "npadvmod"} | {"amod"} and \
                    doc[j].head.i in {tok.i, j + 1}:
                j += 1
            if j < len(doc) and doc[j].dep_ == "nsubj" and doc[j].head.i > j and \
                    doc[j].head.pos_ in {"VERB", "AUX"} and j <= tok.i + 4:
                span = _span_chars(doc, j, doc[j].head.right_edge.i)
        if span is None:
            span = _subject_with_finite_acl(doc, tok)
        if span is None:
            span = _misparsed_clause(doc, tok)
        if span is None:
            span = _object_then_verb(doc, tok)
        if span is None:
            span = _relative_subject_clause(doc, tok)
        if span is None:
            span = _subject_then_adjective_verb(doc, tok)
        if span is None:
            span = _stranded_that_clause(doc, tok)
        if span is None and lemma in object_verbs:
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            weak = lemma in {"announce", "reveal", "disclose", "predict", "blame", "reject",
                             "dispute"}
            if objs and weak and not any(
                    (t.pos_ in {"VERB", "AUX"} and t.dep_ in {"ccomp", "acl", "relcl", "advcl"})
                    or t.text in QUOTE_CHARS for t in objs[0].subtree):
                objs = []  # "announced a new product" is news, not a statement
            if objs and (weak or lemma in RULING_VERBS) and \
                    objs[0].lemma_.lower() in REQUEST_NOUNS:
                # "rejected a defense request to exclude photographs": a ruling on a
                # request, not a statement of what the request asked for
                objs = []
            if objs and objs[0].lemma_.lower() in PLEA_NOUNS | word_list("offence_nouns"):
                # "admitted 11 counts of theft": a plea to charges, not a statement; so is
                # "admitted fraud", "denies manslaughter" (a48: an offence as the object)
                objs = []
            if objs and (_anaphoric(objs[0]) or _blanket_denial(tok, objs[0])):
                # "denied the claim", "rejected that": a reaction with no content of its
                # own; its speaker is still read, for later "the company" / "it"
                out.append(_Candidate(objs[0].idx, objs[0].idx, tok, source="silent"))
                objs = []
            if objs:
                last = objs[0].right_edge.i
                for c in tok.rights:
                    if c.i > objs[0].i and c.dep_ == "prep" and c.lower_ in {"for", "of", "to"}:
                        last = c.right_edge.i
                span = _span_chars(doc, objs[0].left_edge.i, last)
        if span is None and lemma == "say":
            span = _figure_object(doc, tok)
        if span is None and lemma in {"say", "tell", "state", "write", "report", "add",
                                      "claim", "warn", "insist", "maintain", "argue"}:
            # the parser sometimes hangs "that ..." off a noun ("told X at the time that")
            sent_end = tok.sent.end
            for j in range(tok.i + 1, min(tok.i + 10, sent_end)):
                t = doc[j]
                if t.lower_ == "that" and t.dep_ in {"mark", "advmod", "nsubj", "dobj"} \
                        and j + 1 < sent_end and not doc[j + 1].is_punct:
                    last = max(x.i for x in tok.subtree)
                    if last > j + 1:
                        span = _span_chars(doc, j + 1, last)
                    break
                if t.is_punct and t.text not in {"’", "'"}:
                    break
        if span is None and tok.dep_ == "relcl" and tok.head.pos_ == "NOUN" and \
                tok.head.left_edge.i > 0 and doc[tok.head.left_edge.i - 1].text == "," and \
                not any(c.dep_ in {"dobj", "ccomp"} for c in tok.children):
            # "..., a figure the council disputed": no content, but it ends the clause
            # it follows
            out.append(_Candidate(tok.head.left_edge.idx, tok.head.left_edge.idx, tok,
                                  source="silent"))
            continue
        if span is not None and right:
            span = _modal_continuation(doc, tok, right[0], span)
            span = _cut_participle(doc, right[0], span)
            span, extra = _split_conj(doc, right[0], span)
            for first, last in extra:
                start, end = _trim(text, *_span_chars(doc, first, last))
                if end - start >= 3:
                    out.append(_Candidate(start, end, tok, source="reported"))
        elif span is not None and span[0] > tok.idx:
            # r11: "told reporters outside the courthouse that A and that B" with the
            # clause hung off another word (found by a fallback): still two statements
            root = _clause_root(doc, span)
            if root is not None:
                span, extra = _split_conj(doc, root, span)
                for first, last in extra:
                    start, end = _trim(text, *_span_chars(doc, first, last))
                    if end - start >= 3:
                        out.append(_Candidate(start, end, tok, source="reported"))
        for v in tok.children:
            # "said the vote was rigged, but that he would accept the result"
            if v.dep_ == "conj" and v.i > tok.i and not _is_cue(v) and _has_that(v) and \
                    (right or span is not None and span[0] > tok.idx):
                that = _that_of(v)
                first = min(t.i for t in v.subtree if t.i > that.i)
                start, end = _trim(text, *_span_chars(doc, first, v.right_edge.i))
                if end - start >= 3:
                    out.append(_Candidate(start, end, tok, source="reported"))
                    if span is not None and span[0] < that.idx < span[1]:
                        # the first clause, misparsed, ran on over the second
                        cut = that.i - 1
                        while cut > 0 and doc[cut].lower_ in {"and", "but", ","}:
                            cut -= 1
                        span = (span[0], doc[cut].idx + len(doc[cut].text))
        if span is None:
            continue
        span = _cut_context_after_quote(doc, span)
        span = _cut_act_after_and(doc, tok, span)
        span = _extend_tail(doc, tok, span, objects=lemma in object_verbs and not right)
        start, end = _one_paragraph(text, *span, tok.idx)
        if end <= tok.idx and any(ch in QUOTE_CHARS for ch in text[start:end]) and (
                text[start] in QUOTE_CHARS or text[end - 1] in QUOTE_CHARS or
                any(ch in QUOTE_CHARS for ch in text[end:end + 3])):
            # content before its cue that holds a quote closing at the clause's end (or
            # opening it): the quote reader's; a scare-quoted term inside ("The so-called
            # "triple lock" will stay, the chancellor said") leaves the clause to us (r10)
            continue
        start, end = _trim(text, start, end)
        if end - start < 3:
            continue
        out.append(_Candidate(start, end, tok, source="reported"))
    return out


# x13: reporting verbs that report only a that-clause after them ("charged that A"):
# "charged a man with fraud", "charged $5" are acts, not statements
# (a59) "repeated that no family had stayed ..." is speech; "repeated its survey" an act
CLAUSE_ONLY_VERBS = {"charge", "repeat"}


# "dobj": in the passive, the second object of a naming verb ("was labelled a failure")
VERDICT_COMPLEMENT_DEPS = {"oprd", "acomp", "xcomp", "dobj"}
SPEAKING_ENTS = {"PERSON", "ORG", "NORP"}


def _agent(verb: Token) -> Token | None:
    """a21: the "by" of a passive verb, also where the parser hangs it on the complement
    ("judged "weak" by the inspection team": on "weak"), but not one inside another verb's
    phrase ("The film, which was directed by X, was watched ...")."""
    for t in verb.subtree:
        # after a quoted complement the parser may call the agent a plain "by" phrase
        if t.dep_ != "agent" and not (t.dep_ == "prep" and t.lower_ == "by" and t.i > verb.i):
            continue
        head = t.head
        while head.i != verb.i and head.head.i != head.i and (
                head.pos_ not in {"VERB", "AUX"} or
                # "was found to be safe by regulators": on the infinitive complement
                (head.head.i == verb.i and head.dep_ in VERDICT_COMPLEMENT_DEPS)):
            head = head.head
        if head.i == verb.i:
            return t
    return None


def _agent_speaks(by: Token) -> bool:
    """Whether the agent can hold a view: a name, a title or role ("inspectors", "the
    coroner"), a body ("the electoral commission"), or people at a named body ("critics
    at the Lumen Review"). Rocks, faults, lorries and crowds of a number do not."""
    nouns = [g for g in by.children if g.dep_ == "pobj"]
    if not nouns:
        return False
    noun = nouns[0]
    if noun.ent_type_ in SPEAKING_ENTS or noun.pos_ == "PROPN":
        return True
    lemma = noun.lemma_.lower()
    if any(lemma in word_list(name) for name in (
            "titles", "org_nouns", "source_nouns", "judging_nouns", "hearer_nouns")) or \
            lemma in word_list_file("speaker_person_nouns.txt"):
        return True
    return any(t.ent_type_ in {"PERSON", "ORG"} for t in noun.subtree if t.i > noun.i)


def _agent_is_body(by: Token) -> bool:
    noun = next((g for g in by.children if g.dep_ == "pobj"), None)
    return noun is not None and (noun.ent_type_ == "ORG" or
                                 noun.lemma_.lower() in word_list("org_nouns"))


def _verdict_lemma(cue: Token) -> str:
    """The lemma, mended where the small model lemmatises "rated" as "rat"."""
    low = cue.lower_
    if cue.tag_ == "VBN" and low.endswith("ed") and low[:-1] in word_list("verdict_verbs"):
        return low[:-1]
    return cue.lemma_.lower()


def _verdict_complements(cue: Token) -> list[Token]:
    """What the subject was rated, declared or described as: "rated inadequate",
    "described as unworkable", "found to have ignored warnings"; not an adverbial clause
    with a conjunction ("declared void ... after 400 ballots went missing")."""
    return [c for c in cue.children if c.i > cue.i and (
        c.dep_ in VERDICT_COMPLEMENT_DEPS or (c.dep_ == "prep" and c.lower_ == "as") or (
            c.dep_ == "advcl" and not any(m.dep_ == "mark" for m in c.children) and
            (c.pos_ == "ADJ" or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))))]


def _passive_statement(cue: Token, in_quote: list[bool]) -> tuple[int, int, bool] | None:
    """a21: a verdict or denial in the passive with its agent: "The school was rated
    inadequate by inspectors" is the inspectors' statement "The school was rated
    inadequate" (the clause without the agent); "Claims that A were denied by X" is X's
    statement A, as "X denied claims that A" is. First and last token and whether the
    verdict is wholly a quote (then first is its opening mark). None without an agent
    that can speak ("was injured by falling rocks", "was attended by 900 pupils" are not
    verdict verbs anyway), without a complement ("The figures were disputed by the
    union": nothing said, convention 3), and in a relative clause."""
    if cue.tag_ != "VBN" or cue.dep_ == "relcl" or \
            not any(c.dep_ == "auxpass" for c in cue.children):
        return None
    lemma = _verdict_lemma(cue)
    denying = lemma in word_list("denying_verbs")
    if not denying and lemma not in word_list("verdict_verbs"):
        return None
    subj = [c for c in cue.children if c.dep_ == "nsubjpass" and c.i < cue.i]
    by = _agent(cue)
    if not subj or subj[0].pos_ == "PRON" or by is None or not _agent_speaks(by):
        return None
    if denying:
        clauses = [c for c in subj[0].children if c.dep_ in {"acl", "ccomp", "relcl"} and
                   c.i > subj[0].i for m in c.children if m.dep_ == "mark" and m.lower_ == "that"]
        if not clauses:
            return None
        that = next(m for m in clauses[0].children if m.dep_ == "mark")
        return that.i + 1, clauses[0].right_edge.i, False
    comps = _verdict_complements(cue)
    if not comps:
        return None
    agent_part = {t.i for t in by.subtree}
    infinitive = any(a.dep_ == "aux" and a.lower_ == "to" for c in comps for a in c.children)
    if lemma == "find" and not (infinitive or _agent_is_body(by)):
        return None  # "was found dead by a neighbour"
    said = [t for c in comps for t in c.subtree if t.i not in agent_part]
    words = [t for t in said if not t.is_punct]
    if words and all(in_quote[t.i] for t in words):
        first = min(t.i for t in words)
        if first > 0 and cue.doc[first - 1].text in OPEN_MARKS:
            return first - 1, first - 1, True
    return subj[0].left_edge.i, max(t.i for t in said), False


def _accused_of(cue: Token) -> tuple[int, int] | None:
    """x13: "the union accused the company of inflating its losses": an accusation is the
    accuser's statement of what the accused did. Its content is the of-phrase's object
    ("inflating its losses"), so the sentence before the claim still names the accused
    after the verb, as the dispute rules read it (`conflicts._accuses_before`). Tokens
    first and last, or None. The accuser is the verb's subject, or the passive's agent
    ("was accused by residents of ..."); a passive with no agent ("was accused of fraud",
    "a man accused of murder") names no accuser and is no statement. "The accused" and
    "the charge sheet" are nouns and never reach here."""
    if cue.lemma_.lower() not in word_list("accusing_verbs") or cue.pos_ != "VERB":
        return None
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    agents = [g for c in cue.children if c.dep_ == "agent" for g in c.children]
    # "Her rival, X, accused Y of ..." may be parsed as a participle of "rival": with an
    # object it is active all the same
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in cue.children) or \
        cue.dep_ == "acl" and not objects
    if passive and not agents:
        return None
    of = accusation_of_phrase(cue)
    if of is None or of.right_edge.i <= of.i:
        return None
    last = of.right_edge.i
    doc = cue.doc
    if last > of.i + 1 and doc[last].text == ",":
        # a49: "accusing them of spreading panic, in a move condemned by ...": a comma
        # the parser hung inside the of-phrase ends it; what follows is the narrator's
        return of.i + 1, last - 1
    for c in cue.rights:
        # "of misusing funds during the campaign": what follows the of-phrase, the parser
        # hangs on the verb; it ends at a comma
        if c.dep_ == "prep" and c.i == last + 1 and c.lower_ != "of":
            last = c.right_edge.i
    return of.i + 1, last


def _claimed_to(cue: Token) -> tuple[int, int] | None:
    """x13: "the group claimed to have encrypted the hospital's files": a claim told as
    an infinitive is a statement whose content is the infinitive's clause ("have
    encrypted the hospital's files"). "Claimed the title", "claimed victory" (an object,
    no infinitive) are acts, and stay unread."""
    if cue.lemma_.lower() != "claim" or cue.pos_ != "VERB" or \
            any(c.dep_ == "ccomp" for c in cue.children):
        return None
    inf = [c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i and
           any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    if not inf:
        return None
    to = next(a for a in inf[0].children if a.dep_ == "aux" and a.lower_ == "to")
    return to.i + 1, inf[0].right_edge.i


PLEA_NOUNS = {"count", "charge", "offence", "offense"}
NAME_ENTS = {"ORG", "PERSON", "GPE", "WORK_OF_ART", "FAC", "NORP", "PRODUCT", "EVENT", "LAW"}
# what a judge or a body does with a request ("denied a defense motion to exclude ...")
RULING_VERBS = {"deny", "grant", "dismiss", "refuse", "uphold"}
# what one asks for: rejecting one is a decision, not a claim ("rejected a request to X")
REQUEST_NOUNS = {"request", "motion", "bid", "offer", "proposal", "application", "appeal",
                 "demand", "call", "invitation", "petition", "plea"}
ANAPHORIC_NOUNS = {"claim", "claims", "allegation", "allegations", "accusation", "accusations",
                   "charge", "charges", "report", "reports", "suggestion", "characterization",
                   "characterisation", "account", "assertion", "criticism", "idea", "notion"}


# r11: what a blanket denial denies ("denied any wrongdoing"): no content of its own
BLANKET_NOUNS = {"wrongdoing", "wrongdoings", "guilt", "liability", "responsibility",
                 "involvement", "knowledge", "fault", "impropriety", "misconduct"}


def _blanket_denial(cue: Token, obj: Token) -> bool:
    """"denied any wrongdoing", "rejects all responsibility": a reaction, like "denied
    the allegations" (convention 3), when nothing follows the noun."""
    return cue.lemma_.lower() in {"deny", "reject", "dispute"} and \
        obj.lower_ in BLANKET_NOUNS and obj.right_edge.i == obj.i and \
        all(c.lower_ in {"any", "all", "the", "its", "his", "her", "their", "some"}
            for c in obj.lefts)


def _figure_object(doc: Doc, tok: Token) -> tuple[int, int] | None:
    """(s87) "X has said 2.1 million birds on 9 farms", "Y said the average hid waits of
    three hours at the peak": "said" with a noun phrase holding a figure as its object and
    no clause is still a statement of that phrase (an elliptical "were culled", or a verb
    the parser tagged an adjective); before, nothing was found. Only a noun head with the
    figure as its own number ("2.1 million birds") or in its "of" phrase ("waits of three
    hours"), not a pronoun, a noun for words ("said a few words to 300 staff") or a bare
    number ("The group said 61", left unlabelled). Near miss: "said goodbye to 300 staff"."""
    objs = [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i]
    if not objs or any(c.dep_ in {"ccomp", "xcomp"} for c in tok.children):
        return None
    obj = objs[0]
    if obj.pos_ != "NOUN" or obj.lemma_.lower() in word_list("words_nouns") or _anaphoric(obj):
        return None

    def figure(t: Token) -> bool:
        return (t.like_num or t.ent_type_ in FIGURE_ENTS) and not YEAR.fullmatch(t.text)

    own = [c for c in obj.children if c.dep_ == "nummod" and figure(c)]
    # (q89, review cr87) the figure of the "of" phrase measures the object ("waits of three
    # hours"); a definite count after "the" or "its" is things already known, whose names or
    # story the verb reads out ("the bishop said the names of the 39 victims"): no statement
    of = [t for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > obj.i
          for t in c.subtree if figure(t) and not _definite_count(t)]
    if not own and not of:
        return None
    last = obj.right_edge.i
    while last > obj.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return _span_chars(doc, obj.left_edge.i, last)


COUNTER_LISTS = ("org_nouns", "document_nouns", "source_nouns", "material_nouns",
                 "owned_figure_nouns")
# the parts of a counting verb's clause that say what was counted, when and where; not a
# second verb, a clause or an aside ("..., and said that A", "..., saying A")
COUNTED_TAIL_DEPS = {"dobj", "prep", "npadvmod", "advmod", "dative", "oprd", "acomp"}


# a count is reported, not planned or wished for: "must find £31m", "to count the votes"
COUNTED_NOT_AUX = {"to", "must", "will", "would", "should", "could", "may", "might", "can",
                   "shall", "'ll", "wo", "ca"}


def _counter(subj: Token) -> bool:
    """(a97) A subject that can count and vouch for its count: a common noun of a body
    ("the inspectorate", "the council"), a document or data ("the audit", "the report"), an
    unnamed source or a person's job ("Inspectors", "the council's officers",
    "Campaigners"). Not a pronoun ("They found 3 bodies" is narration) and not a name: a
    tagger's ORG is too often a player or a team ("Smith recorded 12 rebounds" is a score,
    not a statement)."""
    lemma = subj.lemma_.lower()
    if subj.pos_ == "NOUN":
        return any(lemma in word_list(name) or subj.lower_ in word_list(name)
                   for name in COUNTER_LISTS) or \
            lemma in word_list_file("speaker_person_nouns.txt") or \
            lemma in {t.lower() for t in word_list("titles")}
    return False


def _shows_figures(subj: Token) -> bool:
    """(a97) "The theatre's own annual report shows 74,500 paid attendances": what can show
    a count is a document or data; not a person ("the inspector showed 40 photographs" is an
    act) and not bare figures ("Figures show 3% growth", no one's). Not yet a body's own
    figures ("The club's own accounts show a loss of £31m"): as round a93 found, that claim
    then outranks the chairman's own denial as the target of "contradicting chairman X"
    (ho-case-05's labelled dispute lost), a conflict-rule fix of its own."""
    lemma = subj.lemma_.lower()
    return lemma in word_list("document_nouns") or lemma in word_list("material_nouns")


def _counted_figures(doc: Doc, tok: Token) -> tuple[int, int] | None:
    """(token indices, first and last) (a97, reviews r95 and r96) "Inspectors recorded 286 assaults on staff in the 12
    months to November", "the council's officers counted 1,730", "The audit found 2,950
    machines in use": a counting verb (data/attribution_counting_verbs.txt) in the active
    voice with a subject that can speak (`_counter`) and a figure as its object (a noun
    phrase whose own number or "of" phrase is a figure, or a bare count) states the count;
    before, only a clause after a finding verb was read, and the figure was left as
    unattributed text. The content runs from the object to the end of what hangs on the
    verb after it (time and place), not into a second verb ("..., and said that A").
    Near misses: "The council recorded a loss" (no figure), "They found 3 bodies" (a
    pronoun), "Smith recorded 12 rebounds" (a name), "was recorded" (passive), and a count
    inside someone's reported clause ("X said the group had found 410 addresses"), which
    is X's statement as `_finding` reads it."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in word_list("counting_verbs"):
        return None
    if tok.dep_ in {"xcomp", "advcl", "acl", "relcl"} or any(
            c.dep_ == "aux" and c.lower_ in COUNTED_NOT_AUX for c in tok.children):
        return None  # "the council has to find £31m of savings", "will count": no count yet
    # a clause after the verb is the ordinary rules' ("found that A"); one before it is a
    # misparse of a sentence before a semicolon ("X says A; the council's officers counted B")
    # (a99) not a correction's relative clause the parser hung on the verb as its clause
    # ("found 2,310 homes ..., not the 1,500 the landlord had reported")
    if any(c.dep_ in {"ccomp", "xcomp"} and c.i > tok.i and not _correction_relative(c) or
           c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children):
        return None
    subj = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
    if not subj or not _counter(subj[-1]):
        return None
    if tok.lemma_.lower() in word_list("finding_verbs") and not _shows_figures(subj[-1]):
        return None
    head = tok
    while head.head.i != head.i:
        if _report_above(head):
            return None  # "the charity said the group had found 410 addresses": its statement
        head = head.head
    objs = [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i]
    if not objs or _anaphoric(objs[0]):
        return None
    obj = objs[0]

    def figure(t: Token) -> bool:
        return (t.like_num or t.ent_type_ in FIGURE_ENTS) and not YEAR.fullmatch(t.text) \
            and not _definite_count(t)

    if obj.pos_ == "NUM" or obj.like_num:
        if not figure(obj):
            return None
    elif obj.pos_ != "NOUN" or not (
            any(c.dep_ == "nummod" and figure(c) for c in obj.children) or
            any(figure(t) for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                and c.i > obj.i for t in c.subtree)):
        return None
    last = obj.right_edge.i
    for c in tok.children:
        # past a comma too: ", down from 81 in the spring count" keeps the figure it is
        # compared with, which the numeric rule needs to tell a change from a rival count
        if c.i > obj.i and c.dep_ in COUNTED_TAIL_DEPS:
            last = max(last, c.right_edge.i)
    while last > obj.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return obj.left_edge.i, last


def _definite_count(num: Token) -> bool:
    """(q89) A number counting a noun that a definite word opens ("the 39 victims", "its 12
    stations", "those 40 homes"): a known set, not a figure a statement gives."""
    head = num.head if num.dep_ in {"nummod", "compound", "quantmod"} else num
    while head.dep_ in {"nummod", "compound", "quantmod"} and head.head is not head:
        head = head.head
    return any(c.dep_ in {"det", "poss"} and c.i < num.i and
               (c.dep_ == "poss" or c.lower_ in {"the", "these", "those", "this", "that"})
               for c in head.children)


def _anaphoric(obj: Token) -> bool:
    """An object that only points back at something said before: "that", "it", "the claim",
    "the allegations" (with nothing after it that says what they are)."""
    if obj.pos_ == "PRON" or obj.lower_ in {"that", "this", "it", "those", "these"}:
        return True
    if obj.right_edge.i != obj.i or obj.pos_ != "NOUN":
        return False
    lefts = list(obj.lefts)
    if any(c.lower_ in {"that", "this", "these", "those", "such"} for c in lefts):
        return True  # "disputed that figure"
    if lefts and all(c.dep_ in {"det", "poss"} for c in lefts) and \
            any(c.lower_ == "the" or c.dep_ == "poss" for c in lefts):
        return True  # "confirmed the firings", "denied its role": points back
    if obj.lower_ in ANAPHORIC_NOUNS:
        return any(c.dep_ in {"det", "poss"} for c in lefts)
    return False


def _misparsed_clause(doc: Doc, cue: Token) -> tuple[int, int] | None:
    """"said the alliance had "misinterpreted" data": the parser made "data" the object of
    "said", but a subject and its verb follow the cue directly, so a clause does."""
    j = cue.i + 1
    if j < len(doc) and doc[j].lower_ == "that" and doc[j].dep_ in {"mark", "det"}:
        j += 1
    if j >= len(doc) or doc[j].is_punct:
        return None
    subj = None
    # r11: "the chief constable admitted mistakes had been made": the parser made the cue
    # an adjective of the clause's subject; the cue and its own subject are not the
    # subject's words
    inside_cue = {x.i for x in cue.subtree} if cue.dep_ == "amod" and cue.tag_ == "VBD" \
        else set()
    for t in doc[j: min(j + 6, cue.sent.end)]:
        left = min((x.i for x in t.subtree if x.i not in inside_cue), default=t.i) \
            if inside_cue else t.left_edge.i
        if t.dep_ in SUBJ_DEPS and left == j and t.head.i > t.i and \
                t.head.pos_ in {"VERB", "AUX"} and t.head.head.i != cue.i:
            subj = t
            break
        if t.is_punct:
            break
    if subj is None or subj.head.i > subj.i + 4:
        return None
    verb = subj.head
    if not any(c.dep_ in {"aux", "auxpass"} for c in verb.children) and verb.tag_ not in {
            "VBD", "VBZ", "VBP"}:
        return None
    last = max(verb.right_edge.i, max(t.i for t in cue.subtree))
    while last > j and (doc[last].is_punct and doc[last].text not in QUOTE_CHARS):
        last -= 1
    return _span_chars(doc, j, last)


def _object_right_after(cue: Token) -> Token | None:
    """The object the parser gave a verb of speech right after it ("said its offer ...",
    "said 81% of those ..."): where a verb that takes no thing as object has one, the
    parser misread a reported clause's subject."""
    if cue.lemma_.lower() in word_list("object_verbs"):
        return None
    objs = [c for c in cue.children if c.dep_ == "dobj" and c.left_edge.i == cue.i + 1]
    return objs[0] if objs else None


def _object_then_verb(doc: Doc, cue: Token) -> tuple[int, int] | None:
    """"said its offer of a 4.5 per cent increase compared favourably with ...": the parser
    made the clause's subject the object of "said" and its finite verb a modifier of
    "said"; subject and verb follow the cue with nothing between, so a clause does."""
    obj = _object_right_after(cue)
    if obj is None:
        return None
    # the verb hangs off "said", or off the object as if it were a participle ("the offer
    # compared with ..."): a verb of speech does not take a thing as its object
    verbs = [c for c in list(cue.children) + list(obj.children)
             if c.pos_ == "VERB" and c.tag_ in {"VBD", "VBZ", "VBP", "VBN"} and
             c.dep_ in {"prep", "advcl", "acl", "conj", "dep", "relcl"} and c.i > obj.i and
             not any(g.dep_ in SUBJ_DEPS for g in c.children) and
             c.left_edge.i == c.i and doc[c.i - 1].text not in {",", ";", "—", "–", "("} and
             all(not t.is_punct for t in doc[obj.i:c.i]) and
             (c.head.i == cue.i or c.tag_ != "VBN" or
              any(g.dep_ == "advmod" and g.i == c.i + 1 for g in c.children))]
    if not verbs:
        return None
    last = max(verbs[0].right_edge.i, obj.right_edge.i)
    while last > obj.i and doc[last].is_punct and doc[last].text not in QUOTE_CHARS:
        last -= 1
    return _span_chars(doc, obj.left_edge.i, last)


def _relative_subject_clause(doc: Doc, cue: Token) -> tuple[int, int] | None:
    """(e50) "said 81% of those who voted backed strike action": a subject holding a
    relative clause ("those who voted") follows the cue, and the parser made it the cue's
    object and the clause's verb an adjective of the next noun ("backed strike action").
    The verb stands right after the relative clause's own verb, which has no object but
    the noun the misread verb modifies, so a clause starts after the cue; it runs, like any reported clause, to the end of the
    cue's words ("..., on a turnout of 58%")."""
    obj = _object_right_after(cue)
    if obj is None:
        return None
    for rel in obj.subtree:
        if rel.dep_ != "relcl" or rel.tag_ not in {"VBD", "VBZ", "VBP"} or \
                not any(c.dep_ == "nsubj" and c.lower_ in {"who", "that"} for c in rel.children) or \
                any(c.dep_ in {"dobj", "ccomp", "xcomp", "prep"} and c.i > rel.i and
                    c.left_edge.i != rel.i + 1 for c in rel.children):
            continue
        verb = doc[rel.i + 1] if rel.i + 1 < len(doc) else None
        if verb is None or verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBN"} or \
                verb.dep_ != "amod" or verb.head.i <= verb.i or verb.i > obj.right_edge.i:
            continue
        return _clause_after_cue(doc, cue, verb)
    return None


def _clause_after_cue(doc: Doc, cue: Token, verb: Token) -> tuple[int, int]:
    """The characters from right after the cue to the end of its subtree, trailing
    punctuation after the clause's verb left out but a closing quote mark or "%" kept: the
    clause a misparse hid in the cue's object (s70, s71)."""
    last = max(t.i for t in cue.subtree)
    while last > verb.i and doc[last].is_punct and doc[last].text not in QUOTE_CHARS | {"%"}:
        last -= 1
    return _span_chars(doc, cue.i + 1, last)


def _subject_then_adjective_verb(doc: Doc, cue: Token) -> tuple[int, int] | None:
    """(s71) "said the larger total included payments passed on to a printing firm": the
    parser made the clause's subject ("the larger total") a modifier of the object, its
    finite verb ("included") an adjective of it, and the whole the object of "said". A
    noun with its own determiner, then a past-tense verb read as an adjective, then the
    object noun: a clause starts after the cue. "said the revised figures" (a participle
    right after the determiner, no noun before it) is a plain object. (s77) The noun may
    hang on the verb instead: "said the review vindicated staff who had raised concerns"
    ("review" an adverbial noun of "vindicated")."""
    obj = _object_right_after(cue)
    if obj is None:
        return None
    for verb in obj.lefts:
        if verb.dep_ != "amod" or verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBN"} or \
                verb.i == 0:
            continue
        noun = doc[verb.i - 1]
        if noun.pos_ != "NOUN" or not (
                noun.head.i == obj.i and noun.dep_ in {"nmod", "compound", "nsubj"} or
                noun.head.i == verb.i and noun.dep_ in {"npadvmod", "nsubj"}) or \
                not (any(c.dep_ in {"det", "poss"} for c in noun.children) or
                     noun.i - 1 == cue.i + 1 and doc[noun.i - 1].dep_ in {"det", "poss"}):
            # (s77) the determiner may hang on the object too ("the review vindicated staff")
            continue
        return _clause_after_cue(doc, cue, verb)
    return None


def _that_as_determiner(doc: Doc, cue: Token, first: int) -> bool:
    """"cautioned that satellite records from the 1990s were less precise": the parser
    read "that" as a determiner, made the clause's subject the cue's object and left the
    clause only its verb. The clause starts after "that" when everything up to the verb
    hangs off the cue and no punctuation intervenes."""
    that = cue.i + 1
    if first <= that + 1 or that >= len(doc) or doc[that].lower_ != "that" or \
            doc[that].dep_ != "det":
        return False
    objs = [c for c in cue.children if c.dep_ in {"dobj", "prep"} and that < c.i < first]
    if not objs or objs[0].i != doc[that].head.i:
        return False
    inside = {t.i for c in objs for t in c.subtree}
    return all(i in inside and not doc[i].is_punct for i in range(that + 1, first))


def _stranded_that_clause(doc: Doc, cue: Token) -> tuple[int, int] | None:
    """"The city's mayor, Lena Ortiz, posted on social media that the verdict was ...":
    the parser hung the that-clause off another word (here the subject noun). When the
    cue is followed by nothing but its own prepositional phrase and then "that", the
    clause runs from "that" to the end of the sentence."""
    if cue.pos_ != "VERB" or any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in cue.children):
        return None
    preps = {t.i for c in cue.children if c.dep_ == "prep" and c.i > cue.i
             for t in c.subtree}
    j = cue.i + 1
    while j < cue.sent.end and j in preps and not doc[j].is_punct:
        j += 1
    if j == cue.i + 1 or j + 1 >= cue.sent.end or doc[j].lower_ != "that" or \
            doc[j].dep_ != "mark" or doc[j].head.i in preps or doc[j].head.i < j:
        return None
    last = cue.sent.end - 1
    while last > j + 1 and (doc[last].is_space or doc[last].text in TERMINAL):
        last -= 1
    return _span_chars(doc, j + 1, last)


def _clause_root(doc: Doc, span: tuple[int, int]) -> Token | None:
    """The one verb of a character span whose head lies outside it (None if not one)."""
    toks = doc.char_span(span[0], span[1], alignment_mode="expand")
    if toks is None:
        return None
    roots = [t for t in toks if not t.is_punct and (
        not (toks.start <= t.head.i < toks.end) or t.head.i == t.i)]
    if len(roots) != 1 or roots[0].pos_ not in {"VERB", "AUX"}:
        return None
    return roots[0]


def _has_that(v: Token) -> bool:
    return _that_of(v) is not None


def _that_of(v: Token) -> Token | None:
    """The "that" opening `v`'s clause; also when the parser read "and that households
    should ..." with "that" as the subject's determiner."""
    for c in v.children:
        if c.dep_ == "mark" and c.lower_ == "that" and c.i < v.i:
            return c
    for c in v.children:
        if c.dep_ in SUBJ_DEPS and c.i < v.i:
            d = c.doc[c.left_edge.i]
            if d.lower_ == "that" and d.dep_ == "det" and d.head.i == c.i and d.i > 0 and \
                    c.doc[d.i - 1].lower_ in {"and", "but"}:
                return d
    return None


def _act_verbs() -> frozenset[str]:
    return word_list("act_verbs") | word_list("verbs") | word_list("object_verbs")


def _split_conj(doc: Doc, root: Token, span: tuple[int, int]
                ) -> tuple[tuple[int, int], list[tuple[int, int]]]:
    """A reported clause ends at a coordinated clause that is a statement of its own
    ("said A and that B", "said A, but that B": two statements) or an act of the speaker
    with the subject elided ("said A and accused B of C", "said A and warned that D")."""
    cut = None
    for v in root.children:
        if v.dep_ != "conj" or v.i < root.i or v.pos_ not in {"VERB", "AUX"}:
            continue
        if any(c.dep_ in SUBJ_DEPS | {"auxpass"} for c in v.children) or \
                v.lemma_.lower() not in _act_verbs():
            continue
        if any(c.dep_ == "aux" and c.lower_ in BACKSHIFT_AUX for c in v.children):
            continue  # "said it had concerns and had asked X to pause": still reported
        if _thing_goes_on(root, v):
            continue  # "said the letter was X but reflected Y": the letter reflected it
        first = v.left_edge.i
        ccs = [c for c in root.children if c.dep_ == "cc" and c.i < first]
        if ccs:
            first = ccs[-1].i
        cut = first
        break
    if cut is not None and cut > root.i:
        end = doc[cut - 1].idx + len(doc[cut - 1].text)
        if span[0] < end <= span[1]:
            span = (span[0], end)
    # "and that" / "but that" opening a coordinated clause (read from the surface: the
    # parser attaches the second clause in many ways)
    extra: list[tuple[int, int]] = []
    toks = doc.char_span(span[0], span[1], alignment_mode="expand")
    if toks is None:
        return span, extra
    bounds = []
    for t in toks:
        if t.lower_ != "that" or t.i < toks.start + 3:
            continue
        # "and that households should not panic": the parser may read "that" as the
        # subject's determiner; the subject of a coordinated verb still opens a clause
        det_of_subject = t.dep_ == "det" and t.head.dep_ in SUBJ_DEPS and \
            t.head.head.dep_ == "conj" and t.head.i > t.i
        if t.dep_ != "mark" and not det_of_subject:
            continue
        cc = t.i - 1
        if doc[cc].lower_ not in {"and", "but"}:
            continue
        if doc[cc - 1].text == ",":
            cc -= 1
        if t.dep_ == "mark" and t.head.dep_ != "conj" and doc[t.i - 1].lower_ != "but":
            continue
        if t.dep_ == "mark" and _nested_report_conjunct(t.head, root):
            continue
        bounds.append((cc, t.i))
    if not bounds:
        return span, extra
    last = toks.end - 1
    for k, (cc, that) in enumerate(bounds):
        stop = bounds[k + 1][0] - 1 if k + 1 < len(bounds) else last
        if stop > that:
            extra.append((that + 1, stop))
    first_cc = bounds[0][0]
    span = (span[0], doc[first_cc - 1].idx + len(doc[first_cc - 1].text))
    return span, extra


def _after_refusal(tok: Token, refusal: Token) -> list[tuple[int, int]]:
    """(s74) "The council said it did not comment on individual claims, but that every
    claim is judged on its merits": the refusal carries no statement, but the clause
    coordinated with it by "but that" / "and that" (the parser hangs it on the cue) is
    what the speaker said, as in "said A, but that B". Returns its first and last
    tokens. "said it would not comment" alone, or with a clause of its own that has no
    "that" ("but it was reviewing the case" stays part of the refusal's sentence), gives
    nothing."""
    out = []
    for v in tok.children:
        if v.dep_ != "conj" or v.i < refusal.i or v.pos_ not in {"VERB", "AUX"}:
            continue
        marks = [m for m in v.children if m.dep_ == "mark" and m.lower_ == "that" and m.i < v.i]
        if not marks or not any(c.dep_ in SUBJ_DEPS for c in v.children):
            continue
        last = v.right_edge.i
        while last > marks[0].i and v.doc[last].is_punct:
            last -= 1
        out.append((marks[0].i + 1, last))
    return out


def _nested_report_conjunct(v: Token, root: Token) -> bool:
    """(s74) "said he had emailed the director to say that A and that B": the second
    "that" clause is coordinated with the clause of a reporting verb inside what was
    said ("to say"), not with the speaker's own clause; what X reports he wrote is one
    statement (convention 4), so it is not split off as a second report. "said that A
    and that B" (the conjunct joins the speaker's clause or verb) is still two."""
    if v.dep_ != "conj":
        return False
    first = v.head
    inner = first.head
    return first.dep_ == "ccomp" and inner.i > root.i and inner.head.i != inner.i and \
        inner.lemma_.lower() in word_list("verbs") and \
        any(a.i == root.i for a in inner.ancestors)


def _cut_nested(doc: Doc, text: str, cands: list[_Candidate]) -> None:
    """End a statement where another one's attribution starts ("X told Y that A, with
    one source saying B"; "A, a figure that Z said was exaggerated"); a pronoun's aside
    inside it ("..., which he said could ...") is no statement of its own."""
    asides = []
    for a in cands:
        for b in cands:
            if b is a or b.cue is None or not (a.start < b.cue.idx < a.end):
                continue
            if b.start >= b.end and b.cue.dep_ == "relcl":
                continue  # (s83) "A, not the 15% the company had claimed": reports nothing
            if _manner_gerund(b.cue) and a.start < b.cue.head.head.idx < a.end:
                continue  # (e50) "... had been told in writing that ...": one statement
            if _pronoun_aside(b.cue):
                asides.append(b)
                continue
            if b.start < b.cue.idx:
                cut = b.start
            else:
                cut = b.cue.left_edge.idx
                first = b.cue.left_edge.i
                while first > 0 and doc[first - 1].lower_ in {"with", ",", "and", "while"}:
                    first -= 1
                cut = min(cut, doc[first].idx)
            if a.start < cut < a.end:
                a.start, a.end = _trim(text, a.start, _whole_phrase_end(doc, a.start, cut))
    cands[:] = [c for c in cands if not any(c is b for b in asides)]


def _whole_phrase_end(doc: Doc, start: int, cut: int) -> int:
    """(e54) Where a cut before another statement would leave this one ending on a
    preposition, determiner or conjunction ("A, many of them from | B"), the statement
    ends before that word: a claim's words end on a whole phrase."""
    toks = [t for t in doc if start <= t.idx and t.idx + len(t.text) <= cut]
    while len(toks) > 1 and (toks[-1].is_space or toks[-1].is_punct or toks[-1].pos_ in {
            "ADP", "DET", "CCONJ", "SCONJ"}) and toks[-1].dep_ != "prt" and \
            toks[-1].lower_ not in {"this", "that", "these", "those"}:
        toks.pop()
    if not toks or toks[-1].is_space or toks[-1].is_punct:
        return cut
    return toks[-1].idx + len(toks[-1].text)


RELATIVE_WORDS = frozenset({"which", "who", "whom", "that", "where"})


def _manner_gerund(cue: Token) -> bool:
    """(e50) "staff had been told in writing that their posts would go": the gerund after
    "in" says how the verb before it was done, and the clause the parser hung on it is
    that verb's; it starts no statement of its own inside the one holding the verb (the
    claim stopped at "told in"). Fronted ("In saying that ..., she") or with a subject of
    its own, it may be one."""
    prep = cue.head
    return cue.tag_ == "VBG" and cue.dep_ == "pcomp" and prep.lower_ == "in" and \
        prep.head.pos_ in {"VERB", "AUX"} and prep.head.i < prep.i and \
        not any(c.dep_ in SUBJ_DEPS for c in cue.children)


def _pronoun_aside(cue: Token) -> bool:
    """(s27) "X said the trust would open a unit at Y, which he said could treat 6,000
    patients": a relative clause's "he said" is the same reporter's aside, not a second
    statement that ends the first (it was cut to "... a unit at" and "Y, which he said
    ..."). Only a he/she/they subject right after a relative word; a name ("which Jones
    said was costly") still starts another statement."""
    subj = [c for c in cue.children if c.dep_ == "nsubj"]
    if len(subj) != 1 or subj[0].lower_ not in {"he", "she", "they"} or subj[0].i == 0:
        return False
    before = cue.doc[subj[0].i - 1]
    # (e54) "..., many of them from faults she said could have been fixed": a relative
    # clause with no relative word, right after its noun, is the same aside (it cut the
    # statement to "... many of them from")
    contact = cue.dep_ == "relcl" and before.i == cue.head.i and before.pos_ in {"NOUN", "PROPN"}
    return (before.lower_ in RELATIVE_WORDS or contact) and subj[0].i + 1 == cue.i


BACKSHIFT_MODALS = {"would", "could", "might", "should", "must"}


def _modal_continuation(doc: Doc, cue: Token, clause: Token, span: tuple[int, int]
                        ) -> tuple[int, int]:
    """"posted that she was "open to talking" but would not abandon the plan": the parser
    joins the second verb to the cue, but a subject-less verb with a backshifted modal
    right after the clause and its "but"/"and" goes on with what was said, not with what
    the speaker did ("said A and urged B" still ends at A)."""
    nxt = clause.right_edge.i + 1
    if nxt >= len(doc) or doc[nxt].lower_ not in {"but", "and"}:
        return span
    for v in cue.children:
        if v.dep_ != "conj" or v.i <= nxt or v.left_edge.i != nxt + 1 or \
                any(c.dep_ in SUBJ_DEPS for c in v.children):
            continue
        if any(c.dep_ == "aux" and c.lower_ in BACKSHIFT_MODALS for c in v.children) and \
                (not _is_cue(v) or _reports_nothing(v)) or _thing_goes_on(clause, v) or \
                _pluperfect_goes_on(clause, v):
            last = v.right_edge
            if last.is_punct:
                last = doc[last.i - 1]
            return span[0], max(span[1], last.idx + len(last.text))
    return span


def _reports_nothing(verb: Token) -> bool:
    """(s72) A reporting verb with nothing reported: no clause, no object, no quote ("said
    it was "looking for a buyer" and would write to members within two weeks"): a
    backshifted modal before it goes on with what was said, as with any other verb
    ("it would write"). "and would warn that B" has its clause and stays its own report."""
    return not any(c.dep_ in {"ccomp", "dobj", "xcomp", "parataxis"} or c.text in OPEN_MARKS
                   or c.lower_ == "that" for c in verb.children)


def _pluperfect_goes_on(clause: Token, verb: Token) -> bool:
    """(s70) "said it was "monitoring the recall closely" and had opened an
    investigation": after a partial quote the parser hangs the second verb on the cue,
    but a subject-less "had" + participle is the reported clause's own tense (the
    reporter backshifts what was said), so it goes on with what was said, as a
    backshifted modal does. Only right after a clause that closes with a quote (without
    one the parser keeps the verb inside the clause) and only when the verb is no cue
    ("said A and had earlier denied B" stays two)."""
    doc = clause.doc
    last = clause.right_edge
    while last.i > clause.i and last.is_punct and last.text not in CLOSE_MARKS:
        last = doc[last.i - 1]
    return last.text in CLOSE_MARKS and verb.tag_ == "VBN" and not _is_cue(verb) and \
        any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


# "while ... were still being counted" is often the speaker's own condition: not cut
CONTEXT_MARKS = {"after", "before"}
# where or how someone spoke, in an aside between the speaker and the cue ("X, writing in
# the local paper, said", "X, speaking to reporters, said")
ASIDE_VERBS = {"write", "speak", "post", "testify", "appear", "talk", "address", "respond",
               "reply", "comment", "interview"}


def _cut_context_after_quote(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """"admitted his side were 'second best for an hour' after a substitute struck
    twice ...": a reported clause whose quoted words close right before a time clause
    with a subject of its own ends at the closing mark; the time clause is the writer's
    account of the match, not the speaker's words. Without the quote ("insisted her job
    was safe after the team lost") nothing tells the two apart, and the clause is kept."""
    toks = doc.char_span(span[0], span[1], alignment_mode="expand")
    if toks is None:
        return span
    for t in toks:
        if t.text not in CLOSE_MARKS or t.i + 1 >= toks.end or t.i <= toks.start:
            continue
        m = doc[t.i + 1]
        verb = m.head
        if m.lower_ in CONTEXT_MARKS and m.dep_ == "mark" and verb.dep_ == "advcl" and \
                any(c.dep_ in SUBJ_DEPS and c.i > m.i for c in verb.children) and \
                any(o.text in OPEN_MARKS for o in doc[toks.start:t.i]):
            return span[0], t.idx + len(t.text)
        # r10: the parser read the time clause's subject as the object of "after" and hung
        # its finite verb on the clause ("... 'not over' after a 3-0 defeat left them ...")
        if m.lower_ in CONTEXT_MARKS and m.dep_ == "prep" and \
                any(o.text in OPEN_MARKS for o in doc[toks.start:t.i]) and \
                any(c.dep_ == "pobj" for c in m.children) and \
                any(v.dep_ == "advcl" and v.head == m.head and v.tag_ in {"VBD", "VBZ", "VBP"}
                    and v.i > m.i and not any(c.dep_ in SUBJ_DEPS for c in v.children)
                    for v in doc[m.i:toks.end]):
            return span[0], t.idx + len(t.text)
    return span


def _cut_act_after_and(doc: Doc, cue: Token, span: tuple[int, int]) -> tuple[int, int]:
    """r10: "said on its channel that the deal "rewards aggression" and called for the
    minister's resignation": the parser made the speaker's second act a clause of the cue
    holding the first one; a past-tense act verb with no subject of its own right after
    "and" ends what was said (as "said A and urged B" does when parsed as a conjunct)."""
    for v in cue.children:
        if v.dep_ != "ccomp" or v.i <= cue.i + 2 or v.tag_ != "VBD" or \
                doc[v.i - 1].lower_ != "and" or \
                any(c.dep_ in SUBJ_DEPS for c in v.children):
            continue
        lemma = v.lemma_.lower()
        act = lemma in word_list("act_verbs") or (
            lemma == "call" and any(c.dep_ == "prep" and c.lower_ == "for"
                                    for c in v.children))
        if not act:
            continue
        stop = doc[v.i - 2]
        if span[0] < stop.idx < span[1] and any(
                t.dep_ in SUBJ_DEPS for t in doc[v.left_edge.i: v.i - 1]):
            return span[0], stop.idx + len(stop.text)
    return span


def _thing_goes_on(clause: Token, verb: Token) -> bool:
    """"said the letter was "not anti-industry" but reflected frustration": a verb of
    data/attribution_thing_verbs.txt, in the clause's tense, whose subject can only be the
    clause's subject, a thing (not a person or a pronoun for one)."""
    if verb.lemma_.lower() not in word_list("thing_verbs") or verb.tag_ != "VBD":
        return False
    subj = [c for c in clause.children if c.dep_ in SUBJ_DEPS]
    return bool(subj) and subj[0].pos_ == "NOUN" and subj[0].ent_type_ != "PERSON" and \
        subj[0].lemma_.lower() not in word_list("titles") and clause.tag_ in {"VBD", "VBN"}


PARTITIVES = {"most", "many", "some", "all", "half", "none", "several", "few", "one", "two",
              "three", "both", "each", "nearly", "almost", "about"}


def _extend_tail(doc: Doc, cue: Token, span: tuple[int, int], objects: bool
                 ) -> tuple[int, int]:
    """What the parser hangs on the cue after a comma but belongs to the claim: a
    comparison ("found A leading with 34 percent, compared with 22 percent for B") and,
    after an object ("confirmed 23 new cases on Monday, bringing the total to 61"), a
    participle carrying the figure on (data/attribution_gloss_verbs.txt) or the change
    from an earlier figure (", up from 19")."""
    toks = doc.char_span(span[0], span[1], alignment_mode="expand")
    if toks is None or cue.i > toks.start:
        return span
    end = toks.end
    while end > toks.start + 1 and doc[end - 1].text == ",":
        end -= 1  # the clause as read may keep its trailing comma
    for c in cue.children:
        if c.i == end + 2 and c.pos_ == "ADP" and c.lower_ in {"with", "without"} and \
                c.dep_ in {"conj", "prep"} and doc[end].text == "," and \
                doc[end + 1].lower_ == "but":
            # r10: "says trains are now running, but with delays of around 40 minutes":
            # the qualification the parser hung on the cue is part of the claim
            last = c.right_edge
            return span[0], last.idx + len(last.text)
        if c.i <= end or doc[c.left_edge.i - 1].text != ",":
            continue
        gap = doc[end: c.left_edge.i - 1]
        if len(gap) > 4 or any(t.pos_ in {"VERB", "AUX"} or t.is_punct for t in gap):
            continue
        compared = c.lemma_.lower() == "compare" and c.tag_ == "VBN"
        gloss = objects and c.tag_ == "VBG" and c.dep_ == "advcl" and \
            c.lemma_.lower() in word_list("gloss_verbs")
        # "confirmed 31 cases on Friday, up from 19 a week ago": the change is the figure's
        changed = objects and c.lower_ in {"up", "down"} and \
            any(g.lower_ == "from" for g in c.children)
        # r10: "said about 700 jobs would be lost, most of them at its plant in X": how
        # the figure divides is part of the figure
        partitive = c.lower_ in PARTITIVES and any(
            g.lower_ == "of" and any(o.lower_ in {"them", "those", "whom", "which"}
                                     for o in g.children) for g in c.children)
        if compared or gloss or changed or partitive:
            last = c.right_edge
            return span[0], last.idx + len(last.text)
    return span


def _cut_participle(doc: Doc, root: Token, span: tuple[int, int]) -> tuple[int, int]:
    """"A, pointing to B" / "A, citing B": the participle is the speaker's, not the claim."""
    for c in root.children:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > root.i and c.i > 0 and \
                doc[c.left_edge.i - 1].text == "," and \
                c.lemma_.lower() in _act_verbs() | CITING_VERBS and \
                not _priced_participle(c):
            # "said A, citing B" is the speaker's; "said three bridges were under water,
            # cutting off a dozen villages" is still what was said
            return span[0], min(span[1], doc[c.left_edge.i - 1].idx)
        if c.lower_ == "according" and c.i > root.i and doc[c.i - 1].text == "," and \
                doc[c.i - 1].idx > span[0]:
            return span[0], min(span[1], doc[c.i - 1].idx)  # the report's own source
        if c.dep_ == "prep" and c.lower_ in {"despite", "amid", "notwithstanding"} and \
                c.i > root.i and doc[c.i - 1].text == "," and doc[c.i - 1].idx > span[0]:
            # "X insisted his job was safe, despite a fifth defeat": the writer's context
            return span[0], min(span[1], doc[c.i - 1].idx)
        if c.dep_ == "prep" and c.lower_ == "in" and c.i > root.i and \
                doc[c.i - 1].text == "," and doc[c.i - 1].idx > span[0] and any(
                    p.dep_ == "pobj" and p.lemma_.lower() in word_list("document_nouns")
                    for p in c.children):
            # s78: "X says A, in a transparency report that ...": the document the
            # speaker said it in (the parser hangs it on A's verb), not part of A
            return span[0], min(span[1], doc[c.i - 1].idx)
    return span


def _priced_participle(participle: Token) -> bool:
    """s76: "said the dairy paid farmers 30p a litre, while charging £1.20 for a
    bottle": a verb that reports only a that-clause (CLAUSE_ONLY_VERBS, "charge") is no
    speech act of the speaker without one; "charging £1.20" is the clause subject's act
    and part of what was said. "said A, charging that B" is still the speaker's, and
    verbs that cite ("repeating its call") are left to the citing list."""
    lemma = participle.lemma_.lower()
    return lemma in CLAUSE_ONLY_VERBS - CITING_VERBS and not any(
        c.dep_ == "ccomp" or (c.dep_ == "mark" and c.lower_ == "that")
        for c in participle.children)


def _one_paragraph(text: str, start: int, end: int, anchor: int) -> tuple[int, int]:
    """A parse can run a clause across a paragraph break; keep the part by the cue."""
    if "\n" not in text[start:end]:
        return start, end
    pieces = []
    pos = start
    for m in re.finditer(r"\n+", text[start:end]):
        pieces.append((pos, start + m.start()))
        pos = start + m.end()
    pieces.append((pos, end))
    for a, b in pieces:
        if a <= anchor <= b:
            return a, b
    return min(pieces, key=lambda ab: min(abs(ab[0] - anchor), abs(ab[1] - anchor)))


def _according(doc: Doc, text: str, tok: Token) -> _Candidate | None:
    """"according to X, ..." attributes the clause it modifies; not when that clause is
    itself reported ("according to an update, leaders said ...")."""
    to = [c for c in tok.children if c.lower_ == "to"]
    if not to:
        return None
    pobj = [c for c in to[0].children if c.dep_ == "pobj"]
    if not pobj:
        return None
    head = tok.head
    while head.dep_ not in {"ROOT"} and head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
        head = head.head
    while head.dep_ == "conj" and tok.i > head.i and head.head.pos_ in {"VERB", "AUX"} and \
            tok.right_edge.i == max(t.i for t in head.head.subtree if not t.is_punct):
        # "Officers were called to X and found Y, according to police": the source closes
        # the sentence, so it vouches for both coordinated clauses, not the last alone
        head = head.head
    if head.dep_ == "ccomp" and _belief_sourced(head.head):
        # "Investigators believe A, according to an official": the official's statement is
        # the belief with its clause (convention 4)
        head = head.head
    elif _is_cue(head) or (head.dep_ == "ccomp" and _is_cue(head.head)):
        return None  # "prosecutors allege that A, according to court documents": one report
    head = _unjoined_head(head, tok)
    head, setting = _setting_after_source(head, tok)
    inside = {t.i for t in tok.subtree} | _writers_contrast(head, tok) | \
        _other_speakers_conj(head, tok) | setting
    run = _own_part(head, tok) or _longest_run([t.i for t in head.subtree if t.i not in inside])
    if not run:
        return None
    start, end = _trim(text, *_span_chars(doc, *run))
    cand = _Candidate(start, end, tok, speaker_tok=pobj[0], source="according")
    return cand


def _setting_after_source(head: Token, tok: Token) -> tuple[Token, set[int]]:
    """(s87) "The last homes were reconnected on Friday, according to the company's
    figures, after 900 homes in two villages waited four days": a clause or phrase opened by
    a mark of when or why (data/attribution_source_tail_marks.txt: after, because, until,
    ...) right after the source phrase is the writer's setting of A, as s73's contrast
    marks are, and the source vouches for A alone (as s85/s86 labelled "A, according to
    the zoo, after B" and "A, according to X, because of B"); the longest run kept the
    setting when it was the longer half. The parser hangs it on A's verb (advcl, or a
    preposition: "..., after three years of rises") or makes it a conjunct of A's verb
    that carries the source phrase; then A's verb is the clause's head. Returns the head
    and the setting's tokens to leave out. Near miss: "A, according to X, and B" (a
    coordination, no mark) is left to the longest run as before."""
    doc = head.doc
    if tok.i < head.i and head.dep_ == "conj" and head.head.pos_ in {"VERB", "AUX"} and \
            head.head.i < tok.i:
        first, sub = head.head, head
    elif head.i < tok.i:
        first = head
        subs = [c for c in head.children if c.dep_ in {"advcl", "prep"} and
                c.i > tok.right_edge.i]
        if not subs:
            return head, set()
        sub = subs[0]
    else:
        return head, set()
    # the clause's mark, or the preposition itself ("..., after three years of rises")
    marks = [m for m in sub.children if m.dep_ == "mark" and m.i > tok.right_edge.i] \
        if sub.dep_ != "prep" else [sub]
    if not marks or marks[0].lower_ not in word_list("source_tail_marks"):
        return head, set()
    if any(not doc[j].is_punct for j in range(tok.right_edge.i + 1, marks[0].i)):
        return head, set()  # the mark does not open right after the source phrase
    if any(c.dep_ == "cc" and first.i < c.i < sub.i for c in first.children):
        return head, set()  # "A, according to X, and after B": a coordination
    return first, {t.i for t in sub.subtree if t.i > tok.right_edge.i}


def _unjoined_head(head: Token, tok: Token) -> Token:
    """(s73) "Money raised for X by Y fell by £90m last year, according to Z, ...": the
    parser read "raised" as the main verb and "fell" as its conjunct, with no "and" or
    comma between them and no subject of its own, so the clause "according to" vouches
    for begins at the first verb's subject. A real coordination ("A rose and B fell,
    according to Z") has its coordinator and keeps the conjunct."""
    first = head.head
    if head.dep_ != "conj" or first.i >= head.i or first.pos_ not in {"VERB", "AUX"} \
            or tok.i < head.i:
        return head
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in head.children):
        return head
    doc = head.doc
    if any(doc[j].is_punct or doc[j].dep_ == "cc" for j in range(first.i + 1, head.left_edge.i)):
        return head
    return first


def _writers_contrast(head: Token, tok: Token) -> set[int]:
    """(s73) "A fell by £90m, according to figures published by X, even as ticket sales
    rose and profits reached a record": an adverbial clause opened by a contrast mark
    (data/attribution_contrast_marks.txt) after the source is the writer's setting of A,
    not X's words; the longest run took it. A clause before the source ("As sales rose,
    A fell, according to X") is left to the clause it opens, and a source that opens the
    sentence ("According to X, A rose, while B fell") vouches for both."""
    marks = word_list("contrast_marks")
    out: set[int] = set()
    if tok.i < head.i:
        return out  # "According to X, A rose, while B fell": the source opens both
    for c in head.subtree:
        if c.dep_ != "advcl" or c.left_edge.i <= tok.right_edge.i:
            continue
        if any(m.dep_ == "mark" and m.lower_ in marks for m in c.children):
            out |= {t.i for t in c.subtree}
    return out


def _other_speakers_conj(head: Token, tok: Token) -> set[int]:
    """(s94) "Plans would power 15,000 homes, according to the company behind them, but
    villagers say A": a coordinated clause after the source whose verb is itself a cue
    with its own subject is another speaker's statement (found by its own cue), not what
    the source vouches for; the longest run took it and the source was left with "but".
    A coordinated clause without a cue ("according to X, and profits doubled") is left
    to the longest run as before."""
    out: set[int] = set()
    if tok.i < head.i:
        return out  # "According to X, A rose, but Y said B": the source opens the sentence
    for c in head.children:
        if c.dep_ != "conj" or c.i <= tok.right_edge.i or not _is_cue(c) or not any(
                s.dep_ in {"nsubj", "nsubjpass"} for s in c.children):
            continue
        out |= {t.i for t in c.subtree}
        out |= {cc.i for cc in head.children
                if cc.dep_ in {"cc", "punct"} and tok.right_edge.i < cc.i < c.left_edge.i}
    return out


def _own_part(head: Token, tok: Token) -> tuple[int, int] | None:
    """(e54) "A measures 410 square metres according to the charity, and 1,200 square
    metres according to the park": two sources of one clause each vouch for the words
    just before their own phrase, after the other source's; the longest run gave each the
    other's figure. None where the clause names one source."""
    others = [c for c in head.subtree if c.i != tok.i and c.lower_ == "according"
              and c.dep_ == "prep" and any(g.lower_ == "to" for g in c.children)]
    if not others:
        return None
    before = [o.right_edge.i for o in others if o.i < tok.i]
    first = max(before) + 1 if before else head.left_edge.i
    skip = {t.i for o in others for t in o.subtree}
    doc = head.doc
    idx = [i for i in range(first, tok.i) if i not in skip]
    while idx and (doc[idx[0]].is_punct or doc[idx[0]].dep_ == "cc" or doc[idx[0]].is_space):
        idx.pop(0)
    while idx and (doc[idx[-1]].is_punct or doc[idx[-1]].is_space):
        idx.pop()
    return _longest_run(idx) if len(idx) >= 2 else None


# ------------------------------------------------------------------ direct quotes
def _frame_after(doc: Doc, tok_after: int) -> list[Token]:
    frame = []
    for j in range(tok_after, min(tok_after + 40, len(doc))):
        t = doc[j]
        if t.is_space and "\n" in t.text:
            break
        if t.text in OPEN_MARKS and j > tok_after:
            break
        frame.append(t)
        if t.text in TERMINAL:
            break
    return frame


def _frame_before(doc: Doc, tok_before: int) -> list[Token]:
    frame: list[Token] = []
    for j in range(tok_before, max(tok_before - 40, -1), -1):
        t = doc[j]
        if (t.is_space and "\n" in t.text) or t.text in TERMINAL or t.text in CLOSE_MARKS \
                and j < tok_before:
            break
        frame.append(t)
    frame.reverse()
    return frame


def _frame_leads_to(frame: list[Token], cue: Token) -> bool:
    """After a quote, the words before the cue may only be its speaker, with appositions
    and relative clauses ("..., Jo Roe, director of research at the alliance, said");
    a clause of the writer's own ("..., as seen below, in which it said") is not."""
    subj, _ = _speaker_token(cue)
    allowed = {t.i for t in subj.subtree} if subj is not None else set()
    for t in frame:
        if t.i >= cue.i:
            break
        if t.i in allowed:
            continue
        if t.pos_ in {"ADP", "SCONJ", "VERB", "AUX", "CCONJ"} or t.lower_ in {"which", "who"}:
            return False
    return True


def _find_cue(frame: list[Token], prefer_last: bool) -> Token | None:
    ordered = list(reversed(frame)) if prefer_last else frame
    for strict in (True, False):
        for t in ordered:
            if _is_cue(t, strict, quote=True) and not _negated(t):
                return t
    return None


def _frame_speaker(frame: list[Token], cue: Token) -> Token | None:
    """When the parse gives the cue no subject, take the nearest noun phrase in the frame."""
    def ok(t: Token) -> bool:
        return t.pos_ in {"PROPN", "NOUN", "PRON"} and t.dep_ not in {"pobj", "dobj", "npadvmod"}
    after = [t for t in frame if t.i > cue.i and ok(t)]
    before = [t for t in frame if t.i < cue.i and ok(t)]
    pool = before[::-1] + after if before else after
    for t in pool:
        h = t
        while h.head.i != h.i and h.head.pos_ in {"PROPN", "NOUN"} and h.dep_ in {
                "compound", "amod", "nmod", "poss", "flat"} and h.head in frame:
            h = h.head
        return h
    return None


def _direct(doc: Doc, text: str, quotes: list[_Quote], reported: list[_Candidate]
            ) -> list[_Candidate]:
    out: list[_Candidate] = []
    spans = [c.clause or (c.start, c.end) for c in reported]
    prev: _Candidate | None = None
    prev_q: _Quote | None = None
    for q in quotes:
        outer = (q.open_char, q.outer_end)
        if any(s <= outer[0] and outer[1] <= e + 1 and (e - s) > (q.end - q.start) + 2
               for s, e in spans) and not _opens_sentence(text, q):
            prev_q = q
            continue  # a partial quote inside reported speech
        tail = next((c for c in reported if c.clause is None and c.end <= q.open_char and
                     text[c.end:q.open_char].strip() == "," and text[q.start:q.start + 1]
                     .islower() and q.close_char is not None and
                     text[q.outer_end:q.outer_end + 2].strip() in {"", "."}), None)
        if tail is not None:
            # 'said she expected A, "if we're lucky."': a lower-case fragment closing the
            # reported clause is part of it (a partial quote), not a quote of its own
            tail.end = q.outer_end
            spans = [c.clause or (c.start, c.end) for c in reported]
            prev_q = q
            continue
        open_tok = _tok_at(doc, q.open_char)
        close_tok = _tok_at(doc, q.close_char) if q.close_char is not None else None
        inner = text[q.start:q.end]
        cue = None
        frame: list[Token] = []
        if close_tok is not None and close_tok.i + 1 < len(doc):
            frame = _frame_after(doc, close_tok.i + 1)
            lead = frame[0].text if frame else ""
            if text[q.end:q.end + 1] in {",", "?", "!", "—", "–", "-", "…"} or \
                    inner[-1:] in {"?", "!", "—", "–", "-", "…"} or lead in {",", "—", "–"}:
                cue = _find_cue(frame, prefer_last=False)
                if cue is not None and not _frame_leads_to(frame, cue):
                    cue = None  # "..., as seen below, in which it said": not this quote's
                acc = _according_after(frame)
                if acc is not None and (cue is None or acc[0].i < cue.i):
                    out.append(_Candidate(q.start, q.end, acc[0], acc[1], True,
                                          source="quote"))
                    prev, prev_q = out[-1], q
                    continue
        if cue is None and open_tok is not None and open_tok.i > 0:
            frame = _frame_before(doc, open_tok.i - 1)
            if frame and (frame[-1].text in {":", ","} or _is_cue(frame[-1])):
                cue = _find_cue(frame, prefer_last=True)
        cand = None
        if cue is not None:
            spk, fallback = _speaker_token(cue)
            if spk is not None and not (frame[0].i <= spk.i <= frame[-1].i) and \
                    not _continues_clause_before(cue, open_tok):
                spk = None
            if spk is None:
                spk = _frame_speaker(frame, cue)
                fallback = spk is None
            if _only_questions(inner):
                prev_q, prev = q, None
                continue  # '"Who will pay for this?" asked X': a question, not a statement
            cand = _Candidate(q.start, q.end, cue, spk, True, doc_fallback=fallback,
                              source="quote")
        elif frame and frame[-1].text == ":" and open_tok is not None and \
                q.close_char is not None and not _only_questions(inner):
            spk = _colon_speaker(frame)
            if spk is not None:
                cand = _Candidate(q.start, q.end, None, spk, True, source="colon")
        elif prev is not None and prev_q is not None and _continues(doc, text, prev_q, q):
            cand = _Candidate(q.start, q.end, None, None, True, inherit=prev, source="cont")
        elif (owner := _words_owner_after(doc, text, q, close_tok)) is not None and \
                not _only_questions(inner):
            cand = _Candidate(q.start, q.end, owner[0], owner[1], True, source="quote")
        elif (said := _report_just_before(text, reported, q)) is not None and \
                not _only_questions(inner):
            cand = _Candidate(q.start, q.end, None, None, True, inherit=said, source="cont")
        if cand is None and q.close_char is None:
            # an opening paragraph of a quote; its attribution may come paragraphs later
            cand = _Candidate(q.start, q.end, None, None, True, source="pending")
        if cand is not None:
            out.append(cand)
            prev = cand
        else:
            prev = None
        prev_q = q
    for i in range(len(out) - 1, -1, -1):
        if out[i].source == "pending":
            nxt = out[i + 1] if i + 1 < len(out) else None
            if nxt is not None and nxt.source != "pending" and \
                    text[out[i].end:nxt.start].strip(" \n“\"") == "":
                out[i].source, out[i].inherit = "backward", nxt
    return [c for c in out if c.source != "pending"]


def _continues_clause_before(cue: Token, open_tok: Token | None) -> bool:
    """s13: 'X called the figure "wishful thinking", saying counts by stewards suggested
    A': a participle after the quote that the parser hangs on a verb before it carries
    on that verb's sentence, so its speaker is that verb's subject, found before the
    quote. It is no '"...," said X' frame: the noun after it ("counts by stewards") is
    the subject of what is said, not a speaker. A finite cue after a quote ('"...,"
    said X') keeps its frame."""
    # s30: "The group X called the pledge "...", saying A": the parser may hang the
    # participle on the subject noun ("acl"); it still carries on the sentence before
    return open_tok is not None and cue.tag_ == "VBG" and cue.dep_ in INHERIT_DEPS | {"acl"} and \
        cue.head.i < open_tok.i and cue.head.sent.start == cue.sent.start


def _report_just_before(text: str, reported: list[_Candidate], q: _Quote
                        ) -> _Candidate | None:
    """(s80) A whole-sentence quote with no cue of its own, right after a reported
    statement in the same paragraph, goes on in that statement's speaker's words, as one
    after a quote does: 'The group would send its records, she said. "We want the figures
    checked."' is hers. Only when nothing but the rest of the reporting sentence (no
    quote mark, no paragraph break) lies between them."""
    if not _opens_sentence(text, q):
        return None
    if text[q.start:q.close_char].rstrip()[-1:] in {",", ";", ":", "—", "–", "-"}:
        # (f81) '"A," came the reply from X': the quote's sentence goes on after it, so its
        # attribution is there (if anywhere), not in the sentence before
        return None
    for c in reported:
        if c.cue is None or c.is_quote or c.end > q.open_char:
            continue
        between = text[c.end:q.open_char]
        if len(between) <= 60 and re.fullmatch(r"[^\n.!?\"“”]*[.!?]\s*", between) and \
                c.cue.idx < q.open_char:
            return c
    return None


def _words_owner_after(doc: Doc, text: str, q: _Quote, close_tok: Token | None
                       ) -> tuple[Token, Token] | None:
    """(f81) A whole-sentence quote with no cue whose owner the words right after it name
    through a noun for words (data/attribution_words_nouns.txt) and 'of'/'from' X:
    '"We will not close the ward." Those were the words of Ms Roe.' and '"We will not
    close the ward," came the reply from Ms Roe.' are Ms Roe's, not the words of whoever
    was reported just before. The noun must point back at the quote: in the quote's own
    sentence (the quote ends in a comma), or as the complement of a demonstrative subject
    ('Those were the words of X') opening the next sentence; 'The words of the minister
    were ignored.' after a quote names no owner of it. Returns (noun, speaker)."""
    if close_tok is None or close_tok.i + 1 >= len(doc) or not _opens_sentence(text, q):
        return None
    frame = [t for t in _frame_after(doc, close_tok.i + 1) if not t.is_space]
    if not frame:
        return None
    goes_on = text[q.start:q.close_char].rstrip()[-1:] == ","
    if not goes_on and not (frame[0].lower_ in {"those", "these", "that", "this"} and
                            frame[0].dep_ in SUBJ_DEPS):
        return None
    nouns = word_list("words_nouns")
    for t in frame:
        if t.lemma_.lower() not in nouns and t.lower_ not in nouns:
            continue
        if not goes_on and not (t.dep_ == "attr" and t.head == frame[0].head):
            continue
        for prep in t.children:
            if prep.dep_ == "prep" and prep.lower_ in {"of", "from"}:
                pobj = [c for c in prep.children if c.dep_ == "pobj"]
                if pobj:
                    return t, pobj[0]
    return None


def _opens_sentence(text: str, q: _Quote) -> bool:
    """A closed quote that starts a new sentence ('... p.m. "Our customers ...," X said')
    is a statement of its own, not a partial quote inside the clause before it."""
    before = text[:q.open_char].rstrip()
    return q.close_char is not None and before[-1:] in TERMINAL and \
        text[q.start:q.start + 1].isupper()


def _according_after(frame: list[Token]) -> tuple[Token, Token] | None:
    """'"...," according to X.': the cue word and X."""
    words = [t for t in frame if not t.is_punct]
    if len(words) < 3 or words[0].lower_ != "according" or words[1].lower_ != "to":
        return None
    pobj = [c for c in words[1].children if c.dep_ == "pobj"]
    return (words[0], pobj[0]) if pobj else None


def _colon_speaker(frame: list[Token]) -> Token | None:
    """'The coach was blunt: "We were terrible."': a sentence about a speaker that opens a
    quote with a colon introduces their words. Only a name, a pronoun for a person or
    group, or a job / organisation / source noun can be that speaker (not "The rule is
    simple:")."""
    verbs = [t for t in frame if t.pos_ in {"VERB", "AUX"} and t.dep_ in {"ROOT", "ccomp"}]
    if not verbs:
        return None
    subj = [c for c in verbs[0].children if c.dep_ in SUBJ_DEPS]
    if not subj:
        return None
    s = subj[0]
    lemma = s.lemma_.lower()
    if s.pos_ == "PROPN" or s.lower_ in {"he", "she", "they", "we"} or \
            lemma in word_list("titles") or lemma in word_list("org_nouns") or \
            lemma in word_list("source_nouns"):
        return s
    return None


def _only_questions(inner: str) -> bool:
    """Every sentence of the quote is a question."""
    parts = [p for p in re.split(r"(?<=[.!?])\s+", inner.strip()) if p.strip()]
    return bool(parts) and all(p.rstrip(" ”\"'’").endswith("?") for p in parts)


def _continues(doc: Doc, text: str, prev: _Quote, q: _Quote) -> bool:
    """A quote with no cue of its own goes on from the previous attributed one when it
    opens a sentence right after it or opens the next paragraph."""
    if q.para == prev.para:
        between = text[prev.outer_end:q.open_char]
        if not text[q.start:q.start + 1].isupper():
            return False
        if re.fullmatch(r"[\s.!?,;:]*", between):
            return True
        if len(between) > 200 or any(ch in QUOTE_CHARS for ch in between) or \
                not re.search(r"[.!?]\s*$", between):
            return False
        # one sentence between (the attribution): count sentence ends by token, so that
        # "Dr." or "St." inside it is not taken for one
        span = doc.char_span(prev.outer_end, q.open_char, alignment_mode="expand")
        ends = [t for t in span if t.text in TERMINAL] if span is not None else []
        return len(ends) <= 1
    if q.para == prev.para + 1:
        before = text[:q.open_char]
        para_start = max(before.rfind("\n"), 0)
        return not text[para_start:q.open_char].strip()
    return False


def _tok_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


# ------------------------------------------------------------------ assembly
def find_attributions(doc: Doc) -> list[Attribution]:
    """Statements of `doc` with their speakers; offsets are characters into `doc.text`.

    `Doc.text` joins every token on each read, so it is read once here and passed on."""
    text = doc.text
    quotes = _quotes(text)
    in_quote = [False] * len(doc)
    for q in quotes:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                in_quote[i] = True
    reported = _reported(doc, text, in_quote)
    _cut_nested(doc, text, reported)
    by_open = {q.open_char: q for q in quotes}
    for cand in reported:
        q = by_open.get(cand.start)
        if cand.source == "naming":
            if q is not None:
                cand.start, cand.end, cand.is_quote = q.start, q.end, True
            continue
        if q is not None and q.outer_end >= cand.end - 1:
            # a reported clause that is exactly a quote is a direct quote
            cand.start, cand.end, cand.is_quote = q.start, q.end, True
            continue
        for q in quotes:
            if cand.start <= q.open_char < cand.end < q.end:
                cand.end = q.outer_end  # the clause carries on inside an open quote
        _quote_only(cand, quotes)
    direct = _direct(doc, text, quotes, reported)
    quote_spans = [(c.start, c.end) for c in direct]
    for c in reported:
        # a clause the parse ran on into the next sentence's own quote ("... until 5:30
        # p.m. "Our customers could not check out," X said") ends before that quote
        for d in direct:
            if d.source != "quote" or c.is_quote or not c.start < d.start - 1 < c.end:
                continue
            mark = d.start - 1
            while mark > c.start and text[mark] not in QUOTE_CHARS:
                mark -= 1
            c.start, c.end = _trim(text, c.start, mark)
            if c.clause is not None:
                c.clause = (c.start, c.end)
    reported = [c for c in reported if c.source != "naming" or c.is_quote]
    kept = [c for c in reported
            if not any(s <= c.start and c.end <= e for s, e in quote_spans)
            and not any(c.start <= s and e <= c.end and c.start < s - 1 for s, e in quote_spans
                        if c.source == "according")]
    cands = sorted(kept + direct, key=lambda c: (c.cue.idx if c.cue is not None else c.start))
    resolver = SpeakerResolver(doc, text)
    resolver.reported_spans = [(c.start, c.end) for c in cands]
    ordered = sorted(cands, key=_order_key)
    ordered = [c for c in ordered if c.source != "backward"] + \
        [c for c in ordered if c.source == "backward"]
    for cand in ordered:
        if cand.inherit is not None:
            cand.speaker = cand.inherit.speaker
            continue
        sp = None
        if cand.speaker_tok is None and cand.cue is not None:
            tok, fallback = _speaker_token(cand.cue)
            cand.speaker_tok = tok
            cand.doc_fallback = cand.doc_fallback or fallback
        if cand.speaker_tok is not None:
            sp = resolver.resolve_speaker(cand.speaker_tok)
        if sp is None and cand.doc_fallback and cand.is_quote:
            sp = resolver.recent_document(cand.start)
        cand.speaker = sp
    _name_after_description(doc, ordered, resolver)
    _lede_body(doc, ordered, resolver)
    _role_back_reference(ordered, resolver)
    for cand in ordered:
        if cand.inherit is not None:
            # (a48) '"A," the leader said. "B."': the continuation takes the speaker its
            # attribution ends with, after the passes above gave "the leader" a name
            cand.speaker = cand.inherit.speaker
    results: dict[tuple[int, int], Attribution] = {}
    for cand in cands:
        if cand.speaker is None or cand.end <= cand.start or cand.source == "silent":
            continue
        key = (cand.start, cand.end)
        if key in results:
            continue
        cue = cand.cue.text if cand.cue is not None else (
            cand.inherit.cue.text if cand.inherit and cand.inherit.cue is not None else None)
        results[key] = Attribution(
            content_start=cand.start,
            content_end=cand.end,
            speaker=cand.speaker.canonical,
            speaker_mention=cand.speaker.mention,
            speaker_role=cand.speaker.role,
            speaker_kind=cand.speaker.kind,
            cue=cue,
            is_quote=cand.is_quote,
        )
    for turn in transcript_turns(text):
        speaker = _turn_speaker(resolver, text, turn)
        if speaker is not None and (turn.start, turn.end) not in results:
            results[(turn.start, turn.end)] = Attribution(
                content_start=turn.start, content_end=turn.end, speaker=speaker,
                speaker_mention=turn.label,
                speaker_role=resolver.roles.get(speaker) or resolver.given_roles.get(speaker),
                cue=None, is_quote=True)
    return _drop_nested(one_spelling_per_speaker(sorted(
        results.values(), key=lambda a: (a.content_start, a.content_end))))


def one_spelling_per_speaker(items: list[Attribution]) -> list[Attribution]:
    """(e54) "Inspectors found ..." and "the inspectors said ...", "The park said" and
    "according to the park": a described speaker (no person) spelled with a capital only
    where it opens a sentence is one speaker with the spelling of the sentence's middle.
    Two spellings made two parties of one, and a dispute of the party with itself
    ("Inspectors rejects the figure of inspectors")."""
    forms: dict[str, set[str]] = {}
    for a in items:
        if a.speaker and a.speaker_kind != "person":
            forms.setdefault(a.speaker.casefold(), set()).add(a.speaker)
    pick: dict[str, str] = {}
    for names in forms.values():
        lower = sorted(n for n in names if n[:1].islower())
        if len(names) > 1 and lower and all(n[1:] == lower[0][1:] for n in names):
            pick.update({n: lower[0] for n in names})
    for a in items:
        if a.speaker in pick and a.speaker_kind != "person":
            a.speaker = pick[a.speaker]
    return items


def _name_after_description(doc: Doc, ordered: list[_Candidate],
                            resolver: SpeakerResolver) -> None:
    """r10: "The chief financial officer of Brightwell Foods, who joined ..., told
    investors that A. Anita Rowe said B": a person the article first describes by a
    definite job ("the chief financial officer of X", "the company's founder") and names
    in the same or the next sentence, where the name comes with no job of its own and
    nobody else is named between, is that person: news writing introduces a name with
    a description, so a bare new name right after one is the person described. Not after
    an indefinite description ("a nurse said ... Maria Ortiz said": often two people)."""
    # "the head of X"; "The striker, who joined in the summer, said" (epithets)
    epithets = word_list_file("speaker_person_descriptors.txt") | word_list_file(
        "speaker_post_nouns.txt")
    titles = resolver.titles | {"head", "boss", "leader"} | epithets
    seq = [c for c in ordered if c.speaker is not None and c.speaker_tok is not None]
    seq.sort(key=lambda c: c.speaker_tok.idx)
    for k, cand in enumerate(seq):
        sp, head = cand.speaker, cand.speaker_tok
        lefts = list(head.lefts)
        # (o47) "the authority's chief executive": a job noun that is also a body's
        # name in the plural ("executives said") resolves as a group; with a modifier
        # of its own before it, it is one holder of a job
        one_holder = sp.kind == "group" and head.lemma_.lower() in resolver.titles and any(
            c.dep_ in {"amod", "compound"} for c in lefts)
        if (sp.kind != "other" and not one_holder) or head.pos_ != "NOUN" or \
                head.tag_ != "NN":
            continue
        if lefts and lefts[0].lower_ in {"a", "an"} and head.sent.start == 0:
            _lede_description(doc, seq, k, resolver)
            continue
        if head.sent.start == 0 and lefts and head.lemma_.lower() in epithets - resolver.titles \
                and (lefts[0].lower_ == "the" or lefts[0].dep_ == "poss" or
                     any(g.dep_ == "poss" for g in lefts[0].subtree)):
            # (a48) "The government's nominee to lead the agency told MPs that A. Chief
            # Constable Jo Roe, who ..., was questioned ...": a definite epithet (no job
            # title: "the judge" in a court report is not the defendant named next) in the
            # lede is the person the next sentence names as its subject
            _lede_description(doc, seq, k, resolver, epithets)
            if cand.speaker is not sp:
                continue
        if head.lemma_.lower() not in titles:
            continue
        if not lefts or not (lefts[0].lower_ == "the" or lefts[0].dep_ == "poss" or
                             any(g.dep_ == "poss" for g in lefts[0].subtree)):
            continue
        sent = head.sent
        nxt_end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
        for later in seq[k + 1:]:
            tok = later.speaker_tok
            if tok.i >= nxt_end:
                break
            if later.speaker is sp or later.speaker.canonical == sp.canonical:
                continue
            name = later.speaker
            if name.kind != "person" or tok.ent_type_ not in {"PERSON", ""} or \
                    " " not in name.canonical:
                break
            span = resolver.name_span(tok)
            first_seen = resolver.text.find(name.canonical)
            if span is None or first_seen != span.start_char or \
                    name.mention != name.canonical or name.role or \
                    resolver.given_roles.get(name.canonical) or \
                    any(c.dep_ == "appos" and not c.like_num for c in tok.children):
                break
            if any(head.idx < p < span.start_char and resolver.full_person(n) != name.canonical
                   for p, n in resolver.person_mentions) or any(
                    e.label_ == "PERSON" and head.idx < e.start_char < span.start_char
                    for e in doc.ents):
                break
            role = re.split(r",\s+(?:who|which|whose)\b", sp.mention)[0]
            for c in seq[:k + 1] + [c for c in seq if c.speaker is sp]:
                if c.speaker.canonical == sp.canonical and c.speaker_tok.idx < span.start_char:
                    c.speaker = Speaker(name.canonical, c.speaker.mention, role, "person",
                                        set(name.types))
            resolver.roles.setdefault(name.canonical, role)
            break


def _lede_body(doc: Doc, ordered: list[_Candidate], resolver: SpeakerResolver) -> None:
    """s76: "More than 900 families are living in hostels, according to a housing
    charity, which says A. Roofline Marlow said its count ...": a body the lede's first
    sentence only describes (`a housing charity`, or `the force` where no body is named
    yet) is the one the next sentence names as its speaking subject, first named there
    with nothing named between: news writing names in the second sentence the body the
    lede described. The name must not say another kind of body (`A housing charity said
    A. Marlow Vale District Council said B` keeps both; "council" is no charity), nor open
    with a first name or stand beside a job (`Jo Roe, the charity's director,` is a
    person of the body). A definite description (`the force`) needs the name to say its
    kind (`Harnmoor Police`, data/speaker_org_kind_aliases.txt)."""
    from claims.speakers import HONORIFICS, _first_name_genders, _org_kind_aliases
    if not len(doc) or doc[0].sent.end >= len(doc):
        return
    first = doc[0].sent
    nxt = doc[first.end].sent
    org_nouns = word_list("org_nouns")
    subj = [c for c in nxt.root.children if c.dep_ in {"nsubj", "nsubjpass"}
            and c.pos_ == "PROPN"]
    if not subj or any(c.dep_ == "appos" for c in subj[0].children):
        return
    span = resolver.name_span(subj[0])
    if span is None or resolver.text.find(span.text) != span.start_char or \
            span[0].text in _first_name_genders():
        return
    # (k73, review cr73) A form of address or a title before the name ("Ms Halvey said its
    # count ...", "Dr Pellow said") says a person, never the body the lede described.
    before = doc[span.start - 1] if span.start > nxt.start else None
    if span[0].lower_.rstrip(".") in HONORIFICS or \
            before is not None and before.lower_.rstrip(".") in HONORIFICS | word_list("titles"):
        return
    named = [c for c in ordered if c.speaker is not None and c.speaker_tok is not None and
             span.start <= c.speaker_tok.i < span.end]
    if not named or any(e.label_ in {"PERSON", "ORG"} and first.end_char <= e.start_char
                        < span.start_char for e in doc.ents):
        return
    name = named[0].speaker
    name_words = {w.lower() for w in re.findall(r"[A-Za-z]+", span.text)}
    for cand in ordered:
        sp, head = cand.speaker, cand.speaker_tok
        if sp is None or head is None or head.i >= first.end or sp.kind == "person":
            continue
        words = sp.canonical.split()
        if len(words) < 2 or words[0] not in {"a", "an", "the"} or \
                words[-1] not in org_nouns | set(_org_kind_aliases()):
            continue
        kinds = {words[-1]} | _org_kind_aliases().get(words[-1], set())
        if name_words & (org_nouns - kinds) or \
                (words[0] == "the" and not name_words & kinds):
            continue
        if any(c.speaker is not None and c.speaker_tok is not None and
               c.speaker_tok.i < first.end and c.speaker.canonical != sp.canonical
               for c in ordered):
            return  # another speaker in the lede: the name may be theirs
        for c in ordered:
            if c.speaker is not None and c.speaker.canonical == sp.canonical:
                c.speaker = name
        return


def _job_noun(word: str, titles: frozenset[str] | set[str]) -> str:
    """(o47) "chairwoman" / "chairman" / "chairperson" are one job, "chair": the gendered
    compound of a title noun is that noun."""
    word = word.lower()
    for end in ("woman", "man", "person"):
        if word.endswith(end) and word[: -len(end)] in titles:
            return word[: -len(end)]
    return word


def _role_back_reference(ordered: list[_Candidate], resolver: SpeakerResolver) -> None:
    """(o47) "Its chair, Elspeth Rowan, said A. The chairwoman said B"; "its operations
    director said A. Corinne Fallow ... said C. "...," the director said": a definite job
    noun with no name ("the director", "The chairwoman") left unresolved is the one person
    the article named before it with that job (apposition, a title, or a description
    tied to the name), when its words (apart from the determiner) are all in that
    person's job. News writing names a job holder once and goes on with "the <job>";
    an unresolved "the director" is otherwise a speaker no conflict can reach. Not
    where two people named before hold the job, nor for "a director" (someone new)."""
    titles = resolver.titles
    for cand in ordered:
        sp, head = cand.speaker, cand.speaker_tok
        if sp is None or head is None or sp.kind not in {"other", "group"} or \
                head.tag_ != "NN" or head.ent_type_:
            continue
        lefts = list(head.lefts)
        if not lefts or lefts[0].lower_ != "the" or any(
                c.dep_ == "poss" or c.pos_ == "PROPN" for c in head.subtree):
            continue
        job = _job_noun(head.lemma_, titles)
        if job not in titles and job not in word_list_file("speaker_post_nouns.txt"):
            continue
        mods = {c.lower_ for c in lefts[1:]}
        people = set()
        for name, role in list(resolver.roles.items()) + list(resolver.given_roles.items()):
            if not role or " " not in name:
                continue
            first = resolver.text.find(name)
            if first < 0 or first > head.idx:
                continue
            words = [w.lower() for w in re.findall(r"[\w'’-]+", role)]
            if words and _job_noun(words[-1], titles) == job and mods <= set(words):
                people.add(resolver.full_person(name))
        if not people and job in word_list_file("speaker_body_title_nouns.txt"):
            body = _body_just_quoted(ordered, cand)
            if body is not None:
                for c in ordered:
                    if c.speaker is not None and c.speaker.canonical == sp.canonical and \
                            c.speaker.kind == sp.kind:
                        c.speaker = Speaker(body.canonical, c.speaker.mention, body.role,
                                            body.kind, set(body.types))
            continue
        if len(people) == 1:
            name = people.pop()
            role = resolver.roles.get(name) or resolver.given_roles.get(name)
            for c in ordered:
                # (a48) with it the statements its "she" / "he" gave the unresolved job
                if c.speaker is not None and c.speaker.canonical == sp.canonical and \
                        c.speaker.kind == sp.kind:
                    c.speaker = Speaker(name, c.speaker.mention, role, "person", set())



def _body_just_quoted(ordered: list[_Candidate], cand: _Candidate) -> Speaker | None:
    """(a49) The organisation that spoke last in the sentence of `cand`'s speaker or the
    one before ("..., the Weather Bureau said. The forecaster said ..."), or None."""
    head = cand.speaker_tok
    sents = list(head.doc.sents)
    k = next((i for i, s in enumerate(sents) if s.start <= head.i < s.end), None)
    if k is None:
        return None
    lo = sents[max(k - 1, 0)].start
    best = None
    for c in ordered:
        t = c.speaker_tok
        if c is cand or c.speaker is None or t is None or c.speaker.kind != "org":
            continue
        if lo <= t.i < head.i:
            best = c.speaker
    return best

LEDE_PEOPLE = {"man", "woman", "boy", "girl", "teenager", "person"}


def _lede_description(doc: Doc, seq: list[_Candidate], k: int,
                      resolver: SpeakerResolver, epithets: frozenset[str] = frozenset()
                      ) -> None:
    """r10: "A man accused of murdering his business partner told a jury he had acted in
    self-defence. Gareth Lyle, 45, denies ... Lyle said ...": the lede describes the
    person the next sentence names as its subject, when that person speaks later in the
    article (not "A witness said ... Tom Fry, 19, died at the scene")."""
    cand = seq[k]
    sp, head = cand.speaker, cand.speaker_tok
    if head.lemma_.lower() not in LEDE_PEOPLE | resolver.titles | epithets:
        return
    sent = head.sent
    if sent.end >= len(doc):
        return
    nxt = doc[sent.end].sent
    subj = [c for c in nxt.root.children if c.dep_ in {"nsubj", "nsubjpass"}
            and c.ent_type_ == "PERSON"]
    if not subj:
        return
    span = resolver.name_span(subj[0])
    if span is None or len(span) < 2 or resolver.text.find(span.text) != span.start_char:
        return
    if any(c.dep_ == "appos" and not c.like_num for c in subj[0].children):
        return  # introduced with a job of its own: someone else
    if any(e.label_ == "PERSON" and head.idx < e.start_char < span.start_char
           for e in doc.ents):
        return
    _, name_toks = resolver._strip_title(list(span))
    if len(name_toks) >= 2:
        # (a48) "Chief Constable Aileen Corrigan": the name without the title before it
        name = resolver.full_person(doc[name_toks[0].i:name_toks[-1].i + 1].text)
    else:
        name = resolver.full_person(span.text)
    if not any(c.speaker.kind == "person" and c.speaker.canonical == name
               for c in seq[k + 1:]):
        return
    role = re.split(r",\s+(?:who|which|whose)\b", sp.mention)[0]
    for c in seq[:k + 1]:
        if c.speaker.canonical == sp.canonical:
            c.speaker = Speaker(name, c.speaker.mention, role, "person", set())
    if epithets:
        # (a48) remembered as the person's job, for a later "the nominee" (the words up to
        # the noun: "The minister's nominee", not "... for chief inspector of prisons")
        resolver.roles.setdefault(name, doc[head.left_edge.i:head.i + 1].text)


def _turn_speaker(resolver: SpeakerResolver, text: str, turn: Turn) -> str | None:
    """The person a transcript label names ("AMADI" -> "Felix Amadi"), unless they present
    or report the programme; None when the article names nobody of that name."""
    journalists = word_list("journalist_words")
    label = turn.label.lower()
    if label in journalists:
        return None
    names = [n for n in resolver.person_names
             if n.lower() == label or n.lower().split()[-1] == label.split()[-1]]
    if not names:
        return None
    name = max(names, key=len)
    role = (resolver.roles.get(name) or "").lower()
    if any(w in journalists for w in re.findall(r"[a-z]+", role)):
        return None
    for m in re.finditer(re.escape(name), text):
        before = re.findall(r"[a-z]+", text[max(0, m.start() - 40):m.start()].lower())
        if any(w in journalists for w in before[-4:]):
            return None
    return name


def _quote_only(cand: _Candidate, quotes: list[_Quote]) -> None:
    """When the parse hands over the inside of a quote as the reported clause ('"...," X
    said'), the statement is that quote. A reported clause that holds a quote
    (`said the plan was "a gift to landlords"`, `wrote that the city "has criminalized
    ..."`) stays the clause, marks kept, `is_quote=False`: the convention in
    docs/attribution.md, because the clause with its subject is the claim a reader can
    check, and the quoted words alone often are not ("misinterpreted")."""
    length = cand.end - cand.start
    if length <= 0:
        return
    for q in quotes:
        if q.start - 1 <= cand.start and cand.end <= q.outer_end:
            if length >= 0.6 * (q.end - q.start):
                cand.clause = (cand.start, cand.end)
                cand.start, cand.end, cand.is_quote = q.start, q.end, True
            return


def _order_key(c: _Candidate) -> int:
    if c.inherit is not None:
        return c.start
    if c.speaker_tok is not None:
        return c.speaker_tok.idx
    return c.cue.idx if c.cue is not None else c.start


def _drop_nested(items: list[Attribution]) -> list[Attribution]:
    """An inner clause the same speaker reports inside their own statement is not a second
    statement ("X said it agrees that ...")."""
    out = []
    for a in items:
        if any(b is not a and b.speaker == a.speaker and b.content_start <= a.content_start
               and a.content_end <= b.content_end and (b.content_start, b.content_end) !=
               (a.content_start, a.content_end) for b in items):
            continue
        out.append(a)
    return out
