"""Round s73: "according to" on review articles the rules were never written for (gold
`s73-*`). "A fell by £90m, according to figures published by X, even as B rose": the
contrast clause after the source is the writer's, and A is what X vouches for, with its
subject even where the parser made A's verb a conjunct of a participle ("Money raised for
X fell"). Sentences written for these tests, not gold text; each rule has a near miss.
"""

from claims.extract import parser_text
from tests.claims.test_speakers_s34 import _of, _speakers


def test_according_to_then_even_as_carries_the_clause_before(nlp):
    text = ("Spending on roads by the county rose by £12m this year, according to figures "
            "published by the Roads Board, even as the number of repair crews fell and the "
            "backlog of complaints grew.")
    got = _speakers(nlp(parser_text(text)))
    assert _of(got, "Roads Board") == ["Spending on roads by the county rose by £12m this year"]


def test_according_to_then_while_carries_the_clause_before(nlp):
    text = ("Fares for season tickets rose by 6% in January, according to the Rail Users "
            "Council, while the number of trains running on time fell to its lowest level "
            "in a decade.")
    got = _speakers(nlp(parser_text(text)))
    assert _of(got, "Rail Users Council") == ["Fares for season tickets rose by 6% in January"]


def test_near_miss_a_real_coordination_before_the_source_keeps_both(nlp):
    # "and" joins two clauses the council vouches for: the conjunct is not climbed out of
    text = ("Fares rose by 6% and the number of trains running on time fell to its lowest "
            "level in a decade, according to the Rail Users Council.")
    got = _speakers(nlp(parser_text(text)))
    assert _of(got, "Rail Users Council") == [
        "Fares rose by 6% and the number of trains running on time fell to its lowest level "
        "in a decade"]


def test_near_miss_a_clause_before_the_source_is_not_a_trailing_contrast(nlp):
    text = ("While ticket sales rose, money for good causes fell by £90m last year, "
            "according to the Gaming Commission.")
    got = _speakers(nlp(parser_text(text)))
    assert any("money for good causes fell by £90m last year" in c
               for c in _of(got, "Gaming Commission"))


# 2. a capitalised one-word name the tagger read as a pronoun is a name
NAMED = ("The transport board said it had received 300 complaints. {who} said the poll had "
         "been sent only to passengers who held season tickets.")


def _as_pronoun(nlp, text, word):
    doc = nlp(parser_text(text))
    for t in doc:
        if t.text == word:
            t.pos_ = "PRON"  # the tagger's slip on an unknown name, made certain here
    return doc


def test_a_name_tagged_as_a_pronoun_keeps_its_statement(nlp):
    got = _speakers(_as_pronoun(nlp, NAMED.format(who="Ridewise"), "Ridewise"))
    assert ("Ridewise", "the poll had been sent only to passengers who held season tickets") \
        in got


def test_near_miss_a_real_pronoun_is_still_resolved_as_one(nlp):
    # "It" is a pronoun (a stop word): it still means the board quoted before
    got = _speakers(_as_pronoun(nlp, NAMED.format(who="It"), "It"))
    assert ("The transport board",
            "the poll had been sent only to passengers who held season tickets") in got


def test_near_miss_a_source_opening_the_sentence_vouches_for_the_while_clause(nlp):
    text = ("According to the council's report on the trial, food waste collected in those "
            "streets rose by 22%, while general waste fell by 17%.")
    got = _speakers(nlp(parser_text(text)))
    assert any("general waste fell by 17%" in c for sp, c in got)
