"""Round d65 (a rejection naming what the owner's figure counts, answered to the owner's
figure of something else): docs/conflicts.md, "round d65". Sentences written for these
tests, about none of the gold cases; each rule has a near miss."""

import claims.conflicts.disputes as cc_disputes
from tests.claims.test_conflict_round_t40 import _targets

# The trust's recruitment figure is told by someone the owner "the trust" is not read in;
# the trust's own voice gives only a figure of something else (beds).
WARDS = ("Wexham Hospitals Trust said 30 beds had been closed over the winter. "
         "Dr Nell Haskins, who leads the overseas drive, said the trust had recruited 140 midwives from abroad this year.\n\n"
         "The midwives' union said the trust's recruitment figures were padded with agency staff.")


def _without_rule(nlp, text, rejection):
    original = cc_disputes._figures_measuring
    try:
        cc_disputes._figures_measuring = lambda measured, dispute, candidates: []
        return _targets(nlp, text, rejection)
    finally:
        cc_disputes._figures_measuring = original


def test_the_figure_naming_what_is_counted_is_answered_not_the_owners_other_figure(nlp):
    found = _targets(nlp, WARDS, "recruitment figures were padded")
    assert any("140 midwives" in t for t in found), found
    assert not any("30 beds" in t for t in found), found


def test_without_the_rule_the_owners_other_figure_was_taken(nlp):
    found = _without_rule(nlp, WARDS, "recruitment figures were padded")
    assert not any("140 midwives" in t for t in found), found


# Near miss: the owner's own figure names the counted thing; another body's figure naming
# it too is not taken over it (the step as before).
OWN = ("Wexham Hospitals Trust said it had recruited 140 midwives from abroad this year. "
       "The regional health board said trusts in the region had recruited 900 nurses.\n\n"
       "The midwives' union said the trust's recruitment figures were padded with agency staff.")


def test_near_miss_the_owners_figure_naming_it_is_still_answered(nlp):
    found = _targets(nlp, OWN, "recruitment figures were padded")
    assert any("140 midwives" in t for t in found), found
    assert not any("900 nurses" in t for t in found), found
    assert found == _without_rule(nlp, OWN, "recruitment figures were padded")


def test_the_rejecters_own_figure_naming_it_is_not_a_candidate(nlp):
    judged = _judged_of(nlp, WARDS + " The union said only 60 midwives had been recruited.")
    rejection = next(j for j in judged if "padded" in j.claim.text)
    own = [j for j in judged if "60 midwives" in j.claim.text]
    measured = cc_disputes._measured_by_rejection(rejection.own_text)
    assert measured and own
    found = cc_disputes._figures_measuring(measured, rejection, judged)
    assert not any("60 midwives" in j.claim.text for j in found), [j.claim.text for j in found]
    assert any("140 midwives" in j.claim.text for j in found), [j.claim.text for j in found]
    assert cc_disputes._figures_measuring(frozenset(), rejection, judged) == []


def _judged_of(nlp, text):
    from datetime import date

    from claims.conflicts.common import _Judged
    from claims.overlap import topic_stems
    from tests.claims.test_figure_roles import _claims
    refs = _claims(nlp, "a", text, "The Valley Courier", date(2026, 11, 20))
    return [_Judged(ref=r, claim=r.claim, index=i, own_text=r.claim.text, stems=topic_stems(r.claim.sentence))
            for i, r in enumerate(refs)]


# --- "The charity rejected the claim": the party's quotation run before it, not only its last sentence

CHARITY = ("A former trustee of the Fernley Animal Trust, Ada Quorn, said that only 40p of every pound donated last year "
           "reached animals in its care. \"The rest went on agencies and salaries at head office,\" she said.\n\n"
           "The trust rejected the claim.")


def test_a_bare_claim_noun_answers_the_whole_run_of_the_party_before(nlp):
    found = _targets(nlp, CHARITY, "the claim")
    assert any("only 40p" in t for t in found), found
    assert any("The rest went" in t or "rest went on agencies" in t for t in found), found


def test_without_the_rule_only_the_last_sentence_was_answered(nlp):
    original = cc_disputes._bare_claim_noun
    try:
        cc_disputes._bare_claim_noun = lambda own_text: False
        found = _targets(nlp, CHARITY, "the claim")
    finally:
        cc_disputes._bare_claim_noun = original
    assert not any("only 40p" in t for t in found), found


# Near miss: two reported sentences of one party are two things said, not one quotation's
# run: "the claim" answers the latest only, as before.
REPORTED = ("Ada Quorn said that only 40p of every pound donated last year reached animals in its care. "
            "Ada Quorn said the Fernley Animal Trust had hired 12 consultants in the spring.\n\n"
            "The trust rejected the claim.")


def test_near_miss_two_reported_sentences_are_not_one_run(nlp):
    found = _targets(nlp, REPORTED, "the claim")
    assert any("12 consultants" in t for t in found), found
    assert not any("only 40p" in t for t in found), found


def test_only_a_bare_definite_claim_noun_counts():
    assert cc_disputes._bare_claim_noun("the claim")
    assert cc_disputes._bare_claim_noun("these allegations.")
    assert not cc_disputes._bare_claim_noun("the claim that fees rose")
    assert not cc_disputes._bare_claim_noun("the decision")
