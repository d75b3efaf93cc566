"""Round q24 (fewer predictions nobody labelled): docs/conflicts.md, "Added in round q24".
Within one article, the outlet's own sentence against a party it quotes is background, not
a rival account: no contradiction, and no numeric conflict when the outlet's sentence
names no source. Sentences written for these tests, about none of the gold cases; each
rule has near misses."""

from datetime import date

from claims.conflicts import find_conflicts
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims

DAY = date(2027, 8, 2)

FELL = "Visitor numbers at the Kestrel Bay aquarium fell by 12% this summer after its shark tank closed for repairs."
ROSE = "Aquarium director Jonas Pell said visitor numbers at the Kestrel Bay aquarium had risen this summer."
FELL_QUOTED = "Tourism officer Mara Lind said visitor numbers at the Kestrel Bay aquarium fell sharply this summer."

BILL = "Repairs to the Dunmere footbridge will cost £4 million."
PUT_BILL = "The county has put the footbridge repair bill at £4 million."
QUOTED_BILL = "Council engineer Ada Quill said the footbridge repair bill would be £9 million."


def _kinds(nlp, *texts):
    """The kinds of conflict found between articles given as (text, outlet)."""
    refs = []
    for n, (text, outlet) in enumerate(texts):
        refs += _claims(nlp, "abc"[n], text, outlet, DAY)
    return [c.kind for c in find_conflicts(refs)]


def test_the_outlets_sentence_does_not_contradict_a_party_it_quotes(nlp):
    assert ConflictKind.CONTRADICTION not in _kinds(nlp, (FELL + " " + ROSE, "Outlet A"))
    # Near misses: the same two sentences in two outlets' articles are two accounts ...
    assert ConflictKind.CONTRADICTION in _kinds(nlp, (FELL, "Outlet A"), (ROSE, "Outlet B"))
    # ... and two quoted parties of one article still contradict each other.
    assert ConflictKind.CONTRADICTION in _kinds(nlp, (FELL_QUOTED + " " + ROSE, "Outlet A"))


def test_a_background_figure_is_no_rival_of_a_quoted_figure_in_its_article(nlp):
    assert ConflictKind.NUMERIC not in _kinds(nlp, (BILL + " " + QUOTED_BILL, "Outlet A"))
    # Near misses: a sentence naming whose estimate it is ("has put ... at") is that
    # party's figure ...
    assert ConflictKind.NUMERIC in _kinds(nlp, (PUT_BILL + " " + QUOTED_BILL, "Outlet A"))
    # ... and another outlet's figure is another account.
    assert ConflictKind.NUMERIC in _kinds(nlp, (BILL, "Outlet A"), (QUOTED_BILL, "Outlet B"))
