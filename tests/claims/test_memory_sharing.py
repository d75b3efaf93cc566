"""The memory-saving pieces must not change what they stand for."""

import numpy as np

from claims import clustering
from claims.models import Claim, ClaimKind, Quantity, QuantityKind, trusted
from claims.overlap import one_of, sharing_stem_sets, topic_stems


def test_trusted_equals_validated_and_shares_the_fields_set():
    values = dict(surface="$5 million", start_char=3, end_char=13, value=5e6, low=None, high=None,
                  unit="USD", per=None, measure="cost", qualifier=None, kind=QuantityKind.AMOUNT,
                  entities=["port"])
    a, b = trusted(Quantity, **values), trusted(Quantity, **values)
    validated = Quantity.model_validate(values)
    assert a == validated and a.model_dump() == validated.model_dump()
    assert a.model_fields_set == validated.model_fields_set
    assert a.__pydantic_fields_set__ is b.__pydantic_fields_set__
    claim = trusted(Claim, claim_id="c", article_id="a", kind=ClaimKind.QUANTITATIVE, text="t", sentence="t",
                    sentence_start=0, start_char=0, end_char=1, speaker=None, speaker_mention=None,
                    speaker_role=None, cue=None, is_quote=False, quantities=[a])
    copy = claim.model_copy(update={"text": "u"})
    assert copy.text == "u" and claim.text == "t"


def test_one_of_shares_equal_sets_only_within_the_block():
    first, second = topic_stems("Dock workers struck"), topic_stems("dock workers struck")
    assert first == second and first is not second
    assert one_of(second) is second  # outside: nothing is kept
    with sharing_stem_sets():
        assert one_of(first) is first
        assert one_of(second) is first
        assert one_of(frozenset({"other"})) == frozenset({"other"})
    assert one_of(second) is second


def _top_all_at_once(left, right, level, k, n):
    """The definition: per claim, its pairs ranked by (level, partner); keep the k first."""
    keep = np.zeros(len(left), dtype=bool)
    for claim in range(n):
        mine = [(int(level[p]), int(right[p] if left[p] == claim else left[p]), p)
                for p in range(len(left)) if claim in (left[p], right[p])]
        for _, _, p in sorted(mine)[:k]:
            keep[p] = True
    return keep


def test_best_pairs_streamed_equal_the_best_of_all_pairs(monkeypatch):
    rng = np.random.default_rng(5)
    n, k = 60, 3
    pairs = {tuple(sorted(rng.choice(n, 2, replace=False).tolist())) for _ in range(900)}
    left, right = (np.array(side, dtype=np.int64) for side in zip(*sorted(pairs)))
    level = rng.integers(0, 40, len(left))  # many ties: broken by the partner
    expected = _top_all_at_once(left, right, level, k, n)
    keep, _ = clustering._top_per_claim(left, right, level, k, n)
    assert (keep == expected).all()
    # streamed in small pieces with small prunes and ranking steps, in another order
    monkeypatch.setattr(clustering, "PRUNE_CHUNK", 50)
    monkeypatch.setattr(clustering, "TOP_CHUNK", 40)
    best = clustering._BestPairs(n, k)
    order = rng.permutation(len(left))
    for start in range(0, len(order), 37):
        part = order[start:start + 37]
        best.add(left[part], right[part], level[part], level[part] / 100.0, level[part] % 2 == 0)
    got_left, got_right, shared, word = best.result()
    got = set(zip(got_left.tolist(), got_right.tolist(), strict=True))
    assert got == set(zip(left[expected].tolist(), right[expected].tolist(), strict=True))
    by_pair = {(a, b): lv for a, b, lv in zip(left.tolist(), right.tolist(), level.tolist(), strict=True)}
    assert all(s == by_pair[a, b] / 100.0 and w == (by_pair[a, b] % 2 == 0)
               for a, b, s, w in zip(got_left.tolist(), got_right.tolist(), shared.tolist(), word.tolist(), strict=True))


def test_candidate_pairs_deduplicated_with_the_laxer_kind(monkeypatch):
    monkeypatch.setattr(clustering, "BUILD_CHUNK", 4)
    n = 50
    candidates = clustering._CandidatePairs(n)
    candidates.width = 7  # several buckets even for a few claims
    candidates.buckets = -(-n // 7)
    candidates.parts = [[] for _ in range(candidates.buckets)]
    candidates.pending = [0] * candidates.buckets
    candidates.distinct = [0] * candidates.buckets
    candidates.edges = np.arange(candidates.buckets + 1, dtype=np.int64) * 7 * n * 2
    rng = np.random.default_rng(9)
    seen: dict[tuple[int, int], int] = {}
    for _ in range(40):
        a, b = rng.integers(0, n, 12), rng.integers(0, n, 12)
        a, b = a[a != b], b[a != b]
        kind = int(rng.integers(0, 2))
        candidates.add(np.minimum(a, b), np.maximum(a, b), kind)
        for x, y in zip(np.minimum(a, b).tolist(), np.maximum(a, b).tolist(), strict=True):
            seen[x, y] = min(seen.get((x, y), 1), kind)
    got = {}
    for left, right, word in candidates.drain():
        for x, y, w in zip(left.tolist(), right.tolist(), word.tolist(), strict=True):
            assert (x, y) not in got
            got[x, y] = int(w)
    assert got == seen


def test_readings_of_many_claims_share_their_empty_sets():
    """A new empty frozenset per claim and field was 141 MB on 300,000 claims (session 8):
    every empty set a claim's reading keeps must be one object, whatever the claim says."""
    from dataclasses import fields

    from claims.conflicts.contradictions import _Wording

    texts = ["Ticket sales rose sharply this year", "The ferry service will not resume until spring",
             "The council said the bridge reopened on Monday", "Nobody was injured in the fire",
             "Three workers were treated in hospital"]
    with sharing_stem_sets():
        readings = [_Wording.of(text) for text in texts]
    for field in fields(_Wording):
        empty = {id(v) for w in readings if isinstance(v := getattr(w, field.name), frozenset) and not v}
        assert len(empty) <= 1, field.name


def test_the_rules_after_extraction_load_no_parser():
    """Clustering and conflicts run on stored claims: importing them must not load spaCy
    (~44 MiB), which a word-list reader imported from the parse-reading rejection module
    once did (session 8)."""
    import subprocess
    import sys

    code = "import sys, claims.clustering, claims.conflicts; print('spacy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
