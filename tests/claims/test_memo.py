"""Texts' results are remembered within one run of the rules only."""

from claims.memo import TEXT_MEMO_MAX_CHARS, memoised_per_text, remembering_texts

calls: list[str] = []


@memoised_per_text
def _words(text: str) -> frozenset[str]:
    calls.append(text)
    return frozenset(text.split())


def test_remembered_within_a_run_and_forgotten_after_it():
    calls.clear()
    with remembering_texts():
        first = _words("the strike cost $45 million")
        again = _words("the strike cost $45 million")
        assert again is first
        assert len(calls) == 1
        with remembering_texts():  # a nested run shares the outer run's memory
            assert _words("the strike cost $45 million") is first
        assert len(calls) == 1
    assert _words("the strike cost $45 million") == first
    assert len(calls) == 2  # outside a run: computed afresh
    with remembering_texts():
        _words("the strike cost $45 million")
    assert len(calls) == 3  # the last run's memory was let go


def test_long_texts_are_not_kept():
    calls.clear()
    long = "word " * (TEXT_MEMO_MAX_CHARS // 5 + 1)
    with remembering_texts():
        _words(long)
        _words(long)
    assert len(calls) == 2
