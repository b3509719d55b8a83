"""Word clusters learned from unannotated news (training time only; needs numpy and scipy).

Half the test names contain a word the annotated data never shows, so the tagger needs to know what
kind of word an unseen word is. Each word of the unannotated text is described by the words around it
(positive PMI over the commonest context words at offsets ±1, ±2), reduced by SVD, and clustered by
k-means at several granularities; the cluster ids become CRF features. The output is a plain
`word<TAB>id<TAB>id…` file shipped with the model.
"""

from __future__ import annotations

import json
import logging
import re
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from marsad.text.normalize import normalize_form

log = logging.getLogger(__name__)
_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]+|[0-9\u0660-\u0669]+|[A-Za-z]+|[^\s\w]")
OFFSETS = (-2, -1, 1, 2)
SIGN_DIMS = 50


def news_sentences(folder: Path) -> Iterator[list[str]]:
    """Folded token lists of the SaudiNewsNet articles (one list per line of each article)."""
    for archive in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(archive) as zf:
            for name in zf.namelist():
                for record in json.loads(zf.read(name)):
                    for line in (record.get("content") or "").split("\n"):
                        words = [normalize_form(w) for w in _WORD.findall(line)]
                        words = [w for w in words if w]
                        if len(words) > 2:
                            yield words


def build_clusters(sentences: Iterable[list[str]], sizes: tuple[int, ...] = (64, 256, 1024),
                   min_count: int = 3, contexts: int = 3000, dim: int = 100,
                   seed: int = 13, titles: frozenset[str] | None = None,
                   signs: dict[str, str] | None = None) -> dict[str, tuple[int, ...]]:
    """Word → cluster id at each size in `sizes`, for words seen at least `min_count` times; with
    `signs`, also fill it with each word's sign code (`sign_codes`) from the same vectors."""
    import numpy as np

    corpus = [list(s) for s in sentences]
    counts = Counter(w for s in corpus for w in s)
    vocab = [w for w, c in counts.most_common() if c >= min_count]
    index = {w: i for i, w in enumerate(vocab)}
    log.info("clusters: %d sentences, %d words, vocabulary %d", len(corpus), sum(counts.values()), len(vocab))
    matrix = _ppmi(corpus, index, contexts)
    vectors = _svd(matrix, dim)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    if signs is not None:
        signs.update(zip(vocab, sign_codes(vectors), strict=True))
    rng = np.random.default_rng(seed)
    labels = [_kmeans(vectors, k, rng) for k in sizes]
    profile = _profiles(corpus, counts, index, titles) if titles is not None else {}
    return {w: tuple(int(lab[i]) for lab in labels) + profile.get(w, ()) for w, i in index.items()}


def sign_codes(vectors, dims: int = SIGN_DIMS) -> list[str]:
    """Per word, one character for each of the `dims` strongest SVD dimensions: `+` where the value is
    above the mean of that dimension's positive values, `-` below the mean of its negative ones, `.`
    between. Clusters keep one id per word; these keep which directions a word leans in strongly, so
    two words that share half their distributional traits share half their features (binarised
    embeddings, Guo et al. 2014), and the CRF weighs each trait."""
    import numpy as np

    top = vectors[:, -dims:] if vectors.shape[1] > dims else vectors  # svds orders by ascending value
    pos = np.where(top > 0, top, 0).sum(axis=0) / np.maximum((top > 0).sum(axis=0), 1)
    neg = np.where(top < 0, top, 0).sum(axis=0) / np.maximum((top < 0).sum(axis=0), 1)
    chars = np.full(top.shape, ".", dtype="<U1")
    chars[top > pos] = "+"
    chars[top < neg] = "-"
    return ["".join(row) for row in chars]


def _profiles(corpus: list[list[str]], counts: Counter, index: dict[str, int],
              titles: frozenset[str]) -> dict[str, tuple[int, int]]:
    """Two bucketed habits of each word in the news: how often it takes the article (names rarely do)
    and how often a title or office word comes right before it (names of people often follow one)."""
    after_title: Counter[str] = Counter()
    for sent in corpus:
        for prev, word in zip(sent, sent[1:], strict=False):
            if prev in titles:
                after_title[word] += 1
    out: dict[str, tuple[int, int]] = {}
    for word in index:
        bare = word[2:] if word.startswith("ال") else word
        with_al = counts.get("ال" + bare, 0)
        total = counts.get(bare, 0) + with_al
        al_share = with_al / total if total else 0.0
        title_share = after_title[word] / counts[word]
        out[word] = (_bucket(al_share, (0.02, 0.2, 0.6)) + 100, _bucket(title_share, (0.01, 0.05, 0.2)) + 200)
    return out


def _bucket(value: float, edges: tuple[float, ...]) -> int:
    return sum(value >= e for e in edges)


def _ppmi(corpus: list[list[str]], index: dict[str, int], contexts: int):
    """Sparse positive-PMI matrix: rows are words, columns (offset, context word) pairs."""
    import numpy as np
    from scipy import sparse

    rows: list[int] = []
    cols: list[int] = []
    for sent in corpus:
        ids = [index.get(w, -1) for w in sent]
        n = len(ids)
        for k, off in enumerate(OFFSETS):
            for i in range(max(0, -off), min(n, n - off)):
                a, b = ids[i], ids[i + off]
                if a >= 0 and 0 <= b < contexts:
                    rows.append(a)
                    cols.append(k * contexts + b)
    data = np.ones(len(rows), dtype=np.float32)
    m = sparse.coo_matrix((data, (rows, cols)), shape=(len(index), contexts * len(OFFSETS))).tocsr()
    m.sum_duplicates()
    total = m.sum()
    row_sum = np.asarray(m.sum(axis=1)).ravel() + 1e-9
    col_sum = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    col_sum = col_sum / col_sum.sum() * total + 1e-9
    m = m.tocoo()
    pmi = np.log(m.data * total / (row_sum[m.row] * col_sum[m.col]))
    keep = pmi > 0
    return sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)


def _svd(matrix, dim: int):
    from scipy.sparse.linalg import svds

    u, s, _ = svds(matrix.astype("float64"), k=dim, random_state=0)
    return (u * s ** 0.5).astype("float32")


def _kmeans(x, k: int, rng, iterations: int = 25):
    """Spherical k-means (cosine), k-means++-lite start from random distinct points."""
    import numpy as np

    k = min(k, len(x))
    centres = x[rng.choice(len(x), size=k, replace=False)].copy()
    labels = np.zeros(len(x), dtype=np.int64)
    for _ in range(iterations):
        labels = np.concatenate([np.argmax(x[i:i + 8192] @ centres.T, axis=1) for i in range(0, len(x), 8192)])
        for c in range(k):
            members = x[labels == c]
            if len(members):
                centre = members.sum(axis=0)
                centres[c] = centre / (np.linalg.norm(centre) + 1e-9)
    return labels


def write_signs(signs: dict[str, str], path: Path) -> None:
    """One `word<TAB>code` line per word (`sign_codes`), sorted."""
    with path.open("w", encoding="utf-8") as fh:
        for word in sorted(signs):
            fh.write(f"{word}\t{signs[word]}\n")


def write_clusters(clusters: dict[str, tuple[int, ...]], path: Path) -> None:
    """One `word<TAB>id…` line per word, sorted for a stable file."""
    with path.open("w", encoding="utf-8") as fh:
        for word in sorted(clusters):
            fh.write(word + "\t" + "\t".join(str(c) for c in clusters[word]) + "\n")
