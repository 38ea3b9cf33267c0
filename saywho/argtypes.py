"""Argument types shared by the `saywho` subcommands, so every command reads a date or a count the same way."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from typing import Any


def iso_date(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date of the form YYYY-MM-DD") from None


def number_at_least(parse: Callable[[str], float], least: float, what: str) -> Callable[[str], Any]:
    """An argparse type: `parse(value)`, refused (as is nan) unless it is at least `least`."""
    def checked(value: str) -> Any:
        try:
            number = parse(value)
        except ValueError:
            number = float("nan")
        if not number >= least:
            raise argparse.ArgumentTypeError(f"{value!r} is not {what}")
        return number
    return checked
