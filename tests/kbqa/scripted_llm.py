"""A real OpenAI-compatible HTTP server whose answer is scripted, for tests that must know what
the model writes (a fabricated number, say): ``GET /v1/models`` and ``POST /v1/chat/completions``,
streamed as server-sent ``chat.completion.chunk`` events, word by word with a pause between words
(so a page has time to show each one), or as one JSON completion.

Run as a process by ``scripted_llm(reply, tmp_path)``; ``python scripted_llm.py PORT REPLY_FILE
[DELAY_S]`` is its command line.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from fastapi import FastAPI, Request
from fastapi.responses import StreamingResponse

MODEL = "scripted"


def make_app(reply: str, delay_s: float) -> FastAPI:
    import asyncio

    app = FastAPI()

    @app.get("/v1/models")
    def models() -> dict:
        return {"object": "list", "data": [{"id": MODEL, "object": "model", "owned_by": "tests"}]}

    def chunk(delta: dict, finish: str | None = None) -> str:
        body = {"id": "chatcmpl-scripted", "object": "chat.completion.chunk", "created": 0,
                "model": MODEL, "choices": [{"index": 0, "delta": delta,
                                             "finish_reason": finish}]}
        return f"data: {json.dumps(body)}\n\n"

    async def pieces() -> Iterator[str]:  # type: ignore[misc]
        yield chunk({"role": "assistant", "content": ""})
        for word in re.findall(r"\s*\S+", reply):
            await asyncio.sleep(delay_s)
            yield chunk({"content": word})
        yield chunk({}, "stop")
        yield "data: [DONE]\n\n"

    @app.post("/v1/chat/completions")
    async def completions(request: Request):  # type: ignore[no-untyped-def]
        body = await request.json()
        if body.get("stream"):
            return StreamingResponse(pieces(), media_type="text/event-stream")
        return {"id": "chatcmpl-scripted", "object": "chat.completion", "created": 0,
                "model": MODEL, "choices": [{"index": 0, "finish_reason": "stop",
                                             "message": {"role": "assistant", "content": reply}}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}

    return app


@contextmanager
def scripted_llm(reply: str, workdir: Path, delay_s: float = 0.15) -> Iterator[str]:
    """A scripted server process answering ``reply`` until the block ends; yields its API root
    (``http://127.0.0.1:PORT/v1``)."""
    from llm_server import free_port, stop_process  # not in the server process: no test imports

    port = free_port()
    reply_file = workdir / f"reply-{port}.txt"
    reply_file.write_text(reply, encoding="utf-8")
    log = (workdir / f"scripted-llm-{port}.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, __file__, str(port), str(reply_file), str(delay_s)],
        stdout=log, stderr=subprocess.STDOUT,
    )
    base_url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the scripted LLM server exited: {log.name}")
            try:
                if httpx.get(f"{base_url}/models", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"the scripted LLM server did not start: {log.name}")
            time.sleep(0.2)
        yield base_url
    finally:
        stop_process(process)
        log.close()


if __name__ == "__main__":
    import uvicorn

    port, reply_path = int(sys.argv[1]), Path(sys.argv[2])
    delay = float(sys.argv[3]) if len(sys.argv) > 3 else 0.15
    uvicorn.run(make_app(reply_path.read_text(encoding="utf-8"), delay), host="127.0.0.1",
                port=port, log_level="warning")
