"""Round a97 (docs/attribution.md, "Round a97"): a body, document or job named by a common
noun that counts ("Inspectors recorded 286 assaults", "The audit found 2,950 machines")
speaks the count. Found by reviews r95 and r96 (their figures were unattributed text);
sentences written for the tests (not the gold, not the reviews' articles)."""

from __future__ import annotations

from tests.claims.test_attribution_r10 import _by_content, _found


def test_plural_job_noun_recording_a_figure_speaks(nlp):
    got = _by_content(nlp, "Inspectors recorded 412 break-ins at the depot in the year to "
                           "March, up from 260 the year before.")
    # the comparison after the comma stays in the count: it says the 412 is a change from 260
    assert got == {"412 break-ins at the depot in the year to March, up from 260 the year "
                   "before": "Inspectors"}, got


def test_campaigners_counting_speak(nlp):
    got = _by_content(nlp, "Campaigners counted more than 90 empty shops on the high street "
                           "last summer.")
    assert got == {"more than 90 empty shops on the high street last summer": "Campaigners"}, got


def test_a_document_finding_a_figure_speaks(nlp):
    # (with "had reported." ending the sentence the parser makes "reported" the main verb,
    # and "not the 1,800 the firm" its speaker: left alone, see docs/attribution.md)
    got = _by_content(nlp, "The audit found 1,340 meters in use at the end of June, not the "
                           "1,800 the firm had given.")
    assert list(got.values()) == ["the audit"], got
    assert next(iter(got)).startswith("1,340 meters in use at the end of June"), got


def test_the_company_counting_is_the_named_company(nlp):
    got = _by_content(nlp, "Harrowgate Dairies closed its plant in Eastby in May. The company "
                           "logged 57 complaints about the smell in the following month.")
    assert got == {"57 complaints about the smell in the following month":
                   "Harrowgate Dairies"}, got


def test_a_bodys_officers_count_a_bare_number(nlp):
    got = _by_content(nlp, "The petition had 800 names on it, its organisers said. The "
                           "council's officers counted 612.")
    assert got.get("612", "").endswith("officers"), got


def test_a_report_showing_a_figure_speaks(nlp):
    got = _by_content(nlp, "The trust's annual report shows 3,120 operations cancelled in "
                           "2025.")
    assert list(got) == ["3,120 operations cancelled in 2025"], got
    assert "report" in got["3,120 operations cancelled in 2025"] or \
        "trust" in got["3,120 operations cancelled in 2025"], got


def test_showing_needs_a_document(nlp):
    for text in ("The inspector showed 40 photographs to the court on Tuesday.",
                 "Figures show 3,000 more jobs in the town."):
        assert _found(nlp, text) == [], (text, _found(nlp, text))


def test_near_misses_state_no_count(nlp):
    for text in ("They found 12 bodies in the wreck of the coach.",  # a pronoun: narration
                 "The council must find £31m of savings next year.",  # not a count yet
                 "Morrow recorded 14 rebounds in the win over Eastfield.",  # a name: a score
                 "The council recorded a loss on the sale of the depot.",  # no figure
                 "About 3,000 journeys a day were recorded on the line in May."):  # passive
        assert _found(nlp, text) == [], (text, _found(nlp, text))


def test_a_count_inside_a_reported_clause_stays_the_reporters(nlp):
    got = _found(nlp, "The charity said the volunteers had found 410 families living in "
                      "single rooms.")
    assert got == [("The charity", "the volunteers had found 410 families living in single "
                                   "rooms")], got
