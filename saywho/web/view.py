"""The result page's view of an Analysis: the same one the standalone report is made from (saywho.render.view)."""

from saywho.render.view import ResultView, article_paragraphs, result_view

__all__ = ["ResultView", "article_paragraphs", "result_view"]
