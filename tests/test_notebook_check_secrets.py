"""A key in an output, an e-mail in the metadata and a local path are reported where they are."""

from tests.support.notebooks import GOOD_FR, check_messages, notebook_site


def test_secret_email_and_local_path(tmp_path):
    project = notebook_site(tmp_path, "secret")
    assert check_messages(project) == [
        f"{GOOD_FR}:25:18: looks like an OpenAI-style API key in output 1 of cell 2: "
        "remove it, revoke it, and never put keys in a notebook",
        f"{GOOD_FR}:41:21: a local path (/home/jane) in the metadata of cell 3: "
        "run `python -m tools notebook refresh` or remove it",
        f"{GOOD_FR}:66:20: an e-mail address (jane.doe@example.com) in the notebook metadata: "
        "run `python -m tools notebook refresh` or remove it",
    ]


def test_secret_in_code(tmp_path):
    project = notebook_site(tmp_path)
    path = project / GOOD_FR
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("print(sum(numbers))", 'token = \\"ghp_' + "a" * 36 + '\\"'))
    messages = check_messages(project)
    assert any("looks like a GitHub token in the source of cell 2" in m for m in messages), messages
