"""Round s88: speakers on review articles the rules were never written for (gold
`s88-*`). "Hotel occupancy in the city averaged 71% ...": NER tagged the sentence's first
word, "Hotel", an organisation; as the only body left unnamed by kind it took every later
"The council said" in an article that never names its council in full. One word
capitalised only because it opens its sentence, modifying the noun after it, that the
article writes in lower case elsewhere, is a common noun, not a body. Sentences written
for these tests, not gold text; each has a near miss. NER's tag is set by hand (`_tagged`),
as the model gives it only in some contexts.
"""

from tests.claims.test_speakers_s34 import _speakers, _of, _tagged

TEXT = ("The levy raised £2m, well short of the £3m the town council had forecast. "
        "{w} occupancy in the town averaged 64% last year. "
        "The council said {l} in the town were busy.")


def test_a_sentence_opening_common_noun_tagged_org_is_no_council(nlp):
    text = TEXT.format(w="Hotel", l="hotels")
    got = _speakers(_tagged(nlp, text, ["Hotel"], "ORG"))
    assert _of(got, "Hotel") == []
    assert _of(got, "The council") == ["hotels in the town were busy"]


def test_near_miss_a_body_never_written_in_lower_case_is_kept(nlp):
    # "Corvane" is nowhere a common word: a one-word body opening its sentence stays one
    text = ("Corvane bookings in the town fell by 4% last year. "
            "The company said bookings in the town were recovering.")
    got = _speakers(_tagged(nlp, text, ["Corvane"], "ORG"))
    assert _of(got, "Corvane") == ["bookings in the town were recovering"]


def test_near_miss_a_kind_word_opening_its_sentence_is_left_as_it_was(nlp):
    # "Council" is itself a kind of body: what NER tagged stays what "the council" means
    text = ("Council officers in the town had warned of cuts to councils. "
            "The council said the budget was balanced.")
    got = _speakers(_tagged(nlp, text, ["Council"], "ORG"))
    assert _of(got, "Council") == ["the budget was balanced"]
