"""End-to-end throughput of the analysis pipeline on the SaudiNewsNet subset, one process.

Prints tokens per second, articles per second and peak memory (max RSS). Skips with a message when
the shared data is absent.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import zipfile
from pathlib import Path


def read_articles(folder: Path, limit: int | None) -> list[tuple[str, str | None]]:
    articles: list[tuple[str, str | None]] = []
    for archive in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(archive) as zf:
            for name in zf.namelist():
                for record in json.loads(zf.read(name)):
                    published = (record.get("date_extracted") or "")[:10] or None
                    articles.append((record.get("content") or "", published))
    return articles[:limit] if limit else articles


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--add", default="", help="Comma-separated extra stages (plugins), each placed right "
                        "after the stages that provide what it needs.")
    parser.add_argument("--skip", default="", help="Comma-separated default stages to leave out (e.g. ner).")
    args = parser.parse_args()
    folder = Path(args.shared) / "data" / "saudinewsnet-subset"
    if not folder.is_dir():
        print(f"bench skipped: {folder} not found")
        return 0
    from marsad.api import analyze, get_pipeline, load_stages
    from marsad.config import DEFAULT_STAGES, Config
    from marsad.errors import MarsadError

    load_stages()
    from marsad.pipeline import without
    from marsad.stages.ner import stages_with

    stages = stages_with(DEFAULT_STAGES, tuple(s for s in args.add.split(",") if s))
    config = Config(stages=without(stages, [s for s in args.skip.split(",") if s]))
    started = time.perf_counter()
    get_pipeline(config)
    load_s = time.perf_counter() - started
    articles = read_articles(folder, args.limit)
    tokens = done = failed = 0
    events = entities = 0
    started = time.perf_counter()
    cpu_started = time.process_time()
    for text, published in articles:
        try:
            doc = analyze(text, published=published, config=config)
        except MarsadError:
            failed += 1
            continue
        done += 1
        tokens += sum(1 for t in doc.tokens if t.kind != "punct")
        events += len(doc.events)
        entities += len(doc.entities)
    seconds = time.perf_counter() - started
    # CPU time of this process: on a shared or loaded machine wall time measures the neighbours too.
    cpu_seconds = time.process_time() - cpu_started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"stages               {', '.join(config.stages)}")
    print(f"pipeline load        {load_s:8.2f} s")
    print(f"articles analysed    {done:8d}  (rejected {failed})")
    print(f"word tokens          {tokens:8d}")
    print(f"entities / events    {entities:8d} / {events}")
    print(f"time                 {seconds:8.1f} s")
    print(f"throughput           {tokens / seconds:8.0f} tokens/s  {done / seconds:6.1f} articles/s  (one process)")
    print(f"CPU time             {cpu_seconds:8.1f} s  ->  {tokens / cpu_seconds:8.0f} tokens per CPU-second")
    print(f"peak memory (RSS)    {peak_mb:8.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
