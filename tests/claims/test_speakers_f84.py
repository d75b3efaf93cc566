"""Round f84: speaker defects left open by rounds s86-s91 (docs/attribution.md, "Round
f84"). Sentences written for these tests, not gold text; each fix has a near miss. NER's
tag is set by hand (`_tagged`) where the model gives it only in some contexts.
"""

import re

from spacy.tokens import Span

from tests.claims.test_speakers_s34 import _speakers, _of, _tagged


def _tag_all(nlp, text: str, word: str, label: str):
    """`text` parsed, with every mention of the one word `word` tagged `label`."""
    doc = nlp(text)
    spans = [doc.char_span(m.start(), m.end()) for m in re.finditer(rf"\b{word}\b", text)]
    spans = [Span(doc, sp.start, sp.end, label=label) for sp in spans]
    ents = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)]
    doc.ents = sorted(ents + spans, key=lambda e: e.start)
    return doc


# 1. a one-word company NER tagged PERSON, shown to be a body by its staff or shares

def test_one_word_name_with_a_spokesperson_is_the_company(nlp):
    text = ("A spokesperson for Kestrix said the plant would close in June. "
            "The company said 300 staff would move to other sites.")
    got = _speakers(_tag_all(nlp, text, "Kestrix", "PERSON"))
    assert _of(got, "Kestrix") == ["the plant would close in June",
                                   "300 staff would move to other sites"]


def test_one_word_name_whose_shares_fell_is_the_company(nlp):
    text = ("Corlathe's shares fell by 8% on Tuesday. Mr Voskin, the finance director, "
            "said costs rose. The company said demand had slowed.")
    got = _speakers(_tagged(nlp, text, ["Corlathe"], "PERSON"))
    assert _of(got, "Corlathe") == ["demand had slowed"]


def test_near_miss_a_person_addressed_as_ms_keeps_her_staff(nlp):
    # "Ms Corlathe": a surname, so "Corlathe's staff" are a person's and "she" is hers
    text = ("Ms Corlathe said the shop would open on Sunday. Corlathe's staff were told "
            "on Monday. \"We are ready,\" she said.")
    got = _speakers(_tag_all(nlp, text, "Corlathe", "PERSON"))
    assert _of(got, "Corlathe") == ["the shop would open on Sunday", "We are ready"]


def test_near_miss_a_known_first_name_after_for_is_a_person(nlp):
    text = ("A spokesperson for Mary said the plant would close in June. "
            "The company said 300 staff would move to other sites.")
    got = _speakers(_tagged(nlp, text, ["Mary"], "PERSON"))
    assert _of(got, "Mary") == []
    assert _of(got, "The company") == ["300 staff would move to other sites"]


# 4. "according to its <document>": the body its own sentence is about

def test_according_to_its_report_is_the_body_of_the_sentence(nlp):
    text = "The company made a profit of £4m, according to its annual report."
    got = _speakers(nlp(text))
    assert _of(got, "The company") == ["The company made a profit of £4m"]


def test_according_to_its_budget_book_is_the_council(nlp):
    text = "The council spent £3m on repairs last year, according to its budget book."
    got = _speakers(nlp(text))
    assert _of(got, "The council") == ["The council spent £3m on repairs last year"]


def test_near_miss_according_to_its_report_with_no_body_as_subject(nlp):
    # no body in the sentence, none spoken of before: the document stays the speaker
    text = "Visitor numbers fell by 12% last year, according to its annual report."
    got = _speakers(nlp(text))
    assert _of(got, "its annual report") == ["Visitor numbers fell by 12% last year"]


# 5. "X, one of the region's oldest theatres": the description is no body's name

def test_one_of_a_plural_kind_types_the_name_and_is_no_name(nlp):
    for text in ("Halworth Playhouse, one of the region's oldest theatres, lost its grant "
                 "in May. The theatre said it would close in June.",
                 "One of the region's oldest theatres, Halworth Playhouse, lost its grant "
                 "in May. The theatre said it would close in June."):
        got = _speakers(_tagged(nlp, text, ["Halworth Playhouse"], "GPE"))
        assert _of(got, "Halworth Playhouse") == ["it would close in June"], text
        assert _of(got, "oldest theatres") == []


def test_near_miss_a_person_one_of_a_kind_is_no_body(nlp):
    text = ("Mary Lowe, one of the town's oldest traders, said sales fell. "
            "The theatre said it would close in June.")
    got = _speakers(nlp(text))
    assert _of(got, "Mary Lowe") == ["sales fell"]
    assert _of(got, "The theatre") == ["it would close in June"]


def test_near_miss_a_singular_description_still_names_the_body(nlp):
    # s27: the body described in words of its own is the one "the theatre" means
    text = ("The region's oldest theatre lost its grant in May. The Halworth Trust said it "
            "would appeal. The theatre said it would close in June.")
    got = _speakers(nlp(text))
    assert _of(got, "oldest theatre") == ["it would close in June"]
