"""Corpus commands of `marsad`: ingest, summary, search, events, entity, dyad, duplicates, rejects, export.

Kept apart from `marsad.cli` so the store's commands live beside the store; `register(cli)` adds them
to the main group. Every command opens the store, asks one library question and prints the answer,
as text for a person or `--json` for a program. Library errors become one line and a non-zero exit.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from marsad.cli_options import iso_date
from marsad.errors import MarsadError
from marsad.events.genre import COMMENTARY, NEWS

_DB = click.option("--db", "db_path", default="marsad.sqlite", show_default=True,
                   type=click.Path(exists=True, dir_okay=False, path_type=Path), help="The corpus store.")
_JSON = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")


def _ask(db_path: Path, question: Callable[[Any], Any]) -> Any:
    """Open the store, run `question(store)`, turn library errors into a one-line failure."""
    from marsad.store import Store

    try:
        with Store.open(db_path) as store:
            return question(store)
    except MarsadError as err:
        raise click.ClickException(str(err)) from None


def _print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=1))


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--db", "db_path", default="marsad.sqlite", show_default=True, type=click.Path(path_type=Path))
@click.option("--batch-size", default=50, show_default=True, help="Articles per transaction.")
@click.option("--workers", "-j", default=1, show_default=True, type=click.IntRange(1, os.cpu_count() or 64),
              help="Processes analysing articles (writes stay in one process).")
@click.option("--no-clusters", is_flag=True, help="Skip recomputing duplicate groups and event clusters.")
@click.option("--add", "extra", default=None, help="Comma-separated extra stages (plugins) for the articles "
              "this run adds.")
@click.option("--skip", default=None, help="Comma-separated default stages to leave out for the articles this "
              "run adds (e.g. ner: faster; only names the knowledge base knows are stored).")
def ingest(paths: tuple[Path, ...], db_path: Path, batch_size: int, workers: int, no_clusters: bool,
           extra: str | None, skip: str | None) -> None:
    """Analyse articles and store them (idempotent: what is already stored is skipped).

    Reads .txt, .jsonl, .json, SaudiNewsNet .zip archives, saved .html pages and .rss/.atom/.xml feeds,
    files or folders. A killed run can simply be run again.

    Example: marsad ingest ../shared/data/saudinewsnet-subset --db corpus.sqlite --workers 2

    Names the knowledge base lacks, found by the learned tagger, are stored as entities too (`--skip ner`
    leaves them out); articles stored by an earlier run are not analysed again.
    """
    from marsad.store import ingest as run_ingest
    from marsad.store.ingest import StagesAnalyser, analyze_record

    analyze_fn = analyze_record
    if extra or skip:
        from marsad.cli import stage_config

        analyze_fn = StagesAnalyser(stage_config(None, extra, skip).stages)

    on_terminal = sys.stderr.isatty()

    last_logged = [0.0]

    def progress(report) -> None:
        # A line that rewrites itself on a terminal; in a log, a plain line at most every 10 seconds
        # (the final report follows on stdout).
        if on_terminal:
            click.echo(f"\r{report}", nl=False, err=True)
        elif report.seconds - last_logged[0] >= 10:
            last_logged[0] = report.seconds
            click.echo(str(report), err=True)

    try:
        report = run_ingest(list(paths), db_path, batch_size=batch_size, progress=progress, workers=workers,
                            cluster=not no_clusters, analyze_fn=analyze_fn)
    except MarsadError as err:
        raise click.ClickException(str(err)) from None
    if on_terminal:
        click.echo("", err=True)
    click.echo(str(report))
    if report.clusters is not None:
        c = report.clusters
        click.echo(f"{c.duplicate_groups} near-duplicate groups ({c.duplicate_articles} articles); "
                   f"{c.events} events in {c.event_clusters} event clusters")


@click.command()
@_DB
@_JSON
def summary(db_path: Path, as_json: bool) -> None:
    """What a store holds: articles, entities by type, events by CAMEO root, top actor pairs.

    Example: marsad summary --db corpus.sqlite
    """
    data = _ask(db_path, lambda store: store.summary())
    if as_json:
        _print_json(data)
        return
    click.echo(format_summary(data))


def format_summary(data: dict) -> str:
    lines = [f"articles: {data.get('articles', 0)}   rejected inputs: {data.get('rejects', 0)}"]
    if data.get("genres"):
        lines.append("articles by genre: " + ", ".join(f"{k} {v}" for k, v in data["genres"].items()))
    lines.append("entities by type: " + ", ".join(f"{k} {v}" for k, v in data.get("entities_by_type", {}).items()))
    lines.append("events by CAMEO root:")
    for row in data.get("events_by_root", []):
        lines.append(f"  {row.get('root')} {row.get('label', ''):<28} {row.get('count')}")
    lines.append("top actor pairs:")
    for row in data.get("top_actor_pairs", []):
        lines.append(f"  {row.get('source')} → {row.get('target')}: {row.get('count')}")
    return "\n".join(lines)


@click.command()
@click.argument("query")
@_DB
@click.option("--limit", default=20, show_default=True)
def search(query: str, db_path: Path, limit: int) -> None:
    """Full-text search in Arabic, whatever the spelling of hamza, alef, ya or ta marbuta.

    Example: marsad search --db corpus.sqlite اذربيجان
    """
    hits = _ask(db_path, lambda store: store.search(query, limit=limit))
    for hit in hits:
        click.echo("\t".join(str(x) for x in hit))


def _event_line(e: dict) -> str:
    counts = f"  [{e['n_reports']} reports, {e['n_sources']} sources]" if "n_reports" in e else ""
    neg = " NOT" if e["negated"] else ""
    return (f"{e['day'] or '?'}  {e['cameo_code']} {e['root_label']:<10}{neg} {e['plover'] or '-':<9} "
            f"{e['source_name'] or '-'} → {e['target_name'] or '-'}"
            f"{' @ ' + e['place_name'] if e['place_name'] else ''}  «{e['trigger_text']}»  {e['outlet'] or ''}{counts}")


@click.command()
@_DB
@click.option("--actor", help="Either side: a KB id, CAMEO actor code, or English/Arabic name.")
@click.option("--source", help="The source actor.")
@click.option("--target", help="The target actor.")
@click.option("--country", help="ISO3 country of the source, target or place.")
@click.option("--root", "cameo_root", help="CAMEO root (e.g. 04).")
@click.option("--code", help="CAMEO code or prefix (e.g. 043).")
@click.option("--plover", help="PLOVER type (e.g. CONSULT).")
@click.option("--since", callback=iso_date, help="First day (YYYY-MM-DD), inclusive.")
@click.option("--until", callback=iso_date, help="Last day (YYYY-MM-DD), inclusive.")
@click.option("--genre", type=click.Choice([NEWS, COMMENTARY]),
              help="Only events of news reports, or of columns, features and interviews.")
@click.option("--clustered", is_flag=True, help="One line per event cluster, with report and source counts.")
@click.option("--limit", default=100, show_default=True)
@_JSON
def events(db_path: Path, limit: int, clustered: bool, as_json: bool, **filters: Any) -> None:
    """Coded events, newest first, filtered by actor, target, country, CAMEO root or code, PLOVER type, dates,
    the article's genre.

    Example: marsad events --db corpus.sqlite --actor "الملك سلمان" --root 04 --since 2015-08-01
    """
    rows = _ask(db_path, lambda store: store.events(limit=limit, clustered=clustered, **filters))
    if as_json:
        _print_json(rows)
        return
    for row in rows:
        click.echo(_event_line(row))


@click.command()
@click.argument("name")
@_DB
@_JSON
def entity(name: str, db_path: Path, as_json: bool) -> None:
    """One actor's profile: names, aliases as written, roles, counts, first and last seen.

    Example: marsad entity --db corpus.sqlite "خادم الحرمين الشريفين"
    """
    found = _ask(db_path, lambda store: store.entity(name))
    if as_json:
        _print_json(found)
        return
    if not found:
        raise click.ClickException(f"no entity matches '{name}'")
    for e in found:
        click.echo(f"{e['entity_id']}  {e['type']}  {e['name_en'] or ''} / {e['name_ar'] or ''}  "
                   f"{e['country'] or ''} {e['actor_code'] or ''}")
        click.echo(f"  articles {e['articles']}, mentions {e['mentions']}, events as source "
                   f"{e['events_as_source']}, as target {e['events_as_target']}, quotes {e['quotes']}")
        click.echo(f"  first seen {e['first_seen']}, last seen {e['last_seen']}")
        click.echo("  aliases: " + ", ".join(f"{a['text']} ({a['count']})" for a in e["aliases"]))
        if e["roles"]:
            click.echo("  roles: " + ", ".join(f"{r['role']} ({r['count']})" for r in e["roles"]))


@click.command()
@click.argument("actor_a")
@click.argument("actor_b")
@_DB
@click.option("--directed", is_flag=True, help="Only events with A as source and B as target.")
@_JSON
def dyad(actor_a: str, actor_b: str, db_path: Path, directed: bool, as_json: bool) -> None:
    """Events between two actors by month and direction, with Goldstein totals.

    Example: marsad dyad --db corpus.sqlite SAU YEM
    """
    rows = _ask(db_path, lambda store: store.dyad(actor_a, actor_b, directed=directed))
    if as_json:
        _print_json(rows)
        return
    click.echo("month    dir  events clusters goldstein(total/mean) roots")
    for r in rows:
        click.echo(f"{r['month']}  {r['direction']}  {r['events']:6d} {r['event_clusters']:8d} "
                   f"{r['goldstein_total']:>9} / {r['goldstein_mean']:<6} {r['roots']}")


@click.command()
@_DB
@click.option("--limit", default=20, show_default=True, help="Groups to show, largest first.")
@_JSON
def duplicates(db_path: Path, limit: int, as_json: bool) -> None:
    """Near-duplicate article groups (republished wire copy), found with MinHash/LSH at ingest.

    Example: marsad duplicates --db corpus.sqlite --limit 5
    """
    groups = _ask(db_path, lambda store: store.duplicates(limit=limit))
    if as_json:
        _print_json(groups)
        return
    for g in groups:
        click.echo(f"group {g['cluster_id']}: {g['size']} articles")
        for a in g["articles"]:
            click.echo(f"  {a['similarity']:.2f}  {a['published'] or '?'}  {a['outlet'] or '-':<12} "
                       f"{a['ext_id'] or a['doc_id']}  {a['title'] or ''}")


@click.command()
@_DB
@_JSON
def rejects(db_path: Path, as_json: bool) -> None:
    """Inputs the ingest could not store, each with its reason.

    Example: marsad rejects --db corpus.sqlite
    """
    rows = _ask(db_path, lambda store: store.rejects())
    if as_json:
        _print_json(rows)
        return
    for r in rows:
        click.echo(f"{r['origin']}\t{r['reason']}")


@click.command(name="export")
@_DB
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet", "gdelt"]), default="csv",
              show_default=True, help="gdelt: one tab-separated row per event cluster.")
@click.option("--table", default="events", show_default=True, help="Which table (not for gdelt).")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path))
def export_cmd(db_path: Path, fmt: str, table: str, out: Path) -> None:
    """Export a table as CSV, JSON Lines or Parquet, or the event clusters as a GDELT-style table.

    Example: marsad export --db corpus.sqlite --format gdelt --out events.tsv
    """
    from marsad.store.export import export

    n = _ask(db_path, lambda store: export(store.conn, fmt, out, table=table))
    click.echo(f"wrote {n} rows to {out}", err=True)


COMMANDS = (ingest, summary, search, events, entity, dyad, duplicates, rejects, export_cmd)


def register(cli: click.Group) -> None:
    """Add the corpus commands to the `marsad` group (replacing any of the same name)."""
    for command in COMMANDS:
        cli.add_command(command)
