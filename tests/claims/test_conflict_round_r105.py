"""Round r105 (a fact-checker's review of three fresh stories): a rejection of "the crowd
figures" with no owner answers the article's earlier figure naming the measure by a word of
its kin ("attendance"), not the nearest earlier figure of another measure; and a thing
denied at one past moment ("no visitors were inside when the cage fell") is not opposed by
a count telling nothing in the past ("carries up to 12 visitors") nor by a past count that
names nothing of the moment ("had 41,000 visitors in 2026"). Sentences written for these
tests, about none of the gold cases; each rule has a near miss."""

from claims.conflicts.contradictions import _Wording, _moment_untold
from tests.claims.test_conflict_round_t11 import _disputes, _joins
from tests.claims.test_conflict_round_m53 import _opposed

ARENA = ("The Ravelston Arena will close in June, its owner Hembury Venues said on Monday. "
         "Average attendance at its concerts fell to 2,300 last season, down from about 4,000 in 2019, "
         "the company said. The company said its debts stood at £900,000. ")


def test_the_crowd_figures_answer_the_attendance_figure_not_the_nearest_one(nlp):
    pairs = _disputes(nlp, ARENA + "Fans dispute the crowd figures.")
    assert _joins(pairs, "the crowd figures", "2,300")
    assert not _joins(pairs, "the crowd figures", "£900,000")


def test_a_figure_naming_the_measure_in_its_own_word_still_comes_first(nlp):
    # Near miss: an earlier figure names "crowds" itself; the kin word is not needed.
    text = ("The Ravelston Arena will close in June, its owner Hembury Venues said on Monday. "
            "Crowds at its concerts averaged 2,300 last season, the company said. "
            "Attendance at its comedy nights fell to 400, the company said. "
            "Fans dispute the crowd figures.")
    pairs = _disputes(nlp, text)
    assert _joins(pairs, "the crowd figures", "averaged 2,300")
    assert not _joins(pairs, "the crowd figures", "fell to 400")


DENIAL = "no visitors were on board when one of its two cages failed to stop at the top floor on 4 March"


def test_a_denial_at_one_moment_is_not_opposed_by_counts_of_no_moment(nlp):
    speakers = ("the museum trust", None)
    assert _opposed(nlp, DENIAL, "Its two cages each carry 12 visitors.", speakers) is None
    assert _opposed(nlp, DENIAL, "Visitor numbers continue to divide the trust and the council.", speakers) is None
    assert _opposed(nlp, DENIAL, "The museum had 41,000 paying visitors in 2026.", speakers) is None


def test_a_past_count_of_the_moment_still_opposes_the_denial(nlp):
    # Near misses: a past count naming the moment (the cages, the failure) still meets it;
    # a denial with no "when" clause is read as before.
    speakers = ("the museum trust", None)
    assert _opposed(nlp, DENIAL, "12 visitors were hurt when one of its two cages failed to stop", speakers)
    assert _opposed(nlp, "no visitors were on board", "Its two cages each carry 12 visitors.", speakers)


def test_the_moment_reading_of_the_denial():
    denial = _Wording.of("No visitors were inside when the cage fell, a trust spokeswoman said.")
    assert denial.moment
    capacity = _Wording.of("The Corbel Mill museum lift carries up to 12 visitors at a time.")
    year = _Wording.of("The Corbel Mill museum had 41,000 visitors in 2026.")
    hurt = _Wording.of("Four visitors were hurt when the cage fell at the museum.")
    assert _moment_untold(denial, capacity)
    assert _moment_untold(denial, year)
    assert not _moment_untold(denial, hurt)
    assert not _Wording.of("No visitors were hurt, a trust spokeswoman said.").moment
