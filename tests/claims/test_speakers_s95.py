"""Round s95: speakers on review articles the rules were never written for (gold
`s95-*`). Two general causes, each with a near miss; sentences written for these tests,
not gold text.

1. "Merriel Osgathorpe, from Kelby, said her train had been cancelled. "...," she said":
   NER took the person's name for an organisation, so "she" went to the person named
   before; the he/his/she/her opening the clause the name reports says it is a person
   (speakers._own_clause_names_a_person).
2. "Jo Fenwright of Keep Ashby Green called it "...". "...," she said": NER took the
   body's name after "of" for a person, so "she" went to it; a name in "of" right after a
   person's full name is the body the person speaks for (SpeakerResolver.
   _employer_of_titled).
"""

from claims.extract import parser_text
from tests.claims.test_speakers_s34 import _of, _speakers


def _with_org(nlp, text: str, name: str, label: str = "ORG", *others: str):
    """`text` parsed, with `name` and `others` (every mention) tagged `label`, as NER tags
    them in the articles (the model gives that tag only in some contexts)."""
    doc = nlp(parser_text(text))
    ents = [e for e in doc.ents]
    spans = []
    for each in (name, *others):
        start = 0
        while True:
            i = doc.text.find(each, start)
            if i < 0:
                break
            spans.append(doc.char_span(i, i + len(each), label=label))
            start = i + len(each)
    keep = [e for e in ents if not any(e.start < s.end and s.start < e.end for s in spans)]
    doc.ents = sorted(keep + spans, key=lambda e: e.start)
    return doc


def test_a_name_whose_clause_says_her_is_a_person(nlp):
    doc = _with_org(nlp, "Rowan Pettifer, the regulator's director, said refunds were late. "
                         "Merriel Osgathorpe, from Kelby, said her train had been cancelled "
                         "twice. \"We are still waiting for the money,\" she said.",
                    "Merriel Osgathorpe")
    got = _speakers(doc)
    assert _of(got, "Merriel Osgathorpe") == [
        "her train had been cancelled twice", "We are still waiting for the money"]


def test_near_miss_a_body_whose_clause_says_its_stays_a_body(nlp):
    # "its" is what a body says of itself: the name stays an organisation, and "The
    # company" is still it
    doc = _with_org(nlp, "Fenby Holdings said its trains had been cancelled twice. "
                         "The company said refunds were being paid.", "Fenby Holdings")
    got = _speakers(doc)
    assert _of(got, "Fenby Holdings") == ["its trains had been cancelled twice",
                                          "refunds were being paid"]


def test_a_name_in_of_after_a_persons_name_is_a_body(nlp):
    doc = _with_org(nlp, "Councillor Damon Hurlstone said the decision was a success. "
                         "Aurelie Pendragast of Save Ashby Meadows called it \"a disgrace\". "
                         "\"Nobody listened to us,\" she said.",
                    "Aurelie Pendragast", "PERSON", "Ashby Meadows")
    got = _speakers(doc)
    assert _of(got, "Aurelie Pendragast") == ["a disgrace", "Nobody listened to us"]


def test_near_miss_a_title_noun_in_of_stays_as_it_was(nlp):
    # "the daughter of X": "of" hangs on a noun, not on a person's name; X stays a person
    doc = _with_org(nlp, "The daughter of Aurelie Pendragast said the decision was a "
                         "disgrace. Aurelie Pendragast said she had not been told.",
                    "Aurelie Pendragast", "PERSON")
    got = _speakers(doc)
    assert _of(got, "Aurelie Pendragast") == ["she had not been told"]
