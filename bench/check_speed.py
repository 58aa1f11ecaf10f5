"""`make check`'s cost on the real content: CPU seconds of `check.run(docs)` and how many
documents it parsed, each in a fresh process (as `make check` runs), medians of N runs.

    .venv/bin/python -m bench.check_speed [N]

A second run in the same process stands for `make serve` after a save that changed nothing:
no source is parsed again (each source owns its model, tools/model/document.py).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_ONE = """
import json, time
from pathlib import Path
from tools.checks import check
from tools.model import document
start = time.process_time()
found = check.run(Path("docs"))
first = time.process_time() - start
parses = document.PARSES
start = time.process_time()
check.run(Path("docs"))
again = time.process_time() - start
print(json.dumps({"cpu": first, "parses": parses, "again_cpu": again,
                  "again_parses": document.PARSES - parses, "findings": len(found)}))
"""


def main(argv: list[str] | None = None) -> int:
    runs = int((argv or sys.argv[1:] or ["5"])[0])
    results = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", _ONE], cwd=ROOT, capture_output=True, text=True, check=True
        )
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    cpu = statistics.median(r["cpu"] for r in results)
    again = statistics.median(r["again_cpu"] for r in results)
    print(f"check.run on docs/, {runs} fresh processes:")
    each = ", ".join(f"{r['cpu']:.2f}" for r in results)
    print(f"  CPU, median           {cpu:.2f} s  (runs: {each})")
    print(f"  documents parsed      {results[0]['parses']}")
    print(f"  again, same process   {again:.2f} s, {results[0]['again_parses']} parsed")
    print(f"  findings              {results[0]['findings']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
