"""Round f116 (precision on fresh text): "rather than" / "instead of" followed by a
preposition sets aside a circumstance of the act (a place, a time, a recipient, a means):
no negated clause for the contradiction rule, so the word after it no longer opposes any
claim naming it for another act. Near misses: a thing set aside ("rather than the storm"),
an object set aside after a modal ("would pay the deposit rather than the full rent"), a
scope ("rather than all of them") and a rival act ("would resign rather than work the new
shifts") still negate, and a cause set aside or a rival act still opposes a claim asserting
it. Sentences written for these tests, about none of the gold cases."""

from claims.conflicts import ConflictKind, find_conflicts
from claims.conflicts.contradictions import _Wording
from tests.claims.test_figure_roles import _claims


def _found(nlp, first, second, kind=ConflictKind.CONTRADICTION):
    refs = _claims(nlp, "a", first, "Outlet A") + _claims(nlp, "b", second, "Outlet B")
    return [c for c in find_conflicts(refs) if c.kind is kind]


def test_a_circumstance_set_aside_is_no_negated_clause():
    assert _Wording.of("the grant was paid to the parish rather than to the school").negation is None
    assert _Wording.of("the meters were fitted in the depot rather than in tenants' flats").negation is None
    assert _Wording.of("the hearing was held on Monday instead of on Friday").negation is None
    assert _Wording.of("the tickets were sold by post rather than through the website").negation is None


def test_a_thing_set_aside_still_negates():
    # Near misses: what is set aside is a thing, an object of the act, a scope or an act.
    assert _Wording.of("the collapse was the result of rotten timber rather than the storm").negation == "rather than"
    assert _Wording.of("the outage was caused by the software instead of the engineers").negation == "instead of"
    assert _Wording.of("the tenants would pay the deposit rather than the full rent").negation == "rather than"
    assert _Wording.of("90% of pupils will be within a mile of a school, rather than all of them").negation \
        == "rather than"
    assert _Wording.of("the porters would resign rather than work the new shifts").negation == "rather than"
    # ... and "in" or "on" inside the set-aside phrase, not opening it, changes nothing.
    assert _Wording.of("the fire started in the kitchen rather than the garage in the yard").negation \
        == "rather than"


def test_a_place_set_aside_opposes_no_claim_naming_it_for_another_act(nlp):
    station = ("The water company said its pressure readings were taken at the pumping station rather than in "
               "residents' kitchens.")
    kitchens = "The water company said average pressure readings taken in residents' kitchens were 2.1 bar."
    assert not _found(nlp, station, kitchens)


def test_a_cause_set_aside_still_opposes(nlp):
    # Near misses: a cause set aside still meets a claim naming that cause.
    rain = "The water company said the flooding of the cellars was caused by the heavy rain on Friday night."
    sewer = "Tenants said the flooding of the cellars was the result of a cracked sewer rather than the heavy rain."
    assert _found(nlp, rain, sewer)
    fault = "The rail operator said the delays were caused by a signal fault on Monday."
    staff = "Drivers said the delays were the result of staff shortages instead of a signal fault."
    assert _found(nlp, fault, staff)


def test_a_rival_act_still_opposes(nlp):
    # Near miss: "would resign rather than work the new shifts" denies the working itself.
    resign = "The union said the porters would resign rather than work the new shifts."
    work = "The hospital said the porters would work the new shifts from May."
    assert _found(nlp, resign, work)
