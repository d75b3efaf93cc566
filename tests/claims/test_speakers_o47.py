"""Round o47: "the director" / "The chairwoman" is the person named before with that job.

A definite job noun with no name left unresolved ("the director said", "The chairwoman
said") was a speaker of its own, though the article had named the job holder: by
apposition ("Its chair, Elspeth Rowan") or by a description tied to the next sentence's
name ("its finance director said ... Jo Roe, who ..., said"). `_role_back_reference`
(claims/attribution.py) gives it to the one person named before with that job;
"chairwoman" / "chairman" count as "chair". "The authority's chief executive" was a group
(plural "executives" are a source noun); with a modifier of its own it is one holder, and
`_name_after_description` ties it to the next sentence's name.
"""

from tests.claims.test_speakers_s34 import _speakers


def test_the_director_is_the_person_the_description_named(nlp):
    text = ("The firm that runs the valley buses will drop its evening service, its finance "
            "director said on Monday. Harriet Quenby, who joined last year, said fuel costs "
            "had risen by a fifth. \"We cannot carry empty buses all winter,\" the director "
            "said.")
    got = _speakers(nlp(text))
    assert ("Harriet Quenby", "\"We cannot carry empty buses all winter,\"") in got or \
        ("Harriet Quenby", "We cannot carry empty buses all winter") in got


def test_the_chairwoman_is_the_chair_named_in_apposition(nlp):
    text = ("The parish council has asked for a meeting with the operator. Its chair, "
            "Miriam Tolworth, said the bus was the only way to reach the surgery. The "
            "chairwoman said the council would petition the county next month.")
    got = _speakers(nlp(text))
    assert ("Miriam Tolworth", "the council would petition the county next month") in got


def test_a_chief_executive_is_the_name_in_the_next_sentence(nlp):
    text = ("The Denholm Valley Drainage Board will dredge the main channel this summer, the "
            "board's chief executive said on Tuesday. Gideon Farrant told a meeting in the "
            "village hall that the work would cost £3 million. Later, the chief executive "
            "said the board had applied for a grant.")
    got = _speakers(nlp(text))
    assert ("Gideon Farrant", "the work would cost £3 million") in got
    assert ("Gideon Farrant", "the board had applied for a grant") in got
    assert ("Gideon Farrant",
            "The Denholm Valley Drainage Board will dredge the main channel this summer") in got


def test_near_miss_two_chairs_leave_the_chairwoman_open(nlp):
    text = ("Its chair, Miriam Tolworth, said the bus was the only way to reach the surgery. "
            "The county's transport chair, Ruth Garside, said the route cost too much. "
            "The chairwoman said the council would petition the county next month.")
    got = dict((c, s) for s, c in _speakers(nlp(text)))
    assert got.get("the council would petition the county next month") not in {
        "Miriam Tolworth", "Ruth Garside"}


def test_near_miss_a_director_is_someone_new(nlp):
    text = ("Its chair, Miriam Tolworth, said the bus was the only way to reach the surgery. "
            "A director of the operator said the timetable would stay.")
    got = dict((c, s) for s, c in _speakers(nlp(text)))
    assert got.get("the timetable would stay") != "Miriam Tolworth"
