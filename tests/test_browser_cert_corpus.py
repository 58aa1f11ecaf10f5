"""Certificates (issue 26): the verify page and `python -m tools credential verify` give the
same verdict, the expected one, on every case of the corpus (tests/support/cert_corpus.py:
tampered, unknown trainer, alg none, HS256, key confusion, revoked, course not allowed,
dates, 1 MB, malformed base64, not an object, duplicated keys, a link to another host…),
in both languages; the message is the page's language; a name with markup or direction
controls is shown as text, isolated; nothing is stored and nothing requested elsewhere."""

from __future__ import annotations

import contextlib
import io
import json

import pytest

from tests.support.cert_corpus import cases
from tests.support.cert_site import SITE_URL, cert_build, cert_server, docs_dir  # noqa: F401
from tools.common.messages import MESSAGES
from tools.model import credential

pytestmark = pytest.mark.browser


def cli(docs, path) -> tuple[int, dict]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = credential.main(
            ["--docs", str(docs), "--site-url", SITE_URL, "verify", str(path), "--json"]
        )
    return code, json.loads(out.getvalue())


def test_page_and_cli_agree_on_the_corpus(chromium, cert_server, tmp_path):  # noqa: F811
    corpus = cases()
    assert len([c for c in corpus if c.code != "ok"]) >= 30
    docs = docs_dir(tmp_path)
    by_cli = {}
    for i, case in enumerate(corpus):
        path = tmp_path / f"case-{i}.txt"
        path.write_text(case.text, encoding="utf-8")
        code, got = cli(docs, path)
        by_cli[case.name] = (got["code"], got["reason"])
        assert code == (0 if case.code == "ok" else 1), case.name

    context = chromium.new_context(viewport={"width": 360, "height": 740}, is_mobile=True,
                                   has_touch=True)  # fmt: skip
    requests: list[str] = []
    context.on("request", lambda r: requests.append(r.url))
    pg = context.new_page()
    for lang, prefix in (("fr", "fr/"), ("ar", "")):
        pg.goto(cert_server.base + prefix + "verify/")
        pg.locator(".tk-verify:not([hidden])").wait_for()
        before = pg.evaluate("() => Object.keys(localStorage).sort()")
        by_page = {}
        for i, case in enumerate(corpus):
            pg.evaluate(
                "document.querySelector('.tk-cert-verdict').removeAttribute('data-tk-verdict')"
            )
            if len(case.text) > 100_000:  # the 1 MB case comes as a file
                path = tmp_path / f"case-{i}.txt"
                pg.set_input_files("#tk-verify-file", str(path))
            else:
                pg.fill("#tk-verify-in", case.text)
                pg.click(".tk-verify__check")
            pg.wait_for_function(
                "() => document.querySelector('.tk-cert-verdict').hasAttribute('data-tk-verdict')"
            )
            result = pg.locator(".tk-cert-verdict")
            by_page[case.name] = (result.get_attribute("data-tk-verdict"),
                                  result.get_attribute("data-tk-reason"))  # fmt: skip
            head = pg.inner_text(".tk-cert-verdict__head")
            assert MESSAGES[f"cert.{case.code}"][lang] in head, (case.name, head)
            keep = pg.locator(".tk-verify__keep")
            assert keep.is_visible() == (case.code == "ok"), case.name
            if case.name == "name with HTML":
                assert pg.locator(".tk-cert-verdict img").count() == 0
                name = pg.locator(".tk-cert-facts dd bdi").first
                assert name.inner_text() == '<img src=x onerror="alert(1)">Amina'
            if case.name == "name with bidi controls":
                name = pg.locator(".tk-cert-facts dd bdi").first
                assert name.get_attribute("dir") == "auto"  # isolated from the text around it
                assert "\u202e" in name.evaluate("e => e.textContent")
        for case in corpus:
            assert by_page[case.name] == (case.code, case.reason), (
                lang,
                case.name,
                by_page[case.name],
            )
            assert by_cli[case.name] == by_page[case.name], case.name
        # nothing stored: the page never keeps a certificate it was only asked to check
        assert pg.evaluate("() => Object.keys(localStorage).sort()") == before
    assert all(u.startswith(cert_server.base) for u in requests), requests
    context.close()
