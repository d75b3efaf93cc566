"""Review cr70: defects of rounds s70, k70, p70, g70 and h70 confirmed on made-up sentences
(docs/conflicts.md, "Review cr70"), each with a near miss keeping what its round wanted.
Sentences written for these tests, not the gold.

1. h70's `disputes._decides_a_filed_claim` took rejections of statements for decisions on
   claims for money: counted claims ("rejected half the claims about fish deaths") are
   filed only in an article telling claims filed for something, and the noun "claims" is
   for money only before "for" or "of" a sum (`MONEY_CLAIM`, `FILED_FOR`).
2. g70's `contradictions._compared_or_owed_blanked` blanked every "no X should": only a
   "should" setting a bound is a norm ("should have to", "should wait more than").
3. k70's `numeric.SUBJECT_BETWEEN` missed prepositions ("sold through the club's website").
4. k70's `common._surnames` took a body's word written after a determiner for a surname.
5. h70's `MODAL_ACT` and p70's `_forecast_acts` read an adverb in "-ly" as the act.
6. k70's `told_claims.DETERMINER_BEFORE` read the object pronoun "her" as a determiner.
7. g70's `told_claims.TELLING` read "It was telling that ..." as a telling.
8. k70's `lexicon.NEGATOR` put the "not only" exception on every negator.
9. h70's `NONE_OF_SUBJECT` missed irregular participles ("None of the stores were sold").
"""

from __future__ import annotations

from datetime import date

from claims.models import ConflictKind
from tests.claims.test_figure_roles import _conflicts

DAY = date(2026, 4, 7)


def _kind(conflicts, kind):
    return [c for c in conflicts if c.kind is kind]


# --- 1. claims rejected that are statements ------------------------------------------------------

RIVER = "Kestrel Water has been accused of polluting the River Danby near Alton. "
FISH = RIVER + "The Danby Anglers Trust said the company's sewage had killed thousands of fish in the river."


def test_1_counted_claims_about_a_statement_are_rejected(nlp):
    for b in ("Kestrel Water rejected half the claims about fish deaths in the river.",
              "Kestrel Water rejected many claims about fish deaths in the river."):
        assert _kind(_conflicts(nlp, FISH, RIVER + b, DAY, DAY), ConflictKind.DISPUTE), b


def test_1_a_that_less_claim_of_a_sum_is_a_statement(nlp):
    lead = "Tarrow council's consultancy bill has come under fire from opposition councillors. "
    a = lead + "Opposition leader Joe Hart said £2m had been wasted on consultants last year."
    b = lead + "The council rejected claims £2m had been wasted on consultants."
    assert _kind(_conflicts(nlp, a, b, DAY, DAY), ConflictKind.DISPUTE)


def test_1_near_miss_claims_for_money_are_still_read():
    from claims.conflicts.disputes import FILED_FOR, MONEY_CLAIM
    for text in ("she had claimed £640 after a pothole", "Her claim of £640 has now been paid",
                 "a claim for compensation", "claiming damages from the council"):
        assert MONEY_CLAIM.search(text), text
    assert FILED_FOR.search("The council received 3,900 claims for damage to vehicles")
    for text in ("rejected claims of damage to the river", "rejected claims £2m had been wasted",
                 "They claimed £2m had been wasted"):
        assert not MONEY_CLAIM.search(text), text


# --- 2. "no X should" that is no norm -----------------------------------------------------------

BILLING = "A billing error at Brightline Energy sent duplicate bills to households across the region last week. "


def test_2_an_expectation_with_should_is_a_denial(nlp):
    pairs = [("Brightline Energy said no customers should be affected by the billing error.",
              "About 12,000 customers were affected by the billing error, the regulator said."),
             ("Brightline Energy said no customer should be out of pocket as a result of the error.",
              "Consumer groups said 3,000 customers were out of pocket as a result of the error.")]
    for a, b in pairs:
        assert _kind(_conflicts(nlp, BILLING + a, BILLING + b, DAY, DAY), ConflictKind.CONTRADICTION), a


def test_2_near_miss_a_bound_is_still_a_norm():
    from claims.conflicts.contradictions import _compared_or_owed_blanked
    for text in ("no family should have to wait for a new boiler", 'no fitter "should wait more than a month"',
                 "no household should see its bill rise by more than 5% this winter"):
        assert not _compared_or_owed_blanked(text).strip(), text
    assert _compared_or_owed_blanked("no customers should be affected by the error").startswith("no customers")


# --- 3. a preposition before a determiner --------------------------------------------------------

def test_3_a_count_sold_through_a_place_sets_a_threshold(nlp):
    lead = "The cup final at Brannock Park sold out in a day. "
    a = lead + "Terrace seats had been advertised from £45."
    for b in ("The supporters' trust estimates that about 9,000 terrace seats sold through the club's "
              "website went for more than £150.",
              "The supporters' trust estimates that about 9,000 terrace seats sold within the first hour "
              "went for more than £150."):
        assert not _kind(_conflicts(nlp, a, lead + b, DAY, DAY), ConflictKind.NUMERIC), b


def test_3_near_miss_a_verb_before_the_determiner_still_opens_a_subject():
    from claims.conflicts.numeric import SUBJECT_BETWEEN
    assert SUBJECT_BETWEEN.search(" members found the cheapest seats cost ")
    assert not SUBJECT_BETWEEN.search(" seats sold through the club's website went ")


# --- 4. a body's word after a determiner ---------------------------------------------------------

def test_4_a_word_written_after_a_determiner_is_no_surname():
    from claims.conflicts.common import _surnames
    said = dict.fromkeys(["The depot will reopen next month, Tarrow Council said.",
                          "A Council spokesman said the buses would run.", "Drivers at Tarrow Coaches backed the offer."])
    assert not _surnames(said, frozenset({"Tarrow", "Council", "Coaches"}))


def test_4_near_miss_a_surname_written_alone_is_kept():
    from claims.conflicts.common import _surnames
    said = dict.fromkeys(["Operations director Priya Lund said the depot had reopened.", "Lund said drivers voted.",
                          "A spokesman said the buses would run."])
    assert _surnames(said, frozenset({"Priya", "Lund"})) == {"Lund"}


# --- 5. an adverb after the modal ---------------------------------------------------------------

ESTATE = "Harlow Mead housing association is selling 200 homes on the Copperfield estate. "


def test_5_an_adverb_after_the_modal_is_no_act(nlp):
    b = ESTATE + "Campaigners said 35 tenants would lose their homes when the sale went through."
    for adverb in ("actually", "ultimately"):
        a = ESTATE + f"The association's chief executive said no tenant would {adverb} lose their home because of the sale."
        assert _kind(_conflicts(nlp, a, b, DAY, DAY), ConflictKind.CONTRADICTION), adverb


def test_5_a_forecast_skips_an_adverb_but_not_a_verb_in_ly():
    from claims.conflicts.contradictions import _forecast_acts
    assert _forecast_acts("Norseway Ferries would eventually cut sailings on the island route")[0] == {"cut"}
    # near miss: "apply" ends in "ly" and is the verb
    assert _forecast_acts("The council would apply the rule to every tenant")[0] == {"appl"}


# --- 6. and 7. told claims ---------------------------------------------------------------------

def test_6_her_after_a_preposition_is_no_determiner():
    from claims.conflicts.told_claims import denies_told_claim, told_claim
    text = "Lawyers acting for her told the court the payments had been approved. They had not."
    assert told_claim(text) is not None and denies_told_claim(text)


def test_6_near_miss_a_participle_after_a_determiner_is_still_no_telling():
    from claims.conflicts.told_claims import _active
    assert not _active().match("Her promised cuts never came")
    assert not _active().match("The informed sources said the plant would close")


def test_7_it_was_telling_is_no_telling():
    from claims.conflicts.told_claims import TELLING, told_claim
    assert not TELLING.match("It was telling that ministers said the line would reopen")
    assert told_claim("It is telling that the council has said nothing about the odour. They did not reply.") is None
    # near miss: g70's telling over a time
    assert TELLING.match("They were telling us the line would reopen")


# --- 8. negators before "just" ------------------------------------------------------------------

def test_8_only_not_before_just_adds():
    from claims.counters import negated
    assert negated("There was no just cause for the dismissals.")
    assert negated("Nothing just happened by chance.")
    # near misses (cr63): "not just", "wasn't only" add
    assert not negated("It was not just a rumour.")
    assert not negated("It wasn't only the fares.")


# --- 9. irregular participles after "none of the X" ----------------------------------------------

def test_9_an_irregular_participle_after_none_of_keeps_c60s_reading():
    from claims.conflicts.contradictions import _Wording
    assert _Wording.of("None of the stores were sold, the administrators said.").total_acts
    (clause,) = _Wording.of("None of the money was spent on consultants.").negated_clauses
    assert clause[0] != "spent"
    # near miss (h70): a predicate that is no participle is the head
    (clause,) = _Wording.of("None of the stolen paintings was of great value, the director said.").negated_clauses
    assert clause[0] == "great"
