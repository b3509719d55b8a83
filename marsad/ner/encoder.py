"""A small neural encoder over the CRF's own features, whose per-token type probabilities the CRFs read.

Why: a linear CRF weighs each feature on its own, so "a word the news clusters put with surnames, two
words after a title, not in any list" is only the sum of three separate weights. One hidden layer over
the same sparse features (an embedding per feature, summed, then a ReLU) learns such conjunctions, and
feature dropout in training makes it lean on the evidence unseen names have (clusters, letters, context)
rather than on the word's identity. Its BIO probabilities, bucketed, become features of both CRFs
(`nn=` the type's probability, `nnb=` the probability that the word opens a name); training uses
out-of-fold probabilities (train.py), so the CRFs learn how far to trust it on text it has not seen.

Because the first layer is linear in the features, it is exactly a "CRF" with `hidden` columns: the
tagger's fast path (viterbi.CachedScorer) sums it per word type alongside the CRF weights, and only the
ReLU, the output layer and the bucketing run per token. Trained here with numpy and scipy (lazy Adam on
the embedding rows a batch touches); no deep-learning framework is needed to train or to tag.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

# Bucket edges of a probability (a feature fires for the highest edge reached; below the first, none).
EDGES = (0.1, 0.3, 0.6, 0.9)
TYPES = ("PERS", "LOC", "ORG", "MISC")
LABELS = ("O", *(f"{p}-{t}" for t in TYPES for p in ("B", "I")))


class FeatureEncoder:
    """Embedding bag → ReLU → softmax over BIO labels, on the CRF feature strings of one token."""

    def __init__(self, vocab: Sequence[str], embed: np.ndarray, bias: np.ndarray, out: np.ndarray,
                 out_bias: np.ndarray) -> None:
        self.vocab = list(vocab)
        self.index = {f: i for i, f in enumerate(self.vocab)}
        self.embed, self.bias, self.out, self.out_bias = embed, bias, out, out_bias

    @property
    def hidden(self) -> int:
        return self.embed.shape[1]

    # -- inference -------------------------------------------------------------------------------
    def probabilities_from_sums(self, sums: np.ndarray) -> np.ndarray:
        """(tokens, labels) from (tokens, hidden) sums of the tokens' feature embeddings."""
        h = np.maximum(sums + self.bias, 0.0)
        logits = h @ self.out + self.out_bias
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        return p / p.sum(axis=1, keepdims=True)

    def probabilities(self, feats: Sequence[Sequence[str]]) -> np.ndarray:
        """(tokens, labels) for tokens given as feature-string lists (the training-side path)."""
        sums = np.zeros((len(feats), self.hidden), dtype=np.float64)
        get = self.index.get
        for i, fs in enumerate(feats):
            rows = [r for r in map(get, fs) if r is not None]
            if rows:
                sums[i] = self.embed[rows].sum(axis=0, dtype=np.float64)
        return self.probabilities_from_sums(sums)

    # -- storage ---------------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        # Half precision halves the file; features are single words' and tokens' strings (no newline).
        with open(path, "wb") as handle:
            np.savez_compressed(handle, embed=self.embed.astype(np.float16), bias=self.bias, out=self.out,
                                out_bias=self.out_bias, vocab=np.array("\n".join(self.vocab)))

    @classmethod
    def load(cls, path: Path) -> FeatureEncoder | None:
        if not path.exists():
            return None
        with np.load(path) as z:
            vocab = str(z["vocab"]).split("\n")
            return cls(vocab, z["embed"].astype(np.float32), z["bias"], z["out"], z["out_bias"])

    # -- training --------------------------------------------------------------------------------
    @classmethod
    def fit(cls, feats: Sequence[Sequence[str]], labels: Sequence[str], hidden: int = 64, epochs: int = 4,
            min_count: int = 2, dropout: float = 0.5, rate: float = 2e-3, batch: int = 128,
            seed: int = 13) -> FeatureEncoder:
        """Train on tokens (each a list of feature strings) and their BIO labels."""
        from scipy.sparse import csr_matrix

        began = time.perf_counter()
        rng = np.random.default_rng(seed)
        counts = Counter(f for fs in feats for f in fs)
        vocab = sorted(f for f, n in counts.items() if n >= min_count)
        index = {f: i for i, f in enumerate(vocab)}
        indptr, cols = [0], []
        for fs in feats:
            cols.extend(r for r in map(index.get, fs) if r is not None)
            indptr.append(len(cols))
        x = csr_matrix((np.ones(len(cols), dtype=np.float32), np.array(cols, dtype=np.int64), indptr),
                       shape=(len(feats), len(vocab)))
        y = np.array([LABELS.index(t) if t in LABELS else 0 for t in labels])
        width = max(1.0, float(np.mean(np.diff(x.indptr))))
        embed = rng.normal(0.0, 1.0 / np.sqrt(width), (len(vocab), hidden)).astype(np.float32)
        params = {"bias": np.zeros(hidden), "out": rng.normal(0.0, 1.0 / np.sqrt(hidden), (hidden, len(LABELS))),
                  "out_bias": np.zeros(len(LABELS))}
        adam = {k: (np.zeros_like(v), np.zeros_like(v)) for k, v in params.items()}
        m_embed, v_embed = np.zeros_like(embed), np.zeros_like(embed)
        b1, b2, eps = 0.9, 0.999, 1e-8
        step = 0
        for epoch in range(epochs):
            order = rng.permutation(len(feats))
            total = 0.0
            for start in range(0, len(order), batch):
                rows = order[start:start + batch]
                xb = x[rows]
                used, local = np.unique(xb.indices, return_inverse=True)
                keep = rng.random(len(local)) >= dropout
                xs = csr_matrix((xb.data * keep / (1.0 - dropout), local, xb.indptr), shape=(len(rows), len(used)))
                pre = xs @ embed[used] + params["bias"]
                h = np.maximum(pre, 0.0)
                logits = h @ params["out"] + params["out_bias"]
                logits -= logits.max(axis=1, keepdims=True)
                p = np.exp(logits)
                p /= p.sum(axis=1, keepdims=True)
                total += float(-np.log(p[np.arange(len(rows)), y[rows]] + 1e-12).sum())
                d_logits = p
                d_logits[np.arange(len(rows)), y[rows]] -= 1.0
                d_logits /= len(rows)
                grads = {"out": h.T @ d_logits, "out_bias": d_logits.sum(axis=0)}
                d_pre = (d_logits @ params["out"].T) * (pre > 0)
                grads["bias"] = d_pre.sum(axis=0)
                d_embed = np.asarray(xs.T @ d_pre, dtype=np.float32)
                step += 1
                fix1, fix2 = 1 - b1 ** step, 1 - b2 ** step
                for k, g in grads.items():
                    m, v = adam[k]
                    m *= b1
                    m += (1 - b1) * g
                    v *= b2
                    v += (1 - b2) * g * g
                    params[k] -= rate * (m / fix1) / (np.sqrt(v / fix2) + eps)
                # Lazy Adam: only the rows this batch used move (and only their moments decay).
                m = m_embed[used] * b1 + (1 - b1) * d_embed
                v = v_embed[used] * b2 + (1 - b2) * d_embed * d_embed
                m_embed[used], v_embed[used] = m, v
                embed[used] -= rate * (m / fix1) / (np.sqrt(v / fix2) + eps)
            log.info("ner encoder: epoch %d loss %.4f", epoch + 1, total / len(feats))
        log.info("ner encoder: %d tokens, %d features, trained in %.0fs", len(feats), len(vocab),
                 time.perf_counter() - began)
        # Rounded as `save` stores it, so the encoder that made the training features is the one tagging.
        return cls(vocab, embed.astype(np.float16).astype(np.float32), params["bias"], params["out"],
                   params["out_bias"])


def bucket(p: float) -> int:
    """0 below the first edge, else 1 + the index of the highest edge reached."""
    return sum(p >= e for e in EDGES)


def encoder_features(probs: np.ndarray) -> list[list[str]]:
    """The CRF features of each token from its (labels) probabilities: `nn=TYPE:k` for the type's
    probability (B + I) and `nnb=TYPE:k` for the probability of opening a name, bucketed."""
    out: list[list[str]] = []
    for row in probs:
        feats = []
        for t, kind in enumerate(TYPES):
            begin, inside = row[1 + 2 * t], row[2 + 2 * t]
            k = bucket(begin + inside)
            if k:
                feats.append(f"nn={kind}:{k}")
            k = bucket(begin)
            if k:
                feats.append(f"nnb={kind}:{k}")
        out.append(feats)
    return out
