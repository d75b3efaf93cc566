"""How the regex readers that once went quadratic grow with the length of a text.

    python bench/long_text_readers.py            # 8,000 .. 32,000 repeats of each sentence

Two readers were found quadratic on long texts and fixed: the event-date and forecast
readers (round c18: 256,000 characters took 96 s) and the generic-definition blanker
(round g72). Their timing lived in tests/claims as wall-clock assertions, which fail under
load and are targets, so it is measured here instead. For each reader it prints the time at
each size and the growth per doubling: about 2x is linear; 4x is quadratic and a regression.
No timing is asserted: these are measurements.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims.conflicts.contradictions import _generic_definitions_blanked  # noqa: E402
from claims.event_dates import event_dates, is_forecast  # noqa: E402

READERS = {
    "event_dates + is_forecast": ("the crew met on Monday and left ", lambda t: (event_dates(t), is_forecast(t))),
    "generic definitions blanked": ("they said that a dog that runs fast ", _generic_definitions_blanked),
}
SIZES = (8_000, 16_000, 32_000)


def main() -> int:
    print(f"{'reader':<30}{'repeats':>9}{'chars':>11}{'seconds':>10}{'growth':>8}")
    for name, (sentence, read) in READERS.items():
        before = None
        for n in SIZES:
            text = sentence * n
            started = time.perf_counter()
            read(text)
            took = time.perf_counter() - started
            growth = f"{took / before:.1f}x" if before else ""
            print(f"{name:<30}{n:>9,}{len(text):>11,}{took:>10.2f}{growth:>8}")
            before = took
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
