"""Marsad (مرصد): Arabic news in, evidence-backed structured event data out."""

__version__ = "0.1.0"


def analyze(*args, **kwargs):
    """See `marsad.api.analyze` (imported lazily so `import marsad` stays cheap)."""
    from marsad.api import analyze as _analyze

    return _analyze(*args, **kwargs)
