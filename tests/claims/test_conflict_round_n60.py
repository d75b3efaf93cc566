"""Round n60: counts of two different things of one story. A unit's size told inside a noun
phrase ("a family of five", "a crew of seven") is no count of the story's families or
staff; two counts whose measures meet only where one names its counted thing and the other
a word before its own head ("31 charity shops" / "150 charities") are two things; the act
a count names must be in the measure's own noun phrase, not in a place after "in"
("people in the county" / "had counted"). Sentences written for these tests, about none of
the gold cases; each rule has a near miss."""

import pytest

from tests.claims.test_conflict_round_n20 import _numeric_between

# --- a unit's size inside a noun phrase --------------------------------------------------------

FAMILIES = "The charity said it had found 41 families who had spent more than six weeks in bed and breakfast rooms this year."


def test_a_family_size_is_no_count_of_families(nlp):
    assert not _numeric_between(nlp, FAMILIES, "A family of five in one bed and breakfast room cost the borough about "
                                               "£1,900 a month, the charity's director said.")
    assert not _numeric_between(nlp, "The charity said 41 families had been housed in bed and breakfast rooms for "
                                     "more than six weeks.",
                                "Its director said a family of five had lived in one bed and breakfast room since March.")


def test_a_team_counting_its_members_still_conflicts(nlp):
    # Near miss: in "a team of 40 firefighters" the figure counts firefighters, the story's count.
    assert _numeric_between(nlp, "A team of 40 firefighters tackled the blaze at the Ormskirk mill, the fire service said.",
                            "Residents said 60 firefighters were at the Ormskirk mill fire.")


def test_unit_size_reader(nlp):
    from claims.conflicts.numeric import _unit_size
    from tests.claims.test_figure_roles import _claims

    def size(text, surface):
        for ref in _claims(nlp, "a", text, "Outlet A"):
            for q in ref.claim.quantities:
                if q.surface.startswith(surface):
                    return _unit_size(q, ref.claim)
        raise AssertionError(surface)
    assert size("Each lifeboat goes out with a crew of seven, the station says.", "seven")
    assert size("Households of five or more wait longest for a home, the council says.", "five")
    assert not size("A team of 40 firefighters tackled the blaze, the fire service said.", "40")
    # Near misses: a crowd and a total are the story's count itself.
    assert not size("Police said a crowd of 12,000 marched through the town.", "12,000")
    assert not size("The council has built a total of 400 homes since 2020.", "400")


# --- a head against a modifier -------------------------------------------------------------------

SHOPS = "The hospice closed 9 of its 31 charity shops last year, which it said had lost money."


def test_shops_are_no_charities(nlp):
    assert not _numeric_between(nlp, SHOPS, "The network said only 42% of the 150 largest children's charities "
                                            "published a breakdown of their costs.")
    assert not _numeric_between(nlp, "The mayor said the city had built 600 new council homes since 2021.",
                                "The city has the second-highest rents among the county's 12 councils, government "
                                "figures show.")


def test_head_against_modifier_near_misses(nlp):
    # One head ("homes"), and a head that counts its modifier one for one ("bicycle thefts").
    assert _numeric_between(nlp, "The council has built 400 new council homes since 2020, its leader said.",
                            "Tenants' groups said just 320 homes had been finished since 2020.")
    assert _numeric_between(nlp, "Burglars stole 300 bicycles in Fennick last year, the cycling club says.",
                            "Police recorded 450 bicycle thefts in Fennick last year.")


def test_head_against_modifier_reader(nlp):
    from claims.conflicts.numeric import _Facts, _head_against_modifier
    from claims.models import Quantity

    def apart(a, b):
        # a fresh table each time: `_Facts` keys its answers by the objects' ids
        qa, qb = (Quantity(surface="1", value=1.0, unit="count", start_char=0, end_char=1, measure=m) for m in (a, b))
        return _head_against_modifier(qa, qb, _Facts())
    assert apart("charity shop", "child charity")
    assert apart("family of child", "child")
    assert not apart("council home", "home")
    assert not apart("serious liver reaction", "liver case")
    assert not apart("job loss", "job")


# --- the act a count names -----------------------------------------------------------------------


# (r60) One table: each pair, and whether its counts conflict. A place after "in" names no
# act; near miss: "evictions" / "evicted" (the counted thing's own noun phrase). A hyphened
# count is no short form of the families; near miss: a hyphened count met by its own
# measure ("home" / "homes") is compared as before.
ACT_AND_HYPHEN_PAIRS = [
    ("The regulator said the operator had counted about 12,000 premises where cable had been laid but which could "
     "not yet order a connection.",
     "At least 25,000 people in the county had been told they could order a connection they could not buy, the "
     "campaign said.", False),
    ("Bailiffs evicted 2,300 households in Marlow last year, the charity said.",
     "Court figures show about 1,500 evictions in Marlow last year.", True),
    ("The charity said 41 families had spent more than six weeks in bed and breakfast rooms.",
     "The charity said one family had spent six weeks in a bed and breakfast room while a three-bedroom house stood "
     "empty.", False),
    ("The developer plans a 400-home estate on the Marsh Lane site, the council said.",
     "Campaigners said the developer wanted to build 650 homes on the Marsh Lane site.", True),
]


@pytest.mark.parametrize("a, b, conflict", ACT_AND_HYPHEN_PAIRS)
def test_acts_and_hyphened_counts(nlp, a, b, conflict):
    assert bool(_numeric_between(nlp, a, b)) is conflict


def test_compound_modifier_reader(nlp):
    from claims.conflicts.numeric import _compound_modifier
    from tests.claims.test_figure_roles import _claims

    def compound(text, surface):
        for ref in _claims(nlp, "a", text, "Outlet A"):
            for q in ref.claim.quantities:
                if q.surface == surface:
                    return _compound_modifier(q, ref.claim)
        raise AssertionError(surface)
    assert compound("The family of four was moved to a three-bedroom house in Corley, the council said.", "three")
    assert not compound("The council said three houses in Corley were empty.", "three")
