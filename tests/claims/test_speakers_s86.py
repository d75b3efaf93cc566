"""Round s86: speakers on review articles the rules were never written for (gold
`s86-*`). "A review found that A, not the N X reported at the time": the parser may
read "not the N X reported" as a trailing aside ("A, X reported"), giving A to X, and a
later "It says B" then went to X as well. A conjunct opening with "not" is a
correction, not an aside. Sentences written for these tests, not gold text; the rule
has a near miss (a true trailing aside still names its speaker).
"""

from tests.claims.test_speakers_s34 import _got, _of


STORY = ("A review of the bus contract in the valley has found that the operator running it "
         "is a year late.\n\n"
         "The review, by the Regional Transport Office, found that 42 routes were running at "
         "the end of June, {tail}. It says the last route will not open before 2029.")


def test_a_correction_after_a_comma_is_no_trailing_aside(nlp):
    got = _got(nlp, STORY.format(tail="not the 55 Brindlecombe Coaches reported at the time"))
    assert not _of(got, "Brindlecombe Coaches")
    office = " ".join(_of(got, "Regional Transport Office"))
    assert "42 routes were running" in office
    assert "the last route will not open before 2029" in office


def test_near_miss_a_trailing_aside_still_names_its_speaker(nlp):
    got = _got(nlp, "Fares on the valley routes will rise by 6% in April, Brindlecombe "
                    "Coaches told passengers in a notice.")
    assert any("Fares on the valley routes will rise" in c
               for c in _of(got, "Brindlecombe Coaches"))
