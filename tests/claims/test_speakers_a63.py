"""Round a63: "the company" and "the group" of the g60 review. A name a company noun
introduces ("the app X", "delivery app X", "X, a delivery app,") is the company, not the
city NER tagged an organisation; a name NER tags a place is never "the company"; "the
group" is the body a quoted person is "of", not a panel or bank named since; a clause
that reports before a semicolon is its own statement. Sentences written for these tests,
not gold text; each rule has a near miss it must leave alone.
"""

from claims.extract import parser_text
from tests.claims.test_speakers_s34 import _speakers, _speakers_saying as _by


# 1. a company noun before the name or in apposition types it "company"
def test_the_app_name_is_the_company(nlp):
    text = ("Couriers for the app Parcelo walked out in Brindham on Saturday, as the company "
            "said its riders were paid well above the minimum wage. The union said more than "
            "400 riders had joined the strike. The company said the strike had little effect.")
    got = _speakers(nlp(parser_text(text)))
    assert _by(got, "well above the minimum wage") == ["Parcelo"]
    assert _by(got, "little effect") == ["Parcelo"]


def test_delivery_app_name_is_the_company_not_the_town(nlp):
    text = ("Drivers for the delivery app Zoomcart stopped work in Castleby on Monday. "
            "The company said only 40 drivers had taken part.")
    got = _speakers(nlp(parser_text(text)))
    assert _by(got, "only 40 drivers") == ["Zoomcart"]


def test_a_name_in_apposition_to_an_app_is_the_company(nlp):
    text = ("Staff walked out at a depot in Castleby on Monday. Zoomcart, a delivery app, "
            "said the depot would stay open. The company said only 40 drivers had taken part.")
    got = _speakers(nlp(parser_text(text)))
    assert _by(got, "only 40 drivers") == ["Zoomcart"]


def test_near_miss_the_app_before_a_lower_case_word_types_nothing(nlp):
    text = ("Delivery riders said the app was slow on Friday. Harrow Foods said its orders "
            "fell by a third. The company said sales would recover.")
    got = _speakers(nlp(parser_text(text)))
    assert _by(got, "sales would recover") == ["Harrow Foods"]


# 2. a name NER tags a place elsewhere in the article is not "the company"
def test_a_name_tagged_a_place_elsewhere_is_not_the_company(nlp):
    text = ("Riders walked out in Brindham on Friday, as the company said its couriers were "
            "well paid. Traffic in Brindham was light.")
    doc = nlp(parser_text(text))
    first, second = (e for e in doc.ents if e.text == "Brindham")
    # as NER tagged the city in g60: an organisation once, a place once
    others = [e for e in doc.ents if e.text != "Brindham"]
    from spacy.tokens import Span
    doc.ents = sorted(others + [Span(doc, first.start, first.end, label="ORG"),
                                Span(doc, second.start, second.end, label="GPE")],
                      key=lambda e: e.start)
    got = _speakers(doc)
    assert _by(got, "couriers were well paid") != ["Brindham"]


def test_near_miss_a_company_named_only_as_a_body_is_still_the_company(nlp):
    text = ("A fire broke out at Kestrel Plastics on Monday. The company said nobody was "
            "hurt.")
    got = _speakers(nlp(parser_text(text)))
    assert _by(got, "nobody was hurt") == ["Kestrel Plastics"]


# 3. "the group": the body a quoted person is "of", not a panel named since
def test_the_group_is_the_body_the_speaker_is_of(nlp):
    text = ("Marta Kellaway of Save Fenby Library said the council had ignored residents. "
            "\"We gave them the numbers,\" she said. The Library Review Panel found that "
            "visits had fallen by 30%. The group had said in May that visits were rising.")
    got = _speakers(nlp(parser_text(text)))
    assert _by(got, "visits were rising") == ["Save Fenby Library"]


def test_the_group_after_a_semicolon_clause_is_its_own_statement(nlp):
    text = ("Marta Kellaway of Keep Fenby Reading said the panel had confirmed what "
            "campaigners had been saying. \"That was never true,\" she said. The group had "
            "said in March that 19 branches would close; the panel found four.")
    got = _speakers(nlp(parser_text(text)))
    assert _by(got, "19 branches would close") == ["Keep Fenby Reading"]
    assert not [c for _, c in got if c.startswith("The group had said")]


def test_near_miss_the_group_without_a_peoples_body_keeps_the_last_body(nlp):
    text = ("The Library Review Panel found that visits had fallen by 30%. The group said "
            "its report would be published in May.")
    got = _speakers(nlp(parser_text(text)))
    assert _by(got, "its report would be published") == ["Library Review Panel"]


def test_near_miss_a_person_of_a_place_is_no_group(nlp):
    text = ("Jo Marrick of Upper Fenby said the bus was late again. The Transport Users' "
            "Panel said services had improved. The group said fares would rise.")
    got = _speakers(nlp(parser_text(text)))
    assert _by(got, "fares would rise") != ["Upper Fenby"]

