"""Rules added for issue #5: rejections the parser reads as quotes, plural and
assessment-worded rejections, 'the report', inclusion against denial, acts counted."""

from datetime import date

from claims.conflicts import find_conflicts
from claims.models import Claim, ClaimKind, ClaimRef, ConflictKind, Quantity, stable_id
from claims.rejections import with_rejections
from claims.attribution import find_attributions


def claim(article, text, sentence=None, *, speaker=None, cue=None, quantities=(), offset=0):
    sentence = sentence or text
    start = offset + sentence.index(text)
    return Claim(
        claim_id=stable_id(article, text), article_id=article,
        kind=ClaimKind.BOTH if speaker and quantities else (ClaimKind.ATTRIBUTED if speaker else ClaimKind.QUANTITATIVE),
        text=text, sentence=sentence, sentence_start=offset, start_char=start, end_char=start + len(text),
        speaker=speaker, cue=cue, quantities=list(quantities),
    )


def figure(surface, value, low, high, unit, measure, start=0, entities=()):
    return Quantity(surface=surface, start_char=start, end_char=start + len(surface), value=value, low=low,
                    high=high, unit=unit, measure=measure, entities=list(entities))


def ref(c, outlet="Outlet A", published=date(2024, 5, 1)):
    return ClaimRef(claim=c, outlet=outlet, published=published)


def article(article_id, sentences):
    """Claims of consecutive sentences of one article: (text, sentence, speaker, cue, figures)."""
    out, offset = [], 0
    for text, sentence, speaker, cue, figures in sentences:
        out.append(claim(article_id, text, sentence, speaker=speaker, cue=cue, offset=offset,
                         quantities=[f.model_copy(update={"start_char": offset + sentence.index(f.surface),
                                                          "end_char": offset + sentence.index(f.surface) + len(f.surface)})
                                     for f in figures]))
        offset += len(sentence) + 1
    return out


# --- rejections read from the parse ------------------------------------------------------


def _rejections(nlp, text):
    doc = nlp(text)
    return [(a.speaker, a.cue, text[a.content_start:a.content_end]) for a in with_rejections(doc, find_attributions(doc))]


def test_a_labelled_figure_with_a_quoted_complement_is_one_rejection_of_the_figure(nlp):
    found = _rejections(nlp, 'Opposition leader Mara Fenwick said on Monday that attendance had been under 40% '
                             'and called the league\'s figure "simply not credible."')
    called = [f for f in found if f[1] == "called"]
    assert len(called) == 1
    speaker, _, content = called[0]
    assert speaker == "Mara Fenwick" and content.startswith("the league's figure") and "not credible" in content


def test_a_reason_given_after_a_labelling_is_not_part_of_what_is_rejected(nlp):
    found = _rejections(nlp, "The Harlow Tenants Union called the council's figures an underestimate, "
                             "saying they left out temporary housing.")
    (rejection,) = [f for f in found if f[1] == "called"]
    assert rejection[2] == "the council's figures an underestimate"


def test_a_rejection_in_a_relative_clause_is_by_the_noun_it_hangs_on(nlp):
    found = _rejections(nlp, "Most classes were cancelled on Monday, according to the Westbrook Teachers Union, "
                             'which described the ministry\'s figure as "a gross underestimate."')
    (rejection,) = [f for f in found if f[1] == "described"]
    assert "Union" in rejection[0] and rejection[2].startswith("the ministry's figure as")


# --- disputes -----------------------------------------------------------------------------


def test_a_plural_rejection_answers_several_figures_of_the_party_it_names():
    s1 = "Rents in Dunmere rose 7% in the year to May, the agency Kell & Rowe said."
    s2 = "The average rent reached £1,200 a month, according to the agency Kell & Rowe."
    s3 = "The Dunmere Renters Union called the agency's figures an underestimate."
    claims = article("a1", [
        ("Rents in Dunmere rose 7% in the year to May", s1, "Kell & Rowe", "said",
         [figure("7%", 7, 6.5, 7.5, "percent", "rent")]),
        (s2, s2, None, None, [figure("£1,200 a month", 1200, 1150, 1250, "GBP", "average rent")]),
        ("the agency's figures an underestimate", s3, "Dunmere Renters Union", "called", []),
    ])
    claims[0] = claims[0].model_copy(update={"speaker_role": "letting agency"})
    disputes = [c for c in find_conflicts([ref(c) for c in claims]) if c.kind is ConflictKind.DISPUTE]
    assert {c.claim_a for c in disputes} == {claims[0].claim_id, claims[1].claim_id}
    # One figure rejected in the singular: one target.
    single = claims[2].model_copy(update={"text": "the agency's figure an underestimate",
                                          "sentence": s3.replace("figures", "figure"),
                                          "end_char": claims[2].end_char - 1})
    disputes = [c for c in find_conflicts([ref(c) for c in claims[:2] + [single]]) if c.kind is ConflictKind.DISPUTE]
    assert len(disputes) == 1


def test_the_report_with_no_owner_is_the_article_claim_before_the_rejection():
    s1 = "Brightwell Foods is closing four of its bakeries, according to two managers briefed on the plan."
    s2 = "The chairman of Brightwell said last year that the Dunmere bakery was the group's most profitable."
    s3 = 'A Brightwell spokesperson called the report "inaccurate".'
    claims = article("a1", [
        (s1, s1, None, None, [figure("four", 4, 4, 4, "count", "bakery")]),
        ("the Dunmere bakery was the group's most profitable", s2, "The chairman", "said", []),
        ('the report "inaccurate"', s3, "Brightwell", "called", []),
    ])
    (dispute,) = [c for c in find_conflicts([ref(c) for c in claims]) if c.kind is ConflictKind.DISPUTE]
    assert dispute.claim_a == claims[0].claim_id


def test_a_rejection_in_other_words_answers_the_claim_making_that_assessment():
    a = claim("a1", "the opening of the Dunmere bridge is likely to slip until next spring",
              speaker="engineers", cue="said")
    b_sentence = "The council dismissed a newspaper report of delays."
    b = claim("b1", "a newspaper report of delays", b_sentence, speaker="The council", cue="dismissed")
    # Articles of one story: they share the bridge and the council.
    a2 = claim("a1", "the Dunmere bridge council had approved the budget", speaker="officials", cue="said",
               offset=200)
    b2 = claim("b1", "the Dunmere bridge would open on time", speaker="Council leader Ida Marsh", cue="said",
               offset=100)
    found = [c for c in find_conflicts([ref(a), ref(a2), ref(b, "B"), ref(b2, "B")])
             if c.kind is ConflictKind.DISPUTE]
    assert [(c.claim_a, c.claim_b) for c in found] == [(a.claim_id, b.claim_id)]
    assert "assessment" in found[0].reason


def test_one_person_named_two_ways_does_not_answer_himself():
    s1 = "The governor of the Dunmere central bank, Teo Marsh, said rates would stay at 4%."
    s2 = '"We see no evidence of a lasting slowdown," Marsh said.'
    claims = article("a1", [
        ("rates would stay at 4%", s1, "The governor of the Dunmere central bank, Teo Marsh", "said",
         [figure("4%", 4, 3.9, 4.1, "percent", "rate")]),
        ("We see no evidence of a lasting slowdown", s2, "Teo Marsh", "said", []),
    ])
    assert [c for c in find_conflicts([ref(c) for c in claims]) if c.kind is ConflictKind.DISPUTE] == []


def test_a_common_noun_owner_needs_words_shared_with_its_statement():
    s1 = "The plant's owner said it was cooperating fully with inspectors."
    s2 = "The Dunmere water board rejected the company's assurance on drinking water."
    claims = article("a1", [
        ("it was cooperating fully with inspectors", s1, "the company", "said", []),
        ("the company's assurance on drinking water", s2, "Dunmere water board", "rejected", []),
    ])
    other = claim("b1", "There is no risk to drinking water in Dunmere", speaker="the company", cue="said")
    found = [c for c in find_conflicts([ref(c) for c in claims] + [ref(other, "B")])
             if c.kind is ConflictKind.DISPUTE]
    assert claims[0].claim_id not in {c.claim_a for c in found}


def test_a_reporting_clause_inside_the_sentence_names_the_owner_of_its_figure():
    s1 = "Fares on the Dunmere buses will rise by 8%, operator Kestrel Coaches said, blaming losses of £4 million."
    s2 = 'Councillor Ana Birk said Kestrel\'s loss figure was "misleading".'
    claims = article("a1", [
        (s1, s1, None, None, [figure("8%", 8, 7.5, 8.5, "percent", "fare"),
                              figure("£4 million", 4e6, 3.5e6, 4.5e6, "GBP", "loss")]),
        ("Kestrel's loss figure was \"misleading\"", s2, "Ana Birk", "said", []),
    ])
    (dispute,) = [c for c in find_conflicts([ref(c) for c in claims]) if c.kind is ConflictKind.DISPUTE]
    assert dispute.claim_a == claims[0].claim_id


# --- contradictions -----------------------------------------------------------------------


def test_a_thing_said_not_taken_and_said_to_be_among_the_files_contradict():
    none = ref(claim("a1", "no passwords or payment details were taken from the Dunmere servers",
                     speaker="Dunmere Telecom", cue="said"))
    among = ref(claim("b1", "hashed passwords were among the Dunmere files offered for sale",
                      speaker="Researcher", cue="said"), "B")
    (conflict,) = find_conflicts([none, among])
    assert conflict.kind is ConflictKind.CONTRADICTION and "among" in conflict.reason
    other = ref(claim("b1", "email addresses were among the Dunmere files offered for sale",
                      speaker="Researcher", cue="said"), "B")
    assert find_conflicts([none, other]) == []


def test_a_low_and_a_significant_risk_to_one_thing_contradict():
    a = ref(claim("a1", "the risk to Dunmere residents is low", speaker="Health officer", cue="said"))
    b = ref(claim("b1", "the risk to Dunmere residents remained significant", speaker="Professor", cue="said"), "B")
    (conflict,) = find_conflicts([a, b])
    assert conflict.kind is ConflictKind.CONTRADICTION
    c = ref(claim("b1", "turnout among Dunmere students remained significant", speaker="Professor", cue="said"), "B")
    assert find_conflicts([a, c]) == []


def test_a_lone_attacker_and_two_attackers_contradict():
    a = ref(claim("a1", "the Dunmere gunman had acted alone", speaker="Police", cue="said"))
    b = ref(claim("b1", "there were two gunmen outside the Dunmere bank", speaker="Witness", cue="said"), "B")
    (conflict,) = find_conflicts([a, b])
    assert conflict.kind is ConflictKind.CONTRADICTION


# --- figures ------------------------------------------------------------------------------


def test_a_count_of_an_act_meets_a_count_named_by_that_act():
    s1 = "Landlords in Dunmere evicted 6,400 households in the year to June"
    s2 = "court records showed about 3,900 evictions in Dunmere in the year to June"
    a = ref(claim("a1", s1, speaker="Shelter charity", cue="said",
                  quantities=[figure("6,400", 6400, 6350, 6450, "count", "household", start=s1.index("6,400"))]))
    b = ref(claim("b1", s2, speaker="Landlords' association", cue="said",
                  quantities=[figure("about 3,900", 3900, 3500, 4300, "count", "eviction",
                                     start=s2.index("about 3,900"))]), "B")
    (conflict,) = find_conflicts([a, b])
    assert conflict.kind is ConflictKind.NUMERIC
    # A count after another verb ("housed") is not a count of evictions.
    s3 = "Landlords in Dunmere housed 6,400 households in the year to June"
    c = ref(claim("a1", s3, speaker="Shelter charity", cue="said",
                  quantities=[figure("6,400", 6400, 6350, 6450, "count", "household", start=s3.index("6,400"))]))
    assert find_conflicts([c, b]) == []


def test_a_claim_followed_by_contradicting_a_party_disputes_that_party_claim():
    s1 = "Club chairman Pavel Rusk denied that the club had been forced to sell its stadium."
    s2 = "Rusk said the stadium sale would fund a new academy."
    a = article("a1", [
        ("the club had been forced to sell its stadium", s1, "Pavel Rusk", "denied", []),
        ("the stadium sale would fund a new academy", s2, "Pavel Rusk", "said", []),
    ])
    s3 = ("The accounts show a loss of £12 million, and one director said the stadium sale was forced by "
          "the lenders, contradicting chairman Pavel Rusk.")
    b = claim("b1", "the stadium sale was forced by the lenders", s3, speaker="one director", cue="said")
    found = [c for c in find_conflicts([ref(c) for c in a] + [ref(b, "B")]) if c.kind is ConflictKind.DISPUTE]
    assert any(c.claim_b == b.claim_id and c.claim_a in {x.claim_id for x in a} for c in found)
    # Without the participle, the director's claim rejects nothing.
    plain = b.model_copy(update={"sentence": s3.replace(", contradicting chairman Pavel Rusk", "")})
    found = [c for c in find_conflicts([ref(c) for c in a] + [ref(plain, "B")]) if c.kind is ConflictKind.DISPUTE]
    assert not any(c.claim_b == plain.claim_id for c in found)


def test_an_opposite_phrase_of_five_words_is_found():
    a = ref(claim("a1", "the Dunmere outbreak was contained", speaker="Health officer", cue="said"))
    b = ref(claim("b1", "We are not at the end of the Dunmere outbreak. We are in the middle of it",
                  speaker="Doctor", cue="said"), "B")
    (conflict,) = find_conflicts([a, b])
    assert conflict.kind is ConflictKind.CONTRADICTION and "in the middle of it" in conflict.reason


def test_a_name_in_a_reason_clause_does_not_make_a_figure_about_something_else():
    s1 = "The Dunmere dock strike is costing the regional economy about £40 million a day"
    s2 = ("Analysts at Kell Securities estimated the losses to the regional economy at between £25 million and "
          "£30 million a day, because some cargo has been diverted to Portwick.")
    a = ref(claim("a1", s1, speaker="Exporters' federation", cue="said",
                  quantities=[figure("about £40 million a day", 40e6, 36e6, 44e6, "GBP", "cost to regional economy",
                                     start=s1.index("about £40"), entities=["Dunmere"])]))
    q = figure("£25 million and £30 million a day", 27.5e6, 25e6, 30e6, "GBP", "loss to regional economy",
               start=s2.index("£25"), entities=["Kell Securities", "Portwick"])
    a_q = a.claim.quantities[0].model_copy(update={"per": "day"})
    a = ref(a.claim.model_copy(update={"quantities": [a_q]}))
    b = ref(claim("b1", s2, quantities=[q.model_copy(update={"per": "day"})]), "B")
    (conflict,) = find_conflicts([a, b])
    assert conflict.kind is ConflictKind.NUMERIC
    # Named before the figure, the place is what the figure is about: not compared.
    s3 = "Losses to the Portwick regional economy were between £25 million and £30 million a day, analysts said."
    q3 = q.model_copy(update={"start_char": s3.index("£25"), "end_char": s3.index("£25") + len(q.surface),
                              "entities": ["Portwick"], "per": "day"})
    c = ref(claim("b1", s3, quantities=[q3]), "B")
    assert find_conflicts([a, c]) == []


def test_the_number_of_a_thing_names_the_measure_of_a_bare_figure():
    s1 = "The ministry pointed to the recruitment of 2,000 new chemistry teachers since 2021."
    s2 = 'the real number of new chemistry teachers was "closer to 500."'
    a = ref(claim("a1", s1, quantities=[figure("2,000", 2000, 1900, 2100, "count", "chemistry",
                                                 start=s1.index("2,000"))]))
    b = ref(claim("b1", s2, speaker="Union", cue="said",
                  quantities=[figure("500", 500, 450, 550, "count", None, start=s2.index("500"))]), "B")
    (conflict,) = find_conflicts([a, b])
    assert conflict.kind is ConflictKind.NUMERIC


def test_any_predicate_negated_with_its_object_contradicts_its_assertion():
    a = ref(claim("a1", 'the board had "consulted every shareholder" before agreeing the Dunmere sale',
                  speaker="Chairman", cue="said"))
    b = ref(claim("b1", 'directors had "never consulted any shareholder" about the Dunmere sale', speaker="Investor",
                  cue="said"), "B")
    (conflict,) = find_conflicts([a, b])
    assert conflict.kind is ConflictKind.CONTRADICTION and "never consult" in conflict.reason
    # A negated verb whose object the other claim does not name is no contradiction.
    c = ref(claim("b1", "the Dunmere board had never consulted the unions", speaker="Investor", cue="said"), "B")
    d = ref(claim("a1", "the Dunmere board consulted lawyers before the sale", speaker="Chairman", cue="said"))
    assert find_conflicts([c, d]) == []


def test_made_up_of_is_not_a_rejection_and_made_up_is_not_a_rise():
    falling = ref(claim("a1", "the closure of the Dunmere plant was driven by falling demand for its engines, "
                              "which made up most of its output", speaker="Carmaker", cue="said"))
    higher = ref(claim("b1", "demand for the Dunmere plant's engines had never been higher",
                       speaker="Union", cue="said"), "B")
    (conflict,) = find_conflicts([falling, higher])
    assert conflict.kind is ConflictKind.CONTRADICTION
    # ... while "made up" on its own still rejects.
    made_up = ref(claim("b1", "the Dunmere plant figures were made up", speaker="Union", cue="said"), "B")
    assert any(c.kind is ConflictKind.DISPUTE for c in find_conflicts([falling, made_up]))


def test_listed_assessments_of_other_stories_oppose():
    pairs = [
        ('talks on the Dunmere stadium were "at an advanced stage"', 'the Dunmere stadium sides were "nowhere near" agreement'),
        ("I believe the worst is behind us at Dunmere hospital", "waits at Dunmere hospital were still getting worse"),
        ("the Dunmere government would not change course", 'the Dunmere government was "open to adjustments" to the plan'),
        ("the Dunmere fire was believed to be an accident", "investigators suspect the Dunmere fire was started deliberately"),
    ]
    for left, right in pairs:
        a = ref(claim("a1", left, speaker="First", cue="said"))
        b = ref(claim("b1", right, speaker="Second", cue="said"), "B")
        assert [c.kind for c in find_conflicts([a, b])] == [ConflictKind.CONTRADICTION], (left, right)


def test_the_owner_of_a_reported_assessment_is_its_voice():
    s1 = "Dunmere Council's own assessment of the stadium puts the capacity at 28,000, according to a leaked report."
    s2 = "The club dismissed the council's figure as out of date."
    claims = article("a1", [
        ("Dunmere Council's own assessment of the stadium puts the capacity at 28,000", s1, "a leaked report",
         "according", [figure("28,000", 28000, 27500, 28500, "count", "capacity")]),
        ("the council's figure", s2, "The club", "dismissed", []),
    ])
    later = claim("a1", "the council and the club were nowhere near a deal on 2 issues", speaker="council source",
                  cue="said", offset=len(s1) + len(s2) + 2,
                  quantities=[figure("2", 2, 2, 2, "count", "issue", start=len(s1) + len(s2) + 2 + 52)])
    (dispute,) = [c for c in find_conflicts([ref(c) for c in claims] + [ref(later)])
                  if c.kind is ConflictKind.DISPUTE]
    assert dispute.claim_a == claims[0].claim_id


def test_a_qualified_figure_is_not_widened_again():
    from claims.conflicts.numeric import interval
    about = Quantity(surface="about 2,000", start_char=0, end_char=11, value=2000, low=1800, high=2200, unit="count")
    exact = Quantity(surface="2,000", start_char=0, end_char=5, value=2000, low=1995, high=2005, unit="count")
    assert interval(about, 0.05) == (1800, 2200)
    assert interval(exact, 0.05)[0] < 1995
    s1, s2 = "about 2,000 people marched in Dunmere", "about 2,500 people marched in Dunmere"
    a = ref(claim("a1", s1, speaker="Police", cue="said",
                  quantities=[figure("about 2,000", 2000, 1800, 2200, "count", "people")]))
    b = ref(claim("b1", s2, speaker="Organisers", cue="said",
                  quantities=[figure("about 2,500", 2500, 2250, 2750, "count", "people")]), "B")
    assert [c.kind for c in find_conflicts([a, b])] == [ConflictKind.NUMERIC]


def test_a_thing_said_untouched_and_said_to_be_among_the_files_contradict():
    kept = ref(claim("a1", "Dunmere card and bank details are stored separately and were not touched",
                     speaker="Dunmere Telecom", cue="said"))
    among = ref(claim("b1", "Dunmere card details were among the files posted online",
                      speaker="Researcher", cue="said"), "B")
    (conflict,) = find_conflicts([kept, among])
    assert conflict.kind is ConflictKind.CONTRADICTION
    # "were not moved" says nothing about what was taken.
    moved = ref(claim("a1", "Dunmere card and bank details are stored separately and were not moved",
                      speaker="Dunmere Telecom", cue="said"))
    assert find_conflicts([moved, among]) == []


def test_contradicting_a_party_answers_its_denial_first():
    s1 = "Chairman Pavel Rusk denied that the Dunmere club had been forced to sell its striker."
    s2 = "Rusk said the sale of the striker was right for the Dunmere club."
    a = article("a1", [
        ("the Dunmere club had been forced to sell its striker", s1, "Pavel Rusk", "denied", []),
        ("the sale of the striker was right for the Dunmere club", s2, "Pavel Rusk", "said", []),
    ])
    s3 = "One director said the sale was needed to meet spending rules, contradicting chairman Pavel Rusk."
    b = claim("b1", "the sale was needed to meet spending rules", s3, speaker="One director", cue="said")
    found = [c for c in find_conflicts([ref(c) for c in a] + [ref(b, "B")])
             if c.kind is ConflictKind.DISPUTE and c.claim_b == b.claim_id]
    assert [c.claim_a for c in found] == [a[0].claim_id]


def test_a_number_of_a_thing_is_not_compared_with_a_count_whose_head_it_does_not_name():
    s1 = "38,000 chemistry teaching posts were unfilled across Dunmere"
    s2 = 'the real number of new chemistry teachers in Dunmere was "closer to 500."'
    posts = ref(claim("a1", s1, speaker="Association", cue="said",
                      quantities=[figure("38,000", 38000, 37500, 38500, "count", "teaching post")]))
    teachers = ref(claim("b1", s2, speaker="Union", cue="said",
                         quantities=[figure("500", 500, 450, 550, "count", None, start=s2.index("500"))]), "B")
    assert find_conflicts([posts, teachers]) == []


def test_a_rejection_that_says_what_it_rejects_needs_a_target_about_it():
    from claims.conflicts.disputes import _rejection_topic

    assert _rejection_topic("Any suggestion to the contrary is false") == frozenset()
    assert _rejection_topic("Any suggestion that passengers will be less safe is simply wrong")
    assert "loss" in " ".join(_rejection_topic('the loss had been "deliberately exaggerated"'))


def test_a_denial_with_its_own_content_does_not_fall_back_on_an_unrelated_claim():
    def run(denial):
        claims = article("den", [
            ("the cuts would save the company $60 million a year",
             "Analysts at Brenton estimated the cuts would save the company $60 million a year.",
             "Analysts", "estimated", []),
            (denial, f'"{denial}," a spokeswoman for Corvane said.', "Corvane", "said", []),
        ])
        return find_conflicts([ref(c) for c in claims], [])

    assert run("Any suggestion that passengers will be less safe is simply wrong") == []
    # near miss: a denial that only points back still answers the claim before it
    assert [c.kind for c in run("Any suggestion to the contrary is false")] == [ConflictKind.DISPUTE]
