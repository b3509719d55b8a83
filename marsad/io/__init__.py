"""Input readers: files and folders of .txt, .jsonl, .json and SaudiNewsNet-style .zip archives."""

from marsad.io.readers import READERS, ReadOptions, iter_records, record_from_dict
from marsad.io.records import InputRecord, Rejected

__all__ = ["READERS", "InputRecord", "ReadOptions", "Rejected", "iter_records", "record_from_dict"]
