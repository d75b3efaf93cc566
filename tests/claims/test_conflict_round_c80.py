"""Round c80: contradiction recall, a finding months after an assurance (docs/conflicts.md,
"Round c80"). Sentences written for these tests, not the gold.

a. Two articles further apart than the story window (`ConflictSettings.story_days`) but
   within `replaced_days` of each other may still oppose: an audit or a review months
   later finds what an earlier assurance denied. The contradiction rule now also visits
   the earlier articles of a story (`_Stories.told_before`, at `same_story`), keeping a
   pair only when `contradictions._found_later` reads one matter at one time: the claims
   name each other's party or share `LATE_MATTER` of their rare words, and the earlier
   claim names no past year the later one does not (two inspections, two years)."""

from __future__ import annotations

from datetime import date

from claims.conflicts import find_conflicts
from claims.conflicts.contradictions import _years_named
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims

ASSURANCE = ("Brackwater Leisure Trust, which runs the Halsey Road swimming pool in Dunmarsh, said: "
             "\"Not a single lifeguard has been made redundant at the Halsey Road pool.\" "
             "The trust said the pool would keep its opening hours.")
FINDING = ("An audit of Brackwater Leisure Trust has found that three lifeguards had been made redundant "
           "at the Halsey Road pool in Dunmarsh, the auditor said. The audit also said the trust "
           "had cut the pool's opening hours.")
OLD_YEAR = ("Brackwater Leisure Trust, which runs the Halsey Road swimming pool in Dunmarsh, said: "
            "\"Not a single lifeguard was made redundant at the Halsey Road pool in 2024.\" "
            "The trust said the pool would keep its opening hours.")


def _contradictions(nlp, *articles):
    """The two claims' texts of every contradiction found between the articles, given as
    (text, outlet, published) triples."""
    refs = [r for k, (text, outlet, day) in enumerate(articles) for r in _claims(nlp, f"a{k}", text, outlet, day)]
    text = {r.claim.claim_id: r.claim.text for r in refs}
    return [(text[c.claim_a], text[c.claim_b]) for c in find_conflicts(refs)
            if c.kind is ConflictKind.CONTRADICTION]


def _lifeguards(pairs):
    return any(any("Not a single lifeguard" in t for t in p) and any("three lifeguards" in t for t in p)
               for p in pairs)


def test_a_a_finding_months_later_opposes_the_assurance(nlp):
    # Four months apart: past the story window (30 days), within `replaced_days`.
    pairs = _contradictions(nlp, (ASSURANCE, "Dunmarsh Gazette", date(2026, 3, 3)),
                            (FINDING, "Leisure Trade Weekly", date(2026, 7, 7)))
    assert _lifeguards(pairs)


def test_a_near_miss_beyond_replaced_days(nlp):
    # Two years apart: another time, not compared.
    pairs = _contradictions(nlp, (ASSURANCE, "Dunmarsh Gazette", date(2024, 3, 3)),
                            (FINDING, "Leisure Trade Weekly", date(2026, 7, 7)))
    assert not _lifeguards(pairs)


def test_a_near_miss_the_assurance_names_an_older_year(nlp):
    # "was made redundant ... in 2024", said in 2026: a past year the finding does not
    # name, so the audit months later may tell of another time.
    pairs = _contradictions(nlp, (OLD_YEAR, "Dunmarsh Gazette", date(2026, 3, 3)),
                            (FINDING, "Leisure Trade Weekly", date(2026, 7, 7)))
    assert not any(any("Not a single lifeguard" in t for t in p) and any("three lifeguards" in t for t in p)
                   for p in pairs)


def test_a_years_named():
    day = date(2026, 5, 1)
    assert _years_named("its last inspection, in October 2024, had found", day) == {2024}
    assert _years_named("a record 412,000 visits last year", day) == {2025}
    assert not _years_named("2,024 people and 2024.5 tonnes", day)


def test_a_near_miss_another_trust_in_another_town(nlp):
    # The same words of another trust's pool in another town months later: no party of
    # the one named by the other, too little matter in common.
    other = ("An audit of Carrickmoor Swim Centres has found that three lifeguards had been made redundant "
             "at the Quarry Lane pool in Porthwen, the auditor said. The audit also said Carrickmoor "
             "had cut the pool's opening hours.")
    pairs = _contradictions(nlp, (ASSURANCE, "Dunmarsh Gazette", date(2026, 3, 3)),
                            (other, "Leisure Trade Weekly", date(2026, 7, 7)))
    assert not any(any("Not a single lifeguard" in t for t in p) and any("three lifeguards" in t for t in p)
                   for p in pairs)
