"""A notebook runs wherever it opens (tools/model/notebooks.py, `data_cell`): the published
`.ipynb`, alone in a clean folder (as in Colab, or downloaded without its zip), runs top
to bottom, its first code cell fetching the lesson's data files from the site (here a
local server serving the built site, its `site_url`). With no site to reach, that cell
stops with a message in the notebook's language, and leaves no half-written folder."""

from __future__ import annotations

import shutil

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from tests.conftest import ROOT, copy_fixture, run_build
from tests.support.server import SiteServer
from tools.common.ui_strings import strings
from tools.model import notebooks

FILES = "courses/demo/01-mod/01-good.{lang}.files/01-good-{lang}.ipynb"
LANGS = ("ar", "fr")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The notebook fixture site built with `site_url` at a local server, which serves it."""
    tmp = tmp_path_factory.mktemp("standalone")
    site = tmp / "site"
    with SiteServer(site) as server:  # serves `site` once it is built
        project = copy_fixture("notebooks/site", tmp)
        config = project / "mkdocs.yml"
        text = config.read_text(encoding="utf-8")
        config.write_text(text.replace("https://example.org/fixture/", server.base), "utf-8")
        result = run_build(config, site)
        assert result.returncode == 0, result.stdout + result.stderr
        yield site, server


def run(notebook_path, folder):
    """Execute a copy of the notebook alone in `folder` (a kernel of this .venv)."""
    folder.mkdir()
    copy = folder / notebook_path.name
    shutil.copyfile(notebook_path, copy)
    nb = nbformat.read(copy, as_version=4)
    client = NotebookClient(
        nb, timeout=60, kernel_name="python3", resources={"metadata": {"path": str(folder)}}
    )
    client.execute()
    return nb


def text_of(cell) -> str:
    return "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream")


@pytest.mark.parametrize("lang", LANGS)
def test_published_notebook_runs_alone_and_fetches_its_data(built, tmp_path, lang):
    site, _ = built
    published = site / FILES.format(lang=lang)
    nb = run(published, tmp_path / "clean")
    data = [c for c in nb.cells if notebooks.is_data_cell(c)]
    assert len(data) == 1
    first_code = next(c for c in nb.cells if c.cell_type == "code")
    assert first_code is data[0], "the data cell runs first"
    assert strings(lang)["notebook.fetched"] in text_of(data[0])
    assert (tmp_path / "clean" / "01-good" / "numbers.txt").is_file()
    # The cell that reads the data ran, with the answer the committed notebook has.
    source = nbformat.read(
        site.parent
        / "notebooks"
        / "site"
        / "notebooks"
        / "demo"
        / "01-mod"
        / f"01-good.{lang}.ipynb",
        as_version=4,
    )
    expected = text_of(next(c for c in source.cells if "numbers.txt" in c.source))
    got = text_of(next(c for c in nb.cells if "numbers.txt" in c.source and c is not data[0]))
    assert got == expected and got.strip()


def test_notebook_beside_its_data_fetches_nothing(built, tmp_path):
    site, _ = built
    with_data = tmp_path / "unzipped"
    import zipfile

    with zipfile.ZipFile(site / FILES.format(lang="fr").replace(".ipynb", ".zip")) as archive:
        archive.extractall(with_data)
    nb = nbformat.read(with_data / "01-good.fr.ipynb", as_version=4)
    NotebookClient(
        nb, timeout=60, kernel_name="python3", resources={"metadata": {"path": str(with_data)}}
    ).execute()
    data = next(c for c in nb.cells if notebooks.is_data_cell(c))
    assert text_of(data) == ""  # the files were there: no fetch


@pytest.mark.parametrize("lang", LANGS)
def test_no_site_to_reach_says_so_in_the_notebook_language(built, tmp_path, lang):
    site, server = built
    unreachable = tmp_path / "published.ipynb"
    # The same notebook, its site gone: the server's address, answering nothing.
    text = (site / FILES.format(lang=lang)).read_text(encoding="utf-8")
    unreachable.write_text(text.replace(server.base, "http://127.0.0.1:9/tamkeen/"), "utf-8")
    with pytest.raises(CellExecutionError) as failure:
        run(unreachable, tmp_path / "clean")
    # What the reader sees: the error's message (not the cell's source, which holds every
    # language's messages).
    assert failure.value.ename == "RuntimeError"
    message = failure.value.evalue
    expected = strings(lang)["notebook.fetch_failed"].format(url="http://127.0.0.1:9/tamkeen/")
    assert message.startswith(expected.split("(")[0].strip()), message
    assert f"01-good.{lang}.files/01-good-{lang}.zip" in message
    assert not (tmp_path / "clean" / "01-good").exists()


def test_committed_notebooks_carry_the_current_data_cell_for_colab():
    """ "Open in Colab" opens the repository's copy: every notebook with data files holds
    the current data cell (`python -m tools notebook data-cell <path>` writes it), the
    same in both languages."""
    found = []
    for path in notebooks.find(ROOT / notebooks.NOTEBOOKS_DIR):
        nb = notebooks.parse_path(ROOT / notebooks.NOTEBOOKS_DIR, path)
        if nb is None or not notebooks.data_files(nb):
            continue
        assert notebooks.ensure_data_cell(path, ROOT) is None, (
            f"{path}: run python -m tools notebook data-cell {path.relative_to(ROOT)}"
        )
        cells = [c for c in nbformat.read(path, as_version=4).cells if notebooks.is_data_cell(c)]
        assert len(cells) == 1, path
        assert notebooks.site_url_of(ROOT / "mkdocs.yml") in cells[0].source
        found.append((nb.lesson, cells[0].source))
    assert len(found) >= 2
    by_lesson: dict[str, set[str]] = {}
    for lesson, source in found:
        by_lesson.setdefault(lesson, set()).add(source)
    assert all(len(sources) == 1 for sources in by_lesson.values())


def test_data_cell_command_adds_the_cell_once(tmp_path):
    """`python -m tools notebook data-cell`: the cell first among code cells (this notebook
    has no `parameters` cell, so its language is written in), saved as `refresh` saves;
    a second run changes nothing."""
    import subprocess
    import sys

    project = copy_fixture("notebooks/site", tmp_path)
    path = project / "notebooks/demo/01-mod/01-good.fr.ipynb"
    cmd = [sys.executable, "-m", "tools", "notebook", "data-cell", str(path)]
    first = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    assert first.returncode == 0 and first.stdout.strip() == f"{path}: updated", first.stderr
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert notebooks.is_data_cell(code[0]) and not any(map(notebooks.is_data_cell, code[1:]))
    assert '_tamkeen_lang = "fr"' in code[0].source
    assert "https://example.org/fixture/courses/demo/01-mod/01-good.{lang}.files/" in code[0].source
    assert code[0].execution_count == 1  # executed and saved by refresh
    second = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    assert second.stdout.strip() == f"{path}: unchanged"
