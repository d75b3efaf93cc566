"""Round d36 (disputes set against the wrong claim): docs/conflicts.md, "Added in round d36".
Articles and sentences written for these tests, about none of the gold cases; each rule has
a near miss."""

from datetime import date
from types import SimpleNamespace

import claims.conflicts.disputes as cc_disputes
from claims.conflicts import find_conflicts
from claims.models import ConflictKind
from claims.overlap import topic_stems
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 11, 20)


def _disputes(nlp, text):
    refs = _claims(nlp, "a", text, "The Valley Courier", DAY)
    by_id = {r.claim.claim_id: r.claim for r in refs}
    return [(by_id[c.claim_a], by_id[c.claim_b]) for c in find_conflicts(refs) if c.kind is ConflictKind.DISPUTE]


def _judged(speaker, role=None, mention=None, voice=None):
    claim = SimpleNamespace(speaker=speaker, speaker_role=role, speaker_mention=mention)
    words = " ".join(filter(None, (speaker, role, mention)))
    return SimpleNamespace(claim=claim, voice=topic_stems(words) if voice is None else voice)


# --- a possessive owner is the party itself, not the people around it ------------------------------

def test_the_family_and_the_barrister_are_not_the_owner():
    owner = topic_stems("Pask")
    family = _judged("Pask's family", mention="Pask's family")
    barrister = _judged("Helen Ware KC", role="Mr Pask's barrister", mention="Mr Pask's barrister")
    assert not (owner & cc_disputes._principal_voice(family))
    assert not (owner & cc_disputes._principal_voice(barrister))
    # What they are stays in their voice.
    assert topic_stems("family") <= cc_disputes._principal_voice(family)


def test_near_miss_an_officer_still_speaks_for_its_party():
    owner = topic_stems("union")
    spokesman = _judged("Alan Hobb", role="the union's spokesman")
    assert owner <= cc_disputes._principal_voice(spokesman)
    # And the party named plainly in another field keeps its name.
    plain = _judged("Dorian Pask", role="Pask's lawyer", mention="Pask")
    assert topic_stems("Pask") <= cc_disputes._principal_voice(plain)


COURT = ("A court jailed the property developer Dorian Pask for seven years on Friday for defrauding "
         "about 400 savers.\n\n"
         "Pask's family said he had always been innocent and would appeal against the verdict.\n\n"
         "His barrister, Helen Ware KC, said her client had shown remorse and had sold his house to repay savers.\n\n"
         "Judge Thomas Reed said the jury had been right to reject Pask's claim that the money had been lost "
         "in a failed hotel deal in Spain.")


def test_a_rejection_of_the_owners_claim_is_not_set_against_his_family(nlp):
    judge = [(a, b) for a, b in _disputes(nlp, COURT) if "Reed" in (a.speaker or "") + (b.speaker or "")]
    others = {(a.speaker if "Reed" not in (a.speaker or "") else b.speaker) for a, b in judge}
    assert not any("family" in (s or "") or "Ware" in (s or "") for s in others), others


def test_near_miss_the_owners_own_words_are_still_rejected(nlp):
    text = COURT.replace("Pask's family said he had always been innocent and would appeal against the verdict.",
                         "Pask told the court that the money had been lost in a failed hotel deal in Spain.")
    judge = [(a, b) for a, b in _disputes(nlp, text) if "Reed" in (a.speaker or "") + (b.speaker or "")]
    assert any("hotel deal" in a.text and "Reed" in (b.speaker or "") for a, b in judge), judge


# --- a figure noun the rejection gives a value is that value's figure -------------------------------

WATER = ("The water regulator said it had received 420 complaints about discoloured tap water in the town "
         "since March.\n\n"
         "But a residents' group said the true number was far higher. Clearwater Now said it had heard from "
         "about 1,500 households with brown water.\n\n"
         "\"The official figure of 420 is a serious undercount,\" said Jane Morrow, the group's founder.")


def test_a_figure_given_a_value_targets_that_value(nlp):
    found = [(a, b) for a, b in _disputes(nlp, WATER) if "undercount" in b.text]
    assert found and all("420" in a.text for a, _ in found), found


def test_near_miss_a_figure_without_a_value_still_takes_the_figure_just_before(nlp):
    text = WATER.replace("The official figure of 420 is", "That figure is")
    found = [(a, b) for a, b in _disputes(nlp, text) if "undercount" in b.text]
    # With no value of its own, the noun points at the figure said just before (c9).
    assert found and all("1,500" in a.text for a, _ in found), found


# --- "not ... without" is a double negation ---------------------------------------------------------

def test_without_under_a_negator_says_the_thing_present():
    absent = cc_disputes._absent_stems("We cannot expand further without putting wages at risk")
    assert topic_stems("wages").isdisjoint(absent)


def test_near_miss_a_plain_without_still_says_absent():
    assert topic_stems("pay rise") <= cc_disputes._absent_stems("drivers went four years without a pay rise")
    # A negator in another clause does not govern it.
    assert topic_stems("pay rise") <= cc_disputes._absent_stems("They did not strike, without a pay rise since May")


HARBOUR = ("The harbour company raised its pay offer to 8% on Tuesday and said it was its last.\n\n"
           "\"We cannot go further without putting jobs at risk,\" said its chief executive, Mark Tullow.\n\n"
           "The dockers' union rejected the suggestion that jobs were at risk. \"The harbour made a record profit "
           "last year,\" its secretary said.\n\n"
           "About 5,000 more jobs in the town depend on the harbour, according to the council.")


def test_a_rejected_clause_finds_the_double_negation_that_said_it(nlp):
    found = [(a, b) for a, b in _disputes(nlp, HARBOUR) if "suggestion" in b.text]
    assert found and "without putting jobs at risk" in found[0][0].text, found
    assert not any("5,000" in a.text for a, _ in found), found
