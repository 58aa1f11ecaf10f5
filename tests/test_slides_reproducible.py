"""Two clean builds (separate caches) with the same SOURCE_DATE_EPOCH give byte-identical
decks, PPTX and PDF handouts, so a deploy changes only what the authors changed."""

from __future__ import annotations

import hashlib

from tests.conftest import KIT_ENV
from tests.support.kit import build

KIT = ("slides/index.html", ".pptx", ".pdf")


def test_trainer_kit_is_byte_identical(tmp_path, kit_site):
    # The session's kit build (its own cache, SOURCE_DATE_EPOCH 1700000000) and one more.
    (tmp_path / "two").mkdir()
    sites = [kit_site[1], build(tmp_path / "two", env=dict(KIT_ENV), warm=False)[1]]
    snapshots = []
    for site in sites:
        snapshots.append(
            {
                p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in site.rglob("*")
                if p.is_file() and p.as_posix().endswith(KIT)
            }
        )
    one, two = snapshots
    assert len(one) == 10 + 4 + 8  # decks, PPTX, participant and trainer PDFs
    assert [n for n in one if one[n] != two.get(n)] == []
