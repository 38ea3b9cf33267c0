"""Argument types shared by the `saywho` subcommands, so every command reads a date the same way."""

from __future__ import annotations

import argparse
import datetime as dt


def iso_date(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date of the form YYYY-MM-DD") from None
