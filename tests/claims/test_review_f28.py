"""Round f28, a third fact-checker's review of fresh stories (docs/review_f28.md): a
retailer's data breach, a river flood, an airline's summer of cancellations. Defects fixed,
each with a near miss. Sentences written for these tests, not the gold.

a. A negated verb negates itself, not a listed word later in its clause
   (claims.conflicts.contradictions._negated_listed): "Policies do not depend on warnings"
   and "where customers had not received a warning" deny no warning, so they no longer
   meet every claim of the story that mentions warnings.
b. A regulator is never a business the article described (claims.speakers,
   OVERSEER_NOUNS): "The regulator said ..." after the retailer's chief executive spoke.
c. "The fire service" is not the weather service quoted before it: a common word that
   says which body must be among the earlier speaker's words (claims.speakers).
d. A subheading ("Rescues and repairs") names nobody a later "the fire service" could
   describe (claims.speakers).
e. "at four in the morning", "seven o'clock": hours of the day, not counts
   (claims.quantities)."""

from __future__ import annotations

from claims.conflicts.contradictions import _Wording
from claims.quantities import find_quantities
from tests.claims.test_attribution_s24 import _speakers


def _opposed(a: str, b: str):
    return _Wording.of(a).opposed_to(_Wording.of(b))


# --- a. a negated verb and a listed word after it ---------------------------------------------

IN_FORCE = "Four flood warnings and nine flood alerts were still in force on the Wenlow on Tuesday"


def test_a_negated_verb_does_not_negate_a_listed_noun_after_it():
    assert _opposed("Claims do not depend on whether warnings were sent", IN_FORCE) is None
    assert _opposed("insurers would be lenient where drivers had not received a warning", IN_FORCE) is None


def test_the_passed_over_word_is_not_affirmed_either():
    # "warnings" under "do not depend" is neither denied nor asserted
    assert _opposed("Claims do not depend on whether warnings were sent",
                    "No warning was sent to the village before the river rose") is None


def test_near_miss_no_warning_still_meets_warnings_issued():
    assert _opposed("No warning was given to residents of the lower town",
                    "flood warnings were issued to residents of the lower town at 3am") is not None


def test_near_miss_a_negated_listed_verb_and_the_listed_words_right_after_it():
    assert _Wording.of("The board did not formally approve the plan").negated == {"approv"}
    assert _Wording.of("the union was never informed or consulted").negated >= {"inform"}
    assert _Wording.of("no agreement has yet been reached").negated >= {"reach"}
    assert _opposed("The minister has not signed or approved the order",
                    "the minister approved the order on Friday") is not None


# --- b. c. d. speakers ---------------------------------------------------------------------------




def _resolver(nlp):
    from claims.speakers import SpeakerResolver
    text = "The retailer Quillbeck said its shops would stay open. The regulator said it was investigating."
    resolver = SpeakerResolver(nlp(text), text)
    resolver.org_types["Quillbeck"] = {"retailer"}
    return resolver, len(text)


def test_a_business_is_never_the_regulator(nlp):
    # the last resort of "The regulator said" was the most mentioned body, the retailer
    resolver, end = _resolver(nlp)
    assert resolver._named_other_kind("Quillbeck", "regulator", set(), end)
    assert resolver._named_other_kind("Quillbeck", "watchdog", set(), end)


def test_near_miss_a_business_is_still_the_company(nlp):
    resolver, end = _resolver(nlp)
    assert not resolver._named_other_kind("Quillbeck", "company", set(), end)
    assert not resolver._named_other_kind("Quillbeck", "retailer", set(), end)


SERVICES = ("The national weather service said 90mm of rain fell in a day.\n\n"
            "The fire service said it had rescued 60 people from their homes.\n\n"
            "The weather service said more rain was expected on Friday.")


def test_the_fire_service_is_not_the_weather_service(nlp):
    got = _speakers(nlp, SERVICES)
    assert got["it had rescued 60 people from their homes"] != "The national weather service", got


def test_near_miss_the_weather_service_is_still_the_national_one(nlp):
    got = _speakers(nlp, SERVICES)
    assert got["more rain was expected on Friday"] == "The national weather service", got


def test_a_subheading_names_no_speaker(nlp):
    text = ("Crews worked through the night in Brackenmoor.\n\nRescues and repairs\n\n"
            "The fire service said on Tuesday that more than 300 people were evacuated.")
    got = _speakers(nlp, text)
    assert got["more than 300 people were evacuated"] != "Rescues", got


# --- e. hours of the day ---------------------------------------------------------------------


def test_hours_of_the_day_are_not_counts(nlp):
    for text in ("Many people were asleep at four in the morning when the river rose.",
                 "The shop stays open until nine in the evening.",
                 "The first texts arrived at seven o'clock."):
        assert not find_quantities(nlp(text)), text


def test_near_miss_a_count_in_the_morning_is_still_a_count(nlp):
    got = [q.value for q in find_quantities(nlp("Four people were rescued in the morning, police said."))]
    assert got == [4.0]


# --- f. last season's count in the figure's own clause ------------------------------------------

from datetime import date  # noqa: E402

from tests.claims.test_figure_roles import _numeric  # noqa: E402

SEPT_2, SEPT_9 = date(2026, 9, 2), date(2026, 9, 9)
THIS_SUMMER = "By our count, the airline cancelled more than 1,980 flights this summer, the group's director said."


def test_last_summer_after_the_figure_is_not_this_summer(nlp):
    a = "According to the group, the airline cancelled about 730 flights last summer on its own definition."
    assert not _numeric(nlp, THIS_SUMMER, a, SEPT_2, SEPT_9)


def test_near_miss_this_summer_beside_last_summer_still_meets_a_rival(nlp):
    a = "The airline cancelled 1,240 flights this summer, against about 730 last summer, its chief executive said."
    assert _numeric(nlp, THIS_SUMMER, a, SEPT_2, SEPT_9)


def test_near_miss_two_counts_of_last_summer_still_compare(nlp):
    a = "According to the group, the airline cancelled about 730 flights last summer on its own definition."
    b = "The airline cancelled more than 1,600 flights last summer, a union official said."
    assert _numeric(nlp, b, a, SEPT_2, SEPT_9)
