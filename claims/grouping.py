"""(y62) Which conflicts the report shows under one heading: those over one matter.

u60's review read six numeric conflicts between the same four figures as six findings, so
y60 grouped conflicts by the clusters of their claims. u62's review found that grouping
too loose and too tight at once: a conflict with one claim in no cluster joined every other
conflict touching that cluster (two unrelated prison disputes under one heading), one
cluster held two numeric matters (how many branches close, how many customers use them),
and a conflict between a cluster and another was shown apart from the one inside it.

A group is now strictly the pair of clusters of the two claims, a claim in no cluster being
a matter of its own (it never pulls other conflicts in), and, between figures, the measure
the rule compared: "branches" and "customers" of one cluster are two headings. The
measure is read from the figures the reason names (the figures the rule compared), in
their sentences' words (`claims.readable.figure_label`); figures no sentence names are
grouped by their unit. Layout only: no conflict is found, dropped or changed here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from claims.models import Claim, ConflictKind, Quantity
from claims.readable import counted_noun, figure_label, group_head

# Words of the matter a heading shows at most: "a campaign group said its analysis of..."
LABEL_WORDS = 8


class Group(NamedTuple):
    """A conflict's group: `key` is what the report groups by (`conflict_report."group"`),
    `label` the words of the matter its heading shows (None: its claims' words)."""

    key: str
    label: str | None


def pair_key(conflict_id: str, claim_a: str, claim_b: str, cluster_a: str | None, cluster_b: str | None) -> str:
    """"CLUSTER" (both claims in it), "CLUSTER+CLUSTER", "CLUSTER+claim:ID" (a claim in no
    cluster stands for itself), or the conflict's own id when neither claim is clustered.
    store/schema.py's `PAIR_KEY` is the same rule in SQL, for a store not yet regrouped."""
    if cluster_a is None and cluster_b is None:
        return conflict_id
    if cluster_a == cluster_b:
        return str(cluster_a)
    return "+".join(sorted((cluster_a or f"claim:{claim_a}", cluster_b or f"claim:{claim_b}")))


def compared_figures(reason: str, a: Claim, b: Claim) -> tuple[Quantity, Quantity] | None:
    """The figure of each claim a numeric conflict's reason names (`figures_reason` quotes
    A's figure, then B's): the pair the rule compared. None when the reason names none."""
    for qa in a.quantities:
        at = reason.find(repr(qa.surface))
        if at < 0:
            continue
        rest = reason[at + len(repr(qa.surface)):]
        for qb in b.quantities:
            if repr(qb.surface) in rest:
                return qa, qb
    return None


def figures_matter(qa: Quantity, a: Claim, qb: Quantity, b: Claim) -> tuple[str, str | None]:
    """(key, words) of what two compared figures measure: the head of the label the two
    share, else of the one label there is ("'71' and 'seven' branches": branches), else
    their unit ("hour"), with no words."""
    labels = [label for label in (counted_noun(qa, a) or figure_label(qa, a),
                                  counted_noun(qb, b) or figure_label(qb, b)) if label]
    heads = [group_head(label) for label in labels]
    if len(heads) == 2 and heads[0] != heads[1]:
        shared = {group_head(w) for w in labels[0].split()} & {group_head(w) for w in labels[1].split()}
        if shared:
            head = min(shared)
            return head, next(w for w in labels[0].split() if group_head(w) == head)
    if labels:
        return heads[0], labels[0]
    # "more than 20 hours" and "23 hours a day": one unit, whatever each is per
    return f"unit {qa.unit or 'figure'}", None


def conflict_group(conflict_id: str, kind: ConflictKind, reason: str, a: Claim | None, b: Claim | None,
                   cluster_a: str | None, cluster_b: str | None, cluster_words: Mapping[str, str]) -> Group:
    """The group of one conflict; `cluster_words` is each cluster's representative claim's
    text, what names a group no measure names."""
    key = pair_key(conflict_id, a.claim_id if a else "", b.claim_id if b else "", cluster_a, cluster_b)
    label = None
    if kind is ConflictKind.NUMERIC and a is not None and b is not None:
        figures = compared_figures(reason, a, b)
        if figures is not None:
            matter, label = figures_matter(figures[0], a, figures[1], b)
            key = f"{key}#{matter}"
    if label is None:
        words = next((cluster_words[c] for c in (cluster_a, cluster_b) if c in cluster_words), None)
        if words is None and a is not None:
            words = a.text
        label = _cut(words) if words else None
    return Group(key, label)


def _cut(text: str) -> str:
    words = text.split()
    return " ".join(words[:LABEL_WORDS]) + ("…" if len(words) > LABEL_WORDS else "")
