"""Completed lessons get a ✓ in the navigation; index pages count "n of m"; the home page
says where to continue (both languages)."""

from __future__ import annotations

import pytest

from tests.support.course_site import course_build, course_site_server  # noqa: F401

pytestmark = pytest.mark.browser
FIRST = "courses/demo/01-basics/01-first/"
SECOND = "courses/demo/01-basics/02-second/"


@pytest.mark.parametrize(
    ("prefix", "zero", "one", "start", "cont", "third"),
    [
        ("", "الدروس المنجزة: 0 من 3", "الدروس المنجزة: 1 من 3", "ابدأ من هنا:",
         "تابع من حيث توقفت:", "الدرس الثالث"),
        ("fr/", "Leçons terminées\u202f: 0 sur 3", "Leçons terminées\u202f: 1 sur 3",
         "Commencer ici\u202f:", "Reprendre là où vous en étiez\u202f:", "Troisième leçon"),
    ],
)  # fmt: skip
def test_nav_counts_and_continue(page, course_site_server, prefix, zero, one, start, cont, third):  # noqa: F811
    base = course_site_server.base + prefix
    page.goto(base + "courses/demo/")
    assert page.locator(".tk-count").first.inner_text() == zero
    page.goto(base)
    assert page.locator(".tk-continue").inner_text().startswith(start)

    page.goto(base + SECOND)
    nav_second = page.locator(".md-nav--primary a.md-nav__link[href='./']")
    assert page.locator(".tk-nav-done").count() == 0
    page.locator(".tk-done__button").click()
    assert nav_second.first.evaluate("a => a.classList.contains('tk-nav-done')")
    assert "✓" in nav_second.first.evaluate("a => getComputedStyle(a, '::after').content")

    page.goto(base + FIRST)
    second_link = page.locator(".md-nav--primary a.md-nav__link[href='../02-second/']")
    assert second_link.evaluate("a => a.classList.contains('tk-nav-done')")
    assert page.locator(".md-nav--primary a.md-nav__link[href='./']").first.evaluate(
        "a => !a.classList.contains('tk-nav-done')"
    )

    page.goto(base + "courses/demo/")
    counts = page.locator(".tk-count").all_inner_texts()
    assert counts[0] == one  # the course
    assert counts[1].endswith(("1 من 2", "1 sur 2"))  # module 01-basics
    page.goto(base)
    text = page.locator(".tk-continue").inner_text()
    assert text.startswith(cont) and third in text  # the first lesson after the last done
    page.locator(".tk-continue a").click()
    page.wait_for_url("**/" + prefix + "courses/demo/02-more/01-third/")
