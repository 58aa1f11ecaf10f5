"""The workshop bundle (`make offline`) on the fixture course: each zip, unzipped to a
temporary folder, opens from file:// in Chromium: its index.html leads to a lesson by link
clicks, search finds lessons (an Arabic inflected form, a French word with an elision), a
quiz answer is checked and kept after a reload, and no request goes anywhere but file://."""

from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest

from tests.conftest import ROOT, copy_fixture

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bundle")
    project = copy_fixture("course", tmp)
    out = tmp / "offline"
    cmd = [sys.executable, "-m", "tools", "offline", "-f", str(project / "mkdocs.yml")]
    result = subprocess.run(
        [*cmd, "-o", str(out)], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert not (project / ".mkdocs-offline.yml").exists()  # the derived config is removed
    unzipped = {}
    for name in ("tamkeen-ar", "tamkeen-fr", "tamkeen"):
        with zipfile.ZipFile(out / f"{name}.zip") as archive:
            names = archive.namelist()
            assert all(n.startswith(f"{name}/") for n in names), names[:5]
            archive.extractall(tmp / "unzipped")
        unzipped[name] = tmp / "unzipped" / name
    return unzipped


@pytest.fixture
def file_page(chromium):
    """A page, and every URL it (or anything in its context) requested."""
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    pg = context.new_page()
    yield pg, requests
    context.close()


def search(pg, query: str) -> list[str]:
    if not pg.locator("dialog.tk-search[open]").count():
        pg.locator(".tk-search-button").click()
    box = pg.locator("dialog.tk-search[open] .tk-search__input")
    box.fill("")
    box.fill(query)
    # Results, or the "no results" hint: the status alone may still say "loading…".
    pg.wait_for_function(
        "() => document.querySelector('.tk-search__results li') ||"
        " !document.querySelector('.tk-search__hint').hidden"
    )
    return pg.eval_on_selector_all(".tk-search__results a", "links => links.map(a => a.href)")


def check_quiz_kept(pg) -> None:
    quiz = pg.locator(".tk-quiz").first
    options = quiz.locator(".tk-quiz__option")
    for i in range(options.count()):
        if options.nth(i).get_attribute("data-tk-correct") is not None:
            quiz.locator("input").nth(i).check()
    quiz.locator(".tk-quiz__check").click()
    assert "tk-right" in (quiz.get_attribute("class") or "")
    pg.reload()
    again = pg.locator(".tk-quiz").first
    assert "tk-checked" in (again.get_attribute("class") or "")
    assert "tk-right" in (again.get_attribute("class") or "")


@pytest.mark.parametrize("name", ["tamkeen-ar", "tamkeen"])
def test_arabic_bundle_from_file(bundle, file_page, name):
    pg, requests = file_page
    pg.goto((bundle[name] / "index.html").as_uri())
    assert pg.locator("html").get_attribute("lang") == "ar"
    # Navigate by clicking links: home → course → first lesson.
    pg.locator("article a[href$='courses/demo/index.html']").first.click()
    pg.wait_for_url("**/courses/demo/index.html")
    assert not pg.locator(".tk-offline").is_visible()  # no service worker from file://
    pg.locator("article a[href$='01-first.html']").first.click()
    pg.wait_for_url("**/courses/demo/01-basics/01-first.html")
    assert pg.locator("article h1").first.inner_text().startswith("الدرس الأول")

    # «والتطبيق» is in no page: only the query forms (و + ال stripped) find «التطبيق».
    hrefs = search(pg, "والتطبيق")
    assert any(h.endswith("courses/demo/01-basics/02-second.html") for h in hrefs), hrefs
    assert all("/fr/" not in h for h in hrefs), hrefs
    pg.locator(".tk-search__results a[href$='02-second.html']").first.click()
    pg.wait_for_url("**/02-second.html")
    check_quiz_kept(pg)

    assert requests and all(u.startswith("file://") for u in requests), [
        u for u in requests if not u.startswith("file://")
    ]


def test_french_bundle_from_file(bundle, file_page):
    pg, requests = file_page
    pg.goto((bundle["tamkeen-fr"] / "index.html").as_uri())
    pg.wait_for_url("**/fr/index.html")  # the root index.html opens the French home
    assert pg.locator("html").get_attribute("lang") == "fr"
    pg.locator("article a[href$='courses/demo/index.html']").first.click()
    pg.wait_for_url("**/fr/courses/demo/index.html")
    pg.locator("article a[href$='02-second.html']").first.click()
    pg.wait_for_url("**/fr/courses/demo/01-basics/02-second.html")

    for query in ("phrase", "l’idée"):
        hrefs = search(pg, query)
        assert any(h.endswith("fr/courses/demo/01-basics/01-first.html") for h in hrefs), (
            query,
            hrefs,
        )
        assert all("/fr/" in h for h in hrefs), hrefs
    pg.locator(".tk-search__results a[href$='01-first.html']").first.click()
    pg.wait_for_url("**/01-first.html")
    check_quiz_kept(pg)
    assert not (bundle["tamkeen-fr"] / "courses").exists() or not any(
        (bundle["tamkeen-fr"] / "courses").rglob("*.html")
    ), "Arabic pages in the French zip"
    assert requests and all(u.startswith("file://") for u in requests), [
        u for u in requests if not u.startswith("file://")
    ]


def test_bundle_pages_keep_the_policy_and_break_none_of_it(bundle, chromium):
    """Every page of the bundle carries the CSP; from file://, where Chromium's 'self'
    matches file: URLs, pages, search, a quiz and a deck run with no violation."""
    root = bundle["tamkeen"]
    pages = sorted(root.rglob("*.html"))
    assert pages and all(
        'http-equiv="Content-Security-Policy"' in p.read_text(encoding="utf-8") for p in pages
    ), [p for p in pages if 'http-equiv="Content-Security-Policy"' not in p.read_text("utf-8")]
    fr_index = bundle["tamkeen-fr"] / "index.html"  # the redirect page
    assert 'http-equiv="Content-Security-Policy"' in fr_index.read_text(encoding="utf-8")

    context = chromium.new_context()
    violations: list[str] = []
    context.expose_function("tkReport", lambda text: violations.append(text))
    context.add_init_script(
        "document.addEventListener('securitypolicyviolation', e => window.tkReport("
        "e.violatedDirective + ' ' + e.blockedURI), true)"
    )
    pg = context.new_page()
    visits = [
        root / "index.html",
        root / "courses/demo/01-basics/01-first.html",
        root / "glossary.html",
        root / "progress.html",
        root / "fr/courses/demo/01-basics/02-second.html",
        root / "courses/demo/01-basics/01-first/slides/index.html",
        fr_index,
    ]
    for path in visits:
        assert path.is_file(), path
        pg.goto(path.as_uri(), wait_until="load")
        if pg.locator(".tk-search-button").count():
            assert search(pg, "phrase" if "/fr/" in pg.url else "والتطبيق")
            pg.locator(".tk-search__close").click()
        if pg.locator(".tk-quiz__check").count():  # a lesson (a deck's quiz is a slide)
            check_quiz_kept(pg)
        assert violations == [], f"{path}: {violations}"
    context.close()


def test_listen_in_the_bundle(bundle, chromium):
    """A lesson is read aloud from the unzipped bundle too: listen.<lang>.js comes by a
    classic <script> beside tamkeen.js (module import() is blocked from file://)."""
    from tests.support.speech import press_listen, spoken, stub

    context = chromium.new_context()
    context.add_init_script(stub())
    pg = context.new_page()
    pg.goto((bundle["tamkeen"] / "fr/courses/demo/01-basics/02-second.html").as_uri())
    press_listen(pg)
    pg.wait_for_function("() => window.__tts.spoken.length === 1")
    assert spoken(pg)[0] == {
        "text": "Deuxième leçon",
        "lang": "fr-FR",
        "rate": 1,
        "voice": "French (France)",
    }
    context.close()


def test_trainer_notes_found_from_a_trainer_page_only(bundle, file_page):
    """«Interrogez» is only in a trainer note (lesson 01-third): a participant's search in
    the zip does not find it, a search from the module's trainer page does (the trainer
    pages' own data, like the site's two indexes)."""
    pg, _ = file_page
    lessons = bundle["tamkeen-fr"] / "fr" / "courses" / "demo" / "02-more"
    pg.goto((lessons / "01-third.html").as_uri())
    assert search(pg, "Interrogez") == []
    pg.goto((lessons / "trainer.html").as_uri())
    hrefs = search(pg, "Interrogez")
    assert hrefs and all(h.endswith("/trainer.html") for h in hrefs), hrefs
    assert any(h.endswith("02-more/trainer.html") for h in hrefs), hrefs
