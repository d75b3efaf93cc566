"""The review desk over HTTP, on the seeds' database: filters, search, the one write and
its refusals, and that the database file is free between requests."""

import re
import subprocess
import sys
import warnings

import duckdb
import httpx
import pytest
from markupsafe import escape

from desk.app import create_app
from store.connection import open_store
from store.reads import conflict_views
from tests.readonly_db import query

with warnings.catch_warnings():  # starlette would rather have httpx2, which is not installed
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

FORM = {"content-type": "application/x-www-form-urlencoded"}


@pytest.fixture(scope="module")
def client(seeds_db):
    with TestClient(create_app(seeds_db, reviewer="desk-tester")) as c:
        yield c


@pytest.fixture(scope="module")
def views(seeds_db):
    with open_store(seeds_db, read_only=True) as con:
        return conflict_views(con)


def esc(text) -> str:
    """As the templates escape (Jinja2 autoescape)."""
    return str(escape(text))


def listed(page: str) -> list[str]:
    """Conflict ids of the conflicts page's rows, in order."""
    return re.findall(r'<tr class="conflict[^"]*" data-conflict-id="([^"]+)"', page)


def scores(page: str) -> list[float]:
    return [float(s) for s in re.findall(r'<td class="score">([\d.]+)</td>', page)]


def reviews(db):
    return query(db, "SELECT conflict_id, verdict, note, reviewer FROM reviews ORDER BY reviewed_at")


def test_conflicts_page_lists_every_conflict_by_score(client, views):
    page = client.get("/conflicts")
    assert page.status_code == 200
    assert sorted(listed(page.text)) == sorted(v.conflict_id for v in views)
    assert len(views) >= 2
    assert scores(page.text) == sorted(scores(page.text), reverse=True)
    ascending = client.get("/conflicts?sort=score_asc").text
    assert scores(ascending) == sorted(scores(ascending))
    assert "$800 million" in page.text


def test_root_leads_to_the_conflicts(client):
    assert client.get("/", follow_redirects=False).headers["location"] == "/conflicts"


def test_search_matches_every_word_of_the_claims(client, views):
    wanted = [v.conflict_id for v in views if "800 million" in f"{v.a_text} {v.b_text} {v.a_sentence} {v.b_sentence}"]
    assert wanted
    assert listed(client.get("/conflicts", params={"q": "800 MILLION"}).text) == wanted
    assert listed(client.get("/conflicts", params={"q": "800 unheard-of-word"}).text) == []
    # LIKE's wildcards are taken literally
    assert listed(client.get("/conflicts", params={"q": "%_%"}).text) == []
    empty = client.get("/conflicts", params={"q": "unheard-of-word"})
    assert "No conflicts match these filters" in empty.text


def test_filter_by_kind(client, views):
    for kind in ("dispute", "numeric", "contradiction"):
        page = client.get("/conflicts", params={"kind": kind}).text
        assert listed(page) == [v.conflict_id for v in views if v.kind.value == kind]


def test_filter_by_speaker_is_a_case_insensitive_part_of_either_speaker(client, views):
    speaker = next(v.b_speaker for v in views if v.b_speaker)
    part = speaker.split()[-1].lower()
    page = client.get("/conflicts", params={"speaker": part}).text
    expected = [v for v in views if part in (v.a_speaker or "").lower() or part in (v.b_speaker or "").lower()]
    assert sorted(listed(page)) == sorted(v.conflict_id for v in expected)
    assert len(expected) < len(views)


def test_filter_by_publication_date(client, views):
    day = next(v.a_published for v in views if v.a_published)
    page = client.get("/conflicts", params={"since": day.isoformat(), "until": day.isoformat()}).text
    assert sorted(listed(page)) == sorted(v.conflict_id for v in views if day in (v.a_published, v.b_published))
    assert listed(client.get("/conflicts", params={"since": "2999-01-01"}).text) == []


def test_filter_by_outlet_matches_exactly(client, views):
    outlet = next(v.a_outlet for v in views if v.a_outlet)  # the untrusted article's, with markup
    page = client.get("/conflicts", params={"outlet": outlet}).text
    assert listed(page) == [v.conflict_id for v in views if outlet in (v.a_outlet, v.b_outlet)]
    assert f'<option value="{esc(outlet)}" selected>' in page
    assert listed(client.get("/conflicts", params={"outlet": outlet[:-1]}).text) == []


@pytest.mark.parametrize("params", [{"kind": "rumour"}, {"status": "maybe"}, {"sort": "random"},
                                    {"since": "yesterday"}, {"until": "2024-13-40"}])
def test_bad_filters_are_refused(client, params):
    page = client.get("/conflicts", params=params)
    assert page.status_code == 400
    assert esc(next(iter(params.values()))) in page.text


def test_conflict_page_shows_both_claims_marked_in_their_paragraphs(client, views, seeds_db):
    for v in views:
        page = client.get(f"/conflicts/{v.conflict_id}")
        assert page.status_code == 200
        marks = re.findall(r"<mark>(.*?)</mark>", page.text, re.S)
        assert marks == [esc(v.a_text), esc(v.b_text)]
        for side in ("a", "b"):
            speaker = getattr(v, f"{side}_speaker")
            if speaker:
                assert esc(speaker) in page.text
        # the whole paragraph is there, not only the claim
        assert esc(v.a_sentence) in page.text.replace("<mark>", "").replace("</mark>", "")
        assert f'href="/articles/{v.a_article_id}"' in page.text
        for verdict in ("confirmed", "dismissed", "unclear"):
            assert f'name="verdict" value="{verdict}"' in page.text


def test_conflict_page_lists_the_clusters_other_claims(client, views, seeds_db):
    v = views[0]
    others = query(seeds_db, f"""
        SELECT c.text FROM clusters k JOIN claims c USING (claim_id)
        WHERE k.cluster_id IN (SELECT cluster_id FROM clusters WHERE claim_id IN ('{v.claim_a}', '{v.claim_b}'))
          AND k.claim_id NOT IN ('{v.claim_a}', '{v.claim_b}')""")
    page = client.get(f"/conflicts/{v.conflict_id}").text
    section = page[page.index('id="cluster"'):]
    for (text,) in others:
        assert esc(text) in section
    if not others:
        assert "No other claim says the same thing" in section


def test_a_verdict_is_recorded_like_the_review_command(client, views, seeds_db):
    target = views[-1]
    before = reviews(seeds_db)
    answer = client.post(f"/conflicts/{target.conflict_id}/reviews",
                         data={"verdict": "dismissed", "note": "both <figures> are right", "reviewer": "ana"},
                         follow_redirects=False)
    assert answer.status_code == 303
    assert answer.headers["location"].startswith(f"/conflicts/{target.conflict_id}")
    assert reviews(seeds_db) == [*before, (target.conflict_id, "dismissed", "both <figures> are right", "ana")]
    page = client.get(answer.headers["location"]).text
    assert "both &lt;figures&gt; are right" in page and "Recorded: dismissed" in page
    assert listed(client.get("/conflicts", params={"status": "dismissed"}).text) == [target.conflict_id]
    assert target.conflict_id not in listed(client.get("/conflicts", params={"status": "open"}).text)
    # no reviewer given: the desk's default
    client.post(f"/conflicts/{target.conflict_id}/reviews", data={"verdict": "unclear"})
    assert reviews(seeds_db)[-1] == (target.conflict_id, "unclear", None, "desk-tester")


@pytest.mark.parametrize("form", [{"verdict": "false"}, {"verdict": ""}, {"note": "no verdict"},
                                  {"verdict": "confirmed", "note": "x" * 5000}])
def test_a_bad_verdict_is_refused_and_nothing_written(client, views, seeds_db, form):
    before = reviews(seeds_db)
    answer = client.post(f"/conflicts/{views[0].conflict_id}/reviews", data=form)
    assert answer.status_code == 422
    assert reviews(seeds_db) == before


def test_a_verdict_on_an_unknown_conflict_is_404(client, seeds_db):
    before = reviews(seeds_db)
    assert client.post("/conflicts/0000000000000000/reviews", data={"verdict": "confirmed"}).status_code == 404
    assert client.get("/conflicts/0000000000000000").status_code == 404
    assert client.get("/articles/no-such-article").status_code == 404
    assert reviews(seeds_db) == before


def test_only_posts_of_verdicts_are_accepted(client, views, seeds_db):
    before = reviews(seeds_db)
    cid = views[0].conflict_id
    assert client.post("/conflicts", data={"verdict": "confirmed"}).status_code == 405
    assert client.post(f"/conflicts/{cid}", data={"verdict": "confirmed"}).status_code == 405
    assert client.put(f"/conflicts/{cid}/reviews", data={"verdict": "confirmed"}).status_code == 405
    assert client.delete(f"/conflicts/{cid}").status_code == 405
    assert client.get(f"/conflicts/{cid}/reviews").status_code == 405
    assert client.post("/articles", data={"verdict": "confirmed"}).status_code == 405
    assert client.post(f"/conflicts/{cid}/reviews", content=b'{"verdict": "confirmed"}',
                       headers={"content-type": "application/json"}).status_code == 415
    assert reviews(seeds_db) == before


def test_a_form_posted_from_another_site_is_refused(client, views, seeds_db):
    before = reviews(seeds_db)
    cid = views[0].conflict_id
    for headers in ({"origin": "http://evil.example"}, {"origin": "null"},
                    {"referer": "http://evil.example/page"}, {"sec-fetch-site": "cross-site"}):
        answer = client.post(f"/conflicts/{cid}/reviews", data={"verdict": "confirmed"}, headers=headers)
        assert answer.status_code == 403, headers
    assert reviews(seeds_db) == before
    same = client.post(f"/conflicts/{cid}/reviews", data={"verdict": "unclear"},
                       headers={"origin": "http://testserver"}, follow_redirects=False)
    assert same.status_code == 303


def test_pages_forbid_inline_scripts(client):
    policy = client.get("/conflicts").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy


def test_clusters_and_articles_pages(client, seeds_db):
    clusters = client.get("/clusters")
    assert clusters.status_code == 200
    for (text,) in query(seeds_db, "SELECT representative_text FROM cluster_info"):
        assert esc(text) in clusters.text
    articles = client.get("/articles")
    ids = [i for (i,) in query(seeds_db, "SELECT article_id FROM articles")]
    for article_id in ids:
        assert f'href="/articles/{article_id}"' in articles.text
    article = client.get(f"/articles/{ids[0]}")
    claims = query(seeds_db, f"SELECT text FROM claims WHERE article_id = '{ids[0]}'")
    assert article.text.count("<mark ") >= 1
    # a claim may run over two paragraphs: compare the words, without the tags
    words = " ".join(re.sub(r"<[^>]+>", " ", article.text).split())
    for (text,) in claims:
        assert " ".join(esc(text).split()) in words


def test_the_database_is_free_between_requests(live_seeds):
    """With the desk up, another process (a scheduled run) can open the file for writing,
    and what it writes shows on the next page."""
    assert httpx.get(f"{live_seeds.url}/conflicts").status_code == 200
    assert httpx.get(f"{live_seeds.url}/clusters").status_code == 200
    cid = listed(httpx.get(f"{live_seeds.url}/conflicts").text)[0]
    writer = subprocess.run([sys.executable, "-c", (
        "import sys, duckdb\n"
        "con = duckdb.connect(sys.argv[1])\n"
        "con.execute(\"INSERT INTO reviews SELECT conflict_id, 'unclear', 'written by another process', 'cron', now(), a_speaker, b_speaker FROM conflict_report WHERE conflict_id = ?\", [sys.argv[2]])\n"
        "con.close()\n"), str(live_seeds.db), cid], capture_output=True, text=True, timeout=60)
    assert writer.returncode == 0, writer.stderr
    page = httpx.get(f"{live_seeds.url}/conflicts/{cid}")
    assert "written by another process" in page.text
    # and the desk's own write lets go too
    posted = httpx.post(f"{live_seeds.url}/conflicts/{cid}/reviews", data={"verdict": "confirmed"})
    assert posted.status_code == 303
    con = duckdb.connect(str(live_seeds.db))
    try:
        assert con.execute("SELECT count(*) FROM reviews WHERE conflict_id = ?", [cid]).fetchall()[0][0] >= 2
    finally:
        con.close()


def test_the_desk_refuses_a_foreign_host_header(live_seeds):
    """Bound to loopback, the desk answers only to loopback names (DNS rebinding)."""
    assert httpx.get(f"{live_seeds.url}/conflicts", headers={"host": "evil.example"}).status_code == 400


HOLDER = (
    "import sys, duckdb\n"
    "con = duckdb.connect(sys.argv[1])\n"
    "print('held', flush=True)\n"
    "sys.stdin.readline()\n"
    "con.close()\n"
)


def hold_the_file(db):
    """Another process (a run) holding the database for writing until told to let go."""
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    return holder


def let_go(holder):
    holder.communicate("\n", timeout=30)
    assert holder.returncode == 0


def test_a_page_waits_for_a_run_holding_the_file(seeds_db, caplog):
    import threading
    import time

    holder = hold_the_file(seeds_db)
    try:
        with TestClient(create_app(seeds_db, wait=0)) as impatient:
            busy = impatient.get("/conflicts")
        assert busy.status_code == 503
        assert seeds_db.name in busy.text and "held by another process" in busy.text
        answers = []
        with TestClient(create_app(seeds_db, wait=60)) as patient:
            waiting = threading.Thread(target=lambda: answers.append(patient.get("/conflicts")))
            caplog.set_level("WARNING", logger="counterclaim.store")
            waiting.start()
            deadline = time.monotonic() + 30
            while "database busy" not in caplog.text and time.monotonic() < deadline:
                time.sleep(0.05)
            assert "database busy" in caplog.text  # the page is waiting, not failing
            let_go(holder)
            waiting.join(timeout=90)
        assert [a.status_code for a in answers] == [200]
        assert listed(answers[0].text)
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.communicate()


def test_a_conflict_whose_article_changed_still_shows_what_it_remembers(seeds_db, views, tmp_path):
    db = tmp_path / "changed.duckdb"
    db.write_bytes(seeds_db.read_bytes())
    target = views[0]
    con = duckdb.connect(str(db))
    try:  # what a run does when the claim's article changes and the conflict is reviewed
        con.execute("DELETE FROM claims WHERE claim_id = ?", [target.claim_a])
        con.execute("UPDATE conflicts SET stale = true WHERE conflict_id = ?", [target.conflict_id])
    finally:
        con.close()
    with TestClient(create_app(db)) as c:
        page = c.get(f"/conflicts/{target.conflict_id}")
        assert page.status_code == 200
        assert "the article has changed since" in page.text
        assert re.findall(r"<mark>(.*?)</mark>", page.text, re.S) == [esc(target.a_text), esc(target.b_text)]
        assert 'class="conflict stale"' in c.get("/conflicts").text


def test_a_stale_conflict_whose_claim_sentence_was_rewritten_shows_the_copy(seeds_db, views, tmp_path):
    # r50: the claim is still stored under its id, its sentence rewritten since the review.
    db = tmp_path / "edited.duckdb"
    db.write_bytes(seeds_db.read_bytes())
    target = views[0]
    con = duckdb.connect(str(db))
    try:
        con.execute("UPDATE conflicts SET stale = true, claim_a_sentence = 'As reviewed: ' || claim_a_sentence, "
                    "claim_a_offset_in_sentence = claim_a_offset_in_sentence + 13 WHERE conflict_id = ?",
                    [target.conflict_id])
    finally:
        con.close()
    with TestClient(create_app(db)) as c:
        page = c.get(f"/conflicts/{target.conflict_id}")
        assert page.status_code == 200
        assert "As reviewed: " in page.text and "the article has changed since" in page.text
        assert re.findall(r"<mark>(.*?)</mark>", page.text, re.S) == [esc(target.a_text), esc(target.b_text)]


def test_a_side_without_a_speaker_reads_as_the_reports_do(client, seeds_db):
    """(lead60, u60) The desk names a claim nobody said as the text reports do, "unattributed
    text" before its outlet, not "(unattributed)" as if a party of that name spoke."""
    unsaid = query(seeds_db, "SELECT count(*) FROM clusters k JOIN claims c USING (claim_id) "
                             "WHERE c.speaker IS NULL")[0][0]
    assert unsaid, "the seeds' clusters hold a claim nobody said"
    page = client.get("/clusters").text
    assert "unattributed text" in page and "(unattributed)" not in page
