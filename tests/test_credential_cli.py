"""`python -m tools credential` (tools/model/credential.py): every case of the corpus gets its
verdict (the browser test checks that the page agrees); `issue` signs with a key backup
and its certificate verifies here and with openbadgeslib, an independent Open Badges 3.0
implementation; a wrong passphrase signs nothing; the credential holds no personal field
but the chosen name."""

from __future__ import annotations

import contextlib
import io
import json

from tests.support.cert_corpus import cases, openbadgeslib_verify
from tests.support.cert_site import KEYS, SITE_URL, docs_dir, issuers_yaml
from tools.model import credential, issuers


def run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = credential.main(list(args))
    return code, out.getvalue()


def test_corpus_verdicts():
    reg = issuers.parse(issuers_yaml(), {"demo", "extra"})
    for case in cases():
        v = credential.verify(case.text, reg, SITE_URL)
        assert (v.code, v.reason) == (case.code, case.reason), case.name


def test_issue_then_verify(tmp_path, monkeypatch):
    docs = docs_dir(tmp_path)
    backup = tmp_path / "key.json"
    backup.write_text(json.dumps(credential.make_backup(KEYS["alpha"], "A", "s3cret phrase", 1000)))
    common = ["--docs", str(docs), "--site-url", SITE_URL, "--lang", "fr"]
    monkeypatch.setenv("TAMKEEN_KEY_PASSPHRASE", "wrong phrase")
    code, out = run(*common, "issue", "--key", str(backup), "--course", "demo", "--name", "Amina")
    assert code == 1 and "passphrase" in out
    monkeypatch.setenv("TAMKEEN_KEY_PASSPHRASE", "s3cret phrase")
    target = tmp_path / "cert.txt"
    code, out = run(*common, "issue", "--key", str(backup), "--course", "demo",
                    "--name", "Amina\u202e <b>", "--out", str(target))  # fmt: skip
    assert code == 0
    token, link = out.split()[:2]
    assert link == SITE_URL + "verify/#" + token
    for given in (str(target), link, token):
        code, out = run(*common, "verify", given)
        assert code == 0 and out.startswith("certificat vérifié"), out
    data = openbadgeslib_verify(token)
    assert data.identifiers[0].identity_hash == "Amina b"  # cleaned: no control, no markup
    body = json.dumps(data.raw)
    for field in ("email", "phone", "telephone", "birth", "nationalId"):
        assert field not in body
    code, out = run(*common, "--lang", "ar", "verify", token[:-5] + "AAAAA")
    assert code == 1 and "مزوّرة" in out
