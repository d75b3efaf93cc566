"""The pydantic models that every stage speaks: ingestion, extraction, store and reports.

They are the seam between `claims/` (pure logic), `store/` (SQL) and `flows/` (wiring),
so a later stage can be rewritten without touching the others.
"""

from __future__ import annotations

import hashlib
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Literal, TypeVar, overload

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator

M = TypeVar("M", bound=BaseModel)

# "id" and "url" are declared by the input; "file name" and "text" are derived by us.
IdFrom = Literal["id", "url", "file name", "text"]


def stable_id(*parts: object, length: int = 16) -> str:
    """Deterministic id from its parts, so that re-running the same input writes the same rows."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()
    return digest[:length]


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_ALL_FIELDS: dict[type, set[str]] = {}


def trusted(cls: type[M], /, **values: object) -> M:
    """An instance of `cls` from values of the right types (read back from the store, or
    computed with them), without validation, every field given. All such instances of a class
    share one set of the fields set (all of them): it is the bulk of a small model's memory,
    and assigning a field only adds a name it already holds."""
    fields = _ALL_FIELDS.get(cls)
    if fields is None:
        fields = _ALL_FIELDS[cls] = set(cls.model_fields)
    return cls.model_construct(fields, **values)


class Article(BaseModel):
    """One news article as read from an input file; `text` excludes any ` date ` header."""

    model_config = ConfigDict(frozen=True)

    article_id: str
    source: str = Field(description="file the article came from, with ':LINE' for JSONL")
    text: str
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    published: date | None = None
    id_from: IdFrom = Field(
        default="id",
        description="what the id was taken from: only an id the input declared ('id', 'url') "
        "may replace an article stored from another file",
    )

    @property
    def sha256(self) -> str:
        return text_sha256(self.text)

    @property
    def metadata(self) -> tuple[str | None, str | None, str | None, date | None]:
        """What the claims and conflicts read besides the text (narrated claims are the
        outlet's, time frames come from the date): a correction of any of it is a change."""
        return (self.outlet, self.title, self.url, self.published)


class StoredArticle(BaseModel):
    """What the store holds of an article to decide whether an input is new, changed,
    unchanged, or another article under an id already taken."""

    article_id: str
    source: str
    sha256: str
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    published: date | None = None

    @property
    def metadata(self) -> tuple[str | None, str | None, str | None, date | None]:
        return (self.outlet, self.title, self.url, self.published)


class Rejection(BaseModel):
    """An input that could not become an article, with where and why, for the operator."""

    source: str
    line: int | None = None
    reason: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"


class QuantityKind(StrEnum):
    AMOUNT = "amount"  # a figure that can be compared with another of the same measure
    CHANGE = "change"  # a rise or fall ("a 7% increase", "fell by 3 million")
    VAGUE = "vague"  # a quantity with no value ("months-long")


class Quantity(BaseModel):
    """A figure as written, and the interval of values its wording allows.

    `low`/`high` are None where the wording leaves that side open ("over $5" has no high).
    Offsets are characters into the article text.
    """

    surface: str
    start_char: int
    end_char: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    per: str | None = None
    measure: str | None = None
    qualifier: str | None = None
    kind: QuantityKind = QuantityKind.AMOUNT
    entities: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _interval_holds_value(self) -> Quantity:
        if self.value is not None:
            if self.low is not None and self.low > self.value:
                raise ValueError(f"low {self.low} above value {self.value} in {self.surface!r}")
            if self.high is not None and self.high < self.value:
                raise ValueError(f"high {self.high} below value {self.value} in {self.surface!r}")
        return self


class Attribution(BaseModel):
    """A statement attributed to a speaker: what was said (content) and by whom.

    `speaker` is the canonical name resolved within the article (the full name, for a
    later "she" or surname); `speaker_mention` the words used at this statement.
    """

    content_start: int
    content_end: int
    speaker: str | None = None
    speaker_mention: str | None = None
    speaker_role: str | None = None
    cue: str | None = None
    is_quote: bool = False
    # (r50) what the speaker is, as attribution resolved it (`claims.speakers.Speaker.kind`):
    # person, org, document, group or other; None when not known
    speaker_kind: str | None = None


class ClaimKind(StrEnum):
    QUANTITATIVE = "quantitative"
    ATTRIBUTED = "attributed"
    BOTH = "both"
    # The outlet's own narration, unattributed and without figures, that states a listed
    # event, state, assessment or rejection (claims/narration.py); its speaker is the
    # outlet (else the article id). Not "reported": attributed claims are reported speech.
    NARRATED = "narrated"


class Claim(BaseModel):
    """A checkable statement of an article: `text == article.text[start_char:end_char]`."""

    claim_id: str
    article_id: str
    kind: ClaimKind
    text: str
    sentence: str
    sentence_start: int
    start_char: int
    end_char: int
    speaker: str | None = None
    speaker_mention: str | None = None
    speaker_role: str | None = None
    cue: str | None = None
    is_quote: bool = False
    # (r50) person, org, document, group or other (`claims.speakers.Speaker.kind`); None
    # when unknown (no speaker, or stored before round r50): a ClaimReview's claimant is a
    # Person or an Organization by it
    speaker_kind: str | None = None
    quantities: list[Quantity] = Field(default_factory=list)

    def quantity_id(self, index: int) -> str:
        q = self.quantities[index]
        return stable_id(self.claim_id, q.start_char, q.end_char, q.surface)


class ClaimRef(BaseModel):
    """What clustering and conflict rules need to know of a claim, including its article's."""

    claim: Claim
    outlet: str | None = None
    published: date | None = None


class ClusterMember(BaseModel):
    """A claim's place in its cluster; `score` is its likeness (0..1) to the representative."""

    cluster_id: str
    claim_id: str
    score: float
    is_representative: bool = False


class StoredClaim:
    """A stored claim as the conflict rules read it, with `Claim`'s fields, as a slotted
    record: the flow holds every claim of the store at once, and a pydantic instance costs
    ~550 bytes (its `__dict__`) where slots cost ~150. Read-only by convention, built only
    from values a `Claim` held when it was written (`store.reads.load_stored_claims`).
    `as_claim()` gives the model back where one is wanted."""

    __slots__ = tuple(Claim.model_fields)

    def __init__(self, **values: object) -> None:
        for name in self.__slots__:
            object.__setattr__(self, name, values[name])

    def model_copy(self, *, update: dict[str, object] | None = None) -> StoredClaim:
        """Another record with `update`'s fields replaced, as `Claim.model_copy` gives
        (g44): the numeric rule re-reads a claim's figures on a copy
        (`_with_quantities`), and the flow's stored claims crashed it there."""
        return StoredClaim(**({name: getattr(self, name) for name in self.__slots__} | (update or {})))

    def as_claim(self) -> Claim:
        values = {name: getattr(self, name) for name in self.__slots__}
        values["quantities"] = [q.as_quantity() if isinstance(q, StoredQuantity) else q for q in self.quantities]
        return Claim.model_validate(values)

    def __repr__(self) -> str:
        return f"StoredClaim({self.claim_id!r}, {self.text!r})"


class StoredQuantity:
    """A stored claim's figure, with `Quantity`'s fields, as a slotted record (see
    `StoredClaim`); `entities` is a tuple. `model_copy(update=...)`, the one model method
    the conflict rules call on a figure (to convert its unit), gives another record."""

    __slots__ = tuple(Quantity.model_fields)

    def __init__(self, **values: object) -> None:
        for name in self.__slots__:
            object.__setattr__(self, name, values[name])

    def model_copy(self, *, update: dict[str, object] | None = None) -> StoredQuantity:
        return StoredQuantity(**({name: getattr(self, name) for name in self.__slots__} | (update or {})))

    def as_quantity(self) -> Quantity:
        return Quantity.model_validate({name: getattr(self, name) for name in self.__slots__})

    def __repr__(self) -> str:
        return f"StoredQuantity({self.surface!r}, {self.value!r}, {self.unit!r})"


class StoredClaimRef:
    """`ClaimRef` of a `StoredClaim`, slotted for the same reason."""

    __slots__ = ("claim", "outlet", "published")

    def __init__(self, claim: StoredClaim | Claim, outlet: str | None, published: date | None) -> None:
        self.claim, self.outlet, self.published = claim, outlet, published

    @classmethod
    def of(cls, ref: ClaimRef) -> StoredClaimRef:
        """`ref` as the flow reads it back from the store (figures' entities as tuples):
        the bench scores the rules on these records, so a rule that calls a model method
        the records lack fails in the eval, not first in a user's run (g44's crash)."""
        claim = ref.claim
        values = {name: getattr(claim, name) for name in Claim.model_fields}
        values["quantities"] = [
            StoredQuantity(**({n: getattr(q, n) for n in Quantity.model_fields} | {"entities": tuple(q.entities)}))
            for q in claim.quantities]
        return cls(StoredClaim(**values), ref.outlet, ref.published)

    def model_copy(self, *, update: dict[str, object] | None = None) -> StoredClaimRef:
        """Another ref with `update`'s fields replaced, as `ClaimRef.model_copy` gives (g44,
        see `StoredClaim.model_copy`)."""
        values = {"claim": self.claim, "outlet": self.outlet, "published": self.published} | (update or {})
        return StoredClaimRef(values["claim"], values["outlet"], values["published"])

    def __repr__(self) -> str:
        return f"StoredClaimRef({self.claim!r}, {self.outlet!r}, {self.published!r})"


@dataclass(frozen=True, eq=False)
class Clusters(Sequence[ClusterMember]):
    """Cluster members as columns (row k is one member, a cluster's rows together, its
    representative first), read as a sequence of `ClusterMember`s made on demand: the
    flow keeps the members of the whole store from clustering to the last write, and a
    model per member costs ~330 bytes where a row costs ~25."""

    cluster_ids: list[str]
    claim_ids: list[str]
    scores: array  # array("d")
    representative: array  # array("b"), 1 for the representative

    @classmethod
    def of(cls, members: Sequence[ClusterMember]) -> Clusters:
        return cls([m.cluster_id for m in members], [m.claim_id for m in members],
                   array("d", (m.score for m in members)),
                   array("b", (m.is_representative for m in members)))

    def __len__(self) -> int:
        return len(self.claim_ids)

    @overload
    def __getitem__(self, k: int) -> ClusterMember: ...
    @overload
    def __getitem__(self, k: slice) -> list[ClusterMember]: ...
    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        return trusted(ClusterMember, cluster_id=self.cluster_ids[k], claim_id=self.claim_ids[k],
                       score=self.scores[k], is_representative=bool(self.representative[k]))

    def __iter__(self) -> Iterator[ClusterMember]:
        for k in range(len(self)):
            yield self[k]

    def rows(self) -> Iterator[tuple[str, str, float, bool]]:
        """(cluster_id, claim_id, score, is_representative), as the clusters table holds them."""
        return zip(self.cluster_ids, self.claim_ids, self.scores, map(bool, self.representative), strict=True)

    def cluster_count(self) -> int:
        return len(set(self.cluster_ids))


class ConflictKind(StrEnum):
    DISPUTE = "dispute"
    NUMERIC = "numeric"
    CONTRADICTION = "contradiction"


class Conflict(BaseModel):
    """Two claims that cannot both be right; `claim_a` is the earlier or the disputed one."""

    conflict_id: str
    claim_a: str
    claim_b: str
    kind: ConflictKind
    score: float
    reason: str

    @staticmethod
    def make_id(kind: ConflictKind, claim_a: str, claim_b: str) -> str:
        """Stable across runs and independent of pair order, so reviews stay attached."""
        first, second = sorted((claim_a, claim_b))
        return stable_id(kind.value, first, second)


class Verdict(StrEnum):
    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"
    UNCLEAR = "unclear"


# One limit for a review's note and reviewer, wherever a verdict is recorded (the desk, the
# `review` command, store.writes.add_review): the desk refused a 5,000-character note that
# `review --note` stored, so what one way of reviewing accepted the other could not show back.
MAX_NOTE_CHARS = 4_000
MAX_REVIEWER_CHARS = 200


class ReviewTooLong(ValueError):
    """A note or reviewer's name over its limit; the message says which and the limit."""


def check_review_text(note: str | None, reviewer: str | None) -> None:
    """Raises ReviewTooLong when the note or the reviewer's name (stripped) is over its limit."""
    if note and len(note.strip()) > MAX_NOTE_CHARS:
        raise ReviewTooLong(f"the note is longer than {MAX_NOTE_CHARS:,} characters "
                            f"({len(note.strip()):,})")
    if reviewer and len(reviewer.strip()) > MAX_REVIEWER_CHARS:
        raise ReviewTooLong(f"the reviewer's name is longer than {MAX_REVIEWER_CHARS:,} characters "
                            f"({len(reviewer.strip()):,})")


class RunSummary(BaseModel):
    run_id: str
    started_at: datetime
    finished_at: datetime | None = None
    articles_read: int = 0
    articles_new: int = 0
    articles_changed: int = 0
    articles_unchanged: int = 0
    articles_rejected: int = 0
    # (x54) stored articles extracted again because another extractor had extracted them
    articles_reextracted: int = 0
    # (x58) what differed from the extractor that had extracted them ("extractor version 44
    # -> 45", "model en_core_web_sm -> en_core_web_md"): `claims.reporting.extractor_change`
    reextract_cause: str | None = None
    claims: int = 0
    clusters: int = 0
    conflicts: int = 0
    # (r50) reviewed conflicts no longer found, kept for their verdicts (the report lists
    # them too); not a column of `runs`: read from the store when the run is written
    stale_conflicts: int = 0
    stale_by_rules: int = 0  # (p55) of stale_conflicts, those whose claims still stand
    status: str = "running"
    rejections: list[Rejection] = Field(default_factory=list)
    # article id -> the path its unchanged text was read from this time, when it was stored
    # from another (a moved inbox): a later edit at the new path is then a correction, not
    # another article under a taken id (claims/identity.py)
    moved_sources: dict[str, str] = Field(default_factory=dict)
    # (x54) fingerprint of the claims code the store's clusters and conflicts stand computed
    # with after this run (this run's when it recomputed them, else the previous run's)
    conflict_rules: str | None = None


class StoreCounts(BaseModel):
    articles: int
    claims: int
    quantities: int
    clusters: int
    conflicts: int


class ConflictView(BaseModel):
    """One row of the `conflict_report` view: a conflict with both claims in context."""

    conflict_id: str
    kind: ConflictKind
    score: float
    reason: str
    first_seen: datetime
    stale: bool
    status: str
    # (x62) of a conflict stale with both claims unchanged (`stale_because` 'rules'): the
    # claims code (`runs.conflict_rules`) of the runs since it was found, "unchanged" when
    # one throughout (other articles moved the clusters), "1a2b3c4d -> 5e6f7a8b" when it
    # changed (the first 8 hex digits, then and now), None when not known
    stale_rules: str | None = None
    review_note: str | None = None
    reviewer: str | None = None
    reviewed_at: datetime | None = None
    claim_a: str
    a_text: str
    a_sentence: str | None = None
    a_offset_in_sentence: int | None = None
    a_speaker: str | None = None
    a_speaker_role: str | None = None
    a_speaker_kind: str | None = None  # (r50) see `Claim.speaker_kind`
    a_article_id: str | None = None
    a_outlet: str | None = None
    a_published: date | None = None
    a_title: str | None = None
    a_url: str | None = None
    # 'current', 'changed' (claim gone from its article), 'removed', or (r50) 'edited' (a stale
    # conflict's claim still stored, its sentence rewritten since: the copy is shown), or
    # (x60) 'recut' (the article's text unchanged, its claims extracted again and cut otherwise)
    a_claim_state: str = "current"
    # (x58) the speaker the store holds for the claim now (None once it is gone): differs
    # from `a_speaker`, the reviewed copy, when the claim state is 'reattributed'
    a_speaker_now: str | None = None
    # (x60) the claim's first figure's measure ("turnout"), as shown (the copy when stale)
    a_measure: str | None = None
    # (x60) the speaker this side had when the latest verdict was recorded, and whether the
    # side is shown under another one now (a run re-attributed its claim since the verdict)
    a_speaker_at_verdict: str | None = None
    a_reattributed_since_verdict: bool = False
    # (x62) shown under a description at the verdict and under the name it resolves to now
    # ("the campaign group" -> "Carrowdale Broadband Action": claims.naming): not counted
    # as re-attributed, so the verdict stands (and is exported)
    a_named_since_verdict: bool = False
    # (x60) the extractor the claim was found by, and the article's extractor now; for a
    # 'recut' side (same article text, claims extracted again and cut differently), the
    # claim(s) now standing where it stood
    a_extractor_then: str | None = None
    a_extractor_now: str | None = None
    a_text_now: str | None = None
    claim_b: str
    b_text: str
    b_sentence: str | None = None
    b_offset_in_sentence: int | None = None
    b_speaker: str | None = None
    b_speaker_role: str | None = None
    b_speaker_kind: str | None = None  # (r50) see `Claim.speaker_kind`
    b_article_id: str | None = None
    b_outlet: str | None = None
    b_published: date | None = None
    b_title: str | None = None
    b_url: str | None = None
    # 'current', 'changed' (claim gone from its article), 'removed', or (r50) 'edited' (a stale
    # conflict's claim still stored, its sentence rewritten since: the copy is shown), or
    # (x60) 'recut' (the article's text unchanged, its claims extracted again and cut otherwise)
    b_claim_state: str = "current"
    # (x58) the speaker the store holds for the claim now (None once it is gone): differs
    # from `b_speaker`, the reviewed copy, when the claim state is 'reattributed'
    b_speaker_now: str | None = None
    # (x60) the claim's first figure's measure ("turnout"), as shown (the copy when stale)
    b_measure: str | None = None
    # (x60) the speaker this side had when the latest verdict was recorded, and whether the
    # side is shown under another one now (a run re-attributed its claim since the verdict)
    b_speaker_at_verdict: str | None = None
    b_reattributed_since_verdict: bool = False
    b_named_since_verdict: bool = False  # (x62) see `a_named_since_verdict`
    # (x60) the extractor the claim was found by, and the article's extractor now; for a
    # 'recut' side (same article text, claims extracted again and cut differently), the
    # claim(s) now standing where it stood
    b_extractor_then: str | None = None
    b_extractor_now: str | None = None
    b_text_now: str | None = None
    # (x58) a current conflict that took the place of a reviewed one made stale by a
    # corrected claim (same kind, exactly one claim the same, both sides' articles and
    # speakers the same): "ID (confirmed by ana)"; and on the stale one, the current one's id
    replaces: str | None = None
    replaced_by: str | None = None
    # (y60, y62) the conflicts over one matter (`claims.grouping`): the pair of clusters of its
    # two claims, "CLUSTER" (both in it), "CLUSTER+CLUSTER" or "CLUSTER+claim:ID" (a claim in
    # no cluster stands for itself), the conflict's own id when neither claim is clustered;
    # between figures, "#" and the measure compared ("CLUSTER#bran", "... #unit hour").
    # The reports show a group under one heading.
    group: str | None = None
    # (y62) the words of the group's matter, for its heading: the measure two figures share
    # ("branches"), else the words of its cluster's representative claim
    # (`conflict_report.group_label`); and how many conflicts the group has in the whole
    # report (status filter applied, not the limit): "2 of 10 conflicts over one matter"
    group_label: str | None = None
    group_size: int | None = None
    # (x60) the id alone of the conflict `replaces` names (`conflict_report.replaces_id`)
    replaces_id: str | None = None

    @property
    def reattributed_since_verdict(self) -> bool:
        """(x60) A side is shown under another speaker than at the latest verdict, or (x58)
        a stale side's claim stands under another speaker than the copy reviewed: the
        verdict is not on this attribution, so it is not published until re-reviewed."""
        return (self.a_reattributed_since_verdict or self.b_reattributed_since_verdict
                or "reattributed" in (self.a_claim_state, self.b_claim_state))

    @computed_field  # type: ignore[prop-decorator]  (in the JSON report too)
    @property
    def stale_because(self) -> str | None:
        """(p55) Why a stale conflict is stale: "rules" when both its claims still stand
        unchanged in their articles (new conflict rules, e.g. after an upgrade, no longer
        find it), "claims" when a claim changed or its article did, or (x58) a claim standing
        in the same sentence is now attributed to another speaker ('reattributed': the
        verdict was on the old attribution). None when not stale.
        Derived from the claim states the store keeps, so a store stale before p55 reads
        the same: the export had said "their claims have since changed" of both."""
        if not self.stale:
            return None
        if self.a_claim_state == "current" and self.b_claim_state == "current":
            return "rules"
        return "claims"
