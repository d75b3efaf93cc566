"""Rules of the c18 round: two accounts dating one event apart (another weekday, month or
clock time: "the vessel struck a sandbank shortly before midnight" / "the ship struck the
sandbank at about 9pm") contradict each other, unless one is a plan and the other an
outcome, a date is a bound ("not before March") or the date of a saying ("said on
Monday"), the claims tell of two events, or they read a measure at two dates; and a change
forecast ("may rise next winter") does not oppose a past change ("fell this spring").
Sentences written for these tests; each rule has a near miss."""

from datetime import date

import pytest

from claims.clustering import cluster_claims
from claims.conflicts.contradictions import _Wording
from claims.conflicts import find_conflicts
from claims.event_dates import EventDate, dated_apart, event_dates, event_words, is_forecast, same_event
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims

DAY = date(2027, 5, 11)


def _kinds(nlp, a, b, a_day=DAY, b_day=DAY):
    refs = _claims(nlp, "a", a, "Outlet A", a_day) + _claims(nlp, "b", b, "Outlet B", b_day)
    return {c.kind for c in find_conflicts(refs)}


# --- reading the dates ------------------------------------------------------------------


@pytest.mark.parametrize("text, grain, value", [
    ("the barge hit the lock gate on Thursday night", "weekday", ("Thursday",)),
    ("the samples were taken on 14 March", "month", ("March", 14)),
    ("the samples were taken on March 12", "month", ("March", 12)),
    ("the survey began in October", "month", ("October", 0)),
    ("the lift stopped at about 4.30pm", "clock", (16 * 60 + 30,)),
    ("the lift stopped shortly before midnight", "clock", (0,)),
    ("the pumps did not restart until Friday", "weekday", ("Friday",)),
])
def test_the_date_of_the_event_is_read(text, grain, value):
    (found,) = event_dates(text)
    assert (found.grain, found.value) == (grain, value)


@pytest.mark.parametrize("text", [
    "the pumps will not restart before Friday",  # a bound
    "the canal stays shut until March",  # a bound
    "the barge hit the lock gate, the operator said on Monday",  # the date of a saying
    "the lock closed on Monday and reopened on Thursday",  # two events
    "the cleanup after Sunday's flood",  # another event named by its date
    "the council may review the scheme",  # "may" is no month
])
def test_bounds_sayings_and_two_dated_events_are_no_event_date(text):
    assert event_dates(text) == ()


def test_dates_are_apart_by_grain_with_slack_for_clock_times():
    def d(grain, *value):
        return EventDate(grain, value, "")
    assert dated_apart(d("weekday", "Sunday"), d("weekday", "Saturday"))
    assert dated_apart(d("month", "June", 30), d("month", "June", 28))
    assert not dated_apart(d("month", "June", 30), d("month", "June", 0))  # a month holds its days
    assert dated_apart(d("clock", 0), d("clock", 21 * 60))
    assert not dated_apart(d("clock", 0), d("clock", 23 * 60 + 40))  # "shortly before midnight"
    assert not dated_apart(d("weekday", "Sunday"), d("month", "June", 0))


def test_a_plan_is_read_in_the_clause_of_its_date():
    assert is_forecast("the lock is expected to reopen on Friday")
    assert not is_forecast("Water levels reached a record on Tuesday, and engineers expect more rain")


def test_one_event_is_told_by_shared_words_or_one_subject():
    assert same_event(event_words("the barge hit the lock gate shortly before midnight"),
                      event_words("the vessel hit the lock gate at about 9pm"))
    assert same_event(event_words("the sample was collected at a race in Turin"),
                      event_words("the sample from the cyclist was taken in a training camp"), done_to=True)
    # An actor alone is of many events (review fix: the first word was enough).
    assert not same_event(event_words("police arrested a man near the station"),
                          event_words("police found the body of the victim"))
    # Two events of one story: the floods and the sirens.
    assert not same_event(event_words("Heavy floods swept through the valley town, killing four people"),
                          event_words("the town's flood sirens sounded in the evening"))
    # The measure word by a figure joins no two events.
    assert not same_event(event_words("A magnitude 6.1 earthquake struck the coast early"),
                          event_words("An aftershock of magnitude 4.3 struck in the afternoon"))


# --- through the rules ------------------------------------------------------------------


def test_one_event_at_two_clock_times_contradicts(nlp):
    a = "The harbour master said the barge hit the lock gate shortly before midnight."
    b = "Two crew members said the barge hit the lock gate at about 9pm."
    assert ConflictKind.CONTRADICTION in _kinds(nlp, a, b)


def test_one_event_in_two_months_contradicts(nlp):
    a = "The water company said the treatment works upgrade began in September."
    b = "Staff at the plant said the treatment works upgrade did not begin until November."
    assert ConflictKind.CONTRADICTION in _kinds(nlp, a, b)


def test_near_miss_one_event_dated_the_same_way(nlp):
    a = "The water company said the treatment works upgrade began in September."
    b = "Staff at the plant said the upgrade of the treatment works began in September."
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)


def test_near_miss_a_plan_against_what_happened(nlp):
    a = "The operator said the ferry link will resume on Monday."
    b = "Islanders said the ferry link resumed on Thursday."
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)


def test_near_miss_two_events_of_one_story(nlp):
    a = "The operator said the barge was refloated on Tuesday morning."
    b = "Two crew members said the barge hit the lock gate on Saturday evening."
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)


def test_near_miss_weekdays_of_articles_weeks_apart(nlp):
    a = "The harbour master said the barge hit the lock gate on Sunday night."
    b = "Two crew members said the barge hit the lock gate on Saturday evening."
    assert ConflictKind.CONTRADICTION in _kinds(nlp, a, b)
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b, b_day=date(2027, 6, 20))


def test_near_miss_a_measure_read_at_two_dates(nlp):
    a = "The statistics office said inflation peaked at 9.2% in October."
    b = "The central bank said inflation was 6.1% in June."
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)


# --- forecast against past change -------------------------------------------------------


def test_a_forecast_change_does_not_oppose_a_past_one():
    rise = _Wording.of("Fares on the coastal line may rise next winter")
    fell = _Wording.of("Fares on the coastal line fell this spring")
    assert rise.forecast_direction and fell.past_direction
    assert rise.opposed_to(fell) is None


def test_two_past_changes_of_one_subject_still_oppose():
    grown = _Wording.of("Visitor numbers at the museum have grown every year")
    dropped = _Wording.of("Visitor numbers at the museum have dropped for three years")
    assert grown.opposed_to(dropped) is not None


def test_near_miss_opposite_changes_of_two_subjects():
    grown = _Wording.of("Visitor numbers at the museum have grown every year")
    fell = _Wording.of("Ticket sales at the concert hall fell last year")
    assert grown.opposed_to(fell) is None


# --- which pair of two clusters is reported ---------------------------------------------


def test_the_pair_of_one_story_is_reported_over_an_echo_in_a_related_story(nlp):
    """Of one pair of clusters, the two articles telling one story closely are the
    evidence shown, not an earlier echo of one side in an article that only shares the
    topic (c18: the echo came first and took the conflict over)."""
    story_a = ("Kelby tram operator Arrow Lines said on Monday that fares on the Kelby tram network will rise "
               "next year. \"Passenger numbers are higher than at any time in the last decade,\" said Arrow "
               "Lines director Hanne Voss.")
    story_b = ("Kelby council said on Tuesday that it had not approved the Arrow Lines tram fare rise. Passenger "
               "numbers on the tram network are still falling, according to the Kelby council survey.")
    echo = ("Dorran's mayor Ilse Brandauer opened a new cycle bridge over the Vell river on Friday. The "
            "bridge cost the city 4 million euros and links the old harbour to the university quarter. "
            "Passenger numbers on the tram network are still falling, according to a city survey, and "
            "Brandauer said more people now cycle to work.")
    refs = (_claims(nlp, "a", story_a, "Kelby Post", DAY) + _claims(nlp, "b", story_b, "Kelby Star", DAY)
            + _claims(nlp, "c", echo, "Dorran Courier", date(2027, 5, 4)))
    clusters = cluster_claims([r.claim for r in refs])
    found = [c.reason for c in find_conflicts(refs, clusters)
             if c.kind is ConflictKind.CONTRADICTION and "higher" in c.reason]
    assert any("Kelby Star" in r for r in found), found


# --- "without": a negation of what a clause lacks ----------------------------------------


def test_done_without_a_thing_against_done_with_it():
    a = _Wording.of("the bridge contract had been awarded without a competitive tender")
    b = _Wording.of("the bridge contract had been awarded after a full tender process")
    assert a.opposed_to(b) is not None


def test_near_miss_the_same_act_told_without_the_thing():
    a = _Wording.of("the bridge contract had been awarded without a competitive tender")
    b = _Wording.of("the bridge contract had been awarded to a firm from Leeds")
    assert a.opposed_to(b) is None


def test_near_miss_another_act_with_the_thing():
    a = _Wording.of("the bridge contract had been awarded without a competitive tender")
    b = _Wording.of("the ferry contract had been awarded after a full tender process")
    assert a.opposed_to(b) is None


# --- review fixes -----------------------------------------------------------------------


def test_review_weekdays_of_articles_a_week_or_more_apart(nlp):
    """The guard read figure_roles' lower-case weekdays (imported over event_dates'), so
    it never matched "Sunday" and the gap of articles was never asked."""
    a = "The harbour master said the barge hit the lock gate on Sunday night."
    b = "Two crew members said the barge hit the lock gate on Saturday evening."
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b, b_day=date(2027, 5, 20))


@pytest.mark.parametrize("a, b", [
    ("The strike began on Monday, union officials said.",
     "The strike will continue until the workers get a fair deal, and talks resume on Thursday, "
     "union officials said."),
    ("Police arrested a man on Sunday, a spokesman said.",
     "Police found the body of the victim on Tuesday, a spokesman said."),
])
def test_review_one_subject_alone_is_no_one_event(nlp, a, b):
    """The first word of two claims is most often the story's subject, of many events;
    and a date in another clause than the shared words dates another event."""
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)


@pytest.mark.parametrize("text", [
    "Shoppers crowded the mall for Black Friday deals",
    "Super Tuesday results were announced",
    "The Good Friday Agreement was signed",
    "June Sarpong hosted the event",
    "Former prime minister Theresa May visited the flooded town",
    "the crash happened at 99pm",
    "the crash happened at 12.75pm",
])
def test_review_names_and_impossible_times_are_no_dates(text):
    assert event_dates(text) == ()


@pytest.mark.parametrize("text", [
    "the factory closed in May",  # the month, not the modal
    "the council approved the housing plan in March",  # the noun
    "The ferry, which will not sail before Friday, ran aground on Tuesday",  # a dropped bound's clause
])
def test_review_no_forecast_in_a_month_a_noun_or_a_dropped_dates_clause(text):
    assert not is_forecast(text)


def test_review_a_planned_event_is_still_a_forecast():
    assert is_forecast("the council plans to reopen the library in March")
    assert is_forecast("the lock is expected to reopen on Friday")


@pytest.mark.parametrize("text", [
    "the storm battered the coast on Saturday and Sunday",
    "the trial took place in March or April",
    "the road was shut from 9am to 5pm",
])
def test_review_two_joined_dates_of_a_grain_date_no_one_day(text):
    assert event_dates(text) == ()


def test_review_a_span_of_days_does_not_oppose_one_of_them(nlp):
    a = "Forecasters said the storm battered the coast on Saturday and Sunday."
    b = "The coastguard said the storm battered the coast on Sunday."
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, a, b)


def test_review_a_long_text_is_read_whole():
    """Each date read the whole text before it: 256,000 characters took 96 s. How the time
    grows is measured in bench/long_text_readers.py (no wall-clock limit in a test); here
    the long text's reading must still be right."""
    text = "the crew met on Monday and left " * 8000
    assert [d.value for d in event_dates(text)] == [("Monday",)]
    assert not is_forecast(text)


def test_review_without_negates_no_figure_of_another_reader(nlp):
    """"without" was added to conflict_negations.txt, read by every negation rule:
    "without power for three days" marked its figure negated."""
    from claims.figure_roles import is_negated
    text = "Thousands of homes have been without power for three days, the utility said."
    refs = _claims(nlp, "x", text, "Outlet X")
    figures = [(q.surface, is_negated(q, r.claim)) for r in refs for q in r.claim.quantities]
    assert figures and not any(negated for _, negated in figures), figures


def test_review_a_plain_count_keeps_its_date(nlp):
    """Any figure with a unit dropped the date, and "count" is a unit: "Two men were
    arrested on Sunday" was never dated. A count is no reading of a measure."""
    a = "Police said two men were arrested outside the stadium on Sunday."
    b = "Witnesses said two men were arrested outside the stadium on Tuesday."
    assert ConflictKind.CONTRADICTION in _kinds(nlp, a, b)


def test_review_dated_claims_are_keyed_only_by_words_another_dated_claim_holds():
    from claims.conflicts.contradictions import _dated_event_keys, _keyed_by_shared_dates
    texts = ["the barge hit the lock gate on Sunday night", "the vessel hit the lock gate on Saturday",
             "the mayor opened the library on Monday"]
    keys = _dated_event_keys((t, ()) for t in texts)
    assert ("weekday", "gate") in keys and not any(s == "librar" or s == "mayor" for _, s in keys)
    library = _keyed_by_shared_dates(_Wording.of(texts[2]), keys)
    assert not library.dated
    barge = _keyed_by_shared_dates(_Wording.of(texts[0]), keys)
    assert barge.opposed_to(_keyed_by_shared_dates(_Wording.of(texts[1]), keys)) is not None
