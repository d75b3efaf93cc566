"""Round c65: contradictions missed at step (c), no opposition reader firing
(docs/conflicts.md, "Added in round c65"). Sentences written for these tests, about none
of the gold cases; each rule has a near miss.

a. A count whose relative clause tells what befell those counted ("Three drivers who were
   taken by ambulance to the county hospital") breaks "nobody was injured": the clause is
   read to its end, not only its first six words.
b. A rise and a fall in one claim, the second in a clause of time or cause ("have fallen
   since ticket prices went up"), is the main clause's change; not two changes set side by
   side by "while".
c. A rise and a fall whose verbs' subjects have one head ("Passenger complaints had
   dropped" / "Complaints to the company had increased") oppose though the two claims
   share few other words; not two heads ("Parking fines ... had increased").
d. A measure said to have gone backwards against the same measure improved (a direction
   row: the two claims must share what they are about); not another measure."""

from datetime import date

from claims.conflicts.contradictions import _change_row, _one_measure, _opposite_words
from tests.claims.test_conflict_round_t11 import _joins
from tests.claims.test_conflict_round_u40 import _contradictions

DAY, NEXT = date(2027, 9, 6), date(2027, 9, 7)


# --- a. a count's relative clause ---------------------------------------------------------

STORY = ("A gas cylinder exploded in a workshop at the Farrow Road bus depot in Kelby on Sunday night, "
         "destroying two buses and damaging the workshop roof. Fire crews from Kelby and Marston put out the "
         "blaze in about an hour. ")
NOBODY_HURT = STORY + "Nobody was injured in the explosion, a spokesman for the operator said."


def test_a_count_whose_relative_clause_tells_the_harm_breaks_nobody_injured(nlp):
    other = (STORY + "Three drivers who were taken by ambulance to Kelby General Hospital after the "
             "explosion have been sent home, the drivers' union said.")
    pairs = _contradictions(nlp, (NOBODY_HURT, "Outlet A", DAY), (other, "Outlet B", NEXT))
    assert _joins(pairs, "Nobody was injured", "Three drivers who were taken by ambulance")


def test_a_near_miss_a_relative_clause_telling_no_harm(nlp):
    other = (STORY + "Three drivers who were working the late shift at the depot that night have been moved to other "
             "garages, the drivers' union said.")
    pairs = _contradictions(nlp, (NOBODY_HURT, "Outlet A", DAY), (other, "Outlet B", NEXT))
    assert not _joins(pairs, "Nobody was injured", "Three drivers who were working")


# --- b. a change in a clause of time or cause ----------------------------------------------


def _change_sides(text):
    left, right = _opposite_words(text)
    k = _change_row()
    return left[k], right[k]


def test_the_main_clause_change_is_the_claims_side():
    sides = _change_sides("passenger numbers on the line have fallen since ticket prices went up")
    assert sides == (None, "fallen")
    assert _change_sides("bookings rose after the fares came down") == ("rose", None)
    # Near misses: two changes set side by side are no side; nor is a claim whose main
    # clause holds both.
    assert _change_sides("food sales rose by 8%, while fuel sales fell by 3%") == ("rose", "fell")
    assert _change_sides("sales rose and then fell when the offer ended") == ("rose", "fell")


def test_a_rise_against_a_fall_since_a_cause_contradicts(nlp):
    first = ("Passenger numbers on the Kelby branch line had risen to about 9,000 a day by the summer, "
             "the train operator said on Monday.")
    second = ("Passenger numbers on the Kelby branch line have fallen since ticket prices went up, "
              "the rail users' group said on Tuesday.")
    pairs = _contradictions(nlp, (first, "Outlet A", DAY), (second, "Outlet B", NEXT))
    assert _joins(pairs, "had risen to about 9,000", "have fallen since ticket prices went up")


def test_a_near_miss_two_changes_side_by_side(nlp):
    first = ("Freight traffic on the Kelby branch line has fallen this year, the train operator said on Monday.")
    second = ("Passenger numbers on the Kelby branch line rose by 4%, while freight traffic fell by 9%, "
              "the rail users' group said on Tuesday.")
    pairs = _contradictions(nlp, (first, "Outlet A", DAY), (second, "Outlet B", NEXT))
    assert not _joins(pairs, "Freight traffic on the Kelby branch line has fallen", "rose by 4%")


# --- c. one subject head ------------------------------------------------------------------


def test_one_head_is_one_measure():
    assert _one_measure(frozenset({"complaint"}), frozenset({"complaint"}))
    assert not _one_measure(frozenset({"complaint"}), frozenset({"fine"}))
    assert not _one_measure(frozenset(), frozenset({"complaint"}))


AIRPORT = ("Kelby airport opened a new eastern flight path in May, sending about 40 more flights a day over "
           "the villages of Marston and Holme. The airport company says the route cuts fuel use and delays. ")


def test_a_rise_and_a_fall_of_one_head_contradict_with_few_shared_words(nlp):
    first = AIRPORT + "Passenger complaints had dropped to their lowest level in a decade, the airport company said."
    second = AIRPORT + ("Complaints to the company had increased sharply over the summer months, "
                        "when hundreds of homes under the new route lost sleep, residents' groups said.")
    pairs = _contradictions(nlp, (first, "Outlet A", DAY), (second, "Outlet B", NEXT))
    assert _joins(pairs, "Passenger complaints had dropped", "Complaints to the company had increased")


def test_a_near_miss_a_rise_and_a_fall_of_two_heads(nlp):
    first = AIRPORT + "Passenger complaints had dropped to their lowest level in a decade, the airport company said."
    second = AIRPORT + ("Parking fines issued by the company had increased sharply over the summer, when hundreds "
                        "of drivers used the new drop-off lane, residents' groups said.")
    pairs = _contradictions(nlp, (first, "Outlet A", DAY), (second, "Outlet B", NEXT))
    assert not _joins(pairs, "Passenger complaints had dropped", "Parking fines issued by the company")


# --- d. gone backwards against improved ---------------------------------------------------

CLINIC = ("Kelby's walk-in clinic moved to the retail park in March, and opening hours were cut on Sundays. "
          "The health board says the move saves money and frees up staff. ")


def test_gone_backwards_against_improved_of_one_measure(nlp):
    first = CLINIC + "Waiting times at the walk-in clinic had gone backwards since the move, patients' groups said."
    second = CLINIC + ("Waiting times at the walk-in clinic have improved in each of the last four months, "
                       "the board said.")
    pairs = _contradictions(nlp, (first, "Outlet A", DAY), (second, "Outlet B", NEXT))
    assert _joins(pairs, "had gone backwards since the move", "have improved in each of the last four months")


def test_a_near_miss_gone_backwards_against_another_measure_improved(nlp):
    first = CLINIC + "Waiting times at the walk-in clinic had gone backwards since the move, patients' groups said."
    second = CLINIC + "Staff morale has improved in each of the last four months, the board said."
    pairs = _contradictions(nlp, (first, "Outlet A", DAY), (second, "Outlet B", NEXT))
    assert not _joins(pairs, "had gone backwards since the move", "Staff morale has improved")
