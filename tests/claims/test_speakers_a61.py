"""Round a61: speaker faults left by the g60 review. Each rule has sentences written for
it and a near miss it must leave alone; none of the sentences is gold text.
"""

from tests.claims.test_speakers_s34 import _speakers, _statements_holding as _by


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


# 2. a sentence's first word glued to a name by NER
def test_first_word_glued_to_a_body_name_is_cut(nlp):
    from tests.claims.test_speakers_s34 import _retag
    text = ("Quickcart says its drivers earn £15 an hour. Data Quickcart gave the Herald show "
            "drivers were logged in for 1.4 hours. Quickcart says it averages £4.20.")
    doc = _retag(nlp(text), text, ["Quickcart", "Data Quickcart"], "ORG")
    got = _by(_speakers(doc), "£4.20")
    assert got == [("Quickcart", "it averages £4.20")]


def test_first_word_glued_to_a_person_name_is_cut(nlp):
    from tests.claims.test_speakers_s34 import _retag
    text = "Meanwhile Jo Bell said 30 shops had shut. Ms Bell said 12 had reopened."
    doc = _retag(nlp(text), text, ["Meanwhile Jo Bell"], "PERSON")
    got = _by(_speakers(doc), "12 had")
    assert got == [("Jo Bell", "12 had reopened")]


def test_near_miss_common_first_word_of_a_real_name_stays(nlp):
    from tests.claims.test_speakers_s34 import _retag
    for text, name, later in (
            ("Rose Tremain said 30 shops had shut. Tremain said 12 had reopened.",
             "Rose Tremain", "12 had"),
            ("United Carriers said 40 drivers had left. United said 12 had returned.",
             "United Carriers", "12 had")):
        doc = _retag(nlp(text), text, [name], "PERSON" if "Rose" in name else "ORG")
        got = _by(_speakers(doc), later)
        assert got and got[0][0] == name, text


# 4. the title noun alone does not join two people ("economic" / "general" secretary)
_UNION = ('The Finance Staff Alliance said 45 staff had been given notice. "It is a '
          'disgrace," said Gerald Pike, the union\'s general secretary. ')


def test_another_kind_of_secretary_is_not_the_union_secretary(nlp):
    text = _UNION + ("The MP raised it in the Commons. The economic secretary said closures "
                     'were "a commercial decision".')
    got = _by(_speakers(nlp(text)), "commercial")
    assert got and got[0][0] != "Gerald Pike"


def test_near_miss_same_title_or_bare_title_is_still_the_person(nlp):
    for later in ("The general secretary said 12 branches would close.",
                  "The secretary said 12 branches would close."):
        got = _by(_speakers(nlp(_UNION + later)), "12 branches")
        assert got and got[0][0] == "Gerald Pike", later
    text = ('Harlow Mills said 300 jobs would go. "We had no choice," said Ruth Kell, its '
            "chief executive. The embattled chief executive said 12 sites would close.")
    got = _by(_speakers(nlp(text)), "12 sites")
    assert got and got[0][0] == "Ruth Kell"


def test_near_miss_put_at_inside_a_reported_clause_is_not_cut_out(nlp):
    text = ("Residents' secretary Tomas Brill said the council had put the scheme's cost at "
            "£6.1m and the opposition at £9.4m, and that both figures were wrong.")
    got = _speakers(nlp(text))
    assert not any(c.startswith("the scheme's cost at") for _, c in got)
    assert any("both figures were wrong" in c and sp == "Tomas Brill" for sp, c in got)
