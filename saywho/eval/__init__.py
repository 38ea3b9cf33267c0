"""Evaluators: score saywho's analyses against annotated corpora."""
