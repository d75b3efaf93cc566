"""Round y62 (user review u62): the report's groups, `--limit`, reason labels a fact-checker
cannot act on, and the markdown report's ampersands. New sentences, not the g60 articles.
"""

from __future__ import annotations

from datetime import date

from claims.conflicts.common import _rejecter_first
from claims.grouping import compared_figures, conflict_group
from claims.models import Claim, ClaimKind, ClaimRef, ConflictKind, ConflictView, Quantity, stable_id
from claims.readable import counted_noun, figure_label, figures_reason, relayed_rejecter
from claims.reporting import ReportFormat, render_report, report_order


def _claim(text, speaker=None, figures=(), kind=None):
    """A claim that is its whole sentence, with `figures` as (surface, value, unit, measure)."""
    quantities = [Quantity(surface=s, start_char=text.index(s), end_char=text.index(s) + len(s), value=v,
                           low=v, high=v, unit=unit, measure=measure) for s, v, unit, measure in figures]
    return Claim(claim_id=stable_id("y62", text), article_id="y62", kind=kind or (
        ClaimKind.BOTH if speaker and figures else ClaimKind.ATTRIBUTED if speaker else ClaimKind.QUANTITATIVE),
        text=text, sentence=text, sentence_start=0, start_char=0, end_char=len(text), speaker=speaker,
        cue="said" if speaker and kind is None else None, quantities=quantities)


# --- 3. reason labels: what the rule compared, in words that say so ----------------------------

def test_a_count_of_a_count_is_labelled_with_what_the_second_counts_not_the_next_clause():
    # u62 #14: "'four' inspectors" where the article counts days
    c = _claim("On three of the five days the auditors were on site, staff on two floors had no breaks.",
               figures=[("three", 3, "count", "auditor")])
    assert counted_noun(c.quantities[0], c) == "of the five days"


def test_near_miss_a_count_followed_by_its_own_noun_keeps_it():
    c = _claim("The auditors found 40 desks on two floors.", figures=[("40", 40, "count", "desk")])
    assert counted_noun(c.quantities[0], c) == "desks"


def test_the_same_figure_on_both_sides_is_shown_with_the_words_that_differ():
    # u62 #15.1: "'more than 20 hours' (A) and 'more than 20 hours' (B) do not overlap"
    a = _claim("No patient waits for more than 12 hours in the corridor.", "The trust",
               figures=[("more than 12 hours", 12, "hour", "patient wait")])
    b = _claim("Auditors saw 30 patients wait, which the trust's claim that no patient waits for more than "
               "12 hours does not reflect.", figures=[("more than 12 hours", 12, "hour", "patient wait")])
    reason = figures_reason(a.quantities[0], a, "X", b.quantities[0], b, "Y")
    assert reason == ("'more than 12 hours' in \"No patient waits for more than 12 hours\" (X) and 'more than "
                      "12 hours' in \"…wait, which the trust's claim that no patient waits for more than 12 hours\" (Y) "
                      "do not overlap")


def test_a_share_of_someones_things_is_labelled_with_the_things_not_the_owner():
    # u62 #5.7: "bank's: 'fewer than one in ten' ... and 'about 11%'"
    c = _claim("About 11% of the society's members used a closing branch.",
               figures=[("About 11%", 11, "percent", "use")])
    assert figure_label(c.quantities[0], c) == "members"
    counted = _claim("About 11% of the society's 9.6 million members used it.",
                     figures=[("About 11%", 11, "percent", "use")])
    assert figure_label(counted.quantities[0], counted) is None


def test_a_rejection_an_outlet_relays_in_the_passive_names_who_rejects():
    # u62 #1.1: "Inside Justice Review (own report) rejects the claim by Inspectors"
    text = "The auditors' report on Kelmscott ward has been rejected on several counts by the Health Board, which runs it."
    assert relayed_rejecter(text) == "the Health Board"
    narrated = _claim(text, "Ward Watch", kind=ClaimKind.NARRATED)
    assert _rejecter_first(ClaimRef(claim=narrated, outlet="Ward Watch")) == \
        "The Health Board, as Ward Watch reports,"


def test_near_miss_a_rejection_said_by_its_speaker_still_names_the_speaker():
    said = _claim("The report was rejected by the board, the union said.", "Tomasz Elwood")
    assert _rejecter_first(ClaimRef(claim=said, outlet="Ward Watch")) == "Tomasz Elwood (Ward Watch)"


# --- 1. groups: strictly the pair of clusters, and one measure between figures -----------------

def test_conflicts_with_a_side_in_no_cluster_do_not_join_the_clusters_other_conflicts():
    # u62 #3: two unrelated disputes, each with one side in no cluster, under one heading
    a1, x = _claim("The governor was moved."), _claim("The figures were wrong.", "Ms Roe")
    a2, y = _claim("The ward is unsafe."), _claim("The ward is safe.", "The board")
    one = conflict_group("c1", ConflictKind.DISPUTE, "r", a1, x, "k1", None, {"k1": "The governor was moved."})
    two = conflict_group("c2", ConflictKind.DISPUTE, "r", a2, y, "k1", None, {"k1": "The governor was moved."})
    assert one.key != two.key and one.key == f"claim:{x.claim_id}+k1"


def test_figures_of_one_cluster_are_grouped_by_the_measure_compared():
    # u62 #5: how many branches close and how many customers use them, one cluster, two matters
    b71 = _claim("The union said 71 branches would close.", "The union", [("71", 71, "count", "branch")])
    b64 = _claim("The bank said 64 branches would close.", "The bank", [("64", 64, "count", "branch")])
    c96 = _claim("The bank has 412 branches and 9.6 million customers.",
                 figures=[("412", 412, "count", "branch"), ("9.6 million", 9.6e6, "count", "customer")])
    c11 = _claim("About 1.1 million customers used them.", "Campaigners",
                 [("About 1.1 million", 1.1e6, "count", "customer")])
    branches = conflict_group("n1", ConflictKind.NUMERIC, "'71' branches (U) and '64' branches (B) do not overlap",
                              b71, b64, "k1", "k1", {})
    customers = conflict_group("n2", ConflictKind.NUMERIC,
                               "customers: '9.6 million' (X) and 'About 1.1 million' (C) do not overlap",
                               c96, c11, "k1", "k1", {})
    assert branches.key != customers.key
    assert (branches.label, customers.label) == ("branches", "customers")
    assert compared_figures("customers: '9.6 million' (X) and 'About 1.1 million' (C) do not overlap",
                            c96, c11) == (c96.quantities[1], c11.quantities[0])


def test_figures_no_sentence_names_are_one_matter_per_unit_whatever_each_is_per():
    # u62 #15: "more than 20 hours" and "23 hours a day" of one pair of clusters, two headings
    a = _claim("Nobody is held more than 20 hours.", "The agency", [("more than 20 hours", 20, "hour", "hold")])
    b = _claim("Some were held 23 hours a day.", figures=[("23 hours a day", 23, "hour", "hold")])
    b.quantities[0].per = "day"
    c = _claim("Inmates spend up to 22 hours a day inside.", "Inspectors",
               [("up to 22 hours a day", 22, "hour", "spend")])
    first = conflict_group("n1", ConflictKind.NUMERIC, "'more than 20 hours' (A) and '23 hours a day' (B)",
                           a, b, "k1", "k2", {"k1": "Nobody is held more than 20 hours."})
    second = conflict_group("n2", ConflictKind.NUMERIC, "'up to 22 hours a day' (A) and '23 hours a day' (B)",
                            c, b, "k1", "k2", {"k1": "Nobody is held more than 20 hours."})
    assert first.key == second.key == "k1+k2#unit hour"


# --- 2. --limit: the first N of the full report, under its headings ------------------------------

def _view(cid, score, group, label="branches"):
    return ConflictView(conflict_id=cid, kind="numeric", score=score, reason=f"reason {cid}", stale=False,
                        status="open", claim_a="a", a_text="a", claim_b="b", b_text="b", group=group,
                        group_label=label, first_seen="2026-01-01T00:00:00")


def test_a_limit_shows_the_first_conflicts_of_the_full_report_and_says_of_how_many_their_group_is():
    views = report_order([_view("g1", 0.9, "k9"), _view("b1", 0.5, "k1#bran"), _view("b2", 0.4, "k1#bran"),
                          _view("b3", 0.3, "k1#bran"), _view("s1", 0.45, "k2")])
    assert [v.conflict_id for v in views] == ["g1", "b1", "b2", "b3", "s1"]
    text = render_report(views[:3], ReportFormat.TEXT, total=5)
    assert "2. 2 of 3 conflicts over one matter: branches (claims of cluster k1), best score 0.50:" in text
    assert "2.1. [numeric]" in text and "2.2. [numeric]" in text and "2.3" not in text
    one = render_report(views[:2], ReportFormat.TEXT, total=5)
    assert "2. 1 of 3 conflicts over one matter: branches" in one and "2.1. [numeric]" in one


def test_the_intro_line_says_what_the_headings_group_by():
    text = render_report(report_order([_view("b1", 0.5, "k1#bran"), _view("b2", 0.4, "k1#bran")]),
                         ReportFormat.TEXT)
    assert "those between the claims of one pair of clusters (a claim in no cluster is a matter of its own) " \
           "and, between figures, of one measure: 1 such group(s)." in text


def test_a_heading_named_by_a_claims_words_quotes_them():
    text = render_report(report_order([_view("b1", 0.5, "k1+k2", "The ward is unsafe"),
                                       _view("b2", 0.4, "k1+k2", "The ward is unsafe")]), ReportFormat.TEXT)
    assert '2 conflicts over one matter: "The ward is unsafe" (claims of clusters k1 and k2)' in text


# --- 5. the markdown report's ampersands -------------------------------------------------------

def test_markdown_writes_an_outlets_ampersand_once_and_still_escapes_html_and_references():
    view = _view("b1", 0.5, "b1").model_copy(update={"a_outlet": "Broadband & Networks Review",
                                                      "b_outlet": "A &lt;b&gt; Times", "a_published": date(2026, 1, 2)})
    page = render_report([view], ReportFormat.MARKDOWN)
    assert "Broadband & Networks Review" in page and "&amp; Networks" not in page
    assert "A &amp;lt;b&amp;gt; Times" in page  # a reference in the text reads as written
