"""Certificates good and bad (issue 26), each with the verdict the page and the command line
must both give: (name, text a reader pastes or scans, code, reason). Made with the test
trainers of tests/support/cert_site.py; signed by hand where a case needs bytes that no
honest signer writes (a duplicated key, a payload that is not an object)."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
from dataclasses import dataclass

from tests.support.cert_site import KEYS, REVOKED_ID, SITE_URL, public
from tools.model import credential, issuers


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    code: str
    reason: str = ""


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def sign_raw(jwk: dict, header: bytes, body: bytes) -> str:
    """A compact JWS of these exact bytes, ES256."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

    h, b = b64(header), b64(body)
    d = int.from_bytes(base64.urlsafe_b64decode(jwk["d"] + "=="), "big")
    der = ec.derive_private_key(d, ec.SECP256R1()).sign(
        f"{h}.{b}".encode(), ec.ECDSA(hashes.SHA256())
    )
    r, s = decode_dss_signature(der)
    return f"{h}.{b}.{b64(r.to_bytes(32, 'big') + s.to_bytes(32, 'big'))}"


def kid(name: str) -> str:
    return issuers.kid_of(public(KEYS[name]))


def payload(signer: str = "alpha", course: str = "demo", name: str = "Amina",
            when: dt.datetime | None = None, **changes) -> dict:  # fmt: skip
    data = credential.payload(
        kid=kid(signer), issuer_name=signer, site_url=SITE_URL, course=course,
        titles=("دورة تجريبية", "Cours démo"), lesson_count=3, minutes=75, name=name,
        done=None, when=when or dt.datetime(2025, 5, 10, 9, 30, tzinfo=dt.UTC),
        cid=changes.pop("cid", None),
    )  # fmt: skip
    data.update(changes)
    return data


def token(data: dict, signer: str = "alpha", header: dict | None = None) -> str:
    head = header or {"alg": "ES256", "kid": kid(signer)}
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    return sign_raw(KEYS[signer], json.dumps(head).encode(), body)


def _swap(text: str, at: int) -> str:
    """`text` with the character at `at` changed to another base64url letter."""
    return text[:at] + ("B" if text[at] != "B" else "C") + text[at + 1 :]


def cases() -> list[Case]:
    good = token(payload())
    h, b, s = good.split(".")
    link = SITE_URL + "verify/#" + good
    pub_pem = _pem("alpha")
    tampered_name = json.loads(base64.urlsafe_b64decode(b + "=="))
    tampered_name["credentialSubject"]["identifier"][0]["identityHash"] = "Amine"
    hs_head = b64(json.dumps({"alg": "HS256", "kid": kid("alpha")}).encode())
    hs_sig = b64(hmac.new(pub_pem, f"{hs_head}.{b}".encode(), hashlib.sha256).digest())
    none_head = b64(json.dumps({"alg": "none", "kid": kid("alpha")}).encode())
    future = dt.datetime(2100, 1, 1, tzinfo=dt.UTC)
    body = json.dumps(payload(), separators=(",", ":"))
    dup = body[:-1] + ',"jti":"urn:tamkeen:other"}'
    confused = payload("beta")  # signed by beta, but says it is alpha's
    confused["issuer"]["id"] = confused["iss"] = credential.ISSUER_PREFIX + kid("alpha")
    no_context = payload()
    no_context["type"] = ["VerifiableCredential"]
    elsewhere = payload()
    elsewhere["credentialSubject"]["achievement"]["id"] = "https://evil.example/courses/demo/"
    bad_day = payload()
    bad_day["validFrom"] = "2025-02-30T09:30:00Z"

    def named(name: str) -> dict:  # the signer cleans names: these were written by hand
        data = payload()
        data["credentialSubject"]["identifier"][0]["identityHash"] = name
        return data

    long_name = named("A" * 81)
    null_lessons = payload()
    null_lessons["credentialSubject"]["lessons"] = None
    short_sig = sign_raw(KEYS["alpha"], json.dumps({"alg": "ES256", "kid": kid("alpha")}).encode(),
                         body.encode())[:-3]  # fmt: skip
    str_head = b64(b'"ES256"')
    dup_head = b64(b'{"alg":"none","alg":"ES256"}')
    not_json = b64(b"{alg: ES256}")
    not_utf8 = b64(b'{"a":"' + bytes([255]) + b'"}')
    bom = b64(b"\xef\xbb\xbf" + body.encode())
    nan = b64(body[:-1].encode() + b',"x":NaN}')
    broken = b + {0: "A", 1: "", 2: "AAA", 3: "AA"}[len(b) % 4]  # length 1 more than 4n
    return [
        Case("good token", good, "ok"),
        Case("good link", link, "ok"),
        Case("made and signed by openbadgeslib", openbadgeslib_token(), "ok"),
        Case("good link, French page", SITE_URL + "fr/verify/#" + good, "ok"),
        Case("token with spaces and line breaks", good[:40] + "\n  " + good[40:], "ok"),
        Case("name with HTML", token(named('<img src=x onerror="alert(1)">Amina')), "ok"),
        Case("name with bidi controls", token(named("Amina\u202etxt.exe\u2066")), "ok"),
        Case(
            "changed letter in the payload",
            f"{h}.{b64(json.dumps(tampered_name).encode())}.{s}",
            "tampered",
            "signature",
        ),  # fmt: skip
        Case("changed letter in the signature", f"{h}.{b}.{_swap(s, 20)}", "tampered", "signature"),
        Case("signature cut short", short_sig, "tampered", "signature"),
        Case(
            "valid signature by an unknown key",
            token(payload("stranger"), "stranger"),
            "unknown",
            "issuer",
        ),  # fmt: skip
        Case("no kid", token(payload(), header={"alg": "ES256"}), "unknown", "issuer"),
        Case("alg none", f"{none_head}.{b}.", "tampered", "alg"),
        Case("HS256 with the public key as secret", f"{hs_head}.{b}.{hs_sig}", "tampered", "alg"),
        Case(
            "kid of alpha, signed by beta",
            token(payload(), "beta", {"alg": "ES256", "kid": kid("alpha")}),
            "tampered",
            "signature",
        ),  # fmt: skip
        Case("signed by beta, claims to be alpha", token(confused, "beta"), "tampered", "claims"),
        Case(
            "jti is not the id",
            token(payload(jti="urn:tamkeen:someoneElse0")),
            "tampered",
            "claims",
        ),  # fmt: skip
        Case("nbf is not validFrom", token(payload(nbf=1)), "tampered", "claims"),
        Case("revoked trainer", token(payload("gamma"), "gamma"), "revoked", "issuer"),
        Case("revoked certificate", token(payload(cid=REVOKED_ID)), "revoked", "credential"),
        Case(
            "course the trainer may not certify",
            token(payload(course="extra")),
            "not_allowed",
            "course",
        ),  # fmt: skip
        Case(
            "dated before the trainer's window",
            token(payload("beta", when=dt.datetime(2019, 6, 1, tzinfo=dt.UTC)), "beta"),
            "dates",
            "before",
        ),  # fmt: skip
        Case(
            "dated after the trainer's window",
            token(payload("beta", when=dt.datetime(2023, 6, 1, tzinfo=dt.UTC)), "beta"),
            "dates",
            "after",
        ),  # fmt: skip
        Case("issue date in the future", token(payload(when=future)), "dates", "future"),
        Case("expired", token(payload(validUntil="2021-01-01T00:00:00Z")), "dates", "expired"),
        Case("1 MB token", f"{h}.{b + 'A' * (1024 * 1024)}.{s}", "unreadable", "too_large"),
        Case("malformed base64", f"{h}.{broken}.{s}", "unreadable", "base64"),
        Case(
            "payload is a JSON list",
            sign_raw(
                KEYS["alpha"],
                json.dumps({"alg": "ES256", "kid": kid("alpha")}).encode(),
                b"[1,2,3]",
            ),
            "unreadable",
            "not_object",
        ),  # fmt: skip
        Case("header is a JSON string", f"{str_head}.{b}.{s}", "unreadable", "not_object"),
        Case(
            "duplicated keys",
            sign_raw(
                KEYS["alpha"],
                json.dumps({"alg": "ES256", "kid": kid("alpha")}).encode(),
                dup.encode(),
            ),
            "unreadable",
            "duplicate",
        ),  # fmt: skip
        Case(
            "duplicated keys in the header", f"{dup_head}.{b}.{s}", "unreadable", "duplicate"
        ),  # fmt: skip
        Case("not JSON", f"{not_json}.{b}.{s}", "unreadable", "json"),
        Case("not UTF-8", f"{h}.{not_utf8}.{s}", "unreadable", "json"),  # fmt: skip
        Case("byte order mark", f"{h}.{bom}.{s}", "unreadable", "json"),
        Case("NaN in JSON", f"{h}.{nan}.{s}", "unreadable", "json"),
        Case("two parts", f"{h}.{b}", "unreadable", "format"),
        Case("empty", "   ", "unreadable", "format"),
        Case(
            "QR code with a link to another host",
            "https://evil.example/verify/#" + good,
            "foreign",
            "another_site",
        ),  # fmt: skip
        Case(
            "link to another page of the site",
            SITE_URL + "progress/#" + good,
            "foreign",
            "another_site",
        ),  # fmt: skip
        Case("not an Open Badge", token(no_context), "foreign", "not_ours"),
        Case("course of another site", token(elsewhere), "foreign", "not_ours"),
        Case("name too long", token(long_name), "foreign", "not_ours"),
        Case("impossible date", token(bad_day), "foreign", "not_ours"),
        Case("lessons is null", token(null_lessons), "foreign", "not_ours"),
    ]


def _pem(name: str) -> bytes:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    jwk = KEYS[name]
    x, y = (int.from_bytes(base64.urlsafe_b64decode(jwk[c] + "=="), "big") for c in ("x", "y"))
    key = ec.EllipticCurvePublicNumbers(x, y, ec.SECP256R1()).public_key()
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def openbadgeslib_token() -> str:
    """A certificate made and signed by openbadgeslib (an independent Open Badges 3.0
    library) with alpha's key: its header names the key by `jwk`, not `kid`."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from openbadgeslib.ob3.credential import (
        Achievement,
        IdentityObject,
        Issuer,
        OpenBadgeCredential,
    )
    from openbadgeslib.ob3.signer import OB3Signer

    d = int.from_bytes(base64.urlsafe_b64decode(KEYS["alpha"]["d"] + "=="), "big")
    pem = ec.derive_private_key(d, ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    cred = OpenBadgeCredential(
        issuer=Issuer(id=credential.ISSUER_PREFIX + kid("alpha"), name="Alpha Trainer"),
        recipient_id=None,
        achievement=Achievement(id=SITE_URL + "courses/demo/", name="Demo",
                                description="the demo course", criteria_narrative="its lessons"),
        id="urn:tamkeen:FromOpenBadgesLib1",
        issuance_date=dt.datetime(2025, 6, 1, tzinfo=dt.UTC),
        identifiers=[IdentityObject(identity_hash="Yanis", identity_type="name", hashed=False)],
    )  # fmt: skip
    return OB3Signer(pem, "ES256").sign(cred)


def openbadgeslib_verify(token: str, signer: str = "alpha"):
    """openbadgeslib's own verifier on a token, with the trainer's public key."""
    from openbadgeslib.ob3.verifier import OB3Verifier

    return OB3Verifier(_pem(signer)).verify(token)
