"""A fork deploys as is: `site_url` and the "Open in Colab" repository come from the
environment the Pages workflow sets (TAMKEEN_SITE_URL, TAMKEEN_SOURCE_REPOSITORY,
TAMKEEN_SOURCE_BRANCH); without it, the committed defaults of mkdocs.yml hold.

The fixture gets mkdocs.yml's own three lines, so the test covers the real configuration.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

from tests.conftest import ROOT, copy_fixture, run_build

FORK = {
    "TAMKEEN_SITE_URL": "https://fork-owner.github.io/renamed",  # as configure-pages gives it
    "TAMKEEN_SOURCE_REPOSITORY": "fork-owner/renamed",
    "TAMKEEN_SOURCE_BRANCH": "feature",
}
KEYS = ("site_url", "source_repository", "source_branch")


def real_lines() -> dict[str, str]:
    """The `site_url:`, `source_repository:` and `source_branch:` lines of mkdocs.yml."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    found = {k: re.search(rf"^ *{k}:.*$", text, re.M) for k in KEYS}
    assert all(found.values()), found
    return {k: m.group(0) for k, m in found.items()}


def loaded(env: dict[str, str]) -> dict:
    """site_url and extra of the real mkdocs.yml as MkDocs loads it in `env`."""
    code = (
        "import json; from mkdocs.config import load_config; c = load_config('mkdocs.yml'); "
        "print(json.dumps([c['site_url'], c['extra']['source_repository'], "
        "c['extra']['source_branch']]))"
    )
    clean = {k: v for k, v in os.environ.items() if k not in FORK}
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return dict(zip(KEYS, json.loads(result.stdout), strict=True))


def test_committed_defaults_for_local_builds():
    assert loaded({}) == {
        "site_url": "https://tamkeen-oriental.github.io/tamkeen/",
        "source_repository": "tamkeen-oriental/tamkeen",
        "source_branch": "main",
    }


def test_the_environment_wins():
    assert loaded(FORK) == {
        "site_url": "https://fork-owner.github.io/renamed/",  # MkDocs adds the slash
        "source_repository": "fork-owner/renamed",
        "source_branch": "feature",
    }


def test_a_fork_build_has_its_own_canonical_and_colab_links(tmp_path):
    project = copy_fixture("notebooks/site", tmp_path)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    for key, line in real_lines().items():
        text, n = re.subn(rf"^ *{key}:.*$", line, text, count=1, flags=re.M)
        assert n == 1, key
    config.write_text(text, encoding="utf-8")
    site = tmp_path / "site"
    result = run_build(config, site, FORK)
    assert result.returncode == 0, result.stdout + result.stderr
    page = (site / "courses/demo/01-mod/01-good/index.html").read_text(encoding="utf-8")
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', page)
    assert canonical, "no canonical link"
    assert canonical.group(1) == "https://fork-owner.github.io/renamed/courses/demo/01-mod/01-good/"
    colab = re.findall(r'href="(https://colab\.research\.google\.com/[^"]+)"', page)
    assert colab == [
        "https://colab.research.google.com/github/fork-owner/renamed/blob/feature/"
        "notebooks/demo/01-mod/01-good.ar.ipynb"
    ], colab
    assert "tamkeen-oriental" not in page and "example.org/fixture" not in page
