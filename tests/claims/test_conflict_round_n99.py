"""Round n99, counts of one count-noun family lost to the postings cap ("jobs" / "posts",
"homes" / "households"): looked up among the articles of their story and compared only
when they are one count (one act, one holder, no sub-group, no part); and a span of
months with no year, told in the past early the next year, is last year's span.
Sentences written for these tests; each rule has a near miss."""

from datetime import date

import pytest

import claims.conflicts.numeric as numeric
from claims.conflicts import find_conflicts
from claims.conflicts.common import ConflictSettings
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 3, 9)
# A cap of one claim a key: every key the two articles share is dropped from the
# postings, as "job" and "home" are in a store of many stories.
CAPPED = ConflictSettings(candidate_postings_cap=1)

LEAD = ("The Harwick bakery group {verb}, its chief executive Dora Penn said on Tuesday. "
        "The group runs bakeries across the Harwick valley.")
REST = " The union says the Harwick bakery group is cutting too deep."


def _numeric_between(nlp, a, b, settings=CAPPED, day_a=DAY, day_b=DAY):
    refs = _claims(nlp, "a", a, "Outlet A", day_a) + _claims(nlp, "b", b, "Outlet B", day_b)
    return [c for c in find_conflicts(refs, (), settings) if c.kind is ConflictKind.NUMERIC]


# --- counts of one family -----------------------------------------------------------------------
# The lookup is off by default (`numeric.COUNTED_KIN`, see docs/conflicts.md, Round n99: on
# the closed sets it added a false alarm and no find); these tests turn it on.


@pytest.fixture
def counted(monkeypatch):
    monkeypatch.setattr(numeric, "COUNTED_KIN", True)


CUT = LEAD.format(verb="will close two bakeries and 320 jobs will go")
POSTS = "The bakers' union said about 540 posts at the Harwick bakery group would go." + REST


def test_two_counts_of_one_family_meet_in_the_story_whatever_the_postings_keep(nlp, counted):
    assert _numeric_between(nlp, CUT, POSTS)


def test_counts_of_one_family_fail_without_the_story_lookup(nlp, monkeypatch, counted):
    # ... as they do by default
    monkeypatch.setattr(numeric, "COUNTED_KIN", False)
    assert not _numeric_between(nlp, CUT, POSTS)
    monkeypatch.setattr(numeric, "COUNTED_KIN", True)
    monkeypatch.setattr(numeric, "_counted_kin_in_story", lambda *args: set())
    assert not _numeric_between(nlp, CUT, POSTS)


def test_a_lost_count_is_not_a_created_one(nlp, counted):
    # Near miss: jobs cut against posts created are two acts
    created = "The bakers' union said the Harwick bakery group had created 540 posts since it opened." + REST
    assert not _numeric_between(nlp, CUT, created)


def test_a_sub_group_is_not_the_whole(nlp, counted):
    # Near miss: "540 delivery posts" names a sub-group the other claim never mentions
    drivers = "The bakers' union said about 540 delivery posts at the Harwick bakery group would go." + REST
    assert not _numeric_between(nlp, CUT, drivers)


def test_a_count_scoped_to_a_part_is_not_the_whole(nlp, counted):
    # Near miss: the posts of one depot against the group's jobs
    depot = "The bakers' union said about 540 posts at its Kelling depot would go." + REST
    assert not _numeric_between(nlp, CUT, depot)


def test_count_family_and_parts_read_from_the_data_files():
    families = numeric.count_families()
    assert families["role"] == families["post"] == families["job"]
    assert families["household"] == families["home"] != families["job"]
    assert "people" not in families
    assert numeric._count_parts(type("C", (), {"text": "200 roles at its new automated depot"})()) == {"depot"}
    assert numeric._count_parts(type("C", (), {"text": "214 homes completed in March"})()) == {"march"}
    assert not numeric._count_parts(type("C", (), {"text": "850 jobs across its British operations"})())


# --- a span of months with no year --------------------------------------------------------------

def test_a_past_month_span_with_no_year_early_in_the_year_is_last_years():
    feb = date(2026, 2, 10)
    assert numeric._past_month_span("Tenants said repairs had been missed 900 times between July and December",
                                    feb) == 2025
    # Near misses: a span still to come, one told in the present, one with its year, one
    # already ended this year
    assert numeric._past_month_span("The works will run between July and December", feb) is None
    assert numeric._past_month_span("The road is closed from March to May", feb) is None
    assert numeric._past_month_span("Repairs were missed between July and December 2024", feb) is None
    assert numeric._past_month_span("Repairs were missed between July and December", date(2026, 12, 20)) is None


def test_a_month_span_told_weeks_later_as_last_year_is_the_same_past_year(nlp):
    a = ("Tenants of the Harwick estate said 900 repairs had been missed between July and December, "
         "their association's chair Ada Lum said.")
    b = ("Inspectors have found that the Harwick estate's landlord missed 1,400 repairs between July and "
         "December last year, the regulator said.")
    assert _numeric_between(nlp, a, b, ConflictSettings(), day_b=date(2026, 4, 20))
    # Near miss: the same span told in December is this year's, not the review's year
    assert not _numeric_between(nlp, a, b, ConflictSettings(), day_a=date(2025, 12, 20), day_b=date(2027, 2, 1))


# --- a count of occasions against a count of the act -------------------------------------------

def test_occasions_of_an_act_are_a_count_of_that_act(nlp):
    times = _figure(nlp, "Campaigners say the plant breached its emission limits 37 times last year.", "37")
    breaches = _figure(nlp, "The operator said there had been nine breaches last year.", "nine")
    assert numeric._occasions_of_the_count(*times, breaches[0])
    # Near miss: searched four times, against a count of records (another thing)
    searched = _figure(nlp, "Officers searched the flat four times last year.", "four")
    records = _figure(nlp, "The force holds 40 search records for the flat.", "40")
    assert not numeric._occasions_of_the_count(*searched, records[0])
    assert numeric._frequency(*times) and not numeric._frequency(*breaches)


def _figure(nlp, text, surface):
    ref = next(r for r in _claims(nlp, "a", text, "Outlet A", DAY) if any(q.surface == surface
                                                                         for q in r.claim.quantities))
    return next(q for q in ref.claim.quantities if q.surface == surface), ref.claim


# --- a count of a family parsed as a change ----------------------------------------------------

def test_jobs_cut_are_a_count_of_jobs(nlp, counted):
    cut = LEAD.format(verb="will cut 320 jobs")
    assert _numeric_between(nlp, cut, POSTS)


def test_a_change_told_by_its_size_is_not_a_count_acted_on(nlp):
    cut = _figure(nlp, "The Harwick bakery group will cut 320 jobs, its chief executive said.", "320")
    posts = _figure(nlp, "The union said about 540 posts would go.", "about 540")
    assert numeric._counted_act_as_count(*cut, *posts) is not None
    # Near miss: a fall told by its size ("fell by 320") against a count
    fell = _figure(nlp, "Staff numbers at the Harwick bakery group fell by 320 jobs last year.", "320")
    assert numeric._counted_act_as_count(*fell, *posts) is None


def test_jobs_put_at_risk_are_the_jobs_a_plan_would_cut(nlp, counted):
    risk = LEAD.format(verb="is putting about 320 jobs at risk")
    assert _numeric_between(nlp, risk, POSTS)
    # Near miss: jobs created against jobs lost
    created = LEAD.format(verb="will create 320 jobs")
    assert not _numeric_between(nlp, created, POSTS)
