"""(p59) The conflict stage of one long article grew faster than the article (u57: 1.8 s at
10,000 words, 5.7 s at 20,000): the dispute rule read the whole article again for each
rejection (its sentence's other claims, the body an "Its chief executive" speaks for,
the bodies the story calls "the company") and find_conflicts had lost the memo of
texts' answers (l58 put a class between it and its decorator). Shown as work, not time:
the Python calls per token stay flat when the article grows four times."""

from __future__ import annotations

import cProfile
import pstats

import pytest

import claims.memo
import claims.overlap as overlap
from claims.conflicts import find_conflicts
from claims.conflicts import disputes as dispute_rule
from claims.conflicts.disputes import _Bodies, _claim_spans, _officer_body, _reference_text
from claims.extract import extract_claims, parser_text
from claims.memo import remembering_texts
from claims.models import Article, ClaimRef

PARAGRAPH = (
    "Harlow Water said 4,200 homes had lost supply on Tuesday. Its chief executive, Mira "
    "Osei, said the company had repaired 1,200 leaks this year. Tom Hale, a councillor, "
    "said the figure was closer to 6,000 homes. The company rejected the councillor's "
    "figure as wildly inflated. The company's operations director said crews had worked "
    "through the night. Hale called the company's leak figure misleading. \"That is simply "
    "not true,\" Osei said. The union Unite said 300 staff had been cut since 2019, which "
    "Harlow Water denied.\n\n"
)


def _refs(nlp, copies: int) -> tuple[list[ClaimRef], int]:
    text = PARAGRAPH * copies
    doc = nlp(parser_text(text))
    article = Article(article_id="long", outlet="Gazette", text=text, source="long.txt")
    return [ClaimRef(claim=c, outlet="Gazette") for c in extract_claims(article, doc)], len(doc)


def _calls_per_token(nlp, copies: int) -> float:
    """Of find_conflicts with the dispute rule alone (the others stubbed out: a figure
    repeated in every copy of the paragraph makes as many numeric pairs as copies squared)."""
    refs, tokens = _refs(nlp, copies)
    profile = cProfile.Profile()
    profile.enable()
    find_conflicts(refs)
    profile.disable()
    return pstats.Stats(profile).total_calls / tokens


def test_dispute_work_per_token_stays_flat_as_the_article_grows(nlp, monkeypatch):
    monkeypatch.setattr("claims.conflicts._numeric_conflicts", lambda *args: iter(()))
    monkeypatch.setattr("claims.conflicts.find_contradictions", lambda *args: iter(()))
    _calls_per_token(nlp, 6)  # word lists and patterns load on first use (of any size)
    short = _calls_per_token(nlp, 6)
    long = _calls_per_token(nlp, 24)
    # Before p59 four times the text made five times the calls per token (168 -> 845),
    # now about 2.6 times (114 -> 299): what is left grows with the rejections times the
    # article's claims, each rejection weighing every other party's claim of its article
    # (the rule's design: "the claim of another party sharing the most rare words").
    assert long < 3.0 * short, (short, long)


def test_find_conflicts_remembers_texts_while_it_runs(monkeypatch, nlp):
    seen = []
    real = dispute_rule.find_disputes

    def spy(*args, **kwargs):
        seen.append((claims.memo.remembering(), overlap._shared_sets is not None))
        return real(*args, **kwargs)

    monkeypatch.setattr("claims.conflicts.find_disputes", spy)
    find_conflicts(_refs(nlp, 1)[0])
    assert seen == [(True, True)]  # texts remembered and stem sets shared while it runs
    assert not claims.memo.remembering() and overlap._shared_sets is None  # and after, not


def _judged(nlp, copies: int):
    from claims.conflicts import _Judged
    refs, _ = _refs(nlp, copies)
    return [_Judged(ref=r, claim=r.claim, index=i, own_text=r.claim.text, stems=frozenset())
            for i, r in enumerate(refs)]


def _fresh_reference_text(dispute, same_article) -> str:
    """`_reference_text` as before p59: every claim of the article read."""
    claim = dispute.claim
    chars = list(claim.sentence)
    for j in same_article:
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


def _fresh_officer_body(j, around):
    """`_officer_body` as before p59: the whole list read for each officer."""
    if not dispute_rule.POSSESSIVE_ROLE.match((j.claim.speaker_role or "").strip()):
        return None
    before = [o for o in around if o.claim.article_id == j.claim.article_id
              and o.claim.start_char < j.claim.start_char and o.claim.speaker
              and o.claim.speaker != j.claim.speaker
              and not dispute_rule.POSSESSIVE_ROLE.match((o.claim.speaker_role or "").strip())]
    return max(before, key=lambda o: o.claim.start_char) if before else None


@pytest.mark.parametrize("remembering", [False, True])
def test_indexed_answers_are_those_of_a_full_scan(nlp, remembering):
    judged = _judged(nlp, 2)
    # the list twice over and reversed: a claim met twice, and a list in no order
    around = [*judged, *reversed(judged)]
    assert any(_officer_body(j, judged) is not None for j in judged)
    with remembering_texts() if remembering else _nothing():
        for j in judged:
            assert _reference_text(j, judged) == _fresh_reference_text(j, judged)
            assert _reference_text(j, around) == _fresh_reference_text(j, around)
            assert _officer_body(j, judged) is _fresh_officer_body(j, judged)
            assert _officer_body(j, around) is _fresh_officer_body(j, around)
            assert _officer_body(j, judged[:5]) is _fresh_officer_body(j, judged[:5])


def test_near_miss_same_start_takes_the_first_listed_body(nlp):
    """Two bodies starting at one place: the first in the list, as `max` gave."""
    judged = _judged(nlp, 1)
    officer = next(j for j in judged if _officer_body(j, judged) is not None)
    body = _officer_body(officer, judged)
    twin = dispute_rule._Judged(ref=body.ref, claim=body.claim.model_copy(update={"speaker": "Other Body"}),
                                index=999, own_text=body.own_text, stems=frozenset())
    assert _Bodies([twin, *judged]).before(officer) is twin
    assert _Bodies([*judged, twin]).before(officer) is body
    # (r60) the spans a claim's stretch overlaps are those a full scan finds, itself among them
    spans, claim = _claim_spans(judged), officer.claim
    hit = spans.overlapping(claim.start_char, claim.end_char)
    assert officer in hit
    assert hit == [j for j in sorted(judged, key=lambda j: j.claim.start_char)
                   if j.claim.start_char < claim.end_char and claim.start_char < j.claim.end_char]


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_progress_tells_each_rule_as_it_ends(nlp):
    """(p59) The caller is told a line as the rules start and one per rule, so that a run
    on a large store does not sit silent for minutes between clustering and conflicts."""
    lines: list[str] = []
    refs = _refs(nlp, 2)[0]
    told = find_conflicts(refs, progress=lines.append)
    assert told == find_conflicts(refs)  # telling changes nothing found
    assert lines[0].startswith(f"looking for conflicts among {len(refs)} claim(s) of 1 article(s)")
    assert [line.split(":")[0] for line in lines[1:]] == ["disputes", "contradictions", "numeric figures"]
    disputes = sum(c.kind.value == "dispute" for c in told)
    assert int(lines[1].split()[1]) >= disputes > 0


def test_near_miss_no_progress_asked_tells_nothing(nlp, capsys):
    find_conflicts(_refs(nlp, 1)[0])
    assert capsys.readouterr() == ("", "")
