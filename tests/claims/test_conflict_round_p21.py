"""Round p21: numeric precision on unseen text. A sum or capacity made available is no
rival of what was used of it; a sentence opening on a wider area ("Across the county,") or
on a part of its owner ("On its coast route,") that the other sentence never names is a
whole against a member. Sentences written for these tests, about none of the gold cases."""

from claims.conflicts.numeric import _area_opening
from claims.figure_roles import provided_or_used
from tests.claims.test_conflict_gain_loss import _count
from tests.claims.test_conflict_round_n20 import _numeric_between

# --- made available against used -------------------------------------------------------------


def test_a_budget_is_no_rival_of_the_amount_spent(nlp):
    assert not _numeric_between(nlp, "Tollmere council set aside £3.6m for its flood defence works this year.",
                                "Tollmere council has spent £1.1m on its flood defence works, the auditors said.")
    assert not _numeric_between(nlp, "The Brenholt stadium opened 2,000 extra seats for the cup tie.",
                                "Only 900 extra seats at the Brenholt stadium were occupied for the cup tie.")


def test_two_sums_spent_or_two_budgets_still_conflict(nlp):
    # Near misses: both sides spent, or both set aside; and a plan to spend is a budget too.
    assert _numeric_between(nlp, "Tollmere council has spent £1.1m on its flood defence works, the auditors said.",
                            "Tollmere council has spent £2.7m on its flood defence works, the opposition said.")
    assert _numeric_between(nlp, "Tollmere council set aside £3.6m for its flood defence works this year.",
                            "Tollmere council allocated £5.2m for its flood defence works this year, the mayor said.")
    assert _numeric_between(nlp, "Tollmere council set aside £3.6m for its flood defence works this year.",
                            "Tollmere council will spend £5.2m on its flood defence works this year, the mayor said.")


def test_provided_or_used_reads_the_figures_own_clause():
    assert provided_or_used(*_count("The trust set aside £4m for the winter.", "£4m", unit="GBP")) == 1
    assert provided_or_used(*_count("The trust has spent £4m so far.", "£4m", unit="GBP")) == -1
    assert provided_or_used(*_count("At the peak 300 beds were in use.", "300")) == -1
    # Near misses: a word of another clause, or neither side.
    assert provided_or_used(*_count("Having spent the winter abroad, 300 nurses returned.", "300")) == 0
    assert provided_or_used(*_count("The trust employs 300 nurses.", "300")) == 0


# --- a sentence opening on an area or part the other never names -------------------------------


def test_a_wider_area_opening_the_sentence_is_no_rival_of_a_member(nlp):
    assert not _numeric_between(nlp, "Across the province, 5,400 new homes were approved last year, the ministry said.",
                                "Dunmarsh council approved 1,300 new homes last year, figures show.")
    assert not _numeric_between(nlp, "On its Valley route, only 58% of Tarnway buses ran on time last year.",
                                "Tarnway said 84% of its buses ran on time last year.")


def test_an_area_both_name_still_conflicts(nlp):
    # Near misses: the other sentence names the same area; "across" later in the sentence is
    # the owner's own whole; a weekday opening names no area.
    assert _numeric_between(nlp, "Across the province, 5,400 new homes were approved last year, the ministry said.",
                            "The province approved 7,900 new homes last year, builders said.")
    assert _numeric_between(nlp, "Pellmart plans to close 90 stores across the country this year, staff were told.",
                            "Pellmart said it would close 45 stores this year.")
    assert _numeric_between(nlp, "On Tuesday, 640 patients were admitted to Dunmarsh hospitals with flu.",
                            "Some 1,100 patients were admitted to Dunmarsh hospitals with flu on Tuesday.")


def test_area_opening_is_only_a_fronted_across_or_possessive_part():
    assert _area_opening(*_count("Across the national network, 89% of trains ran on time.", "89%", "percent")) == "network"
    assert _area_opening(*_count("At its Halden plant, 400 staff walked out.", "400")) == "plant"
    # Near misses: a plain place, a weekday, a figure before the comma.
    assert _area_opening(*_count("In the region, 400 staff walked out.", "400")) is None
    assert _area_opening(*_count("On Tuesday, 400 staff walked out.", "400")) is None
    assert _area_opening(*_count("Some 400 staff, across the country, walked out.", "400")) is None
