"""One extraction worker process: loads the spaCy pipeline once, then parses and extracts
batch after batch sent by flows.parse_pool until its input closes.

Started as `python -m flows.parse_worker` (not forked from the flow process, which holds
Prefect's threads and event loop; not multiprocessing's spawn, which would re-import the
`counterclaim` script and with it Prefect): it imports only claims/ and spaCy, so each
worker costs the parser's memory and no more.

Frames both ways are an 8-byte big-endian length and a pickle. Requests are
`(model, articles)`; replies `("ok", claims, seconds)` or `("error", message)`. The first
reply, before any request, is `("ready", model)` once the pipeline is loaded.
"""

from __future__ import annotations

import os
import pickle
import signal
import struct
import sys
import time
import traceback
from typing import Any, BinaryIO

HEADER = struct.Struct(">Q")


def send(stream: BinaryIO, message: Any) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(HEADER.pack(len(data)))
    stream.write(data)
    stream.flush()


def receive(stream: BinaryIO) -> Any:
    """The next message, or EOFError when the other side has closed the pipe."""
    header = stream.read(HEADER.size)
    if len(header) < HEADER.size:
        raise EOFError
    (size,) = HEADER.unpack(header)
    data = stream.read(size)
    if len(data) < size:
        raise EOFError
    return pickle.loads(data)


def main() -> int:
    # Ctrl-C reaches the whole process group: the flow stops its workers itself (it kills
    # them when interrupted), so a worker neither dies mid-reply nor prints a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The protocol owns the real stdout; anything printed by a library goes to stderr.
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    inp = sys.stdin.buffer

    from claims.extract import extract_batch  # noqa: PLC0415  (after the streams are set)
    from claims.nlp import load_nlp  # noqa: PLC0415

    model = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] else None
    try:
        load_nlp(model)
    except Exception as exc:  # noqa: BLE001  told to the flow, which raises it in the task
        send(out, ("error", f"{type(exc).__name__}: {exc}"))
        return 1
    send(out, ("ready", model))
    while True:
        try:
            request_model, articles = receive(inp)
        except EOFError:
            return 0
        started = time.perf_counter()
        try:
            nlp = load_nlp(request_model)
            claims = [c for _, found in extract_batch(articles, nlp) for c in found]
        except Exception as exc:  # noqa: BLE001
            send(out, ("error", f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}"))
            continue
        send(out, ("ok", claims, time.perf_counter() - started))


if __name__ == "__main__":
    raise SystemExit(main())
