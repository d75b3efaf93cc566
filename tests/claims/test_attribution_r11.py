"""Round r11 rules (docs/attribution.md, "Rules added in round r11"): each rule with a
case it must find and a near miss it must not, on sentences written for the tests (not the
gold, not the seeds)."""

from __future__ import annotations

from claims.speakers import SpeakerResolver
from tests.claims.test_attribution_r10 import _by_content, _found


def test_a_surname_ending_in_s_tagged_a_plural_noun_is_still_the_last_subject(nlp):
    text = ("Esk Town have signed the winger Dario Vessa from Pell Mere. The club's "
            "president, Anton Kerrow, told the local paper that the fee was fair. "
            "Vessa posted a short message on social media thanking his old club. "
            "\u201cI will never forget these fans,\u201d he said in the post.")
    got = _by_content(nlp, text)
    assert got["I will never forget these fans"] == "Dario Vessa", got
    # near miss: with the last subject another man, "he" stays with him
    text = ("Esk Town have signed the winger Dario Vessa. Coach Otto Quill praised the "
            "deal. \u201cIt was the right price,\u201d he said.")
    got = _by_content(nlp, text)
    assert got["It was the right price"] == "Otto Quill", got


def test_a_named_persons_words_reported_by_another_with_the_surname_tagged_otherwise(nlp):
    text = ("Her counterpart, Milos Orsk, said little in public. One of the diplomats said "
            "Orsk had told the delegation privately that the tariff issue could wait.")
    got = _found(nlp, text)
    contents = [c for _, c in got]
    # one statement, the reporter's (convention 4), not a second one of Orsk's
    assert not any(c == "the tariff issue could wait" for c in contents), got
    assert any(c.startswith("Orsk had told the delegation") for c in contents), got
    # near miss: a surname far from the reporter's verb (a sentence the parser glued on)
    # is not taken for a report inside the report
    text = ("Jana Mott, the chief nurse, spoke first. The trust said staff should rest between "
            "noon and 3 p.m. Mott said older patients were most at risk.")
    got = _by_content(nlp, text)
    assert got.get("older patients were most at risk") == "Jana Mott", got


def test_a_word_inside_a_name_the_parser_read_as_a_verb_is_not_the_clause(nlp):
    text = ("The club's president, Tiberio Anselmo, told the Braga daily Gazeta do Norte that "
            "selling the striker had been \u201cpainful but necessary\u201d.")
    got = [c for _, c in _found(nlp, text)]
    assert got == ["selling the striker had been \u201cpainful but necessary\u201d"], got
    # near miss: a real reported clause after the same cue is still read
    text = "Tiberio Anselmo told reporters that selling the striker had been necessary."
    got = [c for _, c in _found(nlp, text)]
    assert got == ["selling the striker had been necessary"], got


def test_said_a_and_that_b_is_split_also_when_the_clause_hangs_off_another_word(nlp):
    text = ("Her lawyer, Omar Finch, told reporters outside the courthouse that his client "
            "\"never signed a single cheque\" and that the payments had been approved by "
            "the board.")
    got = [c for _, c in _found(nlp, text)]
    assert "his client \"never signed a single cheque\"" in got, got
    assert "the payments had been approved by the board" in got, got
    # near miss: "and" without a second "that" is one statement (convention 2)
    text = ("Omar Finch told reporters outside the courthouse that his client never signed "
            "a cheque and never met the buyer.")
    got = [c for _, c in _found(nlp, text)]
    assert len(got) == 1, got


def test_a_statement_on_an_organisations_website_is_the_organisations(nlp):
    text = ("The 19-year-old is expected to sign a new contract, according to a statement "
            "on Dunlow Town's website.")
    got = _by_content(nlp, text)
    assert got["The 19-year-old is expected to sign a new contract"] == "Dunlow Town", got
    # near miss: a statement on a topic ("on the club's future") is not authored by it
    text = ("The 19-year-old is expected to sign a new contract, according to a statement "
            "on Dunlow Town's future.")
    got = _by_content(nlp, text)
    assert got.get("The 19-year-old is expected to sign a new contract") != "Dunlow Town", got


def test_a_definite_description_after_its_clause_is_the_clauses_named_subject(nlp):
    text = ("Tarrow Rovers have agreed a record fee for the defender Luis Ferro, the League "
            "One club announced on Friday.")
    got = _by_content(nlp, text)
    assert got["Tarrow Rovers have agreed a record fee for the defender Luis Ferro"] == \
        "Tarrow Rovers", got
    text = "Brennock Haulage will cut 300 jobs, the Australian firm said on Tuesday."
    got = _by_content(nlp, text)
    assert got["Brennock Haulage will cut 300 jobs"] == "Brennock Haulage", got
    # near miss: a person subject (singular verb, tagged a person) is not the club
    text = "Luis Ferro has signed a five-year contract, the club announced."
    got = _by_content(nlp, text)
    assert got["Luis Ferro has signed a five-year contract"] != "Luis Ferro", got


def test_unnamed_counsel_for_an_organisation_speak_for_it(nlp):
    text = ("A judge refused to dismiss the case against Mardle Freight on Tuesday. "
            "Lawyers for the company had argued that the errors were clerical.")
    got = _by_content(nlp, text)
    assert got["the errors were clerical"] == "Mardle Freight", got
    text = "Attorneys representing Orvale Bank said the bank had done nothing wrong."
    got = _by_content(nlp, text)
    assert got["the bank had done nothing wrong"] == "Orvale Bank", got
    # near miss: counsel for a person stay the counsel; named counsel are the person
    text = "Daniel Pym was convicted on Monday. A lawyer for Pym said he would appeal."
    got = _by_content(nlp, text)
    assert got["he would appeal"] != "Daniel Pym", got
    text = ("Mardle Freight was fined. A lawyer for the company, Irene Cato, said it would "
            "appeal.")
    got = _by_content(nlp, text)
    assert got["it would appeal"] == "Irene Cato", got


def test_a_one_word_short_form_is_the_longer_name_adding_organisation_words(nlp):
    text = ("Regulators fined Selwyn Logistics on Monday. Selwyn said in a statement that it "
            "would appeal.")
    got = _by_content(nlp, text)
    assert got["it would appeal"] == "Selwyn Logistics", got
    # near miss: a longer name adding a word that is not an organisation word is another
    # body ("Selwyn" is not "Selwyn Harbour")
    doc = nlp("Ships left Selwyn Harbour at dawn. Selwyn Logistics said nothing.")
    r = SpeakerResolver(doc)
    assert r.canonical_org("Selwyn") in {"Selwyn", "Selwyn Logistics"}
    assert r.canonical_org("Selwyn") != "Selwyn Harbour"


def test_a_blanket_denial_is_not_a_statement(nlp):
    text = "Corvin Foods denied any wrongdoing. It said the recall was precautionary."
    got = _by_content(nlp, text)
    assert "any wrongdoing" not in got, got
    assert got["the recall was precautionary"] == "Corvin Foods", got
    # near miss: a denial with content is still a statement (convention 3)
    text = "Corvin Foods denied that any contaminated product had reached shops."
    got = _by_content(nlp, text)
    assert got.get("any contaminated product had reached shops") == "Corvin Foods", got


def test_a_vocative_name_is_not_the_speaker(nlp):
    text = "TOM REED: Anna, residents here say the water has been brown for a week."
    got = _by_content(nlp, text)
    assert got["the water has been brown for a week"].startswith("residents"), got
    # near miss: a name with a closed apposition is the speaker
    text = "Smith, a teacher at the school, said the building was unsafe."
    got = _by_content(nlp, text)
    assert got["the building was unsafe"] == "Smith", got


def test_a_document_named_by_an_organisation_noun_is_that_organisations(nlp):
    text = ("Drayton Wanderers lost 4-0 on Saturday. A club statement released on Sunday "
            "said the manager retained the board's full support.")
    got = _by_content(nlp, text)
    assert got["the manager retained the board's full support"] == "Drayton Wanderers", got
    # near miss: with no club in the article the statement stays the document
    text = "A club statement released on Sunday said the manager retained the board's support."
    got = _by_content(nlp, text)
    assert got["the manager retained the board's support"] != "Drayton Wanderers", got


def test_sports_club_name_endings_make_an_organisation(nlp):
    text = ("Kelso Rangers said their goalkeeper Ivan Duro had broken a finger. The Scottish "
            "club said he would miss a month.")
    got = _by_content(nlp, text)
    assert got["he would miss a month"].endswith("Rangers"), got
    assert got["their goalkeeper Ivan Duro had broken a finger"].endswith("Rangers"), got
    # near miss: a word that merely ends in one of them is no club ("Strangers")
    doc = nlp("Two Strangers said the road was closed.")
    r = SpeakerResolver(doc)
    assert not r.is_org_name("Two Strangers")


def test_a_gendered_job_noun_beside_a_name_gives_the_persons_gender(nlp):
    text = ("Nadia Vorn, the chief executive of Fallow Bank, said profits would rise. The "
            "bank's chairman, Hugo Lamb, said the board backed her. She added that a "
            "dividend was likely.")
    got = _by_content(nlp, text)
    assert got["a dividend was likely"] == "Nadia Vorn", got
    # near miss: a surname ending in -man says nothing ("Edna Freeman" is not a man)
    doc = nlp("Edna Freeman said the vote was rigged.")
    r = SpeakerResolver(doc)
    assert r.gender.get("Edna Freeman") != "m"


def test_told_an_audience_a_clause_parsed_as_a_relative_clause(nlp):
    text = "Prosecutor Hana Vick told the jury the defendant had lied about the money."
    got = _by_content(nlp, text)
    assert got.get("the defendant had lied about the money") == "Hana Vick", got
    # near miss: a real relative clause of a thing told is not a statement
    text = "She told the story the newspaper had published."
    assert _found(nlp, text) == []


def test_an_age_epithet_after_a_bare_surname_speaker_is_that_person(nlp):
    text = "Kessler said the deal was done. The 62-year-old said he would step down in May."
    got = _by_content(nlp, text)
    assert got["he would step down in May"] == "Kessler", got
    # near miss: after an organisation the epithet stays a description, in full words
    text = ("Acme Corp said the deal was done. The 62-year-old said he would step down in "
            "May.")
    got = _by_content(nlp, text)
    assert got["he would step down in May"] == "The 62-year-old", got


def test_a_poll_and_the_survey_by_a_named_pollster_are_one_document(nlp):
    text = ("Support for the mayor has fallen to a record low, a new poll suggests. The survey "
            "of 1,200 residents by pollster Quarry Research, carried out last week, found the "
            "mayor on 31%. The poll found 58% thought the city was heading the wrong way.")
    got = _by_content(nlp, text)
    assert got["Support for the mayor has fallen to a record low"] == "Quarry Research", got
    assert got["58% thought the city was heading the wrong way"] == "Quarry Research", got
    # near miss: a report and a survey are not one document
    text = ("Support for the mayor has fallen, a new report suggests. The survey of 1,200 "
            "residents by pollster Quarry Research found the mayor on 31%.")
    got = _by_content(nlp, text)
    assert got["Support for the mayor has fallen"] != "Quarry Research", got


def test_a_cue_parsed_as_an_adjective_of_the_clauses_subject(nlp):
    text = "The chief constable admitted mistakes had been made."
    got = _by_content(nlp, text)
    assert got.get("mistakes had been made") == "The chief constable", got
    # near miss: a participle adjective with no subject of its own is no cue
    text = "The rejected proposals had been drafted in May."
    assert _found(nlp, text) == []


def test_a_plural_person_noun_opening_a_sentence_is_a_group_not_an_organisation(nlp):
    text = ("Parents at Oakbury Primary say they were not consulted. The school said letters "
            "had been sent in March.")
    got = _by_content(nlp, text)
    assert got["they were not consulted"].lower().startswith("parents"), got
    assert got["letters had been sent in March"] == "Oakbury Primary", got
    # near miss: a capitalised organisation name opening the sentence stays one
    text = "Oakbury Primary said letters had been sent in March."
    got = _by_content(nlp, text)
    assert got["letters had been sent in March"] == "Oakbury Primary", got


def test_a_plural_common_noun_running_into_a_name_is_a_group(nlp):
    text = ("Customers of Velo Bank said they could not log in. The lender said the problem "
            "had been fixed.")
    got = _by_content(nlp, text)
    assert got["they could not log in"].lower().startswith("customers of"), got
    assert got["the problem had been fixed"] == "Velo Bank", got
    # near miss: an organisation name of the same shape stays the organisation
    text = "Bank of Pellow said the problem had been fixed."
    got = _by_content(nlp, text)
    assert got["the problem had been fixed"] == "Bank of Pellow", got


def test_she_skips_the_man_named_last_when_only_first_names_tell_their_sex(nlp):
    text = ("The council approved the budget on Tuesday. Deputy leader Maria Ostrand "
            "opened the debate, and treasurer Tom Halvey presented the figures. "
            "\u201cThese cuts will fall hardest on the libraries,\u201d she said.")
    got = _by_content(nlp, text)
    assert got["These cuts will fall hardest on the libraries"] == "Maria Ostrand", got
    # near miss: with a first name that says nothing ("Jordan"), the last person stays
    text = ("The council approved the budget on Tuesday. Deputy leader Maria Ostrand "
            "opened the debate, and treasurer Jordan Halvey presented the figures. "
            "\u201cThese cuts will fall hardest on the libraries,\u201d she said.")
    got = _by_content(nlp, text)
    assert got["These cuts will fall hardest on the libraries"] == "Jordan Halvey", got
    # and what the article says wins over the name: a woman called Tom by her pronoun
    text = ("Maria Ostrand opened the debate. Tom Halvey presented her own figures. "
            "\u201cThese cuts will fall hardest on the libraries,\u201d she said.")
    got = _by_content(nlp, text)
    assert got["These cuts will fall hardest on the libraries"] == "Tom Halvey", got
