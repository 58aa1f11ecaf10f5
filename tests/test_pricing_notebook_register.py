"""The pricing notebook of course B (07-earning/01-pricing-scams) copies eight rules of the
facts register into its `RULES` table: a notebook runs alone (Colab, offline), so it cannot
read docs/facts.yml. The copy must not drift: when the January review changes a rate, a
source, its kind or its date in the register, this test names the rule to update in both
notebooks (the trap the lesson itself warns about: an old rate kept by habit)."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = [
    ROOT / f"notebooks/marketing/07-earning/01-pricing-scams.{lang}.ipynb" for lang in ("ar", "fr")
]
FACTS = {  # the notebook's rule -> the register's fact
    "ceiling_services": "ae-ceiling-services",
    "ceiling_commerce": "ae-ceiling-commerce",
    "tax_services": "ae-tax-services",
    "tax_commerce": "ae-tax-commerce",
    "one_client_threshold": "ae-one-client-threshold",
    "one_client_rate": "ae-one-client-rate",
    "export_days": "export-90-days",
    "droit_complementaire": "ae-droit-complementaire",
}


def notebook_rules(path: Path) -> dict[str, tuple]:
    """{rule: (value, source URL, kind, checked)} read from the code of the RULES cell."""
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    code = next(
        "".join(c["source"]) for c in cells if "RULES = pd.DataFrame(" in "".join(c["source"])
    )
    tree = ast.parse(code)
    names = {
        t.id: n.value.value
        for n in tree.body
        if isinstance(n, ast.Assign) and isinstance(n.value, ast.Constant)
        for t in n.targets
        if isinstance(t, ast.Name)
    }
    call = next(
        n.value
        for n in tree.body
        if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "RULES"
    )
    rows = call.func.value.args[0].elts  # pd.DataFrame([...], columns=...).set_index(...)
    out = {}
    for row in rows:
        rule, value, source, kind, checked = row.elts
        url = source.value if isinstance(source, ast.Constant) else names[source.id]
        out[rule.value] = (value.value, url, kind.value, checked.value)
    return out


def register() -> dict[str, dict]:
    data = yaml.safe_load((ROOT / "docs/facts.yml").read_text(encoding="utf-8"))
    return {item["id"]: item for item in data}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_the_notebook_rules_are_the_register_facts(path):
    rules, facts = notebook_rules(path), register()
    assert set(rules) == set(FACTS), sorted(rules)
    for rule, fact_id in FACTS.items():
        value, url, kind, checked = rules[rule]
        fact = facts[fact_id]
        expected = fact["figure"]["value"]
        if fact["figure"]["unit"] == "percent":
            expected = expected / 100
        where = f"{path.name}: RULES {rule!r} against fact {fact_id!r}"
        assert value == pytest.approx(expected), where
        assert url == fact["source"]["url"], where
        assert kind == fact["source"]["kind"], where
        assert checked == str(fact["checked"]), where
