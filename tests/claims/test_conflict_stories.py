"""Rules of the third conflict round (issue #5): one conflict per pair of clusters per
story, a rejection's content found in its own story first, negated and contrasted
assessments, a denial of charges, a party named across loosely related articles."""

from datetime import date

from claims.conflicts.contradictions import _opposite_words, _party_named
from claims.conflicts import find_conflicts
from claims.models import ClusterMember, ConflictKind
from claims.overlap import topic_stems
from tests.claims.test_conflicts import claim, ref


def _sides(text):
    left, right = _opposite_words(text)
    return {w for w in left if w}, {w for w in right if w}


# --- negated and contrasted assessments ---------------------------------------------------


def test_a_negated_assessment_counts_for_the_other_side():
    left, right = _sides('the outbreak was "far from under control"')
    assert "under control" in right and not left
    left, right = _sides("there will be no increase in council tax")
    assert "increase" in right


def test_an_assessment_not_negated_keeps_its_side():
    # Near miss: a negator elsewhere in the sentence does not flip the assessment.
    left, right = _sides("nobody doubts the outbreak is now under control")
    assert "under control" in left and not right


def test_the_clause_after_but_carries_the_assessment():
    left, right = _sides("We are not far apart on wages, but we remain far apart on automation")
    assert right == {"far apart"} and not left


def test_without_a_contrast_both_sides_stay_and_oppose_nothing():
    # Near miss: both sides in one clause; the claim is no assessment either way.
    left, right = _sides("some say the sides are close, others that they are far apart")
    assert left and right


def test_far_from_under_control_contradicts_under_control():
    a = ref(claim("a1", "The Carrow measles outbreak is now under control", speaker="Ana Vell", cue="said"))
    b = ref(claim("b1", 'the Carrow measles outbreak was "far from under control"', speaker="Samuel Osei", cue="said"),
            "B")
    (conflict,) = find_conflicts([a, b])
    assert conflict.kind is ConflictKind.CONTRADICTION


def test_under_control_twice_is_no_contradiction():
    a = ref(claim("a1", "The Carrow measles outbreak is now under control", speaker="Ana Vell", cue="said"))
    b = ref(claim("b1", "the Carrow measles outbreak was brought under control", speaker="Samuel Osei", cue="said"), "B")
    assert find_conflicts([a, b]) == []


# --- vocabulary ------------------------------------------------------------------------------


def test_talks_collapsed_contradicts_within_touching_distance():
    a = ref(claim("a1", 'the Tessel bus drivers talks had "collapsed completely"', speaker="Union", cue="said"))
    b = ref(claim("b1", 'the Tessel bus drivers and managers were "within touching distance" of a settlement',
                  speaker="Operator", cue="said"), "B")
    (conflict,) = find_conflicts([a, b])
    assert conflict.kind is ConflictKind.CONTRADICTION


def test_a_peaceful_march_contradicts_violent_clashes_but_not_another_peaceful_account():
    a = ref(claim("a1", "the Tessel pension march passed off largely peacefully", speaker="Police", cue="said"))
    b = ref(claim("b1", "the Tessel pension march descended into violent clashes", speaker="Organisers", cue="said"), "B")
    c = ref(claim("c1", "the Tessel pension march ended without incident", speaker="Mayor", cue="said"), "C")
    found = find_conflicts([a, b, c])
    pairs = {frozenset((x.claim_a, x.claim_b)) for x in found}
    assert frozenset((a.claim.claim_id, b.claim.claim_id)) in pairs
    assert frozenset((a.claim.claim_id, c.claim.claim_id)) not in pairs


# --- disputes --------------------------------------------------------------------------------


def test_a_denial_of_charges_answers_the_accusers_claim_naming_the_denier():
    first = "Prosecutors told the court that Damian Krell stole about £3.4 million from the Tessel trust."
    second = "Krell, 52, denied all charges of fraud."
    accusation = claim("a1", "Damian Krell stole about £3.4 million from the Tessel trust", first,
                       speaker="Prosecutors", cue="told")
    other = claim("a1", "The Tessel trust had 40 staff", "The Tessel trust had 40 staff.", speaker="Trust",
                  cue="said", offset=len(first) + 1 + len(second) + 1)
    denial = claim("a1", "all charges of fraud", second, speaker="Damian Krell", cue="denied", offset=len(first) + 1)
    found = [c for c in find_conflicts([ref(accusation), ref(other), ref(denial)]) if c.kind is ConflictKind.DISPUTE]
    assert [(c.claim_a, c.claim_b) for c in found] == [(accusation.claim_id, denial.claim_id)]


def test_a_denial_of_charges_answers_no_claim_that_does_not_name_the_denier():
    # Near miss: the only other claim is about someone else.
    first = "Prosecutors told the court that the Tessel trust lost about £3.4 million."
    second = "Krell, 52, denied all charges of fraud."
    other = claim("a1", "the Tessel trust lost about £3.4 million", first, speaker="Prosecutors", cue="told")
    denial = claim("a1", "all charges of fraud", second, speaker="Damian Krell", cue="denied", offset=len(first) + 1)
    found = find_conflicts([ref(other), ref(denial)])
    assert not [c for c in found if c.kind is ConflictKind.DISPUTE and c.claim_a == other.claim_id
                and "accusation" in c.reason]


def test_a_rejected_clause_is_looked_for_in_its_own_story_first():
    # The same words in another story (another company's breach) are not what this party
    # rejects, even when they say the clause better.
    first = "Lumera said no passwords or bank details were taken."
    ours = claim("b1", "no passwords or bank details were taken", first,
                 speaker="Lumera", cue="said")
    theirs = claim("x1", "no bank details or passwords were taken", speaker="Brightline", cue="said")
    second = "The claim that no passwords were taken is simply not true, said Jonas Weber."
    rejection = claim("b1", "The claim that no passwords were taken is simply not true", second,
                      speaker="Jonas Weber", cue="said", offset=len(first) + 1)
    refs = [ref(ours, "B"), ref(theirs, "X", date(2024, 5, 2)), ref(rejection, "B")]
    disputes = [c for c in find_conflicts(refs) if c.kind is ConflictKind.DISPUTE and c.claim_b == rejection.claim_id]
    assert [c.claim_a for c in disputes] == [ours.claim_id]


def test_a_rejected_clause_said_only_in_part_still_finds_its_claim():
    first = "Two independent researchers said the pattern of traffic pointed to a cyberattack."
    second = "Any suggestion that the outage was caused by a cyberattack is false, Zenpay's Amara Quist said."
    pointed = claim("a1", "the pattern of traffic pointed to a cyberattack", first, speaker="researchers", cue="said")
    rejection = claim("a1", "Any suggestion that the outage was caused by a cyberattack is false", second,
                      speaker="Amara Quist", cue="said", offset=len(first) + 1)
    (conflict,) = find_conflicts([ref(pointed), ref(rejection)])
    assert conflict.kind is ConflictKind.DISPUTE and conflict.claim_a == pointed.claim_id


def test_a_rejected_clause_sharing_no_word_finds_no_claim_by_content():
    # Near miss: nothing of "the outage was caused by a cyberattack" is in the other claim.
    first = "Two independent researchers said the river level was falling."
    second = "Any suggestion that the outage was caused by a cyberattack is false, Zenpay's Amara Quist said."
    other = claim("a1", "the river level was falling", first, speaker="researchers", cue="said")
    rejection = claim("a1", "Any suggestion that the outage was caused by a cyberattack is false", second,
                      speaker="Amara Quist", cue="said", offset=len(first) + 1)
    assert not [c for c in find_conflicts([ref(other), ref(rejection)]) if c.reason.startswith("Amara Quist rejects the claim by")]


# --- one conflict per pair of clusters, per story --------------------------------------------


def _story(article, place, outlet, published):
    a = claim(article + "a", f"the {place} dock talks are close to an agreement", speaker="Authority", cue="said")
    b = claim(article + "b", f"the {place} dock talks remain far apart", speaker="Union", cue="said")
    return [ref(a, outlet, published), ref(b, outlet + " 2", published)]


def test_a_cluster_pair_recurring_in_another_story_keeps_its_own_conflict():
    refs = _story("s1", "Halvern", "A", date(2024, 5, 1)) + _story("s2", "Tessel", "B", date(2024, 8, 3))
    clusters = [ClusterMember(cluster_id="close", claim_id=r.claim.claim_id, score=1.0) for r in refs[0::2]] + \
               [ClusterMember(cluster_id="apart", claim_id=r.claim.claim_id, score=1.0) for r in refs[1::2]]
    found = [c for c in find_conflicts(refs, clusters) if c.kind is ConflictKind.CONTRADICTION]
    assert len(found) == 2


def test_a_cluster_pair_repeated_within_one_story_is_one_conflict():
    refs = _story("s1", "Halvern", "A", date(2024, 5, 1)) + _story("s2", "Halvern", "B", date(2024, 5, 2))
    clusters = [ClusterMember(cluster_id="close", claim_id=r.claim.claim_id, score=1.0) for r in refs[0::2]] + \
               [ClusterMember(cluster_id="apart", claim_id=r.claim.claim_id, score=1.0) for r in refs[1::2]]
    found = [c for c in find_conflicts(refs, clusters) if c.kind is ConflictKind.CONTRADICTION]
    assert len(found) == 1


# --- a party named in the other article ----------------------------------------------------


class _J:
    def __init__(self, c):
        self.claim = c


def test_a_party_named_by_two_capitalised_words_ties_two_articles():
    c = claim("b1", "the two sides were very close", speaker="Gareth Oyelaran", cue="said")
    c = c.model_copy(update={"speaker_role": "Port Authority spokesperson"})
    assert _party_named(_J(c), topic_stems("port authority strike"))


def test_a_single_capitalised_word_does_not_tie_two_articles():
    # Near miss: "Forecasters" starts a sentence; it is no name.
    c = claim("b1", "the river will reach its peak", speaker="Forecasters", cue="said")
    assert not _party_named(_J(c), topic_stems("forecasters river"))
