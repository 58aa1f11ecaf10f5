"""The real notebook lesson as built: a lesson page in the course (nav, module list), the
skeleton from the notebook metadata, code and outputs LTR, images as files (no base64) with
the chart's own alt text in the page's language, the notebook and a zip with its data in the
site, the Colab link, a small page."""

import gzip
import io
import json
import re
import zipfile

from tests.conftest import ROOT
from tools.model import notebooks

PAGE = "courses/ai/02-generative-ai/01-next-word/index.html"
FILES = "courses/ai/02-generative-ai/01-next-word.{lang}.files"
COLAB = (
    "https://colab.research.google.com/github/tamkeen-oriental/tamkeen/blob/main/"
    "notebooks/ai/02-generative-ai/01-next-word.{lang}.ipynb"
)


def _page(site, lang):
    prefix = "" if lang == "ar" else "fr/"
    return (site / prefix / PAGE).read_text(encoding="utf-8")


def test_lesson_skeleton_and_outputs(site):
    for lang, title, objectives, alt in (
        (
            "ar",
            "توقّع الكلمة التالية",
            "ستتعلم في هذا الدرس أن",
            "رسم بالأعمدة: الكلمات التي تأتي بعد «في»",
        ),
        (
            "fr",
            "Prédire le mot suivant",
            "Dans cette leçon, vous apprendrez à",
            "Diagramme en barres\u202f: les mots qui suivent «\u202fLe\u202f»",  # French spacing
        ),
    ):
        html = _page(site, lang)
        assert f">{title}</h1>" in html or f">{title}<a" in html
        assert objectives in html
        assert 'class="admonition exercise"' in html and "<details" in html  # exercise, solution
        assert 'class="admonition trainer"' in html
        assert html.count('class="tk-nb-output" dir="ltr"') >= 5
        assert "data:image" not in html and ";base64," not in html
        assert "_tamkeen_data" not in html  # the data cell is for the notebook alone
        image = re.search(
            r'<img alt="([^"]+)" class="tk-nb-image" loading="lazy" src="[^"]+\.png"', html
        )
        assert image and image.group(1).startswith(alt)
        assert f'href="{COLAB.format(lang=lang)}"' in html


def test_module_and_course_list_the_lesson(site):
    module = (site / "courses/ai/02-generative-ai/index.html").read_text(encoding="utf-8")
    assert 'href="01-next-word/"' in module
    course = (site / "courses/ai/index.html").read_text(encoding="utf-8")
    assert "02-generative-ai/01-next-word/" in course
    assert "<h2" in course and "الوحدات" in course


def test_downloads_in_the_site(site):
    for lang in ("ar", "fr"):
        folder = site / FILES.format(lang=lang)
        ipynb = folder / f"01-next-word-{lang}.ipynb"
        source = ROOT / f"notebooks/ai/02-generative-ai/01-next-word.{lang}.ipynb"
        # The source notebook, with the cell that fetches its data when it runs alone
        # (tests/test_notebook_standalone.py) right after its parameters cell.
        published, original = json.loads(ipynb.read_bytes()), json.loads(source.read_bytes())
        data = [i for i, c in enumerate(published["cells"]) if notebooks.is_data_cell(c)]
        assert data == [2], data
        cell = published["cells"].pop(2)
        original["cells"] = [c for c in original["cells"] if not notebooks.is_data_cell(c)]
        assert published == original
        url = "courses/ai/02-generative-ai/01-next-word.{lang}.files/01-next-word-{lang}.zip"
        assert url in "".join(cell["source"])
        names = zipfile.ZipFile(io.BytesIO((folder / f"01-next-word-{lang}.zip").read_bytes()))
        assert sorted(names.namelist()) == sorted(
            [f"01-next-word.{lang}.ipynb"]
            + [f"01-next-word/{k}.{d}.txt" for k in ("long", "short") for d in ("ar", "fr")]
        )


def test_page_is_small(site):
    for lang in ("ar", "fr"):
        size = len(gzip.compress(_page(site, lang).encode("utf-8")))
        assert size < 30_000, (lang, size)
