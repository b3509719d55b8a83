"""No module binds one top-level name twice: ruff does not catch a second `_NAMES = …` or a second
`def f` whose first definition was used in between, and the later one silently replaces the earlier for
every caller (a `_home_visit` and a `_CLAUSE_OPENERS` were lost this way)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import marsad

ROOT = Path(marsad.__file__).parent


def _top_level_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
    return names


def test_no_module_binds_a_name_twice() -> None:
    twice = {}
    for path in sorted(ROOT.rglob("*.py")):
        names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
        again = sorted(n for n, k in names.items() if k > 1 and n != "__all__")
        if again:
            twice[str(path.relative_to(ROOT))] = again
    assert not twice, twice


def test_the_check_sees_a_second_binding() -> None:
    tree = ast.parse("_A = 1\ndef f():\n    return _A\n_A = 2\n")
    assert _top_level_names(tree)["_A"] == 2
