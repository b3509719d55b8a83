"""Named stages and the loop that runs them.

A stage is a callable `Document -> Document` registered with `@stage(name, requires=..., assigns=...)`.
Requirements are checked when a pipeline is built, so a missing stage fails before the first article,
not in the middle of a corpus.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from marsad.doc import Document
from marsad.errors import PipelineError, StageError

StageFn = Callable[[Document], Document]


@dataclass(frozen=True)
class StageSpec:
    name: str
    factory: Callable[..., StageFn]
    requires: frozenset[str] = field(default_factory=frozenset)
    assigns: frozenset[str] = field(default_factory=frozenset)
    doc: str = ""


REGISTRY: dict[str, StageSpec] = {}


def stage(name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = ()):
    """Register a stage factory: a function taking `resources` and returning the stage callable."""

    def register(factory: Callable[..., StageFn]) -> Callable[..., StageFn]:
        if name in REGISTRY and REGISTRY[name].factory is not factory:
            raise PipelineError(f"stage '{name}' is registered twice")
        REGISTRY[name] = StageSpec(
            name, factory, frozenset(requires), frozenset(assigns), (factory.__doc__ or "").strip()
        )
        return factory

    return register


def with_requirements(wanted: Iterable[str], order: Iterable[str]) -> tuple[str, ...]:
    """The stages of `order` needed to run `wanted`: each wanted stage plus whatever provides its needs."""
    order = list(order)
    needed = set(wanted)
    unknown = needed - set(REGISTRY)
    if unknown:
        raise PipelineError(f"unknown stage(s) {', '.join(sorted(unknown))}; known stages: {', '.join(REGISTRY)}")
    changed = True
    while changed:
        changed = False
        for name in list(needed):
            for req in REGISTRY[name].requires:
                providers = [s for s in order if req in REGISTRY[s].assigns]
                if providers and not needed & set(providers):
                    needed.add(providers[0])
                    changed = True
    return tuple(s for s in order if s in needed)


def without(names: Iterable[str], skipped: Iterable[str]) -> tuple[str, ...]:
    """`names` less the `skipped` stages (`--skip ner`), refused when a stage left needs one of them."""
    skipped = set(skipped)
    unknown = skipped - set(REGISTRY)
    if unknown:
        raise PipelineError(f"unknown stage(s) {', '.join(sorted(unknown))}; known stages: {', '.join(REGISTRY)}")
    kept = tuple(n for n in names if n not in skipped)
    check_order(kept)
    return kept


def check_order(names: Iterable[str]) -> None:
    """Every stage's needs are met by an earlier stage; checked before any resource loads."""
    available: set[str] = set()
    for name in names:
        spec = REGISTRY.get(name)
        if spec is None:
            raise PipelineError(f"unknown stage '{name}'; known stages: {', '.join(REGISTRY)}")
        missing = spec.requires - available
        if missing:
            providers = {m: [s.name for s in REGISTRY.values() if m in s.assigns] for m in missing}
            wanted = "; ".join(f"'{m}' (from {', '.join(p) or '?'})" for m, p in providers.items())
            raise PipelineError(f"stage '{name}' needs {wanted}, which no earlier stage provides")
        available |= spec.assigns


class Pipeline:
    def __init__(self, names: list[str], resources: object | None = None) -> None:
        check_order(names)
        self.stages: list[tuple[str, StageFn]] = [(name, REGISTRY[name].factory(resources)) for name in names]
        self.names = names

    def __call__(self, doc: Document) -> Document:
        for name, fn in self.stages:
            try:
                result = fn(doc)
            except Exception as err:  # noqa: BLE001 - named and re-raised for the caller
                raise StageError(f"stage '{name}' failed: {type(err).__name__}: {err}") from err
            if not isinstance(result, Document):
                raise StageError(f"stage '{name}' returned {type(result).__name__}, not a Document")
            result.stages_run.append(name)
            doc = result
        return doc
