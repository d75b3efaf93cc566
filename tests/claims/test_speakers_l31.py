"""Speakers of a company story (lead, fourteenth session; round f31's review found both):
an honorific and a surname spell no acronym ("Mr Pryor" is not the "MP" of "Local MP Ruth
Abbey"), and a bare company word the parser tags a place in one sentence and a person in
another is the company named in full before ("Corvell said" after "Corvell Engineering's
plant"). The small model's tags of a bare invented name vary from text to text, so the
tests set them as the review article had them."""

from spacy.tokens import Span

from claims.speakers import SpeakerResolver

STORY = ("Workers at Corvell Engineering's Hexley plant say they fear for their jobs after the company "
         "announced cuts on Thursday.\n\n"
         "Corvell said on Thursday that it would cut 640 jobs after profit fell.\n\n"
         "Tom Pryor, regional officer of the Federated Metal Workers' Union, told the Courier that the real "
         "figure was closer to 900.\n\n"
         "\"We saw the list,\" Mr Pryor said.\n\n"
         "Corvell denies that the plant will shut.\n\n"
         "A company spokesperson said: \"Hexley is not closing.\"\n\n"
         "Local MP Ruth Abbey said she would raise the cuts in Parliament.")


def _tagged(nlp, labels: dict[int, str]):
    """The story parsed, with the bare company word's n-th mentions tagged as given."""
    doc = nlp(STORY)
    bare = [t for t in doc if t.text == "Corvell" and doc[t.i + 1].text != "Engineering"]
    ents = [e for e in doc.ents if not any(e.start <= t.i < e.end for t in bare)]
    ents += [Span(doc, bare[n].i, bare[n].i + 1, label=label) for n, label in labels.items()]
    doc.ents = sorted(ents, key=lambda e: e.start)
    return doc


def test_a_bare_company_word_tagged_a_place_and_a_person_is_the_company(nlp):
    resolver = SpeakerResolver(_tagged(nlp, {0: "PERSON", 1: "GPE"}))
    assert resolver.alias.get("corvell") == "Corvell Engineering"


def test_near_miss_a_word_tagged_a_place_throughout_stays_a_place(nlp):
    resolver = SpeakerResolver(_tagged(nlp, {0: "GPE", 1: "GPE"}))
    assert "corvell" not in resolver.alias


def test_an_honorific_and_a_surname_spell_no_acronym(nlp):
    resolver = SpeakerResolver(nlp(STORY))
    assert "mp" not in resolver.alias
    assert not any("(MP)" in name for name in resolver.alias.values())
