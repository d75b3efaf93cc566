"""Counts-only breakdown of wrong speakers (statements whose content was found, speaker not).

Run: `python bench/speaker_steps.py` (development gold, with `-v` listing the wrong ones) or
`python bench/speaker_steps.py --heldout` (every closed attribution set; counts by category
only: the held-out texts, statements and speakers are never printed).

Categories, so a rule can be aimed at the biggest one without reading a closed text:
* gold form: how the gold speaker is mentioned at the statement (the gold `mention` when the
  annotator gave one, else the speaker string): pronoun / descriptor (lower-case noun phrase,
  "the minister", "a spokeswoman") / surname (one capitalised word) / organisation (NER ORG
  or an organisation word) / full name (two or more capitalised words) / other.
* predicted: none / descriptor (our speaker is a lower-case phrase) / partial (shares a word
  with the gold speaker, not its last) / org-for-person / person-for-org / another person of
  the article / another organisation / other.
* distance: sentences from the statement back to the nearest earlier mention of the gold
  speaker's last word (0 = same sentence, "none" = not before it).
* in quotes: our statement is a direct quote or not.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.attribution_eval import GOLD, HELDOUT, _ours, load_gold, match, norm_speaker  # noqa: E402

PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "them", "us"}


def _org_words() -> frozenset[str]:
    from claims.speakers import word_list

    try:
        return word_list("attribution_org_words.txt")
    except Exception:  # noqa: BLE001 - the list is optional to this count
        return frozenset()


def _label(doc, s: str | None) -> str | None:
    """NER label of an entity of the article equal to (or ending in) `s`."""
    n = norm_speaker(s)
    if not n:
        return None
    for ent in doc.ents:
        e = norm_speaker(ent.text)
        if e == n or (e and e.split()[-1] == n.split()[-1]):
            return ent.label_
    return None


def gold_form(mention: str | None, speaker: str, doc, org_words) -> str:
    m = (mention or speaker or "").strip()
    words = re.findall(r"[A-Za-z][A-Za-z'’.-]*", m)
    if not words:
        return "other"
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return "pronoun"
    if words[0][0].islower() or words[0].lower() in {"the", "a", "an", "one", "his", "her",
                                                      "its", "their"}:
        caps = [w for w in words[1:] if w[0].isupper()]
        if not caps or words[0].lower() in {"a", "an", "one"} and len(caps) < 2:
            return "descriptor"
    label = _label(doc, speaker)
    low = {w.lower() for w in words}
    if label in {"ORG", "NORP", "GPE"} or low & org_words or m.isupper():
        return "organisation"
    if len([w for w in words if w[0].isupper()]) == 1:
        return "surname"
    if len(words) >= 2:
        return "full name"
    return "other"


def pred_kind(gold: str, pred, doc, org_words) -> str:
    if isinstance(pred, tuple):
        pred = pred[0]
    if not pred:
        return "none"
    g, p = norm_speaker(gold), norm_speaker(pred)
    if pred[:1].islower() or pred.split()[0].lower() in {"the", "a", "an", "one"} and \
            not any(w[:1].isupper() for w in pred.split()[1:]):
        return "descriptor"
    if set(g.split()) & set(p.split()):
        return "partial"
    gl, pl = _label(doc, gold), _label(doc, pred)
    p_org = pl in {"ORG", "NORP", "GPE"} or bool(set(p.split()) & org_words) or pred.isupper()
    g_org = gl in {"ORG", "NORP", "GPE"} or bool(set(g.split()) & org_words) or gold.isupper()
    if p_org and not g_org:
        return "org-for-person"
    if g_org and not p_org:
        return "person-for-org"
    if p_org:
        return "another org"
    if pl == "PERSON" or re.fullmatch(r"(?:[A-Z][\w'’.-]+ ?)+", pred):
        return "another person"
    return "other"


def distance(text: str, doc, content: str, speaker: str) -> str:
    start = text.find(content)
    last = norm_speaker(speaker).split()[-1:] if speaker else []
    if start < 0 or not last:
        return "none"
    sents = list(doc.sents)
    here = next((i for i, s in enumerate(sents) if s.start_char <= start < s.end_char), None)
    if here is None:
        return "none"
    for back in range(0, here + 1):
        s = sents[here - back]
        if last[0] in s.text.lower():
            return str(back) if back < 3 else "3+"
    return "none"


def _desc_class(pred) -> str:
    """Which word list the head of our descriptor speaker is on (general English only)."""
    from claims.speakers import word_list

    if isinstance(pred, tuple):
        pred = pred[0]
    head = norm_speaker(pred).split()[-1:] or [""]
    for name in ("attribution_document_nouns.txt", "attribution_source_nouns.txt",
                 "attribution_org_nouns.txt"):
        try:
            if head[0] in word_list(name) or head[0].rstrip("s") in word_list(name):
                return name.split("_")[1]
        except Exception:  # noqa: BLE001
            continue
    return "other noun"


def _detail(doc, text, g, gf, pk, pred, att) -> list[tuple[str, str]]:
    """Finer counts for the two biggest kinds: a descriptor left unresolved where the gold
    names someone, and he/she resolved to another person."""
    from claims.speakers import SpeakerResolver

    out: list[tuple[str, str]] = []
    r = SpeakerResolver(doc)
    gold_last = norm_speaker(g["speaker"]).split()[-1:]
    cue = att.content_start
    if gold_last:
        i = text.lower().find(gold_last[0])
        out.append(("gold named where", "not in text" if i < 0 else
                    "before" if i < cue else "only after"))
        subj = any(norm_speaker(r.full_person(n)).split()[-1:] == gold_last
                   for p, n in r.person_mentions)
        out.append(("gold as subject", "yes" if subj else "no"))
        out.append(("gold gender", str(r.gender_of(r.full_person(g["speaker"])))))
    if pk == "descriptor" and att.speaker_mention:
        words = norm_speaker(att.speaker_mention).split()
        head = words[-1] if words else ""
        out.append(("desc head", "title" if head in r.titles else
                    "spokes" if head in {"spokesman", "spokeswoman", "spokesperson"}
                    else "other"))
        out.append(("desc holders", str(len(r.title_people.get(head, ())))))
        from claims.speakers import _descriptors, _person_descriptors, _person_nouns, _singular

        h = _singular(head)
        lists = [n for n, ws in (("person_nouns", _person_nouns()),
                                 ("person_descriptors", _person_descriptors()),
                                 ("descriptor_nouns", _descriptors()),
                                 ("source_nouns", r.source_nouns),
                                 ("org_nouns", r.org_nouns), ("doc_nouns", r.doc_nouns))
                 if h in ws or head in ws]
        out.append(("desc lists", "+".join(lists) or "none"))
        out.append(("desc first word", words[0] if words and words[0] in {
            "the", "a", "an", "his", "her", "its", "their", "one"} else
            "(other)" if len(words) > 1 else "(bare)"))
        out.append(("desc plural", "plural" if head.endswith("s") and h != head else "singular"))
        out.append(("desc combo", f"{gf}/{'+'.join(lists) or 'none'}/{words[0] if words[0] in {'the', 'a', 'an', 'his', 'her', 'its', 'their', 'one'} else '(other)' if len(words) > 1 else '(bare)'}/"
                    f"{'gold person' if r.full_person(g['speaker']) in r.person_names else 'gold org' if any(norm_speaker(o) == norm_speaker(g['speaker']) for _, o in r.org_mentions) else 'gold neither'}/"
                    f"gold words {len(g['speaker'].split())}/gold in text {g['speaker'] in text}/mention words {len((att.speaker_mention or '').split())}"))
        # s34: does the article tie the gold to this head word anywhere, and how
        gfull = r.full_person(g["speaker"])
        ties = []
        if h in r.role_words.get(gfull, set()) or head in r.role_words.get(gfull, set()):
            ties.append("role words")
        if gfull in r.appos_people.get(h, set()):
            ties.append("appos")
        if gfull in r.title_people.get(h, set()):
            ties.append("title")
        if h in r.titles:
            ties.append("head a title")
        tagged = {t.tag_ for t in doc if t.lower_ == head}
        if gfull in r.person_names or "head a title" in ties:
            # s34: how the article ties the gold person to the job otherwise: a verb of the
            # same stem near a naming ("who chairs", "was appointed director"), cataphora
            glast = gfull.split()[-1]
            stem = re.sub(r"(?:wo)?man$|person$|er$|or$|ee$", "", h)[:5]
            verbs = [t for t in doc if t.pos_ == "VERB" and len(stem) >= 4 and
                     t.lemma_.lower().startswith(stem)]
            near = [t for t in verbs if any(w.text == glast for w in t.sent)]
            named_sents = [s_ for s_ in doc.sents if glast in s_.text and s_.start_char < cue]
            title_in = any(w.lemma_.lower() == h for s_ in named_sents for w in s_)
            rels = set()
            for s_ in named_sents:
                for w in s_:
                    if w.lemma_.lower() != h:
                        continue
                    name_toks = [x for x in s_ if x.text == glast]
                    nt = name_toks[0] if name_toks else None
                    if nt is None:
                        continue
                    if w.head.i == nt.i or nt.head.i == w.i:
                        rels.add(f"direct {w.dep_}/{nt.dep_}")
                    elif w.head.i == nt.head.i:
                        rels.add(f"siblings {w.dep_}/{nt.dep_} under {w.head.pos_}")
                    elif w.head.head.i == nt.i or w.head.head.i == nt.head.i:
                        rels.add(f"via prep {w.dep_}/{w.head.dep_}/{nt.dep_}")
                    else:
                        rels.add(f"far {w.dep_}/{nt.dep_} {'before' if w.i < nt.i else 'after'} name, tag {w.tag_}, "
                                 f"{'cap' if w.text[:1].isupper() else 'lower'}")
            out.append(("desc how", f"rels {';'.join(sorted(rels)) or '-'}/"))
            out.append(("desc how", f"stem verb {'near gold' if near else 'elsewhere' if verbs else 'none'}/"
                        f"head word in a sentence naming gold {title_in}/"
                        f"gold named before {bool(named_sents)}"))
        out.append(("desc ties", ("+".join(ties) + f"/holders {len(r.appos_people.get(h, ()))}/first {words[0] if words[0] in {'her', 'his', 'their', 'its'} else '-'}/n {len(words)}") if ties else
                    ("gold a person" if gfull in r.person_names else
                     "gold an org" if any(norm_speaker(o) == norm_speaker(g["speaker"])
                                          for _, o in r.org_mentions) else "gold neither")
                    + f"/head tags {'+'.join(sorted(tagged))}"
                    + f"/holders {len(r.title_people.get(h, ())) + len(r.appos_people.get(h, ()))}"))
    if gf == "pronoun" and pk == "person-for-org" and gold_last:
        # s34: a person the gold names whom we never took for one (NER's ORG tag)
        from claims.speakers import _first_name_genders

        gw = g["speaker"].split()
        labels = sorted({e.label_ for e in doc.ents
                         if norm_speaker(e.text).split()[-1:] == gold_last})
        deps = sorted({t.dep_ for t in doc if t.lower_ == gold_last[0]})
        out.append(("pronoun org", f"in person names {r.full_person(g['speaker']) in r.person_names}/"
                    f"words {len(gw)}/first name {_first_name_genders().get(gw[0], '-')}/"
                    f"labels {'+'.join(labels)}/deps {'+'.join(deps)}/"
                    f"org mention {any(norm_speaker(o).split()[-1:] == gold_last for _, o in r.org_mentions)}"))
        from claims.speakers import DETERMINERS
        for e in doc.ents:
            if e.label_ == "ORG" and norm_speaker(e.text).split()[-1:] == gold_last:
                gen = _first_name_genders().get(e[0].text)
                conds = [("alpha", all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in e)),
                         ("not org name", not r.is_org_name(e.text)),
                         ("no org/title word", not any(t.lower_ in r.org_nouns or t.lower_ in r.titles for t in e)),
                         ("no det", e.start == 0 or doc[e.start - 1].lower_ not in DETERMINERS),
                         ("pronoun follows", bool(gen) and r._pronoun_follows(e, gen))]
                sents = list(doc.sents)
                k = next(i for i, s_ in enumerate(sents) if s_.start <= e.start < s_.end)
                why_np = "none within 2"
                for t in doc[e.end:sents[min(k + 2, len(sents) - 1)].end]:
                    if t.ent_type_ == "PERSON" and t.ent_iob_ == "B":
                        why_np = "person between"
                        break
                    if t.lower_ in {"he", "him", "she", "her"}:
                        why_np = f"first pronoun {t.lower_} (gold {gen})"
                        break
                if why_np == "none within 2":
                    later = [t for t in doc[e.end:] if t.lower_ in {"she", "her", "he", "him"}]
                    why_np += f"; next {later[0].lower_} {later[0].sent.start - sents[k].start} tokens on, sents {sum(1 for s_ in sents if e.start < s_.start <= later[0].i)}" if later else "; none later"
                from claims.speakers import _person_nouns
                after = doc[e.end:e.end + 3].text
                ev = []
                if re.match(r",\s*\d{1,3}\b", after):
                    ev.append("age")
                if any(c.dep_ == "appos" and (c.lemma_.lower() in r.titles or c.lemma_.lower() in _person_nouns())
                       for c in e.root.children):
                    ev.append("appos person noun")
                if e.root.dep_ == "appos" and (e.root.head.lemma_.lower() in r.titles or e.root.head.lemma_.lower() in _person_nouns()):
                    ev.append("appos of person noun")
                if e.root.dep_ in {"nsubj", "nsubjpass"}:
                    ev.append(f"subject of {'cue' if e.root.head.lemma_.lower() in r.titles or e.root.head.lemma_.lower() in __import__('claims.speakers', fromlist=['word_list']).word_list('verbs') else 'other verb'}")
                if any(t.lower_ in {"she", "her", "he", "his", "him"} for t in e.sent):
                    ev.append("pronoun in sentence")
                out.append(("org-tagged evidence", "+".join(ev) or "none"))
                out.append(("org-tagged gold", f"{why_np} len {len(e)} " + " ".join(f"{k}={'y' if v else 'n'}" for k, v in conds)))
    if gf == "pronoun" and pk == "org-for-person" and _LAST.get("resolver") is not None:
        # s34: "she" given to an organisation: through its spokeswoman or the last speaker
        real = _LAST["resolver"]
        before = [(p, sp) for p, sp in real.history
                  if p < cue and norm_speaker(sp.canonical) == norm_speaker(pred if isinstance(pred, str) else pred[0])]
        last = before[-1] if before else None
        role = (last[1].role or "").split()[-1:] if last else []
        gm = [q for q, n in real.person_mentions
              if norm_speaker(real.full_person(n)).split()[-1:] == gold_last]
        between = last is not None and any(last[0] < q < cue + 200 for q in gm)
        out.append(("pronoun to org", f"our org last spoke via {'spokes noun' if role and role[0].lower() in {'spokesman', 'spokeswoman', 'spokesperson', 'representative'} else 'other'}/"
                    f"gold mention between {between}/gold mentions before {sum(1 for q in gm if q < cue)}"))
    if gf == "full name":
        # s34: a gold named in full at the statement, ours something else
        labels = sorted({e.label_ for e in doc.ents if gold_last and
                         norm_speaker(e.text).split()[-1:] == gold_last})
        pm = att.speaker_mention or ""
        gm = g.get("mention") or ""
        out.append(("full name", f"labels {'+'.join(labels) or '-'}/our mention {'same' if norm_speaker(pm) == norm_speaker(gm) else 'holds gold' if gold_last and gold_last[0] in norm_speaker(pm).split() else 'other'}/"
                    f"our mention words {len(pm.split())}/gold mention words {len(gm.split())}/"
                    f"gold in person names {r.full_person(g['speaker']) in r.person_names}"))
    if gf == "organisation" and pk == "person-for-org":
        # s34: what our mention was, and whether the article names our person near the org
        pm = (att.speaker_mention or "").split()
        kind = "pronoun" if len(pm) == 1 and pm[0].lower() in PRONOUNS else \
            "lower descriptor" if pm and (pm[0].islower() or pm[0].lower() in {"the", "a", "an"}) \
            else "capitalised"
        ours_label = _label(doc, pred if isinstance(pred, str) else pred[0])
        gold_label = _label(doc, g["speaker"])
        out.append(("org as person", f"our mention {kind} ({len(pm)} words)/our label {ours_label}/gold label {gold_label}/"
                    f"gold mention words {len((g.get('mention') or '').split())}/gold speaker words {len(g['speaker'].split())}"))
    if pk == "another person" and isinstance(pred, str):
        out.append(("our gender", str(r.gender_of(r.full_person(pred)))))
        pl = norm_speaker(pred).split()[-1]
        pi, gi = text.lower().rfind(pl, 0, cue), text.lower().rfind(
            gold_last[0] if gold_last else "\0", 0, cue)
        out.append(("order", "ours named later" if pi > gi else "gold named later"))
        out.append(("gold last mention", "in reported content" if any(
            a <= gi < b for a, b in r.reported_spans) else "in narration"))
        subj_pos = [p for p, n in r.person_mentions
                    if norm_speaker(r.full_person(n)).split()[-1:] == gold_last and p < cue]
        out.append(("gold subject before", "yes" if subj_pos else "no"))
        real = _LAST.get("resolver")
        if real is not None:
            # s34: the resolver find_attributions used (its reported spans and the
            # mentions it remembered), so the counts say why the other person was nearer
            def spans(p):
                return any(a <= p < b for a, b in real.reported_spans)
            ours_last = norm_speaker(pred).split()[-1]
            gm = [q for q, n in real.person_mentions if q < cue and
                  norm_speaker(real.full_person(n)).split()[-1:] == gold_last]
            om = [q for q, n in real.person_mentions if q < cue and
                  norm_speaker(real.full_person(n)).split()[-1:] == [ours_last]]
            why = f"same last word {ours_last == gold_last[0]}; gold first word in ours {norm_speaker(g['speaker']).split()[0] in norm_speaker(pred).split()}; "
            if gm:
                g_out = [q for q in gm if not spans(q)]
                if not g_out:
                    why += "gold only inside spans"
                elif om and max(om) > max(g_out):
                    tok = doc.char_span(max(om), max(om) + 1, alignment_mode="expand")
                    kind = "pronoun" if tok is not None and tok[0].pos_ == "PRON" else "name"
                    if kind == "name" and tok is not None:
                        t0 = tok[0]
                        remembered = any(q == max(om) for q, _ in real.history)
                        literal = ours_last in t0.text.lower()
                        kind = (f"name: {t0.pos_}/{t0.dep_}/{'surname' if literal else 'other word'}"
                                f"/{'remembered' if remembered else 'built'}"
                                f"/{'title' if t0.lower_ in real.titles else ''}")
                    why += f"ours mentioned after gold ({kind}{', in span' if spans(max(om)) else ''})"
                    gi_text = text.lower().rfind(gold_last[0], 0, cue)
                    why += "; gold named in text after that" if gi_text > max(om) else \
                        "; gold not named since"
                    gt = doc.char_span(gi_text, gi_text + 1, alignment_mode="expand")
                    if gi_text > max(om) and gt is not None:
                        t1 = gt[0]
                        full = t1.i > 0 and doc[t1.i - 1].pos_ == "PROPN" and \
                            doc[t1.i - 1].head.i == t1.i
                        why += (f" [{t1.dep_}/head {t1.head.dep_}/{t1.ent_type_ or '-'}/"
                                f"{'full' if full else 'surname'}/"
                                f"{'in span' if spans(t1.idx) else 'narration'}/"
                                f"{'first' if text.lower().find(gold_last[0]) == gi_text else 'again'}/"
                                f"gold words {len(norm_speaker(g['speaker']).split())}/"
                                f"head {t1.head.pos_} {t1.head.i - t1.i} after/"
                                f"ent len {len(next((e for e in doc.ents if e.start <= t1.i < e.end), [])) }/"
                                f"ent start {next((e.start - t1.i for e in doc.ents if e.start <= t1.i < e.end), None)}/"
                                f"ent root {next((e.root.dep_ for e in doc.ents if e.start <= t1.i < e.end), None)}/"
                                f"gold full {real.full_person(g['speaker']) in real.person_names}/"
                                f"surname holders {len({n for n in real.person_names if n.split()[-1].lower() == gold_last[0]})}/"
                                f"head in a person name {any(norm_speaker(real.full_person(n)).split()[-1:] == [t1.head.lower_] for n in real.person_names)}]")
                    if kind == "pronoun":
                        q0 = max(om)
                        near = [(min(abs(q0 - a.content_end), abs(q0 - a.content_start)), i)
                                for i, a in enumerate(_OK.get("atts", ()))
                                if (a.speaker_mention or "").lower() in {"he", "she"}]
                        i = min(near)[1] if near else None
                        why += "; that pronoun " + (_OK.get(i, "not gold") if i is not None
                                                    else "?")
                else:
                    why += "gold nearer (other path)"
            out.append(("why other", why))
    return out


_LAST: dict = {}
_OK: dict = {}  # s34: speaker mention position -> "right"/"wrong", this article's statements


def _capture() -> None:
    """Keep the last SpeakerResolver find_attributions built (diagnostics only)."""
    import claims.attribution as A

    base = A.SpeakerResolver
    if getattr(base, "_s34_capture", False):
        return

    class Captured(base):  # type: ignore[misc, valid-type]
        _s34_capture = True

        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            _LAST["resolver"] = self

    A.SpeakerResolver = Captured


def breakdown(path: Path, verbose: bool = False,
              only: str | None = None) -> tuple[Counter, int, int]:
    from claims.extract import parser_text
    from claims.nlp import load_nlp

    nlp = load_nlp()
    org_words = _org_words()
    # `only`: the development passages whose id starts with it (a48: a round's new ones)
    items = [it for it in load_gold(path) if only is None or it["id"].startswith(only)]
    docs = list(nlp.pipe([parser_text(it["text"]) for it in items]))
    cats: Counter = Counter()
    found = wrong = 0
    for item, doc in zip(items, docs):
        text, gold = item["text"], item["statements"]
        preds = _ours(doc)
        from claims.attribution import find_attributions

        _capture()
        atts = find_attributions(doc)
        pairs = match(text, gold, [(s, e, sp) for s, e, sp, _ in preds])
        _OK.clear()
        for gi, pi, ok in pairs:
            _OK[pi] = "right" if ok else "wrong"
        _OK["atts"] = atts
        for gi, pi, ok in pairs:
            found += 1
            if ok:
                continue
            wrong += 1
            g = gold[gi]
            pred = preds[pi][2]
            gf = gold_form(g.get("mention"), g["speaker"], doc, org_words)
            pk = pred_kind(g["speaker"], pred, doc, org_words)
            d = distance(text, doc, g["content"], g["speaker"])
            q = "quote" if preds[pi][3] else "reported"
            pm = atts[pi].speaker_mention
            gm = g.get("mention")
            if gm is None:
                same = "no gold mention"
            elif not pm:
                same = "no mention of ours"
            elif norm_speaker(pm) == norm_speaker(gm) or norm_speaker(pm) in norm_speaker(gm) \
                    or norm_speaker(gm) in norm_speaker(pm):
                same = "same mention, resolved otherwise"
            else:
                same = "another mention"
            extra = [("mention", same)]
            if gf == "pronoun":
                extra.append(("pronoun", (gm or "").strip().lower()))
            if pk == "descriptor":
                extra.append(("our descriptor", _desc_class(pred)))
                extra.append(("gold speaker", "lower-case" if g["speaker"][:1].islower()
                              or g["speaker"].split()[0].lower() in {"the", "a", "an"}
                              else "capitalised"))
            det = _detail(doc, text, g, gf, pk, pred, atts[pi])
            extra += det
            if gf == "pronoun":
                dd = dict(det)
                extra.append(("pronoun x", f"{pk}/subj {dd.get('gold as subject')}/"
                              f"{dd.get('order', '-')}/dist {d}/ours {dd.get('our gender', '-')}"
                              f"/gold {dd.get('gold gender')}/{q}"))
            for key in (("gold", gf), ("pred", pk), ("dist", d), ("quotes", q),
                        ("gold x pred", f"{gf} -> {pk}"), *extra):
                cats[key] += 1
            if verbose:
                print(f"  {item['id']}: gold [{g['speaker']}] ({gf}) pred [{pred}] ({pk}) "
                      f"dist {d} {q}: {g['content'][:60]!r}")
    return cats, found, wrong


def report(name: str, cats: Counter, found: int, wrong: int) -> None:
    print(f"== {name}: {found} found statements, {wrong} wrong speakers "
          f"(accuracy {1 - wrong / found if found else 0:.3f})")
    for group in ("gold", "pred", "dist", "quotes", "gold x pred", "mention", "pronoun",
                  "our descriptor", "gold speaker", "desc head", "desc holders",
                  "gold named where", "gold as subject", "our gender", "gold gender",
                  "order", "pronoun x", "gold last mention", "gold subject before",
                  "desc lists", "desc first word", "desc plural", "desc ties", "why other", "pronoun org", "org-tagged gold", "desc how", "desc combo", "org as person", "org-tagged evidence", "full name", "pronoun to org"):
        row = sorted(((v, k[1]) for k, v in cats.items() if k[0] == group), reverse=True)
        print(f"  {group:12s} " + ", ".join(f"{k} {v}" for v, k in row))


def main(argv: list[str]) -> int:
    if "--heldout" in argv:
        pooled: Counter = Counter()
        pf = pw = 0
        for path in sorted(HELDOUT.parent.glob("attributions_heldout*.jsonl")):
            cats, found, wrong = breakdown(path)
            report(path.name, cats, found, wrong)
            pooled += cats
            pf += found
            pw += wrong
        report("all closed sets pooled", pooled, pf, pw)
    else:
        only = argv[argv.index("--only") + 1] if "--only" in argv[:-1] else None
        cats, found, wrong = breakdown(GOLD, verbose="-v" in argv, only=only)
        report(GOLD.name, cats, found, wrong)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
