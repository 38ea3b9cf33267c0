"""saywho's version, in a module of its own so that any part of the package can name it.

(`saywho/__init__.py` imports the pipeline; a module it imports that took the
version from there would close an import circle.)
"""

__version__ = "0.1.0"
