"""Round s75: speakers on review articles of stories no speaker round took (gold `s75-*`).
Four general causes: an estimate whose "at" phrase the parser hangs on a gerund inside
the object ("estimates the cost of replacing the roof at £4.2m"); a pronoun's report in a
relative clause inside someone else's reported clause ("said the union would ballot
members in the depots, where it says ..."), which cut that statement short; a body's name
after its kind that NER tagged a person ("the parents' group Cressbrook Parents
Together"), which took a later "she"; an agentless passive report ("have been promised
...") before an aside cue with a phrase after it (", the company said, out of ..."),
which dropped the cue's statement. Sentences written for these tests, not gold text; each
rule has a near miss.
"""

from claims.extract import parser_text
from tests.claims.test_speakers_s34 import _of, _speakers, _speakers_saying, _tagged


# 1. an estimate's "at" phrase on a gerund in the object
def test_estimate_of_the_cost_of_doing_something_at_a_figure(nlp):
    text = "The board estimates the cost of rebuilding the pier at £6.5m."
    got = _speakers(nlp(parser_text(text)))
    assert _of(got, "The board") == ["the cost of rebuilding the pier at £6.5m"]


def test_put_of_the_cost_of_doing_something_at_a_figure(nlp):
    text = "The county puts the cost of resurfacing the bypass at £11m."
    got = _speakers(nlp(parser_text(text)))
    assert _of(got, "The county") == ["the cost of resurfacing the bypass at £11m"]


def test_near_miss_a_gerund_at_phrase_without_a_figure_is_no_estimate(nlp):
    text = "The board estimates the cost of keeping the pier at its present size."
    assert _speakers(nlp(parser_text(text))) == []


# 2. a pronoun's report in a relative clause inside another's reported clause
def test_relative_report_by_a_pronoun_stays_inside_the_outer_statement(nlp):
    text = ("Ms Carrow said the union would ballot drivers in the depots, where it says 90 "
            "new staff will be expected to work, over changes to rotas.")
    got = _speakers(nlp(parser_text(text)))
    assert _of(got, "Carrow") == [
        "the union would ballot drivers in the depots, where it says 90 new staff will be "
        "expected to work, over changes to rotas"]


def test_near_miss_a_named_speakers_relative_report_stays_their_own(nlp):
    # "a figure that Morland said was inflated": Morland's own statement (as the seed gold)
    text = ("The union said the board's offer included a figure that Morland said was "
            "inflated.")
    got = _speakers(nlp(parser_text(text)))
    assert any(sp == "Morland" for sp, _ in got)


# 3. a body's name after its kind, tagged PERSON, is no person for a later "she"
GROUP = ("Imelda Fairweather, who chairs the residents' group Harbour Streets Together, said "
         "the survey had found damp in 40 flats. \"The landlord has known for years and "
         "done nothing,\" she said.")


def test_a_name_after_its_kind_is_a_body_not_a_later_she(nlp):
    text = GROUP
    got = _speakers(_tagged(nlp, text, ["Streets Together"], "PERSON"))
    assert _speakers_saying(got, "The landlord has known") == ["Imelda Fairweather"]


def test_near_miss_a_name_after_a_title_stays_a_person(nlp):
    # "founder" is a post, not a kind of body: the name after it is a person's
    text = ("Tom Fairweather, who chairs the residents' group, said the survey had found "
            "damp in 40 flats. He praised the group's founder Mary Holloway. \"The "
            "landlord has known for years and done nothing,\" she said.")
    got = _speakers(_tagged(nlp, text, ["Mary Holloway"], "PERSON"))
    assert _speakers_saying(got, "The landlord has known") == ["Mary Holloway"]


# 4. a passive with no agent, then an aside cue with a phrase after it
def test_agentless_passive_before_an_aside_cue_is_the_cues_statement(nlp):
    text = ("Tenants have been promised repairs worth £3m, the landlord said, out of a "
            "budget of £20m.")
    got = _speakers(nlp(parser_text(text)))
    assert _of(got, "the landlord") == ["Tenants have been promised repairs worth £3m"]


def test_agentless_offer_before_an_aside_cue_is_the_cues_statement(nlp):
    text = ("Farmers have been offered grants worth £5m, the ministry said, out of a fund "
            "of £40m.")
    got = _speakers(nlp(parser_text(text)))
    assert _of(got, "the ministry") == ["Farmers have been offered grants worth £5m"]


def test_near_miss_an_active_report_before_the_aside_is_left_as_it_was(nlp):
    # the mayor does the promising: a report of its own, not made the landlord's here
    text = ("The mayor has promised tenants repairs worth £3m, the landlord said, out of a "
            "budget of £20m.")
    got = _speakers(nlp(parser_text(text)))
    assert _of(got, "the landlord") == []
