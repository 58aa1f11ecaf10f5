"""Notebooks under `notebooks/`, checked like Markdown lessons: every error as
`path:line:col` in the `.ipynb` file (the JSON line of the cell, output or field).

What is checked: valid JSON, nbformat 4 and its schema, the name and the counterpart in the
other language, the lesson front matter (metadata `tamkeen` or a first raw cell), output
size budgets, local paths and e-mails in metadata and outputs, obvious secrets in code and
outputs, active content (script, handlers, iframes, JavaScript outputs), and code cells that
differ between languages (only Markdown is translated).
"""

# Long module: every check of one notebook reads the same parsed JSON and its positions
# (tools/common/json_positions.py), in one pass per notebook.

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

from tools.checks.rules import notebook_files, plaintext
from tools.checks.rules.safety import _BIDI, _HANDLER, _JS_URL, _TAG
from tools.common import generated_pages
from tools.common.json_positions import Positions
from tools.common.messages import Error, error, msg
from tools.common.messages import rel as _rel
from tools.common.paths import DEFAULT_LANGUAGE, LANGUAGES
from tools.model import notebooks, schema

CURRENT_MINOR = 5  # nbformat 4.5: cell ids

OUTPUT_BUDGET = 500 * 1024
NOTEBOOK_BUDGET = 2 * 1024 * 1024
PARAMETERS_TAG = "parameters"

_LOCAL_PATH = re.compile(
    r"(?:/home/[A-Za-z0-9._-]+|/Users/[A-Za-z0-9._-]+|[A-Za-z]:\\\\?Users\\\\?[A-Za-z0-9._ -]+"
    r"|/root/|/tmp/ipykernel_\d+)"
)
_EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
_SECRETS = (
    ("secret.openai", re.compile(r"\bsk-(?:proj-)?[A-Za-z0-9_-]{20,}")),
    ("secret.aws", re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b")),
    (
        "secret.github",
        re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})"),
    ),
    ("secret.google", re.compile(r"\bAIza[0-9A-Za-z_-]{35}\b")),
    ("secret.slack", re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,}")),
    ("secret.hf", re.compile(r"\bhf_[A-Za-z0-9]{30,}\b")),
    ("secret.private_key", re.compile(r"-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----")),
    (
        "secret.password",
        re.compile(
            r"(?i)\b(?:api[_-]?key|secret|token|password|passwd)\b[\"']?\s*[:=]\s*[\"'][^\"'\s]{12,}[\"']"
        ),
    ),
)


def _text(value) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


# --- one notebook -------------------------------------------------------------------------


def check_notebook(path: Path) -> tuple[list[Error], dict | None, Positions | None]:
    """Errors of one notebook, and its JSON data and positions if it parsed."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return [error(path, line, 1, "nb.not_utf8")], None, None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return [error(path, exc.lineno, exc.colno, "nb.json", problem=exc.msg)], None, None
    if not isinstance(data, dict):
        return [error(path, 1, 1, "nb.not_object")], None, None
    pos = Positions(text)
    version = data.get("nbformat")
    if not isinstance(version, int) or version < 4:
        line, col = pos.at("nbformat")
        return [error(path, line, col, "nb.too_old", version=version)], None, None
    minor = data.get("nbformat_minor")
    if version == 4 and isinstance(minor, int) and minor < CURRENT_MINOR:
        # Older 4.x: upgraded by nbformat itself (cell ids and minor version together).
        line, col = pos.at("nbformat_minor")
        return [error(path, line, col, "nb.upgrade", minor=minor, path=_rel(path))], None, None
    errors = _validate(path, data, pos) + _duplicate_ids(path, data, pos)
    if errors:
        return errors, None, None
    errors += _front_matter(path, data, pos)
    errors += _budgets(path, data, pos)
    errors += _leaks(path, data, pos)
    errors += _active_content(path, data, pos)
    errors += notebook_files.check(path, data, pos) + plaintext.check_notebook(path, data, pos)
    return errors, data, pos


def _validate(path: Path, data: dict, pos: Positions) -> list[Error]:
    # nbformat's validator (jsonschema) loads only for a notebook
    from nbformat.validator import iter_validate

    errors = []
    for problem in iter_validate(data):
        where = tuple(getattr(problem, "absolute_path", ()) or ())
        line, col = pos.at(*where)
        place = "/".join(str(p) for p in where) or "notebook"
        errors.append(error(path, line, col, "nb.invalid", place=place, problem=problem.message))
        if len(errors) >= 10:
            break
    return errors


def _duplicate_ids(path: Path, data: dict, pos: Positions) -> list[Error]:
    """Two cells with one id (nbformat's validator repairs it silently when it writes, so
    each copy of the notebook would get a different id)."""
    errors = []
    first: dict[str, int] = {}
    for c, cell in enumerate(data.get("cells") or []):
        cid = cell.get("id") if isinstance(cell, dict) else None
        if not isinstance(cid, str):
            continue
        if cid in first:
            line, col = pos.at("cells", c, "id")
            errors.append(error(path, line, col, "nb.duplicate_id", id=cid, first=first[cid]))
        first.setdefault(cid, c + 1)
    return errors


def _front_matter(path: Path, data: dict, pos: Positions) -> list[Error]:
    meta, raw_index = notebooks.front_matter(data)
    where = ("cells", 0, "source") if raw_index is not None else ("metadata", "tamkeen")
    if not meta:
        return [error(path, *pos.at("metadata"), "nb.no_front_matter")]
    meta = notebooks._typed(meta)
    if "title" not in meta and _first_heading(data):
        meta["title"] = _first_heading(data)
    errors = []
    for name, value in meta.items():
        field = schema.LESSON.get(str(name))
        line, col = pos.at(*where, name) if raw_index is None else pos.at(*where)
        if field is None:
            allowed = ", ".join(schema.LESSON)
            errors.append(error(path, line, col, "nb.unknown_field", name=name, allowed=allowed))
            continue
        problem = schema.type_error(field, value)
        if problem:
            errors.append(error(path, line, col, problem[0], **problem[1]))
    for name, field in schema.LESSON.items():
        if field.required and name not in meta:
            errors.append(
                error(
                    path, *pos.at(*where), "nb.missing_field", name=name, help=msg(f"help.{name}")
                )
            )
    return errors


def _first_heading(data: dict) -> str | None:
    for cell in data.get("cells", []):
        if cell.get("cell_type") == "markdown":
            match = notebooks._H1.search(_text(cell.get("source", "")))
            return match.group(1).strip() if match else None
    return None


def _outputs(data: dict):
    """(cell index, output index, output) of every code cell output."""
    for c, cell in enumerate(data.get("cells", [])):
        if cell.get("cell_type") == "code":
            for o, output in enumerate(cell.get("outputs", [])):
                yield c, o, output


def _budgets(path: Path, data: dict, pos: Positions) -> list[Error]:
    errors = []
    total = 0
    for c, o, output in _outputs(data):
        size = len(json.dumps(output, ensure_ascii=False).encode("utf-8"))
        total += size
        if size > OUTPUT_BUDGET:
            errors.append(
                error(
                    path,
                    *pos.at("cells", c, "outputs", o),
                    "nb.output_big",
                    where=msg("where.output", output=o + 1, cell=c + 1),
                    size=size // 1024,
                    budget=OUTPUT_BUDGET // 1024,
                )
            )
    if total > NOTEBOOK_BUDGET:
        biggest = max(_outputs(data), key=lambda t: len(json.dumps(t[2])))
        errors.append(
            error(
                path,
                *pos.at("cells", biggest[0]),
                "nb.total_big",
                size=total // 1024,
                budget=NOTEBOOK_BUDGET // 1024,
                cell=biggest[0] + 1,
            )
        )
    return errors


def _strings(value, path: tuple):
    """Every string inside `value` with its JSON path."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*path, key))
    elif isinstance(value, list):
        if value and all(isinstance(v, str) for v in value):
            yield path, value  # a multi-line text
        else:
            for k, item in enumerate(value):
                yield from _strings(item, (*path, k))


def _leaks(path: Path, data: dict, pos: Positions) -> list[Error]:
    errors = []
    places = [(("metadata",), data.get("metadata", {}))]
    for c, cell in enumerate(data.get("cells", [])):
        places.append((("cells", c, "metadata"), cell.get("metadata", {})))
    for c, o, output in _outputs(data):
        places.append((("cells", c, "outputs", o), output))
    for base, value in places:
        for where, text in _strings(value, base):
            if where[-1:] in (("image/png",), ("image/jpeg",)):
                continue
            joined = _text(text)
            for pattern, key in ((_LOCAL_PATH, "nb.local_path"), (_EMAIL, "nb.email")):
                match = pattern.search(joined)
                if match:
                    errors.append(
                        error(
                            path,
                            *pos.in_text(where, text, match.start()),
                            key,
                            found=match.group(),
                            where=_describe(where),
                        )
                    )
    # Secrets: in code and in outputs.
    for c, cell in enumerate(data.get("cells", [])):
        targets = []
        if cell.get("cell_type") == "code":
            targets.append((("cells", c, "source"), cell.get("source", "")))
            for o, output in enumerate(cell.get("outputs", [])):
                targets += list(_strings(output, ("cells", c, "outputs", o)))
        for where, text in targets:
            joined = _text(text)
            for what, pattern in _SECRETS:
                match = pattern.search(joined)
                if match:
                    errors.append(
                        error(
                            path,
                            *pos.in_text(where, text, match.start()),
                            "nb.secret",
                            what=msg(what),
                            where=_describe(where),
                        )
                    )
                    break
    return errors


def _describe(where: tuple):
    if where[:1] == ("cells",) and len(where) > 1:
        cell = where[1] + 1
        if len(where) > 3 and where[2] == "outputs":
            return msg("where.output", output=where[3] + 1, cell=cell)
        return (
            msg("where.cell_part", part=where[2], cell=cell)
            if len(where) > 2
            else msg("where.cell", cell=cell)
        )
    return msg("where.metadata")


def _active_content(path: Path, data: dict, pos: Positions) -> list[Error]:
    errors = []

    def scan(where: tuple, text, what: str) -> None:
        joined = _text(text)
        for m in _TAG.finditer(joined):
            errors.append(
                error(
                    path,
                    *pos.in_text(where, text, m.start()),
                    "nb.tag",
                    tag=m.group(1).lower(),
                    where=what,
                )
            )
        for m in _HANDLER.finditer(joined):
            errors.append(
                error(
                    path,
                    *pos.in_text(where, text, m.start(1)),
                    "nb.handler",
                    attr=m.group(1),
                    where=what,
                )
            )
        for m in _JS_URL.finditer(joined):
            errors.append(
                error(path, *pos.in_text(where, text, m.start(1)), "nb.js_url", where=what)
            )

    for c, cell in enumerate(data.get("cells", [])):
        kind = cell.get("cell_type")
        if kind in ("markdown", "raw"):
            scan(
                ("cells", c, "source"),
                cell.get("source", ""),
                msg(f"where.{kind}_cell", cell=c + 1),
            )
        if kind == "code":
            text = _text(cell.get("source", ""))
            for m in _BIDI.finditer(text):
                errors.append(
                    error(
                        path,
                        *pos.in_text(("cells", c, "source"), cell.get("source", ""), m.start()),
                        "nb.bidi",
                        code=f"{ord(m.group()):04X}",
                        cell=c + 1,
                    )
                )
    for c, o, output in _outputs(data):
        out = output.get("data") or {}
        what = msg("where.output", output=o + 1, cell=c + 1)
        for mime in ("text/html", "image/svg+xml", "text/markdown"):
            if mime in out:
                scan(("cells", c, "outputs", o, "data", mime), out[mime], what)
        for mime in out:
            if mime in ("application/javascript", "text/javascript"):
                errors.append(
                    error(
                        path,
                        *pos.at("cells", c, "outputs", o, "data", mime),
                        "nb.js_output",
                        where=what,
                    )
                )
    return errors


# --- the notebooks folder -----------------------------------------------------------------


def _code_cells(data: dict) -> list[tuple[int, dict]]:
    return [(c, cell) for c, cell in enumerate(data["cells"]) if cell.get("cell_type") == "code"]


def _code_key(cell: dict) -> str:
    """What must be equal across languages. In a cell tagged `parameters`, only the text
    values may differ (e.g. `LANG = "ar"`), not the code."""
    source = _text(cell.get("source", ""))
    if PARAMETERS_TAG not in (cell.get("metadata", {}).get("tags") or []):
        return source
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return source
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            node.value = ""
    return ast.dump(tree)


def _drift(original: Path, odata: dict, tr: Path, tdata: dict, tpos: Positions) -> list[Error]:
    want, have = _code_cells(odata), _code_cells(tdata)
    name = _rel(original)
    for k, ((oc, ocell), (tc, tcell)) in enumerate(zip(want, have, strict=False)):
        if _code_key(ocell) != _code_key(tcell):
            return [
                error(
                    tr,
                    *tpos.at("cells", tc, "source"),
                    "nb.drift",
                    cell=tc + 1,
                    k=k + 1,
                    other=oc + 1,
                    name=name,
                )
            ]
    if len(want) != len(have):
        return [
            error(
                tr, *tpos.at("cells"), "nb.drift_count", have=len(have), want=len(want), name=name
            )
        ]
    return []


def check_dir(notebooks_dir: Path, docs_dir: Path) -> list[Error]:
    errors: list[Error] = []
    parsed: dict[Path, tuple[dict, Positions]] = {}
    found = notebooks.find(notebooks_dir)
    for path in found:
        nb = notebooks.parse_path(notebooks_dir, path)
        if nb is None:
            errors.append(error(path, 1, 1, "nb.bad_name", langs=", ".join(LANGUAGES)))
            continue
        for lang in LANGUAGES:
            other = nb.counterpart(lang)
            if lang != nb.lang and not other.exists():
                errors.append(error(path, 1, 1, "pairs.missing", lang=lang, create=_rel(other)))
        page = nb.page(docs_dir)
        if page.exists() and not generated_pages.is_generated(page):
            errors.append(error(page, 1, 1, "nb.both", notebook=_rel(path)))
        nb_errors, data, pos = check_notebook(path)
        errors += nb_errors
        if data is not None and pos is not None:
            parsed[path] = (data, pos)
    for path, (data, pos) in parsed.items():
        nb = notebooks.parse_path(notebooks_dir, path)
        if nb is None or nb.lang == DEFAULT_LANGUAGE:
            continue
        original = nb.counterpart(DEFAULT_LANGUAGE)
        if original in parsed:
            errors += _drift(original, parsed[original][0], path, data, pos)
    return errors
