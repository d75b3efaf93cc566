"""y60 (u60 #4): each conflict of the report carries its group, the clusters of its claims."""

import store.writes as writes
from claims.models import Conflict, ConflictKind
from store.connection import open_store
from store.reads import conflict_views
from tests.store.test_store import NOW, article, claims_of, run_summary, write


def test_a_conflicts_group_is_the_clusters_of_its_claims(tmp_path):
    with open_store(tmp_path / "s.duckdb") as con:
        _, conflict = write(con)  # both claims in cluster k1
        [view] = conflict_views(con)
        assert (view.conflict_id, view.group) == (conflict.conflict_id, "k1")


def test_near_miss_a_conflict_of_unclustered_claims_is_a_group_of_its_own(tmp_path):
    with open_store(tmp_path / "s.duckdb") as con:
        a = article()
        cls = claims_of(a)
        conflict = Conflict(conflict_id=Conflict.make_id(ConflictKind.DISPUTE, cls[0].claim_id, cls[1].claim_id),
                            claim_a=cls[0].claim_id, claim_b=cls[1].claim_id, kind=ConflictKind.DISPUTE,
                            score=0.9, reason="Rivals reject the figure")
        writes.write_run(con, summary=run_summary("r1"), articles=[a], claims=cls, clusters=[],
                         conflicts=[conflict], claim_texts={c.claim_id: c.text for c in cls}, now=NOW)
        [view] = conflict_views(con)
        assert view.group == conflict.conflict_id
