"""Round r100: judged-false pairs of the thirty-fifth fresh-article review, by family.
Sentences written for these tests, not the gold.

a. Counts of one plural noun under three acts of a licensing story: drivers (or traders,
   premises) licensed, suspended and stripped of their licences, and drivers "active on" an
   app, are separate counts, not one count told by two (`conflict_act_classes.txt`, lines
   licensing, suspension, revocation; "active on" of the operation line). Two counts of one
   act ("had their licences revoked" twice) still compare.

b. "take down", "pulled down", "soaking up" and their kin are phrasal verbs, not directions
   (`conflict_direction_exceptions.txt`): "for every tree we take down" does not oppose a
   tree "soaking up" rain."""

from __future__ import annotations

from datetime import date

from claims.conflicts import find_conflicts
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims, _contradictions, _numeric


def _numeric_in_one(nlp, text):
    """The numeric conflicts among one article's claims."""
    refs = _claims(nlp, "a", text, "Harbourside Gazette", date(2026, 5, 12))
    return [c for c in find_conflicts(refs) if c.kind is ConflictKind.NUMERIC]


LEAD = "The city's taxi trade has been hit by a row over licence checks. "
SUSPENDED = "The council's licensing chair said 150 drivers had been suspended since March until they renewed their checks. "
ELSEWHERE = "The audit counted 610 drivers licensed by neighbouring councils who worked regularly in the city. "


# --- a. counts of one noun under licensing acts ---------------------------------------------------

def test_a_suspended_and_lost_licences_are_two_counts(nlp):
    text = LEAD + SUSPENDED + "The audit found that 35 drivers had lost their licences without being offered a hearing."
    assert not _numeric_in_one(nlp, text)


def test_a_licensed_elsewhere_and_suspended_are_two_counts(nlp):
    assert not _numeric_in_one(nlp, LEAD + ELSEWHERE + SUSPENDED)


def test_a_active_on_an_app_and_licensed_are_two_counts(nlp):
    text = LEAD + ELSEWHERE + "The booking firm's manager said 1,700 drivers were now active on its app in the city."
    assert not _numeric_in_one(nlp, text)


def test_a_one_act_told_twice_still_compares(nlp):
    # near misses: both count licences revoked in one year
    assert _numeric(nlp, "The council said 40 drivers had their licences revoked in 2025.",
                    "The drivers' association said 95 drivers had their licences revoked in 2025.")
    assert _numeric(nlp, "The council revoked 40 taxi licences last year, its licensing chair said.",
                    "The drivers' association said the council revoked 95 taxi licences last year.")


def test_a_act_classes_read_the_new_lines():
    from claims.figure_roles import act_patterns
    names = dict(act_patterns())
    assert names["suspension"].search("had been suspended since May")
    assert names["revocation"].search("had lost their licences without a hearing")
    assert names["licensing"].search("drivers licensed by other councils")
    assert names["operation"].search("were now active on its app")


# --- b. phrasal verbs of felling and absorbing ----------------------------------------------------

def test_b_take_down_against_soaking_up_is_no_contradiction(nlp):
    a = "The cabinet member said: \"For every tree we take down, we plant three.\""
    b = "A mature plane tree spends the summer soaking up rain that would otherwise flood the road, the charity said."
    assert not _contradictions(nlp, a, b)


def test_b_the_phrasal_verbs_have_no_row():
    from claims.conflicts.contradictions import _opposite_forms
    forms = _opposite_forms()
    assert all(forms.get(p) == [] for p in ("take down", "takes down", "soaking up", "pulled down", "knocked down"))
    assert forms.get("up") and forms.get("down")


# --- c. a baseline's year is not the year of the sentence's figure --------------------------------
# c. In articles months apart, figures are compared only when both sentences tell one closed
#    past year (`numeric._same_past_year`). A baseline's year ("down from 55 minutes in
#    2024") is the baseline's, not the sentence's: the sentence still tells last year
#    (`numeric._without_baseline_years`). The baseline figure stays apart (`_is_baseline`).

MINOR_INJURIES = ("Patients at the town's minor injuries unit waited an average of 48 minutes to be seen "
                  "last year, the health board said, down from 55 minutes in 2024.")
INSPECTION = ("An inspection found that patients at the town's minor injuries unit waited an average of "
              "71 minutes to be seen last year.")


def test_c_a_baseline_year_leaves_last_year_compared(nlp):
    found = _numeric(nlp, MINOR_INJURIES, INSPECTION, date(2026, 2, 10), date(2026, 9, 1))
    assert found and all("55" not in c.reason for c in found)


def test_c_two_past_years_stay_apart(nlp):
    # near miss: the later article tells another year
    later = INSPECTION.replace("last year", "in 2024")
    assert not _numeric(nlp, MINOR_INJURIES.replace(", down from 55 minutes in 2024", ""), later,
                        date(2026, 2, 10), date(2026, 9, 1))


def test_c_baseline_years_are_read_from_from_in():
    from claims.conflicts.numeric import BASELINE_YEAR
    assert [m.group(1) for m in BASELINE_YEAR.finditer("rose to 62 in 2025 from 48 in 2024")] == ["2024"]
    assert not BASELINE_YEAR.search("62 complaints in 2025, the highest since 2019")


# --- d. a weekday that recurs names no day ---------------------------------------------------------
# d. "on Friday and Saturday nights last year" names every such night of a year, not a day
#    a figure is dated to (`figure_roles.ON_WEEKDAY`); "on Friday night" still is one.

FOOD_MARKET = ("Diners at the city's late-night food market waited an average of 25 minutes for a table "
               "on Friday and Saturday nights last year, the market's owner said.")
SURVEY = ("A survey by the city's licensing team found diners at the late-night food market waited an "
          "average of 40 minutes for a table on Friday and Saturday nights last year.")


def test_d_recurring_nights_are_no_day(nlp):
    assert _numeric(nlp, FOOD_MARKET, SURVEY, date(2026, 2, 10), date(2026, 9, 1))


def test_d_weekday_reading():
    from claims.figure_roles import _weekday_named
    assert _weekday_named("waited 25 minutes on Friday and Saturday nights last year") is None
    assert _weekday_named("queues formed on Sunday mornings") is None
    assert _weekday_named("the market was shut on Friday night") == 4
    assert _weekday_named("the count rose to 12 on Tuesday") == 1
