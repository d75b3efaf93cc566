"""Round s88: a form of address at the start of a person mention (claims.speakers,
SpeakerResolver._recent_person). NER often tags "Ms Penhallow" whole as the PERSON, so
the mention starts at "Ms" and the honorific test, which looked only before the mention,
found none: the woman then took a later "he said" meant for the man named before her.
Sentences written for these tests, not gold text."""

from __future__ import annotations

from tests.claims.test_attribution_s24 import _speakers

OPENING = ("{first} Dewhurst, who chairs the angling club, said the river was cleaner than "
           "it had been for a decade.\n\n")
RETORT = "\"That is simply wrong; our own counts show the opposite,\" {pronoun} said."
QUOTE = "That is simply wrong; our own counts show the opposite"


def _text(first: str, address: str, pronoun: str, middle: str = "") -> str:
    return (OPENING.format(first=first)
            + f"{address} Penhallow{middle} had said the fish stocks had halved since 2019.\n\n"
            + RETORT.format(pronoun=pronoun))


def test_he_skips_a_woman_named_with_ms(nlp):
    got = _speakers(nlp, _text("Colin", "Ms", "he"))
    assert got[QUOTE] == "Colin Dewhurst"


def test_he_skips_a_woman_named_with_ms_and_an_apposition(nlp):
    got = _speakers(nlp, _text("Colin", "Ms", "he", ", a council ecologist,"))
    assert got[QUOTE] == "Colin Dewhurst"


def test_near_miss_she_after_ms_stays_hers(nlp):
    got = _speakers(nlp, _text("Colin", "Ms", "she"))
    assert got[QUOTE] is not None and got[QUOTE].endswith("Penhallow")


def test_near_miss_he_after_mr_stays_his(nlp):
    got = _speakers(nlp, _text("Alison", "Mr", "he"))
    assert got[QUOTE] is not None and got[QUOTE].endswith("Penhallow")
