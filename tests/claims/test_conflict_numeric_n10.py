"""Rules of the n10 round of the numeric conflict rule: a figure's own measure or an
outlet's name is not an entity the figure is about, "alone" states a part's scope, a part
of a group named without a figure ("Twelve of the injured") is not set against the group,
a year the figure's own clause opens on is its period, "households" are homes and "roles"
posts, and what an estimating verb puts "at" a figure is its measure. Sentences written for
these tests; each rule has a near miss."""

from datetime import date

from claims.conflicts.numeric import ANY_GROUP, _partitive_group, _put_at, _year_before
from claims.conflicts import find_conflicts
from claims.lexicon import measure_synonyms
from claims.models import ConflictKind
from claims.overlap import stem
from tests.claims.test_figure_roles import _claims, _figure, _numeric

DAY = date(2027, 5, 11)


def _flags(nlp, a, b, a_outlet="Outlet A", b_outlet="Outlet B"):
    refs = _claims(nlp, "a", a, a_outlet, DAY) + _claims(nlp, "b", b, b_outlet, DAY)
    return any(c.kind is ConflictKind.NUMERIC for c in find_conflicts(refs))


# --- a figure's measure and an outlet are not what it is about ------------------------------


def test_turnout_read_as_a_name_does_not_set_turnouts_apart(nlp):
    a = "Turnout was 31% in the Harwell mayoral election, the returning officer said."
    b = "Delia Marsh won the Harwell mayoral election on a turnout of 46%, the election office said."
    assert _flags(nlp, a, b)
    # Near miss: turnouts of two towns are still about two places.
    b = "The election office said turnout in the Corby mayoral election was 46%."
    assert not _numeric(nlp, "Turnout in the Harwell mayoral election was 31%, the returning officer said.", b)


def test_an_outlet_named_as_a_source_is_not_what_a_figure_is_about(nlp):
    a = "The takeover values Kestrel Rovers at about £45 million including debts, the buyers said."
    b = ("According to documents seen by the Brinford Star, the takeover values Kestrel Rovers at "
         "roughly £28 million including debts.")
    assert _flags(nlp, a, b, "Sports Desk", "Brinford Star")
    # Near miss: the same sentence read in another outlet names the Brinford Star as more
    # than its own name, and another club's value is still about another club.
    b = "According to documents seen by the Brinford Star, the takeover values Fenwick Town at roughly £28 million."
    assert not _flags(nlp, a, b, "Sports Desk", "Brinford Star")


# --- "alone": a part's scope ----------------------------------------------------------------------


def test_a_figure_for_one_region_alone_is_a_part(nlp):
    a = "Corbel Bank will close 84 branches this year, the bank said on Tuesday."
    assert not _numeric(nlp, a, "In Scotland alone, 23 Corbel Bank branches will close this year, the union said.")
    # Near miss: the union's national figure conflicts.
    assert _numeric(nlp, a, "Corbel Bank will close 120 branches this year, the union said on Tuesday.")


# --- a part of a group named without a figure -------------------------------------------------




def test_part_of_the_injured_is_not_the_injured(nlp):
    a = "Sixty-two people were injured when the train derailed near Ulston, the operator said."
    b = "Twelve of the injured were taken to hospital after the Ulston derailment, paramedics said."
    assert not _numeric(nlp, a, b)
    # Near miss: a count of the injured themselves conflicts.
    b = "Twelve people were injured when the train derailed near Ulston, paramedics said."
    assert _numeric(nlp, a, b)


def test_partitive_group_of_a_figure(nlp):
    q, c = _figure(nlp, "Twelve of the injured were taken to hospital, paramedics said.", "Twelve")
    assert _partitive_group(q, c) == frozenset({stem("injured")})
    q, c = _figure(nlp, "Paramedics treated 40 people, and two of them were taken to hospital.", "two")
    assert _partitive_group(q, c) == ANY_GROUP
    # A possessive names an owner's whole population, not a part of a group.
    q, c = _figure(nlp, "The hackers stole data belonging to 2.3 million of its customers, the firm said.", "2.3 million")
    assert _partitive_group(q, c) == frozenset()


# --- a year the figure's clause opens on ---------------------------------------------------------


def test_year_before_a_figure_dates_it(nlp):
    q, c = _figure(nlp, "The trust said the charge had not changed, and that in 2021 its parking income was £2.6 million.",
                   "£2.6 million")
    assert _year_before(q, c) == "2021"
    # A year of an earlier clause, with another figure between, dates that figure only.
    q, c = _figure(nlp, "The trust made £2.6 million in 2021 and expects to make £3.4 million this year.", "£3.4 million")
    assert _year_before(q, c) is None


def test_a_figure_of_a_past_year_is_history(nlp):
    a = "Fenbridge General Hospital made £3.1 million from parking charges, figures show."
    assert not _numeric(nlp, a, "The Fenbridge General Hospital trust said that in 2021 its parking income was £1.6 million.",
                        DAY, DAY)
    # Near miss: undated, the trust's figure conflicts.
    assert _numeric(nlp, a, "The Fenbridge General Hospital trust said its parking income was £1.6 million.", DAY, DAY)


# --- synonyms -------------------------------------------------------------------------------------


def test_households_are_homes_and_roles_are_posts():
    groups = measure_synonyms()
    assert stem("households") in groups[stem("homes")]
    assert stem("roles") in groups[stem("jobs")]
    # groups stay apart: a household is no job
    assert stem("households") not in groups[stem("jobs")]


def test_homes_against_households(nlp):
    a = "The company said roughly 25,000 homes in Ashby were left without water on Monday after a main burst."
    assert _numeric(nlp, a, "The local MP said some 60,000 households in Ashby lost water on Monday after a main burst.")
    # Near miss: households of another town (a town in the measure is still an entity).
    assert not _numeric(nlp, a, "The local MP said some 60,000 households in Corby lost water on Monday after a main burst.")


# --- what an estimating verb puts at a figure --------------------------------------------------


def test_put_at_names_the_measure(nlp):
    q, c = _figure(nlp, "Auditors put the total waiting list at some 41,000 patients.", "some 41,000")
    assert {stem("waiting"), stem("list")} <= _put_at(q, c)
    q, c = _figure(nlp, "Auditors said some 41,000 patients were waiting.", "some 41,000")
    assert _put_at(q, c) == frozenset()
