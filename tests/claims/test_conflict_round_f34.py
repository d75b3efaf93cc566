"""Round f34, a fifth fact-checker's review of fresh stories (docs/review_f34.md): a drug
suspended after a trial, a port strike, a fraud trial. Defects fixed, each with near
misses. Sentences written for these tests, not the gold.

a. A study's sample size is no rival of another count (claims.conflicts.numeric,
   `_sample_against_count`): "a trial of 3,600 patients" / "about 70,000 patients take the
   drug". Two samples still compare.
b. "the dispute" is the noun of a quarrel, not a rejection (claims.lexicon,
   `_names_a_quarrel`): "until the dispute is over" rejects nothing.
c. A negation reaches to the end of its own clause (claims.conflicts.contradictions,
   `_own_clause_after`): "The quarry is not working, and the quarry company knows it" does
   not oppose "who has worked at the quarry for 30 years"."""

from __future__ import annotations

from datetime import date

from claims.conflicts.contradictions import _Wording, _denied_things
from claims.conflicts.numeric import _study_sample, _year_before
from claims.figure_roles import figure_act
from claims.lexicon import rejects_a_claim
from claims.conflicts.common import is_dispute
from tests.claims.test_figure_roles import _claims, _figure, _numeric

MAY_3, MAY_4 = date(2026, 5, 3), date(2026, 5, 4)


# --- a. a study's sample ---------------------------------------------------------------------------

def test_a_sample_size_is_read(nlp):
    assert _study_sample(*_figure(nlp, "The regulator said a trial of 3,600 patients had found the harm.", "3,600"))
    assert _study_sample(*_figure(nlp, "The study, which followed 9,100 adults for five years, was published on Monday.",
                                  "9,100"))
    assert not _study_sample(*_figure(nlp, "The regulator said about 70,000 patients were taking the drug.",
                                      "about 70,000"))
    assert not _study_sample(*_figure(nlp, "The regulator said the trial had found liver damage in 2.1% of patients.",
                                      "2.1%"))


def test_a_sample_size_is_not_a_rival_of_another_count(nlp):
    assert not _numeric(nlp, "The regulator said a trial of 3,600 patients had found the harm.",
                        "The regulator said about 70,000 patients were taking the drug.", MAY_3, MAY_4)
    assert not _numeric(nlp, "The study, which followed 9,100 adults for five years, found the risk doubled.",
                        "Lawyers for about 400 adults who took the pill said they would sue.", MAY_3, MAY_4)


def test_near_miss_two_samples_and_two_plain_counts_still_compare(nlp):
    assert _numeric(nlp, "The regulator said a trial of 3,600 patients had found the harm.",
                    "The maker said its trial, which followed 5,200 patients, had found no harm.", MAY_3, MAY_4)
    assert _numeric(nlp, "The regulator said about 70,000 patients were taking the drug.",
                    "Campaigners said about 110,000 patients were taking the drug.", MAY_3, MAY_4)


# --- b. "the dispute" ------------------------------------------------------------------------------

def test_the_noun_of_a_quarrel_rejects_nothing():
    assert not rejects_a_claim("two ferry lines would not call at the harbour until the dispute is over")
    assert not rejects_a_claim("the highest number of nurses on strike since the dispute began")
    assert not rejects_a_claim("the pay dispute has lasted six weeks")


def test_near_miss_the_verb_still_rejects():
    assert rejects_a_claim("The council disputed that")
    assert rejects_a_claim("the union disputes the figures")
    assert rejects_a_claim("a claim the union disputes")
    assert rejects_a_claim("The figures are in dispute")


# --- c. a negation's own clause --------------------------------------------------------------------

def _opposed(a: str, b: str):
    return _Wording.of(a).opposed_to(_Wording.of(b))


def test_a_negation_does_not_reach_into_the_next_clause():
    assert _opposed("The quarry is not working, and the quarry company knows it",
                    "one man, who has worked at the quarry for 30 years, said he would stay") is None
    assert _opposed("The depot is not working, and the depot managers know it",
                    "The last strike at the depot involved about 300 workers") is None


def test_near_miss_a_negated_clause_still_opposes_its_assertion():
    assert _opposed("The council had never explored any alternative site",
                    "The council had explored every alternative site") is not None
    # a reason clause is the negation's own: its words still count
    assert _opposed("It said no card numbers were stolen, because payments are handled by a bank",
                    "The stolen file holds the numbers of about 9,000 payment cards") is not None


# --- d. ships waiting and ships diverted (conflict_act_classes.txt) --------------------------------

def test_ships_waiting_are_not_rivals_of_ships_diverted(nlp):
    q, c = _figure(nlp, "Nine lorries were queuing outside the depot on Friday, the police said.", "Nine")
    assert figure_act(q, c) == "waiting"
    assert not _numeric(nlp, "Eleven ships were waiting at anchor off the harbour on Tuesday, the coastguard said.",
                        "About 25 ships have been diverted to other harbours since the walkout began, the agency said.",
                        MAY_3, MAY_4)


def test_near_miss_two_counts_of_ships_waiting_still_compare(nlp):
    assert _numeric(nlp, "Eleven ships were waiting at anchor off the harbour on Tuesday, the coastguard said.",
                    "About 25 ships were waiting at anchor off the harbour on Tuesday, the shipping lines said.",
                    MAY_3, MAY_3)


# --- e. a year shared by two verbs of one subject (numeric._year_before) ---------------------------

def test_a_year_dates_the_second_verb_of_its_subject(nlp):
    q, c = _figure(nlp, "The last stoppage at the depot, in 2021, lasted six days and involved about 900 drivers, "
                        "the union said.", "about 900")
    assert _year_before(q, c) == "2021"
    assert not _numeric(nlp, "The last stoppage at the depot, in 2021, lasted six days and involved about 900 drivers, "
                             "the union said.",
                        "About 1,500 drivers walked out at the depot this week, the union said.", MAY_3, MAY_4)


def test_near_miss_a_new_subject_after_and_keeps_its_own_year(nlp):
    q, c = _figure(nlp, "In 2021 parking income was £2.6 million and this year it is £3.1 million, the council said.",
                   "£3.1 million")
    assert _year_before(q, c) is None
    assert _numeric(nlp, "The stoppage at the depot lasted six days and involved about 900 drivers, the company said.",
                    "About 1,500 drivers walked out at the depot this week, the union said.", MAY_3, MAY_4)


# --- f. "almost no" is a small amount, not none (contradictions.DENIED_THINGS) ---------------------

def test_almost_no_denies_nothing():
    assert _denied_things("the harbour is handling almost no containers") == ()
    assert _denied_things("there was virtually no rain in March") == ()


def test_near_miss_no_still_denies():
    assert _denied_things("the harbour is handling no containers") != ()


# --- g. a rejecting cue inside a condition (common._conditional_cue) --------------------------------

def _cued(nlp, text, cue):
    refs = _claims(nlp, "x", text, "Outlet")
    return [r.claim for r in refs if (r.claim.cue or "").lower() == cue]


def test_a_rejection_under_if_is_no_rejection(nlp):
    text = ("Members of the drivers' union will vote on the new pay offer this week, the union said. "
            "If they reject the offer, the strike will go on until March.")
    claims = _cued(nlp, text, "reject")
    assert claims and not any(is_dispute(c) for c in claims)


def test_near_miss_a_rejection_made_is_still_one(nlp):
    text = ("Members of the drivers' union will vote on the new pay offer this week, the union said. "
            "They rejected the offer on Friday.")
    claims = _cued(nlp, text, "rejected")
    assert claims and all(is_dispute(c) for c in claims)
