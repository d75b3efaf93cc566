"""Round s82: speakers on review articles the rules were never written for (gold
`s82-*`). "The review, by <firm>, was published" names the review's author though the
parser hangs the `by` phrase on the verb; a name in apposition with the subject ("The
head of the board, Jocelyn Marr, said A. He said B") learns its sex from the next
sentence's he/she, also after a quote in the clause. Sentences written for these tests,
not gold text; each rule has a near miss.
"""

from tests.claims.test_speakers_s34 import _got, _of


# 1. "The review, by X, was published": X wrote it
REVIEW = ("An independent review has found that the ferry terminal flooded twice. "
          "The review, {by} for the harbour board, was published on Tuesday. "
          "The review says the pumps were replaced too late.")


def test_a_set_off_by_phrase_names_the_documents_author(nlp):
    got = _got(nlp, REVIEW.format(by="by the consultancy Pellow Hart Partners"))
    assert _of(got, "Pellow Hart Partners") == [
        "the ferry terminal flooded twice", "the pumps were replaced too late"]


def test_near_miss_a_set_off_by_phrase_without_a_name_is_no_author(nlp):
    got = _got(nlp, REVIEW.format(by="by contrast with last year's,"))
    assert not any("Pellow" in (sp or "") for sp, _ in got)
    assert "the pumps were replaced too late" in _of(got, "independent review")


# 2. a name in apposition with the subject, and the next sentence's he/she
BOARD = ("Tamsin Rook said the harbour was safe. Fenwick Dray said the figures were old. "
         "The chair of the board, Jocelyn Marr, said the plan \"was never costed\". "
         "{he} said the board would meet in May.")


def test_a_name_beside_the_subject_takes_the_next_sentences_he(nlp):
    got = _got(nlp, BOARD.format(he="He"))
    assert _of(got, "Jocelyn Marr") == [
        "the plan \"was never costed\"", "the board would meet in May"]


def test_near_miss_a_she_in_the_clause_after_an_appositive_name_is_someone_else(nlp):
    text = ("Lorna Pike announced her bid on Monday. Pike's campaign manager, Jocelyn "
            "Vane, said the poll was taken before she entered the race. Asked about "
            "money, he said the campaign had raised $2 million.")
    got = _got(nlp, text)
    assert _of(got, "Jocelyn Vane") == [
        "the poll was taken before she entered the race",
        "the campaign had raised $2 million"]


def test_near_miss_a_he_who_does_not_speak_is_not_the_appositive_name(nlp):
    text = ("Tamsin Rook said the ward was full. Fenwick Dray said the figures were old. "
            "The boy's aunt, Jocelyn Marr, said she had called the clinic twice. He was "
            "admitted on Friday. \"Nobody came until then,\" she said.")
    got = _got(nlp, text)
    assert "Nobody came until then" in _of(got, "Jocelyn Marr")
