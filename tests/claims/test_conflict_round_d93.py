"""Round d93: dispute recall, a rejection read but aimed at the wrong claim or at none.
Sentences written for these tests, not the gold.

a. A courtesy title is no party's name: "Mr Pellow" and "Mr Renwick" share only "Mr", and
   the told rejection of one ("We were told ... That was not the case," Mr Pellow wrote)
   answers the other's claim (`common._voice_stems` leaves out conflict_voice_honorifics.txt).
b. A told clause faulting the rejecter's own statement ("The airport told us our count was
   wrong"), answered by a finding bearing it out ("found our count was close"), rejects
   what it was told (`told_claims.vindicates_own_statement`, conflict_told_vindications.txt);
   its target is the teller's rejection of that statement, which names no figure itself.
c. A claim told after a rejection in its article, sharing with it only a statement noun
   ("the findings"), is not its target."""

from __future__ import annotations

from claims.conflicts.common import _voice_stems
from claims.conflicts.told_claims import denies_told_claim, vindicates_own_statement
from tests.claims.test_conflict_round_d89 import DAY, _disputes
from tests.claims.test_figure_roles import _claims

WOOD_A = ("A developer's plan for 400 homes at Ashcombe Farm was approved on Tuesday. Tobias Renwick, the "
          "company's planning director, said the scheme would bring new shops to the village. Mr Renwick "
          "said no ancient woodland would be felled.")
WOOD_B = ("Work on the Ashcombe Farm estate began last month. \"We were told that no ancient woodland would be "
          "felled. That was not the case,\" Mr Idris Pellow, who chairs the parish council, wrote to the "
          "planning committee.")


def test_a_courtesy_title_is_no_voice(nlp):
    refs = _claims(nlp, "a", WOOD_A, "Outlet A", DAY)
    voices = [_voice_stems(r.claim) for r in refs if r.claim.speaker]
    assert voices and not any("mr" in v for v in voices), voices


def test_a_told_rejection_answers_another_mister(nlp):
    found = _disputes(nlp, WOOD_B, WOOD_A)
    assert any("ancient woodland would be felled" in a and "That was not the case" in b
               or "ancient woodland would be felled" in b and "That was not the case" in a
               for a, b in found), found


def test_b_vindication_shapes():
    assert vindicates_own_statement("our count included flights that landed late",
                                    "The commission checked it, flight by flight, and found our count was close.")
    assert vindicates_own_statement("our figures were misleading", "The regulator has found that we were right.")
    assert vindicates_own_statement("our survey was unrepresentative", "The audit found the same thing we did.")
    assert denies_told_claim("The council told us our figures were wrong. The auditor checked them and found "
                             "them sound.")
    # near misses: a negated finding, the rejecter's people rather than its statement, a
    # clause not of the rejecter's own, an answer bearing nothing out
    assert not vindicates_own_statement("our figures were wrong", "The review found they were not accurate.")
    assert not vindicates_own_statement("our members were exaggerating", "The review found they were right.")
    assert not vindicates_own_statement("the road would reopen in May", "The review found that was right.")
    assert not vindicates_own_statement("our figures were wrong", "The review will report in June.")


NOISE_A = ("A campaign group has counted 6,210 night flights at Brackley Airport last year. Ranulph Oake, the "
           "airport's chief executive, said the alliance's count was \"simply wrong\".")
NOISE_B = ("An inquiry into night flights at Brackley Airport has reported. \"The airport told us our count "
           "was wrong. The commission checked it, flight by flight, and found our "
           "count was close,\" said Sidonie Vail of the Brackley Night Noise Alliance.")


def test_b_a_vindicated_count_rejects_the_tellers_rejection(nlp):
    found = _disputes(nlp, NOISE_B, NOISE_A)
    assert any("simply wrong" in a + b and "found our count was close" in a + b for a, b in found), found


SPILLS = ("Storm overflows run by Harwell Water released sewage into the River Lune on 23 dry days last year, "
          "the Environmental Regulation Office said on Monday, in breach of the company's permits. Harwell "
          "Water said it did not accept the findings. The river is popular with swimmers in the summer. "
          "Anglers said fish numbers had fallen sharply. The campaign group Clean Lune said the findings "
          "showed the company could not be trusted to report its own data.")


def test_c_a_later_claim_sharing_a_statement_noun_is_no_target(nlp):
    found = _disputes(nlp, SPILLS)
    assert not any("could not be trusted" in a + b and "did not accept the findings" in a + b
                   for a, b in found), found
