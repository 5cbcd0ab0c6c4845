"""The built book in a real browser (Debian's chromium driven by Playwright): every page loads
without JavaScript errors, every image loads, every page passes axe-core with no serious or
critical violation, the annotated article shows with its legend and fits a phone's width, and
the sidebar reaches every chapter. Screenshots go to _build/screenshots/. Without chromium (or
axe-core, from the npm registry) the tests skip, except under CI, where they fail."""

from __future__ import annotations

import os
import shutil

import pytest

from conftest import ROOT, toc_files

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
# messages of the book's theme and extensions, not of our pages, when read from file:// URLs
KNOWN_NOISE = ("Identifier 'THEBE_JS_URL' has already been declared",
               "Got invalid theme mode")
SCREENSHOTS = ROOT / "_build" / "screenshots"
AXE = ROOT / ".cache" / "npm" / "node_modules" / "axe-core" / "axe.min.js"  # .ci/run installs it


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed; .ci/run should have installed it")
        pytest.skip("chromium is not installed (apt-get install chromium); CI installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def open_page(browser, url: str, *, width: int = 1200):
    """A loaded page and the errors it logged, known theme noise left out."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(url)
    page.wait_for_load_state("load")
    return page, [e for e in errors if not any(noise in e for noise in KNOWN_NOISE)]


@pytest.mark.parametrize("name", toc_files())
def test_page_loads_cleanly_with_its_images(browser, html, name):
    page, errors = open_page(browser, (html / f"{name}.html").as_uri())
    assert errors == []
    broken = page.evaluate("Array.from(document.images).filter(i => !i.complete || "
                           "i.naturalWidth === 0).map(i => i.src)")
    assert broken == []
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name.replace('/', '-')}.png", full_page=True)
    page.close()


@pytest.mark.parametrize("name", toc_files())
def test_page_has_no_serious_accessibility_violation(browser, html, name):
    if not AXE.exists():
        if os.environ.get("CI"):
            pytest.fail("axe-core is not installed; .ci/run should have installed it")
        pytest.skip("axe-core is not installed (npm install --prefix .cache/npm axe-core@4)")
    page, _ = open_page(browser, (html / f"{name}.html").as_uri())
    page.add_script_tag(path=str(AXE))
    found = page.evaluate("""async () => (await axe.run(document, {resultTypes: ["violations"]}))
        .violations.filter(v => ["serious", "critical"].includes(v.impact))
        .map(v => `${v.id}: ${v.nodes.map(n => n.target.join(" ")).join(", ")}`)""")
    page.close()
    assert found == []


def test_annotated_article_is_visible_and_fits_a_phone(browser, html):
    page, errors = open_page(browser, (html / "notebooks" / "article.html").as_uri(), width=390)
    assert errors == []
    assert page.locator(".fr-article").is_visible()
    assert page.locator(".fr-legend").is_visible()
    assert page.locator(".fr-speaker").count() >= 1
    overflow = page.evaluate("document.querySelector('.fr-article').scrollWidth - "
                             "document.querySelector('.fr-article').clientWidth")
    assert overflow <= 1
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "article-phone.png", full_page=True)
    page.close()


def test_navigation_reaches_every_chapter(browser, html):
    page, _ = open_page(browser, (html / "index.html").as_uri())
    page.wait_for_url("**/book/intro.html")
    for name in toc_files()[1:]:
        link = page.locator(f"nav.bd-docs-nav a[href$='{name.split('/')[-1]}.html']").first
        link.click()
        page.wait_for_url(f"**/{name}.html")
        assert page.locator("article.bd-article h1").first.is_visible()
    page.close()
