"""Round p114: a date given ahead for an event, against another account that the event will
not happen before a later date (docs/conflicts.md, "Round p114"). Sentences written for
these tests, not the gold; each near miss must stay silent.

"The footbridge would be finished by November" and "the footbridge will not be finished
before the summer of 2028" are both told ahead: no report of the event done late, so
h103's `late_outcomes` read nothing, and the forecast row ("would" / "will not") was
dropped by its guards. `date_promises.not_before` reads the later date, `_date_overtaken`
pairs it with the date given, `_date_met` keeps it only when the later date falls past the
deadline's month. A later date announced openly as revised, a date not past the deadline,
two events, and a condition stay silent."""

from __future__ import annotations

from datetime import date

from claims.conflicts.contradictions import _Wording
from claims.conflicts.date_promises import dated_forecasts, later_than_promised, not_before
from tests.claims.test_figure_roles import _claim_pairs as _contradictions

PROMISE = ("Work on the new cycle bridge over the Tarrow at Elmsby is going well, the county said on Monday. "
           "Its engineer said the cycle bridge would be finished by November.")
LATER = ("Inspectors said on Tuesday that the Elmsby cycle bridge over the Tarrow will not be finished before "
         "the summer of 2028, because its steel deck failed a load test.")
TAKE_UNTIL = ("Inspectors said on Tuesday that the Elmsby cycle bridge over the Tarrow could take until 2028 to "
              "finish, because its steel deck failed a load test.")
NOT_PAST = ("Inspectors said on Tuesday that the Elmsby cycle bridge over the Tarrow will not be finished before "
            "October, because its steel deck needs a second coat of paint.")
REVISED = ("The county has put back the date: the Elmsby cycle bridge over the Tarrow will not be finished before "
           "the summer of 2028, because its steel deck failed a load test.")
CONDITION = ("Inspectors said on Tuesday that the Elmsby cycle bridge over the Tarrow will not be finished before "
             "the summer of 2028 if its steel deck fails a second load test.")
OTHER_EVENT = ("Inspectors said on Tuesday that the Elmsby cycle path beside the Tarrow will not reopen before "
               "the summer of 2028, because its embankment slipped.")
PHASE_ONE = ("Work on the Elmsby cycle bridge over the Tarrow is going well, the county said on Monday. "
             "Its engineer said the first phase of the cycle bridge would be finished by November.")
PHASE_TWO = ("Inspectors said on Tuesday that the second phase of the Elmsby cycle bridge over the Tarrow will not be "
             "finished before the summer of 2028, because its steel deck failed a load test.")
MET = ("Inspectors said on Tuesday that the Elmsby cycle bridge over the Tarrow was finished in October, a month "
       "before the date the county had given.")

LIDO = ("The Carrow Lido, shut since a pump failed, will be running again by August, its trust said on Friday. "
        "Volunteers are repainting the changing rooms.")
LIDO_SUMMER = ("Engineers told the trust's board that the Carrow Lido will not reopen this summer, because a "
               "new pump cannot be delivered before October.")
LIDO_SEPTEMBER = ("Engineers told the trust's board that the Carrow Lido will not reopen before August, because "
                  "a new pump cannot be delivered sooner.")
LIDO_CLOSED = ("Engineers told the trust's board that the Carrow Lido would remain closed until the new year, "
               "because a new pump cannot be delivered sooner.")
LIDO_SATURDAY = ("The Carrow Lido, shut since a pump failed, would reopen on Saturday as planned, its trust said on "
                 "Monday. Volunteers are repainting the changing rooms.")
NEIGHBOUR = ("The café next to the Carrow Lido closed in October for repainting and will stay shut until the new "
             "year, the trust's board was told.")


def _found(pairs, promise, later):
    return any(any(promise in t for t in p) and any(later in t for t in p) for p in pairs)


def _pairs(nlp, promise, later, first=date(2026, 3, 2), second=date(2026, 3, 10)):
    return _contradictions(nlp, (promise, "Elmsby Post", first), (later, "Valley News", second))


def test_a_date_given_against_a_later_earliest_date(nlp):
    assert _found(_pairs(nlp, PROMISE, LATER), "would be finished by November", "not be finished before")


def test_a_date_given_against_a_time_to_take_until_a_later_year(nlp):
    assert _found(_pairs(nlp, PROMISE, TAKE_UNTIL), "would be finished by November", "could take until 2028")


def test_the_later_date_told_first(nlp):
    # both are told ahead: the order of the articles does not decide
    assert _found(_pairs(nlp, LATER, PROMISE), "would be finished by November", "not be finished before")


def test_a_reopening_by_a_month_against_not_this_summer(nlp):
    assert _found(_pairs(nlp, LIDO, LIDO_SUMMER, date(2026, 5, 1), date(2026, 5, 8)), "running again by August",
                  "will not reopen this summer")


def test_a_reopening_by_a_month_against_closed_until_the_new_year(nlp):
    assert _found(_pairs(nlp, LIDO, LIDO_CLOSED, date(2026, 5, 1), date(2026, 5, 8)), "running again by August",
                  "remain closed until the new year")


def test_a_reopening_on_a_weekday_against_closed_until_the_new_year(nlp):
    assert _found(_pairs(nlp, LIDO_SATURDAY, LIDO_CLOSED, date(2026, 11, 9), date(2026, 11, 11)),
                  "would reopen on Saturday", "remain closed until the new year")


def test_near_miss_a_neighbour_closed_until_the_new_year(nlp):
    assert not _found(_pairs(nlp, LIDO_SATURDAY, NEIGHBOUR, date(2026, 11, 9), date(2026, 11, 11)),
                      "would reopen on Saturday", "stay shut until")


def test_near_miss_the_earliest_date_within_the_deadline(nlp):
    assert not _found(_pairs(nlp, PROMISE, NOT_PAST), "would be finished by November", "not be finished before")


def test_near_miss_not_before_the_deadline_month_itself(nlp):
    # "by August" / "not before August": the event may still fall in August
    assert not _found(_pairs(nlp, LIDO, LIDO_SEPTEMBER, date(2026, 5, 1), date(2026, 5, 8)),
                      "running again by August", "will not reopen before")


def test_near_miss_a_date_put_back_openly(nlp):
    assert not _found(_pairs(nlp, PROMISE, REVISED), "would be finished by November", "put back")


def test_near_miss_a_later_date_under_a_condition(nlp):
    assert not _found(_pairs(nlp, PROMISE, CONDITION), "would be finished by November", "second load test")


def test_near_miss_two_phases_of_one_job():
    # this reader reads no pair of two parts of a job; (left open) the negated predicate's own
    # reader still opposes "would be finished" to "will not be finished" of two phases
    first = _Wording.of("the first phase of the cycle bridge would be finished by November")
    second = _Wording.of("the second phase of the Elmsby cycle bridge will not be finished before the summer of 2028")
    whole = _Wording.of("the Elmsby cycle bridge will not be finished before the summer of 2028")
    assert first._date_overtaken(second) is None and second._date_overtaken(first) is None
    assert first._date_overtaken(whole) is None
    assert _Wording.of("the cycle bridge would be finished by November")._date_overtaken(whole)


def test_near_miss_a_deadline_met(nlp):
    assert not _found(_pairs(nlp, PROMISE, MET), "would be finished by November", "finished in October")


def test_near_miss_another_event(nlp):
    assert not _found(_pairs(nlp, PROMISE, OTHER_EVENT), "would be finished by November", "will not reopen")


def test_the_readings():
    assert not_before("the footbridge will not be finished before September 2027") == \
        (("finish", 2027, 9, "the footbridge"),)
    assert not_before("it says the line will not be completed before the end of 2028") == \
        (("finish", 2028, 12, "the line"),)
    assert not_before("the work could take until 2029 to complete") == (("finish", 2029, 1, "the work"),)
    assert not_before("the baths at Carrow will not reopen this summer") == (("reopen", 0, 9, "the baths"),)
    assert not_before("the road will stay closed until at least next spring") == (("reopen", 0, 3, "the road"),)
    assert not_before("the museum won't reopen until the end of next year") == (("reopen", 0, 24, "the museum"),)
    # a second verb after "and": what it is told of is not followed
    assert not not_before("the shop next to the baths closed in May and will stay shut until the new year")
    # a past, an opening told, an event that is no scheduled one: nothing
    assert not not_before("the road stayed closed until March")
    assert not not_before("the footbridge will be finished before September")
    assert not not_before("the council will not decide before September")
    assert dated_forecasts("we are on schedule to finish the whole line by the end of this year") == (("finish", 12),)
    assert dated_forecasts("the lift will be running again by August") == (("reopen", 8),)


def test_the_dates_compared():
    said = date(2026, 3, 2)
    assert later_than_promised(("finish", 12), said, ("finish", 2027, 9, "it"), said)
    assert later_than_promised(("complete", 12), said, ("finish", 2027, 1, "it"), said)  # one event in two words
    assert not later_than_promised(("finish", 12), said, ("finish", 0, 11, "it"), said)
    # "by December" / "not before December"
    assert not later_than_promised(("finish", 12), said, ("finish", 0, 12, "it"), said)
    assert later_than_promised(("finish", 12), said, ("finish", 0, 13, "it"), said)  # the new year
    assert not later_than_promised(("finish", 12), said, ("reopen", 2028, 1, "it"), said)
    # a weekday: within the week of the telling
    assert later_than_promised(("reopen", 0), date(2026, 11, 9), ("reopen", 0, 13, "it"), date(2026, 11, 11))
    assert not later_than_promised(("reopen", 0), date(2026, 11, 9), ("reopen", 0, 11, "it"), date(2026, 11, 11))
