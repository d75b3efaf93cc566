"""Round d97: dispute targets named by their owner's noun and what the figure counts ("the
company's punctuality figures", "the group's count of spill days"). Sentences written for
these tests, not the gold.

a. A rejection naming an owner's figure by what it counts (`disputes._owner_measure`: the
   words between the possessive and the figure noun, and a lower-case "of/for/on" phrase
   after it) answers a claim naming that measure (`_names_owner_measure`: its words, the
   kin of conflict_owner_measure_kin.txt and the numeric measure synonyms); failing one
   among the ranked claims of its story, none, not the owner's other figure told nearest.
b. Words saying which of the owner's figures ("own", "headline", "published":
   conflict_owner_figure_modifiers.txt), a figure named by its value, and a statement noun
   name no measure.
"""

from __future__ import annotations

from claims.conflicts.disputes import _owner_measure
from tests.claims.test_conflict_round_d89 import _disputes

HOSPITAL = ("Fernside Hospitals Trust said on Tuesday that a new 30-bed ward would open at St Aldhelm's in "
            "August. The Nurses' Federation said the trust's recruitment figures were misleading, because 85 "
            "nurses had left over the same months.")


def test_a_an_owner_figure_named_by_its_measure_answers_no_other_figure_of_the_owner(nlp):
    found = _disputes(nlp, HOSPITAL)
    assert not any("30-bed ward" in a + b and "recruitment figures" in a + b for a, b in found), found


FERRIES = ("The Corrie Sound ferry company Bellhaven said 93% of its sailings left on time in May. Its managing "
           "director, Ailsa Drummond, said the company had hired 40 more deckhands this year. The seafarers' union "
           "disputed the company's punctuality figures, saying crews had logged late departures on most days.")


def test_a_the_owner_figure_naming_the_measure_is_the_target(nlp):
    found = _disputes(nlp, FERRIES)
    assert not any("deckhands" in a + b and "punctuality figures" in a + b for a, b in found), found
    assert any("left on time" in a + b and "punctuality figures" in a + b for a, b in found), found


def test_a_measure_read_from_the_owner_phrase():
    assert _owner_measure("The union disputed the company's punctuality figures.") == {"punctual"} \
        or "punctualit" in _owner_measure("The union disputed the company's punctuality figures.")
    assert "spill" in _owner_measure("The water firm rejected the group's count of spill days, saying")
    assert "crowd" in _owner_measure("The board also questioned the racecourse's crowd figures.")
    assert "wait" in _owner_measure("The trust took issue with the union's waiting-time figure, saying")


def test_b_no_measure_named():
    assert _owner_measure("Its chair said the council's own figures were wrong.") == frozenset()
    assert _owner_measure("He said the operator's headline figure was a statistic designed to flatter.") == frozenset()
    assert _owner_measure("The airline took issue with the union's figures on Wednesday, saying") == frozenset()
    assert _owner_measure("the union's figure of 412 was not supported by the rosters") == frozenset()
    assert _owner_measure("the union's claim for 8% was modest") == frozenset()
