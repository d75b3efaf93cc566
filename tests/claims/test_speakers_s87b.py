"""Round s87, the second of that name (speakers on unseen text: g84/power_review,
h84/airline_weekly; docs/attribution.md, "Round s87 (second round of that name ...)").
Sentences written for these tests, not gold text; each positive fails on ac57e68, and each
fix has a near miss. (test_speakers_s87.py is the first round s87's.)
"""

from tests.claims.test_speakers_s34 import _got, _of

# 1. A body named "X Networks" is the company, not a consumer group quoted after it

NETWORKS = ("Harwick Power {0} has stood by its figure.\n\nHomes Users' Voice has said "
            "about 120,000 homes lost power. Ann Tull, the company's chief executive, said "
            "the group had counted faults.\n\nThe {1} said 800 engineers had been sent out.")


def test_networks_named_body_is_the_company_not_the_group_quoted_last(nlp):
    got = _got(nlp, NETWORKS.format("Networks", "company"))
    assert _of(got, "Harwick Power Networks") == ["800 engineers had been sent out"]


def test_near_miss_the_group_is_still_the_group_quoted_last(nlp):
    # typing the networks company does not make it "the group"
    got = _got(nlp, NETWORKS.format("Networks", "group"))
    assert _of(got, "Homes Users' Voice") == ["about 120,000 homes lost power",
                                              "800 engineers had been sent out"]


def test_near_miss_a_singular_network_name_is_not_typed(nlp):
    # "Network" (singular) names what a body runs or oversees ("Office of Network
    # Standards"): no kind, so the older reading (the body quoted last) stands
    got = _got(nlp, NETWORKS.format("Network", "company"))
    assert "800 engineers had been sent out" not in _of(got, "Harwick Power Network")


def test_near_miss_a_networks_rival_does_not_take_the_company(nlp):
    # a60: a body introduced as another's rival is skipped for "the company", typed or not
    text = ("Fenmoor Rural Action has complained to the advertising regulator about Marsh "
            "Fibre. Marsh Fibre said 88% of homes in the county could order its service."
            "\n\nIts nearest rival, Tolworth Networks, says it has 7,000 customers in the "
            "county's towns. The campaign group says 16 villages were dropped from the "
            "build plan in March. The company said the villages had been moved to a later "
            "phase.")
    got = _got(nlp, text)
    assert "the villages had been moved to a later phase" in _of(got, "Marsh Fibre")


# 2. An estimate keeps what it counts or rests on after its figure

def test_estimate_keeps_what_it_includes_after_the_figure(nlp):
    got = _got(nlp, "The association puts the number at about 5,000, including those "
                    "moved to other days.")
    assert _of(got, "The association") == [
        "the number at about 5,000, including those moved to other days"]


def test_estimate_keeps_what_it_is_based_on(nlp):
    got = _got(nlp, "The letter puts the figure at 70%, based on a sample of 300 repairs.")
    assert _of(got, "the letter") == ["the figure at 70%, based on a sample of 300 repairs"]


def test_near_miss_estimate_then_when_stays_cut(nlp):
    got = _got(nlp, "The union puts the number at 5,000, after three days of counting.")
    assert _of(got, "The union") == ["the number at 5,000"]


# 3. "according to X's own figures" is X's

def test_according_to_a_bodys_own_figures_is_the_body(nlp):
    text = ("Harwick Water said the leak was fixed. The last homes were reconnected on "
            "Friday, according to the company's own figures.")
    got = _got(nlp, text)
    assert _of(got, "Harwick Water") == ["the leak was fixed",
                                         "The last homes were reconnected on Friday"]


def test_near_miss_figures_with_no_owner_stay_the_figures(nlp):
    text = ("Harwick Water said the leak was fixed. The last homes were reconnected on "
            "Friday, according to figures seen by the Herald.")
    got = _got(nlp, text)
    assert _of(got, "figures") == ["The last homes were reconnected on Friday"]


# 4. "A, according to X, after B": the source vouches for A, not the setting

def test_setting_after_the_source_is_not_the_sources_words(nlp):
    text = ("Harwick Water said the leak was fixed. The last homes were reconnected on "
            "Friday, according to the company's own figures, after 900 homes in two "
            "villages waited four days.")
    got = _got(nlp, text)
    assert _of(got, "Harwick Water")[-1] == "The last homes were reconnected on Friday"


def test_setting_phrase_after_the_source_is_left_out(nlp):
    got = _got(nlp, "Rents rose by 9% last year, according to the agency, after three "
                    "years of smaller rises across the region.")
    assert _of(got, "the agency") == ["Rents rose by 9% last year"]


def test_near_miss_source_then_a_phrase_of_where_is_as_before(nlp):
    # no mark of when or why: the longest run, as before
    got = _got(nlp, "Rents rose by 9% last year, according to the agency, in a report "
                    "published on Monday by the housing ministry.")
    assert _of(got, "the agency") == [
        "in a report published on Monday by the housing ministry"]


# 5. "said" with a noun phrase holding a figure and no clause

def test_said_with_a_figure_object_is_a_statement(nlp):
    got = _got(nlp, "The agency has said 2.1 million birds on 9 farms.")
    assert _of(got, "The agency") == ["2.1 million birds on 9 farms"]


def test_said_with_a_misparsed_verb_keeps_the_phrase(nlp):
    got = _got(nlp, "Mr Reed said the average hid waits of three hours at the peak, when "
                    "most callers gave up.")
    assert _of(got, "Reed") == [
        "the average hid waits of three hours at the peak, when most callers gave up"]


def test_near_miss_said_goodbye_or_a_bare_number_states_nothing(nlp):
    assert _got(nlp, "The mayor said goodbye to 300 staff.") == []
    assert _got(nlp, "She said a few words to 300 staff.") == []
    assert _got(nlp, "The group said 61.") == []


# 6. "said A, because B" / an estimate "..., because B": the reason is part of the statement

def test_reason_hung_on_the_reporting_verb_stays_in_the_statement(nlp):
    got = _got(nlp, "A council spokesperson said 900 objections had been logged, because "
                    "letters signed by several people at one address were counted once.")
    assert _of(got, "A council spokesperson") == [
        "900 objections had been logged, because letters signed by several people at "
        "one address were counted once"]


def test_reason_after_an_estimate_stays_in_the_estimate(nlp):
    got = _got(nlp, "The review put the true figure at 70%, because the agency's records "
                    "still included hundreds of children who had moved away.")
    assert _of(got, "the review") == [
        "the true figure at 70%, because the agency's records still included hundreds of "
        "children who had moved away"]


def test_near_miss_a_reason_in_the_next_sentence_is_not_taken(nlp):
    got = _got(nlp, "The council said 900 letters had arrived. Because of the strike, the "
                    "count was late.")
    assert _of(got, "The council") == ["900 letters had arrived"]
