"""Round n114 (numeric pairs with a figure named only as "the figure"): docs/conflicts.md,
"Round n114". Of the pairs of one pair of clusters setting the same two values against each
other, the one setting a figure named only as "the figure" ("The forum puts the figure at
530.") against the figure it answers in its own article is kept (`numeric.named_answers`,
`answers_named`, the last place of `weaker`), not another outlet's sentence of the same
value. Sentences written for these tests, about none of the gold cases; near misses where
the figures of the group are others, or the named figure answers nothing in its article."""

from datetime import date

from claims.clustering import cluster_claims
from claims.conflicts import find_conflicts
from claims.conflicts.numeric import answers_named, named_answers
from tests.claims.test_figure_roles import _claims

DAY = date(2027, 3, 9)

# an outlet's sentence of the operator's count, and a second outlet telling the same count
# then the riders' rival figure named only as "the figure"
FIRST = ("Brackwater Buses said it had cancelled 318 services between January and March, "
         "out of 9,400 it had planned. The operator blamed a shortage of drivers.")
SECOND = ("Brackwater Buses told the Gazette it cancelled 318 services between January and March. "
          "The Brackwater Riders' Group puts the figure at 530.")


def _refs(nlp, *texts):
    refs = []
    for n, text in enumerate(texts):
        refs += _claims(nlp, f"n114{n}", text, f"Outlet {n}", DAY)
    return refs


def _numeric(refs):
    return [c for c in find_conflicts(refs, cluster_claims([r.claim for r in refs])) if c.kind.value == "numeric"]


def _sides(refs, conflict):
    by_id = {r.claim.claim_id: r.claim for r in refs}
    return {by_id[conflict.claim_a].article_id, by_id[conflict.claim_b].article_id}


def test_the_named_figure_answers_the_count_before_it(nlp):
    refs = _refs(nlp, SECOND)
    answers = named_answers(r.claim for r in refs)
    assert {value for _, value, _ in answers} == {530.0}
    by_id = {r.claim.claim_id: r.claim for r in refs}
    assert all("318" in by_id[answered].text for _, _, answered in answers)


def test_the_answering_pair_is_kept_over_another_outlets_sentence(nlp):
    refs = _refs(nlp, FIRST, SECOND)
    found = [c for c in _numeric(refs) if "530" in c.reason and "318" in c.reason]
    assert len(found) == 1
    # both sides in the second article: the rival figure against the count it answers
    assert _sides(refs, found[0]) == {"n1141"}


def test_answers_named_reads_the_compared_values(nlp):
    refs = _refs(nlp, SECOND)
    answers = named_answers(r.claim for r in refs)
    (named_id, _, answered_id), = answers
    by_id = {r.claim.claim_id: r.claim for r in refs}
    a, b = by_id[named_id], by_id[answered_id]
    assert answers_named(a, b, frozenset({("count", 318.0, 530.0)}), answers)
    assert answers_named(b, a, frozenset({("count", 318.0, 530.0)}), answers)
    # other values of the two claims, the named figure not among them: not its answer
    assert not answers_named(a, b, frozenset({("count", 318.0, 9400.0)}), answers)


def test_near_miss_a_figure_with_a_noun_of_its_own(nlp):
    # "puts the figure at 530 complaints" counts complaints: named by its noun, not "the figure"
    text = ("Brackwater Buses told the Gazette it cancelled 318 services between January and March. "
            "The Brackwater Riders' Group puts the figure at 530 complaints.")
    assert not named_answers(r.claim for r in _refs(nlp, text))


def test_near_miss_the_answer_in_another_article_only(nlp):
    # the named figure's article tells no count before it: it answers nothing there
    lone = "The Brackwater Riders' Group puts the figure at 530."
    assert not named_answers(r.claim for r in _refs(nlp, FIRST, lone))


def test_near_miss_rounding_stays_quiet(nlp):
    # "about 320" is the operator's 318 rounded: no conflict, whichever pair is weighed
    text = ("Brackwater Buses told the Gazette it cancelled 318 services between January and March. "
            "The Brackwater Riders' Group puts the figure at about 320.")
    refs = _refs(nlp, FIRST, text)
    assert not [c for c in _numeric(refs) if "320" in c.reason]


def test_near_miss_a_net_and_a_gross_told_together_stay_quiet(nlp):
    # the party's own net and gross sums in one sentence: two measures of one teller, not rivals
    text = ("The Harbour Trust said its gross income was £4.2m last year and its net income £1.1m. "
            "The trust's accounts show the same sums.")
    refs = _refs(nlp, text)
    assert not _numeric(refs)


def test_the_answering_pair_when_a_target_stands_between(nlp):
    # the nearest figure before the named one is a target; the pair kept is still the
    # rival against the same claim's share, in the named figure's own article
    first = "Greyford Recycling said 84% of the glass collected last year was recycled."
    second = ("Greyford Recycling told the Courier that 84% of the glass collected last year was recycled, "
              "against a target of 92%. The Greyford Residents' Forum puts the figure at 63%.")
    refs = _refs(nlp, first, second)
    found = [c for c in _numeric(refs) if "63%" in c.reason and "84%" in c.reason]
    assert len(found) == 1
    assert _sides(refs, found[0]) == {"n1141"}
