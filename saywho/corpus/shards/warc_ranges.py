"""Byte ranges of a gzipped WARC archive, each read by the worker that analyses it.

CC-NEWS publishes `.warc.gz` archives of about a gigabyte in which every record is
its own gzip member. So an archive can be cut by size alone, without reading it:
the range [start, end) holds the records whose gzip member begins at or after
`start` and before `end`. A worker finds the first member of its range by looking
for the gzip magic bytes and checking that the member inflates to "WARC/" (compressed
bytes that happen to look like a gzip header do not), then reads records until one
begins at or past `end`, reading beyond `end` to finish the last. Every record belongs
to exactly one range, wherever the cuts fall, and the process that hands out the
ranges never opens the archive.
"""

from __future__ import annotations

import gzip
import os
import zlib

from saywho.corpus.inputs import Job, html_response
from saywho.errors import InputError

RANGE_BYTES = 16 * 2**20  # a range of a CC-NEWS archive: a few hundred articles
RANGED = "warc-range"  # the kind of job that stands for a range, until the worker reads it
_MAGIC = b"\x1f\x8b\x08"
_WINDOW = 2**20  # how much is searched at a time for a member's start


def is_ranged(kind: str, path) -> bool:
    """Whether an input is read by ranges: a gzipped WARC archive (an uncompressed one has no member marks)."""
    return kind == "warc" and str(path).lower().endswith(".warc.gz")


def range_jobs(path: str, date: str | None = None, step: int | None = None) -> list[Job]:
    """One job per range of the archive, each to be read by its worker (`read_range`)."""
    size = os.path.getsize(path)
    step = step or RANGE_BYTES
    return [Job(RANGED, f"{path}#bytes={start}-{min(start + step, size)}", data=(path, start, min(start + step, size)),
                date=date) for start in range(0, max(size, 1), step)]


def read_range(job: Job) -> tuple[list[Job], int]:
    """The jobs of the HTML responses whose records begin in the job's range, and how many records were not HTML."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    path, start, end = job.data
    jobs, skipped = [], 0
    try:
        with open(path, "rb") as handle:
            first = first_member(handle, start, end)
            if first is None:
                return [], 0
            handle.seek(first)
            records = ArchiveIterator(handle)
            shift = None  # warcio counts offsets from the file's start; should it count from where it began, this
            for record in records:
                response = record.rec_type == "response" and record.http_headers is not None
                html, charset = html_response(record) if response else (False, None)
                # The body is read before the offset is asked for: asking first leaves warcio's stream empty.
                body = record.content_stream().read() if html else None
                offset = records.get_record_offset()
                shift = first - offset if shift is None else shift
                if offset + shift >= end:
                    break
                if not response:
                    continue
                if not html:
                    skipped += 1
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                jobs.append(Job("html", url or path, data=(body, charset, path), date=job.date))
    except (ArchiveLoadFailed, gzip.BadGzipFile, EOFError, ValueError, OSError) as error:
        raise InputError(f"{job.origin}: not a readable range of a WARC archive ({error})") from None
    return jobs, skipped


def first_member(handle, start: int, end: int) -> int | None:
    """Where the first WARC record at or after `start` (and before `end`) begins; None if none does."""
    position = start
    while position < end:
        handle.seek(position)
        window = handle.read(_WINDOW + len(_MAGIC))
        if not window:
            return None
        found = window.find(_MAGIC)
        while 0 <= found < _WINDOW and position + found < end:
            if _opens_a_record(handle, position + found):
                return position + found
            found = window.find(_MAGIC, found + 1)
        position += _WINDOW
    return None


def _opens_a_record(handle, offset: int) -> bool:
    handle.seek(offset)
    try:
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(handle.read(4096), 16)
    except zlib.error:
        return False
    return head.startswith(b"WARC/")
