"""Round t48 (disputes set against the wrong claim, the owner step): docs/conflicts.md,
"Added in round t48". Sentences written for these tests, about none of the gold cases;
each rule has a near miss."""

from claims.conflicts.disputes import _answers_another, _officer_of
from claims.overlap import topic_stems
from tests.claims.test_conflict_round_t40 import _dispute_targets, _targets


# --- the owner's own rejection of the rejecter's figure is its answer, not its figure -------------

FERRY = ("The seafarers' union said the route's closure would cost 60 crew their jobs. "
         "Union organiser Dara Quinn said the operator's savings figure of £3 million ignored the cost of "
         "chartering a replacement vessel.\n\n"
         "Ferrylink said the union's figures were wrong.")


def test_the_owners_rejection_of_the_rejecters_figure_is_not_the_target(nlp):
    found = _targets(nlp, FERRY, "the union's figures were wrong")
    assert any("60 crew" in t for t in found), found
    assert not any("savings figure" in t for t in found), found


FERRY_CLAIM = FERRY.replace("the union's figures were wrong", "the union's claim was false")


def test_near_miss_a_statement_rejected_keeps_the_owners_rejections(nlp):
    # "the union's claim" names no figure: the rule leaves the owner's claims as they were.
    with_rule = _targets(nlp, FERRY_CLAIM, "the union's claim was false")
    import claims.conflicts.disputes as d
    original = d._own_accounts
    try:
        d._own_accounts = lambda owned, reference, owner: owned
        without_rule = _targets(nlp, FERRY_CLAIM, "the union's claim was false")
    finally:
        d._own_accounts = original
    assert with_rule == without_rule


class _Q:
    def __init__(self, start, value=1.0, unit="count"):
        self.start_char, self.value, self.unit = start, value, unit


class _C:
    def __init__(self, text, quantities):
        self.text, self.start_char, self.quantities = text, 0, quantities


class _J:
    def __init__(self, text, quantities, is_dispute=True):
        self.claim, self.is_dispute = _C(text, quantities), is_dispute


def test_a_rejection_giving_its_own_figure_as_ground_is_no_answer():
    union = topic_stems("union")
    text = "the trust's recruitment figures were misleading, because 110 nurses had left"
    assert not _answers_another(_J(text, [_Q(text.index("110"))]), union)
    quoted = "the company's savings figure of £3 million ignored the cost"
    assert _answers_another(_J(quoted, [_Q(quoted.index("£3"))]), union)
    # the owner's own figure named ("the union's figure of 60") is no answer to another
    own = "the union's figure of 60 was checked twice"
    assert not _answers_another(_J(own, [_Q(own.index("60"))]), union)
    assert not _answers_another(_J(quoted, [_Q(quoted.index("£3"))], is_dispute=False), union)


# --- "Its chair, Ruth Calloway, said": an officer of the party that spoke just before ---------

from datetime import date  # noqa: E402

from tests.claims.test_figure_roles import _claims  # noqa: E402

STORM_A = ("Lenham Power said on Tuesday that it had restored supply to 8,000 homes within a day of the storm. "
           "The Fenby Growers' Federation said 40 farms on the edge of the county had been forgotten. "
           "Its chair, Ruth Calloway, said members had waited an average of 52 hours for power.\n\n"
           "The county council said it had sent generators to 12 farms. "
           "Its emergency planner, Tom Reid, said repair crews had waited 30 hours for the roads to clear.")
STORM_B = ("Lenham Power has rejected the federation's figure for waiting times. A company spokesperson said most farms "
           "were reconnected by the second evening.")


def _story_targets(nlp, a_text, b_text, rejection):
    refs = (_claims(nlp, "a", a_text, "The Fenby Courier", date(2026, 11, 20))
            + _claims(nlp, "b", b_text, "Lenham Business", date(2026, 11, 21)))
    return _dispute_targets(refs, rejection)


def test_an_officer_named_through_its_is_of_the_body_before(nlp):
    found = _story_targets(nlp, STORM_A, STORM_B, "the federation's figure")
    assert any("52 hours" in t for t in found), found
    assert not any("40 farms" in t for t in found), found


def _judged(refs):
    from claims.conflicts.common import _Judged
    return [_Judged(ref=r, claim=r.claim, index=i, own_text=r.claim.text, stems=topic_stems(r.claim.sentence))
            for i, r in enumerate(refs)]


def test_near_miss_an_officer_of_another_body_is_not_the_owners(nlp):
    # "Its emergency planner" follows the council, not the federation; "Its chair" the federation.
    judged = _judged(_claims(nlp, "a", STORM_A, "The Fenby Courier", date(2026, 11, 20)))
    federation = topic_stems("federation")
    officers = {j.claim.text[:20]: _officer_of(federation, j, judged) for j in judged if j.claim.speaker_role}
    assert officers.get("members had waited a") is True, officers
    assert officers.get("repair crews had wai") is False, officers
    assert _officer_of(topic_stems("council"), [j for j in judged if "repair crews" in j.claim.text][0], judged)


# --- a plural rejection of figures answers the figures of one count, not side details -------------

TRAINS = ("Harrowby Trains said 91% of its trains arrived on time in March. "
          "The operator said it would build 4 new platforms at Selby Road by next year. "
          "It said 93% of its trains had arrived on time in April.\n\n"
          "The passenger forum said the operator's punctuality figures were misleading.")


def test_a_plural_rejection_of_figures_leaves_out_a_figure_of_another_count(nlp):
    found = _targets(nlp, TRAINS, "punctuality figures were misleading")
    assert any("91%" in t or "93%" in t for t in found), found
    assert not any("platforms" in t for t in found), found


def test_near_miss_figures_of_the_same_count_are_all_answered(nlp):
    found = _targets(nlp, TRAINS, "punctuality figures were misleading")
    assert any("91%" in t for t in found) and any("93%" in t for t in found), found
