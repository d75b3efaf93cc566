"""Round g53: wrong speakers found in the review articles (docs/review_g53.md).

* "Ravensworth Athletic have sold ... for £32m, the club announced": the story's other
  club, introduced further on as "a community club", was the only organisation described
  as a club, and "the club" took it although it is named only later. With no club
  described before it, "the club" is the organisation named earlier in its own sentence
  (`SpeakerResolver._named_earlier_in_sentence`).
"""

from tests.claims.test_speakers_s34 import _speakers

SOLD = "Thornbury Athletic have sold striker Quentin Ashgrove to Kelvedon City for a fee of £32m, the club announced on Friday.\n\nThornbury chairman Desmond Pyle said the fee was the biggest in the club's history.\n\nAshgrove's first club, Fernleigh Colts, a community club in the county league, says it is owed a share of the fee."


def test_the_club_is_the_body_named_in_its_sentence(nlp):
    got = _speakers(nlp(SOLD))
    assert any(sp == "Thornbury Athletic" and "sold striker" in text for sp, text in got), got


def test_the_club_after_a_described_club_is_still_that_club(nlp):
    # near miss: described as a club before "the club", the described body is still taken
    text = ("Fernleigh Colts, a village club in the district league, says it is owed part of the fee. "
            "The club said it had written to the league twice.")
    got = _speakers(nlp(text))
    assert any(sp == "Fernleigh Colts" and "written to the league" in t for sp, t in got), got


def test_an_indefinite_body_may_still_point_forward(nlp):
    # near miss: "a union claimed" is the union described after it, not the company named
    # earlier in the sentence
    text = ("Staff at Quenby Castings say they fear for their jobs after the company announced cuts and a union "
            "claimed that 400 posts are at risk.\n\nMaris Tull, national officer of the Foundry Workers' Union, "
            "said the company had set out the plans last week.")
    got = _speakers(nlp(text))
    assert not any(sp == "Quenby Castings" and "400 posts" in t for sp, t in got), got
