"""Round y60 (user review u60): reasons and labels a fact-checker could not read.

Stems of the rules' synonyms in reasons ("fami"), a negation reaching over a figure, a date
cut out of its quote, verbs as labels of figures. New sentences, not the g57 articles.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.conflicts.contradictions import _as_written, _contradiction_reason
from claims.models import Claim, ClaimKind, ClaimRef, Quantity, stable_id


def _claim(article, text, speaker=None, quantities=(), sentence=None, start=0):
    return Claim(claim_id=stable_id(article, text), article_id=article,
                 kind=ClaimKind.BOTH if speaker and quantities else
                 (ClaimKind.ATTRIBUTED if speaker else ClaimKind.QUANTITATIVE),
                 text=text, sentence=sentence or text, sentence_start=0, start_char=start,
                 end_char=start + len(text), speaker=speaker, cue="said" if speaker else None,
                 quantities=list(quantities))


def _ref(c, outlet, day=2):
    return ClaimRef(claim=c, outlet=outlet, published=date(2026, 5, day))


# --- 1. a counted side met through a synonym is shown as its claim writes it ----------------

@pytest.mark.parametrize("side,text,shown", [
    ("fami counted", "The borough has 5,120 households on its waiting list.", "5,120 households"),
    ("household counted", "Almost 300 families were placed in hostels.", "300 families"),
])
def test_a_counted_synonym_is_shown_as_written_not_as_the_rules_stem(side, text, shown):
    assert _as_written(side, text) == shown


def test_a_side_the_claim_does_not_write_is_no_stem_and_the_reason_says_otherwise():
    assert _as_written("consult", "The board met staff representatives twice in June.") == ""
    a = _ref(_claim("y60a", "the trust had not consulted the staff before the vote", "Ines Barrow"), "Fenwick Post")
    b = _ref(_claim("y60b", "it had met staff representatives twice in June", "Fenwick Trust"), "Fenwick Post")
    reason = _contradiction_reason(("not consult", "(affirmed)"), a, b)
    assert 'Ines Barrow (Fenwick Post) says "had not consulted" and Fenwick Trust (Fenwick Post) otherwise:' in reason
    assert '"consult"' not in reason


def test_counted_against_none_names_the_counted_words_in_the_reason():
    a = _ref(_claim("y60c", "no family had waited more than a month", "Orla Kemp"), "Dene Radio")
    b = _ref(_claim("y60d", "The borough has 5,120 households on its waiting list."), "Dene Courier")
    reason = _contradiction_reason(("no fami", "(counted)"), a, b)
    assert '"5,120 households"' in reason and '"fami"' not in reason


# --- 2. reasons a reader can follow -------------------------------------------------------------

def test_a_negation_of_a_figure_is_not_printed_as_a_phrase_with_the_word_after_it():
    text = "the trust had paid the builder £2.4m in total, not the £900,000 the trust had declared"
    assert _as_written("not trust", text) == "not … trust"
    # near miss: a negation two words back is one phrase ("no plans to close")
    assert _as_written("no clos", "There are no plans to close the library.") == "no plans to close"


def test_dated_apart_reason_is_english_and_its_quotes_keep_the_dates():
    a = _ref(_claim("y60e", "the number of pupils waiting for a school place had fallen to 40 at the last "
                            "termly census in March, from 55 the term before", "Harrowgate Council"), "Weald Echo")
    b = _ref(_claim("y60f", "it had counted 90 pupils without a place in February alone", "Parents' Forum"), "Weald Echo")
    reason = _contradiction_reason(("March (dated)", "February (dated)"), a, b)
    assert "give one event two dates (March vs February)" in reason
    assert "one event apart" not in reason
    quoted = reason.split("): ", 1)[1]
    assert "March" in quoted.split(" against ")[0] and "February" in quoted.split(" against ")[1]


# --- 3. a numeric reason names what is measured, in the claim's words, never a verb ----------

from claims.readable import figure_label, figures_reason  # noqa: E402


def _q(sentence, surface, measure, unit="count", value=1.0):
    at = sentence.index(surface)
    return Quantity(surface=surface, start_char=at, end_char=at + len(surface), value=value, low=value, high=value,
                    unit=unit, measure=measure)


def _figure(sentence, surface, measure, unit="count"):
    q = _q(sentence, surface, measure, unit)
    return q, _claim("y60q", sentence, quantities=[q])


@pytest.mark.parametrize("sentence,surface,measure,unit,label", [
    # a verb the parse took for the measure: the noun the figure counts or is "of"
    ("Its survey of the register showed 2,310 tenants in arrears at the end of June.", "2,310", "show", "count",
     "tenants"),
    ("The audit, adding 4,000 homes to the January total, gives coverage of about 76%.", "about 76%", "give",
     "percent", "coverage"),
    # lemmas as the sentence writes them
    ("The group said 915 households in emergency housing were waiting.", "915",
     "household in emergency housing", "count", "households in emergency housing"),
    ("The regulator found that 71% of premises could order a full-fibre service in June.", "71%",
     "premise order fibre service", "percent", "premises could order a full-fibre service"),
    ("The mayor said the borough had built 250 new council homes since 2021.", "250", "council home", "count",
     "council homes"),
    # a verb and nothing better: no label
    ("The trust has said it paid the consultants £640,000 over three years.", "£640,000", "paying", "GBP", None),
    ("Of the £3.2m, £2.6m is recorded as grants, or about 81p in every pound spent.", "about 81p", "recorded",
     "GBP", None),
    # whom a sum was paid, and a placeholder, name no quantity
    ("The trust said it had paid a consultancy, Greyfold, £2.2m over two years.", "£2.2m", "consultancy", "GBP",
     None),
    ("We accept that our figure of 64p was wrong.", "64p", "figure", "GBP", None),
])
def test_a_figure_label_is_a_noun_of_its_sentence_or_nothing(sentence, surface, measure, unit, label):
    q, c = _figure(sentence, surface, measure, unit)
    assert figure_label(q, c) == label


def test_numeric_reason_names_each_sides_counted_noun_when_they_differ():
    qa, a = _figure("The mayor said the borough had built 250 new council homes since 2021.", "250", "council home")
    qb, b = _figure("Only 9 councils met the target last year.", "9", "council home")
    reason = figures_reason(qa, a, "Mayor Ives (Holt Post)", qb, b, "unattributed text in Holt Radio")
    assert reason == ("'250' new council homes (Mayor Ives (Holt Post)) and '9' councils "
                      "(unattributed text in Holt Radio) do not overlap")
    # near miss: two counts of one noun share one label
    qc, c = _figure("Officials said 310 new council homes were finished.", "310", "council home")
    assert figures_reason(qa, a, "A", qc, c, "B").startswith("council homes: '250' (A) and '310' (B)")


def test_numeric_reason_without_a_label_names_the_figures_alone():
    qa, a = _figure("The trust has said it paid the consultants £640,000 over three years.", "£640,000", "paying")
    qb, b = _figure("Auditors put the sum at £910,000.", "£910,000", None)
    assert figures_reason(qa, a, "A", qb, b, "B") == "'£640,000' (A) and '£910,000' (B) do not overlap"


# --- 4. conflicts of one pair of clusters shown together --------------------------------------

import json  # noqa: E402
from datetime import datetime  # noqa: E402

from claims.models import ConflictKind, ConflictView  # noqa: E402
from claims.reporting import ReportFormat, render_report  # noqa: E402


def _view(cid, score, group, **changes):
    fields = dict(
        conflict_id=cid, kind=ConflictKind.NUMERIC, score=score, reason=f"reason of {cid}",
        first_seen=datetime(2026, 5, 2, 9), stale=False, status="open", group=group,
        claim_a=f"{cid}a", a_text="built 250 homes", a_sentence="The council built 250 homes.",
        a_offset_in_sentence=12, a_speaker="Holt Council", a_article_id="h1", a_outlet="Holt Post",
        a_published=date(2026, 5, 1),
        claim_b=f"{cid}b", b_text="built 90 homes", b_sentence="It built 90 homes.", b_offset_in_sentence=3,
        b_speaker=None, b_article_id="h2", b_outlet="Holt Radio", b_published=date(2026, 5, 2),
    )
    return ConflictView.model_validate(fields | changes)


# strongest first, as the store gives them: k1's pair has two conflicts, the second weaker
# than the lone conflict of k3
VIEWS = [_view("c1", 0.80, "k1+k2"), _view("c2", 0.60, "k3"), _view("c3", 0.40, "k1+k2", status="confirmed")]


def test_text_report_shows_one_pair_of_clusters_under_one_heading_by_its_best_score():
    text = render_report(VIEWS, ReportFormat.TEXT)
    lines = text.splitlines()
    assert lines[0] == "3 conflict(s), strongest first:"
    heading = "1. 2 conflicts over one matter (claims of clusters k1 and k2), best score 0.80:"
    assert heading in lines
    first, second, lone = (text.index(s) for s in ("1.1. [numeric] score 0.80  id c1  (open)",
                                                    "1.2. [numeric] score 0.40  id c3  (confirmed)",
                                                    "2. [numeric] score 0.60  id c2  (open)"))
    assert text.index(heading) < first < second < lone
    assert text.count("reason of c3") == 1  # each conflict keeps its reason, sides and verdict


def test_markdown_and_html_group_too_and_json_keeps_one_object_per_conflict():
    page = render_report(VIEWS, ReportFormat.MARKDOWN)
    assert "## 1. 2 conflicts over one matter (claims of clusters k1 and k2), best score 0.80" in page
    assert "### 1.1. numeric (score 0.80, open)" in page and "### 1.2. numeric (score 0.40, confirmed)" in page
    assert "## 2. numeric (score 0.60, open)" in page
    html = render_report(VIEWS, ReportFormat.HTML)
    group = html[html.index('<section class="group" id="g-k1+k2">'):html.index("</section>")]
    assert 'id="c-c1"' in group and 'id="c-c3"' in group and 'id="c-c2"' not in group
    data = json.loads(render_report(VIEWS, ReportFormat.JSON))
    assert [(d["conflict_id"], d["group"]) for d in data] == [("c1", "k1+k2"), ("c2", "k3"), ("c3", "k1+k2")]


def test_near_miss_conflicts_of_other_clusters_are_not_grouped():
    text = render_report([_view("c1", 0.8, "k1+k2"), _view("c2", 0.6, "k1+k3")], ReportFormat.TEXT)
    assert "over one matter" not in text
    assert "1. [numeric] score 0.80  id c1" in text and "2. [numeric] score 0.60  id c2" in text


# --- 5. one wording for an unattributed side; a stale header says why ---------------------------

def test_an_unattributed_side_reads_as_the_reasons_say_it():
    text = render_report([_view("c1", 0.8, None)], ReportFormat.TEXT)
    assert "B: unattributed text (Holt Radio, 2026-05-02)" in text and "(unattributed)" not in text


def test_a_reattributed_stale_conflict_says_so_in_its_header():
    stale = _view("c1", 0.8, None, stale=True, status="confirmed", a_claim_state="reattributed",
                  a_speaker_now="Holt Trust")
    text = render_report([stale], ReportFormat.TEXT)
    assert "(confirmed, stale: a claim re-attributed since)" in text
    # near miss: stale by the rules keeps its own wording
    rules = _view("c2", 0.8, None, stale=True, status="confirmed")
    assert "(confirmed, stale: no longer found, its claims unchanged)" in render_report([rules], ReportFormat.TEXT)


def test_a_label_of_one_side_stays_by_its_own_figure():
    qa, a = _figure("Crashes involving cyclists fell from 14 in the year before the lane opened to 6 in the year after.",
                    "6", "open")
    qb, b = _figure("The letter says five shops have closed since the lane opened.", "five", "shop")
    assert figures_reason(qa, a, "A", qb, b, "B") == "'6' (A) and 'five' shops (B) do not overlap"
