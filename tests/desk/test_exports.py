"""`counterclaim report --format html` and `counterclaim export`, run as commands on the
desk's database."""

import json
import re
from datetime import date, datetime

import duckdb
import pytest

from claims.claimreview import claim_review, claim_reviews
from claims.models import ConflictKind, ConflictView
from claims.reporting import ReportFormat, render_report
from store.connection import open_store
from store.reads import conflict_views
from store.schema import TABLES, VIEWS
from tests.desk.conftest import SCRIPT, counterclaim
from tests.readonly_db import query


@pytest.fixture(scope="module")
def views(seeds_db):
    with open_store(seeds_db, read_only=True) as con:
        return conflict_views(con)


def hostile_view(**changes) -> ConflictView:
    fields = dict(
        conflict_id="c1", kind=ConflictKind.NUMERIC, score=0.8, reason=f"figures differ {SCRIPT}",
        first_seen=datetime(2024, 1, 2, 3, 4), stale=False, status="confirmed",
        review_note="the <b>second</b> figure is from a draft", reviewer="Ana", reviewed_at=datetime(2024, 2, 1, 9),
        claim_a="a1", a_text="cost $5 million", a_sentence=f"{SCRIPT} It will cost $5 million, she said.",
        a_offset_in_sentence=len(SCRIPT) + 9, a_speaker="Mayor <i>X</i>", a_speaker_role="mayor",
        a_article_id="art1", a_outlet="Gazette", a_published=date(2024, 1, 1), a_title="Budget",
        a_url="https://example.org/a", claim_b="b1", b_text="cost $9 million", b_sentence="It will cost $9 million.",
        b_offset_in_sentence=8, b_speaker=None, b_article_id="art2", b_outlet="Courier",
        b_published=date(2024, 1, 3), b_url="javascript:alert(1)",
    )
    return ConflictView.model_validate(fields | changes)


def test_html_report_escapes_article_text_and_marks_the_claim():
    page = render_report([hostile_view()], ReportFormat.HTML)
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<mark>cost $5 million</mark>" in page and "<mark>cost $9 million</mark>" in page
    assert "Mayor &lt;i&gt;X&lt;/i&gt;" in page and "the &lt;b&gt;second&lt;/b&gt; figure" in page
    assert 'href="https://example.org/a"' in page
    assert "javascript:" not in page  # only http(s) links become links


def test_html_report_command_writes_one_self_contained_file(seeds_db, views, tmp_path):
    target = tmp_path / "conflicts.html"
    done = counterclaim("report", "--db", str(seeds_db), "--format", "html", "--output", str(target))
    assert done.returncode == 0, done.stderr
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    # nothing fetched: no scripts, no external styles, images or frames
    assert not re.search(r"<(script|link|img|iframe)\b", page, re.I)
    assert "<style>" in page
    assert page.count("<article ") == len(views)
    assert re.search(r"<mark>[^<]*\$800 million[^<]*</mark>", page)
    for v in views:
        assert f'id="c-{v.conflict_id}"' in page
    assert "<b>" not in page and "&lt;b&gt;Daily&lt;/b&gt;" in page  # the untrusted outlet
    # the same list as the other formats
    text = counterclaim("report", "--db", str(seeds_db), "--format", "json")
    assert [c["conflict_id"] for c in json.loads(text.stdout)] == [v.conflict_id for v in views]


def test_claim_review_of_a_confirmed_conflict():
    review = claim_review(hostile_view())
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "cost $5 million"
    assert review["datePublished"] == "2024-02-01"
    assert review["author"] == {"@type": "Person", "name": "Ana"}
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": "Mayor <i>X</i>", "jobTitle": "mayor"}
    assert item["appearance"]["url"] == "https://example.org/a"
    assert item["appearance"]["datePublished"] == "2024-01-01"
    assert review["reviewRating"]["alternateName"] == "Conflicting figures"
    assert review["reviewRating"]["ratingExplanation"] == "the <b>second</b> figure is from a draft"
    assert "cost $9 million" in review["reviewBody"]


def test_an_organisation_claimant_is_an_organization():
    # r50 (u49): "Corravale Trains" was exported as a Person.
    review = claim_review(hostile_view(a_speaker="Corravale Trains", a_speaker_role=None, a_speaker_kind="org"))
    assert review["itemReviewed"]["author"] == {"@type": "Organization", "name": "Corravale Trains"}
    # Near misses: a person, and a claim stored before its speaker's kind was kept, stay Persons.
    for kind in ("person", None):
        item = claim_review(hostile_view(a_speaker_kind=kind))["itemReviewed"]
        assert item["author"] == {"@type": "Person", "name": "Mayor <i>X</i>", "jobTitle": "mayor"}


def test_claim_reviews_hold_only_confirmed_conflicts_and_skip_unknowns():
    doc = claim_reviews([hostile_view(), hostile_view(conflict_id="c2", status="dismissed")])
    assert doc["@context"] == "https://schema.org"
    assert [r["identifier"] for r in doc["@graph"]] == ["c1"]
    bare = claim_review(hostile_view(a_speaker=None, a_url=None, a_title=None, a_outlet=None,
                                     a_published=None, reviewer=None, review_note=None))
    # y54: no reviewer means the publisher is the author (schema.org and Google want one).
    assert bare["author"] == {"@type": "Organization", "name": "counterclaim"}
    assert "author" not in bare["itemReviewed"]
    assert "appearance" not in bare["itemReviewed"]
    assert bare["reviewRating"]["ratingExplanation"] == "figures differ " + SCRIPT  # the reason
    assert "null" not in json.dumps(bare)


def test_claimreview_export_command(seeds_db, views, tmp_path):
    disputed = next(v for v in views if "800 million" in v.a_text)
    other = next(v for v in views if v.conflict_id != disputed.conflict_id)
    for cid, verdict in ((disputed.conflict_id, "confirmed"), (other.conflict_id, "dismissed")):
        done = counterclaim("review", cid, "--verdict", verdict, "--note", "checked the filing",
                            "--reviewer", "Ana Reviewer", "--db", str(seeds_db))
        assert done.returncode == 0, done.stderr
    target = tmp_path / "claimreview.jsonld"
    done = counterclaim("export", "--db", str(seeds_db), "--claimreview", str(target))
    assert done.returncode == 0, done.stderr
    assert "1 ClaimReview" in done.stdout
    doc = json.loads(target.read_text(encoding="utf-8"))
    [review] = doc["@graph"]
    assert review["identifier"] == disputed.conflict_id
    assert review["claimReviewed"] == disputed.a_text
    assert review["itemReviewed"]["author"]["name"] == disputed.a_speaker
    assert review["author"]["name"] == "Ana Reviewer"
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Disputed",
                                      "ratingExplanation": "checked the filing"}
    [(reviewed_at,)] = query(seeds_db, "SELECT max(reviewed_at) FROM reviews WHERE verdict = 'confirmed'")
    assert review["datePublished"] == reviewed_at.date().isoformat()


def test_parquet_export_writes_every_table(seeds_db, tmp_path):
    folder = tmp_path / "parquet"
    done = counterclaim("export", "--db", str(seeds_db), "--parquet", str(folder))
    assert done.returncode == 0, done.stderr
    # x58 (u57 #12): the views too, as an analyst without DuckDB would have to rebuild them
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{t}.parquet" for t in TABLES + VIEWS)
    con = duckdb.connect()
    try:
        con.execute(f"ATTACH '{seeds_db}' AS store (READ_ONLY)")
        for table in TABLES + VIEWS:
            stored = con.execute(f"SELECT count(*) FROM store.{table}").fetchall()[0][0]
            exported = con.execute(f"SELECT count(*) FROM read_parquet('{folder / (table + '.parquet')}')").fetchall()[0][0]
            assert exported == stored, table
        assert con.execute(f"SELECT count(*) FROM read_parquet('{folder / 'claims.parquet'}')").fetchall()[0][0] > 0
    finally:
        con.close()


def test_export_needs_something_to_write(seeds_db):
    done = counterclaim("export", "--db", str(seeds_db))
    assert done.returncode == 2 and "--claimreview" in done.stderr


# Round y54 (u53): the ClaimReview export's gaps.


def test_a_review_without_reviewer_is_authored_by_the_publisher_and_has_a_url():
    review = claim_review(hostile_view(reviewer=None), publisher="Fact Desk",
                          publisher_url="https://desk.example.org/conflicts.html")
    fact_desk = {"@type": "Organization", "name": "Fact Desk",
                 "url": "https://desk.example.org/conflicts.html"}
    assert review["author"] == fact_desk and review["publisher"] == fact_desk
    # The conflict's anchor in `report --format html` published at that address.
    assert review["url"] == "https://desk.example.org/conflicts.html#c-c1"
    # With a reviewer: they are the author, the organisation publishes.
    named = claim_review(hostile_view(), publisher="Fact Desk")
    assert named["author"] == {"@type": "Person", "name": "Ana"}
    assert named["publisher"] == {"@type": "Organization", "name": "Fact Desk"}
    assert "url" not in named  # no publisher URL: no address to give


def test_claim_reviewed_has_balanced_quotation_marks():
    cut = claim_review(hostile_view(a_text='the trust had "counted the same birds more than once'))
    assert cut["claimReviewed"] == 'the trust had "counted the same birds more than once"'
    assert claim_review(hostile_view(a_text="once\u201d, the trust said"))["claimReviewed"] == (
        "\u201conce\u201d, the trust said")
    for whole in ('a "whole" quote', 'a 55" screen', "\u201cwhole\u201d"):
        assert claim_review(hostile_view(a_text=whole))["claimReviewed"] == whole


def test_review_body_does_not_repeat_the_rating_explanation():
    bare = claim_review(hostile_view(review_note=None))
    assert bare["reviewRating"]["ratingExplanation"] == "figures differ " + SCRIPT
    assert "figures differ" not in bare["reviewBody"]
    assert bare["reviewBody"].startswith("Conflicts with an unattributed source")
    noted = claim_review(hostile_view())  # the note explains; the body gives the reason
    assert noted["reviewBody"].startswith("figures differ")


def test_export_reads_the_publisher_settings_and_refuses_a_bad_address(seeds_db, views, tmp_path):
    disputed = next(v for v in views if "800 million" in v.a_text)
    done = counterclaim("review", disputed.conflict_id, "--verdict", "confirmed", "--note",
                        "checked the filing", "--reviewer", "Ana Reviewer", "--db", str(seeds_db))
    assert done.returncode == 0, done.stderr
    target = tmp_path / "cr.jsonld"
    bad = counterclaim("export", "--db", str(seeds_db), "--claimreview", str(target),
                       env={"COUNTERCLAIM_PUBLISHER_URL": "desk.example.org/page"})
    assert bad.returncode == 2 and not target.exists()
    assert bad.stderr.strip().splitlines() == [
        "counterclaim: COUNTERCLAIM_PUBLISHER_URL='desk.example.org/page': not an http(s) "
        "address without a #fragment (where the reviews are published)"]
    done = counterclaim("export", "--db", str(seeds_db), "--claimreview", str(target),
                        env={"COUNTERCLAIM_PUBLISHER": "Fact Desk",
                             "COUNTERCLAIM_PUBLISHER_URL": "https://desk.example.org/c.html"})
    assert done.returncode == 0, done.stderr
    reviews = json.loads(target.read_text(encoding="utf-8"))["@graph"]
    assert reviews
    for review in reviews:
        assert review["publisher"]["name"] == "Fact Desk"
        assert review["url"] == f"https://desk.example.org/c.html#c-{review['identifier']}"
