"""(k58) Clusters that mix stories: claims with no words of their own do not cluster, and
claims of two stories (articles sharing few names, rare words or telling figures) need two
distinctive tokens in common. Sentences written for these tests."""

from __future__ import annotations

from claims.clustering import _contentless, _tokens, cluster_claims, similarity
from claims.models import Claim, ClaimKind, Quantity, stable_id


def claim(text: str, article: str, quantities: list[Quantity] | None = None) -> Claim:
    return Claim(
        claim_id=stable_id("k58", article, text), article_id=article, kind=ClaimKind.ATTRIBUTED,
        text=text, sentence=text, sentence_start=0, start_char=0, end_char=len(text),
        quantities=quantities or [],
    )


def share(surface: str, value: float) -> Quantity:
    return Quantity(surface=surface, start_char=0, end_char=len(surface), value=value,
                    low=value, high=value, unit="percent", measure="shares")


def clusters_of(claims: list[Claim]) -> dict[str, str]:
    return {m.claim_id: m.cluster_id for m in cluster_claims(claims)}


# Two stories of three outlets each: a smelter closing, a ferry route cut.
SMELTER = {
    "s1": ["Dranfield Metals said its Ostervik smelter would close in March.",
           "The Ostervik plant employs 640 workers, Dranfield Metals said.",
           "Union organiser Petra Calloway called the closure a betrayal of Ostervik.",
           "The company's shares rose 14% in Frankfurt after the announcement.",
           "his claims"],
    "s2": ["Dranfield Metals will shut the Ostervik smelter in March, the firm confirmed.",
           "About 640 people work at the Ostervik site.",
           "Petra Calloway of the union said the closure betrayed Ostervik.",
           "the claim"],
    "s3": ["The Ostervik smelter owned by Dranfield Metals is to close in March.",
           "Calloway said workers at Ostervik had been betrayed.",
           "640 jobs will go at the Ostervik smelter."],
}
FERRY = {
    "f1": ["Corrimore Ferries will end its winter sailings to Inchbrae from November.",
           "The company's shares fell 11% on Monday.",
           "Harbourmaster Owen Tellick said the pier at Inchbrae needed repairs.",
           "that claim"],
    "f2": ["Winter sailings to Inchbrae by Corrimore Ferries will stop in November.",
           "Islanders on Inchbrae fear the loss of their only link, Owen Tellick said.",
           "Corrimore Ferries carried 84,000 passengers to Inchbrae last year."],
    "f3": ["Corrimore Ferries is scrapping winter crossings to Inchbrae.",
           "Tellick said the Inchbrae pier would need repairs before spring.",
           "84,000 passengers travelled with Corrimore Ferries to Inchbrae last year."],
}


def both_stories() -> list[Claim]:
    claims = []
    for story in (SMELTER, FERRY):
        for article, texts in story.items():
            for text in texts:
                quantities = []
                if "shares rose 14%" in text:
                    quantities = [share("14%", 14.0)]
                elif "shares fell 11%" in text:
                    quantities = [share("11%", 11.0)]
                claims.append(claim(text, article, quantities))
    return claims


def test_a_claim_of_no_words_of_its_own_is_contentless():
    for text in ("his claims", "the claim", "that claim", "it was false", "they were not"):
        assert _contentless(_tokens(text)), text
    for text in ("the claim was false", "640 jobs", "Ostervik betrayed"):
        assert not _contentless(_tokens(text)), text


def test_contentless_claims_do_not_cluster():
    assert similarity("his claims", "the claim") == 0.0
    found = clusters_of(both_stories())
    contentless = [c for c in both_stories() if c.text in ("his claims", "the claim", "that claim")]
    assert not any(c.claim_id in found for c in contentless)


def test_share_moves_of_two_stories_stay_apart():
    claims = both_stories()
    found = clusters_of(claims)
    rose = next(c for c in claims if "shares rose 14%" in c.text)
    fell = next(c for c in claims if "shares fell 11%" in c.text)
    assert found.get(rose.claim_id) is None or found.get(rose.claim_id) != found.get(fell.claim_id)


def test_share_moves_of_one_story_still_cluster():
    # near miss: the same generic wording within one story (articles sharing its names) links
    claims = [c for c in both_stories() if c.article_id.startswith("s")]
    fell = claim("The company's shares fell 11% in Frankfurt after the announcement.", "s3",
                 [share("11%", 11.0)])
    found = clusters_of(claims + [fell])
    rose = next(c for c in claims if "shares rose 14%" in c.text)
    assert found.get(rose.claim_id) is not None and found.get(rose.claim_id) == found.get(fell.claim_id)


def test_near_duplicates_across_outlets_of_one_story_still_cluster():
    claims = both_stories()
    found = clusters_of(claims)
    by_text = {c.text: c.claim_id for c in claims}
    for a, b in (("Dranfield Metals said its Ostervik smelter would close in March.",
                  "Dranfield Metals will shut the Ostervik smelter in March, the firm confirmed."),
                 ("Corrimore Ferries carried 84,000 passengers to Inchbrae last year.",
                  "84,000 passengers travelled with Corrimore Ferries to Inchbrae last year.")):
        assert found.get(by_text[a]) is not None and found[by_text[a]] == found.get(by_text[b]), (a, b)


def test_generic_words_across_stories_need_a_shared_name_or_figure():
    # the same record-keeping sentence in two unrelated stories: generic words only
    smelter = [claim(t, a) for a, ts in SMELTER.items() for t in ts]
    ferry = [claim(t, a) for a, ts in FERRY.items() for t in ts]
    one = claim("its records show no increase in complaints", "s1")
    other = claim("its records show no increase in complaints", "f1")
    found = clusters_of(smelter + ferry + [one, other])
    assert found.get(one.claim_id) is None or found[one.claim_id] != found.get(other.claim_id)
    # near miss: two claims of one story worded alike still cluster
    again = claim("its records showed no increase in complaints", "s2")
    found = clusters_of(smelter + ferry + [one, again])
    assert found.get(one.claim_id) is not None and found[one.claim_id] == found.get(again.claim_id)
