"""Compiled theme templates are kept between builds (tools/site/template_cache.py), and a kept
entry is never used for a template whose source, or whose environment, changed."""

from __future__ import annotations

import jinja2

from tools.site import template_cache


def env_for(folder, **settings) -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(folder)), **settings)


def compiles(env: jinja2.Environment) -> list[str]:
    """Names of the templates this environment compiles from source from now on."""
    seen: list[str] = []
    original = env.compile

    def compile(source, name=None, filename=None, raw=False, defer_init=False):
        seen.append(name)
        return original(source, name, filename, raw, defer_init)

    env.compile = compile
    return seen


def test_a_second_build_compiles_nothing_and_renders_the_same(tmp_path):
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "page.html").write_text("<p>{{ x }}</p>{% include 'part.html' %}")
    (tmp_path / "t" / "part.html").write_text("<i>{{ x | upper }}</i>")
    root = tmp_path / "cache"

    first = env_for(tmp_path / "t")
    template_cache.use(first, root)
    compiled = compiles(first)
    cold = first.get_template("page.html").render(x="salam")
    assert sorted(compiled) == ["page.html", "part.html"]

    template_cache._caches.clear()  # the next build is a new process: disk only
    second = env_for(tmp_path / "t")
    template_cache.use(second, root)
    compiled = compiles(second)
    assert second.get_template("page.html").render(x="salam") == cold == "<p>salam</p><i>SALAM</i>"
    assert compiled == []


def test_a_changed_template_is_compiled_again(tmp_path):
    (tmp_path / "t").mkdir()
    page = tmp_path / "t" / "page.html"
    page.write_text("old {{ x }}")
    root = tmp_path / "cache"
    env = env_for(tmp_path / "t")
    template_cache.use(env, root)
    assert env.get_template("page.html").render(x=1) == "old 1"

    page.write_text("new {{ x }}")
    template_cache._caches.clear()
    env = env_for(tmp_path / "t")
    template_cache.use(env, root)
    compiled = compiles(env)
    assert env.get_template("page.html").render(x=1) == "new 1"
    assert compiled == ["page.html"]


def test_other_settings_have_their_own_folder_and_old_folders_go(tmp_path):
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "page.html").write_text("{% if x %}\nyes\n{% endif %}")
    root = tmp_path / "cache"
    plain = env_for(tmp_path / "t")
    template_cache.use(plain, root)
    assert plain.get_template("page.html").render(x=1) == "\nyes\n"
    (old,) = root.iterdir()

    # trim_blocks compiles the same source to other code: a kept entry must not serve it.
    template_cache._caches.clear()
    trimmed = env_for(tmp_path / "t", trim_blocks=True)
    template_cache.use(trimmed, root)
    compiled = compiles(trimmed)
    assert trimmed.get_template("page.html").render(x=1) == "yes\n"
    assert compiled == ["page.html"]
    assert [f.name for f in root.iterdir()] == [template_cache.key(trimmed)] != [old.name]
