"""(x62, u62) A side of a judged conflict shown under a description when the verdict was
given ("the campaign group") and under a name now ("Carrowdale Broadband Action"), because
a later run resolved the same mention to the body it describes: a refinement, not a
re-attribution. u62's review met it held out of the ClaimReview export as "re-attributed
since the verdict", though the reviewer had judged the same speaker, only less precisely
named.

What counts as "the mention resolves to the name": in the claim's article, a claim now
attributed to the name was written with the very words shown at the verdict (the
`speaker_mention` the article used there). Deliberately not handled: a name replaced by
another name, a description by another description, or a name by a description: those
stay re-attributions, as the verdict may not be on that speaker."""

from __future__ import annotations

from collections.abc import Iterable

from claims.readable import readable_speaker


def described(speaker: str | None) -> bool:
    """A description rather than a name: shown mid-line it opens in lower case ("the
    campaign group", "its chair", "a spokesperson for Acme")."""
    shown = readable_speaker(speaker) or ""
    return shown[:1].islower()


def _words(text: str) -> str:
    return " ".join(text.lower().split())


def named_since(at_verdict: str | None, speaker_now: str | None, mentions_now: Iterable[str | None]) -> bool:
    """Whether a side shown under `at_verdict` at the verdict and under `speaker_now` today
    was only named more precisely: a description then, a name now, and `mentions_now` (the
    words its article uses for `speaker_now`'s claims) include the description."""
    if not at_verdict or not speaker_now or not described(at_verdict) or described(speaker_now):
        return False
    said = _words(at_verdict)
    return any(m is not None and _words(m) == said for m in mentions_now)
