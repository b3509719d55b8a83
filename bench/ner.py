"""Speed of the learned entity tagger, one process: model load time and tokens tagged per second.

Tags ANERcorp's test split (as documents of 12 sentences, both passes) once with empty caches and then warm;
wall and CPU time both (the machine is shared); then a news feed as the pipeline's ner stage sees it: the
SaudiNewsNet articles, each split into sentences and tokens by Marsad's own text stages and tagged whole
with scores (`tag_scored`), from empty caches, so every new word's cost is in the figure. Skips with a
message when ../shared is absent. Prints one line per figure.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import time
from pathlib import Path


def _sentences(shared: Path) -> list[list[list[str]]]:
    from marsad.ner.corpus import documents, read_conll

    test = shared / "data/anercorp/splits/test.txt"
    if test.exists():
        return [[s.tokens for s in doc] for doc in documents(read_conll(test))]
    return []


def _feed(shared: Path, limit: int) -> list[list[list[str]]]:
    """Up to `limit` SaudiNewsNet articles as lists of sentences of token strings (the ner stage's input)."""
    import json
    import zipfile
    from itertools import groupby

    from marsad.text.sentences import split_sentences
    from marsad.text.tokens import tokenize

    out: list[list[list[str]]] = []
    for archive in sorted((shared / "data/saudinewsnet-subset").glob("*.zip")):
        with zipfile.ZipFile(archive) as zf:
            for name in zf.namelist():
                for record in json.loads(zf.read(name)):
                    text = record.get("content") or ""
                    tokens = tokenize(text, split_sentences(text))
                    if tokens:
                        out.append([[t.text for t in group] for _, group in groupby(tokens, key=lambda t: t.sentence)])
                    if len(out) >= limit:
                        return out
    return out


def main() -> int:
    # One core means one BLAS thread too, as the `marsad` command sets it (marsad/cli.py): a spinning
    # second thread would be counted in the CPU time.
    from marsad.cli import one_blas_thread

    one_blas_thread()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--model", default=None, help="Model folder (default: the shipped model).")
    parser.add_argument("--repeat", type=int, default=4, help="Runs: the first with empty caches, the rest warm.")
    parser.add_argument("--articles", type=int, default=2000, help="News-feed articles (0: skip the feed).")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    docs = _sentences(Path(args.shared))
    if not docs:
        print(f"ner bench skipped: no ANERcorp test split under {args.shared}")
        return 0
    from marsad.ner.lexicon import load_lexicon
    from marsad.ner.tagger import MODEL_DIR, NerTagger

    load_lexicon()  # the knowledge base is shared with the pipeline: not the tagger's own load time
    began = time.perf_counter()
    tagger = NerTagger(args.model or MODEL_DIR)
    print(f"ner model load: {time.perf_counter() - began:.2f}s")
    tokens = sum(len(s) for d in docs for s in d)
    warm: list[float] = []
    for run in range(args.repeat):
        if run == 0:
            tagger.clear()
        began, cpu = time.perf_counter(), time.process_time()
        for doc in docs:
            tagger.tag_document(doc)
        elapsed, cpu = time.perf_counter() - began, time.process_time() - cpu
        label = "cold cache" if run == 0 else "warm cache"
        if run:
            warm.append(tokens / cpu)
        # CPU time is what one core costs when other work shares the machine; wall time is what a user sees.
        print(f"ner tagging ({label}): {tokens} tokens, wall {elapsed:.2f}s = {tokens / elapsed:,.0f} tokens/s, "
              f"cpu {cpu:.2f}s = {tokens / cpu:,.0f} tokens/s")
    if warm:
        # The median of the warm runs: one run on a shared machine can be slowed by anything else running.
        print(f"ner tagging, warm, one core: median {statistics.median(warm):,.0f} tokens/s CPU "
              f"over {len(warm)} runs (lowest {min(warm):,.0f})")
    feed = _feed(Path(args.shared), args.articles) if args.articles else []
    if feed:
        tagger.clear()
        tokens = sum(len(s) for d in feed for s in d)
        began, cpu = time.perf_counter(), time.process_time()
        for doc in feed:
            tagger.tag_scored(doc)
        elapsed, cpu = time.perf_counter() - began, time.process_time() - cpu
        print(f"ner news feed ({len(feed)} SaudiNewsNet articles, whole, with scores, from empty caches): "
              f"{tokens} tokens, wall {tokens / elapsed:,.0f} tokens/s, cpu {tokens / cpu:,.0f} tokens/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
