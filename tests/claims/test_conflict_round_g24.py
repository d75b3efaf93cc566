"""Round g24 (which claim a dispute answers): docs/conflicts.md, "Added in round g24".
Sentences written for these tests, about none of the gold cases; each has a near miss."""

from datetime import date

import claims.conflicts.disputes as cc_disputes
from claims.overlap import topic_stems

from tests.claims.test_conflict_round_t11 import _joins
from tests.claims.test_conflict_round_t12 import _disputes

THEATRE = ("The Marlowe Playhouse said on Sunday that its average audience this season had risen to 640, the "
           "highest in the theatre's 80-year history. Director Owen Tallis said the figure showed that the "
           "theatre's cheaper ticket prices were working.")
SOCIETY = ("The Playgoers' Society has rubbished the theatre's audience figures, saying box office counts showed an "
           "average of about 380 people at evening shows this season. Society chair Greta Lind branded the 640 "
           "figure \"pure spin\".")
GROUND = ("The Marlowe Playhouse has taken issue with the society's box office estimate, saying it ignored hundreds "
          "of {who} who came in through the stage door. A theatre spokesman said the society's figures were based "
          "on two shows played during a rail strike.")


def _story(nlp, who):
    return _disputes(nlp, (THEATRE, "Outlet A", date(2027, 4, 5)), (SOCIETY, "Outlet B", date(2027, 4, 6)),
                     (GROUND.format(who=who), "Outlet C", date(2027, 4, 7)))


def test_a_ground_sharing_little_answers_the_storys_earlier_statement_at_the_lower_bar(nlp, monkeypatch):
    pairs = _story(nlp, "people")
    # "it ignored hundreds of people ..." shares one word of what the society said
    # ("380 people at evening shows"): below the story bar, above the last try's.
    assert _joins(pairs, "380 people", "it ignored hundreds of people")
    # Near miss: at the story bar of the first tries it answers nothing.
    monkeypatch.setattr(cc_disputes, "LOW_STORY_TARGET_SHARE", cc_disputes.STORY_TARGET_SHARE)
    assert not _joins(_story(nlp, "people"), "380 people", "it ignored hundreds of people")


def test_a_ground_sharing_no_word_of_what_was_said_answers_nothing(nlp):
    # Near miss: "theatregoers" is no word of the society's statement; the lower bar
    # still needs one.
    assert not any("it ignored hundreds of theatregoers" in x or "it ignored hundreds of theatregoers" in y
                   for x, y in _story(nlp, "theatregoers"))


def test_statement_nouns_and_the_rejecters_name_are_not_words_of_what_was_said():
    nouns = cc_disputes._statement_noun_stems()
    # "called the society's warning overblown" / "the warning would cost growers
    # dearly": a shared statement noun says nothing of what was said.
    assert topic_stems("warning") <= nouns and topic_stems("figures") <= nouns and topic_stems("claims") <= nouns
    # Near miss: words of what is said are not statement nouns.
    assert topic_stems("people").isdisjoint(nouns) and topic_stems("crossings").isdisjoint(nouns)
