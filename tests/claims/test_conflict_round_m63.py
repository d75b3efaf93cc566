"""Round m63: the one-act tie of round m62 (`numeric._one_act`) joins no figures of two
articles whose openings each name a body the other article never names
(`_Stories.opened_apart`): two operators' cancellations, told alike by their outlets, are
two stories. Sentences written for these tests, about none of the gold cases; each rule
has a near miss."""

from claims.conflicts import ConflictKind, find_conflicts, story_lead
from tests.claims.test_figure_roles import _claims

FIRST = ("Kelbrook Coaches cancelled 310 journeys last week, the drivers' union said, blaming staff shortages "
         "at the depot and the late delivery of new vehicles.")
SECOND = ("Last week {who} axed 190 services, the drivers' union said, blaming staff shortages at the depot "
          "and the late delivery of new vehicles.")


def _numeric(nlp, second_body, titles):
    second = SECOND.format(who=second_body)
    refs = _claims(nlp, "a", FIRST, "Outlet A") + _claims(nlp, "b", second, "Outlet B")
    leads = {"a": story_lead(titles[0], FIRST), "b": story_lead(titles[1], second)} if titles else None
    return [c for c in find_conflicts(refs, leads=leads) if c.kind is ConflictKind.NUMERIC]


def test_one_act_ties_two_nouns_of_one_operator(nlp):
    # One operator in both openings: journeys / services of one act are compared.
    assert _numeric(nlp, "Kelbrook Coaches", ("Union says journeys were cut", "Union says services were axed"))


def test_one_act_leaves_two_operators_apart(nlp):
    # Each opening (the titles name no one, so `titled_apart` does not reach them) names an
    # operator the other article never names: two stories.
    assert not _numeric(nlp, "Dunmarsh Ferries", ("Union says journeys were cut", "Union says services were axed"))
    # Near miss: without the openings (no leads), nothing sets the two apart.
    assert _numeric(nlp, "Dunmarsh Ferries", None)
