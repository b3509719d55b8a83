"""`marsad kb …`: look up who a text names on a date, import a user's own entries, count the base."""

from __future__ import annotations

import json
from pathlib import Path

import click

from marsad.cli_options import iso_date
from marsad.errors import MarsadError


@click.group(name="kb")
def kb_group() -> None:
    """The knowledge base: people with dated offices, organisations, countries, places."""


@kb_group.command(name="lookup")
@click.argument("text")
@click.option("--date", default=None, callback=iso_date, help="ISO date for dated roles (الرئيس الإيراني on that day).")
@click.option("--json", "as_json", is_flag=True)
def kb_lookup(text: str, date: str | None, as_json: bool) -> None:
    """Who TEXT names, linked as the pipeline would link it.

    Example: marsad kb lookup "الرئيس الإيراني" --date 2019-10-24
    """
    from marsad.kb.lookup import lookup

    try:
        results = lookup(text, date)
    except MarsadError as err:
        raise click.ClickException(str(err)) from None
    if as_json:
        click.echo(json.dumps(results, ensure_ascii=False, indent=1))
        return
    if not results:
        click.echo("nothing in the knowledge base matches")
    for r in results:
        click.echo(f"{r['type']:<4} {r['canonical_en'] or '(new)'}  {r['canonical_ar'] or ''}  "
                   f"[{r['actor_code'] or '-'}] <{r['id']}>  matched: {'، '.join(r['matched'])}")
        if r["in_office"]:
            click.echo(f"     in office on {date}: {r['in_office']}")
        for role in r["roles"][:8]:
            click.echo(f"     role {role}")


@kb_group.command(name="import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--replace", is_flag=True, help="Overwrite an earlier import of the same file name.")
def kb_import(path: Path, replace: bool) -> None:
    """Validate a YAML file of your own entries and add it to your knowledge base ($MARSAD_HOME/kb).

    Example: marsad kb import my_people.yaml
    """
    from marsad.kb.user import import_file

    try:
        target, entries = import_file(path, replace=replace)
    except MarsadError as err:
        raise click.ClickException(str(err)) from None
    click.echo(f"imported {len(entries)} entries into {target}")


@kb_group.command(name="stats")
def kb_stats() -> None:
    """Entries by type and aliases by kind.

    Example: marsad kb stats
    """
    from marsad.config import Config
    from marsad.kb import load_kb

    for key, value in load_kb(Config()).stats().items():
        click.echo(f"{key:<22} {value}")


def register(cli: click.Group) -> None:
    cli.add_command(kb_group)
