"""Round r104 (a fact-checker's review of three fresh stories): a rise denied of one thing
and asserted of another ("Burglaries have not risen on the estate" / "the cost of the
patrols has risen") do not contradict; and a whole group is not read from a relative
pronoun after "each of" / "all of" ("at each of which library hours were discussed") nor
from an acronym in capitals taken for a past verb ("all of its lamps to LED"). Sentences
written for these tests, about none of the gold cases; each test has a near miss."""

from datetime import date

from claims.conflicts.contradictions import _universals
from tests.claims.test_conflict_round_t11 import _joins
from tests.claims.test_conflict_round_u40 import _contradictions


def test_a_rise_denied_of_one_thing_and_asserted_of_another_do_not_contradict(nlp):
    first = ("Night patrols on the Harnock estate began in May, the county police said on Monday. "
             "Burglaries have not risen on the Harnock estate since the patrols began, the police said.")
    second = ("Night patrols on the Harnock estate began in May, the district council said on Tuesday. "
              "The cost of the Harnock estate patrols has risen to £400,000 a year, the council said.")
    pairs = _contradictions(nlp, (first, "Outlet A", date(2027, 9, 6)), (second, "Outlet B", date(2027, 9, 7)))
    assert not _joins(pairs, "Burglaries have not risen", "has risen to £400,000")


def test_a_rise_denied_and_asserted_of_one_thing_still_contradicts(nlp):
    # Near miss: both subjects are burglaries on the estate.
    first = ("Night patrols on the Harnock estate began in May, the county police said on Monday. "
             "Burglaries have not risen on the Harnock estate since the patrols began, the police said.")
    second = ("Night patrols on the Harnock estate began in May, residents said on Tuesday. "
              "Burglaries on the Harnock estate have risen since the patrols began, the residents' association said.")
    pairs = _contradictions(nlp, (first, "Outlet A", date(2027, 9, 6)), (second, "Outlet B", date(2027, 9, 7)))
    assert _joins(pairs, "Burglaries have not risen", "Burglaries on the Harnock estate have risen")


def test_no_whole_group_is_read_from_a_relative_pronoun_or_a_capitalised_acronym():
    assert _universals("it held eight public meetings, at each of which library opening hours were discussed") == ()
    assert _universals("the two wardens, both of whom were paid overtime") == ()
    assert _universals("it had looked at converting all of its lamps to LED lanterns, which use less power") == ()


def test_a_whole_group_is_still_read_of_its_own_words():
    # Near misses: the group named after "each of the" / "all of its", with a past verb.
    assert _universals("each of the libraries was open on Sunday")
    assert _universals("all of its lamps were replaced last year")
    assert _universals("every one of the 12 ferries sailed on time")
