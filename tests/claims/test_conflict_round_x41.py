"""Rules of round x41, from a review of the contradictions nobody labelled: a rise and a
fall whose verbs' subjects name two things ("the number of cycle journeys on the road
rose" / "footfall in the shops along the road has fallen") do not contradict, though the
words near the two verbs share a place or an owner; nor does "close" of nearness ("the
vote was not close") against "close" of shutting ("the unit will close"). Sentences written for these tests,
about none of the gold cases; each positive test has a near miss."""

from datetime import date

from claims.conflicts import ALSO, find_conflicts
from claims.conflicts.contradictions import _change_subject_head, _close_senses
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims
from tests.claims.test_conflict_round_t11 import _joins
from tests.claims.test_conflict_round_u40 import _contradictions


def test_the_subject_head_is_read_before_its_preposition_or_through_a_frame():
    assert _change_subject_head("footfall in the shops along the quay has fallen by 12%", "fallen") == {"footfall"}
    assert _change_subject_head("the number of ferry crossings from the quay rose by 8%", "rose") == {"crossing"} \
        or _change_subject_head("the number of ferry crossings from the quay rose by 8%", "rose") == {"cross"}
    assert _change_subject_head("Tram fares in Oldport will rise from May", "rise") == {"fare"}
    assert _change_subject_head("Passenger numbers are still falling", "falling") == {"passeng"}


def test_no_subject_head_is_read_of_a_pronoun_a_noun_use_or_an_adjective():
    # Near misses of the reading: what moved is told elsewhere, or the word is no verb.
    assert not _change_subject_head("it rose 3% on the year", "rose")
    assert not _change_subject_head("the station joined a growing number of stops without staff", "growing")
    assert not _change_subject_head("Cleaners received a 2 per cent rise in April", "rise")
    assert not _change_subject_head("tenants faced higher heating bills this winter", "higher")
    # A comparative after a copula is said of the subject, as a verb is.
    assert _change_subject_head("Heating bills were higher than last year", "higher") == {"bill"}


def test_a_rise_and_a_fall_of_two_things_on_one_quay_do_not_contradict(nlp):
    first = ("Ferry traffic at Oldport quay has changed since the new terminal opened, the harbour board said on "
             "Monday. The number of ferry crossings from the quay rose by 8% in the year after the terminal "
             "opened, the board said.")
    second = ("Ferry traffic at Oldport quay has changed since the new terminal opened, the quay traders said on "
              "Tuesday. Footfall in the shops along the quay has fallen by 12% since the terminal opened, the "
              "traders said.")
    pairs = _contradictions(nlp, (first, "Outlet A", date(2027, 6, 7)), (second, "Outlet B", date(2027, 6, 8)))
    assert not _joins(pairs, "ferry crossings from the quay rose", "Footfall in the shops along the quay")


def test_a_rise_and_a_fall_of_one_thing_on_one_quay_still_contradict(nlp):
    # Near miss: both subjects name footfall (one through a frame noun, "the number of").
    first = ("Ferry traffic at Oldport quay has changed since the new terminal opened, the harbour board said on "
             "Monday. Footfall in the shops along the quay rose by 8% in the year after the terminal opened, "
             "the board said.")
    second = ("Ferry traffic at Oldport quay has changed since the new terminal opened, the quay traders said on "
              "Tuesday. Footfall in the shops along the quay has fallen by 12% since the terminal opened, the "
              "traders said.")
    # (r50) The two are also figures apart (8% / 12%): told once, as numeric
    # (KIND_PRECEDENCE), the opposite words' reason kept after the figures'.
    refs = _claims(nlp, "a", first, "Outlet A", date(2027, 6, 7)) + \
        _claims(nlp, "b", second, "Outlet B", date(2027, 6, 8))
    (conflict,) = find_conflicts(refs)
    assert conflict.kind is ConflictKind.NUMERIC
    # (y58) the words as written in each claim
    assert 'says "rose" and' in conflict.reason.split(ALSO, 1)[1] and '"has fallen"' in conflict.reason.split(ALSO, 1)[1]


def test_a_rise_and_a_fall_of_two_names_of_one_measure_still_contradict(nlp):
    # Near miss: "costs" and "prices" are one group of conflict_measure_synonyms.txt.
    first = ("Heating at Oldport's council flats has been the subject of complaints all winter, the tenants' "
             "association said on Monday. Heating costs in the council flats have risen sharply this winter, "
             "the association said.")
    second = ("Heating at Oldport's council flats has been the subject of complaints all winter, the council said "
              "on Tuesday. Heating prices in the council flats have fallen this winter, the council said.")
    pairs = _contradictions(nlp, (first, "Outlet A", date(2027, 2, 7)), (second, "Outlet B", date(2027, 2, 8)))
    assert _joins(pairs, "Heating costs in the council flats have risen", "Heating prices in the council flats have fallen")


# --- "close" in two senses ------------------------------------------------------------------

def test_close_after_a_copula_or_before_to_is_nearness():
    assert _close_senses("The ballot on the strike was not close.") == {"near"}
    assert _close_senses("the two unions were close to an agreement") == {"near"}
    assert _close_senses("the depot will close within a year") == {"shut"}
    assert _close_senses("It means closing the depot.") == {"shut"}


def test_a_close_ballot_and_a_closing_depot_do_not_contradict(nlp):
    first = ("Drivers at the Marlby bus depot have voted for strike action over plans for the depot, the union "
             "said on Monday. The ballot on the strike was not close, the union said.")
    second = ("Drivers at the Marlby bus depot have voted for strike action over plans for the depot, the "
              "operator said on Tuesday. The depot will close within a year, the operator said.")
    pairs = _contradictions(nlp, (first, "Outlet A", date(2027, 9, 6)), (second, "Outlet B", date(2027, 9, 7)))
    assert not _joins(pairs, "The ballot on the strike was not close", "The depot will close within a year")


def test_a_close_ballot_and_a_ballot_not_close_still_contradict(nlp):
    # Near miss: nearness on both sides.
    first = ("Drivers at the Marlby bus depot have voted for strike action over plans for the depot, the union "
             "said on Monday. The ballot on the strike was not close, the union said.")
    second = ("Drivers at the Marlby bus depot have voted for strike action over plans for the depot, the "
              "operator said on Tuesday. The ballot on the strike had been very close, the operator said.")
    pairs = _contradictions(nlp, (first, "Outlet A", date(2027, 9, 6)), (second, "Outlet B", date(2027, 9, 7)))
    assert _joins(pairs, "The ballot on the strike was not close", "The ballot on the strike had been very close")
