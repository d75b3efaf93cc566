"""Which line of a function decided its answer: the steps scripts name the guard or the
step that returned, without copying the function's logic into the bench."""

from __future__ import annotations

import sys
from types import CodeType
from typing import Any, Callable


def call_traced(code: CodeType, event: str, call: Callable[[], Any]) -> tuple[Any, int | None]:
    """Run `call` and return its result with the last line of `code` seen at `event`
    ("line": the last line run, e.g. the `if` before a `return False`; "return": the line
    that returned)."""
    line: list[int | None] = [None]

    def tracer(frame, ev, arg):
        if frame.f_code is code:
            def local(frame, ev, arg):
                if ev == event:
                    line[0] = frame.f_lineno
                return local
            return local
        return None

    old = sys.gettrace()
    sys.settrace(tracer)
    try:
        result = call()
    finally:
        sys.settrace(old)
    return result, line[0]
