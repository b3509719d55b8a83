"""Knowledge-base speed (issue 3): load time cold and warm, matching and mention-finding throughput.

- cold load: the base built from its YAML/TSV sources in a fresh process (MARSAD_NO_CACHE=1);
- warm load: the compiled base read from the cache in a fresh process (the cache is written first);
- matcher: `kb.matcher.scan` alone, tokens per CPU second;
- mentions stage: `find_mentions` (matching, homographs, national bodies, cue places, institutions);
- entities stage: `link_document` on the mentions.

Times are CPU seconds (time.process_time): the machine is shared, wall time would measure the
neighbours. Texts are the SaudiNewsNet subset in ../shared; the run is skipped without it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

_LOAD = (
    "import time; t=time.process_time(); w=time.perf_counter(); from marsad.kb import load_kb; "
    "kb=load_kb(); print(time.process_time()-t, time.perf_counter()-w, len(kb.entries))"
)


def read_texts(folder: Path, limit: int | None) -> list[tuple[str, str | None]]:
    texts: list[tuple[str, str | None]] = []
    for archive in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(archive) as zf:
            for name in zf.namelist():
                for record in json.loads(zf.read(name)):
                    if record.get("content"):
                        texts.append((record["content"], (record.get("date_extracted") or "")[:10] or None))
    return texts[:limit] if limit else texts


def load_time(cold: bool) -> tuple[float, float, int]:
    """(CPU s, wall s, entries) of load_kb in a fresh interpreter (imports of marsad.kb included)."""
    env = dict(os.environ)
    if cold:
        env["MARSAD_NO_CACHE"] = "1"
    else:
        env.pop("MARSAD_NO_CACHE", None)
        subprocess.run([sys.executable, "-c", _LOAD], env=env, check=True, capture_output=True)
    out = subprocess.run([sys.executable, "-c", _LOAD], env=env, check=True, capture_output=True, text=True)
    cpu, wall, n = out.stdout.split()
    return float(cpu), float(wall), int(n)


def throughput(texts: list[tuple[str, str | None]]) -> dict[str, float]:
    """Tokens per CPU second for the matcher, the mentions stage and the entities stage."""
    from marsad.config import Config
    from marsad.doc import Document
    from marsad.kb import load_kb
    from marsad.link.build import link_document
    from marsad.stages.mentions import find_mentions
    from marsad.stages.text import make_text_stage

    kb = load_kb(Config())
    text_stage = make_text_stage(Config())
    docs = [text_stage(Document(text=t, published=p)) for t, p in texts]
    tokens = sum(len(d.tokens) for d in docs)
    began = time.process_time()
    for doc in docs:
        kb.matcher.scan(doc.tokens)
    scan_s = time.process_time() - began
    began = time.process_time()
    for doc in docs:
        doc.mentions = find_mentions(doc, kb)
    mention_s = time.process_time() - began
    began = time.process_time()
    for doc in docs:
        link_document(doc, kb)
    link_s = time.process_time() - began
    return {"articles": len(docs), "tokens": tokens, "matcher": tokens / scan_s,
            "mentions": tokens / mention_s, "entities": tokens / link_s}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    cold_cpu, cold_wall, n = load_time(cold=True)
    warm_cpu, warm_wall, _ = load_time(cold=False)
    print(f"kb entries              {n}")
    print(f"kb load cold            {cold_cpu:.2f} s CPU ({cold_wall:.2f} s wall)")
    print(f"kb load warm (cache)    {warm_cpu:.2f} s CPU ({warm_wall:.2f} s wall)")
    folder = Path(args.shared) / "data" / "saudinewsnet-subset"
    if not folder.is_dir():
        print(f"matching bench skipped: {folder} not found")
        return 0
    rates = throughput(read_texts(folder, args.limit))
    print(f"texts                   {rates['articles']:.0f} articles, {rates['tokens']:.0f} tokens")
    print(f"matcher                 {rates['matcher']:,.0f} tokens/s CPU (target 200,000)")
    print(f"mentions stage          {rates['mentions']:,.0f} tokens/s CPU")
    print(f"entities stage          {rates['entities']:,.0f} tokens/s CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
