"""Rules of the n18 round of the numeric conflict rule: a sum, share or duration is
compared in its story with another filling the same frame, read from the words of its
clause before the figure ("will cost", "priced ... at", "the real gap is closer to"),
whatever noun each outlet makes its measure. Sentences written for these tests; each rule
has a near miss."""

from datetime import date

from claims.conflicts.numeric import _Facts, _frame, _frames_meet
from claims.conflicts import find_conflicts
from claims.models import ConflictKind
from claims.quantities import find_quantities
from tests.claims.test_figure_roles import _claims

DAY = date(2026, 5, 12)


def _numeric_between(nlp, a, b, a_day=DAY, b_day=DAY):
    refs = _claims(nlp, "a", a, "Outlet A", a_day) + _claims(nlp, "b", b, "Outlet B", b_day)
    return [c for c in find_conflicts(refs) if c.kind is ConflictKind.NUMERIC]


def _frames(nlp, text: str) -> dict[str, frozenset[str]]:
    return {q.surface: _frame(q, r.claim) for r in _claims(nlp, "a", text, "Outlet A", DAY) for q in r.claim.quantities}


# --- the frame a figure fills --------------------------------------------------------------------


def test_the_frame_is_read_from_the_figure_s_own_clause(nlp):
    assert "cost" in _frames(nlp, "The Tarn Valley bridge will cost the county £240 million, officials said.")["£240 million"]
    assert "cost" in _frames(nlp, "Engineers priced the Tarn Valley work at £390 million.")["£390 million"]
    assert "shortfall" in _frames(nlp, "The treasurer said the real gap is closer to £30 million.")["£30 million"]
    # Near misses: a count names what is done to it, not a frame; a sum raised is no cost;
    # a clause before a comma is another clause.
    assert not _frames(nlp, "The council will cut 300 jobs to close the gap, officials said.")["300"]
    assert "cost" not in _frames(nlp, "The appeal has raised £2 million from donors.")["£2 million"]
    assert "cost" not in _frames(nlp, "Costs have risen, but the fund holds £8 million.")["£8 million"]


def test_sums_filling_one_frame_in_one_story_conflict(nlp):
    a = ("Harwell County's new bridge over the Tarn will cost the county £240 million, its transport chief Lena "
         "Moss said on Monday. Work is due to start in the spring.")
    rest = " The group says Harwell does not need a second bridge over the Tarn."
    # "cost to county" and "scheme" share no word: the verbs the sums fill ("cost",
    # "priced") are one frame.
    assert _numeric_between(nlp, a, "Engineers hired by a residents' group priced the scheme at £390 million." + rest)
    # Near miss: toll income over thirty years fills no cost frame; the story alone does
    # not make two sums one measure.
    assert not _numeric_between(nlp, a, "A residents' group expects tolls to bring in £390 million over thirty "
                                        "years." + rest)


def test_only_the_framed_figures_of_two_claims_meet_through_their_frame(nlp):
    def figures(text):
        (ref,) = [r for r in _claims(nlp, "a", text, "Outlet A", DAY) if len(r.claim.quantities) > 1]
        return ref.claim, {q.surface: q for q in ref.claim.quantities}

    a, qa = figures("The bridge will cost the county £240 million, and 40% of its steel will come from abroad.")
    b, qb = figures("Engineers priced the work at £390 million, with 25% of it spent on steel.")
    facts = _Facts()
    assert _frames_meet(qa["£240 million"], a, qb["£390 million"], b, facts)
    # Near miss: the shares of steel fill no cost frame, whatever the two claims' sums do.
    assert not _frames_meet(qa["40%"], a, qb["25%"], b, facts)


# --- a rate after the material of a figure -------------------------------------------------------


def test_a_rate_after_the_material_is_the_figure_s(nlp):
    def per(text):
        return [q.per for q in find_quantities(nlp(text))]

    assert per("The plant will produce 60 million litres of drinking water a day.") == ["day"]
    assert per("Tests found an average of 19 micrograms of lead per litre.") == ["litre"]
    # Near misses: a share of a whole is not a material ("40% of households" is no
    # amount of households a year); a long phrase after "of" may end on another's rate.
    assert per("About 40% of households move house a year.") == [None]
    assert per("The council spent £5m of the budget this year.") == [None]


def test_a_daily_volume_worded_apart_conflicts(nlp):
    a = ("The Port Sella desalination plant will produce 60 million litres of drinking water a day, the water "
         "authority said.")
    b = ("Engineers told the Port Sella water authority that the desalination plant's capacity would be closer "
         "to 40 million litres a day.")
    assert _numeric_between(nlp, a, b)
    # Near miss: a day's volume is not a year's.
    b = ("Engineers told the Port Sella water authority that the desalination plant would supply 40 million "
         "litres a year to farms.")
    assert not _numeric_between(nlp, a, b)


# --- a standard is a target ------------------------------------------------------------------------


def test_a_figure_named_as_the_standard_is_a_target(nlp):
    a = ("In September, just 52% of A&E patients at Harlow General were seen within four hours, according to "
         "the nurses' union, far below the national standard of 78%.")
    b = "Harlow General said 71% of A&E patients were seen within four hours in September."
    reasons = [c.reason for c in _numeric_between(nlp, a, b)]
    # Near miss kept: the share the hospital measured is a rival of the union's.
    assert any("'52%'" in r and "'71%'" in r for r in reasons)
    # The standard both fall short of is no rival of either.
    assert not any("'78%'" in r for r in reasons)


# --- a forecast against a figure of now ----------------------------------------------------------


def test_a_forecast_for_a_year_to_come_is_no_rival_of_a_figure_of_now(nlp):
    a = ("Corran College vice-chancellor Ruth Abara said the college's deficit was expected to fall to £6 million "
         "next year once the Corran College cuts take effect.")
    b = "The Corran College lecturers' union said the college's own accounts put the deficit at £11 million."
    assert not _numeric_between(nlp, a, b)
    # Near miss: a forecast answered by another ("would be") is a rival forecast.
    b = ("The Corran College lecturers' union said the college's deficit would still be £11 million once the "
         "cuts take effect.")
    assert _numeric_between(nlp, a, b)


# --- what an estimating verb puts at a figure is looked up ----------------------------------------


def test_what_is_put_at_a_figure_finds_the_figures_of_that_measure(nlp):
    a = ("Skelby Air will cut 600 jobs, the airline said on Thursday. Chief executive Tom Brae said the cuts "
         "would save £75 million a year.")
    rest = " citing a briefing to staff."
    b = "The cabin crew union said about 1,000 jobs were at risk at Skelby Air. It put the savings the airline expected"
    sums = lambda b: [c for c in _numeric_between(nlp, a, b) if "£" in c.reason]  # noqa: E731
    # The extractor makes "expected" the measure; what "put ... at" names is the savings.
    assert sums(b + " at £40 million a year," + rest)
    # Near miss: what is put at the other figure is another measure (the airline's debts).
    assert not sums(b.replace("savings the airline expected", "debts the airline carried") + " at £40 million a year,"
                    + rest)
