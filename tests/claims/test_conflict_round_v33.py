"""Round v33: counts of one noun under acts of other classes (conflict_act_classes.txt):
jobs lost / jobs created, homes completed / homes approved, homes delivered / homes started;
"put up to 400 jobs at risk" names no act of sheltering. Examples written for the purpose;
near misses: two counts under one act class still compare."""

from __future__ import annotations

from datetime import date

from claims.figure_roles import figure_act
from tests.claims.test_figure_roles import _figure, _numeric

MAY_3, MAY_4 = date(2026, 5, 3), date(2026, 5, 4)


def test_jobs_lost_are_not_rivals_of_jobs_created(nlp):
    assert not _numeric(nlp, "The union said the company planned about 1,400 job losses across the group.",
                        "The company said the new plant would create about 170 jobs over three years.", MAY_3, MAY_4)


def test_homes_completed_or_delivered_are_not_rivals_of_homes_approved_or_started(nlp):
    assert not _numeric(nlp, "The housebuilder completed 6,100 homes across the country, it said.",
                        "Campaigners said they would go to court to overturn the council's decision to approve 3,200 new homes.",
                        MAY_3, MAY_4)
    assert not _numeric(nlp, "The chief executive said the scheme would deliver about 870 affordable homes.",
                        "The developer said the first 500 homes would be started in the autumn.", MAY_3, MAY_4)


def test_put_up_to_names_no_act_of_shelter(nlp):
    q, c = _figure(nlp, "The union said the closure would put up to 350 jobs at risk.", "up to 350")
    assert figure_act(q, c) is None
    q, c = _figure(nlp, "The charity said it had put up 350 people in hotels overnight.", "350")
    assert figure_act(q, c) == "shelter"


def test_near_miss_two_counts_under_one_act_class_still_compare(nlp):
    assert _numeric(nlp, "Police said they had arrested 40 people after the match.",
                    "Police arrested 55 people after the match, the club said.", MAY_3, MAY_4)
    assert _numeric(nlp, "The union said the company planned about 1,400 job losses across the group.",
                    "The company said it would shed 900 jobs across the group.", MAY_3, MAY_4)
    assert _numeric(nlp, "The builder completed 6,100 homes last year, its annual report said.",
                    "The builder delivered 4,800 homes last year, a rival analysis found.", MAY_3, MAY_4)
