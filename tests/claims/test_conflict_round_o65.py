"""Round o65 (precision): a figure set aside by "rather than" / "not the" is no negated
clause for the contradiction rule; a sibling figure's measure ties no other figure of its
claim; two look-alike stories told apart (`_Stories.told_apart` below `same_story`) oppose no
assessments. Near misses: a cause set aside ("rather than the storm surge") still opposes,
the replaced figure is still weighed by the numeric rule, a sibling that disagrees still
names the measure, one story told by outlets opening on different bodies still opposes.
Sentences written for these tests, about none of the gold cases."""

from claims.conflicts import ConflictKind, find_conflicts, story_lead
from claims.conflicts.contradictions import _Wording
from claims.conflicts.numeric import _Facts, _measure_in_text
from tests.claims.test_figure_roles import _claims


def _found(nlp, first, second, kind, titles=None):
    refs = _claims(nlp, "a", first, "Outlet A") + _claims(nlp, "b", second, "Outlet B")
    leads = {"a": story_lead(titles[0], first), "b": story_lead(titles[1], second)} if titles else None
    return [c for c in find_conflicts(refs, leads=leads) if c.kind is kind]


MORE = ("The union said the ferry company cancelled more than 2,100 sailings this summer, far more than the "
        "1,240 the operator has reported.")
RATHER = ("The regulator said the ferry company cancelled 2,650 sailings this summer, rather than the 1,900 "
          "the operator reported.")
NOT_THE = ("The regulator said the ferry company cancelled 2,650 sailings this summer, not the 1,900 the "
           "operator reported.")


def test_a_figure_set_aside_is_no_negated_clause(nlp):
    # "rather than the 1,900 the operator reported" sets a figure aside: the words after it
    # say whose figure it was. Read as a negated clause, "operator" opposed the other
    # outlet's "the 1,240 the operator has reported".
    assert _Wording.of("cancelled 2,650 sailings this summer, rather than the 1,900 the operator reported").negation is None
    assert _Wording.of("cancelled 2,650 sailings, not the 1,900 the operator reported").negation is None
    assert _Wording.of("more than 900 people were evacuated, not the 600 reported by the council").negation is None
    assert not _found(nlp, MORE, RATHER, ConflictKind.CONTRADICTION)
    assert not _found(nlp, MORE, NOT_THE, ConflictKind.CONTRADICTION)


def test_a_thing_set_aside_still_negates(nlp):
    # Near miss: what is set aside is a thing, not a figure: still a negation.
    assert _Wording.of("the flooding was the result of blocked drains rather than the storm").negation == "rather than"
    assert _Wording.of("the company did not cancel 300 sailings").negation is not None
    # ... nor a figure nobody is said to have given: "not 300 sailings", or a threshold.
    assert _Wording.of("the company cancelled 460 sailings, not 300 sailings").negation == "not"
    assert _Wording.of("the company has 240 drivers, not the 300 the council requires").negation == "not"


def test_the_replaced_figure_is_still_weighed(nlp):
    # Near miss: the numeric rule still sets the named figure against the one it replaces.
    told = "The ferry company said 1,900 sailings had been cancelled this summer."
    assert _found(nlp, told, RATHER, ConflictKind.NUMERIC)


def _figure(claim, surface):
    return next(q for q in claim.quantities if q.surface.endswith(surface))


def test_a_sibling_figures_measure_ties_no_other_figure(nlp):
    # "staff" in the first claim is what 4,200 counts: it does not name the measure of
    # "4,180 staff" for 19,000 students (that pair is 4,200's, and agrees).
    a = _claims(nlp, "a", "The university employs roughly 4,200 staff and has about 19,000 students.", "A")[0].claim
    b = _claims(nlp, "b", "The university, which employs 4,180 staff, announced savings.", "B")[0].claim
    facts = _Facts()
    students, staff = _figure(a, "19,000"), _figure(b, "4,180")
    assert "staff" in " ".join(facts.text(a))  # the word is there ...
    assert not _measure_in_text(facts.measure(staff, b), students, a, staff, facts)  # ... as 4,200's measure


def test_a_disagreeing_sibling_still_names_the_measure(nlp):
    # Near miss: the sibling (14 patients) disagrees with the other figure (1,100 patients):
    # "patients" still names its measure for 310 reports.
    a = _claims(nlp, "a", "The agency said it had received 310 reports of liver reactions in patients, "
                          "including 14 patients who needed transplants.", "A")[0].claim
    b = _claims(nlp, "b", "The charity said it had heard from about 1,100 patients with liver problems.", "B")[0].claim
    facts = _Facts()
    reports, patients = _figure(a, "310"), _figure(b, "1,100")
    assert _measure_in_text(facts.measure(patients, b), reports, a, patients, facts)


DENIAL = ("Bus drivers in Halbrook walked out on Monday over pay and rosters, organiser Quaye said. "
          "The company said no driver had been disciplined over the dispute.")
COUNT = ("Bus drivers in Pellingham walked out on Monday over pay and rosters, organiser Voss said. "
         "The union said two drivers had been disciplined over the dispute.")
OPENINGS = ("Bus drivers strike over pay", "Drivers walk out over rosters")


def _without_t65_guard(monkeypatch):
    """Round t65's guard (told apart, no close partner in common) parts these two towns'
    articles too, rightly: two short articles and no third to tie them. These tests judge
    o65's guard alone, so t65's is switched off (tests/claims/test_conflict_round_t65.py
    judges it)."""
    _force(monkeypatch, unshared=lambda self, a, b: False)


def _force(monkeypatch, unshared=None, thin=None):
    """(k70) Puts `unshared(self, a, b)` in place of `_Stories.told_apart` narrowed by
    `unshared=True` (t65's guard), and `thin(self, a, b, floor)` in place of it narrowed by
    `below` alone (o65's); the plain test stays as it is."""
    from claims.conflicts.common import _Stories
    told = _Stories.told_apart

    def patched(self, a, b, **narrowed):
        if narrowed.get("unshared") and unshared is not None:
            return unshared(self, a, b)
        if narrowed.get("below") is not None and not narrowed.get("unshared") and thin is not None:
            return thin(self, a, b, narrowed["below"])
        return told(self, a, b, **narrowed)

    monkeypatch.setattr(_Stories, "told_apart", patched)


def test_t65_guard_parts_the_two_towns_too(nlp):
    assert not _found(nlp, DENIAL, COUNT, ConflictKind.CONTRADICTION, OPENINGS)


def test_stories_told_apart_oppose_no_assessments(nlp, monkeypatch):
    # Two articles overlapping below `same_story`, each opening on a town the other never
    # names (`told_apart` below `same_story`): the contradiction rule no longer pairs their claims.
    # Here the test forces the verdict, the story overlap of two short look-alike texts
    # being high.
    _without_t65_guard(monkeypatch)
    assert _found(nlp, DENIAL, COUNT, ConflictKind.CONTRADICTION, OPENINGS)
    monkeypatch.undo()
    _force(monkeypatch, unshared=lambda self, a, b: False, thin=lambda self, a, b, floor: a != b)
    assert not _found(nlp, DENIAL, COUNT, ConflictKind.CONTRADICTION, OPENINGS)


def test_close_articles_told_apart_still_oppose(nlp, monkeypatch):
    # Near miss: the two openings name two towns (`told_apart` holds) but the articles tell
    # the walkout in the same words (overlap above `same_story`): their assessments still
    # meet. `told_apart` alone would part them (it lost p61-case-1, one story told by
    # outlets opening on different people).
    from claims.conflicts.common import _Stories
    verdicts = []
    told = _Stories.told_apart

    def spy(self, a, b, floor):
        verdicts.append((a, b, told(self, a, b), self.score(a, b) >= floor, told(self, a, b, below=floor)))
        return verdicts[-1][4]

    _force(monkeypatch, unshared=lambda self, a, b: False, thin=spy)
    assert _found(nlp, DENIAL, COUNT, ConflictKind.CONTRADICTION, OPENINGS)
    assert any(told and close and not apart for a, b, told, close, apart in verdicts if a != b)
