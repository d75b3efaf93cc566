"""Round s93: speaker defects seen on the g84 review articles (docs/attribution.md, "Round
s93"). Sentences written for these tests, not gold text; each fix has a near miss.
"""

from tests.claims.test_speakers_s34 import _got, _of


# 1. "the regulator" is a body whose name says what it does by "Standards"

def test_regulator_named_by_standards_in_a_passing_mention(nlp):
    got = _got(nlp, "Customers will be paid £50 under rules set by the Office of Rail "
                    "Standards. The Passengers' Alliance said the sum was too low. The "
                    "regulator said it would review the rules in May.")
    assert _of(got, "Office of Rail Standards") == ["it would review the rules in May"]
    assert _of(got, "Passengers' Alliance") == ["the sum was too low"]


def test_regulator_named_by_standards_after_a_trailing_cue(nlp):
    got = _got(nlp, "The Office of Water Standards found that the firm had missed its "
                    "targets. Clean Taps said bills should fall. The firm will pay the "
                    "fine from its profits, the regulator said.")
    assert _of(got, "Office of Water Standards")[-1] == \
        "The firm will pay the fine from its profits"
    assert _of(got, "Clean Taps") == ["bills should fall"]


def test_near_miss_a_group_for_standards_is_no_regulator(nlp):
    # the head noun says the body campaigns: "the regulator" is not it
    for name in ("Better Standards Group", "Campaign for Higher Standards"):
        got = _got(nlp, f"The {name} wrote to ministers. Fair Fares said the sum was too "
                        "low. The regulator said it would review the rules in May.")
        assert _of(got, name) == [], name
