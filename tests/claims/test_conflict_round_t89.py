"""Round t89 (dispute targets: the rejecter's own side): docs/conflicts.md, "Round t89".
Sentences written for these tests, about none of the gold cases; each rule has a near miss."""

from types import SimpleNamespace

import claims.conflicts.disputes as d
from claims.conflicts.disputes import _possessor_of, _possessor_side
from tests.claims.test_conflict_round_t40 import _targets


def _speaker(speaker, role=None):
    return SimpleNamespace(speaker=speaker, speaker_role=role, speaker_mention=None)


def test_a_speaker_named_as_a_partys_officer_stands_for_it():
    assert _possessor_side(_speaker("Jonas Petrie", "the union's Castleton organiser")) == frozenset({"union"})
    assert _possessor_of("Jonas Petrie", "the union's Castleton organiser", None)[1]
    # a capitalised possessor may be a place, and "the city's" names no body
    assert not _possessor_of("Oakford's council leader", None, None)[1]
    assert not _possessor_of("Ada Venn", "the city's culture chief", None)[1]
    assert _possessor_side(_speaker("Ayla Brent", "Fastfreight's regional operations manager")) == frozenset({"fastfreight"})
    assert _possessor_side(_speaker("Ward's campaign team")) == frozenset({"ward"})
    # near misses: a party's name with an apostrophe, a party's outside checker, a
    # pronoun ("Its chair" is read through the body before it), words about a party
    assert not _possessor_side(_speaker("The Haulage Workers' Union"))
    assert not _possessor_side(_speaker("Mina Olsen", "the council's external auditor"))
    assert not _possessor_side(_speaker("Mina Olsen", "Its chair"))
    assert not _possessor_side(_speaker("people familiar with the company's plans"))


def _without_rule(text, rejection, nlp):
    original = d._of_rejecter_side
    try:
        d._of_rejecter_side = lambda dispute, j: False
        return _targets(nlp, text, rejection)
    finally:
        d._of_rejecter_side = original


# --- "the union's organiser called that a fiction": not the union's own count ---------------------

DRIVERS = ("Drivers at Fastfreight walked out in Castleton on Monday over pay. "
           "Fastfreight said only 1,400 drivers work in Castleton. "
           "The Haulage Workers' Union says the company employs more than 2,000 drivers there.\n\n"
           "Jonas Petrie, the union's Castleton organiser, said that figure was \"a convenient fiction\".")


def test_an_officers_rejection_does_not_answer_its_own_partys_count(nlp):
    found = _targets(nlp, DRIVERS, "a convenient fiction")
    assert not any("2,000" in t for t in found), found
    assert any("1,400" in t for t in found), found
    # the rule decides it: without it the union's own count is answered
    assert any("2,000" in t for t in _without_rule(DRIVERS, "a convenient fiction", nlp))


# --- "Its chair said the figure of £9m was, if anything, low": the guild's own figure -------------

GUILD = ("Small builders are waiting months to be paid by the county's housing programme. "
         "The Roofers' Guild said its members were owed £9m for work that had been finished and signed off. "
         "Its chair, Nadia Brook, said the figure of £9m owed to roofers was \"if anything, low\".")


def test_an_officer_calling_its_own_bodys_figure_low_rejects_nothing(nlp):
    found = _targets(nlp, GUILD, "if anything, low")
    assert not any("£9m for work" in t for t in found), found
    assert any("£9m for work" in t for t in _without_rule(GUILD, "if anything, low", nlp))


# --- near miss: an officer of one party still answers the other party ----------------------------

OTHER_SIDE = ("The Haulage Workers' Union says Fastfreight employs more than 2,000 drivers in Castleton. "
              "Ayla Brent, the company's regional operations manager, said the union's figure was wrong.")


def test_near_miss_an_officer_answers_the_other_party(nlp):
    found = _targets(nlp, OTHER_SIDE, "the union's figure was wrong")
    assert any("2,000" in t for t in found), found


def test_near_miss_a_body_before_its_chair_is_matched_by_its_name():
    from claims.overlap import topic_stems
    rejecter = SimpleNamespace(index=1, is_dispute=True, side=topic_stems("the theatre"),
                               claim=_speaker("Ada Venn", "Its chief executive"))
    # the funder's officer, whose role holds the word the theatre's name is made of
    funder = SimpleNamespace(index=2, claim=SimpleNamespace(speaker="Rhea Moss", speaker_role="Its director",
                                                            speaker_mention="Its director of theatre"),
                             voice=topic_stems("Rhea Moss Its director of theatre"))
    theatre = SimpleNamespace(index=3, claim=_speaker("the theatre"), voice=topic_stems("the theatre"))
    assert not d._of_rejecter_side(rejecter, funder)
    assert d._of_rejecter_side(rejecter, theatre)
