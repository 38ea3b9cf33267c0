"""Whether this saywho can read a store's schema, the same way for every back end."""

from __future__ import annotations

from saywho.corpus.store import StoreError


def check_schema_version(name: str, version: int, current: int, read_only: bool, writable_how: str) -> None:
    """Refuse a store from a newer saywho, and an older one that cannot be upgraded as it is opened.

    `writable_how` says how to open the store for writing, where the back ends differ."""
    if version > current:
        raise StoreError(f"{name}: was written by a newer saywho (schema {version}; this one reads up to "
                         f"{current}); upgrade saywho")
    if version < current and read_only:
        raise StoreError(f"{name}: has an older schema ({version}; this saywho reads {current}) and is opened "
                         f"read-only; open it once {writable_how}, e.g. with `saywho quotes`, to upgrade it")
