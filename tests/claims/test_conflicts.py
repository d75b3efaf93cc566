"""Conflict rules on hand-made claims (no parse), and a regression floor on the gold."""

import sys
from datetime import date
from pathlib import Path

import pytest

from claims.conflicts import find_conflicts
from claims.conflicts.numeric import interval
from claims.conflicts.disputes import own_words
from claims.models import Claim, ClaimKind, ClaimRef, ConflictKind, Quantity, stable_id

BENCH = Path(__file__).resolve().parents[2] / "bench"


def claim(article, text, sentence=None, *, speaker=None, cue=None, quantities=(), offset=0, sentence_start=None):
    sentence = sentence or text
    start = offset + sentence.index(text)
    return Claim(
        claim_id=stable_id(article, text), article_id=article,
        kind=ClaimKind.BOTH if speaker and quantities else (ClaimKind.ATTRIBUTED if speaker else ClaimKind.QUANTITATIVE),
        text=text, sentence=sentence, sentence_start=offset if sentence_start is None else sentence_start,
        start_char=start, end_char=start + len(text), speaker=speaker, cue=cue, quantities=list(quantities),
    )


def figure(surface, value, low, high, unit, measure, per=None, entities=(), start=0):
    return Quantity(surface=surface, start_char=start, end_char=start + len(surface), value=value, low=low,
                    high=high, unit=unit, measure=measure, per=per, entities=list(entities))


def ref(c, outlet="Outlet A", published=date(2024, 5, 1)):
    return ClaimRef(claim=c, outlet=outlet, published=published)


def statement(article, text, speaker, outlet, published=date(2025, 6, 2)):
    """An attributed claim of one outlet's article, as the conflict rounds' tests write them."""
    return ref(claim(article, text, speaker=speaker, cue="said"), outlet, published)


def turnout(article, text, q, speaker, outlet, published=date(2024, 5, 1)):
    return ref(claim(article, text, speaker=speaker, cue="said", quantities=[q]), outlet, published)


def test_overlapping_qualified_figures_are_not_a_conflict():
    a = turnout("a1", "Nearly 98% of the members of the Tessel dockworkers union who cast votes backed the strike",
                figure("nearly 98%", 98, 95, 98, "percent", "member cast vote"), "Union", "Outlet A")
    b = turnout("b1", "More than 97% of the Tessel dockworkers union members who cast votes backed the strike",
                figure("more than 97%", 97, 97, None, "percent", "member cast vote"), "Wire", "Outlet B")
    assert find_conflicts([a, b]) == []


def test_figures_whose_intervals_do_not_overlap_conflict():
    a = turnout("a1", "The Tessel dockworkers strike is costing shippers about $45 million a day",
                figure("about $45 million a day", 45e6, 40.5e6, 49.5e6, "USD", "cost to shipper", per="day"), "Union", "Outlet A")
    b = turnout("b1", "Analysts said the Tessel dockworkers strike was costing shippers $12 million a day",
                figure("$12 million a day", 12e6, 11.5e6, 12.5e6, "USD", "cost to shipper", per="day"), "Analysts", "Outlet B")
    (conflict,) = find_conflicts([a, b])
    assert conflict.kind is ConflictKind.NUMERIC
    assert "do not overlap" in conflict.reason and "$12 million a day" in conflict.reason


def test_different_rates_or_years_are_not_compared():
    a = turnout("a1", "The Tessel dockworkers strike cost shippers $45 million a day in 2023",
                figure("$45 million a day", 45e6, 44.5e6, 45.5e6, "USD", "cost to shipper", per="day"), "Union", "A")
    b = turnout("b1", "The Tessel dockworkers strike cost shippers $12 million a year in 2023",
                figure("$12 million a year", 12e6, 11.5e6, 12.5e6, "USD", "cost to shipper", per="year"), "Analysts", "B")
    c = turnout("c1", "The Tessel dockworkers strike cost shippers $12 million a day in 2022",
                figure("$12 million a day", 12e6, 11.5e6, 12.5e6, "USD", "cost to shipper", per="day"), "Analysts", "C")
    assert find_conflicts([a, b]) == []
    assert find_conflicts([a, c]) == []


def test_units_of_one_dimension_are_converted_before_comparing():
    a = turnout("a1", "The Zenpay payments outage lasted about four hours on Tuesday",
                figure("about four hours", 4, 3.6, 4.4, "hour", "outage"), "Engineers", "A")
    b = turnout("b1", "The Zenpay payments outage lasted 40 minutes on Tuesday",
                figure("40 minutes", 40, 39.5, 40.5, "minute", "outage"), "Zenpay", "B")
    c = turnout("c1", "The Zenpay payments outage lasted 230 minutes on Tuesday",
                figure("230 minutes", 230, 229.5, 230.5, "minute", "outage"), "Monitor", "C")
    assert [x.kind for x in find_conflicts([a, b])] == [ConflictKind.NUMERIC]
    assert find_conflicts([a, c]) == []


def test_a_percentage_is_never_compared_with_a_count():
    a = turnout("a1", "Tessel harbour employment rose to 48,000 workers",
                figure("48,000", 48000, 47500, 48500, "count", "worker"), "Council", "A")
    b = turnout("b1", "Tessel harbour employment rose by 4% among workers",
                figure("4%", 4, 3.5, 4.5, "percent", "worker"), "Union", "B")
    assert find_conflicts([a, b]) == []


def test_figures_about_different_entities_are_not_compared():
    a = turnout("a1", "Ibsen won the Estmere mayoral election with 54% of the vote",
                figure("54%", 54, 53.5, 54.5, "percent", "vote", entities=["Ibsen"]), None, "A")
    b = turnout("b1", "Quill took about 41 percent of the vote in the Estmere mayoral election",
                figure("about 41 percent", 41, 37, 45, "percent", "vote", entities=["Quill"]), None, "B")
    assert find_conflicts([a, b]) == []


def test_one_voice_in_one_article_does_not_conflict_with_itself():
    a = ref(claim("a1", "Three sources familiar with the Tessel talks said progress was made",
                  quantities=[figure("Three", 3, 3, 3, "count", "source")]))
    b = ref(claim("a1", "two of those three sources said the Tessel talks were challenging",
                  quantities=[figure("two", 2, 2, 2, "count", "source")], offset=80))
    assert find_conflicts([a, b]) == []


def test_a_rejection_in_the_same_sentence_disputes_the_other_party_figure():
    sentence = ("The chief executive said the levy would cost the studios over $900 million a year, "
                "a figure that the union leader said was exaggerated.")
    cost = claim("a1", "the levy would cost the studios over $900 million a year", sentence,
                 speaker="Chief Executive", cue="said",
                 quantities=[figure("over $900 million a year", 9e8, 9e8, None, "USD", "cost", per="year")])
    rejection = claim("a1", "a figure that the union leader said was exaggerated", sentence,
                      speaker="Union Leader", cue="said")
    (conflict,) = find_conflicts([ref(cost), ref(rejection)])
    assert conflict.kind is ConflictKind.DISPUTE
    assert (conflict.claim_a, conflict.claim_b) == (cost.claim_id, rejection.claim_id)
    assert conflict.reason.startswith("Union Leader (Outlet A) rejects the claim by Chief Executive")  # (y58)


def test_a_rejection_nested_in_another_claim_belongs_to_its_own_speaker():
    sentence = "The executive said it would cost $5 million, a figure that the mayor said was exaggerated."
    outer = claim("a1", "it would cost $5 million, a figure that the mayor said was exaggerated", sentence,
                  speaker="Executive", cue="said")
    inner = claim("a1", "a figure that the mayor said was exaggerated", sentence, speaker="Mayor", cue="said")
    assert "exaggerated" not in own_words(outer, [outer, inner])
    conflicts = find_conflicts([ref(outer), ref(inner)])
    assert [(c.claim_a, c.claim_b) for c in conflicts] == [(outer.claim_id, inner.claim_id)]


def test_a_denial_answers_the_earlier_claim_it_names():
    first = "Investigators linked the Carrow outbreak to a cooling tower at the Brightwater Hotel."
    second = "Brightwater Hotels denied that its cooling tower was the source of the outbreak."
    link = claim("a1", "the Carrow outbreak to a cooling tower at the Brightwater Hotel", first,
                 speaker="Investigators", cue="linked")
    other = claim("a1", "visitors should avoid the spa", "Officials said visitors should avoid the spa.",
                  speaker="Officials", cue="said", offset=len(first) + 1)
    denial = claim("a1", "its cooling tower was the source of the outbreak", second, speaker="Brightwater Hotels",
                   cue="denied", offset=len(first) + 60)
    (conflict,) = find_conflicts([ref(link), ref(other), ref(denial)])
    assert (conflict.kind, conflict.claim_a, conflict.claim_b) == (ConflictKind.DISPUTE, link.claim_id, denial.claim_id)


def test_opposite_assessments_of_one_matter_are_a_weaker_contradiction():
    a = ref(claim("a1", "the Tessel port negotiators are close to a deal on automation", speaker="Authority", cue="said"))
    b = ref(claim("b1", "the Tessel port negotiators remain far apart on automation", speaker="Union", cue="said"), "B")
    (conflict,) = find_conflicts([a, b])
    assert conflict.kind is ConflictKind.CONTRADICTION
    assert conflict.score < 0.7


def test_conflict_ids_do_not_depend_on_input_order():
    a = turnout("a1", "The Tessel dockworkers strike is costing shippers about $45 million a day",
                figure("about $45 million a day", 45e6, 40.5e6, 49.5e6, "USD", "cost to shipper", per="day"), "Union", "A")
    b = turnout("b1", "Analysts said the Tessel dockworkers strike was costing shippers $12 million a day",
                figure("$12 million a day", 12e6, 11.5e6, 12.5e6, "USD", "cost to shipper", per="day"), "Analysts", "B")
    assert [c.conflict_id for c in find_conflicts([a, b])] == [c.conflict_id for c in find_conflicts([b, a])]


@pytest.mark.parametrize(
    ("low", "high", "value", "expected"),
    [(None, None, 5.0, (4.75, 5.25)), (5.0, None, 5.0, (4.75, float("inf"))), (None, 5.0, 4.0, (float("-inf"), 5.25))],
)
def test_interval_widens_by_the_rounding_tolerance_and_keeps_open_sides(low, high, value, expected):
    q = Quantity(surface="x", start_char=0, end_char=1, value=value, low=low, high=high, unit="USD")
    assert interval(q, 0.05) == pytest.approx(expected)


def test_gold_conflict_detection_does_not_regress(nlp):
    """Floors just under what bench/conflicts_eval.py measures today; raise them as rules improve."""
    sys.path.insert(0, str(BENCH))
    from conflicts_eval import cases_of, evaluate
    from gold_claims import read_jsonl

    cases = read_jsonl("conflicts.jsonl")
    # (group, recall floor, precision floor): the cases the rules were written on, where
    # precision must stay high, then independent annotators' cases opened for error
    # analysis, where the rules must carry.
    floors = [("original", 0.79, 0.92), ("ho", 0.88, 0.92), ("ho3", 0.85, 0.95), ("ho5", 0.58, 0.85),
              ("ho7", 0.75, 0.85), ("ho8", 0.72, 0.85), ("ho9", 0.60, 0.75), ("c8", 0.85, 0.95)]
    # ho8 holds, since round c9, the five cases of conflicts_heldout8.jsonl opened then
    # (62 conflicts in all; P 0.848 R 0.629 when opened, before that round's rules).
    for group, recall, precision in floors:
        result = evaluate(cases_of(group, cases), nlp)
        assert result["recall"] >= recall, group
        assert result["precision (labelled pairs)"] >= precision, group
        if group == "ho5":
            assert result["recall numeric"] in {f"{n}/12" for n in range(10, 13)}


def test_a_rejection_naming_the_owner_of_a_claim_disputes_that_party():
    first = "Turnout was 61%, according to the Estmere Electoral Commission."
    second = "Analysts at the institute said rents rose 4% in March."
    third = "Opposition leader Harriet Quill called the electoral commission's figure a fantasy."
    turnout = claim("a1", first, first, quantities=[figure("61%", 61, 60.5, 61.5, "percent", "turnout")])
    rents = claim("a1", "rents rose 4% in March", second, speaker="Analysts", cue="said",
                  offset=len(first) + 1, quantities=[figure("4%", 4, 3.5, 4.5, "percent", "rent")])
    offset = len(first) + len(second) + 2
    rejection = claim("a1", "the electoral commission's figure a fantasy", third, speaker="Harriet Quill",
                      cue="called", offset=offset)
    (conflict,) = find_conflicts([ref(turnout), ref(rents), ref(rejection)])
    assert (conflict.claim_a, conflict.claim_b) == (turnout.claim_id, rejection.claim_id)


# --- disputes: apposition, owners, sentence order ---------------------------------------


def test_a_rejection_in_apposition_disputes_the_figure_of_the_sentence_holding_it():
    sentence = ("Tessel Foods reported a 14% rise in annual sales, a figure that analysts at Kestrel "
                "said overstated the chain's underlying growth.")
    holder = claim("a1", sentence, quantities=[figure("14%", 14, 13.5, 14.5, "percent", "rise in sale",
                                                      start=sentence.index("14%"))])
    rejection = claim("a1", "a figure that analysts at Kestrel said overstated the chain's underlying growth",
                      sentence, speaker="Kestrel", cue="said")
    (conflict,) = find_conflicts([ref(holder), ref(rejection)])
    assert (conflict.kind, conflict.claim_a, conflict.claim_b) == (ConflictKind.DISPUTE, holder.claim_id,
                                                                    rejection.claim_id)


def test_a_denial_inside_a_sentence_with_an_age_is_not_a_dispute_of_that_figure():
    sentence = "Krell, 52, denied all charges at the Tessel court on Monday."
    holder = claim("a1", sentence, quantities=[figure("52", 52, 52, 52, "count", "age", start=7)])
    denial = claim("a1", "all charges", sentence, speaker="Krell", cue="denied")
    assert find_conflicts([ref(holder), ref(denial)]) == []


def test_a_rejection_of_the_ministry_claim_finds_the_minister_figure():
    first = ("Education Minister Cora Velde said standards were rising and pointed to the recruitment of "
             "2,000 new maths teachers for Tessel secondary schools.")
    second = "Union leader Ada Brink disputed the ministry's claim to have hired new maths teachers for Tessel secondary schools."
    hired = claim("a1", first, quantities=[figure("2,000", 2000, 1995, 2005, "count", "math teacher",
                                                  start=first.index("2,000"))])
    other = claim("a1", "38,000 teaching posts were unfilled", "The association said 38,000 teaching posts were unfilled.",
                  speaker="Teachers' Association", cue="said", offset=len(first) + 1,
                  quantities=[figure("38,000", 38000, 37500, 38500, "count", "teaching post")])
    offset = len(first) + 60
    rejection = claim("b1", "the ministry's claim to have hired new maths teachers for Tessel secondary schools", second,
                      speaker="Ada Brink", cue="disputed", offset=offset)
    conflicts = [c for c in find_conflicts([ref(hired), ref(other), ref(rejection, "B")]) if c.kind is ConflictKind.DISPUTE]
    assert [(c.claim_a, c.claim_b) for c in conflicts] == [(hired.claim_id, rejection.claim_id)]


def test_a_claim_later_in_the_same_sentence_is_not_what_a_rejection_answers():
    sentence = ('The department said the vacancy claim was "not supported by the data." Minister Lo said '
                "the award would cost $1.1 billion a year.")
    rejection = claim("a1", 'the vacancy claim was "not supported by the data."', sentence,
                      speaker="Department", cue="said")
    later = claim("a1", "the award would cost $1.1 billion a year", sentence, speaker="Lo", cue="said",
                  quantities=[figure("$1.1 billion a year", 1.1e9, 1.05e9, 1.15e9, "USD", "award", per="year")])
    assert [c for c in find_conflicts([ref(rejection), ref(later)]) if c.claim_a == later.claim_id] == []


# --- numeric: sources, measures, scope --------------------------------------------------


def test_the_source_named_among_a_figure_entities_does_not_make_it_about_something_else():
    a = turnout("a1", "the number of confirmed Carrow cases had reached 54",
                figure("54", 54, 53.5, 54.5, "count", "confirmed case", entities=["Carrow"]), "County officials", "A")
    b = turnout("b1", "it had treated more than 70 confirmed Carrow cases",
                figure("more than 70", 70, 70, None, "count", "confirmed case", entities=["St. Aldhelm's Hospital Trust"]),
                "Hospital Trust", "B")
    assert [c.kind for c in find_conflicts([a, b])] == [ConflictKind.NUMERIC]


def test_counts_of_different_measures_each_named_in_the_other_claim_conflict():
    a = turnout("a1", "Tessel officers recorded 2,340 burglaries in 2023",
                figure("2,340", 2340, 2335, 2345, "count", "burglary"), "Police", "A")
    b = turnout("b1", "the number of Tessel burglaries recorded by police in 2023 was 3,100",
                figure("3,100", 3100, 3050, 3150, "count", "record"), "Safety office", "B")
    assert [c.kind for c in find_conflicts([a, b])] == [ConflictKind.NUMERIC]


def test_a_count_named_only_in_the_other_sentence_is_not_the_same_measure():
    sentence = "Tessel Foods, which employs 48,000 people, said it would open 40 new stores."
    a = ref(claim("a1", "it would open 40 new stores", sentence, speaker="Tessel Foods", cue="said",
                  quantities=[figure("40", 40, 36, 44, "count", "store")]))
    b = turnout("b1", "The Tessel Foods group, which has 61,000 staff, plans new stores",
                figure("61,000", 61000, 60500, 61500, "count", "staff"), None, "B")
    assert find_conflicts([a, b]) == []


def test_figures_of_different_stated_scopes_are_not_compared():
    text_a = "the Zenpay outage affected 1.2 million users in Europe"
    text_b = "about 3 million Zenpay users worldwide reported outage problems"
    a = turnout("a1", text_a, figure("1.2 million", 1.2e6, 1.15e6, 1.25e6, "count", "user",
                                     start=text_a.index("1.2")), "Zenpay", "A")
    b = turnout("b1", text_b, figure("about 3 million", 3e6, 2.7e6, 3.3e6, "count", "user",
                                     start=text_b.index("about")), "OutageWatch", "B")
    assert find_conflicts([a, b]) == []
    c = turnout("c1", "about 3 million Zenpay users reported outage problems",
                figure("about 3 million", 3e6, 2.7e6, 3.3e6, "count", "user"), "OutageWatch", "C")
    assert [x.kind for x in find_conflicts([a, c])] == [ConflictKind.NUMERIC]


def test_a_measure_only_framing_the_other_sentence_is_not_the_same_measure():
    a = turnout("a1", "The Tessel heatwave destroyed a third of the wheat crop, with losses for farmers estimated at $320 million",
                figure("$320 million", 3.2e8, 3.15e8, 3.25e8, "USD", "loss"), None, "A")
    b = turnout("b1", "Tessel's government opened a $40 million relief fund for farmers",
                figure("$40 million", 4e7, 3.6e7, 4.4e7, "USD", "relief fund for farmer"), None, "B")
    assert find_conflicts([a, b]) == []


# --- contradictions: directions, estimates, inflections ---------------------------------


def test_opposite_directions_of_one_thing_contradict():
    a = ref(claim("a1", "Tessel exam standards were higher than ever", speaker="Minister", cue="said"))
    b = ref(claim("b1", "Tessel exam standards were falling after years of underfunding", speaker="Union", cue="said"), "B")
    (conflict,) = find_conflicts([a, b])
    assert conflict.kind is ConflictKind.CONTRADICTION and conflict.score < 0.7


def test_opposite_directions_of_different_things_do_not_contradict():
    # Names ("Tessel Harbour") tell the story, not what rises or falls.
    a = ref(claim("a1", "rents in Tessel Harbour were higher than ever", speaker="Agency", cue="said"))
    b = ref(claim("b1", "wages in Tessel Harbour were falling", speaker="Union", cue="said"), "B")
    assert find_conflicts([a, b]) == []


def test_closer_to_a_figure_is_an_estimate_not_an_assessment():
    a = ref(claim("a1", "the true cost of the Tessel port strike was closer to $12 million a day",
                  speaker="Authority", cue="said"))
    b = ref(claim("b1", "the Tessel port strike negotiators remain far apart on automation", speaker="Union", cue="said"), "B")
    assert find_conflicts([a, b]) == []


def test_a_negated_predicate_meets_its_inflected_affirmation():
    a = ref(claim("a1", "every affected Tessel school building had been surveyed", speaker="Authority", cue="said"))
    b = ref(claim("b1", "several Tessel school buildings had not yet been surveyed", speaker="Heads", cue="said"), "B")
    (conflict,) = find_conflicts([a, b])
    assert conflict.kind is ConflictKind.CONTRADICTION


# --- disputes: the rejected clause, figures of the owner's side -------------------------


def _outbreak_story(rejected: str, cue: str = "disputed"):
    first = "Tessel health director Ana Vell said the Carrow outbreak was contained."
    second = "The Tessel health department has confirmed 42 measles cases in Carrow."
    contained = claim("a1", "the Carrow outbreak was contained", first, speaker="Ana Vell", cue="said")
    cases = claim("a1", "42 measles cases in Carrow", second, speaker="Tessel Health Department", cue="confirmed",
                  offset=len(first) + 1, quantities=[figure("42", 42, 41.5, 42.5, "count", "measles case")])
    sentence = f"Dr Samuel Osei {cue} {rejected}."
    rejection = claim("b1", rejected, sentence, speaker="Samuel Osei", cue=cue)
    return contained, cases, rejection


def test_a_rejection_saying_what_was_claimed_answers_the_claim_saying_it():
    contained, cases, rejection = _outbreak_story("the department's claim that the Carrow outbreak was under control")
    disputes = [c for c in find_conflicts([ref(contained), ref(cases), ref(rejection, "B")])
                if c.kind is ConflictKind.DISPUTE]
    assert [(c.claim_a, c.claim_b) for c in disputes] == [(contained.claim_id, rejection.claim_id)]


def test_a_rejection_of_the_owner_figure_still_answers_the_figure():
    contained, cases, rejection = _outbreak_story("the department's figure for measles cases in Carrow")
    disputes = [c for c in find_conflicts([ref(contained), ref(cases), ref(rejection, "B")])
                if c.kind is ConflictKind.DISPUTE]
    assert [(c.claim_a, c.claim_b) for c in disputes] == [(cases.claim_id, rejection.claim_id)]


def _strike_article(rejected: str):
    first = "The Tessel Dockworkers' Alliance said 2,300 of its members had joined the strike."
    second = "Union general secretary Tom Brenn said the stoppage had halted container traffic at Tessel port."
    third = f"The port authority said {rejected}."
    pay = "The union wants a 9% pay rise from the port."
    joined = claim("a1", "2,300 of its members had joined the strike", first, speaker="Tessel Dockworkers' Alliance",
                   cue="said", quantities=[figure("2,300", 2300, 2250, 2350, "count", "member")])
    halted = claim("a1", "the stoppage had halted container traffic at Tessel port", second, speaker="Tom Brenn",
                   cue="said", offset=len(first) + 1).model_copy(update={"speaker_role": "Union general secretary"})
    seeking = claim("a1", pay, pay, offset=len(first) + len(second) + 2,
                    quantities=[figure("9%", 9, 8.5, 9.5, "percent", "pay rise")])
    rejection = claim("a1", rejected, third, speaker="Port authority", cue="said",
                      offset=len(first) + len(second) + len(pay) + 3)
    disputes = [c for c in find_conflicts([ref(joined), ref(halted), ref(seeking), ref(rejection)])
                if c.kind is ConflictKind.DISPUTE]
    return joined, halted, rejection, disputes


def test_a_rejected_figure_of_a_party_that_gave_none_is_the_figure_counting_what_it_names():
    joined, halted, rejection, disputes = _strike_article("the union's figure for the number of strikers was inflated")
    assert [(c.claim_a, c.claim_b) for c in disputes] == [(joined.claim_id, rejection.claim_id)]


def test_a_rejected_statement_of_that_party_is_its_statement_not_a_figure():
    joined, halted, rejection, disputes = _strike_article(
        "the union's claim that the stoppage had halted container traffic was false")
    assert [(c.claim_a, c.claim_b) for c in disputes] == [(halted.claim_id, rejection.claim_id)]


# --- numeric: periods, stocks, figures set against another's ----------------------------


def test_figures_of_one_measure_for_different_months_do_not_conflict():
    def inflation(article, text, surface, value, low, high, who, outlet):
        return turnout(article, text, figure(surface, value, low, high, "percent", "inflation",
                                             start=text.index(surface)), who, outlet)

    may = inflation("a1", "Tessel inflation was 4.6% in May", "4.6%", 4.6, 4.55, 4.65, "Statistics office", "A")
    june = inflation("b1", "Tessel inflation fell to just under 4% in June", "just under 4%", 4.0, 3.8, 4.0,
                     "Opposition", "B")
    assert find_conflicts([may, june]) == []
    june_too = inflation("c1", "Tessel inflation was 4.6% in June", "4.6%", 4.6, 4.55, 4.65, "Statistics office", "C")
    assert [c.kind for c in find_conflicts([june_too, june])] == [ConflictKind.NUMERIC]


def test_the_size_of_a_whole_is_not_a_count_of_those_affected():
    def customers(article, text, surface, value, low, high, who, outlet):
        return turnout(article, text, figure(surface, value, low, high, "count", "customer",
                                             start=text.index(surface)), who, outlet)

    whole = customers("a1", "Tessel Mobile has about 9 million customers", "about 9 million", 9e6, 8.1e6, 9.9e6,
                      None, "A")
    affected = customers("b1", "the Tessel Mobile breach affected 2.7 million customers", "2.7 million", 2.7e6,
                         2.65e6, 2.75e6, "Regulator", "B")
    assert find_conflicts([whole, affected]) == []
    said = customers("c1", "the Tessel Mobile breach affected about 1.2 million customers", "about 1.2 million",
                     1.2e6, 1.08e6, 1.32e6, "Tessel Mobile", "C")
    assert [c.kind for c in find_conflicts([said, affected])] == [ConflictKind.NUMERIC]


def test_a_figure_set_against_another_figure_measures_the_same_thing():
    crowd = turnout("a1", "Tessel Rovers' opening home game drew a crowd of 31,000",
                    figure("31,000", 31000, 30500, 31500, "count", "crowd"), "Tessel Rovers", "A")
    plain = "attendance at Tessel Rovers' opening home game was just under 24,000"
    trust = turnout("b1", plain, figure("just under 24,000", 24000, 22800, 24000, "count", None), "Supporters", "B")
    assert find_conflicts([crowd, trust]) == []
    against = turnout("c1", plain + ", far below the club's figure",
                      figure("just under 24,000", 24000, 22800, 24000, "count", None), "Supporters", "C")
    assert [c.kind for c in find_conflicts([crowd, against])] == [ConflictKind.NUMERIC]


# --- contradictions: new assessments, stories in time -----------------------------------


def test_a_united_and_a_divided_coalition_contradict_within_one_story_in_time():
    united = ref(claim("a1", "the Tessel coalition was united behind the pension bill", speaker="Minister", cue="said"))
    divided = ref(claim("b1", "the Tessel coalition is deeply divided on the pension bill", speaker="Deputy",
                        cue="said"), "B", date(2024, 5, 3))
    (conflict,) = find_conflicts([united, divided])
    assert conflict.kind is ConflictKind.CONTRADICTION
    months_later = ref(divided.claim, "B", date(2024, 9, 1))
    assert find_conflicts([united, months_later]) == []


def test_an_incident_contained_and_still_going_on_contradict():
    contained = ref(claim("a1", "the Tessel Mobile breach had been contained on Friday", speaker="Chief executive",
                          cue="said"))
    ongoing = ref(claim("b1", "attackers still had access to the Tessel Mobile network on Sunday",
                        speaker="Researcher", cue="said"), "B")
    assert [c.kind for c in find_conflicts([contained, ongoing])] == [ConflictKind.CONTRADICTION]
    # "contained" as "held" is not an assessment of an incident.
    files = ref(claim("c1", "the leaked Tessel Mobile files contained 4 million records", speaker="Analyst",
                      cue="said"), "C")
    assert [c for c in find_conflicts([files, ongoing]) if c.kind is ConflictKind.CONTRADICTION] == []


def _talks_article(article, main, others, outlet):
    refs, offset = [], 0
    for i, sentence in enumerate([main, *others]):
        refs.append(ref(claim(article, sentence, sentence, speaker=f"{article} voice {i}", cue="said", offset=offset),
                        outlet))
        offset += len(sentence) + 1
    return refs


def test_short_articles_of_one_story_contradict_when_the_claims_share_names():
    # The two articles share few words (a story score near 0.12, under `same_story`), but
    # the two assessments name the same port.
    far = _talks_article("a1", "the two sides remain far apart on pay at Tessel port",
                         ["Dockers walked out at dawn over shift patterns and overtime rules.",
                          "Perishable goods were spoiling on the quayside, exporters said."], "A")
    close = _talks_article("b1", "negotiators at Tessel port were close to an agreement",
                           ["The talks ran until after midnight at a hotel by the estuary.",
                            "Cafes by the docks are empty and lorry drivers have gone home."], "B")
    assert [c.kind for c in find_conflicts(far + close)] == [ConflictKind.CONTRADICTION]


def test_in_a_loosely_related_article_an_assessment_naming_nothing_shared_does_not_contradict():
    far = _talks_article("a1", "the two sides remain far apart on pay at Tessel port",
                         ["Dockers walked out at dawn over shift patterns and overtime rules.",
                          "Perishable goods were spoiling on the quayside, exporters said."], "A")
    close = _talks_article("b1", "negotiators were close to an agreement",
                           ["The talks at Tessel port ran until after midnight at a hotel by the estuary.",
                            "Cafes by the docks are empty and lorry drivers have gone home."], "B")
    assert find_conflicts(far + close) == []


def _ward_figures(b_text, b_surface, b_measure):
    def count(article, text, surface, value, measure, who, outlet):
        return turnout(article, text, figure(surface, value, value - 0.5, value + 0.5, "count", measure,
                                             start=text.index(surface)), who, outlet)

    a = count("a1", "Eleven patients have been hospitalised, most of them young children from the eastern Tessel "
              "townships", "Eleven", 11, "patient", "Department", "A")
    b = count("b1", b_text, b_surface, 17, b_measure, None, "B")
    others = [ref(claim("z1", s, s, speaker="Officials", cue="said"))
              for s in ["Tessel wards were busy", "Tessel clinics opened late", "Tessel schools wrote to parents",
                        "doctors in Tessel urged vaccination", "children in Tessel missed school"]]
    return find_conflicts([a, b, *others])


def test_figures_of_one_named_measure_conflict_below_the_usual_share_of_rare_words():
    # The two sentences share little besides "patients" (about 0.12 of their rare words).
    conflicts = _ward_figures("Internal figures shared with the Post show 17 patients were admitted since the "
                              "outbreak began, with nurses stretched across clinics", "17", "patient")
    assert [c.kind for c in conflicts] == [ConflictKind.NUMERIC]


def test_figures_of_other_measures_are_not_compared_below_the_usual_share():
    conflicts = _ward_figures("Internal figures shared with the Post show 17 beds were kept for patients since the "
                              "outbreak began, with nurses stretched across clinics", "17", "bed")
    assert conflicts == []


def test_a_thing_said_not_to_exist_and_counted_by_another_contradict():
    def counted(article, text, surface, low, high, measure, who, outlet):
        q = figure(surface, None, low, high, "count", measure, start=text.index(surface))
        return ref(claim(article, text, speaker=who, cue="said", quantities=[q]), outlet)

    none = ref(claim("a1", "there had been no fish deaths in the Tessel river", speaker="Plant manager", cue="said"))
    dead = counted("b1", "anglers collected hundreds of dead fish from the Tessel river", "hundreds", 200, 1000,
                   "dead fish", "Angling club", "B")
    assert [c.kind for c in find_conflicts([none, dead])] == [ConflictKind.CONTRADICTION]
    # Counting other things (new nurses, not new cases) is no answer to "no new cases"; new
    # patients are new cases (c8 round: claims/data/conflict_denial_synonyms.txt, as the
    # second annotator's gold reads "no new cases" / "two new patients").
    no_cases = ref(claim("a1", "no new cases had been reported in Tessel in nine days", speaker="Director", cue="said"))
    nurses = counted("b1", "Tessel wards had hired two new nurses since Friday", "two", 2, 2, "new nurse",
                     "Doctor", "B")
    assert find_conflicts([no_cases, nurses]) == []
    patients = counted("b1", "Tessel wards had admitted two new patients since Friday", "two", 2, 2, "new patient",
                       "Doctor", "B")
    assert [c.kind for c in find_conflicts([no_cases, patients])] == [ConflictKind.CONTRADICTION]
