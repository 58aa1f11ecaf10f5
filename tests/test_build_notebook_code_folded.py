"""A notebook page folds its code (issue 23, notebook pages on a phone): every code cell is a
closed `<details class="tk-nb-code">` (no script needed) whose summary is "show the code" in
the page's language, with the highlighted code inside; outputs stay in view. The parameters
cell (tagged `parameters`) and empty cells are not on the page, and are still in the
notebook a reader downloads."""

from __future__ import annotations

import json

import pytest
from lxml import html as lxml_html

from tests.conftest import copy_fixture, run_build
from tools.common.ui_strings import strings

PAGE = "courses/demo/01-mod/01-good/index.html"
NOTEBOOK = "notebooks/demo/01-mod/01-good.{lang}.ipynb"
DOWNLOAD = "courses/demo/01-mod/01-good.{lang}.files/01-good-{lang}.ipynb"
HIDDEN = "TK_PARAMETER_ON_THE_PAGE"  # only in the parameters cell


def _cell(source: str, tags: list[str] | None = None, n: int = 0) -> dict:
    return {
        "cell_type": "code",
        "execution_count": None,
        "id": f"extra-{n}",
        "metadata": {"tags": tags} if tags else {},
        "outputs": [],
        "source": source,
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The notebook fixture site, each notebook given a parameters cell and an empty cell."""
    tmp = tmp_path_factory.mktemp("folded")
    project = copy_fixture("notebooks/site", tmp)
    for lang in ("ar", "fr"):
        path = project / NOTEBOOK.format(lang=lang)
        notebook = json.loads(path.read_text(encoding="utf-8"))
        notebook["cells"][1:1] = [
            _cell(f'LANG = "{lang}"\n{HIDDEN} = 1\n', ["parameters"], 1),
            _cell("", n=2),
        ]
        path.write_text(json.dumps(notebook, ensure_ascii=False, indent=1), encoding="utf-8")
    site = tmp / "site"
    result = run_build(project / "mkdocs.yml", site)
    assert result.returncode == 0, result.stdout + result.stderr
    return project, site


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_code_cells_are_folded_with_a_localized_summary(built, lang):
    project, site = built
    prefix = "" if lang == "ar" else "fr/"
    article = lxml_html.fromstring((site / prefix / PAGE).read_text(encoding="utf-8")).xpath(
        "//article"
    )[0]
    label = strings(lang)["notebook.show_code"]
    assert label == {"ar": "عرض الشيفرة", "fr": "Voir le code"}[lang]

    folded = article.xpath(".//details[contains(concat(' ', @class, ' '), ' tk-nb-code ')]")
    # The two non-empty code cells of the fixture; not the parameters cell, not the empty one.
    assert len(folded) == 2, [d.text_content()[:80] for d in folded]
    for details in folded:
        assert details.get("open") is None  # folded by default
        summary = details.xpath("./summary")
        assert len(summary) == 1 and summary[0].text_content().strip() == label
        assert details.xpath("./div[contains(@class, 'highlight')]//code")
    assert "numbers.txt" in folded[0].text_content()
    # No code outside a fold; the outputs are outside, in view.
    fold = "ancestor::details[contains(@class, 'tk-nb-code')]"
    assert not article.xpath(f".//div[contains(@class, 'highlight')][not({fold})]")
    outputs = article.xpath(".//pre[contains(@class, 'tk-nb-output')]")
    assert outputs and not any(o.xpath("ancestor::details") for o in outputs)

    # The parameters cell is not on the page; the downloaded notebook still has it.
    assert HIDDEN not in article.text_content()
    download = json.loads((site / DOWNLOAD.format(lang=lang)).read_text("utf-8"))
    tagged = [c for c in download["cells"] if "parameters" in c["metadata"].get("tags", [])]
    assert len(tagged) == 1 and HIDDEN in "".join(tagged[0]["source"])
