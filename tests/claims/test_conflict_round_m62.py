"""Round m62: two figures of one story whose measures are worded apart are compared when the
acts nearest them are of one class of `conflict_act_classes.txt` and they are in two
articles telling the story closely ("cancelled 310 bus journeys" / "axed 190 services";
"14 carers short" / "five vacancies"). Acts of two classes, or a figure with no
listed act, keep the measures' own test. Sentences written for these tests, about none of
the gold cases; each rule has a near miss."""

from claims.conflicts.numeric import _one_act, _Facts
from tests.claims.test_conflict_round_n20 import _numeric_between
from tests.claims.test_figure_roles import _claims

CANCELLED = ("The Brackley depot cancelled 310 bus journeys last week, the Brackley drivers' union said, blaming "
             "staff shortages at the depot.")
AXED = ("Last week the Brackley depot axed 190 services, the bus company said, blaming staff shortages at the "
        "Brackley depot.")
SHORT = "The Oldmere care home is 14 carers short, inspectors said after visiting the Oldmere home in March."
VACANCIES = "The Oldmere care home had five vacancies in March, its owner said after inspectors visited the Oldmere home."


def test_one_act_told_of_two_nouns_conflicts(nlp):
    # journeys / services, carers short / vacancies: measures worded apart, one act each.
    assert _numeric_between(nlp, CANCELLED, AXED)
    assert _numeric_between(nlp, SHORT, VACANCIES)


def test_one_act_reader(nlp):
    facts = _Facts()
    (a,) = [r for r in _claims(nlp, "a", CANCELLED, "Outlet A") if r.claim.quantities]
    (b,) = [r for r in _claims(nlp, "b", AXED, "Outlet B") if r.claim.quantities]
    qa = next(q for q in a.claim.quantities if q.surface == "310")
    qb = next(q for q in b.claim.quantities if q.surface == "190")
    assert _one_act(qa, a.claim, qb, b.claim, facts)
    # Near miss: one article's two figures are the writer's two facts, not two accounts.
    assert not _one_act(qa, a.claim, qa, a.claim, facts)


def test_two_acts_of_one_story_stay_apart(nlp):
    # Near miss: journeys cancelled and services run are two counts of the depot's week.
    assert not _numeric_between(nlp, CANCELLED, "Last week the Brackley depot ran 1,900 services, the bus company "
                                                "said, despite staff shortages at the Brackley depot.")


def test_a_figure_with_no_listed_act_keeps_its_measure_test(nlp):
    # Near miss: drivers off sick name no act of the list: no count of journeys cancelled.
    assert not _numeric_between(nlp, CANCELLED, "Last week 45 drivers at the Brackley depot were off sick, the bus "
                                                "company said, blaming staff shortages at the Brackley depot.")
