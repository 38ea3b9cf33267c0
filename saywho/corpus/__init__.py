"""The corpus: many analysed articles in one store, with speakers resolved across articles.

    >>> from saywho.corpus import open_store
    >>> with open_store("saywho.db") as store:            # doctest: +SKIP
    ...     for quote in store.quotes(speaker="Hillary Clinton", limit=5):
    ...         print(quote.date, quote.outlet, quote.content)

`saywho ingest` fills a store (saywho/corpus/ingest.py), `Store` is the interface
every reader and writer goes through (saywho/corpus/store.py), `SQLiteStore` its
default back end (saywho/corpus/sqlite.py), `PostgresStore` the shared one
(saywho/corpus/postgres/, for a postgresql:// URL), and saywho/corpus/identity.py decides
which names across articles are one speaker. See docs/corpus.md.
"""

from saywho.corpus.backends import open_store
from saywho.corpus.derive import text_hash
from saywho.corpus.store import Page, Store, StoreError

__all__ = ["Page", "Store", "StoreError", "open_store", "text_hash"]
