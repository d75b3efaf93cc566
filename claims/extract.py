"""From a parsed article to its claims: attributed statements, sentences with figures,
and the outlet's own narration that the conflict rules can compare.

An attributed statement is a claim whose span is what was said; the figures inside it
make it `both`. Figures outside every statement make their sentence a `quantitative`
claim, so every figure of the article belongs to exactly one claim. A sentence that is
neither, told in the outlet's voice and stating a listed event, state, assessment or
rejection ("Talks broke down late on Sunday"), is a `narrated` claim whose speaker is
the outlet (`claims.narration`): outlets contradict each other in such sentences, and
parties dispute them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from claims.attribution import find_attributions
from claims.datelines import dateline_end, without_dateline
from claims.furniture import furniture_spans, without_furniture
from claims.models import Article, Attribution, Claim, ClaimKind, Quantity, stable_id
from claims.narration import narrated_spans
from claims.quantities import find_quantities
from claims.quotemarks import with_double_quotes
from claims.rejections import with_rejections
from claims.spans import SortedSpans

# Bump when extraction output changes, so cached results of older versions are not reused.
# 3: narrated claims; 4: narrated leading clauses; 5: ninth annotator round; 6: round r10;
# 7: rounds r11 (attribution) and c9 (opposites and claim nouns, read by narration);
# 8: round d10 (rejections of gerund clauses and by phrasal verb; more rebuttal words)
# 9: rounds t11 (rejections by "take issue with": a bare object noun as the particle) and
#    g11 (rates of a population, "per 100,000 residents": the base is no figure of its own)
# 10: a described body ("the regional energy board") is not the organisation named just
#     before when that one was called another kind or named only in a person's title
# 11: round s13 (speakers): a participle after a quote or after a noun's that-clause speaks for
#     the subject before it; a place NER tagged ORG is not "the group"; a name described
#     as a group is an organisation; and round x13 (accusations as the accuser's
#     statements: "accused X of Y", "charged that A", "claimed to have A")
# 12: a count whose verb happens "every day" / "daily" after it is a rate per day
# 13: round f18 speaker slips: a passive accusation's accuser without the of-phrase; "Org title
#     Person" is the person; a coordinated organisation name kept whole; "footage analysed
#     by X showed A" is a statement (of the material analysed by X); and a count whose
#     clause opens with its period ("Every day, 300 commuters ...") is a rate
#     also round d18: "did not dispute" / "never denied" reject nothing (cue exceptions), so a
#     sentence telling one is no narrated rejection; "countered" / "retorted" reject;
#     and round n18: a figure of a unit carries the rate after its material ("60 million
#     litres of drinking water a day"); after review, "a year ago" is no rate and only
#     material ("footage", "records") analysed by someone shows a finding; round v18:
#     the outlet's clause before a coordinated saying verb and a sentence dating its
#     event to a day of a month are narrated claims
# 14: round d19: "add up" is no reporting verb ("said the numbers did not add up" is a
#     statement); a doubting verb with a statement as object rejects it ("questioned the
#     group's figure"); "..., a claim the company denies" is the company's rejection and
#     ends the statement before it; "further from the truth" rejects (narration reads it)
#     round n19: a duration after a state ("will stay closed for ten days") measures the
#     subject in that state ("road closed"); a share after a fronted "Of the votes cast,"
#     is a share of it
# 15: review r19: a doubting verb's object that is a quantity of things ("questioned the
#     number of police officers at the march") is no statement rejected
# 16: round d20: rejections in reporters' forms ("rubbished", "poured cold water on", a
#     labelling verb with a statement as object); review r21: "rubbished" needs a
#     statement as object, a label must call it untrue, a doubting verb's "the verdict"
#     is nobody's statement
# 18: round w22: page furniture of scraped articles (bylines, time stamps, captions, credit
#     lines, share and link lines, correction notices, pull quotes) gives no claims
# 19: review r23: prose that looked like furniture is kept (a call to the reader with a
#     reporting verb, "This report was amended by ...", a "Town, Region -" dateline below the
#     head, a repeated quotation that goes on); more furniture (relative and reading-time
#     stamps, photo credits, gallery counters, "Editor's note:", "X contributed to this
#     report", credits "in <place>"); hard-wrapped paragraphs in web text keep their sentences
#     round d23: "denied bail by magistrates" is a refusal, no rejection
# 20: a link line ("READ MORE | ...", "Related: ...") loses its label only: the headline
#     after it is the outlet's claim
# 24: round f28 (review): "the regulator" is never a business; "the fire service" is not an
#     earlier "national weather service"; a subheading names no body; an hour of the day in
#     words ("at four in the morning", "seven o'clock") is no count
# 30: round s37: a share ("61% of patients ... reported") or a passively counted thing is
#     never a speaker
# 31: round f38: a natural feature's name ("the River Tessel") is never what "the company"
#     or "the council" means
# 32: round d38: "..., a figure the trust (said it) did not recognise" is a rejection of
#     the figure; rejecting phrases "out of context", "without merit", "not entirely accurate"
# 33: round a42: "the X and Y Hospitals Trust" is one organisation, not cut at its "and"
# 34: round g44: a name ending in a kind of body is that kind only ("University Staff Union"
#     is no university for "the university said")
# 35: round s46: the opening sentence's subject NER missed ("Corravale Trains has defended")
#     is the body a bare "the company" / "the operator" means, ahead of the most mentioned name
# 36: round o47: "the director" / "The chairwoman" with no name is the one person named
#     before with that job; "the authority's chief executive" is one holder, not a group
# 37: round a48: "Cllr"/"Insp" titles; a passive "was told" names no speaker; an offence
#     admitted or denied is a plea; continuations follow their attribution's final speaker;
#     a bare spokesman speaks for the body of the sentence before; "the paper" is the study;
#     "the force" is the police; a body named only inside a job is no last resort
# 38: round g48: a capitalised "Today" after an organisation's name ends an outlet's name
#     ("told Animal Welfare Today"); "Renewables" ends a company's name
# 39: round a49: a verb with no subject after an aside ("A, she said, and will run B")
#     continues the statement; a comma ends an accusation's of-phrase; "the pal" is the
#     friend described before; "A, the watchdog Aquacom said" parsed as a relative clause is
#     the name's statement of the clause before the comma; a bare "the forecaster" with no
#     forecaster named is the body quoted in its sentence or the one before
# 40: s50 - a capitalised name carrying a word of a body or service ("the Eastmoor line",
#     "Port of Kellby", "the Harrow Basin network"), which NER tags as a place, is a body
#     for "the operator" / "the port" / "the network" back-references
# 41: round e50 (40 is s50's): "told in writing that" is one statement; a body that reported
#     on "the association" is not the association; "said 81% of those who voted backed X"
#     is a clause
# 42: round k51: s50's place-named bodies skip product lines, hyphen halves and non-place words, and yield "the company" to the story's organisation
# 43: round g53: "the club" with no club described before it is the body named earlier in its
#     own sentence, not one described as a club further on
# 44: round e54: a speaker spelled with a capital only at a sentence's start is one speaker;
#     "Jo Roe" named in full when NER tagged only "Ms Roe"; "X, many of them from faults she
#     said ..." is one statement (a contact clause's he/she aside), no cut ends on "from"
# 45: round a54: a club's name says it is a club; a surname a person is addressed by is no
#     body; "X" alone is "X Athletic" beside "X Fans' Association"; "scheme" is a body's
#     kind; "Mr Justice X" is "the judge"; a rejection's "the force" is the body so called
# 46: round g57: "£6.2m." before a capitalised word ends the sentence; "longer than",
#     "beyond" and "shorter than" bound a figure
# 47: round y58: figures grouped or scaled with a no-break / narrow / thin space ("1\u00a0200",
#     "£4\u00a0m", "£4 m") read as one figure with its scale
# 48: round a59: "the company" never an authority, campaign, charity or ombudsman; "repeated
#     that" is speech
# 49: round g60: "Week", "Weekly", "Journal", "Digest", "Bulletin", "Daily" end a news
#     outlet's name: no fallback of "the union said" lands on a trade weekly quoted by name
#     (lead60: only as the name's last word)
# 50: round a60: "the charity" / "the campaign group" / "the company" is the nearest body of
#     that kind, never a body or unnamed description of another; "accused by one of X of"
#     ends the accuser before "of"; a role beside a person's name is that person
# 51: round a61: "X puts the figure at N" / "estimates the number at N" is X's statement; a body's name NER missed read across its "and";
#     a sentence's common first word glued to a name by NER is cut off ("Data X"); a title noun
#     alone ("the economic secretary") never joins the holder of another kind of it ("general secretary")
# 52: round g62: "N-year-olds" (plural) is an age, not a duration
# 53: round a62: a body whose name opens with a verb ("Keep Buses Running", "Save Our Parks")
#     is that body whole; "X, director of Keep Y Z, said" is X's statement
# 54: round a63: a name a company noun introduces ("the app X", "X, a delivery app,") is
#     "the company"; a name NER tags a place is never "the company"; "the group" is the body
#     a quoted person is "of" ahead of a panel or bank named since; a reporting clause before
#     a semicolon is its own statement, not the content of the verb after it
# 55: round s70: 'called that "nonsense"' is a naming statement; 'said it was "x" and had
#     opened ...' goes on after the quote; "add N to Y" is no cue; a survey "carried out by
#     X" and a report later called "X's report" are X's
# 56: round s71: a passive report heard inside another's reported clause ("said the firm
#     had been warned by X that A") is the reporter's; "puts the number at N and the cost
#     at M" is one estimate; pence ("at 82p") are a figure; "a spokesperson said" after a
#     name the tagger read as a plural noun speaks for it; "said the larger total
#     included payments" (subject and verb read as modifiers of an object) is a clause
# 57: round s72: "the department" after a minister spoke (no body quoted since) is the
#     minister's, not the body quoted before; a name in "of" after a job title in
#     apposition to a named person ("X, operations director of Y,") is a body
# 58: round s72: 'said it was "x" and would write to members' goes on after the quote
#     (a backshifted modal's reporting verb that reports nothing)
# 59: round s73: "A, according to X, even as B" carries A (with its subject where the
#     parser made A's verb a conjunct); a capitalised non-stop word tagged PRON is a name
# 60: round s75: an estimate's "at" phrase on a gerund in its object; a pronoun's
#     relative report inside another's reported clause is part of it; a name in close
#     apposition to an organisation noun is a body; an agentless passive before an aside
#     cue ("have been promised X, the company said, out of ...") is the cue's statement
# 61: round s74: a refusal's "but that B" is a statement; "to say that A and that B"
#     inside a report stays one; "A <Name> spokesperson" (the lone name NER tagged a
#     person) is the body
# 62: round s76 (61 is round s74's on main): the he/she of a quote's cue opening the
#     sentence after a named person's report says that person's sex (not after a
#     question or an honorific); "said A, while charging £N" keeps the participle (a
#     clause-only reporting verb without a that-clause is no act of the speaker); a body
#     the lede only describes is the one the next sentence names as its speaker
# 63: round s77: "X, which runs Y," and a one-word "person" only ever the first word of
#     a longer name are bodies; "said the review vindicated staff" is a clause; a passive
#     conjunct inside a report ("was told A but was assured B") stays in it
# 64: round s78: "X says A, in a report that ..." ends A at the comma, and the report is X's
# 65: round s79: "The Gazette asked the trust ... A spokeswoman said" speaks for the body asked
# 66: round s81: "A, X said, and its B" / "A, X said, up from N" stay in the statement
# 67: round s80: "the regulator" is the body named "...Regulation"; a verbless quote after a
#     report is its speaker's; "after finding that A" is the main verb's subject's
# 68: rounds s80 and s81 merged
# 69: round s82: "The review, by X for Y," names the review's author; "The chief inspector,
#     Name, said ... He said" sets the named person's sex
# 70: round s84: "The festival's organiser, Name Events, said" - a name ending in a plural
#     in apposition is a body
# 71: round s83: "A, X found, not the N Y had given" keeps the correction (and does not
#     negate the cue); an inspectorate is no "the council"; "X, the company's largest," is
#     not the company; of bodies named as often, one named only as a place is not "the company"
# 72: round s85: "Name Words, a campaign group set up by ...," is a body of that kind
# 73: lead: a known first name and a surname before ", a <kind> <org noun>" stay a person
# 74: lead (cr78): a title before a first name and a surname stays a person too
# 75: round s87: "The review found A" after a sentence telling of another review stays the
#     speaking review's
# 76: round s86: a conjunct opening with "not" is a correction, not a trailing "..., X said"
# 77: round s89: "the audit" is the auditor's report ("The report by X found A. The audit
#     also found B"); "X, the not-for-profit company that runs ..." types X a company
# 78: round s88: a sentence-opening common noun NER tagged ORG ("Hotel occupancy ...") is no
#     body ("The council said" took it)
# 79: round f81: a cueless quote whose owner the next words name ("Those were the words of
#     X", "came the reply from X") is X's, not the previous reporter's; "Regulatory Reform
#     Group" is no regulator
# 80: round s90: a name NER took for a person that ends in a plural ("X Returns") is a
#     body; "the theatre" is a body and "X Playhouse" one; "Y's director" in apposition
#     to a person makes Y the employer, no person a later "she" means
# 81: round f84: a one-word "person" with a spokesperson, staff or shares is a company;
#     "according to its report/budget book" is the body its sentence is about; "X, one
#     of the region's oldest theatres," types X, and a plural is no body's description
# 82: round w84: a share in words standing alone ("the cut was about a quarter", "closer
#     to a quarter", "More than half were caused by ...") is a percent
# 83: round s94: "A, according to X, but Y say B" leaves Y's coordinated cue out of X's
#     statement (X keeps A)
# 84: round f86: a surname after a title or in apposition to a role is no company
#     ("A spokesman for Merkel"); "according to its report" takes the nearest subject;
#     a bare share before a clock time, an ordinal or "not a <noun>" is no percent
# 85: round s93: "the regulator" is a body named "... Standards" (not one whose head noun
#     is a group, campaign, union ...: "Better Standards Group")
# 86: round s95: a name NER tagged ORG whose reported clause opens on her/his is a
#     person; a name in "of" right after a person's full name is that person's body
# 87: round f87: a bare "two tenths" ("the gap to the leader was two tenths") is no percent
# 88: round s87: a body named "X Networks" is a company; an estimate keeps its "including
#     ..."/"based on ..." tail; "X's own figures" are X's; "A, according to X, after B"
#     leaves the setting out; "said" + a noun phrase holding a figure is a statement
# 89: round s88: a form of address at a person mention's start ("Ms X" tagged whole by
#     NER) gives the mention its sex, as one before it does
# 90: round r90: "misreading" is a rejecting word (conflict_dispute_cues.txt), so
#     "calling the figure 'a misreading of ...'" is a rejection claim with its object
# 91: round q89: a subject that is itself a figure ("not the 84 million reported", a number
#     with a scale word or currency sign) is no speaker
# 92: lead: a labelling participle after a comma ("..., calling the figure 'a misreading'")
#     is the rejecter's, not the told clause's subject's
# 93: round a93: owned figures ("the council's counters", "the racecourse's accounts")
#     speak for their owner, "X's accounts show that A" states A, and "A, according to X,
#     against B" leaves B to the writer
# 94: round a97: a counting verb with a figure object and a body, document or job noun
#     subject ("Inspectors recorded 286 assaults", "The audit found 2,950 machines") states
#     the count, with the subject as speaker
# 95: fxN, organisation names cut short: an entity extended over the capitalised compound
# words before it ("Walk Free Ardlington"), an apostrophe inside a coordinated union's name
# ("The Screen and Venue Workers' Union")
# 96: a99, speakers across semicolons and corrections: "A, not the 1,800 the firm had
# reported." (the verb misparsed as the root) is no cue; a clause before a semicolon is not
# inside the statement of a verb after it with its own subject ("X said A; Y said B");
# a campaign's name opening with a listed verb (data/attribution_name_verbs.txt) kept whole
# ("Save Oxley Heath said", "Cut the Rent X puts ...", "Walk Free X")
# 97: a101, "said the average wait from booking to a service was nine days" (a noun read as
# a bare verb with the adjective as its subject) reads to the end of the finite clause; "A,
# she said, all of which ..." is one statement; "A, the charity that runs it said" speaks
# 98: a singular time word before a plural noun is no unit ("1,200 season tickets",
# "400 day visitors": counts, not durations)
EXTRACTOR_VERSION = "98"


def extract_claims(article: Article, doc: Doc) -> list[Claim]:
    """`doc` must be the parse of `article.text` (or of `parser_text(article.text)`);
    offsets of both are the same."""
    text = article.text  # Doc.text re-joins every token on each read
    attributions = with_rejections(doc, find_attributions(doc))
    quantities = find_quantities(doc)
    drafts: list[dict] = []
    claimed: set[int] = set()
    # (l58) a scan of every figure for each statement made a long article cost its length squared
    figure_spans = SortedSpans(range(len(quantities)), start=lambda i: quantities[i].start_char,
                               end=lambda i: quantities[i].end_char)
    for attribution in attributions:
        inside = sorted(figure_spans.inside(attribution.content_start, attribution.content_end))
        claimed.update(inside)
        drafts.append(_attributed_draft(text, attribution, [quantities[i] for i in inside]))
    by_sentence: dict[int, list[Quantity]] = {}
    for i, q in enumerate(quantities):
        if i in claimed:
            continue
        sentence = _sentence_span(doc, text, q.start_char, q.end_char)
        by_sentence.setdefault(sentence[0], []).append(q)
    for figures in by_sentence.values():
        start, end = _sentence_span(doc, text, figures[0].start_char, figures[-1].end_char)
        drafts.append(
            dict(kind=ClaimKind.QUANTITATIVE, start_char=start, end_char=end, quantities=figures)
        )
    taken = [(a.content_start, a.content_end) for a in attributions]
    taken += [(q.start_char, q.end_char) for q in quantities]
    # figures no statement holds: each makes its sentence a quantitative claim
    figures = [(q.start_char, q.end_char) for i, q in enumerate(quantities) if i not in claimed]
    for start, end in narrated_spans(doc, text, taken, figures):
        # (r50) the outlet speaks for itself: an organisation; an article id is no speaker's kind
        drafts.append(dict(kind=ClaimKind.NARRATED, start_char=start, end_char=end,
                           speaker=article.outlet or article.article_id,
                           speaker_kind="org" if article.outlet else None))
    furniture = furniture_spans(text)
    drafts = _outside_furniture(text, drafts, furniture)
    drafts.sort(key=lambda d: (d["start_char"], d["end_char"]))
    return _with_ids(article, doc, text, drafts, furniture)


def _outside_furniture(text: str, drafts: list[dict],
                       furniture: list[tuple[int, int]]) -> list[dict]:
    """Drafts cut back to the article's prose (`claims.furniture`): a claim that begins or
    ends in a furniture line keeps only its part outside it (a caption run into the next
    line's sentence), its figures inside the furniture are dropped, and a claim left with
    no words, or a figures-only claim left with no figure, is dropped."""
    if not furniture:
        return drafts
    kept = []
    for draft in drafts:
        start, end = _within_prose(text, draft["start_char"], draft["end_char"], furniture)
        if end <= start:
            continue
        figures = [q for q in draft.get("quantities") or []
                   if start <= q.start_char and q.end_char <= end
                   and not any(f_start <= q.start_char < f_end for f_start, f_end in furniture)]
        if draft["kind"] == ClaimKind.QUANTITATIVE and not figures:
            continue
        if draft.get("quantities") is not None:
            draft = dict(draft, quantities=figures)
            if draft["kind"] == ClaimKind.BOTH and not figures:
                draft["kind"] = ClaimKind.ATTRIBUTED
        kept.append(dict(draft, start_char=start, end_char=end))
    return kept


def _within_prose(text: str, start: int, end: int,
                  furniture: list[tuple[int, int]]) -> tuple[int, int]:
    """[start, end) with the furniture lines at either end cut off, line after line."""
    moved = True
    while moved and start < end:
        moved = False
        for f_start, f_end in furniture:
            if f_start <= start < f_end:
                start, moved = f_end, True
            if f_start < end <= f_end:
                end, moved = f_start, True
        start, end = _trim(text, start, end)
    return start, end


# Texts per nlp.pipe batch. A news article is already some 600 tokens, enough work per
# call; a batch of 32 articles made spaCy's working memory peak near 480 MB per process
# against about 190 MB for 4, at no measurable speed-up (bench/README.md).
PIPE_BATCH_SIZE = 4


def parser_text(text: str) -> str:
    """What the parser reads: page furniture (`claims.furniture`) and the dateline blanked
    and single-mark quotations in double marks, one character for one, so every offset is
    one into the stored text."""
    return with_double_quotes(without_dateline(without_furniture(text)))


def extract_batch(
    articles: Iterable[Article], nlp: Language, *, batch_size: int = PIPE_BATCH_SIZE,
    n_process: int = 1,
) -> Iterator[tuple[Article, list[Claim]]]:
    """Parses articles with `nlp.pipe`, so spaCy batches the work instead of one call per text.

    The parser sees each text as `parser_text` gives it (same offsets)."""
    pairs = ((parser_text(a.text), a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield article, extract_claims(article, doc)


def _attributed_draft(text: str, attribution: Attribution, figures: list[Quantity]) -> dict:
    start, end = _trim(text, attribution.content_start, attribution.content_end)
    return dict(
        kind=ClaimKind.BOTH if figures else ClaimKind.ATTRIBUTED,
        start_char=start,
        end_char=end,
        quantities=figures,
        speaker=attribution.speaker,
        speaker_mention=attribution.speaker_mention,
        speaker_role=attribution.speaker_role,
        speaker_kind=attribution.speaker_kind,
        cue=attribution.cue,
        is_quote=attribution.is_quote,
    )


def _with_ids(article: Article, doc: Doc, text: str, drafts: list[dict],
              furniture: list[tuple[int, int]] = ()) -> list[Claim]:
    """Ids hang on the article and the claim's words, not on offsets, so that editing one
    paragraph of an article leaves the other claims (and reviews of their conflicts) alone."""
    seen: Counter[str] = Counter()
    claims: list[Claim] = []
    for draft in drafts:
        start, end = draft["start_char"], draft["end_char"]
        claim_text = text[start:end]
        occurrence = seen[claim_text]
        seen[claim_text] += 1
        sent_start, sent_end = _within_prose(text, *_sentence_span(doc, text, start, end), furniture)
        if sent_end <= sent_start:
            sent_start, sent_end = start, end
        claims.append(
            Claim(
                claim_id=stable_id(article.article_id, claim_text, occurrence),
                article_id=article.article_id,
                text=claim_text,
                sentence=text[sent_start:sent_end],
                sentence_start=sent_start,
                **draft,
            )
        )
    return claims


def _sentence_span(doc: Doc, text: str, start: int, end: int) -> tuple[int, int]:
    """Character bounds of the sentences covering [start, end), trimmed of white space."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return _trim(text, start, end)
    first = span[0].sent
    last = span[-1].sent
    # a blanked dateline (see claims/datelines.py) is parsed as white space but is not
    return _trim(text, max(first.start_char, dateline_end(text) if first.start == 0 else 0),
                 last.end_char)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
