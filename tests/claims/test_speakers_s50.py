"""Round s50: a body named like a place ("the Eastmoor line", "Port of Kellby", "the Harrow
Basin network", "Northern Grid"), which NER tags as a place, is the body a later "the
operator" / "the port" / "the network operator" means. Sentences written for the tests,
none of them gold text.
"""

from tests.claims.test_speakers_s34 import _speakers, _statements_holding as _by


def test_lower_case_kind_noun_after_a_place_name_is_the_operator(nlp):
    text = ("Commuters on the Wetherdale line face a week of delays while signals near "
            "Orley Bridge are replaced. The operator said trains would run every hour.")
    got = _by(_speakers(nlp(text)), "trains would run every hour")
    assert got and "Wetherdale" in got[0][0] and "Orley" not in got[0][0]


def test_port_of_name_is_the_port(nlp):
    text = ("Cargo through the Port of Tessby rose sharply last year. The port said it "
            "handled 300,000 containers.")
    got = _by(_speakers(nlp(text)), "it handled 300,000 containers")
    assert got and got[0][0] == "Port of Tessby"


def test_modified_back_reference_takes_the_place_named_body_before(nlp):
    text = ("About 12,000 homes are without power, according to Wenmore Grid. The network "
            "operator said engineers were working through the night.")
    got = _by(_speakers(nlp(text)), "engineers were working")
    assert got and got[0][0] == "Wenmore Grid"


def test_near_miss_a_bare_place_is_no_operator(nlp):
    # no kind word: the town stays a town, "the operator" is not it
    text = ("Floods closed roads across Pellow Vale on Sunday. In Pellow Vale, residents "
            "said the water rose quickly. The operator said trains would not run.")
    got = _by(_speakers(nlp(text)), "trains would not run")
    assert got and "Pellow" not in got[0][0]


def test_near_miss_kind_noun_does_not_take_another_kind(nlp):
    # "the council" is no line: the place-named line is not the council's last resort
    text = ("Passengers on the Wetherdale line face more delays. The council said it "
            "would review bus subsidies.")
    got = _by(_speakers(nlp(text)), "review bus subsidies")
    assert got and "Wetherdale" not in got[0][0]


def test_near_miss_body_named_with_its_kind_still_wins(nlp):
    # a company named as a company is "the company", not the line it runs
    text = ("Corrin Rail Company runs trains on the Wetherdale line. The company said "
            "fares would rise by 3 percent.")
    got = _by(_speakers(nlp(text)), "fares would rise")
    assert got and got[0][0].startswith("Corrin")



def test_near_miss_person_with_a_kind_word_surname_is_no_body(nlp):
    # a person whose surname is a kind word ("Gary Line") is a person, not the line
    text = ("Trains were cancelled after a fault near Holme Junction. Commuter Gary Line "
            "said he had waited two hours. The operator said services would resume on Monday.")
    got = _by(_speakers(nlp(text)), "services would resume")
    assert got and "Line" not in got[0][0]


# (k51) review of s50: any capitalised word before a lower-case kind word made a body, and
# "the company" may mean one, so in business news the company lost its own statements.

def test_k51_near_miss_product_line_is_no_body(nlp):
    text = ("Brightway Foods reported record profits, helped by its new Harvest line of "
            "frozen meals. The company said it would hire 200 more staff.")
    got = _by(_speakers(nlp(text)), "hire 200 more staff")
    assert got and got[0][0] == "Brightway Foods"


def test_k51_near_miss_hyphen_fragment_is_no_body(nlp):
    text = ("Corvel Telecom customers complained about the Wi-Fi network. The company said "
            "the problems had been fixed.")
    got = _by(_speakers(nlp(text)), "problems had been fixed")
    assert got and got[0][0] == "Corvel Telecom"


def test_k51_near_miss_date_before_kind_word_is_no_body(nlp):
    text = ("Parkway Media has expanded its Sunday network of local papers. The company said "
            "readership had risen by 8%.")
    got = _by(_speakers(nlp(text)), "readership had risen")
    assert got and got[0][0] == "Parkway Media"


def test_k51_place_named_body_is_not_the_company_the_story_names(nlp):
    text = ("Brightway Foods will move its lorries to the Port of Tessby next year. The "
            "company said the move would save money.")
    got = _by(_speakers(nlp(text)), "the move would save money")
    assert got and got[0][0] == "Brightway Foods"


def test_k51_near_miss_place_named_body_is_still_the_company_alone(nlp):
    # no organisation of its own in the story: the port is still "the company"
    text = ("Cargo through the Port of Tessby rose sharply last year. The company said it "
            "handled 300,000 containers.")
    got = _by(_speakers(nlp(text)), "handled 300,000 containers")
    assert got and got[0][0] == "Port of Tessby"
