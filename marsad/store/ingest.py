"""Read, analyse and store a corpus, idempotently and in transactional batches, in one or more processes.

The run is three steps: `_pending` (parent: read, reject, skip what is stored), analysis (in the parent,
or in `workers` processes that each load the pipeline once and send back compact `DocRows`, never whole
Documents with their tokens), and `_write` (parent: one transaction per batch, the only writer, so
SQLite never sees two writers). Records whose text hash is already stored are skipped before analysis,
so re-running a killed ingest only analyses what the killed run had not committed. Results are written
in input order whatever the number of workers, so every run over the same inputs gives the same store.
After anything was added, near-duplicate groups and event clusters are recomputed (`clusters.refresh`).
"""

from __future__ import annotations

import logging
import multiprocessing
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from multiprocessing.pool import Pool
from pathlib import Path

from marsad.config import Config
from marsad.doc import Document
from marsad.errors import MarsadError
from marsad.io import InputRecord, ReadOptions, Rejected, iter_records
from marsad.store.clusters import ClusterCounts, refresh
from marsad.store.db import Store
from marsad.store.rows import DocRows, content_hash, document_rows

log = logging.getLogger(__name__)

_DEFAULT_READ = ReadOptions()
AnalyzeFn = Callable[[InputRecord], Document]
MapFn = Callable[[Callable[[InputRecord], "Analysed"], Iterable[InputRecord]], Iterator["Analysed"]]
_CHUNK = 8  # records per task sent to a worker: amortises pickling without starving the writer


def analyze_record(record: InputRecord, config: Config | None = None) -> Document:
    """The default analysis: the full pipeline with the record's metadata (module level, so picklable);
    `config` picks other stages."""
    from marsad.api import analyze

    extra = {} if config is None else {"config": config}
    return analyze(record.text, published=record.published, id=record.id, source=record.origin,
                   title=record.title, url=record.url, outlet=record.outlet, **extra)


@dataclass(frozen=True)
class StagesAnalyser:
    """`analyze_record` with another stage list (`marsad ingest --skip ner`): a plain value, so it
    pickles to worker processes, each of which builds its config and pipeline once."""

    stages: tuple[str, ...]

    def __call__(self, record: InputRecord) -> Document:
        return analyze_record(record, _stages_config(self.stages))


@lru_cache(maxsize=4)
def _stages_config(stages: tuple[str, ...]) -> Config:
    return Config(stages=stages)


@dataclass
class IngestReport:
    """What one `ingest` run did. `already_present` counts records whose text was stored before (by
    this run or an earlier one); `rejected` counts unreadable inputs and failed analyses."""

    seen: int = 0
    added: int = 0
    already_present: int = 0
    rejected: int = 0
    seconds: float = 0.0
    db_path: str = ""
    reasons: dict[str, int] = field(default_factory=dict)
    clusters: ClusterCounts | None = None

    @property
    def per_second(self) -> float:
        return self.seen / self.seconds if self.seconds else 0.0

    def __str__(self) -> str:
        """One line for progress output and the final report."""
        reasons = f" ({', '.join(f'{k} {v}' for k, v in sorted(self.reasons.items()))})" if self.reasons else ""
        return (f"{self.seen} read, {self.added} added, {self.already_present} already stored, "
                f"{self.rejected} rejected{reasons} in {self.seconds:.1f} s ({self.per_second:.0f}/s)")


@dataclass(frozen=True, slots=True)
class Analysed:
    """The outcome of analysing one record: its rows, or the reason it failed."""

    origin: str
    rows: DocRows | None = None
    error: str | None = None


class _Analyser:
    """Picklable wrapper that turns analysis failures into values and Documents into rows."""

    def __init__(self, analyze_fn: AnalyzeFn) -> None:
        self.analyze_fn = analyze_fn

    def __call__(self, record: InputRecord) -> Analysed:
        try:
            doc = self.analyze_fn(record)
        except MarsadError as err:
            return Analysed(record.origin, error=str(err))
        doc.outlet = doc.outlet or record.outlet
        doc.title = doc.title or record.title
        doc.url = doc.url or record.url
        doc.published = doc.published or record.published
        doc.id = doc.id or record.id
        return Analysed(record.origin, rows=document_rows(doc, source_path=record.origin))


def ingest(paths: Iterable[Path | str], db_path: Path | str, *, analyze_fn: AnalyzeFn = analyze_record,
           batch_size: int = 50, progress: Callable[[IngestReport], None] | None = None,
           options: ReadOptions = _DEFAULT_READ, map_fn: MapFn | None = None, workers: int = 1,
           cluster: bool = True) -> IngestReport:
    """Read every record under `paths`, analyse the new ones with `analyze_fn`, store them in `db_path`.

    Each batch of `batch_size` analysed records is written in one transaction; `progress` is called with
    the running report after each batch. Re-running on the same inputs adds nothing. With `workers` > 1
    analysis runs in that many processes; `map_fn` (e.g. a pool's `imap`, results in input order)
    replaces the built-in choice. `cluster` recomputes duplicate groups and event clusters at the end
    when anything was added.
    """
    report = IngestReport(db_path=str(db_path))
    started = time.perf_counter()
    # The pool forks before the store opens, so no worker inherits a database connection.
    with _analysis_map(map_fn, workers) as mapper, Store.open(db_path) as store:
        rejects: deque[tuple[str, str]] = deque()
        pending = _pending(iter_records(paths, options=options), store, report, rejects)
        results = mapper(_Analyser(analyze_fn), pending)
        while True:
            chunk = list(islice(results, max(1, batch_size)))
            if not chunk and not rejects:
                break
            with store.batch():
                _write(store, chunk, report, rejects)
            report.seconds = time.perf_counter() - started
            if progress is not None:
                progress(report)
        if cluster and report.added:
            report.clusters = refresh(store.conn)
    report.seconds = time.perf_counter() - started
    log.info("ingest %s: %d seen, %d added, %d already present, %d rejected in %.1f s", db_path,
             report.seen, report.added, report.already_present, report.rejected, report.seconds)
    return report


class _analysis_map:  # noqa: N801 - used like a function in a `with`
    """The map that runs `_Analyser` over records: `map_fn` if given, the built-in `map` for one worker,
    else a process pool fed a bounded window of chunks (so memory stays flat on any corpus size)."""

    def __init__(self, map_fn: MapFn | None, workers: int) -> None:
        self.map_fn = map_fn
        self.workers = workers
        self.pool: Pool | None = None

    def __enter__(self) -> MapFn:
        if self.map_fn is not None:
            return self.map_fn
        if self.workers <= 1:
            return map
        methods = multiprocessing.get_all_start_methods()
        # fork starts fastest and needs nothing picklable; spawn elsewhere (analyze_fn must be importable).
        ctx = multiprocessing.get_context("fork" if "fork" in methods and sys.platform != "darwin" else "spawn")
        self.pool = ctx.Pool(self.workers)
        return self._pooled

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            if exc[0] is None:
                self.pool.close()
            else:
                self.pool.terminate()
            self.pool.join()

    def _pooled(self, fn: _Analyser, records: Iterable[InputRecord]) -> Iterator[Analysed]:
        assert self.pool is not None
        window: deque = deque()
        items = iter(records)
        while True:
            chunk = list(islice(items, _CHUNK))
            if chunk:
                window.append(self.pool.apply_async(_analyse_chunk, (fn, chunk)))
            if window and (not chunk or len(window) >= 4 * self.workers):
                yield from window.popleft().get()
            if not chunk and not window:
                return


def _analyse_chunk(fn: _Analyser, records: list[InputRecord]) -> list[Analysed]:
    """Runs in a worker: analyse a few records (the pipeline loads on the first, once per process)."""
    return [fn(record) for record in records]


def _pending(items: Iterable[InputRecord | Rejected], store: Store, report: IngestReport,
             rejects: deque[tuple[str, str]]) -> Iterator[InputRecord]:
    """Records still to analyse. Read failures are queued in `rejects` for the writer rather than written
    here, because with a process pool this generator is consumed by the pool's feeder thread."""
    queued: set[str] = set()
    for item in items:
        report.seen += 1
        if isinstance(item, Rejected):
            rejects.append((item.origin, item.reason))
            continue
        key = content_hash(item.text)
        if key in queued or store.has(key):
            report.already_present += 1
            continue
        queued.add(key)
        yield item


def _write(store: Store, chunk: list[Analysed], report: IngestReport, rejects: deque[tuple[str, str]]) -> None:
    while rejects:
        _reject(store, report, *rejects.popleft())
    for result in chunk:
        if result.rows is None:
            _reject(store, report, result.origin, result.error or "analysis failed")
        elif store.add_rows(result.rows):
            report.added += 1
        else:
            # The analyser changed the text (so its hash) into one already stored.
            report.already_present += 1


def _reject(store: Store, report: IngestReport, origin: str, reason: str) -> None:
    store.add_reject(origin, reason)
    report.rejected += 1
    code = reason.split(":", 1)[0]
    report.reasons[code] = report.reasons.get(code, 0) + 1
