"""Run notebooks: `python -m tools notebook refresh <path>…` re-executes a notebook and saves
it with stable metadata (`notebook upgrade` only upgrades an older 4.x format, without
running it), so the saved outputs are fresh and `git diff` shows only real
changes (running it twice changes nothing). Tests use `execute` on every notebook.

The kernel is `python3` from the project's `.venv` (ipykernel), started offline: connecting
to any other host raises an error inside the notebook. Each cell has a time limit.
"""

from __future__ import annotations

import sys
from pathlib import Path

CELL_TIMEOUT = 60  # seconds
# Notebook metadata we keep; everything else (widgets state, editor settings…) is dropped.
_KEEP_METADATA = ("kernelspec", "language_info", "tamkeen")
# Cell metadata we keep.
_KEEP_CELL_METADATA = ("tags",)
_KERNELSPEC = {"display_name": "Python 3", "language": "python", "name": "python3"}
_LANGUAGE_INFO = {"name": "python"}

# Run silently in the kernel before the first cell: no network from notebooks.
_OFFLINE = """
import socket as _tk_socket
def _tk_offline(*args, **kwargs):
    raise OSError("Tamkeen notebooks run offline: no network access")
_tk_connect = _tk_socket.socket.connect
def _tk_guard(self, address, _connect=_tk_connect):
    if isinstance(address, tuple) and address[0] not in ("127.0.0.1", "::1", "localhost"):
        _tk_offline()
    return _connect(self, address)
_tk_socket.socket.connect = _tk_guard
_tk_socket.socket.connect_ex = _tk_guard
_tk_socket.getaddrinfo = lambda host, *a, _g=_tk_socket.getaddrinfo, **k: (
    _g(host, *a, **k) if host in ("127.0.0.1", "::1", "localhost", None) else _tk_offline()
)
del _tk_socket, _tk_guard
"""


class NotebookFailed(RuntimeError):
    pass


def upgrade(nb) -> None:
    """An older 4.x notebook brought to the current minor version by nbformat's own
    upgrade, which adds cell ids and the minor version together (never ids alone: a 4.2
    notebook with ids is invalid)."""
    from nbformat import v4

    if nb.nbformat == 4 and nb.get("nbformat_minor", 0) < v4.nbformat_minor:
        v4.upgrade(nb, from_version=4, from_minor=nb.get("nbformat_minor", 0))


def normalise(nb) -> None:
    """Upgrade an older 4.x format; strip volatile metadata in place; stable cell ids and
    execution counts."""
    upgrade(nb)
    nb.metadata = {k: nb.metadata[k] for k in _KEEP_METADATA if k in nb.metadata}
    nb.metadata["kernelspec"] = dict(_KERNELSPEC)
    nb.metadata["language_info"] = dict(_LANGUAGE_INFO)
    count = 0
    for index, cell in enumerate(nb.cells):
        cell.id = f"cell-{index + 1:02d}"
        cell.metadata = {k: cell.metadata[k] for k in _KEEP_CELL_METADATA if k in cell.metadata}
        if cell.cell_type == "code":
            count += 1
            if cell.get("execution_count") is not None:
                cell.execution_count = count
            for output in cell.get("outputs", []):
                if "execution_count" in output:
                    output.execution_count = count
                if "metadata" in output:
                    # Only a chart's alt text survives (display(..., metadata={"alt": …})).
                    alt = output.metadata.get("alt")
                    output.metadata = {"alt": alt} if isinstance(alt, str) else {}
        elif "attachments" in cell and not cell.attachments:
            del cell["attachments"]


def execute(path: Path, timeout: int = CELL_TIMEOUT):
    """The notebook at `path`, executed in its folder; raises NotebookFailed naming the cell."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        record_timing=False,
        allow_errors=False,
        resources={"metadata": {"path": str(path.parent)}},
    )
    index = -1
    try:
        with client.setup_kernel():
            msg_id = client.kc.execute(_OFFLINE, silent=True, store_history=False)
            client.wait_for_reply(msg_id)
            for index, cell in enumerate(nb.cells):
                client.execute_cell(cell, index)
    except (CellExecutionError, CellTimeoutError) as exc:
        cell = nb.cells[index] if 0 <= index < len(nb.cells) else None
        first = (cell.source.splitlines() or [""])[0] if cell is not None else ""
        raise NotebookFailed(
            f"{path}: cell {index + 1} failed ({first!r}):\n{str(exc)[-1500:]}"
        ) from exc
    return nb


def _save(nb, path: Path) -> bool:
    import nbformat

    normalise(nb)
    nbformat.validate(nb)  # nothing we write is ever invalid by our own check
    text = nbformat.writes(nb) + "\n"
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if text == old:
        return False
    path.write_text(text, encoding="utf-8")
    return True


def refresh(path: Path) -> bool:
    """Re-execute and save with stable metadata (upgrading an older 4.x format); True if
    the file changed."""
    return _save(execute(path), path)


def upgrade_file(path: Path) -> bool:
    """Upgrade an older 4.x notebook and save it with stable metadata, without running it;
    True if the file changed."""
    import nbformat

    return _save(nbformat.read(path, as_version=4), path)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="tamkeen notebook", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    refresh_parser = sub.add_parser("refresh", help="re-execute and save with stable metadata")
    refresh_parser.add_argument("paths", nargs="+", type=Path)
    upgrade_parser = sub.add_parser(
        "upgrade", help="upgrade an older 4.x notebook (cell ids) without running it"
    )
    upgrade_parser.add_argument("paths", nargs="+", type=Path)
    args = parser.parse_args(argv)
    action = refresh if args.command == "refresh" else upgrade_file
    status = 0
    for path in args.paths:
        try:
            changed = action(path)
        except NotebookFailed as exc:
            print(exc, file=sys.stderr)
            status = 1
            continue
        done = "refreshed" if args.command == "refresh" else "upgraded"
        print(f"{path}: {done if changed else 'unchanged'}")
    return status
