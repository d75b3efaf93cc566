"""Round g57, an eleventh fact-checker's review of fresh stories (docs/review_g57.md): a
children's charity's spending row, a council's temporary accommodation and B&B row, a
full-fibre rollout and a banned advertisement. Defects fixed, each with near misses.
Sentences written for these tests, not the gold.

b. "£6.2m." before a capitalised word ends the sentence (`_abbreviated_unit_breaks`): the
   tokenizer kept "m." as an abbreviation and the parser ran two sentences into one claim.
c. A rejecting word by which the speaker owns its error ("We got this wrong", "our figure
   ... was calculated on the wrong basis") rejects nothing another party said
   (`_owns_the_error`).
d. "longer than" and "beyond" before a figure bound it from below, "shorter than" from
   above (claims/data/quantity_qualifiers.json): "for longer than six weeks" is met by a
   stay of 19 weeks.
e. A figure after "of which" / "of whom", or before "of the" and the group's own figure
   ("11 of the 14 villages"), is a part of a whole (`PARTITIVE_PRONOUN_BEFORE`,
   `PARTITIVE_AFTER`), no rival of the whole."""

from __future__ import annotations

from datetime import date

from claims.lexicon import rejects_a_claim
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims, _conflicts, _numeric

DAY = date(2026, 10, 6)


def _kind(nlp, a, b, kind):
    return [c for c in _conflicts(nlp, a, b, DAY, DAY) if c.kind is kind]


# --- b. a figure's unit before a full stop ---------------------------------------------------

def test_b_a_sentence_ends_after_a_sum_in_millions(nlp):
    doc = nlp("Harewood's income rose 18% to £4.3m. Legacies accounted for £1.1m.")
    assert [s.text for s in doc.sents] == ["Harewood's income rose 18% to £4.3m.", "Legacies accounted for £1.1m."]


def test_b_the_next_sentence_keeps_its_own_speaker(nlp):
    refs = _claims(nlp, "x", 'Opposition councillors have put the total cost at £19m. The council leader, '
                             'Marian Doyle, said that figure was "invented".', "Outlet")
    (invented,) = [r.claim for r in refs if "invented" in r.claim.text]
    assert invented.speaker == "Marian Doyle"


def test_b_no_break_before_a_lower_case_word(nlp):
    # near miss: "m." inside a sentence that goes on in lower case
    doc = nlp("Its debt fell to 2.5m. in the spring and rose again.")
    assert len(list(doc.sents)) == 1


# --- c. an error owned is no rejection --------------------------------------------------------

def test_c_owned_errors_reject_nothing():
    assert not rejects_a_claim("We got this wrong and families suffered because of it")
    assert not rejects_a_claim("We accept that our figure of 80p was calculated on the wrong basis")
    assert not rejects_a_claim("I was wrong to say that")


def test_c_another_partys_error_still_rejects():
    # near misses: the wrong is another's
    assert rejects_a_claim("Our figure is right and the union's figure is wrong")
    assert rejects_a_claim("our latest figures show the union is wrong")
    assert rejects_a_claim("We believe the regulator's figure of 64p was calculated on the wrong basis")


def test_c_an_apology_does_not_dispute_the_finding(nlp):
    finding = "The regulator said it had found that 64p in every pound the charity spent went on its work."
    apology = ('The chief executive, Ruth Aske, said: "We accept that our figure of 80p was calculated on the '
               'wrong basis. It should have been 64p."')
    assert not _kind(nlp, finding, apology, ConflictKind.DISPUTE)


def test_c_a_rejection_of_the_finding_is_still_a_dispute(nlp):
    # near miss: the same words said of the regulator's figure
    finding = "The regulator said it had found that 64p in every pound the charity spent went on its work."
    rejection = "The chief executive, Ruth Aske, said the regulator's figure of 64p was calculated on the wrong basis."
    assert _kind(nlp, finding, rejection, ConflictKind.DISPUTE)


# --- d. "longer than", "beyond": bounds of a length --------------------------------------------

def test_d_a_stay_longer_than_a_limit_is_no_rival_of_a_longer_stay(nlp):
    assert not _numeric(nlp, "The charity said 37 families had stayed in hotels for longer than six weeks.",
                        "The council said the family had stayed in the hotel for 19 weeks.")


def test_d_two_stated_lengths_still_compare(nlp):
    # near miss: no bound word, two accounts of one stay
    assert _numeric(nlp, "The mother said the family had stayed in the hotel for 22 weeks.",
                    "The council said the family had stayed in the hotel for 15 weeks.")


# --- e. a part named by "of which" or "N of the M" ---------------------------------------------

def test_e_of_which_names_a_part(nlp):
    assert not _numeric(nlp, "The council spent £14.6m on temporary housing in the last financial year, up from £9.8m.",
                        "The council said its spending on temporary housing was £14.6m last year, of which £9.2m "
                        "was paid to hotels and private landlords.")


def test_e_a_part_of_a_counted_whole(nlp):
    assert not _numeric(nlp, "The audit also found that 11 of the 14 villages the campaign said had been dropped "
                             "from the plan had no date for building.",
                        "The campaign group said 14 villages had been quietly removed from the plan in February.")


def test_e_two_totals_still_compare(nlp):
    # near miss: two accounts of the whole
    assert _numeric(nlp, "The council spent £14.6m on temporary housing last year, the council said.",
                    "The opposition said the council spent £21m on temporary housing last year.")


def test_e_a_part_still_meets_a_rival_count_of_another_size(nlp):
    # near miss: "96 of the 500 products" is a part of 500, not of the 14 counted elsewhere
    assert _numeric(nlp, "The campaign said 96 of the 500 products in the price freeze were shrunk before the freeze.",
                    "The retailer said 14 products in the price freeze were shrunk before the freeze.")
