"""Round p45 (which pair of two clusters is reported): docs/conflicts.md, "Added in round
p45". Of the pairs of one pair of clusters within `NEAR_SCORE`, a pair of body sentences is
reported before one holding an article's title. Sentences written for these tests, about
none of the gold cases; each test of the rule has a near miss."""

from datetime import date

from claims.clustering import cluster_claims
from claims.conflicts import find_conflicts, story_lead
from claims.conflicts.common import headline_order, is_headline, pair_order
from claims.extract import extract_claims
from claims.models import Article, ClaimRef

DAY_A, DAY_B = date(2027, 3, 2), date(2027, 3, 3)
TITLE_A = "Council says Brannock flood gate did its job"
TEXT_A = (TITLE_A + "\n\nBrannock's flood gate did its job during Sunday's high tide, the district council "
          "said on Tuesday.\n\nThe council said repairs had finished in May.")
TITLE_B = "Brannock traders say flood gate failed"
BODY_B = ("The flood gate at Brannock failed on Sunday night and river water reached 30 shops on Mill Lane, "
          "traders said.")


def _refs(nlp, *specs):
    refs, leads = [], {}
    for article_id, title, text, outlet, day in specs:
        art = Article(article_id=article_id, source="test", text=text, outlet=outlet, published=day, title=title)
        refs += [ClaimRef(claim=c, outlet=outlet, published=day) for c in extract_claims(art, nlp(text))]
        leads[article_id] = story_lead(title, text)
    return refs, leads


def _contradictions(nlp, text_b, with_leads=True):
    refs, leads = _refs(nlp, ("a", TITLE_A, TEXT_A, "Outlet A", DAY_A), ("b", TITLE_B, text_b, "Outlet B", DAY_B))
    by_id = {r.claim.claim_id: r.claim for r in refs}
    found = find_conflicts(refs, cluster_claims([r.claim for r in refs]), leads=leads if with_leads else None)
    return [(by_id[c.claim_a].text, by_id[c.claim_b].text) for c in found if c.kind.value == "contradiction"]


def test_body_sentences_are_reported_before_a_headline(nlp):
    pairs = _contradictions(nlp, TITLE_B + "\n\n" + BODY_B)
    assert pairs == [("Brannock's flood gate did its job during Sunday's high tide",
                      "The flood gate at Brannock failed on Sunday night and river water reached 30 shops on Mill Lane")]


def test_without_titles_the_order_is_the_first_seen(nlp):
    # Near miss: with no titles known (no leads), no claim is a headline and the pair
    # first by `pair_order` is kept (here one of the headlines).
    pairs = _contradictions(nlp, TITLE_B + "\n\n" + BODY_B, with_leads=False)
    assert len(pairs) == 1 and "flood gate failed" in pairs[0]


def test_a_headline_pair_is_still_reported_when_no_body_pair_is(nlp):
    # Near miss: the traders' article gives its claim only in its title.
    pairs = _contradictions(nlp, TITLE_B + "\n\nShops on Mill Lane were closed on Monday for the clean-up.")
    assert len(pairs) == 1 and pairs[0][1] == "flood gate failed"


def test_is_headline_reads_the_title_only(nlp):
    refs, leads = _refs(nlp, ("a", TITLE_A, TEXT_A, "Outlet A", DAY_A))
    read = {r.claim.text: is_headline(r.claim, leads) for r in refs}
    assert read["Brannock flood gate did its job"] is True
    # Near misses: the body's sentence telling the same, and any claim without leads.
    assert read["Brannock's flood gate did its job during Sunday's high tide"] is False
    assert not any(is_headline(r.claim, None) for r in refs)


def test_headline_order_ranks_before_the_dates():
    early = pair_order("x", ("a", DAY_A), ("b", DAY_A))
    late = pair_order("y", ("a", DAY_B), ("b", DAY_B))
    assert headline_order(0, late) < headline_order(1, early)
    # Near miss: with as many headlines on each side, the earlier pair is first.
    assert headline_order(1, early) < headline_order(1, late)
