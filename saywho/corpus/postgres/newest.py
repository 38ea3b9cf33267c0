"""Where a search's newest matches start: a window of time from the newest quotation, widened until it holds enough.

A common word's newest `rank_among` matches lie in the last few percent of the corpus by date. Searching only
quotations dated on or after a cutoff lets PostgreSQL AND the word's GIN bitmap with a range of the
quotations_newest index, so it visits the window's matches and not every match. The cutoffs come from the
planner's statistics of quotations.date (its histogram and most common values: quantiles of the dates, read
without touching the table); a store never analysed has none, and is searched whole, as before.

The answer is the same as a whole-table search's whenever the window holds at least `rank_among` matches: every
match outside it is older (or undated, which sorts last). The total is then an estimate: the window's matches
scaled by the window's share of the quotations, counted (the statistics lag behind what was stored since).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")

# A window is chosen to hold this many times `rank_among` matches by the planner's estimate of the word's matches,
# so that one window is usually enough; a window found too narrow is widened by the matches it held.
MARGIN = 1.5
# What reading one entry of the quotations_newest range costs beside visiting one match's row (its tsvector read,
# its date sorted): 0.07 µs against 1.5 µs at 351,000 quotations (bench/pg_search_cost.py). A window pays only when
# the range it reads costs less than the matches older than it would.
INDEX_ENTRY_COST = 1 / 20
# Fewer expected matches than this are all read and counted exactly: a few milliseconds (5,000 matches took
# 7 ms at 351,000 quotations), and a total that is exact.
WINDOWS_FROM = 5_000

@dataclass
class DateQuantiles:
    """The planner's picture of quotations.date: histogram bounds (ascending) and most common values."""

    bounds: list[str]
    common: dict[str, float]  # value -> share of all rows
    dated: float  # share of rows with a date
    rows: float  # the quotations in all, as the planner counts them

    def cutoff(self, share: float) -> tuple[str, float]:
        """The latest date at or after which about `share` of the quotations lie, and that share by the statistics."""
        buckets = len(self.bounds) - 1
        index = max(0, min(buckets, int(buckets * (1 - share / self.dated))))
        cutoff = self.bounds[index]
        return cutoff, self.share_from(cutoff)

    def share_from(self, cutoff: str) -> float:
        """The share of all quotations dated on or after `cutoff`."""
        in_histogram = self.dated - sum(self.common.values())
        buckets = len(self.bounds) - 1
        above = (buckets - bisect.bisect_left(self.bounds, cutoff)) / buckets if buckets else 0.0
        return in_histogram * above + sum(f for value, f in self.common.items() if value >= cutoff)


def date_quantiles(conn: Any) -> DateQuantiles | None:
    """The statistics ANALYZE (or autovacuum) keeps on quotations.date, None when there are none."""
    row = conn.execute(
        "SELECT histogram_bounds::text::text[], most_common_vals::text::text[], most_common_freqs, null_frac, "
        "(SELECT reltuples FROM pg_class WHERE oid = 'quotations'::regclass) FROM pg_stats "
        "WHERE schemaname = current_schema() AND tablename = 'quotations' AND attname = 'date'").fetchone()
    if row is None or not row[0] or len(row[0]) < 2 or not row[4] or row[4] < 0:
        return None
    bounds, common_values, common_freqs, null_frac, rows = row
    return DateQuantiles(list(bounds), dict(zip(common_values or [], common_freqs or [], strict=True)),
                         1.0 - float(null_frac), float(rows))


def expected_matches(conn: Any, query: str, params: list) -> float:
    """The planner's estimate of a search's matches (from the words' frequencies ANALYZE keeps): good for a
    word, low for a phrase or words that go together; too low costs only a search of the whole table."""
    plan = conn.execute(f"EXPLAIN (FORMAT JSON) SELECT 1 FROM quotations q WHERE q.search @@ {query}", params)
    return float(plan.fetchone()[0][0]["Plan"]["Plan Rows"])


def in_windows(search: Callable[[str | None], tuple[T, int]], quantiles: DateQuantiles | None, rank_among: int,
               expected: float) -> tuple[T, str | None, int]:
    """`search(since)`'s answer and matches (it returns both) for the narrowest window tried that holds
    `rank_among` matches, with where the window starts; or for the whole table, with None."""
    share = MARGIN * rank_among / expected if expected > 0 else 1.0
    while quantiles is not None and rank_among > 0 and _pays(share, quantiles.rows, rank_among, expected):
        since, real_share = quantiles.cutoff(share)
        answer, found = search(since)
        if found >= rank_among:
            return answer, since, found
        expected = found / real_share if found and real_share else expected / 8
        # at least twice as wide: the statistics may place a narrow window nowhere (a share of 0)
        share = max(real_share * MARGIN * rank_among / found if found else real_share * 8, real_share * 2, share * 2)
    answer, found = search(None)
    return answer, None, found


def _pays(share: float, rows: float, rank_among: int, expected: float) -> bool:
    """Whether reading `share` of the date index and about MARGIN * rank_among matches costs less than reading
    the `expected` matches of the whole table."""
    return share < 1 and expected >= WINDOWS_FROM and share * rows * INDEX_ENTRY_COST + MARGIN * rank_among < expected
