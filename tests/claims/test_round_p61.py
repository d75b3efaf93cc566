"""Round p61: a denial scoped to one place or unit of a body against an act at another
place of it is two matters (`_denied_at_another_place`). Sentences written for these tests."""

from datetime import date
from types import SimpleNamespace

from claims.conflicts import find_conflicts
from claims.conflicts.contradictions import _denied_at_another_place, _scoped_places
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 11, 2)
HIT = ("no pupil", "pupils")


def _judged(text: str, sentence: str | None = None):
    return SimpleNamespace(own_text=text, claim=SimpleNamespace(sentence=sentence or text))


def _apart(denial: str, act: str, hit=HIT) -> bool:
    return _denied_at_another_place(hit, _judged(denial), _judged(act))


def test_places_read_after_a_determiner_or_as_names():
    assert _scoped_places("no pupil was sent home from the annexe at the junior school")[1] == {"school"}
    assert _scoped_places("40 pupils were sent home at Brenmoor on Monday") == ({"brenmoor"}, set())
    # no place noun, a season, a day: no place
    assert _scoped_places("nobody was hurt in the blaze in the spring on Monday") == (set(), set())


def test_a_denial_at_one_unit_and_an_act_at_another_are_two_matters():
    assert _apart("no pupil was sent home at the junior school",
                  "Forty pupils were sent home at the sixth-form college")
    assert _apart("no patient waited more than an hour at the day clinic",
                  "Thirty patients waited more than six hours in the assessment ward",
                  hit=("no patient", "patients"))


def test_two_named_depots_are_two_places():
    assert _apart("no lorry left late at its Harlby depot", "Nine lorries left late at the Coldham depot",
                  hit=("no lorry", "lorries"))


def test_near_miss_one_named_depot_on_both_sides_is_one_place():
    assert not _apart("no lorry left late at its Harlby depot", "Nine lorries left late at the Harlby depot",
                      hit=("no lorry", "lorries"))


def test_near_miss_one_head_noun_is_one_place_told_two_ways():
    assert not _apart("no lorry left late at the northern depot", "Nine lorries left late at the Harlby depot",
                      hit=("no lorry", "lorries"))


def test_near_miss_a_denial_with_no_place_still_opposes_an_act_at_a_place():
    assert not _apart("no pupil was sent home on Monday",
                      "Forty pupils were sent home at the sixth-form college")


def test_near_miss_the_whole_named_in_the_other_sentence_is_one_matter():
    # "at the hospital" against "in the assessment ward at Kelby Hospital": the ward is of it.
    assert not _apart("no patient waited more than an hour at the hospital",
                      "Thirty patients waited more than six hours in the assessment ward at Kelby Hospital",
                      hit=("no patient", "patients"))


def test_near_miss_no_negated_side_is_not_read():
    assert not _apart("pupils were sent home at the junior school",
                      "Forty pupils were sent home at the sixth-form college", hit=("sent", "kept"))


def _contradictions(nlp, a: str, b: str):
    refs = _claims(nlp, "a", a, "Outlet A", DAY) + _claims(nlp, "b", b, "Outlet B", DAY)
    return [c for c in find_conflicts(refs) if c.kind is ConflictKind.CONTRADICTION]


def test_end_to_end_two_units_give_no_contradiction(nlp):
    a = ("The trust said the day clinic at Orrin saw 200 patients over the weekend, and no patient "
         "waited more than four hours at the day clinic.")
    b = "Forty patients waited more than ten hours in the assessment ward at Kelby Hospital over the weekend, figures show."
    assert not _contradictions(nlp, a, b)


def test_near_miss_end_to_end_a_denial_with_no_place_still_conflicts(nlp):
    a = "Kelby Hospital said no patient waited more than four hours to be seen over the weekend."
    b = "Forty patients waited more than ten hours in the assessment ward at Kelby Hospital over the weekend, figures show."
    assert _contradictions(nlp, a, b)


# --- a denial inside what another party is said to have promised, called broken ---------------


def test_a_promise_called_broken_is_not_the_speakers_denial():
    from claims.conflicts.contradictions import _broken_promises_blanked
    text = "They promised there would be no ward closures. That promise has been broken"
    assert "no ward closures" not in _broken_promises_blanked(text)
    assert len(_broken_promises_blanked(text)) == len(text)
    told = "The operator told passengers no train would be cancelled. That was never true"
    assert "no train" not in _broken_promises_blanked(told)


def test_near_miss_a_promise_not_rejected_is_left():
    from claims.conflicts.contradictions import _broken_promises_blanked
    kept = "They promised there would be no ward closures, and they have kept their word"
    assert _broken_promises_blanked(kept) == kept
    assert _broken_promises_blanked("The board promised that no ward would close.") == \
        "The board promised that no ward would close."


def test_end_to_end_a_broken_promise_does_not_oppose_the_speakers_own_count(nlp):
    a = ("The health board has closed three wards at Fenwick Hospital, the nurses' union said on Monday. "
         "\"Last spring they promised there would be no ward closures. That promise has been broken,\" "
         "said union steward Mara Quill.")
    b = "Inspectors said the board had closed three wards at Fenwick Hospital since March."
    assert not [c for c in _contradictions(nlp, a, b) if "promise" in c.reason or "no ward" in c.reason]


def test_near_miss_end_to_end_the_partys_own_promise_still_opposes_the_count(nlp):
    a = "The health board said there would be no ward closures at Fenwick Hospital this year."
    b = "The health board has closed three wards at Fenwick Hospital, the nurses' union said on Monday."
    assert _contradictions(nlp, a, b)


def test_near_miss_a_place_said_as_initials_scopes_nothing():
    # "A&E" is the emergency department said another way: no place read, still opposed.
    assert not _apart("no patient waited more than four hours at A&E",
                      "Thirty patients waited more than six hours in the emergency department",
                      hit=("no patient", "patients"))
