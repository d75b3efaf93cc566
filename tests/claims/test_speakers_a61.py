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


# 3. a body's name NER missed, read across its "and"
def test_body_name_missed_by_ner_is_read_across_and(nlp):
    text = ("The auditors' report on HMP Kelby has been rejected on several counts by the "
            "Mines and Quarries Agency, which runs the prison. Ledger Weekly compared the "
            "figures. The agency says the number was 88.")
    doc = nlp(text)
    doc.ents = [e for e in doc.ents if "Agency" not in e.text]  # as NER missed it in g60
    got = _by(_speakers(doc), "88")
    assert got == [("Mines and Quarries Agency", "the number was 88")]


def test_near_miss_two_bodies_joined_by_and_keep_their_names(nlp):
    text = ("The fine was paid by the Harbour Bank and Delling Bank, which own the site. "
            "The bank said 40 staff had left.")
    doc = nlp(text)
    doc.ents = [e for e in doc.ents if "Bank" not in e.text]
    got = _by(_speakers(doc), "40 staff")
    assert got and got[0][0] != "Harbour Bank and Delling Bank"
