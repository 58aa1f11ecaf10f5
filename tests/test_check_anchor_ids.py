"""Heading ids come from the site's own renderer: a French heading with « : » or « ? »
(a no-break space before it) gets the id the built page has, and `check` accepts exactly
that one, suggesting it for the id a slug guess would give."""

from __future__ import annotations

from tests.support.check import run_check

AR = "---\ntitle: أ\n---\n\n## من نحن؟\n\n[هنا](#من-نحن)\n"
FR = (
    "---\ntitle: A\n---\n\n## Qui sommes-nous\u00a0?\n\n## Exemple\u00a0: un CV\n\n"
    "[ok](#qui-sommes-nous-) [ok](#exemple--un-cv)\n\n[faux](#qui-sommes-nous)\n"
)


def test_the_built_id_is_accepted_and_the_guess_rejected(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.ar.md").write_text(AR, encoding="utf-8")
    (docs / "a.fr.md").write_text(FR, encoding="utf-8")
    result = run_check(docs)
    lines = [line for line in result.stdout.splitlines() if ".md:" in line]
    assert len(lines) == 1, result.stdout
    assert lines[0].endswith(
        "a.fr.md:11:1: anchor #qui-sommes-nous not found in "
        f"{docs / 'a.fr.md'}; did you mean `#qui-sommes-nous-`?"
    )
