"""Tamkeen certificates: Open Badges 3.0 credentials secured as a compact JWS (VC-JWT), signed
offline by a trainer listed in `docs/issuers.yml` (tools/model/issuers.py), checked with no server.

The credential (the JWT payload *is* the credential, OB 3.0 §8.2, with the registered
claims `iss`, `nbf` and `jti` beside it):

    {"@context": [VC 2.0, OB 3.0.3], "id": "urn:tamkeen:<16>", "type": [..., "OpenBadgeCredential"],
     "issuer": {"id": "urn:tamkeen:issuer:<kid>", "type": ["Profile"], "name": trainer},
     "validFrom": "2026-05-10T09:30:00Z",
     "credentialSubject": {"type": ["AchievementSubject"],
        "identifier": [{"type": "IdentityObject", "identityHash": <the chosen name>,
                        "identityType": "name", "hashed": false}],
        "lessons": "<6-character ids of the lessons done, only when not all>",
        "achievement": {"id": "<site>/courses/<course>/", "type": ["Achievement"],
                        "name": "<ar title> / <fr title>", "description": lessons and hours,
                        "criteria": {"narrative": ...}}},
     "iss": ..., "nbf": ..., "jti": ...}

Only the name the participant chose, the course and the date: no other personal field.
The verdict is computed in this order, the same in assets/js/credential.js (a differential
test runs a corpus through both): unreadable → alg → not ours → unknown issuer → signature →
claims → revoked → course → dates → ok.

    python -m tools credential verify FILE-OR-URL
    python -m tools credential issue --key BACKUP.json --course ai --name "Amina" [--out F]
"""

# Long module: verifying and issuing read the same credential shape (`payload`, `shape`) and must
# change together; the command line over them is the last section.

from __future__ import annotations

import argparse
import base64
import datetime as dt
import getpass
import hashlib
import json
import os
import re
import secrets
import sys
from dataclasses import dataclass, field
from pathlib import Path

from tools.common import languages, messages
from tools.common.messages import language, msg
from tools.common.paths import DEFAULT_LANGUAGE, LANGUAGES, ROOT
from tools.common.site_markdown import site_url
from tools.model import content, issuers
from tools.model.issuers import Registry

CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
TYPES = ["VerifiableCredential", "OpenBadgeCredential"]
ISSUER_PREFIX = "urn:tamkeen:issuer:"
ID_PREFIX = "urn:tamkeen:"
ALG = "ES256"
MAX_INPUT = 16 * 1024  # a certificate is about 1.3 KB; a QR code holds at most 3 KB
MAX_NAME = issuers.MAX_NAME
LESSON_ID = 6  # characters of a lesson's id in `lessons` (base64url of SHA-256 of its key)
SKEW = dt.timedelta(days=1)  # a phone's clock may be a day off
_TOKEN = re.compile(r"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\Z")
_PART = re.compile(r"^[A-Za-z0-9_-]*\Z")
_INSTANT = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\Z")
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_COURSE = re.compile(r"^[a-z0-9][a-z0-9_-]*\Z")
# Backup files (made by the class view; read by `issue`): PBKDF2-SHA-256 then AES-GCM.
BACKUP_KIND = "tamkeen-issuer-key"


class Unreadable(ValueError):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class Verdict:
    code: str  # ok, unreadable, foreign, tampered, unknown, revoked, not_allowed, dates
    reason: str = ""  # the detail: `cert.<code>.<reason>` in tools/common/messages.py
    args: dict = field(default_factory=dict)
    info: dict = field(default_factory=dict)  # what an accepted certificate says

    @property
    def ok(self) -> bool:
        return self.code == "ok"

    def text(self, lang: str | None = None) -> str:
        head = msg(f"cert.{self.code}").text(lang)
        if not self.reason:
            return head
        colon = languages.language(lang or language()).colon + " "
        return head + colon + msg(f"cert.{self.code}.{self.reason}", **self.args).text(lang)


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def unb64url(text: str) -> bytes:
    if not _PART.match(text) or len(text) % 4 == 1:
        raise Unreadable("base64")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def lesson_id(key: str) -> str:
    """A lesson's short id in a credential: stable while its key (its folders) is."""
    return b64url(hashlib.sha256(key.encode("utf-8")).digest())[:LESSON_ID]


def _no_constant(name: str):
    raise Unreadable("json")  # NaN, Infinity: not JSON (JSON.parse refuses them too)


def _pairs(pairs: list[tuple[str, object]]) -> dict:
    out: dict = {}
    for k, v in pairs:
        if k in out:
            raise Unreadable("duplicate")
        out[k] = v
    return out


def strict_json(raw: bytes) -> object:
    """JSON as JSON.parse reads it (UTF-8, no BOM, no NaN), refusing duplicated keys."""
    try:
        text = raw.decode("utf-8")
        return json.loads(text, object_pairs_hook=_pairs, parse_constant=_no_constant)
    except Unreadable:
        raise
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise Unreadable("json") from None


def course_url(site_url: str, course: str) -> str:
    return site_url.rstrip("/") + "/courses/" + course + "/"


def verify_urls(site_url: str) -> list[str]:
    """The verify page of each language, as a QR code or a link names it."""

    base = site_url.rstrip("/") + "/"
    prefixes = ["" if lang == DEFAULT_LANGUAGE else f"{lang}/" for lang in LANGUAGES]
    return [base + p + page for p in prefixes for page in ("verify/", "verify.html")]


def extract(text: str, site_url: str) -> str:
    """The token of what was pasted, scanned or loaded: a token, or a link to this site's
    verify page with the token after `#`. Raises Unreadable, or returns "" for a link to
    another site."""
    text = text.strip()
    if len(text) > MAX_INPUT:
        raise Unreadable("too_large")
    if _URL.match(text):
        link, _, fragment = text.partition("#")
        if link not in verify_urls(site_url):
            return ""
        text = fragment
    token = re.sub(r"\s+", "", text)
    if not _TOKEN.match(token):
        raise Unreadable("format")
    return token


def _decode(token: str) -> tuple[dict, dict, bytes]:
    head, body, sig = token.split(".")
    header, payload = strict_json(unb64url(head)), strict_json(unb64url(body))
    if not isinstance(header, dict) or not isinstance(payload, dict):
        raise Unreadable("not_object")
    return header, payload, sig.encode("ascii")


_ABSENT = object()


def _get(obj: object, *path: str) -> object:
    for key in path:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(key)
    return obj


def _instant(value: object) -> dt.datetime | None:
    if not isinstance(value, str) or not _INSTANT.match(value):
        return None
    try:
        return dt.datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def shape(payload: dict, site_url: str) -> dict | None:
    """What a Tamkeen certificate says (course, name, date, ids), or None if the payload is
    not one."""
    types = payload.get("type")
    if not isinstance(types, list) or not all(t in types for t in TYPES):
        return None
    context = payload.get("@context")  # VC 2.0, OB 3.0, then any others (the OB 3.0 schema)
    if not isinstance(context, list) or context[: len(CONTEXT)] != CONTEXT:
        return None
    issuer_id = _get(payload, "issuer", "id")
    subject = payload.get("credentialSubject")
    achievement = _get(subject, "achievement")
    ident = _get(subject, "identifier")
    url = _get(achievement, "id")
    prefix = site_url.rstrip("/") + "/courses/"
    if not (
        isinstance(issuer_id, str)
        and issuer_id.startswith(ISSUER_PREFIX)
        and isinstance(url, str)
        and url.startswith(prefix)
        and url.endswith("/")
        and _COURSE.match(url[len(prefix) : -1])
        and isinstance(ident, list)
        and len(ident) == 1
        and isinstance(_get(ident[0], "identityHash"), str)
        and _get(ident[0], "identityType") == "name"
        and 0 < len(ident[0]["identityHash"]) <= MAX_NAME
        and isinstance(payload.get("id"), str)
    ):
        return None
    # A member present but null is not absent (JSON.parse keeps the null).
    lessons = subject.get("lessons", _ABSENT)
    if lessons is not _ABSENT and (not isinstance(lessons, str) or len(lessons) > 2000):
        return None
    issued = _instant(payload.get("validFrom"))
    until = payload.get("validUntil", _ABSENT)
    if issued is None or (until is not _ABSENT and _instant(until) is None):
        return None
    return {
        "id": payload["id"],
        "name": ident[0]["identityHash"],
        "course": url[len(prefix) : -1],
        "issued": issued,
        "until": _instant(until) if until is not _ABSENT else None,
        "issuer": issuer_id,
        "lessons": lessons.split() if lessons is not _ABSENT and lessons else None,
        "title": _get(achievement, "name"),
    }


def _kid(header: dict) -> str | None:
    """The key a token names: its `kid`, else the thumbprint of its `jwk` (OB 3.0 §8.2.3
    allows either). Only a key of the list is ever used: a `jwk` merely names it."""
    kid = header.get("kid")
    if isinstance(kid, str):
        return kid
    jwk = header.get("jwk")
    if isinstance(jwk, dict) and all(isinstance(jwk.get(k), str) for k in ("kty", "crv", "x", "y")):
        return issuers.kid_of(jwk)
    return None


def _signature_ok(token: str, jwk: dict) -> bool:
    # crypto libraries load only to sign or check a certificate
    from joserfc import jws
    from joserfc.errors import JoseError
    from joserfc.jwk import ECKey

    try:
        jws.deserialize_compact(token, ECKey.import_key(jwk), algorithms=[ALG])
        return True
    except (JoseError, ValueError):
        return False


def verify(text: str, registry: Registry, site_url: str, now: dt.datetime | None = None) -> Verdict:
    """The verdict on what a reader pasted, scanned or loaded (see the module's docstring)."""
    now = now or dt.datetime.now(dt.UTC)
    try:
        token = extract(text, site_url)
        if not token:
            return Verdict("foreign", "another_site")
        header, payload, _ = _decode(token)
    except Unreadable as exc:
        return Verdict("unreadable", exc.reason)
    if header.get("alg") != ALG:
        return Verdict("tampered", "alg")
    said = shape(payload, site_url)
    if said is None:
        return Verdict("foreign", "not_ours")
    issuer = registry.issuers.get(_kid(header))
    if issuer is None:
        return Verdict("unknown", "issuer")
    if not _signature_ok(token, issuer.jwk):
        return Verdict("tampered", "signature")
    issued: dt.datetime = said["issued"]
    if (
        said["issuer"] != ISSUER_PREFIX + issuer.kid
        or payload.get("iss") != said["issuer"]
        or payload.get("jti") != said["id"]
        or payload.get("nbf") != int(issued.timestamp())
    ):
        return Verdict("tampered", "claims")
    if issuer.revoked:
        return Verdict("revoked", "issuer", {"date": issuer.revoked.isoformat()})
    if said["id"] in registry.revoked_credentials:
        return Verdict(
            "revoked", "credential", {"date": registry.revoked_credentials[said["id"]].isoformat()}
        )
    if said["course"] not in issuer.courses:
        return Verdict("not_allowed", "course")
    day = issued.date().isoformat()
    if issued > now + SKEW:
        return Verdict("dates", "future", {"date": day})
    if issued.date() < issuer.start:
        return Verdict("dates", "before", {"date": day})
    if issuer.end and issued.date() > issuer.end:
        return Verdict("dates", "after", {"date": day})
    if said["until"] and said["until"] < now:
        return Verdict("dates", "expired", {"date": said["until"].date().isoformat()})
    info = {
        "name": said["name"],
        "course": said["course"],
        "date": day,
        "issuer": issuer.name,
        "id": said["id"],
        "lessons": said["lessons"],
    }
    return Verdict("ok", info=info)


# --- issuing --------------------------------------------------------------------------


def clean_name(name: str) -> str:
    """The name as it will be printed: no control, direction or markup characters, spaces
    collapsed, at most MAX_NAME characters."""
    name = issuers.UNSAFE_NAME.sub("", name)
    return " ".join(name.split())[:MAX_NAME]


def hours(minutes: int, lang: str) -> str:
    value = f"{minutes / 60:.1f}".removesuffix(".0")
    return value.replace(".", languages.language(lang).decimal_mark)


# The languages a credential names its course in, in this order ("name": "<ar title> / <fr
# title>", and `describe`'s text): the credential's format, whatever the site's languages
# (credential.js reads this, tools/site/site_assets.py fills it in).
TITLE_LANGUAGES = ("ar", "fr")


def describe(lessons: int, minutes: int) -> str:
    """The achievement's description: lessons and hours, in both languages."""
    return (
        f"الدروس: {lessons} · المدة: {hours(minutes, 'ar')} س"
        f" / Leçons : {lessons} · Durée : {hours(minutes, 'fr')} h"
    )


def payload(
    *,
    kid: str,
    issuer_name: str,
    site_url: str,
    course: str,
    titles: tuple[str, ...],
    lesson_count: int,
    minutes: int,
    name: str,
    done: list[str] | None,
    when: dt.datetime,
    cid: str | None = None,
) -> dict:
    """The credential (JWT payload). `done`: ids of the lessons done, None when all are."""
    cid = cid or ID_PREFIX + b64url(secrets.token_bytes(12))
    when = when.astimezone(dt.UTC).replace(microsecond=0)
    iss = ISSUER_PREFIX + kid
    subject: dict = {
        "type": ["AchievementSubject"],
        "identifier": [
            {
                "type": "IdentityObject",
                "identityHash": clean_name(name),
                "identityType": "name",
                "hashed": False,
            }  # fmt: skip
        ],
    }
    if done is not None:
        subject["lessons"] = " ".join(done)
    url = course_url(site_url, course)
    subject["achievement"] = {
        "id": url,
        "type": ["Achievement"],
        "name": " / ".join(titles),
        "description": describe(lesson_count, minutes),
        "criteria": {"narrative": "Tamkeen"},
    }
    return {
        "@context": CONTEXT,
        "id": cid,
        "type": TYPES,
        "issuer": {"id": iss, "type": ["Profile"], "name": issuer_name},
        "validFrom": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "credentialSubject": subject,
        "iss": iss,
        "nbf": int(when.timestamp()),
        "jti": cid,
    }


def sign(private_jwk: dict, data: dict, header: dict | None = None) -> str:
    """A compact JWS of `data` (the credential) with the trainer's private key."""
    # crypto libraries load only to sign or check a certificate
    from joserfc import jws
    from joserfc.jwk import ECKey

    key = ECKey.import_key(private_jwk)
    public = {k: private_jwk[k] for k in ("kty", "crv", "x", "y")}
    protected = header or {"alg": ALG, "kid": issuers.kid_of(public)}
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return jws.serialize_compact(protected, body, key, algorithms=[protected["alg"]])


def _kdf(passphrase: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", passphrase.encode("utf-8"), salt, iterations, 32)


def read_backup(data: dict, passphrase: str) -> dict:
    """The private JWK of a class view backup file (raises ValueError: wrong passphrase or
    not a backup)."""
    # crypto libraries load only to sign or check a certificate
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not isinstance(data, dict) or data.get("kind") != BACKUP_KIND or data.get("v") != 1:
        raise ValueError("not a Tamkeen key backup")
    kdf = data["kdf"]
    key = _kdf(passphrase, unb64url(kdf["salt"]), int(kdf["iterations"]))
    try:
        plain = AESGCM(key).decrypt(unb64url(data["iv"]), unb64url(data["key"]), None)
    except InvalidTag:
        raise ValueError("wrong passphrase, or the file was changed") from None
    jwk = json.loads(plain)
    if {k: jwk.get(k) for k in ("x", "y")} != {k: data["pub"].get(k) for k in ("x", "y")}:
        raise ValueError("the backup's public key does not match its private key")
    return jwk


def make_backup(private_jwk: dict, name: str, passphrase: str, iterations: int = 310_000) -> dict:
    """A backup file as the class view writes it (for tests and for a trainer's script)."""
    # crypto libraries load only to sign or check a certificate
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, iv = secrets.token_bytes(16), secrets.token_bytes(12)
    key = _kdf(passphrase, salt, iterations)
    plain = json.dumps({k: private_jwk[k] for k in ("kty", "crv", "x", "y", "d")}).encode()
    pub = {k: private_jwk[k] for k in ("kty", "crv", "x", "y")}
    return {
        "v": 1,
        "kind": BACKUP_KIND,
        "name": name,
        "kid": issuers.kid_of(pub),
        "pub": pub,
        "kdf": {
            "name": "PBKDF2",
            "hash": "SHA-256",
            "iterations": iterations,
            "salt": b64url(salt),
        },  # fmt: skip
        "iv": b64url(iv),
        "key": b64url(AESGCM(key).encrypt(iv, plain, None)),
    }


def new_private_jwk() -> dict:
    # crypto libraries load only to sign or check a certificate
    from joserfc.jwk import ECKey

    return ECKey.generate_key("P-256", private=True).as_dict(private=True)


# --- command line ---------------------------------------------------------------------


def _site_url(config: Path) -> str:
    return site_url(config) if config.is_file() else ""


def _read_input(arg: str) -> str:
    if arg == "-":
        return sys.stdin.read(MAX_INPUT + 1)
    path = Path(arg)
    try:  # a token is a name too long for a file
        is_file = not _URL.match(arg) and path.is_file()
    except OSError:
        is_file = False
    if is_file:
        with path.open("rb") as f:
            raw = f.read(MAX_INPUT + 1)
        return raw.decode("utf-8", errors="replace")
    return arg


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="tamkeen credential",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--docs", type=Path, default=ROOT / "docs", help="the docs folder")
    parser.add_argument("--config", type=Path, default=ROOT / "mkdocs.yml")
    parser.add_argument("--site-url", help="default: site_url of mkdocs.yml")
    parser.add_argument("--lang", choices=messages.LANGS, default=messages.default_language())
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("verify", help="FILE-OR-URL: the verdict on a certificate")
    check.add_argument("input", help="a file, a link to the verify page, a token, or -")
    check.add_argument("--json", action="store_true", help="the verdict as JSON")
    issue = sub.add_parser("issue", help="sign a certificate with a key backup file")
    issue.add_argument("--key", type=Path, required=True, help="the backup file (.json)")
    issue.add_argument("--course", required=True)
    issue.add_argument("--name", required=True, help="the name as the participant wants it")
    issue.add_argument("--lessons", default="all", help="all, or lesson keys joined by commas")
    issue.add_argument("--out", type=Path, help="write the certificate to this file")
    args = parser.parse_args(argv)
    messages.set_language(args.lang)
    site_url = args.site_url or _site_url(args.config)
    site = content.load(args.docs)
    registry = issuers.load(args.docs, {c.key for c in site.courses})
    if args.command == "verify":
        verdict = verify(_read_input(args.input), registry, site_url)
        if args.json:
            found = {"code": verdict.code, "reason": verdict.reason}
            found |= {"args": verdict.args, "info": verdict.info}
            print(json.dumps(found, ensure_ascii=False))
        else:
            print(verdict.text())
            for k, v in verdict.info.items():
                if v:
                    print(f"  {k}: {' '.join(v) if isinstance(v, list) else v}")
        return 0 if verdict.ok else 1
    return _issue(args, site, registry, site_url)


def _issue(args, site, registry: Registry, site_url: str) -> int:
    course = next((c for c in site.courses if c.key == args.course), None)
    if course is None:
        print(f"no course {args.course!r}: " + ", ".join(c.key for c in site.courses))
        return 2
    backup = json.loads(args.key.read_text(encoding="utf-8"))
    passphrase = os.environ.get("TAMKEEN_KEY_PASSPHRASE") or getpass.getpass("passphrase: ")
    try:
        private = read_backup(backup, passphrase)
    except (ValueError, KeyError) as exc:
        print(f"{args.key}: {exc}")
        return 1
    kid = issuers.kid_of(private)
    listed = registry.issuers.get(kid)
    if listed is None:
        print(f"warning: key {kid} is not in issuers.yml: the certificate will not verify")
    lessons = course.lessons
    if args.lessons == "all":
        done = None
    else:
        wanted = [k.strip() for k in args.lessons.split(",") if k.strip()]
        keys = {lesson.key for lesson in lessons}
        unknown = [k for k in wanted if k not in keys]
        if unknown:
            print("not lessons of this course: " + ", ".join(unknown))
            return 2
        done = None if set(wanted) == keys else [lesson_id(k) for k in wanted]
    data = payload(
        kid=kid,
        issuer_name=listed.name if listed else str(backup.get("name") or ""),
        site_url=site_url,
        course=course.key,
        titles=tuple(course.title(code) for code in TITLE_LANGUAGES),
        lesson_count=len(lessons),
        minutes=course.duration(),
        name=args.name,
        done=done,
        when=dt.datetime.now(dt.UTC),
    )
    token = sign(private, data)
    if args.out:
        args.out.write_text(token + "\n", encoding="utf-8")
    print(token)
    print(verify_urls(site_url)[0] + "#" + token)
    return 0
