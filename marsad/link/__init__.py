"""Within-article coreference and linking: names, name parts and descriptions → entities."""

from marsad.link.build import link_document

__all__ = ["link_document"]
