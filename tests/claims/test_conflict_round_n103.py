"""Round n103: figures of articles months apart that count one finished event. Sentences
written for these tests, not the gold.

a. One finished event's figure told twice, months apart: each figure told in the past
   under one act of a finished event (`conflict_finished_acts.txt`: "destroyed", "died",
   "evacuated", "cancelled"), no clause of a time to come, a running count, a rate or a
   habit (`conflict_unfinished_words.txt`), the periods the sentences name closed before
   the earlier article and the same on both sides, the two articles sharing the story's
   names (`FINISHED_EVENT_NAMES`): compared across the time frames
   (`numeric._one_finished_event`).
b. Near misses kept apart: a measure at two times ("the waiting list stands at 300" /
   "at 420"), a later article dating its figure to its own last days ("on Saturday": another
   fire), two periods ("in January" / "in May"), a running count ("have died so far"), two
   look-alike stories naming none of each other's names."""
from __future__ import annotations

from datetime import date

from claims.conflicts import find_conflicts
from claims.models import ConflictKind
from tests.claims.test_figure_roles import _claims

FEBRUARY, JUNE = date(2026, 2, 10), date(2026, 6, 2)

FIRE_FIRST = ("Ravensholt Fire Service said 14 beach huts were destroyed in the fire at Clatterby Sands on Sunday. "
              "Oswin Pellow, who chairs the Clatterby Beach Huts Association, said members were devastated.")
FIRE_LATER = ("A report by Ravensholt Fire Service into the fire at Clatterby Sands found that 23 beach huts were "
              "destroyed. Oswin Pellow of the Clatterby Beach Huts Association said the report was welcome.")


def _numeric_months_apart(nlp, first, second, first_day=FEBRUARY, second_day=JUNE):
    """The numeric conflicts between two articles of two outlets, months apart."""
    refs = _claims(nlp, "a", first, "Clatterby Gazette", first_day) + _claims(nlp, "b", second, "Coast FM News",
                                                                               second_day)
    return [c for c in find_conflicts(refs) if c.kind is ConflictKind.NUMERIC]


# --- a. one finished event ------------------------------------------------------------------------

def test_a_one_fires_destroyed_huts_months_apart(nlp):
    found = _numeric_months_apart(nlp, FIRE_FIRST, FIRE_LATER)
    assert found
    assert any("14" in c.reason and "23" in c.reason for c in found), [c.reason for c in found]


def test_a_one_months_cancellations_named_in_both(nlp):
    first = ("Pellworth Rail said it cancelled 1,240 trains on the Ashby line in June and July. "
             "Pellworth Rail blamed a shortage of drivers at Ashby depot.")
    second = ("The Office of Rail Standards found that Pellworth Rail cancelled 1,630 trains on the Ashby line in "
              "June and July, the Ashby Rail Users Group said.")
    assert _numeric_months_apart(nlp, first, second, date(2026, 8, 4), date(2026, 11, 17))


def test_a_named_periods_read_from_each_articles_date():
    from types import SimpleNamespace

    from claims.conflicts.numeric import _Facts, _named_periods

    def claim(sentence):
        return SimpleNamespace(sentence=sentence, claim_id=sentence, start_char=0, sentence_start=0)

    def periods(sentence, published):
        return _named_periods(claim(sentence), published, _Facts())  # a fresh cache: ids are reused

    assert periods("It saw 14,900 visits in October.", date(2026, 11, 14)) == {(2026, 10)}
    assert periods("It saw 14,900 visits in December.", date(2026, 1, 14)) == {(2025, 12)}
    assert periods("It saw 14,900 visits in October 2024.", date(2026, 1, 14)) == {(2024, 10)}
    assert periods("It saw 14,900 visits last year.", date(2026, 1, 14)) == {(2025, 0)}


# --- b. near misses ------------------------------------------------------------------------------

def test_b_a_measure_at_two_times_stays_apart(nlp):
    first = ("The waiting list for allotments in Clatterby stands at 300, Clatterby Town Council said. "
             "Oswin Pellow of the Clatterby Allotment Society said the list was growing.")
    second = ("The waiting list for allotments in Clatterby stands at 420, Clatterby Town Council said. "
              "Oswin Pellow of the Clatterby Allotment Society said the list was still growing.")
    assert not _numeric_months_apart(nlp, first, second)


def test_b_a_later_event_dated_to_its_own_days(nlp):
    later = ("Ravensholt Fire Service said 23 beach huts were destroyed in a fire at Clatterby Sands on Saturday. "
             "Oswin Pellow of the Clatterby Beach Huts Association said it was the second fire this year.")
    assert not _numeric_months_apart(nlp, FIRE_FIRST, later)


def test_b_two_named_periods(nlp):
    first = ("Ravensholt Council said 14 beach huts at Clatterby Sands were destroyed by storms in January. "
             "Oswin Pellow of the Clatterby Beach Huts Association said members were devastated.")
    second = ("Ravensholt Council said 23 beach huts at Clatterby Sands were destroyed by storms in May. "
              "Oswin Pellow of the Clatterby Beach Huts Association said members were devastated again.")
    assert not _numeric_months_apart(nlp, first, second)


def test_b_a_running_count(nlp):
    first = ("Ravensholt Council said 14 seals have died on Clatterby Sands so far this winter. "
             "Oswin Pellow of the Clatterby Seal Trust said the deaths were worrying.")
    second = ("Ravensholt Council said 23 seals have died on Clatterby Sands so far this winter. "
              "Oswin Pellow of the Clatterby Seal Trust said the deaths were still worrying.")
    assert not _numeric_months_apart(nlp, first, second)


def test_b_two_look_alike_stories(nlp):
    first = "Ravensholt Fire Service said 14 beach huts were destroyed in the fire at Clatterby Sands."
    second = "Mardale Fire Service said 23 beach huts were destroyed in the fire at Pennock Bay."
    assert not _numeric_months_apart(nlp, first, second)


def test_b_finished_act_read_of_the_clause(nlp):
    from claims.conflicts.numeric import _Facts, _finished_act
    from tests.claims.test_figure_roles import _figure

    q, claim = _figure(nlp, "Ravensholt Fire Service said 14 beach huts were destroyed in the fire.", "14")
    assert _finished_act(q, claim, _Facts()) == "damage"
    q, claim = _figure(nlp, "Ravensholt Council said 14 seals have died so far this winter.", "14")
    assert _finished_act(q, claim, _Facts()) is None
    q, claim = _figure(nlp, "Ravensholt Council said 14 trains will be cancelled.", "14")
    assert _finished_act(q, claim, _Facts()) is None
