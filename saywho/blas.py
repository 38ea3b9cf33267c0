"""numpy's BLAS for the models' matrix products, one thread per product.

thinc's CPU ops multiply with the BLIS it bundles, which falls back to its portable
reference kernel on CPUs it does not recognise (the AMD EPYC these machines run on,
family 25, among them); numpy's OpenBLAS runs the same products about three times as
fast there. saywho.nlp.use_numpy_matmul gives spaCy's layers these ops, and the span
tagger's numpy network (span_network.py) multiplies with them too.
"""

from __future__ import annotations

from functools import lru_cache

from thinc.api import NumpyOps
from thinc.backends.ops import Ops


class NumpyBlasOps(NumpyOps):
    """thinc's NumpyOps without BLIS, each product on one BLAS thread.

    One thread, because OpenBLAS's helper threads keep spinning between the many
    small products of a pipeline: with two of them a worker used about 30% more CPU
    for the same articles (and barely finished sooner), and workers on every core
    would fight over the cores.
    The limit is OpenBLAS's per-thread one, set around each product and restored
    after it, so the rest of the process keeps its own settings.
    """

    def __init__(self, **kwargs):
        super().__init__(**{**kwargs, "use_blis": False})

    def gemm(self, x, y, *, out=None, trans1=False, trans2=False):
        set_local_threads = _openblas_local_threads()
        if set_local_threads is None:
            return Ops.gemm(self, x, y, out=out, trans1=trans1, trans2=trans2)
        previous = set_local_threads(1)
        try:
            return Ops.gemm(self, x, y, out=out, trans1=trans1, trans2=trans2)
        finally:
            set_local_threads(previous)


@lru_cache(maxsize=1)
def _openblas_local_threads():
    """OpenBLAS's openblas_set_num_threads_local (0.3.27 and later), from the library numpy loaded; or None."""
    import ctypes

    import numpy  # noqa: F401  loads numpy's BLAS, if it has one of its own

    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            fields = (line.split(maxsplit=5) for line in maps)
            paths = sorted({f[5].strip() for f in fields if len(f) == 6 and "openblas" in f[5].lower()})
    except OSError:  # not Linux: numpy's BLAS keeps its own thread count
        return None
    for path in paths:
        try:
            function = ctypes.CDLL(path).openblas_set_num_threads_local
        except (OSError, AttributeError):
            continue
        function.argtypes, function.restype = [ctypes.c_int], ctypes.c_int
        return function
    return None
