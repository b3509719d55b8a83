"""Stage `ner`: names found by the learned tagger (marsad/ner), as mentions with origin "tagger".

The tagger reads the article's tokens sentence by sentence, with the whole article as the document for
its consistency pass. Its entity types follow ANERcorp (PERS, LOC, ORG, MISC); mentions carry PER,
LOC, ORG, MISC, with `score` the mean marginal probability of the span's tags. Separable proclitics
(و ف ب ل ك) are cut off the first token of a span, ال is kept. In the default pipeline it runs last and
merges its names into the entities itself (marsad.link.tagged), so events and quotes are coded from the
knowledge-base names alone: measured on the development gold, the tagger's names as event actors cost
more than they gave; the events stage reads the people among them ahead of this stage, tagged once
(`tagged_names`, marsad/events/tagged.py). Placed before `entities` (a custom stage list), the entities
stage does the merge and events and quotes see the new names.
"""

from __future__ import annotations

from itertools import groupby

from marsad.config import Config
from marsad.doc import Document, Mention, Token
from marsad.facts.speakers import speakers_from_tagger
from marsad.kb import load_kb
from marsad.link.tagged import merge_tagged
from marsad.ner.evaluate import spans
from marsad.ner.lexicon import Lexicon
from marsad.ner.tagger import NerTagger, load_tagger
from marsad.pipeline import stage
from marsad.text.normalize import normalize_form
from marsad.text.tokens import clitic_variants, original_offset

TYPES = {"PERS": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}


# Prepositions the tagger now and then calls a name, compared as written (a name spelled علي stays).
_FUNCTION_WORDS = frozenset({"على", "إلى", "الى", "في", "من", "عن", "مع", "حتى", "لدى", "منذ", "عند", "ضد"})


@stage("ner", requires={"tokens"}, assigns={"tagger_mentions"})
def make_ner_stage(config: Config):
    """Tag names with the learned CRF tagger, known to the knowledge base or not."""
    tagger = load_tagger(getattr(config, "ner_model", None))
    kb = load_kb(config)

    def run(doc: Document) -> Document:
        found = tagged_names(doc, tagger)
        doc.tagged = None
        if "entities" in doc.stages_run:  # the default place, after the other stages: merge here
            doc.entities = merge_tagged(doc, found, doc.entities, kb)
            if "quotes" in doc.stages_run:
                speakers_from_tagger(doc, [m for m in doc.mentions if m.origin == "tagger"])
        else:  # the entities stage merges them (marsad.link.tagged)
            doc.mentions.extend(found)
        return doc

    return run


def tagged_names(doc: Document, tagger: NerTagger) -> list[Mention]:
    """The tagger's mentions of `doc`, tagged once: the events stage reads the people among them before
    this stage runs (marsad/events/tagged.py), and this stage merges the same mentions."""
    if doc.tagged is None:
        doc.tagged = tag_mentions(doc, tagger)
    return doc.tagged


def tag_mentions(doc: Document, tagger: NerTagger) -> list[Mention]:
    """The tagger's mentions of `doc`, in text order."""
    sentences = [list(group) for _, group in groupby(doc.tokens, key=lambda t: t.sentence)]
    tags, probs = tagger.tag_scored([[t.text for t in s] for s in sentences])
    seen = {t.norm for t in doc.tokens}
    out: list[Mention] = []
    for sent, sent_tags, sent_probs in zip(sentences, tags, probs, strict=True):
        for first, last, kind in spans(sent_tags):
            while first < last - 1 and sent[first].norm in _PARTICLES:
                first += 1  # "فإن العنزي": a particle before the name is no part of it
            if all(len(t.norm) <= 2 for t in sent[first:last]):
                continue  # "آي"، "أف": letters of a spelled-out acronym, no name on their own
            if last - first == 1 and sent[first].text in _FUNCTION_WORDS:
                continue  # "إنه كان على مرشد الثورة": "على" folds to the name علي, and was linked to a known Ali
            start = _span_start(sent[first], tagger, seen, kind)
            end = sent[last - 1].end
            if start >= end:
                continue
            score = sum(sent_probs[first:last]) / (last - first)
            out.append(Mention(start=start, end=end, text=doc.text[start:end], type=TYPES.get(kind, kind),
                               kind="name", origin="tagger", score=round(score, 3), sentence=sent[first].sentence))
    return out


# Function words the tagger sometimes takes into a name's first token (folded).
_PARTICLES = frozenset(normalize_form(w) for w in (
    "فإن", "إن", "أن", "وإن", "وأن", "بأن", "لأن", "لكن", "ولكن", "وقد", "قد", "فقد", "كما", "إذ", "حيث", "ثم"))
# Cue kinds (marsad/ner/data/cues.tsv) that open a name of each tagger type.
_OPENING_CUES = {"PERS": {"given", "person_part", "title"}, "ORG": {"org"}, "LOC": {"loc"}, "MISC": {"misc"}}


def _span_start(token: Token, tagger: NerTagger, seen: set[str], kind: str = "") -> int:
    """Start of a name on its first token, after any separable proclitic (وسيد → سيد, والجماعة → الجماعة).

    A leading و/ب/ل… is cut when the word without it opens names of the span's type (a given name, أبو,
    عبد, an organisation's head word: ونايف البكري, لعبد الله) and the whole word opens none (وسام، فراس
    stay whole); otherwise when the word without it is known (word clusters, knowledge base) or written
    without it elsewhere in the article, and the whole word is not known itself. A name keeping its
    conjunction would be another entity than the same name written without it."""
    if token.kind != "word":
        return token.start
    if token.proclitics and not _doubtful(token.proclitics):
        return _after_prefix(token, token.proclitics)
    lexicon = tagger.featurizer.lexicon
    opening = _name_opener(lexicon, token.norm, kind)
    if opening is None:
        for variant in clitic_variants(token.norm):
            if variant.prefix and not _doubtful(variant.prefix) and _name_opener(lexicon, variant.form, kind):
                return _after_prefix(token, variant.prefix)
    known = tagger.featurizer.clusters
    phrases = lexicon.phrases
    if token.norm in known or token.norm in phrases:
        return token.start
    for variant in clitic_variants(token.norm):
        if variant.prefix and "س" not in variant.prefix and \
                (variant.form in known or variant.form in phrases or variant.form in seen):
            return _after_prefix(token, variant.prefix)
    return token.start


def _doubtful(prefix: str) -> bool:
    """A proclitic that seldom stands before a name: the future س is written only on verbs ("سمكة" is no
    س + مكة, "سبور" no س + بور), and "like" ك mostly reads a name's own first letter as a clitic
    ("كاليفورنيا"، "كلوي"); such a cut is made only when the whole word is unknown and the rest known."""
    return "س" in prefix or "ك" in prefix


def _name_opener(lexicon: Lexicon, form: str, kind: str) -> str | None:
    """Why `form` can open a name of tagger type `kind` (a cue kind or a `TYPE:position` of the
    knowledge base and gazetteer names), or None; a form inside no name at all opens nothing either."""
    cues = lexicon.cues.get(form, set()) & _OPENING_CUES.get(kind, set())
    if cues:
        return min(cues)
    places = {f"{kind}:F", f"{kind}:S"} & lexicon.positions.get(form, set())
    return min(places) if places else None


def _after_prefix(token: Token, prefix: str) -> int:
    return original_offset(token.text, token.start, len(prefix))


def stages_with(names: tuple[str, ...], added: tuple[str, ...]) -> tuple[str, ...]:
    """`names` with each `added` stage placed right after the last stage that provides what it needs
    (`ner` lands after `text`, so the entities stage merges its names and events see them)."""
    from marsad.pipeline import REGISTRY

    out = list(names)
    for name in added:
        if name in out:
            continue
        needs = REGISTRY[name].requires
        providers = [i for i, s in enumerate(out) if REGISTRY[s].assigns & needs]
        out.insert(providers[-1] + 1 if providers else len(out), name)
    return tuple(out)
