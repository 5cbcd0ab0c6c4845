"""``framing corpus``: many articles analysed into the same tidy tables, written as Parquet.

Articles are analysed in worker processes on this machine, or on an existing Dask distributed
cluster, and their tables streamed to disk in batches, so memory stays flat however many
articles there are. A file that cannot be analysed is listed with its one-line error and
skipped. The output is a folder, ``FILE.parquet/``, with one Parquet file per table, each with
an ``article_id`` column; it is written under a temporary name and renamed when complete.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .analysis import TABLES, analyze
from .articlefile import load_article
from .errors import InputError
from .fileio import umask
from .readability import METRICS
from .tokens import count_words
from .topic import load_topic

CORPUS_TABLES = ("articles", *TABLES)
BATCH = 200  # articles per Parquet row group: memory is bounded by one batch
_INTS = {"paragraph", "start", "end", "part", "n_words", "n_sentences", "paragraphs", "words"}
_FLOATS = {"compound", "pos", "neu", "neg", "polarity", "subjectivity", *METRICS}
_BOOLS = {"negated", "reliable", "smog_reliable"}


def _arrow_type(column: str) -> pa.DataType:
    """The Parquet type of a column, by name, so that every batch shares one schema."""
    if column in _INTS:
        return pa.int64()
    if column in _FLOATS:
        return pa.float64()
    if column in _BOOLS:
        return pa.bool_()
    return pa.string()


@cache
def _topic(name: str):
    return load_topic(name)


def analyse_one(path: str, article_id: str, topic: str | None = None
                ) -> dict[str, pd.DataFrame] | str:
    """Every table of one article, each with an ``article_id`` column; or, for a file that
    cannot be analysed, its one-line error."""
    try:
        article = load_article(path)
        name = topic or article.topic
        tables = analyze(article, _topic(name) if name else None).tables()
    except InputError as exc:
        return str(exc)
    except Exception as exc:  # a bug on one article must not stop the corpus
        return f"{path}: {type(exc).__name__}: {exc}"
    meta = article.meta
    tables["articles"] = pd.DataFrame([{
        "path": str(path), "title": article.title, "outlet": meta.get("outlet"),
        "date": str(meta.get("date") or "") or None, "topic": name,
        "paragraphs": len(article.paragraphs),
        "words": sum(count_words(t) for t in article.body_paragraphs)}])
    return {table: frame.assign(article_id=article_id) for table, frame in tables.items()}


class ParquetSink:
    """Appends each article's tables to one Parquet file per table, a batch at a time."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.pending: dict[str, list[pd.DataFrame]] = {t: [] for t in CORPUS_TABLES}
        self.count = 0

    def add(self, tables: dict[str, pd.DataFrame]) -> None:
        for name, frame in tables.items():
            self.pending[name].append(frame)
        self.count += 1
        if self.count % BATCH == 0:
            self.flush()

    def flush(self) -> None:
        for name, frames in self.pending.items():
            frames = [f for f in frames if len(f)]
            if not frames:
                continue
            frame = pd.concat(frames, ignore_index=True)
            schema = pa.schema([(c, _arrow_type(c)) for c in frame.columns])
            if name not in self.writers:
                self.writers[name] = pq.ParquetWriter(self.folder / f"{name}.parquet", schema)
            table = pa.Table.from_pandas(frame.astype(object).where(frame.notna(), None),
                                         schema=schema, preserve_index=False)
            self.writers[name].write_table(table.cast(self.writers[name].schema))
        self.pending = {t: [] for t in CORPUS_TABLES}

    def close(self) -> None:
        self.flush()
        for writer in self.writers.values():
            writer.close()


def _local(files: dict[str, str], topic: str | None, workers: int) -> Iterator:
    """Results in the order of ``files`` (article_id -> path), from ``workers`` processes."""
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(analyse_one, files.values(), files.keys(), [topic] * len(files),
                            chunksize=4)


def _dask(files: dict[str, str], topic: str | None, address: str) -> Iterator:
    """Results as they finish, from the Dask distributed cluster at ``address``."""
    from distributed import Client, as_completed

    try:
        client = Client(address, timeout="10s")
    except (OSError, TimeoutError) as exc:
        raise InputError(f"could not connect to the Dask scheduler at {address} ({exc})") from None
    with client:
        futures = client.map(analyse_one, list(files.values()), list(files.keys()), topic=topic,
                             pure=False)
        for future in as_completed(futures):
            yield future.result()
            future.release()


def expand(paths: Iterable[str]) -> dict[str, str]:
    """article_id -> path for the article files named and the ``.md`` files inside folders
    named; an article's id is its path below their common folder, without ``.md``."""
    found = []
    for path in map(Path, paths):
        found += sorted(path.rglob("*.md")) if path.is_dir() else [path]
    if not found:
        raise InputError("no article files given")
    resolved = [p.resolve() for p in found]
    common = Path(os.path.commonpath([p.parent for p in resolved]))
    return {str(p.relative_to(common).with_suffix("")): str(p) for p in resolved}


def run_corpus(paths: Iterable[str], out: str | Path, *, topic: str | None = None,
               workers: int | None = None, scheduler: str | None = None, force: bool = False,
               progress: bool = True) -> tuple[int, list[str]]:
    """Analyse every article into ``out`` (a folder of Parquet files); returns the number of
    articles analysed and the errors of those skipped."""
    files = expand(paths)
    out = Path(out)
    if out.exists() and not force:
        raise InputError(f"{out} already exists; use --force to replace it")
    if topic:
        load_topic(topic)
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    work.chmod(0o777 & ~umask())
    try:
        sink = ParquetSink(work)
        errors = []
        results = (_dask(files, topic, scheduler) if scheduler
                   else _local(files, topic, workers or os.cpu_count() or 1))
        from tqdm import tqdm

        for result in tqdm(results, total=len(files), unit="article", disable=not progress,
                           file=sys.stderr):
            if isinstance(result, str):
                errors.append(result)
            else:
                sink.add(result)
        sink.close()
        if errors:
            pd.DataFrame({"error": errors}).to_csv(work / "errors.csv", index=False)
        if out.exists():
            shutil.rmtree(out)
        work.rename(out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return sink.count, errors


def read_corpus(folder: str | Path) -> dict[str, pd.DataFrame]:
    """The tables of a corpus folder written by :func:`run_corpus`."""
    folder = Path(folder)
    return {name: pd.read_parquet(folder / f"{name}.parquet") for name in CORPUS_TABLES
            if (folder / f"{name}.parquet").exists()}
