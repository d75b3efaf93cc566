"""Round d64: a rejection's target is not sought in an article told apart from the
rejection's own (`_Stories.told_apart` below `loose_floor`, unshared): two councils' roof repairs told alike are
two stories. Near miss: one story whose outlets open on different bodies still links the
rejection to its target. Sentences written for these tests, about none of the gold cases."""

from claims.conflicts import ConflictKind, find_conflicts, story_lead
from claims.conflicts.common import _Stories
from tests.claims.test_figure_roles import _claims

ESTIMATE = ("Brindlemoor District Council said repairs to the roof of its town hall would cost £3.4 million, "
            "councillor Petra Lusk said. The council said the hall could close next year.")
REJECTION = ("Campaigners in Wexcombe have dismissed the council's repair estimate as a scare figure, "
             "organiser Tomas Feld said. Wexcombe Civic Society said the library roof needed only patching.")


TITLES = ("Town hall repairs costed", "Campaigners reject repair bill")


def _disputes(nlp, first, second, titles):
    refs = _claims(nlp, "a", first, "Outlet A") + _claims(nlp, "b", second, "Outlet B")
    leads = {"a": story_lead(titles[0], first), "b": story_lead(titles[1], second)} if titles else None
    return [c for c in find_conflicts(refs, leads=leads) if c.kind is ConflictKind.DISPUTE]


def test_a_rejection_takes_no_target_in_another_towns_article(nlp):
    # Each opening names a town or body the other article never writes, each article names
    # at least two names, and the two share few words: two stories.
    assert not _disputes(nlp, ESTIMATE, REJECTION, TITLES)
    # Near miss: without the openings nothing sets them apart, and the rejection takes the
    # other article's estimate.
    assert _disputes(nlp, ESTIMATE, REJECTION, None)


def test_one_story_opening_on_another_body_keeps_its_target(nlp, monkeypatch):
    # The rejecting outlet opens on the campaigners' town and never writes the council's
    # name (the two openings are told apart), but it tells the town hall's repairs in the
    # same words (overlap above `told_story`): one story, the rejection keeps its target.
    rejection = ("Campaigners in Wexcombe have dismissed the council's estimate that repairs to the roof of its "
                 "town hall would cost £3.4 million as a scare figure, organiser Tomas Feld said. They said the "
                 "town hall could stay open next year.")
    told, apart = _Stories.told_apart, []

    def spy(self, a, b, **narrowed):
        if a != b:  # the two articles' openings alone (k70: the narrowing is a parameter)
            apart.append(told(self, a, b))
        return told(self, a, b, **narrowed)

    monkeypatch.setattr(_Stories, "told_apart", spy)
    assert _disputes(nlp, ESTIMATE, rejection, TITLES)
    assert apart and all(apart)  # told apart, yet too close to be two stories


LONG_ESTIMATE = (ESTIMATE.split(" The council said")[0] + " The council said the hall could close next year. "
                 "Ms Lusk said bus fares in the district would rise in April. The council also approved a new "
                 "cycle lane on Mill Street.")
LONG_REJECTION = ("Campaigners in Wexcombe have dismissed the council's estimate for repairs to the roof of the town "
                  "hall as a scare figure, organiser Tomas Feld said. Wexcombe Civic Society said its members would "
                  "march to the market square on Saturday. Mr Feld said the society had collected 900 signatures for "
                  "a petition about parking charges.")


def test_claims_sharing_rare_words_are_not_taken_from_an_article_told_apart(nlp, monkeypatch):
    # The claims sharing rare words with the rejection (`related.of`) reach beyond the
    # story's articles searched: there too, the other town's article is left out
    # (`kept_apart`); without it the rejection takes the other council's estimate.
    import claims.conflicts.disputes as disputes
    chosen, original = [], disputes._dispute_target

    def spy(*args, **kw):
        found = original(*args, **kw)
        unguarded = original(*args, **{**kw, "kept_apart": None})
        chosen.append((found and found[0].claim.article_id, unguarded and unguarded[0].claim.article_id))
        return found

    monkeypatch.setattr(disputes, "_dispute_target", spy)
    assert not _disputes(nlp, LONG_ESTIMATE, LONG_REJECTION, TITLES)
    assert ("a" not in {f for f, _ in chosen}) and ("a" in {u for _, u in chosen}), chosen
