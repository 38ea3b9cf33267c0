"""One typed model of the analysis (saywho/document.py): the API's models and docs/schema.md come from it.

These fail when docs/schema.md or the OpenAPI schema drifts from the model, or when the analysis
writes something the model does not say (a new field, a value outside a fixed set).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from pydantic import ValidationError

import saywho
from saywho.document import LABEL_CATEGORIES, RESOLVED_BY, Analysis
from saywho.document_schema import json_schema, validate
from saywho.lexicons import classified

ROOT = Path(__file__).resolve().parent.parent

# Hand-written so that every list of the writer's voice and the dates have an item.
ARTICLE = (
    "WASHINGTON - Senator Dana Price blasted the regime on Tuesday, saying the so-called reforms had failed.\n"
    "\"We will not stand by,\" Price said. She reportedly met the group last week.\n"
    "The ministry raised taxes by 12 percent in 2019, the largest increase in a decade.\n"
    "According to the report, the notorious warlord fled to the mountains.\n"
    "Her husband said the polls were wrong.\n"
)


@pytest.fixture(scope="module")
def document() -> dict:
    return json.loads(json.dumps(saywho.analyze(ARTICLE, date="2021-08-31").to_dict()))


def _schema_doc():
    spec = importlib.util.spec_from_file_location("schema_doc", ROOT / "tools" / "schema_doc.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_docs_schema_md_is_what_the_model_gives():
    assert (ROOT / "docs" / "schema.md").read_text(encoding="utf-8") == _schema_doc().render(), \
        "docs/schema.md is out of date: run python tools/schema_doc.py"


def test_the_api_answers_with_the_model_s_schema():
    from fastapi.testclient import TestClient

    from saywho.web.app import create_app
    from saywho.web.service import WebConfig

    with TestClient(create_app(WebConfig(jobs=0))) as client:
        spec = client.get("/openapi.json").json()
    ok = spec["paths"]["/api/analyze"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok == {"$ref": "#/components/schemas/AnalysisDocument"}
    model = json.loads(json.dumps(json_schema()).replace("#/$defs/", "#/components/schemas/"))
    definitions = {**model.pop("$defs"), "AnalysisDocument": model}
    components = spec["components"]["schemas"]
    # FastAPI leaves out `"default": null`; everything else (types, value sets, meanings) is the model's.
    assert {name: _without_null_defaults(components[name]) for name in definitions} == \
        {name: _without_null_defaults(schema) for name, schema in definitions.items()}


def _without_null_defaults(node):
    if isinstance(node, dict):
        return {k: _without_null_defaults(v) for k, v in node.items() if not (k == "default" and v is None)}
    if isinstance(node, list):
        return [_without_null_defaults(v) for v in node]
    return node


def test_a_real_analysis_fits_the_model_field_for_field(document):
    assert all(document["voice"][key] for key in document["voice"]) and document["dates"]
    validate(document)
    assert Analysis.from_dict(document).to_dict() == document


@pytest.mark.parametrize("change", [
    lambda d: d["attributions"][0].update(kind="quoted"),
    lambda d: d["attributions"][0]["speaker"].update(resolved_by="guessed"),
    lambda d: d["voice"]["labels"][0].update(category="rude"),
    lambda d: d["dates"][0].update(granularity="fortnight"),
    lambda d: d["voice"]["hedges"][0].update(note="a field the model does not have"),
])
def test_a_value_outside_the_model_does_not_validate(document, change):
    changed = json.loads(json.dumps(document))
    change(changed)
    with pytest.raises(ValidationError):
        validate(changed)


def test_each_fixed_set_is_one_list():
    assert {category for category, *_ in (v.split("\t") for v in classified("labels.txt").values())} \
        == set(LABEL_CATEGORIES)
    schema = json_schema()["$defs"]
    assert schema["Speaker"]["properties"]["resolved_by"]["enum"] == list(RESOLVED_BY)
