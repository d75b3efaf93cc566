"""Rules of the sixth conflict round (issue #5): numeric conflicts kept once per pair of
clusters and pair of figures, auxiliaries of irregular participles, "other" and "total"
next to a figure. Sentences written for these tests; each rule has a near miss."""

from datetime import date

from claims.conflicts import find_conflicts
from claims.conflicts.numeric import stock_pattern
from claims.models import ClusterMember, ConflictKind
from tests.claims.test_conflicts import claim, figure, ref, statement

# --- one conflict per pair of clusters and pair of figures ----------------------------------


def _economy(article, text, outlet, figures, unit="percent"):
    quantities = [figure(s, v, v - 0.05, v + 0.05, unit, m, start=text.index(s)) for s, v, m in figures]
    return ref(claim(article, text, quantities=quantities), outlet, date(2025, 7, 1))


def test_other_figures_of_the_same_clusters_are_another_conflict():
    growth_a = _economy("a1", "Output in Varnia grew by 0.6% in the quarter, the finance ministry said.", "Ledger",
                        [("0.6%", 0.6, "output growth")])
    deficit_a = _economy("a1", "The Varnia budget deficit will be $2.9 billion this year, the finance ministry said.",
                         "Ledger", [("$2.9 billion", 2.9e9, "budget deficit")], unit="USD")
    growth_b = _economy("b1", "Output in Varnia grew by 0.2% in the quarter, the fiscal council said.", "Observer",
                        [("0.2%", 0.2, "output growth")])
    deficit_b = _economy("b1", "The Varnia budget deficit will be $4.1 billion this year, the fiscal council said.",
                         "Observer", [("$4.1 billion", 4.1e9, "budget deficit")], unit="USD")
    # Each article's two sentences are clustered together.
    clusters = [ClusterMember(cluster_id=c, claim_id=r.claim.claim_id, score=1.0)
                for c, r in (("x", growth_a), ("x", deficit_a), ("y", growth_b), ("y", deficit_b))]
    found = [x for x in find_conflicts([growth_a, deficit_a, growth_b, deficit_b], clusters)
             if x.kind is ConflictKind.NUMERIC]
    # Growth (0.6 / 0.2) and the deficit (2.9 / 4.1) are two questions between the clusters.
    assert sorted(("'0.6%'" in x.reason, "'$4.1 billion'" in x.reason) for x in found) == [(False, True),
                                                                                           (True, False)]


def test_one_pair_of_figures_repeated_is_one_conflict():
    def growth(article, value, who, outlet):
        return _economy(article, f"Output in Varnia grew by {value}% in the quarter, {who} said.", outlet,
                        [(f"{value}%", value, "output growth")])
    refs = [growth("a1", 0.6, "the finance ministry", "Ledger"), growth("b1", 0.2, "the fiscal council", "Observer"),
            growth("c1", 0.2, "the fiscal council's chair", "Wire"), growth("d1", 0.62, "the treasury", "Post")]
    clusters = [ClusterMember(cluster_id="y" if r.claim.article_id in {"b1", "c1"} else "x",
                              claim_id=r.claim.claim_id, score=1.0) for r in refs]
    found = [x for x in find_conflicts(refs, clusters) if x.kind is ConflictKind.NUMERIC]
    # Near miss of the test above: 0.6 (or 0.62) against 0.2, said by two outlets each, is
    # one question between the two clusters, not four.
    assert len(found) == 1


# --- a verb of possession before a participle -------------------------------------------------


def test_an_irregular_participle_makes_have_an_auxiliary():
    assert not stock_pattern().search("Residents have said about ")
    assert not stock_pattern().search("The union has told ")
    # Near miss: possession itself, with a qualifier, is still a stock.
    assert stock_pattern().search("The estate has about ")


# --- "other" and "total" next to a figure ------------------------------------------------------


def test_other_makes_a_figure_an_increment(nlp):
    from claims.figure_roles import is_increment
    from tests.claims.test_figure_roles import _figure
    assert is_increment(*_figure(nlp, "Two other men remain in custody in Dunholt.", "Two"))
    # Near miss: the same count without "other" is a total.
    assert not is_increment(*_figure(nlp, "Two men remain in custody in Dunholt.", "Two"))


def test_a_total_is_not_contradicted_by_a_smaller_part(nlp):
    from tests.claims.test_figure_roles import _numeric
    assert not _numeric(nlp, "Orwell Brewing proposed a final dividend of 14.2p per share for 2024.",
                        "Orwell Brewing paid a total dividend of 21.0p per share for 2024.")
    # Near miss: a part larger than the total cannot be.
    assert _numeric(nlp, "Orwell Brewing proposed a final dividend of 24.2p per share for 2024.",
                    "Orwell Brewing paid a total dividend of 21.0p per share for 2024.")


# --- what a rejection says was claimed ------------------------------------------------------


def test_a_rejected_clause_is_answered_by_what_it_says_not_by_its_names():
    rejection = statement("c1", 'reports that Orla Varga had conceded defeat were "premature and wrong"',
                          "The Conservative campaign", "Northern News", date(2025, 6, 3))
    polled = statement("a1", "Brennan polled 14,206 votes to 13,894 for Orla Varga in Dunholt West",
                       "The returning officer", "Gazette")
    conceded = statement("b1", "Varga conceded shortly after 4am, shaking hands with Brennan at the Dunholt count",
                         "Party officials", "Report")
    disputes = [c for c in find_conflicts([polled, conceded, rejection]) if c.kind is ConflictKind.DISPUTE]
    assert [{c.claim_a, c.claim_b} for c in disputes] == [{conceded.claim.claim_id, rejection.claim.claim_id}]
    # Near miss: with nothing saying what was claimed, a claim sharing only the names is not
    # taken for it by its content.
    from claims.conflicts.disputes import _names_in, _ranked_by_content
    from claims.overlap import TopicIndex, topic_stems
    index = TopicIndex([polled.claim.sentence, conceded.claim.sentence])
    content, names = topic_stems("Orla Varga had conceded defeat"), _names_in("Orla Varga had conceded defeat")
    judged = _judged([polled, conceded], index)
    assert [j.claim.text for _, j in _ranked_by_content(content, judged, 0.0, None, names)] == [
        conceded.claim.text]
    assert len(_ranked_by_content(content, judged, 0.0)) == 2


def _judged(refs, index):
    from claims.conflicts.common import _Judged
    return [_Judged(ref=r, claim=r.claim, index=i, own_text=r.claim.text, stems=index.stems[i])
            for i, r in enumerate(refs)]


def test_the_copula_and_qualifiers_of_a_rejection_are_not_the_clause():
    from claims.conflicts.common import TRAILING_COPULA
    assert TRAILING_COPULA.sub("", 'it was preparing to sell its bakery were "pure ') == (
        "it was preparing to sell its bakery")
    assert TRAILING_COPULA.sub("", 'Varga had conceded defeat were "premature and ') == "Varga had conceded defeat"
    assert TRAILING_COPULA.sub("", "no passwords were taken is simply not ") == "no passwords were taken"
    # Near miss: the clause's own copula and its complement stay.
    assert TRAILING_COPULA.sub("", "profits were up is ") == "profits were up"
    assert TRAILING_COPULA.sub("", "the plant was safe was a ") == "the plant was safe"


# --- whose figure, which statement --------------------------------------------------------------

_STRIKE = "Dockers at the port of Varrow stayed out on Monday. "


def test_a_rejection_in_a_sentence_claim_answers_the_owners_figure_it_repeats(nlp):
    from tests.claims.test_figure_roles import _claims
    union = _claims(nlp, "a", _STRIKE + "The Varrow dockers' union said some 2,100 members had walked out on the first "
                    "day. The union also said its claim for an 8% rise was modest.", "Ledger")
    company = _claims(nlp, "b", _STRIKE + "According to the company, around 1,400 of the port's 2,300 dockworkers joined "
                      "the action on Monday, and it described the union's claim of 2,100 strikers as \"wildly inflated\".",
                      "Wire")
    disputes = [c for c in find_conflicts(union + company) if c.kind is ConflictKind.DISPUTE]
    assert [c.reason.split(" against ")[1] for c in disputes] == ['"some 2,100 members had walked out on the first day"']
    # Near miss: a rejection naming no figure of the union's is not given the strikers figure.
    company = _claims(nlp, "b", _STRIKE + "According to the company, around 1,400 of the port's 2,300 dockworkers joined "
                      "the action on Monday, and it described the union's claim for a rise as \"wildly inflated\".",
                      "Wire")
    disputes = [c for c in find_conflicts(union + company) if c.kind is ConflictKind.DISPUTE]
    assert "2,100" not in " ".join(c.reason.split(" against ")[1] for c in disputes)


def test_the_claim_holding_a_rejection_stays_in_its_reference():
    from claims.conflicts.common import _Judged
    from claims.conflicts.disputes import _reference_text
    sentence = ('According to the company, around 1,400 dockworkers joined the action, and it described the '
                'union\'s claim of 2,100 strikers as "wildly inflated".')
    whole = claim("b1", sentence, sentence)
    inner = claim("b1", "around 1,400 dockworkers joined the action", sentence, speaker="the company", cue="According")
    rejection = claim("b1", "wildly inflated", sentence, speaker="the company", cue="described")
    judged = [_Judged(ref=ref(c), claim=c, index=i, own_text=c.text, stems=frozenset())
              for i, c in enumerate((whole, inner, rejection))]
    reference = _reference_text(judged[2], judged)
    assert "the union's claim of 2,100 strikers" in reference
    # Near miss: another claim of the sentence is still blanked out.
    assert "1,400" not in reference


def test_that_claim_points_at_the_statement_before_it():
    def said(text, speaker, offset, sentence=None, cue="said"):
        return ref(claim("w1", text, sentence, speaker=speaker, cue=cue, offset=offset), "Freight Wire",
                   date(2025, 6, 2))
    # Other news of the day, so that the terminal operator's name is a rare word.
    news = [ref(claim(f"z{i}", text), "Post", date(2025, 6, 2)) for i, text in enumerate((
        "Rain is expected across the north on Tuesday", "The council approved a new library budget",
        "Train services resumed after repairs"))]
    offer = ref(claim("w1", "Orwell Terminals has offered a 4.5% rise for this year", offset=100), "Freight Wire",
                date(2025, 6, 2))
    denial = said("That claim is simply false", "Orwell Terminals", 200,
                  '"That claim is simply false," an Orwell Terminals spokesperson told Freight Wire.', "told")
    union = said("the offer amounts to a cut once inflation is counted", "Varrow Dockers' Union", 0)
    disputes = [c for c in find_conflicts([union, offer, denial, *news]) if c.kind is ConflictKind.DISPUTE]
    # Not the unattributed sentence naming the spokesperson's company.
    assert [{c.claim_a, c.claim_b} for c in disputes] == [{union.claim.claim_id, denial.claim.claim_id}]
    # Near miss: a statement of the denier's own side before it is not what it denies.
    own = said("the offer amounts to a cut once inflation is counted", "Orwell Terminals", 0)
    disputes = [c for c in find_conflicts([own, offer, denial, *news]) if c.kind is ConflictKind.DISPUTE]
    assert own.claim.claim_id not in {x for c in disputes for x in (c.claim_a, c.claim_b)}
