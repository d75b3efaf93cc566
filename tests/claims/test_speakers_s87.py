"""Round s87: speakers on review articles the rules were never written for (gold
`s87-*`). "It [the review] said the company's review had assumed high land costs. ... The
review found A": the company's review, mentioned inside what the speaking review said, took
the later "the review" (its author, the company, was the only author of a review on
record). A document spoken of by another document of the same kind in that document's own
sentence is not what "the <noun>" means next. Sentences written for these tests, not gold
text; each has a near miss.
"""

from tests.claims.test_speakers_s34 import _got, _of


def test_a_review_mentioned_by_the_speaking_review_does_not_take_the_review(nlp):
    got = _got(nlp, "An independent review for Ashcombe Borough Council has found the "
                    "depot was unsafe. The review, led by the engineer Tamsin Crale, found "
                    "that 40 buses were late. It said the operator's review had assumed low "
                    "fuel costs. The review found that fares had risen by 9%.")
    assert "fares had risen by 9%" in _of(got, "independent review for Ashcombe Borough Council")
    assert _of(got, "the operator") == []


def test_near_miss_a_review_that_speaks_itself_keeps_its_author(nlp):
    # the council's review speaks in its own sentence: a later "the review" is the council's
    got = _got(nlp, "The council's review found that 40 buses were late. It said the old "
                    "timetable had been wrong. The review also found that fares had risen.")
    assert _of(got, "The council") == [
        "40 buses were late", "the old timetable had been wrong", "fares had risen"]


def test_near_miss_a_report_mentioned_by_people_keeps_its_author(nlp):
    # inspectors are no document: the council's report, which they spoke of, is the report
    got = _got(nlp, "Inspectors said the council's report was late. "
                    "The report found that 40 buses were late.")
    assert _of(got, "the council") == ["40 buses were late"]
