"""saywho's web app and REST API (`saywho serve`).

    from saywho.web.app import create_app
    from saywho.web.service import WebConfig

FastAPI, uvicorn and Jinja2 are imported only here, never by the rest of saywho.
"""
