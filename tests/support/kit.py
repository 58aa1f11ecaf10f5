"""The fixture course, built with a few additions that exercise the trainer kit: an image,
a code block, an external link, and the `<!-- slide -->` / `<!-- no-slide -->` markers."""

from __future__ import annotations

from pathlib import Path

LESSON = "docs/courses/demo/01-basics/01-first"
EXTRA = {
    "ar": """
## الصورة

```python
print("Tamkeen")
```

<!-- slide -->
![رسم يوضح الفكرة](diagram.png)

<!-- no-slide -->
فقرة لا تظهر في الشرائح.

- نقطة ليست على الشرائح
- اقرأ [المصدر](https://example.org/source)
""",
    "fr": """
## L'image

```python
print("Tamkeen")
```

<!-- slide -->
![un schéma qui montre l'idée](diagram.png)

<!-- no-slide -->
Un paragraphe absent des diapositives.

- un point absent des diapositives
- lire [la source](https://example.org/source)
""",
}


def write_png(path: Path) -> None:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (320, 180), "#e0f2f1")
    ImageDraw.Draw(img).rectangle((40, 40, 280, 140), outline="#00695c", width=6)
    img.save(path)


def kit_project(tmp: Path, warm: bool = True) -> Path:
    from tests.conftest import copy_fixture

    project = copy_fixture("course", tmp, warm=warm)
    write_png(project / "docs/courses/demo/01-basics/diagram.png")
    for lang, extra in EXTRA.items():
        path = project / f"{LESSON}.{lang}.md"
        text = path.read_text(encoding="utf-8")
        head, sep, rest = text.partition("\n!!! exercise")
        path.write_text(head.rstrip("\n") + "\n" + extra + sep + rest, encoding="utf-8")
    return project


def build(tmp: Path, env: dict | None = None, warm: bool = True) -> tuple[Path, Path]:
    """(project, site) of the fixture course with the additions, built like `make site`
    (`warm`: see tests/support/kit_cache.py)."""
    from tests.conftest import run_build

    project = kit_project(tmp, warm=warm)
    site = tmp / "site"
    result = run_build(project / "mkdocs.yml", site, env)
    assert result.returncode == 0, result.stdout + result.stderr
    return project, site
