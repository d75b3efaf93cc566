"""Round m85 (numeric precision on unlabelled predictions): docs/conflicts.md, "Round m85".
Two measures told apart by a defined variant, a doer named by "by", or a difference
against a level. Sentences written for these tests, about none of
the gold cases; each rule has near misses (one measure told two ways by two outlets) that
must stay conflicts."""

from datetime import date

from claims.conflicts import find_conflicts
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims

DAY = date(2027, 10, 5)


def _numeric(nlp, a_text, b_text):
    """Whether a numeric conflict is found between two one-text articles of two outlets."""
    refs = _claims(nlp, "a", a_text, "Outlet A", DAY) + _claims(nlp, "b", b_text, "Outlet B", DAY)
    return any(c.kind is ConflictKind.NUMERIC for c in find_conflicts(refs))


CORE = "Core inflation, which strips out food and energy, was 2.9% in August."
POSTAL = "About 4,200 postal votes were returned in the Hallowby ward, the returning officer said."


def test_a_defined_variant_is_not_the_plain_measure(nlp):
    assert not _numeric(nlp, CORE, "Inflation in Brennland reached 3.8% in August, according "
                                   "to the statistics office.")
    assert not _numeric(nlp, POSTAL, "Ms Quill won the Hallowby ward with 9,870 votes.")
    # Near misses: the variant told two ways is one measure.
    assert _numeric(nlp, CORE, "Core inflation reached 3.4% in August, according to the "
                               "statistics office.")
    assert _numeric(nlp, POSTAL, "About 6,100 postal votes were returned in the Hallowby ward, "
                                 "a candidate said.")


CRASH = ("A bus overturned on the Mardle pass road on Monday, killing 14 people, the county "
         "police said.")


def test_people_killed_by_a_vehicle_are_no_count_of_vehicles(nlp):
    assert not _numeric(nlp, CRASH, "The firm runs six buses on the Mardle pass road and "
                                    "carried 400,000 passengers last year.")
    # Near miss: the dead told two ways.
    assert _numeric(nlp, CRASH, "The firm said nine people were killed when the bus overturned "
                                "on the Mardle pass road on Monday.")


DEFICIT = "The college says its deficit this year will be £12m."
SMALLER = "The union said the deficit was £3m smaller than the college had claimed."


def test_a_difference_is_not_the_level(nlp):
    assert not _numeric(nlp, DEFICIT, SMALLER)
    # Near misses: the difference told two ways, the level told two ways.
    assert _numeric(nlp, "The council said the deficit was £5m smaller than the college had "
                         "claimed.", SMALLER)
    assert _numeric(nlp, DEFICIT, "The union said the college's deficit this year would be £9m.")
