"""The certificates' fixture site (issue 26): the fixture course (tests/fixtures/course) with
a second small course, the verify pages of docs/, and an issuers file of test trainers whose
keys are derived from their names (the same on every run, never used anywhere else).

- alpha: may certify `demo`, from 2020-01-01 (the trainer of the happy paths);
- beta: `demo` and `extra`, 2020-01-01 to 2021-12-31 (dates outside the window);
- gamma: `demo`, revoked on 2024-01-01 (a stolen key);
- stranger: a key in no list.

`cert_build` is built once per test session for every worker (tests/support/shared.py),
`cert_bundle` is the workshop zip of the same project, unzipped."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.support.server import SiteServer
from tests.support.shared import once

ROOT = Path(__file__).resolve().parents[2]
SITE_URL = "https://example.org/fixture/"
REVOKED_ID = "urn:tamkeen:RevokedCertificate01"
_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551  # P-256 order


def _b64(n: int) -> str:
    return base64.urlsafe_b64encode(n.to_bytes(32, "big")).decode().rstrip("=")


def private_jwk(label: str) -> dict:
    """A P-256 private key derived from `label` (test keys only)."""
    from cryptography.hazmat.primitives.asymmetric import ec

    d = int.from_bytes(hashlib.sha256(f"tamkeen-test-{label}".encode()).digest(), "big")
    d = d % (_N - 1) + 1
    pub = ec.derive_private_key(d, ec.SECP256R1()).public_key().public_numbers()
    return {"kty": "EC", "crv": "P-256", "x": _b64(pub.x), "y": _b64(pub.y), "d": _b64(d)}


def public(jwk: dict) -> dict:
    return {k: jwk[k] for k in ("kty", "crv", "x", "y")}


KEYS = {name: private_jwk(name) for name in ("alpha", "beta", "gamma", "stranger")}


def issuers_yaml() -> str:
    def key(name: str) -> str:
        return json.dumps(public(KEYS[name]))

    return f"""# test trainers (tests/support/cert_site.py)
issuers:
  - id: alpha
    name: Alpha Trainer
    key: {key("alpha")}
    courses: [demo]
    from: 2020-01-01
  - id: beta
    name: Beta Formatrice
    key: {key("beta")}
    courses: [demo, extra]
    from: 2020-01-01
    until: 2021-12-31
  - id: gamma
    name: Gamma
    key: {key("gamma")}
    courses: [demo]
    from: 2020-01-01
revoked_issuers:
  - {{id: gamma, date: 2024-01-01}}
revoked_credentials:
  - {{id: "{REVOKED_ID}", date: 2024-02-01}}
"""


def make_project(tmp: Path) -> Path:
    """The fixture project: a copy of tests/fixtures/course with the additions."""
    from tests.conftest import copy_fixture

    project = copy_fixture("course", tmp)
    docs = project / "docs"
    for lang in ("ar", "fr"):
        shutil.copy(ROOT / "docs" / f"verify.{lang}.md", docs / f"verify.{lang}.md")
    extra = docs / "courses" / "extra"
    shutil.copytree(docs / "courses" / "demo" / "02-more", extra / "01-only")
    titles = {"ar": "دورة إضافية", "fr": "Cours en plus"}
    for lang, title in titles.items():
        (extra / f"index.{lang}.md").write_text(
            f"---\ntitle: {title}\ndescription: {title}.\n---\n\n# {title}\n\n{title}.\n",
            encoding="utf-8",
        )
    (docs / "issuers.yml").write_text(issuers_yaml(), encoding="utf-8")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    text = text.replace("exclude_docs: |\n", "not_in_nav: |\n  /verify.*.md\nexclude_docs: |\n")
    text = text.replace("  glossary.yml\n", "  glossary.yml\n  issuers.yml\n", 1)
    text = text.replace(
        "  - courses/demo/index.md\n", "  - courses/demo/index.md\n  - courses/extra/index.md\n"
    )
    config.write_text(text, encoding="utf-8")
    return project


@pytest.fixture(scope="session")
def cert_build(tmp_path_factory) -> Path:
    """The certificates' fixture site, built once per session: read only."""

    def build(tmp: Path) -> None:
        from tests.conftest import run_build

        project = make_project(tmp)
        result = run_build(project / "mkdocs.yml", tmp / "site")
        assert result.returncode == 0, result.stdout + result.stderr

    return once(tmp_path_factory, "cert", build) / "site"


@pytest.fixture(scope="session")
def cert_server(cert_build):
    with SiteServer(cert_build) as srv:
        yield srv


@pytest.fixture(scope="session")
def cert_bundle(tmp_path_factory) -> Path:
    """The workshop zip (both languages) of the fixture, unzipped: `tamkeen/`."""

    def build(tmp: Path) -> None:
        project = make_project(tmp)
        out = tmp / "offline"
        result = subprocess.run(
            [sys.executable, "-m", "tools", "offline", "-f", str(project / "mkdocs.yml"),
             "-o", str(out)],
            cwd=ROOT, capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert result.returncode == 0, result.stdout + result.stderr
        with zipfile.ZipFile(out / "tamkeen.zip") as archive:
            archive.extractall(tmp / "unzipped")

    return once(tmp_path_factory, "cert-bundle", build) / "unzipped" / "tamkeen"


def docs_dir(tmp: Path) -> Path:
    """The fixture's docs folder, for the command line (made once per caller's folder)."""
    return make_project(tmp) / "docs"
