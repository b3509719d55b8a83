"""Every command says what it does with an example; every stage says why it exists."""

import click

import marsad.stages  # noqa: F401 - registers the stages
from marsad.cli import cli
from marsad.pipeline import REGISTRY


def _commands(group: click.Group, prefix: str = ""):
    for name, cmd in group.commands.items():
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, f"{prefix}{name} ")
        else:
            yield f"{prefix}{name}", cmd


def test_every_command_has_help_with_an_example():
    missing = [name for name, cmd in _commands(cli) if "Example:" not in (cmd.help or "")]
    assert not missing, f"commands without an Example in their help: {missing}"


def test_every_stage_is_documented_and_declares_what_it_assigns():
    for name, spec in REGISTRY.items():
        assert spec.doc and "Not implemented" not in spec.doc, f"stage '{name}' has no docstring"
        assert spec.assigns, f"stage '{name}' assigns nothing"
