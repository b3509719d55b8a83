"""Stage `quantities`: numbers with units, currencies and what they measure."""

from __future__ import annotations

from marsad.config import Config
from marsad.doc import Document
from marsad.facts.casualties import casualty_kind
from marsad.facts.quantities import default_units, find_quantities
from marsad.facts.times import default_lexicon, find_times
from marsad.pipeline import stage


@stage("quantities", requires={"tokens"}, assigns={"quantities"})
def make_quantities_stage(config: Config):
    """Find casualty counts, money, percentages and ordinals for the analyst; numbers that belong to
    a date are skipped (found by the `times` stage, or here if that stage did not run)."""
    units = default_units()
    dates = default_lexicon()

    def run(doc: Document) -> Document:
        times = doc.times if "times" in doc.stages_run else find_times(doc, dates)
        doc.quantities = find_quantities(doc, times, units)
        for quantity in doc.quantities:
            quantity.role = casualty_kind(doc, quantity)
        return doc

    return run
