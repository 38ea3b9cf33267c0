"""Load saywho's pipeline as a Dask worker starts: `dask worker ADDRESS --preload saywho.corpus.dask_preload`.

A worker without it loads the pipeline in its first task, which then takes a few
seconds longer than the others; with it, a worker that cannot load the model
(saywho or the model not installed on that node) fails at start, where its log
says why, instead of failing every batch it is given.
"""

from __future__ import annotations


def dask_setup(worker) -> None:  # the name and signature Dask calls a preload module by
    from saywho.nlp import load_pipeline

    load_pipeline()
