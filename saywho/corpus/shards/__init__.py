"""A corpus as Parquet shards that workers write themselves: see `layout` for the folder layout."""
