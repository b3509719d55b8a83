"""The knowledge base's source files may be split by region; an id must still be defined once."""

from collections import Counter

import yaml

from marsad.kb.loader import DATA, entity_files


def test_every_entity_id_is_defined_once_across_files():
    ids: Counter[str] = Counter()
    for path in entity_files(DATA):
        for record in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            ids[record["id"]] += 1
    duplicates = sorted(i for i, n in ids.items() if n > 1)
    assert not duplicates, f"ids defined more than once: {duplicates[:20]}"
