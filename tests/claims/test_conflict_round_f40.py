"""Round f40, a seventh fact-checker's review of fresh stories (docs/review_f40.md): a
hospital's A&E waiting times, a food-poisoning outbreak and its recall, a crush at a music
festival. Defects fixed, each with near misses. Sentences written for these tests, not the
gold.

a. The verb of an aim asserts nothing and assesses nothing (conflict_aim_words.txt,
   claims.conflicts.contradictions `_aims_cut`): "aims to meet its target by June" /
   "missed its target".
b. A noun of an occasion is no assessment (conflict_occasion_nouns.txt, `_occasions_cut`):
   "was not challenged at the meeting" / "missed its target".
c. A denial narrowed to a kind of place after its verb ("no patient was treated in a
   corridor") is not answered by counts of the story's patients elsewhere
   (`DENIAL_PLACE`).
d. People a lawyer or firm represents, people made ill and people employed are three acts
   (conflict_act_classes.txt: representation, illness, employment).
e. A claim in a "who says" clause of the rejecter's own description is the rejecter's, not
   what the rejection answers (claims.conflicts.disputes, `_described_by_rejecter`).
f. A negated copula before a preposition reaches its subject, and an asserting claim must
   hold the preposition with the head (`_copular_subject`, `_preposition_heads`): "The site
   was never over capacity" / "the site was over capacity by Saturday evening".
g. A word used only after an article or possessive is a noun, asserting no predicate a
   negated verb denies (`_nouns_only`): "had not counted the hundreds" / "its count
   included only ...".
h. A figure in a "when" clause after a year long past ("in 2024, when it found that 74%
   ...") is history, as a sentence opening on that year is (claims.conflicts.numeric,
   `HISTORY_WHEN`).
i. The noun of a share ("Most of the stewards at the main stage gate had not been
   trained") is what a negated passive reaches, however long its subject (`PARTITIVE_SUBJECT`).
j. "fully open" / "partly closed" (conflict_opposites.txt): a way through open all along
   and partly shut; "open" and "closed" alone are not listed.
k. Lengths measured from two starts ("more than 12 hours from a decision to admit" / "from
   the time they arrived") are two measures (claims.conflicts.numeric, `_timed_from_apart`).
l. A figure of the occasions an inspection sampled ("on the nights they visited") is no rival
   of a figure of the whole period (`_sampled`).
m. People counted as the outlet's sources ("Three stewards ... told Live Music Weekly") are no
   rival count of the story's people (`_informants`)."""

from __future__ import annotations

from datetime import date

from claims.conflicts.contradictions import _aims_cut, _denial_scope, _occasions_cut, _Wording
from claims.figure_roles import figure_act
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims, _conflicts, _figure, _numeric

DAY = date(2026, 5, 3)

MISSED = ("The Harlow Vale clinic missed its four-week waiting target for the ninth month in a row, "
          "figures from the Harlow Vale health board showed.")


def _contradictions(nlp, a, b):
    return [c for c in _conflicts(nlp, a, b, DAY, DAY) if c.kind is ConflictKind.CONTRADICTION]


def _opposed(nlp, denial, counting, figure):
    _q, claim = _figure(nlp, counting, figure)
    return _Wording.of(denial).opposed_to(_Wording.of(claim.text, claim.quantities))


# --- a. an aim ----------------------------------------------------------------------------------------

def test_the_verb_of_an_aim_is_cut():
    assert "meet" not in _aims_cut("the clinic aims to meet its target by June")
    assert "reach" not in _aims_cut("the board has pledged to fully reach the standard")
    assert "met" in _aims_cut("the clinic met its target in May")
    assert "meet" in _aims_cut("the clinic will meet its target in June")


def test_an_aim_does_not_oppose_a_missed_target(nlp):
    assert not _contradictions(nlp, MISSED, "The Harlow Vale health board says the clinic aims to meet its "
                                            "four-week waiting target by June.")


def test_an_aim_does_not_assert_what_another_negates():
    assert _Wording.of("the clinic aims to meet its four-week waiting target by June").opposed_to(
        _Wording.of("the clinic did not meet its four-week waiting target in May")) is None


def test_near_miss_a_target_said_met_still_opposes_a_missed_one(nlp):
    assert _contradictions(nlp, MISSED, "The Harlow Vale health board said the clinic had met its four-week "
                                        "waiting target every month this year.")
    assert _Wording.of("the clinic had met its four-week waiting target in May").opposed_to(
        _Wording.of("the clinic did not meet its four-week waiting target in May"))


# --- b. an occasion -----------------------------------------------------------------------------------

def test_a_noun_of_an_occasion_is_cut():
    assert "meeting" not in _occasions_cut("the figure was not challenged at the meeting")
    assert "meeting" not in _occasions_cut("at its annual meeting, the board said")
    assert "meeting" in _occasions_cut("the clinic is meeting its target")


def test_a_meeting_does_not_oppose_a_missed_target(nlp):
    assert not _contradictions(nlp, MISSED, "The Harlow Vale health board's figure for the clinic was not "
                                            "challenged at the meeting, a spokesperson said.")


def test_near_miss_a_target_being_met_still_opposes_a_missed_one():
    assert _Wording.of("the clinic is meeting its four-week waiting target").opposed_to(
        _Wording.of("the clinic missed its four-week waiting target"))


# --- c. a denial narrowed to a kind of place ------------------------------------------------------------

def test_the_place_of_a_denial_is_read():
    assert _denial_scope("No patient was treated in a corridor at Dunmere Infirmary in May") == {"corridor"}
    assert _denial_scope("Nobody was treated in a corridor") == {"corridor"}
    assert not _denial_scope("Nobody was injured in a fire at the Marsden depot")
    assert not _denial_scope("Nobody was hurt in the blast")


def test_a_denial_in_a_place_is_not_answered_by_other_counts_of_patients(nlp):
    assert _opposed(nlp, "no patient was treated in a corridor",
                    "The Dunmere trust said 960 patients had waited more than eight hours from a decision to "
                    "admit them to being given a bed.", "960") is None
    assert _opposed(nlp, "Nobody was treated in a corridor",
                    "The hospital saw 14,900 attendances at its emergency department in October, the report "
                    "said.", "14,900") is None


def test_near_miss_harm_in_a_fire_still_meets_a_count_of_the_harmed(nlp):
    assert _opposed(nlp, "Nobody was injured in a fire at the Marsden depot",
                    "Two workers were injured in the fire at the Marsden depot, the Marsden fire service said.",
                    "Two")


def test_near_miss_patients_seen_in_a_corridor_still_oppose_the_denial(nlp):
    assert _contradictions(nlp, "\"No patient was treated in a corridor at Dunmere Infirmary in May,\" a "
                                "spokesperson for the Dunmere hospital trust said.",
                           "Inspectors said they saw 14 patients treated in a corridor at Dunmere Infirmary in May.")


# --- d. people represented, made ill, employed ------------------------------------------------------------

def test_acts_of_people_are_read(nlp):
    assert figure_act(*_figure(nlp, "Solicitor Dan Pryce said his firm now represents 75 people who fell ill.",
                               "75")) == "representation"
    assert figure_act(*_figure(nlp, "Health officials said 31 people had fallen ill after eating at the "
                                    "restaurant.", "31")) == "illness"
    assert figure_act(*_figure(nlp, "The bakery employed 420 people at its Corran Street site.",
                               "420")) == "employment"


def test_people_represented_are_not_a_rival_count_of_the_ill(nlp):
    assert not _numeric(nlp, "Solicitor Dan Pryce said his firm now represents 75 people who fell ill after eating "
                             "at the Corran Street restaurant.",
                        "Health officials said 31 people had fallen ill after eating at the Corran Street "
                        "restaurant.")


def test_near_miss_two_counts_of_the_ill_still_compare(nlp):
    assert _numeric(nlp, "Solicitor Dan Pryce said 120 people had fallen ill after eating at the Corran Street "
                         "restaurant.",
                    "Health officials said 31 people had fallen ill after eating at the Corran Street restaurant.")


# --- e. the rejecter's own description ----------------------------------------------------------------------

PRYCE = ("Dan Pryce, a solicitor at Pryce Holloway who says he represents 75 people who fell ill, said the "
         "official count was \"far too low\".")


def test_a_claim_in_the_rejecters_description_is_not_rejected(nlp):
    found = _conflicts(nlp, "Health officials said 31 people had fallen ill after eating at the Corran Street "
                            "restaurant.", PRYCE, DAY, DAY)
    assert not [c for c in found if c.kind is ConflictKind.DISPUTE and "75" in c.reason]


def test_near_miss_a_who_clause_of_another_party_is_not_the_rejecters(nlp):
    from claims.conflicts.disputes import _described_by_rejecter
    refs = _claims(nlp, "x", PRYCE, "Outlet")
    rejection = next(r.claim for r in refs if "far too low" in r.claim.text)
    mine = next(r.claim for r in refs if "75" in r.claim.text)
    assert _described_by_rejecter(rejection, mine)
    other = "Dan Pryce disputed the figure of health officials, who said 31 people had fallen ill."
    refs = _claims(nlp, "y", other, "Outlet")
    rejection = next(r.claim for r in refs if r.claim.speaker and "Pryce" in r.claim.speaker)
    theirs = [r.claim for r in refs if "31" in r.claim.text and r.claim is not rejection]
    assert theirs and not any(_described_by_rejecter(rejection, c) for c in theirs)


# --- f. a negated copula before a preposition ------------------------------------------------------------

def test_a_negated_copula_reaches_its_subject():
    assert _Wording.of("The site was never over capacity at any point").opposed_to(
        _Wording.of("The site was over capacity by Saturday evening, and the organiser knew it"))


def test_near_miss_the_same_noun_under_another_preposition_is_not_asserted():
    assert _Wording.of("The site was never over capacity at any point").opposed_to(
        _Wording.of("48,000 people were on the site on Saturday, below the licensed capacity of 50,000")) is None


def test_near_miss_a_negated_verb_keeps_its_subject_out():
    assert _Wording.of("The port is not working").opposed_to(_Wording.of("he has worked at the port for 30 years")) is None


# --- g. a noun after an article is no predicate -----------------------------------------------------------

def test_a_noun_after_a_possessive_asserts_no_counting():
    assert _Wording.of("she asked why it had not counted the hundreds of people who were ill but never tested"
                       ).opposed_to(_Wording.of("its count included only people whose infection had been "
                                                "confirmed by a laboratory test")) is None


def test_near_miss_a_participle_after_an_article_still_asserts():
    assert _Wording.of("the company had refused to improve its offer").opposed_to(
        _Wording.of("the company had made an improved offer on Wednesday"))
    assert _Wording.of("the council had not counted the votes in the ward").opposed_to(
        _Wording.of("the council counted the votes in the ward on Friday"))


# --- h. a figure in a "when" clause of a past year -----------------------------------------------------------

def test_a_figure_told_of_a_past_year_in_a_when_clause_is_history(nlp):
    assert not _numeric(nlp, "Inspectors last visited the Dunmere shelter in 2023, when they found that 85 people "
                             "were sleeping rough in Dunmere.",
                        "Charities said 140 people were sleeping rough in Dunmere this winter.",
                        date(2026, 2, 3), date(2026, 2, 4))


def test_near_miss_a_figure_of_now_still_compares(nlp):
    assert _numeric(nlp, "Inspectors said on Monday that 85 people were sleeping rough in Dunmere.",
                    "Charities said 140 people were sleeping rough in Dunmere this winter.",
                    date(2026, 2, 3), date(2026, 2, 4))


# --- i. the noun of a share in a negated passive's subject ----------------------------------------------------

def test_the_noun_of_a_share_is_reached_by_the_negation():
    negated = _Wording.of("Most of the stewards at the main stage gate had not been trained")
    assert negated.opposed_to(_Wording.of("All of our stewards were trained"))
    assert negated.opposed_to(_Wording.of("Every steward had completed crowd-safety training before the "
                                          "festival opened"))


def test_near_miss_another_group_paid_is_not_the_share():
    assert _Wording.of("Most of the drivers at the Kelham depot had not been paid").opposed_to(
        _Wording.of("The company said its managers were paid in March")) is None


# --- j. open all along / partly shut ------------------------------------------------------------------------

def test_fully_open_and_partly_closed_oppose():
    assert _Wording.of("the footbridge had been fully open throughout the afternoon").opposed_to(
        _Wording.of("the footbridge had been partly closed for about 20 minutes before the race"))


def test_near_miss_open_and_closed_alone_do_not():
    assert _Wording.of("the footbridge had been fully open throughout the afternoon").opposed_to(
        _Wording.of("the main road was closed for two hours")) is None


# --- k. lengths measured from two starts ---------------------------------------------------------------------

def test_waits_from_two_starts_are_two_measures(nlp):
    assert not _numeric(nlp, "The Dunmere trust said 960 patients had waited more than eight hours from a decision "
                             "to admit them at Dunmere Infirmary in May.",
                        "Inspectors said 1,730 patients had spent more than eight hours at Dunmere Infirmary from "
                        "the time they arrived in May.")


def test_near_miss_one_start_told_two_ways_still_compares(nlp):
    assert _numeric(nlp, "The Dunmere trust said 960 patients had spent more than eight hours at Dunmere Infirmary "
                         "from arrival in May.",
                    "Inspectors said 1,730 patients had spent more than eight hours at Dunmere Infirmary from the "
                    "time they arrived in May.")


# --- l. a figure of the occasions an inspection sampled --------------------------------------------------------

TRUST_29 = "The Dunmere trust said the average handover time at Dunmere Infirmary in May was 29 minutes."


def test_a_figure_of_the_sampled_nights_is_not_a_rival_of_the_month(nlp):
    assert not _numeric(nlp, "Inspectors said ambulances waited an average of 52 minutes to hand over patients at "
                             "Dunmere Infirmary on the nights they visited in May.", TRUST_29)


def test_near_miss_a_figure_of_the_month_still_compares(nlp):
    assert _numeric(nlp, "The union said ambulances waited an average of 52 minutes to hand over patients at "
                         "Dunmere Infirmary in May.", TRUST_29)


# --- m. the outlet's sources are no count of the story's people ------------------------------------------------

WORKING = ("Mr Dorling said 640 stewards were working at the Brackley Fields festival on Saturday, together with "
           "60 security staff.")


def test_people_who_told_the_outlet_are_not_a_rival_count(nlp):
    assert not _numeric(nlp, WORKING, "Three stewards who worked at the Brackley Fields festival on Saturday told the "
                                      "Kestrel Gazette that they had been recruited through an agency.")


def test_near_miss_a_count_of_the_same_people_still_compares(nlp):
    assert _numeric(nlp, WORKING, "The police said 410 stewards were working at the Brackley Fields festival on "
                                  "Saturday.")
