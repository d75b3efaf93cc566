"""Round s77: speakers on review articles the rules were never written for (gold
`s77-*`). A name followed by ", which" is a body's whatever NER tagged it; a one-word
"person" that is only ever the first word of a longer name is a body; "said the review
vindicated staff" is a clause; a passive conjunct inside a report shares its hearer.
Sentences written for these tests, not gold text; each rule has a near miss.
"""

from tests.claims.test_speakers_s34 import _got, _of


def _contents(nlp, text):
    return [c for _, c in _got(nlp, text)]


# 1. "X, which runs the raffle, says": X is a body, so "the company" means it
RAFFLE = ("Families who rely on the Brightwater Raffle say payouts fell this year. "
          "Tolliver Leisure, which runs the raffle, says payouts rose by 3%. ")


def test_a_name_with_a_which_clause_is_the_company(nlp):
    got = _got(nlp, RAFFLE + "The company says the families' count leaves out online winners.")
    assert _of(got, "Tolliver Leisure") == [
        "payouts rose by 3%", "the families' count leaves out online winners"]


def test_near_miss_a_name_with_a_who_clause_stays_a_person(nlp):
    text = RAFFLE.replace("Tolliver Leisure, which", "Wenna Tolliver, who") + \
        "She says the families' count leaves out online winners."
    got = _got(nlp, text)
    assert _of(got, "Wenna Tolliver") == [
        "payouts rose by 3%", "the families' count leaves out online winners"]


# 2. a one-word "person" only ever the first word of a longer name is a body
LANDFILL = ("The operator of Trelissick landfill breached its permit 12 times, the Soil Agency "
            "has found. The report says Penwarden Waste left waste uncovered on 20 days. "
            "Penwarden had said it had never breached its permit. The agency has fined the "
            "company £1.2m. In a statement, Penwarden said it accepted that \"mistakes were "
            "made\". Ms Tregear said that was not how residents remembered it. ")


def test_first_word_of_a_longer_name_is_the_company(nlp):
    got = _got(nlp, LANDFILL + 'The company said the fine was "unfair".')
    assert ("Soil Agency", 'the fine was "unfair"') not in got
    assert ("Penwarden Waste", 'the fine was "unfair"') in got


def test_near_miss_a_surname_stays_a_person(nlp):
    text = LANDFILL.replace("Penwarden Waste left", "Jocasta Penwarden left").replace(
        "it had never", "she had never").replace("it accepted", "she accepted") + \
        "Penwarden said the fine was unfair."
    got = _got(nlp, text)
    assert ("Jocasta Penwarden", "the fine was unfair") in got


# 3. "said the review vindicated staff": the noun before a verb read as an adjective
def test_noun_before_an_adjective_verb_opens_a_clause(nlp):
    text = ("Ysella Kernow, of the Miners Association, said the review vindicated staff "
            "who had raised concerns.")
    assert _contents(nlp, text) == ["the review vindicated staff who had raised concerns"]


def test_near_miss_a_participle_right_after_the_determiner_is_an_object(nlp):
    text = "Ysella Kernow, of the Miners Association, said the revised figures were wrong."
    assert _contents(nlp, text) == ["the revised figures were wrong"]


# 4. a passive conjunct inside a report shares its head's hearer
def test_passive_conjunct_inside_a_report_stays_with_it(nlp):
    text = ("The audit's report runs to 90 pages. It says the trust's board was told of "
            '"gaps" in the accounts in 2022 but was assured they were a matter of timing.')
    assert _contents(nlp, text) == [
        'the trust\'s board was told of "gaps" in the accounts in 2022 but was assured '
        "they were a matter of timing"]


def test_near_miss_a_passive_report_of_its_own_is_unchanged(nlp):
    text = ("The trust's board was warned by the auditor that the accounts were late, the "
            "report says.")
    assert _contents(nlp, text) == [
        "The trust's board was warned by the auditor that the accounts were late"]
