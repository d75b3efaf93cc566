"""Where a missed dispute's target was lost (round t19): for every gold dispute pair not
found, whether the rejection was recognised, which return of `_dispute_target` chose its
target (the line and its code), whether the right target was among the claims gathered
for the rejection, and (for a wrong target) the overlap with the rejection's words, the
owner match and the content score of the chosen and of the right claim.

Run: python bench/dispute_target_steps.py             # dev gold, misses shown with text
     python bench/dispute_target_steps.py --heldout   # closed sets: counts only, no text

The step is found by tracing the function's return line, so the counts follow the code as
it stands. On the closed sets it prints counts and numbers only, never a pair's text."""
import collections
import re
import linecache
import sys
from pathlib import Path
W = Path.cwd()
sys.path.insert(0, str(W / "bench"))
from gold_claims import article_claims, covers, locate, case_articles, claim_refs, print_step_counts
from trace_lines import call_traced
from claims.clustering import cluster_claims
import claims.conflicts as cc
from claims.overlap import topic_stems  # noqa: E402
import claims.conflicts.common as cc_common  # noqa: E402
import claims.conflicts.disputes as cc_disputes  # noqa: E402
from claims.nlp import load_nlp
from claims.lexicon import dispute_pattern

G24 = {}
calls = {}  # dispute claim_id -> list of (later_too, line, target_id, candidate_ids)
orig = cc_disputes._dispute_target
code = orig.__code__

def wrapped(dispute, same_article, same_story, related, settings, loose_story=(), assessment_keys=None, *, later_too=False, **kw):
    r, returned_at = call_traced(code, "return", lambda: orig(
        dispute, same_article, same_story, related, settings, loose_story, assessment_keys,
        later_too=later_too, **kw))
    cands = {j.claim.claim_id for j in (*same_article, *same_story, *loose_story)}
    ref = cc_disputes._reference_text(dispute, same_article)
    own = topic_stems(ref); ow = related.index.weight(own)
    owner = cc_disputes._owner_stems(ref) or cc_disputes._accused_party(dispute.own_text)
    content = cc_disputes._rejected_content(dispute)
    feats = {}
    for j in (*same_article, *same_story, *loose_story):
        ov = related.index.weight(own & j.text_stems) / min(ow, j.text_weight(related.index)) if ow and not own.isdisjoint(j.text_stems) else 0.0
        cs = cc_disputes._ranked_by_content(content, [j], 0.0) if content else []
        feats[j.claim.claim_id] = (round(ov, 2), bool(owner) and cc_common._names_match(owner, j.voice), round(cs[0][0], 2) if cs else None,
            cc_common._attributed(j.claim), cc_disputes._other_party(dispute, j), j in same_story, j in loose_story, cc_disputes._declines_proposal(dispute), cc_disputes._published_after(j.ref, dispute.ref), j.is_dispute)
    # (g24) features telling the right target from the chosen one, per candidate
    g24 = {}
    for j in (*same_article, *same_story, *loose_story):
        g24[j.claim.claim_id] = {
            "rejecter named in claim": not dispute.voice.isdisjoint(j.text_stems),
            "rejecter named in sentence": not dispute.voice.isdisjoint(j.stems),
            "has figure": bool(j.claim.quantities),
            "same article": j.claim.article_id == dispute.claim.article_id,
            "earlier in article": j.claim.article_id == dispute.claim.article_id and j.claim.start_char < dispute.claim.start_char,
            "attributed": cc_common._attributed(j.claim),
            "is dispute": j.is_dispute,
            "same story": j in same_story,
            "loose story": j in loose_story,
            "within 1 sentence": j.claim.article_id == dispute.claim.article_id and cc_disputes._sentences_apart(j.claim, dispute.claim) <= 1,
            "shares content": bool(content) and not content.isdisjoint(j.text_stems),
            "shares rejection word": not own.isdisjoint(j.text_stems),
            "owner matches voice": bool(owner) and cc_common._names_match(owner, j.voice),
            # (w31) whether the words shared with the rejection are only the rejecter's name
            "shares a rejection word not of the rejecter's name": not (own - dispute.voice).isdisjoint(j.text_stems),
            "shares only the rejecter's name": not own.isdisjoint(j.text_stems) and (own & j.text_stems) <= dispute.voice,
            "own words hold the rejecter's name": not own.isdisjoint(dispute.voice),
        }
    G24[dispute.claim.claim_id] = g24
    calls.setdefault(dispute.claim.claim_id, []).append((later_too, returned_at, r[0].claim.claim_id if r else None, cands, feats, bool(owner), bool(content)))
    return r
cc_disputes._dispute_target = wrapped

# (e62) A counter-statement (`recognise_counter_statements`) is a recognised rejection whose
# target was found in recognising it (no `_dispute_target` call): recorded as "line 0".
orig_counters = cc.recognise_counter_statements


def counters_wrapped(judged, *args, **kw):
    orig_counters(judged, *args, **kw)
    for j in judged:
        if j.counter and j.answers is not None:
            calls.setdefault(j.claim.claim_id, []).append((False, 0, j.answers.claim.claim_id, {j.answers.claim.claim_id}, {}, False, False))
cc.recognise_counter_statements = counters_wrapped

TEXTS = {}


def prev_sentence(claim):
    """(d23) The text of the claim's article before its sentence, back to the last full stop."""
    text = TEXTS.get(claim.article_id, "")[:claim.sentence_start].rstrip()
    return text[max(text.rfind(". ", 0, len(text) - 1), text.rfind("\n", 0, len(text) - 1)) + 1:]



def negated_clauses(text):
    """(d26) Per negation of `text` (as `_Wording.of` reads them): the first topic stem
    after it, the stems of the six words after it, and the stems of its clause before it."""
    from claims.conflicts.contradictions import NEGATION_REACH_WORDS, _negations_and_lacks
    found = []
    for m in _negations_and_lacks(text):
        reach = text[m.end():].split()[:NEGATION_REACH_WORDS]
        head = next((min(topic_stems(w)) for w in reach if topic_stems(w)), None)
        if head:
            opening = re.split(r"[,;:]\s|\b(?:that|and|but|because|while|although)\s", text[:m.start()], flags=re.I)[-1]
            found.append((head, topic_stems(" ".join(reach)), topic_stems(opening)))
    return found


def d26_counter_features(counts, claims, aw, bw):
    """(d26) For a rejection not recognised: of the first attributed claim covering each
    side, what a counter-statement reader would see (counts only): a negated clause on
    one side whose predicate the other asserts, how many stems its reach and its subject
    share with the other, whether the speakers differ and the negating side is later."""
    from claims.conflicts.contradictions import _Wording
    sides = []
    for w in (aw, bw):
        cov = [c for c in claims if covers(c, w)]
        att = [c for c in cov if c.speaker is not None and c.kind.value != "narrated"]
        sides.append((att or cov or [None])[0])
    if None in sides:
        counts["  d26: a side uncovered"] += 1
        return
    ws = [_Wording.of(c.text, c.quantities, c.speaker) for c in sides]
    stems = [topic_stems(c.text) for c in sides]
    best = None
    for n, o in ((0, 1), (1, 0)):
        for head, reached, subject in negated_clauses(sides[n].text):
            plain = stems[o]
            f = (head in plain, len(reached & plain), len(subject & plain),
                 sides[n].article_id != sides[o].article_id or sides[n].start_char > sides[o].start_char)
            best = max(best or f, f)
    same = sides[0].speaker == sides[1].speaker
    shared = len(stems[0] & stems[1])
    loose = any(cc_common._names_match(frozenset((h,)), stems[1 - n]) for n in (0, 1) for h, _ in ws[n].negated_clauses)
    counts[f"  d26: shared stems={min(shared, 6)}, negated head loosely asserted={loose}, negated={best is not None}"] += 1
    if sides[0].article_id == sides[1].article_id:
        e, l = sorted(sides, key=lambda c: c.start_char)
        negl = bool(re.search(r"\b(not|n't|no|never|nothing|none)\b|n’t", l.text, re.I))
        opener = bool(re.match(r"\W*(but|however|yet)\b", l.sentence, re.I))
        counts[f"  d26: same article, sentences apart={cc_disputes._sentences_apart(e, l)}, later negated={negl}, "
               f"later contrast opener={opener}"] += 1
    voiced = [stems[k] | cc_common._voice_stems(sides[k]) for k in (0, 1)]
    sent = [topic_stems(c.sentence) for c in sides]
    counts[f"  d26: shared with voices={min(len(voiced[0] & voiced[1]), 6)}, sentences={min(len(sent[0] & sent[1]), 6)}, "
           f"same article={sides[0].article_id == sides[1].article_id}, both attributed={all(cc_common._attributed(c) for c in sides)}"] += 1
    if best is None:
        counts[f"  d26: no negated clause; same speaker={same}; opposite words={bool(ws[0].opposed_to(ws[1]))}"] += 1
    else:
        counts[f"  d26: negated; head asserted={best[0]}, reach shares={min(best[1], 4)}, subject shares={min(best[2], 3)}, negating after={best[3]}, same speaker={same}"] += 1


def run(cases, nlp, show):
    calls.clear()
    articles = case_articles(cases)
    claims = article_claims(articles, nlp)
    TEXTS.update({a.article_id: a.text for a in articles})
    refs = claim_refs(articles, claims)
    predicted = cc.find_conflicts(refs, cluster_claims(claims))
    by_id = {c.claim_id: c for c in claims}
    counts = collections.Counter()
    for case in cases:
        for pair in case["pairs"]:
            if not pair.get("conflict") or pair.get("kind") != "dispute":
                continue
            aw, bw = locate(case, pair["a"]), locate(case, pair["b"])
            hit = any((covers(by_id[c.claim_a], aw) and covers(by_id[c.claim_b], bw)) or (covers(by_id[c.claim_a], bw) and covers(by_id[c.claim_b], aw)) for c in predicted)
            # rejection side: a claim covering a side that was judged a dispute
            for rej_w, tgt_w in ((bw, aw), (aw, bw)):
                rej = [cid for cid in calls if covers(by_id[cid], rej_w)]
                if rej:
                    break
            if hit:
                counts["found"] += 1
                continue
            if not rej:
                counts["missed: rejection not recognised"] += 1
                if show:  # (e62) the pair's text on dev, to group the wordings
                    print("   NOTREC", case["id"], repr(pair["a"]), "/", repr(pair["b"]))
                # (d23) what covers the two sides: no claim, a narrated one, one with no
                # speaker, an attributed one not judged a rejection; and whether the two
                # sides are in one article
                kinds = []
                for w in (aw, bw):
                    cov = [c for c in claims if covers(c, w)]
                    kinds.append("none" if not cov else "narrated" if all(c.kind.value == "narrated" for c in cov)
                                 else "no speaker" if all(c.speaker is None for c in cov) else "attributed")
                counts[f"  not recognised: sides covered by {sorted(kinds)}; same article={aw[0] == bw[0]}"] += 1
                for w in (aw, bw):
                    for c in [c for c in claims if covers(c, w) and c.speaker is not None and c.kind.value != "narrated"][:1]:
                        lemma = (c.cue or "").lower()
                        feats = (("defending cue", any(lemma.startswith(v) for v in ("insist", "maintain", "counter", "respond", "repl", "stress", "defend", "stood by", "stand", "argu", "point", "explain", "clarif", "acknowledg"))),
                                 ("negated", bool(re.search(r"\b(not|n't|no|never|nothing|none)\b|n’t", c.text, re.I))),
                                 ("cue word in sentence", bool(dispute_pattern().search(c.sentence))),
                                 ("cue word in previous sentence", bool(dispute_pattern().search(prev_sentence(c)))),
                                 ("in quotes", c.text.lstrip()[:1] in "\"“'‘"),
                                 ("contrast opener", bool(re.match(r"\W*(but|however|yet|still|instead)\b", c.sentence, re.I))),
                                 ("answering words", bool(re.search(r"\b(respon\w*|repl\w*|asked|answer\w*|insist\w*|maintain\w*|argu\w*)\b", c.sentence, re.I))))
                        counts["  not recognised side: " + ", ".join(f"{k}={v}" for k, v in feats)] += 1
                d26_counter_features(counts, claims, aw, bw)
                continue
            rid = rej[0]
            last = [c for c in calls[rid] if c[2] is not None] or calls[rid][-1:]
            later_too, line, tid, cands, feats, has_owner, has_content = last[-1]
            tgts = {c.claim_id for c in claims if covers(c, tgt_w)}
            in_cands = bool(tgts & cands)
            other_art = tgt_w[0] != by_id[rid].article_id
            if tid is None:
                step = "none"
            elif tid in tgts:
                step = f"right target chosen (line {line}) but not reported (a later filter)"
            else:
                tart = "other-article" if by_id[tid].article_id != by_id[rid].article_id else "same-article"
                step = (f"line {line} ({linecache.getline(cc_disputes.__file__, line).strip()[7:50]}) -> wrong {tart}" if line
                        else f"counter-statement (e62) -> wrong {tart}")
            if tid is None and other_art:
                counts[f"  none detail: owner={has_owner} content={has_content} right(ov,owner,cs,attr,other,story,loose,declines,after,isdisp)={[feats.get(t) for t in tgts]}"] += 1
            if tid is not None and tid not in tgts and other_art:
                rf = max((feats.get(t, (0, False, None)) for t in tgts), key=lambda f: f[0], default=None)
                counts[f"  detail line {line}: owner={has_owner} content={has_content} chosen(ov,owner,cs,attr,other,story,loose,declines,after,isdisp)={feats.get(tid)} right={rf}"] += 1
            if tid is not None and tid not in tgts and in_cands:
                g = G24.get(rid, {})
                right = next((g[t] for t in sorted(tgts) if t in g), None)  # sorted: a set of ids iterates in a different order each run
                if right and tid in g:
                    for k in right:
                        counts[f"  g24 line {line} feature {k}: chosen={g[tid][k]} right={right[k]}"] += 1
            counts[f"missed: {step}; right target {'other' if other_art else 'same'}-article; candidate={in_cands}; any covering claim={bool(tgts)}"] += 1
            if show:
                print("  ", case["id"], repr(pair["a"]), "/", repr(pair["b"]), "->", step, "chose:", by_id[tid].text[:90] if tid else None)
                # (t40) the chosen and the right claim's features side by side (ov, owner, cs, attr,
                # other, story, loose, declines, after, isdisp) and whether each is earlier in the
                # rejection's article
                if tid is not None and tid not in tgts:
                    def where(c):
                        return "earlier-in-article" if by_id[c].article_id == by_id[rid].article_id and by_id[c].start_char < by_id[rid].start_char else "elsewhere"
                    print("      chosen", feats.get(tid), where(tid), "| right", [(feats.get(t), where(t)) for t in sorted(tgts)])
    return counts

print_step_counts(run, load_nlp())
