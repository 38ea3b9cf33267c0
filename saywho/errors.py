"""Errors that saywho reports to people as one line, never as a traceback."""


class SaywhoError(Exception):
    """Base class: the message is a complete sentence a user can act on."""


class InputError(SaywhoError):
    """The input cannot be analysed: empty, binary, not UTF-8, too large, not English, no article."""


class FetchError(InputError):
    """A URL could not be fetched."""


class OutputError(SaywhoError):
    """An output cannot be written: no such folder, a file in the way, a full disk, no permission."""


class AnalysisTimeout(SaywhoError):
    """An article took longer to analyse than its time budget (saywho.pipeline.time_budget) allows."""
