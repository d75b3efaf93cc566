"""Round s40: two articles whose titles each name someone or somewhere, sharing no name in
their titles, ledes and claims' sentences, tell two stories (`_Stories.titled_apart`,
docs/conflicts.md "Added in round s40"). Short articles name too few people in their
claims for `named_apart`; their headlines name the town."""

from claims.conflicts import find_conflicts, story_lead
from claims.conflicts.common import _Stories
from claims.models import ConflictKind
from tests.claims.test_conflicts import claim, ref

SAID_A = "there has been no bin collection since the walkout began"
SAID_B = "bin collections began again across the district last week"
# Three names each in the claims' sentences: fewer than `NAMED_APART`.
NORTH = "In Callowmere, residents told Ffion Radley that {}"
SOUTH = "In Brayford, residents told Osric Penhallow that {}"


def two_articles(first: str, second: str):
    a = ref(claim("a1", SAID_A, first.format(SAID_A), speaker="residents", cue="told"), "Outlet A")
    b = ref(claim("b1", SAID_B, second.format(SAID_B), speaker="residents", cue="told"), "Outlet B")
    return [a, b]


def leads(title_a, lede_a, title_b, lede_b):
    return {"a1": story_lead(title_a, lede_a), "b1": story_lead(title_b, lede_b)}


def test_two_towns_named_in_their_titles_are_two_stories():
    refs = two_articles(NORTH, SOUTH)
    # Without titles the two are one story to the rules (three names each, none shared).
    (conflict,) = find_conflicts(refs)
    assert conflict.kind is ConflictKind.CONTRADICTION
    assert find_conflicts(refs, leads=leads(
        "Callowmere bin strike enters its third week",
        "Rubbish is piling up in streets across Callowmere as the strike by refuse crews goes on.",
        "Brayford bins emptied as crews return",
        "Refuse crews in Brayford went back to work on Monday after the council improved its pay offer.")) == []


def test_two_outlets_of_one_story_naming_it_differently_stay_together():
    # Near miss: one title names the strikers' union, the other the town, and the two
    # outlets quote different people; the union's lede names the town.
    refs = two_articles(NORTH, "In Callowmere, drivers told Osric Penhallow that {}")
    (conflict,) = find_conflicts(refs, leads=leads(
        "Callowmere bin strike enters its third week",
        "Rubbish is piling up in streets across the town as the strike by refuse crews goes on.",
        "Haulwise members stay out as talks stall",
        "Refuse crews belonging to the Haulwise union in Callowmere voted on Monday to stay out."))
    assert conflict.kind is ConflictKind.CONTRADICTION


def test_a_title_naming_no_one_sets_nothing_apart():
    # Near miss: the second headline names no one ("Bins emptied as crews return"), so a
    # short piece naming little beside another town's report is not set apart by it.
    refs = two_articles(NORTH, SOUTH)
    (conflict,) = find_conflicts(refs, leads=leads(
        "Callowmere bin strike enters its third week",
        "Rubbish is piling up in streets across the town as the strike by refuse crews goes on.",
        "Bins emptied as crews return",
        "Refuse crews went back to work on Monday after the council improved its pay offer."))
    assert conflict.kind is ConflictKind.CONTRADICTION


def test_two_stories_sharing_a_county_but_titled_by_two_towns_are_apart():
    # Both ledes name the county (and the claims' speakers share a first name): neither
    # article names the other's title town.
    refs = two_articles("In Callowmere, Tom Radley said that {}", "In Brayford, Tom Penhallow said that {}")
    assert find_conflicts(refs, leads=leads(
        "Callowmere bin strike enters its third week",
        "Rubbish is piling up in Callowmere, the largest town in Eskdale, as the strike goes on.",
        "Brayford bins emptied as crews return",
        "Refuse crews in Brayford, in the north of Eskdale, went back to work on Monday.")) == []


def test_an_article_naming_the_others_title_town_is_not_titled_apart():
    # Near miss: the second article's lede names the first one's title town; telling such
    # stories apart is left to their words.
    stories = _Stories([], leads={})
    assert not stories.titled_apart("a1", "b1")
    refs = two_articles(NORTH, SOUTH)
    (conflict,) = find_conflicts(refs, leads=leads(
        "Callowmere bin strike enters its third week",
        "Rubbish is piling up in streets across the town as the strike by refuse crews goes on.",
        "Brayford bins emptied as crews return",
        "Crews in Brayford, like those in Callowmere, went back to work on Monday."))
    assert conflict.kind is ConflictKind.CONTRADICTION


def test_a_lead_is_cut_at_a_words_end():
    assert story_lead("Title", "Refuse crews went back to work", 12) == ("Title", "Refuse crews")
    assert story_lead(None, "Short text", 600) == (None, "Short text")


# Given names: two stories' people may share a first name or a title, never a full name.
# Four names or more each (`named_apart`); titles naming no one, so only the names decide.
TOWN_A = "In Callowmere, Tom Radley of Eskbank Tenants told Ffion Moyle that {}"
TOWN_B = "In Brayford, Tom Penhallow of Ouseley Residents told Gwil Pengarrow that {}"
UNNAMED = leads("Bins row goes on", "Rubbish is piling up as the strike goes on.",
                "Crews return to work", "Crews went back to work on Monday.")


def test_a_shared_first_name_of_two_people_does_not_tie_two_stories():
    refs = two_articles(TOWN_A, TOWN_B)
    # Without leads (no reading of given names) the shared "Tom" ties the two.
    (conflict,) = find_conflicts(refs)
    assert conflict.kind is ConflictKind.CONTRADICTION
    assert find_conflicts(refs, leads=UNNAMED) == []


def test_one_person_named_in_both_ties_the_stories():
    # Near miss: the same person ("Tom Radley") in both articles is one story's voice.
    refs = two_articles(TOWN_A, TOWN_B.replace("Tom Penhallow", "Tom Radley"))
    (conflict,) = find_conflicts(refs, leads=UNNAMED)
    assert conflict.kind is ConflictKind.CONTRADICTION


def test_a_first_name_standing_alone_is_still_shared():
    # Near miss: "Tom of Ouseley Residents" may be the other's Tom Radley.
    refs = two_articles(TOWN_A, TOWN_B.replace("Tom Penhallow", "Tom"))
    (conflict,) = find_conflicts(refs, leads=UNNAMED)
    assert conflict.kind is ConflictKind.CONTRADICTION
