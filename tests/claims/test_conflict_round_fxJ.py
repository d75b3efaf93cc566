"""Round fxJ: a rejection whose claim span leaves out its subject "that" ('said that was
"nonsense"', 'said this would be "a disaster"') points back at what was just said, whatever
the label after the copula. Sentences written for these tests, about none of the gold cases;
each rule has a near miss."""

from datetime import date

from claims.conflicts.disputes import _points_back
from tests.claims.test_conflict_round_t11 import _joins
from tests.claims.test_conflict_round_t12 import _disputes


def test_that_before_a_verb_is_the_pronoun_of_what_was_just_said():
    assert _points_back('was "nonsense"', "Ingrid Valloway, who chairs the residents' group, said that ")
    assert _points_back('would be "a gift to developers"', "The mayor said this ")
    assert _points_back('had "never happened"', "A spokesperson said that ")
    # Near misses: "that" opening reported speech is followed by its subject, and "the"
    # points at nothing said before.
    assert not _points_back('the ferry was "nonsense"', "Ingrid Valloway said that ")
    assert not _points_back('was "nonsense"', "Ingrid Valloway said the report ")


def test_a_bare_that_with_a_label_answers_the_claim_before_it(nlp):
    # A guard (found before this round too, by another step): the label after the copula
    # is no negation word, and the quote just before is what "that" answers.
    article = ("Parents at Wendle Primary say the school has cut its music lessons. \"Not one lesson has been "
               "dropped from the timetable,\" the head teacher, Corin Astley, said on Monday. "
               "Marla Quennell, who chairs the parents' association, said that was misleading.")
    pairs = _disputes(nlp, (article, "Outlet A", date(2027, 9, 6)))
    assert _joins(pairs, "Not one lesson", "misleading")
