"""Round c114: a whole group said to do a thing in the present's third person ("Every pupil
at the school receives a free lunch", "Every village on the line keeps its weekday train"),
against a count of its members that did not or lost it (docs/conflicts.md, "Round c114").
Sentences written for these tests, not the gold; each near miss must stay silent.

`UNIVERSAL` reads a whole up to an auxiliary or a past form only, so a present verb left
the whole unread and the existing readers (c60's lost, the excepted count) had nothing to
hold; `UNIVERSAL_PRESENT` (via `_universal_matches`) reads it. A time adverbial ("every
year visitors come"), a scope after a preposition ("in every town she visits"), "not every"
and "almost every", and a count of another group stay silent."""

from __future__ import annotations

from datetime import date

from claims.conflicts.contradictions import _universals, _Wording
from tests.claims.test_figure_roles import _claim_pairs as _contradictions
from tests.claims.test_figure_roles import _claims

WHOLE = ("Brackenfield Primary has changed its catering firm. \"Every pupil at the school receives a free lunch,\" "
         "the head teacher, Irma Coldwell, said.")
# Told by a lack, not by the whole's own verb negated (which main's negated-predicate
# reader already pairs): only the whole read in the present meets it.
SOME_NOT = ("Forty pupils at Brackenfield Primary went without a hot meal last week after the new catering firm "
            "ran short, parents said. Brackenfield Primary changed its catering firm in April; the head teacher, Irma "
            "Coldwell, apologised.")
# Members of another group without the thing: the whole's group ("pupil") is not the
# count's ("teacher"). (Main already pairs WHOLE with "Forty teachers ... did not receive a
# free lunch" by the negated-predicate reader, "(affirmed)", whatever the group: not this
# round's reader, so the near miss tells its lack in other words.)
OTHER_GROUP = ("Forty teachers at Brackenfield Primary went without a hot meal last week after the new catering firm "
               "ran short, parents said. Brackenfield Primary changed its catering firm in April; the head teacher, Irma "
            "Coldwell, apologised.")
# Members of the group absent one week: a habit ("receives") is no promise of every day's
# attendance; an exception word alone does not oppose it.
ABSENT = ("Forty pupils at Brackenfield Primary were absent last week during a flu outbreak, parents said. The head "
          "teacher, Irma Coldwell, said lessons went ahead. Brackenfield Primary changed its catering firm in April.")
NOT_EVERY = ("Brackenfield Primary has changed its catering firm. \"Not every pupil at the school receives a free "
             "lunch,\" the head teacher, Irma Coldwell, said.")

KEEPS = ("The rail company published its new timetable for the Ketterby line. \"Every village on the line keeps "
         "its weekday train,\" its planning director, Oswin Barrow, said.")
LOST = ("Three villages on the Ketterby line lost their weekday train when the new timetable began, the passenger "
        "group said. Oswin Barrow, the rail company's planning director, declined to comment.")

MAY, JUN = date(2026, 5, 4), date(2026, 5, 6)


def _found(pairs, left, right):
    return any(any(left in t for t in p) and any(right in t for t in p) for p in pairs)


def _wording(nlp, text, words):
    (claim,) = [r.claim for r in _claims(nlp, "x", text, "Outlet", MAY) if words in r.claim.text]
    return _Wording.of(claim.text, claim.quantities)


def test_every_pupil_receives_against_a_count_that_went_without(nlp):
    # read by the whole's reader against an exception (the pair's guards are main's)
    whole = _wording(nlp, WHOLE, "Every pupil at the school receives")
    assert whole.opposed_to(_wording(nlp, SOME_NOT, "Forty pupils")) == ("every pupil school", "pupil student (excepted)")


def test_near_miss_members_absent_one_week_reader(nlp):
    whole = _wording(nlp, WHOLE, "Every pupil at the school receives")
    assert whole.opposed_to(_wording(nlp, ABSENT, "Forty pupils")) is None
    assert whole.opposed_to(_wording(nlp, OTHER_GROUP, "Forty teachers")) is None


def test_every_village_keeps_against_a_count_that_lost_it(nlp):
    pairs = _contradictions(nlp, (KEEPS, "Rail News", MAY), (LOST, "City Echo", JUN))
    assert _found(pairs, "Every village on the line keeps", "Three villages")


def test_near_miss_another_group_counted(nlp):
    pairs = _contradictions(nlp, (WHOLE, "School News", MAY), (OTHER_GROUP, "City Echo", JUN))
    assert not _found(pairs, "Every pupil at the school receives", "Forty teachers")


def test_near_miss_members_absent_one_week(nlp):
    pairs = _contradictions(nlp, (WHOLE, "School News", MAY), (ABSENT, "City Echo", JUN))
    assert not _found(pairs, "Every pupil at the school receives", "Forty pupils")


def test_near_miss_not_every(nlp):
    pairs = _contradictions(nlp, (NOT_EVERY, "School News", MAY), (SOME_NOT, "City Echo", JUN))
    assert not _found(pairs, "Not every pupil", "Forty pupils")


def test_the_present_whole_reading():
    ((group, did),) = _universals("Every pupil at the school receives a free lunch")
    assert "pupil" in group and "lunch" in did
    ((group, _),) = _universals("Every school bus runs to the timetable")
    assert {"school", "bus"} <= group  # "bus" is no verb: the group runs on to "runs"
    assert not _universals("Every year visitors come to the fair")  # a time adverbial, "visitors" no verb
    assert not _universals("Buses run in every town she visits")  # a scope after a preposition
    assert not _universals("Almost every pupil receives a free lunch")
    assert not _universals("Not every pupil receives a free lunch")
    ((group, did),) = _universals("Every pupil always gets a free lunch")  # "always" is no verb
    assert "pupil" in group and "lunch" in did
    assert not _universals("Every pupil receives no free lunch")  # what the whole does is negated
