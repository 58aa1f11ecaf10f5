"""A course's modules that a page is not in write nothing in its sidebar, not even
whitespace: a lesson's navigation is the same however many modules follow its own (issue 24,
item 6: a page's cost flat as the course grows; issue 25: a page that does not grow with the
site). Rendered with our copy of the theme's nav item (overrides/partials/nav-item.html) and
tools/site/navigation.py, as the build does."""

from __future__ import annotations

from types import SimpleNamespace

from mkdocs.theme import Theme

from tests.conftest import ROOT
from tools.site import landmarks, navigation

FEATURES = ["navigation.sections", "navigation.indexes", "navigation.prune"]


def _page(title: str, url: str, index: bool = False):
    return SimpleNamespace(title=title, url=url, is_index=index, active=False, children=None)


def _course(before: int, after: int):
    """A course: its index page, `before` modules, the module holding the page read,
    `after` modules more."""
    lesson = _page("Lesson", "courses/c/m1/l1/")
    lesson.active = True
    own = SimpleNamespace(
        title="Module 1",
        active=True,
        children=[_page("Module 1", "courses/c/m1/", index=True), lesson],
    )
    others = [
        SimpleNamespace(
            title=f"Module {n}",
            active=False,
            children=[_page(f"Module {n}", f"courses/c/m{n}/", index=True)],
        )
        for n in range(2, before + after + 2)
    ]
    children = [_page("Course", "courses/c/", True), *others[:before], own, *others[before:]]
    course = SimpleNamespace(title="Course", active=True, children=children)
    return course, lesson


def _sidebar(after: int, before: int = 0) -> str:
    env = Theme(name="material", custom_dir=str(ROOT / "overrides")).get_env()
    env.globals["tk_nav_item"] = navigation.rendered_item
    env.globals["tk_nav_label"] = landmarks.nav_label
    navigation.reset_rendered()
    course, lesson = _course(before, after)
    context = {"page": lesson, "base_url": "../../../..", "features": FEATURES, "config": {}}
    macros = env.get_template("partials/nav-item.html").make_module(context)
    return str(macros.render(course, "__nav_1", 1, None))


def test_modules_after_the_pages_own_write_nothing():
    few, many = _sidebar(1), _sidebar(30)
    assert "Module 1" in few and "md-nav__link--active" in few  # the page's own module, open
    assert "Module 2" not in few and "Module 30" not in many  # the others: not listed
    assert many == few


def test_the_pages_module_keeps_its_place_for_its_ids():
    # Its place among all the course's children (the index page first), listed or not.
    assert 'id="__nav_1_2"' in _sidebar(3)
    sidebar = _sidebar(1, before=2)
    assert 'id="__nav_1_4"' in sidebar and "Module 2" not in sidebar
