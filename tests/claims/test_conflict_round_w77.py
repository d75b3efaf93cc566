"""Round w77 (a rejection's target must not depend on what else the store holds):
docs/conflicts.md, "Round w77". Articles written for these tests, about none of the gold
cases.

Before w77 the content step of the dispute target (`_ranked_by_content`) weighed words by
their rarity among all claims of the store, so articles of other stories sharing a common
word ("farmers", "cost", "cancelled") moved a candidate's score across the 0.3 floor and
the rejection lost a target (and the conflict its reviewed id)."""

from datetime import date

from claims.conflicts import find_conflicts
from claims.models import ConflictKind
from claims.overlap import background_weights, topic_stems
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 5, 12)

STORY = [
    ("s1", "Dairy Weekly",
     "Dairy farmers in the Ormley valley are being paid about 4 pence a litre below what it costs them to "
     "produce their milk as feed and fuel bills climb, the farmers' union said on Tuesday. "
     "The union said 60 farms had left the trade since the spring. "
     "Bracken Dairies, the largest buyer in the valley, pays 29 pence a litre.\n\n"
     "The union's chair, Ruth Amble, said the price had not kept pace with feed and fuel."),
    ("s2", "The Ormley Post",
     "Bracken Dairies has rejected suggestions that it pays farmers below the cost of production. "
     "A spokesperson said its price was among the highest in the region and that it had raised it twice this year."),
]

# Other stories, sharing only common words with the story ("farmers", "cost", "paid",
# "cancelled", "produce").
OTHERS = [
    ("u1", "Coastal Times",
     "Ferry crossings to the islands were cancelled on Friday because of high winds, the operator said. "
     "Farmers on the islands said the cancelled sailings would cost them feed deliveries. "
     "The operator said it would refund the cost of cancelled tickets."),
    ("u2", "Rural Herald",
     "Farmers in the north said the cost of fertiliser had doubled in two years. "
     "Arable farmers said they would plant less wheat, and some had cancelled orders for new machinery. "
     "The farmers' group said the cost of diesel was also rising."),
    ("u3", "City Echo",
     "The council cancelled the summer festival, saying the cost of security had risen to £400,000. "
     "Organisers said farmers who sell produce at the festival would lose their busiest weekend."),
    ("u4", "Paper Four", "Growers said supermarkets paid them below the cost of producing vegetables this winter."),
    ("u5", "Paper Five",
     "Pig farmers said they were paid less than it costs to produce pork, and some cancelled plans to expand."),
    ("u6", "Paper Six",
     "The airline cancelled 40 flights, and passengers said the cost of rebooking was paid by them."),
    ("u7", "Paper Seven", "Farmers said the cost of hay had risen sharply after a wet summer."),
]


def _story_conflicts(nlp, articles):
    """(kind, conflict id, claim a, claim b) of the conflicts between the story's claims."""
    refs = [r for aid, outlet, text in articles for r in _claims(nlp, aid, text, outlet, DAY)]
    of_story = {r.claim.claim_id for r in refs if r.claim.article_id.startswith("s")}
    return sorted((c.kind.value, c.conflict_id, c.claim_a, c.claim_b) for c in find_conflicts(refs)
                  if c.claim_a in of_story and c.claim_b in of_story)


def test_a_storys_conflicts_are_the_same_alone_and_beside_other_stories(nlp):
    alone = _story_conflicts(nlp, STORY)
    assert any(kind == ConflictKind.DISPUTE.value for kind, *_ in alone), alone
    for n in range(1, len(OTHERS) + 1):
        assert _story_conflicts(nlp, STORY + OTHERS[:n]) == alone, n


def test_the_rejection_answers_both_claims_saying_what_it_rejects(nlp):
    # "rejected suggestions that it pays farmers below the cost of production": the union's
    # "paid ... below what it costs them to produce" and the buyer's price, alone or not.
    refs = [r for aid, outlet, text in STORY + OTHERS for r in _claims(nlp, aid, text, outlet, DAY)]
    by_id = {r.claim.claim_id: r.claim.text for r in refs}
    targets = [by_id[c.claim_a] + " / " + by_id[c.claim_b] for c in find_conflicts(refs)
               if c.kind is ConflictKind.DISPUTE]
    assert any("below what it costs" in t and "suggestions that it pays" in t for t in targets), targets


def test_background_weights_do_not_learn_from_the_store():
    # A word's weight is the same whatever texts are judged, and a rare word weighs more
    # than a common one ("fertiliser" / "cost").
    weights = background_weights()
    assert weights.weight(topic_stems("fertiliser")) > weights.weight(topic_stems("cost")) > 0
    assert weights.weight(topic_stems("farmers cost")) == \
        weights.weight(topic_stems("farmers")) + weights.weight(topic_stems("cost"))
