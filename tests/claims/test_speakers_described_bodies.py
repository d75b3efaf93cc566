"""A described body ("the regional energy board") is the organisation named just before it
only when that organisation could be so described: not one the article has called another
kind, nor one named only inside a person's title. Sentences written for the tests."""

from __future__ import annotations

from tests.claims.test_attribution_r10 import _by_content


def test_a_board_is_not_the_operator_named_just_before(nlp):
    text = ("Rival operator Dunmarsh Power said its own farm generated 900 gigawatt hours last "
            "year.\n\nThe regional planning board rejected the plan to add 20 turbines, citing "
            "shipping lanes.")
    got = _by_content(nlp, text)
    assert got["its own farm generated 900 gigawatt hours last year"] == "Dunmarsh Power", got
    assert got["the plan to add 20 turbines"] == "The regional planning board", got


def test_a_trust_is_not_the_union_of_a_persons_title(nlp):
    text = ("Fishermen's union official Ada Fenwick said 80,000 hens would be culled.\n\n"
            "The county wildlife trust said two dead geese found at the lake had tested "
            "positive for the virus.")
    got = _by_content(nlp, text)
    assert got["two dead geese found at the lake had tested positive for the virus"] == \
        "The county wildlife trust", got


def test_near_miss_the_business_named_just_before_is_still_described(nlp):
    text = ("Carrow & Sons would not confirm that. In a statement, the family-owned business "
            "said it had acted lawfully.")
    got = _by_content(nlp, text)
    assert got["it had acted lawfully"] == "Carrow & Sons", got
