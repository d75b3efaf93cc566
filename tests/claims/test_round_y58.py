"""Round y58 (user review u57): what a fact-checker reads wrong in reports.

Figures written with no-break / narrow / thin spaces, reason lines with stems and jargon,
speaker roles starting with a pronoun or a capital. New sentences, not gold text.
"""

from __future__ import annotations

import pytest

from claims.quantities import parse_quantities

NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"


def _figures(nlp, text):
    out = parse_quantities(text, nlp)
    for q in out:
        assert text[q.start_char:q.end_char] == q.surface  # offsets stay exact
    return [(q.surface, q.value, q.unit) for q in out]


@pytest.mark.parametrize("space", [NBSP, " ", NNBSP])
def test_spaced_scale_letter_after_currency_is_the_scale(nlp, space):
    text = f"The trust will put £7{space}m into the hospice appeal."
    assert _figures(nlp, text) == [(f"£7{space}m", 7_000_000.0, "GBP")]


@pytest.mark.parametrize("space", [NBSP, NNBSP, THIN])
def test_no_break_thousands_separator_is_one_figure(nlp, space):
    text = f"Builders finished 2{space}450 flats in the valley last spring."
    assert _figures(nlp, text) == [(f"2{space}450", 2450.0, "count")]


def test_no_break_groups_with_currency_and_leading_zero_group(nlp):
    text = f"Around 31{NBSP}000{NBSP}people signed, and the fund holds €3{NNBSP}006{NNBSP}120."
    figs = _figures(nlp, text)
    assert (f"Around 31{NBSP}000", 31000.0, "count") in figs
    assert (f"€3{NNBSP}006{NNBSP}120", 3006120.0, "EUR") in figs


def test_near_miss_spaced_letter_without_currency_and_ordinary_space_groups(nlp):
    # no currency: "m" after a spaced figure stays metres; an ordinary space between a year
    # and a count is no thousands separator
    text = f"The crane lifted the beam 9{NBSP}m above the road."
    assert all(v != 9_000_000.0 for _, v, _ in _figures(nlp, text))
    figs = _figures(nlp, "In 2021 340 families applied for the grant.")
    assert ("340", 340.0, "count") in [(s, v, u) for s, v, u in figs]
    assert all(v != 2021340.0 for _, v, _ in figs)


# --- 2. contradiction reasons show the words as written, negation included ----------------

from datetime import date  # noqa: E402

from claims.conflicts import find_conflicts  # noqa: E402
from claims.conflicts.common import _who, _whose  # noqa: E402
from claims.conflicts.contradictions import _as_written, _contradiction_reason  # noqa: E402
from claims.models import Claim, ClaimKind, ClaimRef, ConflictKind, Quantity, stable_id  # noqa: E402


def _claim(article, text, speaker=None, quantities=(), kind=None):
    return Claim(claim_id=stable_id(article, text), article_id=article,
                 kind=kind or (ClaimKind.BOTH if speaker and quantities else
                               (ClaimKind.ATTRIBUTED if speaker else ClaimKind.QUANTITATIVE)),
                 text=text, sentence=text, sentence_start=0, start_char=0, end_char=len(text),
                 speaker=speaker, cue="said" if speaker else None, quantities=list(quantities))


def _ref(c, outlet, day=2):
    return ClaimRef(claim=c, outlet=outlet, published=date(2026, 3, day))


@pytest.mark.parametrize("side,text,shown", [
    ("not retir", "Her brother said the goalkeeper had not retired from the club.", "had not retired"),
    ("no clos", "There will be no closures of rural branches this winter.", "no closures"),
    ("increase", "There has been no increase in the ferry fares.", "no increase"),
    ("risen", "Ferry fares had risen by around 30% since May.", "had risen"),
    ("will not", "The trust will not sell the old boathouse.", "will not"),
    ("pension counted", "Some 400 pensions were paid late in March.", "400 pensions"),
])
def test_a_side_is_shown_as_its_claim_writes_it(side, text, shown):
    assert _as_written(side, text) == shown
    assert text.find(shown) >= 0  # the words of the claim, not of the rules


def test_near_miss_a_side_not_in_the_claim_is_shown_without_the_rules_markers():
    # the irregular past ("knew") shares no stem with "know": (y60) no words as written, so
    # nothing (the reason then says the side holds "otherwise"), never the rules' stems
    assert _as_written("not know", "Nobody at the depot knew of the leak.") == ""
    assert _as_written("fare counted", "Tickets went on sale at noon.") == ""


def test_contradiction_reason_has_no_stems_and_keeps_the_negation():
    a = _ref(_claim("y58a", "Ferry fares had risen by around 30% since May", "Odile Varga"), "Harbour Post")
    b = _ref(_claim("y58b", "There has been no increase in ferry fares", "Pell Ferries"), "Coast Radio")
    reason = _contradiction_reason(("risen", "increas"), a, b)
    assert 'Odile Varga (Harbour Post) says "had risen"' in reason
    assert 'Pell Ferries (Coast Radio) "no increase"' in reason
    assert "increas'" not in reason and "vs" not in reason.split(":")[0]
    said_and_denied = _contradiction_reason(("approved", "approved"), _ref(_claim("y58c", "The budget was approved", "Ana Ruiz"), "A"),
                                            _ref(_claim("y58d", "The budget was not approved", "Tom Hale"), "B"))
    assert '"was approved"' in said_and_denied and '"was not approved"' in said_and_denied


# --- 3. who says a claim, as English ----------------------------------------------------------

def test_unattributed_named_described_and_own_report_read_as_english():
    unattributed = _ref(_claim("y58e", "Some 4,000 people attended the fair", None), "Back Lane Weekly")
    named = _ref(_claim("y58f", "Some 4,000 people attended the fair", "Nadia Frost"), "Vale News")
    described = _ref(_claim("y58g", "Some 4,000 people attended the fair", "the county's police force"), "Vale News")
    own = _ref(_claim("y58h", "Some 4,000 people attended the fair", "Vale News", kind=ClaimKind.NARRATED), "Vale News")
    assert _whose("figure", unattributed) == "Back Lane Weekly's unattributed figure"
    assert _whose("claim before it", named) == "the claim before it by Nadia Frost (Vale News)"
    assert _whose("figure", described) == "the figure by the county's police force (Vale News)"
    assert _whose("claim", own) == "the claim in Vale News's own report"
    assert "unattributed (" not in _who(unattributed)
    # near miss: a named speaker is still named as before
    assert _who(named) == "Nadia Frost (Vale News)"


def test_a_dispute_of_an_unattributed_claim_names_the_outlet_not_a_party():
    count = _claim("y58i", "Some 12,000 visitors came to the Tessby regatta on Saturday", None,
                   [Quantity(surface="Some 12,000", start_char=0, end_char=11, value=12000, low=11000, high=13000,
                             unit="count", measure="visitor")])
    text = "reports that 12,000 visitors came to the Tessby regatta were wrong"
    rejection = Claim(claim_id=stable_id("y58j", text), article_id="y58j", kind=ClaimKind.ATTRIBUTED, text=text,
                      sentence=f"Organiser Clem Ashby said {text}.", sentence_start=0, start_char=26,
                      end_char=26 + len(text), speaker="Clem Ashby", cue="said")
    found = [c for c in find_conflicts([_ref(count, "Quay Weekly"), _ref(rejection, "Vale News", 3)])
             if c.kind is ConflictKind.DISPUTE]
    assert len(found) == 1
    assert found[0].reason.startswith("Clem Ashby (Vale News) rejects Quay Weekly's unattributed claim: ")
    assert "unattributed (" not in found[0].reason


# --- 4. roles and described speakers shown mid-line ------------------------------------------

from claims.readable import readable_role, readable_speaker  # noqa: E402


@pytest.mark.parametrize("role,shown", [
    ("Its national officer", "national officer"),
    ("Their press officer", "press officer"),
    ("The striker's agent", "the striker's agent"),
    ("Chief executive", "chief executive"),
])
def test_a_role_reads_mid_line(role, shown):
    assert readable_role(role) == shown


@pytest.mark.parametrize("role", ["Labour MP", "Acme's chief economist", "CEO", "chief executive of Dunmore Mills",
                                  "Chief Executive", "Chief Constable of Wessex", "Mayor Rhoda Penn"])
def test_near_miss_a_role_opening_on_a_name_keeps_its_capital(role):
    assert readable_role(role) == role


def test_a_described_speaker_reads_mid_line():
    assert readable_speaker("Its chair") == "its chair"
    assert readable_speaker("A spokesperson for the trust") == "a spokesperson for the trust"
    assert readable_speaker("Orla Penhallow") == "Orla Penhallow"


def test_the_text_report_shows_a_role_mid_line_without_its_pronoun():
    from datetime import datetime

    from claims.models import ConflictView
    from claims.reporting import ReportFormat, render_report

    fields = dict(
        conflict_id="c1", kind=ConflictKind.NUMERIC, score=0.8, reason="figures differ",
        first_seen=datetime(2026, 3, 2, 9), stale=False, status="new",
        claim_a="a1", a_text="cost £5m", a_sentence="It will cost £5m, he said.", a_offset_in_sentence=8,
        a_speaker="Wilmot Crane", a_speaker_role="Its national officer", a_article_id="art_1",
        a_outlet="Fen Post", a_published=date(2026, 3, 1),
        claim_b="b1", b_text="cost £9m", b_sentence="It will cost £9m.", b_offset_in_sentence=8,
        b_speaker="Its chair", b_article_id="art_2", b_outlet="Dale Radio", b_published=date(2026, 3, 2),
    )
    text = render_report([ConflictView.model_validate(fields)], ReportFormat.TEXT)
    assert "Wilmot Crane, national officer" in text and "Its national officer" not in text
    assert "B: its chair (Dale Radio" in text
