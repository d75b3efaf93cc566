"""Round e62 (rejections worded with no rejecting verb): docs/conflicts.md, "Added in round
e62". Articles and sentences written for these tests, about none of the gold cases; each
rule has a near miss."""

from datetime import date

from claims.conflicts import find_conflicts
from claims.lexicon import rejects_a_claim
from claims.models import ConflictKind

from tests.claims.test_figure_roles import _claims

DAY = date(2026, 12, 1)
LATER = date(2026, 12, 3)

WALKERS = ("The Brindle Valley Walkers' Association said the Hollin estate had closed the footpath through "
           "Hollin Wood to walkers in March. The association said 40 of its members had written to the council.")


def _answered(refs, answer):
    """The texts the disputes set against the claim holding `answer`: as a dispute, or as
    the rejection appended to another rule's conflict of the same two claims (a
    counter-statement gives way to a contradiction or numeric conflict, its reason kept)."""
    by_id = {r.claim.claim_id: r.claim.text for r in refs}
    found = []
    for c in find_conflicts(refs):
        a, b = by_id[c.claim_a], by_id[c.claim_b]
        if (answer in a or answer in b) and (c.kind is ConflictKind.DISPUTE or " rejects " in c.reason):
            found.append(a if answer in b else b)
    return found


# --- a negated restatement of another party's claim rejects it ---------------------------------

def test_a_negated_restatement_rejects_the_claim_it_restates(nlp):
    answer = ("The Hollin estate said on Wednesday that it has not closed the footpath through Hollin Wood to "
              "walkers. Estate manager Joan Pritt said a broken gate had been mended.")
    refs = _claims(nlp, "a", WALKERS, "Brindle Gazette", DAY) + _claims(nlp, "b", answer, "Dales Post", LATER)
    found = _answered(refs, "has not closed the footpath")
    assert any("had closed the footpath" in t for t in found), found


def test_near_miss_a_negated_reason_nobody_gave_restates_nothing(nlp):
    # The estate agrees it closed the path and denies only a purpose nobody told: most of its
    # negated clause is words the association never said.
    answer = ("Estate manager Joan Pritt said the estate had not closed the path to keep ramblers away from "
              "its pheasant pens.")
    refs = _claims(nlp, "a", WALKERS, "Brindle Gazette", DAY) + _claims(nlp, "b", answer, "Dales Post", LATER)
    assert _answered(refs, "had not closed the path to keep") == []


def test_near_miss_a_negation_of_another_matter_answers_nothing(nlp):
    answer = "Estate manager Joan Pritt said the estate had not yet decided whether to sell Hollin Wood."
    refs = _claims(nlp, "a", WALKERS, "Brindle Gazette", DAY) + _claims(nlp, "b", answer, "Dales Post", LATER)
    assert _answered(refs, "had not yet decided") == []


# --- "in fact": a counter-figure answers the other party's, not the speaker's own --------------

def test_an_in_fact_figure_rejects_the_other_partys_figure(nlp):
    said = "The Ferrow Ramblers said membership of the Ferrow walking scheme had fallen to 800 this year."
    answer = ("A spokesman for the organisers said membership of the Ferrow walking scheme had in fact risen to "
              "1,150 this year.")
    refs = _claims(nlp, "a", said, "Ferrow Echo", DAY) + _claims(nlp, "b", answer, "Ferrow Radio", LATER)
    found = _answered(refs, "had in fact risen to 1,150")
    assert any("fallen to 800" in t for t in found), found


def test_near_miss_a_party_correcting_its_own_figure_rejects_nothing(nlp):
    said = "The Ferrow Ramblers said last week that 300 volunteers had signed up for the winter walks."
    answer = "The Ferrow Ramblers said on Friday that 340 volunteers had in fact signed up for the winter walks."
    refs = _claims(nlp, "a", said, "Ferrow Echo", DAY) + _claims(nlp, "b", answer, "Ferrow Radio", LATER)
    assert _answered(refs, "had in fact signed up") == []


def test_counter_clauses_skip_a_condition_and_a_negated_rejection():
    from claims.counters import counter_clauses
    assert counter_clauses("If members are not consulted, the plan will fail") == []
    assert counter_clauses("Nobody disputes that the river flooded the lane") == []
    assert counter_clauses("the lane was not flooded, and the bridge stayed open") == ["the lane was not flooded"]
    # a figure's comma is no clause break
    assert counter_clauses("membership had in fact risen to 1,150 this year")[0].split()[-1] == "year"


def test_a_restatement_holds_mostly_the_other_claims_words():
    from claims.counters import restates
    from claims.overlap import topic_stems
    other = topic_stems("the Hollin estate had closed the footpath through Hollin Wood to walkers")
    assert restates("it has not closed the footpath through Hollin Wood", other)
    assert not restates("the estate had not closed the path to keep ramblers away from its pheasant pens", other)


# --- a comparison with what was claimed; a phrase saying it never happened ----------------------

def test_a_comparison_with_what_was_claimed_rejects_it():
    from claims.counters import compares_with_a_statement
    assert compares_with_a_statement("the harbour's debts were far smaller than claimed")
    assert compares_with_a_statement("the real cost is much higher than the council admits")
    assert compares_with_a_statement("the flood damage was far worse than the official count")
    assert compares_with_a_statement("at less than the £4 million reported elsewhere")


def test_near_miss_a_comparison_with_a_figure_or_a_time_rejects_nothing():
    from claims.counters import compares_with_a_statement
    assert not compares_with_a_statement("more than 400 cases were reported in June")
    assert not compares_with_a_statement("sales were higher than last year, he said")
    assert not compares_with_a_statement("far more than the 1,800 announced by the company")
    assert not compares_with_a_statement("costs were higher than the council had forecast")


def test_a_phrase_saying_it_never_happened_rejects():
    from claims.counters import counter_phrase
    assert counter_phrase("That is not what happened")
    assert counter_phrase("It never happened")
    assert counter_phrase("That was never true")
    assert not counter_phrase("It was not what we expected")


def test_near_miss_an_event_named_as_never_held_is_no_counter_phrase():
    # An account of an event against another's (c62's contradiction), not a rejection.
    from claims.counters import counter_phrase
    assert not counter_phrase("The meeting never happened")
    assert not counter_phrase("the open day at the depot did not take place")


# --- a negated rejecting verb agrees ------------------------------------------------------------

def test_a_negated_rejecting_verb_agrees():
    assert not rejects_a_claim("Nobody disputes that the river flooded the lane")
    assert not rejects_a_claim("the council did not deny the lane had flooded")
    # near misses: a rejecting verb not negated, and a cue that holds its own "not"
    assert rejects_a_claim("the council disputes that the river flooded the lane")
    assert rejects_a_claim("the figure is not true")


def test_near_miss_a_plan_denied_restates_no_price_close(nlp):
    # "no plans to close" denies an aim; "shares closed 4.2% lower" is a trading day's end:
    # read as the contradiction rule reads them (`_assessed_words`), they share the place only.
    denial = "Pellow Foods said it had no plans to close the Tarrant bakery."
    market = "Traders said Pellow Foods shares closed 4.2% lower after it cut jobs at the Tarrant bakery."
    refs = _claims(nlp, "a", market, "Market Wire", DAY) + _claims(nlp, "b", denial, "Tarrant News", LATER)
    assert _answered(refs, "no plans to close") == []


def test_near_miss_a_negation_of_other_words_in_an_agreeing_clause_restates_nothing(nlp):
    # Most of the clause is the other's ("the board ... consulted"), but what it says is not
    # so ("the unions") is another matter than what was said ("lawyers").
    said = "Analysts said the Corriemoor board consulted lawyers before the sale of its depot."
    answer = "Staff representatives said the Corriemoor board had never consulted the unions before the sale of its depot."
    refs = _claims(nlp, "a", said, "City Wire", DAY) + _claims(nlp, "b", answer, "Labour Desk", LATER)
    assert _answered(refs, "never consulted the unions") == []
