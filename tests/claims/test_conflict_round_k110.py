"""(k110) Clusters that join two stories of one kind: articles that share three distinctive
tokens only by figures, or that each name people, places or bodies and share none of them,
are two stories, so their claims need two distinctive tokens in common to cluster (k58's
claim test). Sentences written for these tests."""

from __future__ import annotations

from claims.clustering import _article_names, _names, cluster_claims
from claims.models import Claim, ClaimKind, stable_id


def claim(text: str, article: str) -> Claim:
    return Claim(
        claim_id=stable_id("k110", article, text), article_id=article, kind=ClaimKind.ATTRIBUTED,
        text=text, sentence=text, sentence_start=0, start_char=0, end_char=len(text),
    )


def together(claims: list[Claim], x: str, y: str) -> bool:
    found = {m.claim_id: m.cluster_id for m in cluster_claims(claims)}
    ids = {c.text: c.claim_id for c in claims}
    return ids[x] in found and found.get(ids[x]) == found.get(ids[y])


# Two councils' pothole stories: they share "pothole", "backlog" and "resurfacing" (three
# distinctive tokens: on main, one story), but no name.
NORTH = [
    "Inspectors in Quillhaven found 1,140 potholes awaiting repair, according to Tamsin Orrel.",
    "The council in Quillhaven blamed the winter for the resurfacing delays.",
    "the backlog was falling",
]
SOUTH = [
    "Drivers around Marrowick Vale reported 2,380 potholes this spring, said Edmund Fallowes.",
    "Resurfacing crews from Marrowick Vale have been sent to the bypass.",
    "the backlog is falling",
]
# Another outlet's account of the first story: it names the town and its spokeswoman.
NORTH_AGAIN = [
    "Tamsin Orrel said Quillhaven's repair teams had fixed 300 holes in March.",
    "Quillhaven has 1,140 potholes on its list, the council said.",
    "the backlog was now falling",
]


def test_names_are_capitalised_words_inside_a_sentence():
    assert _names("Drivers around Marrowick Vale reported potholes, said Edmund Fallowes.") == {
        "marrowick", "vale", "edmund", "fallowes"}
    # the first word, the first after a quote or a colon, and the calendar are no names
    assert _names('She said: "Repairs start in March," on Monday') == frozenset()


def test_a_name_also_written_in_lower_case_is_a_common_noun():
    claims = [claim("Figures from the Harbour Council at Dunsley", "a"), claim("the council met", "b")]
    assert _article_names(claims) == {"a": {"harbour", "dunsley"}, "b": frozenset()}


def test_two_stories_naming_different_places_do_not_cluster_their_generic_claims():
    claims = [claim(t, "n1") for t in NORTH] + [claim(t, "s1") for t in SOUTH]
    assert not together(claims, "the backlog was falling", "the backlog is falling")


def test_one_story_of_two_outlets_still_clusters_its_generic_claims():
    claims = [claim(t, "n1") for t in NORTH] + [claim(t, "n2") for t in NORTH_AGAIN]
    assert together(claims, "the backlog was falling", "the backlog was now falling")


def test_two_stories_still_cluster_a_claim_sharing_two_distinctive_tokens():
    # k58's claim test: a name and a figure in common are one claim, whatever the stories
    claims = ([claim(t, "n1") for t in NORTH]
              + [claim(t, "s1") for t in SOUTH + ["Quillhaven had 1,140 potholes, officials said."]])
    assert together(claims, NORTH[0], "Quillhaven had 1,140 potholes, officials said.")


# Two stories sharing three figures and no word: a marina's berths and a library's loans.
MARINA = [
    "Saltcombe Marina has 450 berths and 120 moorings, Gideon Pryce said.",
    "Its harbourmaster expects 1,600 visiting yachts.",
    "the waiting list had grown",
]
LIBRARY = [
    "Fernleigh Library lent 450 audiobooks and 120 laptops, Wenna Tolver said.",
    "Volunteers catalogued 1,600 donated books.",
    "the waiting list has grown",
]


def test_articles_sharing_only_figures_are_two_stories():
    claims = [claim(t, "m1") for t in MARINA] + [claim(t, "l1") for t in LIBRARY]
    assert not together(claims, "the waiting list had grown", "the waiting list has grown")
