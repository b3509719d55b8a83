"""YAML reading for the project's data files, with libyaml's C parser where it is installed.

The pure-Python parser takes seconds on the lexicons and the knowledge base; the C one a fraction.
"""

from __future__ import annotations

from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader, C or Python
