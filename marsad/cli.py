"""The `marsad` command: a thin layer that parses arguments and calls the library.

Library errors (MarsadError) become one line on stderr and a non-zero exit; no traceback reaches a user.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from marsad.errors import MarsadError

log = logging.getLogger("marsad")


def _fail(message: str) -> None:
    raise click.ClickException(message)


def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    import datetime as dt

    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"'{value}' is not an ISO date (YYYY-MM-DD)") from None


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
@click.option("--published", callback=_iso_date, help="Publication date (YYYY-MM-DD) for relative dates.")
@click.option("--json", "as_json", is_flag=True, help="JSON (one object; JSON Lines for several inputs).")
@click.option("--tokens", is_flag=True, help="Include tokens in the JSON.")
@click.option("--only", default=None, help="Comma-separated stages to run (e.g. text,mentions,entities).")
@click.option("--colour/--no-colour", default=None, help="Colour the terminal view (default: on a terminal).")
def analyze(inputs: tuple[str, ...], published: str | None, as_json: bool, tokens: bool,
            only: str | None, colour: bool | None) -> None:
    """Analyse articles: a file, a directory, a .jsonl batch, or - for standard input.

    Example: marsad analyze article.txt --published 2019-10-24

    A batch (a directory, a .jsonl file or several inputs) goes on past a bad input, reports it on
    stderr and exits with status 1 at the end if any input was skipped.
    """
    from marsad.api import analyze as run_analysis
    from marsad.config import DEFAULT_STAGES, Config

    config = Config()
    if only:
        wanted = [s.strip() for s in only.split(",") if s.strip()]
        config = Config(stages=tuple(s for s in DEFAULT_STAGES if s in wanted or s == "text"))
        unknown = set(wanted) - set(DEFAULT_STAGES)
        if unknown:
            _fail(f"unknown stage(s): {', '.join(sorted(unknown))}; known: {', '.join(DEFAULT_STAGES)}")
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
                               source=str(item.origin), title=item.title, url=item.url, config=config)
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


def main() -> None:
    try:
        cli(standalone_mode=True)
    except MarsadError as err:  # a library error that escaped a command
        click.echo(f"Error: {err}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
