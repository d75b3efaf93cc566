"""Round t110: dispute targets that fit the figure the rejection names. Sentences written for
these tests, not the gold.

a. An owner's figure named by a count noun alone ("the council's count") answers a claim
   giving a count of things, not the owner's sum of money or a share (`_owner_figure_kind`).
b. An owner's figure named by any other figure noun ("the company's figure") answers a claim
   giving a figure, not one whose only number is a period framing it ("in the past six years").
c. A figure named without an owner by what it counts ("the crowd figure", "the official count
   of turnout") answers a claim naming that measure (`_plain_measure`), as d97's owner's
   measure does.
d. Near misses: no claim fits, so nothing is reported; the readers leave verbs ("the group
   counts every bag"), figures named by their value and words saying which figure alone.
"""

from __future__ import annotations

from claims.conflicts.disputes import PERIOD_FRAME, _owner_figure_kind, _plain_measure
from tests.claims.test_conflict_round_d89 import _disputes


def test_a_count_noun_wants_a_count():
    assert _owner_figure_kind("The council's count leaves out every bin emptied by hand") == "count"
    assert _owner_figure_kind("the trust's tally was far too low") == "count"
    assert _owner_figure_kind("the company's figure left out its drivers") == "figure"
    assert _owner_figure_kind("the union's claim was wrong") is None


def test_c_plain_measure_reader():
    assert _plain_measure("the crowd figure was far too low") == {"crowd"}
    assert _plain_measure("The official count of turnout was wrong") == {"turnout"}
    assert _plain_measure("the attendance figures were misleading")


def test_d_plain_measure_near_misses():
    assert not _plain_measure("the group counts every bag on a verge as a separate incident")
    assert not _plain_measure("the council had counted some schools twice")
    assert not _plain_measure("The headline figure is a trick")
    assert not _plain_measure("the true figure was nearer 300")
    assert not _plain_measure("the 74 jobs figure stood")
    assert not _plain_measure("the two figures were not comparable")
    # Only a listed measure: an owner or a quality before the noun is no measure.
    assert not _plain_measure("the police estimate was a guess")
    assert not _plain_measure('its count was "the only verified figure"')
    # "that" before the noun is a conjunction here, not a determiner.
    assert not _plain_measure("said that passenger numbers had been taken from a busier city")


BINS = ("Thornbury District Council is to hire 12 more wardens after recording 3,260 reports of dumped "
        "rubbish in the year to April. Removing dumped rubbish costs the council £870,000 a year, its "
        "environment chief, Petra Vossel, said. ")


def test_a_a_count_answers_the_count_not_the_sum(nlp):
    text = BINS + ("Idris Pennock, who runs the Thornbury Lanes Watch group, said the council's count left out "
                   "everything dumped in farm gateways.")
    found = _disputes(nlp, text)
    assert not any("£870,000" in a + b and "council's count" in a + b for a, b in found), found


def test_a_near_miss_no_count_told_reports_nothing(nlp):
    text = ("Removing dumped rubbish costs Thornbury District Council £870,000 a year, its environment chief, "
            "Petra Vossel, said. Idris Pennock, who runs the Thornbury Lanes Watch group, said the council's "
            "count left out everything dumped in farm gateways.")
    found = _disputes(nlp, text)
    assert not any("council's count" in a + b for a, b in found), found


BAKERY = ("Coldharbour Foods will close its bakery at Wendle in May with the loss of 120 jobs. Its managing "
          "director, Hollis Crane, said the bakery had passed every hygiene audit in the past six years. ")


def test_b_a_figure_is_not_a_period_framing_a_claim(nlp):
    text = BAKERY + ("Mared Tolley, of the bakers' union, said the company's figure left out 30 agency staff "
                     "who had worked on the ovens for years.")
    found = _disputes(nlp, text)
    assert not any("hygiene audit" in a + b and "company's figure" in a + b for a, b in found), found


def test_b_period_frame_reader():
    assert PERIOD_FRAME.search("had passed every audit in the past ")
    assert PERIOD_FRAME.search("fares have risen by 12% over the last ")
    assert not PERIOD_FRAME.search("repairs were completed within ")
    assert not PERIOD_FRAME.search("the pumps ran for a total of ")


def test_a_near_miss_a_count_still_answers_the_owners_count(nlp):
    text = ("Thornbury District Council said it had recorded 3,260 reports of dumped rubbish last year. "
            "Idris Pennock, who runs the Thornbury Lanes Watch group, said the council's count left out "
            "everything dumped in farm gateways.")
    found = _disputes(nlp, text)
    assert any("3,260 reports" in a + b and "council's count" in a + b for a, b in found), found


def test_c_near_miss_a_plain_measure_still_answers_the_measure(nlp):
    text = ("Organisers of the Brindle Hill fair said about 14,000 spectators attended on Saturday. "
            "The fair's stewarding bill rose to £18,000, the organisers said. Lorna Quaile, who chairs the "
            "Brindle Hill residents' association, said the crowd figure was far too high.")
    found = _disputes(nlp, text)
    assert not any("£18,000" in a + b and "crowd figure" in a + b for a, b in found), found
