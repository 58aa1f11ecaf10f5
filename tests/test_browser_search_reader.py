"""Search serves the reader (issue 16): participants' results never lead to trainer pages
unless only trainer pages hold the word; a trainer page searches the trainer pages; results
give their count and come ten at a time with "more results"; a query with no result points
to the glossary. Both languages, on the real site."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import html as lxml_html

pytestmark = pytest.mark.browser

# tamkeen.js STRINGS.*.none and .count
NO_RESULTS = {"ar": "لا توجد نتائج", "fr": "Aucun résultat"}
PREFIX = {"ar": "", "fr": "fr/"}
LESSON = "courses/ai/01-what-is-ai/01-ai-around-you/"
TRAINER = "courses/ai/01-what-is-ai/trainer/"
# Words in both a trainer page and lessons: without the filter, trainer pages come up.
SHARED = {"ar": "الذكاء", "fr": "algorithme"}
COMMON = {"ar": "الذكاء", "fr": "client"}  # more than ten pages each
# Pagefind (1.5) answers an unknown word with the pages of its first letters ("zqxwvjkq"
# finds two): these find nothing.
NOTHING = {"ar": "ظظظظظظظ", "fr": "qqqqqqqqqqqqq"}


def open_search(pg) -> None:
    pg.locator(".tk-search-button").click()
    pg.locator("dialog.tk-search[open] .tk-search__input").wait_for(state="visible")


def search(pg, lang: str, query: str) -> list[str]:
    box = pg.locator(".tk-search__input")
    box.fill("")
    box.fill(query)
    pg.wait_for_function(
        """(none) => document.querySelector(".tk-search__results li") ||
                    document.querySelector(".tk-search__status").textContent === none""",
        arg=NO_RESULTS[lang],
        timeout=15_000,
    )
    return hrefs(pg)


def hrefs(pg) -> list[str]:
    return pg.eval_on_selector_all(
        ".tk-search__results a", "links => links.map((a) => a.getAttribute('href'))"
    )


def is_trainer(href: str) -> bool:
    return "/trainer/" in href


def articles(site: Path, lang: str) -> tuple[str, str]:
    """(text of every trainer page, text of every other page) of one language."""
    trainer, others = [], []
    root = site / PREFIX[lang]
    for path in sorted(root.rglob("index.html")):
        rel = path.relative_to(site).as_posix()
        if lang == "ar" and rel.startswith("fr/"):
            continue
        body = lxml_html.fromstring(path.read_bytes()).xpath("//article")
        text = body[0].text_content() if body else ""
        (trainer if path.parent.name == "trainer" else others).append(text)
    return " ".join(trainer), " ".join(others)


def trainer_only_word(site: Path, lang: str) -> str:
    """A word of the trainer pages that no other page has, even as a part of a word."""
    trainer, others = articles(site, lang)
    words = sorted(set(re.findall(r"[^\W\d_]{7,}", trainer)))
    for word in words:
        if word.lower()[:6] not in others.lower():
            return word
    raise AssertionError(f"no trainer-only word in the {lang} trainer pages")


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_participants_never_get_trainer_pages(site, server, page, lang):
    page.goto(server.base + PREFIX[lang] + LESSON, wait_until="networkidle")
    open_search(page)
    found = search(page, lang, SHARED[lang])
    while page.locator(".tk-search__more").is_visible():
        page.locator(".tk-search__more").click()
        page.wait_for_function(
            "(n) => document.querySelectorAll('.tk-search__results li').length > n", arg=len(found)
        )
        found = hrefs(page)
    assert found, f"no result for {SHARED[lang]!r}"
    assert not [h for h in found if is_trainer(h)], found
    trainer_text, _ = articles(site, lang)
    assert SHARED[lang].lower() in trainer_text.lower(), "the query must be in a trainer page"


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_trainer_page_searches_trainer_pages(site, server, page, lang):
    page.goto(server.base + PREFIX[lang] + TRAINER, wait_until="networkidle")
    open_search(page)
    found = search(page, lang, SHARED[lang])
    assert found and all(is_trainer(h) for h in found), found
    assert all(h.startswith("/tamkeen/" + PREFIX[lang]) for h in found), found


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_trainer_only_term_stays_with_the_trainers(site, server, page, lang):
    """Trainer pages are a separate index: a word only they hold is found from a trainer
    page, and a participant's search never leads to them, even for that word."""
    word = trainer_only_word(site, lang)
    page.goto(server.base + PREFIX[lang] + TRAINER, wait_until="networkidle")
    open_search(page)
    found = search(page, lang, word)
    assert found and all(is_trainer(h) for h in found), (word, found)
    page.goto(server.base + PREFIX[lang] + LESSON, wait_until="networkidle")
    open_search(page)
    found = search(page, lang, word)
    assert not [h for h in found if is_trainer(h)], (word, found)


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_count_and_more_results(site, server, page, lang):
    page.goto(server.base + PREFIX[lang] + LESSON, wait_until="networkidle")
    open_search(page)
    found = search(page, lang, COMMON[lang])
    status = page.locator(".tk-search__status").inner_text()
    total = int(re.search(r"\d+", status).group())
    assert total > 10, status
    assert len(found) == 10
    more = page.locator(".tk-search__more")
    assert more.is_visible()
    assert more.inner_text() == {"ar": "المزيد من النتائج", "fr": "Plus de résultats"}[lang]
    while more.is_visible():
        shown = len(hrefs(page))
        more.click()
        page.wait_for_function(
            "(n) => document.querySelectorAll('.tk-search__results li').length > n", arg=shown
        )
        # Keyboard readers land on the first new result.
        assert page.evaluate("document.activeElement.closest('li') !== null")
    found = hrefs(page)
    assert len(found) == total == len(set(found)), (total, found)
    assert not page.locator(".tk-search__hint").is_visible()


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_no_result_suggests_the_glossary(site, server, page, lang):
    page.goto(server.base + PREFIX[lang] + LESSON, wait_until="networkidle")
    open_search(page)
    assert search(page, lang, NOTHING[lang]) == []
    assert page.locator(".tk-search__status").inner_text() == NO_RESULTS[lang]
    assert not page.locator(".tk-search__more").is_visible()
    link = page.locator(".tk-search__hint a")
    assert link.is_visible()
    href = link.get_attribute("href")
    assert href == f"/tamkeen/{PREFIX[lang]}glossary/", href
    assert (site / PREFIX[lang] / "glossary" / "index.html").is_file()
    # Typing again hides the hint as soon as something is found.
    search(page, lang, COMMON[lang])
    assert not link.is_visible()
