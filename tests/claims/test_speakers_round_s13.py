"""Round s13 speaker rules (docs/attribution.md, "Rules added in round s13"): who speaks
when a noun phrase that cannot speak stands where a speaker might. Each rule with a
positive case and a near miss, on sentences written for the tests (not the gold)."""

from __future__ import annotations

from tests.claims.test_attribution_r10 import _by_content


def test_a_participle_after_a_naming_quote_speaks_for_the_namer(nlp):
    text = ("Inspector Mara Quill called the organisers' estimate \"a fairy tale\", saying "
            "tallies by marshals at the entrance suggested about 30,000 people came.")
    got = _by_content(nlp, text)
    assert got["a fairy tale"] == "Mara Quill", got


def test_near_miss_a_speaker_after_the_quote_still_speaks(nlp):
    got = _by_content(nlp, "\"The count was fair,\" said officials at the town hall.")
    assert got["The count was fair"] == "officials at the town hall", got
    got = _by_content(nlp, "\"We were there all day,\" said Ruth Penn, adding that the "
                           "square was full.")
    assert got["We were there all day"] == "Ruth Penn", got
    assert got["the square was full"] == "Ruth Penn", got


def test_a_closing_participle_after_a_nouns_that_clause_is_the_disputers(nlp):
    text = ("The health board rejected the hospital's claim that 40 nurses would be laid off, "
            "saying funding had been cut by 2%, not 10%.")
    got = _by_content(nlp, text)
    assert got["funding had been cut by 2%, not 10%"] == "The health board", got
    text = ("The education ministry disputed the Harlow Academy's warning that 60 teachers "
            "would lose their posts, saying the school's budget had risen by 3%.")
    got = _by_content(nlp, text)
    assert got["the school's budget had risen by 3%"] == "The education ministry", got


def test_near_miss_a_generic_plural_that_speaks_keeps_its_words(nlp):
    got = _by_content(nlp, "Musicians who joined the protest, saying they had not been paid, "
                           "blocked the entrance.")
    assert got["they had not been paid"] == "Musicians", got
    got = _by_content(nlp, "Residents said the bridge had been closed for a month.")
    assert got["the bridge had been closed for a month"].lower() == "residents", got


def test_a_place_tagged_as_an_organisation_is_not_the_group(nlp):
    text = ("The survey showed the largest pond, at Greystone Moss, was nearly dry. The group "
            "said it would ask for an inquiry.")
    got = _by_content(nlp, text)
    assert got["it would ask for an inquiry"] != "Greystone Moss", got


def test_the_group_is_the_body_people_came_from_not_the_company_or_the_place(nlp):
    text = ("Campaigners from Friends of Merrow Beck say Dunlin Water has drained the reservoir at "
            "Rook Edge to supply a factory. The group's secretary, Nell Avery, said levels at "
            "Rook Edge had fallen by three metres.\n\n\"The company treats the reservoir as its "
            "own tap,\" she said. The group also said fish had died in the streams.")
    got = _by_content(nlp, text)
    assert got["fish had died in the streams"] == "Friends of Merrow Beck", got


def test_near_miss_people_at_an_organisation_and_a_person_named_like_a_place(nlp):
    got = _by_content(nlp, "Workers at Holt Mill walked out on Monday. The group said pay had "
                           "been frozen for three years.")
    assert got["pay had been frozen for three years"] == "Holt Mill", got
    text = ("Farmers say a quarry at Dunmere Hill will drain their wells. Ellis Dunmere, who "
            "farms beside the site, said two boreholes had run dry. Dunmere said the survey "
            "was wrong.")
    got = _by_content(nlp, text)
    assert got["the survey was wrong"] == "Ellis Dunmere", got


def test_a_name_described_as_a_group_is_an_organisation(nlp):
    text = ("Farmers in the Ossery valley say a new quarry will drain their wells. Tolland "
            "Aggregates said groundwater levels were stable.\n\nConcerned Neighbours, a "
            "residents' group, said 600 people had signed its petition. They want a public "
            "inquiry, the group said.")
    got = _by_content(nlp, text)
    assert got["They want a public inquiry"] == "Concerned Neighbours", got


def test_near_miss_a_person_described_by_a_job_in_a_group(nlp):
    text = ("Ann Lee, a group leader, said the vote was close. \"We will win,\" she said.")
    got = _by_content(nlp, text)
    assert got["the vote was close"] == "Ann Lee", got
    assert got["We will win"] == "Ann Lee", got
