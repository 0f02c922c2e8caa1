"""Chat model over any OpenAI-compatible HTTP API: vLLM, TGI, llama.cpp server, Ollama, OpenAI."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from kbqa.errors import LLMUnavailableError, MissingDependencyError

try:
    import openai
    from langchain_openai import ChatOpenAI
except ImportError as exc:  # the factory imports this module only when the backend is chosen
    raise MissingDependencyError(
        "the 'openai' LLM backend needs langchain-openai; run: .venv/bin/pip install langchain-openai"
    ) from exc

# Local servers ignore the key, but the OpenAI client refuses to start without one.
_NO_KEY = "not-needed"


def _root_cause(exc: BaseException) -> BaseException:
    seen = {id(exc)}
    while (nxt := exc.__cause__ or exc.__context__) is not None and id(nxt) not in seen:
        seen.add(id(nxt))
        exc = nxt
    return exc


def _unavailable(exc: openai.APIError, url: str, model: str, attempts: int) -> LLMUnavailableError:
    tries = f"{attempts} attempt{'s' if attempts > 1 else ''}"
    if isinstance(exc, openai.APITimeoutError):
        what = f"timed out ({tries})"
        todo = "check that the server is up and not overloaded, or raise KBQA_LLM_TIMEOUT_S"
    elif isinstance(exc, openai.APIConnectionError):
        what = f"is unreachable ({tries}: {_root_cause(exc)})"
        todo = (
            "start the server or fix KBQA_LLM_BASE_URL, or answer with quoted passages "
            "(KBQA_LLM_BACKEND=none)"
        )
    elif isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
        what = f"refused the API key (HTTP {exc.status_code})"
        todo = "set KBQA_LLM_API_KEY (or OPENAI_API_KEY)"
    elif isinstance(exc, openai.NotFoundError):
        what = f"does not serve model {model!r} (HTTP 404)"
        todo = "set KBQA_LLM_MODEL to a name listed by GET /v1/models"
    elif isinstance(exc, openai.APIStatusError):
        what = f"answered HTTP {exc.status_code}: {exc.message}"
        todo = "check the server's log"
    else:
        what = f"failed: {exc}"
        todo = "check the server's log"
    return LLMUnavailableError(f"LLM endpoint {url} {what}; {todo}")


class OpenAICompatibleChat(ChatOpenAI):  # type: ignore[misc]
    """``ChatOpenAI`` for self-hosted servers.

    Differences: the output limit is sent as ``max_tokens`` (which vLLM, TGI, llama.cpp and Ollama
    all read; ChatOpenAI sends OpenAI's newer ``max_completion_tokens``), and a failed call raises
    ``LLMUnavailableError`` naming the URL, after the client's own retries; a ``grammar`` call
    option (GBNF text) is sent as the ``grammar`` field of the request body.
    """

    is_weak: bool = False
    grammar_mode: str = "off"
    """``quotes``: answers are decoded under ``kbqa.llm.grammar.quote_grammar``, sent as the
    ``grammar`` field that llama.cpp servers read; ``off``: free (other servers reject it)."""

    def _get_request_payload(
        self, input_: Any, *, stop: list[str] | None = None, **kwargs: Any
    ) -> dict:
        grammar = kwargs.pop("grammar", None)
        payload = super()._get_request_payload(input_, stop=stop, **kwargs)
        if grammar:  # not an OpenAI field: the client sends extra_body's keys in the JSON body
            payload["extra_body"] = {**(payload.get("extra_body") or {}), "grammar": grammar}
        if "max_completion_tokens" in payload and "messages" in payload:
            payload["max_tokens"] = payload.pop("max_completion_tokens")
        return payload

    def _error(self, exc: openai.APIError) -> LLMUnavailableError:
        return _unavailable(
            exc, str(self.openai_api_base), self.model_name, (self.max_retries or 0) + 1
        )

    def _generate(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super()._generate(*args, **kwargs)
        except openai.APIError as exc:
            raise self._error(exc) from exc

    def _stream(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
        try:
            yield from super()._stream(*args, **kwargs)
        except openai.APIError as exc:
            raise self._error(exc) from exc

    async def _agenerate(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return await super()._agenerate(*args, **kwargs)
        except openai.APIError as exc:
            raise self._error(exc) from exc

    async def _astream(self, *args: Any, **kwargs: Any) -> AsyncIterator[Any]:
        try:
            async for chunk in super()._astream(*args, **kwargs):
                yield chunk
        except openai.APIError as exc:
            raise self._error(exc) from exc


def list_models(base_url: str, api_key: str | None, timeout_s: float) -> list[str] | None:
    """The model ids the server lists at ``GET /models``; None when it does not answer so."""
    import httpx

    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    try:
        response = httpx.get(base_url.rstrip("/") + "/models", headers=headers,
                             timeout=timeout_s)
        response.raise_for_status()
        return [str(m["id"]) for m in response.json().get("data") or []]
    except (httpx.HTTPError, ValueError, KeyError, TypeError, AttributeError):
        return None


def served_model(base_url: str, api_key: str, timeout_s: float) -> str | None:
    """The first model id the server lists at ``GET /models``, or None when it cannot say."""
    models = list_models(base_url, api_key, min(timeout_s, 10.0))
    return models[0] if models else None


def make_openai_chat(
    *,
    base_url: str,
    model: str = "",
    api_key: str | None = None,
    timeout_s: float = 60.0,
    max_retries: int = 2,
    temperature: float = 0.1,
    top_p: float = 0.9,
    max_tokens: int = 256,
    grammar_mode: str = "off",
) -> OpenAICompatibleChat:
    """An ``OpenAICompatibleChat`` for ``base_url`` (the API root, e.g. ``http://host:8000/v1``).

    An empty ``model`` asks the server for its first model (one short request); a server that is
    down then yields the placeholder ``default`` and the first call reports the outage.
    """
    key = api_key or _NO_KEY
    if not model:
        model = served_model(base_url, key, timeout_s) or "default"
    params: dict[str, Any] = {
        "base_url": base_url,
        "api_key": key,
        "model": model,
        "timeout": timeout_s,
        "max_retries": max_retries,
        "temperature": temperature,
        "top_p": top_p,
        "max_tokens": max_tokens,
        "grammar_mode": grammar_mode,
    }
    return OpenAICompatibleChat(**params)
