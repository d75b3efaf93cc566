"""Round r103 (a fresh review: a cemetery, a marina, a distillery): a figure set aside with
its unit words before the clause telling whose figure it was ("not the 700,000 litres the
company has given in public") is no negated clause for the contradiction rule, like o65's
bare figure ("not the 1,900 the operator reported"). Read as a negated clause, "litres"
opposed every claim of the story measuring litres. Near misses: a figure and its unit
nobody is said to have given ("not 300 tonnes"), a unit followed by more words than a
unit ("not the 1.2 tonnes of chlorine that leaked"), and the replaced figure still weighed
by the numeric rule. Sentences written for these tests, about none of the gold cases."""

from claims.conflicts import ConflictKind, find_conflicts
from claims.conflicts.contradictions import _Wording
from tests.claims.test_figure_roles import _claims


def _found(nlp, first, second, kind):
    refs = _claims(nlp, "a", first, "Outlet A") + _claims(nlp, "b", second, "Outlet B")
    return [c for c in find_conflicts(refs) if c.kind is kind]


SET_ASIDE = ("The regulator said the brewery's permit application was for 900,000 litres a day, not the "
             "800,000 litres the brewery has given in public.")
OTHER_LITRES = "The brewery said it would brew 3.4 million litres of beer a year once the new hall opened."
TOLD = "The brewery said it had applied for a permit to draw up to 800,000 litres a day."


def test_a_figure_set_aside_with_its_unit_is_no_negated_clause(nlp):
    assert _Wording.of("the permit application was for 900,000 litres a day, not the 800,000 litres "
                       "the brewery has given in public").negation is None
    assert _Wording.of("found that 3.1 tonnes of ammonia escaped, not the 1.4 tonnes the plant reported").negation is None
    assert _Wording.of("found 3.1 tonnes, not the 1.4 tonnes reported by the plant").negation is None
    # Read as a negated clause, "litres" opposed any claim of the story counting litres.
    assert not _found(nlp, SET_ASIDE, OTHER_LITRES, ConflictKind.CONTRADICTION)


def test_a_figure_with_a_unit_nobody_gave_still_negates(nlp):
    # Near misses: no teller after the unit, or more than a unit before the clause.
    assert _Wording.of("the plant released 3.1 tonnes, not 300 tonnes").negation == "not"
    assert _Wording.of("the plant has 240 tonnes of storage, not the 300 tonnes the council requires").negation == "not"
    assert _Wording.of("found 3.1 tonnes, not the 1.4 tonnes of ammonia that the plant reported").negation == "not"


def test_the_replaced_figure_with_its_unit_is_still_weighed(nlp):
    assert _found(nlp, TOLD, SET_ASIDE, ConflictKind.NUMERIC)


# (r103) A negation in the present perfect ("has not been started") tells an act not done up
# to now: a modal's "would start in the spring" agrees with it, like h77's "not yet".
NOT_STARTED = ("Residents said work on the new footbridge over the railway has not been started, "
               "and that pedestrians still walk a mile round.")
WILL_START = "The council said work on the new footbridge over the railway would start in the spring."
STARTED = "The council said work on the new footbridge over the railway had started in May."


def test_a_perfect_negation_agrees_with_a_forecast(nlp):
    assert not _found(nlp, NOT_STARTED, WILL_START, ConflictKind.CONTRADICTION)


def test_a_perfect_negation_still_opposes_a_done_act(nlp):
    # Near miss: the act told as done still meets "has not been started".
    assert _found(nlp, NOT_STARTED, STARTED, ConflictKind.CONTRADICTION)
