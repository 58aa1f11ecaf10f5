"""`docs/issuers.yml` (tools/model/issuers.py, tools/checks/rules/issuers.py): `make check` names
the line
of every mistake, in English, Arabic and French; a broken entry never makes a key trusted;
the repository's own file is valid."""

from __future__ import annotations

import json

from tests.support.cert_site import KEYS, issuers_yaml, public
from tools.common.messages import msg
from tools.model import issuers

COURSES = {"demo", "extra"}
ALPHA = json.dumps(public(KEYS["alpha"]))


def problems(text: str) -> list[tuple[int, str]]:
    return [(p.line, p.key) for p in issuers.parse(text, COURSES).problems]


def entry(**fields) -> str:
    base = {"id": "nadia", "name": "Nadia", "key": ALPHA, "courses": "[demo]", "from": "2026-01-01"}
    base.update(fields)
    lines = [f"    {k}: {v}" for k, v in base.items() if v is not None]
    return "issuers:\n  - " + "\n".join(lines).lstrip() + "\n"


def test_the_test_file_is_valid_and_trusted():
    reg = issuers.parse(issuers_yaml(), COURSES)
    assert reg.problems == []
    assert sorted(i.id for i in reg.issuers.values()) == ["alpha", "beta", "gamma"]
    assert reg.by_id("gamma").revoked.isoformat() == "2024-01-01"


def test_each_mistake_at_its_line():
    private = dict(KEYS["alpha"])
    cases = {
        "issuers: [\n": (2, "issuers.yaml"),
        "- a\n": (1, "issuers.top"),
        "people: []\n": (1, "issuers.unknown_key"),
        entry(id="Nadia B"): (2, "issuers.bad_id"),
        entry(name='"<b>Nadia</b>"'): (3, "issuers.unsafe_name"),
        entry(key=json.dumps(private)): (4, "issuers.key.private"),
        entry(key='{"kty": "OKP", "crv": "Ed25519", "x": "abc"}'): (4, "issuers.key.curve"),
        entry(key=ALPHA.replace(public(KEYS["alpha"])["x"][:5], "AAAAA")): (4, "issuers.key.point"),
        entry(courses="[demo, cooking]"): (5, "issuers.unknown_course"),
        entry(**{"from": "01/09/2026"}): (6, "issuers.bad_date"),
        entry(until="2025-01-01"): (7, "issuers.until_before_from"),
        entry(courses=None): (2, "issuers.missing"),
        entry() + "revoked_issuers:\n  - {id: nobody, date: 2026-01-01}\n": (
            8,
            "issuers.revoked_unknown",
        ),
        entry() + "revoked_credentials:\n  - {id: x, date: 2026-01-01}\n": (
            8,
            "issuers.bad_credential_id",
        ),
    }
    for text, want in cases.items():
        found = problems(text)
        assert want in found, (text, found)
        if not want[1].startswith(("issuers.revoked", "issuers.bad_credential")):
            assert not issuers.parse(text, COURSES).issuers, text  # the entry is left out
    twice = (
        entry()
        + "  - id: nadia\n    name: N\n    key: "
        + ALPHA
        + "\n    courses: [demo]\n    from: 2026-01-01\n"
    )
    assert (7, "issuers.duplicate_id") in problems(twice)


def test_messages_in_three_languages():
    m = msg("issuers.key.private")
    texts = {lang: m.text(lang) for lang in ("en", "ar", "fr")}
    assert "PRIVATE" in texts["en"] and "الخاص" in texts["ar"] and "PRIVÉE" in texts["fr"]


def test_the_repository_file_is_valid():
    from tools.common.paths import ROOT

    text = (ROOT / "docs" / issuers.DATA_FILE).read_text(encoding="utf-8")
    assert issuers.parse(text, {"ai", "marketing"}).problems == []
