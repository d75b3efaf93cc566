"""Round a61: speaker faults left by the g60 review. Each rule has sentences written for
it and a near miss it must leave alone; none of the sentences is gold text.
"""

from tests.claims.test_speakers_s34 import _speakers


def _by(got, words):
    return [(sp, content) for sp, content in got if words in content]


# 1. "X puts the figure at N": an estimate no clause carries is still X's statement
def test_puts_the_figure_at_is_the_subjects_statement(nlp):
    text = "The Harbour Porters' Guild still puts the figure at 430."
    assert _by(_speakers(nlp(text)), "430") == [("Harbour Porters' Guild", "the figure at 430")]


def test_estimates_the_number_at_is_the_subjects_statement(nlp):
    text = "The Fenwick Housing Trust estimates the number at 2,300 families."
    got = _by(_speakers(nlp(text)), "2,300")
    assert got == [("Fenwick Housing Trust", "the number at 2,300 families")]


def test_puts_it_at_money(nlp):
    text = "Corran Foods says a crate costs £6.40. The growers' survey puts it at £5.10."
    got = _by(_speakers(nlp(text)), "5.10")
    assert got and got[0][1] == "it at £5.10"


def test_near_miss_put_at_risk_states_nothing(nlp):
    for text in ("The closure put 300 jobs at risk.",
                 "The strike put the drivers at risk of losing 200 pounds.",
                 "The committee put the start of the hearing at 9am.",
                 "The union did not put the figure at 520."):
        assert _by(_speakers(nlp(text)), "") == [], text
