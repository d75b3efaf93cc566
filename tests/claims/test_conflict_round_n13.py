"""Rules of the n13 round of the numeric conflict rule: more measures news copy words two
ways (rides / trips, stores / shops, trains / services, chickens / birds); counts whose
measures are synonyms meet in one story when their sentences share a rare word and neither
qualifies its counted thing by a word the other does not say; a later article's running
total reached by an addition ("bringing the total to") replaces an earlier count. Sentences
written for these tests; each rule has a near miss."""

from datetime import date

from claims.conflicts import (
    ConflictSettings,
    _Facts,
    _counted_measures,
    _counts_meet_by_synonym,
    _revision_of_earlier,
    find_conflicts,
    measure_stems,
)
from claims.models import ConflictKind, Quantity
from claims.overlap import topic_stems
from tests.claims.test_figure_roles import _claims, _figure

DAY = date(2026, 6, 3)


def _numeric_between(nlp, a, b, a_day=DAY, b_day=DAY):
    refs = _claims(nlp, "a", a, "Outlet A", a_day) + _claims(nlp, "b", b, "Outlet B", b_day)
    return [c for c in find_conflicts(refs) if c.kind is ConflictKind.NUMERIC]


# --- measures worded two ways ------------------------------------------------------------------


def _measure(words: str) -> frozenset[str]:
    return measure_stems(Quantity(surface="1", start_char=0, end_char=1, value=1.0, unit="count", measure=words))


def test_rides_and_trips_stores_and_shops_chickens_and_birds_are_one_measure():
    assert _measure("ride") & _measure("trip")
    assert _measure("store") & _measure("shop")
    assert _measure("chicken") & _measure("bird")
    assert _measure("train") & _measure("service")
    # Near misses: trains and buses of one strike are two counts; bikes are no rides.
    assert not _measure("train") & _measure("bus")
    assert not _measure("ride") & _measure("bike")


def test_rides_and_trips_of_one_scheme_conflict(nlp):
    a = "Lorvik's bike-share scheme recorded 412,000 rides in its first year, the Lorvik transport authority said."
    b = "Users made 265,000 trips on Lorvik's shared bikes in the scheme's first year, data obtained by the paper show."
    assert _numeric_between(nlp, a, b)
    # Near miss: the scheme's bikes are not its rides.
    b = "The Lorvik scheme has 265,000 registered users and 1,150 bikes, data obtained by the paper show."
    assert not _numeric_between(nlp, a, b)


# --- counts of synonym measures in one story ---------------------------------------------------


def test_only_counts_are_looked_up_as_counted_measures(nlp):
    (ref,) = [r for r in _claims(nlp, "x", "Vell will sign a five-year contract and the club will cut 120 jobs.",
                                 "Outlet") if r.claim.quantities]
    stems = _counted_measures(ref.claim)
    assert topic_stems("job") <= stems
    assert not topic_stems("contract") & stems  # near miss: a duration


def test_counts_of_synonym_measures_meet_when_their_sentences_share_a_rare_word(nlp):
    jobs = _figure(nlp, "Dunmere Bank plans to shut 90 branches, putting about 1,100 jobs at risk, the union said.",
                   "about 1,100")
    roles = _figure(nlp, "The bank said roughly 650 roles would be affected.", "roughly 650")
    settings = ConflictSettings()
    assert _counts_meet_by_synonym(*jobs, *roles, 0.13, _Facts(), settings)
    # Near miss: sentences sharing no rare word (another bank's story, another town's) do not meet.
    assert not _counts_meet_by_synonym(*jobs, *roles, 0.05, _Facts(), settings)


def test_qualified_counts_of_synonym_measures_are_two_groups(nlp):
    # Near miss: homes built are qualified ("affordable"); households waiting are not.
    households = _figure(nlp, "Around 9,000 households are on the waiting list, the campaigners said.", "Around 9,000")
    qualified = _figure(nlp, "Brennet council says it built 1,150 affordable homes last year.", "1,150")
    plain = _figure(nlp, "Brennet council says 1,150 homes are empty.", "1,150")
    settings = ConflictSettings()
    assert not _counts_meet_by_synonym(*qualified, *households, 0.15, _Facts(), settings)
    assert _counts_meet_by_synonym(*plain, *households, 0.15, _Facts(), settings)


# --- a running total -----------------------------------------------------------------------------


def test_a_later_running_total_replaces_an_earlier_count(nlp):
    earlier = _claims(nlp, "a", "Some 180,000 chickens will be culled at three farms near Tarrow, the ministry said.",
                      "Outlet A", date(2026, 6, 1))
    later = _claims(nlp, "b", "A fourth farm was added to the cull on Wednesday, the ministry said, bringing the "
                    "total to 215,000 birds.", "Outlet B", date(2026, 6, 3))
    (ra,) = [r for r in earlier if r.claim.quantities]
    (rb,) = [r for r in later if any(q.surface == "215,000" for q in r.claim.quantities)]
    qa = ra.claim.quantities[0]
    (qb,) = [q for q in rb.claim.quantities if q.surface == "215,000"]
    assert _revision_of_earlier(qa, ra, qb, rb)
    # Near miss: a total of the same day is a rival count.
    same_day = ra.model_copy(update={"published": date(2026, 6, 3)})
    assert not _revision_of_earlier(qa, same_day, qb, rb)
