"""Built-in stages. Importing this package registers them with `marsad.pipeline.stage`."""

from marsad.stages import entities, events, mentions, ner, quantities, quotes, text, times  # noqa: F401
