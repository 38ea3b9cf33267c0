"""What the benchmarks that set shards beside a store share: the two named on the command line.

Both shards_vs_store.py and shards_queries.py compare a SQLite store (`saywho ingest --db`)
with shards (`saywho ingest --shards`) of the same articles; each adds its own options.
"""

from __future__ import annotations

import argparse


def store_and_shards_parser(doc: str) -> argparse.ArgumentParser:
    """A parser described by the script's docstring's first paragraph, with --db and --shards."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="the SQLite store")
    parser.add_argument("--shards", required=True, help="the shards of the same articles")
    return parser
