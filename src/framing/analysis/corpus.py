"""``framing corpus``: many articles analysed into the same tidy tables, written as Parquet.

Articles are analysed in worker processes on this machine, or on an existing Dask distributed
cluster, and their tables streamed to disk in batches, so memory stays flat however many
articles there are. A file that cannot be analysed is listed with its one-line error and
skipped. The output is a folder, ``FILE.parquet/``, with one Parquet file per table, each with
an ``article_id`` column; it is written under a temporary name and renamed when complete.
"""

from __future__ import annotations

import os
import sys
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from framing.analysis.core import TABLES, analyze
from framing.inputs.articlefile import load_article
from framing.errors import InputError
from framing.measures.frames import BASE_COLUMNS
from framing.outputs import owned_output
from framing.measures.readability import METRICS
from framing.text.tokens import count_words
from framing.inputs.topic import load_topic

CORPUS_TABLES = ("articles", *TABLES)
CORPUS_MARK = ".framing-corpus"
BATCH = 200  # articles per Parquet row group: memory is bounded by one batch
_INTS = {"paragraph", "start", "end", "part", "n_words", "n_sentences", "paragraphs", "words"}
_FLOATS = {"compound", "pos", "neu", "neg", "polarity", "subjectivity", "confidence", *METRICS}
_BOOLS = {"negated", "reliable", "smog_reliable", "carried", "weakly_placed"}


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
        message = str(exc)
        return message if message.startswith(str(path)) else f"{path}: {message}"
    except Exception as exc:  # a bug on one article must not stop the corpus
        return f"{path}: {type(exc).__name__}: {exc}"
    tables["frames"] = tidy_frames(tables["frames"])
    meta = article.meta
    tables["articles"] = pd.DataFrame([{
        "path": str(path), "title": article.title, "outlet": meta.get("outlet"),
        "date": str(meta.get("date") or "") or None, "topic": name,
        "paragraphs": len(article.paragraphs),
        "words": sum(count_words(t) for t in article.body_paragraphs)}])
    return {table: frame.assign(article_id=article_id) for table, frame in tables.items()}


def tidy_frames(frames: pd.DataFrame) -> pd.DataFrame:
    """The wide frames table (one true/false column per frame of the article's topic) as one row
    per sentence and frame, with ``frame`` and ``carried``: the same columns for every topic."""
    wide = [c for c in frames.columns if c not in (*BASE_COLUMNS, "terms")]
    rows = len(frames)  # DataFrame.melt's result, built from whole columns (a quarter of its time)
    tidy = frames.take(np.tile(np.arange(rows), len(wide)))[[*BASE_COLUMNS, "terms"]]
    tidy = tidy.reset_index(drop=True)
    tidy["frame"] = pd.array(np.repeat(np.array(wide, dtype=object), rows), dtype="str")
    tidy["carried"] = (pd.concat([frames[c] for c in wide], ignore_index=True) if wide
                       else pd.Series([], dtype="float64"))  # as melt gives with no frame
    return tidy


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
        """Write the pending rows; a table's file is created with its first article, even when
        that article has no rows in it, so that every table of a corpus exists."""
        for name, frames in self.pending.items():
            if not frames:
                continue
            frame = pd.concat([f for f in frames if len(f)] or frames[:1], ignore_index=True)
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


def _connect(address: str):
    """A client of the Dask distributed scheduler at ``address``; InputError when unreachable."""
    from distributed import Client

    try:
        return Client(address, timeout="10s")
    except (OSError, TimeoutError, ValueError, TypeError) as exc:
        raise InputError(f"could not connect to the Dask scheduler at {address} ({exc})") from None


def _dask(files: dict[str, str], topic: str | None, client) -> Iterator:
    """Results as they finish, from the Dask cluster of ``client``."""
    from distributed import as_completed

    with client:
        futures = client.map(analyse_one, list(files.values()), list(files.keys()), topic=topic,
                             pure=False)
        for future in as_completed(futures):
            yield future.result()
            future.release()


def expand(paths: Iterable[str]) -> dict[str, str]:
    """article_id -> path for the article files named and the ``.md`` files inside folders
    named; an article's id is its path below their common folder, without ``.md``. InputError
    when a path is missing or two files would share an id (``story.md``, ``story.MD``)."""
    found = []
    for path in map(Path, paths):
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.suffix.lower() == ".md" and p.is_file())
        elif path.is_file():
            found.append(path)
        else:
            raise InputError(f"{path}: no such file or folder")
    if not found:
        raise InputError("no article files (.md) found in " + ", ".join(map(str, paths)))
    resolved = list(dict.fromkeys(p.resolve() for p in found))
    common = Path(os.path.commonpath([p.parent for p in resolved]))
    files: dict[str, str] = {}
    for path in resolved:
        article_id = str(path.relative_to(common).with_suffix(""))
        clash = next((f for a, f in files.items() if a.lower() == article_id.lower()), None)
        if clash:
            raise InputError(f"{path} and {clash} would share the article id '{article_id}'; "
                             "rename one")
        files[article_id] = str(path)
    return files


def check_workers(workers: int | None, articles: int) -> int:
    """The number of local processes to start: ``workers`` (default: the cores), never more
    than there are articles; InputError for fewer than 1 or more than 8 per core."""
    cores = os.cpu_count() or 1
    if workers is not None and not 1 <= workers <= 8 * cores:
        raise InputError(f"--workers must be between 1 and {8 * cores} on this machine "
                         f"({cores} cores), not {workers}")
    return min(workers or cores, articles)


def run_corpus(paths: Iterable[str], out: str | Path, *, topic: str | None = None,
               workers: int | None = None, scheduler: str | None = None, force: bool = False,
               progress: bool = True) -> tuple[int, list[str]]:
    """Analyse every article into ``out`` (a folder of Parquet files); returns the number of
    articles analysed and the errors of those skipped. InputError, with nothing written, when
    no article could be analysed."""
    files = expand(paths)
    workers = check_workers(workers, len(files))
    if topic:
        load_topic(topic)
    inputs = [Path(p) for p in files.values()]
    with owned_output(out, CORPUS_MARK, what="corpus", force=force, inputs=inputs) as work:
        work.mkdir()
        sink = ParquetSink(work)
        errors = []
        # connected before the progress bar starts, and only once the output may be written
        results = (_dask(files, topic, _connect(scheduler)) if scheduler
                   else _local(files, topic, workers))
        from tqdm import tqdm

        for result in tqdm(results, total=len(files), unit="article", disable=not progress,
                           file=sys.stderr):
            if isinstance(result, str):
                errors.append(result)
            else:
                sink.add(result)
        if not sink.count:
            raise InputError("no article could be analysed: " + "; ".join(errors[:3]))
        sink.close()
        if errors:
            pd.DataFrame({"error": errors}).to_csv(work / "errors.csv", index=False)
    return sink.count, errors


def read_corpus(folder: str | Path) -> dict[str, pd.DataFrame]:
    """The tables of a corpus folder written by :func:`run_corpus`; InputError when the folder
    is not a complete corpus."""
    folder = Path(folder)
    if not (folder / CORPUS_MARK).is_file():
        raise InputError(f"{folder} is not a corpus written by framing corpus")
    missing = [name for name in CORPUS_TABLES if not (folder / f"{name}.parquet").is_file()]
    if missing:
        raise InputError(f"{folder} is incomplete: no {', '.join(missing)} table")
    return {name: pd.read_parquet(folder / f"{name}.parquet") for name in CORPUS_TABLES}
