"""Rules of the n65 round of the numeric conflict rule: a scope word on one side only that
does not change what is measured. "alone" singling out a part the other outlet names too
("in October alone" / "in October"), and an "including" set between commas after the
figure's subject ("The total value of the deal, including the debt, is ..."), read as the
wider count it is. Sentences written for these tests; each rule has a near miss."""

from datetime import date

from claims.conflicts import find_conflicts
from claims.conflicts.numeric import _Facts, _scopes_differ, _subject_aside_scope
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 11, 3)


def _numeric_between(nlp, a, b):
    refs = _claims(nlp, "a", a, "Outlet A", DAY) + _claims(nlp, "b", b, "Outlet B", DAY)
    return [c for c in find_conflicts(refs) if c.kind is ConflictKind.NUMERIC]


def _figure(nlp, text, surface):
    for ref in _claims(nlp, "x", text, "Outlet X", DAY):
        for q in ref.claim.quantities:
            if q.surface == surface:
                return q, ref.claim
    raise AssertionError(f"no figure {surface!r} in {text!r}")


# --- "alone" singling out a part the other names ------------------------------------------------

ALONE = ("The residents' association said 410 people arrived at the Brackley Road centre in October alone, "
         "well over the number agreed with the council.")


def test_alone_is_no_other_scope_when_the_other_names_the_part(nlp):
    qa, a = _figure(nlp, ALONE, "410")
    qb, b = _figure(nlp, "The Home Office said about 260 people arrived at the Brackley Road centre in October.",
                    "about 260")
    assert not _scopes_differ(qa, a, qb, b, _Facts())
    # Near miss: the other counts the whole year, not October: "alone" keeps the two apart.
    qc, c = _figure(nlp, "The Home Office said about 1,300 people arrived at the Brackley Road centre this year.",
                    "about 1,300")
    assert _scopes_differ(qa, a, qc, c, _Facts())


def test_a_month_alone_against_the_month_conflicts(nlp):
    rest = " The centre opened in the spring on the site of a former barracks."
    assert _numeric_between(nlp, ALONE + rest,
                            "The Home Office said about 260 people arrived at the Brackley Road centre in October." + rest)


def test_a_ward_alone_against_the_ward_conflicts(nlp):
    a = ("In the Eastfield ward, the worst-hit part of the town, 430 households applied for the flood grant, "
         "the council said.")
    b = '"In Eastfield alone, 520 families applied for the flood grant," the residents\' group said.'
    assert _numeric_between(nlp, a, b)
    # Near miss: the town's count against the ward "alone" is a whole and its part.
    qa, ca = _figure(nlp, b, "520")
    qb, cb = _figure(nlp, "Across the town, 1,500 families applied for the flood grant, the council said.", "1,500")
    assert _scopes_differ(qa, ca, qb, cb, _Facts())


# --- an "including" between the subject and its verb --------------------------------------------

DEBT = ('"The total value of the deal, including the debt we are taking on, is a little over £55 million," '
        "the new owner of Harrowgate Rovers said.")


def test_an_including_aside_before_the_verb_is_the_figure_s_scope(nlp):
    q, claim = _figure(nlp, DEBT, "a little over £55 million")
    assert _subject_aside_scope(q, claim) == frozenset({"including"})
    # Near misses: an "including" of another clause is no aside of the figure's subject.
    q, claim = _figure(nlp, "Residents were evacuated from villages including Orla and Brenn, and 200 homes "
                            "were damaged.", "200")
    assert not _subject_aside_scope(q, claim)
    q, claim = _figure(nlp, "The deal, which was agreed on Friday, is worth £55 million.", "£55 million")
    assert not _subject_aside_scope(q, claim)


def test_a_wider_sum_below_the_other_conflicts(nlp):
    a = "The consortium bought Harrowgate Rovers in a deal worth £62 million, the club said on Friday."
    assert _numeric_between(nlp, a, DEBT)
    # Near miss: the sum including the debt above the other may count the debt the other
    # leaves out: both can hold.
    above = DEBT.replace("a little over £55 million", "a little over £70 million")
    assert not _numeric_between(nlp, a, above)


# --- "needed" as the counted noun's verb, not a threshold ----------------------------------------


def test_needed_with_its_own_object_is_no_target(nlp):
    from claims.figure_roles import is_target

    def target(text, surface):
        q, claim = _figure(nlp, text, surface)
        return is_target(q, claim)

    assert not target("Nine people needed hospital treatment after the wedding reception.", "Nine")
    assert not target("The survey found 12 homes required new roofs after the storm.", "12")
    # Near misses: "needed" / "required" naming a threshold stay targets.
    assert target("Labour is short of the 326 seats needed for a majority.", "326")
    assert target("The petition has fewer than the 40 signatures required to force a vote.", "40")
    assert target("Turnout fell short of the 50% needed.", "50%")


def test_people_who_needed_treatment_against_those_treated_conflict(nlp):
    rest = " The reception was held at the Old Mill hotel in Farrowdale on Saturday."
    a = "Four guests were treated in hospital after the wedding reception, the district council said." + rest
    b = "Nine people needed hospital treatment after the wedding reception, a spokesperson for the family said." + rest
    assert _numeric_between(nlp, a, b)
