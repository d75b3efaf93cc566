"""Round fxY: a rejecter's side by a titled rank, and a log read as a count. "Y said the
police estimate was a guess. Chief Inspector X said that was not how officers counted":
the officer answers for the police, so "that" is Y's rejection, not the police's own figure.
And "the society's log was 'not a reliable measure'" rejects the society's count, as "the
society's figure" would. Sentences written for these tests, about none of the gold cases;
each rule has near misses."""

from datetime import date

from claims.conflicts.disputes import _rank_side
from claims.overlap import topic_stems
from claims.rebuttals import judges_a_statement
from tests.claims.test_conflict_round_t11 import _joins
from tests.claims.test_conflict_round_t12 import _disputes
from tests.claims.test_conflict_round_j108 import _claim




def test_a_titled_rank_names_the_speakers_service():
    s = "Chief Inspector Wendell Pask said that was wrong."
    assert topic_stems("police") <= _rank_side(_claim(s, "was wrong", "Chief Inspector Wendell Pask"))
    s = "Superintendent Ilse Varrow said that was wrong."
    assert topic_stems("force") <= _rank_side(_claim(s, "was wrong", "Ilse Varrow", "Superintendent"))
    # Near misses: "Inspector" alone (an inspectorate's inspector), an area manager, a
    # lower-case description.
    s = "Inspector Moira Dunstall said that was wrong."
    assert not _rank_side(_claim(s, "was wrong", "Inspector Moira Dunstall"))
    s = "The area manager, Moira Dunstall, said that was wrong."
    assert not _rank_side(_claim(s, "was wrong", "Moira Dunstall", "The area manager"))
    s = "A superintendent at the depot said that was wrong."
    assert not _rank_side(_claim(s, "was wrong", "A superintendent at the depot"))


# One article: the police's count of a march, the organisers' rejection of it with its ground,
# and an officer's answer pointing back with "that".
MARCH = ("Kelbrook Police put the number of marchers at about 9,000. "
         "Ansel Tavish, who organised the march, said the police estimate was \"far too low\". "
         "\"We filled the square twice over,\" he said. "
         "Chief Superintendent Rowena Halloway said that was \"not how we counted\".")


def test_an_officer_answering_a_rejection_of_the_police_figure_rejects_that_rejection(nlp):
    pairs = _disputes(nlp, (MARCH, "Outlet A", date(2027, 9, 6)))
    assert _joins(pairs, "the police estimate", "not how we counted")
    assert not _joins(pairs, "9,000", "not how we counted")


def test_an_untitled_speaker_is_no_officer(nlp):
    # Near miss: the speaker holds no rank, and the owner named ("the police estimate") is
    # not that speaker's: "that" is not read as an answer to the rejection.
    article = MARCH.replace("Chief Superintendent Rowena Halloway", "Rowena Halloway, a shopkeeper,")
    pairs = _disputes(nlp, (article, "Outlet A", date(2027, 9, 6)))
    assert not _joins(pairs, "the police estimate", "not how we counted")


def test_an_owned_log_judged_unreliable_is_a_rejection():
    assert judges_a_statement('the society\'s log was "not a reliable measure"')
    assert judges_a_statement("that log was simply wrong")
    # Near misses: a log that is no one's count, and what was done to the log.
    assert not judges_a_statement("the log was kept at the gate")
    assert not judges_a_statement("the society's log was published on Monday")


SIGHTINGS = ("The Marrowby Bird Society says its members logged 2,400 sightings of the heron this spring. "
             "Gideon Fallow, the developer's ecologist, said the society's log was \"not a reliable measure\", "
             "because one bird could be seen many times a day.")


def test_a_rejected_log_answers_the_count_it_holds(nlp):
    pairs = _disputes(nlp, (SIGHTINGS, "Outlet A", date(2027, 9, 6)))
    assert _joins(pairs, "logged 2,400", "not a reliable measure")
