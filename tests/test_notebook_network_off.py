"""Notebooks run with the network really off (tools/authoring/notebook_run.py): in a network
namespace
(`unshare -n`) where the machine allows it, else behind an audit hook. Both are tested
here. A raw `_socket` connect to a server that is listening on this machine fails, and the
server sees no connection; the same connect from an ordinary process gets through (so the
server is reachable and the failure is the kernel's isolation)."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time

import nbformat
import pytest

from tools.authoring import notebook_run

# Real Jupyter kernels: `make test` runs these, `make test-fast` does not.
pytestmark = pytest.mark.kernel

MODES = ["audit"] + (["netns"] if notebook_run.isolation() == "netns" else [])


@pytest.fixture
def listener():
    """A TCP server on 127.0.0.1 that counts the connections it accepts."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.2)
    accepted: list[tuple] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, address = server.accept()
            except OSError:
                continue
            accepted.append(address)
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1], accepted
    stop.set()
    thread.join()
    server.close()


def _notebook(tmp_path, source: str):
    path = tmp_path / "net.ar.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source)]), path)
    return path


RAW_CONNECT = (
    "import _socket\n"
    "s = _socket.socket(_socket.AF_INET, _socket.SOCK_STREAM)\n"
    "s.settimeout(3)\n"
    "s.connect(('127.0.0.1', {port}))\n"
    "print('connected')\n"
)


def test_this_machine_isolates_in_a_namespace():
    # The machines that run the suite (here and CI) allow `unshare`; the audit hook is the
    # fallback elsewhere, tested below either way.
    assert notebook_run.isolation() in ("netns", "audit")


def test_the_server_is_reachable_from_an_ordinary_process(listener):
    port, accepted = listener
    code = RAW_CONNECT.format(port=port)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "connected", result.stderr
    # The kernel completes the handshake before the server's thread calls accept(): on a
    # busy machine that thread may not have run yet when the client has already exited.
    deadline = time.monotonic() + 10
    while not accepted and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(accepted) == 1


@pytest.mark.parametrize("mode", MODES)
def test_raw_connect_fails_in_a_notebook(tmp_path, listener, mode):
    port, accepted = listener
    path = _notebook(tmp_path, RAW_CONNECT.format(port=port))
    with pytest.raises(notebook_run.NotebookFailed) as info:
        notebook_run.execute(path, mode=mode)
    message = str(info.value)
    assert "cell 1 failed" in message
    if mode == "audit":
        assert notebook_run.OFFLINE_MESSAGE in message
    else:
        assert "unreachable" in message.lower() or "refused" in message.lower(), message
    assert accepted == [], "the notebook reached the server"


@pytest.mark.parametrize("mode", MODES)
def test_public_address_and_name_lookup_fail(tmp_path, mode):
    code = (
        "import socket\n"
        "for attempt in (lambda: socket.create_connection(('192.0.2.1', 80), timeout=2),\n"
        "                lambda: socket.getaddrinfo('example.org', 443)):\n"
        "    try:\n"
        "        attempt()\n"
        "    except OSError as exc:\n"
        "        print('refused:', type(exc).__name__)\n"
        "    else:\n"
        "        print('REACHED')\n"
    )
    path = _notebook(tmp_path, code)
    nb = notebook_run.execute(path, mode=mode)
    out = nb.cells[0].outputs[0].text
    assert out.count("refused:") == 2, out
    assert "REACHED" not in out
