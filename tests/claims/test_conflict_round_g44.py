"""Round g44, an eighth fact-checker's review of fresh stories (docs/review_g44.md): a rail
operator's punctuality and fares, a university's redundancies, a housing association's
damp and mould. Defects fixed, each with near misses. Sentences written for these tests,
not the gold.

a. The flow's stored claims (`StoredClaim`, `StoredClaimRef`) answer `model_copy` as the
   models do: the numeric rule re-reads "a figure of ..." on a copy of the claim and its
   ref, and the whole run crashed on the first article with such a sentence.
b. A negation narrowed to a cause ("No flight was cancelled because of a shortage of
   pilots") is answered only by a claim naming some word of the cause; and a negation
   inside a clause of cause ("turned away 60 patients because no doctor was available")
   denies nothing a count answers (claims.conflicts.contradictions, `_cause_unmet`,
   `_negated_causes_blanked`). A cause named with "the" or "this" is the story's own event
   and narrows nothing.
c. A claim with "if" or "unless" asserts its words only under its condition (`CONDITIONAL`):
   "no compulsory redundancies if enough curators agreed to retire early" / "14 curators face
   compulsory redundancy".
d. "fell ill", "fell asleep", "fell silent" are no fall (conflict_direction_exceptions.txt).
f. A negated verb of saying and its clause ("Nobody is claiming every train is on time")
   assert nothing (`UNSAID`): a concession, not an assessment of "on time".
g. The meet / miss row opposes only claims about one thing: what the meeting side names
   after its verb must be among the other's words (`_targets_of_two_things`): "committed to
   reaching an agreement" / "voluntary early retirement fell short"."""

from __future__ import annotations

from datetime import date

from claims.conflicts import find_conflicts
from claims.models import ConflictKind, StoredClaimRef
from tests.claims.test_figure_roles import _claims, _conflicts

DAY = date(2026, 5, 3)


def _stored(refs):
    """The refs as the flow reads them back from the store: slotted records."""
    return [StoredClaimRef.of(r) for r in refs]


ANSWERED = ("The organisers said 3,000 people attended the rally in Penrose Square, "
            "but the police gave a figure of around 1,800.")
OTHER = "Police in Penrose said 1,800 people attended the rally in Penrose Square on Saturday."


def test_stored_claims_with_an_answered_figure_do_not_crash_the_rules(nlp):
    refs = _claims(nlp, "a", ANSWERED, "Outlet A", DAY) + _claims(nlp, "b", OTHER, "Outlet B", DAY)
    stored = find_conflicts(_stored(refs))
    plain = find_conflicts(refs)
    assert sorted((c.kind, c.claim_a, c.claim_b) for c in stored) == \
        sorted((c.kind, c.claim_a, c.claim_b) for c in plain)


def test_a_stored_claim_copy_changes_only_what_is_updated(nlp):
    (ref,) = _stored(_claims(nlp, "a", OTHER, "Outlet A", DAY))[:1]
    copy = ref.model_copy(update={"outlet": "Outlet C"})
    assert copy.claim is ref.claim and copy.outlet == "Outlet C" and copy.published == DAY
    claim = ref.claim.model_copy(update={"quantities": []})
    assert claim.quantities == [] and ref.claim.quantities and claim.text == ref.claim.text


# --- b. causes ---------------------------------------------------------------------------

def _contradictions(nlp, a, b):
    return [c for c in _conflicts(nlp, a, b, DAY, DAY) if c.kind is ConflictKind.CONTRADICTION]


PILOTS_DENIAL = "No flight was cancelled because of a shortage of pilots, the airline said."


def test_a_denial_of_one_cause_is_not_answered_by_a_count_of_every_case(nlp):
    assert not _contradictions(nlp, PILOTS_DENIAL, "Some 4% of the airline's flights were cancelled in March, "
                                                   "the regulator said.")


def test_a_count_of_that_cause_still_answers_it(nlp):
    assert _contradictions(nlp, PILOTS_DENIAL, "The pilots' union said 85 flights had been cancelled for lack "
                                               "of pilots in March.")


def test_the_story_own_cause_narrows_nothing(nlp):
    assert _contradictions(nlp, "No pupil's exam results will be delayed because of this strike, the school said.",
                           "Parents said 90 pupils had been told their exam results would be delayed.")


def test_a_negation_inside_a_clause_of_cause_is_no_denial(nlp):
    assert not _contradictions(nlp, "The clinic turned away 60 patients last week because no doctor was available, "
                                    "the nurses said.", "The clinic employs 14 doctors, the health board said.")


def test_a_plain_denial_of_the_same_thing_still_meets_the_count(nlp):
    assert _contradictions(nlp, "The clinic had no doctor on duty last week, the nurses said.",
                           "The clinic employs 14 doctors, the health board said.")


# --- c. conditions -----------------------------------------------------------------------

def test_a_conditional_promise_is_not_contradicted_by_the_outcome(nlp):
    assert not _contradictions(nlp, "The museum said there would be no compulsory redundancies if enough curators "
                                    "agreed to retire early.",
                               "The museum confirmed that 14 curators face compulsory redundancy.")
    assert not _contradictions(nlp, "The bypass will not be safe unless the council pays for new barriers, "
                                    "engineers said.", "The bypass is safe, the council said.")


def test_the_same_promise_without_a_condition_still_is(nlp):
    assert _contradictions(nlp, "The museum said there would be no compulsory redundancies among its curators.",
                           "The museum confirmed that 14 curators face compulsory redundancy.")
    assert _contradictions(nlp, "The bypass is not safe, engineers said.", "The bypass is safe, the council said.")


# --- d. falling ill ----------------------------------------------------------------------

RENTS_UP = "Rents on the Calloway estate went up this year, the landlord said."


def test_falling_ill_is_no_fall(nlp):
    assert not _contradictions(nlp, RENTS_UP, "Nobody from the landlord visited the Calloway estate before the "
                                              "tenant's daughter fell ill, the tenant said.")


def test_a_fall_of_the_same_thing_still_opposes_a_rise(nlp):
    assert _contradictions(nlp, RENTS_UP, "Rents on the Calloway estate fell this year, the tenants' group said.")


# --- f. not saying -----------------------------------------------------------------------

LATE = "One islander said her ferry had been late on nine of the last 15 crossings."


def test_not_claiming_a_thing_asserts_nothing(nlp):
    assert not _contradictions(nlp, "\"Nobody is claiming every ferry sails on time,\" the operator's director said.",
                               LATE)
    assert not _contradictions(nlp, "\"We are not saying the ferry is always on time,\" the operator's director "
                                    "said.", LATE)


def test_claiming_it_still_opposes_late_ferries(nlp):
    assert _contradictions(nlp, "\"Every ferry sails on time,\" the operator's director said.", LATE)


# --- g. met one thing, fell short of another ---------------------------------------------

SHORT = ("The museum said 14 curators would be made compulsorily redundant after voluntary early "
         "retirement fell short.")


def test_reaching_an_agreement_is_not_what_fell_short(nlp):
    assert not _contradictions(nlp, "The museum said it remained committed to reaching an agreement with the union.",
                               SHORT)


def test_a_target_met_and_missed_still_opposes(nlp):
    assert _contradictions(nlp, "The museum said it had met its target for visitor numbers in March.",
                           "The museum fell short of its target for visitor numbers in March, figures showed.")
