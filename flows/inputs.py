"""Finding and reading the input files; parsing them is claims.sources' job."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from claims.models import Article, Rejection
from claims.sources import SUPPORTED_SUFFIXES, drop_id_clashes, parse_source


def discover(paths: Iterable[str | Path]) -> tuple[list[Path], list[Rejection]]:
    """Files named, and the supported files under folders named (hidden ones skipped),
    in a stable order so that runs over the same inputs are the same."""
    files: list[Path] = []
    rejections: list[Rejection] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            try:
                found = sorted(
                    p for p in path.rglob("*")
                    if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            except OSError as exc:
                rejections.append(Rejection(source=str(path), reason=f"cannot list folder: {exc.strerror}"))
                continue
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            rejections.append(Rejection(source=str(path), reason="no such file or folder"))
    return files, rejections


def read_articles(paths: Iterable[str | Path]) -> tuple[list[Article], list[Rejection]]:
    files, rejections = discover(paths)
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
    for item in drop_id_clashes(articles):
        if isinstance(item, Article):
            kept.append(item)
        else:
            rejections.append(item)
    return kept, rejections
