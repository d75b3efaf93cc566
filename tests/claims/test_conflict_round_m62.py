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


# The act ties figures in place of their measures: each must count on its own, over one
# span (sentences written for these tests).
DIVERTED_DAYS = ("Seven tankers were diverted to other terminals on Monday and Tuesday, the Brackley port "
                 "authority said, blaming the Brackley pilots' strike.")
DIVERTED_SINCE = ("About 30 ships have been diverted to other terminals since the Brackley pilots' strike began, "
                  "the Brackley port authority said.")
OFFERS_WHOLE = "The Oldmere college made offers to 9,400 applicants, the Oldmere admissions office said."
OFFERS_PART = ("The Oldmere college said 800 mature students had applied, and 310 had been offered places, "
               "the Oldmere admissions office said.")
ADMITTED_WHOLE = ("Hospitals in the Oldmere district admitted 960 patients with smoke inhalation during the "
                  "Oldmere moor fire, the Oldmere health board said.")
AMONG_PART = ("Figures from the Oldmere health board show that 85 children were among those admitted "
              "during the Oldmere moor fire.")
TAKEN_RIVAL = ("At least 1,400 people were taken to hospital with smoke inhalation in the Oldmere district "
               "during the Oldmere moor fire, the Oldmere health board figures show.")


def _pair(nlp, first, second, f1, f2):
    a = next(r for r in _claims(nlp, "a", first, "Outlet A") if any(q.surface == f1 for q in r.claim.quantities))
    b = next(r for r in _claims(nlp, "b", second, "Outlet B") if any(q.surface == f2 for q in r.claim.quantities))
    qa = next(q for q in a.claim.quantities if q.surface == f1)
    qb = next(q for q in b.claim.quantities if q.surface == f2)
    return qa, a.claim, qb, b.claim


def test_one_act_needs_one_span(nlp):
    # Two days of a strike against the whole strike: one act (diversion), two spans.
    qa, a, qb, b = _pair(nlp, DIVERTED_DAYS, DIVERTED_SINCE, "Seven", "About 30")
    assert not _one_act(qa, a, qb, b, _Facts())


def test_one_act_leaves_a_part_told_without_its_noun(nlp):
    # "310 had been offered places" counts offers to the 800 mature students, a part.
    qa, a, qb, b = _pair(nlp, OFFERS_WHOLE, OFFERS_PART, "9,400", "310")
    assert not _one_act(qa, a, qb, b, _Facts())


def test_one_act_leaves_a_part_among_others(nlp):
    # "85 children were among those admitted" is a part of the admitted; near miss: the
    # rival count of the admitted ("1,400 people were taken to hospital") is still tied.
    qa, a, qb, b = _pair(nlp, ADMITTED_WHOLE, AMONG_PART, "960", "85")
    assert not _one_act(qa, a, qb, b, _Facts())
    qa, a, qb, b = _pair(nlp, ADMITTED_WHOLE, TAKEN_RIVAL, "960", "At least 1,400")
    assert _one_act(qa, a, qb, b, _Facts())
