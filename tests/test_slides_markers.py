"""What goes on a slide: title, one slide per section with its lead content, exercises,
key points; `<!-- slide -->` and `<!-- no-slide -->` give the author control."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from tools.model.content import Source
from tools.slides.model import lesson_slides

BODY = """
## First

A short opening.

A long paragraph that stays on the page only.

- one
- two

- three

```python
print(1)
```

!!! trainer

    Ask the room.

<!-- no-slide -->
- hidden list

<!-- slide -->
| a | b |
|---|---|
| 1 | 2 |

!!! exercise

    Do it.

    ??? solution

        Done.
"""


def _source(body: str) -> Source:
    meta = {"title": "T", "duration": 10, "objectives": ["o1"], "keypoints": ["k1", "k2"]}
    rel = PurePosixPath("courses/c/01-m/01-l.fr.md")
    return Source(Path("/x") / rel, rel, "fr", "lesson", meta, {}, body, 1)


def test_slides_follow_the_lesson_and_the_markers():
    slides = lesson_slides(_source(BODY))
    assert [s.kind for s in slides] == ["title", "section", "block", "exercise", "keypoints"]
    title, first, block, exercise, keypoints = slides
    assert title.items == ["o1"] and title.subtitle == "10 min"
    # Heading, short opening and the first list (with its items after a blank line).
    assert first.markdown == ["A short opening.", "- one\n- two\n\n- three"]
    assert first.notes == ["Ask the room."]
    assert not any("hidden" in m for s in slides for m in s.markdown)
    assert block.title == "First" and block.markdown[0].startswith("| a | b |")
    assert exercise.markdown == ["Do it."] and exercise.notes == ["**Solution:**\n\nDone."]
    assert keypoints.items == ["k1", "k2"]
