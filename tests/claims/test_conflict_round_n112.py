"""Round n112 (numeric pairs whose second sentence leaves out what it counts):
docs/conflicts.md, "Round n112". A party's figure told after a reporting verb and its
subject with no noun of its own ("The council said the club had 110.", "said it had
received 310.") takes the measure of the figure it answers in its sentence or the one right
before (`numeric._with_elided_measures`): of its unit and order, told under its act, and
the only measure there. Sentences written for these tests, about none of the gold cases;
each rule has a near miss."""

from claims.conflicts import find_conflicts
from claims.conflicts.numeric import _elided_verb
from tests.claims.test_conflict_round_q24 import DAY, _claims


def _reasons(nlp, text):
    return [c.reason for c in find_conflicts(_claims(nlp, "a", text, "Outlet A", DAY))]


def _pair(reasons, x, y):
    return any(x in r and y in r for r in reasons)


def _figure_verb(nlp, text, surface):
    for ref in _claims(nlp, "a", text, "Outlet A", DAY):
        for q in ref.claim.quantities:
            if q.surface.startswith(surface):
                return _elided_verb(q, ref.claim)
    raise AssertionError(f"{surface} not read")


def test_the_elided_figure_answers_a_possession(nlp):
    text = ("The Riverside Bowls Club said it had 180 members. "
            "The district council said the club had 110.")
    assert _pair(_reasons(nlp, text), "110", "180")


def test_the_elided_figure_answers_one_act_in_other_words(nlp):
    # "logged" and "received" are one act (conflict_count_act_groups.txt)
    text = ("The tenants' group Fair Repairs said it had logged 540 repair requests since January. "
            "Hollin Housing said it had received 310.")
    assert _pair(_reasons(nlp, text), "310", "540")


def test_near_miss_two_tallies_in_other_verbs(nlp):
    # "counted" and "recorded" by two bodies: not read as one act (two counts of two things
    # as often as one count twice)
    text = ("The ramblers' association said its walkers had counted 64 broken stiles on the estate. "
            "The estate said it had recorded 23.")
    assert not _pair(_reasons(nlp, text), "23", "64")


def test_near_miss_another_act_before(nlp):
    # the sentence before sells tickets; "had 95" is not what was sold
    text = ("The Riverside Bowls Club said it sold 130 tickets for the final. "
            "The district council said the club had 95.")
    assert not _pair(_reasons(nlp, text), "95", "130")


def test_near_miss_two_measures_before(nlp):
    # two measures in the sentence before: which one "had 30" counts is not told
    text = ("The Riverside Bowls Club said it had 45 coaches and 38 referees. "
            "The district council said the club had 30.")
    reasons = _reasons(nlp, text)
    assert not _pair(reasons, "30", "45") and not _pair(reasons, "30", "38")


def test_near_miss_no_figure_right_before(nlp):
    # the rival count is two sentences back, beyond a sentence with no figure of its unit
    text = ("The Riverside Bowls Club said it had 180 members. "
            "Its chairman said the club was growing fast. "
            "The district council said the club had 110.")
    assert not _pair(_reasons(nlp, text), "110", "180")


def test_near_miss_a_party_revising_its_own_figure(nlp):
    text = ("Hollin Housing said it had received 420 repair requests by June. "
            "Hollin Housing later said it had received 510.")
    assert not _pair(_reasons(nlp, text), "420", "510")


def test_what_is_read_as_elided(nlp):
    assert _figure_verb(nlp, "The district council said the club had 110.", "110") == "had"
    assert _figure_verb(nlp, "The contractor says it cleared 2,600 so far.", "2,600") == "cleared"
    # a noun after the figure, a duration, a figure only told or moved: not elided
    assert _figure_verb(nlp, "The district council said the club had 110 members.", "110") is None
    assert _figure_verb(nlp, "The council said the club had waited 12 days.", "12") is None
    assert _figure_verb(nlp, "The council said it rose to 110.", "110") is None
