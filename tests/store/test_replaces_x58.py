"""x58 (u57 #11): a reviewed conflict made stale by a corrected claim points to the conflict
that took its place (same speakers, one claim's figure changed), and that one says which
verdict it replaces."""

import store.writes as writes
from claims.models import Conflict, ConflictKind, Verdict
from claims.reporting import ReportFormat, render_report
from store.connection import open_store
from store.reads import conflict_views
from tests.store.test_store import NOW, article, claims_of, run_summary, write

CORRECTED = "Officials said turnout was 61% at noon. Rivals called that figure inflated."


def _correct(con, run_id, *, same_speaker=True):
    a = article(text=CORRECTED)
    cls = claims_of(a)
    cls[0] = cls[0].model_copy(update={"claim_id": "corrected-a"})
    if not same_speaker:
        cls[1] = cls[1].model_copy(update={"speaker": "Others"})  # the same claim, re-attributed
    conflict = Conflict(conflict_id=Conflict.make_id(ConflictKind.DISPUTE, cls[0].claim_id, cls[1].claim_id),
                        claim_a=cls[0].claim_id, claim_b=cls[1].claim_id, kind=ConflictKind.DISPUTE,
                        score=0.9, reason="Rivals reject the figure")
    writes.write_run(con, summary=run_summary(run_id), articles=[a], claims=cls, clusters=[],
                     conflicts=[conflict], claim_texts={c.claim_id: c.text for c in cls}, now=NOW)
    return conflict


def test_the_new_conflict_says_which_verdict_it_replaces(tmp_path):
    with open_store(tmp_path / "s.duckdb") as con:
        _, old = write(con, "r1")
        writes.add_review(con, old.conflict_id, Verdict.CONFIRMED, "checked", "ana", NOW)
        new = _correct(con, "r2")
        views = {v.conflict_id: v for v in conflict_views(con)}
        assert views[new.conflict_id].replaces == f"{old.conflict_id} (confirmed by ana)"
        assert views[old.conflict_id].replaced_by == new.conflict_id
        report = render_report(list(views.values()), ReportFormat.TEXT)
        assert f"(open; replaces {old.conflict_id} (confirmed by ana))" in report
        assert f"(confirmed, stale: replaced by {new.conflict_id})" in report


def test_near_miss_another_speaker_is_no_replacement(tmp_path):
    with open_store(tmp_path / "s.duckdb") as con:
        _, old = write(con, "r1")
        writes.add_review(con, old.conflict_id, Verdict.CONFIRMED, "checked", "ana", NOW)
        _correct(con, "r2", same_speaker=False)
        assert all(v.replaces is None and v.replaced_by is None for v in conflict_views(con))
