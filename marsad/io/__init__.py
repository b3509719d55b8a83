"""Input readers: .txt, .jsonl, .json, SaudiNewsNet-style .zip archives, HTML pages and RSS/Atom feeds."""

from marsad.io.readers import READERS, ReadOptions, iter_records, record_from_dict
from marsad.io.records import InputRecord, Rejected

__all__ = ["READERS", "InputRecord", "ReadOptions", "Rejected", "iter_records", "record_from_dict"]
