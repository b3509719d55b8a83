"""Text layer: decoding, offset-keeping normalisation, sentences and clitic-aware tokens."""

from marsad.text.normalize import NormalizedText, normalize, normalize_form

__all__ = ["NormalizedText", "normalize", "normalize_form"]
