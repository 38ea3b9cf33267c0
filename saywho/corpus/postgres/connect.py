"""Connecting to a PostgreSQL corpus: URLs, psycopg, and one-line errors for what goes wrong."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from saywho.corpus.store import StoreError

SCHEMES = ("postgresql://", "postgres://")


def is_postgres_url(location: object) -> bool:
    return isinstance(location, str) and location.startswith(SCHEMES)


def shown(url: str) -> str:
    """The URL without its password, for messages and logs."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "the PostgreSQL URL"
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.netloc.rpartition("@")[2]
    return parts._replace(netloc=f"{user}:***@{host}").geturl()


def psycopg_module():
    try:
        import psycopg
    except ImportError:
        raise StoreError("a PostgreSQL store needs psycopg: pip install 'saywho[postgres]' "
                         "(or pip install 'psycopg[binary]')") from None
    return psycopg


def connect(url: str, *, read_only: bool) -> Any:
    """An autocommit connection (transactions are explicit), or StoreError saying in one line why not."""
    psycopg = psycopg_module()
    try:
        from psycopg.conninfo import conninfo_to_dict

        conninfo_to_dict(url)
    except psycopg.ProgrammingError as error:
        raise StoreError(f"{shown(url)}: is not a PostgreSQL URL ({_first_line(error)}); "
                         f"write postgresql://USER:PASSWORD@HOST:PORT/DATABASE") from None
    try:
        conn = psycopg.connect(url, autocommit=True, connect_timeout=10, application_name="saywho")
    except psycopg.OperationalError as error:
        raise StoreError(f"{shown(url)}: {_why(str(error))}") from None
    if read_only:
        # The server refuses any write on this connection, whatever the code asks.
        conn.execute("SET default_transaction_read_only = on")
    return conn


def _why(message: str) -> str:
    """What psycopg's (multi-line) connection error comes down to."""
    text = " ".join(message.split())
    lowered = text.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return "the server refused the user name or password (password authentication failed)"
    if "does not exist" in lowered and "database" in lowered:
        return f"no such database on the server ({_first_line(message)}); create it with createdb"
    if "connection refused" in lowered or "timeout expired" in lowered or "could not translate host" in lowered \
            or "no route to host" in lowered or "name or service not known" in lowered:
        return f"cannot reach the PostgreSQL server ({_first_line(message)})"
    return f"cannot connect ({_first_line(message)})"


def _first_line(error: object) -> str:
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    if not lines:
        return type(error).__name__
    # libpq puts the reason after the address: 'connection to server at "…", port 5432 failed: Connection refused'
    return lines[0].rpartition(" failed: ")[2] or lines[0]
