"""Read, analyse and store a corpus, idempotently and in transactional batches.

The run is three steps so that analysis can move to worker processes later without touching the
writes: `_pending` (parent: read, reject, skip what is stored), an analysis map (today the built-in
`map`; a `multiprocessing` pool's `imap` has the same shape), and `_write` (parent: one transaction per
batch). Records whose text hash is already stored are skipped before analysis, so re-running a killed
ingest only analyses what the killed run had not committed.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from marsad.doc import Document
from marsad.errors import MarsadError
from marsad.io import InputRecord, ReadOptions, Rejected, iter_records
from marsad.store.db import Store
from marsad.store.rows import content_hash

log = logging.getLogger(__name__)

_DEFAULT_READ = ReadOptions()
AnalyzeFn = Callable[[InputRecord], Document]
MapFn = Callable[[Callable[[InputRecord], "Analysed"], Iterable[InputRecord]], Iterator["Analysed"]]


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
    """The outcome of analysing one record: a Document, or the reason it failed."""

    record: InputRecord
    doc: Document | None = None
    error: str | None = None


class _Analyser:
    """Picklable wrapper (for a future process pool) that turns analysis failures into values."""

    def __init__(self, analyze_fn: AnalyzeFn) -> None:
        self.analyze_fn = analyze_fn

    def __call__(self, record: InputRecord) -> Analysed:
        try:
            doc = self.analyze_fn(record)
        except MarsadError as err:
            return Analysed(record, error=str(err))
        doc.outlet = doc.outlet or record.outlet
        doc.title = doc.title or record.title
        doc.url = doc.url or record.url
        doc.published = doc.published or record.published
        doc.id = doc.id or record.id
        return Analysed(record, doc=doc)


def ingest(paths: Iterable[Path | str], db_path: Path | str, *, analyze_fn: AnalyzeFn, batch_size: int = 50,
           progress: Callable[[IngestReport], None] | None = None, options: ReadOptions = _DEFAULT_READ,
           map_fn: MapFn = map) -> IngestReport:
    """Read every record under `paths`, analyse the new ones with `analyze_fn`, store them in `db_path`.

    Each batch of `batch_size` analysed records is written in one transaction; `progress` is called with
    the running report after each batch. Re-running on the same inputs adds nothing. `map_fn` is the
    seam for parallel analysis (e.g. `pool.imap`); results must come back in input order.
    """
    report = IngestReport(db_path=str(db_path))
    started = time.perf_counter()
    with Store.open(db_path) as store:
        rejects: deque[tuple[str, str]] = deque()
        pending = _pending(iter_records(paths, options=options), store, report, rejects)
        results = map_fn(_Analyser(analyze_fn), pending)
        while True:
            chunk = list(islice(results, max(1, batch_size)))
            if not chunk and not rejects:
                break
            with store.batch():
                _write(store, chunk, report, rejects)
            report.seconds = time.perf_counter() - started
            if progress is not None:
                progress(report)
    report.seconds = time.perf_counter() - started
    log.info("ingest %s: %d seen, %d added, %d already present, %d rejected in %.1f s", db_path,
             report.seen, report.added, report.already_present, report.rejected, report.seconds)
    return report


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
        if result.doc is None:
            _reject(store, report, result.record.origin, result.error or "analysis failed")
        elif store.add_document(result.doc, source_path=result.record.origin):
            report.added += 1
        else:
            # The analyser changed the text (so its hash) into one already stored.
            report.already_present += 1


def _reject(store: Store, report: IngestReport, origin: str, reason: str) -> None:
    store.add_reject(origin, reason)
    report.rejected += 1
    code = reason.split(":", 1)[0]
    report.reasons[code] = report.reasons.get(code, 0) + 1
