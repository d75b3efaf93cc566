"""Round t65: a contradiction pair across articles is not sought in an article told apart
from the other with no close partner in common (`_Stories.told_apart`, `unshared`): two bus
companies' pay ballots told alike are two stories, however closely their words meet. Near
miss: one story whose outlets open on different bodies, tied by a third outlet telling
both, keeps its contradiction. And "backed" / "thrown out" on the decision row. Sentences
written for these tests, about none of the gold cases."""

from claims.conflicts import ConflictKind, find_conflicts, story_lead
from claims.conflicts.common import _Stories
from tests.claims.test_figure_roles import _claims

ACCEPTED = ("Bus drivers have accepted the pay offer, Petra Lusk said. Coastal services would run normally from "
            "Monday, the firm said. New ticket machines would arrive by summer, the firm said.")
REJECTED = ("Bus drivers have rejected the pay offer, Tomas Feld said. A walkout would hit school routes in the "
            "valley villages, the company said. Mock exams could be disrupted, the college warned.")
TITLES = ("Quarndale drivers settle", "Wexbury drivers vote to strike", "Drivers vote on pay offer")


def _contradictions(nlp, texts, titles):
    refs = [r for article_id, text in zip("abc", texts) for r in _claims(nlp, article_id, text, "Outlet " + article_id)]
    leads = {a: story_lead(title, text) for a, title, text in zip("abc", titles, texts)} if titles else None
    return [c for c in find_conflicts(refs, leads=leads) if c.kind is ConflictKind.CONTRADICTION]


def test_two_companies_ballots_told_apart_do_not_contradict(nlp):
    # Each opening names a town or person the other article never writes, each article
    # names at least two names: two stories, one company's drivers accepting and another's
    # rejecting.
    assert not _contradictions(nlp, (ACCEPTED, REJECTED), TITLES)
    # Near miss: without the openings nothing sets them apart, and the ballots contradict.
    assert _contradictions(nlp, (ACCEPTED, REJECTED), None)


# The rejecting outlet tells the same services in the same words (overlap above
# `told_story`), but opens on another town and person.
CLOSE_REJECTION = ("Bus drivers have rejected the pay offer, Tomas Feld said. Coastal services would be cut from "
                   "Monday, he said. Mock exams could be disrupted, the college warned.")
THIRD_OUTLET = ("Coastal services would run from Monday, the firm said. New ticket machines would arrive by summer, "
                "Petra Lusk said. Mock exams could be disrupted, Tomas Feld said.")


def test_told_apart_however_close_their_words(nlp):
    # Template stories overlap as much as one story's outlets: no overlap floor sets
    # them together, only a close partner in common. (k70) Each opening names its town
    # (the titles' first words are read as no names): above `told_story`, openings naming
    # only people part nothing (test_review_k70.py).
    accepted = ACCEPTED.replace("Bus drivers", "Bus drivers in Quarndale", 1)
    rejected = CLOSE_REJECTION.replace("Bus drivers", "Bus drivers in Wexbury", 1)
    assert not _contradictions(nlp, (accepted, rejected), ("Drivers settle", "Drivers vote to strike"))


def test_one_story_tied_by_a_third_outlet_keeps_its_contradiction(nlp, monkeypatch):
    # A third outlet tells both closely and names both speakers: one story, whose two
    # outlets open on different people; the ballots still contradict.
    told, asked = _Stories.told_apart, []

    def spy(self, a, b, **narrowed):
        if narrowed.get("unshared"):
            asked.append(((a, b), told(self, a, b), told(self, a, b, **narrowed)))
        return told(self, a, b, **narrowed)

    monkeypatch.setattr(_Stories, "told_apart", spy)
    found = _contradictions(nlp, (ACCEPTED, CLOSE_REJECTION, THIRD_OUTLET), TITLES)
    assert any("Petra Lusk" in c.reason and "Tomas Feld" in c.reason for c in found)
    assert (("a", "b"), True, False) in asked  # told apart, yet tied by the third outlet


def test_backed_and_thrown_out_are_decisions(nlp):
    # "backed" (left) and "thrown out" (right) join the decision row of
    # conflict_opposites.txt: a ballot backing an offer against one rejecting it, a
    # committee throwing a scheme out against one approving it.
    assert _contradictions(nlp, ("Drivers have backed the pay offer, union organiser Petra Lusk said.",
                                 "Drivers have rejected the pay offer, union organiser Tomas Feld said."), None)
    assert _contradictions(nlp, ("The planning committee approved the housing scheme, councillor Petra Lusk said.",
                                 "The planning committee threw out the housing scheme, councillor Tomas Feld said."),
                           None)
    # Near miss: "backed down" is a phrasal verb of no row (conflict_direction_exceptions.txt).
    assert not _contradictions(nlp, ("The firm backed down over the pay offer, Petra Lusk said.",
                                     "The firm rejected the pay offer, Tomas Feld said."), None)
