"""Round c95: contradictions across articles of one story (docs/conflicts.md, "Round c95").
Sentences written for these tests, not the gold; each near miss must stay silent.

a. A pair is looked up from one article's claims only (`find_contradictions`), so a key
   only one side asks for found the pair in one order of the articles: a sum spent on a
   thing against "not a penny has been spent on" it was found only when the denial's
   article came first. The spending now asks for the denial too ("money denied"), and a
   held event for its non-occurrence ("occurring").
b. Across the story window (`_Stories.told_before`), an assurance and a later finding of the
   thing it denied (counted, spent, excepted, lost, lacking) in articles sharing
   `LATE_STORY_NAMES` names (`_Stories.names_shared`) are kept at `LATE_STORY_MATTER` of
   shared rare words (`contradictions._found_later`); a look-alike story of another school
   and town shares none of its names and stays silent.
c. A promise that every member of a group will keep a thing ("every route will keep its
   evening service") against a count of members that lost it, told in a later article
   (`PROMISED_MARK`, `_promise_after_loss`); c60 read only universals of now. A loss told
   before the promise stays silent."""

from __future__ import annotations

from datetime import date

from tests.claims.test_figure_roles import _claim_pairs as _contradictions

# --- a. the spending looks up the denial --------------------------------------------------------

SPENT = ("The Kestle Valley hospice charity spent £52,000 of public donations on a marketing agency last year, "
         "its accounts show. The charity runs the Kestle Valley hospice in Brundall.")
DENIED = ("\"Not a penny of public donations has been spent on marketing,\" the Kestle Valley hospice charity's "
          "chief executive said. The charity runs the Kestle Valley hospice in Brundall.")
ROOF = ("The Kestle Valley hospice charity spent £52,000 of public donations on a new roof last year, "
        "its accounts show. The charity runs the Kestle Valley hospice in Brundall.")



def test_a_spending_first_finds_the_denial(nlp):
    # The spending's article first in id order: found only from the denial's side before.
    assert _contradictions(nlp, (SPENT, "Brundall Post", date(2026, 3, 3)), (DENIED, "Charity Times", date(2026, 3, 5)))


def test_a_denial_first_still_found(nlp):
    assert _contradictions(nlp, (DENIED, "Brundall Post", date(2026, 3, 3)), (SPENT, "Charity Times", date(2026, 3, 5)))


def test_a_near_miss_money_spent_on_another_thing(nlp):
    assert not _contradictions(nlp, (ROOF, "Brundall Post", date(2026, 3, 3)), (DENIED, "Charity Times", date(2026, 3, 5)))


# --- b. an assurance, then a finding months later, in articles naming one story ---------------

ASSURANCE = ("Governors of the Harrowgate Schools Trust, which runs Fellbeck Primary in Marlow Vale, have rejected "
             "claims that donations were misused. \"Not a penny of the money families donated has been spent on "
             "consultants,\" the trust's chair, Orla Penhallow, said. The trust said the donations had paid for new "
             "books at Fellbeck Primary.")
FINDING = ("Inspectors have found that Fellbeck Primary's academy trust spent £38,000 of families' donations on "
           "consultants' fees, according to a report published on Tuesday. The report said the Harrowgate trust had "
           "not told parents in Marlow Vale how the money was used. Parents at Fellbeck Primary said they were angry.")
LOOKALIKE = ("Inspectors have found that Dunstable Road Academy's trust spent £38,000 of families' donations on "
             "consultants' fees, according to a report published on Tuesday. The report said the Kelbrook trust had "
             "not told parents in Ashdown how the money was used. Parents at Dunstable Road Academy said they were "
             "angry.")


def _consultants(pairs):
    return any(any("Not a penny" in t for t in p) and any("£38,000" in t for t in p) for p in pairs)


def test_b_a_finding_months_later_in_a_story_named_alike(nlp):
    # Four months apart, no party of one claim named by the other, 0.43 of their rare words
    # shared (below LATE_MATTER); the articles share Harrowgate, Fellbeck, Marlow Vale.
    assert _consultants(_contradictions(nlp, (ASSURANCE, "Marlow Vale Echo", date(2026, 3, 3)),
                                        (FINDING, "Schools Week Online", date(2026, 7, 7))))


def test_b_near_miss_a_lookalike_story_of_another_school(nlp):
    assert not _consultants(_contradictions(nlp, (ASSURANCE, "Marlow Vale Echo", date(2026, 3, 3)),
                                            (LOOKALIKE, "Schools Week Online", date(2026, 7, 7))))


def test_b_near_miss_the_finding_before_the_assurance(nlp):
    # The spending told four months before the denial: another time, not a finding.
    assert not _consultants(_contradictions(nlp, (FINDING, "Schools Week Online", date(2026, 3, 3)),
                                            (ASSURANCE, "Marlow Vale Echo", date(2026, 7, 7))))


# --- c. a promise to every member, then a count of members that lost it ------------------------

PROMISE = ("Harlow Coaches said on Monday that every route in Fenmoor will keep its evening service after the "
           "timetable change on 1 September. The operator runs 14 routes in Fenmoor.")
LOSS = ("Four Harlow Coaches routes in Fenmoor lost their evening service when the new timetable began on "
        "1 September, passengers said. The operator runs 14 routes in Fenmoor.")


def _routes(pairs):
    return any(any("every route" in t for t in p) and any("Four Harlow" in t for t in p) for p in pairs)


def test_c_a_promise_to_every_member_then_a_loss(nlp):
    assert _routes(_contradictions(nlp, (PROMISE, "Fenmoor Gazette", date(2026, 8, 3)),
                                   (LOSS, "Bus Trade Weekly", date(2026, 9, 9))))


def test_c_near_miss_the_loss_told_before_the_promise(nlp):
    # The loss told first: the promise may answer it ("will keep" from now on).
    assert not _routes(_contradictions(nlp, (LOSS, "Bus Trade Weekly", date(2026, 8, 3)),
                                       (PROMISE, "Fenmoor Gazette", date(2026, 9, 9))))
