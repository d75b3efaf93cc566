"""Round d26 (counter-statements: disputes with no rejecting word): docs/conflicts.md,
"Added in round d26". The counter-statement readers tried were dropped (no closed gain);
kept is one fix of the statement-judging reader: a past participle not ending in "-ed"
("cut", "kept", "shut") after a copula tells what was done to the subject, like "was
reduced", and judges no statement. Sentences written for these tests, about none of the
gold cases."""

from datetime import date

import pytest

from claims.rebuttals import judges_a_statement
from tests.claims.test_conflict_round_t11 import _joins
from tests.claims.test_conflict_round_t12 import _disputes


@pytest.mark.parametrize("text", [
    "the summer timetable would be cut to three trains an hour",
    "the timetable was kept for another year",
    "the spring timetable will be put back by a month",
    "the timetable was not cut after all",
])
def test_an_irregular_participle_after_a_copula_judges_no_statement(text):
    assert not judges_a_statement(text, "She said ")


@pytest.mark.parametrize("text", [
    "the timetable was wishful thinking",
    "the council's timetable was simply wrong",
    "the timetable was misguided",
    "the timetable was not credible",
])
def test_a_judgement_of_a_timetable_still_rejects_it(text):
    # Near misses: a complement that judges the statement stays a rejection.
    assert judges_a_statement(text, "She said ")


def test_two_parties_agreeing_on_a_cut_timetable_are_no_dispute(nlp):
    first = ("The Ardley rail authority said on Monday that the branch line would stay open. "
             "Authority chief Maya Thorne said the summer timetable would be cut to three trains an hour.")
    second = ("The operator, Westvale Rail, said the branch line needed new signals. "
              "It agreed that the summer timetable would drop to three trains an hour.")
    pairs = _disputes(nlp, (first, "Outlet A", date(2027, 5, 3)), (second, "Outlet B", date(2027, 5, 5)))
    assert not _joins(pairs, "would be cut to three trains", "would drop to three trains")


def test_a_judged_timetable_is_still_a_dispute(nlp):
    # Near miss of the test above: the other party calls the timetable wrong.
    first = ("The Ardley rail authority said on Monday that the branch line would reopen in March. "
             "Authority chief Maya Thorne said the timetable for the reopening had been agreed with the operator.")
    second = ("The operator, Westvale Rail, said the authority's timetable for the reopening was wishful thinking.")
    pairs = _disputes(nlp, (first, "Outlet A", date(2027, 5, 3)), (second, "Outlet B", date(2027, 5, 5)))
    assert any("wishful thinking" in x or "wishful thinking" in y for x, y in pairs)
