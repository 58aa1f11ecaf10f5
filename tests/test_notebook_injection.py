"""Script in a notebook (Markdown cell, text/html, SVG, application/javascript, onerror) is
reported by check, and even when check is bypassed (as `mkdocs serve` does) the built page
carries no script, handler, iframe, form or javascript: URL from the notebook."""

import re

from tests.support.notebooks import GOOD_FR, check_messages, notebook_site
from tools.publish.build import mkdocs_build

# Code that would run (the javascript: link is checked apart: its text may stay as a title).
PAYLOADS = ("md-script", "md-onerror", "html-handler", "html-script", "js-output", "svg-")


def test_check_reports_every_injection(tmp_path):
    project = notebook_site(tmp_path, "inject")
    where = {m.split(": ", 1)[0]: m.split(": ", 1)[1] for m in check_messages(project)}
    f = str(GOOD_FR)
    assert where == {
        f"{f}:14:6": "<script> in markdown cell 1 is not allowed (removed from the page)",
        # The Markdown rules read notebook cells too: the injected `<img src=x.png>` is
        # also a missing image without alt text, only in French (three findings, one place).
        f"{f}:16:6": "image courses/demo/01-mod/x.png is here but not in "
        "notebooks/demo/01-mod/01-good.ar.ipynb; both languages show the same images",
        f"{f}:16:23": "event handler `onerror=` in markdown cell 1 is not allowed "
        "(removed from the page)",
        f"{f}:18:14": "`javascript:` URL in markdown cell 1",
        f"{f}:30:12": "event handler `onmouseover=` in output 1 of cell 2 is not allowed "
        "(removed from the page)",
        f"{f}:30:56": "<script> in output 1 of cell 2 is not allowed (removed from the page)",
        f"{f}:30:93": "<iframe> in output 1 of cell 2 is not allowed (removed from the page)",
        f"{f}:30:138": "<form> in output 1 of cell 2 is not allowed (removed from the page)",
        f"{f}:41:33": "JavaScript output 2 of cell 2: it is dropped from the page; clear it "
        "(the site runs no code from notebooks)",
        f"{f}:68:72": "<script> in output 1 of cell 3 is not allowed (removed from the page)",
        f"{f}:68:138": "event handler `onload=` in output 1 of cell 3 is not allowed "
        "(removed from the page)",
        f"{f}:68:177": "`javascript:` URL in output 1 of cell 3",
    }


def test_built_page_carries_nothing_active(tmp_path):
    project = notebook_site(tmp_path, "inject")
    out = tmp_path / "out"
    mkdocs_build(project / "mkdocs.yml", out)  # no check: what `mkdocs serve` would show
    page = (out / "fr/courses/demo/01-mod/01-good/index.html").read_text(encoding="utf-8")
    article = page[page.index("<article") : page.index("</article>")]
    for payload in PAYLOADS:
        assert payload not in page, payload
    assert not re.search(r"<(script|iframe|form|object|embed)\b", article, re.I)
    assert not re.search(r"\son[a-z]+\s*=", article, re.I)
    assert "javascript:" not in article.lower()
    assert "evil.example" not in page
    # The JavaScript output left a visible note in the page's language.
    assert "Une sortie JavaScript a été retirée ici" in article
    # The text around the injections is still there.
    assert "<b>bold</b>" in article
    # The SVG output became a file without its script, handler or javascript: link.
    svgs = list((out / "courses/demo/01-mod/01-good.fr.files").glob("*.svg"))
    assert svgs
    for svg in svgs:
        text = svg.read_text(encoding="utf-8")
        assert "<script" not in text and "onload" not in text and "javascript:" not in text
        assert "<circle" in text
