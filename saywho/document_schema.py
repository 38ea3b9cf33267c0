"""The analysis document's JSON Schema and pydantic model, generated from saywho/document.py.

The REST API answers with this model (its OpenAPI schema shows it), docs/schema.md is
written from `json_schema()` by tools/schema_doc.py, and the tests validate real
analyses against it. Nothing here is written by hand but the three header fields
that `Analysis.to_dict()` adds to the dataclass's own.
"""

from __future__ import annotations

from dataclasses import MISSING, fields
from dataclasses import Field as DataclassField
from functools import cache
from typing import Any, Literal, cast, get_type_hints

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, create_model

from saywho import document
from saywho.document import SCHEMA_NAME, Analysis

HEADER_FIELDS: dict[str, tuple[Any, Any]] = {
    "schema_": (Literal["saywho.analysis"], Field(alias="schema", description=f"always `{SCHEMA_NAME}`")),
    "schema_version": (int, Field(description="the version of this model the document was written in "
                                              f"(now {document.SCHEMA_VERSION}; see Versioning)")),
    "saywho_version": (str, Field(description="the saywho release that wrote it")),
}


@cache
def analysis_model() -> type[BaseModel]:
    """`AnalysisDocument`: what `Analysis.to_dict()` returns, as a pydantic model."""
    hints = get_type_hints(Analysis, vars(document))
    described = TypeAdapter(Analysis).json_schema()["properties"]
    own = {f.name: (hints[f.name], _field(f, described[f.name].get("description"))) for f in fields(Analysis)}
    config = ConfigDict(extra="forbid", populate_by_name=True, title="AnalysisDocument",
                        json_schema_serialization_defaults_required=True,
                        json_schema_extra={"description": "saywho's analysis of one article (docs/schema.md)"})
    model: type[BaseModel] = create_model("AnalysisDocument", __config__=config, **cast(dict[str, Any], HEADER_FIELDS | own))
    return model


def _field(dataclass_field: DataclassField[Any], description: str | None) -> Any:
    """The dataclass field's default, with the description pydantic read from its docstring."""
    if dataclass_field.default_factory is not MISSING:
        return Field(default_factory=dataclass_field.default_factory, description=description)
    if dataclass_field.default is not MISSING:
        return Field(default=dataclass_field.default, description=description)
    return Field(description=description)


@cache
def json_schema() -> dict[str, Any]:
    """The document's JSON Schema (the serialised form: what the API and `to_dict()` give)."""
    return analysis_model().model_json_schema(mode="serialization", by_alias=True)


def validate(data: dict[str, Any]) -> None:
    """Raise pydantic's ValidationError when `data` (a document as JSON gives it) does not fit the model."""
    analysis_model().model_validate(data)
