"""The standalone HTML report of an Analysis: the web app's article page in one file, with its styles and script
inside (saywho/render/templates/report.html around article.html, the template the web app's pages include), so
it opens without a server. The highlights in the text come from saywho.render.marks.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files
from typing import Any

from markupsafe import Markup

from saywho.document import Analysis
from saywho.render.common import printable


def render_html(analysis: Analysis) -> str:
    """The standalone report: the web app's article page, with its styles and script inside the one file."""
    from saywho import __version__
    from saywho.render.view import result_view

    view = result_view(analysis)
    model = f" with {analysis.model}" if analysis.model else ""
    return environment().get_template("report.html").render(
        view=view, standalone=True, version=__version__, footer=f"Analysed by saywho {__version__}{model}.",
        css=Markup(_static("article.css")), script=Markup(_static("article.js")),
    )


def report_stem(analysis: Analysis) -> str:
    """A file name for the report, without .html: "saywho-mayor-wins-the-vote", from the title or the origin."""
    article = analysis.article
    name = article.title or (article.origin or "").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    stem = re.sub(r"[^A-Za-z0-9]+", "-", name.strip()).strip("-").lower()[:60].strip("-")
    return f"saywho-{stem}" if stem else "saywho-analysis"


@lru_cache(maxsize=1)
def environment():
    """The report's templates (saywho/render/templates)."""
    return template_environment()


def template_environment(*loaders):
    """A Jinja2 environment over `loaders` and then the article page's templates: the report's, and the web app's
    (which puts saywho/web/templates first), so both print the same way."""
    from jinja2 import ChoiceLoader, Environment, PackageLoader, select_autoescape

    return Environment(loader=ChoiceLoader([*loaders, PackageLoader("saywho.render", "templates")]),
                       autoescape=select_autoescape(default=True, default_for_string=True),
                       trim_blocks=True, lstrip_blocks=True, finalize=printable_output)


def printable_output(value: Any) -> Any:
    """What a template prints, without the control characters HTML does not allow (the article's text may hold them)."""
    return printable(value) if isinstance(value, str) and not isinstance(value, Markup) else value


def _static(name: str) -> str:
    return files("saywho.render").joinpath(f"static/{name}").read_text(encoding="utf-8")
