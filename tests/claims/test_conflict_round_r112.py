"""Round r112: a forecast word whose verb is left out.

"We have never asked the council to take over the aquarium, and we never will": the
"will" foretells the act of the clause before it, which the forecast row of
conflict_directions.txt cannot see. Read as the row's "will not" side (the negation before
it), it opposed every "will" and "would" of the story ("ticket prices will go up", "the
council would consider any request"). A single forecast word followed by the clause's end,
a closing quote or a speaker's "he said" is now read as no side of that row
(`contradictions._forecast_stranded`), as a negated forecast already was (x101).
Sentences written for these tests, about none of the gold cases.
"""

from __future__ import annotations

from claims.conflicts.contradictions import _forecast_stranded, _Wording


def _hit(a, b):
    return _Wording.of(a, (), None).opposed_to(_Wording.of(b, (), None))


def _stranded(text, word):
    low = text.lower()
    return _forecast_stranded(low, low.index(word) + len(word), 1)


def test_a_forecast_word_without_its_verb_is_read_as_stranded():
    assert _stranded("The owners have never sold a painting, and they never will", " will")
    assert _stranded("The owners have never sold a painting, and they never will.", " will")
    assert _stranded("\"We have not raised a fee and we never would,\" the principal said.", " would")
    assert _stranded("We have not raised a fee and we never would, the principal said", " would")
    # a verb follows, at once or past a parenthesis that is no speaker's
    assert not _stranded("The owners will sell two paintings next year.", " will")
    assert not _stranded("The owners will, of course, sell two paintings.", " will")
    # a phrase of the row is never stranded
    assert not _forecast_stranded("it is likely to", len("it is likely to"), 2)


def test_a_stranded_forecast_opposes_no_forecast_of_the_story():
    # Both oppose on main: the "never will" was read as "will not" against any "would".
    assert _hit("The owners have never sold a painting from the collection, and they never will",
                "The trustees said they would consider selling two paintings to pay for the roof.") is None
    assert _hit("\"We have not raised a single fee and we never would,\" the principal said.",
                "The college would raise its fees for overseas students next year, the report said.") is None


def test_forecasts_with_their_verbs_still_oppose():
    # Near misses of the rule: the verb is there, or the stranded word is not the one read.
    assert _hit("The ferry will not run on Sundays this winter.",
                "The ferry will run on Sundays this winter, the operator said.")
    assert _hit("The library will close next year.", "The library is unlikely to close next year.")
    assert _hit("The ferry company said the service would run, as it always would, every Sunday.",
                "The ferry will not run on Sundays this winter.")
    # a stranded phrase of the row ("will not") is read as before: its claim says the act
    assert _hit("The council has not sold the park, and it will not, the leader said.",
                "The council will sell the park to a housing developer.")


# A word of the opposite rows closing a subject a negating determiner opens ("Not one
# repayment has been missed") says the word of nothing: it is read as no side
# (`contradictions._subject_negated`), not as "missed" against "met every payment".


def test_a_row_word_of_a_negated_subject_opposes_nothing():
    # Both oppose on main ("met" / "missed"): the two say the same.
    assert _hit("The school met every inspection deadline this year.",
                "Not a single deadline was missed, the head said.") is None
    assert _hit("The surgery met every payment to its landlord.",
                "A payment delayed by agreement is not a payment missed, the partners said.") is None


def test_a_row_word_negated_elsewhere_is_read_as_before():
    # Near misses of the rule: no negated subject, a negation right before the word, a
    # "no longer" that opens no subject.
    assert _hit("The school met every inspection deadline this year.",
                "The school missed the inspection deadline in May.")
    assert _hit("The factory has not missed a delivery date.", "The factory missed its delivery date in March.")
    assert _hit("Payments are no longer missed, the council said.", "The council missed two payments.")
    # a clause word between the determiner and the word ends the subject
    assert _hit("The school met every inspection deadline this year.",
                "There was no warning, and the deadline was missed in May.")
