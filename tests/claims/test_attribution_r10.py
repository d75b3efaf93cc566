"""Round r10 rules (docs/attribution.md, "Rules added in round r10"): each class with a
positive case and a near miss, on sentences written for the tests (not the gold)."""

from __future__ import annotations

from claims.attribution import find_attributions
from claims.extract import parser_text


def _found(nlp, text):
    doc = nlp(parser_text(text))  # as the pipeline parses: datelines, single marks
    return [(a.speaker, text[a.content_start:a.content_end]) for a in find_attributions(doc)]


def _by_content(nlp, text):
    return {c: s for s, c in _found(nlp, text)}


def test_single_mark_quotes_in_an_article_that_also_quotes_in_double_marks(nlp):
    text = ("'We lost our shape,' Reyes said. 'That is on me.'\n\n"
            "The coach added: \"We go again on Saturday.\"")
    got = _found(nlp, text)
    assert ("Reyes", "We lost our shape") in got or \
        any(c == "We lost our shape" for _, c in got), got
    assert any(c == "That is on me." for _, c in got), got
    assert any(c == "We go again on Saturday." for _, c in got), got
    # near miss: single marks inside a double-mark quotation are not a statement of their own
    text = "\"My father told me, 'Never give up,' and I didn't,\" Reyes said."
    got = [c for _, c in _found(nlp, text)]
    assert got == ["My father told me, 'Never give up,' and I didn't"], got


def test_a_time_clause_read_as_after_plus_object_ends_a_quoted_clause(nlp):
    # the parser read the time clause's subject as the object of "after" and hung its
    # verb on the quoted clause
    text = ("Manager Jo Lund insisted the club's 'season is not over' after a 4-0 defeat at "
            "Ashby left them bottom.")
    got = [c for _, c in _found(nlp, text)]
    assert got == ["the club's 'season is not over'"], got
    # near miss: with no quote marks the writer's clause cannot be told apart and stays
    text = ("Manager Jo Lund insisted the club's season was not over after a 4-0 defeat at "
            "Ashby left them bottom.")
    got = [c for _, c in _found(nlp, text)]
    assert len(got) == 1 and got[0].endswith("left them bottom"), got


def test_two_full_names_in_apposition_are_not_one_person(nlp):
    text = ("The defendant's sister, Joan Reddy, watched from the gallery. A lawyer for "
            "Carl Reddy, Monica Webb, said the sentence would be appealed.")
    got = _by_content(nlp, text)
    assert got["the sentence would be appealed"] == "Monica Webb", got
    # near miss: a lawyer for someone, with no name of their own, is not that client
    text = "A lawyer for Carl Reddy said the sentence would be appealed."
    got = _by_content(nlp, text)
    assert got["the sentence would be appealed"] != "Carl Reddy", got


def test_one_of_a_group_described_again_is_the_fuller_description(nlp):
    text = ("Mayor Tim Cole opened the meeting. One of the tenants, a retired bus driver who "
            "has lived in the block for 30 years, said the lifts had been broken since May. "
            "\"Nobody comes,\" he said.")
    got = _by_content(nlp, text)
    desc = "a retired bus driver who has lived in the block for 30 years"
    assert got["the lifts had been broken since May"] == desc, got
    assert got["Nobody comes"] == desc, got
    # near miss: one of a named group with a name in apposition is the name
    text = "One of the tenants, Rosa Lind, said the lifts had been broken since May."
    got = _by_content(nlp, text)
    assert got["the lifts had been broken since May"] == "Rosa Lind", got


def test_a_name_after_a_noun_only_a_person_can_be(nlp):
    text = ("Ann Poole said the council must act. A second candidate, Jordan Hale, said the "
            "budget was sound.")
    got = _by_content(nlp, text)
    assert got["the budget was sound"] == "Jordan Hale", got
    # near miss: a name beside an organisation noun stays an organisation
    text = "A second bidder, Hale Holdings, said the budget was sound."
    got = _by_content(nlp, text)
    assert got["the budget was sound"] == "Hale Holdings", got


def test_a_surname_that_is_also_a_word_keeps_the_person_for_she(nlp):
    text = ("Dr Ellen Price led the trial. Dr Joan Marsh said the sample was small. "
            "Price rejected that. She said the effect was large.")
    got = _by_content(nlp, text)
    assert got["the effect was large"] == "Ellen Price", got
    # near miss: "the price" is no person
    text = ("Dr Ellen Price led the trial. Dr Joan Marsh said the sample was small. "
            "The price rose. She said the effect was large.")
    got = _by_content(nlp, text)
    assert got["the effect was large"] == "Joan Marsh", got


def test_a_definite_job_then_a_bare_new_name_is_that_person(nlp):
    text = ("The head of Lakeside Mining, who took over in June, told shareholders on "
            "Monday that the mine would close.\n\nPaul Okafor said 400 jobs were at risk.")
    got = _by_content(nlp, text)
    assert got["the mine would close"] == "Paul Okafor", got
    # near miss: a name introduced with a job of its own is someone else
    text = ("The head of Lakeside Mining told shareholders on Monday that the mine would "
            "close.\n\nUnion organiser Paul Okafor said 400 jobs were at risk.")
    got = _by_content(nlp, text)
    assert got["the mine would close"] != "Paul Okafor", got
    # near miss: after an indefinite description, a new name is not assumed the same
    text = ("A nurse at the ward told reporters that beds had run out.\n\n"
            "Paul Okafor said 400 jobs were at risk.")
    got = _by_content(nlp, text)
    assert got["beds had run out"] != "Paul Okafor", got


def test_two_jobs_under_one_determiner_are_one_person(nlp):
    text = ("The firm's owner and managing director said in a letter that prices would "
            "rise. \"We have no choice,\" wrote Lena Varga.")
    got = _by_content(nlp, text)
    assert got["prices would rise"] == "Lena Varga", got
    # near miss: two people with their own determiners speak jointly
    text = "The owner and the manager said prices would rise."
    got = _by_content(nlp, text)
    assert " and " in got["prices would rise"], got


def test_how_a_figure_divides_stays_with_it(nlp):
    text = "The airline said 300 flights were cancelled, most of them at its Dublin hub."
    got = [c for _, c in _found(nlp, text)]
    assert got == ["300 flights were cancelled, most of them at its Dublin hub"], got
    # near miss: a participle of the speaker's own act is still cut
    text = "The airline said 300 flights were cancelled, citing the strike."
    got = [c for _, c in _found(nlp, text)]
    assert got == ["300 flights were cancelled"], got


def test_a_document_author_named_at_a_later_mention(nlp):
    text = ("An inspectors' report found that the prison was overcrowded. The governor "
            "declined to comment.\n\nThe report, compiled by the charity Justice Watch, said "
            "cells built for one held two.")
    got = _by_content(nlp, text)
    assert got["the prison was overcrowded"] == "Justice Watch", got
    assert got["cells built for one held two"] == "Justice Watch", got
    # near miss: with no author named anywhere, the report stays the speaker
    text = ("An inspectors' report found that the prison was overcrowded. The report said "
            "cells built for one held two.")
    got = _by_content(nlp, text)
    assert got["the prison was overcrowded"] != "Justice Watch", got


def test_its_chief_executive_is_the_one_person_given_that_title(nlp):
    text = ("The charity agreed to a merger, a move its chief executive said would save 40 "
            "jobs.\n\nThe charity's chief executive, Ruth Adeyemi, said talks began in May.")
    got = _by_content(nlp, text)
    assert got["a move its chief executive said would save 40 jobs"] == "Ruth Adeyemi", got
    # near miss: with two people titled chief executive, nobody is guessed
    text += " The buyer's chief executive, Tom Reilly, said the deal was fair."
    got = _by_content(nlp, text)
    assert got["a move its chief executive said would save 40 jobs"] not in {
        "Ruth Adeyemi", "Tom Reilly"}, got


def test_a_lede_description_is_the_person_the_next_sentence_names(nlp):
    text = ("A woman accused of stealing from her employer told a court she had been "
            "framed.\n\nKaren Holt, 39, denies six counts of theft. Holt said her manager "
            "had lied.")
    got = _by_content(nlp, text)
    assert got["she had been framed"] == "Karen Holt", got
    # near miss: a named person who never speaks is not assumed to be the lede's speaker
    text = ("A witness said the car had been speeding.\n\nTom Fry, 19, died at the "
            "scene.")
    got = _by_content(nlp, text)
    assert got["the car had been speeding"] != "Tom Fry", got


def test_told_a_hearer_a_clause_read_as_a_complement(nlp):
    text = "A neighbour told reporters the fire had started in the kitchen."
    got = [c for _, c in _found(nlp, text)]
    assert got == ["the fire had started in the kitchen"], got
    # near miss: "told X to do Y" is an instruction, not a statement
    text = "The mayor told residents to stay indoors."
    assert _found(nlp, text) == []


def test_the_mother_of_four_is_the_person_just_named(nlp):
    text = ("Doctors at the clinic, led by Dr Paul Mbeki, treated 40 children.\n\n"
            "Grace Tembo, 31, whose daughter was treated last week, sat in the shade. "
            "\"The doctors saved her,\" said the mother of four.")
    got = _by_content(nlp, text)
    assert got["The doctors saved her"] == "Grace Tembo", got
    # near miss: "the mother of the victim" is not an epithet for the one just named
    text = ("Grace Tembo, 31, sat in the shade. \"The doctors saved her,\" said the mother "
            "of the victim.")
    got = _by_content(nlp, text)
    assert got.get("The doctors saved her") != "Grace Tembo", got


def test_a_second_act_after_and_ends_what_was_said(nlp):
    text = ("The opposition Unity Party said on its website that the deal \"rewards "
            "aggression\" and called for the minister's resignation.")
    got = [c for _, c in _found(nlp, text)]
    assert got == ['the deal "rewards aggression"'], got


def test_but_with_a_qualification_stays_in_the_claim(nlp):
    text = "Coastline Rail says trains are now running, but with delays of around 40 minutes."
    got = [c for _, c in _found(nlp, text)]
    assert got == ["trains are now running, but with delays of around 40 minutes"], got
    # near miss: a clause of its own after "but" is not pulled in by this rule
    text = "Coastline Rail says trains are now running, but it did not give a time."
    got = [c for _, c in _found(nlp, text)]
    assert got and got[0].startswith("trains are now running") and "with" not in got[0], got


def test_a_bare_surname_two_people_share_is_the_one_named_last(nlp):
    text = ("Chris Ortiz and Pat Ortiz run a farm near Fresno. Chris Ortiz said the drought "
            "had cost them $50,000. Pat Ortiz said they might sell. Ortiz said the bank had "
            "been patient.")
    got = _by_content(nlp, text)
    assert got["the bank had been patient"] == "Pat Ortiz", got
    # near miss: a surname only one person has is that person whoever spoke last
    text = ("Chris Ortiz runs a farm. Chris Ortiz said the drought had cost him $50,000. "
            "Pat Lee said prices had fallen. Ortiz said the bank had been patient.")
    got = _by_content(nlp, text)
    assert got["the bank had been patient"] == "Chris Ortiz", got


def test_a_spokesperson_for_a_named_person_speaks_for_them(nlp):
    text = "A spokesman for Gov. Jo Roe said the bill would be signed."
    got = _by_content(nlp, text)
    assert got["the bill would be signed"] == "Jo Roe", got
    # near miss: a spokesperson for an organisation is still the organisation
    text = "A spokesman for Acme Holdings said the bill would be signed."
    got = _by_content(nlp, text)
    assert got["the bill would be signed"] == "Acme Holdings", got


def test_the_couple_is_the_two_people_just_coordinated(nlp):
    text = "Mark and Julie Roe opened the bakery in 1990. The couple said sales had halved."
    got = _by_content(nlp, text)
    assert got["sales had halved"] == "Mark Roe and Julie Roe", got
    text = "Sam Lee and Jo Park were rescued on Sunday. The pair said they had been lost."
    got = _by_content(nlp, text)
    assert got["they had been lost"] == "Sam Lee and Jo Park", got
    # near miss: with nobody coordinated before, "the couple" stays the words
    text = "The couple said sales had halved."
    got = _by_content(nlp, text)
    assert " and " not in got["sales had halved"], got


def test_she_after_two_women_alternate_is_the_last_subject(nlp):
    text = ("Defence lawyer Sarah Cole told the court her client was innocent. Prosecutor "
            "Anne Hart said the evidence was overwhelming. \"The jury has heard it all,\" she "
            "said. Cole disagreed. \"My client was not there,\" she said.")
    got = _by_content(nlp, text)
    assert got["The jury has heard it all"] == "Anne Hart", got
    assert got["My client was not there"] == "Sarah Cole", got


def test_a_company_name_ner_missed_is_what_the_company_refers_to(nlp):
    text = "Regulators fined Thames Water £100m on Monday. The company said it would appeal."
    got = _by_content(nlp, text)
    assert got["it would appeal"] == "Thames Water", got
    # near miss: a name with no company word is not made an organisation
    text = "Regulators fined Tom Hayes £100 on Monday. The company said it would appeal."
    got = _by_content(nlp, text)
    assert got["it would appeal"] != "Tom Hayes", got


def test_a_scare_quoted_term_inside_a_clause_before_its_cue(nlp):
    text = "The so-called \"triple lock\" will stay, the chancellor said."
    got = [c for _, c in _found(nlp, text)]
    assert got == ['The so-called "triple lock" will stay'], got
    # near miss: a quote that is the whole clause is the quote reader's direct quote
    text = "\"The triple lock will stay,\" the chancellor said."
    got = [(c, a) for _, c, a in [(s, c, None) for s, c in _found(nlp, text)]]
    assert [c for c, _ in got] == ["The triple lock will stay"], got


def test_a_single_mark_quote_running_over_paragraphs_in_a_mixed_article(nlp):
    text = ("The so-called \"triple lock\" will stay, the chancellor said.\n\n"
            "'We made a promise,' Ms Reeves told MPs. 'That is not negotiable.\n\n"
            "'Every pensioner will get the increase,' she added.")
    got = [c for _, c in _found(nlp, text)]
    assert "That is not negotiable." in got and "We made a promise" in got, got
    # near miss: an unclosed single mark with no quotation opening the next paragraph
    # stays unread
    text = ("The so-called \"triple lock\" will stay, the chancellor said.\n\n"
            "'We made a promise,' Ms Reeves told MPs. 'That is not negotiable.\n\n"
            "The debate continues.")
    got = [c for _, c in _found(nlp, text)]
    assert "That is not negotiable." not in got, got


def test_they_after_a_group_of_people_named_by_what_they_are(nlp):
    text = "Nurses at the hospital walked out on Monday. They said wards were understaffed."
    got = _by_content(nlp, text)
    assert got["wards were understaffed"].lower().startswith("nurses"), got
    # near miss: people in a subordinate clause are not the sentence's subject
    text = ("Two people familiar with the talks said Jo Roe was the third choice, after two "
            "other candidates withdrew. One of them said the vetting took months.")
    got = _by_content(nlp, text)
    assert "candidates" not in got["the vetting took months"], got


def test_an_epithet_then_a_new_name_with_only_an_age(nlp):
    text = ("The striker, who joined from Leeds in the summer, said he was happy. "
            "\"I feel at home,\" said Marco Silva, 24.")
    got = _by_content(nlp, text)
    assert got["he was happy"] == "Marco Silva", got
    # near miss: a new name with a job in apposition is someone else
    text = ("The striker, who joined from Leeds in the summer, said he was happy. "
            "\"He feels at home,\" said Marco Silva, the club's manager.")
    got = _by_content(nlp, text)
    assert got["he was happy"] != "Marco Silva", got
