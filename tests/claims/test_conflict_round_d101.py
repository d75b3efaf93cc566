"""Round d101: rejections whose own words name their target.
Sentences written for these tests, not the gold.

a. A figure opening a noun phrase whose relative clause says another party gave it ("the
   £2.4m saving the board had quoted", "the 1,300 places the trust quotes") is named by the
   rejection as that party's figure (`quoted_figure_words`): the target is the claim of
   another party telling that figure, not the rejecter's own claims nor a third party's.
"""

from __future__ import annotations

from claims.conflicts.disputes import quoted_figure_words
from tests.claims.test_conflict_round_d89 import _disputes


def test_a_quoted_figure_words():
    assert quoted_figure_words('the £2.4m saving the board had quoted was "an estimate at best"') == ["£2.4"]
    assert quoted_figure_words("The 1,300 places the hospital trust quotes are beds, not staffed places") == ["1,300"]
    assert quoted_figure_words("the 480 jobs that the company claims to have created") == ["480"]
    # A figure with no party giving it, or a party doing something else with it, names nothing.
    assert quoted_figure_words("sales rose by 14% the company said") == []
    assert quoted_figure_words("the 12 buses the company has ordered") == []
    assert quoted_figure_words("about 40 people gave evidence") == []


# Another party's claim told before the rejection in its own sentence is no answer to a
# figure the rejection names as the council's.
LIBRARY = ("Harrowgate Borough Council said on Tuesday that closing four branch libraries would save £2.4m over "
           "three years. Library staff would lose 40 jobs, the union said, and Moira Pendle, who chairs the "
           "Friends of Harrowgate Libraries, said the £2.4m saving the council had quoted \"was wrong: most of it "
           "is rent the council would still pay\".")


def test_a_a_quoted_figure_is_the_named_partys(nlp):
    found = _disputes(nlp, LIBRARY)
    assert any(a.startswith("closing four branch") or b.startswith("closing four branch") for a, b in found), found
    assert not any(a.startswith("and Moira") or b.startswith("and Moira") for a, b in found), found
