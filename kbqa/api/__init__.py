"""The REST API (``kbqa serve``): FastAPI over the ``KnowledgeBase`` Python API.

    app.py      create_app(kb), app_from_env(); /healthz, /readyz, /metrics
    routes.py   /v1: ask (JSON or server-sent events), documents, feedback, me
    auth.py     bearer API tokens (kbqa.tokens) -> the acting user, read per request
    errors.py   every error as {"error": {"type", "message"}}
    schemas.py  request and response bodies (the OpenAPI schema)
    uploads.py  safe names and atomic saving of uploaded files
"""

from kbqa.api.app import app_from_env, create_app

__all__ = ["app_from_env", "create_app"]
