"""Round a45 (claims/data/conflict_act_families.txt): an act negated by one claim and
affirmed by another with another word of its family ("no money had been repaid" / "had
returned the money"), read by the negated-clause reader only when the two claims also
share a word of what is acted on, apart from the act's own words. Sentences written for
these tests, about none of the gold cases; each positive test has near misses."""

import pytest

from claims.conflicts.contradictions import _act_kin, _negated_clause_met, _stem_in, _Wording


def _opposed(a: str, b: str):
    return _Wording.of(a).opposed_to(_Wording.of(b))


@pytest.mark.parametrize("negating, asserting", [
    ("no money had been repaid to the charity", "the treasurer had returned most of the money to the charity"),
    ("No letter was sent to tenants about the rent rise", "the landlord had written to every tenant about the rent rise"),
    ("the fishermen had never been consulted about the wind farm",
     "the developer had held two meetings with the fishermen about the wind farm"),
    ("governors had not been alerted to the budget gap", "the treasurer had warned governors about the budget gap"),
    ("the ferry company did not know about the cracked hull", "ferry company inspectors had flagged the cracked hull"),
    ("the harbour board had never published the safety audit", "the harbour board issued the safety audit to members"),
])
def test_an_act_negated_and_affirmed_in_other_words_contradicts(negating, asserting):
    assert _opposed(negating, asserting)
    assert _opposed(asserting, negating)


@pytest.mark.parametrize("negating, asserting", [
    # The act, but of another thing: no word of what is acted on is shared.
    ("no money had been repaid", "the tenant returned the keys"),
    ("No letter was sent to tenants", "the landlord had written a report on the estate"),
    ("the fishermen had never been consulted", "the developer met the harbour board"),
    ("the ferry company did not know about the cracked hull", "the mechanic was aware of an oil leak"),
    # The only shared word is another word of the act itself.
    ("no letter had been sent to the planning board", "the club sent volunteers to the estates"),
    # Another thing of the act: the negated thing ("money") is not what the other acted on.
    ("No money has been repaid to the council", "the builder returned the site keys to the council"),
])
def test_an_act_of_another_thing_does_not_contradict(negating, asserting):
    assert not _opposed(negating, asserting)
    assert not _opposed(asserting, negating)


def test_act_families_are_read_from_the_data_file():
    assert "return" in _act_kin("repaid")
    assert "written" in _act_kin("lett")
    assert not _act_kin("keys")


def test_the_family_widening_needs_a_literal_word_of_what_is_acted_on():
    # Head "mone" asserted literally, "repaid" by "return": met.
    assert _negated_clause_met("mone", frozenset({"mone", "repaid"}), frozenset({"mone", "return"}))
    # Only the act is met: not met.
    assert not _negated_clause_met("mone", frozenset({"mone", "repaid"}), frozenset({"keys", "return"}))
    # Without a family, the same-stem rule is unchanged: head and one more word.
    assert _negated_clause_met("sign", frozenset({"sign", "deal"}), frozenset({"sign", "deal"}))
    assert not _negated_clause_met("sign", frozenset({"sign", "deal"}), frozenset({"sign", "lease"}))


def test_stems_a_letter_apart_are_one_word():
    assert _stem_in("famil", frozenset({"fami"}))
    assert _stem_in("fami", frozenset({"famil"}))
    assert not _stem_in("fam", frozenset({"fami"}))
    assert not _stem_in("famil", frozenset({"fam"}))
