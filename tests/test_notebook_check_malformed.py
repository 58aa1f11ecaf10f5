"""A notebook that is not valid JSON is reported at the line and column where JSON breaks."""

import json

from tests.support.notebooks import BAD, GOOD_FR, check_messages, notebook_site


def test_malformed_json_has_line_and_column(tmp_path):
    try:
        json.loads((BAD / "malformed.ipynb").read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        where = f"{exc.lineno}:{exc.colno}"
    project = notebook_site(tmp_path, "malformed")
    messages = check_messages(project)
    assert messages == [
        f"{GOOD_FR}:{where}: not valid JSON (Expecting ',' delimiter): the file is damaged; "
        "open it in Jupyter or undo the last edit"
    ]
    assert where == "5:4"
