"""Round cl89 of clustering: speaker tags in apposition cut, "-ied" stems, what a figure
counts read within its clause, and workers counted as jobs.
Sentences are written for the purpose (news style), not taken from the gold."""

from __future__ import annotations

from claims.clustering import _counted_in, _stem, _tokens, cluster_claims
from claims.quantities import find_quantities
from tests.claims.test_clustering import claim


def together(nlp, a: str, b: str) -> bool:
    claims = [claim(t, f"cl89-{side}", find_quantities(nlp(t))) for side, t in (("a", a), ("b", b))]
    return len(cluster_claims(claims)) == 2


def test_a_speaker_named_in_apposition_is_no_part_of_the_claim():
    bare = _tokens("The trust had closed 340 beds over the winter.")
    assert _tokens("The hospital trust's chief executive, Ottilie Brannagh, said the trust had "
                   "closed 340 beds over the winter.") == bare
    assert _tokens("Its director, Fenwick Larraby, said: the trust had closed 340 beds over the winter.") == bare
    assert _tokens("Ottilie Brannagh, who has run the trust since 2019, said the trust had closed "
                   "340 beds over the winter.") == bare


def test_a_tail_that_goes_on_to_say_what_was_said_is_kept():
    tokens = _tokens('Tamsin Oakhurst, who leads the tenants\' group, said: "The repairs were never done."')
    assert "repair" in tokens
    # the plain tail is still cut
    assert _tokens("Rents rose by 9% in two years, the tenants' group said.") == _tokens("Rents rose by 9% in two years.")


def test_past_forms_in_ied_meet_their_present():
    assert _stem("carried") == _stem("carries") == _stem("carry")
    assert _stem("applied") == _stem("applies")


def test_what_a_figure_counts_is_read_within_its_clause():
    counted = _counted_in("The ferry firm ran 1,450 sailings in May, not 1,600, and travellers "
                          "were stranded for days, the regulator said.")
    assert counted == {("1450", frozenset({"journey"}))}


def test_rival_counts_with_a_figure_in_another_clause_link(nlp):
    assert together(nlp, "Marlow Ferries ran 1,600 sailings in May, stranding about 9,000 travellers, the company said.",
                    "Marlow Ferries ran 1,450 sailings in May, not the 1,600 it reported, and stranded "
                    "thousands of travellers, the regulator said.")


def test_workers_who_lose_their_jobs_are_the_jobs_lost(nlp):
    assert together(nlp, "The Ashcombe bakery will close in the spring with the loss of 260 jobs.",
                    "About 260 workers will lose their jobs when the Ashcombe bakery closes in the spring.")
