"""The `marsad` command: a thin layer that parses arguments and calls the library.

Library errors (MarsadError) become one line on stderr and a non-zero exit; no traceback reaches a user.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

import click

from marsad.cli_options import iso_date
from marsad.errors import MarsadError

log = logging.getLogger("marsad")

# numpy's BLAS thread pool, where numpy is used at all (the entity tagger): its matrices are a document's
# tokens by a few dozen labels, too small to share out, so a second thread only spins, costing a core's
# time for nothing (about a tenth of the tagger's CPU time in the news-feed bench). Parallel work is by
# process (`ingest --workers`), which inherits the setting. A value the user exported stays.
BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def one_blas_thread() -> None:
    """Default every BLAS thread-count variable to 1; must run before numpy is first imported."""
    for name in BLAS_THREAD_VARIABLES:
        os.environ.setdefault(name, "1")


def _fail(message: str) -> None:
    raise click.ClickException(message)


@click.group()
@click.version_option(package_name="marsad")
@click.option("-v", "--verbose", is_flag=True, help="Log what each step does.")
def cli(verbose: bool) -> None:
    """Marsad: Arabic news in, evidence-backed entities, events, quotes, quantities and dates out."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(message)s")


def analysis_dict(doc, *, tokens: bool = False) -> dict:
    """What `analyze --json` prints: Document.to_dict() without the bulky token list unless asked."""
    data = doc.to_dict()
    if not tokens:
        data.pop("tokens", None)
    return data


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--published", callback=iso_date, help="Publication date (YYYY-MM-DD) for relative dates.")
@click.option("--json", "as_json", is_flag=True, help="JSON (one object; JSON Lines for several inputs).")
@click.option("--tokens", is_flag=True, help="Include tokens in the JSON.")
@click.option("--only", default=None, help="Comma-separated stages to run (e.g. times); what they need is added.")
@click.option("--add", "extra", default=None, help="Comma-separated extra stages (plugins) to run after the default ones.")
@click.option("--skip", default=None, help="Comma-separated default stages to leave out (e.g. ner: faster, "
              "knowledge-base names only).")
@click.option("--colour/--no-colour", default=None, help="Colour the terminal view (default: on a terminal).")
def analyze(inputs: tuple[str, ...], published: str | None, as_json: bool, tokens: bool,
            only: str | None, extra: str | None, skip: str | None, colour: bool | None) -> None:
    """Analyse articles: a file, a directory, a .jsonl batch, or - for standard input.

    Example: marsad analyze article.txt --published 2019-10-24

    A batch (a directory, a .jsonl file or several inputs) goes on past a bad input, reports it on
    stderr and exits with status 1 at the end if any input was skipped.
    """
    from marsad.api import analyze as run_analysis

    config = stage_config(only, extra, skip)
    use_colour = sys.stdout.isatty() if colour is None else colour
    batch = len(inputs) > 1 or any(i != "-" and (Path(i).is_dir() or i.endswith(".jsonl")) for i in inputs)
    skipped = 0
    done = 0
    for item in _inputs(inputs):
        if not hasattr(item, "text"):
            if not batch:
                _fail(item.reason)
            click.echo(f"skipped {item.origin}: {item.reason}", err=True)
            skipped += 1
            continue
        try:
            doc = run_analysis(item.text, published=item.published or published, id=item.id,
                               source=str(item.origin), title=item.title, url=item.url, outlet=item.outlet,
                               config=config)
        except MarsadError as err:
            if not batch:
                _fail(str(err))
            click.echo(f"skipped {item.origin}: {err}", err=True)
            skipped += 1
            continue
        done += 1
        if as_json:
            click.echo(json.dumps(analysis_dict(doc, tokens=tokens), ensure_ascii=False,
                                  indent=None if batch else 1))
        else:
            from marsad.render import render

            click.echo(render(doc, colour=use_colour) + "\n")
    if batch:
        click.echo(f"analysed {done}, skipped {skipped}", err=True)
    if skipped:
        sys.exit(1)


@cli.command()
def stages() -> None:
    """List the analysis stages in their default order, with what each needs and adds.

    Example: marsad stages
    """
    from marsad.api import load_stages
    from marsad.config import DEFAULT_STAGES
    from marsad.pipeline import REGISTRY

    load_stages()
    for name in list(DEFAULT_STAGES) + sorted(set(REGISTRY) - set(DEFAULT_STAGES)):
        spec = REGISTRY[name]
        default = "" if name in DEFAULT_STAGES else "  (not in the default pipeline)"
        needs = ", ".join(sorted(spec.requires)) or "-"
        click.echo(f"{name:<12} needs {needs:<22} adds {', '.join(sorted(spec.assigns))}{default}")
        if spec.doc:
            click.echo(f"{'':<12} {spec.doc.splitlines()[0]}")


@cli.group(name="eval")
def eval_group() -> None:
    """Measure Marsad against gold annotations."""


@eval_group.command(name="gold")
@click.argument("gold_paths", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--texts", "texts_dir", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder holding the articles (<id>.txt), or the SaudiNewsNet subset folder for records "
                   "that name an \"article\" (archive, index).")
@click.option("--published", callback=iso_date, help="Publication date for every article without one.")
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="A .jsonl of article records (id, published) giving each article's date.")
@click.option("--details", is_flag=True, help="List the gold items each article missed.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--add", "extra", default=None, help="Comma-separated extra stages (plugins), each placed right "
              "after the stages that provide what it needs.")
@click.option("--skip", default=None, help="Comma-separated default stages to leave out (e.g. ner).")
def eval_gold(gold_paths: tuple[Path, ...], texts_dir: Path, published: str | None, manifest: Path | None,
              details: bool, as_json: bool, extra: str | None, skip: str | None) -> None:
    """Score analyses against article gold (../shared/examples/GOLD_FORMAT.md); several gold files
    are scored together.

    Example: marsad eval gold seed.gold.json --texts ../shared/examples/seed --published 2019-10-24

    Example: marsad eval gold gold/saudinewsnet-dev-a.jsonl gold/saudinewsnet-dev-b.jsonl
    --texts ../shared/data/saudinewsnet-subset
    """
    from marsad.api import analyze as run_analysis
    from marsad.eval.gold import score_gold

    config = stage_config(None, extra, skip)
    try:
        gold = _load_gold_files(gold_paths)
        dates = _manifest_dates(manifest or (texts_dir.parent / "articles.jsonl"))
        analyses = {}
        for record in gold:
            text, source, meta = _gold_text(record, texts_dir, len(gold))
            date = record.get("published") or dates.get(record["id"]) or published
            doc = run_analysis(text, published=date, id=record["id"], source=source, config=config, **meta)
            analyses[record["id"]] = analysis_dict(doc)
        report = score_gold(gold, analyses)
    except MarsadError as err:
        _fail(str(err))
    click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=1) if as_json
               else report.format(details=details))


def _load_gold_files(paths: tuple[Path, ...]) -> list[dict]:
    """All records of several gold files, refusing an id that two files share."""
    from marsad.errors import GoldError
    from marsad.eval.gold import load_gold

    records: list[dict] = []
    origin: dict[str, Path] = {}
    for path in paths:
        for record in load_gold(path):
            if record["id"] in origin:
                raise GoldError(f"gold id {record['id']!r} is in both {origin[record['id']]} and {path}")
            origin[record["id"]] = path
            records.append(record)
    return records


def _gold_text(record: dict, texts_dir: Path, n_records: int) -> tuple[str, str, dict[str, str | None]]:
    """(text, source, metadata) of a gold record: a corpus article it names (with the outlet and url the
    corpus gives it, as an ingest of that corpus would have them), else a text file in texts_dir."""
    from marsad.eval.devgold import is_snn_record, snn_record, snn_text_for
    from marsad.eval.gold import find_text
    from marsad.text.decode import load_article

    if is_snn_record(record):
        art = record["article"]
        corpus = snn_record(texts_dir, art["archive"], int(art["index"]))
        meta = {"outlet": corpus.get("source"), "url": corpus.get("url")}
        return snn_text_for(record, texts_dir), f"{art['archive']}#{art['index']}", meta
    path = find_text(texts_dir, record, n_records=n_records)
    return load_article(path), str(path), {}


def _manifest_dates(path: Path) -> dict[str, str]:
    """id -> published from a sample manifest, when there is one."""
    if not path.is_file():
        return {}
    dates = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            if record.get("id") and record.get("published"):
                dates[str(record["id"])] = record["published"]
    return dates


def stage_config(only: str | None, extra: str | None, skip: str | None = None):
    """The Config for --only (a subset, with what it needs), --add (extra stages such as a plugin's, each
    placed right after the stages that provide what it needs) and --skip (default stages left out)."""
    from marsad.api import load_stages
    from marsad.config import DEFAULT_STAGES, Config
    from marsad.pipeline import REGISTRY, with_requirements, without

    load_stages()
    names = DEFAULT_STAGES
    try:
        if only:
            names = with_requirements([s.strip() for s in only.split(",") if s.strip()], DEFAULT_STAGES)
        if extra:
            added = tuple(s.strip() for s in extra.split(",") if s.strip())
            unknown = [s for s in added if s not in REGISTRY]
            if unknown:
                _fail(f"unknown stage(s) {', '.join(unknown)}; see `marsad stages`")
            from marsad.stages.ner import stages_with

            names = stages_with(tuple(names), added)
        if skip:
            names = without(names, [s.strip() for s in skip.split(",") if s.strip()])
    except MarsadError as err:
        _fail(str(err))
    return Config(stages=tuple(names))


def _inputs(inputs: tuple[str, ...]):
    """Records from paths (files, directories, .jsonl) and from standard input for '-'."""
    from marsad.io import InputRecord, Rejected, iter_records
    from marsad.text.decode import load_article

    for item in inputs:
        if item != "-":
            yield from iter_records([Path(item)])
            continue
        try:
            text = load_article(sys.stdin.buffer.read())
        except MarsadError as err:
            yield Rejected(origin="<stdin>", reason=str(err))
            continue
        yield InputRecord(text=text, id=None, published=None, title=None, url=None, outlet=None,
                          origin="<stdin>")


def _register_commands() -> None:
    """Command groups that live in their own modules add themselves here."""
    from marsad import cli_events, cli_kb, cli_ner, cli_store

    cli_events.register(cli)
    cli_kb.register(cli)
    cli_ner.register(cli)
    cli_store.register(cli)


_register_commands()


def main() -> None:
    one_blas_thread()
    try:
        cli(standalone_mode=True)
    except MarsadError as err:  # a library error that escaped a command
        click.echo(f"Error: {err}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
