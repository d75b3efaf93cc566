"""Round c93: contradiction recall across outlets without opposite words (docs/conflicts.md,
"Round c93"). Sentences written for these tests, not the gold; each near miss must stay
silent.

a. A denial opening a sentence or a quote with a capital "No" ("No train has been
   cancelled because of ...") is a total denial with its act
   (`total_denials.opening_denials`): a count of the thing telling the act breaks it, a
   count of the thing alone does not.
b. A service said to keep running against the same service said to be withdrawn
   (claims/data/conflict_state_courses.txt, the "running" course); another service's
   course opposes nothing.
c. A place said to stay open against its tours or services said suspended (the "open"
   course's ends).
d. A count of the denied act told months after the denial (past the story window) is
   kept at `LATE_COUNTED_MATTER` of shared rare words, not `LATE_MATTER`
   (`contradictions._found_later`); a denial told after the count is not."""

from __future__ import annotations

from datetime import date

from claims.conflicts.total_denials import opening_denials
from tests.claims.test_figure_roles import _claim_pairs as _pairs
from tests.claims.test_figure_roles import _reasons as _contradictions

# --- a. "No X has been <act>" opening a quote ----------------------------------------------

NO_FERRY = "\"No sailing has been cancelled because of a shortage of crew,\" the operator's spokesman said."
COUNTED = "The ferry workers' union said 230 sailings had been cancelled since April because no crew was available."
COUNT_ONLY = "The union said the operator ran 230 sailings a week on the Skellan crossing last summer."


def test_a_opening_denial_is_read_with_its_act():
    assert opening_denials("No sailing has been cancelled because of a shortage of crew")
    assert not opening_denials("no sailing has been cancelled")  # lowercase: DENIED_THINGS reads it


def test_a_opening_denial_against_a_count_of_the_act(nlp):
    assert _contradictions(nlp, NO_FERRY, COUNTED)


def test_a_near_miss_a_count_of_the_thing_alone(nlp):
    # 230 sailings a week run: no sailing said cancelled.
    assert not _contradictions(nlp, NO_FERRY, COUNT_ONLY)


# --- b. a service's course ------------------------------------------------------------------

WITHDRAWN = "The bus company said the number 9 route would be withdrawn from September."
RUNS = "The county council said the number 9 route would run until at least Christmas while a replacement was found."
OTHER = "The county council said the school bus would run until at least Christmas."


def test_b_route_running_against_route_withdrawn(nlp):
    assert _contradictions(nlp, WITHDRAWN, RUNS)


def test_b_near_miss_another_service(nlp):
    assert not _contradictions(nlp, WITHDRAWN, OTHER)


# --- c. open / suspended ---------------------------------------------------------------------

OPEN = "The trust said the castle would stay open to visitors while the scaffolding is up."
SUSPENDED = "Guided tours of the castle have been suspended until further notice, the heritage body said."
ELSEWHERE = "Evening recitals at the abbey have been suspended until further notice, the heritage body said."


def test_c_open_against_suspended(nlp):
    assert _contradictions(nlp, OPEN, SUSPENDED)


def test_c_near_miss_another_place_suspended(nlp):
    assert not _contradictions(nlp, OPEN, ELSEWHERE)


# --- d. an assurance, then a count of the denied act months later ----------------------------

ASSURANCE = ("Brackwater Leisure Trust, which runs the Halsey Road swimming pool in Dunmarsh, said: "
             "\"Not a single lifeguard has been made redundant at the Halsey Road pool.\" "
             "The trust said the pool would keep its opening hours.")
AUDIT = ("An audit of the Halsey Road swimming pool in Dunmarsh has found that three lifeguards had been made "
         "redundant after the summer, the auditor said. The audit also said the pool's opening hours had been cut.")



def _lifeguards(pairs):
    return any(any("Not a single lifeguard" in t for t in p) and any("three lifeguards" in t for t in p)
               for p in pairs)


def test_d_a_later_count_of_the_denied_act_needs_less_matter(nlp):
    # Four months apart, no party named by the other claim, 0.6 of their rare words shared
    # (below LATE_MATTER): the later claim counts the lifeguards made redundant.
    assert _lifeguards(_pairs(nlp, (ASSURANCE, "Dunmarsh Gazette", date(2026, 3, 3)),
                              (AUDIT, "Leisure Trade Weekly", date(2026, 7, 7))))


def test_d_near_miss_the_denial_after_the_count(nlp):
    # The count first, the denial four months later: another time, not a finding.
    assert not _lifeguards(_pairs(nlp, (AUDIT, "Leisure Trade Weekly", date(2026, 3, 3)),
                                  (ASSURANCE, "Dunmarsh Gazette", date(2026, 7, 7))))
