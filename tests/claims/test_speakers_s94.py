"""Round s94: speaker defects seen on four h84 review articles (docs/attribution.md,
"Round s94"). Sentences written for these tests, not gold text; each fix has a near miss.
"""

from tests.claims.test_speakers_s34 import _got, _of


# 1. "A, according to X, but Y say B": the coordinated cue is Y's, not X's words

def test_according_source_keeps_its_clause_before_another_speakers_conjunct(nlp):
    text = ("Plans for a wind farm near Colby would power 9,000 homes, according to the "
            "firm behind them, but residents say the turbines are far taller than the "
            "developer admits.")
    got = _got(nlp, text)
    assert _of(got, "the firm behind them") == [
        "Plans for a wind farm near Colby would power 9,000 homes"]
    assert _of(got, "residents") == [
        "the turbines are far taller than the developer admits"]


def test_near_miss_according_source_with_a_conjunct_without_a_cue(nlp):
    # a coordinated clause that reports nothing stays with the older reading
    text = ("The new route would cut journeys by 12 minutes, according to the operator, "
            "and fares would stay the same.")
    got = _got(nlp, text)
    assert _of(got, "the operator") == ["The new route would cut journeys by 12 minutes"]


# 2. "the company behind them" is the organisation the next sentence names

def test_body_behind_a_plan_is_the_organisation_named_next(nlp):
    text = ("A new bridge would cut journeys by ten minutes, according to the company "
            "behind the plan.\n\nCorvane Holdings submitted its application in May. "
            "The company said the bridge would cost £40m.")
    got = _got(nlp, text)
    assert _of(got, "Corvane Holdings") == ["A new bridge would cut journeys by ten minutes",
                                            "the bridge would cost £40m"]


def test_near_miss_body_behind_a_plan_with_no_name_next_stays_described(nlp):
    text = ("A new bridge would cut journeys by ten minutes, according to the company "
            "behind the plan.\n\nResidents say the bridge is too big. "
            "The company said the bridge would cost £40m.")
    got = _got(nlp, text)
    assert _of(got, "the company behind the plan") == [
        "A new bridge would cut journeys by ten minutes", "the bridge would cost £40m"]
