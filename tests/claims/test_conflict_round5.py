"""Rules of the fifth conflict round (issue #5): pairs of articles visited in either
order, state-subject groups, narrated clauses of long or partly quoted sentences, and the
figure rules of the round. Sentences written for these tests; each rule has a near miss."""

from claims.conflicts import find_conflicts
from claims.models import ConflictKind
from tests.claims.test_conflicts import statement


# --- pairs of articles ------------------------------------------------------------------


def test_a_contradiction_is_found_whatever_order_the_articles_come_in():
    # The later article id comes first in the store: its claim has the lower index.
    a = statement("z1", "the pay talks with the Orwell brewery broke down late on Sunday", "Brewers' Union", "Gazette")
    b = statement("a1", "Orwell brewery negotiators had continued to meet the union on Sunday",
                   "Orwell Brewery", "Courier")
    assert [c.kind for c in find_conflicts([a, b])] == [ConflictKind.CONTRADICTION]
    assert [c.kind for c in find_conflicts([b, a])] == [ConflictKind.CONTRADICTION]


def test_reversed_articles_still_need_one_matter():
    # Near miss: the talks broke down; the strike continues. Nothing near the two verbs agrees.
    a = statement("z1", "the pay talks with the Orwell brewery broke down late on Sunday", "Brewers' Union", "Gazette")
    b = statement("a1", "the strike at the Orwell brewery will continue into next week", "Orwell Brewery", "Courier")
    assert find_conflicts([a, b]) == []


# --- what a state is of -------------------------------------------------------------------


def test_a_line_of_state_subjects_is_one_affair():
    from claims.states import read_states
    ((_, _, won),) = read_states("her victory in the by-election was widely expected")
    ((_, _, win),) = read_states("her win was a result few had predicted")
    assert won & win
    ((_, _, scheme),) = read_states("highways officers raised no objection to the scheme")
    ((_, _, plans),) = read_states("the highways team objected to the plans")
    assert scheme & plans
    # Near miss: affairs of different lines stay apart.
    ((_, _, talks),) = read_states("the talks were widely expected")
    assert not talks & won


def test_names_do_not_push_the_affair_out_of_reach():
    from claims.states import read_states
    keys = {k for _, _, ks in read_states("Varga's move to Harbour City United Football Club has yet to be finalised")
            for k in ks}
    assert "move" in keys
    # Near miss: common words still count towards the reach.
    keys = {k for _, _, ks in read_states("the move of the winger to the big club across the river has yet to be "
                                          "finalised") for k in ks}
    assert "move" not in keys


# --- narrated leading clauses -------------------------------------------------------------


def _narrated(nlp, text):
    from claims.extract import extract_claims, parser_text
    from claims.models import Article, ClaimKind
    article = Article(article_id="g1", source="g1.txt", text=text, outlet="The Gazette")
    return [c.text for c in extract_claims(article, nlp(parser_text(text))) if c.kind is ClaimKind.NARRATED]


def test_the_clause_before_a_statement_is_the_outlets(nlp):
    text = ("The returning officer turned down a request from the Green team for a recount, saying the margin "
            "was \"well outside\" the range that would justify one.")
    assert _narrated(nlp, text) == ["The returning officer turned down a request from the Green team for a recount"]
    # Near miss: with no comma before the statement, the clause is its speaker's.
    text = "The returning officer said the request for a recount had been turned down."
    assert _narrated(nlp, text) == []


def test_a_long_sentence_gives_its_first_clause(nlp):
    text = ("The county's highways team objected to the plans for the estate, citing the risk of gridlock at the "
            "busy junction on the ring road, but councillors decided that the wider benefits of the scheme "
            "outweighed its concerns.")
    assert _narrated(nlp, text) == ["The county's highways team objected to the plans for the estate, citing the "
                                    "risk of gridlock at the busy junction on the ring road"]
    # Near miss: a long sentence with a figure stays the figure's claim.
    text = ("The county's highways team objected to the plans for the 350 homes, citing the risk of gridlock at "
            "the busy junction on the ring road, but councillors decided that the wider benefits of the scheme "
            "outweighed its concerns.")
    assert _narrated(nlp, text) == []


# --- words of the opposite lists read as written ------------------------------------------


def test_close_is_not_inflected_into_closed():
    from claims.conflicts.contradictions import _opposite_words
    from claims.narration import carries_assessment
    left, right = _opposite_words("Shares in the brewer closed down 2.4% on Thursday")
    assert "closed" not in left + right
    assert not carries_assessment("The Orwell brewery closed its doors on Thursday.")
    # Near miss: the word as written is still an assessment.
    left, _ = _opposite_words("the two sides are close to a deal")
    assert any(w and w.startswith("close") for w in left)


# --- figures: totals and emphatic bounds -----------------------------------------------------


def test_a_part_larger_than_the_stated_total_is_a_conflict(nlp):
    from tests.claims.test_figure_roles import _numeric
    assert _numeric(nlp, "The campaign said as many as 600 postal ballots in Dunholt had been wrongly rejected.",
                    "The council said 120 postal ballots in Dunholt had been rejected in total.")
    # Near miss: a smaller figure may be a part of the total.
    assert not _numeric(nlp, "The campaign said 40 postal ballots in Dunholt had been wrongly rejected.",
                        "The council said 120 postal ballots in Dunholt had been rejected in total.")


def test_as_many_as_claims_the_figure_is_reached():
    from claims.conflicts.numeric import interval
    from claims.models import Quantity
    q = Quantity(surface="as many as 900", start_char=0, end_char=14, value=900, high=900, unit="count")
    assert interval(q, 0.05) == (450, 900)
    # Near miss: "up to" stays a plain upper bound.
    q = Quantity(surface="up to 900", start_char=0, end_char=9, value=900, high=900, unit="count")
    assert interval(q, 0.05)[0] == float("-inf")


def test_a_figure_of_early_trading_is_not_the_closing_figure(nlp):
    from tests.claims.test_figure_roles import _numeric
    assert not _numeric(nlp, "Shares in Orwell Brewing fell 6% in early trading on Thursday.",
                        "Shares in Orwell Brewing closed down 2.4% on Thursday.")
    # Near miss: two closing figures are compared.
    assert _numeric(nlp, "Shares in Orwell Brewing closed down 6% on Thursday.",
                    "Shares in Orwell Brewing closed down 2.4% on Thursday.")


# --- figures: the event a figure counts ------------------------------------------------------


def test_a_parts_event_is_read_after_its_whole(nlp):
    from claims.figure_roles import figure_events
    from tests.claims.test_figure_roles import _figure
    q, c = _figure(nlp, "Around 1,400 of the port's 2,300 registered dockworkers joined the action on Monday.",
                   "Around 1,400")
    assert "strike" in figure_events(q, c)
    # Near miss: a figure with no whole after it keeps the usual reach.
    q, c = _figure(nlp, "Around 1,400 registered dockworkers at the port of Calby in the north-east of the country "
                   "joined the action on Monday.", "Around 1,400")
    assert "strike" not in figure_events(q, c)


def test_the_comma_of_a_figure_is_no_clause_edge(nlp):
    from claims.figure_roles import clause_around
    from tests.claims.test_figure_roles import _figure
    q, c = _figure(nlp, "Some 1,400 of 2,300 dockers walked out.", "Some 1,400")
    assert "walked out" in clause_around(q, c)
    # Near miss: a comma between words still ends the clause.
    q, c = _figure(nlp, "Some 1,400 dockers, the union said, walked out.", "Some 1,400")
    assert "walked out" not in clause_around(q, c)


# --- figures: a rise offered, periods of other grains ----------------------------------------


def test_a_percentage_offer_is_a_rise():
    from claims.conflicts.numeric import _kind
    from claims.models import Quantity, QuantityKind
    offer = Quantity(surface="3.5%", start_char=0, end_char=4, value=3.5, unit="percent",
                     kind=QuantityKind.AMOUNT, measure="company offer")
    assert _kind(offer) is QuantityKind.CHANGE
    # Near miss: a percentage level of something else stays a level.
    rate = offer.model_copy(update={"measure": "inflation rate"})
    assert _kind(rate) is QuantityKind.AMOUNT


def test_periods_of_other_grains_do_not_set_figures_apart():
    from claims.conflicts.numeric import _period_grain
    assert _period_grain("last month") != _period_grain("this year")
    # Near miss: two months, or two spans "since", are of one grain and still do.
    assert _period_grain("may") == _period_grain("last month")
    assert _period_grain("since january 10") == _period_grain("since the outbreak began")


def test_a_figure_of_answers_the_figure_before_it(nlp):
    from tests.claims.test_figure_roles import _numeric
    a = "Save Dunholt Fields said the estate would add about 2,000 car journeys a day to local roads."
    b = ("Orwell Homes said the claim that the estate would add 2,000 car journeys a day was exaggerated, and "
         "that its own traffic modelling suggested a figure of around 800.")
    assert any("800" in c.reason for c in _numeric(nlp, a, b))
    # Near miss: a figure with its own measure keeps it.
    b = ("Orwell Homes said the claim that the estate would add 2,000 car journeys a day was exaggerated, and "
         "that the estate would have around 800 parking spaces.")
    assert not any("800" in c.reason for c in _numeric(nlp, a, b))


def test_a_measure_named_only_by_another_figure_does_not_tie_two_figures(nlp):
    from claims.conflicts.numeric import _Facts, _measured_apart
    from tests.claims.test_figure_roles import _figure
    qa, a = _figure(nlp, "Orwell Brewing said statutory pre-tax profit fell 5% as revenue rose 8% to £4.2bn.", "5%")
    qb, b = _figure(nlp, "Orwell Brewing reported revenue of £4.2 billion, up 8 per cent.", "8 per cent")
    assert _measured_apart(qa, a, qb, b, _Facts())
    # Near miss: the measure named by the figure's own words ties them.
    qb, b = _figure(nlp, "Orwell Brewing reported statutory pre-tax profit down 8 per cent.", "8 per cent")
    assert not _measured_apart(qa, a, qb, b, _Facts())
