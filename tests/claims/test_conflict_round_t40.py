"""Round t40 (disputes linked to the wrong claim): docs/conflicts.md, "Added in round t40".
Articles and sentences written for these tests, about none of the gold cases; each rule has
a near miss."""

from datetime import date

from claims.conflicts import find_conflicts
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 11, 20)


def _targets(nlp, text, rejection):
    """The claims set against the rejection whose text holds `rejection`."""
    return _dispute_targets(_claims(nlp, "a", text, "The Valley Courier", DAY), rejection)


def _dispute_targets(refs, rejection):
    """The texts of the claims that `find_conflicts(refs)` sets against the rejection whose
    text holds `rejection` (one article or several)."""
    by_id = {r.claim.claim_id: r.claim for r in refs}
    found = []
    for c in find_conflicts(refs):
        if c.kind is not ConflictKind.DISPUTE:
            continue
        a, b = by_id[c.claim_a], by_id[c.claim_b]
        if rejection in b.text:
            found.append(a.text)
        elif rejection in a.text:
            found.append(b.text)
    return found


# --- an owner's claim sharing only the owner's name or a statement noun shares nothing -----------

HOUSING = ("The tenants' federation said only 180 new council homes were built in Larchford last year. "
           "The federation's count puts the town's housing waiting list at 4,300 families. "
           "Larchford has about 52,000 households.\n\n"
           "A council spokesperson said the federation's figure was simply wrong.")


def test_a_claim_sharing_only_the_owners_name_is_not_preferred(nlp):
    found = _targets(nlp, HOUSING, "simply wrong")
    assert any("180 new council homes" in t for t in found), found
    assert not any("waiting list" in t for t in found), found


def test_near_miss_a_claim_sharing_what_was_rejected_still_wins(nlp):
    text = HOUSING.replace("the federation's figure was", "the federation's waiting list figure was")
    found = _targets(nlp, text, "simply wrong")
    assert any("waiting list" in t for t in found), found


# --- of an owner's claims the words cannot tell apart, the first told, unless one is right before ---

BUSES = ("Vellar Buses cancelled 1,900 journeys in October, the operator said on Monday, blaming roadworks "
         "for most of them.\n\n"
         "The operator said it had paid £210,000 in refunds and that it had taken on 40 drivers since the summer. "
         "Its managing director, Ian Coyle, said the operator was sorry.\n\n"
         "The passenger watchdog Bus Users Dunmore disputed the operator's account.")


def test_the_owners_headline_claim_before_a_side_detail(nlp):
    found = _targets(nlp, BUSES, "the operator's account")
    assert any("1,900 journeys" in t for t in found), found
    assert not any("40 drivers" in t for t in found), found


def test_near_miss_a_claim_told_right_before_is_still_the_one_answered(nlp):
    text = BUSES.replace(
        "The operator said it had paid £210,000 in refunds and that it had taken on 40 drivers since the summer. "
        "Its managing director, Ian Coyle, said the operator was sorry.",
        "Its managing director, Ian Coyle, said the operator was sorry. "
        "The operator said it had paid £210,000 in refunds and that it had taken on 40 drivers since the summer.")
    found = _targets(nlp, text, "the operator's account")
    assert any("40 drivers" in t for t in found), found
    assert not any("1,900 journeys" in t for t in found), found


# --- of claims saying the rejected content, an earlier one of the rejection's own article ---------

def _said(article_id, start_char):
    from types import SimpleNamespace
    return SimpleNamespace(claim=SimpleNamespace(article_id=article_id, start_char=start_char))


def test_an_earlier_claim_of_the_rejections_article_goes_first():
    from claims.conflicts.disputes import _own_article_first
    rejection = _said("a", 300).claim
    elsewhere, earlier = _said("b", 10), _said("a", 40)
    found = _own_article_first([(0.34, elsewhere), (0.31, earlier)], rejection)
    assert [j for _, j in found] == [earlier, elsewhere]


def test_near_miss_a_much_weaker_or_later_claim_of_the_article_does_not():
    from claims.conflicts.disputes import _own_article_first
    rejection = _said("a", 300).claim
    elsewhere, weak, later = _said("b", 10), _said("a", 40), _said("a", 500)
    assert [j for _, j in _own_article_first([(0.34, elsewhere), (0.2, weak)], rejection)] == [elsewhere, weak]
    assert [j for _, j in _own_article_first([(0.34, elsewhere), (0.33, later)], rejection)] == [elsewhere, later]


# --- a bare "denied that" after a party's quote of several sentences answers the whole run ---------

FLOOD = ("Flooding closed Mill Lane in Tarrow for the third time this winter on Sunday.\n\n"
         "The residents' association chair, Ann Corby, said the council had been warned about the blocked "
         "culvert in 2022. \"Nobody ever came to look at it,\" she said. \"We have been bailing out our "
         "kitchens ever since.\"\n\n"
         "Tarrow Borough Council denied that. A spokesperson said engineers had inspected the culvert twice "
         "last year.")


def test_a_bare_denial_answers_the_run_of_one_partys_sentences(nlp):
    found = _targets(nlp, FLOOD, "that")
    assert any("warned about the blocked culvert" in t for t in found), found
    assert any("bailing out" in t for t in found), found


def test_near_miss_another_voice_in_between_ends_the_run(nlp):
    text = FLOOD.replace("\"Nobody ever came to look at it,\" she said. \"We have been bailing out our kitchens ever "
                         "since.\"", "A neighbour, Bill Hart, said: \"We have been bailing out our kitchens ever since.\"")
    found = _targets(nlp, text, "that")
    assert any("bailing out" in t for t in found), found
    assert not any("warned about the blocked culvert" in t for t in found), found
