"""Certificates (issue 26), from the trainer's phone to the participant's, in both languages
at 360 px: the trainer creates a signing key in the class view (its encrypted backup opens
in Python with the passphrase), removes it, restores a listed trainer's key (a wrong
passphrase is refused), reads a participant's progress code and signs; the QR code decodes
to the link; the certificate verifies in Python and with openbadgeslib (an independent
Open Badges 3.0 implementation). The participant opens the link, keeps it, sees "verified:
issued by …, on …" on the progress page and prints the A4 certificate in both languages;
the progress export carries it to another phone. A certificate made by `python -m tools
credential issue` verifies on the page. Screenshots: tests/artifacts/cert-*.png."""

from __future__ import annotations

import base64
import contextlib
import io
import json
import subprocess
import zlib
from pathlib import Path

import pytest

from tests.conftest import ARTIFACTS, screenshot
from tests.support.cert_corpus import openbadgeslib_verify
from tests.support.cert_site import KEYS, SITE_URL, cert_build, cert_server, docs_dir  # noqa: F401
from tests.support.hostile import progress_code
from tests.test_browser_class_view import qr_decode
from tools.model import credential, issuers

pytestmark = pytest.mark.browser
PHONE = {
    "viewport": {"width": 360, "height": 740},
    "is_mobile": True,
    "has_touch": True,
    "device_scale_factor": 3,
}  # a phone screen: about 3 pixels per CSS pixel
LESSONS = ("demo/01-basics/01-first", "demo/01-basics/02-second", "demo/02-more/01-third")
DONE = {k: {"d": "2026-11-20"} for k in LESSONS}


def registry(tmp: Path):
    return issuers.load(docs_dir(tmp), {"demo", "extra"})


def raster(svg, png: Path, scale: int = 6) -> None:
    """The QR code as drawn (its SVG path of 1×1 modules), as a PNG for jsQR (an element
    screenshot under mobile emulation is clipped a little off)."""
    import re

    from PIL import Image, ImageDraw

    size = int(svg.get_attribute("viewBox").split()[2])
    img = Image.new("L", (size * scale, size * scale), 255)
    draw = ImageDraw.Draw(img)
    for x, y in re.findall(r"M(\d+) (\d+)h1v1h-1z", svg.locator("path").get_attribute("d")):
        x0, y0 = int(x) * scale, int(y) * scale
        draw.rectangle((x0, y0, x0 + scale - 1, y0 + scale - 1), fill=0)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    img.save(png)


def sign_in_class_view(pg, server, prefix: str) -> str:
    pg.goto(server.base + prefix + "class/")
    pg.locator(".tk-cert-issue:not([hidden])").wait_for()
    pg.fill("#tk-class-in", progress_code({"v": 1, "n": "Salma", "p": DONE}, compressed=True))
    pg.click("[data-tk-class-add]")
    pg.wait_for_function("() => !document.querySelector('.tk-cert-issue__form').hidden")
    assert pg.input_value("#tk-cert-name") == "Salma"
    assert pg.locator(".tk-cert-issue__lessons li.tk-class__done").count() == 3
    pg.click(".tk-cert-issue__sign")
    pg.locator(".tk-cert-issue__out:not([hidden]) .tk-qr svg").wait_for()
    return pg.locator(".tk-cert-issue__out").get_attribute("data-tk-token")


def test_issue_keep_print_move(chromium, cert_server, tmp_path):  # noqa: F811
    server = cert_server
    reg = registry(tmp_path)
    trainer = chromium.new_context(accept_downloads=True, **PHONE)
    pg = trainer.new_page()
    pg.goto(server.base + "fr/class/")
    pg.locator(".tk-cert-key:not([hidden])").wait_for()
    assert "mineurs" in pg.inner_text(".tk-cert-minors")
    # a new key: its backup opens with the passphrase, never without
    pg.fill("#tk-key-name", "Nadia")
    pg.fill("#tk-key-pass", "short")
    pg.fill("#tk-key-pass2", "short")
    pg.click(".tk-cert-key__create")
    assert "10" in pg.inner_text(".tk-cert-key__status")
    pg.fill("#tk-key-pass", "une phrase de passe")
    pg.fill("#tk-key-pass2", "une phrase de passe")
    pg.click(".tk-cert-key__create")
    pg.wait_for_function("() => !document.querySelector('.tk-cert-key__have').hidden")
    entry = pg.input_value("#tk-key-entry")
    with pg.expect_download() as download:
        pg.click(".tk-cert-key__backup")
    backup = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    private = credential.read_backup(backup, "une phrase de passe")
    assert f'x: "{private["x"]}"' in entry and "d" not in backup["pub"]
    with pytest.raises(ValueError):
        credential.read_backup(backup, "une autre phrase")
    assert "pas encore" in pg.inner_text(".tk-cert-key__listed")  # not in issuers.yml
    unlisted = sign_in_class_view(pg, server, "fr/")
    assert credential.verify(unlisted, reg, SITE_URL).code == "unknown"
    assert "formateur inconnu" in pg.inner_text(".tk-cert-issue__status")
    # removed, then alpha's key restored from a backup (a wrong passphrase first)
    pg.click(".tk-cert-key__remove")
    pg.click(".tk-cert-key__yes")
    pg.wait_for_function("() => !document.querySelector('.tk-cert-key__none').hidden")
    file = tmp_path / "alpha.json"
    file.write_text(json.dumps(credential.make_backup(KEYS["alpha"], "A", "alpha secret", 2000)))
    pg.set_input_files("#tk-key-file", str(file))
    pg.fill("#tk-key-restore-pass", "wrong secret")
    pg.click(".tk-cert-key__restore")
    pg.wait_for_function("() => document.querySelector('.tk-cert-key__status.tk-bad')")
    assert pg.locator(".tk-cert-key__have").is_hidden()
    pg.set_input_files("#tk-key-file", str(file))
    pg.fill("#tk-key-restore-pass", "alpha secret")
    pg.click(".tk-cert-key__restore")
    pg.wait_for_function("() => !document.querySelector('.tk-cert-key__have').hidden")
    assert "Alpha Trainer" in pg.inner_text(".tk-cert-key__listed")

    tokens, measures = {}, {}
    for lang, prefix in (("fr", "fr/"), ("ar", "")):
        token = sign_in_class_view(pg, server, prefix)
        verdict = credential.verify(token, reg, SITE_URL)
        assert verdict.code == "ok" and verdict.info["name"] == "Salma", verdict
        assert verdict.info["lessons"] is None  # every lesson done: none listed
        assert openbadgeslib_verify(token).identifiers[0].identity_hash == "Salma"
        link = pg.input_value("#tk-cert-link")
        assert link == f"{SITE_URL}{prefix}verify/#{token}"
        qr = pg.locator(".tk-cert-issue__out .tk-qr")
        png = ARTIFACTS / f"cert-qr-{lang}.png"
        raster(qr.locator("svg"), png)
        assert qr_decode(png) == link
        measures[lang] = {"token_bytes": len(token), "link_bytes": len(link.encode()),
                          "qr_version": int(qr.get_attribute("data-tk-version"))}  # fmt: skip
        pg.locator(".tk-cert-issue__status").scroll_into_view_if_needed()
        screenshot(pg, f"cert-issue-{lang}")
        tokens[lang] = token
    (ARTIFACTS / "cert-measures.json").write_text(json.dumps(measures, indent=1))
    assert all(m["qr_version"] <= 27 for m in measures.values()), measures
    trainer.close()

    # the participant opens the link, keeps the certificate, prints it, moves it
    phone = chromium.new_context(**PHONE)
    requests: list[str] = []
    phone.on("request", lambda r: requests.append(r.url))
    pg = phone.new_page()
    pg.add_init_script("window.print = function () { window.__printed = true; };")
    for lang, prefix in (("fr", "fr/"), ("ar", "")):
        pg.goto(f"{server.base}{prefix}verify/#{tokens[lang]}")
        pg.locator(".tk-cert-verdict[data-tk-verdict=ok]").wait_for()
        screenshot(pg, f"cert-verify-{lang}")
        pg.click(".tk-verify__keep")
        pg.wait_for_function("() => document.querySelector('.tk-verify__status').textContent")
    stored = pg.evaluate(
        "() => Object.keys(localStorage).filter(k => k.startsWith('tamkeen:cert:')).length"
    )
    assert stored == 2
    for lang, prefix in (("fr", "fr/"), ("ar", "")):
        pg.goto(f"{server.base}{prefix}progress/")
        items = pg.locator(".tk-cert-mine__item[data-tk-verdict=ok]")
        items.first.wait_for()
        assert items.count() == 2
        text = items.first.inner_text()
        assert "Alpha Trainer" in text and ("vérifié" if lang == "fr" else "صحيحة") in text
        pg.locator(".tk-cert-mine-title").scroll_into_view_if_needed()
        screenshot(pg, f"cert-mine-{lang}")
        items.first.locator("button").click()
        pg.wait_for_function("() => window.__printed")
        pdf = tmp_path / f"cert-{lang}.pdf"
        pg.pdf(path=str(pdf), format="A4", print_background=True)
        out = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        )
        assert "Certificat de réussite" in out.stdout and "Salma" in out.stdout
        assert "شهادة" in out.stdout or "ةداهش" in out.stdout  # pdftotext may reverse Arabic
        assert out.stdout.count("\f") == 1, "one A4 page"
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(pdf),
                        str(ARTIFACTS / f"cert-sheet-{lang}")], check=True)  # fmt: skip
        pg.emulate_media(media="print")
        screenshot(pg, f"cert-print-{lang}")
        pg.emulate_media(media="null")  # no emulation: page.pdf prints with print media
        pg.evaluate("document.documentElement.classList.remove('tk-printing-cert')")
    # the progress export carries the certificates to another phone
    pg.goto(server.base + "fr/progress/")
    pg.click("[data-tk-export]")
    code = pg.locator("#tk-code-out")
    pg.wait_for_function("() => document.querySelector('#tk-code-out').value")
    text = code.input_value()
    body = text[4 : text.rindex("-")]
    raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    moved = json.loads(zlib.decompress(raw, -15) if text.startswith("TK2") else raw)
    assert sorted(moved["c"]) == sorted(tokens.values())
    assert all(u.startswith(server.base) for u in requests), requests
    phone.close()
    other = chromium.new_context(**PHONE)
    pg = other.new_page()
    pg.goto(server.base + "fr/progress/")
    pg.fill("#tk-code-in", text)
    pg.click("[data-tk-import]")
    pg.wait_for_function(
        "() => Object.keys(localStorage).filter(k => k.startsWith('tamkeen:cert:')).length === 2"
    )
    other.close()


def test_cli_issued_certificate_verifies_on_the_page(chromium, cert_server, tmp_path, monkeypatch):  # noqa: F811
    docs = docs_dir(tmp_path)
    file = tmp_path / "alpha.json"
    file.write_text(json.dumps(credential.make_backup(KEYS["alpha"], "A", "alpha secret", 2000)))
    monkeypatch.setenv("TAMKEEN_KEY_PASSPHRASE", "alpha secret")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = credential.main(["--docs", str(docs), "--site-url", SITE_URL, "issue", "--key",
                                str(file), "--course", "demo", "--name", "Yanis",
                                "--lessons", "demo/01-basics/01-first"])  # fmt: skip
    assert code == 0
    token = out.getvalue().split()[0]
    context = chromium.new_context(**PHONE)
    pg = context.new_page()
    pg.goto(cert_server.base + "fr/verify/")
    pg.locator(".tk-verify:not([hidden])").wait_for()
    pg.fill("#tk-verify-in", token)
    pg.click(".tk-verify__check")
    pg.locator(".tk-cert-verdict[data-tk-verdict=ok]").wait_for()
    assert pg.locator(".tk-cert-lessons li").all_inner_texts() == ["Première leçon"]
    assert "Leçons (1 sur 3)" in pg.inner_text(".tk-cert-facts")
    context.close()
