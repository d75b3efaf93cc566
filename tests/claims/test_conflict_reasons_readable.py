"""A conflict's reason is read by a fact-checker in one line: no internal markers, no words
cut in half (u49's review of the report)."""
from claims.conflicts.common import _quote, _quote_claim
from claims.conflicts.contradictions import _readable_sides


def test_affirmed_marker_becomes_the_word_the_other_side_denies():
    assert _readable_sides(("(affirmed)", "no fare")) == ("fare", "no fare")
    assert _readable_sides(("not safe", "(affirmed)")) == ("not safe", "safe")


def test_counted_marker_says_what_was_counted():
    assert _readable_sides(("no arrests", "(counted)")) == ("no arrests", "arrests counted")


def test_plain_sides_are_left_as_the_rules_wrote_them():
    assert _readable_sides(("close", "far apart")) == ("close", "far apart")


def test_a_long_claim_is_cut_at_a_word():
    text = "The council said every household would be consulted on the proposal before the summer recess began"
    quoted = _quote(text)
    assert quoted.endswith('…"') and len(quoted) <= 92
    kept = quoted[1:-2]
    assert text.startswith(kept) and text[len(kept)] == " "


def test_a_short_claim_is_quoted_whole():
    assert _quote("Fares will rise by 4%") == '"Fares will rise by 4%"'


class _Said:
    def __init__(self, text: str, sentence: str):
        self.text, self.sentence = text, sentence


def test_a_bare_that_is_shown_with_its_sentence():
    said = _Said("that", "The operator rejected that, saying its own count was higher.")
    assert _quote_claim(said) == '"The operator rejected that, saying its own count was higher."'


def test_a_claim_of_several_words_is_shown_as_itself():
    said = _Said("fares rose by 4%", "The union said fares rose by 4% this year.")
    assert _quote_claim(said) == '"fares rose by 4%"'
