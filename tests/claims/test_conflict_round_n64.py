"""Round n64: figures of two articles whose openings each name a town or body the other
article never names, each article naming at least two names, are not compared
(`_Stories.told_apart`): two towns' waiting lists told alike are two stories. Near misses:
one story whose outlets open on different bodies (one article naming a single name), and a
name both openings write with other words after it. Sentences written for these tests,
about none of the gold cases."""

from claims.conflicts import ConflictKind, find_conflicts, story_lead
from tests.claims.test_figure_roles import _claims


def _numeric(nlp, first, second, titles):
    refs = _claims(nlp, "a", first, "Outlet A") + _claims(nlp, "b", second, "Outlet B")
    leads = {"a": story_lead(titles[0], first), "b": story_lead(titles[1], second)} if titles else None
    return [c for c in find_conflicts(refs, leads=leads) if c.kind is ConflictKind.NUMERIC]


TOWNS = ("Halbrook council said 2,100 households were on its housing waiting list, councillor Mara Quaye said.",
         "Pellingham council said 3,400 households were on its housing waiting list, councillor Ty Voss said.")
TITLES = ("Housing waiting list grows", "Families wait longer for homes")


def test_two_towns_waiting_lists_are_two_stories(nlp):
    # Each opening names a town the other article never names, and each article names
    # three names: two stories of one template, their counts not rivals.
    assert not _numeric(nlp, *TOWNS, TITLES)
    # Near miss: without the openings (no leads), nothing sets the two apart.
    assert _numeric(nlp, *TOWNS, None)


def test_one_story_opening_on_another_body_still_compares(nlp):
    # The second outlet opens on the councillor alone (a single name): one council's list
    # told from two sides, still compared.
    second = "Councillor Voss said 3,400 households were on the housing waiting list."
    assert _numeric(nlp, TOWNS[0], second, TITLES)


def test_a_name_both_openings_write_is_shared(nlp):
    # "Northmere" opens both articles, followed by other words ("General", "Health"): one
    # hospital's waits, still compared (`_two_people` would part them).
    first = "Patients at Northmere General Hospital waited an average of 14 hours in casualty last month, nurses said."
    second = "Northmere Health Trust said patients in casualty waited an average of five hours last month."
    assert _numeric(nlp, first, second, ("Patients wait hours in casualty", "Trust rejects waiting figures"))
