"""`marsad eval events`: score the event coder on PETRARCH-style sentence gold (protest/assault)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from marsad.errors import MarsadError


@click.command(name="events")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--details", is_flag=True, help="List missed sentences and wrong source countries.")
@click.option("--json", "as_json", is_flag=True, help="Print the rates as JSON.")
def eval_events(paths: tuple[Path, ...], details: bool, as_json: bool) -> None:
    """Sentence-level PLOVER category recall/precision (PROTEST = CAMEO 14; ASSAULT = 18, 19, 20) and
    source-country accuracy on validation XML where each sentence holds one gold event.

    Example: marsad eval events ../shared/data/universalpetrarch-arabic/validation/arabic_protest_gsr_validation.xml
    ../shared/data/universalpetrarch-arabic/validation/arabic_assault_gsr_validation.xml
    """
    from marsad.api import analyze
    from marsad.eval.petrarch import score_files

    try:
        report = score_files(paths, lambda gold: analyze(gold.text, published=gold.published, id=gold.id))
    except MarsadError as err:
        raise click.ClickException(str(err)) from None
    if as_json:
        click.echo(json.dumps(report.rates(), indent=1))
        return
    click.echo(report.format(details=details))


def register(cli: click.Group) -> None:
    """Add `events` under the `eval` group (created here when the CLI has none)."""
    group = cli.commands.get("eval")
    if not isinstance(group, click.Group):
        group = click.Group(name="eval", help="Measure Marsad against gold annotations.")
        cli.add_command(group)
    group.add_command(eval_events)
