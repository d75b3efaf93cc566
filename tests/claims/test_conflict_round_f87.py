"""Round f87: defects of merged rules found by the read-only reviews cr85 and cr86
(docs/conflicts.md, "Round f87"). Sentences written for these tests, about none of the
gold cases; each fix has near misses that keep the rule's own behaviour."""

from __future__ import annotations

from claims.conflicts.time_limits import past_limit, time_limit, time_overrun


def _opposed(a: str, b: str):
    from claims.conflicts.contradictions import _Wording
    return _Wording.of(a).opposed_to(_Wording.of(b))


# 1. c84's time limits (claims/conflicts/time_limits.py).
#    a. A forecast ("will take three years", "is expected to take") tells no time taken.

def test_c84_a_forecast_is_no_time_taken():
    assert time_overrun("the new footbridge will take three years to build") is None
    assert time_overrun("the footbridge is expected to take three years to build") is None
    assert time_overrun("patients will have to wait up to 18 weeks for a scan") is None
    assert time_overrun("the repairs could take up to six weeks, the council warned") is None
    assert not _opposed("the council said every footbridge on the canal is inspected within a year",
                        "the new footbridge over the canal will take three years to build")


def test_c84_a_near_miss_a_time_taken_stays_one():
    assert time_overrun("the footbridge took three years to build") == 3 * 8760.0
    assert time_overrun("she said patients had waited up to 18 weeks for a scan") == 18 * 168.0
    # "will" of another clause, before the cue's own clause, is no forecast of the wait.
    assert time_overrun("the trust will publish figures showing patients waited 18 weeks") == 18 * 168.0
    assert _opposed("the council said every footbridge on the canal is inspected within a year",
                    "one footbridge over the canal waited three years to be inspected")


#    b. Of times taken in two periods, the latest is the one told now: "took 11 days in
#       2019 now take two days" tells two days.

def test_c84_b_an_older_years_time_is_not_the_time_taken():
    assert time_overrun("streetlight repairs that took 11 days in 2019 now take two days") == 48.0
    assert time_overrun("in 2019 repairs took 11 days, but in 2025 they took two days") == 48.0
    assert not _opposed("every reported broken streetlight in the town is repaired within 72 hours",
                        "streetlight repairs that took 11 days in 2019 now take two days")


def test_c84_b_near_miss_one_time_of_a_year_and_the_longest_of_one_period():
    # One time taken, of a named year, is the time taken (whether the year is the limit's
    # is `_denied_in_another_year`'s to judge).
    assert time_overrun("dangerous potholes took an average of nine days to repair in 2025") == 216.0
    # Two times of one period: the longest breaks the limit.
    assert time_overrun("one family waited two days and another waited 11 days for a repair") == 264.0
    assert _opposed("every reported broken streetlight in the town is repaired within 72 hours",
                    "streetlight repairs took 11 days in 2025 and now take nine days")


#    c. Two services of one body share the body's name or the people served ("council",
#       "residents"), not what is done: no sign the wait is for the thing limited.

def test_c84_c_two_services_sharing_a_generic_word_are_not_one_subject():
    assert not _opposed("every call to the council's housing helpline is answered within two minutes",
                        "residents waited five hours for a council bin collection")
    assert not _opposed("every request to the parking service is answered within 48 hours",
                        "one customer waited eight days for the bulky waste service")


def test_c84_c_near_miss_one_thing_limited_and_waited_for():
    assert _opposed("every urgent repair is completed within 48 hours",
                    "one tenant waited nine days for her boiler to be repaired")
    assert _opposed("every call to the council's housing helpline is answered within two minutes",
                    "residents said calls to the housing helpline waited five hours to be answered")
    assert past_limit(time_limit("every urgent repair is completed within 48 hours"), 216.0)


# 2. p84's `_one_teller` (claims/conflicts/numeric.py): one named party's figures of two
#    measures in two articles are two facts of that party, not rival accounts.

def _numeric(nlp, a: str, b: str) -> bool:
    from tests.claims.test_conflict_round_p84 import _kinds
    from claims.models import ConflictKind
    return ConflictKind.NUMERIC in _kinds(nlp, (a, "Outlet A"), (b, "Outlet B"))


TRAINED_BY = "{} said 2,400 officers had been trained in search procedures since March."
SEARCHES_BY = "{} said officers carried out 16,800 searches since March."


def test_p84_titles_of_two_sexes_are_two_tellers(nlp):
    # "Mr Lowe" and "Ms Lowe" are two people of one surname: their figures are compared.
    assert _numeric(nlp, TRAINED_BY.format("Mr Lowe"), SEARCHES_BY.format("Ms Lowe"))
    # Near miss: one "Mr Lowe" in both articles is one teller.
    assert not _numeric(nlp, TRAINED_BY.format("Mr Lowe"), SEARCHES_BY.format("Mr Lowe"))


def test_p84_a_generic_noun_opening_the_sentence_is_no_name(nlp):
    # "Police" and "Firefighters" are capitalised only as the sentence's first word: two
    # articles' police may be two forces.
    assert _numeric(nlp, TRAINED_BY.format("Police"), SEARCHES_BY.format("Police"))
    assert _numeric(nlp, TRAINED_BY.format("Firefighters"), SEARCHES_BY.format("Firefighters"))
    # Near miss: a force named by a proper name is one teller.
    assert not _numeric(nlp, TRAINED_BY.format("Brindlemoor Police"), SEARCHES_BY.format("Brindlemoor Police"))


# 3. w84's `fraction_bare` (claims/quantities.py): a bare "two tenths" is a sporting gap in
#    tenths of a second, not a share.

def _figures(nlp, text: str):
    from claims.quantities import parse_quantities
    return [(q.value, q.unit) for q in parse_quantities(text, nlp)]


def test_w84_two_tenths_is_no_share(nlp):
    assert (20.0, "percent") not in _figures(nlp, "The gap to the leader at the final split was two tenths.")
    assert (30.0, "percent") not in _figures(nlp, "At the finish the margin was three tenths, the stewards said.")


def test_w84_near_miss_shares_in_words_stay_shares(nlp):
    assert (10.0, "percent") in _figures(nlp, "The cut to the grant was about a tenth.")
    assert (20.0, "percent") in _figures(nlp, "Two tenths of the budget went on agency staff.")
    assert (25.0, "percent") in _figures(nlp, "The real cut was closer to a quarter.")
    # Tenths of a second are a time.
    assert (0.3, "second") in _figures(nlp, "The margin was three tenths of a second.")


# 4. m85's comparatives (claims/figure_roles.is_increment): before a noun, a comparative of
#    size is the noun's adjective, and the count before it counts the noun.

def test_m85_a_count_before_an_attributive_comparative_is_no_difference(nlp):
    from tests.claims.test_conflict_round_m85 import _numeric as numeric
    villages = "Residents said seven villages would be merged into the Tollby parish under the plan."
    assert numeric(nlp, "The council said the plan would merge four smaller villages into the Tollby parish.",
                   villages)
    assert numeric(nlp, "The fire service said it attended 23 smaller grass fires on the moor in May.",
                   "Rangers said 41 grass fires broke out on the moor in May.")


def test_m85_near_miss_differences_stay_differences(nlp):
    from tests.claims.test_conflict_round_m85 import DEFICIT, SMALLER, _numeric as numeric
    # A sum before "smaller than", and a count before "fewer" and a noun, are differences.
    assert not numeric(nlp, DEFICIT, SMALLER)
    assert not numeric(nlp, "The trust said it employs 4,100 nurses this year.",
                       "The union said the trust employs 300 fewer nurses than last year.")


# 5. n80's `_two_rivals` (claims/conflicts/common.py, review cr81): a value shared but for a
#    float's last digits is one value.

def test_n80_two_rivals_shares_a_value_within_a_floats_last_digits():
    from claims.conflicts.common import _two_rivals
    assert _two_rivals((0.1 * 3, 0.45), (0.3, 0.39))
    # Near misses: exactly one value; one rival written two ways; two pairs alike.
    assert _two_rivals((0.3, 0.45), (0.3, 0.39))
    assert not _two_rivals((18000.0, 22000.0), (18000.0, 21800.0))
    assert not _two_rivals((0.1 * 3, 0.45), (0.3, 0.45))


def test_cr87_a_predicative_comparative_stays_a_difference(nlp):
    # (cr87) After a copula, or before "compared"/"overall"/"despite", a comparative says by
    # how much: "2,000 higher compared with last year" is no attendance of 2,000.
    from tests.claims.test_conflict_round_m85 import _numeric as numeric
    level = "Attendance at the Wexcombe show was 18,000, the organisers said."
    assert not numeric(nlp, "Attendance at the Wexcombe show was 2,000 higher compared with last year.", level)
    assert not numeric(nlp, "Attendance at the Wexcombe show rose to a figure 300 higher overall.", level)
    # (cr88) a possessive "'s" is no copula: the town's 40 smaller shops are a count of shops
    assert numeric(nlp, "The flood forced the town's 40 smaller shops to close, the chamber of trade said.",
                   "The council said the flood forced 65 smaller shops to close in the town.")
