"""Round x99: opposite words said of two different things (docs/conflicts.md, "Round x99").
Sentences written for these tests, not the gold.

a. A thing denied with a plain "no" before its act and narrowed after it by a place, a time,
   a cause or a limit ("no stevedore had been disciplined over the walkout") is not broken by a
   count of the thing that tells neither the act nor a word of the narrowing ("180 stevedores
   took part in the ballot"): `contradictions._narrowed_count_untold`. A count telling the
   act, or naming the narrowing, and a bare denial still oppose.
b. Opposite words or states said of two counted groups whose counts differ ("would not close
   any of the 12 libraries" / "Seven more libraries will close") are two groups, not one
   told two ways: `contradictions._counted_groups_apart`. One count on both sides still
   opposes."""

from __future__ import annotations

from tests.claims.test_figure_roles import _contradictions


DOCKS = "Dock workers at the port of Bellmarsh have ended a two-week walkout over shift patterns. "


# --- a. a narrowed denial against a count of the thing in another matter ------------------------

def test_a_a_count_in_another_matter_does_not_break_a_narrowed_denial(nlp):
    a = DOCKS + "The port authority said no stevedore had been disciplined over the walkout."
    b = DOCKS + "About 180 stevedores took part in the ballot, the union said."
    assert not _contradictions(nlp, a, b)


def test_a_a_limit_the_count_does_not_name(nlp):
    a = DOCKS + "The port authority said no crane had been left without a trained driver at night."
    b = DOCKS + "The union said 14 cranes stood idle on Tuesday for lack of spare parts."
    assert not _contradictions(nlp, a, b)


def test_a_a_count_telling_the_act_still_opposes(nlp):
    # near miss: the count tells the disciplining itself
    a = DOCKS + "The port authority said no stevedore had been disciplined over the walkout."
    b = DOCKS + "The union said six stevedores had been disciplined for joining the picket line."
    assert _contradictions(nlp, a, b)


def test_a_a_count_naming_the_narrowing_still_opposes(nlp):
    # near miss: another verb ("suspended"), but the walkout named: one matter
    a = DOCKS + "The port authority said no stevedore had been disciplined over the walkout."
    b = DOCKS + "The union said six stevedores had been suspended after the walkout."
    assert _contradictions(nlp, a, b)


def test_a_narrowings_read_after_the_act():
    from claims.conflicts.total_denials import plain_narrowings
    (_, n), = plain_narrowings("no stevedore had been disciplined over the walkout")
    assert n == frozenset({"walkout"})
    # an infinitive and an object narrow nothing
    assert all(not n for _, n in plain_narrowings("no trawler would be forced to stop fishing"))
    assert all(not n for _, n in plain_narrowings("no ferry route would lose its service"))
    # a limit past the act's first word; names left out
    (_, n), = plain_narrowings("no family had stayed longer than six weeks in Bellmarsh hostels")
    assert "six" in n and not any(s.startswith("bellmarsh") for s in n)


# --- b. kept and closed said of two counted groups ------------------------------------------------

LIBRARIES = "Harrowgate County Council has set out its library plan after a year of consultation. "


def test_b_two_counted_groups_kept_and_closed(nlp):
    # twelve kept, seven "more" closing: two groups of one set
    a = LIBRARIES + "The council's leader said it would not close any of the 12 libraries for at least two years."
    b = LIBRARIES + "Seven more libraries will close at the end of March, the campaign group said."
    assert not _contradictions(nlp, a, b)


def test_b_one_count_on_both_sides_still_opposes(nlp):
    # near miss: the same twelve libraries kept by one and closed by the other
    a = LIBRARIES + "The council's leader said it would not close any of the 12 libraries for at least two years."
    b = LIBRARIES + "The 12 libraries will close at the end of March, the campaign group said."
    assert _contradictions(nlp, a, b)


def test_b_a_part_of_a_counted_whole_still_opposes(nlp):
    # near miss: three of the twelve are among them
    a = LIBRARIES + "The council's leader said all 12 libraries would reopen on Monday after the storm."
    b = LIBRARIES + "Three of the county's libraries will stay closed until next month, the campaign group said."
    assert _contradictions(nlp, a, b)


def test_b_counted_groups_apart_reads_no_rise_and_fall():
    from claims.conflicts.contradictions import _counted_groups_apart
    # a rise and a fall, a count and a denial: other readers' business
    assert not _counted_groups_apart(("rose", "fell"), None, None)
    assert not _counted_groups_apart(("no library", "(counted)"), None, None)
