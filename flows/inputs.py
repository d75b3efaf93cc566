"""Finding and reading the input files; parsing them is claims.sources' job."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from claims.models import Article, Rejection
from claims.sources import SUPPORTED_SUFFIXES, drop_id_clashes, parse_source


def discover(
    paths: Iterable[str | Path], on_skipped: Callable[[str], None] | None = None,
    ignore: Iterable[str | Path] = (),
) -> tuple[list[Path], list[Rejection]]:
    """Files named, and the supported files under folders named (hidden ones skipped),
    in a stable order so that runs over the same inputs are the same. Other files under a
    folder are not inputs, but an operator who dropped .html pages into the inbox must hear
    why nothing was read: `on_skipped` gets one line per folder that had some.

    A file reached twice (`run DIR DIR/ DIR/a.json`) is read once, or its articles would
    clash with themselves. A FIFO, socket or device is rejected unopened: reading one
    waits forever for a writer.

    (x58) `ignore`: the store's own files (`store_files`), when `--db` is inside the inbox:
    not inputs, and not "files of other types" the operator must hear of every run."""
    own = {Path(p).resolve() for p in ignore}
    files: list[Path] = []
    rejections: list[Rejection] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            try:
                visible = [
                    p for p in path.rglob("*")
                    if not p.is_dir()
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                    and p.resolve() not in own
                ]
            except OSError as exc:
                rejections.append(Rejection(source=str(path), reason=f"cannot list folder: {exc.strerror}"))
                continue
            special = sorted(p for p in visible if _is_special(p))
            rejections.extend(Rejection(source=str(p), reason=NOT_REGULAR) for p in special)
            # A link to nothing (its target moved or deleted) named like an article is an
            # article the operator expects read: rejected as it is when named directly.
            dangling = [p for p in visible if p.is_symlink() and not p.exists()]
            rejections.extend(Rejection(source=str(p), reason=NO_SUCH_FILE) for p in sorted(dangling)
                              if p.suffix.lower() in SUPPORTED_SUFFIXES)
            skipped = [p for p in dangling if p.suffix.lower() not in SUPPORTED_SUFFIXES]
            visible = [p for p in visible if p.is_file()]
            files.extend(sorted(p for p in visible if p.suffix.lower() in SUPPORTED_SUFFIXES))
            skipped += [p for p in visible if p.suffix.lower() not in SUPPORTED_SUFFIXES]
            if skipped and on_skipped is not None:
                on_skipped(skipped_line(path, skipped))
        elif path.is_file():
            files.append(path)
        elif path.exists():
            rejections.append(Rejection(source=str(path), reason=NOT_REGULAR))
        else:
            rejections.append(Rejection(source=str(path), reason=NO_SUCH_FILE))
    named = [f for f in files if not _undecodable(str(f))]
    rejections += [Rejection(source=str(f), reason=BAD_NAME) for f in files if _undecodable(str(f))]
    rejections = [r.model_copy(update={"source": printable_path(r.source)}) for r in rejections]
    return _each_file_once(named), _each_source_once(rejections)


# A name that is not UTF-8 reaches Python with its bad bytes as lone surrogates, which no
# UTF-8 writer takes: storing the article (or even its rejection, or logging it to Prefect)
# failed the whole run. Such a file is rejected unread, its bad bytes shown as \xNN.
BAD_NAME = "file name is not valid UTF-8; rename the file (not read)"


def _undecodable(name: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in name)


def printable_path(name: str) -> str:
    """The name as UTF-8 text, its undecodable bytes shown as backslash-x escapes."""
    if not _undecodable(name):
        return name
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


NO_SUCH_FILE = "no such file or folder"
NOT_REGULAR = "not a regular file (a FIFO, socket or device); not read"


def _is_special(path: Path) -> bool:
    """There, but neither a regular file nor a folder (after symlinks)."""
    return path.exists() and not path.is_file() and not path.is_dir()


def _each_file_once(files: list[Path]) -> list[Path]:
    """The first spelling of each file, by its resolved path."""
    seen: set[Path] = set()
    once: list[Path] = []
    for file in files:
        key = file.resolve()
        if key not in seen:
            seen.add(key)
            once.append(file)
    return once


def _each_source_once(rejections: list[Rejection]) -> list[Rejection]:
    """A special file, a missing one (or one with an undecodable name) reached twice is said
    once. A missing file is keyed by its own absolute name: two dangling links to one
    target are two problems."""
    seen: set[Path] = set()
    once: list[Rejection] = []
    for rejection in rejections:
        missing = rejection.reason == NO_SUCH_FILE
        key = Path(os.path.abspath(rejection.source)) if missing else Path(rejection.source).resolve()
        if rejection.reason not in (NOT_REGULAR, BAD_NAME, NO_SUCH_FILE) or key not in seen:
            seen.add(key)
            once.append(rejection)
    return once


def skipped_line(folder: Path, skipped: list[Path]) -> str:
    kinds = Counter(p.suffix.lower() or "(no suffix)" for p in skipped)
    listed = ", ".join(f"{n} {suffix}" for suffix, n in sorted(kinds.items()))
    return (f"{printable_path(str(folder))}: skipped {len(skipped)} file(s) of other types ({listed}); "
            f"only {', '.join(SUPPORTED_SUFFIXES)} files are read")


def store_files(db: str | Path) -> list[Path]:
    """(x58) The files a store at `db` keeps beside it: the database, its write-ahead log,
    the run lock, the analysts' snapshot and its log (the snapshot's temporary files are
    hidden, skipped anyway)."""
    from store.connection import snapshot_path  # noqa: PLC0415
    from store.run_lock import LOCK_SUFFIX  # noqa: PLC0415

    db = Path(db)
    snapshot = snapshot_path(db)
    return [db, Path(f"{db}.wal"), Path(f"{db}{LOCK_SUFFIX}"), snapshot, Path(f"{snapshot}.wal")]


def read_articles(
    paths: Iterable[str | Path], on_skipped: Callable[[str], None] | None = None,
    ignore: Iterable[str | Path] = (),
) -> tuple[list[Article], list[Rejection]]:
    """The articles of the files under `paths`, and the inputs rejected. A repeat of an
    article (its id, text and metadata) is rejected; articles of other content under one
    id are all returned, for the run to settle (`claims.identity.settle_rivals`)."""
    files, rejections = discover(paths, on_skipped, ignore)
    articles: list[Article] = []
    for file in files:
        try:
            data = file.read_bytes()
        except OSError as exc:
            rejections.append(Rejection(source=str(file), reason=f"cannot read: {exc.strerror}"))
            continue
        found, rejected = parse_source(str(file), data)
        articles.extend(found)
        rejections.extend(rejected)
    kept: list[Article] = []
    # Rivals (other content under one id) are all kept here: the run settles them against
    # the store (claims.identity.settle_rivals), never by the order of the walk (u62).
    for item in drop_id_clashes(articles, rivals=True):
        if isinstance(item, Article):
            kept.append(item)
        else:
            rejections.append(item)
    return kept, rejections
