"""CLI commands of the learned entity tagger: `marsad train ner`, `marsad tag`, `marsad eval ner`.

`register(cli)` attaches them to the main group (marsad/cli.py calls it); `eval ner` joins the existing
`eval` group when there is one.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

import click

from marsad.errors import MarsadError

# The types ANERcorp annotates (what --oversample accepts).
ENTITY_TYPES = ("PERS", "LOC", "ORG", "MISC")


@click.group(name="train")
def train_group() -> None:
    """Train Marsad's learned models from the shared corpora."""


@train_group.command(name="ner")
@click.option("--shared", default="../shared", show_default=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path), help="The shared data folder.")
@click.option("--out", default=None, type=click.Path(file_okay=False, path_type=Path),
              help="Model folder (default: the shipped model folder marsad/ner/model).")
@click.option("--dev", is_flag=True, help="Also train on part of the data and score whole held-out documents "
              "(about doubles the time).")
@click.option("--one-pass", is_flag=True, help="Train only the first CRF (no document consistency pass).")
@click.option("--wojood", is_flag=True, help="Add the Wojood sample's train split (types mapped; never held out).")
@click.option("--ngrams", is_flag=True, help="Character trigram and long-vowel features (transliterated names).")
@click.option("--features", default="", help="Extra feature groups, comma-separated: pos (position inside "
              "knowledge-base names), since (nearest cue up to 4 words back), stemcl (clusters of the "
              "stem without ال), wide (finest cluster of the neighbours), quote (short quoted spans), "
              "repeat (how often the word occurs in the document), works (title and venue cue words, quoted "
              "titles after them); marsad/ner/README.md lists every group.")
@click.option("--c1", default=0.05, show_default=True, help="L1 regularisation of the CRFs.")
@click.option("--c2", default=0.05, show_default=True, help="L2 regularisation of the CRFs.")
@click.option("--iterations", default=150, show_default=True, help="L-BFGS iterations per CRF.")
@click.option("--folds", default=2, show_default=True, type=click.IntRange(2, 10),
              help="Jackknife folds for the second CRF's document features.")
@click.option("--unseen", default=0.0, show_default=True, type=click.FloatRange(0, 1),
              help="Share of name-bearing training sentences copied with their names' identity features hidden.")
@click.option("--rounds", default=1, show_default=True, type=click.IntRange(1, 5),
              help="Passes of the consistency CRF when tagging, each remembering the last pass's names.")
@click.option("--scheme", type=click.Choice(["bio", "bioes"]), default="bio", show_default=True,
              help="Labels the CRFs learn (the tagger always prints BIO).")
@click.option("--oversample", default="", help="Entity types whose training sentences every CRF sees twice, "
              "comma-separated (PERS, LOC, ORG, MISC).")
def train_ner(shared: Path, out: Path | None, dev: bool, one_pass: bool, wojood: bool, ngrams: bool,
              features: str, c1: float, c2: float, iterations: int, scheme: str, folds: int,
              unseen: float, rounds: int, oversample: str) -> None:
    """Train the entity tagger (word clusters + two CRFs) from ANERcorp's training split.

    Example: marsad train ner --shared ../shared

    With --dev, the score on whole held-out documents of the training split is written to meta.json.
    """
    from marsad.ner.features import FEATURE_GROUPS
    from marsad.ner.tagger import MODEL_DIR
    from marsad.ner.train import TrainOptions, train_model

    groups = tuple(g for g in features.split(",") if g)
    unknown = [g for g in groups if g not in FEATURE_GROUPS]
    if unknown:
        raise click.BadParameter(f"unknown feature groups {unknown}; known: {', '.join(FEATURE_GROUPS)}",
                                 param_hint="--features")
    types = tuple(t for t in oversample.split(",") if t)
    if any(t not in ENTITY_TYPES for t in types):
        raise click.BadParameter(f"unknown entity types {[t for t in types if t not in ENTITY_TYPES]}; "
                                 f"known: {', '.join(ENTITY_TYPES)}", param_hint="--oversample")
    options = TrainOptions(c1=c1, c2=c2, iterations=iterations, dev=dev, second_pass=not one_pass,
                           wojood=wojood, ngrams=ngrams, features=groups, scheme=scheme,
                           folds=folds, unseen=unseen, rounds=rounds, oversample=types)
    meta = train_model(shared, out or MODEL_DIR, options, command=_command(options))
    if "dev" in meta:
        click.echo(f"dev micro F1 {meta['dev']['ALL']['f1']:.3f}")
    click.echo(f"model written to {out or MODEL_DIR} in {meta['seconds']:.0f}s")


@click.command(name="tag")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("--model", default=None, type=click.Path(exists=True, file_okay=False), help="Model folder.")
@click.option("--doc-size", default=12, show_default=True, help="Sentences per pseudo-document for the "
              "consistency pass (the file has no document breaks; the model is trained on 12); 0: whole file.")
def tag_command(path: str, model: str | None, doc_size: int) -> None:
    """Tag a token-per-line file (`token` or `token TAG`); prints `token PREDICTED_TAG` lines.

    Example: marsad tag ../shared/data/anercorp/splits/test.txt > predicted.txt

    Sentences end after "." or at blank lines; runs of --doc-size consecutive sentences are the documents
    of the consistency pass, as in training.
    """
    from marsad.ner.corpus import parse_lines
    from marsad.ner.tagger import load_tagger

    sentences = _read(path, parse_lines)
    tagger = _tagger(load_tagger, model)
    predicted = _tag_file(tagger, sentences, doc_size)
    out = sys.stdout
    for sent, tags in zip(sentences, predicted, strict=True):
        for token, tag in zip(sent.tokens, tags, strict=True):
            out.write(f"{token} {tag}\n")
        out.write("\n")


@click.command(name="ner")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("--model", default=None, type=click.Path(exists=True, file_okay=False), help="Model folder.")
@click.option("--column", default=1, show_default=True, help="Gold tag column (Wojood: 1 = outer layer).")
@click.option("--wojood-types", is_flag=True, help="Map Wojood types (PERS, ORG, GPE/LOC/FAC → LOC; rest O).")
@click.option("--json", "as_json", is_flag=True, help="Scores as JSON.")
@click.option("--doc-size", default=12, show_default=True, help="Sentences per pseudo-document for the "
              "consistency pass (the file has no document breaks; the model is trained on 12); 0: whole file.")
def eval_ner(path: str, model: str | None, column: int, wojood_types: bool, as_json: bool, doc_size: int) -> None:
    """Entity-level exact-match precision, recall and F1 of the tagger on a gold `token TAG` file.

    Example: marsad eval ner ../shared/data/anercorp/splits/test.txt
    """
    from marsad.ner.corpus import WOJOOD_TYPES, parse_lines
    from marsad.ner.evaluate import format_scores, score
    from marsad.ner.tagger import load_tagger

    type_map = WOJOOD_TYPES if wojood_types else None
    sentences = _read(path, lambda lines: parse_lines(lines, column, type_map))
    if not any(s.tags for s in sentences):
        raise click.ClickException(f"{path}: no gold tags (expected `token TAG` lines)")
    tagger = _tagger(load_tagger, model)
    predicted = _tag_file(tagger, sentences, doc_size)
    if wojood_types:  # Wojood has no MISC: a MISC prediction can only be an error there
        predicted = [[t if not t.endswith("-MISC") else "O" for t in tags] for tags in predicted]
    scores = score([s.tags for s in sentences], predicted)
    if as_json:
        click.echo(json.dumps({k: asdict(v) for k, v in scores.items()}, indent=1))
    else:
        click.echo(format_scores(scores))


def _command(options) -> str:
    """The `marsad train ner` line that rebuilds a model with these options (kept in meta.json)."""
    words = [".venv/bin/marsad train ner --shared ../shared"]
    words += [f"--{flag}" for flag, on in (("dev", options.dev), ("one-pass", not options.second_pass),
                                           ("wojood", options.wojood), ("ngrams", options.ngrams)) if on]
    if options.features:
        words.append("--features " + ",".join(options.features))
    if options.oversample:
        words.append("--oversample " + ",".join(options.oversample))
    words += [f"--{name} {getattr(options, name)}" for name, default in (("c1", 0.05), ("c2", 0.05),
                                                                          ("iterations", 150),
                                                                          ("scheme", "bio"), ("folds", 2),
                                                                          ("unseen", 0.0), ("rounds", 1))
              if getattr(options, name) != default]
    return " ".join(words)


def _tag_file(tagger, sentences: list, doc_size: int) -> list[list[str]]:
    """Tags of a file's sentences, tagged as pseudo-documents of `doc_size` sentences (0: one document).
    A token-per-line file has no document breaks; the consistency pass was trained on 12-sentence
    pseudo-documents, and one long document gives it evidence from unrelated stories (dev F1 0.778 for
    the whole development split as one document against 0.790 in 12-sentence documents)."""
    size = doc_size if doc_size > 0 else max(1, len(sentences))
    predicted: list[list[str]] = []
    for i in range(0, len(sentences), size):
        predicted += tagger.tag_document([s.tokens for s in sentences[i:i + size]])
    return predicted


def _read(path: str, parse):
    """A token-per-line file (or standard input) decoded as articles are (UTF-8 with or without a BOM,
    UTF-16, windows-1256; `decode_bytes`), so a file from an older Arabic toolchain is read, not refused
    with a traceback. Tokens stay as written (no NFC or control-character clean-up): the output lines
    must line up with the input's for a user's own scorer."""
    from marsad.text.decode import decode_bytes

    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
        text = decode_bytes(data)
    except OSError as err:
        raise click.ClickException(f"cannot read {path}: {err.strerror}") from None
    except MarsadError as err:
        raise click.ClickException(f"{path}: {err}") from None
    return list(parse(text.split("\n")))


def _tagger(load, model: str | None):
    try:
        return load(model)
    except MarsadError as err:
        raise click.ClickException(str(err)) from None


def register(cli: click.Group) -> None:
    """Attach `train ner`, `tag` and `eval ner` to the main command group."""
    train = cli.commands.get("train")
    if isinstance(train, click.Group):
        train.add_command(train_ner)
    else:
        cli.add_command(train_group)
    cli.add_command(tag_command)
    evaluate = cli.commands.get("eval")
    if isinstance(evaluate, click.Group):
        evaluate.add_command(eval_ner)
    else:
        group = click.Group(name="eval", help="Measure Marsad against gold annotations.")
        group.add_command(eval_ner)
        cli.add_command(group)
