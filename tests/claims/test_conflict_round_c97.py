"""Round c97: a promise that no job will be lost, against a later count of people who lost
theirs (docs/conflicts.md, "Round c97"). Sentences written for these tests, not the gold;
each near miss must stay silent.

The promise ("Nobody will lose their job as a result of the merger", "no jobs would be
lost") and the report weeks later ("38 bakery workers have been made redundant", "12
drivers had been let go") share no denied and counted thing, so no reader met them
(`claims.conflicts.job_promises`, `_Wording.opposed_to`'s c97 block). A report told before
the promise, a count of people employed, and a count of people kept on stay silent."""

from __future__ import annotations

from datetime import date

from claims.conflicts.job_promises import promises_no_job_loss, reports_jobs_lost
from tests.claims.test_figure_roles import _claim_pairs as _contradictions

PROMISE = ("Brayford Foods will merge its two bakeries in Selworth next spring. \"Nobody will lose their job as a "
           "result of the merger,\" the company's chief executive, Ansel Quarrie, said at a meeting with staff in "
           "Selworth.")
REPORT = ("Brayford Foods has made 38 bakery workers in Selworth redundant since the merger of its two bakeries, "
          "the Bakers' Union said. Ansel Quarrie, Brayford's chief executive, declined to comment.")
COUNCIL = ("Tollmere council will hand its street-cleaning rounds to Greenway Services in April. The council "
           "said no jobs would be lost when the Tollmere rounds move to Greenway Services.")
LET_GO = ("The Street Workers' Union said nine agency sweepers who had worked on the Tollmere rounds for three years "
          "had been let go in May, weeks after Greenway Services took over the street-cleaning rounds from Tollmere "
          "council.")
EMPLOYS = ("Brayford Foods employs 380 bakery workers in Selworth at its two bakeries, the Bakers' Union said. "
           "Ansel Quarrie, Brayford's chief executive, declined to comment.")
KEPT = ("None of the 38 bakery workers in Selworth has been made redundant since the merger of its two bakeries, "
        "the Bakers' Union said. Ansel Quarrie, Brayford's chief executive, declined to comment.")


def _jobs(pairs, promise, report):
    return any(any(promise in t for t in p) and any(report in t for t in p) for p in pairs)


def test_a_promise_of_no_job_lost_and_a_later_count_made_redundant(nlp):
    pairs = _contradictions(nlp, (PROMISE, "Selworth Star", date(2026, 1, 10)), (REPORT, "Trade Weekly", date(2026, 1, 24)))
    assert _jobs(pairs, "Nobody will lose", "38 bakery workers")


def test_no_jobs_would_be_lost_and_later_let_go(nlp):
    pairs = _contradictions(nlp, (COUNCIL, "Tollmere Gazette", date(2026, 3, 2)), (LET_GO, "Works News", date(2026, 3, 20)))
    assert _jobs(pairs, "no jobs would be lost", "nine agency sweepers")


def test_near_miss_the_count_told_before_the_promise(nlp):
    pairs = _contradictions(nlp, (REPORT, "Trade Weekly", date(2026, 1, 10)), (PROMISE, "Selworth Star", date(2026, 1, 24)))
    assert not _jobs(pairs, "Nobody will lose", "38 bakery workers")


def test_near_miss_a_count_of_people_employed(nlp):
    pairs = _contradictions(nlp, (PROMISE, "Selworth Star", date(2026, 1, 10)), (EMPLOYS, "Trade Weekly", date(2026, 1, 24)))
    assert not _jobs(pairs, "Nobody will lose", "380 bakery workers")


def test_near_miss_a_count_of_people_kept_on(nlp):
    pairs = _contradictions(nlp, (PROMISE, "Selworth Star", date(2026, 1, 10)), (KEPT, "Trade Weekly", date(2026, 1, 24)))
    assert not _jobs(pairs, "Nobody will lose", "38 bakery workers")


def test_the_two_readings():
    assert promises_no_job_loss("There will be no compulsory redundancies at the depot")
    assert promises_no_job_loss("no posts would go as a result of the review")
    assert not promises_no_job_loss("Nobody lost their job in 2024")  # no promise: a past denial
    assert not promises_no_job_loss("no student will be evicted")  # no job
    assert reports_jobs_lost("the company cut 200 jobs at the plant", ["200"])
    assert not reports_jobs_lost("41 staff had been told their roles would end in August", ["41"])  # still to come
    assert not reports_jobs_lost("the plant employs 300 people", ["300"])


def test_a_loss_forecast_is_no_report():
    assert not reports_jobs_lost("the union says as many as 400 jobs could go", ["400"])
    assert not reports_jobs_lost("up to 150 posts are expected to go over three years", ["150"])


def test_denials_of_another_act_or_with_a_condition_are_no_promise():
    assert promises_no_job_loss("no teacher would be made redundant")
    assert promises_no_job_loss("no warehouse jobs would be lost")
    assert not promises_no_job_loss("the union would strike if the firm did not rule out compulsory redundancies")
    assert not promises_no_job_loss("There will be no compulsory redundancies if enough staff volunteer to leave")
    assert not promises_no_job_loss("the board would not withdraw the redundancy notices while talks continued")
    assert not promises_no_job_loss("the council had never claimed that no jobs would be lost")


def test_voluntary_redundancy_is_no_job_lost():
    assert not reports_jobs_lost("140 staff had applied for voluntary redundancy", ["140"])
    assert reports_jobs_lost("52 staff had been made compulsorily redundant", ["52"])
