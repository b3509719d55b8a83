"""Speed of the event coder alone (the `events` stage), in sentences per second, one process.

The articles of the SaudiNewsNet subset are first analysed by the stages the coder needs (untimed);
then the events stage runs over all of them, several rounds, and only that is timed. Skips with a
message when the shared data is absent.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import read_articles  # noqa: E402 - a sibling bench script, not a package


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--limit", type=int, default=300, help="Articles to code (default 300).")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    folder = Path(args.shared) / "data" / "saudinewsnet-subset"
    if not folder.is_dir():
        print(f"bench skipped: {folder} not found")
        return 0
    from marsad.api import analyze
    from marsad.config import Config
    from marsad.events.coder import EventCoder

    before = Config(stages=("text", "mentions", "entities", "times", "quantities"))
    docs = []
    for text, published in read_articles(folder, args.limit):
        try:
            docs.append(analyze(text, published=published, config=before))
        except Exception:  # noqa: BLE001 - a rejected article is not part of the timing
            continue
    coder = EventCoder(min_confidence=Config().min_event_confidence)
    sentences = sum(len(d.sentences) for d in docs)
    events = 0
    started = time.perf_counter()
    for _ in range(args.rounds):
        for doc in docs:
            events += len(coder.code(doc))
    seconds = time.perf_counter() - started
    total = sentences * args.rounds
    print(f"articles / sentences {len(docs):8d} / {sentences}")
    print(f"events per round     {events // max(args.rounds, 1):8d}")
    print(f"time                 {seconds:8.2f} s  ({args.rounds} rounds)")
    print(f"events stage         {total / seconds:8.0f} sentences/s  (one process)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
