"""CRF features of a tokenised sentence.

Most of what tells a name in Arabic is not in the word itself (there are no capitals) but in its
neighbourhood and in what is known about it: a title before it (الرئيس، الشيخ), a cue word
(وزارة، مدينة), membership in the knowledge base, and the distributional class (word cluster) learned
from unannotated news. Word-level features are cached per surface form, so tagging a large feed
costs a dictionary lookup for most tokens.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.ner.lexicon import Lexicon, load_topics
from marsad.ner.namelike import NameLikeness
from marsad.text.normalize import normalize_form
from marsad.text.tokens import clitic_variants

_OFFSETS = (-2, -1, 1, 2)
_PADS = tuple(f"{d}:pad" for d in _OFFSETS)
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")
_LATIN = re.compile(r"[A-Za-z]")


# Optional feature groups (recorded in meta.json `options.features`, so the tagger builds the same ones).
# pos: where a word sits inside knowledge-base names of each type (first / inner / last / single word);
# since: the nearest cue word (org head, place word, title) up to 4 words back, no punctuation between;
# stemcl: the word clusters of the stem without ال (and a proclitic before it) as well as of the whole form;
# wide: the finest cluster of the neighbours at ±1 too;
# quote: place and length of a short span between quote marks or brackets (names of works, parties,
# nicknames: «حماس»، "الشاهنامة"), which long quoted speech does not get.
# repeat: how often the word occurs in the document, and whether the news at large knows it (docpass.py).
# namelike: how much the word's letters look like the names the project knows (namelike.py);
# soft: (second CRF only) the first pass's probabilities for the word's other occurrences (docpass.py).
# clitgz: a knowledge-base match found only once a clitic is split off the first word (بنوكيا → نوكيا,
# but also بين → ين, the yen) is a feature of its own (`gz=B-~ORG`), so the CRF weighs it apart from
# exact matches instead of learning one diluted weight for both;
# encoder: a hidden layer over these features whose type probabilities both CRFs read (encoder.py).
# convgz: knowledge-base matches that ANERcorp's conventions annotate otherwise get kinds of their own: a
# person's name written with its title (الملك حمد بن عيسى: the title is outside the name, so the match
# starts at the next word and the title gets `gz=T-PERS`), an organisation ending in a nationality adjective
# (الخارجية الأميركية: mostly not annotated; ORGN) and a place led by a place word (قطاع غزة: often only
# غزة; LOCC), so the plain gz weights stay those of names matched as the corpus draws them;
# convmisc: with convgz, a MISC match led by a MISC cue word (كأس العالم، حرب الخليج) is kind MISCC;
# blind: the encoder is trained without the word's own identity features (train.py `_IDENTITY`).
# embsign: the word's sign code over the strongest dimensions of the vectors the clusters are made from
# (`clusters.sign_codes`, kept in the model folder as signs.tsv): `e7+` where it leans strongly one way.
# topic: the document's topic (sport, business, culture, from the topic words of data/topics.tsv), alone and
# joined with each word's coarse cluster and knowledge-base name positions, so the CRF can learn that a
# city's name in a sports report is mostly its club, a brand in a business report its company
# (`docpass.document_topic`; both CRFs see it, the fast path adds it per document).
# gzlen: a knowledge-base match's kind carries its length in words (1, 2, 3 for three or more): how often a
# match is exactly a gold name falls with its length (three-word ORG matches 0.35 on the training split).
# gzsrc: a match only the hand-written gazetteer lists (not the knowledge base) carries `g` after its kind
# (`gz=B-ORGg`): the two sources are not equally reliable, and one weight for both dilutes each.
FEATURE_GROUPS = ("pos", "since", "stemcl", "wide", "quote", "repeat", "soft", "namelike", "encoder", "clitgz",
                  "blind", "convgz", "convmisc", "embsign", "topic", "gzlen", "gzsrc", "works")
_QUOTE_PAIRS = {'"': '"', "«": "»", "“": "”", "(": ")", "'": "'"}
_QUOTE_MAX = 6
_OPENING = frozenset(_QUOTE_PAIRS)
_SINCE_WINDOW = 4
_WORK_CUES = ("work", "venue")  # cue kinds of the `works` group alone
_ANCHORS = (*_WORK_CUES, "org", "loc", "title", "misc")  # a title or venue word speaks first
_CLITIC_MATCH = "~"
_LISTED = "^"  # marks, inside `_names`, a name only data/names.tsv lists


class Featurizer:
    """Turns sentences (lists of surface tokens) into CRF feature lists, one list per token."""

    def __init__(self, lexicon: Lexicon, clusters: dict[str, tuple[str, ...]], ngrams: bool = False,
                 groups: Sequence[str] = (), namelike: NameLikeness | None = None,
                 signs: dict[str, str] | None = None) -> None:
        self.lexicon = lexicon
        self.signs = signs if signs is not None and "embsign" in groups else None
        self.namelike = namelike if "namelike" in groups else None
        self.clusters = clusters
        self.ngrams = ngrams
        self.groups = frozenset(groups)
        # The attributes the loaded model has weights for (None: keep all, as in training). Features
        # outside it cost crfsuite a string lookup each and change nothing, so they are dropped early.
        self.known: frozenset[str] | None = None
        self._cache: dict[str, _Word] = {}
        self._heads: tuple[frozenset[str], tuple[frozenset[str], frozenset[str]]] | None = None
        self._conventions = "convgz" in self.groups
        self._by_length = "gzlen" in self.groups
        self._misc_convention = "convmisc" in self.groups

    def clustered(self, token: str) -> bool:
        """Whether the unannotated news knows the word well enough to give it a cluster."""
        return self.word(token).clustered

    def document(self, sentences: Sequence[Sequence[str]]) -> list[list[list[str]]] | None:
        """Document-level features both CRFs see (the `repeat` and `topic` groups), or None without them."""
        from marsad.ner.docpass import document_topic, joined, repeat_features

        out = None
        if "repeat" in self.groups:
            out = repeat_features(sentences, lambda t: self.word(t).key, self.clustered)
        if "topic" in self.groups:
            topic = document_topic([self.word(t) for sent in sentences for t in sent])
            feats = [[self.topic_features(topic, t) if topic else [] for t in sent] for sent in sentences]
            out = joined(out, feats) if out is not None else feats
        return out

    def topic_features(self, topic: str, token: str) -> list[str]:
        """The `topic` group's features of one word in a document of `topic`."""
        return [f"tp={topic}", *(f"tp={topic}|{trait}" for trait in self.word(token).traits)]

    def word(self, token: str) -> _Word:
        """Static facts about one surface form (cached)."""
        info = self._cache.get(token)
        if info is None:
            info = _Word(token, self)
            if self.known is not None:
                info.restrict(self.known)
            if len(self._cache) < 500_000:
                self._cache[token] = info
        return info

    def sentence(self, tokens: Sequence[str], extra: Sequence[Sequence[str]] | None = None) -> list[list[str]]:
        """Feature lists for a sentence; `extra` adds per-token features (document-level pass)."""
        words = [self.word(t) for t in tokens]
        gaz = self._gazetteer(words)
        since = self._since(words) if "since" in self.groups else None
        quoted = _quoted(tokens) if "quote" in self.groups else None
        titled = _titled(tokens, words) if "works" in self.groups else None
        known = self.known
        n = len(words)
        out: list[list[str]] = []
        for i, w in enumerate(words):
            feats = list(w.own)
            if gaz[i]:
                feats.append(gaz[i])
            for k, d in enumerate(_OFFSETS):
                j = i + d
                if 0 <= j < n:
                    feats += words[j].context[k]
                    if gaz[j]:
                        feats.append(f"{d}{gaz[j]}")
                else:
                    feats.append(_PADS[k])
            if i > 0:
                bigram = f"bg-={words[i - 1].norm}|{w.norm}"
                if known is None or bigram in known:
                    feats.append(bigram)
            if i + 1 < n:
                bigram = f"bg+={w.norm}|{words[i + 1].norm}"
                if known is None or bigram in known:
                    feats.append(bigram)
            if since is not None and since[i]:
                feats.append(since[i])
            if quoted is not None and quoted[i]:
                feats += quoted[i]
            if titled is not None and titled[i]:
                feats += titled[i]
            if extra is not None:
                feats.extend(extra[i])
            out.append(feats)
        return out

    def dynamic(self, tokens: Sequence[str]) -> list[list[str]]:
        """The features of `sentence` that depend on the sentence, not on a word and its neighbours
        alone (knowledge-base matches, bigrams, `since`, `quote`): what `viterbi.CachedScorer` adds
        to the cached per-word scores. Neighbour pads are the scorer's own."""
        words = [self.word(t) for t in tokens]
        gaz = self._gazetteer(words)
        since = self._since(words) if "since" in self.groups else None
        quoted = _quoted(tokens) if "quote" in self.groups else None
        titled = _titled(tokens, words) if "works" in self.groups else None
        n = len(words)
        norms = [w.norm for w in words]
        heads = self._bigram_heads()
        out: list[list[str]] = [[] for _ in range(n)]
        for j, match in enumerate(gaz):  # most tokens match nothing: work from the matches
            if match:
                out[j].append(match)
                for d in _OFFSETS:
                    if 0 <= j - d < n:
                        out[j - d].append(f"{d}{match}")
        if heads is None:
            left = right = range(n)
        else:
            left = [i for i in range(1, n) if norms[i - 1] in heads[0]]
            right = [i for i in range(n - 1) if norms[i] in heads[1]]
        for i in left:
            if i > 0:
                out[i].append(f"bg-={norms[i - 1]}|{norms[i]}")
        for i in right:
            if i + 1 < n:
                out[i].append(f"bg+={norms[i]}|{norms[i + 1]}")
        if since is not None:
            for i, feature in enumerate(since):
                if feature:
                    out[i].append(feature)
        for extra in (quoted, titled):
            if extra is not None:
                for i, feats in enumerate(extra):
                    out[i] += feats
        return out  # features the models do not know are skipped by the scorer

    def _bigram_heads(self) -> tuple[frozenset[str], frozenset[str]] | None:
        """First words of the known `bg-=` and `bg+=` bigrams (None: unfiltered), so most tokens skip
        building a bigram string the model has no weight for."""
        if self.known is None:
            return None
        if self._heads is None or self._heads[0] is not self.known:
            left = frozenset(f[4:].partition("|")[0] for f in self.known if f.startswith("bg-="))
            right = frozenset(f[4:].partition("|")[0] for f in self.known if f.startswith("bg+="))
            self._heads = (self.known, (left, right))
        return self._heads[1]

    def _gazetteer(self, words: list[_Word]) -> list[str]:
        """Longest knowledge-base name matches as B-/I- features (first word may carry clitics)."""
        n = len(words)
        tags = [""] * n
        norms = [w.norm for w in words]
        i = 0
        while i < n:
            found = None
            for size, rests in words[i].names:  # longest first
                if i + size <= n:
                    kind = rests.get(tuple(norms[i + 1:i + size]))
                    if kind is not None:
                        found = size, kind
                        break
            if found is None:
                i += 1
                continue
            size, kind = found
            listed = kind.endswith(_LISTED)
            kind = kind.removesuffix(_LISTED)
            if self._conventions and size > 1:
                plain = kind.lstrip(_CLITIC_MATCH)
                if plain == "PERS" and words[i].anchor == "title":
                    tags[i] = "gz=T-PERS"
                    i, size, kind = i + 1, size - 1, plain
                elif plain == "ORG" and words[i + size - 1].nisba:
                    kind += "N"
                elif plain == "LOC" and words[i].anchor == "loc":
                    kind += "C"
                elif plain == "MISC" and words[i].anchor == "misc" and self._misc_convention:
                    kind += "C"
            if listed:
                kind += "g"
            if self._by_length:
                kind += str(min(size, 3))
            tags[i] = f"gz=B-{kind}"
            kind = kind.lstrip(_CLITIC_MATCH)
            for k in range(1, size):
                tags[i + k] = f"gz=I-{kind}"
            i += size
        return tags

    @staticmethod
    def _since(words: list[_Word]) -> list[str]:
        """`af=KIND<distance>` for the nearest preceding anchor cue: a multiword name after وزارة or
        الرئيس keeps the cue's evidence beyond the ±2 window, until punctuation ends the phrase."""
        out = [""] * len(words)
        last: tuple[str, int] | None = None
        for i, w in enumerate(words):
            if last is not None and i - last[1] <= _SINCE_WINDOW:
                out[i] = f"af={last[0]}{i - last[1]}"
            if w.punct and not (last is not None and last[0] == "work" and i - last[1] == 1 and w.norm in _OPENING):
                last = None
            elif w.anchor:
                last = (w.anchor, i)
        return out


def _titled(tokens: Sequence[str], words: Sequence[_Word]) -> list[list[str]] | None:
    """The `works` group: a short span between quote marks or brackets that opens right after a title
    word (برنامج « الناس وأنا »، بعنوان "…"، فيلم «…») is most likely the title of a work, which the corpus
    annotates MISC: `qw=in` on its words, `qw=first` / `qw=last` at its ends."""
    if not any(t in _QUOTE_PAIRS for t in tokens):
        return None
    out: list[list[str]] = [[] for _ in tokens]
    found = False
    for start, end in _quote_pairs(tokens):
        if start > 0 and words[start - 1].anchor == "work" and 1 <= end - start - 1 <= _QUOTE_MAX:
            found = True
            for j in range(start + 1, end):
                out[j].append("qw=in")
            out[start + 1].append("qw=first")
            out[end - 1].append("qw=last")
    return out if found else None


def _quote_pairs(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """(opening, closing) positions of quote marks and brackets: straight quotes pair up in order (1st
    with 2nd, 3rd with 4th); curved ones and brackets with the next closing mark."""
    pairs: list[tuple[int, int]] = []
    for mark, close in _QUOTE_PAIRS.items():
        marks = [i for i, t in enumerate(tokens) if t == mark]
        if mark == close:
            pairs += zip(marks[::2], marks[1::2], strict=False)
        else:
            pairs += [(i, j) for i in marks
                      for j in [next((j for j in range(i + 1, len(tokens)) if tokens[j] == close), -1)] if j > 0]
    return pairs


def _quoted(tokens: Sequence[str]) -> list[list[str]] | None:
    """For tokens inside a short quoted or bracketed span: `q=in`, its first/last word and its length.
    Straight quotes pair up in order (1st with 2nd, 3rd with 4th); curved ones and brackets with the next
    closing mark."""
    if not any(t in _QUOTE_PAIRS for t in tokens):
        return None
    out: list[list[str]] = [[] for _ in tokens]
    for start, end in _quote_pairs(tokens):
        if 1 <= end - start - 1 <= _QUOTE_MAX:
            size = f"q={min(end - start - 1, 4)}"
            for j in range(start + 1, end):
                out[j] += ["q=in", size]
            out[start + 1].append("q=first")
            out[end - 1].append("q=last")
    return out


class _Word:
    """Features of a word alone (`own`) and the smaller set used when it is a neighbour (`context`)."""

    __slots__ = ("norm", "key", "forms", "own", "far", "near", "names", "anchor", "punct", "clustered", "nisba",
                 "topic", "traits", "_context", "_known")

    def __init__(self, token: str, featurizer: Featurizer) -> None:
        lexicon, clusters, groups = featurizer.lexicon, featurizer.clusters, featurizer.groups
        norm = normalize_form(token) or token
        self.norm = norm
        variants = clitic_variants(norm) if _ARABIC.search(norm) else ()
        self.forms = tuple(dict.fromkeys([norm, *(v.form for v in variants)]))
        stem, prefix = _stem(norm, variants)
        self.key = stem
        self.names = _names(self.forms, lexicon, "clitgz" in groups, "gzsrc" in groups)
        shape = _shape(token)
        self.punct = shape in ("p", "pp")
        cues = sorted({c for f in self.forms for c in lexicon.cues.get(f, ())})
        if "works" not in groups:  # its cue kinds exist for it alone: other models are trained without them
            cues = [c for c in cues if c not in _WORK_CUES]
        self.anchor = next((a for a in _ANCHORS if a in cues), "")
        parts = sorted({c for f in (norm, stem) for c in lexicon.parts.get(f, ())})
        self.nisba = "NISBA" in parts
        cl = clusters.get(norm) or clusters.get(stem) or ()
        self.clustered = bool(cl)
        own = [f"w={norm}", f"st={stem}", f"cl={prefix}", f"sh={shape}", f"len={min(len(stem), 8)}",
               f"p2={stem[:2]}", f"p3={stem[:3]}", f"s1={stem[-1:]}", f"s2={stem[-2:]}", f"s3={stem[-3:]}",
               "bias"]
        if norm.startswith("ال"):
            own.append("al")
        own += [f"cue={c}" for c in cues] + [f"part={c}" for c in parts]
        own += [f"c{k}={c}" for k, c in enumerate(cl)] if cl else ["c=none"]
        context = [f"w={norm}", f"st={stem}", f"sh={shape}"]
        context += [f"cue={c}" for c in cues] + [f"part={c}" for c in parts]
        if cl:
            context += [f"c{k}={c}" for k, c in enumerate(cl[:2])]
        near = []  # neighbour features used at ±1 only
        pos = sorted({p for f in (norm, stem) for p in lexicon.positions.get(f, ())})
        if "pos" in groups:
            own += [f"np={p}" for p in pos]
            near += [f"np={p}" for p in pos]
        self.topic = ""
        self.traits: tuple[str, ...] = ()
        if "topic" in groups:
            topics = load_topics()
            self.topic = topics.get(norm) or topics.get(stem) or ""
            self.traits = (f"c0={cl[0]}" if cl else "c=none", *(f"np={p}" for p in pos))
        if "stemcl" in groups and stem != norm and stem in clusters:  # والرئيس → رئيس, as well as its own
            own += [f"sc{k}={c}" for k, c in enumerate(clusters[stem])]
        if "wide" in groups and len(cl) > 2:
            near.append(f"c2={cl[2]}")
        if featurizer.signs is not None:
            code = featurizer.signs.get(norm) or featurizer.signs.get(stem) or ""
            own += [f"e{j}{c}" for j, c in enumerate(code) if c != "."]
        if featurizer.ngrams:
            own += _translit(stem)
        if featurizer.namelike is not None:
            own += featurizer.namelike.features(stem)
        self.own = own
        # What the word shows its neighbours: `far` at ±2, `near` (with the ±1-only features) at ±1,
        # unprefixed; the fast path looks them up per offset (`CachedScorer._vectors`) without building
        # the prefixed strings, which `context` makes only when asked (training, the reference path).
        self.far = context
        self.near = context + near
        self._context: tuple[list[str], ...] | None = None
        self._known: frozenset[str] | None = None

    @property
    def context(self) -> tuple[list[str], ...]:
        """The features the word gives a neighbour at each of `_OFFSETS`, prefixed with the offset (made
        once per word type, so a sentence costs list joins rather than string formatting)."""
        if self._context is None:
            context = tuple([f"{d}{f}" for f in (self.near if d in (-1, 1) else self.far)] for d in _OFFSETS)
            if self._known is not None:
                context = tuple([f for f in feats if f in self._known] for feats in context)
            self._context = context
        return self._context

    def restrict(self, known: frozenset[str]) -> None:
        """Keep only the features the model knows."""
        self.own = [f for f in self.own if f in known]
        self._known = known
        self._context = None


def _names(forms: tuple[str, ...], lexicon: Lexicon,
           mark: bool = False, source: bool = False) -> tuple[tuple[int, dict[tuple[str, ...], str]], ...]:
    """Knowledge-base names that may start at this word, as (length, {other words: kind}), longest first;
    for one length and the same other words the first in the order of `forms`, then of the lexicon, wins.
    With `mark`, a kind matched through a clitic variant (not `forms[0]`) carries `_CLITIC_MATCH` first.
    A dictionary per length, not a list of names: one first word (وزارة، جامعة) heads over a thousand
    gazetteer names, and each occurrence would otherwise compare them all."""
    by_size: dict[int, dict[tuple[str, ...], str]] = {}
    for k, form in enumerate(forms):
        prefix = _CLITIC_MATCH if mark and k else ""
        for phrase, kind in lexicon.phrases.get(form, ()):
            listed = _LISTED if source and (phrase, kind) in lexicon.listed else ""
            by_size.setdefault(len(phrase), {}).setdefault(tuple(phrase[1:]), prefix + kind + listed)
    return tuple(sorted(by_size.items(), key=lambda item: -item[0]))


def _stem(norm: str, variants) -> tuple[str, str]:
    """The word without a separable prefix ending in the article, or without ال (الرئيس → رئيس)."""
    for v in variants:
        if v.prefix and v.article:
            return v.form[2:] if len(v.form) > 3 else v.form, v.prefix + "+al"
    if norm.startswith("ال") and len(norm) > 3:
        return norm[2:], "al"
    return norm, "-"


def _translit(stem: str) -> list[str]:
    """Character trigrams and the long-vowel count of a word, the marks of a transliterated foreign name
    (بوتين، كوستيلاري: many ا و ي, letter runs Arabic words rarely have), for names never seen whole."""
    vowels = sum(1 for ch in stem if ch in "اوىي")
    padded = f"^{stem}$"
    grams = {padded[i:i + 3] for i in range(len(padded) - 2)}
    return [f"lv={min(vowels, 4)}/{min(len(stem), 9)}", *(f"g3={g}" for g in sorted(grams))]


def _shape(token: str) -> str:
    if _ARABIC.search(token):
        return "ar" if not _DIGIT.search(token) else "ar9"
    if _DIGIT.search(token):
        return "9"
    if _LATIN.search(token):
        return "Aa" if token[:1].isupper() else "a"
    return "p" if len(token) == 1 else "pp"
