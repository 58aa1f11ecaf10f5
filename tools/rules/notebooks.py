"""Notebooks under `notebooks/`, checked like Markdown lessons: every error as
`path:line:col` in the `.ipynb` file (the JSON line of the cell, output or field).

What is checked: valid JSON, nbformat 4 and its schema, the name and the counterpart in the
other language, the lesson front matter (metadata `tamkeen` or a first raw cell), output
size budgets, local paths and e-mails in metadata and outputs, obvious secrets in code and
outputs, active content (script, handlers, iframes, JavaScript outputs), and code cells that
differ between languages (only Markdown is translated).
"""

from __future__ import annotations

import ast
import bisect
import json
import re
from json.decoder import scanstring
from pathlib import Path

from tools import notebooks, schema
from tools.check import Error, _rel
from tools.paths import DEFAULT_LANGUAGE, LANGUAGES
from tools.rules import notebook_files, plaintext
from tools.rules.safety import _BIDI, _HANDLER, _JS_URL, _TAG

OUTPUT_BUDGET = 500 * 1024
NOTEBOOK_BUDGET = 2 * 1024 * 1024
PARAMETERS_TAG = "parameters"

_LOCAL_PATH = re.compile(
    r"(?:/home/[A-Za-z0-9._-]+|/Users/[A-Za-z0-9._-]+|[A-Za-z]:\\\\?Users\\\\?[A-Za-z0-9._ -]+"
    r"|/root/|/tmp/ipykernel_\d+)"
)
_EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
_SECRETS = (
    ("an OpenAI-style API key", re.compile(r"\bsk-(?:proj-)?[A-Za-z0-9_-]{20,}")),
    ("an AWS access key", re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b")),
    (
        "a GitHub token",
        re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})"),
    ),
    ("a Google API key", re.compile(r"\bAIza[0-9A-Za-z_-]{35}\b")),
    ("a Slack token", re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,}")),
    ("a Hugging Face token", re.compile(r"\bhf_[A-Za-z0-9]{30,}\b")),
    ("a private key", re.compile(r"-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----")),
    (
        "a password or token",
        re.compile(
            r"(?i)\b(?:api[_-]?key|secret|token|password|passwd)\b[\"']?\s*[:=]\s*[\"'][^\"'\s]{12,}[\"']"
        ),
    ),
)
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null")
_WS = re.compile(r"[ \t\n\r]*")


# --- where things are in the JSON text ----------------------------------------------------


class Positions:
    """Line and column of every value in a JSON text, by its path (`("cells", 3, "source")`).

    Python's json module gives no positions for valid documents; this small scanner does.
    Only used on text that `json.loads` accepted.
    """

    def __init__(self, text: str):
        self.text = text
        self.offsets: dict[tuple, int] = {}
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self._value(_WS.match(text, 0).end(), ())

    def _value(self, i: int, path: tuple) -> int:
        text = self.text
        i = _WS.match(text, i).end()
        self.offsets[path] = i
        char = text[i]
        if char == "{":
            i = _WS.match(text, i + 1).end()
            if text[i] == "}":
                return i + 1
            while True:
                i = _WS.match(text, i).end()
                key, i = scanstring(text, i + 1)
                i = _WS.match(text, i).end() + 1  # ':'
                i = _WS.match(text, self._value(i, (*path, key))).end()
                if text[i] == "}":
                    return i + 1
                i += 1  # ','
        if char == "[":
            i = _WS.match(text, i + 1).end()
            if text[i] == "]":
                return i + 1
            index = 0
            while True:
                i = _WS.match(text, self._value(i, (*path, index))).end()
                index += 1
                if text[i] == "]":
                    return i + 1
                i += 1
        if char == '"':
            return scanstring(text, i + 1)[1]
        return _NUMBER.match(text, i).end()

    def at(self, *path) -> tuple[int, int]:
        """(line, col) of the value at `path`, or of its nearest existing parent."""
        path = tuple(path)
        while path not in self.offsets and path:
            path = path[:-1]
        offset = self.offsets.get(path, 0)
        line = bisect.bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    def in_text(self, path: tuple, value, index: int) -> tuple[int, int]:
        """(line, col) of character `index` of a text value stored as a string or a list of
        lines (nbformat writes one JSON string per line)."""
        if isinstance(value, list):
            for k, part in enumerate(value):
                if index < len(part):
                    line, col = self.at(*path, k)
                    return line, col + 1 + index
                index -= len(part)
            return self.at(*path)
        line, col = self.at(*path)
        return line, col + 1 + index if "\n" not in str(value)[:index] else col


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
        return [Error(path, line, 1, "not UTF-8; save the notebook again from Jupyter")], None, None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        message = (
            f"not valid JSON ({exc.msg}): the file is damaged; "
            "open it in Jupyter or undo the last edit"
        )
        return [Error(path, exc.lineno, exc.colno, message)], None, None
    if not isinstance(data, dict):
        return [Error(path, 1, 1, "not a notebook: the file must hold a JSON object")], None, None
    pos = Positions(text)
    version = data.get("nbformat")
    if not isinstance(version, int) or version < 4:
        line, col = pos.at("nbformat")
        message = (
            f"notebook format {version} is too old (we need 4): open and re-save it in Jupyter"
        )
        return [Error(path, line, col, message)], None, None
    errors = _validate(path, data, pos)
    if errors:
        return errors, None, None
    errors += _front_matter(path, data, pos)
    errors += _budgets(path, data, pos)
    errors += _leaks(path, data, pos)
    errors += _active_content(path, data, pos)
    errors += notebook_files.check(path, data, pos) + plaintext.check_notebook(path, data, pos)
    return errors, data, pos


def _validate(path: Path, data: dict, pos: Positions) -> list[Error]:
    from nbformat.validator import iter_validate

    errors = []
    for error in iter_validate(data):
        where = tuple(getattr(error, "absolute_path", ()) or ())
        line, col = pos.at(*where)
        place = "/".join(str(p) for p in where) or "notebook"
        errors.append(Error(path, line, col, f"invalid notebook at {place}: {error.message}"))
        if len(errors) >= 10:
            break
    return errors


def _front_matter(path: Path, data: dict, pos: Positions) -> list[Error]:
    meta, raw_index = notebooks.front_matter(data)
    where = ("cells", 0, "source") if raw_index is not None else ("metadata", "tamkeen")
    if not meta:
        return [
            Error(
                path,
                *pos.at("metadata"),
                "no lesson front matter: add `tamkeen` to the notebook metadata "
                "(title, objectives, duration, level, keypoints, updated) or a first raw cell",
            )
        ]
    meta = notebooks._typed(meta)
    if "title" not in meta and _first_heading(data):
        meta["title"] = _first_heading(data)
    errors = []
    for name, value in meta.items():
        field = schema.LESSON.get(str(name))
        line, col = pos.at(*where, name) if raw_index is None else pos.at(*where)
        if field is None:
            allowed = ", ".join(schema.LESSON)
            errors.append(
                Error(path, line, col, f"unknown lesson field `{name}`; allowed: {allowed}")
            )
            continue
        problem = schema.type_error(field, value)
        if problem:
            errors.append(Error(path, line, col, problem))
    for name, field in schema.LESSON.items():
        if field.required and name not in meta:
            errors.append(
                Error(path, *pos.at(*where), f"missing lesson field `{name}` ({field.help})")
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
                Error(
                    path,
                    *pos.at("cells", c, "outputs", o),
                    f"output {o + 1} of cell {c + 1} is {size // 1024} KB "
                    f"(budget {OUTPUT_BUDGET // 1024} KB): print less, or save a smaller image",
                )
            )
    if total > NOTEBOOK_BUDGET:
        biggest = max(_outputs(data), key=lambda t: len(json.dumps(t[2])))
        errors.append(
            Error(
                path,
                *pos.at("cells", biggest[0]),
                f"outputs total {total // 1024} KB (budget {NOTEBOOK_BUDGET // 1024} KB); "
                f"the biggest is in cell {biggest[0] + 1}",
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
            for pattern, what in ((_LOCAL_PATH, "a local path"), (_EMAIL, "an e-mail address")):
                match = pattern.search(joined)
                if match:
                    errors.append(
                        Error(
                            path,
                            *pos.in_text(where, text, match.start()),
                            f"{what} ({match.group()}) in {_describe(where)}: "
                            "run `python -m tools notebook refresh` or remove it",
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
                        Error(
                            path,
                            *pos.in_text(where, text, match.start()),
                            f"looks like {what} in {_describe(where)}: remove it, revoke it, "
                            "and never put keys in a notebook",
                        )
                    )
                    break
    return errors


def _describe(where: tuple) -> str:
    if where[:1] == ("cells",) and len(where) > 1:
        cell = f"cell {where[1] + 1}"
        if len(where) > 3 and where[2] == "outputs":
            return f"output {where[3] + 1} of {cell}"
        return f"the {where[2]} of {cell}" if len(where) > 2 else cell
    return "the notebook metadata"


def _active_content(path: Path, data: dict, pos: Positions) -> list[Error]:
    errors = []

    def scan(where: tuple, text, what: str) -> None:
        joined = _text(text)
        for m in _TAG.finditer(joined):
            errors.append(
                Error(
                    path,
                    *pos.in_text(where, text, m.start()),
                    f"<{m.group(1).lower()}> in {what} is not allowed (removed from the page)",
                )
            )
        for m in _HANDLER.finditer(joined):
            errors.append(
                Error(
                    path,
                    *pos.in_text(where, text, m.start(1)),
                    f"event handler `{m.group(1)}=` in {what} is not allowed "
                    "(removed from the page)",
                )
            )
        for m in _JS_URL.finditer(joined):
            errors.append(
                Error(path, *pos.in_text(where, text, m.start(1)), f"`javascript:` URL in {what}")
            )

    for c, cell in enumerate(data.get("cells", [])):
        kind = cell.get("cell_type")
        if kind in ("markdown", "raw"):
            scan(("cells", c, "source"), cell.get("source", ""), f"{kind} cell {c + 1}")
        if kind == "code":
            text = _text(cell.get("source", ""))
            for m in _BIDI.finditer(text):
                errors.append(
                    Error(
                        path,
                        *pos.in_text(("cells", c, "source"), cell.get("source", ""), m.start()),
                        f"bidi control character U+{ord(m.group()):04X} in code cell {c + 1} "
                        "(Trojan Source); remove it",
                    )
                )
    for c, o, output in _outputs(data):
        out = output.get("data") or {}
        what = f"output {o + 1} of cell {c + 1}"
        for mime in ("text/html", "image/svg+xml", "text/markdown"):
            if mime in out:
                scan(("cells", c, "outputs", o, "data", mime), out[mime], what)
        for mime in out:
            if mime in ("application/javascript", "text/javascript"):
                errors.append(
                    Error(
                        path,
                        *pos.at("cells", c, "outputs", o, "data", mime),
                        f"JavaScript {what}: it is dropped from the page; clear it "
                        "(the site runs no code from notebooks)",
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
                Error(
                    tr,
                    *tpos.at("cells", tc, "source"),
                    f"cell {tc + 1} (code cell {k + 1}) differs from cell {oc + 1} of "
                    f"{name}; code stays the same in every language, only Markdown is translated",
                )
            ]
    if len(want) != len(have):
        return [
            Error(
                tr,
                *tpos.at("cells"),
                f"{len(have)} code cells here, {len(want)} in {name}; "
                "both languages need the same code cells",
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
            errors.append(
                Error(
                    path,
                    1,
                    1,
                    "notebook in the wrong place or with the wrong name: use "
                    "notebooks/<course>/<module>/<lesson>.<lang>.ipynb "
                    f"(lang: {', '.join(LANGUAGES)}; lowercase letters, digits and -)",
                )
            )
            continue
        for lang in LANGUAGES:
            other = nb.counterpart(lang)
            if lang != nb.lang and not other.exists():
                errors.append(Error(path, 1, 1, f"no {lang} version: create {_rel(other)}"))
        page = nb.page(docs_dir)
        if page.exists() and not notebooks.is_generated(page):
            errors.append(
                Error(
                    page,
                    1,
                    1,
                    f"this lesson is also a notebook ({_rel(path)}): keep one of the two",
                )
            )
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
