"""The review desk in a real browser: Debian's Chromium, headless, driven by Playwright
(`executable_path`, never `playwright install`). Skipped only when /usr/bin/chromium is
missing; `.ci/run` installs it."""

import shutil
from pathlib import Path

import pytest

from tests.desk.conftest import SCRIPT

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason=f"{CHROMIUM} is missing (apt-get install chromium; .ci/run does)")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser_page(tmp_path_factory):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 900},
        )
        page = context.new_page()
        page.set_default_timeout(20_000)
        dialogs = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.dialogs = dialogs
        try:
            yield page
        finally:
            context.close()


def keep(shot: Path, artifacts_dir: Path) -> Path:
    kept = artifacts_dir / shot.name
    shutil.copyfile(shot, kept)
    return kept


def test_review_the_800_million_conflict(browser_page, live_seeds, tmp_path, artifacts_dir):
    from playwright.sync_api import expect

    page = browser_page
    page.goto(f"{live_seeds.url}/conflicts")
    expect(page.locator("h1")).to_have_text("Conflicts")
    row = page.locator("tr.conflict", has_text="$800 million")
    expect(row).to_have_count(1)
    conflict_id = row.get_attribute("data-conflict-id")
    row.locator("a.kind").click()

    page.wait_for_url(f"**/conflicts/{conflict_id}")
    sides = page.locator("section.side")
    expect(sides).to_have_count(2)
    expect(sides.nth(0).locator("mark")).to_contain_text("$800 million")
    expect(sides.nth(1).locator("mark")).to_be_visible()
    expect(page.locator("#status")).to_have_text("open")
    expect(page.locator("#reviews")).to_contain_text("Not reviewed yet")

    page.fill("textarea[name=note]", "The filing gives a lower yearly cost; checked with both sides.")
    page.fill("input[name=reviewer]", "Desk Tester")
    page.get_by_role("button", name="Confirmed").click()

    expect(page.locator(".flash")).to_have_text("Recorded: confirmed.")
    expect(page.locator("#status")).to_have_text("confirmed")
    history = page.locator("#reviews table tbody tr")
    expect(history).to_have_count(1)
    expect(history.first).to_contain_text("Desk Tester")
    expect(history.first).to_contain_text("checked with both sides")
    shot = page.screenshot(path=str(tmp_path / "desk-conflict-confirmed.png"), full_page=True)
    assert shot
    keep(tmp_path / "desk-conflict-confirmed.png", artifacts_dir)

    # listed with its verdict, and found by the verdict filter (a list that submits itself)
    page.goto(f"{live_seeds.url}/conflicts")
    page.select_option("select[name=status]", "confirmed")
    page.wait_for_url("**/conflicts?*status=confirmed*")
    rows = page.locator("tr.conflict")
    expect(rows).to_have_count(1)
    expect(rows.first).to_have_attribute("data-conflict-id", conflict_id)
    expect(rows.first.locator(".tag.confirmed")).to_have_text("confirmed")
    expect(page.locator("tr.reason-row").first).to_contain_text("checked with both sides")
    page.screenshot(path=str(tmp_path / "desk-conflicts-confirmed.png"), full_page=True)
    keep(tmp_path / "desk-conflicts-confirmed.png", artifacts_dir)
    assert page.dialogs == []


def test_article_text_with_a_script_is_shown_as_text(browser_page, live_seeds, tmp_path, artifacts_dir):
    from playwright.sync_api import expect

    page = browser_page
    page.goto(f"{live_seeds.url}/conflicts")
    row = page.locator("tr.conflict", has_text="$40 million")
    expect(row).to_have_count(1)
    row.locator("a.kind").click()
    paragraph = page.locator("section.side .paragraph").first
    expect(paragraph).to_contain_text(f"Readers wrote in with {SCRIPT} pasted")
    expect(page.locator("section.side em").first).to_have_text(f"Bridge {SCRIPT} repairs")
    expect(page.locator("section.side .where").first).to_contain_text("Harbor Gazette <b>Daily</b>")

    page.click("text=whole article")
    expect(page.locator("h1")).to_have_text(f"Bridge {SCRIPT} repairs")
    expect(page.locator(".article-text")).to_contain_text(SCRIPT)
    assert page.title().startswith(f"Bridge {SCRIPT} repairs")
    # the page's only script is the desk's own; none came from the article, none ran
    assert page.locator("script").count() == 1
    assert page.locator("script").get_attribute("src") == "/static/desk.js"
    assert page.locator("b").count() == 0
    assert page.evaluate("document.querySelectorAll('main script, main b').length") == 0
    page.screenshot(path=str(tmp_path / "desk-untrusted-article.png"), full_page=True)
    keep(tmp_path / "desk-untrusted-article.png", artifacts_dir)
    assert page.dialogs == []
