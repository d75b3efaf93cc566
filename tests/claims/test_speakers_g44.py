"""Round g44: wrong speakers found in the review articles (docs/review_g44.md).

* A name whose last word is a kind of body ("the Colbeck University Staff Union") is that
  kind only: its other words say what it works in. At main every kind word of a name
  typed it, and the staff union, quoted last, took every "the university said" of its
  story (22 claims of the review's university story). A name whose last word is no kind
  ("University of Colbeck", "Bank of Tresco") keeps every kind word it holds.
"""

from claims.speakers import _kind_words
from tests.claims.test_speakers_s34 import _speakers

UNIVERSITY = ("The University of Colbeck plans to close its music department, saying it faces a deficit of "
              "£9m. The Colbeck University Staff Union said 120 jobs were at risk. "
              "The university said only 40 posts were affected.")


def test_a_union_named_after_a_university_is_no_university(nlp):
    got = _speakers(nlp(UNIVERSITY))
    assert ("University of Colbeck", "only 40 posts were affected") in got


def test_the_union_is_still_the_union(nlp):
    text = UNIVERSITY.replace("The university said only 40", "The union said only 40")
    got = _speakers(nlp(text))
    assert ("Colbeck University Staff Union", "only 40 posts were affected") in got


def test_kind_words_of_a_name():
    kinds = {"university", "union", "bank", "police", "federation", "council"}
    assert _kind_words("Colbeck University Staff Union", kinds) == ["union"]
    assert _kind_words("Police Federation", kinds) == ["federation"]
    # near misses: a last word that is no kind leaves every kind word
    assert _kind_words("University of Colbeck", kinds) == ["university"]
    assert _kind_words("Bank of Tresco", kinds) == ["bank"]
