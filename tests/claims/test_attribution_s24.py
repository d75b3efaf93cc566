"""Round s24: a person first named in full outside a subject ("For Linda Okafor, who runs
a bakery, ...") is someone a later he/she can mean; gender and a repeated mention still
decide, as the near misses show."""

from __future__ import annotations

from claims.attribution import find_attributions
from claims.extract import parser_text


def _speakers(nlp, text):
    doc = nlp(parser_text(text))
    return {text[a.content_start:a.content_end]: a.speaker for a in find_attributions(doc)}


INTRO = ("Mayor Anne Rowley said the bridge would reopen in May.\n\n"
         "For {name}, who runs a bakery beside the bridge, the closure has been costly.\n\n"
         "\"Nobody comes this way any more,\" she said.")


def test_she_after_a_person_introduced_outside_a_subject(nlp):
    got = _speakers(nlp, INTRO.format(name="Linda Okafor"))
    assert got["Nobody comes this way any more"] == "Linda Okafor"


def test_near_miss_introduced_man_is_not_she(nlp):
    got = _speakers(nlp, INTRO.format(name="Tom Okafor"))
    assert got["Nobody comes this way any more"] == "Anne Rowley"


def test_near_miss_a_repeated_full_name_is_no_new_introduction(nlp):
    text = ("Linda Okafor said her sales had fallen by half. Mayor Anne Rowley said the "
            "bridge would reopen in May.\n\nThe mayor has visited the bakery run by Linda "
            "Okafor twice.\n\n\"We are doing everything we can,\" she said.")
    got = _speakers(nlp, text)
    assert got["We are doing everything we can"] == "Anne Rowley"


def _with_org_tag(nlp, text, name):
    """The text parsed, with NER's label on `name` forced to ORG (as NER now and then
    tags a person's name), so the rule is tested whatever the model does."""
    from spacy.tokens import Span

    doc = nlp(parser_text(text))
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [
        Span(doc, span.start, span.end, label="ORG")]
    return {text[a.content_start:a.content_end]: a.speaker for a in find_attributions(doc)}


ORG_TAGGED = ("Mayor Anne Rowley said the bridge would reopen in May.\n\n"
              "The plan was opposed by {name}, who runs a bakery beside the bridge. "
              "\"Nobody comes this way any more,\" {pron} said.")


def test_first_name_tagged_org_followed_by_she_is_a_person(nlp):
    got = _with_org_tag(nlp, ORG_TAGGED.format(name="Grace Tully", pron="she"), "Grace Tully")
    assert got["Nobody comes this way any more"] == "Grace Tully"


def test_near_miss_pronoun_of_the_other_sex_keeps_the_organisation(nlp):
    got = _with_org_tag(nlp, ORG_TAGGED.format(name="Grace Tully", pron="he"), "Grace Tully")
    assert got["Nobody comes this way any more"] != "Grace Tully"
