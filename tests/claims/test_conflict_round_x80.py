"""Round x80 (a story's conflicts must not depend on what else the store holds, continuing
w77): docs/conflicts.md, "Round x80". Articles written for these tests, about none of the
gold cases.

Before x80 several rules weighed the words two claims share by their rarity among all
claims of the store (`related.index`): articles of other stories sharing a common word
("union", "shifts", "drivers", "break") moved a score, and with it which conflict of a pair
of clusters is kept or whether a pair reaches a floor. Each test runs a small story alone,
then beside one to seven articles of other stories, and asks for the same conflicts: kind,
id, both claims and score. Each fails before x80 (the score moves with the first other
article); the other stories' own conflicts are not compared."""

from datetime import date

from claims.conflicts import find_conflicts
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 5, 12)

# Other stories, sharing only common words with the stories below ("union", "shifts",
# "break", "routes", "cut", "drivers", "proper").
OTHERS = [
    ("u1", "Coastal Times", "Nurses at the Penwith hospital said their night shifts had grown longer since the winter."),
    ("u2", "Rural Herald", "The teachers' union in Ashdown said class sizes had risen for a third year."),
    ("u3", "City Echo", "Warehouse staff at a Delmont depot said their union had won a pay rise of 6%."),
    ("u4", "Paper Four", "A lunch break at the Harbourside museum cafe now lasts an hour, its owner said."),
    ("u5", "Paper Five", "Ferry routes to Kilcraig were cut in the spring after the operator lost its subsidy."),
    ("u6", "Paper Six", "Lorry drivers crossing the Tamsin bridge said tolls had doubled."),
    ("u7", "Paper Seven", "The union said a proper pension was owed to retired miners in Brackwell."),
]

UNION = ("s1", "Valley Courier",
         "The drivers' union said rest breaks on the Carrowby routes had been cut to ten minutes since the spring. "
         "The union said drivers were working shifts of eleven hours without a proper meal break.")


def _story_conflicts(nlp, articles):
    """(kind, conflict id, claim a, claim b, score) of the conflicts between the story's
    claims (articles whose id starts with "s")."""
    refs = [r for aid, outlet, text in articles for r in _claims(nlp, aid, text, outlet, DAY)]
    of_story = {r.claim.claim_id for r in refs if r.claim.article_id.startswith("s")}
    return sorted((c.kind.value, c.conflict_id, c.claim_a, c.claim_b, c.score) for c in find_conflicts(refs)
                  if c.claim_a in of_story and c.claim_b in of_story)


def _same_beside_others(nlp, story, kind):
    """The story's conflicts of `kind` alone, then beside one to seven other stories."""
    def of_kind(articles):
        return [c for c in _story_conflicts(nlp, articles) if c[0] == kind]

    alone = of_kind(story)
    assert alone
    for n in range(1, len(OTHERS) + 1):
        assert of_kind(story + OTHERS[:n]) == alone, n


def test_figures_of_two_articles_score_the_same_beside_other_stories(nlp):
    # (numeric, `_RelatedClaims.of(..., background=True)`) The union's 1,800 strikers and
    # the company's 900: how much the two sentences share weighed by the background, so
    # the score (and the floors `numeric_matter`, `COMPARED_MATTER` it is read against)
    # does not move when other stories about drivers or strikes are added.
    story = [
        ("s1", "Valley Courier",
         "About 1,800 bus drivers in Carrowby walked out on Monday in a dispute over rest breaks, the drivers' "
         "union said. The union said the strike would last three days."),
        ("s2", "Carrowby Post",
         "Norvale Buses said only 900 drivers had joined the strike on Monday and that most routes in Carrowby "
         "were running."),
    ]
    _same_beside_others(nlp, story, "numeric")


def test_a_contradicted_partys_claim_scores_the_same_beside_other_stories(nlp):
    # (dispute, `shared` of "contradicting the drivers' union") Which of the union's claims
    # the company contradicts, and how well, by the words shared weighed in the story.
    story = [UNION, ("s2", "Carrowby Post",
                     "Norvale Buses said every driver on its Carrowby routes had a meal break of at least half an "
                     "hour, contradicting the drivers' union.")]
    _same_beside_others(nlp, story, "dispute")


ROUTES = [
    ("s1", "Valley Courier",
     "Norvale Buses said its new timetable for the Carrowby routes would run from June. "
     "Its operations manager, Idris Pellow, said no route to the outlying villages would be cut this year."),
    ("s2", "Carrowby Post",
     "Norvale Buses has withdrawn four routes to villages around Carrowby. Ffion Dacre, who chairs the "
     "Carrowby Passengers' Group, said: \"Norvale Buses told us no route to the villages would be cut this "
     "year. That was never true.\""),
]


def test_a_told_rejection_scores_the_same_beside_other_stories(nlp):
    # (dispute, `_told_target`) "Norvale Buses told us no route to the villages would be
    # cut" answers the manager's promise, with the same score whatever else is stored.
    _same_beside_others(nlp, ROUTES, "dispute")


def test_a_contradiction_scores_the_same_beside_other_stories(nlp):
    # (contradiction, 0.4 + 0.2 x `matter`, and the `contradiction_matter` floor of loose
    # pairs) The promise against the routes withdrawn: the score that decides which
    # conflict of a pair of clusters is kept does not move with other stories.
    _same_beside_others(nlp, ROUTES, "contradiction")
