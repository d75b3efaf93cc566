"""Round m108: a rival told by a bare comparative ("the true number was higher", "the real
cost was much higher", "the real figure is far higher than they admit"). Read as a rejection
of the earlier figure of another party that the comparative's noun names: a count for
"number", a sum for "cost", what the subject counts ("the true number of cancelled
operations"), the figure "than" names. Held out: a forecast ("will be higher next year"), a
comparison of two things ("higher than in 2019", "than the national average"), a negated
comparative, a noun naming no figure of the article's kind. Sentences written for these
tests, about none of the gold cases."""

from claims.conflicts import ConflictKind, find_conflicts
from claims.conflicts.rival_comparatives import rival_comparative
from tests.claims.test_figure_roles import _claims


def _disputes(nlp, text):
    refs = _claims(nlp, "a", text, "Outlet A")
    by_id = {r.claim.claim_id: r.claim for r in refs}
    return [(by_id[c.claim_a].text, by_id[c.claim_b].text) for c in find_conflicts(refs)
            if c.kind is ConflictKind.DISPUTE]


def _between(found, rejected_words, rejecting_words):
    return any(any(w in a for w in rejected_words) and rejecting_words in b
               or any(w in b for w in rejected_words) and rejecting_words in a for a, b in found)


def test_the_comparative_is_read_with_its_noun_reach_and_rival():
    r = rival_comparative("the true number of cancelled operations was far higher")
    assert r is not None and r.kind == "count" and r.reach == "cancelled operations"
    r = rival_comparative("the real cost was much higher")
    assert r is not None and r.kind == "money"
    r = rival_comparative("Even on the council's own records, the real figure is far higher than 420")
    assert r is not None and r.compared == "420"
    r = rival_comparative("The ministry's count is a fiction. We believe the real number is much higher.")
    assert r is not None and r.start > 0
    assert rival_comparative("the real figure is far higher than they admit") is not None
    assert rival_comparative("the true total was lower still") is not None


def test_forecasts_comparisons_and_negations_are_no_rival():
    assert rival_comparative("the real cost will be higher next year") is None
    assert rival_comparative("the true rate was higher than in 2019") is None
    assert rival_comparative("the true rate was higher than the national average") is None
    assert rival_comparative("the true number was no higher") is None
    assert rival_comparative("the real cost is more complicated than that sounds") is None
    # A figure of the speaker's own after the comparative is d60's correction, not a bare rival.
    assert rival_comparative("the true number was more than 2,600") is None
    assert rival_comparative("the true cost was higher, at £12m") is None


BOATS = ("The harbour authority said 45 fishing boats had been damaged in the storm. "
         "The Coastal Fishermen's Federation said the true number was higher. "
         "Its secretary, Wilfred Oakes, said members had reported damage to more than 70 boats.")


def test_a_bare_comparative_rejects_the_other_partys_count(nlp):
    found = _disputes(nlp, BOATS)
    assert _between(found, ["45 fishing boats"], "the true number was higher")


BRIDGE = ("The county council said the new bridge had cost £8.4m. The council said 1,200 vehicles a day now "
          "used it. The Ratepayers' Alliance said the real cost was much higher.")


def test_the_cost_answers_the_sum_not_the_nearer_count(nlp):
    found = _disputes(nlp, BRIDGE)
    assert _between(found, ["£8.4m"], "the real cost was much higher")
    assert not _between(found, ["1,200 vehicles"], "the real cost was much higher")


OPERATIONS = ("The hospital trust said 310 patients had waited more than a year for surgery. The trust said 42 "
              "operations had been cancelled in March. The Patients' Forum said the true number of cancelled "
              "operations was far higher.")


def test_the_subjects_reach_names_the_counted_thing(nlp):
    found = _disputes(nlp, OPERATIONS)
    assert _between(found, ["42 operations"], "the true number of cancelled operations")
    assert not _between(found, ["310 patients"], "the true number of cancelled operations")


def test_near_misses_stay_unreported(nlp):
    # A forecast of another year, a comparison with an average, a count against a sum only.
    forecast = ("The water company said the average bill would rise by £40 this year. The Consumer Water Panel "
                "said the real cost would be higher next year, when the reservoir works begin.")
    assert not any("real cost" in a or "real cost" in b for a, b in _disputes(nlp, forecast))
    average = ("The health board said 18% of adults in the district smoked. The Lung Foundation said the true "
               "rate was higher than the national average.")
    assert not any("true rate" in a or "true rate" in b for a, b in _disputes(nlp, average))
    sums = ("The agency said the flood scheme had cost £2m. The Riverside Tenants' Union said the true number "
            "was higher.")
    assert not any("true number" in a or "true number" in b for a, b in _disputes(nlp, sums))
