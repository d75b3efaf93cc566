"""Round j101: rejections told as a critique of method, with no negation word.
Sentences written for these tests, not the gold.

a. Another party's figure or count as the subject and a predicate telling how it was made
   ("included", "counts only", "drew only on": claims/data/conflict_method_phrases.txt) is a
   rejection of that figure (`rebuttals.method_fault`, a ground like d44's "left out");
   the subject may name the figure by its value ("the board's 8,200", "the 164", "the 40
   days includes ...") and may be left before the claim's span ('said the trust's figure
   "only counts ..."'). Not the speaker's own ("our count included", "its figure
   includes"), not a bare "the survey included", not a figure's things ("the council's
   3.1 million visitors included ...", "the 2,000 homes included 300 flats").
b. d44's faulting verbs take a perfect ("the council's report had left out the cables")
   and a figure named by value ("the bank's 310,000 leaves out ...").
c. End to end: the rejection answers the other party's figure; a party telling how its
   own figure was made answers nothing.
"""

from __future__ import annotations

from claims.rebuttals import judges_a_statement, method_fault
from tests.claims.test_conflict_round_d89 import _disputes


def test_a_method_of_an_owned_statement():
    assert method_fault("the union's count included drivers who had moved to other depots")
    assert method_fault("the federation's estimate counted only the routes that ran late in December")
    assert method_fault('that survey "drew only on members who chose to reply"')
    assert method_fault("the agency's figure had already included the cost of the new depot")


def test_a_method_of_a_figure_named_by_value():
    assert method_fault("the board's 8,200 counts only the tenants who have applied online")
    assert method_fault("the 164 included visits by the company's own engineers")
    assert method_fault('the 40 days "includes the weeks we wait for a builder\'s quote"')
    assert method_fault("the 12% figure counted only weekday services")


def test_a_subject_left_before_the_span():
    assert method_fault("only counts what the operator chose to report",
                        "Its chair, Mara Bellweather, said the agency's figure \"")


def test_a_not_the_speakers_own_nor_a_thing():
    assert not method_fault("our count included drivers on leave")
    assert not method_fault("its figure includes agency staff")
    assert not method_fault("the survey included 900 members")
    assert not method_fault("the council's plan included a new library")
    assert not method_fault("The council's 3.1 million visitors included 500,000 people who stayed with friends")
    assert not method_fault("the 2,000 homes included 300 flats")
    assert not method_fault("the package included a pay rise of 4%")


def test_b_faulting_verbs_after_a_perfect_and_a_value():
    assert judges_a_statement("the council's report had left out the cables on the north span")
    assert judges_a_statement("The bank's 310,000 leaves out everyone who comes in once a month")
    assert not judges_a_statement("our report had left out the cables")


def test_c_a_method_fault_answers_the_other_partys_figure(nlp):
    found = _disputes(nlp, "The Drivers' Union said its members had worked 52,000 hours of overtime last year. "
                           "Harwick Buses said the union's count included hours worked by managers covering "
                           "routes.")
    assert any("52,000 hours" in a + b and "union's count included" in a + b for a, b in found), found


def test_c_a_party_telling_its_own_method_answers_nothing(nlp):
    found = _disputes(nlp, "Kelmoor Infirmary said 52 people had been treated after the fire. A spokesperson "
                           "for the infirmary said the 52 included 30 people who came in the next day with "
                           "sore eyes.")
    assert not any("52 included" in a + b for a, b in found), found


def test_c_a_figure_named_by_value_answers_the_outlets_sentence_giving_it(nlp):
    text = ("The trust's waiting list for hip operations now stands at 6,300, up from 4,100 in March. "
            "Morwenna Treloar, who chairs the patients' forum, said: \"The trust's 6,300 counts only the "
            "patients who have been referred this year.\"")
    found = _disputes(nlp, text)
    assert any("6,300 counts only" in a + b and "now stands at 6,300" in a + b for a, b in found), found
