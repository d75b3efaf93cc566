"""Round j108: a rejection answering a rejection. "X said the guild's count was wrong. <X's
own words>. Y, who chairs the guild, said that was nonsense": what Y calls nonsense is X's
rejection, not the guild's own count. The rejecter's side is read from a relative clause of
office after its name ("who chairs the guild"). Sentences written for these tests, about none
of the gold cases; each rule has near misses."""

from datetime import date

from claims.conflicts.disputes import _relative_side
from claims.models import Claim, ClaimKind
from claims.overlap import topic_stems
from tests.claims.test_conflict_round_t11 import _joins
from tests.claims.test_conflict_round_t12 import _disputes


def _claim(sentence: str, text: str, mention: str, role: str | None = None) -> Claim:
    start = sentence.index(text)
    return Claim(claim_id="x", article_id="a", kind=ClaimKind.ATTRIBUTED, text=text, sentence=sentence,
                 sentence_start=0, start_char=start, end_char=start + len(text), speaker=mention,
                 speaker_mention=mention, speaker_role=role)


def test_a_relative_clause_of_office_names_the_speakers_side():
    s = 'Odile Farrant, who chairs the guild, said that was "nonsense".'
    assert _relative_side(_claim(s, 'was "nonsense"', "Odile Farrant")) == topic_stems("guild")
    s = "Bram Kettering, who founded the Orrin Valley Cyclists, said that was untrue."
    assert _relative_side(_claim(s, "was untrue", "Bram Kettering")) == topic_stems("Orrin Valley Cyclists")
    # Near misses: a clause of no office, and a clause of another person than the speaker.
    s = "Odile Farrant, who lives near the depot, said that was untrue."
    assert not _relative_side(_claim(s, "was untrue", "Odile Farrant"))
    s = "A neighbour of Odile Farrant, who chairs the guild, said that was untrue."
    assert not _relative_side(_claim(s, "was untrue", "A neighbour"))


# One article: the bakers' guild's count, the company's rejection of it with its ground, and
# the guild's answer pointing back with "that".
ANSWER = ("The Harrowgate Bakers' Guild puts the number of bakeries that closed last year at 64. "
          "Lisette Moran, the chief executive of Grainfield Mills, said the guild's count was \"simply wrong\". "
          "\"A shop that changed hands and reopened is not a closure,\" she said. "
          "Odile Farrant, who chairs the guild, said that was \"nonsense\".")


def test_an_answer_to_a_rejection_of_ones_own_count_rejects_that_rejection(nlp):
    pairs = _disputes(nlp, (ANSWER, "Outlet A", date(2027, 9, 6)))
    assert _joins(pairs, "the guild's count", "nonsense")
    # ... and not the guild's own count; the company's ground quoted after its rejection
    # stays a target too (what "that" points at last)
    assert not _joins(pairs, "at 64", "nonsense")
    assert _joins(pairs, "changed hands", "nonsense")


def test_an_answer_with_no_words_between_rejects_the_rejection(nlp):
    article = ("The Lowdean Tenants' Union says 410 flats on the estate have damp. "
               "Corwin Ashby, the landlord's director, said the union's figure was out of date. "
               "Tamsin Rolle, who leads the union, said that was wrong.")
    pairs = _disputes(nlp, (article, "Outlet A", date(2027, 9, 6)))
    assert _joins(pairs, "the union's figure was out of date", "wrong")
    assert not _joins(pairs, "410 flats", "wrong")


def test_a_third_party_pointing_back_keeps_the_earlier_target(nlp):
    # Near miss: the speaker holds office in no party named as owner ("who chairs the
    # council's housing committee"), so "that" is not read as the guild answering.
    article = ("The Harrowgate Bakers' Guild puts the number of bakeries that closed last year at 64. "
               "Lisette Moran, the chief executive of Grainfield Mills, said the guild's count was \"simply wrong\". "
               "Pell Harker, who chairs the council's business committee, said that was \"fair\".")
    pairs = _disputes(nlp, (article, "Outlet A", date(2027, 9, 6)))
    assert not _joins(pairs, "the guild's count", "fair")


def test_another_voice_in_between_breaks_the_answer(nlp):
    # Near miss: a third party speaks between the rejection and the pointer; "that" is
    # what that party said, not the rejection.
    article = ("The Harrowgate Bakers' Guild puts the number of bakeries that closed last year at 64. "
               "Lisette Moran, the chief executive of Grainfield Mills, said the guild's count was \"simply wrong\". "
               "The trade ministry said it would publish its own figures in May. "
               "Odile Farrant, who chairs the guild, said that was \"too late\".")
    pairs = _disputes(nlp, (article, "Outlet A", date(2027, 9, 6)))
    assert not _joins(pairs, "the guild's count", "too late")
