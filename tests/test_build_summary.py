"""`make site` ends with one summary line: pages per language, notebooks converted and
reused, decks, PPTX and PDFs built and reused, the search index size, anything skipped.

Built on the notebooks fixture (one module, one notebook lesson per language): cold, then
warm, then with Chromium hidden from PATH (the PDFs are skipped, and said), then the same
with TAMKEEN_REQUIRE_KIT=1 (the build fails and site/ is kept).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from tests.conftest import copy_fixture, run_build
from tools.publish import build_summary

LINE = re.compile(
    r"^summary: pages ar (?P<ar>\d+), fr (?P<fr>\d+)"
    r" \| notebooks (?P<nb_new>\d+) converted, (?P<nb_old>\d+) reused"
    r" \| decks (?P<decks_new>\d+) built, (?P<decks_old>\d+) reused"
    r" \| PPTX (?P<pptx_new>\d+) built, (?P<pptx_old>\d+) reused"
    r" \| PDFs (?P<pdf_new>\d+) built, (?P<pdf_old>\d+) reused"
    r" \| search index (?P<size>\d+ KB|[\d.]+ MB) in (?P<files>\d+) files"
    r" \| skipped: (?P<skipped>.+)$",
    re.M,
)


def summary(stdout: str) -> dict[str, str]:
    found = LINE.findall(stdout)
    assert len(found) == 1, f"one summary line expected:\n{stdout}"
    return LINE.search(stdout).groupdict()


def counts(line: dict[str, str]) -> dict[str, int]:
    return {k: int(v) for k, v in line.items() if v.isdigit()}


def path_without_chromium(tmp: Path) -> str:
    """A PATH with every program of this one except Chromium (symlinks in `tmp`)."""
    bin_dir = tmp / "bin-without-chromium"
    bin_dir.mkdir()
    for folder in os.environ["PATH"].split(os.pathsep):
        if not Path(folder).is_dir():
            continue
        for exe in Path(folder).iterdir():
            target = bin_dir / exe.name
            if exe.name.startswith("chromium") or target.exists() or target.is_symlink():
                continue
            target.symlink_to(exe)
    return str(bin_dir)


def on_disk(site: Path) -> dict[str, int]:
    """What the built site holds, counted from its files: pages per language (decks and
    the search index aside), decks, PPTX, PDFs, search index files."""
    found = {"ar": 0, "fr": 0, "decks": 0, "pptx": 0, "pdf": 0, "files": 0}
    for path in site.rglob("*"):
        rel = path.relative_to(site).as_posix()
        if rel.startswith("pagefind"):
            found["files"] += path.is_file()
        elif rel.endswith("/slides/index.html"):
            found["decks"] += 1
        elif path.suffix == ".html":
            found["fr" if rel.startswith("fr/") else "ar"] += 1
        elif path.suffix in (".pptx", ".pdf"):
            found[path.suffix[1:]] += 1
    return found


def test_summary_line_cold_warm_and_without_chromium(tmp_path):
    project = copy_fixture("notebooks/site", tmp_path, warm=False)  # a cold build first
    config, site = project / "mkdocs.yml", tmp_path / "out" / "site"

    cold = run_build(config, site)
    assert cold.returncode == 0, cold.stdout + cold.stderr
    line = summary(cold.stdout)
    disk = on_disk(site)
    # The fixture: home, 404, course, module, lesson and trainer pages in each language; a
    # lesson deck and a module deck per language; the module's PPTX and PDF per language.
    assert disk["ar"] >= 6 and disk["fr"] >= 6 and disk["decks"] >= 4, disk
    assert disk["pptx"] >= 2 and disk["pdf"] >= 2, disk
    assert counts(line) == {
        "ar": disk["ar"], "fr": disk["fr"],
        "nb_new": 2, "nb_old": 0,  # one notebook lesson per language
        "decks_new": disk["decks"], "decks_old": 0,
        "pptx_new": disk["pptx"], "pptx_old": 0,
        "pdf_new": disk["pdf"], "pdf_old": 0,
        "files": disk["files"],
    }  # fmt: skip
    # Both indexes: the participants' (pagefind/) and the trainers' (pagefind-trainer/).
    index_bytes = sum(f.stat().st_size for f in site.glob("pagefind*/**/*") if f.is_file())
    assert (site / "pagefind-trainer").is_dir()
    assert line["size"] == f"{index_bytes / 1024:.0f} KB", (line["size"], index_bytes)
    assert line["skipped"] == "nothing"
    assert "skipped:" not in cold.stderr

    warm = run_build(config, site)
    assert warm.returncode == 0, warm.stdout + warm.stderr
    line = summary(warm.stdout)
    assert counts(line) == {
        "ar": disk["ar"], "fr": disk["fr"],
        "nb_new": 0, "nb_old": 2,
        "decks_new": 0, "decks_old": disk["decks"],
        "pptx_new": 0, "pptx_old": disk["pptx"],
        "pdf_new": 0, "pdf_old": disk["pdf"],
        "files": disk["files"],
    }  # fmt: skip
    assert line["skipped"] == "nothing"

    # No Chromium: the PDFs are skipped, and `make site` says so in its own output.
    env = {"PATH": path_without_chromium(tmp_path)}
    bare = run_build(config, site, env)
    assert bare.returncode == 0, bare.stdout + bare.stderr
    line = summary(bare.stdout)
    assert (int(line["pdf_new"]), int(line["pdf_old"])) == (0, 0)
    assert "PDF handouts (Chromium not found)" in line["skipped"], line["skipped"]
    assert "skipped: trainer kit: PDF handouts (Chromium not found)" in bare.stderr
    assert not list(site.rglob("*.pdf")), "this build published no PDF"

    # Required (the Pages workflow): the build fails and the last site/ stays.
    marker = site / "index.html"
    before = marker.read_bytes()
    strict = run_build(config, site, {**env, build_summary.REQUIRE_KIT_ENV: "1"})
    assert strict.returncode == 1, strict.stdout + strict.stderr
    assert "TAMKEEN_REQUIRE_KIT=1: trainer kit: PDF handouts (Chromium not found)" in (
        strict.stderr
    )
    assert "was left as it was" in strict.stderr
    assert marker.read_bytes() == before


def _fake_site(site: Path, pdf: bool) -> None:
    trainer = site / "courses/c/01-m/trainer"
    trainer.mkdir(parents=True)
    (trainer / "index.html").write_text('<html lang="ar" dir="rtl"></html>', encoding="utf-8")
    (trainer / "c-01-m-ar.pptx").write_bytes(b"pptx")
    if pdf:
        (trainer / "c-01-m-ar.pdf").write_bytes(b"%PDF")
    (site / "pagefind").mkdir()
    (site / "pagefind" / "pagefind.js").write_bytes(b"x" * 2048)


def _kit_report(project: Path, skipped: list[str]) -> None:
    from tools.slides import kit

    report = project / kit.CACHE / "report.json"
    report.parent.mkdir(parents=True)
    data = {"built": {"pptx": 1}, "reused": {"decks": 2}, "skipped": skipped}
    report.write_text(json.dumps(data), encoding="utf-8")


def test_a_missing_pdf_is_said_even_when_the_kit_report_says_nothing(tmp_path):
    """The site is the proof: a trainer page without its PDF is a skipped part."""
    project, site = tmp_path / "project", tmp_path / "site"
    project.mkdir()
    _fake_site(site, pdf=False)
    _kit_report(project, [])
    found = build_summary.collect(project, site, since=0)
    assert found.kit_skipped == [
        "PDF handouts missing on 1 of 1 trainer pages (first: courses/c/01-m/trainer/)"
    ]
    assert found.pages == {"ar": 1, "fr": 0}
    assert (found.kit_built, found.kit_reused) == ({"pptx": 1}, {"decks": 2})
    assert (found.search_files, found.search_bytes) == (1, 2048)
    assert found.line().endswith(
        "| search index 2 KB in 1 files | skipped: PDF handouts missing on 1 of 1 trainer "
        "pages (first: courses/c/01-m/trainer/)"
    )


def test_a_kit_report_from_an_earlier_build_is_not_this_builds(tmp_path):
    project, site = tmp_path / "project", tmp_path / "site"
    project.mkdir()
    _fake_site(site, pdf=True)
    _kit_report(project, [])
    report_time = (project / ".cache/trainer-kit/report.json").stat().st_mtime
    stale = build_summary.collect(project, site, since=report_time + 10)
    assert stale.kit_skipped == ["trainer kit: not built"]
    fresh = build_summary.collect(project, site, since=report_time)
    assert fresh.kit_skipped == [] and fresh.skipped == []
    assert fresh.line().endswith("| skipped: nothing")
