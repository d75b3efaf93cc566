"""Round h70, a sixteenth fact-checker's review of fresh stories (docs/review_h70.md): a gym
chain's collapse, a national museum's missing objects, a county's pothole backlog. Defects
fixed, each with near misses. Sentences written for these tests, not the gold.

a. A negated subject with its own predicate denies the predicate, not the subject: "None of
   the X is of high value", "no X would lose ..." (`contradictions._subject_denied`); and a
   count of X that does not tell the act is no count of what "no X would VERB" denies
   (`contradictions._acted_denials`, c60's `_act_untold`), unless the count says its things
   were left without something (`_lack_stems`).
b. A rejecting word that decides a claim for money ("rejected nine in ten claims", "rejected
   her claim" where a sum was claimed) rejects nothing anyone said
   (`disputes._decides_a_filed_claim`).
c. A rejection naming the figure it rejects by its digits ("the tenants' figure of 4,300")
   is aimed at another party's claim telling that figure (`disputes._named_figure_target`).
"""

from __future__ import annotations

from datetime import date

from claims.conflicts.contradictions import _acted_denials, _Wording
from claims.conflicts.disputes import _named_figure_words
from claims.models import ConflictKind
from tests.claims.test_conflict_round_t40 import _dispute_targets
from tests.claims.test_figure_roles import _claims, _conflicts

DAY = date(2026, 4, 7)
LATER = date(2026, 4, 14)


def _kind(conflicts, kind):
    return [c for c in conflicts if c.kind is kind]


# --- a. a negated subject with its own predicate ------------------------------------------------

GALLERY = "Thieves broke into the Ravelstone Gallery on Sunday night and took 14 paintings. "


def test_a_none_of_the_things_denies_the_predicate():
    (clause,) = _Wording.of("None of the stolen paintings was of great value, the director said.").negated_clauses
    assert clause[0] != "stolen" and "great" in clause[1] and "paint" in clause[1]


def test_a_none_of_the_things_is_no_denial_of_the_things(nlp):
    a = GALLERY + "The gallery's director said none of the stolen paintings was of great value."
    for b in ("Police said they had recovered six of the stolen paintings in a lock-up garage.",
              "The gallery has sent a list of the stolen paintings to auction houses."):
        assert not _kind(_conflicts(nlp, a, GALLERY + b, DAY, DAY), ConflictKind.CONTRADICTION), b


def test_a_near_miss_a_participle_after_none_of_keeps_c60s_reading():
    # "none of the drivers was sacked" is a total denial of the sacking (c60), read as before
    assert _Wording.of("None of the drivers was sacked, the company said.").total_acts


ESTATE = "Harlow Mead housing association is selling 200 homes on the Copperfield estate. "


def test_a_no_thing_would_act_is_no_denial_of_the_things(nlp):
    a = ESTATE + "The association's chief executive said no tenant would lose their home because of the sale."
    for b in ("About 4,200 tenants live on the Copperfield estate, according to the association.",
              "Tenants' leaders said hundreds of tenants had written to the association about the sale."):
        assert not _kind(_conflicts(nlp, a, ESTATE + b, DAY, DAY), ConflictKind.CONTRADICTION), b


def test_a_the_act_of_a_no_thing_would_is_read():
    assert _acted_denials("no tenant would lose their home") == ((frozenset({"tenant"}), frozenset({"lose"})),)
    # near miss: a passive keeps the old reading, the things are what is denied
    assert _acted_denials("no jobs will be lost at the plant") == ()


def test_a_near_miss_a_count_telling_the_act_still_opposes(nlp):
    a = ESTATE + "The association's chief executive said no tenant would lose their home because of the sale."
    b = ESTATE + "Campaigners said 35 tenants would lose their homes when the sale went through."
    assert _kind(_conflicts(nlp, a, b, DAY, DAY), ConflictKind.CONTRADICTION)


def test_a_near_miss_a_count_left_without_still_opposes(nlp):
    lead = "The Hallbrook tram depot will close in June. "
    a = lead + "The operator said that no line would lose its service after the closure."
    b = lead + "The closure will leave four lines without a service, the drivers' union said."
    assert _kind(_conflicts(nlp, a, b, DAY, DAY), ConflictKind.CONTRADICTION)


# --- b. a claim for money ------------------------------------------------------------------

FLOODS = ("Brightmoor Insurance covers most homes in Pellow Vale, where hundreds of households were flooded last "
          "winter. The insurer received 5,200 claims for flood damage last year and paid 640 of them, it said. ")


def test_b_counted_claims_rejected_are_a_decision(nlp):
    text = FLOODS + "Rowan Etheridge, who chairs the residents' group, said the insurer rejected eight in ten claims."
    found = _dispute_targets(_claims(nlp, "a", text, "Pellow Gazette", DAY), "eight in ten claims")
    assert not found, found


def test_b_a_single_claim_for_a_sum_rejected_is_a_decision(nlp):
    text = (FLOODS + "Marisa Quayle, a childminder, said she had claimed £2,300 for a ruined kitchen. "
            "The insurer rejected her claim, saying the policy did not cover surface water.")
    found = _dispute_targets(_claims(nlp, "a", text, "Pellow Gazette", DAY), "her claim")
    assert not found, found


def test_b_near_miss_a_claim_that_is_still_a_statement(nlp):
    text = (FLOODS + "Residents said the insurer had delayed payments for months. "
            "Brightmoor rejected claims that it had delayed payments.")
    found = _dispute_targets(_claims(nlp, "a", text, "Pellow Gazette", DAY), "that it had delayed payments")
    assert found


# --- c. a figure named by its digits ---------------------------------------------------------

RENTS = ("Fernway Homes is raising rents at the Orchard Rise blocks in Hollin Vale. The Orchard Rise Tenants' "
         "Group said 4,300 households had faced rent rises of more than 10% this year. Residents of the nearby "
         "Mill Court estate said they had been told of a 6% rise from May. A spokesperson for Fernway said the "
         "residents' figure of 4,300 was \"simply wrong\". The company said most rises were below inflation.")


def test_c_a_figure_named_by_its_digits_is_the_target(nlp):
    found = _dispute_targets(_claims(nlp, "a", RENTS, "Orchard Echo", DAY), "figure of 4,300")
    assert found and all("4,300 households" in t for t in found), found


def test_c_the_figure_named_and_not_a_reasons():
    assert _named_figure_words("the tenants' figure of 4,300 was wrong") == ["4,300"]
    assert _named_figure_words("the 18,400 figure was pure spin") == ["18,400"]
    # near misses: a figure of the reason given after, and the rejecter's own true figure
    assert _named_figure_words("the company's figure was misleading because it counted 900 empty flats") == []
    assert _named_figure_words("The real number is well over 700") == []
