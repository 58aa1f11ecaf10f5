"""`docs/issuers.yml`: the trainers who may sign Tamkeen certificates, and what is revoked.

    issuers:
      - id: nadia-b                  # a-z, 0-9 and -, once in the file
        name: Nadia B.               # as the certificates print it
        key: {kty: EC, crv: P-256, x: "…", y: "…"}   # the public key from the class view
        courses: [ai, marketing]     # the courses this trainer may certify
        from: 2026-01-01             # first day a certificate may carry
        until: 2026-12-31            # optional: last day
    revoked_issuers:                 # a stolen key: every certificate it signed is refused
      - {id: nadia-b, date: 2026-06-01}
    revoked_credentials:             # one certificate withdrawn
      - {id: "urn:tamkeen:AbCdEf…", date: 2026-06-02}

The maintainers' review of the pull request that adds an entry is what makes a trainer an
issuer: the site is built with this file (tools/site/cert_pages.py) and the page and the CLI
(tools/model/credential.py) trust no other key. A key is named in a credential by its `kid`, the
first 16 characters of its RFC 7638 thumbprint (computed here, never typed).
`make check` reports every problem at its line (tools/checks/rules/issuers.py).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

DATA_FILE = "issuers.yml"
ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*\Z")
CREDENTIAL_ID = re.compile(r"^urn:tamkeen:[A-Za-z0-9_-]{8,64}\Z")
B64URL = re.compile(r"^[A-Za-z0-9_-]+\Z")
KID_LENGTH = 16
MAX_NAME = 80
# What a printed name may not hold: control characters, bidi overrides and isolates,
# markup. Said by `make check` for issuers; a participant's name is cleaned when signed.
UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069<>]")
TOP_KEYS = ("issuers", "revoked_issuers", "revoked_credentials")
ISSUER_KEYS = ("id", "name", "key", "courses", "from", "until")
_DATE = re.compile(r"^\d{4}-\d\d-\d\d\Z")


@dataclass(frozen=True)
class Problem:
    line: int
    col: int
    key: str  # a message of tools/common/messages.py, `issuers.*`
    args: tuple[tuple[str, str], ...] = ()


@dataclass
class Issuer:
    id: str
    name: str
    jwk: dict
    kid: str
    courses: tuple[str, ...]
    start: dt.date
    end: dt.date | None
    line: int
    revoked: dt.date | None = None


@dataclass
class Registry:
    issuers: dict[str, Issuer] = field(default_factory=dict)  # kid -> issuer
    revoked_credentials: dict[str, dt.date] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def by_id(self, issuer_id: str) -> Issuer | None:
        return next((i for i in self.issuers.values() if i.id == issuer_id), None)


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def thumbprint(jwk: dict) -> str:
    """RFC 7638 thumbprint (SHA-256, base64url) of an EC public key."""
    members = {k: jwk[k] for k in ("crv", "kty", "x", "y")}
    canonical = json.dumps(members, separators=(",", ":"), sort_keys=True)
    return b64url(hashlib.sha256(canonical.encode("utf-8")).digest())


def kid_of(jwk: dict) -> str:
    return thumbprint(jwk)[:KID_LENGTH]


def _unb64url(text: str) -> bytes | None:
    if not isinstance(text, str) or not B64URL.match(text) or len(text) % 4 == 1:
        return None
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def public_key_problem(jwk: object) -> tuple[str, dict] | None:
    """Why `jwk` is not an EC P-256 public key a certificate can be checked with (a message
    key of tools/common/messages.py and its arguments), or None."""
    if not isinstance(jwk, dict):
        return "issuers.key.mapping", {}
    if "d" in jwk:
        return "issuers.key.private", {}
    if jwk.get("kty") != "EC" or jwk.get("crv") != "P-256":
        return "issuers.key.curve", {}
    extra = sorted(set(jwk) - {"kty", "crv", "x", "y", "alg", "use", "key_ops", "ext", "kid"})
    if extra:
        return "issuers.key.fields", {"fields": ", ".join(map(str, extra))}
    for coord in ("x", "y"):
        raw = _unb64url(jwk.get(coord))
        if raw is None or len(raw) != 32:
            return "issuers.key.coord", {"coord": coord}
    # crypto libraries load only to sign or check a certificate
    from cryptography.hazmat.primitives.asymmetric import ec

    try:  # the point must be on the curve
        ec.EllipticCurvePublicNumbers(
            int.from_bytes(_unb64url(jwk["x"]), "big"),
            int.from_bytes(_unb64url(jwk["y"]), "big"),
            ec.SECP256R1(),
        ).public_key()
    except ValueError:
        return "issuers.key.point", {}
    return None


def _pos(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _plain(node: yaml.Node):
    return yaml.SafeLoader(  # one node's value, as PyYAML's safe loader reads it
        ""
    ).construct_object(node, deep=True)


def _date(node: yaml.Node | None) -> dt.date | None:
    if not isinstance(node, yaml.ScalarNode) or not _DATE.match(node.value):
        return None
    try:
        return dt.date.fromisoformat(node.value)
    except ValueError:
        return None


def parse(text: str, courses: set[str] | None = None) -> Registry:
    """The registry of `text`, with every problem found at its line. Entries with a problem
    are left out: a broken entry never makes a key trusted. `courses`: the site's course
    keys (None: not checked)."""
    reg = Registry()
    out = reg.problems

    def problem(node: yaml.Node, message: str, /, **args: object) -> None:
        pairs = tuple(sorted((k, str(v)) for k, v in args.items()))
        out.append(Problem(*_pos(node), message, pairs))

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        out.append(
            Problem(line, col, "issuers.yaml", (("problem", str(getattr(exc, "problem", exc))),))
        )
        return reg
    if root is None:
        return reg
    if not isinstance(root, yaml.MappingNode):
        problem(root, "issuers.top")
        return reg
    sections = _mapping(root, problem, TOP_KEYS) or {}  # a mapping: checked just above
    for name, v in sections.items():
        if not isinstance(v, yaml.SequenceNode) and not (
            isinstance(v, yaml.ScalarNode) and v.value in ("", "null", "~")
        ):
            problem(v, "issuers.not_list", key=name)
            sections[name] = yaml.SequenceNode("tag:yaml.org,2002:seq", [])
    seen_ids: dict[str, int] = {}
    for item in getattr(sections.get("issuers"), "value", []) or []:
        issuer = _issuer(item, problem, courses, seen_ids)
        if issuer is None:
            continue
        if issuer.kid in reg.issuers:
            problem(item, "issuers.same_key", first=reg.issuers[issuer.kid].line)
            continue
        reg.issuers[issuer.kid] = issuer
    for item in getattr(sections.get("revoked_issuers"), "value", []) or []:
        fields = _mapping(item, problem, ("id", "date", "reason"))
        if fields is None:
            continue
        date = _date(fields.get("date"))
        if date is None:
            problem(fields.get("date", item), "issuers.bad_date", field="date")
            continue
        target = reg.by_id(_plain(fields["id"])) if "id" in fields else None
        if target is None:
            problem(fields.get("id", item), "issuers.revoked_unknown",
                    id=_plain(fields["id"]) if "id" in fields else "")  # fmt: skip
            continue
        target.revoked = date
    for item in getattr(sections.get("revoked_credentials"), "value", []) or []:
        fields = _mapping(item, problem, ("id", "date", "reason"))
        if fields is None:
            continue
        cid = _plain(fields["id"]) if "id" in fields else None
        date = _date(fields.get("date"))
        if not isinstance(cid, str) or not CREDENTIAL_ID.match(cid):
            problem(fields.get("id", item), "issuers.bad_credential_id")
        elif date is None:
            problem(fields.get("date", item), "issuers.bad_date", field="date")
        elif cid in reg.revoked_credentials:
            problem(fields["id"], "issuers.duplicate_credential", id=cid)
        else:
            reg.revoked_credentials[cid] = date
    return reg


def _mapping(item: yaml.Node, problem, known: tuple[str, ...]) -> dict[str, yaml.Node] | None:
    if not isinstance(item, yaml.MappingNode):
        problem(item, "issuers.entry")
        return None
    fields: dict[str, yaml.Node] = {}
    for k, v in item.value:
        if k.value not in known:
            problem(k, "issuers.unknown_key", key=k.value, known=", ".join(known))
        elif k.value in fields:
            problem(k, "issuers.duplicate_key", key=k.value)
        else:
            fields[k.value] = v
    return fields


def _issuer(item, problem, courses, seen_ids) -> Issuer | None:
    fields = _mapping(item, problem, ISSUER_KEYS)
    if fields is None:
        return None
    ok = True
    for name in ("id", "name", "key", "courses", "from"):
        if name not in fields:
            problem(item, "issuers.missing", field=name)
            ok = False
    if not ok:
        return None
    issuer_id = _plain(fields["id"])
    if not isinstance(issuer_id, str) or not ID.match(issuer_id):
        problem(fields["id"], "issuers.bad_id")
        ok = False
    elif issuer_id in seen_ids:
        problem(fields["id"], "issuers.duplicate_id", id=issuer_id, first=seen_ids[issuer_id])
        ok = False
    else:
        seen_ids[issuer_id] = _pos(fields["id"])[0]
    name = _plain(fields["name"])
    if not isinstance(name, str) or not name.strip() or len(name) > MAX_NAME:
        problem(fields["name"], "issuers.bad_name", max=MAX_NAME)
        ok = False
    elif UNSAFE_NAME.search(name):
        problem(fields["name"], "issuers.unsafe_name")
        ok = False
    jwk = _plain(fields["key"])
    why = public_key_problem(jwk)
    if why:
        problem(fields["key"], why[0], **why[1])
        ok = False
    listed = _plain(fields["courses"])
    if not isinstance(listed, list) or not listed or not all(isinstance(c, str) for c in listed):
        problem(fields["courses"], "issuers.bad_courses")
        ok = False
    elif courses is not None:
        for course in listed:
            if course not in courses:
                problem(fields["courses"], "issuers.unknown_course", course=course,
                        known=", ".join(sorted(courses)))  # fmt: skip
                ok = False
    start = _date(fields["from"])
    if start is None:
        problem(fields["from"], "issuers.bad_date", field="from")
        ok = False
    end = None
    if "until" in fields:
        end = _date(fields["until"])
        if end is None:
            problem(fields["until"], "issuers.bad_date", field="until")
            ok = False
        elif start and end < start:
            problem(fields["until"], "issuers.until_before_from")
            ok = False
    if not ok:
        return None
    jwk = {k: jwk[k] for k in ("kty", "crv", "x", "y")}
    return Issuer(issuer_id, name.strip(), jwk, kid_of(jwk), tuple(listed), start, end,
                  _pos(item)[0])  # fmt: skip


def load(docs_dir: Path, courses: set[str] | None = None) -> Registry:
    path = docs_dir / DATA_FILE
    if not path.is_file():
        return Registry()
    return parse(path.read_text(encoding="utf-8"), courses)
