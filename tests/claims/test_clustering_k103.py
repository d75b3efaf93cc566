"""Round k103 of clustering: one figure given as a rise by one claim and as a fall by the
other is two measures sharing it (held apart), and news words for a prison sentence, for
people out of work and for deaths fold to one token. Examples are written for the purpose."""

from __future__ import annotations

from claims.clustering import _canonical, _direction, _tokens, cluster_claims, similarity
from claims.quantities import find_quantities
from tests.claims.test_clustering import claim


def together(nlp, a: str, b: str) -> bool:
    claims = [claim(t, f"k103-{side}", find_quantities(nlp(t))) for side, t in (("a", a), ("b", b))]
    return len(cluster_claims(claims)) == 2


def test_one_figure_up_and_down_is_two_measures():
    # (0.55 and 0.69 on wording before k103)
    assert similarity("Water use across the district rose 6.4% during the summer.",
                      "The district's summer rainfall fell 6.4%, forecasters said.") == 0.0
    assert similarity("Ticket sales at the theatre fell 13.5% this season.",
                      "The theatre raised its ticket prices, which rose 13.5% on average this season.") == 0.0


def test_one_figure_up_and_down_stays_apart_in_clustering(nlp):
    assert not together(nlp, "Freight handled at the harbour rose 8.3% last year.",
                        "The harbour saw passenger numbers fall 8.3% over last year.")


def test_a_shared_year_or_both_directions_decide_nothing():
    assert _direction(_tokens("Sales rose in 2024.")) == 0
    assert _direction(_tokens("Revenue rose 3.1% while costs fell 3.1%.")) == 0
    assert _direction(_tokens("Freight volumes rose 8.3%.")) == 1
    assert _direction(_tokens("Freight volumes dropped 8.3%.")) == 2
    # one figure each way, but only the year is shared: not this guard's
    assert similarity("Car exports rose 5.2% in 2023.", "Car exports fell 2.9% in 2023.") > 0.0


def test_one_change_retold_in_one_direction_still_links(nlp):
    assert together(nlp, "Bus ridership in the city fell 11.6% in the winter.",
                    "The number of bus journeys in the city dropped 11.6% over the winter.")


def test_news_synonyms_of_prison_unemployment_and_deaths():
    assert _canonical("jailed") == _canonical("prison") == _canonical("imprisoned")
    assert _canonical("jobless") == _canonical("unemployment")
    assert _canonical("died") == _canonical("deaths") == _canonical("fatalities")


def test_retold_sentence_and_jobless_rate_score_higher():
    # (0.65 and 0.54 before k103: linked then too, but by less)
    assert similarity("A former council treasurer was jailed for seven years for fraud.",
                      "The ex-treasurer of the council was sent to prison for seven years over the fraud.") > 0.75
    assert similarity("The jobless rate in the valley rose to 7.3% in the spring.",
                      "Unemployment in the valley climbed to 7.3 percent this spring.") > 0.7
