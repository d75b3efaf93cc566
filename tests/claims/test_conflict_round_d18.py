"""Rules of the d18 conflict round: rejections recognised by their shape (a figure called
the only accurate one, a judging participle after an intensifier, a statement noun after
a long owner, "countered"; "did not dispute" is none), and targets found by what the
rejection says (the denier's own pronoun in the rejected clause, a figure the sentence
repeats, an outlet or a cited document as owner, "the study" with no owner, a
demonstrative the claim's span left out, a time-bounded negation that denies nothing).
Sentences written for these tests, about none of the gold cases; each rule has a near
miss."""

from datetime import date

from claims.conflicts.disputes import _absent_stems, _points_back, _told_by_outlet
from claims.conflicts.common import is_dispute
from claims.lexicon import dispute_pattern, rejects_a_claim
from claims.models import Claim, ClaimKind
from claims.overlap import topic_stems
from claims.rebuttals import judges_a_statement, only_true_figure
from tests.claims.test_conflict_round_t11 import _joins
from tests.claims.test_conflict_round_t12 import _disputes

# --- rejections recognised by their shape ------------------------------------------------


def test_a_figure_called_the_only_accurate_one_rejects_the_others():
    assert judges_a_statement("its tally of 212 nests was \"the only reliable count\" of the colony")
    assert judges_a_statement("our figure of 8% is the only accurate measure of vacancies")
    # Near misses: "official" says what the figure is, not that it is true; a source
    # that states no figure is not set against another's.
    assert not judges_a_statement("the figure of 212 nests was the only official count published this year")
    assert not judges_a_statement("the census is the only accurate source")
    assert only_true_figure("the harbour's figure was the only valid one") is not None


def test_a_judging_participle_after_an_intensifier():
    assert judges_a_statement("the survey was \"seriously flawed\"")
    # Near misses: a participle telling what was done to it, a word weighing what it says.
    assert not judges_a_statement("the survey was seriously delayed")
    assert not judges_a_statement("the survey's findings were deeply worrying")


def test_a_statement_noun_after_a_long_owner():
    assert judges_a_statement("the Harbin Valley Water Board's 2031 reservoir timetable was \"pie in the sky\"")
    # Near miss: the noun after the owner names no statement.
    assert not judges_a_statement("the Harbin Valley Water Board's 2031 reservoir project was on schedule")


def test_countered_is_a_rejecting_cue_and_not_disputing_is_none():
    assert dispute_pattern().fullmatch("countered")
    assert not dispute_pattern().search("the team encountered heavy snow")
    assert rejects_a_claim("the union disputed the council's count of 300 vacancies")
    # Near miss: agreement phrased with "not".
    assert not rejects_a_claim("the union did not dispute the council's count of 300 vacancies")
    narrated = Claim(claim_id="x", article_id="a", kind=ClaimKind.NARRATED, text="The union did not dispute the "
                     "council's count of vacancies.", sentence="The union did not dispute the council's count of "
                     "vacancies.", sentence_start=0, start_char=0, end_char=62, speaker="Outlet A")
    assert not is_dispute(narrated)


# --- targets found by what the rejection says --------------------------------------------


def test_the_deniers_pronoun_names_it_in_the_rejected_clause(nlp):
    report = ("Corvin Motors has made an informal approach to buy the parts maker Ellery Components, according "
              "to two people familiar with the talks. The approach valued Ellery Components at about $60 million, "
              "the people said.")
    denial = "Corvin Motors on Friday denied a report that it had approached Ellery Components about a deal."
    pairs = _disputes(nlp, (report, "Outlet A", date(2027, 4, 8)), (denial, "Outlet B", date(2027, 4, 9)))
    assert _joins(pairs, "has made an informal approach", "it had approached Ellery Components")
    # Near miss: the sentence sharing the clause's other words without naming the denier.
    assert not _joins(pairs, "The approach valued Ellery Components", "it had approached Ellery Components")


def test_a_rival_figure_called_the_only_accurate_one(nlp):
    claim = ("About 480 pairs of terns nested on Skerra island this summer, the Skerra Bird Trust said on "
             "Monday. About 2,000 visitors came to the island, the trust said.")
    rival = ("The island's wardens said their count of 310 pairs of terns was \"the only reliable figure\", "
             "because it was made from the shore each week.")
    pairs = _disputes(nlp, (claim, "Outlet A", date(2027, 8, 2)), (rival, "Outlet B", date(2027, 8, 3)))
    assert _joins(pairs, "About 480 pairs of terns", "the only reliable figure")
    # Near miss: a figure of another measure is not the rival one.
    assert not _joins(pairs, "2,000 visitors", "the only reliable figure")


def test_a_figure_the_sentence_repeats_is_found_in_another_article(nlp):
    claim = "Up to 120 nursing posts are at risk at Dunmere General Hospital, the nurses' union said on Monday."
    denial = ("Dunmere Health Trust said any suggestion that 120 jobs would go was false. The trust said the "
              "hospital's finances were sound.")
    pairs = _disputes(nlp, (claim, "Outlet A", date(2027, 3, 1)), (denial, "Outlet B", date(2027, 3, 2)))
    assert _joins(pairs, "Up to 120 nursing posts", "any suggestion that 120 jobs")
    # Near miss: a figure set up as the true one is the speaker's own, not what it rejects.
    claim = "Kestrel Mills will close its Ashby plant with the loss of about 450 jobs, the company said."
    correction = "The union said reports of 300 job losses were wrong and that the real number was about 450."
    pairs = _disputes(nlp, (claim, "Outlet A", date(2027, 3, 1)), (correction, "Outlet B", date(2027, 3, 2)))
    assert not _joins(pairs, "about 450 jobs", "the real number was about 450")


def test_an_outlet_named_as_owner_owns_what_its_articles_report():
    from claims.conflicts.common import _Judged
    from claims.models import ClaimRef

    claim = Claim(claim_id="c", article_id="a", kind=ClaimKind.ATTRIBUTED, text="the cost has risen to $90 million",
                  sentence="The report says the cost has risen to $90 million.", sentence_start=0, start_char=16,
                  end_char=49, speaker="internal report")
    in_gazette = _Judged(ref=ClaimRef(claim=claim, outlet="Harrow Gazette"), claim=claim, index=0,
                         own_text=claim.text, stems=topic_stems(claim.sentence))
    in_times = _Judged(ref=ClaimRef(claim=claim, outlet="Harrow Times"), claim=claim, index=1,
                       own_text=claim.text, stems=topic_stems(claim.sentence))
    assert _told_by_outlet(topic_stems("Gazette"), in_gazette)
    # Near miss: another outlet's article is not the Gazette's, whatever it reports.
    assert not _told_by_outlet(topic_stems("Gazette"), in_times)


def test_a_survey_cited_in_the_claims_sentence(nlp):
    claim = ("Anglers on the Teme caught 40% fewer salmon this season, according to a survey by the Teme "
             "Anglers' Association. The association said about 900 anglers hold permits for the river.")
    rejection = ("The river authority said salmon numbers were stable. Its chief scientist, Ivo Brandt, dismissed "
                 "the association's survey as \"guesswork\".")
    pairs = _disputes(nlp, (claim, "Outlet A", date(2027, 10, 4)), (rejection, "Outlet B", date(2027, 10, 5)))
    assert _joins(pairs, "caught 40% fewer salmon", "the association's survey")
    # Near miss: the association's other statement cites no survey.
    assert not _joins(pairs, "about 900 anglers hold permits", "the association's survey")


def test_the_study_with_no_owner_is_the_one_told_before(nlp):
    text = ("Couriers for delivery app Zipcart earn an average of $8.40 an hour after costs, according to a "
            "study published on Monday by the Harwell Work Foundation. Its director, Ama Osei, said couriers "
            "had lost 12% of their pay since 2023.\n\nZipcart said the study was \"deeply flawed\".")
    pairs = _disputes(nlp, (text, "Outlet A", date(2027, 6, 7)))
    assert _joins(pairs, "earn an average of $8.40 an hour", "the study was")
    # Near miss: the director's statement is not what the study found.
    assert not _joins(pairs, "lost 12% of their pay", "the study was")


def test_a_demonstrative_the_claims_span_left_out_points_back():
    assert _points_back("timetable was \"wishful thinking\"", "Councillor Ruth Abara said that ")
    # Near miss: a definite article points at nothing said just before.
    assert not _points_back("timetable was \"wishful thinking\"", "Councillor Ruth Abara said the ")


def test_a_time_bound_negation_denies_nothing():
    assert _absent_stems("the new bridge will not open before spring 2029") == frozenset()
    # Near miss: a plain negation still says the opening absent.
    assert "open" in _absent_stems("the new bridge will not open this year")


def test_a_declined_proposal_takes_no_last_resort_target(nlp):
    claim = ("Ashby's only public library will close in March, the district council said on Monday, because "
             "its heating system would cost £2 million to replace.")
    refusal = ("Campaigners have pledged to fight the library's closure. The district council has rejected a "
               "call by campaigners to hand the library over to a volunteer trust.")
    pairs = _disputes(nlp, (claim, "Outlet A", date(2027, 1, 11)), (refusal, "Outlet B", date(2027, 1, 12)))
    assert not _joins(pairs, "library will close in March", "a call by campaigners")


def test_the_allegations_answer_every_claim_of_the_accusing_sentence(nlp):
    accusation = ("Seaward Trust has accused Delmore Aquarium of neglecting its seals, saying keepers left the "
                  "animals in a dry pen for up to 14 hours a day. The trust said it would hold a protest outside "
                  "the aquarium on Saturday.")
    denial = "Delmore Aquarium said the allegations made against it were untrue."
    pairs = _disputes(nlp, (accusation, "Outlet A", date(2027, 7, 5)), (denial, "Outlet B", date(2027, 7, 6)))
    assert _joins(pairs, "neglecting its seals", "the allegations made against it")
    assert _joins(pairs, "keepers left the animals", "the allegations made against it")
    # Near miss: the accuser's statement in another sentence is no allegation.
    assert not _joins(pairs, "hold a protest", "the allegations made against it")
