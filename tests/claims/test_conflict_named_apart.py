"""Two articles naming several people, places or bodies each, none in common, tell two
stories (`_Stories.named_apart`, docs/conflicts.md "Added by the lead, thirteenth session"):
a store holding two towns' bin strikes met their claims through the words the two
stories share ("refuse", "collections", "the council")."""

import json
import sys
from datetime import date
from pathlib import Path

from claims.clustering import cluster_claims
from claims.conflicts import find_conflicts
from claims.conflicts.common import _proper_names
from claims.models import Article, ConflictKind
from tests.claims.test_conflict_one_story import SETTINGS, Overlaps
from claims.conflicts.numeric import _one_story
from tests.claims.test_conflicts import claim, ref

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "bench" / "articles"
sys.path.insert(0, str(ROOT / "bench"))
from gold_claims import article_claims, claim_refs  # noqa: E402

# Two towns' strikes, each article naming six people, places or bodies of its own.
EASTGATE = ("In Eastgate, council leader Rhona Pilling said on Monday that the Varlow depot and the "
            "Kesting yard were shut, and Dunnet Street residents told Tamsin Orde of the GMU that {}")
WESTBRIDGE = ("In Westbridge, council leader Alun Farrow said the Corby depot was open and Mabel Lane "
              "residents told Joss Quayle of Unity Works that {}")
SAID_A = "there has been no bin collection since the walkout began"
SAID_B = "bin collections began again across the district last week"


def two_articles(first: str, second: str, outlets=("Outlet A", "Outlet B")):
    a = ref(claim("a1", SAID_A, first.format(SAID_A), speaker="residents", cue="told"), outlets[0])
    b = ref(claim("b1", SAID_B, second.format(SAID_B), speaker="residents", cue="told"), outlets[1])
    return [a, b]


def test_proper_names_are_capitalised_words_never_written_in_lower_case():
    names = _proper_names({"a": {"Kersley's council and the GMB union met Mr Lowe on Monday.": None,
                                 "The Council said residents of Kersley would pay.": None,
                                 "Joblessness rose, Irena Vukas said.": None}})
    # "Council" and "The" are written in lower case elsewhere; titles and weekdays are no
    # names; a sentence's first word is one only if capitalised inside a sentence too
    assert names["a"] == {"Kersley", "GMB", "Lowe", "Irena", "Vukas"}


def test_the_same_opposition_within_one_town_is_a_contradiction():
    (conflict,) = find_conflicts(two_articles(EASTGATE, EASTGATE.replace("Monday", "Tuesday")))
    assert conflict.kind is ConflictKind.CONTRADICTION


def test_two_towns_naming_nothing_in_common_are_two_stories():
    assert find_conflicts(two_articles(EASTGATE, WESTBRIDGE)) == []


SHORT = "In Westbridge, residents told Joss Quayle that {}"


def test_a_short_piece_naming_little_is_not_set_apart_from_an_article_naming_a_few():
    # Near miss: the second article names only its town and speaker, the first eight
    # names (fewer than NAMED_APART_LONG); with few names, no name in common is no proof
    # of two stories.
    eight = EASTGATE.replace("Dunnet Street residents", "residents")
    (conflict,) = find_conflicts(two_articles(eight, SHORT))
    assert conflict.kind is ConflictKind.CONTRADICTION


def test_a_short_piece_naming_none_of_a_long_articles_many_names_is_another_story():
    # The first names ten people, places and bodies (NAMED_APART_LONG); a brief about
    # another town names none of them.
    assert find_conflicts(two_articles(EASTGATE, SHORT)) == []


def test_a_third_article_naming_something_of_each_ties_them_into_one_story():
    # Near miss: a third article, told by both, names the short piece's speaker and the
    # long article's depot: the two are one story after all.
    third = ref(claim("c1", "the Varlow depot would reopen", "Joss Quayle said on Tuesday that the Varlow depot "
                      "would reopen and bin collections would resume across the district once the walkout ended",
                      speaker="Joss Quayle", cue="said"), "Outlet C")
    refs = two_articles(EASTGATE, SHORT) + [third]
    article_of = {r.claim.claim_id: r.claim.article_id for r in refs}
    assert any({article_of[c.claim_a], article_of[c.claim_b]} == {"a1", "b1"} for c in find_conflicts(refs))


def test_a_name_and_its_derived_form_are_one_name():
    # Near miss: "Eastgate" / "Eastgaters": one town
    other = WESTBRIDGE.replace("In Westbridge,", "Among Eastgaters,")
    (conflict,) = find_conflicts(two_articles(EASTGATE, other))
    assert conflict.kind is ConflictKind.CONTRADICTION


class NamedOverlaps(Overlaps):
    """The fake overlaps, with articles set apart by their names."""

    def __init__(self, scores, apart):
        super().__init__(scores)
        self.apart = apart

    def named_apart(self, a, b):
        return frozenset((a, b)) in self.apart


def test_figures_of_articles_named_apart_are_no_rivals_through_a_third_article():
    close = SETTINGS.same_story
    scores = {frozenset(("road", "agency")): close, frozenset(("sinkhole", "agency")): close}
    assert _one_story("road", "sinkhole", NamedOverlaps(scores, set()), SETTINGS)
    assert not _one_story("road", "sinkhole", NamedOverlaps(scores, {frozenset(("road", "sinkhole"))}), SETTINGS)


def test_an_article_naming_none_of_a_close_articles_names_is_no_partner_of_it():
    # Two short reports of one mudslide (sharing its town's name, overlapping 0.18) each
    # overlap closely a long flood report of another river naming five others: those are
    # no partners of theirs, so the two are not set apart as two closely told stories.
    from tests.claims.test_review_f26 import _FixedStories

    scores = {("slide_a", "slide_b"): 0.18, ("slide_a", "flood_a"): 0.3, ("slide_b", "flood_b"): 0.37,
              ("flood_a", "flood_b"): 0.5}
    flood = frozenset({"Harlow", "Medway", "Priya", "Okafor", "Thamesmead"})
    stories = _FixedStories(scores)
    stories.names = {"slide_a": frozenset({"Vessaro"}), "slide_b": frozenset({"Vessaro", "Benedetti"}),
                     "flood_a": flood, "flood_b": flood}
    assert "slide_b" in stories.related("slide_a", 0.1)
    # Near miss: partners naming the slide's town are partners; the two reports, each told
    # closely by another article and by none in common, stay apart.
    named = _FixedStories(scores)
    named.names = {**stories.names, "flood_a": flood | {"Vessaro"}, "flood_b": flood | {"Vessaro"}}
    assert "slide_b" not in named.related("slide_a", 0.1)


def test_a_rejection_answers_no_claim_of_a_story_named_apart(nlp):
    # Two review articles of two stories (a retailer's data breach; a drug study), each
    # naming a dozen people and bodies, none in common: "Prof Wishart rejected the
    # criticism" answered "The £25 voucher has drawn criticism." through one shared word.
    articles = [_review_article("f28/breach_moneyweekly.json", "breach"), _review_article("f27/study_science.json", "study")]
    claims = article_claims(articles, nlp)
    by_id = {c.claim_id: c for c in claims}
    conflicts = find_conflicts(claim_refs(articles, claims), cluster_claims(claims))
    assert conflicts  # each story's own conflicts stay
    assert all(by_id[c.claim_a].article_id == by_id[c.claim_b].article_id for c in conflicts)


def _review_article(name: str, article_id: str) -> Article:
    data = json.loads((ARTICLES / name).read_text())
    return Article(article_id=article_id, source=name, text=data["text"], outlet=data["outlet"],
                   published=date.fromisoformat(data["published"][:10]))


# (lead, sixteenth session) Four names each, none in common: two towns' housing reports
# (a town, a council leader and the paper told, in each).
NORTH_FOUR = "In Ashby, council leader Amrit Dale told the Courier that {}"
SOUTH_FOUR = "In Dunmere, councillor Priya Sandhu told the Gazette that {}"


def test_four_names_each_and_none_in_common_are_two_stories():
    assert find_conflicts(two_articles(NORTH_FOUR, SOUTH_FOUR)) == []


def test_near_miss_three_names_each_are_too_few_to_set_apart():
    # Outlets of one strike quote the union's leader in one piece and the employer's in
    # the other, each naming two or three: no name in common is no proof of two stories.
    north = "In Ashby, Amrit Dale told reporters that {}"
    south = "In Dunmere, Priya Sandhu told reporters that {}"
    (conflict,) = find_conflicts(two_articles(north, south))
    assert conflict.kind is ConflictKind.CONTRADICTION
