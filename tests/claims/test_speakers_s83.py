"""Round s83: speakers on the other g72 review articles (gold `s83-*`). A correction
after an aside ("A, the review found, not the N the company had given") is part of the
statement and does not negate the cue; an inspectorate is no "the council"; a name in
apposition to "the company's largest" is not the company; of bodies named as often, the
one named only as a place ("the inspection at X") is not "the company". Sentences written for these tests, not gold text;
each rule has a near miss.
"""

from claims.extract import parser_text
from tests.claims.test_speakers_s34 import _speakers


def _got(nlp, text):
    return _speakers(nlp(parser_text(text)))


def _contents(nlp, text):
    return [c for _, c in _got(nlp, text)]


def test_correction_after_an_aside_belongs_to_the_statement(nlp):
    got = _contents(nlp, "The drought caused 48% of the closures, the review found, not the "
                         "nine in ten the council had given.")
    assert got == ["The drought caused 48% of the closures, the review found, not the nine "
                   "in ten the council had given"]
    got = _contents(nlp, "The review is out. Membership fell by 4% over three years, the "
                         "study says, not the 12% the league had claimed.")
    assert "Membership fell by 4% over three years, the study says, not the 12% the " \
           "league had claimed" in got


def test_correction_after_the_object_does_not_negate_the_cue(nlp):
    got = _contents(nlp, "The board's audit puts the club's debt at £19m, not the £12m it "
                         "had reported.")
    assert any(c.startswith("the club's debt at £19m") for c in got)


def test_near_miss_negated_cue_and_tail_without_a_figure(nlp):
    assert _contents(nlp, "Bus fares went up by 7% in May, the review did not find.") == []
    got = _contents(nlp, "Bus fares went up by 7% in May, the operator said, not the drivers.")
    assert got == ["Bus fares went up by 7% in May"]


def test_an_inspectorate_is_not_the_council(nlp):
    got = _got(nlp, "The Kelby Schools Inspectorate has rated the school poor.\n\n"
                    "The council said it had moved 14 pupils to other schools.")
    assert got and got[0][0] != "Kelby Schools Inspectorate"
    assert got[0][1] == "it had moved 14 pupils to other schools"


def test_near_miss_the_inspectorate_is_the_inspectorate(nlp):
    got = _got(nlp, "The Kelby Schools Inspectorate has rated the school poor.\n\n"
                    "The inspectorate said it had found failings in 14 classes.")
    assert got == [("Kelby Schools Inspectorate", "it had found failings in 14 classes")]


def test_name_the_company_owns_is_not_the_company(nlp):
    got = _got(nlp, "Corbury Water will ban hosepipes from next week, after a dry spring.\n\n"
                    "Its chief executive, Jon Pell, said the ban was a last resort. Fellside "
                    "Reservoir, the company's largest, was 61% full on Monday, the company "
                    "said.")
    assert ("Corbury Water", "Fellside Reservoir, the company's largest, was 61% full on "
                             "Monday") in got


def test_near_miss_name_that_is_a_company(nlp):
    got = _got(nlp, "Corbury Water will ban hosepipes from next week.\n\n"
                    "Fellside Pipes, the company that lays its mains, was paid £3m, the "
                    "company said.")
    assert got and got[0][0] == "Fellside Pipes"


def test_the_company_is_not_a_body_named_only_as_a_place(nlp):
    got = _got(nlp, "The chief executive of Marlow Care has defended a rise in fees at its "
                    "homes.\n\nJon Pell said the inspection at Fernlea House was unfair. The "
                    "Kelby Inspectorate said that it stood by its report.\n\n"
                    "The company says its homes are 91% full.")
    assert ("Marlow Care", "its homes are 91% full") in got


def test_near_miss_the_company_named_more_often_is_the_company(nlp):
    got = _got(nlp, "The chief executive of Marlow Care has defended a rise in fees.\n\n"
                    "Fernlea Homes runs the home. Fernlea Homes bought it in 2020.\n\n"
                    "The company says its homes are 91% full.")
    assert ("Fernlea Homes", "its homes are 91% full") in got
