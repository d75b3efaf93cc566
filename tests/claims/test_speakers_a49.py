"""Round a49: statements and speakers of twelve fresh passages in house styles the gold
had not seen (tabloid, parliamentary sketch, radio bulletin, obituary, strike update,
health trust figures, foreign desk, product launch, farming, campaign report, Q&A
explainer, police appeal). Each rule has a sentence written for it and a near miss it must
leave alone; none of the sentences is gold text.
"""

from tests.claims.test_speakers_s34 import _speakers, _statements_holding as _by


# 1. "A, she said, and will run B": the verb after the aside continues the statement
def test_aside_then_subjectless_verb_continues_the_statement(nlp):
    text = ("Nadia Korr spoke at the launch in Bristol. The tablet will go on sale in May "
            "at £499, she said, and will last ten hours on one charge.")
    got = _by(_speakers(nlp(text)), "The tablet will go on sale")
    assert got and got[0][0] == "Nadia Korr"
    assert got[0][1].endswith("will last ten hours on one charge")


def test_aside_continuation_when_the_cue_is_the_root(nlp):
    text = ("Owen Marsh opened the depot on Monday. The new line will open in June, he "
            "said, and will carry 20,000 passengers a day.")
    got = _by(_speakers(nlp(text)), "The new line will open")
    assert got and got[0][1].endswith("20,000 passengers a day")


def test_near_miss_aside_then_a_subject_of_its_own_is_not_the_statement(nlp):
    text = ("Owen Marsh opened the depot on Monday. The new line will open in June, he "
            "said, and the board agreed.")
    got = _by(_speakers(nlp(text)), "The new line will open")
    assert got and "board agreed" not in got[0][1]


def test_near_miss_aside_then_another_cue_is_its_own_statement(nlp):
    text = ("Owen Marsh opened the depot on Monday. The new line will open in June, he "
            "said, and added that fares would be capped.")
    got = _speakers(nlp(text))
    assert [c for _, c in got] == ["The new line will open in June", "fares would be capped"]


# 2. a comma the parser hung inside an accusation's of-phrase ends it
def test_comma_ends_the_accusation(nlp):
    text = ("The government has ordered the closure of two newspapers, accusing them of "
            "\"spreading panic\" over fuel shortages, in a move condemned by rights groups.")
    got = _by(_speakers(nlp(text)), "spreading panic")
    assert [c for _, c in got] == ['"spreading panic" over fuel shortages']


def test_near_miss_accusation_goes_on_after_the_object_without_a_comma(nlp):
    text = "The union accused the company of misusing funds during the campaign."
    got = _by(_speakers(nlp(text)), "misusing funds")
    assert [c for _, c in got] == ["misusing funds during the campaign"]


# 3. "the pal" looks back to the friend described before
def test_the_pal_is_the_friend_described_before(nlp):
    text = ("Dean Marr was pictured leaving the home. A friend of the defender insisted "
            "there was no one else involved. \"Dean is devastated,\" the pal told the paper.")
    got = _by(_speakers(nlp(text)), "Dean is devastated")
    assert got and got[0][0] == "A friend of the defender"


def test_near_miss_the_pal_after_a_neighbour_is_not_the_neighbour(nlp):
    text = ("Dean Marr was pictured leaving the home. A neighbour of the couple insisted "
            "there was no one else involved. \"Dean is devastated,\" the pal told the paper.")
    got = _by(_speakers(nlp(text)), "Dean is devastated")
    assert got and got[0][0] != "A neighbour of the couple"


# 4. "A, the watchdog Aquacom said": the cue parsed as a relative clause of the kind noun
def test_kind_noun_then_name_then_cue_is_the_names_statement(nlp):
    text = ("Water bills will rise by 8 percent next year, the watchdog Aquacom said on "
            "Friday. A typical household will pay more.")
    got = _by(_speakers(nlp(text)), "Water bills will rise")
    assert got == [("Aquacom", "Water bills will rise by 8 percent next year")]


def test_near_miss_a_cue_with_an_object_of_its_own_is_no_trailing_report(nlp):
    text = "Prices fell in the spring, the month the shop Veltra announced its sale."
    got = _by(_speakers(nlp(text)), "Prices fell")
    assert got == []


# 5. "the forecaster" with no forecaster named is the body that spoke just before
def test_the_forecaster_is_the_body_just_quoted(nlp):
    text = ("Snowfall was twice the February average, the Alpine Weather Office said. The "
            "forecaster said a thaw was expected by the weekend.")
    got = _by(_speakers(nlp(text)), "a thaw was expected")
    assert got and got[0][0] == "Alpine Weather Office"


def test_near_miss_the_forecaster_after_a_named_forecaster_is_that_person(nlp):
    text = ("The Alpine Weather Office said the cold would last. Forecaster Tom Olsen of "
            "the office said snow would settle above 800 metres. The forecaster said a "
            "thaw was expected by the weekend.")
    got = _by(_speakers(nlp(text)), "a thaw was expected")
    assert got and got[0][0] == "Tom Olsen"


def test_near_miss_the_forecaster_far_from_the_body_stays_open(nlp):
    text = ("Snowfall was twice the February average, the Alpine Weather Office said. "
            "Farmers met on Monday in the village hall. Feed prices were high. The "
            "forecaster said a thaw was expected by the weekend.")
    got = _by(_speakers(nlp(text)), "a thaw was expected")
    assert got and got[0][0] != "Alpine Weather Office"
