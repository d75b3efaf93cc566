"""x60 (u60 #8): on a 99-article run, 47 s of silence after "parsing 2 batch(es) in 2 worker
processes", then "extracted 35/99 articles (35%), 1.4 s/article, about 87 s left" though the
run ended 19 s later, and the unit flipping between neighbouring lines. Now a line at least
every 15 s of work, the time left from the recent rate per worker, and one unit."""

import flows.pipeline as pipeline
from flows.pipeline import _Progress, seconds_per_article


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


class Lines:
    def __init__(self):
        self.lines = []

    def info(self, message, *args):
        self.lines.append(message % args if args else message)


def test_the_u60_run_estimates_within_a_factor_of_four_of_what_was_left():
    clock, log = Clock(), Lines()
    progress = _Progress(99, workers=2, batches=2, clock=clock, logger=log)
    clock.now = 47.0
    progress.advance(35)  # the first batch; the second (64 articles) ended at 66 s
    (line,) = log.lines
    left = float(line.split("about ")[1].split(" s left")[0])
    assert 19 / 4 <= left <= 19 * 4, line  # it said 87
    assert line.startswith("extracted 35/99 articles (35%), 1.3 s/article")


def test_a_line_within_fifteen_seconds_of_work_and_none_while_lines_come():
    clock, log = Clock(), Lines()
    progress = _Progress(99, workers=2, batches=2, clock=clock, logger=log)
    clock.now = 14.0
    progress.tick()
    assert log.lines == []
    clock.now = 15.0
    progress.tick()
    assert log.lines == ["extracting: 0/99 articles done after 15 s, 2 batch(es) in progress"]
    clock.now = 29.0
    progress.tick()  # the last line is 14 s old
    assert len(log.lines) == 1
    clock.now = 31.0
    progress.advance(35)
    clock.now = 45.0
    progress.tick()
    assert len(log.lines) == 2
    clock.now = 46.0
    progress.tick()
    assert log.lines[-1].startswith("extracting: 35/99 articles done after 46 s, 1 batch(es) in progress, about ")
    progress.advance(64)
    clock.now = 100.0
    progress.tick()  # all done: no more heartbeats
    assert len(log.lines) == 4


def test_the_flow_ticks_while_it_waits_for_a_batch(monkeypatch):
    """The heartbeat is driven from the flow's thread as it waits for a batch's task."""
    calls = []

    class Future:
        def __init__(self):
            self.waits = 0

        def wait(self, timeout):
            self.waits += 1

        @property
        def state(self):
            class State:
                def is_final(inner):
                    return self.waits >= 3
            return State()

    future = Future()
    while not pipeline._ended(future, 0):
        calls.append("tick")
    assert calls == ["tick", "tick"]
    progress = _Progress(10, logger=Lines())
    with progress:
        pass
    progress.tick()  # after the extraction: silent
    assert progress.logger.lines == []


def test_one_unit_throughout_a_run():
    assert seconds_per_article(35, 38.5) == "1.1 s/article"
    assert seconds_per_article(64, 16.0) == "0.25 s/article"  # was "4.0 articles/s"
    assert seconds_per_article(500, 2.0) == "0.004 s/article"
    assert seconds_per_article(0, 3.0) == "0.000 s/article"
    # the batch line uses it too
    import inspect
    assert "seconds_per_article(len(articles), elapsed)" in inspect.getsource(pipeline.extract_claims_batch.fn)


def test_near_miss_a_single_batch_still_prints_no_extra_line():
    clock, log = Clock(), Lines()
    progress = _Progress(5, clock=clock, logger=log)
    clock.now = 3.0
    progress.advance(5)
    assert log.lines == []
