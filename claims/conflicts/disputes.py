"""Disputes: one party rejects another's claim or figure, linked to the claim it answers
(the figure in its sentence, or the other party's claim, earlier in the article or in
another article of the story)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache

from claims.conflicts.common import (
    NEAR_SCORE,
    REASON_PARTICIPLES,
    labelled_amount,
    ConflictSettings,
    _attributed,
    _before_claim,
    _conflict,
    _contradicted_party,
    _Judged,
    _names_match,
    _near_in_time,
    _quote_claim,
    _rejected_clause,
    _RelatedClaims,
    _Stories,
    _rejecter_first,
    _whose,
    claim_noun_pattern,
    document_nouns,
    document_source_pattern,
    owner_pattern,
)
from claims.conflicts.contradictions import APPROXIMATION, _opposite_words
from claims.conflicts.numeric import (
    COMPOUND_BEFORE,
    MEASURED,
    _significant_digits,
    _widen,
    measure_frame_stems,
    measure_stems,
)
from claims.conflicts.holders import same_body, without_short_form
from claims.conflicts.rival_comparatives import RivalComparative, rival_comparative
from claims.conflicts.told_claims import (ToldClaim, answers_apart, clause_auxiliaries, own_statements, told_claim,
                                          telling_verbs)
from claims.counters import dissent
from claims.lexicon import (
    NEGATOR,
    data_alternation,
    data_lines,
    data_sizes,
    data_words,
    declined_proposal_pattern,
    dispute_pattern,
    figure_noun_pattern,
    opposite_patterns,
    phrase_pattern,
    rejects,
    rejects_a_claim,
)
from claims import event_dates
from claims.memo import memoised_per_text, per_list_memo
from claims.models import Claim, ClaimKind, ClaimRef, Conflict, ConflictKind, Quantity
from claims.overlap import FUNCTION_WORDS, TopicIndex, background_weights, postings, topic_stems
from claims.rebuttals import (
    CORRECTED_FIGURE,
    SUM,
    amount_families,
    counted_thing,
    judged_amount,
    judges_a_statement,
    _faulted_subject,
    method_fault,
    method_figure_subject,
    only_true_figure,
    party_count_fault,
    party_count_parts,
    party_omission_parts,
    statement_nouns,
)
from claims.spans import SortedSpans
from claims.units import MONEY_UNITS

# Words more claims hold than this say little about which claim a rejection answers.
STORY_POSTINGS_CAP = 2000


# (d23) A rejection of a report as such ("called the report inaccurate"): an outlet's own
# sentence with a figure may be what is rejected.
OUTLETS_REPORT = re.compile(r"\b(?:reports?|reporting|article|story|stories)\b", re.IGNORECASE)


# A rejection opening on a demonstrative and a noun of what was said ("That claim is
# simply false", "This suggestion is absurd"): it points at the statement before it.
POINTING_BACK = re.compile(r"^[\W_]*(?:that|this|these|those)\s+([a-z]+)\b", re.IGNORECASE)


# A rejected clause of fewer rare words than this says too little to find its claim by.
CONTENT_MIN_STEMS = 2


# (u29) Past forms of reporting and finding verbs that `inflections` does not build.
IRREGULAR_REPORTING = ("said", "told", "found", "wrote", "shown", "thought")


@cache
def source_word_pattern() -> re.Pattern[str]:
    """A word telling that a sentence reports someone's statement or finding: the forms of
    the reporting, finding and publishing verbs ("estimated", "found", "compiled by"),
    "according to"."""
    words = [*data_lines("attribution_verbs.txt"), *data_lines("attribution_finding_verbs.txt"),
             *data_lines("attribution_publishing_verbs.txt"), "according to"]
    return phrase_pattern([*words, *IRREGULAR_REPORTING], fixed=frozenset(IRREGULAR_REPORTING))


def _states_a_claim(target: _Judged, rejection: _Judged, same_article: list[_Judged]) -> bool:
    """(u29) A target in the outlet's own voice in the rejection's article is rejected only
    when its sentence tells someone's claim: a reporting or finding verb ("..., the guild
    estimated", "a survey by the tenants' federation found", "reported a 14% rise"), a
    source ("according to three managers"), a document and its author. Plain narration
    ("In the town turnout was 38%.", "The line carries about 60,000 passengers a day")
    states no one's claim: a party disputing "the figures" answers whoever gave them, not
    the writer's background. In the rejection's own sentence only the words before the
    clause holding the rejection are read ("reported a 14% rise in sales, a figure that
    analysts said overstated growth": "reported", not the analysts' "said"). An attributed
    target, one of another article (the outlet's report is what another outlet's reader
    answers) or a `narrated` one (its speaker the outlet: a report of what was done or
    said; guarding those too lost a closed dispute found) passes, and so does any target of a
    rejection of news coverage ("called the report of cancelled crossings inaccurate", d23):
    the outlet's own report is then what is rejected."""
    claim = target.claim
    if claim.speaker is not None or claim.article_id != rejection.claim.article_id:
        return True
    if judged_amount(rejection.own_text) is not None or labelled_amount(rejection.claim, rejection.own_text) is not None:
        return True  # (d89) a fine or an offer told by the outlet is what is judged
    named = _method_named_figures(rejection)
    if named and _has_figure(claim, named):
        return True  # (j101) "The board's 11,400 counts only ...": the figure named by value, as the outlet gave it
    if definite_report_pattern().search(_reference_text(rejection, same_article)):
        return True
    return tells_a_claim(claim, rejection.claim) and not _opens_on(claim.sentence, rejection.claim.speaker)


# (u29) A sentence's opening of at most this many words, before its first comma and its
# reporting word, is read as the reporting verb's subject.
OPENING_SUBJECT_WORDS = 4


def _opens_on(sentence: str, speaker: str | None) -> bool:
    """(u29) The sentence's reporting verb has the speaker for subject: "K, whose firm
    agreed to buy the club, told about 300 supporters that he would put the promise in
    writing" is K's own statement, which K's "both figures were wrong" does not reject.
    Not "Patients will pay an extra £340 ... after drugmaker V raised its list price, the
    guild estimated" (its opening is no short subject)."""
    m = source_word_pattern().search(sentence)
    opening = sentence[:m.start()].split(",", 1)[0].split() if m else []
    return 0 < len(opening) <= OPENING_SUBJECT_WORDS and not topic_stems(" ".join(opening)).isdisjoint(
        topic_stems(speaker or ""))


def tells_a_claim(claim: Claim, rejection: Claim) -> bool:
    """(u29) The claim's sentence tells someone's claim (`_states_a_claim`), read up to the
    clause holding the rejection when that is in the sentence."""
    sentence = claim.sentence
    if _same_sentence(claim, rejection):
        before = rejection.start_char - claim.sentence_start
        sentence = re.sub(r"[^;:,]*$", "", sentence[:max(before, 0)])
    return bool(source_word_pattern().search(sentence) or document_source_pattern().search(sentence))


# When no other evidence names a rejection's target, a claim saying this share of the
# `dispute_content` bar of what was rejected is still taken for it.
WEAK_CONTENT_SHARE = 2 / 3


def own_words(claim: Claim, others: Sequence[Claim]) -> str:
    """The claim's text with the spans of other claims nested inside it blanked out:
    in "..., a figure that X said was exaggerated" the rejection is X's, not the outer
    speaker's.

    (b57) A claim holding no other claim (most claims) gets its own text back, the same
    object, not an equal copy: a copy per claim was ~35 MB on a store of 285,000 claims."""
    length = claim.end_char - claim.start_char
    nested = [
        other for other in others
        if other.claim_id != claim.claim_id
        and claim.start_char <= other.start_char
        and other.end_char <= claim.end_char
        and other.end_char - other.start_char < length
    ]
    if not nested:
        return claim.text
    chars = list(claim.text)
    for other in nested:
        for i in range(other.start_char - claim.start_char, other.end_char - claim.start_char):
            chars[i] = " "
    return "".join(chars)


def _drop_doubled_grounds(judged: list[_Judged], by_article: dict[str, list[ClaimRef]]) -> None:
    """(d10) A claim that is a rejection only as the ground of a rejecting main verb
    (`_rebutting_participle`) is no rejection when that verb's own rejection is a claim
    of the sentence already ("disputed that, saying visits had risen": "that" is the
    rejection; the ground is a statement, free to contradict what it answers)."""
    for j in judged:
        c = j.claim
        if not j.is_dispute or (c.cue or "").lower() not in REASON_PARTICIPLES:
            continue
        if rejects_a_claim(j.own_text) or judges_a_statement(j.own_text, _before_claim(c)) \
                or dispute_pattern().search(c.cue or "") or _contradicted_party(c):
            continue
        j.ground = True
        if any(o.claim.claim_id != c.claim_id and o.claim.speaker == c.speaker and _same_sentence(o.claim, c)
               and dispute_pattern().search(o.claim.cue or "") for o in by_article[c.article_id]):
            j.is_dispute = False


# (e62) A counter-statement's score: a restatement negated or set "in fact" otherwise is
# weaker evidence of a rejection than a rejecting word.
COUNTER_SCORE = 0.6


def find_disputes(
    judged: list[_Judged], related: _RelatedClaims, stories: _Stories, settings: ConflictSettings
) -> Iterable[Conflict]:
    by_article: dict[str, list[_Judged]] = defaultdict(list)
    for j in judged:
        by_article[j.claim.article_id].append(j)
    disputes = [j for j in judged if j.is_dispute or j.counter]  # (e62) counter-statements too
    if not disputes:
        return
    # (t89) Each rejecter's own side, named by its speaker's role ("the union's organiser",
    # "Its chair"): no claim of that side is its target (`_of_rejecter_side`).
    bodies_of: dict[str, _Bodies] = {}

    def bodies_in(article_id: str) -> _Bodies:
        if article_id not in bodies_of:
            bodies_of[article_id] = _Bodies(by_article[article_id])
        return bodies_of[article_id]

    for dispute in disputes:
        dispute.side = _rejecter_side(dispute, lambda: bodies_in(dispute.claim.article_id))
    keys_of: dict[int, frozenset[tuple[int, int]]] = {}

    def assessment_keys(j: _Judged) -> frozenset[tuple[int, int]]:
        if j.index not in keys_of:
            keys_of[j.index] = _assessment_keys(j.own_text)
        return keys_of[j.index]

    # Claims of other articles of the story are reached through the words they share with
    # a rejection (its words, or the party it names), rarest first, not by scanning the
    # whole story: a story told by hundreds of articles would make that quadratic.
    by_text = postings([j.text_stems for j in judged], cap=STORY_POSTINGS_CAP)
    by_voice = postings([j.voice for j in judged], cap=STORY_POSTINGS_CAP)
    article_of = [j.claim.article_id for j in judged]
    found_for: dict[int, list[tuple[_Judged, str, float]]] = {}
    # (b53) What the scans of a story below read of each of its articles, read once per
    # article: every rejection of a story told by many articles scanned all their claims
    # (and, for officers, each claim's article again), which grows with the story's square.
    officers_of: dict[str, list[tuple[_Judged, _Judged]]] = {}
    assessing_of: dict[str, list[_Judged]] = {}

    def officers_in(article_id: str) -> list[tuple[_Judged, _Judged]]:
        if article_id not in officers_of:
            told = by_article[article_id]
            bodies = _Bodies(told)
            officers_of[article_id] = [(j, body) for j in told if (body := _officer_body(j, told, bodies)) is not None]
        return officers_of[article_id]

    def assessing_in(article_id: str) -> list[_Judged]:
        if article_id not in assessing_of:
            assessing_of[article_id] = [j for j in by_article[article_id] if assessment_keys(j)]
        return assessing_of[article_id]

    def targets_of(dispute: _Judged) -> list[tuple[_Judged, str, float]]:
        if dispute.index in found_for:
            return found_for[dispute.index]
        if dispute.counter and dispute.answers is not None:
            # (e62) a counter-statement answers the claim it restates, found in recognising it
            found_for[dispute.index] = [(dispute.answers, "the claim of", COUNTER_SCORE)]
            return found_for[dispute.index]
        article_id = dispute.claim.article_id
        # Articles loosely of the story (short ones share few words) are searched too, for
        # a target named by strong evidence only: its owner, its figure, its content.
        # (d64) Not articles told apart from the rejection's (`_Stories.told_apart`, only
        # loosely of one story and with no close partner in common): two
        # councils' repair bills in one template are two stories, and one council's
        # rejection answers nothing the other's article says.
        story_articles = {other for other in stories.related(article_id, min(settings.loose_story, settings.same_story))
                          if other != article_id
                          and not stories.told_apart(article_id, other, below=stories.loose_floor, unshared=True)}
        told = told_claim(dispute.own_text)
        if told is not None and not answers_apart(told):
            # (t72) A rejection telling what it rejects ("For months the company told the
            # public that riders earn £14.20 an hour. That was never true.") answers a telling
            # that may be months older than the story's window: the articles of its story
            # published before it, up to `replaced_days`, are searched too. Only
            # `_told_target` reads them (the clause must be said; no owner, figure or word
            # overlap takes a claim there).
            story_articles.update(other for other in stories.told_before(article_id, settings.loose_story,
                                                                         settings.replaced_days)
                                  if not stories.told_apart(article_id, other, below=stories.loose_floor,
                                                            unshared=True))
        reference_text = _reference_text(dispute, by_article[article_id])
        hits: dict[int, None] = {}
        named = _owner_stems(reference_text) | _accused_party(dispute.own_text) \
            | topic_stems(_contradicted_party(dispute.claim) or "")
        for table, stems in ((by_voice, named), (by_text, topic_stems(reference_text))):
            for s in sorted((s for s in stems if s in table), key=lambda s: (len(table[s]), s)):
                if len(hits) >= settings.dispute_story_cap:
                    break
                hits.update((i, None) for i in table[s] if article_of[i] in story_articles)
        if named:
            # (t48) "Its chief executive, Mira Osei, said ...": an officer of the named
            # party, whose own voice does not name it (`_officer_of`).
            for other_id in sorted(story_articles):
                hits.update((j.index, None) for j, body in officers_in(other_id)
                            if _names_match(named, _principal_voice(body)))
        clause = _rejected_clause(dispute)
        keys = _assessment_keys(clause) if clause else frozenset()
        if keys:
            # A rejection in other words than the claim's ("a report of delays" / "likely to
            # slip"): the story's claims making an assessment of the same row and side.
            for other_id in sorted(story_articles):
                hits.update((j.index, None) for j in assessing_in(other_id)
                            if keys & assessment_keys(j))
        repeated = [q for q in _rejected_figures(dispute, by_article[article_id]) if _distinctive(q)]
        if repeated:
            # (d18) "any suggestion that 300 posts will go is false" shares no word with "up
            # to 300 jobs are at risk" (a number is no topic word): the claims of the
            # story's articles holding a figure the rejection's sentence repeats; (d20)
            # of those loosely related too, a distinctive figure being the strong evidence
            # a loose article is searched for ('branded the 18,400 figure "pure spin"' in a
            # short article sharing few words with the club's); (review r21) there, only a
            # figure told apart by its digits (`_told_apart`), not "200" or "two-thirds".
            loosely_repeated = [q for q in repeated if _told_apart(q)]
            for other_id in sorted(story_articles):
                figures = repeated if stories.score(article_id, other_id) >= settings.same_story else loosely_repeated
                if figures:
                    hits.update((j.index, None) for j in by_article[other_id] if _has_figure(j.claim, figures))
        accused = _full_name(dispute.claim.speaker or "") if accusation_pattern().search(dispute.own_text) else None
        if accused:
            # (t12) "Kelby Zoo said the allegations made against it were baseless" shares no
            # word with what it was accused of: the story's claims whose sentence accuses
            # the denier ("Wildguard has accused Kelby Zoo of neglecting its elephants,
            # saying keepers left ...").
            for other_id in sorted(story_articles):
                hits.update((j.index, None) for j in by_article[other_id] if _accuses_before(j.claim, accused))
        story = [judged[i] for i in sorted(hits) if stories.score(article_id, article_of[i]) >= settings.same_story]
        loose = [judged[i] for i in sorted(hits) if stories.score(article_id, article_of[i]) < settings.same_story]
        found_for[dispute.index] = _dispute_targets(dispute, by_article[article_id], story, related, settings,
                                                    loose, assessment_keys,
                                                    story_score=lambda other: stories.score(article_id, other),
                                                    kept_apart=lambda other: stories.told_apart(
                                                        article_id, other, below=stories.loose_floor, unshared=True))
        return found_for[dispute.index]

    for dispute in disputes:
        # (t11) "Those numbers do not reflect our records" right after "the airport said the
        # residents' figures were inaccurate": a demonstrative pointing back at a rejection
        # points at what that rejection rejects.
        pointed = _pointed_rejection(dispute, by_article[dispute.claim.article_id])
        if pointed is not None and _continues_rejection(dispute.own_text) \
                and any(stories.score(dispute.claim.article_id, t.claim.article_id) > 0 for t, _, _ in targets_of(dispute)):
            # (t12) A rejection going on from its party's last one ("The figures published
            # yesterday are simply wrong") keeps its own target when that is of its story.
            pointed = None
        # (f38) ... unless that target is the rejecter's own: "That was false," the
        # campaigner said of the company's line; "The company rejected that" rejects the
        # campaigner, not its own line, and is read as a rejection of its own.
        targets = [(t, how, min(score, POINTED_SCORE)) for t, how, score in targets_of(pointed)
                   if not _own_side(dispute, t)] if pointed is not None else []
        answered = _answered_rejection(dispute, by_article[dispute.claim.article_id])
        if answered is not None:
            # (j108) "who chairs the alliance, said that was nonsense" after the other
            # side's "the alliance's count was simply wrong": that rejection is the target,
            # and so are the targets found otherwise that are that rejecter's own words (its
            # ground quoted after it: "A flight that was due at ten ... ," he said), not its
            # own side's figure.
            kept = [(t, how, score) for t, how, score in (targets or targets_of(dispute))
                    if t.index != answered.index and t.claim.speaker == answered.claim.speaker]
            targets, pointed = [(answered, "the claim of", POINTED_SCORE), *kept], None
        declines, names_a_figure = _declines_a_proposal(dispute), _names_a_figure(dispute)
        # (h70) ... and so does a decision on a claim for money ("rejected nine in ten claims").
        declines = declines or _decides_a_filed_claim(dispute, by_article[dispute.claim.article_id])
        for target, how, score in _counted_first(dispute, targets or targets_of(dispute)):
            if declines and not _granting_pattern().search(target.claim.text):
                # (u40) The cue declines a thing put forward and rejects no claim; it
                # opposes only a claim telling that thing accepted.
                continue
            if names_a_figure and not _tells_a_figure(target.claim) and not target.is_dispute \
                    and any(map(_figures_told, (by_article[dispute.claim.article_id],
                                                by_article[target.claim.article_id]))):
                continue  # (u40) a rejection of a figure answers no claim giving none, (d93) but
                # may answer another's rejection of it ("The company told us our figures were
                # wrong. The auditor found they were right" / "the group's figure was wrong")
            if _holds(target.claim, dispute.claim):
                continue  # (e54) the rejection is told inside the target's own words
            if _tells_own_method(dispute, target, by_article[dispute.claim.article_id]):
                continue  # (j101) a party telling how its own figure was made disputes nothing
            if _counts_elsewhere(dispute, target):
                continue  # (q108) a party's wrong count answers that party or what it counted
            if _accuses_another(target.claim, pointed or dispute):
                continue  # (x13) the pointed-at rejection's party is the one accused
            if stories.named_apart(target.claim.article_id, dispute.claim.article_id) \
                    or stories.told_apart(target.claim.article_id, dispute.claim.article_id,
                                          below=stories.loose_floor, unshared=True) \
                    or not stories.evidenced(target.claim.article_id, dispute.claim.article_id):
                continue  # two stories, reached through the claims' words alone (lead, 13th; d64; k87)
            if not _states_a_claim(target, dispute, by_article[dispute.claim.article_id]):
                continue  # (u29) the outlet's plain narration is no one's claim to reject
            yield _conflict(
                ConflictKind.DISPUTE, target.ref, dispute.ref, score,
                f"{_rejecter_first(dispute.ref)} rejects {_whose(_REJECTED_NOUN.get(how, 'claim'), target.ref)}: "
                f"{_quote_claim(dispute.claim)} against {_quote_claim(target.claim)}",
            )


# (y58) What a rejection rejects, by the kind of target the finder chose, in a reason a
# reader who never saw the code understands ("the preceding claim of" was jargon).
_REJECTED_NOUN = {
    "the claim of": "claim", "the figure of": "figure", "the preceding claim of": "claim before it",
    "the accusation of": "accusation", "the allegation of": "allegation", "the words of": "words",
    "the assessment of": "assessment",
}


def _holds(outer: Claim, inner: Claim) -> bool:
    """(e54) "Papers show that [the engineer warned that [the bridge design was
    "unsafe"]]": a claim nested inside another of the same sentence is part of what that
    claim tells, no answer to it; read as a dispute it was the strongest of a report (0.95)
    and set a party against the source that reports it. Only a reported claim that is the
    report of the inner speaker's words (it opens on that speaker's mention) holds another
    so: "it would cost $5m, a figure that the mayor said was exaggerated" holds a rejection
    beside what it rejects, as does a sentence read for its figures ("X reported a 14%
    rise, a figure analysts said overstated growth")."""
    mention = (inner.speaker_mention or "").strip().lower()
    return outer.kind in {ClaimKind.ATTRIBUTED, ClaimKind.BOTH} and bool(mention) and \
        outer.text.lower().startswith(mention) and \
        outer.article_id == inner.article_id and outer is not inner and \
        outer.start_char <= inner.start_char and inner.end_char <= outer.end_char


# (d18) A figure below this ("three plants", "two years") is too common to tell which
# claim of a story a rejection repeating it answers.
DISTINCTIVE_FIGURE = 10


def _distinctive(figure: Quantity) -> bool:
    """A figure telling which claim a rejection repeating it answers: one of `DISTINCTIVE_FIGURE`
    or more, or (d20) a fraction of two significant digits or more ("38p", read as £0.38;
    "2.35%"), which no two claims share by chance as they share "two" or "0.5". (review r21)
    Not a fraction of one significant digit ("5p", £0.05) nor a quarter ("a 0.25-point
    rise", "0.75%"): every story of fares or rates has them."""
    value = figure.value
    if abs(value) >= DISTINCTIVE_FIGURE:
        return True
    return round(value, 1) != value and (value * 4) % 1 != 0 and _significant_digits(figure.surface) >= 2


def _told_apart(figure: Quantity) -> bool:
    """(review r21) A figure written with three significant digits or more ("18,400",
    "£2.35", "142 million"): strong enough to reach an article only loosely of the story.
    A round figure ("200", "1,000", "4,500"), a short fraction ("38p") or a share in words
    ("two-thirds") is met by chance in any article of the same town or trade."""
    return _significant_digits(figure.surface) >= 3


# A rejection pointing back at another rejection scores no higher than this: the
# demonstrative is one step further from the claim than a named owner or figure.
POINTED_SCORE = 0.8


def _pointed_rejection(dispute: _Judged, same_article: Sequence[_Judged]) -> _Judged | None:
    """(t11) The rejection a rejection points back at: its own words open on a
    demonstrative and a noun of what was said ("Those numbers ...", "These accusations are
    categorically untrue", "disputed that"), and the claim said last before it, in its
    sentence or the one before, is a rejection itself (not the ground of one). What was
    just said is then that rejection, and the demonstrative names what it rejected; a
    demonstrative after a statement points at the statement (`_points_back`)."""
    claim = dispute.claim
    pointing = _points_back(dispute.own_text, _before_claim(claim)) or _points_at_accusation(dispute.own_text) \
        or _names_coverage(dispute.own_text)
    continuing = not pointing and _continues_rejection(dispute.own_text)
    if not pointing and not continuing:
        return None
    before = [j for j in same_article if j.claim.start_char < claim.start_char
              and not (j.claim.end_char >= claim.end_char)]
    if not before:
        return None
    last = _latest(before)
    if last.ground and _names_coverage(dispute.own_text):
        # (t12) '... denied the report, saying no decision had been taken. "That story is
        # speculation," its chief executive said': news coverage pointed at is what the
        # rejection of coverage just before rejected, not that rejection's ground (a
        # statement of the denier's side, however its spokesman is named).
        last = _grounded_rejection(last, before) or last
    if not last.is_dispute or last.ground or _sentences_apart(last.claim, claim) > 1:
        return None
    # The same voice goes on ("Dornvale District Council" denied, "a council spokesman" said).
    if continuing and not (dispute.voice and last.voice and _names_match(dispute.voice, last.voice)) \
            and not (_described_only(dispute.claim.speaker)
                     and not _owner_rejected_by(dispute.claim.speaker, last.own_text)):
        return None
    return last


def _answered_rejection(dispute: _Judged, same_article: Sequence[_Judged]) -> _Judged | None:
    """(j108) A rejection answering a rejection of its own side's claim: 'Ranulph Harkwell
    said the alliance's count was "simply wrong". "A flight that was due at ten ... ," he
    said. Sidony Grenvane, who chairs the alliance, said that was "nonsense".' The pointer
    ("that was", `_points_back`) is aimed at the rejection just before (or before that
    rejecter's own words following it, in the next sentence), and that rejection names the
    rejecter's side (`_Judged.side`: "the alliance's chair", "Its chair", "who chairs the
    alliance") or the rejecter as the owner of what it rejects ("the alliance's count",
    `_owner_stems`). What the rejecter calls nonsense is then the other side's rejection,
    not its own side's figure. None otherwise."""
    claim = dispute.claim
    if not dispute.is_dispute or not _points_back(dispute.own_text, _before_claim(claim)):
        return None
    before = sorted((j for j in same_article if j.claim.start_char < claim.start_char
                     and j.claim.end_char < claim.end_char), key=lambda j: (j.claim.start_char, -j.index))
    if not before or _sentences_apart(before[-1].claim, claim) > 1:
        return None
    rejection = None
    for j in reversed(before):
        if j.is_dispute and not j.ground:
            rejection = j
            break
        if j.claim.speaker is None or j.claim.speaker == claim.speaker:
            return None
    if rejection is None or rejection.claim.speaker in (None, claim.speaker):
        return None
    later = [j for j in before if j.claim.start_char > rejection.claim.start_char
             and j.claim.sentence_start != rejection.claim.sentence_start]
    if any(j.claim.speaker != rejection.claim.speaker for j in later):
        return None  # another voice in between: the pointer is not aimed at that rejection
    if later and (_sentences_apart(rejection.claim, later[0].claim) > 1
                  or len({j.claim.sentence_start for j in later}) > 1):
        return None  # the rejecter's own words: one sentence, right after its rejection
    reference = _reference_text(rejection, list(same_article))
    owner = _owner_stems(reference) or _attributive_owner(reference, _rank_side(claim))
    return rejection if owner and _names_match(owner, dispute.side | dispute.voice) else None


def _described_only(speaker: str | None) -> bool:
    """(d18) A speaker named by a common noun only ("the company", "a spokeswoman"): after
    "Hollin Bakeries has rejected the union's accusations", "the company said the
    allegations were 'without foundation'" is that party going on, however its name is
    spelled; a named speaker is another party unless the names match."""
    words = (speaker or "").split()
    return bool(words) and words[0].lower() in ("the", "a", "an") and not any(w[:1].isupper() for w in words[1:])


def _owner_rejected_by(speaker: str | None, rejection: str) -> bool:
    """The described speaker ("the union") is the owner of what the rejection before
    rejected ("denied the union's claim that it had cut pay"): the other side of the row
    speaking next, not the rejecting party going on."""
    words = (speaker or "").split()
    return bool(words) and re.search(rf"\b{re.escape(words[-1].lower())}['’]s?\b", rejection.lower()) is not None


# A rejection's own words opening on a definite noun ("The figures published yesterday
# are simply wrong").
DEFINITE_NOUN = re.compile(r"^[\W_]*the\s+([a-z]+)\b", re.IGNORECASE)


def _continues_rejection(own_text: str) -> bool:
    """(t12) "The figures published yesterday are simply wrong", said by the party that
    has just "denied the report that its new stadium would cost almost twice its
    budget": a definite statement or report noun with no owner opening a rejection goes
    on rejecting what that party's rejection just before it rejected (the caller checks
    the voice); with an owner ("the union's figures") it names its own target."""
    m = DEFINITE_NOUN.match(own_text)
    if not m or _owner_stems(own_text[:60]):
        return False
    noun = m.group(1).lower()
    return noun in statement_nouns() or noun in data_lines("conflict_report_nouns.txt")


def _names_coverage(own_text: str) -> bool:
    """"That story", "these reports": the rejection points at news coverage."""
    return any(m.group(1).lower() in data_lines("conflict_report_nouns.txt")
               for m in DEMONSTRATIVE_NOUN.finditer(own_text))


def _grounded_rejection(ground: _Judged, before: Sequence[_Judged]) -> _Judged | None:
    """The rejection of news coverage whose ground `ground` is ("denied the report,
    saying no decision had been taken"): the last rejection of its sentence before it."""
    rejecting = [j for j in before if j.is_dispute and not j.ground and _same_sentence(j.claim, ground.claim)
                 and j.claim.start_char < ground.claim.start_char
                 and definite_report_pattern().search(_before_claim(j.claim)[-20:] + " " + j.own_text)]
    return _latest(rejecting) if rejecting else None


def _points_at_accusation(own_text: str) -> bool:
    """"These accusations are untrue", "such allegations": a demonstrative and a noun of
    what a party is accused of (conflict_accusation_nouns.txt)."""
    return any(accusation_pattern().fullmatch(m.group(1)) or accusation_pattern().fullmatch(m.group(1).rstrip("s"))
               for m in DEMONSTRATIVE_NOUN.finditer(own_text))


def _named_figure_target(dispute: _Judged, same_article: Sequence[_Judged],
                         same_story: Sequence[_Judged]) -> _Judged | None:
    """(h70) A rejection naming the figure it rejects by its digits ("the members' group's
    figure of 85,000 was 'not supported by the records'", "dismissed the union's estimate
    of 2,400 as guesswork"): its target is another party's claim telling that figure, the
    last before it in its own article, else the first told in the story's articles before
    it (a correction of another figure, "the true figure was 85,000, not 62,000", is such
    a claim too). Not in an article only loosely of the story: there the figure steps of
    d20 rank the claims ("23,700" of a club's attendance, not of a council's households). Round h70's rejection was aimed by its owner's words at two claims
    giving other figures. None when no such claim is told, or the figure is no distinctive
    one (`_distinctive`: "its figure of 12" may be anyone's), or the figure is the one the
    rejecter sets up as true ("the real number is well over 700": d60's correction)."""
    claim = dispute.claim
    figures = [q for q in _named_figures(dispute) if _distinctive(q)]
    if not figures:
        return None

    def telling(j: _Judged) -> bool:
        other = j.claim
        inside = other.article_id == claim.article_id and other.start_char <= claim.start_char < other.end_char
        return j.index != dispute.index and not inside and not _own_side(dispute, j) and _has_figure(other, figures)

    before = [j for j in same_article if j.claim.start_char < claim.start_char and telling(j)]
    if before:
        return max(before, key=lambda j: j.claim.start_char)
    told = [j for j in same_story if j.claim.article_id != claim.article_id and telling(j)]
    if told:
        return min(told, key=lambda j: (str(j.ref.published or "9999"), j.claim.article_id, j.claim.start_char))
    return None


def _tells_own_method(dispute: _Judged, target: _Judged, same_article: Sequence[_Judged]) -> bool:
    """(j101) A rejection by a figure's method (`rebuttals.method_fault`) aimed at a claim of
    its own side (`_own_side`): the party telling how its own figure was made ("the 37
    included 25 people who walked in the next day", the hospital of its own 37). A figure
    named by value with no owner ("the 37") is the rejecter's own also when the two voices
    share a name ("The hospital" / "Sallowmere General Hospital"). (q108) So too a party
    charged with counting wrongly (`rebuttals.party_count_fault`) aimed at its own side,
    also when the rejecter is the body's "Its secretary" (`_of_named_side`: "The Walkers'
    Society said 8,400 ... Its secretary said the society counts every walker ... as one")."""
    before = _before_claim(dispute.claim)
    if not dispute.ground or not (method_fault(dispute.own_text, before)
                                  or party_count_fault(dispute.own_text, before, dispute.claim.speaker)):
        return False
    if _own_side(dispute, target) or _of_named_side(dispute, target, same_article):
        return True
    return bool(_method_named_figures(dispute)) and _names_match(dispute.voice, target.voice)


def _counts_elsewhere(dispute: _Judged, target: _Judged) -> bool:
    """(q108) A rejection only by charging a party with counting wrongly
    (`rebuttals.party_count_fault`: "the council had counted some academies twice", "the
    regulator had counted comments left in the visitors' book as complaints") answers a
    claim of that party (its voice naming the counter) or a claim of the things counted
    (sharing a stem with the verb's object or label: "the council had logged 73
    complaints"), not another figure of the story (the first run aimed a third of these
    charges at the counter's other figures or at third parties: "a 6% rise", "the
    embankment's repair cost"). j101's and d44's readings keep their own targets."""
    if not dispute.ground:
        return False
    text, before = dispute.own_text, _before_claim(dispute.claim)
    if method_fault(text, before) or _faulted_subject(text):
        return False
    parts = party_count_parts(text, before, dispute.claim.speaker)
    if parts is None:
        return False
    counter, counted = parts
    # (d112) A party charged with leaving things out (`rebuttals.party_omission_fault`: "the
    # trust had left out school bookings") faults that party's figure: it answers a claim of
    # that party (its voice naming the party), giving a figure or rejecting the charge; not
    # a claim that only shares a word with what was left out (the first run aimed "the
    # company leaves out the cost of the poles and the crews" at the company's "26 build
    # crews", and "the force leaves out 2,700 vehicle searches" at what the searches found),
    # nor a plain statement of the party's plans or acts.
    if parts == party_omission_parts(text, before, dispute.claim.speaker):
        return not _names_match(topic_stems(counter), target.voice) \
            or not target.is_dispute and not _tells_a_figure(target.claim)
    if _names_match(topic_stems(counter), target.voice):
        return False
    return topic_stems(counted).isdisjoint(target.text_stems)


def _counted_first(dispute: _Judged, targets: Sequence[tuple[_Judged, str, float]]) -> list[tuple[_Judged, str, float]]:
    """(fxZ) A rejection by a counting fault (`rebuttals.counted_thing`: "the group's figure
    counts every bag on a verge as a separate incident", "saying it counted routine vehicle
    checks as searches") answers the figure of the thing counted: when some of its targets
    name that thing ("had logged about 6,500 incidents"), the targets that do not (the same
    group's "12 cameras, not 40") are dropped. Targets that are rejections themselves stay."""
    targets = list(targets)
    if not dispute.ground:
        return targets
    thing = counted_thing(dispute.own_text, _before_claim(dispute.claim), dispute.claim.speaker)
    stems = topic_stems(thing) if thing else frozenset()
    if not stems:
        return targets
    naming = [not t.is_dispute and not stems.isdisjoint(t.text_stems) for t, _, _ in targets]
    if not any(naming):
        # Dropping every target then (tried) lost r104's rider/visits pair and g80's
        # 3.4 million: the thing counted is often told in other words.
        return targets
    return [x for x, named in zip(targets, naming) if named or x[0].is_dispute]


def _method_named_figures(dispute: _Judged) -> list[Quantity]:
    """(j101) The figures of a rejection faulting a figure's method that names it by value
    ("the 164 included movements of the company's own vans", "the board's 11,400 counts only
    ...", `rebuttals.method_figure_subject`): what is rejected, so its target must give it."""
    subject = method_figure_subject(dispute.own_text, _before_claim(dispute.claim))
    if subject is None:
        return []
    words = _figure_words(subject)
    return [q for q in dispute.claim.quantities if q.value is not None and q.surface
            and not words.isdisjoint(_figure_words(q.surface))]


def _named_figures(dispute: _Judged, after_only: bool = False) -> list[Quantity]:
    """(h70) The figures of the rejection's claim it names by a figure noun ("the members'
    group's figure of 85,000", "the office's own figure of 4%"; with `after_only`, (d95)
    only a figure after the noun and "of": "denies 12 counts of fraud" names no figure),
    when they are what is rejected: not the figure the rejecter sets up as true ("The real
    number is well over 700": the rejecter's own figure, d60)."""
    text = dispute.own_text
    if not (figure_noun_pattern().search(text) or (not after_only and quoted_figure_pattern().search(text))) \
            or CORRECTED_FIGURE.match(text) or only_true_figure(text):
        return []
    named = _figure_words(" ".join(_named_figure_words(text, after_only)))
    return [q for q in dispute.claim.quantities if q.value is not None and q.surface
            and not named.isdisjoint(_figure_words(q.surface))]


# (h70) The figure a figure noun names: right after it with "of" ("its figure of 85,000",
# "the estimate of about £640m") or right before it ("the 18,400 figure").
NAMED_AFTER = re.compile(r"\s+of\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|just\s+(?:over|under))\s+)?"
                         r"([£$€]?\d[\d,.]*)")
NAMED_BEFORE = re.compile(r"([£$€]?\d[\d,.]*)[a-z%]*\s+$", re.IGNORECASE)


def _named_figure_words(text: str, after_only: bool = False) -> list[str]:
    """(h70) The figures `text` names by a figure noun (`NAMED_AFTER`, `NAMED_BEFORE`; with
    `after_only` the first only), as written; not a figure of a reason told after
    ("misleading because it included 900 seated tickets"). (d101) Also, unless `after_only`,
    the figure of a noun phrase saying another party gave it (`quoted_figure_words`)."""
    found = []
    for m in figure_noun_pattern().finditer(text):
        after = NAMED_AFTER.match(text, m.end())
        before = None if after_only else NAMED_BEFORE.search(text[:m.start()])
        found += [f.group(1) for f in (after, before) if f]
    if not after_only:
        found += quoted_figure_words(text)
    return found


@cache
def quoted_figure_pattern() -> re.Pattern[str]:
    """(d101) A figure opening a noun phrase whose relative clause says a party gave it: "the
    £640,000 surplus the charity had quoted", "The 18 days the group quotes", "the 2,300
    members that the union claims": the figure, one to three words of what it counts, an
    optional "that"/"which", a definite or possessive party of one to four words, and a verb
    of `dispute_figure_quoting_verbs.txt` (after "had"/"has"/"have" at most)."""
    verbs = "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+") for v in data_lines("dispute_figure_quoting_verbs.txt")),
                            key=len, reverse=True))
    return re.compile(
        r"(?<![\w,.])([£$€]?\d[\d,.]*\d|[£$€]?\d)(?:%|[a-z]{0,2}\b)?"
        r"(?:\s+[a-z][\w-]*){1,3}\s+(?:(?:that|which)\s+)?"
        r"(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?"
        r"(?:(?:had|has|have)\s+)?(?:" + verbs + r")\b", re.IGNORECASE)


def quoted_figure_words(text: str) -> list[str]:
    """(d101) The figures `text` names as another party's by `quoted_figure_pattern`."""
    return [m.group(1) for m in quoted_figure_pattern().finditer(text)]


@cache
def _owner_figure_modifiers() -> frozenset[str]:
    """(d97) Words saying which of an owner's figures, not what it counts
    (conflict_owner_figure_modifiers.txt: "own", "headline", "published")."""
    return frozenset(data_lines("conflict_owner_figure_modifiers.txt"))


@cache
def _measure_kin() -> dict[str, frozenset[str]]:
    """(d97) stem -> the stems naming one measured thing with it: the groups of
    conflict_owner_measure_kin.txt and the numeric rule's measure synonyms."""
    from claims.lexicon import measure_synonyms
    from claims.overlap import stem

    kin: dict[str, set[str]] = defaultdict(set)
    for line in data_lines("conflict_owner_measure_kin.txt"):
        members = {stem(w.strip()) for w in line.split(",") if w.strip()}
        for m in members:
            kin[m] |= members
    for m, group in measure_synonyms().items():
        kin[m] |= set(group)
    return {m: frozenset(group) for m, group in kin.items()}


# (d97) The words of an owner's figure phrase ("'s punctuality figures", "'s count of spill
# days"): lower-case words, a hyphen splitting a compound ("waiting-time").
MEASURE_WORD = re.compile(r"[a-z]+")


def _owner_figure_nouns(reference: str) -> Iterator[tuple[re.Match, str, re.Match]]:
    """Each owner's phrase of the rejection that holds a figure noun ("the council's count",
    "the company's punctuality figures"): the owner match, the phrase after the owner, and
    the noun in it; both d97's measure words and t110's figure kind read these."""
    for m in owner_pattern().finditer(reference):
        tail = m.group(0)[len(m.group(1)):]
        noun = figure_noun_pattern().search(tail)
        if noun is not None:
            yield m, tail, noun


def _owner_measure(reference: str) -> frozenset[str]:
    """(d97) The stems of what an owner's rejected figure counts, when the rejection says it
    inside the owner's phrase: the words between the possessive and the figure noun ("the
    company's punctuality figures", "the racecourse's crowd figures") and the lower-case
    phrase right after the noun with "of", "for" or "on" ("the group's count of spill
    days"); not words saying which of the owner's figures (conflict_owner_figure_modifiers.txt:
    "the council's own figures", "the operator's headline figure"), nor a figure named by
    its value ("the union's figure of 412": d95's `named_held` reads that), nor a
    statement ("the union's claim")."""
    found: set[str] = set()
    for m, tail, noun in _owner_figure_nouns(reference):
        words = MEASURE_WORD.findall(re.sub(r"^['’]s?", "", tail[:noun.start()]))
        after = MEASURED.match(reference[m.start() + len(m.group(1)) + noun.end():])
        if after and not re.search(r"\d", after.group(1)):
            words += _lower_words(after.group(1))
        elif after:
            return frozenset()
        found |= _measure_stems(words)
    return frozenset(found)


def _lower_words(phrase: str) -> list[str]:
    """The lower-case words of the phrase after a figure noun ("of spill days"): a capital
    starts the owner's or a place's name, not what the figure counts."""
    return [w for w in re.split(r"[\s-]+", phrase) if w and w[0].islower()]


def _measure_stems(words: Iterable[str], skipped: frozenset[str] = frozenset()) -> set[str]:
    """The stems of a figure phrase's words that say what it counts: not the words saying
    which of the figures (conflict_owner_figure_modifiers.txt: "own", "headline"), function
    words, `skipped`, nor measure frames ("rate", "level")."""
    modifiers = _owner_figure_modifiers()
    frames = measure_frame_stems()
    found: set[str] = set()
    for w in words:
        w = w.lower()
        if w in modifiers or w in FUNCTION_WORDS or w in skipped:
            continue
        found |= {s for s in topic_stems(w) if s not in frames}
    return found


def _names_owner_measure(candidate: _Judged, measure: frozenset[str], text: str | None = None) -> bool:
    """(d97) The candidate names what the rejected figure counts (`_owner_measure`): a stem
    of it or of its kin (`_measure_kin`), or one starting as it does for five letters
    ("vacancy" ~ "vacant"); any candidate when the rejection names no measure. (fxQ) `text`,
    when given, is the claim's text to read instead (`_threshold_text`)."""
    if not measure:
        return True
    wanted = set(measure)
    kin = _measure_kin()
    for s in measure:
        wanted |= kin.get(s, frozenset())
    from claims.overlap import stem

    # Every word of the claim, not only its topic words: "ran on time" names punctuality.
    stems = frozenset(stem(w) for w in MEASURE_WORD.findall((text if text is not None else candidate.claim.text).lower()))
    if not stems.isdisjoint(wanted):
        return True
    return any(a[:5] == b[:5] if min(len(a), len(b)) >= 5 else len(a) >= 4 and len(b) >= 4 and
               (a.startswith(b) or b.startswith(a)) for a in wanted for b in stems)


# (t110) A figure phrase with no possessive owner naming what it counts: "the crowd figure",
# "the burglary figures", "the official count of turnout" (one or two lower-case words
# between the article and the figure noun, or a phrase after it with "of"/"for"/"on").
PLAIN_FIGURE = re.compile(r"(?<![\w'’])[Tt]he\s+((?:[a-z][a-z-]*\s+){1,2})$")


def _plain_measure(reference: str) -> frozenset[str]:
    """(t110) The stems of what a rejected figure counts when the rejection names it
    without a possessive owner: "the crowd figure was far too low" (crowd), "the burglary
    figures were misleading" (burglary), "the official count of turnout" (turnout). Not
    words saying which figure ("the true figure", "the headline figure", "the new figure":
    `_owner_figure_modifiers`), nor numerals ("the two figures"), nor a figure named by
    its value ("the 74 jobs figure")."""
    found: set[str] = set()
    for noun in figure_noun_pattern().finditer(reference):
        if noun.group(0).lower() not in PLAIN_FIGURE_NOUNS or PLAIN_FIGURE_VERB.match(reference, noun.end()):
            continue
        before = PLAIN_FIGURE.search(reference[:noun.start()])
        words = before.group(1).split() if before else []
        if before is None and not re.search(r"(?<![\w'’])[Tt]he\s+$", reference[:noun.start()]):
            continue
        after = MEASURED.match(reference[noun.end():])
        if after and re.search(r"\d", after.group(1)):
            continue
        if after:
            words += _lower_words(after.group(1))
        found |= _measure_stems(words, PLAIN_FIGURE_SKIPPED)
    # Only a listed measure (`_measure_kin`): the word before a bare figure noun is as often
    # its owner ("the police estimate") or a quality ("the only verified figure"), which a
    # target need not repeat (the first run lost four labelled pairs so).
    kin = _measure_kin()
    return frozenset(s for s in found if s in kin)


# (t110) The figure nouns `_plain_measure` reads (not the forms that are verbs as often:
# "counts", "forecasts", "amounts to"), and the words after one that make it a verb with an
# object ("the group counts every bag", "the firms estimate that ...").
PLAIN_FIGURE_NOUNS = frozenset({"figure", "figures", "number", "numbers", "count", "tally", "estimate",
                                "estimates", "total", "statistics", "data"})
PLAIN_FIGURE_VERB = re.compile(r"\s+(?:the|a|an|every|each|all|some|only|its|their|his|her|our|that|how|what|more|"
                               r"fewer|it|them|him|us)\b", re.IGNORECASE)
PLAIN_FIGURE_SKIPPED = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                          "both", "all", "other", "same", "such", "these", "those"})


@cache
def _count_figure_nouns() -> frozenset[str]:
    """(t110) Figure nouns naming a count of things (conflict_count_figure_nouns.txt)."""
    return frozenset(data_lines("conflict_count_figure_nouns.txt"))


def _owner_figure_kind(reference: str) -> str | None:
    """(t110) What an owner's rejected figure must be, when the rejection names it by a
    possessive and a figure noun with no word of what it counts: "count" for a count noun
    ("The council's count leaves out everything dumped on farmland": a count of things,
    not the council's £1.3m), "figure" for any other ("the company's figure left out the 22
    agency workers": a figure of some measure, not "passed every welfare inspection in the
    past five years"); None when the rejection names no owner's figure."""
    kind = None
    count_nouns = _count_figure_nouns()
    for _m, _tail, noun in _owner_figure_nouns(reference):
        if noun.group(0).lower() in count_nouns:
            return "count"
        kind = "figure"
    return kind


@cache
def _owner_cost_pattern() -> re.Pattern[str]:
    """(fxQ) An owner's cost named by a possessive and a cost noun
    (conflict_cost_figure_nouns.txt): "the council's cost", "the operator's bill", "the
    trust's price tag"; up to two words between ("the council's repair bill")."""
    nouns = "|".join(sorted((re.escape(n).replace(r"\ ", r"\s+") for n in data_lines("conflict_cost_figure_nouns.txt")),
                            key=len, reverse=True))
    return re.compile(r"([A-Za-z][\w&-]*(?:\s+[A-Za-z][\w&-]*){0,3})['’]s?\s+(?:[a-z][a-z-]*\s+){0,2}?"
                      rf"(?:{nouns})\b(?!\s+(?:of\s+living|cutting|saving)\b)")


def _owner_cost_owner(reference: str) -> frozenset[str] | None:
    """(fxQ) The stems of the owner of a cost the rejection names ("the council's cost was
    a guess": a sum of money of the council's, `_owner_cost_pattern`), None when it names
    none. Words before the owner's name are cut as `_owner_words` cuts them ("disputed the
    council's bill": the council); a possessive of any one of a kind ("any household's
    bill") names what is rejected, not whose figure, and is no owner."""
    for m in _owner_cost_pattern().finditer(reference):
        words = m.group(1).split()
        cut = max((k + 1 for k, w in enumerate(words)
                   if w.lower() in FUNCTION_WORDS or dispute_pattern().fullmatch(w)), default=0)
        if cut and words[cut - 1].lower() in ANY_ONE_OF or cut == len(words):
            continue
        stems = frozenset(topic_stems(" ".join(words[cut:])))
        if stems:
            return stems
    return None


# (t110) Units of a count of things, or of a share of them ("2.8% of services were
# cancelled", told against "left out of the company's count"): not money, time or area.
COUNT_UNITS = frozenset({"count", "percent", "percentage_point", "fraction"})
# (t110) A length of time framing a statement ("in the past five years", "over the last
# two years", "in two years"): the period of what is told, not a figure of a measure.
# "within four days", "for 3,150 hours" are figures of a measure: those two only with "the past".
PERIOD_FRAME = re.compile(r"\b(?:(?:in|over|during|within|across|for)\s+(?:the|its|their)\s+"
                          r"(?:past|last|previous|next|coming|first|following)|in|over|during)\s+$", re.IGNORECASE)


def _frame_period(q: Quantity, claim: Claim) -> bool:
    """(t110) The quantity is a length of time framing the claim (`PERIOD_FRAME`)."""
    from claims.units import TIME_UNITS

    if q.unit not in set(TIME_UNITS.values()):
        return False
    offset = q.start_char - claim.start_char
    if not 0 <= offset <= len(claim.text):
        return False
    return bool(PERIOD_FRAME.search(claim.text[:offset]))


# (t110) Words before a length of time that make it a limit, a wait or a period ("within 14
# days", "after an average of four days", "in the past year"), not a count of time worked.
TIME_LIMIT = re.compile(r"\b(?:within|after|before|in|over|during|under|average|for)\b(?:\s+[\w-]+){0,3}\s+$",
                        re.IGNORECASE)


def _counted_time(q: Quantity, claim: Claim) -> bool:
    """(t110) A length of time told as a count of it ("worked 52,000 hours of overtime"):
    a count's answer too (j101's union count of overtime hours), unless `TIME_LIMIT` says
    it is a limit or a period."""
    from claims.units import TIME_UNITS

    if q.unit not in set(TIME_UNITS.values()):
        return False
    offset = q.start_char - claim.start_char
    return 0 <= offset <= len(claim.text) and not TIME_LIMIT.search(claim.text[:offset])


def _fits_figure_kind(candidate: _Judged, kind: str | None) -> bool:
    """(t110) The candidate gives the figure an owner's rejected figure must be
    (`_owner_figure_kind`): for "count", a count of things or a share of them
    (`COUNT_UNITS`: not a sum of money, a length of time or an area); for "figure", any
    figure but a period framing the claim ("in the past five years"), or a multiple in
    words ("had doubled"); any candidate when the kind is None."""
    if kind is None:
        return True
    claim = candidate.claim
    if kind == "count":
        return any(q.unit in COUNT_UNITS or _counted_time(q, claim) for q in claim.quantities)
    if kind == "money":
        return any(q.unit in MONEY_UNITS for q in claim.quantities)
    return any(not _frame_period(q, claim) for q in claim.quantities) or bool(_multiple_words().search(claim.text))


# (fxQ) A figure told as the threshold of a rule or a condition, not a count: a condition
# word ("for", "when", "if", "where", "once", "at"), up to four lower-case words that are
# no verb of being or having, and a comparator right before the figure ("stewards are needed
# for crowds of more than 10,000", "when crowds of over 5,000 are expected"). "A crowd of
# more than 10,000 watched" has no condition word before it and is a count.
THRESHOLD_COMPARATOR = (r"(?:more\s+than|over|above|in\s+excess\s+of|exceeding|fewer\s+than|less\s+than|under|"
                        r"at\s+least)\s+")
THRESHOLD = re.compile(r"\b(?:for|when|whenever|if|where|wherever|once|at|above)\s+"
                       r"(?:(?!(?:is|are|was|were|be|been|had|has|have|would|will)\b)[a-z][a-z-]*\s+){1,4}"
                       + THRESHOLD_COMPARATOR + "$")


def _threshold_text(claim: Claim) -> str:
    """(fxQ) The claim's text without its thresholds (`THRESHOLD`, from the condition word
    to the figure's end): "the show must hire 40 stewards for crowds of more than 10,000"
    -> "the show must hire 40 stewards"."""
    text = claim.text
    for q in sorted(claim.quantities, key=lambda q: q.start_char, reverse=True):
        offset = q.start_char - claim.start_char
        end = q.end_char - claim.start_char
        if not 0 <= offset <= end <= len(text):
            continue
        # The figure's own words may hold the comparator ("more than 10,000").
        lead = re.match(THRESHOLD_COMPARATOR, q.surface, re.IGNORECASE)
        m = THRESHOLD.search(text[:offset] + (lead.group(0) if lead else ""))
        if m:
            text = text[:m.start()] + " " * (end - m.start()) + text[end:]
    return text


@cache
def _erring_object_pattern() -> re.Pattern[str]:
    """(fx2) A verb of telling wrongly (conflict_erring_verbs.txt, as written or as a
    gerund: "understated", "understating") and the thing it says was told wrongly: a
    determiner, up to four words, and a restricting "for"/"of"/"among" phrase ("the new
    toll for lorries", "the number of patients")."""
    forms = set()
    for past in data_lines("conflict_erring_verbs.txt"):
        forms.add(past)
        if past.endswith("ed"):
            forms.add(past[:-2] + "ing")
    verbs = "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True))
    word = r"(?!(?:for|of|among|by|in|at|on|last|this|since|from|to|and|or|but|when|after|before|because|which|that|with)\b)[\w'-]+"
    return re.compile(rf"\b(?:{verbs})\s+(?:the|its|their|his|her|our|this|that|these|those)\s+"
                      rf"((?:{word}\s+){{0,3}}{word})\s+(?:for|of|among)\s+(?:the\s+|its\s+|their\s+|all\s+)?"
                      rf"((?:{word}\s+)?{word})", re.IGNORECASE)


def _erring_restriction(text: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """(fx2) For a rejection saying its target told a thing wrongly and naming it with a
    restricting phrase ("accused the trust of understating the new toll for lorries"):
    the stems of the thing's head noun (none when it is a frame word such as "number" or
    a figure noun) and of the restricting phrase; None for any other rejection."""
    m = _erring_object_pattern().search(text)
    if m is None:
        return None
    head_word = m.group(1).split()[-1]
    frames = measure_frame_stems()
    head = frozenset() if figure_noun_pattern().fullmatch(head_word) else \
        frozenset(s for s in topic_stems(head_word) if s not in frames)
    restriction = frozenset(s for s in topic_stems(m.group(2)) if s not in frames)
    return (head, restriction) if restriction else None


def _names_erring_object(candidate: _Judged, restriction: tuple[frozenset[str], frozenset[str]] | None) -> bool:
    """(fx2) The candidate is about the thing a rejection says was told wrongly
    (`_erring_restriction`): it names its head noun, if any, and its restricting phrase."""
    if restriction is None:
        return True
    head, restricted = restriction
    stems = candidate.text_stems
    return (not head or not head.isdisjoint(stems)) and not restricted.isdisjoint(stems)


def _published_after(target: ClaimRef, rejection: ClaimRef) -> bool:
    """The target's article came out after the rejection's, both dates known: what it
    says is not what the rejection answered, unless nothing said before it is. The same
    day, or an undated article, may be (the order within a day is not known)."""
    return target.published is not None and rejection.published is not None \
        and target.published > rejection.published


def _dispute_targets(
    dispute: _Judged,
    same_article: list[_Judged],
    same_story: list[_Judged],
    related: _RelatedClaims,
    settings: ConflictSettings,
    loose_story: Sequence[_Judged] = (),
    assessment_keys: Callable[[_Judged], frozenset[tuple[int, int]]] | None = None,
    *,
    story_score: Callable[[str], float] | None = None,
    kept_apart: Callable[[str], bool] | None = None,
) -> list[tuple[_Judged, str, float]]:
    """The claims a rejection answers: one (`_dispute_target`), or, when it rejects a
    party's figures or remarks in the plural ("called the agency's figures an
    underestimate", "dismissed Simic's remarks") or an assessment several claims make
    ("no evidence of a strong recovery"), up to `PLURAL_TARGETS` of them; (t22) in the
    singular, also a runner-up the evidence cannot tell from the chosen one (`_near_rival`)."""
    # (q103) or the label of a labelling verb's object ('called the offer "an insult"')
    amount = judged_amount(dispute.own_text) or labelled_amount(dispute.claim, dispute.own_text)
    if amount is not None:
        # (d89) "the fine was out of all proportion": the sum told before it in its article
        # (`_judged_sum`), or nothing; no other step's evidence is about a sum.
        sum_claim = _judged_sum(amount, dispute, same_article)
        if sum_claim is None:
            # (fxB, review cr92 7b) Failing its article, the story's (other outlets'
            # articles, not published after it): "the fine was out of all proportion" told
            # by one outlet, the fine by another.
            sum_claim = _judged_sum(amount, dispute, [j for j in same_story if j.claim.article_id != dispute.claim.article_id
                                                      and not _published_after(j.ref, dispute.ref)], elsewhere=True)
        return [(sum_claim, "the figure of", JUDGED_SUM_SCORE)] if sum_claim is not None else []
    content, figures = _rejected_content(dispute), frozenset()
    if content:
        clause = _rejected_clause(dispute) or ""
        content |= _denier_in_clause(dispute, clause)
        figures = _figure_words(clause)

    named = _named_figures(dispute, after_only=True) or _method_named_figures(dispute)

    def named_held(found):
        # (d95) A rejection naming the figure it rejects by its value ("the regulator's own
        # earlier figure of 212 had left out calls") answers a claim giving that figure,
        # not one picked by the owner's name or the words around it ("hundreds of
        # emergency calls failed"): failing one, better no conflict than a wrong one.
        if found is None or not named or _has_figure(found[0].claim, named):
            return found
        return None

    erring = _erring_restriction(dispute.own_text)
    # (d97) "the company's punctuality figures", "the group's count of spill days": an
    # owner's figure named by what it counts answers a claim counting it, not the owner's
    # other figures ("hired more people this year") nor a third party's near its words;
    # failing one, better no conflict than a wrong one.
    reference = _reference_text(dispute, same_article)
    measure = frozenset() if named else _owner_measure(reference)
    # (t110) A figure named without an owner by what it counts ("the crowd figure"), and an
    # owner's figure named by its noun alone: a count wants a count, any figure a figure.
    if not named and not measure and not any(owner_pattern().finditer(reference)):
        measure = _plain_measure(reference)
        plain = bool(measure)
    else:
        plain = False
    kind = None if named or measure else _owner_figure_kind(reference)
    # (fxQ) An owner's cost named by its noun ("the council's cost", "the operator's bill",
    # "the trust's price tag") wants a sum of money, not a count or a share; as for the
    # figure nouns, a runner-up only of the owner's voice.
    cost_owner = None if named or measure or kind else _owner_cost_owner(reference)
    if cost_owner is not None:
        kind = "money"
    story = {j.index for j in (*same_article, *same_story)} if measure or kind else set()
    # (t110) The noun alone says little of which claim is meant: failing the ranked target, a
    # runner-up is taken only from the owner's own voice (the first run took any count of
    # the story: "40 new cameras", "employs 240 people" for "the council's count").
    owner = (cost_owner or _owner_stems(reference)) if kind and not measure else frozenset()

    def measured(j: _Judged) -> bool:
        # (fxQ) a measure named without an owner is named outside a rule's threshold
        return _names_owner_measure(j, measure, _threshold_text(j.claim) if plain else None) \
            and _fits_figure_kind(j, kind)

    def unsaid(found):
        # (d57) A target saying none of what the rejection says was claimed is no target.
        # (fx2) Nor is one not about the thing the rejection says was told wrongly ("of
        # understating the new toll for lorries" does not answer "Tolls will rise by 29%").
        found = named_held(found)
        if found is not None and not measured(found[0]):
            # (d97) Of the ranked claims, the first naming the owner's measure, if any, of
            # the rejection's story (not a claim of another story sharing its rare words).
            target, how, _, alternatives, always = found
            naming = [(j, s) for j, s in alternatives if j.index in story and measured(j)
                      and (not owner or _names_match(owner, j.voice))]
            if owner and len({j.claim.text for j, _ in naming}) > 1:
                # (t110) Two of the owner's figures fit the noun: which is meant is not told.
                naming = []
            found = (naming[0][0], how, naming[0][1], naming[1:], always) if naming else None
        if found is not None and not _names_erring_object(found[0], erring):
            return None
        return found if found is None or found[1] in SAID_OTHERWISE \
            or not _says_none_of(content, found[0], figures) else None

    found = unsaid(_dispute_target(dispute, same_article, same_story, related, settings, loose_story, assessment_keys,
                                   story_score=story_score, kept_apart=kept_apart))
    if found is None:
        # (t61) Failing every claim told before it, a claim told after it in its own
        # article, of another party, saying what was rejected (`_told_after`): "The bank
        # has rejected claims by the union that ... The union said ...".
        found = named_held(_told_after(dispute, same_article, content))
        if found is not None and not (_names_erring_object(found[0], erring) and measured(found[0])):
            found = None
    if found is None:
        # Failing every claim published before it, a later article's: one outlet's
        # report of a rejection often comes out before another's of what was rejected
        # (the closed gold holds such pairs).
        found = unsaid(_dispute_target(dispute, same_article, same_story, related, settings, loose_story,
                                       assessment_keys, story_score=story_score, later_too=True, kept_apart=kept_apart))
    if found is None:
        # (g24) Failing both, the story's statement of another party published before it
        # at a lower bar of shared words (`LOW_STORY_TARGET_SHARE`): every other step,
        # which would take a weaker claim first, has had its turn.
        found = unsaid(_dispute_target(dispute, same_article, same_story, related, settings, loose_story,
                                       assessment_keys, story_score=story_score, story_share=LOW_STORY_TARGET_SHARE, kept_apart=kept_apart))
    if found is None:
        return []
    target, how, score, alternatives, always = found
    if named:
        alternatives = [(j, s) for j, s in alternatives if _has_figure(j.claim, named)]
    alternatives = [(j, s) for j, s in alternatives if _names_erring_object(j, erring) and measured(j)]
    targets = [(target, how, score)]
    if alternatives and (always or plural_rejection_pattern().search(_reference_text(dispute, same_article))):
        if _rejects_a_figure(_reference_text(dispute, same_article)):
            alternatives = [(j, s) for j, s in alternatives if _one_count(target, j)]
        targets += [(j, how, s) for j, s in alternatives if j.index != target.index][:PLURAL_TARGETS - 1]
    elif how == "the claim of":
        # (t22) Of the steps ranking runners-up in the singular, only the owner's (step
        # 2: "disputed the association's account") ranks statements of one party, which
        # its words cannot tell apart; the figure steps rank figures, which what they
        # count tells apart ("their count of 310 pairs of terns" is not the trust's
        # 2,000 visitors, however near the two score).
        targets += _near_rival(target, score, how, alternatives, _story_closeness(dispute, story_score))
    return targets


# (d89) The score of a dispute of a judged sum: the sum's claim is found by its noun or
# figure alone, as "the preceding claim" is by nearness.
JUDGED_SUM_SCORE = 0.7
WORD_OF = re.compile(r"[a-z]+", re.IGNORECASE)


def _sum_written(surface: str) -> tuple[str, str, bool]:
    """(fxB, review cr92) A sum as written, for matching another: its currency sign, its
    digits and whether it is a share ("5%" is not "5 pumping stations", nor "£5")."""
    return ("".join(re.findall(r"[£$€]", surface)), re.sub(r"[^\d.]", "", surface),
            bool(re.search(r"%|\bper\s*cent\b", surface, re.IGNORECASE)))


# (fxB, review cr92) How many words may stand between a family word and the sum it governs:
# "has fined the airline £2.4m", "offered each affected household £250"; the other way, a
# sum right before the noun with a word or two between ("a £4.2m fine", "a £150 goodwill offer").
# (q103) 4 -> 8: an indirect object with a relative clause stands between ("is offering every
# passenger who fell ill a refund of 25%").
GOVERNED_SUM_REACH = 8


@cache
def _family_governs_sum(family: frozenset[str]) -> re.Pattern[str]:
    """(fxB, review cr92) A word of `family` governing a sum (`SUM`: a currency or a
    share), not a family word anywhere in a claim holding any figure: "offered 12 extra
    buses a day" tells no offer of money."""
    words = "|".join(sorted(family))
    return re.compile(rf"\b(?:{words})\b(?:\s+[\w'’,-]+){{0,{GOVERNED_SUM_REACH}}}?\s+{SUM}"
                      rf"|{SUM}(?:\s+[\w'’-]+){{0,2}}?\s+(?:{words})\b", re.IGNORECASE)


def _judged_sum(amount: str, dispute: _Judged, same_article: list[_Judged], elsewhere: bool = False) -> _Judged | None:
    """(d89) The claim telling the sum a rejection judges ("The regulator has fined the
    airline £2.4m. ... The airline said the fine was out of all proportion"): the nearest
    claim before it in its article, not its speaker's, that holds a figure and, for a sum
    named by its noun ("the fine"), a word of that noun's family in its own words
    ("fined"; claims/data/conflict_amount_nouns.txt), else in its sentence; for a sum
    written out ("£10 was an insult"), that figure. The outlet's own sentence counts: a
    fine or an offer is often told only so."""
    claim = dispute.claim
    family = amount_families().get(amount)
    written = _sum_written(amount) if family is None else None
    governs = _family_governs_sum(family) if family is not None else None

    def tells_it(j: _Judged) -> int:
        """2: the claim's own words name the sum; 1: only its sentence does ("fined £48m
        after an investigation found that hundreds of calls failed": the finding is no
        sum); 0: neither."""
        if not j.claim.quantities:
            return 0
        if written is not None:
            return 2 * any(_sum_written(q.surface) == written for q in j.claim.quantities)
        if governs.search(j.claim.text):
            return 2
        return int(bool(governs.search(j.claim.sentence)))

    if elsewhere:
        # (fxB) Another article's claim: its own words must name the sum (rank 2); the
        # latest published, then the first told.
        told = [j for j in same_article if not (j.claim.speaker and j.claim.speaker == claim.speaker)
                and not j.is_dispute and tells_it(j) == 2]
        return max(told, key=lambda j: (str(j.ref.published or ""), -j.claim.start_char)) if told else None
    before = [(rank, j) for j in same_article if j.index != dispute.index and j.claim.start_char < claim.start_char
              and not (j.claim.speaker and j.claim.speaker == claim.speaker) and not j.is_dispute
              and (rank := tells_it(j))]
    return max(before, key=lambda rj: (rj[0], rj[1].claim.start_char, -rj[1].claim.end_char))[1] if before else None


# (t61) How far after a rejection, in sentences of its article, its target may be told: a
# lede rejection's target is told in the next paragraph or two, not at the article's end.
TOLD_AFTER_REACH = 4


# (t61) Words a claim told after a rejection shares with what was rejected, at least, when
# no figure links them ("any driver had been dismissed" / "11 drivers ... had been
# dismissed"): one word ("drivers") is the story's, not the matter.
TOLD_AFTER_SHARED = 2


def _told_after(dispute: _Judged, same_article: list[_Judged],
                content: frozenset[str]) -> tuple[_Judged, str, float, list[tuple[_Judged, float]], bool] | None:
    """(t61) A rejection told before what it rejects ("The bank has rejected claims by the
    union that 500 jobs will go. The union said 520 posts ...", "Disputing the count, the
    prison service said the jail held 980 men. The inspectors said it held 1,012"): every
    other step reads claims told before it, so a lede rejection got a wrong target or none.
    The nearest claim told after it in its article, within `TOLD_AFTER_REACH` sentences,
    of another party (never the rejecter's own, nor its officer's: "Its managing director
    said ..."), that says what was rejected: a figure of the rejection's sentence again
    or corrected (one unit, another value), or `TOLD_AFTER_SHARED` words of the rejected
    clause (else of the rejection's sentence) besides the rejecter's name, the verb and
    statement nouns. A later claim of that party on another matter shares none of it.
    Not for an accusation ("accused the mayor of exaggerating"), not a claim of a voice
    sharing the rejecter's name ("ministry official"), not one of another than the owner
    the rejection names, not one saying absent what the rejected clause says present."""
    claim = dispute.claim
    if _accused_party(dispute.own_text) or (claim.cue or "").lower().startswith("accus"):
        return None  # an accusation is answered by the accused, not aimed at a later claim
    reference = _reference_text(dispute, same_article)
    owner = _owner_stems(reference)
    absent = _absent_stems(_rejected_clause(dispute) or "") if content else frozenset()
    said = (content or topic_stems(reference)) - dispute.voice - _statement_noun_stems() \
        - topic_stems(claim.cue or "") - topic_stems(claim.speaker or "")
    figures = _figures_in_sentence(dispute, same_article)
    bodies = _Bodies(same_article)
    starts = sorted({j.claim.sentence_start for j in same_article})
    best: _Judged | None = None
    for j in same_article:
        other = j.claim
        if other.start_char < claim.end_char or not other.speaker or not _attributed(other) \
                or not _other_party(dispute, j) or _own_side(dispute, j):
            continue
        if _sentences_between(claim, other, starts) > TOLD_AFTER_REACH:
            continue
        if _rejecter_unnamed(j, dispute, bodies) or _names_match(dispute.voice, _principal_voice(j)):
            continue  # the rejecter, named again or left as "the company"
        if owner and not _names_match(owner, _principal_voice(j)):
            continue  # "disputes the family's timing": the owner's claim, not its barrister's
        if _polarity_disagrees(absent, content & j.text_stems, j.own_text):
            continue  # "No patient has been turned away": the rejecter's denial said again
        body = _officer_body(j, same_article, bodies)
        if body is not None and (body.index == dispute.index or _own_side(dispute, body)
                                 or not _other_party(dispute, body) or _rejecter_unnamed(body, dispute, bodies)):
            continue  # an officer of the rejecter's own party
        linked = bool(figures) and (_has_figure(other, figures) or _corrects(figures, other))
        if not linked and len(said & j.text_stems) < TOLD_AFTER_SHARED:
            continue
        if best is None or other.start_char < best.claim.start_char:
            best = j
    return None if best is None else (best, "the claim of", 0.7, [], False)


# (t61) A speaker named by a bare common noun: "The company", "the trust".
BARE_KIND = re.compile(r"(?i:the)\s+[a-z]+(?:\s+[a-z]+)?")


def _rejecter_unnamed(j: _Judged, dispute: _Judged, bodies: _Bodies) -> bool:
    """(t61) "Disputing the count, Orlby Aggregates said ... The company said it would plant
    2,000 trees": a speaker left as "the <noun>", right after the rejecter spoke (the nearest
    earlier claim of another speaker is the rejecter's), is the rejecter, unless the
    rejection's sentence names that noun as another party ("rejected claims by the union
    that ... The union said ...")."""
    speaker = j.claim.speaker or ""
    if not BARE_KIND.fullmatch(speaker):
        return False
    if not topic_stems(speaker).isdisjoint(topic_stems(dispute.claim.sentence)):
        return False
    before = bodies.before(j)
    return before is not None and (before.index == dispute.index or _own_side(dispute, before))


def _sentences_between(earlier: Claim, later: Claim, starts: Sequence[int]) -> int:
    """(t61) How many sentences after an earlier claim a later one of its article is told:
    the sentences holding a claim (their sorted starts) from the earlier's to the later's
    (0: the same one)."""
    if later.sentence_start <= earlier.sentence_start:
        return 0
    return bisect_right(starts, later.sentence_start) - bisect_right(starts, earlier.sentence_start)


def _one_count(target: _Judged, other: _Judged) -> bool:
    """(t48) "the operator's punctuality figures", "the trust's recruitment figures": the
    owner's figures a plural rejection answers besides the chosen one are figures of its
    count (one measured thing: "9.4%" and "£1,480 a month" of rents; "95% of posts" and
    "1.4 million posts"; or one unit where a measure is not known), not the owner's side details of other things told
    after its lead ("it would add 12 electric buses", "a new 24-bed ward", "£3.4 million in
    compensation"). A claim of its article's first sentence is the story's own figure, kept
    whatever it counts; a claim with no figure, or a chosen claim with none, is left as it
    was."""
    if not target.claim.quantities or not other.claim.quantities or other.claim.sentence_start == 0:
        return True
    return any(not topic_stems(q.measure or "").isdisjoint(topic_stems(t.measure or ""))
               or q.unit == t.unit and not (q.measure and t.measure)
               for q in other.claim.quantities for t in target.claim.quantities)


def _story_closeness(dispute: _Judged, story_score: Callable[[str], float] | None) -> Callable[[_Judged], float]:
    """How much of the rejection's story a claim's article tells: its own article most."""
    def closeness(j: _Judged) -> float:
        if j.claim.article_id == dispute.claim.article_id:
            return float("inf")
        return story_score(j.claim.article_id) if story_score else 0.0
    return closeness


def _near_rival(target: _Judged, score: float, how: str, alternatives: list[tuple[_Judged, float]],
                closeness: Callable[[_Judged], float] = lambda j: 0.0) -> list[tuple[_Judged, str, float]]:
    """(t22) A rejection in the singular whose evidence ranks a runner-up within
    `NEAR_SCORE` of the chosen claim, or above it (an earlier claim of the rejection's
    article goes first, however little it shares): the evidence cannot tell which was
    meant, and real rejections often answer more than one thing said ("disputed the
    association's account", a figure and a statement of that side). The runner-up is
    answered too, at its own score (lowering the chosen one's would let a weaker
    conflict of the same pair of clusters take its place). Only steps that rank
    candidates offer one; a single rival, not the whole ranking. Not one of an article
    telling less of the rejection's story than the chosen one's (`closeness`): the
    organisers' estimate of this fair, not of another fair its words reach as well."""
    rival = next(((j, s) for j, s in alternatives if j.index != target.index), None)
    if rival is None or rival[1] < score - NEAR_SCORE or closeness(rival[0]) < closeness(target):
        return []
    return [(rival[0], how, rival[1])]


@cache
def plural_rejection_pattern() -> re.Pattern[str]:
    """A rejection of several things said: "the figures", "Simic's remarks", "reports"."""
    nouns = [n for n in data_lines("conflict_claim_nouns.txt") + data_lines("conflict_figure_nouns.txt")
             if not n.endswith("s")]
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) + "s" for n in nouns) + r"|data|statistics)(?![\w-])",
                      re.IGNORECASE)


@cache
def definite_report_pattern() -> re.Pattern[str]:
    """"the report", "these reports", "the story": news coverage pointed back at."""
    nouns = data_alternation("conflict_report_nouns.txt")
    return re.compile(rf"\b(?:the|this|these|that|those)\s+(?:{nouns})\b", re.IGNORECASE)


# A claim of another article of the rejection's story is its target, failing all else, at
# this share of the `dispute_target` bar.
STORY_TARGET_SHARE = 0.5


# (g24) The bar of the last try (`_dispute_targets`), once the earlier-published and the
# later-published tries found nothing. Measured lowering the bar of every try: 0.35 of
# `dispute_target` found two closed disputes more with no closed false alarm; 0.4 one,
# 0.3 and 0.2 the same two with one more unlabelled prediction. In every try it also
# took weaker claims before a later article's (a dev dispute lost): hence a last try.
LOW_STORY_TARGET_SHARE = 0.35


# (d57) Steps whose target says what was rejected in other words by design: an assessment
# in listed words of one side ("a report of delays" / "likely to slip"), an accusation
# naming the denier ("denied all charges of fraud" / "stole about £3.4 million").
SAID_OTHERWISE = frozenset({"the assessment of", "the accusation of"})


# A plural rejection ("the figures") answers at most this many claims of one party.
PLURAL_TARGETS = 3


# A further claim a plural rejection of content ("the reports") answers says it nearly as
# well as the best: at least this share of its score (a sentence naming the same people
# about something else scores far lower).
PLURAL_CONTENT_SHARE = 0.8


def _dispute_target(
    dispute: _Judged,
    same_article: list[_Judged],
    same_story: list[_Judged],
    related: _RelatedClaims,
    settings: ConflictSettings,
    loose_story: Sequence[_Judged] = (),
    assessment_keys: Callable[[_Judged], frozenset[tuple[int, int]]] | None = None,
    *,
    story_score: Callable[[str], float] | None = None,
    kept_apart: Callable[[str], bool] | None = None,
    later_too: bool = False,
    story_share: float = STORY_TARGET_SHARE,
) -> tuple[_Judged, str, float, list[tuple[_Judged, float]], bool] | None:
    """The claim a rejection answers (and, where the evidence ranks several, the others
    in rank order with their scores, for a plural rejection; all of them when the flag
    says they are rejected whatever the number), by the strongest evidence available:
    1. a claim of another party in the same sentence (a figure first): "saying it would
       cost $X, a figure that Y said was exaggerated";
    1b. the figure of the unattributed sentence holding a rejection in apposition;
    1c. a rejection that says what was claimed ("the claim that no passwords were taken
       is not true", "denied that the club had been forced to sell"): the claim of
       another party in the story saying most of that clause and little else (with, as
       further targets, the claims making the clause's assessment in listed words);
    1d. a clause making a listed assessment ("a report of delays"): the claims making it
       ("likely to slip");
    1e. a claim the sentence sets against a party (", contradicting chairman X"): that
       party's denial, else its claim sharing most words;
    2. a rejection that names whose claim it rejects ("disputed the ministry's claim",
       "called the electoral commission's figure a fantasy"): that party's claim in the
       story, a figure first (when a figure is rejected and that party gave none, not
       its statements: step 4 finds the figure);
    3. a rejection that repeats the figure it rejects ("called the opposition's $1,200
       figure a fabrication"): the other party's claim with that figure, in the story;
    4. a rejection of a figure ("called that estimate inflated", "disputed the
       ministry's figure"): the other party's figure whose claim shares most rare words
       with the rejection's sentence, else the nearest earlier figure in the article;
       those naming what the rejection says the figure counts first ("the union's
       figure for the number of strikers" -> "2,300 members had joined the strike");
    4b. "the report" with no owner: the article's earlier claim sharing most words;
    4c. a denial of what its speaker is accused of ("denied all charges of fraud"): the
       story's claims of other parties naming the denier;
    4d. a rejected clause said in part by one claim (two thirds of the content bar),
       sharing more than the clause's names ("reports that Graham Tull had conceded
       defeat" / "Tull conceded shortly after 4am, shaking hands ...");
    5. the claim of another party, in this article or another of the story, sharing the
       most rare words with the rejection ("denied that its cooling tower was the source"
       answers "linked to a cooling tower");
    6. the nearest earlier attributed claim of another party in the article."""
    claim = dispute.claim
    # (stab14) A rejection answers what was said before it: a claim of an article
    # published after the rejection's is its target only when no earlier one is
    # (`later_too`, the caller's second try), however alike (a later restatement of the
    # rejected figure must not take the rejection over from the original).
    def answerable(j: _Judged) -> bool:
        return later_too or not _published_after(j.ref, dispute.ref)

    same_story = [j for j in same_story if answerable(j)]
    loose_story = [j for j in loose_story if answerable(j)]
    others = [j for j in same_article if _other_party(dispute, j)]
    told = told_claim(dispute.own_text)
    if told is not None and not answers_apart(told):
        # (q66) "TixArc told fans that prices did not move. That was not true.": the claim
        # rejected is told inside the rejection; only a claim saying it is the target.
        return _told_target(told, dispute, same_article, same_story, loose_story, related, settings)
    rival = rival_comparative(dispute.own_text)
    if rival is not None:
        # (m108) "the true number was higher": the earlier figure of another party that the
        # comparative's noun names (`_comparative_target`), or nothing: no other step aims it
        # (fxM's first build let the later steps take a figure of another measure).
        compared = _comparative_target(rival, dispute, same_article)
        if compared is not None:
            named_rival = _figure_words(rival.compared) & _figure_words(compared.claim.text)
            return compared, "the figure of", NAMED_COMPARATIVE_SCORE if named_rival else COMPARATIVE_SCORE, [], False
        if not rival.start:
            return None
        # A quote's earlier sentence ("Corvane's figure does not match what we are hearing.
        # We believe the real number is much higher.") is read by the steps below.
    named = _named_figure_target(dispute, same_article, same_story)
    if named is not None:
        return named, "the figure of", 0.9, [], False
    # A rejection answers what was said before it: a claim later in a "sentence" the
    # parser ran on past a closing quote is not its target.
    same_sentence = [j for j in others if _same_sentence(j.claim, claim) and j.claim.start_char < claim.start_char]
    if same_sentence:
        figures = [j for j in same_sentence if j.claim.quantities]
        # (c9) A rejection of "a figure" whose sentence gives none, opening on "The
        # estimate": the figure is the sentence's before (`_figure_named_before`), not
        # the outlet's description of it.
        if not figures and figure_noun_pattern().search(dispute.own_text[:40]) \
                and not _owner_stems(dispute.own_text[:40]):
            earlier = _figure_named_before(dispute, others)
            if earlier is not None:
                return earlier, "the figure of", 0.85, [], False
        return (figures or same_sentence)[0], "the claim of", 0.95, [], False
    if figure_noun_pattern().search(dispute.own_text[:40]) and not _owner_stems(dispute.own_text[:40]):
        # "reported a 14% rise in sales, a figure that analysts said overstated growth":
        # the figure is in the unattributed sentence claim that holds the rejection (not
        # when the rejection names whose figure it is: "rejected the company's figures").
        holder = [j for j in same_article if _holds_figure_before(j, dispute)]
        if holder:
            return holder[0], "the figure of", 0.9, [], False
        # (c9) "... have estimated the damage at around £12 million. The estimate, which
        # covers the sorting hall, is a figure that the company said was greatly
        # exaggerated": a sentence opening on a definite figure noun, with no figure of its
        # own before the rejection, holds the figure of the sentence before it.
        earlier = _figure_named_before(dispute, others)
        if earlier is not None:
            return earlier, "the figure of", 0.85, [], False

    reference = _reference_text(dispute, same_article)
    own = topic_stems(reference)
    pool = {j.index: j for j in others if not _later_narration(j, claim)}
    pool.update({j.index: j for j in same_story if _other_party(dispute, j)})
    story_pool = list(pool.values())
    # (d64) Not of an article told apart from the rejection's (`kept_apart`).
    # Claims sharing rare words with the rejection, of its story's time only: a party's
    # claim published months away ("organisers said about 8,000 people joined the march"
    # of another year's march) is another story's, however alike its words.
    pool.update({j.index: j for _, j in related.of(dispute, settings.same_matter)
                 if _other_party(dispute, j) and _near_in_time(dispute.ref, j.ref, settings.story_days)
                 and answerable(j) and not (kept_apart and kept_apart(j.claim.article_id))})
    # Claims of articles only loosely of the story: a target only by owner, figure or content.
    named_pool = dict(pool)
    named_pool.update({j.index: j for j in loose_story if _other_party(dispute, j)})
    if assessment_keys is None:
        assessment_keys = lambda j: _assessment_keys(j.own_text)  # noqa: E731
    clause = _rejected_clause(dispute)
    keys = _assessment_keys(clause) if clause else frozenset()
    # "dismissed a newspaper report of delays" / "the opening is likely to slip", "no
    # evidence of a strong recovery" / "growth is back": the rejected clause and the claim
    # make one assessment in words of one side of conflict_opposites.txt. Every claim
    # making it is rejected, the most related first.
    saying = sorted((j for j in named_pool.values() if keys & assessment_keys(j)),
                    key=lambda j: (-related.matter(dispute, j), j.index)) if keys else []
    content = _rejected_content(dispute)
    names = _names_in(clause or "")
    owner_clause: frozenset[str] = frozenset()
    said_none = False  # (fxD) the owner's claims, none saying enough of its rejected clause
    if content:
        denier = _denier_in_clause(dispute, clause or "")
        content, names = content | denier, names | denier
        # A claim saying present what the rejected clause says absent, or the reverse, is
        # not what was rejected, whatever else it shares ("the claim that drivers have had
        # no pay rise" / "has offered a 5% pay rise").
        absent = _absent_stems(clause or "")
        story_pool = [j for j in story_pool if not _polarity_disagrees(absent, content & j.text_stems, j.own_text)]
        for held in (pool, named_pool):
            for k in [k for k, j in held.items()
                      if _polarity_disagrees(absent, content & j.text_stems, j.own_text)]:
                del held[k]
        # "disputed the department's claim that the outbreak was under control": what is
        # rejected is said in the clause, so the claim saying most of it (and little else)
        # is the target, wherever in the story it is, before any owner or figure.
        # The story's own claims first: a claim of another story (another breach at
        # another company) may say the same words, and is not what this party rejects.
        polarity = _absent_stems(clause or "")
        story = [*same_article, *same_story]
        tiers = (story_pool, list(pool.values()), list(named_pool.values()))
        # (fxO) "the company's claim that its leakage was at the lowest level": a clause
        # its owner's noun names as a statement is the owner's; when the owner said things
        # in the story, the owner step below takes only those saying a word of the clause
        # (`owner_clause`), not its others ("1.46 million customers had been covered by the
        # ban"). Keeping this step to the owner's claims too lost a found dispute on dev (an
        # owner named by its acronym, "URO says") and one of the closed sets.
        # (d99) With owners named by a short form read (`_owner_by_short_form`, a bracketed
        # short form in `_named_body`), this step takes the owner's claims first, not one
        # saying the other side of the clause ("crime is falling" / the force's "Violent
        # crime rose 2%"); failing those, another speaker's claim only when nothing names
        # its speaker as of another party (`_unplaced_speaker`: "the chief constable" may
        # speak for "Westmere Police"; "Haverdale Growers' Network", "the trust's director
        # of midwifery" and an outlet's own sentence do not), else no target here.
        of_owner = _owner_assertion_test(reference, dispute, [*same_article, *same_story, *loose_story])
        restricted = of_owner is not None and any(of_owner(j) for j in named_pool.values())
        if restricted:
            owner_clause = content
            all_tiers = tiers
            # (fxD) An owner's claim saying enough of the clause (`_says_enough_of`), not one
            # of its words ("affordable": its 2030 pledge for a claim of a record year).
            clause_figures = _clause_figures(dispute, clause or "")
            tiers = tuple([j for j in tier if of_owner(j) and not _opposes_told_content(clause or "", j.own_text)
                           and _says_enough_of(content - names, clause_figures, j, _said_clause(dispute, clause or ""))]
                          for tier in tiers)
        found = next(filter(None, (_ranked_by_content(content, candidates, settings.dispute_content,
                                                      polarity, names, story)
                                   for candidates in tiers)), [])
        if restricted and not found:
            found = next(filter(None, (_ranked_by_content(content, candidates, settings.dispute_content,
                                                          polarity, names, story)
                                       for candidates in all_tiers)), [])
            found = found if found and _unplaced_speaker(found[0][1], dispute) else []
        found = _own_article_first(found, claim)
        if found:
            best = found[0]
            score = round(0.7 + 0.25 * min(best[0], 1.0), 4)
            # "calling the reports an invention": every report saying it is rejected (one
            # outlet's narration, another's unattributed sentence), the best first.
            also = [(j, round(0.7 + 0.25 * min(s, 1.0), 4)) for s, j in found[1:]
                    if s >= PLURAL_CONTENT_SHARE * best[0]] if plural_rejection_pattern().search(reference) else []
            return best[1], "the claim of", score, also + [(j, 0.7) for j in saying], True
    if saying:
        return saying[0], "the assessment of", 0.7, [(j, 0.7) for j in saying[1:]], True
    pointing = POINTING_BACK.match(dispute.own_text)
    if pointing and claim_noun_pattern().fullmatch(pointing.group(1)):
        # '"That claim is simply false," a spokesperson said': the statement of another
        # party right before it in the article, not a claim sharing the spokesperson's
        # company name.
        # (c9) Or the sentence reporting figures right before it ("Serious adverse events
        # were reported in 9% of patients ..., against 4% ..., according to the paper's
        # safety tables. Halvern called that comparison misleading"): a demonstrative
        # points at the nearest thing said.
        said_before = [j for j in others if j.claim.start_char < claim.start_char
                       and (_attributed(j.claim) or j.claim.quantities)]
        if said_before:
            return _latest(said_before), "the claim of", 0.75, [], False
    quoted = _quoted_words_of(reference, named_pool.values(), claim)
    if quoted is not None:
        return quoted, "the words of", 0.8, [], False
    if _points_back(dispute.own_text, _before_claim(claim)):
        # (d10) "Campaigners disputed that", "organisers did not recognise that
        # description": a pronoun or a demonstrative with no owner is what was just said.
        said_before = [j for j in others if j.claim.start_char < claim.start_char and _attributed(j.claim)]
        if said_before:
            # (u18) What was just said is the whole sentence of that party: "Oduya said
            # buses were running 40 minutes late and that services were being cancelled.
            # A spokesperson said that was not a fair picture" answers both claims.
            # (t40) And of the sentences running back from it while that party speaks:
            # '"Two ballot boxes were not sealed when they arrived," she said. "Our agents
            # raised it at the time and were ignored." The returning officer denied that.'
            latest = _latest(said_before)
            sentence = [(j, 0.7) for j in _said_in_one_run(latest, said_before)
                        ] if BARE_POINTER.match(dispute.own_text) else []
            return latest, "the preceding claim of", 0.7, sentence, bool(sentence)
    alleged = None if _owner_stems(reference) else _made_before(reference, others, claim)
    if alleged is not None:
        return alleged, "the allegation of", 0.75, [], False

    outlets_report = bool(OUTLETS_REPORT.search(reference))

    def ranked_all(candidates, floor, words=None, first_told=False, hollow=frozenset()):
        """Candidates at or above `floor`, best first: (in article earlier, overlap,
        story, attributed, -distance, claim); overlap with `words`, the rejection's own
        by default. (t40) With `first_told`, of claims tied on the rest the one told just
        before the rejection, else the one told first (`_told_order`), not the nearest;
        a claim whose words shared with the rejection are all `hollow` shares none."""
        words = own if words is None else words
        words_weight = related.index.weight(words)
        scored = []
        for j in candidates:
            overlap = related.index.weight(words & j.text_stems) / min(words_weight, j.text_weight(related.index)) \
                if words_weight and not words.isdisjoint(j.text_stems) else 0.0
            if hollow and (words & j.text_stems) <= hollow:
                overlap = min(overlap, floor)
            if overlap >= floor:
                # A rejection most often answers something said earlier in its own
                # article; another article's claim is the target only failing that.
                in_article_earlier = j.claim.article_id == claim.article_id and j.claim.start_char < claim.start_char \
                    and (_attributed(j.claim) or j.claim.kind == ClaimKind.NARRATED or outlets_report)
                # (t12) Of claims sharing as much, the one of the article telling most of
                # the rejection's story ("the organisers' estimate" with no word of the
                # festival: the figure of this festival's organisers, not another's, whose
                # offset in its own article says nothing of nearness).
                story = story_score(j.claim.article_id) if story_score else 0.0
                scored.append((in_article_earlier, overlap, story, _attributed(j.claim),
                               _told_order(j.claim, claim) if first_told else -abs(j.claim.start_char - claim.start_char), j))
        return sorted(scored, key=lambda s: s[:5], reverse=True)

    def ranked(candidates, floor):
        found = ranked_all(candidates, floor)
        return found[0] if found else None

    def others_of(found, base, spread):
        return [(f[-1], round(base + spread * min(f[1], 1.0), 4)) for f in found[1:]]

    declared = _declared_figures(dispute)
    if declared:
        # (d18) "its count of 64 cases was 'the only verified figure'": the figures of
        # other parties counting in the same unit and differing from the speaker's own
        # ("has grown to 91 confirmed cases"), not a claim repeating its own figure.
        rivals = [j for j in named_pool.values()
                  if any(q.value is not None and any(q.unit == f.unit for f in declared) for q in j.claim.quantities)
                  and not _has_figure(j.claim, declared)]
        found = ranked_all(rivals, settings.dispute_target * STORY_TARGET_SHARE)
        if found:
            best = found[0]
            return best[-1], "the figure of", round(0.65 + 0.25 * min(best[1], 1.0), 4), others_of(found, 0.65, 0.25), False
    corrected = _corrected_figures(dispute)
    if corrected:
        # (d60) "the true cost was £11.5m once the lorries were included": a party setting
        # its figure in place of another's answers a figure of that thing said by another
        # party (`_corrects`: one unit, another value, within `CORRECTION_REACH`): told
        # before it in its article, the nearest or most alike ("The company has said it
        # cancelled 640 services ... 'The real figure is well over 1,000'"), else of the
        # story, sharing a word of the rejection other than its speaker's name; not the
        # nearest claim sharing words ("hiding the cost of the new bin contract" gives no
        # figure).
        said = own - dispute.voice - _statement_noun_stems()
        told_before = _of_corrected_measure(
            corrected, [j for j in others if j.claim.start_char < claim.start_char and _corrects(corrected, j.claim)])
        rivals = [j for j in named_pool.values()
                  if not said.isdisjoint(j.text_stems) and _corrects(corrected, j.claim)]
        found = ranked_all(told_before, 0.0) or ranked_all(rivals, 0.0)
        if found:
            best = found[0]
            return best[-1], "the figure of", round(0.65 + 0.25 * min(best[1], 1.0), 4), [], False
    contradicted = _contradicted_party(claim)
    if contradicted:
        # "said the sale was needed to comply with spending rules, contradicting chairman
        # Graham Holt": that party's claim in the story, its own rejections included (a
        # denial contradicted is still that party's word).
        party = topic_stems(contradicted)
        said = [j for j in (*same_article, *same_story, *loose_story)
                if j.index != dispute.index and j.claim.speaker and j.claim.speaker != claim.speaker
                and _names_match(party, j.voice)]
        # Which of its claims: a rejection of its own first (what is contested is most
        # often what that party denied), then the one sharing most of the rejecting
        # claim's own words (its sentence also tells other things), then the nearest.
        words = dispute.text_stems
        # (x80) Words weighed in the story (`BackgroundWeights.among`), not the store.
        index = background_weights().among(j.text_stems for j in (*same_article, *same_story))

        def shared(j: _Judged) -> float:
            if words.isdisjoint(j.text_stems):
                return 0.0
            return index.weight(words & j.text_stems) / max(min(index.weight(words), index.weight(j.text_stems)), 1e-9)

        if said:
            best = max(said, key=lambda j: (j.is_dispute, shared(j), -abs(j.claim.start_char - claim.start_char),
                                            -j.index))
            return best, "the claim of", round(0.75 + 0.2 * min(shared(best), 1.0), 4), [], False
    earlier = [j for j in others if j.claim.start_char < claim.start_char]
    # (t11) "the institute had mischaracterised how drivers work": the party said to
    # have got it wrong owns what is rejected, as "the institute's figures" would.
    owner = _owner_stems(reference) or _accused_party(dispute.own_text)
    document = _owned_document(reference)
    if owner and document:
        # "the residents' survey was 'unscientific and misleading'": what the owner's
        # document was said to find ("A survey carried out by the Residents' Association
        # found black mould"), a claim naming the document and its owner, before any
        # other statement of that party.
        # (d18) Or by the claim's sentence ("Beekeepers lost 37% of their colonies,
        # according to a survey by the Beekeepers' Association").
        telling = [j for j in named_pool.values()
                   if not j.is_dispute and (document <= j.text_stems and not owner.isdisjoint(j.text_stems)
                                            or _document_cited(document, j) and _names_match(owner, j.voice))]
        found = ranked_all(telling, 0.0)
        if found:
            best = found[0]
            return best[-1], "the claim of", round(0.75 + 0.2 * min(best[1], 1.0), 4), [], False
    if owner:
        # (d18) "took issue with the Star's cost figure": an outlet named as owner owns
        # what its articles report, whoever they quote.
        # (d19) An outlet's articles of this story only: many outlets share a word of
        # their names ("Star", "Post"), and another story's "Evening Star" is not the
        # "Star" a party took issue with.
        story_articles = {j.claim.article_id for j in story_pool} | {claim.article_id}
        # (w45) "the company's leak figure": the one named body the story calls "the
        # company" ("Harwell Water said ... The company's operations director said") owns
        # it too, its claims naming it only by name ("Harwell Water said it had fixed ...").
        # Only the body's own claims, not its officers' (whose other figures the rejection
        # would reach through the alias alone: "Carewell's regional officer said the
        # council had spent £6 million" is no vacancy figure).
        alias = _kind_alias(reference, dispute, [*same_article, *same_story])
        around = [*same_article, *same_story, *loose_story]
        bodies: list[_Bodies] = []

        def officer_of_owner(j: _Judged) -> bool:
            # (p59) The bodies indexed once per rejection, on the first officer met, not
            # read again for each officer.
            if not POSSESSIVE_ROLE.match((j.claim.speaker_role or "").strip()):
                return False
            if not bodies:
                bodies.append(_Bodies(around))
            return _officer_of(owner, j, around, bodies[0])

        # (d70) Only an owner written as a name is an outlet ("the Star's cost figure"): a
        # common noun ("the bank's claim") names a kind of body, and its stem is in many
        # outlets' names ("Retail Banking Week"), whose every sentence it would own.
        outlet_named = _owner_is_named(reference)
        introduced: list[_SpeakerVoices] = []

        def introduced_as_owner(j: _Judged) -> bool:
            if not introduced:
                introduced.append(_SpeakerVoices(around))
            return introduced[0].names(owner, j)

        owned = [j for j in named_pool.values() if _names_match(owner, _principal_voice(j))
                 or (alias is not None and _said_by_body(j.claim, alias))
                 or _owner_by_short_form(reference, j)
                 or officer_of_owner(j)
                 or introduced_as_owner(j)
                 or (outlet_named and _narrated_by_subject(owner, j))
                 or (outlet_named and _told_by_outlet(owner, j) and j.claim.article_id in story_articles)]
        if accusation_pattern().search(reference):
            # (x13) "rejected the union's accusations": the owner's claims read from its
            # accusations of the denier ("the union has accused Calder Property Group of
            # overstating its repair costs"), which share no word with the rejection.
            aimed = [j for j in owned if _accusation_aimed_at(j.claim, dispute)]
            found = ranked_all(aimed, 0.0)
            if found:
                return found[0][-1], "the accusation of", 0.75, others_of(found, 0.75, 0.0), False
        # (d10) A claim of the owner later in the rejection's article answers it (or
        # repeats what it answers), when the owner said something before it.
        owned = [j for j in owned if j.claim.article_id != claim.article_id
                 or j.claim.start_char < claim.start_char] or owned
        owned = _own_accounts(owned, reference, owner)
        if owner_clause:
            # (fxO) The owner's statement said in a clause ("the company's claim that its
            # leakage was at the lowest level") is a claim of the owner's saying a word of
            # it, not any other ("1.46 million customers had been covered by the ban").
            # (fxD) Saying enough of it: two of its words, or its figure ("one in five"), not
            # one word ("posts": "only 30 of the 45 posts were funded" is no vacancy claim).
            clause_figures = _clause_figures(dispute, clause or "")
            said_clause = _said_clause(dispute, clause or "")
            said_none = bool(owned)
            owned = [j for j in owned if _says_enough_of(owner_clause - names, clause_figures, j, said_clause)
                     and not _opposes_told_content(clause or "", j.own_text)]
            said_none = said_none and not owned
        owned_figures = [j for j in owned if j.claim.quantities]
        # "the union's figure for the number of strikers": a figure is rejected, so a
        # statement of that party without one is not it; the figure may be given by
        # another voice of that side ("the alliance said 2,300 had joined").
        if not owned_figures and _rejects_a_figure(reference):
            owned = []
        # "the union's figure for the number of strikers", "Greyline's loss figure": the
        # owner's figures naming what the rejection says is counted, if any do.
        # What it counts may be named before the rejection's own words, in its sentence
        # ("The union's estimate of long waits is a figure that the trust said was
        # exaggerated").
        measured = _measured_by_rejection(dispute.own_text) or _measured_by_rejection(reference)
        naming = [j for j in owned_figures if not measured.isdisjoint(j.text_stems)]
        # (d65) When none of the owner's figures names it, the story's figure that does,
        # whoever was read as its voice ("the trust's recruitment figures are padded" /
        # "Its chief executive said the trust had recruited 120 nurses"), not the owner's
        # figure of something else ("beds had been closed on two wards").
        if owned_figures and not naming:
            measuring = ranked_all(_figures_measuring(measured, dispute, pool.values()), 0.0)
            if measuring:
                best = measuring[0]
                return best[-1], "the figure of", round(0.75 + 0.2 * min(best[1], 1.0), 4), [], False
        owned_figures = naming or owned_figures
        # "described the union's claim of 2,100 strikers as 'wildly inflated'": the
        # owner's figure the rejection's sentence repeats, if one does.
        repeated = _figures_in_sentence(dispute, same_article)
        owned_figures = [j for j in owned_figures if _has_figure(j.claim, repeated)] or owned_figures
        # A common-noun owner ("the company's assurance") stands for one of many voices:
        # its statement must also share words with the rejection, unless a figure is meant.
        floor = 0.0 if owned_figures or _owner_is_named(reference) else settings.dispute_target
        # (d116) A rejection naming the owner's thing as a statement ("the governor's
        # account", "the bank's claim") and repeating no figure does not say a figure is
        # meant: the owner's figures are not ranked before its statements (a figure told
        # beside the account, "still searching for four people", took the rejection),
        # unless one shares a word of the rejection beyond the owner and statement nouns
        # ("the union's claim about allowances" / its "worth 6% once ... allowances"), or
        # the thing is a document (`_owned_document`: "the group's survey", whose findings
        # are figures; the document step reads it above). The rejecter's own name and
        # role ("the company's operations director") share nothing.
        hollow = owner | _statement_noun_stems() | dispute.voice
        stated = not repeated and not document and _names_a_statement(reference) \
            and not any((own & j.text_stems) - hollow for j in owned_figures)
        found = ranked_all(owned if stated else (owned_figures or owned), floor)
        # (t40) Which of the owner's claims: one sharing with the rejection only the
        # owner's name or a statement noun ("the federation's figure" / "The federation's
        # count puts the waiting list at 5,100") is no nearer what was rejected than the
        # owner's other claims; of those the words cannot tell apart, the one told right
        # before the rejection, else the owner's first told (`_told_order`).
        found = ranked_all([f[-1] for f in found], 0.0, first_told=True,
                          hollow=owner | (_own_name_stems(alias) if alias else frozenset())
                          | _statement_noun_stems())
        if found:
            best = found[0]
            score = round(0.75 + 0.2 * min(best[1], 1.0), 4)
            return best[-1], "the claim of", score, others_of(found, 0.75, 0.2), False
        # A rejected figure is found by the figure rules below; a statement, failing all
        # else, is the owner's nearest before the rejection.
        # (fxD) Not when the owner said things and none of them says the clause: its nearest
        # claim, or the article's nearest figure, is then only another of its claims.
        told = None if _rejects_a_figure(reference) or said_none else _told_by_owner(owner, earlier)
        if told is not None:
            return told, "the claim of", 0.7, [], False
    repeated = _rejected_figures(dispute, same_article)
    if repeated:
        best = ranked([j for j in named_pool.values() if _has_figure(j.claim, repeated)], 0.0)
        if best:
            return best[-1], "the figure of", round(0.75 + 0.2 * min(best[1], 1.0), 4), [], False
    if said_none:
        return None
    if figure_noun_pattern().search(reference):
        # "called the higher figure 'speculation'": of two earlier figures of the article
        # counting one thing and differing, the higher (or lower) one.
        compared = _compared_figure(reference, [j for j in earlier if _other_party(dispute, j)])
        if compared is not None:
            return compared, "the figure of", 0.85, [], False
        # "that estimate" points back in the text: an earlier figure of the article first,
        # the one sharing most words with the rejection, else the nearest.
        # (d70) When the rejection names another owner ("the company's figure"), not a
        # figure of the body its speaker is an officer of ("A count by the Riders' Union
        # found 41% were paid late. Its chair said the company's figure was
        # misleading"): that is the rejecter's own side (`_officer_body`, t48).
        own_body = _officer_body(dispute, same_article) if owner else None
        not_own = [j for j in earlier if own_body is None or j.claim.speaker != own_body.claim.speaker]
        figures = [j for j in not_own if j.claim.quantities]
        # "the figure for the number of strikers": the figures whose claims name the
        # measured thing, if the rejection says what the figure counts.
        measured = _measured_by_rejection(dispute.own_text)
        figures = _naming_measured(not_own, measured, pool.values()) or figures
        # (r101) Of the article's earlier figures, one sharing with the rejection only the
        # rejecter's own name ("The executive said it did not recognise the figure" / the
        # MP's "the executive's own engineers told it ... six months") is no nearer what was
        # rejected than the others (`hollow`, as w31 reads the name), so "the figure" is the
        # one told last (the guild's £9m, the sentence before). A role is no name: "A former
        # moderator, Oisin Gleeson, has said the figure is far lower" still meets "more than
        # 2,000 moderators".
        rejecter_words = (topic_stems(claim.speaker or "") | topic_stems(claim.speaker_mention or "")) \
            - topic_stems(claim.speaker_role or "")
        found = ranked_all(figures, 0.0, hollow=rejecter_words) or ranked_all(
            [j for j in pool.values() if j.claim.quantities], settings.dispute_target
        )
        if found:
            best = found[0]
            score = round(0.65 + 0.25 * min(best[1], 1.0), 4)
            return best[-1], "the figure of", score, others_of(found, 0.65, 0.25), False
    unowned = None if owner else DEFINITE_DOCUMENT.search(reference)
    if unowned and unowned.group(1).lower() in document_nouns():
        # (d18) 'Zoomly said the study was "deeply flawed"': with no owner named, the
        # study is the one the article told of before; its claim is the one whose
        # sentence names it ("..., according to a study published on Tuesday by ...").
        noun = topic_stems(unowned.group(1))
        best = ranked([j for j in earlier if noun <= j.stems and not j.is_dispute], 0.0)
        if best:
            return _claim_of(best)
    if not owner and definite_report_pattern().search(reference):
        # "called the report inaccurate": with no owner named, the report is what the
        # article itself relayed before the rejection; the earlier claim of the article
        # sharing most words with it.
        best = ranked(earlier, 0.0)
        if best:
            return _claim_of(best)
    if accusation_pattern().search(dispute.own_text) and claim.speaker:
        # "Krell denied all charges of fraud": the accusers' claims name the accused
        # ("prosecutors said Damian Krell stole about £3.4 million"), not the charges. The
        # story's claims of other parties naming the denier, earlier in the article first.
        name = _surname(claim.speaker)
        accusing = [j for j in story_pool
                    if name and re.search(rf"\b{re.escape(name)}\b", j.claim.text) and j.claim.speaker]
        # (t12) Or, in an article of the story however loosely, whose sentence accuses the
        # denier by its full name before telling what of ("Wildguard has accused Kelby Zoo
        # of neglecting its elephants, saying keepers left ...").
        # (x13) In its own article too when the claim is read from that accusation
        # ("Inspectors accused the haulier Dunmere Freight of falsifying tachograph
        # records ... Dunmere denied wrongdoing"): its words no longer name the denier.
        full = _full_name(claim.speaker)
        accusing += [j for j in (*story_pool, *(j for j in loose_story if _other_party(dispute, j)))
                     if full and j.claim.speaker and (j.claim.article_id != claim.article_id
                                                      or _accused_in(j.claim) is not None)
                     and _accuses_before(j.claim, full) and j not in accusing]
        if accusing:
            best = max(accusing, key=lambda j: (j.claim.article_id == claim.article_id
                                                and j.claim.start_char < claim.start_char,
                                                bool(j.claim.quantities), -abs(j.claim.start_char - claim.start_char)))
            # (d18) "the allegations": every claim of the accusing sentence ("accused Kelby
            # Zoo of neglecting its elephants, saying keepers left ..."), the figure first.
            also = [(j, 0.7) for j in accusing if j is not best and _same_sentence(j.claim, best.claim)]
            return best, "the accusation of", 0.7, also, False
    if content:
        # What the rejection says was claimed ("reports that Graham Tull had conceded
        # defeat"), said in part by one claim of the story ("Tull conceded shortly after
        # 4am, shaking hands ..."), before a claim sharing only other words of the
        # rejection (the names: "polled 14,206 votes to 13,894 for Graham Tull").
        # (t11) A claim of an article only loosely related to the rejection's
        # (`loose_story`) must also name someone or something the clause names ("Tull"):
        # one sharing only a word of the clause ("its equipment started the blaze" /
        # "9,000 runners had started the race") is another story's.
        weak = [*pool.values(), *(j for k, j in named_pool.items() if k not in pool and not names.isdisjoint(j.text_stems))]
        best = _best_by_content(content, weak, settings.dispute_content * WEAK_CONTENT_SHARE,
                                _absent_stems(clause or ""), names, index=related.index)
        if best:
            return best[1], "the claim of", 0.6, [], False
    # (d10) A claim sharing with a rejection only the name of whose statement it rejects
    # ("rejected the airline's version of events" / "welcomed the airline's apology")
    # mentions that party; it is not that party's statement.
    # (w31) The words shared must reach the bar without the rejecter's own name as the
    # rejection's sentence writes it ("The Penhallow Port Trust rejected ..." shares "port
    # trust" with every claim about the trust): a claim reaching it only through that
    # name (`named_only`) is taken last, once the nearest earlier statement of another
    # party and the story's have had their turn.
    unnamed = topic_stems(_without_rejecter(reference, claim))
    # (d93) A claim told after the rejection in its own article answers nothing the
    # rejection names when the words they share are only statement nouns or the
    # rejecter's own name ("Brenmoor said it did not accept the findings" / paragraphs on,
    # "the findings showed the company could not be trusted"): the earlier steps below
    # (the nearest earlier statement, the story's) have their turn first.
    hollow = _statement_noun_stems() | dispute.voice

    def said_before(j: _Judged, words: frozenset[str]) -> bool:
        return j.claim.article_id != claim.article_id or j.claim.start_char < claim.start_char \
            or not (words & j.text_stems) <= hollow

    best = next(iter(ranked_all([j for j in pool.values() if (not owner or not (unnamed & j.text_stems) <= owner)
                                 and said_before(j, unnamed)],
                                settings.dispute_target, unnamed)), None)
    named_only = None if best else ranked([j for j in pool.values() if (not owner or not (own & j.text_stems) <= owner)
                                           and said_before(j, own)],
                                          settings.dispute_target)
    if best:
        return _claim_of(best)
    # Last resort, the nearest earlier statement of another party: only for a rejection
    # that merely points back ("any suggestion to the contrary is false"). One that says
    # what it rejects ("any suggestion that passengers will be less safe is wrong", "the
    # loss was exaggerated") must share a word of it with its target.
    topic = _rejection_topic(dispute.own_text)
    attributed = [j for j in earlier if _attributed(j.claim) and (not topic or not topic.isdisjoint(j.text_stems))]
    if attributed:
        # (d62) Not the preceding claim when it says nothing of what was rejected and
        # another party's claim does (`_said_instead`).
        instead = _said_instead(dispute, attributed[-1], earlier, [
            j for j in (*story_pool, *(j for j in loose_story if _other_party(dispute, j)))
            if j.claim.article_id != claim.article_id], ranked_all)
        if instead is not None:
            return instead, "the claim of", 0.6, [], False
        # (d65) "The charity rejected the claim": the whole of what that party just said,
        # its quotation's run of sentences (`_said_in_one_run`), not only its last sentence.
        if _bare_claim_noun(dispute.own_text):
            run = [(j, 0.6) for j in _said_in_one_run(attributed[-1], attributed)]
            return attributed[-1], "the preceding claim of", 0.6, run, bool(run)
        return attributed[-1], "the preceding claim of", 0.6, [], False
    # (d10) A rejection naming only a statement of someone ("rejected the airline's version
    # of events", "pushed back on the committee's conclusion") whose owner or words found
    # nothing: the statement of another party said right before it in the article.
    if not content and _names_a_statement(reference):
        near = [j for j in earlier if _attributed(j.claim) and _sentences_apart(j.claim, claim) <= 1]
        if near:
            return _latest(near), "the preceding claim of", 0.6, [], False
    # (t11) A rejection answering another outlet's article ("Norrland said the images were
    # out of date"), its own article holding nothing of the other party before it: the
    # story's statement of another party sharing most words with the rejection's
    # sentence, at a lower bar than a claim of any article must pass.
    if _declines_proposal(dispute):
        # (d18) Not a rejected proposal ("rejected a call by campaigners to hand the pool
        # over"): words shared at this low bar are the story's, not a claim it answers.
        return _claim_of(named_only)
    told = [j for j in story_pool if j.claim.article_id != claim.article_id and _attributed(j.claim)
            and _surname(j.claim.speaker) != _surname(claim.speaker or "")]
    # (d62) And another party's claim of an article only loosely of the story, when it says
    # `LOOSE_TOLD_SHARED` words of what was rejected (`_rejected_words`: "the promise of more
    # swimming lessons for children was hollow" / "the new centre would double the swimming
    # lessons"), not only words of the rejection's frame.
    rejected = _rejected_words(dispute)
    told += [j for j in loose_story if j.claim.article_id != claim.article_id and _attributed(j.claim)
             and _other_party(dispute, j) and not _own_side(dispute, j) and j not in told
             and _surname(j.claim.speaker) != _surname(claim.speaker or "")
             and len(rejected & j.text_stems) >= LOOSE_TOLD_SHARED] if rejected else []
    if story_share < STORY_TARGET_SHARE:
        # (g24) At the lower bar a word shared must be of what was said: not only the
        # rejecter's own name in its sentence ("Pennock Rail said it had found no fault
        # with the signals" / "Pennock Rail trains ran late all week") nor a statement
        # noun ("called the society's warning overblown" / "the warning would cost
        # growers dearly").
        said = own - dispute.voice - _statement_noun_stems()
        told = [j for j in told if not said.isdisjoint(j.text_stems)]
    best = ranked(told, story_share * settings.dispute_target)
    if best:
        return best[-1], "the claim of", 0.6, [], False
    return _claim_of(named_only)


# (q66) A figure of a told clause, and the rejecter's own side in it ("our members", "we").
TOLD_FIGURE = re.compile(r"\d[\d,.]*\d|\d")
FIRST_PERSON_PHRASE = re.compile(r"\b(?:our|my)\s+[\w'’-]+|\b(?:we|us|i|me)\b", re.IGNORECASE)


def _faulted_own_statement(clause: str) -> frozenset[str]:
    """(d93) The stems of the rejecter's own statements a told clause names ("our figures
    were wrong" -> figure; "our count included ..." -> count): statement nouns only, not
    "our members" or "our town"."""
    return topic_stems(" ".join(own_statements(clause)))


def _told_target(told: ToldClaim, dispute: _Judged, same_article: list[_Judged], same_story: Sequence[_Judged],
                 loose_story: Sequence[_Judged], related: _RelatedClaims, settings: ConflictSettings,
                 ) -> tuple[_Judged, str, float, list[tuple[_Judged, float]], bool] | None:
    """(q66) The target of a rejection that tells what it rejects in its own first
    sentence (`told_claims.told_claim`): '"Kelby Metro told us the line would reopen in May.
    It did not," said a passengers' group' answers the claim of another party saying most
    of "the line would reopen in May" ("The Kelby tram line will reopen in May"), the
    teller's first when the sentence names one. No other evidence is taken: a figure of the story
    sharing the rejection's other words ("Twenty-six people had seizures" / the review's
    26 reports of seizures) agrees with the rejecter, and the rejecter's own side is never
    the target. None when no claim says the clause."""
    # "We were told our members were exaggerating": the rejecter's own people ("our
    # members", "we") are not what the other party's claim must say.
    content = topic_stems(FIRST_PERSON_PHRASE.sub(" ", told.clause))
    teller = topic_stems(told.teller) if told.teller else frozenset()
    # (d93) "The council told us our figures were wrong": the rejecter's own statement the
    # teller faulted ("our figures", a statement noun) is what the teller's claim names
    # ("the group's figure was simply wrong"), a word shared with it as the clause's own.
    faulted = _faulted_own_statement(told.clause)
    said = content - faulted
    content |= faulted
    # A clause of one rare word ("there were no leaks") is said by the teller's claims only.
    if not content or (len(content) < CONTENT_MIN_STEMS and not teller):
        return None
    claim = dispute.claim
    pool = {j.index: j for j in same_article if not _later_narration(j, claim)}
    # The story's claims only: a claim of another story sharing the clause's few words
    # ("nothing could have been done" / "I have done nothing wrong") is not what was told.
    pool.update({j.index: j for j in (*same_story, *loose_story)})
    # Another party's claim, a rejection too (what was told may itself reject: "We were
    # told our members were exaggerating" answers "Some of the reports are exaggerated").
    # (t72) Not a claim that itself reports the telling ("They trusted him because he told
    # them their money was safe"): it agrees that it was told, and says nothing true.
    # (t72) A claim of an article told before the story's window (`_Stories.told_before`)
    # says at least `LOOSE_TOLD_SHARED` words of the clause: one word ("money") meets
    # anything of a months-old report ("655 of the investors had lost money").
    candidates = [j for j in pool.values() if _told_party(dispute, j, teller)
                  and not _reports_telling(j.own_text, bool(teller) and _names_match(teller, j.voice))
                  and not _forecast_against_account(told.clause, j.own_text)
                  and ((teller and _names_match(teller, j.voice))
                       or not (_denies_told_content(told.clause, j.own_text)
                               or _opposes_told_content(told.clause, j.own_text)))
                  and (_near_in_time(dispute.ref, j.ref, settings.story_days)
                       or len(content & j.text_stems) >= LOOSE_TOLD_SHARED)
                  # (d93) the faulted noun alone ("figure") is not what was told of it
                  and (not faulted or not said or not said.isdisjoint(j.text_stems))]
    polarity = _absent_stems(told.clause)
    names = _names_in(told.clause)
    tellers = [j for j in candidates if teller and _names_match(teller, j.voice)]
    # "told the public that riders earn £14.20 an hour": a claim repeating the figure first.
    figures = frozenset(TOLD_FIGURE.findall(told.clause))
    def holding(group: list[_Judged]) -> list[_Judged]:
        return [j for j in group if figures and not figures.isdisjoint(TOLD_FIGURE.findall(j.own_text))]
    # The teller's own claims are read whatever the reach of their negation ("We do not
    # believe any of these leaks breached our licence" says what "there were no leaks" told).
    groups = ((holding(tellers), None), (holding(candidates), polarity), (tellers, None), (candidates, polarity)) \
        if len(content) >= CONTENT_MIN_STEMS else ((tellers, None),)
    found = next(filter(None, (_ranked_by_content(content, group, settings.dispute_content,
                                                  held, names, [*same_article, *same_story])
                               for group, held in groups)), [])
    if not found:
        return None
    score, best = found[0]
    return best, "the claim told of", round(0.7 + 0.25 * min(score, 1.0), 4), [], False


# (g80) A contrast's negation: "not" and up to three words before a word it sets aside
# ("..., not by its supplier", "not the 14"), inside its clause. (lead, review cr81) Not
# "not only/just/yet/least/all", "whether or not", "it was not clear whether": those set
# nothing aside.
CONTRAST_NOT = re.compile(
    r"(?<![\w'’-])(?<!\bor\s)not\s+"
    r"(?!(?:only|just|merely|yet|least|all|always|necessarily|quite|long|clear|known|certain|sure)\b)"
    r"((?:[\w'’-]+\s+){0,3}[\w'’-]+)", re.IGNORECASE)


def _denies_told_content(clause: str, text: str) -> bool:
    """(g80) A candidate whose own "not" sets aside a word of a told clause that was not
    negated agrees with the rejecter, and is not what it was told: '"The company told us
    the update came from its supplier. It did not," the regulator said' does not answer
    "the update had been written and tested by the company, not by its supplier" (the
    regulator's own finding), but the claim that the fault came "from an equipment
    supplier". A negated told clause ("told us the line would not reopen") is left to
    `_ranked_by_content`'s polarity."""
    if NEGATOR.search(clause):
        return False
    content = topic_stems(clause)
    return any(not content.isdisjoint(topic_stems(m.group(1))) for m in CONTRAST_NOT.finditer(text))


def _opposes_told_content(clause: str, text: str) -> bool:
    """(d95) A candidate saying the other side of an opposite pair than the told clause
    (`_opposite_words`, negations read: "had been falling" / "had grown", "would reopen in
    May" / "will not reopen until July") says what the rejecter says, and is not what the
    teller told: '"We were told the theatre's audiences had been falling. They had not,"'
    does not answer a review finding the audiences had grown. Only a row the clause holds on
    one side and the candidate on the other alone (a candidate with both sides tells two
    things)."""
    told_left, told_right = _opposite_words(clause)
    left, right = _opposite_words(text)
    for row, (a, b) in enumerate(zip(told_left, told_right)):
        if (a is None) == (b is None):
            continue
        if (right[row] if a is not None else left[row]) is not None \
                and (left[row] if a is not None else right[row]) is None:
            return True
    return False


@cache
def _plain_forecast() -> re.Pattern[str]:
    """(g77) conflict_forecast_words.txt without the words that also report a past account
    (conflict_backshifted_forecast_words.txt: "would", "could", "may"): "will", "expects",
    "plans to"."""
    backshifted = frozenset(data_lines("conflict_backshifted_forecast_words.txt"))
    words = sorted((w for w in data_lines("conflict_forecast_words.txt") if w not in backshifted), key=len, reverse=True)
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w'’-])")


def _forecast_against_account(clause: str, text: str) -> bool:
    """(g77) A told clause that is an account of the past, with no forecast word of its own
    ("We were told that the airport had stayed within its cap every year. It did not."),
    is not what a forecast says ("It expects to stay within the cap in 2026"): the forecast
    is of a time the account does not reach. A told forecast ("told us the line would
    reopen in May") still meets a claim that "The line will reopen in May"."""
    return bool(_plain_forecast().search(text)) and not event_dates.forecast_pattern().search(clause)


@cache
def _telling_verb() -> re.Pattern[str]:
    """(t72) A telling verb (conflict_telling_verbs.txt) after its subject word, with a hearer
    after it: "he told them", "the company assured customers"."""
    verbs = "|".join(telling_verbs())
    return re.compile(r"\b(?P<subject>[\w'’-]+)\s+(?:(?:had|has|have|also|always|already|never|\w+ly)\s+){0,3}(?:" + verbs + r")\s+"
                      r"(?:the\s+|its\s+|our\s+|their\s+|his\s+|her\s+)?(?!that\b|to\b|of\b|about\b|by\b)[\w'’-]+\s+\S",
                      re.IGNORECASE)


def _reports_telling(text: str, own: bool = False) -> bool:
    """(t72) A claim that reports another party's telling ("They trusted him because he told
    them their money was safe", "we were assured the bridge was sound") is no telling
    itself: it agrees with a rejecter's "You told them their money was safe. You knew it was
    not." that it was told, and is not what that rejecter answers. A teller's own
    first-person telling ("We told customers prices would not rise") is its claim still.
    (k73) So is "We've told customers", "We have always told customers", and, in a claim
    the teller itself says (`own`), its reported telling "he had told customers ..." or "it
    had assured customers ..." (not after "because": "they trusted him because he told them").
    A pronoun opening the claim ("[the director said] he had told customers ...") is the
    speaker's reported first person."""
    for m in _telling_verb().finditer(text):
        subject = re.sub(r"['’](?:ve|d|ll|m|re)$", "", m.group("subject").lower())
        if subject in ("i", "we"):
            continue
        before = text[:m.start()].lower()
        framed = re.search(r"\b(?:because|since|after|as|when|trusted|believed)\s+$", before)
        opening = not before.strip(" \"'“‘")
        if subject not in ("he", "she", "it", "they") or framed or not (own or opening):
            return True
    return False


def _told_party(dispute: _Judged, j: _Judged, teller: frozenset[str] = frozenset()) -> bool:
    """(q66) A claim of another party than the rejecter's (`_own_side`), not one holding
    the rejection itself (the outlet's sentence around a quote)."""
    a, b = dispute.claim, j.claim
    if j.index == dispute.index or not b.speaker or _own_side(dispute, j) or _described_by_rejecter(a, b):
        return False
    # The rejecter's body named in both voices ("the authority's director" / "Fair Markets
    # Authority"): its own finding, never what it was told (unless the voice is the
    # teller's: "Kelby Metro told us ..." said "Orla Penhale of the Kelby Passengers Group").
    if not dispute.voice.isdisjoint(j.voice) and not (teller and _names_match(teller, j.voice)):
        return False
    if a.article_id == b.article_id and b.start_char <= a.start_char and a.end_char <= b.end_char:
        return False
    return not (a.speaker and a.article_id == b.article_id
                and _surname(a.speaker) is not None and _surname(a.speaker) == _surname(b.speaker))


def _later_narration(j: _Judged, rejection: Claim) -> bool:
    """(g62) A claim in the outlet's own voice, with no figure, told after the rejection in
    its article and not in the sentence right after it ("We disagree with the commission's
    findings", then, paragraphs on, the closing "Parents worried about what their children
    see online can find advice on the commission's website"): the writer's later narration
    is no party's statement the rejecter answered, however many words it shares with the
    rejection. A later figure may set out what was rejected ("... say its headline figure
    measures the wrong thing. ... The headline: 98% of ..."), and so may the sentence right
    after; a party's later claim may still be the target, and so may the outlet's narration
    before the rejection."""
    return (j.claim.article_id == rejection.article_id and j.claim.start_char > rejection.start_char
            and not _attributed(j.claim) and not any(q.value is not None for q in j.claim.quantities)
            and _sentences_apart(rejection, j.claim) >= 2)


# (d62) Words of what was rejected a claim of an article only loosely of the rejection's story
# must say to be taken at the story's lowest step. One shared word (any word: "children")
# took other stories' claims on development (a lede denial lost to another story's speaker,
# six cross-story unlabelled predictions).
LOOSE_TOLD_SHARED = 2


# (d62) A rejection's own reasons, after what it rejects: "the council's promise of more
# swimming lessons was hollow, because the closure of the lido would leave fewer pools".
REJECTION_REASON = re.compile(r"(?:,\s*(?:because|since|as|saying|adding|arguing|insisting|given that)|"
                              r"\s+because)\b.*", re.IGNORECASE | re.DOTALL)
# (d62) A possessive word: whose statement is rejected ("the council's"), not what it said.
POSSESSIVE_WORD = re.compile(r"\b[\w-]+(?:['’]s|s['’])(?=\s)")


def _rejected_words(dispute: _Judged) -> frozenset[str]:
    """(d62) The stems of what a rejection says was wrong, without the reasons it gives
    (`REJECTION_REASON`: "..., because the closure of the lido would leave fewer pools"),
    whose words are the rejecter's side's own, nor whose statement it was (a possessive:
    "the council's"), the rejecter's name, the rejecting, pointing and statement words.
    Empty for a rejection that only points back ("that claim is false")."""
    text = REJECTION_REASON.sub("", dispute.own_text)
    text = _without_rejecter(POSSESSIVE_WORD.sub(" ", text), dispute.claim)
    return _rejection_topic(text) - dispute.voice - _statement_noun_stems() \
        - topic_stems(dispute.claim.cue or "")


def _said_instead(dispute: _Judged, preceding: _Judged, earlier: Sequence[_Judged],
                  elsewhere: Sequence[_Judged], ranked_all: Callable[..., list]) -> _Judged | None:
    """(d62) The preceding-claim last resort took the nearest earlier attributed claim of
    another party sharing any word with the rejection, most often a word of the reasons
    the rejecter gives, which are its own side's ("the swimming clubs' association said the
    centre would close the old lido. Its chair said the council's promise of more swimming
    lessons was hollow, because the closure of the lido would leave fewer pools"). When
    that claim shares no word of what was rejected (`_rejected_words`: "swimming lessons"),
    another party's claim that does is the target: the nearest earlier one of the article,
    else the one of another article of the story sharing most of it ("the centre would
    double the number of swimming lessons", the council's director in another outlet). None
    when the preceding claim says some of it, or nothing else does."""
    rejected = _rejected_words(dispute)
    if not rejected or not rejected.isdisjoint(preceding.text_stems):
        return None
    here = [j for j in earlier if _attributed(j.claim) and not _own_side(dispute, j)
            and not rejected.isdisjoint(j.text_stems)]
    if here:
        return _latest(here)
    there = [j for j in elsewhere if _attributed(j.claim) and not _own_side(dispute, j)
             and not rejected.isdisjoint(j.text_stems)]
    found = ranked_all(there, 0.0, rejected)
    return found[0][-1] if found else None


def _says_none_of(content: frozenset[str], target: _Judged, figures: frozenset[str] = frozenset()) -> bool:
    """(d57) A rejection that says what was claimed ("the force's statement that it did not
    set targets was not borne out") does not answer a claim saying none of it: the owner's
    nearest earlier sentence ("no footage, despite the force's statement that every search
    was filmed") is another of its statements. Loosely matched (`_names_match`:
    "approached" ~ "approach"); a figure of the clause said again is said ("any suggestion
    that 300 posts will go" / "up to 300 jobs are at risk"); a rejection naming no content
    passes."""
    if not content or not figures.isdisjoint(_figure_words(target.claim.text)):
        return False
    return not any(_names_match(frozenset((s,)), target.text_stems) for s in content)


FIGURE_WORD = re.compile(r"\d[\d,.]*\d|\d")


def _figure_words(text: str) -> frozenset[str]:
    """(d57) The figures of a text as written, without thousands commas ("2,300" -> "2300")."""
    return frozenset(f.replace(",", "") for f in FIGURE_WORD.findall(text))


def _said_in_one_run(latest: _Judged, said_before: Sequence[_Judged]) -> list[_Judged]:
    """(t40) The claims of `latest`'s speaker told in an unbroken run of sentences ending
    with it (its own sentence, the one before, ...), nearest first, going back a sentence
    only from a quotation; another voice's claim in between ends the run. A bare "denied that" after a party's quote of two or three
    sentences answers the quote, whose first sentence is most often what is denied ("Two
    ballot boxes were not sealed when they arrived at the count"), not only its last
    ("Our agents raised it at the time and were ignored")."""
    run, last = [], latest
    for j in sorted((j for j in said_before if j is not latest and j.claim.start_char <= latest.claim.start_char),
                    key=lambda j: (j.claim.start_char, -j.index), reverse=True):
        apart = _sentences_apart(j.claim, last.claim)
        # The run goes back a sentence only from a quotation, which goes on with what
        # was said before it; two reported sentences are two things said ("Brandt said
        # bills would rise. Brandt said leaks had been cut. The panel disputed that").
        if j.claim.speaker != latest.claim.speaker or apart > 1 or (apart == 1 and not last.claim.is_quote):
            break
        run.append(j)
        last = j
    return run


# (t40) A claim told earlier in the rejection's own article saying the rejected content
# at least this share as well as another article's best is what the rejection answers.
OWN_ARTICLE_CONTENT_SHARE = 0.8


def _own_article_first(found: list[tuple[float, _Judged]], rejection: Claim) -> list[tuple[float, _Judged]]:
    """(t40) Of claims saying what a rejection's clause says (`_ranked_by_content`), one
    told earlier in the rejection's own article, nearly as well as the best of another
    article (`OWN_ARTICLE_CONTENT_SHARE`), goes first: "Passenger group X said 40 trains
    were cancelled on Monday. The operator denied that any services had been cancelled"
    answers the group, not another operator's "cancelled 2,300 services" of a story the
    store holds beside it, whose wording a few more rare words happen to match."""
    if not found or found[0][1].claim.article_id == rejection.article_id:
        return found
    floor = OWN_ARTICLE_CONTENT_SHARE * found[0][0]
    own = next((f for f in found if f[0] >= floor and f[1].claim.article_id == rejection.article_id
                and f[1].claim.start_char < rejection.start_char), None)
    if own is None:
        return found
    return [own] + [f for f in found if f is not own]


def _told_order(candidate: Claim, rejection: Claim) -> tuple[bool, int]:
    """(t40) Of a party's claims the rejection's words cannot tell apart, which it most
    likely answers: one told right before it (within a sentence, same article) is what it
    answers ("said journey times rose by 90 seconds. A spokesman called the council's
    figure a fantasy"); failing that, the one told first in its article, the party's
    headline claim ("cancelled 2,300 services, the operator said ... The group said the
    operator's figures were misleading"), not a side detail told nearer ("it had hired 90
    new drivers"); an offset in another article says nothing of nearness."""
    near = candidate.article_id == rejection.article_id and candidate.start_char < rejection.start_char \
        and _sentences_apart(candidate, rejection) <= 1
    if near:
        return True, -abs(candidate.start_char - rejection.start_char)
    return False, -candidate.start_char


def _claim_of(best: tuple | None) -> tuple[_Judged, str, float, list[tuple[_Judged, float]], bool] | None:
    """The target of a ranked best candidate (`ranked`: its overlap second, the claim
    last), scored by how much of the rejection's words it says; (w31) also the claim that
    shares them only with the rejecter's name counted, answered when nothing else is."""
    if best is None:
        return None
    return best[-1], "the claim of", round(0.6 + 0.3 * min(best[1], 1.0), 4), [], False


def _without_rejecter(reference: str, claim: Claim) -> str:
    """(w31) The rejection's words with its speaker's name and mention cut out where
    they are written ("Kelvary Power denied that its equipment started the blaze"
    -> "denied that its equipment started the blaze"); a word of the name written
    elsewhere ("rejected the company's assurance on drinking water", by a water company)
    stays."""
    for name in filter(None, (claim.speaker_mention, claim.speaker)):
        reference = re.sub(re.escape(name), " ", reference, flags=re.IGNORECASE)
    return reference


@cache
def _statement_noun_stems() -> frozenset[str]:
    """(g24) Stems of the nouns naming what a party said ("warning", "claim", "figures")."""
    return topic_stems(" ".join(statement_nouns()))


# (u40) Words telling a figure without digits: "waiting times had doubled".
# (claims/data/conflict_figure_multiples.txt)
@cache
def _multiple_words() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(data_sizes("conflict_figure_multiples.txt")) + r")\b", re.IGNORECASE)


def _names_a_figure(dispute: _Judged) -> bool:
    """(u40) The rejection's own words name a figure ("the Clearwater Alliance's spill
    figures", "it did not accept that number", "a union count that put the number of
    strikers far higher"): what it rejects is a figure. (fxL) Of a rejection telling what it
    rejects (`told_claims.told_claim`), the told clause's words only: the answer's own count
    ("The road has not been started, and we count more than 70 a week") rejects no figure."""
    told = told_claim(dispute.own_text)
    if told is not None and not answers_apart(told):
        return bool(figure_noun_pattern().search(told.clause))
    return bool(figure_noun_pattern().search(dispute.own_text))


def _tells_a_figure(claim: Claim) -> bool:
    """(u40) The claim gives a figure: a quantity read in it, or a multiple in words
    ("had doubled in a year"). A rejection of a figure set against a claim giving none
    ("had ignored warnings from residents about the smell", "services were often late",
    "they were harmed by the drug") answers another claim of the story: the dev review
    found 9 of 10 such pairs false, the tenth arguable."""
    return bool(claim.quantities) or bool(_multiple_words().search(claim.text))


def _figures_told(claims: Sequence[_Judged]) -> bool:
    """(u40) A claim of these (the rejection's article and its target's) gives a figure:
    the figure the rejection names is told somewhere, so a claim giving none is not it.
    Where no claim gives one, the rejection keeps the target it found."""
    return any(_tells_a_figure(j.claim) for j in claims)


@cache
def _granting_pattern() -> re.Pattern[str]:
    """(u40) The words of claims/data/conflict_granting_words.txt, inflected."""
    return phrase_pattern(data_lines("conflict_granting_words.txt"))


def _declines_a_proposal(dispute: _Judged) -> bool:
    """(u40) The claim is the object of its rejecting cue and names a thing put forward
    (claims/data/conflict_proposal_nouns.txt): "The trust rejected a request from the
    union to delay the vote", "Marsh also rejected calls for an independent inquiry", "The
    board rejected Greyhaven's application to add 20 turbines". The cue declines it; it
    rejects nothing anyone said, and was set against the story's nearest claim (dev review:
    5 of 42 unlabelled disputes). "denied the claim that ...", "rejected the union's
    figures" and a that-less clause ("denied the plan would cost jobs") still reject what
    was said (`declined_proposal_pattern`). The claim stays a rejection for the other rules
    (judged at the claim, the guard lost a closed contradiction)."""
    return bool(dispute_pattern().fullmatch(dispute.claim.cue or "")) \
        and bool(declined_proposal_pattern().match(" " + dispute.own_text))


# (h70) A claim for money, not a statement: "claims" counted ("rejected nine in ten claims",
# "turned down 2,000 claims", "most claims") or a claim "for" or "of" a sum or compensation
# ("a claim for damage to her car", "claimed £640"). A decision on one rejects nothing anyone
# said: round h70's "the council rejected nine in ten claims" was set against "paid 410 of
# them", "The council rejected her claim" against "she had claimed £640", and "the nurse
# whose claim was rejected" against the ombudsman's order (three false disputes).
FILED_CLAIM_COUNT = re.compile(
    r"(?<![\w-])(?:\d[\d,.]*%?|(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+[\w,]+|"
    r"most|many|half|thousands|hundreds|dozens|a\s+(?:third|quarter|fifth|half)|(?:two|three)[\s-](?:thirds|quarters))"
    r"\s+(?:of\s+(?:the|its|their|all)\s+)?(?:[a-z-]+\s+)?claims(?![\w-])(?!\s+that\b)", re.IGNORECASE)
# (cr70) The noun "claim(s)" is a claim for money only before "for" ("a claim for damage to
# her car") or "of" a sum ("her claim of £640"); "claims of damage to the river" and "claims
# £2m had been wasted" (a that-less clause) are statements. The verb ("she had claimed
# £640", "claiming compensation") needs no preposition, but a sum going on as a clause's
# subject ("claimed £2m had been wasted") is a statement.
_SUM = r"(?>[£$€]\s?\d[\d,.]*(?:\s?(?:m|bn|k|million|billion)\b)?)"
_CLAIM_SUM = _SUM + r"(?!\s+(?:had|has|have|was|were|is|are|would|will|could|being)\b)"
_CLAIM_BY = r"(?:(?:about|around|up\s+to|more\s+than)\s+)?"
_CLAIM_MONEY = r"(?:compensation\b|damages?\b|a\s+refund\b|refunds?\b|expenses\b)"
# (k72, review cr72) "claims of £40m in savings" (or "of waste", "worth of cuts") tell a sum
# of something the claim says was made or lost, a statement ("rejected claims of £40m in
# savings as spin"), like "claims of savings worth £40m"; "her claim of £640 in
# compensation" is still one for money.
# (k73, review cr73) The money may have up to two modifiers and be any owed sum: "claims
# of £2m in storm damage", "her claim of £640 in unpaid wages", "£4,000 in legal costs".
_SUM_MONEY = (r"(?:(?!(?:from|to|on|for|of|in|by|at|with|and|or)\b)[\w-]+\s+){0,2}"
              r"(?:compensation|damages?|wages|pay|costs|losses|earnings|fees|expenses|refunds?|arrears)\b")
_SUM_OF_THING = r"(?!\s+(?:in|of|worth)\s+(?!" + _CLAIM_MONEY + r"|" + _SUM_MONEY + r"))"
MONEY_CLAIM = re.compile(
    r"(?<![\w-])(?:claims?\s+(?:back\s+)?(?:for\s+" + _CLAIM_BY + r"(?:" + _CLAIM_SUM + r"|" + _CLAIM_MONEY + r")|of\s+"
    + _CLAIM_BY + _SUM + r"(?!\s+being\b)" + _SUM_OF_THING
    + r")|claim(?:ed|ing)\s+(?:back\s+)?(?:for\s+)?" + _CLAIM_BY
    + r"(?:" + _CLAIM_SUM + r"|" + _CLAIM_MONEY + r"))", re.IGNORECASE)
# (cr70) An article telling claims filed for something ("3,900 claims for damage to
# vehicles"): only there are counted claims ("rejected nine in ten claims") a decision on
# filed claims; "rejected half the claims about fish deaths" elsewhere rejects statements.
FILED_FOR = re.compile(r"(?<![\w-])claims?\s+for\s+(?:[\w-]+\s+){0,2}" + _CLAIM_MONEY, re.IGNORECASE)
# A single claim as the object of a rejecting word ("rejected her claim") or its passive
# subject ("whose claim was rejected"): filed only where its article tells a claim for money.
OWNED_CLAIM = re.compile(r"^\W*(?:(?:the|a|an|its|their|his|her|our|my|your|whose|this|that|[\w'’-]+['’]s?)\s+)?claims?(?![\w-])"
                         r"(?!\s+(?:that|to\s+be|about|of)\b)", re.IGNORECASE)
CLAIM_BEFORE = re.compile(r"(?<![\w-])claims?\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?$",
                          re.IGNORECASE)
FILED_OBJECT_WORDS = 8
# (r99) ... and a count of claims before a passive rejecting word ("nearly one in five theft
# claims made by its members had been rejected"): the count within `FILED_BEFORE_CHARS`.
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?$",
                            re.IGNORECASE)
FILED_BEFORE_CHARS = 80


@cache
def filed_claim_kind_pattern() -> re.Pattern[str]:
    """(r99) A kind of claim filed for payment right before "claim(s)" ("motor claims",
    "total-loss claims"; claims/data/conflict_filed_claim_kinds.txt)."""
    kinds = data_alternation("conflict_filed_claim_kinds.txt")
    return re.compile(rf"(?<![\w-])(?:{kinds})\s+claims?(?![\w-])", re.IGNORECASE)


def _decides_a_filed_claim(dispute: _Judged, article: Sequence[_Judged]) -> bool:
    """(h70) The rejection's rejecting word decides a claim for money (`FILED_CLAIM_COUNT`,
    `MONEY_CLAIM`; or a single claim, `OWNED_CLAIM` / `CLAIM_BEFORE`, in an article telling
    one): "the council rejected nine in ten claims", "The council rejected her claim" after
    "she had claimed £640". "rejected the claim that ...", "rejected claims of a cover-up"
    and a rejection in an article telling no claim for money still reject what was said;
    (cr70) so do counted claims there ("rejected half the claims about fish deaths")."""
    text, cue = dispute.claim.text, dispute.claim.cue or ""
    objects = [" " + text] if dispute_pattern().fullmatch(cue) else []
    befores = []
    for m in dispute_pattern().finditer(text):
        objects.append(text[m.end():])
        befores.append(text[:m.start()])
    tells_money = any(MONEY_CLAIM.search(j.claim.text) or FILED_FOR.search(j.claim.text)
                      or filed_claim_kind_pattern().search(j.claim.text) for j in article)
    for obj in objects:
        head = " ".join(obj.split()[:FILED_OBJECT_WORDS])
        if MONEY_CLAIM.match(head.strip()) or MONEY_CLAIM.match(" ".join(head.split()[1:])):
            return True
        if tells_money and (FILED_CLAIM_COUNT.match(head) or FILED_CLAIM_COUNT.match(" ".join(head.split()[1:]))):
            return True
    # (r99) A counted claim as the passive subject: "one in five theft claims ... had been rejected".
    if tells_money and any(PASSIVE_BEFORE.search(b) and FILED_CLAIM_COUNT.search(b[-FILED_BEFORE_CHARS:])
                           for b in befores):
        return True
    single = any(OWNED_CLAIM.match(obj) for obj in objects) or any(CLAIM_BEFORE.search(b) for b in befores)
    return single and tells_money


def _declines_proposal(dispute: _Judged) -> bool:
    """(d18) The rejection's own words open on a proposal declined by its verb ("a call
    by campaigners to ...", "a proposal from shareholders to ...")."""
    return bool(dispute_pattern().fullmatch(dispute.claim.cue or "")) \
        and bool(declined_proposal_pattern().match(" " + dispute.own_text))


def _declared_figures(dispute: _Judged) -> list[Quantity]:
    """(d18) The figures a party declares the only true ones (`only_true_figure`): those
    of the clause's subject ("its figure of 21%"), not of the reason given after ("...
    because it was based on inspections of 900 hives")."""
    m = only_true_figure(dispute.own_text)
    if not m:
        return []
    claim = dispute.claim
    return [q for q in claim.quantities if q.value is not None and q.start_char - claim.start_char < m.start()]


# (d60) A figure set in place of another ("the true cost was £11.5m") corrects a figure of
# the same unit within this factor of it: "£8.2m over five years", not "£410,000 in
# refunds" (a correction moves a figure, it does not replace one of another size).
CORRECTION_REACH = 10.0


def _corrected_figures(dispute: _Judged) -> list[Quantity]:
    """(d60) The figures a correction sets in place of another party's ("the true cost was
    £11.5m", "the real number was about 450", `CORRECTED_FIGURE`): the first figure of
    the correcting clause, not one of the reason given after it ("once the lease of 18
    lorries was included")."""
    m = CORRECTED_FIGURE.match(dispute.own_text)
    claim = dispute.claim
    if not m:
        return []
    figures = sorted((q for q in claim.quantities if q.value is not None), key=lambda q: q.start_char)[:1]
    # The words before the figure's digits, its surface's own included ("higher than 480").
    lead = "" if not figures else dispute.own_text[:max(figures[0].start_char - claim.start_char, 0)] \
        + re.split(r"[\d£$€]", figures[0].surface or "", maxsplit=1)[0]
    if figures and COMPARED_BEFORE.search(lead):
        # "the real number is far higher than 480": the figure is the one rejected, not one
        # set in its place.
        return []
    return figures


# (d60) A figure read after a comparison ("far higher than 480", "lower than the 420"): the
# figure compared with, not the figure given ("more than 2,100" is a bound of the figure
# given, not a comparison).
COMPARED_BEFORE = re.compile(r"\b(?:higher|lower|greater|bigger|larger|smaller)\s+than\s+(?:the\s+)?(?:[\w-]+\s+)?$",
                             re.IGNORECASE)


def _of_corrected_measure(corrected: list[Quantity], told_before: list[_Judged]) -> list[_Judged]:
    """(g62) Of the figures told before a correction, those measuring what it corrects
    ("the real gap was £61m": "a shortfall of £38m", a synonym, not the nearer "had cost an
    extra £21m this year"), when any does; else all of them, as before."""
    wanted = frozenset(s for f in corrected for s in measure_stems(f))
    if not wanted:
        return told_before
    alike = [j for j in told_before
             if any(q.value is not None and q.unit == f.unit and not wanted.isdisjoint(measure_stems(q))
                    for q in j.claim.quantities for f in corrected)]
    return alike or told_before


def _corrects(corrected: list[Quantity], claim: Claim) -> bool:
    """(d60) The claim gives a figure the correction replaces: one unit, another value,
    within `CORRECTION_REACH` of it; not a claim giving the correction's own figure too
    (its side's: "cancelled more than 2,100 sailings, far more than the 1,240 the
    operator has reported")."""
    return not _has_figure(claim, corrected) and any(q.unit == f.unit and q.value is not None and f.value and q.value
               and abs(q.value - f.value) > 1e-9 * max(1.0, abs(f.value))
               and max(abs(q.value), abs(f.value)) / min(abs(q.value), abs(f.value)) < CORRECTION_REACH
               for q in claim.quantities for f in corrected)


def _document_cited(document: frozenset[str], claim: _Judged) -> bool:
    """(d18) The claim's sentence names the document outside the claim ("..., according
    to a survey by the association"): the claim is what the document found."""
    return document <= claim.stems and document.isdisjoint(claim.text_stems)


def _told_by_outlet(owner: frozenset[str], claim: _Judged) -> bool:
    """(d18) The claim is in an article of the outlet the owner names ("the Star" /
    "Corvale Evening Star"): all of the owner's words are the outlet's, so "Royal Mail" is
    not the "Daily Mail" nor the "Post Office" the "Washington Post"."""
    return bool(claim.ref.outlet) and bool(owner) and owner <= topic_stems(claim.ref.outlet)


# (d18) "the study", "the survey": a document pointed at with no owner.
DEFINITE_DOCUMENT = re.compile(r"\bthe\s+([a-z]+)\b(?!['’])", re.IGNORECASE)


def _full_name(speaker: str) -> str | None:
    """A speaker's name of two capitalised words at least ("Kelby Zoo", not "The zoo"),
    without a leading article: enough to find it named in another outlet's sentence."""
    words = speaker.split()
    if words and words[0] in SPEAKER_ARTICLES:
        words = words[1:]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    return " ".join(words)


def _accuses_before(claim: Claim, name: str) -> bool:
    """(t12) The claim's sentence accuses `name` before the claim: "has accused Kelby Zoo
    of neglecting its elephants, saying ..." (a verb of accusing, the name within a few
    words after it)."""
    return bool(re.search(rf"\baccus(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){{0,3}}?{re.escape(name)}\b",
                          _before_claim(claim)))


# (x13) The words between a verb of accusing and the claim read from it: the accused
# ("have accused [Stenby Borough Council] of ignoring ..."); not a passive's agent.
ACCUSED_BEFORE = re.compile(r"\baccus(?:e|es|ed|ing)\s+(?!by\b)((?:[\w'’.-]+\s+){1,6}?)of\s*$")


def _accused_in(claim: Claim) -> str | None:
    """(x13) Whom a claim read from an accusation accuses, as named between the verb and
    the claim; None for any other claim, or a passive ("was accused by X of")."""
    if not (claim.cue or "").lower().startswith("accus"):
        return None
    m = ACCUSED_BEFORE.search(_before_claim(claim))
    return m.group(1) if m else None


def _accusation_aimed_at(claim: Claim, dispute: _Judged) -> bool:
    """(x13) The claim is read from an accusation of the rejection's speaker."""
    accused = _accused_in(claim)
    return accused is not None and not topic_stems(accused).isdisjoint(dispute.voice)


def _accuses_another(claim: Claim, dispute: _Judged) -> bool:
    """(x13) A claim read from an accusation ("Parents have accused Stenby Borough Council
    of ignoring warnings that the school roof was failing") is answered by the accused: a
    denial by a party named in full that the accusation does not name ("Holm Roofing
    Services denied that its repairs had failed") answers something else, however many
    words the two share. Only names are compared: a denier known only as "the company", or an
    accusation of "him" or "the company", is not judged here."""
    accused = _accused_in(claim)
    return accused is not None and any(w[:1].isupper() for w in accused.split()) \
        and _full_name(dispute.claim.speaker or "") is not None \
        and topic_stems(accused).isdisjoint(dispute.voice)


def _latest(claims: Sequence[_Judged]) -> _Judged:
    """The claim said last in its article; of two at one offset, the first judged."""
    return max(claims, key=lambda j: (j.claim.start_char, -j.index))


# A quoted stretch of fewer words than this is too common to name whose words it repeats.
QUOTED_MIN_WORDS = 2


QUOTED = re.compile(r"[\"“]([^\"“”]{3,80})[\"”]")


def _quoted_words_of(reference: str, candidates: Iterable[_Judged], claim: Claim) -> _Judged | None:
    """(d10) "the company's account of 'minor injuries' was 'an insult to the truth'": a
    rejection quoting another party's words answers the claim saying them (its own
    article's first, then the nearest). The rejecting label itself ("an insult") is no
    one's claim: a quote holding a rebuttal word is skipped."""
    quotes = [q.strip().lower() for q in QUOTED.findall(reference)
              if len(q.split()) >= QUOTED_MIN_WORDS and not rejects(q)]
    if not quotes:
        return None
    saying = [j for j in candidates if any(q in j.claim.text.lower() for q in quotes)]
    if not saying:
        return None
    return max(saying, key=lambda j: (j.claim.article_id == claim.article_id and j.claim.start_char < claim.start_char,
                                      -abs(j.claim.start_char - claim.start_char), -j.index))


# A rejection's own words that only point back: a pronoun object ("disputed that"), a
# clause whose pronoun subject the claim's span left out ("said that was not true").
BARE_POINTER = re.compile(r"^[\W_]*(?:that|this|it|those|these|them)[\W_]*$|"
                          r"^[\W_]*(?:is|was|are|were|had\s+been|has\s+been)\s+"
                          r"(?:[\"“‘]?\w+\s+){0,2}?[\"“‘]?(?:not|untrue|false|wrong)\b",
                          re.IGNORECASE)


# (d65) A rejection whose own words are only a definite claim noun: "the claim", "the
# allegations", "these claims".
BARE_CLAIM_NOUN = re.compile(r"[\W_]*(?:the|these|those)\s+(\w+)[\W_]*$", re.IGNORECASE)


def _bare_claim_noun(own_text: str) -> bool:
    """(d65) The rejection's words name only "the claim" ("The charity rejected the claim.",
    "The board denied the allegations."): it answers the whole of what the party before it
    said, as a bare "denied that" does ("only 54p of every pound reached children. 'The
    rest went on consultants,' she said"), not a clause ("the claim that fees rose", found
    by its content) nor another noun ("the decision")."""
    m = BARE_CLAIM_NOUN.match(own_text)
    return bool(m) and bool(claim_noun_pattern().fullmatch(m.group(1)))


DEMONSTRATIVE_NOUN = re.compile(r"\b(?:that|this|these|those|such)\s+([a-z]+)\b", re.IGNORECASE)


# (d19) A rejection whose words are only an indefinite statement noun: "..., a claim the
# company denies" (`claims.rejections._apposed_statement_span`) rejects what was just said.
APPOSED_STATEMENT = re.compile(r"^[\W_]*(?:a|an)\s+(?:[\w-]+\s+)?([a-z]+)[\W_]*$", re.IGNORECASE)


def _points_back(own_text: str, before: str) -> bool:
    """(d10) The rejection points at what was just said rather than naming it: a bare
    pronoun, a clause of a dropped pronoun subject after "said that", or a demonstrative
    with a statement noun anywhere in it ("did not recognise that description")."""
    if BARE_POINTER.match(own_text) or dissent(own_text):
        # (d89) "few customers who lost service would agree": with what was just said
        return True
    apposed = APPOSED_STATEMENT.match(own_text)
    if apposed and apposed.group(1).lower() in statement_nouns():
        return True
    # (d18) 'said that timetable was "wishful thinking"': the claim's span left the
    # demonstrative out.
    tail, first = before.split()[-1:], own_text.split()[:1]
    if tail and first and _demonstrative_of(tail[0].lower(), first[0].lower()):
        return True
    # (fxJ) 'said that was "nonsense"', 'said this would be unfair': "that" / "this" left
    # outside the span before a verb of the span is the clause's subject, a pronoun for
    # what was just said (reported speech's "that" is followed by a subject, not a verb).
    if tail and first and tail[0].lower() in ("that", "this") and first[0].lower() in clause_auxiliaries():
        return True
    return any(m.group(1).lower() in statement_nouns() for m in DEMONSTRATIVE_NOUN.finditer(own_text))


def _demonstrative_of(word: str, noun: str) -> bool:
    """'said that timetable was ...': "that" left outside the claim points at a statement
    only when it can be the noun's determiner; before a plural ("said that figures
    published by the union were wrong") it is the conjunction of reported speech, and
    "these" / "those" need a plural."""
    if noun not in statement_nouns():
        return False
    plural = noun.endswith("s") and not noun.endswith("ss")
    return (word in ("that", "this") and not plural) or (word in ("these", "those") and plural)


# (u18) "the allegations", "these accusations", "such claims" with no owner: the noun of
# a verb that introduces what another party said, and the stem of that verb.
MADE_STATEMENT = re.compile(r"\b(?:the|these|those|such|that|this)\s+(?:[a-z-]+\s+)?"
                            r"(allegation|accusation|claim)s?\b", re.IGNORECASE)


MAKING_VERB_STEMS = {"allegation": "alleg", "accusation": "accus", "claim": "claim"}


def _made_before(reference: str, others: list[_Judged], claim: Claim) -> _Judged | None:
    """(u18) "Fenwick called the allegations 'baseless'" after "Rourke ..., alleging that
    hundreds of valid postal ballots were wrongly rejected": a definite allegation,
    accusation or claim with no owner is what another party was said, earlier in the
    article, to allege, accuse or claim, the nearest such claim (its cue is the noun's
    verb). A cue of saying ("said", "told") makes no allegation: the noun alone does not
    tell which statement is meant, and the later steps rank them."""
    m = MADE_STATEMENT.search(reference)
    if not m:
        return None
    stem = MAKING_VERB_STEMS[m.group(1).lower()]
    made = [j for j in others if j.claim.start_char < claim.start_char
            and (j.claim.cue or "").lower().startswith(stem)]
    return _latest(made) if made else None


def _names_a_statement(reference: str) -> bool:
    """The rejection names a statement by its owner or a demonstrative ("the airline's
    version of events", "that account")."""
    return bool(owner_pattern().search(reference)) or any(
        m.group(1).lower() in statement_nouns() for m in DEMONSTRATIVE_NOUN.finditer(reference))


def _sentences_apart(earlier: Claim, later: Claim) -> int:
    """How many sentence starts lie between two claims of one article (0: same sentence,
    1: the sentence right before), judged by the sentences' offsets."""
    if earlier.sentence_start == later.sentence_start:
        return 0
    gap = later.sentence_start - (earlier.sentence_start + len(earlier.sentence))
    return 1 if gap <= 3 else 2


def _told_by_owner(owner: frozenset[str], earlier: Sequence[_Judged]) -> _Judged | None:
    """(d10) "rejected the survey's findings", "pushed back on the committee's
    conclusion": when no claim of the owner passed the bars, the nearest earlier claim of
    the article by that owner (its voice) or telling what it found in the outlet's words
    ("A survey by the agriculture office found ...")."""
    told = [j for j in earlier if _names_match(owner, _principal_voice(j))
            or (not _attributed(j.claim) and owner <= j.text_stems)]
    return _latest(told) if told else None


def _rejection_topic(text: str) -> frozenset[str]:
    """Stems of what a rejection is about, without its rejecting, claim-naming and
    pointing words: empty for "any suggestion to the contrary is false"."""
    for pattern in (dispute_pattern(), claim_noun_pattern(), figure_noun_pattern(), pointing_pattern()):
        text = pattern.sub(" ", text)
    return topic_stems(text)


@cache
def accusation_pattern() -> re.Pattern[str]:
    """What a party is accused of ("all charges", "the allegations"): claims/data/conflict_accusation_nouns.txt."""
    return phrase_pattern(data_lines("conflict_accusation_nouns.txt"))


@cache
def pointing_pattern() -> re.Pattern[str]:
    return phrase_pattern(data_lines("conflict_pointing_words.txt"))


def _rejected_content(dispute: _Judged) -> frozenset[str]:
    """Stems of what a rejection says was claimed, when it says it: the clause after "the
    claim that" / "reports that" ("the claim that no passwords were taken is not true"),
    or the whole object of a rejecting verb that reports content ("denied that the club
    had been forced to sell"). Empty when the rejection only points at something ("the
    figure", "the ministry's estimate", "the savings figure a fantasy")."""
    text = _rejected_clause(dispute)
    stems = topic_stems(text) if text else frozenset()
    return stems if len(stems) >= CONTENT_MIN_STEMS else frozenset()


# (d18) A rejected clause opening on the rejecting party's own pronoun: "denied reports
# that it had approached Pellam & Finch", "denied claims that he had taken the money".
SELF_PRONOUN_SUBJECT = re.compile(r"^[\W_]*(?:(?P<thing>it|its)|(?P<person>he|his|she|her))\s", re.IGNORECASE)


def _denier_in_clause(dispute: _Judged, clause: str) -> frozenset[str]:
    """(d18) Stems of the rejecting party's name when the rejected clause's subject is its
    pronoun: what was claimed was claimed of the denier, so the claim that names it
    ("Harrowgate Books has made an informal approach to ...") says it better than one
    that shares the clause's other words only ("The approach valued Pellam & Finch at
    ..."). A company by its name, a person by the surname."""
    m = SELF_PRONOUN_SUBJECT.match(clause)
    speaker = dispute.claim.speaker or ""
    if not m or not _full_name(speaker) or owns_self_report(dispute.own_text):
        return frozenset()
    return topic_stems(_full_name(speaker) if m.group("thing") else _surname(speaker) or "")


@cache
def self_report_pattern() -> re.Pattern[str]:
    """(d60) "the force's statement that it", "Harwell Water's assurances that they": an
    owner's account of itself, its clause's pronoun the owner's (conflict_self_report_nouns.txt)."""
    nouns = data_alternation("conflict_self_report_nouns.txt")
    return re.compile(rf"['’]s?\s+(?:[\w-]+\s+)?(?:{nouns})s?\s+that\s+(?:it|its|he|his|she|her|they|their)\b",
                      re.IGNORECASE)


def owns_self_report(text: str) -> bool:
    """(d60) The rejection names an owner's statement of itself ("rejected the force's
    statement that it did not set targets"): the pronoun is the owner's, and the rejecter's
    name is no word of what was claimed (`_denier_in_clause`); "rejected the union's claim
    that it had cut pay" is not one (the one accused is most often the rejecter)."""
    return bool(self_report_pattern().search(text))


def _assessment_keys(text: str) -> frozenset[tuple[int, int]]:
    """(row, side) of the assessment words of conflict_opposites.txt in `text`: "a report
    of delays" and "the opening is likely to slip" say one thing in other words."""
    left, right = _opposite_words(APPROXIMATION.sub(" ", text))
    plain = len(opposite_patterns())
    return frozenset((k, side) for side, found in enumerate((left, right)) for k, w in enumerate(found[:plain]) if w)


def _best_by_content(content: frozenset[str], candidates: Iterable[_Judged], floor: float,
                     polarity: frozenset[str] | None = None,
                     names: frozenset[str] = frozenset(),
                     story: Iterable[_Judged] | None = None,
                     index: TopicIndex | None = None) -> tuple[float, _Judged] | None:
    ranked = _ranked_by_content(content, candidates, floor, polarity, names, story, index)
    return ranked[0] if ranked else None


CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")


def _names_in(text: str) -> frozenset[str]:
    """Stems of the capitalised words of a rejected clause: who and where it is about."""
    return topic_stems(" ".join(CAPITALISED.findall(text)))


def _ranked_by_content(content: frozenset[str], candidates: Iterable[_Judged], floor: float,
                       polarity: frozenset[str] | None = None,
                       names: frozenset[str] = frozenset(),
                       story: Iterable[_Judged] | None = None,
                       index: TopicIndex | None = None) -> list[tuple[float, _Judged]]:
    """The candidate whose own words best say the rejected content: the harmonic mean of
    the share of the content it holds and the share of its words that are the content
    (a long sentence mentioning one rare word of the content is not what was rejected).
    Ties go to attributed claims, then to earlier ones. With `polarity` (the content's
    stems said to be absent, `_absent_stems`), a candidate saying absent what the content
    says present, or the reverse, is not it ("the claim that drivers have had no pay
    rise" answers "gone four years without a pay rise", not "offered a 5% pay rise").
    A candidate sharing only the content's `names` says nothing of what was claimed of
    them ("reports that Graham Tull had conceded defeat" / "13,894 for Graham Tull").
    (w77) Words weigh by how rare they are in English and among the claims of the
    rejection's `story` (the candidates by default; `BackgroundWeights.among`), not among
    the store's claims: with the store's idf, articles of other stories about farmers or
    cancellations moved a candidate across `floor`, and the rejection's target with it.
    (x80) The told step (`_told_target`) too, with the rejection's story. Given `index`, by
    its idf as before w77: the weak step (`WEAK_CONTENT_SHARE`) still does (moving it lost
    ho3-case-04's target in the store and no test of it was found in time, docs/conflicts.md
    "Round x80")."""
    candidates = list(candidates)
    weights = index if index is not None else \
        background_weights().among(j.text_stems for j in (candidates if story is None else story))
    content_weight = weights.weight(content)
    found = []
    for j in candidates:
        shared = content & j.text_stems
        if not shared or not content_weight or shared <= names:
            continue
        if polarity is not None and _polarity_disagrees(polarity, shared, j.own_text):
            continue
        weight = weights.weight(shared)
        total = j.text_weight(index) if index is not None else weights.weight(j.text_stems)
        recall, precision = weight / content_weight, weight / max(total, 1e-9)
        score = 2 * recall * precision / (recall + precision)
        if score < floor:
            continue
        found.append(((round(score, 6), _attributed(j.claim), -j.index), j))
    found.sort(key=lambda f: f[0], reverse=True)
    return [(key[0], j) for key, j in found]


@cache
def absence_pattern() -> re.Pattern[str]:
    """Negators (conflict_negations.txt) and words of absence (conflict_absence_words.txt)."""
    words = data_lines("conflict_negations.txt") + data_lines("conflict_absence_words.txt")
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"n['’]t\b|(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


# Words after a negator or "without" that it says are absent ("no pay rise", "without a
# pay rise", "had not been paid").
ABSENCE_REACH_WORDS = 4


ABSENCE_STOP = re.compile(r"^(?:in|of|for|to|from|on|at|by|since|while|as|after|before|and|but|because|"
                          r"was|were|is|are|had|has|have|been|be|will|would|could|can)$",
                          re.IGNORECASE)


TIME_BOUND = re.compile(r"^(?:before|until|till)$", re.IGNORECASE)


@memoised_per_text
def _absent_stems(text: str) -> frozenset[str]:
    """Stems of the words a negator or a word of absence reaches: up to
    `ABSENCE_REACH_WORDS`, not past a preposition, conjunction or punctuation ("no pay
    rise in four years" says the rise absent, not the years)."""
    found: set[str] = set()
    previous = None
    for m in absence_pattern().finditer(text):
        # (d36) "cannot go further without putting jobs at risk": "without" under a
        # negator of its clause is a double negation, saying the risk present.
        governed = (previous is not None and m.group(0).lower() == "without"
                    and not re.search(r"[,.;:!?]", text[previous.end():m.start()]))
        previous = m
        if governed:
            continue
        reach = []
        bounded = False
        for word in text[m.end():].split()[:ABSENCE_REACH_WORDS]:
            # (d18) "will not open before spring 2028": a time bound, the opening is
            # put off, not denied.
            bounded = bool(TIME_BOUND.match(word))
            # (fxW) Nor past a word of absence of its own: in "no client went without
            # medication" the "no" reaches "client went"; "without" is the second negation
            # (governed, above), and the medication is said present, as in "No client has
            # gone without medication".
            if bounded or ABSENCE_STOP.match(word) or absence_pattern().fullmatch(word.strip(",.;:!?\"”")):
                break
            reach.append(word)
            if word[-1:] in ",.;:!?\"”":
                break
        if not bounded:
            found |= topic_stems(" ".join(reach))
    return frozenset(found)


def _polarity_disagrees(absent: frozenset[str], shared: frozenset[str], text: str) -> bool:
    """The shared words are said absent on one side and present on the other.
    (fxK) Not when a shared word is said absent on both: the two negate one clause, its
    words in another order or voice ("the claim that no resident was consulted" / "had
    not consulted a single resident"; "the line was not closed" / "never closed the
    line"), where a negator's reach (`_absent_stems`) takes the subject on one side and
    the verb on the other."""
    other = _absent_stems(text)
    if absent & other & shared:
        return False
    return any((s in absent) != (s in other) for s in shared if s in absent or s in other)


def _holds_figure_before(holder: _Judged, dispute: _Judged) -> bool:
    """An unattributed claim whose span holds the rejection, with a figure before it."""
    a, b = dispute.claim, holder.claim
    return (b.speaker is None and b.claim_id != a.claim_id and b.article_id == a.article_id
            and b.start_char <= a.start_char and a.end_char <= b.end_char
            and any(q.end_char <= _apposition_limit(a) and q.value is not None for q in b.quantities))


# "The estimate, which covers ...", "That figure", "This number": a sentence opening on a
# definite figure noun (conflict_figure_nouns.txt) speaks of a figure already given.
DEFINITE_FIGURE = re.compile(r"^[\W_]*(?:the|that|this|these|those|such\s+an?)\s+(?:[a-z]+\s+)?([a-z]+)\b", re.IGNORECASE)


def _figure_named_before(dispute: _Judged, others: Sequence[_Judged]) -> _Judged | None:
    """For a rejection of "a figure" in a sentence opening on a definite figure noun ("The
    estimate ... is a figure that the company said was exaggerated") that holds no figure
    before the rejection: the nearest figure of another party earlier in the article,
    in the sentence right before (none further back: the noun points at what was just said)."""
    claim = dispute.claim
    m = DEFINITE_FIGURE.match(claim.sentence)
    if not m or not figure_noun_pattern().fullmatch(m.group(1)):
        return None
    head = claim.sentence[:max(claim.start_char - claim.sentence_start, 0)]
    if re.search(r"\d", head):
        return None
    before = [j for j in others if j.claim.sentence_start < claim.sentence_start
              and any(q.value is not None for q in j.claim.quantities)]
    # (d36) "The official figure of 310 is a serious undercount": a figure noun the
    # rejection itself gives a value is that value's figure, not the nearest one before
    # (the speaker's own group's "about 1,100"); failing one holding it, the figure rules
    # that match values find it.
    cue = dispute_pattern().search(claim.text)
    limit = claim.start_char + (cue.start() if cue else len(claim.text))
    given = [q for q in claim.quantities if q.value is not None and q.end_char <= limit]
    if given:
        before = [j for j in before if _has_figure(j.claim, given)]
    if not before:
        return None
    last = max(j.claim.sentence_start for j in before)
    if claim.sentence_start - (last + len(next(j.claim.sentence for j in before if j.claim.sentence_start == last))) > 3:
        return None  # not the sentence right before
    return min((j for j in before if j.claim.sentence_start == last), key=lambda j: j.index)


def _apposition_limit(rejection: Claim) -> int:
    """Where a figure the rejection stands in apposition to must end: before the
    rejection, and before its speaker when the sentence names the speaker first ("The
    union, which represents about 2,600 drivers, called the ridership figures
    misleading": that figure describes who rejects, it is not what is rejected)."""
    mention = rejection.speaker_mention or rejection.speaker
    before = rejection.sentence[:max(rejection.start_char - rejection.sentence_start, 0)]
    at = before.find(mention) if mention else -1
    return rejection.sentence_start + at if at >= 0 else rejection.start_char


def _figures_measuring(measured: frozenset[str], dispute: _Judged, candidates: Iterable[_Judged]) -> list[_Judged]:
    """(d65) The candidates giving a figure whose claim names what the rejected figure
    counts, not of the rejecter's own side: "the trust's recruitment figures are padded
    with agency staff" / "the trust had recruited 120 nurses from abroad", told by the
    trust's officer, whose voice the owner "the trust" may not be read in. A rejection
    naming the owner's figure names what it counts so that it is told apart from that
    owner's other figures ("beds had been closed on two wards"), which are then not it."""
    if not measured:
        return []
    return [j for j in candidates if j.claim.quantities and not measured.isdisjoint(j.text_stems)
            and not _own_side(dispute, j)]


def _measured_by_rejection(text: str) -> frozenset[str]:
    """Stems of what a rejected figure counts, when the rejection says it: "the figure for
    the number of strikers" -> strikers (frame words such as "number" left out)."""
    found: set[str] = set()
    for m in figure_noun_pattern().finditer(text):
        # "the burglary figures", "Greyline's loss figure": the noun before the figure noun.
        before = COMPOUND_BEFORE.search(text[:m.start()])
        if before and before.group(1).lower() not in FUNCTION_WORDS:
            found |= topic_stems(before.group(1))
        tail = MEASURED.match(text[m.end():])
        if tail:
            frames = measure_frame_stems()
            found |= {s for s in topic_stems(tail.group(1)) if s not in frames}
    return frozenset(found)


def _naming_measured(earlier: list[_Judged], measured: frozenset[str], story: Iterable[_Judged]) -> list[_Judged]:
    """The article's earlier figures whose claims name what a rejected figure counts ("the
    ridership figures"); when none does but an earlier claim of another party names it
    without a figure read ("ridership was down a fifth"), that party's figures naming it
    in the story's other articles; (t22) failing that, any of the story's figures naming it."""
    if not measured:
        return []
    named = [j for j in earlier if j.claim.quantities and not measured.isdisjoint(j.text_stems)]
    if named:
        return named
    parties = {_surname(j.claim.speaker) for j in earlier
               if j.claim.speaker and not j.claim.quantities and not measured.isdisjoint(j.text_stems)}
    parties.discard(None)
    said = [j for j in story if j.claim.quantities and j.claim.speaker and _surname(j.claim.speaker) in parties
            and not measured.isdisjoint(j.text_stems)]
    # (t22) Failing both, the story's figures naming it, in any article: "called the
    # bookings estimate pure guesswork" answers "the warning would cost the island's
    # hotels 30,000 bookings" in another outlet's article, not the nearest earlier figure
    # of its own ("who has studied the volcano for twenty years"), which counts nothing
    # the rejection names.
    found = said or [j for j in story if j.claim.quantities and not measured.isdisjoint(j.text_stems)]
    if found:
        return found
    # (r105) Failing all three, the article's earlier figures naming the measure by a word of
    # its kin (`_measure_kin`, the groups d97 reads for an owner's figure): "Supporters
    # dispute the crowd figures" answers "average attendance had fallen to 380 a meeting",
    # not the nearest earlier figure ("Nobody has been owed a penny for more than 30 days").
    kin = _measure_kin()
    wanted = measured.union(*(kin.get(s, frozenset()) for s in measured))
    if wanted == measured:
        return []
    from claims.overlap import stem

    return [j for j in earlier if j.claim.quantities
            and not wanted.isdisjoint(stem(w) for w in MEASURE_WORD.findall(j.claim.text.lower()))]


# (d36) "Fairbairn's family", "Mr Fairbairn's barrister": a speaker named or described as
# people around a party (conflict_associate_nouns.txt), the party only their possessor.
ASSOCIATE_OF = re.compile(r"^(?:the\s+)?(.+?)['’]s?\s+([a-z]+)$", re.IGNORECASE)


@cache
def associate_nouns() -> frozenset[str]:
    return frozenset(data_lines("conflict_associate_nouns.txt"))


def _owner_assertion_test(reference: str, dispute: _Judged,
                          around: Sequence[_Judged]) -> Callable[[_Judged], bool] | None:
    """(fxO) For a rejection naming an owner's statement ("the company's claim that ...",
    "the union's account", "the minister's statement"; not a figure nor a document, which
    other steps read), whether a claim is that owner's: its voice, the one body a
    common-noun owner stands for (`_kind_alias`), or an officer of it (`_officer_of`), as
    the owner step reads them. None for any other rejection."""
    owner = _owner_stems(reference)
    if not owner or _rejects_a_figure(reference) or _owned_document(reference):
        return None
    alias = _kind_alias(reference, dispute, around)
    bodies: list[_Bodies] = []
    introduced: list[_SpeakerVoices] = []

    def of_owner(j: _Judged) -> bool:
        if _names_match(owner, _principal_voice(j)) or (alias is not None and _said_by_body(j.claim, alias)) \
                or _owner_by_short_form(reference, j):
            return True
        if not introduced:
            introduced.append(_SpeakerVoices(around))
        if introduced[0].names(owner, j):
            return True
        if not POSSESSIVE_ROLE.match((j.claim.speaker_role or "").strip()):
            return False
        if not bodies:
            bodies.append(_Bodies(around))
        return _officer_of(owner, j, around, bodies[0])

    return of_owner


# (d99) A role naming whose person the speaker is ("the trust's director of midwifery").
NAMED_AS_ONES = re.compile(r"\w['’]s?\s+\w")


def _unplaced_speaker(j: _Judged, dispute: _Judged) -> bool:
    """(d99) A claim's speaker nothing places in a party other than an owner the rejection
    names: a person ("Helen Brooke", role "the chief constable"), not a body named apart
    (a name holding an organisation word or ending in a kind noun: "Haverdale Growers'
    Network"), not one named as another party's person ("the trust's director of
    midwifery", "Its chair"), not the rejecter's own side, not an unattributed sentence."""
    c = j.claim
    if not c.speaker or _own_side(dispute, j) or _possessor_side(c):
        return False
    if any(POSSESSIVE_ROLE.match((f or "").strip()) or NAMED_AS_ONES.search(f or "")
           for f in (c.speaker_role, c.speaker_mention)):
        return False
    words = [w.strip("'’").lower() for w in without_short_form(c.speaker).split()]
    if not words or not c.speaker[:1].isupper() or words[-1] in _body_kind_nouns() \
            or any(w in _body_name_words() for w in words):
        return False
    return True


def _owner_by_short_form(reference: str, j: _Judged) -> bool:
    """(d99) The owner named by a short form of the claim's speaker, or the speaker by a
    short form of the owner ("rejected URO's claim" / "Union of Rail Operatives said";
    "the Union of Rail Operatives' claim" / "URO says"; `holders.same_body`), which share
    no word for `_names_match`."""
    names = [" ".join(words) for words in _owner_words(reference) if words]
    return any(same_body(name, field) for name in names
               for field in (j.claim.speaker, j.claim.speaker_mention) if field)


def _principal_voice(j: _Judged) -> frozenset[str]:
    """(d36) Who a claim is by, less the possessors of its speaker's associates: "the
    jury rejected Fairbairn's claim" is not answered by "Fairbairn's family" nor by his
    barrister (role "Mr Fairbairn's barrister"), whose words are their own; a party's
    officers ("the union's spokesman") still speak for it. The possessor's words are
    dropped only when no field names it otherwise."""
    claim = j.claim
    around, principal = set(), set()
    for field in filter(None, (claim.speaker, claim.speaker_role, claim.speaker_mention)):
        m = ASSOCIATE_OF.match(field.strip())
        if m and m.group(2).lower() in associate_nouns():
            around |= topic_stems(m.group(1))
            principal |= topic_stems(m.group(2))
        else:
            principal |= topic_stems(field)
    return j.voice - (frozenset(around) - frozenset(principal))


# (d114) The run of capitalised words a sentence opens on, after any "The".
OPENING_NAME = re.compile(r"^\W*(?:The\s+)?((?:[A-Z][\w'’&-]*\s+)*[A-Z][\w'’&-]*)")


def _narrated_by_subject(owner: frozenset[str], j: _Judged) -> bool:
    """(d114) "Ashpenny's number leaves out ..." / "Ashpenny Dental Group has raised its
    count to 23,400": the outlet's own sentence (no speaker) whose subject is the named
    owner tells that owner's figure, with no "said" to give it a voice. A figure only,
    and every word of the owner in the opening name: the outlet's narration of anything
    else ("The Ashpenny row began in May") is not the owner's."""
    c = j.claim
    if c.speaker is not None or not c.quantities or not owner:
        return False
    m = OPENING_NAME.match(c.sentence)
    named = topic_stems(m.group(1)) if m else frozenset()
    return bool(named) and all(_names_match(frozenset((s,)), named) for s in owner)


class _SpeakerVoices:
    """(d114) Who each speaker of an article is, by all its claims together: a person is
    placed once, where first named ("Isobel Frankcombe, the trust's chair, said"), and
    quoted after by name or pronoun alone ("Ms Frankcombe said", "she said"), whose claims
    carry no role; so "the trust's figure" is hers wherever she gives it. Persons only:
    a body's mentions are the parser's back-references ("the group" resolved to a council),
    and the one body a kind noun stands for is `_kind_alias`'s to find. The role and
    mention only, not the sentence's other sources (an "according to" phrase, an owner
    opening the sentence), and not an associate's possessor ("Mr Fairbairn's barrister",
    as `_principal_voice`). Indexed once per rejection, on the first claim asked of."""

    def __init__(self, around: Sequence[_Judged]) -> None:
        found: dict[tuple[str, str], set[str]] = defaultdict(set)
        for o in around:
            c = o.claim
            if not c.speaker or c.speaker_kind != "person":
                continue
            for field in filter(None, (c.speaker_role, c.speaker_mention)):
                m = ASSOCIATE_OF.match(field.strip())
                if not (m and m.group(2).lower() in associate_nouns()):
                    found[(c.article_id, c.speaker)] |= topic_stems(field)
        self.voices = {k: frozenset(v) for k, v in found.items()}

    def names(self, owner: frozenset[str], j: _Judged) -> bool:
        """Every word of the owner in the speaker's voice across its article ("the county
        council's figure" is not a parish council clerk's, whose voice shares only
        "council"), as a word, not by `_names_match`'s shared start: a "Councillor" is
        not the council's voice in every claim she makes (the opposition's leader is one)."""
        if not j.claim.speaker or j.claim.speaker_kind != "person" or not owner:
            return False
        return owner <= self.voices.get((j.claim.article_id, j.claim.speaker), frozenset())


# (t48) "Its chief executive, Mira Osei, said": an officer named through a possessive
# pronoun, whose body is the one that spoke just before.
POSSESSIVE_ROLE = re.compile(r"(?:its|their)\s+\w", re.IGNORECASE)


def _officer_of(owner: frozenset[str], j: _Judged, around: Sequence[_Judged], bodies: _Bodies | None = None) -> bool:
    """(t48) "The Midshire Builders' Federation said ... Its chief executive, Mira Osei,
    said members had waited 96 days": a speaker whose role opens on "Its" / "Their" is an
    officer of the party of the nearest earlier claim of its article by another speaker
    (not itself such an officer), so "the federation's figure" is hers too. The role
    alone names no body, so the owner matched her voice nowhere else."""
    body = _officer_body(j, around, bodies)
    return body is not None and _names_match(owner, _principal_voice(body))


def _officer_body(j: _Judged, around: Sequence[_Judged], bodies: _Bodies | None = None) -> _Judged | None:
    """(t48) The claim whose party `j`'s speaker is an officer of (`_officer_of`), None for
    a speaker whose role does not open on "Its" / "Their". (b53) Apart from the owner, so
    that the claims of an article are read once, not once per rejection naming a party."""
    role = j.claim.speaker_role or ""
    if not POSSESSIVE_ROLE.match(role.strip()):
        return None
    # (p59) Callers asking of many claims build the index once and pass it (`bodies`).
    return (bodies if bodies is not None else _Bodies(around)).before(j)


class _Bodies:
    """(p59) The claims that can be a body for `_officer_body`, per article, sorted by
    (start, place in the list): the nearest earlier one of another speaker is found by
    walking back from a bisection instead of reading the whole list for each officer."""

    def __init__(self, around: Sequence[_Judged]) -> None:
        found: dict[str, list[tuple[int, int, _Judged]]] = defaultdict(list)
        for place, o in enumerate(around):
            if o.claim.speaker and not POSSESSIVE_ROLE.match((o.claim.speaker_role or "").strip()):
                found[o.claim.article_id].append((o.claim.start_char, place, o))
        self.of_article = {a: sorted(told, key=lambda t: (t[0], t[1])) for a, told in found.items()}
        self.starts = {a: [t[0] for t in told] for a, told in self.of_article.items()}

    def before(self, j: _Judged) -> _Judged | None:
        """As `max(earlier bodies of another speaker, key=start)`: the latest start, and of
        claims starting there the first in the list."""
        told = self.of_article.get(j.claim.article_id)
        if told is None:
            return None
        k = bisect_left(self.starts[j.claim.article_id], j.claim.start_char)
        best: tuple[int, int, _Judged] | None = None
        while k > 0:
            k -= 1
            start, place, o = told[k]
            if best is not None and start != best[0]:
                break
            if o.claim.speaker != j.claim.speaker and (best is None or place < best[1]):
                best = (start, place, o)
        return best[2] if best is not None else None


_SPANS = per_list_memo()


def _own_accounts(owned: list[_Judged], reference: str, owner: frozenset[str]) -> list[_Judged]:
    """(t48) "the union's figures were wrong", "the campaign's survey was padded": a
    figure or a document of the owner is rejected, so the owner's own rejection of
    another party's figure ("the union said the company's savings figure of £1.2 million
    ignored the cost of empty buses") is its answer, not a figure it put forward ("the
    cuts will cost 85 drivers their jobs"). Such a rejection (`_answers_another`) is left
    out while another claim of the owner is there. One giving its own figure as ground
    ("the trust's figures were misleading, because 110 nurses had left") stays, and a
    statement rejected ("the union's claim") keeps them all."""
    if not (_rejects_a_figure(reference) or _owned_document(reference)):
        return owned
    return [j for j in owned if not _answers_another(j, owner)] or owned


def _answers_another(j: _Judged, owner: frozenset[str]) -> bool:
    """(t48) A rejection naming another owner's figure or statement ("the company's
    savings figure of £1.2 million ignored ...") whose figures, if any, are all that
    owner's (written in or right after the owner phrase: "figure of £1.2 million")."""
    if not j.is_dispute:
        return False
    text = j.claim.text
    spans = [(m.start(), m.end()) for m in owner_pattern().finditer(text)
             if owner.isdisjoint(topic_stems(m.group(1)))]
    if not spans:
        return False
    for q in j.claim.quantities:
        at = q.start_char - j.claim.start_char
        if not any(a <= at and text[b:at].strip().lower() in {"", "of"} for a, b in spans) \
                and not any(a <= at < b for a, b in spans):
            return False
    return True


def _names_a_statement(reference: str) -> bool:
    """(d116) The owner's thing rejected is named, and by a noun of statements, not of
    figures ("the union's claim", "the governor's account"; not "the union's figure"
    nor "the union's claim of 2,100 strikers", whose figure the caller reads apart)."""
    return any(owner_pattern().finditer(reference)) and not _rejects_a_figure(reference)


def _rejects_a_figure(reference: str) -> bool:
    """The owner's thing rejected is a figure ("the union's figure", "the ministry's
    estimate"), not a statement ("the union's claim")."""
    return any(figure_noun_pattern().search(m.group(0)[len(m.group(1)):]) for m in owner_pattern().finditer(reference))


def _owner_stems(reference: str) -> frozenset[str]:
    """Stems of the owner in "the X's figure/claim/report" of a rejection, if it names one:
    the words after the last function word or rejecting verb ("disputed the ministry")."""
    return frozenset(s for words in _owner_words(reference) for s in topic_stems(" ".join(words)))


# Auxiliaries of an active perfect between a party and its rejected act ("the institute
# had mischaracterised"); "was"/"were" would make it passive ("the figures were
# exaggerated": what is judged, not who erred).
PERFECT_AUXILIARIES = frozenset({"had", "has", "have"})


DETERMINERS = frozenset({"the", "a", "an"})


# A party named by more words than this before its act is a clause, not a subject.
ACCUSED_PARTY_WORDS = 4


@cache
def erring_verb_pattern() -> re.Pattern[str]:
    """Verbs whose subject told something wrongly (conflict_erring_verbs.txt)."""
    return phrase_pattern(data_lines("conflict_erring_verbs.txt"))


def _accused_party(own_text: str) -> frozenset[str]:
    """(t11) Stems of the party a rejection says got something wrong, when its own words
    open on that party as the subject of a verb of telling wrongly, in the active voice: "the
    institute had mischaracterised how drivers work", "the federation exaggerated the
    figures". Not a statement as subject ("the figures were exaggerated", "that claim is
    false"): that is what is judged, found by the other rules; not a pronoun ("they had
    exaggerated"), which names no one."""
    m = erring_verb_pattern().search(own_text)
    if not m:
        return frozenset()
    words = own_text[:m.start()].split()
    if words and words[-1].lower() in PERFECT_AUXILIARIES:
        words = words[:-1]
    if not words or len(words) > ACCUSED_PARTY_WORDS:
        return frozenset()
    lowered = [w.lower().strip("\"“”,") for w in words]
    if lowered[0] not in DETERMINERS and not words[0][:1].isupper():
        return frozenset()
    rest = lowered[1:] if lowered[0] in DETERMINERS else lowered
    if not rest or not all(w.isalpha() or w.endswith(("'s", "’s")) for w in rest) \
            or any(w in statement_nouns() or w in FUNCTION_WORDS for w in rest):
        return frozenset()
    return topic_stems(" ".join(rest))


# (t72) Words before a possessive that make it any one of a kind, no party: "denied that any
# rider's account had been closed", "every driver's claim".
ANY_ONE_OF = frozenset({"any", "every", "each", "no"})


def _owner_words(reference: str) -> list[list[str]]:
    """The owners' words of `owner_pattern`'s matches; (t72) not a possessive of any one of
    a kind ("denied that any rider's account had been closed automatically"): that names
    what the denied clause is about, not whose statement is rejected, and took the claims
    of anyone whose voice holds "rider" ("Swiftbasket has more than 3,000 riders") as the
    owner's; "the union's account" still owns."""
    found = []
    for m in owner_pattern().finditer(reference):
        words = m.group(1).split()
        cut = max((k + 1 for k, w in enumerate(words)
                   if w.lower() in FUNCTION_WORDS or dispute_pattern().fullmatch(w)), default=0)
        if cut and words[cut - 1].lower() in ANY_ONE_OF:
            continue
        found.append(words[cut:])
    return found


# "the higher figure", "the lowest estimate": which of two figures set against each other.
COMPARED_FIGURE = re.compile(r"\bthe\s+(?:(higher|highest|larger|largest|bigger|biggest)|"
                             r"(lower|lowest|smaller|smallest))\s+(?:figure|estimate|number|count|total|tally)s?\b",
                             re.IGNORECASE)


def _compared_figure(reference: str, earlier: Sequence[_Judged]) -> _Judged | None:
    """The claim of the higher (or lower) of the earlier figures counting one thing (a
    measure stem in common) with different values, the nearest such pair first."""
    m = COMPARED_FIGURE.search(reference)
    if not m:
        return None
    higher = bool(m.group(1))
    figures = [(q, j) for j in reversed(earlier) for q in j.claim.quantities if q.value is not None and q.measure]
    for k, (qa, ja) in enumerate(figures):
        for qb, jb in figures[k + 1:]:
            if ja.index == jb.index or qa.unit != qb.unit or qa.value == qb.value:
                continue
            if topic_stems(qa.measure).isdisjoint(topic_stems(qb.measure)):
                continue
            top = ja if (qa.value > qb.value) == higher else jb
            return top
    return None


def _owned_document(reference: str) -> frozenset[str]:
    """The stem of the document an owner's rejection names ("the residents' survey",
    "the union's report"), if it names one."""
    for m in owner_pattern().finditer(reference):
        noun = m.group(0).split()[-1].lower()
        if noun in document_nouns() or noun.rstrip("s") in document_nouns():
            return topic_stems(noun)
    return frozenset()


def _owner_is_named(reference: str) -> bool:
    """The owner is a name ("Simic's remarks", "the Electoral Commission's figure"), not a
    common noun standing for one ("the company's assurance"), which many voices match."""
    return any(w[:1].isupper() for words in _owner_words(reference) for w in words)


def _figures_in_sentence(dispute: _Judged, same_article: list[_Judged]) -> list[Quantity]:
    """Figures written in the rejection's own sentence, outside other parties' claims."""
    claim = dispute.claim
    end = claim.sentence_start + len(claim.sentence)
    return [
        q
        for j in same_article
        if j.claim.speaker in (None, claim.speaker)
        for q in j.claim.quantities
        if claim.sentence_start <= q.start_char and q.end_char <= end and q.value is not None
    ]


# (m108) A bare comparative's target scores as a figure told before a correction (0.65-0.9);
# one whose figure the comparative names ("far higher than 420") as a named figure.
COMPARATIVE_SCORE = 0.8
NAMED_COMPARATIVE_SCORE = 0.9
# Words after a figure read as what it counts ("14,200 stop-and-searches", "310 reports of
# serious reactions in patients").
COUNTED_WORDS = 6
COUNTED_WORD = re.compile(r"[A-Za-z][\w'’-]*|[,;:.()\"“”]")


def _fits_kind(q: Quantity, kind: str) -> bool:
    """(m108) The figure is of the kind a comparative's noun names: "number" a count,
    "cost" a sum, "rate" a percentage, "figure" any."""
    if q.value is None:
        return False
    return {"count": q.unit == "count", "money": q.unit in MONEY_UNITS, "percent": q.unit == "percent"}.get(kind, True)


def _counted_stems(q: Quantity, claim: Claim) -> frozenset[str]:
    """(m108) What a figure counts: its measure's stems and those of the words right after
    it in the claim ("14,200 stop-and-searches" -> stop, search), hyphened words split."""
    after = claim.text[max(q.end_char - claim.start_char, 0):]
    words = []
    for w in COUNTED_WORD.findall(after)[:COUNTED_WORDS]:
        if not w[0].isalpha():
            break
        words.append(w)
    return _split_stems(topic_stems(q.measure or "") | topic_stems(" ".join(words)))


def _split_stems(stems: frozenset[str]) -> frozenset[str]:
    return stems | frozenset(part for s in stems if "-" in s for part in topic_stems(s.replace("-", " ")))


def _comparative_target(rival: RivalComparative, dispute: _Judged, same_article: Sequence[_Judged]) -> _Judged | None:
    """(m108) The figure a bare comparative ("the true number was higher") sets itself
    against: a figure of another party told earlier in the article, of the kind the
    comparative's noun names (`_fits_kind`), best first by what names it: the figure or
    the party "than" names ("far higher than 420", "than the regulator's figure"), the
    thing the subject counts ("the true number of searches": a figure counting searches),
    what the rejecter's own figures count ("more than 300 assaults on our members") or
    their unit ("4,600 hours"), the noun itself in the claim ("the cost per premises"),
    then the nearest. None when the teller gave a figure of that kind in the same sentence
    (its own update: "the council, which had put the number at 40, said the true number
    was higher"), or when no other party gave one."""
    claim = dispute.claim
    earlier = [j for j in same_article if j.index != dispute.index and j.claim.start_char < claim.start_char
               and _attributed(j.claim) and any(_fits_kind(q, rival.kind) for q in j.claim.quantities)]
    own = [j for j in same_article if j.index != dispute.index and (j.claim.speaker == claim.speaker
                                                                     or _own_side(dispute, j)
                                                                     or _of_named_side(dispute, j, same_article))]
    if any(_same_sentence(j.claim, claim) for j in own if j in earlier):
        return None
    own_ids = {j.index for j in own}
    rivals = [j for j in earlier if _other_party(dispute, j) and j.index not in own_ids]
    if not rivals:
        return None
    own_counted = frozenset(s for j in own for q in j.claim.quantities if q.value is not None
                            for s in _counted_stems(q, j.claim))
    own_units = frozenset(q.unit for j in own for q in j.claim.quantities if q.value is not None)
    reach = _split_stems(topic_stems(rival.reach)) - _statement_noun_stems()
    if reach:
        # "the true number of searches": only a figure counting that thing, none when no
        # rival's does ("the true cost for most families" / a provider's cost per unit).
        wanted = _widen(reach)
        rivals = [j for j in rivals if any(not wanted.isdisjoint(_counted_stems(q, j.claim))
                                           for q in j.claim.quantities if _fits_kind(q, rival.kind))]
        if not rivals:
            return None
    compared_figures = _figure_words(rival.compared)
    compared_owner = topic_stems(rival.compared) - _statement_noun_stems() - topic_stems(
        "they it he she official published reported headline own latest admit admits say says said claim claims")
    noun = topic_stems(rival.noun)

    def rank(j: _Judged) -> tuple:
        fitting = [q for q in j.claim.quantities if _fits_kind(q, rival.kind)]
        counted = frozenset(s for q in fitting for s in _counted_stems(q, j.claim))
        return (bool(compared_figures) and not compared_figures.isdisjoint(_figure_words(j.claim.text)),
                bool(compared_owner) and _names_match(compared_owner, j.voice),
                bool(reach) and not reach.isdisjoint(counted),
                bool(own_counted) and not own_counted.isdisjoint(counted),
                rival.kind == "any" and any(q.unit in own_units for q in fitting),
                not noun.isdisjoint(j.text_stems),
                j.claim.start_char)

    best = max(rivals, key=rank)
    # The figure as first told: another party's earlier claim giving the same figure ("38
    # staff were made redundant" before the principal's "the 38 posts had gone").
    values = {(q.unit, q.value) for q in best.claim.quantities if _fits_kind(q, rival.kind)}
    first = [j for j in rivals if any((q.unit, q.value) in values for q in j.claim.quantities)]
    return min(first, key=lambda j: j.claim.start_char) if first else best


# A speaker's role naming its body by a possessive pronoun ("its general secretary").
PRONOUN_ROLE = re.compile(r"^\s*(?:its|their)\s", re.IGNORECASE)
# ... or by a common noun of a body ("the group's head of campaigns").
COMMON_BODY_ROLE = re.compile(r"^\s*the\s+([a-z]+)['’]s\s", re.IGNORECASE)


def _of_named_side(dispute: _Judged, j: _Judged, same_article: Sequence[_Judged]) -> bool:
    """(m108) `j` is said by the body the rejecter's role names: a common noun of it ("the
    group's head of campaigns" / "The consumer group Shoppers' Voice", "Clean Tessel, a group
    of swimmers") or "its"/"their" after that body spoke ("The Secondary Heads' Association
    said ... Its general secretary, Owen Pritchard, said"). Only to keep a rejecter from
    answering its own side's figure: no claim is made a target by it."""
    claim = dispute.claim
    named = COMMON_BODY_ROLE.match(claim.speaker_role or "")
    side = topic_stems(named.group(1)) if named and named.group(1).lower() in _body_kind_nouns() else dispute.side
    if side and side <= topic_stems(f"{j.claim.speaker_mention or ''} {j.claim.speaker_role or ''}"):
        return True
    if not PRONOUN_ROLE.match(claim.speaker_role or claim.speaker or "") or not j.claim.speaker:
        return False
    first = min((o.claim.start_char for o in same_article if o.claim.speaker == claim.speaker), default=claim.start_char)
    before = [o for o in same_article if o.claim.start_char < first and o.claim.speaker
              and o.claim.speaker != claim.speaker and _attributed(o.claim)]
    return bool(before) and max(before, key=lambda o: o.claim.start_char).claim.speaker == j.claim.speaker


def _rejected_figures(dispute: _Judged, same_article: list[_Judged]) -> list[Quantity]:
    """(d18) The figures of the rejection's sentence (`_figures_in_sentence`) when they are
    what is rejected: not when the rejection sets a figure up as the true one ("the real
    number was about 450", "its count of 64 cases was the only verified figure"), which is
    the speaker's own."""
    if CORRECTED_FIGURE.match(dispute.own_text) or only_true_figure(dispute.own_text):
        return []
    return _figures_in_sentence(dispute, same_article)


# (fxD) How many of a rejected clause's words an owner's claim must say to be what the
# clause says the owner claimed, when it does not say the clause's figure.
CLAUSE_WORDS_SAID = 2


def _clause_figures(dispute: _Judged, clause: str) -> list[Quantity]:
    """(fxD) The figures of the rejection written inside its rejected clause ("the claim that
    one in five posts is vacant" -> one in five)."""
    return [q for q in dispute.claim.quantities if q.value is not None and q.surface and q.surface in clause]


def _says_enough_of(said: frozenset[str], figures: list[Quantity], j: _Judged, said_clause: bool) -> bool:
    """(fxD) A claim says enough of a rejected clause (its content stems `said`, its figures)
    to be the claim it names: the clause's figure, or two of its words, not one word it
    shares with the owner's other claims. A clause of two words or fewer, or one not said
    as a that-clause (`_said_clause`), names only what the statement was about ("the
    service's account of water shortages at the race" / "organisers had run out of water"):
    one of its words is enough."""
    if figures and _has_figure(j.claim, figures):
        return True
    need = CLAUSE_WORDS_SAID if len(said) > CLAUSE_WORDS_SAID and said_clause else 1
    return len(said & j.text_stems) >= need


def _said_clause(dispute: _Judged, clause: str) -> bool:
    """(fxD) The rejected clause is what the owner said, in a that-clause ("the union's claim
    that one in five posts is vacant"), not a phrase naming its topic ("the service's
    account of water shortages")."""
    head = clause.strip()[:40]
    return bool(head) and re.search(r"\bthat\s+" + re.escape(head), dispute.own_text, re.IGNORECASE) is not None


def _has_figure(claim: Claim, figures: list[Quantity]) -> bool:
    return any(
        q.unit == f.unit and q.value is not None and abs(q.value - f.value) <= 1e-9 * max(1.0, abs(f.value))
        for q in claim.quantities
        for f in figures
    )


def _reference_text(dispute: _Judged, same_article: list[_Judged]) -> str:
    """What the rejection is about: its sentence ("Okafor called the report inaccurate"),
    with the other claims of that sentence blanked out; not a claim holding the rejection
    (the whole sentence as an unattributed claim: "... and it described the union's claim
    of 2,100 strikers as 'wildly inflated'" names what 'wildly inflated' is said of)."""
    claim = dispute.claim
    chars = list(claim.sentence)
    # (p59) Only the claims that can overlap the sentence (sorted by start, once per
    # article in a run): each rejection read the whole article, its length squared.
    for j in _SPANS.of(same_article, _claim_spans).overlapping(claim.sentence_start, claim.sentence_start + len(chars)):
        other = j.claim
        if other.claim_id == claim.claim_id or (other.start_char <= claim.start_char
                                                 and claim.end_char <= other.end_char):
            continue
        lo = max(other.start_char, claim.sentence_start) - claim.sentence_start
        hi = min(other.end_char, claim.sentence_start + len(chars)) - claim.sentence_start
        own_lo, own_hi = claim.start_char - claim.sentence_start, claim.end_char - claim.sentence_start
        for i in range(max(lo, 0), max(hi, 0)):
            if not own_lo <= i < own_hi:
                chars[i] = " "
    return "".join(chars)


def _other_party(dispute: _Judged, candidate: _Judged) -> bool:
    """Another party's claim, not one that holds the rejection itself (the sentence claim
    of "Krell, 52, denied all charges" is not what Krell denies). A rejection is no
    target, unless (x13) it is an accusation of the rejection's speaker: "accused Calder
    Property Group of overstating its repair costs" rejects the landlord's figures, and is
    what the landlord's denial answers."""
    if candidate.index == dispute.index or (candidate.is_dispute and not candidate.ground
                                            and not _accusation_aimed_at(candidate.claim, dispute)):
        return False
    a, b = dispute.claim, candidate.claim
    if (b.speaker is None and a.article_id == b.article_id
            and b.start_char <= a.start_char and a.end_char <= b.end_char):
        return False
    if b.speaker == a.speaker or _speaks_for(a, b) or _speaks_for(b, a) or _of_rejecter_side(dispute, candidate):
        return False
    if _officer_of_body(b, a):
        return False  # (r102) "the agency's director" answers for "the Marine Catch Agency"
    if _described_by_rejecter(a, b):
        return False
    if _bare_spokesperson_next(a, b):
        return False  # (r108) "The estate denied that ... . 'No vehicle ...,' a spokesman said."
    # "Mirko Halas" and "The governor of the Central Bank, Mirko Halas": one person.
    return not (a.speaker and b.speaker and a.article_id == b.article_id
                and _surname(a.speaker) is not None and _surname(a.speaker) == _surname(b.speaker))


# (r108) A spokesperson named by no body: "a spokesman", "the spokeswoman".
BARE_SPOKESPERSON = re.compile(r"(?:a|an|the)\s+spokes(?:man|woman|person)", re.IGNORECASE)

# (r108) At most this many characters between the rejection's sentence and the next one.
NEXT_SENTENCE_GAP = 3


def _bare_spokesperson_next(rejection: Claim, claim: Claim) -> bool:
    """(r108) The claim is told by a spokesperson of no named body in the sentence right
    after the rejection's, and the rejection has a speaker: "The estate denied that the
    summer fair had caused any of the damage. 'No vehicle from the fair went on the lower
    meadow,' a spokesman said." - the estate's own voice giving its ground, not a party it
    rejects. A spokesperson named with a body ("a spokesman for the residents") is read by
    the speaker's own name, and one further away is not taken."""
    if not rejection.speaker or not claim.speaker or claim.article_id != rejection.article_id:
        return False
    if not BARE_SPOKESPERSON.fullmatch(claim.speaker.strip()):
        return False
    gap = claim.sentence_start - (rejection.sentence_start + len(rejection.sentence))
    return 0 <= gap <= NEXT_SENTENCE_GAP


# (f40) A relative clause of saying right before a claim: "a solicitor at Brandauer Kessock
# who says she represents 62 people".
WHO_SAYS = re.compile(r"\bwho\s+(?:says|said|claims|claimed|insists|insisted|believes|believed)\s+(?:that\s+)?$",
                      re.IGNORECASE)


def _described_by_rejecter(rejection: Claim, claim: Claim) -> bool:
    """(f40) The claim is said in a relative clause of the rejecter's own description, in the
    rejection's sentence: "Wenna Brandauer, a solicitor at Brandauer Kessock who says she
    represents 62 people who fell ill, said the true number of cases was far higher" - the
    62 is hers (whatever speaker the body in her title got), not what she rejects. The
    rejecter's surname stands before the clause in the sentence."""
    if not _same_sentence(rejection, claim) or not rejection.speaker:
        return False
    before = claim.sentence[:max(claim.start_char - claim.sentence_start, 0)]
    surname = _surname(rejection.speaker)
    who = WHO_SAYS.search(before)
    named = [m for m in re.finditer(rf"\b{re.escape(surname)}\b", before)] if surname and who else []
    # The clause is of the rejecter's description only when nothing between the name and
    # "who" is said or done: "Dan Pryce disputed the figure of health officials, who said
    # 31 people fell ill" gives the clause to the officials.
    return bool(named) and not DESCRIPTION_BREAK.search(before, named[-1].end(), who.start())


DESCRIPTION_BREAK = re.compile(r"\b(?:said|says|disputed|disputes|rejected|rejects|denied|denies|dismissed|"
                               r"called|questioned|challenged|of)\b", re.IGNORECASE)


def _own_side(dispute: _Judged, target: _Judged) -> bool:
    """(f38) The target is the rejecter's own claim: one speaker, or one speaking for the
    other (`_speaks_for`), or (t89) of the party the rejecter is named an officer or an
    associate of (`_of_rejecter_side`)."""
    a, b = dispute.claim, target.claim
    return bool(a.speaker) and (b.speaker == a.speaker or _speaks_for(a, b) or _speaks_for(b, a)
                                or _of_rejecter_side(dispute, target) or _officer_of_body(b, a))


def _officer_of_body(person: Claim, body: Claim) -> bool:
    """(r102) The person is named one of the body's people by the common noun its name
    ends in ("the agency's director of quotas, Nessa Chynoweth" / "The Marine Catch Agency
    has rejected claims ..."; "the council's bereavement services manager" / "Wethercote
    Borough Council"): one side, whose words the body's rejection does not answer. Only a
    body's name (capitalised, of more than one word) and a common noun of a body
    (`_possessor_of`): "Oakhurst's council leader" names a place."""
    name = (body.speaker or "").strip()
    words = name.split()
    if len(words) < 2 or not name[:1].isupper() or person.speaker == name:
        return False
    party, common = _possessor_of(person.speaker, person.speaker_role, person.speaker_mention)
    return common and bool(party) and party <= topic_stems(words[-1])


# (t89) A speaker named as one of a party's people: "the union's Leverton organiser",
# "Swiftbasket's UK general manager", "Tull's agent" (the party, then up to three words,
# then the noun naming the speaker's place, `side_nouns`).
SIDE_ROLE = re.compile(r"^(?:the\s+)?([^,;]+?)['’]s?\s+(?:[\w-]+\s+){0,3}?([a-z-]+)$", re.IGNORECASE)
SIDE_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my", "your"})


@cache
def side_nouns() -> frozenset[str]:
    """(t89) Nouns naming a party's own people after its possessive: its officers
    (conflict_side_nouns.txt) and those around it (conflict_associate_nouns.txt, whose
    words are not the party's voice but are of its side)."""
    return data_words("conflict_side_nouns.txt") | associate_nouns()


def _possessor_side(claim: Claim) -> frozenset[str]:
    """(t89) The stems of the party a claim's speaker is named as one of the people of
    ("the union's Leverton organiser" -> union, "Tull's agent" -> Tull), empty when not
    so named."""
    return _possessor_of(claim.speaker, claim.speaker_role, claim.speaker_mention)[0]


@cache
def _possessor_of(*fields: str | None) -> tuple[frozenset[str], bool]:
    """(t89) `_possessor_side` of a speaker's fields, and whether the party is named by a
    common noun of a body ("the union's", "the council's": attribution_org_nouns.txt),
    which the rejecter's own article uses for that one body; a capitalised possessor may
    be a place ("Oakhurst's council leader" is not of the Oakhurst Tenants' Federation),
    and a common noun of no body ("the city's culture chief") names no party."""
    for field in fields:
        m = SIDE_ROLE.match((field or "").strip())
        if m and m.group(2).lower() in side_nouns() and m.group(1).lower() not in SIDE_PRONOUNS:
            party = m.group(1)
            words = party.split()
            return topic_stems(party), party == party.lower() and words[-1] in _body_kind_nouns()
    return frozenset(), False


def _rejecter_side(dispute: _Judged, bodies: Callable[[], _Bodies]) -> frozenset[str]:
    """(t89) The body a rejecter stands for, by how its speaker is named in its own
    sentence: "the union's Leverton organiser" the union's (a common noun of a body,
    `_possessor_of`), "Its chair, Elowen Trevanscoe, said" the name of the body of the
    speaker told just before (`_officer_body`, t48). Not "Its chair" carried over to a later sentence
    ("Ms Trevanscoe said that was not true"), which most often answers that speaker."""
    claim = dispute.claim
    side, common = _possessor_of(claim.speaker, claim.speaker_role, claim.speaker_mention)
    if side:
        return side if common else frozenset()
    role = (claim.speaker_role or "").strip()
    if POSSESSIVE_ROLE.match(role) and (claim.speaker_mention or "").strip() == role:
        body = bodies().before(dispute)
        if body is not None and body.claim.speaker:
            return topic_stems(body.claim.speaker)
    return _relative_side(claim) or _rank_side(claim)


@cache
def _rank_bodies() -> tuple[tuple[str, frozenset[str]], ...]:
    """(fxY) claims/data/conflict_rank_bodies.txt: (rank, the words naming its service),
    longest rank first."""
    pairs = []
    for line in data_lines("conflict_rank_bodies.txt"):
        rank, _, words = line.partition("|")
        pairs.append((" ".join(rank.lower().split()), frozenset(w.strip().lower() for w in words.split(",") if w.strip())))
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))


def _rank_words(claim: Claim) -> frozenset[str]:
    """(fxY) The words naming the service whose titled rank a speaker holds: the role is the
    rank ("Superintendent") or the mention opens on it before a capitalised name
    ("Chief Constable Ida Merrow"). Empty otherwise."""
    role = " ".join((claim.speaker_role or "").split())
    mention = " ".join((claim.speaker_mention or "").split())
    for rank, words in _rank_bodies():
        if role.lower() == rank and role[:1].isupper():
            return words
        if mention.lower().startswith(rank + " ") and mention[:1].isupper() \
                and mention[len(rank) + 1:len(rank) + 2].isupper():
            return words
    return frozenset()


def _rank_side(claim: Claim) -> frozenset[str]:
    """(fxY) `_rejecter_side` of a speaker by a titled rank: "Superintendent Senna Carrow said
    that was 'not how we counted'" stands for the police (all the words of its service,
    matched loosely by `_names_match` against an owner such as "the police estimate")."""
    return frozenset(s for w in _rank_words(claim) for s in topic_stems(w))


def _attributive_owner(reference: str, side: frozenset[str]) -> frozenset[str]:
    """(fxY) The owner named by a body word used as a modifier of a figure or claim noun,
    "the police estimate", "the force's count" being `_owner_stems`'s: only a word of the
    rejecter's rank side (`_rank_side`), so that "the crowd estimate" names no owner."""
    if not side:
        return frozenset()
    m = ATTRIBUTIVE_OWNER.search(reference)
    while m:
        stems = topic_stems(m.group(1))
        if stems and stems <= side and _names_match(stems, side):
            return stems
        m = ATTRIBUTIVE_OWNER.search(reference, m.end(1))
    return frozenset()


# (fxY) "the police estimate", "the army's figures": a word, then a figure or claim noun.
ATTRIBUTIVE_OWNER = re.compile(r"\bthe\s+([a-z]+)(?:['’]s?)?\s+(?:own\s+)?(?:estimates?|figures?|counts?|numbers?|"
                               r"totals?|tally|tallies|data|statistics|claims?|account|version|findings)\b",
                               re.IGNORECASE)


@cache
def _office_verbs() -> str:
    """(j108) conflict_office_verbs.txt as a regex alternation."""
    return "|".join(re.escape(v) for v in sorted(data_words("conflict_office_verbs.txt"), key=len, reverse=True))


def _relative_side(claim: Claim) -> frozenset[str]:
    """(j108) The body a speaker is said to hold office in by a relative clause right after
    its name in its own sentence: "Sidony Grenvane, who chairs the alliance, said that was
    'nonsense'" stands for the alliance, as "the alliance's chair" would. The stems of the
    clause's object (of a common noun, "group"; of a name, its words), empty when there is
    no such clause."""
    mention = (claim.speaker_mention or "").strip()
    if not mention or not mention[:1].isupper():
        return frozenset()
    m = re.search(rf"{re.escape(mention)},\s+who\s+(?:{_office_verbs()})\s+(?:the|a|an)\s+([^,;.()]{{2,60}}?)\s*,",
                  _before_claim(claim))
    return topic_stems(m.group(1)) if m else frozenset()


def _of_rejecter_side(dispute: _Judged, j: _Judged) -> bool:
    """(t89) `j` is said by the body the rejecter stands for (`_Judged.side`), or by
    another of that body's people ("the union's organiser" / "the union's chair"): the
    rejecter does not answer its own side ("Its chair said the figure of £21m owed was, if
    anything, low" is no rejection of the guild's £21m; "the union's organiser called
    that a convenient fiction" rejects the company's count, not the union's). Two people
    of one capitalised possessor are not read as one side: "the city's opposition leader"
    and "the city's culture chief" are two sides of one place."""
    side = dispute.side
    if not side or j.index == dispute.index or not dispute.is_dispute:
        return False
    if _possessor_side(dispute.claim):
        return side <= _principal_voice(j) or side <= _possessor_side(j.claim)
    # "Its chair": the body by its name, not by a word its voice shares with another's role
    # ("the theatre" / the funder's "Its director of theatre").
    return side <= topic_stems(j.claim.speaker or "")


def _speaks_for(person: Claim, body: Claim) -> bool:
    """The person's role opens on the other claim's speaker, a name ("Tixora chief
    executive Anneliese Brandt" / "Tixora", "Calder Water's spokesman" / "Calder Water"):
    the body's own officer, one party with it, whose words answer nobody in it (p19).
    Only a capitalised name: "the council" is not the "opposition council leader"'s party."""
    name, role = body.speaker, person.speaker_role
    if not name or not role or not name[:1].isupper() or person.speaker == name:
        return False
    return bool(re.match(rf"(?:the\s+)?{re.escape(name)}(?:['’]s)?\s+\w", role))


@cache
def _surname(speaker: str) -> str | None:
    """The last capitalised word of a speaker's name ("Halas" of "The governor of the
    Central Bank, Mirko Halas"): two speakers ending so in one article are one person."""
    # (d10) A sentence-initial article is no name: "The depot" and "The union" are two
    # parties, not two mentions of one "The".
    words = [w for w in re.findall(r"[A-Z][\w'’-]+", speaker) if w not in SPEAKER_ARTICLES]
    return words[-1] if words else None


SPEAKER_ARTICLES = frozenset({"The", "A", "An", "This", "That", "These", "Those", "Its", "Their"})


def _same_sentence(a: Claim, b: Claim) -> bool:
    """Sentences overlap: a quote's sentence may start before a statement inside it."""
    if a.article_id != b.article_id:
        return False
    a_end, b_end = a.sentence_start + len(a.sentence), b.sentence_start + len(b.sentence)
    return a.sentence_start < b_end and b.sentence_start < a_end


@cache
def _body_kind_nouns() -> frozenset[str]:
    """Common nouns an article uses for an organisation it has named ("the company", "the
    union"): attribution_org_nouns.txt."""
    return frozenset(data_lines("attribution_org_nouns.txt"))


@cache
def _body_name_words() -> frozenset[str]:
    """Words inside a proper name that make it an organisation's (attribution_org_words.txt)."""
    return frozenset(data_lines("attribution_org_words.txt"))


def _kind_of_owner(reference: str) -> frozenset[str]:
    """(w45) The kind nouns of a rejection's owners that are a common noun alone ("the
    company's leak figure", "the union's figures"), not a name ("Harwell's figure")."""
    return frozenset(words[0].lower() for words in _owner_words(reference)
                     if len(words) == 1 and words[0].lower() in _body_kind_nouns())


def _named_body(speaker: str | None) -> bool:
    """A speaker that is a capitalised name, not a description ("the maker of ..."); (d99)
    read less the short form in brackets after it ("Union of Rail Operatives (URO)")."""
    speaker = without_short_form(speaker) if speaker else speaker
    return bool(speaker) and speaker[:1].isupper() and speaker.split()[0] not in SPEAKER_ARTICLES \
        and all(w[:1].isupper() or w.lower() in FUNCTION_WORDS for w in speaker.split())


def _calls_a_kind(field: str | None, kind: str) -> bool:
    """The field names the kind as a noun, not as a possessor ("the care workers' union
    Carewell", "The consumer group"; not "the union's branch secretary")."""
    return bool(field) and re.search(rf"\b(?i:{re.escape(kind)})\b(?!['’])(?=\s*(?:$|[A-Z,]))", field) is not None


@memoised_per_text
def _kinds_called(field: str) -> frozenset[str]:
    """(b53) The kind nouns a speaker's mention or role calls it (`_calls_a_kind`), read
    once per text: `_bodies_of_kind` asks it of every claim of a story for every rejection
    naming a kind, and tried each of the nouns' patterns on each field every time."""
    return frozenset(noun for noun in _body_kind_nouns() if _calls_a_kind(field, noun))


def _bodies_of_kind(kind: str, claims: Sequence[Claim]) -> set[str]:
    """(w45) The named bodies the story calls "the <kind>": a speaker introduced as one ("the
    care workers' union Carewell", "the consumer group FairLine", a name ending in the
    noun: "Brenford County Council"); or, where a claim's speaker is "the <kind>" or an
    officer of it ("The company's operations director") with no name, the one body that
    spoke before it in its article ("Harwell Water said ... The company's operations
    director said"), none if two bodies did (which is meant is not read from the order)."""
    found: set[str] = set()
    kinds: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if _named_body(c.speaker):
            if c.speaker.split()[-1].lower() in _body_kind_nouns():
                kinds[c.speaker].add(c.speaker.split()[-1].lower())
            for field in (c.speaker_mention, c.speaker_role):
                if field:
                    kinds[c.speaker].update(_kinds_called(field))
    # A body whose name ends in another kind noun is of that kind ("Environment Agency" is
    # no "company", whatever a back-reference was resolved to).
    found |= {name for name, said in kinds.items() if kind in said
              and (name.split()[-1].lower() not in _body_kind_nouns() or name.split()[-1].lower() == kind)}
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_article[c.article_id].append(c)
    pointer = re.compile(rf"^(?:the|its)\s+{re.escape(kind)}(?:['’]s\s+\w.*)?$", re.IGNORECASE)
    for told in by_article.values():
        told.sort(key=lambda c: c.start_char)
        # (p59) The bodies named so far, kept as the article is read: each pointer read
        # all the claims before it, which made a long article cost its length squared.
        named_before: dict[str, None] = {}
        for c in told:
            if _named_body(c.speaker) and c.speaker_role is None:
                pass
            elif any(f and pointer.match(f.strip()) for f in (c.speaker_mention, c.speaker_role)):
                if len(named_before) - (c.speaker in named_before) == 1:
                    found |= {b for b in list(named_before)[:2] if b != c.speaker}
            if c.speaker not in named_before and _named_body(c.speaker) \
                    and any(w.lower() in _body_name_words() for w in c.speaker.split()) \
                    and not (kinds.get(c.speaker, set()) - {kind}):
                named_before[c.speaker] = None
    return found


def _kind_alias(reference: str, dispute: _Judged, story: Iterable[_Judged]) -> str | None:
    """(w45) The one named body a common-noun owner stands for in the story ("the company's
    leak figure" / "Harwell Water said it had fixed 1,200 leaks"), the rejecter's own body
    left out; none when the story calls two bodies so (two companies: which one "the
    company" is the order of the text decides, and the claims do not keep it)."""
    kinds = _kind_of_owner(reference)
    if len(kinds) != 1:
        return None
    claims = list({j.claim.claim_id: j.claim for j in (dispute, *story)}.values())
    bodies = {b for b in _bodies_of_kind(next(iter(kinds)), claims)
              if b != dispute.claim.speaker and not topic_stems(b) <= dispute.voice}
    bodies = _one_per_body(bodies)
    return bodies.pop() if len(bodies) == 1 else None


def _one_per_body(bodies: set[str]) -> set[str]:
    """(d99) The bodies of a kind, each once: a body named two ways ("Union of Rail
    Operatives (URO)" / "URO", `holders.same_body`) is one, and two bodies said together
    ("Westlink Rail and Union of Rail Operatives (URO)": "Westlink and the union both said")
    are no third body when one of them is named apart."""
    names = sorted(bodies, key=lambda b: (-len(b), b))
    joint = {b for b in names if JOINT_NAMES.search(b)
             and any(same_body(part, k) for part in JOINT_NAMES.split(b) for k in names if k != b)}
    kept: list[str] = []
    for b in names:
        if b not in joint and not any(same_body(b, k) for k in kept):
            kept.append(b)
    return set(kept)


JOINT_NAMES = re.compile(r"\s+(?:and|&)\s+")


def _own_name_stems(name: str) -> frozenset[str]:
    """(w45) A body's name less the organisation words it shares with others ("Water")."""
    return topic_stems(" ".join(w for w in name.split() if w.lower() not in _body_name_words()
                                and w.lower() not in _body_kind_nouns())) or topic_stems(name)


def _said_by_body(claim: Claim, body: str) -> bool:
    """(w45) The claim's speaker is the body itself, by its full or a shortened name
    ("Brightline" / "Brightline Mobile"), not a person speaking for it."""
    if not _named_body(claim.speaker):
        return False
    if same_body(claim.speaker, body):
        return True  # (d99) "URO" / "Union of Rail Operatives (URO)"
    said, named = topic_stems(claim.speaker), topic_stems(body)
    return bool(said) and (said <= named or named <= said)


def _claim_spans(judged: Sequence[_Judged]) -> SortedSpans[_Judged]:
    """(p59) Claims by where they start, so that those overlapping a sentence are found by
    bisection (`_reference_text`) instead of reading the whole article for each rejection."""
    return SortedSpans(judged, start=lambda j: j.claim.start_char, end=lambda j: j.claim.end_char)
