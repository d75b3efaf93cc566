"""Rejections that report no content: "X disputed the figure", "X called the report
inaccurate", "X denied all charges", "X dismissed a newspaper report of delays".

They are not statements in the attribution sense (nothing is reported that could be
checked), so `claims.attribution` does not return them; but a fact-checker needs them,
because they are how one party rejects another's claim. Each becomes an attributed claim
whose text is what was rejected and how ("the figure", "the report inaccurate"), with
the rejecting verb as its cue, for the conflict rules to link to the claim it answers.

A labelling verb with a quoted complement ("called the commission's figure 'simply not
credible'") is often read by `claims.attribution` as a statement of the quote alone; the
rejection, which says what is rejected, replaces it (`with_rejections`).

Not handled: rejections without a named or resolvable subject ("the figure was
disputed"), and rejections spread over two sentences.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from claims.lexicon import data_lines, dispute_pattern, phrasal_verbs
from claims.models import Attribution
from claims.rebuttals import DEMONSTRATIVES, EVENT_NOUNS, labels_a_statement, statement_nouns
from claims.speakers import Speaker, SpeakerResolver

OBJECT_DEPS = frozenset({"dobj", "obj", "attr"})
# Clauses hanging off a rejection that give its reason, not what is rejected: "called the
# figures an underestimate, saying they were based only on new lets".
REASON_DEPS = frozenset({"advcl"})
# A relative pronoun as subject stands for the noun its clause hangs on: "the union, which
# described the university's figure as a gross underestimate".
RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})


@cache
def rejection_verbs() -> frozenset[str]:
    """Lemmas that reject their object outright ("dispute the figure")."""
    return frozenset(data_lines("rejection_verbs.txt"))


@cache
def doubting_verbs() -> frozenset[str]:
    """(d19) Lemmas that reject their object only when it names a statement ("questioned
    the group's figure", not "questioned a suspect")."""
    return frozenset(data_lines("rejection_doubting_verbs.txt"))


@cache
def labelling_verbs() -> frozenset[str]:
    """Lemmas that reject only with a rejecting complement ("call X inaccurate")."""
    return frozenset(data_lines("rejection_labelling_verbs.txt"))


def with_rejections(doc: Doc, attributions: list[Attribution]) -> list[Attribution]:
    """`attributions` and the rejections of `doc`; a statement that is only the quoted
    complement of a rejection's labelling verb is replaced by the rejection, and (d19) one
    running on into an apposed rejection ("say the lorries run all night, a claim the
    haulier denies") ends before it."""
    apposed = find_apposed_rejections(doc)
    refused = [(v.text, *_bounds([t for c in v.children if c.dep_ in OBJECT_DEPS for t in c.subtree]))
               for v in doc if v.pos_ in ("VERB", "AUX") and _refused_to_subject(v)
               and v.lemma_.lower() in rejection_verbs()]
    attributions = [_cut_before(a, apposed) for a in attributions
                    if not any(a.cue == cue and start <= a.content_start and a.content_end <= end
                               for cue, start, end in refused)]
    found = find_rejections(doc, attributions)
    kept = [a for a in attributions if not any(_superseded(a, r) for r in found)]
    return kept + found + [r for r, _ in apposed]


def _cut_before(statement: Attribution, apposed: list[tuple[Attribution, int]]) -> Attribution:
    """The statement ending at the comma before an apposed rejection its content holds."""
    for rejection, comma in apposed:
        if statement.content_start < comma and rejection.content_end <= statement.content_end + 2:
            return statement.model_copy(update={"content_end": comma})
    return statement


def _superseded(statement: Attribution, rejection: Attribution) -> bool:
    """The statement is the complement of the rejection's own verb ("called ... 'a
    fabrication'"), inside the rejection's span (give or take closing punctuation); its
    speaker may be spelled otherwise ("police" / "Police") by the two resolutions."""
    return (statement.cue == rejection.cue
            and rejection.content_start <= statement.content_start < rejection.content_end
            and statement.content_end <= rejection.content_end + 2)


def find_rejections(doc: Doc, attributions: list[Attribution]) -> list[Attribution]:
    """Rejections in `doc` not already covered by an attributed statement (other than the
    quoted complement of the rejecting verb itself, which `with_rejections` replaces)."""
    text = doc.text  # read once: Doc.text re-joins every token on each access
    found: list[Attribution] = []
    rejection_by = _RejectionBySubject(doc, attributions)
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or _negated(verb):
            continue
        lemma = verb.lemma_.lower()
        span = None
        if lemma in rejection_verbs():
            span = _object_span(verb)
        elif lemma in labelling_verbs():
            span = _labelled_span(verb, text)
        elif lemma in doubting_verbs():
            span = _statement_object_span(verb)
        if span is None and any(lemma == v for v, _, _ in phrasal_verbs()):
            span = _phrasal_span(verb)
        if span is None:
            continue
        start, end = span
        if any(a.content_start < end and start < a.content_end
               and not (a.cue == verb.text and start <= a.content_start and a.content_end <= end + 2)
               for a in attributions):
            continue
        rejection = rejection_by(verb, start, end)
        if rejection is not None:
            found.append(rejection)
    return found


class _RejectionBySubject:
    """The rejection of `verb` over a span, spoken by the verb's resolved subject; the
    speaker resolver (which reads the whole doc) is built only if some verb needs it."""

    def __init__(self, doc: Doc, attributions: list[Attribution] | None = None) -> None:
        self.doc = doc
        self.resolver: SpeakerResolver | None = None
        self.attributions = attributions or []

    def __call__(self, verb: Token, start: int, end: int) -> Attribution | None:
        subject = _subject(verb)
        if subject is None:
            return None
        if self.resolver is None:
            self.resolver = SpeakerResolver(self.doc)
        speaker = self.resolver.resolve(subject, remember=False)
        if speaker is None:
            return None
        if speaker.kind != "org" and subject.pos_ == "NOUN" and \
                subject.lemma_.lower() in self.resolver.org_nouns:
            body = self._body_called(subject)
            if body is not None:
                speaker = Speaker(body, speaker.mention, None, "org", {subject.lemma_.lower()})
        return Attribution(content_start=start, content_end=end, speaker=speaker.canonical,
                           speaker_mention=speaker.mention, speaker_role=speaker.role, speaker_kind=speaker.kind,
                           cue=verb.text, is_quote=False)

    def _body_called(self, subject: Token) -> str | None:
        """(a54) "The force rejected this": the body the article's statements before it
        called by that noun ("A force spokesperson said ..."), when this resolver, which
        has read no statement, finds no body: it fell back on the most mentioned name,
        which was the campaigner whose words the force rejects (NER had tagged her an
        organisation). None when no earlier statement's speaker is a body so called."""
        lemma = subject.lemma_.lower()
        for a in reversed(self.attributions):
            if a.content_start >= subject.idx or a.speaker_kind != "org" or not a.speaker:
                continue
            words = {w.lower() for w in (a.speaker_mention or "").split()}
            if lemma in words:
                return a.speaker
        return None


def _negated(verb: Token) -> bool:
    return any(child.dep_ == "neg" for child in verb.children)


def _subject(verb: Token) -> Token | None:
    if _misread_as_modifier(verb):
        return verb.head
    current = verb
    for _ in range(3):
        for child in current.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                if child.lower_ in RELATIVE_PRONOUNS and current.dep_ == "relcl":
                    return current.head
                return child
        if _participle_of_the_teller(current):
            current = _clause_governor(current.head)
        elif current.dep_ in ("conj", "xcomp", "advcl") and current.head.i != current.i:
            # "said that turnout had been under 50% and called the figure ...": a verb
            # joined to a reported clause is the reporter's, not the clause subject's.
            joined_to_report = current.dep_ == "conj" and current.head.dep_ == "ccomp"
            current = current.head.head if joined_to_report else current.head
        else:
            break
    return None


def _participle_of_the_teller(verb: Token) -> bool:
    """"X rejected the union's claim that its offer was worth 3%, calling the figure 'a
    misreading'": the small model hangs a participle after a comma on the told clause's verb
    ("was"), whose subject ("its offer") labels nothing; the labelling is the teller's."""
    head = verb.head
    # Only a clause told of a noun ("the claim that ...", "reports that ..."): under a verb's
    # clause ("the regulator said Harlow Water had rejected its findings, calling them
    # 'scaremongering'") the participle is often that clause's own (review cr92), and
    # hopping there too cost a closed-set false alarm.
    return (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0
            and verb.doc[verb.i - 1].text == "," and head.dep_ == "acl" and head.i < verb.i)


def _clause_governor(clause: Token) -> Token:
    """The verb a noun's told clause hangs on: "rejected" of "rejected the claim that ..."."""
    current = clause.head
    while current.pos_ not in ("VERB", "AUX") and current.head.i != current.i:
        current = current.head
    return current


def _misread_as_modifier(verb: Token) -> bool:
    """"The union, which represents 2,600 drivers, called the figures misleading": after
    a relative clause the small model may read the finite verb as a modifier of the noun
    before it, left as the sentence's root. A past-tense verb so hung on a root noun is
    that noun's predicate ("a report called ... was published" has its own root verb)."""
    head = verb.head
    return (verb.dep_ == "acl" and verb.tag_ == "VBD" and head.dep_ == "ROOT" and head.i < verb.i
            and head.pos_ in ("NOUN", "PROPN"))


def _object_span(verb: Token) -> tuple[int, int] | None:
    if _refused_to_subject(verb):
        return None
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    if not objects:
        # (d10) "denied ever receiving such warnings", "denied having seen the report":
        # a gerund clause is what is rejected.
        objects = [c for c in verb.children if c.dep_ == "xcomp" and _gerund(c)]
    if not objects:
        return None
    tokens = [t for o in objects for t in o.subtree]
    return _bounds(tokens)


def _refused_to_subject(verb: Token) -> bool:
    """(d23) "A man ... was denied bail by magistrates": a passive rejecting verb with an
    object of its own tells what its subject was refused, not a statement rejected, by
    the subject or by the agent (`with_rejections` drops the agent's reading too)."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) \
        and any(c.dep_ in OBJECT_DEPS for c in verb.children)


def find_apposed_rejections(doc: Doc) -> list[tuple[Attribution, int]]:
    """(d19) Rejections by a clause hung on a statement noun set after what was said ("...,
    a claim the company denies"), each with the offset of the comma before the noun."""
    found: list[tuple[Attribution, int]] = []
    rejection_by = _RejectionBySubject(doc)
    for verb in doc:
        if verb.pos_ != "VERB" or _negated(verb) or verb.lemma_.lower() not in rejection_verbs():
            continue
        span = _apposed_statement_span(verb)
        rejection = rejection_by(verb, *span) if span else None
        if rejection is not None:
            found.append((rejection, doc.text.rfind(",", 0, span[0])))
    for verb in doc:
        refused = _refused_apposed(verb)
        if refused is None:
            continue
        teller, span = refused
        rejection = rejection_by(teller, *span)
        if rejection is not None:
            # The cue is the refusal itself ("did not recognise"), which tells the
            # conflict rules that the noun is rejected (`rebuttals.refusing_cue`).
            first = min(c.i for c in verb.children if c.dep_ in ("aux", "neg"))
            found.append((rejection.model_copy(update={"cue": doc[first:verb.i + 1].text}),
                          doc.text.rfind(",", 0, span[0])))
    return found


# (d38) Verbs of accepting that, negated with no object in a clause hung on a statement
# noun, reject it: "..., a figure the trust does not recognise", "..., a figure the trust
# said it did not recognise" (`_refused_apposed`).
REFUSED_LEMMAS = frozenset({"recognise", "recognize", "accept"})


def _refused_apposed(verb: Token) -> tuple[Token, tuple[int, int]] | None:
    """(d38) "..., a figure the company said it did not recognise", "..., an account the
    council does not accept": a negated verb of accepting with no object, in a clause hung
    on a statement noun set after what was said (as `_apposed_statement_span` reads "a
    claim the company denies"), or in the reported clause of a verb of saying so hung.
    The teller (the verb whose subject speaks) and the noun phrase's span; else None. Not
    "the company did not recognise the union" (an object, no statement noun) nor "a figure
    the company said it would publish" (no refusal)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in REFUSED_LEMMAS or not _negated(verb) \
            or any(c.dep_ in OBJECT_DEPS or c.dep_ == "ccomp" for c in verb.children):
        return None
    teller = verb
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() == "say" and verb.head.i < verb.i:
        teller = verb.head
    span = _apposed_statement_span(teller)
    return (teller, span) if span else None


def _apposed_statement_span(verb: Token) -> tuple[int, int] | None:
    """(d19) "X says the readings were estimated for months, a claim the company denies":
    a rejecting verb with no object, in a clause hung on a statement noun set after what
    was said ("a claim", "an allegation", "a figure"), rejects that noun's statement. The
    span is the noun phrase alone; the conflict rules take it to point back at what was
    just said. The small model hangs the clause on the noun as a relative clause or an
    apposition."""
    head = verb.head
    if verb.dep_ not in ("relcl", "appos") or head.i >= verb.i or head.lower_ not in statement_nouns() \
            or any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return None
    phrase = [t for t in head.lefts if t.dep_ in ("det", "amod")] + [head]
    opening = phrase[0].i
    # Set after a clause by a comma: "It was a claim the company denied" tells of one.
    if opening == 0 or verb.doc[opening - 1].text != ",":
        return None
    return _bounds(phrase)


def _statement_object_span(verb: Token) -> tuple[int, int] | None:
    """(d19) The object of a doubting verb when its head noun names a statement ("questioned
    Street Watch's figure of 9,400 searches", "challenged the inspectors' findings"): a
    doubt cast on a person, a decision or an event ("questioned a suspect", "challenged
    the ruling") is no rejection of anything said, nor is one cast on a quantity of things
    ("questioned the number of officers at the march", `_quantity_of_things`)."""
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS and c.lower_ in statement_nouns()
               and not _quantity_of_things(c) and not _nobodys_event(c)]
    return _bounds([t for o in objects for t in o.subtree]) if objects else None


def _nobodys_event(noun: Token) -> bool:
    """(review r21) A noun that names an event or an assessment told of as well as a
    statement (`rebuttals.EVENT_NOUNS`: "the verdict", "the count", "the grade") neither
    owned, pointed at nor modified: "the defence will challenge the verdict at the Court of
    Appeal" is an appeal, as d19's "challenged the ruling" is; "challenged the jury's
    verdict", "questioned that count", "the official count" keep their statement, as the
    copula's subject does (`rebuttals._names_statement`)."""
    return noun.lower_ in EVENT_NOUNS and not any(
        c.dep_ in ("poss", "amod", "compound", "nmod")
        or c.dep_ == "det" and c.lower_ in DEMONSTRATIVES and c.lower_ != "the"
        for c in noun.children)


# Figure nouns that, before "of" and a noun, measure things rather than name a statement.
QUANTITY_NOUNS = frozenset({"number", "numbers", "amount", "amounts"})


def _quantity_of_things(noun: Token) -> bool:
    """"the number of police officers at the march", "the amount of money spent": a quantity
    of things, which a doubting verb questions as too many or too much, not a figure someone
    gave ("the union's number", "the figure of 140 missed calls") (review r19)."""
    if noun.lower_ not in QUANTITY_NOUNS or any(c.dep_ == "poss" for c in noun.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")
                                                              for g in c.children)
               for c in noun.children)


def _gerund(token: Token) -> bool:
    """A verb of a gerund clause: "receiving", "having seen", "being told"."""
    return token.tag_ == "VBG" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("having", "being")
                                      for c in token.children)


def _phrasal_span(verb: Token) -> tuple[int, int] | None:
    """(d10) "pushed back on the committee's conclusion": the object of the listed
    preposition after the particle "back" (t11: or after a bare object noun, "took issue
    with the union's cost figure"; d20: or one with its adjectives, "poured cold water on
    the campaigners' estimate"). An object with adjectives is an image also said of things
    ("poured cold water on the embers", "on hopes of a deal"): the preposition's object
    must then name a statement (`statement_nouns`)."""
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    particles = {c.lower_ for c in children if c.dep_ in ("prt", "advmod")
                 or c.dep_ in OBJECT_DEPS and not any(True for _ in c.children)}
    images = {" ".join(t.lower_ for t in c.subtree) for c in children
              if c.dep_ in OBJECT_DEPS and any(True for _ in c.children) and all(g.dep_ == "amod" for g in c.children)}
    for c in children:
        if c.dep_ != "prep":
            continue
        middles = {p for v, p, prep in phrasal_verbs() if lemma == v and c.lower_ == prep}
        objects = [o for o in c.children if o.dep_ == "pobj"]
        if middles & images:
            objects = [o for o in objects if o.lower_ in statement_nouns()]
        elif not middles & particles:
            continue
        if objects:
            return _bounds([t for o in objects for t in o.subtree])
    return None


def _labelled_span(verb: Token, text: str) -> tuple[int, int] | None:
    """'called the report inaccurate' / 'described the figure as misleading': the object
    and its complement, when the complement carries a rejecting word, or (d20) when the
    object names a statement and the complement judges it as a copula's would ('branded
    the 18,400 figure "pure spin"', `rebuttals.labels_a_statement`)."""
    # No object required: the small model often reads "the report inaccurate" as one
    # predicate noun phrase ("oprd") rather than an object and a complement.
    tokens = [t for c in verb.rights if c.dep_ not in ("punct", "cc", "conj") for t in _subtree_without_reasons(c)]
    if not tokens:
        return None
    bounds = _bounds(tokens)
    if bounds is None:
        return None
    span = text[bounds[0]:bounds[1]]
    return bounds if dispute_pattern().search(span) or labels_a_statement(span) and not _grounds_a_rejection(verb) \
        else None


def _grounds_a_rejection(verb: Token) -> bool:
    """(d20) A participle going on from a rejecting verb ("denied that Varga handed in a
    request, calling the reports 'an invention'"): its quoted label is that rejection's
    ground, already read as one (`conflicts._rebutting_participle`); taken as a rejection
    of its own, its object ("the reports") would be blanked from the sentence the main
    rejection is read by."""
    return verb.tag_ == "VBG" and any(a.lemma_.lower() in rejection_verbs() for a in verb.ancestors)


def _subtree_without_reasons(token: Token) -> list[Token]:
    """The subtree of `token` without the reason clauses below it (`REASON_DEPS`)."""
    if token.dep_ in REASON_DEPS:
        return []
    return [token] + [t for c in token.children for t in _subtree_without_reasons(c)]


def _bounds(tokens: list[Token]) -> tuple[int, int] | None:
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in ('"', "”", "’")):
        tokens.pop()
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
