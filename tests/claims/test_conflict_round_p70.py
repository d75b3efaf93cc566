"""Round p70: judged-false contradiction pairs of the fresh-article reviews (g44 ... g65),
by family. Sentences written for these tests, not the gold.

a. A plain denial "no <thing> <aux> <verb>" ("no family had stayed in a B&B beyond the
   six-week limit") met by a count that names the thing only by a synonym and does not
   tell the act ("The council has 4,300 households on its waiting list") is no
   contradiction (`contradictions._synonym_count_untold`, `total_denials.plain_denials`).
   A count in the thing's own word, or a synonym count telling the act, still opposes."""

from __future__ import annotations

from claims.conflicts.total_denials import plain_denials
from tests.claims.test_figure_roles import _contradictions


# --- a. a synonym count that does not tell the denied act --------------------------------------

HOUSING = "Emergency housing in Brockwell has come under scrutiny after a string of complaints. "


def test_a_plain_denials_read_thing_and_act():
    assert plain_denials("no family had stayed in a hostel beyond the legal limit") == (
        (frozenset({"fami"}), frozenset({"stay"})),)
    assert plain_denials("no patient would wait more than four hours") == ((frozenset({"patient"}), frozenset({"wait"})),)
    assert plain_denials("There were no deaths at the site.") == ()


def test_a_synonym_count_of_another_situation_is_no_contradiction(nlp):
    a = HOUSING + "The housing director said no family had stayed in a hostel beyond the legal limit."
    b = HOUSING + "Brockwell council has 5,200 households on its housing register, the council said."
    assert not _contradictions(nlp, a, b)


def test_a_count_in_the_own_word_still_opposes(nlp):
    # near miss: the count names the families themselves, whatever its verb
    a = HOUSING + "The housing director said no family had stayed in a hostel beyond the legal limit."
    b = HOUSING + "An inspection found 41 families had been kept in hostel rooms beyond the legal limit."
    assert _contradictions(nlp, a, b)


def test_a_synonym_count_telling_the_act_still_opposes(nlp):
    # near miss: households named by synonym, but the count tells the stay itself
    a = HOUSING + "The housing director said no family had stayed in a hostel beyond the legal limit."
    b = HOUSING + "An inspection found 41 households had stayed in hostels beyond the legal limit."
    assert _contradictions(nlp, a, b)


def test_a_a_denial_of_existence_meets_any_synonym_count(nlp):
    # near miss: "reported" denies the cases themselves (conflict_existence_verbs.txt)
    lead = "A measles outbreak in Carnwick has closed two primary schools. "
    a = lead + "The health board said no new cases had been reported in the past week."
    b = lead + "A consultant said the children's ward had admitted three new patients with measles since Friday."
    assert _contradictions(nlp, a, b)


def test_a_a_loss_threatened_tells_the_loss_denied(nlp):
    # near miss: "at risk" tells the loss of jobs counted as posts (conflict_denied_act_kin.txt)
    lead = "Carnwick Hospital is cutting its budget by a fifth after a fall in funding. "
    a = lead + "The chief executive said no nursing jobs would be lost under the savings plan."
    b = lead + "The nurses' union said nine nursing posts were at risk under the savings plan."
    assert _contradictions(nlp, a, b)


# --- b. a forecast and a denied forecast of two acts ---------------------------------------------

FERRY = "Islanders on Skarra have complained about the winter ferry timetable for months. "


def test_b_forecast_acts_read_verb_and_object():
    from claims.conflicts.contradictions import _forecast_acts
    assert _forecast_acts("the council would resist any appeal") == (frozenset({"resist"}), frozenset({"appeal"}))
    assert _forecast_acts("the bridge will not be visible from the road") == (frozenset(), frozenset())
    # (p95) "expects X to VERB" is read for the act it expects and what it is done to
    assert _forecast_acts("the board expects profits to rise") == (frozenset({"rise"}), frozenset({"profit"}))


def test_b_two_acts_forecast_are_no_contradiction(nlp):
    a = FERRY + "Norseway Ferries said it will not cut sailings on the island route again."
    b = FERRY + "The islanders' council said it would ask Norseway Ferries to restore the sailings."
    assert not _contradictions(nlp, a, b)


def test_b_one_act_forecast_and_denied_still_opposes(nlp):
    # near miss: one verb, said to come and not to come
    a = FERRY + "Norseway Ferries said it will not cut sailings on the island route again."
    b = FERRY + "The islanders' council said Norseway Ferries would cut sailings on the island route in May."
    assert _contradictions(nlp, a, b)


def test_b_two_verbs_of_one_thing_still_oppose(nlp):
    # near miss: "restore" / "reinstate" the same timetable
    a = FERRY + "Norseway Ferries said it was on track to restore the summer timetable by March."
    b = FERRY + "The islanders' council said Norseway Ferries was unlikely to reinstate the summer timetable before June."
    assert _contradictions(nlp, a, b)
