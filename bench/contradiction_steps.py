"""Where a missed gold contradiction is lost (round c22): for every gold contradiction
pair no predicted conflict joins, the first step of `find_contradictions` its best pair of
covering claims fails, with integer features that could guide a rule.

Steps, in the order the code takes them:
  (a) a side is no claim (no claim covers its text);
  (b) both claims, never a candidate: a side's wording has nothing to oppose (`_Wording.can_oppose`), the two articles
      are not one story (`_Stories.related` at the loose floor), or the two are one voice
      (`_independent_sources`);
  (c) a candidate, but no opposition reader fires (`_Wording.opposed_to` is None);
  (d) a reader fires, a guard drops it (which guard; since c23 a dispute side is read
      for what it holds, `_held_by`, and guarded by `_share_matter`);
  (e) it passes every guard: kept for another pair of its clusters, or found as another
      kind.
Of the claims covering a side, the pair going furthest is counted. For pairs missed at
(c) it also counts cue families (`PROBES`, c23) and what `_Wording` read of each side.

(o24) With O24_OPPOSITES=FILE (rows "left | right", general English, as in
conflict_directions.txt), O24_VERBS=FILE (synonym groups, one a line) or O24_PREFIX=1 it
also counts, among the (c) misses and among the labelled non-conflicts whose sides are both
claims, the pairs whose sides hold a row's two sides (per row, and whether they share a
word of what they are about), a negated predicate and a synonym of it, a word and its
un-/in-/dis-/non- form, or a whole group and a counted part of it: how far a word list
could reach before any rule is written.

Run: python bench/contradiction_steps.py             # dev gold, misses with text
     python bench/contradiction_steps.py --heldout   # closed sets: counts only, no text

(x28) Every (c) miss, and every labelled non-conflict whose sides are both claims, is also
counted by the shapes of opposition its two sides' cue words hold (`x28_shapes`): a figure
against none/all, a state against its opposite, an event against its non-occurrence, a time
against another, a cause or place against another, a whole against an exception, a yes/no.

On the closed sets it prints integer counts only, never a pair's text."""
import collections
import re
import sys
from pathlib import Path

W = Path.cwd()
sys.path.insert(0, str(W / "bench"))
from gold_claims import article_claims, covers, locate, case_articles, claim_refs, print_step_counts  # noqa: E402

import claims.conflicts as cc  # noqa: E402
from claims.event_dates import WEEKDAYS as WEEKDAY_NAMES  # noqa: E402
import claims.conflicts.common as cc_common  # noqa: E402
import claims.conflicts.contradictions as cc_contradictions  # noqa: E402
import claims.conflicts.numeric as cc_numeric  # noqa: E402
from claims.clustering import cluster_claims  # noqa: E402
from claims.nlp import load_nlp  # noqa: E402
from claims.overlap import topic_stems  # noqa: E402
from claims.states import read_courses  # noqa: E402

seen = {}
orig = cc_contradictions.find_contradictions


def wrapped(judged, related, stories, settings):
    seen.update(judged=judged, related=related, stories=stories, settings=settings)
    return orig(judged, related, stories, settings)


cc.find_contradictions = wrapped  # find_conflicts calls it




def wording(j):
    return cc_contradictions._Wording.of(cc_common._held_by(j), j.claim.quantities, j.claim.speaker if cc_common._attributed(j.claim) else None)


def step_of(a, b):
    """(rank, step name): the higher the rank, the further the pair went."""
    judged, related, stories, settings = (seen[k] for k in ("judged", "related", "stories", "settings"))
    if a.claim.claim_id == b.claim.claim_id:
        return 0, "(b) both sides one claim"
    wa, wb = wording(a), wording(b)
    if not (wa.can_oppose and wb.can_oppose):
        return 2, f"(b) {'neither side' if not (wa.can_oppose or wb.can_oppose) else 'a side'} can oppose"
    floor = min(settings.loose_story, settings.same_story)
    aid, bid = a.claim.article_id, b.claim.article_id
    near = bid in stories.related(aid, floor) or aid in stories.related(bid, floor)
    # (lead, thirty-fourth session) c80's path: an article of the story told before its window,
    # up to `replaced_days` earlier (`_Stories.told_before`), is compared too, and its pairs
    # kept only by `_found_later`; without it this script counted 115 compared pairs "not
    # one story" (round c95).
    told_late = not near and (bid in stories.told_before(aid, settings.same_story, settings.replaced_days)
                              or aid in stories.told_before(bid, settings.same_story, settings.replaced_days))
    if not (near or told_late):
        return 3, "(b) articles not one story"
    if not cc_numeric._independent_sources(a.ref, b.ref):
        return 4, "(b) one voice (same article, same speaker)"
    hit = wa.opposed_to(wb)
    if not hit:
        return 5, "(c) no opposition reader fires"
    loose = not told_late and stories.score(aid, bid) < settings.same_story
    stems_of = {}

    def article_stems(article_id):
        if article_id not in stems_of:
            stems_of[article_id] = frozenset(s for j in judged if j.claim.article_id == article_id for s in j.stems)
        return stems_of[article_id]

    kind = hit[0].split()[0] if hit[0] != "(affirmed)" else "(affirmed)"
    if cc_contradictions._different_past(a, b):
        return 6, f"(d) guard _different_past [{kind}]"
    if cc_contradictions._different_parts(a.own_text, b.own_text):
        return 6, f"(d) guard _different_parts [{kind}]"
    if (a.is_dispute or b.is_dispute) and ("(affirmed)" in hit or not cc_common._share_matter(a, b, hit)):
        return 6, f"(d) guard a dispute side [{kind}]"
    if cc_contradictions._counted_elsewhere(hit, a, b, article_stems):
        return 6, "(d) guard _counted_elsewhere"
    if loose and any(h.startswith("nobody ") or h.endswith("(excepted)") or h.endswith(cc_contradictions.DATED) for h in hit):
        return 6, "(d) guard loose story, one-word reader"
    if hit[0].endswith(cc_contradictions.DATED) and hit[0].split()[0] in WEEKDAY_NAMES and \
            not cc_common._near_in_time(a.ref, b.ref, cc_contradictions.WEEKDAY_REACH_DAYS):
        return 6, "(d) guard weekday far apart"
    if (loose and related.matter(a, b) < settings.contradiction_matter
            and not (cc_contradictions._party_named(a, article_stems(bid)) or cc_contradictions._party_named(b, article_stems(aid)))):
        return 6, "(d) guard loose story, little matter"
    if told_late and not _found_later(a, b, related, stories, article_stems):
        return 6, "(d) guard _found_later (told before the story's window)"
    return 7, "(e) passes guards: kept for another pair of its clusters"


def _found_later(a, b, related, stories, article_stems):
    """`contradictions._found_later` as `find_contradictions` asks it: the later article's
    claim first, the reader's hit read in that order."""
    if a.ref.published and b.ref.published and b.ref.published > a.ref.published:
        a, b = b, a
    later, earlier = a.claim.article_id, b.claim.article_id
    hit = wording(a).opposed_to(wording(b)) or ("",)
    return cc_contradictions._found_later(
        a, b, related.matter(a, b),
        cc_contradictions._party_named(a, article_stems(earlier)) or cc_contradictions._party_named(b, article_stems(later)),
        counted_later=hit[0] == "(counted)",
        named_apart=cc_contradictions._named_elsewhere(a, article_stems(earlier))
        or cc_contradictions._named_elsewhere(b, article_stems(later)),
        story_named=hit[0].endswith(cc_contradictions.LATE_FINDINGS)
        and stories.names_shared(later, earlier) >= cc_contradictions.LATE_STORY_NAMES)


def features(a, b):
    """Integer features of a pair of claims, never their text."""
    wa, wb = wording(a), wording(b)
    shared = len(topic_stems(a.own_text) & topic_stems(b.own_text))
    negated = (wa.negation is not None) + (wb.negation is not None)
    voice = int(bool(a.voice and b.voice and not a.voice.isdisjoint(b.voice)))
    same_article = int(a.claim.article_id == b.claim.article_id)
    other_outlet = int(a.ref.outlet != b.ref.outlet)
    days = abs((a.ref.published - b.ref.published).days) if a.ref.published and b.ref.published else -1
    story = round(seen["stories"].score(a.claim.article_id, b.claim.article_id) * 10)
    return (f"shared={min(shared, 3)}{'+' if shared > 3 else ''} negated_sides={negated} same_voice={voice} "
            f"same_article={same_article} other_outlet={other_outlet} days={min(days, 8) if days >= 0 else '?'} "
            f"story_x10={story}")


def head_in_other(a, b):
    """Whether the one negated side's negated predicate (its first word after the
    negation) is a word of the other side: "did not attend" / "attended"."""
    wa, wb = wording(a), wording(b)
    if (wa.negation is None) == (wb.negation is None):
        return "head_in_other=-"
    neg, other = (wa, b) if wa.negation else (wb, a)
    heads = {h for h, _ in neg.negated_clauses}
    return f"head_in_other={int(bool(heads & topic_stems(other.own_text)))}"


REPORTING = re.compile(r"\b(?:said|says|say|told|tells|according to|claimed|insisted|argued|added|stated)\b", re.I)
QUOTE_MARKS = ('"', "“", "”")
NEGATOR = re.compile(r"\b(?:not|no|never|nobody|none|without)\b|n't", re.I)


# Cue families (round c23), counted on the own texts of a pair missed at (c): how many of
# its two sides hold one. Counts only; they say which kind of reader could reach the misses.
PROBES = {
    "cause": r"\b(?:caused|cause|blamed|blame|due to|because|result of|triggered|sparked|led to|responsible)\b",
    "start_place": r"\b(?:started|start|began|begin|broke out|originated|happened|occurred)\b",
    "modal": r"\b(?:will|would|could|can|may|might|expected|expects|likely|plans?|set to|due to)\b",
    "aspect": r"\b(?:already|still|yet|no longer|again|now)\b",
    "universal": r"\b(?:all|every|both|none|nobody|no one|never|any|entire|whole)\b",
    "first_only": r"\b(?:first time|never before|only|sole|first)\b",
    "digit": r"\d",
    "number_word": r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|half|most|few|several)\b",
    "evaluative": r"\b(?:safe|unsafe|adequate|inadequate|sufficient|enough|fair|unfair|legal|illegal|lawful|unlawful|true|false|accurate|minor|serious|full|fully|complete|properly|correct|wrong|normal|usual)\b",
    "time_word": r"\b(?:before|after|until|since|within|weeks?|days?|months?|years?|hours?|minutes?|morning|evening|night|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b",
    "comparative": r"\b(?:more|less|fewer|higher|lower|bigger|smaller|better|worse|larger|greater)\b|\w+er than",
    "quote_word": r"[\"“”]",
    "passive": r"\b(?:was|were|been|being)\s+\w+ed\b",
    "negator": r"\b(?:not|no|never|nobody|none|without)\b|n't",
    # (x38) knowing and being told, open and closed, staying and leaving a post
    "x38_know": r"\b(?:knew|know|knows|known|aware|unaware|learn(?:ed|t)|told|warned|informed|notified|alerted)\b",
    "x38_open_close": r"\b(?:open|opens|opened|reopen\w*|close|closes|closed|closing|closure|shut\w*)\b",
    "x38_post": r"\b(?:resign\w*|step(?:ped)? down|quit|sacked|in post|in office|in charge)\b",
}


def probes(a, b):
    """(family, sides holding it) for each cue family of `PROBES`."""
    found = [(name, sum(bool(re.search(rx, j.own_text, re.I)) for j in (a, b))) for name, rx in PROBES.items()]
    wa, wb = wording(a), wording(b)
    found += [("w_denied", bool(wa.denied) + bool(wb.denied)), ("w_counted", bool(wa.counted) + bool(wb.counted)),
              ("w_denied_x_counted", int(bool(wa.denied and wb.counted) or bool(wb.denied and wa.counted))),
              ("w_states", bool(wa.states) + bool(wb.states)), ("w_outcomes", bool(wa.outcomes) + bool(wb.outcomes)),
              ("w_quantities", bool(a.claim.quantities) + bool(b.claim.quantities)),
              ("w_negated_x_figure", int(bool((wa.negation and b.claim.quantities) or (wb.negation and a.claim.quantities)))),
              ("w_dated", bool(wa.dated) + bool(wb.dated))]
    # (x38) The course of a state (claims.states.read_courses): sides reading one, and
    # whether two of one state are opposed courses, of one subject or not.
    ca, cb = read_courses(a.own_text), read_courses(b.own_text)
    opposed = {("still", "ends"), ("still", "still not"), ("again", "still not")}
    pairs = [(x, y) for x in ca for y in cb if x[0] == y[0] and ((x[1], y[1]) in opposed or (y[1], x[1]) in opposed)]
    know_neg = [bool(re.search(r"\b(?:not|never|n't|no one|nobody)\s+(?:\w+\s+){0,2}?(?:know|knew|aware|been told|been warned|been informed|learn)", j.own_text, re.I)) for j in (a, b)]
    know = [bool(re.search(PROBES["x38_know"], j.own_text, re.I)) for j in (a, b)]
    found += [("x38_know_negated_against_affirmed", int((know_neg[0] and know[1] and not know_neg[1]) or (know_neg[1] and know[0] and not know_neg[0]))),
              ("x38_courses", bool(ca) + bool(cb)),
              ("x38_courses_opposed", int(bool(pairs))),
              ("x38_courses_opposed_keyed", int(any(not x[2].isdisjoint(y[2]) for x, y in pairs)))]
    return found


# Round o24: candidate general-English opposites and news-verb synonyms, read from files
# given in the environment (O24_OPPOSITES, O24_VERBS): counts of the (c) misses and of the
# labelled non-conflicts whose two sides hold a row's two sides (or a negated verb and its
# synonym), never text.
import os  # noqa: E402
from claims.lexicon import inflections  # noqa: E402

NEG_BEFORE = re.compile(r"(?:\b(?:not|no|never|n't|nor|neither|without)\s+(?:\w+\s+)?)$", re.I)


def _cand_rows():
    path = os.environ.get("O24_OPPOSITES")
    if not path:
        return []
    rows = []
    for line in open(path):
        if "|" not in line or line.startswith("#"):
            continue
        sides = []
        for words in line.strip().split("|"):
            forms = {f for w in words.split(",") if w.strip() for f in inflections(w.strip().lower())}
            sides.append(re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in
                                                            sorted(forms, key=len, reverse=True)) + r")(?![\w-])", re.I))
        rows.append(sides)
    return rows


CAND_ROWS = _cand_rows()


def _row_sides(text):
    """Per candidate row, the set of sides (0, 1) the text holds, a side after a negator flipped."""
    out = []
    for sides in CAND_ROWS:
        held = set()
        for k, rx in enumerate(sides):
            for m in rx.finditer(text):
                held.add(1 - k if NEG_BEFORE.search(text[:m.start()]) else k)
        out.append(held)
    return out


def cand_rows_hit(a, b):
    ra, rb = _row_sides(a.own_text), _row_sides(b.own_text)
    return [k for k, (x, y) in enumerate(zip(ra, rb)) if len(x) == 1 and len(y) == 1 and x != y]


def cand_hits(a, b):
    return len(cand_rows_hit(a, b))


NEG_PREFIX = re.compile(r"^(?:un|in|im|il|ir|dis|non-?)(?=[a-z]{4,}$)")


def prefix_hit(a, b):
    """A word of one side and its negative-prefixed form on the other ("authorised" /
    "unauthorised", "able" / "unable"), neither side holding both: 0, 1 without a shared
    word of what they are about, 2 with."""
    wa = set(re.findall(r"[a-z][a-z-]+", a.own_text.lower()))
    wb = set(re.findall(r"[a-z][a-z-]+", b.own_text.lower()))
    for x, y in ((wa, wb), (wb, wa)):
        for w in y:
            m = NEG_PREFIX.match(w)
            if m and w[m.end():] in x and w[m.end():] not in y and w not in x:
                share = cc_common._shared_share(wording(a).about, wording(b).about) >= cc_contradictions.DIRECTION_SHARED
                return 1 + share
    return 0


UNIVERSAL_GROUP = re.compile(r"\b(?:all|every|both|each|none|neither|no)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?"
                             r"(?:\w+\s+){0,2}?(\w+s)\b", re.I)
COUNTED_GROUP = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|several|some|a\s+few|\d+)\s+"
                           r"(?:of\s+(?:the|its|their)\s+)?(?:\w+\s+){0,2}?(\w+s)\b", re.I)


def whole_part_hit(a, b):
    """A whole group on one side ("all six cavers") and a counted part of it on the other
    ("one of the six cavers"), by the group noun's stem."""
    for x, y in ((a, b), (b, a)):
        wholes = {s for m in UNIVERSAL_GROUP.finditer(x.own_text) for s in topic_stems(m.group(1))}
        parts = {s for m in COUNTED_GROUP.finditer(y.own_text) for s in topic_stems(m.group(1))}
        if wholes & parts:
            return 1
    return 0


def _verb_groups():
    path = os.environ.get("O24_VERBS")
    if not path:
        return {}
    groups = {}
    for line in open(path):
        stems = frozenset(s for w in line.split() for s in topic_stems(" ".join(inflections(w))))
        for s in stems:
            groups[s] = groups.get(s, frozenset()) | stems
    return groups


VERB_GROUPS = _verb_groups()


def verb_synonym_hit(a, b):
    wa, wb = wording(a), wording(b)
    for neg, other in ((wa, b), (wb, a)):
        heads = {h for h, _ in neg.negated_clauses}
        syn = {s for h in heads for s in VERB_GROUPS.get(h, ())} - heads
        if syn & topic_stems(other.own_text):
            return 1
    return 0


# Round x28: the shape of the opposition of a pair missed at (c), by cue words of general
# English (counts only): a figure against "none"/"no"/"all"; a state against its opposite; an
# event against its non-occurrence; a time against another time; a cause or place against
# another; a whole against an exception; a yes/no of one question (a vote, a verdict). A pair
# may hold several; `x28 shape` is the first in this order.
X28_UNIVERSAL = re.compile(r"\b(?:no|none|nobody|no one|never|nothing|every|everyone|all|each|both|fully|full|"
                           r"throughout|entire|whole|any)\b", re.I)
X28_NEGATOR = re.compile(r"\b(?:not|no|never|nobody|none|no one|nothing|without|neither|nor)\b|n['’]t\b", re.I)
X28_STATE_ROWS = [
    (r"\b(?:open|opened|reopen\w*|stay(?:ed)? open|remain\w* open|running|ran|operat\w+)\b",
     r"\b(?:clos\w+|shut\w*|suspended|halted|cancel\w+|called off|dark|offline|out of (?:action|service))\b"),
    (r"\b(?:safe|safely|unhurt|unharmed|alive|intact|stable|no risk|under control|contained|resolved|held|minor)\b",
     r"\b(?:unsafe|dangerous|danger|risk|hurt|injured|dead|killed|shot|damaged|crack\w*|critical|intensive care|"
     r"serious|ill|sank|spreading|breach\w*|broke through|failed?)\b"),
    (r"\b(?:work(?:s|ed|ing)?|function\w*|done its job|full availability|fully staffed|stocked|equipped|on time|"
     r"to time|on schedule|within budget|as planned)\b",
     r"\b(?:broken|broke down|fail\w*|faulty|short of|ran out|run out|delay\w*|overran|late|over budget|"
     r"without)\b"),
]
X28_TIME = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
                      r"may|june|july|august|september|october|november|december|spring|summer|autumn|winter|"
                      r"(?:19|20)\d\d|within|until|before|after|by|hours?|days?|weeks?|fortnight|months?|minutes?|"
                      r"morning|evening|night|dawn|afternoon|midnight|tonight|yesterday|today|tomorrow|season)\b", re.I)
X28_CAUSE = re.compile(r"\b(?:caus\w+|blam\w+|trigger\w+|because|due to|result of|sparked|started|began|broke out|"
                       r"happened|occurred|originat\w+|after (?:a|an|the|two)|through a|found in|found on|located)\b",
                       re.I)
X28_EXCEPTION = re.compile(r"\b(?:except|apart from|other than|one of|two of|some of|only|still missing|acquitted|"
                           r"abstain\w*|against|half)\b", re.I)
X28_YES = re.compile(r"\b(?:passed|approved|backed|accepted|agreed|cleared|guilty|won|first choice|correctly|"
                     r"carried|endorsed|supported)\b", re.I)
X28_NO = re.compile(r"\b(?:defeated|rejected|thrown out|refused|acquitted|yet to|voted down|wrongly|third choice|"
                    r"second choice|initially targeted|blocked|vetoed|opposed)\b", re.I)


def x28_shapes(a, b):
    """The opposition shapes whose cues the two sides hold, in priority order."""
    ta, tb = a.own_text, b.own_text
    qa, qb = bool(a.claim.quantities), bool(b.claim.quantities)
    shapes = []
    if (qa and X28_UNIVERSAL.search(tb) and not qb) or (qb and X28_UNIVERSAL.search(ta) and not qa):
        shapes.append("figure_vs_none_all")
    if any((re.search(l, ta, re.I) and re.search(r, tb, re.I)) or (re.search(r, ta, re.I) and re.search(l, tb, re.I))
           for l, r in X28_STATE_ROWS):
        shapes.append("state_vs_opposite")
    if bool(X28_NEGATOR.search(ta)) != bool(X28_NEGATOR.search(tb)) and \
            len(topic_stems(ta) & topic_stems(tb)) >= 1:
        shapes.append("event_vs_nonoccurrence")
    if X28_TIME.search(ta) and X28_TIME.search(tb):
        ya = {m.group(0).lower() for m in X28_TIME.finditer(ta)}
        yb = {m.group(0).lower() for m in X28_TIME.finditer(tb)}
        if ya != yb:
            shapes.append("time_vs_time")
    if X28_CAUSE.search(ta) and X28_CAUSE.search(tb):
        shapes.append("cause_vs_cause")
    if (re.search(r"\b(?:all|every|both|each|fully|throughout)\b", ta, re.I) and (qb or X28_EXCEPTION.search(tb))) or \
            (re.search(r"\b(?:all|every|both|each|fully|throughout)\b", tb, re.I) and (qa or X28_EXCEPTION.search(ta))):
        shapes.append("whole_vs_exception")
    if (X28_YES.search(ta) and X28_NO.search(tb)) or (X28_NO.search(ta) and X28_YES.search(tb)):
        shapes.append("yes_no")
    return shapes


X28_NEG_SUBJECT = re.compile(r"(?:^|[,;:]\s+|\b(?:that|and|but)\s+)\W*((?:[A-Za-z][\w'’-]*\s+){0,6}?)"
                             r"(?:had|has|have|was|were|is|are)\s+(?:not|never)\s+(?:been\s+)?(\w+)", re.I)


def x28_detail(counts, prefix, a, b):
    """Finer counts of the two commonest shapes: for a figure against none/all, the word
    and the figure's unit; for an event against its non-occurrence, whether the negated
    predicate recurs on the other side and whether the negated clause's subject does."""
    for x, y in ((a, b), (b, a)):
        if x.claim.quantities and not y.claim.quantities:
            for m in X28_UNIVERSAL.finditer(y.own_text):
                counts[f"{prefix} figure_vs_none word={m.group(0).lower()}"] += 1
            if X28_UNIVERSAL.search(y.own_text):
                units = sorted({q.unit or "-" for q in x.claim.quantities})
                counts[f"{prefix} figure_vs_none units={'/'.join(units)[:30]}"] += 1
                counts[f"{prefix} figure_vs_none shared={min(len(topic_stems(x.own_text) & topic_stems(y.own_text)), 3)}"] += 1
    for x, y in ((a, b), (b, a)):
        if X28_NEGATOR.search(x.own_text) and not X28_NEGATOR.search(y.own_text):
            ty = topic_stems(y.own_text)
            for m in X28_NEG_SUBJECT.finditer(x.own_text):
                head = topic_stems(m.group(2))
                subj = topic_stems(" ".join(w for w in m.group(1).split() if not w[:1].isupper()))
                counts[f"{prefix} nonoccurrence passive head_in_other={int(bool(head & ty))} "
                       f"subject_in_other={int(bool(subj & ty))}"] += 1


X28_TIME_KINDS = {
    "weekday": r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    "month": r"\b(?:january|february|march|april|june|july|august|september|october|november|december)\b",
    "year": r"\b(?:19|20)\d\d\b",
    "season": r"\b(?:spring|summer|autumn|winter|christmas|easter)\b",
    "clock": r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\b(?:midnight|noon|dawn)\b",
    "duration": r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|a|an)\s+"
                r"(?:minutes?|hours?|days?|weeks?|months?|years?|fortnight)\b",
    "bound": r"\b(?:within|until|by|before|after|since|no later than|at least)\b",
}


def x28_detail2(counts, prefix, a, b):
    """(x28) For a pair whose two sides both name a time: the kinds each side holds, whether
    they share a kind, and whether the dated-event reader dates both. For a figure against
    "no X": whether every word of the denied thing is a word anywhere on the count side."""
    ka = {k for k, rx in X28_TIME_KINDS.items() if re.search(rx, a.own_text, re.I)}
    kb = {k for k, rx in X28_TIME_KINDS.items() if re.search(rx, b.own_text, re.I)}
    if ka - {"bound"} and kb - {"bound"}:
        wa, wb = wording(a), wording(b)
        counts[f"{prefix} time shared_kind={int(bool((ka & kb) - {'bound'}))} "
               f"dated_both={int(bool(wa.dated and wb.dated))}"] += 1
        for k in sorted((ka & kb) - {"bound"}):
            counts[f"{prefix} time shared {k}"] += 1
        counts[f"{prefix} time kinds={'+'.join(sorted(ka | kb))[:60]}"] += 1
    for x, y in ((a, b), (b, a)):
        denied = wording(x).denied
        if denied and y.claim.quantities:
            ty = topic_stems(y.own_text)
            counts[f"{prefix} none_x_figure denied_in_other={int(any(t <= ty for t in denied))} "
                   f"any_word={int(any(t & ty for t in denied))} count={int(any(q.unit == 'count' for q in y.claim.quantities))}"] += 1


X28_MINUTES = {"minute": 1, "hour": 60, "day": 1440, "week": 10080, "fortnight": 20160, "month": 43200, "year": 525600}
X28_BOUND = re.compile(r"\b(?:within|under|less than|no more than|at most|kept under|inside|no longer than|"
                       r"(?:no|nobody|none|never)\b.{0,40}\b(?:more|longer) than)\b", re.I)


def x28_durations(j):
    return [(q.value or q.low or 0) * X28_MINUTES[q.unit] for q in j.claim.quantities
            if q.unit in X28_MINUTES and (q.value or q.low)]


def x28_detail3(counts, prefix, a, b):
    """(x28) A duration on both sides (minutes, hours, days ...): whether one side bounds it
    ("within six minutes", "nobody waited more than twenty minutes") below the other's."""
    da, db = x28_durations(a), x28_durations(b)
    if not (da and db):
        return
    counts[f"{prefix} durations both"] += 1
    for x, dx, dy in ((a, da, db), (b, db, da)):
        if X28_BOUND.search(x.own_text):
            counts[f"{prefix} durations bound_below_other={int(max(dx) < max(dy))}"] += 1
            break


X28_WHOLE = re.compile(r"\b(?:all|every|both|each|fully|throughout)\b", re.I)


def x28_detail4(counts, prefix, a, b):
    """(x28) A whole on one side ("every ward", "all 120 staff", "fully staffed") and a count
    or exception on the other: whether the whole-group reader reads the whole
    (`_Wording.universal`), whether it reads the other's count as an exception (`excepted`),
    and whether the whole's group noun is a word of the other side."""
    for x, y in ((a, b), (b, a)):
        if X28_WHOLE.search(x.own_text) and (y.claim.quantities or X28_EXCEPTION.search(y.own_text)):
            wx, wy = wording(x), wording(y)
            groups = {s for g, _ in wx.universal for s in g}
            counts[f"{prefix} whole universal_read={int(bool(wx.universal))} excepted_read={int(bool(wy.excepted))} "
                   f"group_in_other={int(bool(groups & topic_stems(y.own_text)))}"] += 1
            break


# Round e31: one event timed apart. For a pair, the best any covering claims reach, as one
# of ordered stages: no time on a side; both timed (a date of one grain or a length, read
# by `_Wording.dated`); timed apart; one event by the whole claims (`same_event`); or by the
# clauses of the times only. And the raw cue (a figure of minutes ... months, or a
# weekday/month/clock) before any reader: counts only.
E31_RAW_LENGTH = re.compile(r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|"
                            r"thirty|forty|fifty)\s+(?:minutes?|hours?|days?|weeks?|fortnight|months?)\b", re.I)


def e31_stage(a, b):
    from claims.event_dates import EVENT_SHARED, dated_apart, same_event
    wa, wb = wording(a), wording(b)
    grains = {d.grain for d in wa.dated} & {d.grain for d in wb.dated}
    raw = int(bool(E31_RAW_LENGTH.search(a.own_text) and E31_RAW_LENGTH.search(b.own_text)))
    if not grains:
        return f"raw_lengths_both={raw} not timed both"
    apart = [(x.grain) for x in wa.dated for y in wb.dated if dated_apart(x, y)]
    if not apart:
        return f"raw_lengths_both={raw} timed {'+'.join(sorted(grains))} not apart"
    whole = same_event(wa.event, wb.event, wa.done_to and wb.done_to)
    clauses = same_event(tuple(wa.dated_words), tuple(wb.dated_words)) and \
        len(wa.dated_words & wb.dated_words) >= EVENT_SHARED
    shared = min(len(set(wa.event) & set(wb.event)), 4)
    return (f"raw_lengths_both={raw} apart {'+'.join(sorted(set(apart)))} whole={int(whole)} clauses={int(clauses)} "
            f"forecast_same={int(wa.forecast == wb.forecast)} shared={shared}")


# Round e39: the (c) misses whose first x28 shape is a time against another time (x38's
# "15 two times of one event"), split by shape: how many sides are attributed claims (a
# speaker) or disputes; each side's time (read by `_Wording.dated`; a weekday, month, clock
# or length the reader dropped, and why; a relative word only, "last week", "at dawn"; or
# a year only); whether the two tell one event by their first event word / `same_event`;
# and the e31 stage. Counts only on the closed sets.
E39_RELATIVE = re.compile(r"\b(?:yesterday|today|tonight|overnight|last (?:night|week|month|year|weekend)|"
                          r"this (?:morning|afternoon|evening|week|month)|earlier|later|at dawn|at dusk|"
                          r"the (?:next|previous|following) (?:day|morning|week)|days? (?:later|earlier)|"
                          r"weeks? (?:later|earlier)|hours? (?:later|earlier))\b", re.I)
E39_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def e39_time_of(j):
    """What time a side holds, the furthest reading first."""
    from claims.event_dates import DATE, _bounded, _kept, _spans_to_another, _value, POSSESSIVE, event_dates
    text = j.own_text
    w = wording(j)
    if w.dated:
        return "dated:" + "+".join(sorted({d.grain for d in w.dated}))
    if event_dates(text):
        return "dated_but_dropped_by_figure_unit"
    why = set()
    grains = collections.Counter()
    for m in DATE.finditer(text):
        grain, _ = _value(m)
        grains[grain] += 1
        if _spans_to_another(text, m, grain):
            why.add("span")
        elif not _kept(text, m):
            why.add("name_or_bare")
        elif _bounded(text, m.start()):
            why.add("bound_or_saying")
        elif POSSESSIVE.match(text, m.end()):
            why.add("possessive")
    if grains:
        if any(n > 1 for n in grains.values()) and not why - {"span"}:
            why.add("two_of_grain")
        return f"raw:{'+'.join(sorted(grains))} dropped={'+'.join(sorted(why)) or 'two_values'}"
    if E31_RAW_LENGTH.search(text):
        return "raw:length unread"
    if E39_RELATIVE.search(text):
        return "relative_only"
    if E39_YEAR.search(text):
        return "year_only"
    return "none"


def e39_unit_lifted(counts, prefix, a, b):
    """For a side whose date the unit-figure guard drops (`_event_dates_of`): the units of
    its figures, and what the e31 reader would reach were both sides' dates read."""
    from claims.event_dates import dated_apart, event_dates, event_durations, event_words, same_event, dated_clauses
    for j in (a, b):
        if not wording(j).dated and event_dates(j.own_text):
            units = sorted({q.unit or "-" for q in j.claim.quantities if q.unit})
            counts[f"{prefix} unit-dropped units={'/'.join(units)[:40]} grains="
                   f"{'+'.join(sorted({d.grain for d in event_dates(j.own_text)}))}"] += 1
    da = (*event_dates(a.own_text), *event_durations(a.own_text))
    db = (*event_dates(b.own_text), *event_durations(b.own_text))
    grains = {d.grain for d in da} & {d.grain for d in db}
    apart = any(dated_apart(x, y) for x in da for y in db)
    ea, eb = event_words(a.own_text), event_words(b.own_text)
    ca = set(event_words(dated_clauses(a.own_text)))
    cb = set(event_words(dated_clauses(b.own_text)))
    clauses = len(ca & cb) >= 2 and len(ca & cb) > 0.5 * min(len(ca), len(cb))
    counts[f"{prefix} unit-lifted shared_grain={'+'.join(sorted(grains)) or '-'} apart={int(apart)} "
           f"whole={int(same_event(ea, eb))} clauses={int(clauses)}"] += 1


def e39_split(counts, prefix, a, b):
    from claims.event_dates import event_words, same_event
    counts[f"{prefix} attributed_sides={int(cc_common._attributed(a.claim)) + int(cc_common._attributed(b.claim))} "
           f"dispute_sides={int(a.is_dispute) + int(b.is_dispute)}"] += 1
    ta, tb = sorted((e39_time_of(a), e39_time_of(b)))
    counts[f"{prefix} times {ta} / {tb}"] += 1
    both = ta.startswith("dated:") and tb.startswith("dated:")
    rel = "relative_only" in (ta, tb)
    unit = "dated_but_dropped_by_figure_unit" in (ta, tb)
    counts[f"{prefix} time_shape={'both_read' if both else 'a_date_dropped_by_a_unit_figure' if unit else 'a_relative_word' if rel else 'a_side_unread_date' if 'raw' in ta + tb else 'other'}"] += 1
    if unit:
        e39_unit_lifted(counts, prefix, a, b)
    ea, eb = event_words(a.own_text), event_words(b.own_text)
    first = int(bool(ea and eb and ea[0] == eb[0]))
    counts[f"{prefix} event first_word_same={first} same_event={int(same_event(ea, eb))} "
           f"shared={min(len(set(ea) & set(eb)), 4)}"] += 1
    counts[f"{prefix} e31 {e31_stage(a, b)}"] += 1


def x28_count(counts, prefix, shapes):
    counts[f"{prefix} shape={shapes[0] if shapes else 'none'}"] += 1
    for s in shapes:
        counts[f"{prefix} holds {s}"] += 1
    counts[f"{prefix} shapes held={min(len(shapes), 3)}"] += 1


def sentence_cues(case, where):
    """Integer cues of the sentence holding an uncovered gold side: a quote mark, a
    reporting verb or "according to", a negator."""
    text = next(a["text"] for a in case["articles"] if a["id"] == where[0])
    start = max(text.rfind(". ", 0, where[1]), text.rfind("\n", 0, where[1])) + 1
    ends = [e for e in (text.find(". ", where[2]), text.find("\n", where[2])) if e >= 0]
    sentence = text[start:min(ends) if ends else len(text)]
    quoted = any(q in sentence for q in QUOTE_MARKS)
    return (f"quote={int(quoted)} reporting={int(bool(REPORTING.search(sentence)))} "
            f"according_to={int('according to' in sentence.lower())} negator={int(bool(NEGATOR.search(text[where[1]:where[2]])))}"
            f" course={int(bool(read_courses(sentence)))}")  # (x38) a course of a state read


def run(cases, nlp, show):
    articles = case_articles(cases)
    claims = article_claims(articles, nlp)
    refs = claim_refs(articles, claims)
    predicted = cc.find_conflicts(refs, cluster_claims(claims))
    judged_of = {j.claim.claim_id: j for j in seen["judged"]}
    by_id = {c.claim_id: c for c in claims}
    counts = collections.Counter()
    labelled = set()
    for case in cases:
        for pair in case["pairs"]:
            aw, bw = locate(case, pair["a"]), locate(case, pair["b"])
            labelled |= {c.conflict_id for c in predicted
                         if (covers(by_id[c.claim_a], aw) and covers(by_id[c.claim_b], bw))
                         or (covers(by_id[c.claim_a], bw) and covers(by_id[c.claim_b], aw))}
    for c in predicted:
        if c.kind.value == "contradiction":
            counts["predicted contradictions"] += 1
            counts["predicted contradictions, unlabelled"] += c.conflict_id not in labelled
    for case in cases:
        for pair in case["pairs"]:
            if not pair.get("conflict"):
                aw, bw = locate(case, pair["a"]), locate(case, pair["b"])
                sa = [judged_of[c.claim_id] for c in claims if covers(c, aw)]
                sb = [judged_of[c.claim_id] for c in claims if covers(c, bw)]
                if sa and sb:
                    # the shapes any pair of covering claims holds (what a reader could fire on)
                    held = [s for s in ("figure_vs_none_all", "state_vs_opposite", "event_vs_nonoccurrence",
                                        "time_vs_time", "cause_vs_cause", "whole_vs_exception", "yes_no")
                            if any(s in x28_shapes(a, b) for a in sa for b in sb)]
                    x28_count(counts, "x28 non-conflicts (both claims)", held)
                    counts["e31 non-conflicts " + max((e31_stage(a, b) for a in sa for b in sb),
                                                      key=lambda t: ("apart" in t, "timed" in t and "not timed" not in t, t))] += 1
                    for a in sa[:1]:
                        for b in sb[:1]:
                            x28_detail(counts, "x28 non-conflicts (first claims)", a, b)
                            x28_detail2(counts, "x28 non-conflicts (first claims)", a, b)
                            x28_detail4(counts, "x28 non-conflicts (first claims)", a, b)
                    if any(x28_durations(a) for a in sa) and any(x28_durations(b) for b in sb):
                        best = max(((a, b) for a in sa for b in sb), key=lambda t: bool(x28_durations(t[0]) and x28_durations(t[1])))
                        x28_detail3(counts, "x28 non-conflicts (a pair)", *best)
            if (CAND_ROWS or VERB_GROUPS or os.environ.get("O24_PREFIX")) and not pair.get("conflict"):
                aw, bw = locate(case, pair["a"]), locate(case, pair["b"])
                sa = [judged_of[c.claim_id] for c in claims if covers(c, aw)]
                sb = [judged_of[c.claim_id] for c in claims if covers(c, bw)]
                if sa and sb and os.environ.get("O24_PREFIX"):
                    counts[f"o24 non-conflicts prefix={max(prefix_hit(a, b) for a in sa for b in sb)}"] += 1
                    counts[f"o24 non-conflicts whole_part={max(whole_part_hit(a, b) for a in sa for b in sb)}"] += 1
                    if show and max(prefix_hit(a, b) for a in sa for b in sb):
                        print("   o24 prefix non-conflict", case["id"], pair["a"][:70], "/", pair["b"][:70])
                if sa and sb:
                    counts["o24 non-conflicts, both sides claims"] += 1
                    if CAND_ROWS:
                        h = max(cand_hits(a, b) for a in sa for b in sb)
                        if show and h:
                            print("   o24 non-conflict", case["id"], [(a.own_text[:80], b.own_text[:80], cand_rows_hit(a, b)) for a in sa for b in sb if cand_hits(a, b)][:1])
                        counts[f"o24 non-conflicts candidate opposite rows={min(h, 2)}"] += 1
                        for k in {k for a in sa for b in sb for k in cand_rows_hit(a, b)}:
                            counts[f"o24 non-conflicts row {k}"] += 1
                        counts[f"o24 non-conflicts candidate opposite rows={min(h, 2)} shared={min(max(len(topic_stems(a.own_text) & topic_stems(b.own_text)) for a in sa for b in sb), 2)}"] += 1
                    if VERB_GROUPS:
                        counts[f"o24 non-conflicts negated verb synonym={max(verb_synonym_hit(a, b) for a in sa for b in sb)}"] += 1
            if not pair.get("conflict") or pair.get("kind") != "contradiction":
                continue
            aw, bw = locate(case, pair["a"]), locate(case, pair["b"])
            hit = any((covers(by_id[c.claim_a], aw) and covers(by_id[c.claim_b], bw))
                      or (covers(by_id[c.claim_a], bw) and covers(by_id[c.claim_b], aw)) for c in predicted)
            counts["contradictions"] += 1
            if hit:
                counts["found"] += 1
                continue
            sa = [judged_of[c.claim_id] for c in claims if covers(c, aw)]
            sb = [judged_of[c.claim_id] for c in claims if covers(c, bw)]
            if not sa or not sb:
                step = f"(a) {'both sides' if not sa and not sb else 'a side'} no claim"
                counts[f"missed {step}"] += 1
                for side, where in ((sa, aw), (sb, bw)):
                    if not side:
                        counts[f"  (a) the side's sentence: {sentence_cues(case, where)}"] += 1
                if show:
                    print("  ", case["id"], step, repr(pair["a"][:80]), "/", repr(pair["b"][:80]))
                continue
            best = max(((step_of(a, b), a, b) for a in sa for b in sb), key=lambda t: t[0][0])
            (_, step), a, b = best
            counts[f"missed {step}"] += 1
            f = features(a, b)
            for part in f.split():
                counts[f"  feature {part}"] += 1
            if step.startswith("(c)"):
                x28_count(counts, "  x28 (c)", x28_shapes(a, b))
                counts["  e31 (c) " + max((e31_stage(x, y) for x in sa for y in sb),
                                          key=lambda t: ("apart" in t, "timed" in t and "not timed" not in t, t))] += 1
                if show and any("apart" in e31_stage(x, y) for x in sa for y in sb):
                    print("   e31 apart", case["id"], repr(a.own_text[:120]), "/", repr(b.own_text[:120]))
                x28_detail(counts, "  x28 (c)", a, b)
                x28_detail2(counts, "  x28 (c)", a, b)
                x28_detail3(counts, "  x28 (c)", a, b)
                x28_detail4(counts, "  x28 (c)", a, b)
                if x28_shapes(a, b)[:1] == ["time_vs_time"]:
                    e39_split(counts, "  e39 (c) two times", a, b)
                    if show:
                        print("   e39 two times", case["id"], e39_time_of(a), "/", e39_time_of(b), "|",
                              repr(a.own_text[:110]), "/", repr(b.own_text[:110]))
                if show:
                    print("   x28 shapes", x28_shapes(a, b))
                for name, n in probes(a, b):
                    counts[f"  probe (c) {name} sides={n}"] += 1
                if CAND_ROWS:
                    h = cand_hits(a, b)
                    counts[f"  o24 (c) candidate opposite rows={min(h, 2)}"] += 1
                    for k in cand_rows_hit(a, b):
                        share = cc_common._shared_share(wording(a).about, wording(b).about) >= cc_contradictions.DIRECTION_SHARED
                        counts[f"  o24 (c) row {k} about_shared={int(share)}"] += 1
                    counts[f"  o24 (c) candidate opposite rows={min(h, 2)} shared={min(len(topic_stems(a.own_text) & topic_stems(b.own_text)), 2)}"] += 1
                if VERB_GROUPS:
                    counts[f"  o24 (c) negated verb synonym={verb_synonym_hit(a, b)}"] += 1
                if os.environ.get("O24_PREFIX"):
                    counts[f"  o24 (c) prefix={prefix_hit(a, b)}"] += 1
                    counts[f"  o24 (c) whole_part={whole_part_hit(a, b)}"] += 1
            counts[f"  {step[:3]} negated_sides={f.split()[1].split('=')[1]} {f.split()[0]} {head_in_other(a, b)}"] += 1
            if show:
                print("  ", case["id"], step, "|", f, "|", repr(a.own_text[:90]), "/", repr(b.own_text[:90]),
                      f"o24rows={cand_rows_hit(a, b)} o24verb={verb_synonym_hit(a, b)}" if CAND_ROWS else "")
    return +counts


print_step_counts(run, load_nlp())
