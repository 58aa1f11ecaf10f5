"""Run notebooks: `python -m tools notebook refresh <path>…` re-executes a notebook and saves
it with stable metadata (`notebook upgrade` only upgrades an older 4.x format, without
running it), so the saved outputs are fresh and `git diff` shows only real
changes (running it twice changes nothing). Tests use `execute` on every notebook.

The kernel is `python3` from the project's `.venv` (ipykernel), started with the network
really off, whatever the notebook does:

- in a network namespace of its own (`unshare -n`, or `unshare -rn` without root) when the
  machine allows it: no interface but a loopback that is down, so no connection can leave;
  the kernel talks to us over Unix sockets (`ipc`), which need no network;
- otherwise with an audit hook (`sys.addaudithook`) installed before the kernel starts,
  which refuses every `socket.connect`, `sendto`, `sendmsg` and name lookup, at the C level
  where even `_socket` passes. (It cannot see a child process or ctypes: the namespace can.)

Each cell has a time limit.
"""

from __future__ import annotations

import argparse
import functools
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.model import notebooks

CELL_TIMEOUT = 60  # seconds
# Notebook metadata we keep; everything else (widgets state, editor settings…) is dropped.
_KEEP_METADATA = ("kernelspec", "language_info", "tamkeen")
# Cell metadata we keep.
_KEEP_CELL_METADATA = ("tags",)
_KERNELSPEC = {"display_name": "Python 3", "language": "python", "name": "python3"}
_LANGUAGE_INFO = {"name": "python"}
OFFLINE_MESSAGE = "Tamkeen notebooks run offline: no network access"

# Started as the kernel in "audit" mode: the hook first, then ipykernel as usual.
_AUDIT_KERNEL = f"""
import sys
def _tk_offline(event, args):
    if event in ("socket.connect", "socket.sendto", "socket.sendmsg"):
        address = args[1] if len(args) > 1 else None
        if isinstance(address, (str, bytes)):
            return  # a Unix socket path: not the network
        raise OSError({OFFLINE_MESSAGE!r})
    if event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
                 "socket.getnameinfo"):
        raise OSError({OFFLINE_MESSAGE!r})
sys.addaudithook(_tk_offline)
from ipykernel import kernelapp
kernelapp.launch_new_instance()
"""


@functools.lru_cache(maxsize=1)
def _unshare() -> tuple[str, ...] | None:
    """The `unshare` command that works on this machine, or None."""
    if shutil.which("unshare") is None:
        return None
    for cmd in (("unshare", "-n"), ("unshare", "-rn")):
        try:
            ok = subprocess.run([*cmd, "true"], capture_output=True, timeout=10, check=False)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if ok.returncode == 0:
            return cmd
    return None


def isolation() -> str:
    """How kernels are cut off here: "netns" (unshare) or "audit" (the audit hook)."""
    return "netns" if _unshare() else "audit"


def _kernel_manager(mode: str, ipc_dir: Path):
    from jupyter_client import AsyncKernelManager  # what nbclient uses (cell timeouts)

    class OfflineKernelManager(AsyncKernelManager):
        def format_kernel_cmd(self, extra_arguments=None):
            cmd = super().format_kernel_cmd(extra_arguments)
            if mode == "netns":
                return [*_unshare(), *cmd]
            # `python -m ipykernel_launcher -f <file>` -> `python -c <hook + launcher> -f <file>`
            return [cmd[0], "-c", _AUDIT_KERNEL, *cmd[3:]]

    # Unix sockets with an absolute path, in both modes: in a namespace the kernel has no
    # network to reach us by, and nothing listens on a TCP port meanwhile.
    return OfflineKernelManager(kernel_name="python3", transport="ipc", ip=str(ipc_dir / "k"))


class NotebookFailed(RuntimeError):
    pass


def upgrade(nb) -> None:
    """An older 4.x notebook brought to the current minor version by nbformat's own
    upgrade, which adds cell ids and the minor version together (never ids alone: a 4.2
    notebook with ids is invalid)."""
    # nbformat loads only when a notebook is written
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


def execute(path: Path, timeout: int = CELL_TIMEOUT, mode: str | None = None):
    """The notebook at `path`, executed in its folder with the network off (`mode`: "netns"
    or "audit", by default the best this machine allows); raises NotebookFailed naming the
    cell."""
    # the Jupyter stack loads only to run a notebook
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError

    mode = mode or isolation()
    if mode == "netns" and _unshare() is None:
        raise NotebookFailed("no network namespace on this machine (unshare -n fails)")
    nb = nbformat.read(path, as_version=4)
    index = -1
    with tempfile.TemporaryDirectory(prefix="tk-kernel-") as ipc_dir:
        client = NotebookClient(
            nb,
            km=_kernel_manager(mode, Path(ipc_dir)),
            timeout=timeout,
            kernel_name="python3",
            record_timing=False,
            allow_errors=False,
            resources={"metadata": {"path": str(path.parent)}},
        )
        try:
            with client.setup_kernel():
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
    # nbformat loads only when a notebook is read
    import nbformat

    normalise(nb)
    nbformat.validate(nb)  # nothing we write is ever invalid by our own check
    text = nbformat.writes(nb) + "\n"
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if text == old:
        return False
    path.write_text(text, encoding="utf-8")
    return True


def data_cell_file(path: Path) -> bool:
    """Give a notebook with data files the cell that fetches them when it opens alone
    (Colab opens the repository's copy): tools/model/notebooks.py, `data_cell`. True if the
    file changed."""

    resolved = path.resolve()
    project = next((p.parent for p in resolved.parents if p.name == notebooks.NOTEBOOKS_DIR), None)
    nb = notebooks.ensure_data_cell(resolved, project) if project else None
    if nb is None:
        return False
    _save(nb, path)
    refresh(path)  # saved as `refresh` writes it (execution counts)
    return True


def refresh(path: Path) -> bool:
    """Re-execute and save with stable metadata (upgrading an older 4.x format); True if
    the file changed."""
    return _save(execute(path), path)


def upgrade_file(path: Path) -> bool:
    """Upgrade an older 4.x notebook and save it with stable metadata, without running it;
    True if the file changed."""
    # nbformat loads only when a notebook is read
    import nbformat

    return _save(nbformat.read(path, as_version=4), path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tamkeen notebook", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    refresh_parser = sub.add_parser("refresh", help="re-execute and save with stable metadata")
    refresh_parser.add_argument("paths", nargs="+", type=Path)
    upgrade_parser = sub.add_parser(
        "upgrade", help="upgrade an older 4.x notebook (cell ids) without running it"
    )
    upgrade_parser.add_argument("paths", nargs="+", type=Path)
    data_parser = sub.add_parser(
        "data-cell", help="add or update the cell that fetches the data files (Colab)"
    )
    data_parser.add_argument("paths", nargs="+", type=Path)
    args = parser.parse_args(argv)
    actions = {"refresh": refresh, "upgrade": upgrade_file, "data-cell": data_cell_file}
    action = actions[args.command]
    status = 0
    for path in args.paths:
        try:
            changed = action(path)
        except NotebookFailed as exc:
            print(exc, file=sys.stderr)
            status = 1
            continue
        done = {"refresh": "refreshed", "upgrade": "upgraded"}.get(args.command, "updated")
        print(f"{path}: {done if changed else 'unchanged'}")
    return status
