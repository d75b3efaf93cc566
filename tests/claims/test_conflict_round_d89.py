"""Round d89: dispute recall, rejections told without a rejecting or negating word.
Sentences written for these tests, not the gold.

a. A party saying few of its people would agree with what another party just said ("Ms
   Hale said few passengers who waited for refunds would agree") rejects that claim
   (`counters.dissent`, claims/data/conflict_dissent_phrases.txt): it is a rejection and
   points back at the claim before it. Not "few would disagree" (agrees) nor "few would
   agree to pay more" (a choice forecast)."""

from __future__ import annotations

from datetime import date

from claims.conflicts import find_conflicts
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 5, 11)


def _disputes(nlp, text, other="", other_day=DAY):
    refs = _claims(nlp, "a", text, "Outlet A", DAY)
    if other:
        refs += _claims(nlp, "b", other, "Outlet B", other_day)
    by_id = {r.claim.claim_id: r.claim for r in refs}
    return [(by_id[c.claim_a].text, by_id[c.claim_b].text) for c in find_conflicts(refs)
            if c.kind is ConflictKind.DISPUTE]


FERRY = ("The Tarrow Isles ferry operator Bellwake cancelled 310 sailings over the winter, the islands' "
         "transport board said on Monday. ")


def test_a_few_would_agree_rejects_the_claim_before_it(nlp):
    text = (FERRY + "Bellwake's managing director, Conall Fenwick, said the company had \"always been honest "
            "with islanders about cancellations\". Ms Orla Drury, who chairs the Tarrow Ferry Users Group, "
            "said few islanders who had waited at the pier would agree.")
    found = _disputes(nlp, text)
    assert any("always been honest" in a + b and "would agree" in a + b for a, b in found), found


def test_a_dissent_shapes():
    from claims.counters import dissent
    assert dissent("few islanders who had waited at the pier would agree")
    assert dissent("Very few of the 4,000 members would recognise that description.")
    assert dissent("not many drivers in the town would agree")
    # near misses: agreement, a forecast of a choice, a clause after the phrase
    assert not dissent("few would disagree")
    assert not dissent("few drivers would agree to pay the new charge")
    assert not dissent("few people would agree that the plan is working")
    assert not dissent("the islanders would agree")


# b. A sum one party set, paid or offered, judged by another as too big or too small ("the
#    fine was out of all proportion", "the offer was far too low", "£10 was an insult")
#    disputes the claim telling that sum (`rebuttals.judged_amount`,
#    claims/data/conflict_amount_judgements.txt and conflict_amount_nouns.txt): the nearest
#    claim before it in its article naming the sum by its noun's family ("fined") or its
#    figure, the outlet's own sentence included.

def test_b_a_fine_judged_out_of_proportion_disputes_the_fine(nlp):
    text = ("The water regulator has fined Harlow Vale Water £4.2m for missing its leakage targets for three "
            "years in a row. The company's chief executive, Imogen Slade, said the fine was \"out of all "
            "proportion\" to what had happened and that the company would appeal.")
    found = _disputes(nlp, text)
    assert any("£4.2m" in a + b and "proportion" in a + b for a, b in found), found


def test_b_an_offer_called_far_too_low(nlp):
    text = ("The Merrow Valley Rail company has offered £150 to each commuter whose season ticket was "
            "affected by the closure of the line. Hal Dunmore, of the Merrow Commuters' Association, said the "
            "offer was \"far too low\".")
    found = _disputes(nlp, text)
    assert any("£150" in a + b and "far too low" in a + b for a, b in found), found


def test_b_judged_amount_shapes():
    from claims.rebuttals import judged_amount
    assert judged_amount('the fine was "unfair and out of all proportion"') == "fine"
    assert judged_amount("£20 was an insult to people who had lost a week's wages") == "£20"
    assert judged_amount("the payout was nowhere near enough") == "payout"
    # near misses: no sum named, prices graded, a comparison of a sum to something else
    assert judged_amount("the police response was out of all proportion") is None
    assert judged_amount("prices were far too high") is None
    assert judged_amount("the fine was announced on Monday") is None


# c. Another party's statement as subject judged by "cherry-picked" (a participle, which
#    otherwise tells what was done to it) or "the tip of the iceberg" (a complement opening
#    on "the", which otherwise places it): claims/data/conflict_judging_participles.txt and
#    conflict_judging_complements.txt, read by `rebuttals._copular_judgement`.

def test_c_cherry_picked_and_tip_of_the_iceberg_judge_a_statement():
    from claims.rebuttals import judges_a_statement
    assert judges_a_statement("the tenants' association's figure was \"cherry-picked\"")
    assert judges_a_statement("the council's count of 212 is only the tip of the iceberg")
    # near misses: a thing as subject, a participle of what was done, "cherry-picked" as a verb
    assert not judges_a_statement("the tip of the iceberg was visible from the ship")
    assert not judges_a_statement("the club cherry-picked players from rival academies")
    assert not judges_a_statement("the association's figure was published on Monday")


def test_b_the_fine_not_the_finding_it_followed(nlp):
    # the sentence telling the fine also tells a finding with a figure of its own: the
    # claim naming the fine is the one judged
    text = ("The rail operator Corrington Trains has been fined £6.5m after an inspection found that hundreds "
            "of trains ran without a working door alarm. In a statement, Corrington said the fine was "
            "\"out of all proportion\" and that it would appeal.")
    found = _disputes(nlp, text)
    assert found and all("£6.5m" in a + b for a, b in found), found
