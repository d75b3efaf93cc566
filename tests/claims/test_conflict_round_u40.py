"""Rules of round u40, from a review of the predictions nobody labelled: a rejecting cue
whose object is a thing put forward ("rejected a request from the union to delay the
vote", "rejected calls for an inquiry") declines it and disputes no claim of the story,
unless that claim tells the same thing accepted. Sentences written for these tests, about
none of the gold cases; each rule has a near miss."""

from datetime import date

from claims.lexicon import declined_proposal_pattern
from tests.claims.test_conflict_round_t11 import _joins
from tests.claims.test_conflict_round_t12 import _disputes

# --- a declined proposal disputes no claim ------------------------------------------------


def test_a_request_declined_is_set_against_no_claim(nlp):
    text = ("The Harlow Teachers' Union said the vote had been close, with four of the eleven governors voting "
            "against. The Fenmoor Academy Trust rejected a request from the union to postpone the vote until "
            "after the holidays.")
    pairs = _disputes(nlp, (text, "Outlet A", date(2027, 3, 2)))
    assert not _joins(pairs, "the vote had been close", "a request from the union")


def test_a_declined_proposal_still_opposes_its_acceptance(nlp):
    # Near miss: the other claim tells the same application approved; the two outcomes
    # oppose each other (a contradiction of outcomes, shown as the dispute it was).
    approval = ("The Westbrook planning committee approved the developer's application to build 60 homes on the "
                "old depot site, the council said on Monday.")
    refusal = "The Westbrook planning committee rejected the developer's application to build 60 homes on the old depot site."
    pairs = _disputes(nlp, (approval, "Outlet A", date(2027, 4, 8)), (refusal, "Outlet B", date(2027, 4, 9)))
    assert _joins(pairs, "approved the developer's application", "the developer's application to build 60 homes")


def test_a_rejected_claim_is_still_disputed(nlp):
    # Near miss: the object is what was said (the union's figures), not a thing put forward.
    claim = ("Crab fishermen in Penhallow say this year's quota cut will leave 120 boats tied up in the harbour, "
             "according to the Penhallow Fishermen's Association.")
    rejection = "The fisheries minister, Gwen Tallis, rejected the association's figures on idle boats."
    pairs = _disputes(nlp, (claim, "Outlet A", date(2027, 4, 8)), (rejection, "Outlet B", date(2027, 4, 9)))
    assert _joins(pairs, "120 boats", "the association's figures")


def test_a_proposal_noun_opening_a_clause_is_what_was_denied():
    # The noun is the subject of a that-less clause: what was said of the plan is denied.
    assert declined_proposal_pattern().match(" the developer's application to build 40 homes")
    assert not declined_proposal_pattern().match(" the application would cost the town its green belt")
    assert not declined_proposal_pattern().match(" the offer was worth 4% over two years")


def test_a_deal_or_a_merger_rejected_is_declined():
    from claims.lexicon import rejects_a_claim
    assert not rejects_a_claim("Drivers at the Kelham depot rejected the overtime deal in March")
    assert not rejects_a_claim("Voters in Ostley rejected the merger with their larger neighbour")
    # Near misses: what was said of the deal, or an account of it, is rejected.
    assert rejects_a_claim("the union denied the deal had collapsed")
    assert rejects_a_claim("the union rejected the company's account of the deal")


# --- a rejection of a figure answers a claim giving one -------------------------------------


def test_a_rejected_number_answers_no_claim_giving_none(nlp):
    text = ("Ruddle Buses said 96% of its services ran on time in October. Passengers at Ruddle bus station said "
            "services were often late. The Ruddle Bus Users' Group said it did not accept that number.")
    pairs = _disputes(nlp, (text, "Outlet A", date(2027, 4, 8)))
    assert not _joins(pairs, "services were often late", "it did not accept that number")
    # Near miss: where no claim gives a figure, the rejection keeps the target it found.
    bare = ("Passengers at Ruddle bus station said services were often late. "
            "The Ruddle Bus Users' Group said it did not accept that number.")
    assert _joins(_disputes(nlp, (bare, "Outlet A", date(2027, 4, 8))), "services were often late", "did not accept")


def test_a_rejected_figure_still_answers_the_claim_giving_it(nlp):
    # Near misses: the party's claim with a count, and a multiple told in words.
    claim = ("The Harwell Residents' Association said the airport had ignored its letters about night flights. "
             "The association said it had logged 340 noise complaints in June.")
    rejection = ("Harwell Airport pushed back on the residents' association's noise figures, saying its own "
                 "monitors showed no breach.")
    pairs = _disputes(nlp, (claim, "Outlet A", date(2027, 4, 8)), (rejection, "Outlet B", date(2027, 4, 9)))
    assert _joins(pairs, "340 noise complaints", "noise figures")
    doubled = ("Passengers at Ruddle bus station said on Monday that services were often late and that fares had "
               "doubled. A spokesman for Ruddle Buses said he did not accept that figure.")
    assert _joins(_disputes(nlp, (doubled, "Outlet A", date(2027, 4, 8))), "fares had doubled", "did not accept that figure")


# --- agreed to one thing, refused another -------------------------------------------------


def _contradictions(nlp, *articles):
    from claims.models import ConflictKind
    from tests.claims.test_conflict_round_t12 import _pairs_of_kind
    return _pairs_of_kind(nlp, ConflictKind.CONTRADICTION, articles)


def test_a_refusal_and_an_approval_of_two_things_do_not_contradict(nlp):
    first = ("A wildfire in the hills above Calvera has burned about 4,000 hectares of forest, the regional agency "
             "said on Monday. Some residents refused to leave, the mayor said.")
    second = ("A wildfire in the hills above Calvera has burned about 4,000 hectares of forest, firefighters said on "
              "Tuesday. The regional government has approved €12 million in emergency aid, a spokesperson said.")
    pairs = _contradictions(nlp, (first, "Outlet A", date(2027, 5, 3)), (second, "Outlet B", date(2027, 5, 4)))
    assert not _joins(pairs, "refused to leave", "approved €12 million")


def test_a_refusal_and_an_agreement_of_one_thing_still_contradict(nlp):
    # Near miss: both claims name what was decided (compensation).
    first = ("The Kellan Street traders said the county council had agreed to pay compensation for the weeks of "
             "roadworks, their chairman said on Monday.")
    second = ("The county council refused a request for compensation from the Kellan Street traders over the "
              "roadworks, a council spokesperson said.")
    pairs = _contradictions(nlp, (first, "Outlet A", date(2027, 5, 3)), (second, "Outlet B", date(2027, 5, 4)))
    assert _joins(pairs, "agreed to pay compensation", "refused a request for compensation")
