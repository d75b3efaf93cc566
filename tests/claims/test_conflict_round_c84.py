"""Round c84: contradiction recall, a time limit said to be kept against a time said to
have been taken past it (docs/conflicts.md, "Round c84"). Sentences written for these
tests, not the gold.

a. An assurance tells a limit ("every reported broken streetlight is repaired within 72
   hours") and a finding tells a wait past it ("had waited more than a week to be repaired"): no
   opposite word, negation or shared measure, so no other reader saw the pair
   (`claims.conflicts.time_limits`, `_Wording.limit` / `overrun`)."""

from __future__ import annotations

from datetime import date

from claims.conflicts import find_conflicts
from claims.conflicts.time_limits import past_limit, time_limit, time_overrun
from tests.claims.test_figure_roles import _claims

ASSURANCE = ("Fenwold District Council said every reported broken streetlight in the district is repaired "
             "within 72 hours. The council said it had spent more on street lighting this year.")
FINDING = ("A survey by the Fenwold Residents' Association found that one broken streetlight on Orchard "
           "Way had waited more than a week to be repaired, the association said. The survey also said residents "
           "wanted more street lighting in the district.")
IN_TIME = FINDING.replace("more than a week", "two days")
ANOTHER_THING = ("A survey by the Fenwold Residents' Association found that callers to the council's helpline "
                 "had waited nine days for an answer, the association said. The survey also said residents "
                 "wanted more street lighting in the district.")


def _contradictions(nlp, *articles):
    """The reasons of every conflict found between the articles, given as (text, outlet,
    published) triples. A contradiction of a pair the numeric rule also sets against each
    other is kept as the numeric conflict's "also:" (`one_per_claim_pair`): the reason
    holds it either way."""
    refs = [r for k, (text, outlet, day) in enumerate(articles) for r in _claims(nlp, f"a{k}", text, outlet, day)]
    return [c.reason for c in find_conflicts(refs)]


def _limit_broken(reasons):
    return any("says it is done within a time" in r and "within 72 hours" in r for r in reasons)


def test_a_a_wait_past_the_limit_opposes_it(nlp):
    pairs = _contradictions(nlp, (ASSURANCE, "Fenwold Echo", date(2026, 3, 3)),
                            (FINDING, "Vale Weekly", date(2026, 3, 5)))
    assert _limit_broken(pairs)


def test_a_near_miss_a_wait_within_the_limit(nlp):
    # "two days" is within 72 hours: the survey bears the council out.
    pairs = _contradictions(nlp, (ASSURANCE, "Fenwold Echo", date(2026, 3, 3)),
                            (IN_TIME, "Vale Weekly", date(2026, 3, 5)))
    assert not _limit_broken(pairs)


def test_a_near_miss_a_wait_for_another_thing(nlp):
    # Callers waiting for an answer are not streetlights waiting for a repair.
    pairs = _contradictions(nlp, (ASSURANCE, "Fenwold Echo", date(2026, 3, 3)),
                            (ANOTHER_THING, "Vale Weekly", date(2026, 3, 5)))
    assert not _limit_broken(pairs)


def test_a_limits_and_overruns_read():
    assert time_limit("every reported leak is fixed within 48 hours") == 48.0
    assert time_limit("refunds will be paid within a fortnight") == 336.0
    # A share, a negation or a missed limit is the finding, not the assurance.
    assert time_limit("only 40% of leaks were fixed within 48 hours") is None
    assert time_limit("the leak was not fixed within 48 hours") is None
    assert time_limit("it failed to inspect 30 homes within 14 days") is None
    # One past act, an aim, a hope: no rule or promise kept.
    assert time_limit("the landlord had contacted the tenant within a day") is None
    assert time_limit("the council aims to fix leaks within 48 hours") is None
    assert time_limit("the pier could be reopened within six weeks") is None
    assert time_overrun("tenants had waited more than three weeks for a visit") == 504.0
    assert time_overrun("the average wait for a repair was six days") == 144.0
    assert time_overrun("inspections had taken longer than 14 days") > 336.0
    # A wait denied, and a difference: no time taken.
    assert time_overrun("nobody waited more than twenty minutes to get in") is None
    assert time_overrun("the journey will take up to ten minutes longer") is None
    assert past_limit(48.0, 144.0) and not past_limit(336.0, 240.0) and not past_limit(None, 10.0)


# b. A delay told by its length or against the plan it runs behind ("18 months behind the
#    timetable", "years behind", "behind its target") is the late side of the on-time row
#    of claims/data/conflict_opposites.txt; "behind" alone is not.

def _opposed(a: str, b: str):
    from claims.conflicts.contradictions import _Wording
    return _Wording.of(a).opposed_to(_Wording.of(b))


def test_b_a_delay_by_its_length_opposes_on_schedule():
    assert _opposed("The new sports hall is about nine months behind the timetable set by the council",
                    "the builder said the sports hall was on schedule")
    assert _opposed("the ring road was years behind, a councillor said", "The ring road is on track")
    assert _opposed("the water company was behind its target for fixing leaks",
                    "the water company said its leak repairs were on track")


def test_b_near_miss_behind_alone():
    # A place behind another, and a group behind a campaign: no delay told.
    assert not _opposed("the car park behind the sports hall was closed on Monday",
                        "the builder said the sports hall was on schedule")
    assert not _opposed("the residents behind the campaign against the ring road", "The ring road is on track")


def test_cr86_what_is_no_limit_kept_or_time_taken():
    """Review cr86 of round c84: each of these read a limit or a time taken before."""
    # One past act beside another clause's "is"; an aim; two limits; lateness against a timetable.
    assert time_limit("the broken streetlight on the lane, which is on a bus route, was repaired within 72 hours") is None
    assert time_limit("it aims to fill all potholes within 48 hours") is None
    assert time_limit("all buses should arrive within an hour") is None
    assert time_limit("every call is answered within two minutes and every leak fixed within 72 hours") is None
    assert time_limit("every train is within five minutes of its scheduled time") is None
    assert time_limit("meant to be completed within 48 hours, but only 40% are") is None
    # Hyphened modifiers and idioms tell no time taken.
    assert time_overrun("engineers take 12-week courses") is None
    assert time_overrun("the firm is taking 16-year-old apprentices") is None
    assert time_overrun("staff took 48-hour strike action") is None
    assert time_overrun("she had to take a day off") is None
    # A month kept by its longest reading, a time taken by its shortest.
    assert not past_limit(time_limit("refunds are paid within a month"), time_overrun("the refund took 31 days"))
    assert past_limit(time_limit("every refund is paid within 50 days"), time_overrun("the refund took two months"))
    # Near misses: the round's own assurances still read.
    assert time_limit("every reported leak is fixed within 48 hours") == 48.0
    assert time_limit("every leak is fixed within 48 hours of being reported") == 48.0
    # A rule over every one of a kind told in reported speech's past tense is still a rule.
    assert time_limit("she has said every damp report was inspected within 14 days") == 336.0


def test_cr86_behind_in_idioms_is_no_delay():
    from claims.conflicts.contradictions import _opposite_words

    def late(text):
        return any(_opposite_words(text)[1])
    assert not late("he spent three years behind bars")
    assert not late("tenants are months behind on their rent")
    assert not late("the deal was agreed behind closed doors")
    assert late("the programme was years behind")
    assert late("the estate was 18 months behind the timetable")
