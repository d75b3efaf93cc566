"""Round h59: o57's two-holders guard rebuilt without a parse (docs/conflicts.md, "Added in
round h59"). The holder of an opposite word is the subject pronoun just before it, with only
auxiliaries, negations and adverbs between. Sentences written for these tests, not the gold.
The first six are o57's holder tests (git show 70af618:tests/claims/test_conflict_round_o57.py)."""

from __future__ import annotations

from datetime import date

from claims.conflicts.holders import holder_of, two_holders
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _conflicts

DAY = date(2026, 5, 4)


def _contradictions(nlp, a, b, a_day=DAY, b_day=DAY):
    return [c for c in _conflicts(nlp, a, b, a_day, b_day) if c.kind is ConflictKind.CONTRADICTION]


# --- o57's holder tests -----------------------------------------------------------------------


def test_a_we_and_he_are_two_holders():
    assert two_holders(holder_of("We did not want to lose our captain", "want"),
                       holder_of("the captain told me he wanted to leave in May", "want"))


def test_a_one_holder_named_two_ways_is_one():
    assert not two_holders(holder_of("the goalkeeper had asked to be moved to another club", "asked"),
                           holder_of("He never asked to be moved", "asked"))
    assert not two_holders(holder_of("I never asked to be moved", "asked"),
                           holder_of("the goalkeeper asked to be moved", "asked"))


def test_a_two_things_may_be_one_holder():
    # "the pylons" / "the cable towers": things, whose parts and names differ.
    assert not two_holders(holder_of("The pylons will not be visible from the town", "will"),
                           holder_of("the cable towers would be visible from the harbour", "would"))


def test_a_a_noun_is_no_holder():
    assert holder_of("The bakery's price increase was worth £2m a year", "increase") is None


def test_a_a_club_and_a_player_do_not_contradict(nlp):
    assert not _contradictions(
        nlp,
        'Chairman Osric Pellew said: "We did not want to sell Dunstan Crewe to a rival."',
        'Manager Felix Arbuthnot said: "Dunstan Crewe told me he wanted to be sold to a rival."')


def test_a_one_player_said_and_denied_still_contradicts(nlp):
    assert _contradictions(
        nlp,
        'Dunstan Crewe said: "I never asked to be sold to a rival."',
        'Manager Felix Arbuthnot said the defender asked to be sold to a rival in June.')


# --- h59: the holder read from the words --------------------------------------------------------


def test_the_pronoun_across_auxiliaries_negations_and_adverbs():
    assert holder_of("We did not really want to close the bakery", "want").person == "1"
    she = holder_of("she has never previously agreed to the sale", "agreed")
    assert (she.person, she.number, she.gender) == ("3", "Sing", "Fem")
    assert holder_of("they'd already agreed to the sale", "agreed").number == "Plur"
    assert holder_of("He didn't want to stay", "want").gender == "Masc"


def test_a_passive_names_no_doer():
    # "she had not been paid": she is who was (not) paid, not the payer.
    assert holder_of("she had not been paid for the final month", "paid") is None
    assert not two_holders(holder_of("she had not been paid for the final month", "paid"),
                           holder_of("we paid her in full in March", "paid"))


def test_anything_else_before_the_word_gives_no_holder():
    # a noun, a relative pronoun, another verb or a clause boundary before the word
    assert holder_of("the club wanted to sell him", "wanted") is None
    assert holder_of("the player who wanted to leave", "wanted") is None
    assert holder_of("He said, wanted or not, the move was off", "wanted") is None
    assert holder_of("she told them to sell the shop", "sell") is None
    # a noun after a determiner: a meeting has two sides (o57 gave nouns no holder)
    assert holder_of("it had no meeting with the minister", "meet") is None
    assert holder_of("he had a meeting with the minister", "meet") is None


def test_a_body_as_it_they_we_and_one_speaker_as_i_and_we_are_one():
    # near misses of the guard: "it" / "they" / "we" of one body; "I" / "we"
    assert not two_holders(holder_of("it did not know about the leak", "know"),
                           holder_of("they knew about the leak in March", "knew"))
    assert not two_holders(holder_of("we knew about the leak", "knew"),
                           holder_of("it did not know about the leak", "know"))
    assert not two_holders(holder_of("I did not approve the sale", "approve"),
                           holder_of("we approved the sale in June", "approved"))


def test_he_and_she_are_two_holders_but_he_and_he_one():
    assert two_holders(holder_of("she refused to sign the contract", "refused"),
                       holder_of("he agreed to sign the contract", "agreed"))
    assert not two_holders(holder_of("he refused to sign the contract", "refused"),
                           holder_of("he agreed to sign the contract", "agreed"))


def test_i_of_two_named_speakers_are_two_holders():
    assert two_holders(holder_of("I never asked to leave", "asked"),
                       holder_of("I asked to leave in June", "asked"), "Dunstan Crewe", "Felix Arbuthnot")
    assert not two_holders(holder_of("I never asked to leave", "asked"),
                           holder_of("I asked to leave in June", "asked"), "Dunstan Crewe", "Crewe")


def test_a_council_and_a_campaigner_do_not_contradict(nlp):
    assert not _contradictions(
        nlp,
        'Councillor Maud Ferrin said: "We did not want to close the library on Saturdays."',
        'Campaigner Ida Roscoe said she wanted to close the library on Saturdays and open it on Sundays.')


def test_one_council_as_we_and_it_still_contradicts(nlp):
    assert _contradictions(
        nlp,
        'Councillor Maud Ferrin said: "We did not want to close the library on Saturdays."',
        'The council said in March it wanted to close the library on Saturdays.')
