"""The cast (docs/cast.yml, tools/checks/rules/cast.py): a character named in a sentence with the
words of another character's business, and none of their own, is a warning naming both; the
file is checked (each bad entry an error at its line)."""

from __future__ import annotations

from tests.support.content_site import findings, write_site

CAST = """- id: yassine
  course: c
  name: {ar: "ياسين", fr: "Yassine"}
  business: {ar: "يسيّر صفحة مقهى النخلة", fr: "gère la page du Café Nakhla"}
  words: {ar: ["مقهى", "النخلة"], fr: ["café", "Nakhla"]}

- id: hamza
  course: c
  name: {ar: "حمزة", fr: "Hamza"}
  business: {ar: "يسيّر صفحة زيت الأركان", fr: "gère la page de l’huile d’argan"}
  words: {ar: ["أركان"], fr: ["argan"]}
"""
FR = """Hamza vient de commencer à gérer la page d’un café.

Hamza vend de l’huile d’argan. Yassine publie pour le café.

Hamza aide Yassine au café. Hamza montre l’huile d’argan du café.

- Le café Nakhla ouvre à 7 h.
- Hamza prend des photos des cafés.
"""
AR = """بدأ حمزة يسيّر صفحة مقهى في وجدة.

وحمزة يبيع زيت الأركان، وياسين ينشر للمقهى.

صوّر لحمزة المقهى.
"""


def _docs(tmp_path, cast: str = CAST):
    docs = write_site(tmp_path, {"l": {"fr": FR, "ar": AR}})
    (docs / "cast.yml").write_text(cast, encoding="utf-8")
    return docs


def test_a_name_with_another_characters_business(tmp_path):
    docs = _docs(tmp_path)
    found = findings(docs, "cast.")
    assert all(e.warning for e in found)
    # Body from line 12; not found: the name with its own business, the other character
    # named too, the business without a name.
    assert sorted((e.path.name, e.line, e.col) for e in found) == [
        ("l.ar.md", 12, 5),
        ("l.ar.md", 16, 6),
        ("l.fr.md", 12, 1),
        ("l.fr.md", 19, 3),
    ]
    text = [e for e in found if e.path.name == "l.fr.md"][0].text("en")
    assert text.startswith("Hamza appears here with «café», the business of Yassine")
    assert "Hamza is gère la page de l’huile d’argan" in text


def test_no_cast_file_no_warning(tmp_path):
    docs = write_site(tmp_path, {"l": {"fr": FR, "ar": AR}})
    assert findings(docs, "cast.") == []


def test_characters_of_another_course_are_not_compared(tmp_path):
    docs = _docs(tmp_path)
    (docs / "courses" / "other").mkdir()
    (docs / "cast.yml").write_text(
        CAST.replace('course: c\n  name: {ar: "ياسين"', 'course: other\n  name: {ar: "ياسين"'),
        encoding="utf-8",
    )
    assert findings(docs, "cast.") == []


def test_the_file_is_checked(tmp_path):
    bad = (
        CAST
        + """
- id: hamza
  course: nowhere
  name: {fr: "Hamza"}
  business: {ar: "…", fr: "…"}
  words: {ar: [], fr: ["x"]}
  age: 22
"""
    )
    docs = _docs(tmp_path, bad)
    found = findings(docs, "cast.")
    errors = sorted(
        (e.line, e.key, dict(e.message.args).get("field", "")) for e in found if not e.warning
    )
    assert errors == [
        (13, "cast.course", ""),
        (13, "cast.duplicate", ""),
        (13, "cast.field", "name"),
        (13, "cast.field", "words"),
        (13, "cast.unknown_field", "age"),
    ]
    assert all(e.path.name == "cast.yml" for e in found if not e.warning)
    # The good entries still work.
    assert any(e.warning for e in found)


def test_not_yaml(tmp_path):
    docs = _docs(tmp_path, "- id: [x\n")
    found = findings(docs, "cast.")
    assert [(e.path.name, e.key, e.warning) for e in found] == [("cast.yml", "cast.yaml", False)]


def test_the_real_cast_is_valid():
    from pathlib import Path

    from tools.checks.rules.cast import load

    docs = Path(__file__).resolve().parent.parent / "docs"
    cast, errors = load(docs)
    assert errors == [] and len(cast) >= 10
