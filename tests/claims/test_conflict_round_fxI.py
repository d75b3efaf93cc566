"""(fxI) An article of fewer than `STORY_MIN_CLAIMS` claims was taken as related to every
other; now k110's names test judges it too: when both articles name `STORY_MIN_NAMES` people,
places or bodies and share none, they are two stories, and their claims need two distinctive
tokens in common to cluster (k58's claim test). Sentences written for these tests."""

from __future__ import annotations

from tests.claims.test_conflict_round_k110 import claim, together


# A ferry operator's story told at length ...
FERRY = [
    "Passengers at Penhallow Quay waited 40 minutes for the crossing, said Morwenna Treloar.",
    "The operator in Penhallow blamed the tides for the cancelled sailings.",
    "the timetable was being cut",
]
# ... a short article of another story (a rail line's): two claims, other names
RAIL = [
    "Commuters from Ashgrove Junction complained to Barnaby Stroud about the delays.",
    "the timetable is being cut",
]
# ... and a short follow-up of the ferry story: it names the quay and the spokeswoman
FERRY_AGAIN = [
    "Morwenna Treloar said more crossings from Penhallow Quay would follow in May.",
    "the timetable was still being cut",
]


def test_a_short_article_of_another_story_does_not_join_its_generic_claim():
    claims = [claim(t, "f1") for t in FERRY] + [claim(t, "r1") for t in RAIL]
    assert not together(claims, "the timetable was being cut", "the timetable is being cut")


def test_two_one_claim_articles_of_two_stories_naming_others_stay_apart():
    x = "the payroll was frozen, Ada Hollins of Dunmere Mill said"
    y = "the payroll is frozen, Ferris Kemble of Oakhurst Dairy said"
    claims = [claim(x, "a1"), claim(y, "b1")]
    assert not together(claims, x, y)


def test_a_short_follow_up_of_the_same_story_still_joins():
    claims = [claim(t, "f1") for t in FERRY] + [claim(t, "f2") for t in FERRY_AGAIN]
    assert together(claims, "the timetable was being cut", "the timetable was still being cut")


def test_a_short_article_naming_too_few_still_joins():
    # one name is not enough to tell the story: the article is taken as related, as before
    short = ["Commuters complained to Stroud about the delays.", "the timetable is being cut"]
    claims = [claim(t, "f1") for t in FERRY] + [claim(t, "r2") for t in short]
    assert together(claims, "the timetable was being cut", "the timetable is being cut")


def test_a_short_article_of_another_story_still_joins_a_claim_sharing_two_tokens():
    # k58's claim test: a name and a figure in common are one claim, whatever the stories
    retold = "Penhallow Quay passengers waited 40 minutes, a traveller said."
    claims = [claim(t, "f1") for t in FERRY] + [claim(t, "r1") for t in RAIL[:1] + [retold]]
    assert together(claims, FERRY[0], retold)


def test_two_one_claim_articles_each_naming_one_speaker_still_join():
    # a speaker's first and last names are one name: one each is too few to tell two stories
    x = "Union official Orla Penwarden said the payroll was frozen"
    y = "Union official Tobias Quenby said the payroll is frozen"
    claims = [claim(x, "a1"), claim(y, "b1")]
    assert together(claims, x, y)
