"""Corpus ingest on the SaudiNewsNet subset: articles per second with 1 and N workers, peak memory of the
parent and its worker processes together, database size, and a re-ingest that must add nothing.

    .venv/bin/python bench/ingest.py --shared ../shared --workers 1 2

Each run writes a fresh database under --out. Skips with a message when the shared data is absent.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import threading
from pathlib import Path


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    kids = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii") as handle:
                stat = handle.read()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            kids.append(int(entry))
    return kids


class PeakMemory:
    """Samples the resident memory of this process plus its children every 0.2 s (Linux /proc)."""

    def __init__(self) -> None:
        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = os.getpid()
        while not self._stop.is_set():
            total = _rss_kb(me) + sum(_rss_kb(k) for k in _children(me))
            self.peak_kb = max(self.peak_kb, total)
            self._stop.wait(0.2)

    def __enter__(self) -> PeakMemory:
        if os.path.isdir("/proc"):
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()


def _cpu_seconds() -> tuple[float, float]:
    """User+system CPU seconds of this process and of its finished children (pool workers once joined)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def db_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())


def run(folder: Path, db: Path, workers: int) -> None:
    from marsad.store import Store, ingest

    for old in db.parent.glob(db.name + "*"):
        old.unlink()
    cpu_before = _cpu_seconds()
    with PeakMemory() as memory:
        report = ingest([folder], db, workers=workers, batch_size=50)
    parent_cpu, workers_cpu = (after - before for after, before in zip(_cpu_seconds(), cpu_before, strict=True))
    size = db_size(db)
    print(f"workers {workers}: {report}")
    print(f"  articles/s (read/s)  {report.per_second:8.1f}")
    print(f"  stored articles/s    {report.added / report.seconds:8.1f}")
    # CPU seconds do not depend on what else the machine runs; wall-clock rates do.
    print(f"  CPU s parent/workers {parent_cpu:8.1f} / {workers_cpu:.1f} "
          f"({report.seen / max(parent_cpu + workers_cpu, 1e-9):.1f} articles per CPU-second)")
    print(f"  peak RSS parent+kids {memory.peak_kb / 1024:8.0f} MB (sampled every 0.2 s)")
    print(f"  database size        {size / 1e6:8.1f} MB")
    if report.clusters is not None:
        c = report.clusters
        print(f"  duplicate groups     {c.duplicate_groups:8d} ({c.duplicate_articles} articles)")
        print(f"  events / clusters    {c.events:8d} / {c.event_clusters} ({c.multi_report_clusters} "
              "reported by 2+ articles)")
    with Store.open(db) as store:
        before = {t: store.count(t) for t in ("articles", "events", "mentions", "rejects")}
    again = ingest([folder], db, workers=workers)
    with Store.open(db) as store:
        after = {t: store.count(t) for t in before}
    same = "unchanged" if after == before else f"CHANGED {before} -> {after}"
    print(f"  re-ingest            {again.added} added in {again.seconds:.1f} s, row counts {same}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--out", default="bench-out")
    parser.add_argument("--keep", action="store_true", help="Keep the databases.")
    args = parser.parse_args()
    folder = Path(args.shared) / "data" / "saudinewsnet-subset"
    if not folder.is_dir():
        print(f"bench skipped: {folder} not found")
        return 0
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if len(args.workers) > 1:
        # One fresh process per setting, so no run inherits another's loaded pipeline or memory peak.
        for workers in args.workers:
            subprocess.run([sys.executable, __file__, "--shared", args.shared, "--out", args.out,
                            "--workers", str(workers), *(["--keep"] if args.keep else [])], check=True)
        return 0
    print(f"cpus {os.cpu_count()}, load average {os.getloadavg()[0]:.1f}, corpus {folder}", flush=True)
    db = out / f"ingest-w{args.workers[0]}.sqlite"
    run(folder, db, args.workers[0])
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"  max RSS parent {self_kb / 1024:.0f} MB, largest worker {kids_kb / 1024:.0f} MB", flush=True)
    if not args.keep:
        for path in out.glob(db.name + "*"):
            path.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
